"""Sentences that report no event, or report one only as denied: classes found by reading the
coder's output on unseen news. Sentences written for the project; the full pipeline resolves the
actors. An event counted here is one not negated, whatever its modality."""

from __future__ import annotations

import pytest
from record_kit import asserted_events as _asserted
from record_kit import asserted_roots as _roots


@pytest.mark.parametrize(
    "text,expected",
    [
        # a vow of something the codebook has no act for, made to no one, promises nothing coded
        ("Kenya's new leader swore to put rural schools first.", set()),
        ("Peru's minister pledged to sell the family firm before taking office.", set()),
        ("The minister promised to restore order.", set()),
        # a vow about a named party stays
        ("Insurgents pledged to bring down the Kenyan cabinet.", {("030", "KEN", None)}),
        # a vow of a coded act, or one made to someone, stays
        ("Chile pledged to send aid to Bolivia.", {("033", "CHL", "BOL")}),
        ("Iran vowed to cooperate with the inspectors.", {("031", "IRN", None)}),
        ("Colombia and Ecuador agreed to work together.", {("030", "COL", "ECU"), ("030", "ECU", "COL")}),
    ],
)
def test_a_vow_needs_an_act_or_a_party(extract, text, expected):
    assert _asserted(extract, text) == expected


@pytest.mark.parametrize(
    "text,negated_root",
    [
        # "no" before the noun that names the act denies the act
        ("The Peruvian envoy presented no evidence of Chile's alleged spying.", "11"),
        ("The Kenyan minister promised no mass expulsions of refugees.", "13"),
        ("Israeli forces launched no air strikes on Gaza.", "19"),
    ],
)
def test_no_before_the_act_negates_it(extract, text, negated_root):
    events = extract(text).events
    assert any(e.root == negated_root and e.negated for e in events)
    assert not any(e.root == negated_root and not e.negated for e in events)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Chilean president has no meetings lined up with Bolivian officials, his office said.", set()),
        ("There will be no talks with Iran, the Saudi minister said.", set()),
        ("Israeli jets launched air strikes on Gaza.", {"19"}),
    ],
)
def test_none_of_an_act_is_no_act(extract, text, expected):
    assert _roots(extract, text) - {"01"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what a thing or an unnamed hand may do threatens no one
        (
            "A heavy blast would probably destroy most of the chemical stockpile, said the Kenyan expert.",
            set(),
        ),
        ("The rebel bases will be bombed next week, Russian officials said.", set()),
        # a party that says what it will do threatens, named or not
        ("Chile will impose sanctions on Bolivia, the minister said.", {"13"}),
        ("African states said they will withdraw their peacekeepers from Chad.", {"13"}),
    ],
)
def test_a_threat_needs_someone_to_make_it(extract, text, expected):
    assert _roots(extract, text) - {"01"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a body's own sitting meets no one
        ("The Kenyan senate will convene and hold an extra sitting next week.", set()),
        ("Peru's cabinet held a meeting on Sunday.", set()),
        # someone met, though named by no actor, keeps the meeting
        ("Amos Wako held a long meeting with his neighbours after church.", {"04"}),
        ("The Peruvian president held a meeting with Chilean officials.", {"04"}),
        ("Peru and Chile held talks in Lima.", {"04"}),
    ],
)
def test_a_meeting_held_alone_is_no_consultation(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what circumstances force or require is no one's demand
        ("Two of the cuts required stitches, Kenyan doctors said.", set()),
        ("Steep alleys in the old quarter forced Iraqi troops to abandon their trucks.", set()),
        ("The new tax will force Kenyans to pay more for bread.", set()),
        # people force, named or not
        ("Kenyan police forced the protesters to leave.", {"10"}),
        ("The officers forced the protesters to leave.", {"10"}),
        ("Kenyan officials ordered residents to leave the area.", {"10"}),
    ],
)
def test_circumstances_demand_nothing(extract, text, expected):
    assert _roots(extract, text) - {"01"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb's other senses: a plan carried out, a voice breaking, a collision, a digest
        ("The ministry said the agencies executing and carrying out the plan were ready.", set()),
        ("Iran arrested and executed three men in Tabriz.", {"17", "18"}),
        ("With her voice cracking, the Kenyan widow thanked the crowd.", set()),
        ("Kenyan police cracked down on protesters.", {"17"}),
        ("His car slammed into a truck near Nairobi.", set()),
        ("Chile slammed Bolivia for its border policy.", {"11"}),
        ("Each week the Kenyan paper rounds up the best letters.", set()),
        ("Kenyan police rounded up dozens of protesters.", {"17"}),
        ("Israel released dozens of Palestinian prisoners.", {"08"}),
    ],
)
def test_other_senses_of_harsh_verbs(extract, text, expected):
    assert _roots(extract, text) - {"01", "05"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # being "met with" something is a reception, and resistance met is no meeting
        ("The Kenyan offensive met with fierce resistance from the rebels.", {"19"}),
        ("The Peruvian minister's remarks were met with confusion in Lima.", set()),
        ("Wherever they travel in Chile, the Peruvian activists are met with protesters.", set()),
        ("The Peruvian minister met with Chilean officials in Lima.", {"04"}),
    ],
)
def test_met_with_is_not_always_a_meeting(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a named person who bears no arms "targets" someone in words, when no blood is shed
        ("Cardinal Ricardo Ezzati has often targeted corrupt politicians in his sermons.", {"111"}),
        ("Peru has been targeted by Chilean President Michelle Bachelet over its fishing quotas.", {"111"}),
        ("Kenyan President Uhuru Kenyatta targeted the rebels with air strikes that killed 20.", {"195"}),
        ("Chilean jets targeted rebel positions near the border.", {"195"}),
        # setbacks that hit a campaign, and an agenda hit, are no attacks
        ("A series of setbacks hit the Kenyan senator's bid last month.", set()),
        ("Every day the Kenyan president hits his agenda.", set()),
    ],
)
def test_targets_in_words(extract, text, expected):
    assert {e.code for e in extract(text).events if not e.negated} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A Kenyan senator also weighed in on Facebook, calling the law unfair.", set()),
        ("Kenyan officials weighed the option of sanctions against Uganda.", {"014"}),
        ("The Chilean minister launched a charm offensive in Lima.", set()),
        ("Chilean forces launched an offensive on the rebel town.", {"190"}),
        ("The old man walked out among the olive trees.", set()),
        ("The Bolivian delegation walked out of the talks.", {"164"}),
        ("Farmers rushed to beat the coming winter.", set()),
        ("The Kenyan senator beat a lawsuit over his citizenship.", set()),
        ("Kenyan police beat the protesters.", {"182"}),
        # left out of a truce or a round of talks is not banned
        ("The ceasefire excludes the jihadist groups.", set()),
        ("Two rebel factions were excluded from the Nairobi talks.", set()),
        ("A truce that excluded several armed groups took effect.", set()),
        ("Kenya banned the opposition party.", {"1722"}),
    ],
)
def test_phrasal_and_object_senses(extract, text, expected):
    assert {e.code for e in extract(text).events if not e.negated} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # people recovered from a river are no forces withdrawn
        ("Amina Odhiambo and Juma Otieno were pulled from the river near Kisumu.", set()),
        ("Russia pulled its troops out of the town.", {"0874"}),
        # criticism offered promises nothing
        ("The Kenyan opposition leader offered harsh criticism of Uganda.", set()),
        # supporting an economy, defending a seat, fighting prejudice: no one backed, defended or fought
        ("Tea sales support Kenya's economy.", set()),
        ("Kenya backed the Ugandan candidate.", {"051"}),
        ("The Kenyan party is defending both seats in the election.", set()),
        ("The Kenyan group says it is fighting xenophobia and exclusion.", set()),
        ("Kenyan troops are fighting the rebels.", {"190"}),
    ],
)
def test_objects_that_change_the_sense(extract, text, expected):
    assert {e.code for e in extract(text).events if not e.negated} - {"010"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act whose doer is "no one" did not happen
        ("No one in the Chilean government has spoken to the Bolivian envoy.", set()),
        ("Nobody attacked the Kenyan convoy.", set()),
        ("Chilean officials have spoken to the Bolivian envoy.", {"04"}),
        # a count of refugees in camps gathers no protest
        ("Large numbers of displaced Somalis keep gathering at camps near Dadaab.", set()),
    ],
)
def test_no_one_did_it(extract, text, expected):
    assert _roots(extract, text) == expected
