"""Event-coding faults found by reading the coder's output: the act an appeal asks for credited
to the one who appeals, a host state's order for foreign forces to go coded as a retreat, a
state's threatened blockade coded as a threatened protest, foreign forces trained coded as a
mobilization, and trade an appeal asks to be stopped coded as an event of its own. Each table
keeps rows that must still code as they do. Sentences written for the project."""

from __future__ import annotations

import pytest
from record_kit import asserted_events as _asserted


def _codes(extract, text: str) -> set[tuple]:
    """(code, source country, target country, negated) of every event of ``text``."""
    from record_kit import country

    return {(e.code, country(e.source_code), country(e.target_code), e.negated) for e in extract(text).events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an addressee not resolved to an actor: the appeal is coded, the caller never resigns
        ("The Chadian opposition called on the prime minister to resign.", {("0241", "TCD", None)}),
        ("Nigerien students called upon the rector to step down.", {("0241", "NER", None)}),
        # the addressee resolved: the appeal is made of it
        ("Chad's opposition urged Niger's president to resign.", {("0241", "TCD", "NER")}),
        ("Estonia urged the Latvian government to free the two reporters.", {("0253", "EST", "LVA")}),
    ],
)
def test_the_act_an_appeal_asks_for_is_the_addressees(extract, text, expected):
    assert _asserted(extract, text) == expected


@pytest.mark.parametrize(
    "text,forbidden",
    [
        # whoever is asked to act, the one who asks does not do it
        ("The Chadian opposition called on the prime minister to resign.", "083"),
        ("Estonian unions tried to persuade the minister to quit.", "083"),
        ("Lithuanian activists are trying to convince the council to amend the charter.", "083"),
    ],
)
def test_the_appealer_never_does_the_act_asked(extract, text, forbidden):
    assert not any(e.code.startswith(forbidden) for e in extract(text).events)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a host state sending another state's forces home expels them
        ("The Chadian junta ordered the withdrawal of Belgian troops.", {("166", "TCD", "BEL")}),
        ("Niger ordered Belgian soldiers to leave the country within a month.", {("166", "NER", "BEL")}),
        # one's own forces withdrawn stay a retreat
        ("Estonia ordered the withdrawal of Estonian troops from Mali.", {("0874", "EST", "MLI")}),
        # asked for, not ordered: a demand to de-escalate
        ("Niger demanded the withdrawal of Belgian troops.", {("1056", "NER", "BEL")}),
    ],
)
def test_foreign_forces_ordered_out_are_expelled(extract, text, expected):
    assert _asserted(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a state's threatened blockade, of ports or a strait
        ("Venezuela threatened to blockade the ports of Guyana.", "1381"),
        ("Oman threatened to close the strait to tankers.", "1381"),
        # the rest of the family stays
        ("Venezuela threatened to invade Guyana.", "1384"),
        ("Venezuela threatened to seize the disputed islands.", "1382"),
        ("The insurgents threatened to carry out suicide bombings in Niamey.", "1383"),
        ("Venezuela threatened to use chemical weapons.", "1385"),
        # protesters threatening to block roads threaten a protest
        ("Farmers threatened to block the roads into the capital.", "133"),
    ],
)
def test_a_states_threatened_blockade_is_1381(extract, text, expected):
    assert {e.code for e in extract(text).events if e.code.startswith("13")} == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        # another state's forces trained: military cooperation
        ("Portugal trained Mozambican soldiers last year.", {("062", "PRT", "MOZ")}),
        ("Spain has trained Malian troops since 2013.", {("062", "ESP", "MLI")}),
        # a promise of it is an intent to cooperate militarily
        ("Portugal will train Mozambican soldiers next year.", {("0312", "PRT", "MOZ")}),
        # a rebel force armed and trained by a state stays military aid
        ("Iran trained Houthi rebels in Yemen.", {("072", "IRN", "YEM")}),
    ],
)
def test_foreign_forces_trained_is_military_cooperation(extract, text, expected):
    assert _asserted(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # trade asked to be stopped is no event of its own
        ("Canada encouraged firms to stop trading with Belarus.", {("020", "CAN", None, False)}),
        ("Norway urged its banks to stop lending to the Belarusian state.", {("020", "NOR", None, False)}),
        # trade asked to go on is asked for
        ("Canada encouraged firms to keep trading with Belarus.", {("0211", "CAN", "BLR", False)}),
    ],
)
def test_cooperation_asked_to_stop_is_no_event(extract, text, expected):
    assert _codes(extract, text) == expected
