"""Statement (CAMEO 010) targets: a statement is aimed at whom it is told to or whom it is about
(the subject of what is said, or that subject's owner or partner), never at the place the
subject is in ("said tensions in X rose" is about the tensions). Rows that must keep
their target sit in every table, so precision is not bought with recall. Sentences written for
the project; the full pipeline resolves actors."""

from __future__ import annotations

import pytest
from record_kit import asserted_events as _asserted


def _statement_targets(extract, text: str) -> set[str | None]:
    return {tgt for code, _, tgt in _asserted(extract, text) if code == "010"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an actor placed after the reported subject is not what the statement is about
        ("The Chilean foreign minister said rising prices in Peru worried investors.", set()),
        ("The Chilean foreign minister said that unrest in Bolivia had eased this week.", set()),
        ("The Chilean minister said that food prices in Peru had risen again.", set()),
        # the subject itself, or its owner, stays the target
        ("The Chilean foreign minister said Peru had broken its promises.", {"PER"}),
        ("The Chilean foreign minister said Peru's government had broken its promises.", {"PER"}),
        ("The Chilean foreign minister said the policy of Bolivia had failed.", {"BOL"}),
        ("The Chilean foreign minister said relations with Peru had worsened.", {"PER"}),
        ("The Chilean foreign minister said traders from Peru had raised their prices.", {"PER"}),
        ("The Chilean foreign minister said the grounds for Peru's sanctions were unclear.", {"PER"}),
    ],
)
def test_statement_target_is_the_reported_subject(extract, text, expected):
    assert _statement_targets(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the listener is the target, whatever the statement reports
        ("The Chilean foreign minister told Peruvian diplomats that talks in Lima would resume.", {"PER"}),
        ("The Chilean president told reporters in Santiago that Peru had broken its promises.", {"PER"}),
        ("The Chilean foreign minister said to Peru that talks in Lima would resume.", {"PER"}),
    ],
)
def test_statement_to_a_listener_keeps_the_listener(extract, text, expected):
    assert _statement_targets(extract, text) == expected
