"""Targets of object-control verbs: "allowed X to do Y" is parsed with X as the subject of the
infinitive, but X is whom the permission goes to. Only a coded name is taken ("allow him to" is
too loose to start an event on). A mutual act marked one-sided ("a unilateral truce") goes one
way only. Sentences written for the project; the full pipeline resolves
the actors."""

from __future__ import annotations

import pytest
from record_kit import event_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Ugandan government allowed the Kenyan opposition to hold a rally.",
            {("0812", "UGA", "KEN", "asserted", False), ("141", "KEN", "KEN", "asserted", False)},
        ),
        (
            "Ghana's electoral commission decided to allow the Togolese observers to monitor the vote.",
            {("0862", "GHA", "TGO", "asserted", False)},
        ),
        (
            "The Mexican court refused to allow the Canadian firm to reopen the mine.",
            {("124", "MEX", "CAN", "asserted", False)},
        ),
        # a real object keeps its place
        (
            "The Chilean cabinet permitted Peruvian inspectors to visit the mine.",
            {("0862", "CHL", "PER", "asserted", False)},
        ),
        # no coded name in the clause: nothing new is started
        ("The new rules do not allow him to travel abroad.", set()),
        ("The software allows the Brazilian police to scan thousands of photos.", set()),
    ],
)
def test_object_control_target(extract, text, expected):
    assert event_rows(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chad declared a unilateral truce with Sudan on Friday.",
            {("0871", "TCD", "SDN", "asserted", False)},
        ),
        (
            "Chad declared a truce with Sudan on Friday.",  # unmarked: both directions
            {("0871", "TCD", "SDN", "asserted", False), ("0871", "SDN", "TCD", "asserted", False)},
        ),
        (
            "Chile and Bolivia declared a truce on Monday.",
            {("0871", "CHL", "BOL", "asserted", False), ("0871", "BOL", "CHL", "asserted", False)},
        ),
        ("Hamas announced a unilateral truce with Israel.", {("0871", "PSE", "ISR", "asserted", False)}),
        (
            "Ethiopia unilaterally declared a ceasefire with Eritrea.",
            {("0871", "ETH", "ERI", "asserted", False)},
        ),
    ],
)
def test_one_sided_act_is_not_reciprocal(extract, text, expected):
    assert event_rows(extract(text)) == expected
