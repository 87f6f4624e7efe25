"""Targets and sources taken from the right syntactic slot: a protest's purpose clause, a demand
noun's that-clause, an uncoded threat's object, "up to N" objects, organisations placed "in" a
country, misparsed predicates, statements "about"/"on" someone, and ratification as one party's
act. Sentences written for the project; the full pipeline resolves the actors."""

from __future__ import annotations

import pytest
from record_kit import event_rows

A = "asserted"


@pytest.mark.parametrize(
    "text,expected",
    [
        # ratifying is done by one party; signing stays mutual
        ("Estonia ratified a border treaty with Russia on Tuesday.", {("057", "EST", "RUS", A, False)}),
        (
            "The Moroccan parliament ratified the free trade accord with Tunisia.",
            {("057", "MAR", "TUN", A, False)},
        ),
        (
            "Lithuania and Latvia signed a border treaty.",
            {("057", "LTU", "LVA", A, False), ("057", "LVA", "LTU", A, False)},
        ),
    ],
)
def test_ratification_one_sided(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Imprisoned activists began a hunger strike on Monday to demand the release of Pakistani former "
            "Prime Minister Imran Khan.",
            # the crowd has no other country clue than the official it names (actors)
            {("1423", "PAK", "PAK", A, False)},
        ),
        (
            "Farmers in Accra blocked a highway to voice their fury at Nigeria's import ban.",
            {("144", "GHA", "NGA", A, False)},
        ),
        (
            "Students gathered in Manila on Saturday to protest against Beijing's maritime claims.",
            {("141", "PHL", "CHN", A, False)},
        ),
        # no one named in the purpose: the place rule stays; unnamed protesters are no state closing a road
        ("Truckers in Lagos blocked the main road on Monday.", {("144", "NGA", None, A, False)}),
        ("Ghana blocked the port of Tema.", {("191", "GHA", None, A, False)}),
    ],
)
def test_protest_purpose_target(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "up to N X", parsed as a particle and a "to" phrase
        (
            "Bandits have abducted up to 25 Nigerien herders near the border.",
            {("181", None, "NER", A, False)},
        ),
        (
            "Nigerian gunmen have kidnapped up to 12 Chinese workers from a quarry.",
            {("181", "NGA", "CHN", A, False)},
        ),
        # an organisation "in" a place is that country's
        (
            "The Indian government banned the largest separatist group in Assam.",
            {("1722", "IND", "IND", A, False)},
        ),
        ("Ankara banned an opposition party in Istanbul.", {("1722", "TUR", "TUR", A, False)}),
        # a compound's own modifiers give an institution its country
        (
            "Swiss doctors delivered medicine to Kabul University Medical School.",
            {("073", "CHE", "AFG", A, False)},
        ),
        # the main verb misparsed as a participle on a noun: still the predicate, with its subject
        (
            "Nurses from two Canadian charities donated and personally delivered $40,000 worth of "
            "medicine to Kabul University Hospital.",
            {("073", "CAN", "AFG", A, False)},
        ),
    ],
)
def test_object_and_subject_slots(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # the rebels' people lives in Sri Lanka and India; the text names Sri Lanka (actors)
            "The Tamil rebels insisted on their demand that Sri Lanka's government free the prisoners.",
            {("1053", "LKA", "LKA", "demanded", False)},
        ),
        (
            "The armed group insisted on its demand that Uganda's government grant the northern districts more autonomy.",
            {("1043", None, "UGA", "demanded", False)},
        ),
        (
            "Hezbollah threatened on Friday to resume militant activity in Bahrain.",
            {("130", "LBN", "BHR", "threatened", False)},
        ),
        (
            "The Shabaab threatened on Sunday to expand its campaign in Djibouti.",
            {("130", None, "DJI", "threatened", False)},
        ),
        ("Iran threatened to expand its nuclear program.", {("1385", "IRN", None, "threatened", False)}),
        ("Iran accused Israel of planning to attack Syria.", {("1123", "IRN", "ISR", A, False)}),
        ("Germany urged Russia to stop shelling Ukraine.", {("0256", "DEU", "RUS", A, False)}),
    ],
)
def test_frame_targets(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Chilean foreign minister spoke to reporters about Bolivia.", {("010", "CHL", "BOL", A, False)}),
        ("Colombia's president commented on Venezuela's elections.", {("010", "COL", "VEN", A, False)}),
        (
            "The Senegalese minister wrote about Gambia's election in an op-ed.",
            {("010", "SEN", "GMB", A, False)},
        ),
        # about no one, "on" a date, a channel or someone's behalf: no statement event
        ("Merkel spoke on Tuesday.", set()),
        ("Officials said on Monday that talks would resume.", set()),
        ('"On behalf of the whole bench," wrote the Chief Justice.', set()),
        ("The Austrian chancellor spoke on Bulgarian television.", set()),
    ],
)
def test_statement_about(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a refusal "despite pressure from X" answers X
        (
            "Ghana's finance minister refused to step down despite calls from the opposition.",
            {("1231", "GHA", "GHA", A, False)},
        ),
        (
            "Kenya's deputy president declined to resign despite mounting pressure by the Ugandan parliament.",
            {("1231", "KEN", "UGA", A, False)},
        ),
        # no one presses: no target
        (
            "Kenya's deputy president declined to resign despite the scandal.",
            {("1231", "KEN", None, A, False)},
        ),
    ],
)
def test_refusal_despite_pressure(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a state's force against a protest is aimed at its holders, else at the state's own people
        (
            "Egyptian police blocked the march organised by workers at Cairo University.",
            {("170", "EGY", "EGY", A, False)},
        ),
        ("Turkish police broke up a rally held by students.", {("170", "TUR", "TUR", A, False)}),
        ("Kenyan police banned a protest planned by Ugandan exiles.", {("1721", "KEN", "UGA", A, False)}),
    ],
)
def test_protest_repressed(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an attack with no doer named, placed in a town: the town's country stands in for the attacker
        ("A car bomb in Mosul killed 12 Iraqi policemen.", {("1832", "IRQ", "IRQ", A, False)}),
        (
            "A suicide bombing near the town of Kunduz killed three German soldiers.",
            {("1831", "AFG", "DEU", A, False)},
        ),
        # an accident has no doer at all
        ("A landslide in Nepal killed 20 people.", set()),
    ],
)
def test_placed_attack_source(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "X was the first to ...": the copula's subject does it
        ("Kenya was the first to recognize South Sudan.", {("054", "KEN", "SSD", A, False)}),
        ("Peru is the only nation to condemn Bolivia.", {("111", "PER", "BOL", A, False)}),
    ],
)
def test_first_to_act(extract, text, expected):
    assert event_rows(extract(text)) == expected
