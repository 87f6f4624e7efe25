"""Event classes that misfired on unseen news: leaving a body, acts staged for show, the aims
of acts under way, and speculation about what a state could do. Sentences written for the
project; the full pipeline resolves the actors."""

from __future__ import annotations

import pytest


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _got(extract, text: str) -> set[tuple]:
    return {
        (e.code, _country(e.source_code), _country(e.target_code), e.modality) for e in extract(text).events
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        # leaving an alliance, a bloc or an international body cuts relations; no troops move
        ("Hungary withdrew from the alliance last week.", {("160", "HUN", None, "asserted")}),
        ("Peru pulled out of the World Health Organization in March.", {("160", "PER", "IGO", "asserted")}),
        (
            "The Chilean government announced Chile's withdrawal from the regional bloc.",
            {("160", "CHL", None, "asserted")},
        ),
        # troops leaving a village do retreat
        ("Croatian troops withdrew from the border village on Sunday.", {("0874", "HRV", None, "asserted")}),
        # a firm leaving a market, or giving up a practice, retreats from nothing
        ("A Danish shipping firm pulled out of the Iranian market.", set()),
        ("The Greek carmaker withdrew from using the Turkish port.", set()),
        ("Bolivia's bill was withdrawn from the agenda of the regional council.", set()),
    ],
)
def test_leaving_a_body_or_a_market_is_no_retreat(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an attack staged as an exercise harms no one
        "Polish police staged a mock attack on a ferry during the drill.",
        "Polish commandos carried out a simulated raid on the harbour.",
    ],
)
def test_mock_and_simulated_attacks_are_not_attacks(extract, text):
    assert _got(extract, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # the offensive is under way; retaking the town is its aim, neither done nor threatened
        (
            "The Nigerian army's offensive to retake the town entered its second week.",
            {("190", "NGA", None, "asserted")},
        ),
        # what an analyst or a scholar thinks a state could do is no threat by that state
        ("Analysts say Mali could attack rebel bases in the north.", set()),
        ("Some scholars believe Mali might bomb the rebel bases.", set()),
        # what a state's own minister says it could do is
        (
            "Mali could strike rebel bases in the north, the defence minister said.",
            {("1384", "MLI", None, "threatened")},
        ),
    ],
)
def test_aims_and_speculation_are_not_threats(extract, text, expected):
    assert _got(extract, text) == expected
