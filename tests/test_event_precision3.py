"""Sentences whose naive reading codes a wrong event or a wrong target, found by reading the
coder's output on unseen news: a count that "hits" a figure, staff "eliminated", an attack cited
as a reason, an appeal whose addressee is not what it asks about, cooperation asked to stop, an
emergency declared for a named hazard. Each table keeps rows that must still code, so precision
is not bought with recall. Sentences written for the project; the full pipeline resolves actors."""

from __future__ import annotations

import pytest
from record_kit import asserted_events as _asserted
from record_kit import asserted_roots as _roots


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count reaching a figure strikes nothing
        ("The number of displaced people in Malawi hits two million.", set()),
        ("The death toll from the Zambian floods hit 120 on Sunday.", set()),
        ("Zambian copper exports hit $4 billion last year.", set()),
        # a strike on a target stays
        ("Malawian jets hit three rebel camps near the Zambian border.", {"19"}),
    ],
)
def test_a_figure_reached_is_no_strike(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a workforce cut, counted whole or as a ratio, kills no one
        ("The Zambian mining firm will eliminate 1 in 4 employees next year.", set()),
        ("The brewery in Lusaka plans to eliminate 200 workers.", set()),
        # armed men eliminated are killed, counted as a ratio too
        ("Malawian soldiers eliminated six rebel fighters near the border.", {"19"}),
    ],
)
def test_eliminating_staff_kills_no_one(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # whoever cites an attack as a reason did not carry it out
        ("The Zambian president used the bombings to justify a crackdown on the press.", set()),
        ("Malawi's leader seized on the attack as a pretext for new curfews.", set()),
        # an armed group using bombs attacks
        ("Malawian rebels used the bombings to terrorise Zambian villagers.", {"MWI"}),
    ],
)
def test_an_attack_cited_as_a_reason_has_no_attacker(extract, text, expected):
    assert {src for code, src, _ in _asserted(extract, text) if code[:2] == "19" and src} == expected


@pytest.mark.parametrize(
    "text,forbidden",
    [
        # the addressee of an appeal is its target, never the one it is about
        ("Zambian lawmakers urged a senior senator to vote against Hakainde Hichilema.", "ZMB"),
        ("The Malawian president asked the regulators to begin a review of Zambia's bid.", "ZMB"),
    ],
)
def test_an_appeal_targets_its_addressee(extract, text, forbidden):
    targets = {e.target_code for e in extract(text).events if e.root == "02"}
    assert not any(t and t.startswith(forbidden) for t in targets)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a vote asked for is a plain appeal, whatever the vote is about
        ("Zambia urged Malawi to vote against the budget resolution.", {("020", "ZMB", "MWI")}),
        # an appeal to stop cooperating asks for no cooperation
        ("Zambia encouraged its companies to stop trading with Malawi.", {("020", "ZMB", None)}),
        # an appeal to stop what harms ties still asks for better ties
        (
            "The Zambian embassy urged Malawi to stop its hostile campaign harming bilateral relations.",
            {("022", "ZMB", "MWI")},
        ),
        # an appeal to start it does
        ("Zambia urged Malawi to start trading with Tanzania.", {("0211", "ZMB", "MWI")}),
        # an appeal to stop attacking still names whom it asks, and asks for de-escalation
        ("Zambia urged Malawi to stop attacking border villages.", {("0256", "ZMB", "MWI")}),
    ],
)
def test_what_an_appeal_asks(extract, text, expected):
    assert _asserted(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an emergency met after a hazard named in the sentences before sanctions no one
        (
            "Heavy flooding swept across southern Malawi overnight. "
            "The Malawian government declared a state of emergency in four districts.",
            set(),
        ),
        # without a hazard it is imposed, and after an attack too
        ("The Malawian government declared a state of emergency in four districts.", {"17"}),
        (
            "Gunmen attacked a police post in southern Malawi overnight. "
            "The Malawian government declared a state of emergency in four districts.",
            {"17", "19"},
        ),
    ],
)
def test_an_emergency_after_a_hazard(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # fighting a confirmation or a merger is a political fight, no armed clash
        ("Zambian opposition senators fought hard against the nominee's confirmation.", set()),
        ("Malawian unions fought against the merger of the two state banks.", set()),
        ("Zambian troops fought against Malawian rebels near the border.", {"19"}),
    ],
)
def test_fighting_a_measure_is_no_clash(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # welcoming someone's act praises it; no one is hosted
        ("Zambia's foreign minister welcomed President Chakwera's introduction of new tariffs.", {"051"}),
        ("Lusaka welcomed Malawi's decision to reopen the border.", {"051"}),
        # welcoming a person, or their visit, is hosting
        ("The Zambian president welcomed President Chakwera to Lusaka on Monday.", {"043"}),
    ],
)
def test_welcoming_an_act_is_praise(extract, text, expected):
    assert {code for code, _, _ in _asserted(extract, text)} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # in a match report, sides that "clash" or "fight" for a place play a game
        (
            "Zambia face Malawi in a World Cup qualifier in Lusaka on Saturday. "
            "The national team coach named three new strikers. "
            "Zambia beat Malawi 2-1 in their last meeting. "
            "The two countries clash again at the Heroes Stadium. "
            "Malawi's goalkeeper said his side are still fighting for a playoff place.",
            set(),
        ),
        # troops that clash fight
        ("Zambian troops clashed with Malawian rebels near the border on Saturday.", {"19"}),
    ],
)
def test_a_clash_in_a_match_report_is_play(extract, text, expected):
    assert _roots(extract, text) - {"01"} == expected
