"""Event classes closed in a second pass over known gaps: aims told by a purpose clause, forces
sent to friends or kept at home, trips at home, stories told in fiction, causatives with
pronouns, and sentences that report no event. Sentences written for the project; the full
pipeline resolves the actors."""

from __future__ import annotations

import pytest
from record_kit import event_rows


def _got(extract, text: str) -> set[tuple]:
    return event_rows(extract(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # what an act is done for is its aim: meant, not yet done
        (
            "Kenyan police teamed up with port officials to seize the heroin.",
            {
                ("063", "KEN", "KEN", "asserted", False),  # police working together: judicial
                ("1711", "KEN", None, "intended", False),
            },
        ),
        (
            "The Kenyan army stormed the camp in order to arrest the Somali militants.",
            {("190", "KEN", None, "asserted", False), ("173", "KEN", "SOM", "intended", False)},
        ),
        (
            "Ankara moved tanks so as to attack the Kurdish rebels.",
            {("154", "TUR", None, "asserted", False), ("190", "TUR", "TUR", "intended", False)},
        ),
        (
            "Israel began a campaign aimed at destroying Lebanese rocket sites.",
            {("1712", None, "LBN", "intended", False)},
        ),
        # the act itself stays done whatever it was done for
        ("Kenyan police seized the heroin to cut off the gangs.", {("1711", "KEN", None, "asserted", False)}),
        ("Iran freed the British sailors to ease the row.", {("0841", "IRN", "GBR", "asserted", False)}),
        # what one tried or sought to do is attempted: neither done nor a threat to anyone
        ("Iran tried to seize a Danish tanker.", {("1711", "IRN", "DNK", "intended", False)}),
        ("Moscow sought to expel the Czech diplomats.", {("161", "RUS", "CZE", "intended", False)}),
        # a meeting sought is still an intent to meet
        ("Ankara seeks to hold talks with Athens.", {("036", "TUR", "GRC", "intended", False)}),
        # a crowd that gathers to protest protests in the gathering
        (
            "Hundreds of Kenyan traders gathered outside parliament to protest.",
            {("141", "KEN", "KEN", "asserted", False)},
        ),
        # words spoken to some end are spoken in the act
        ("Kenya joined Uganda to condemn the bombing.", {("111", "KEN", None, "asserted", False)}),
    ],
)
def test_a_purpose_clause_tells_an_aim(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # forces to be sent to guard one's own ground are a posture at home, not a threat
        ("Kenya will send soldiers to its own border.", {("154", "KEN", None, "intended", False)}),
        ("Kenya will send soldiers to secure the border.", {("154", "KEN", None, "intended", False)}),
        ("Kenya pledged to deploy soldiers along its border.", {("154", "KEN", None, "intended", False)}),
        # sent to shore up a friend, they are aid promised
        (
            "Norway will deploy soldiers to reinforce Estonia.",
            {("0334", "NOR", "EST", "intended", False)},
        ),
        ("Canada will send troops to Latvia.", {("0334", "CAN", "LVA", "intended", False)}),
        # massed at another's border, or at one shared with a named neighbour, they threaten
        (
            "Ethiopia will mass troops on the Eritrean border.",
            {("138", "ETH", "ERI", "threatened", False)},
        ),
        (
            "Kenya will send soldiers to its border with Somalia.",
            {("138", "KEN", "SOM", "threatened", False)},
        ),
    ],
)
def test_forces_sent_to_friends_or_home_threaten_no_one(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a trip inside one's own country visits no one
        ("The French president visited Lyon on Friday.", set()),
        ("Joe Biden visited Texas on Friday.", set()),
        ("Narendra Modi toured Kolkata after the floods.", set()),
        ("The Kenyan president toured a flooded district.", set()),
        # a trip abroad, or a foreign guest at home, is still a visit
        ("The Kenyan president visited Kampala on Friday.", {("042", "KEN", "UGA", "asserted", False)}),
        ("The Kenyan president hosted the Ugandan president.", {("043", "KEN", "UGA", "asserted", False)}),
    ],
)
def test_a_trip_needs_a_host_abroad(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # acts in the plot of a film, a novel, a series or a game are no events
        ("In the movie, a Kenyan general invades Uganda.", set()),
        ("The novel follows a Russian hacker who attacks the Estonian parliament.", set()),
        ("She stars as an Irish envoy who expels the Danish ambassador.", set()),
        ("He plays a Mossad officer who abducts an Iranian colonel.", set()),
        ("The video game lets players bomb Tehran.", set()),
        ("The thriller is set in Mogadishu, where Somali pirates kidnap a French diplomat.", set()),
        # a series of acts, a show of force and a film that is banned are real
        ("Russia attacked Ukraine in a series of raids.", {("190", "RUS", "UKR", "asserted", False)}),
        ("China banned the movie.", {("172", "CHN", None, "asserted", False)}),
    ],
)
def test_a_plot_reports_no_event(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one "had" by a causer is the causer's patient: never the causer himself
        (
            "Erdogan summoned the Danish ambassador and had him expelled.",
            {("110", "TUR", "DNK", "asserted", False), ("174", "TUR", "DNK", "asserted", False)},
        ),
        ("Putin had them jailed.", {("173", "RUS", None, "asserted", False)}),
        # a pronoun patient no one names leaves the act with no target, not the place it went to
        ("Erdogan had them deported to Iraq.", {("174", "TUR", None, "asserted", False)}),
    ],
)
def test_a_causative_with_pronouns(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an animal that bites or attacks acts for no one
        ("A shark attacked a Kenyan swimmer.", set()),
        ("Two Canadian hikers were attacked by a bear.", set()),
        ("That animal, a bat, struck the senator on the chin.", set()),
        # drawing a weapon pulls back no forces; drawing down troops does
        ("The couple drew weapons on the marchers.", set()),
        ("The US drew down its troops in Iraq.", {("0874", "USA", "IRQ", "asserted", False)}),
        # an interviewee's "I" or "we" that stands for no actor acts for no one
        ("I did work with Amina Okafor on the report.", set()),
        ("We started working with Dr Lena Brandt in 2012.", set()),
        # a speaker's act on a named actor keeps that actor, the speaker unknown
        ("We met the Kenyan president on Monday.", {("040", None, "KEN", "asserted", False)}),
        (
            '"We attacked the Israeli base," a Hamas commander said.',
            {("190", "PSE", "ISR", "asserted", False)},
        ),
    ],
)
def test_sentences_that_report_no_event(extract, text, expected):
    assert _got(extract, text) == expected
