"""The time tagger's start filter: a pattern is only tried where its match can begin."""

from __future__ import annotations

import re

import pytest

from dyad.extract.time import LeadIndex, TimeRules, leads


def _admits(pattern: str, text: str, flags: int = re.IGNORECASE) -> bool:
    found = leads(re.compile(pattern, flags))
    assert found is not None
    return LeadIndex([found]).admitted(text[:6]) == 1


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"(?:the\s+)?next\s+week", "The  next week", True),
        (r"(?:the\s+)?next\s+week", "next\tweek", True),
        (r"(?:the\s+)?next\s+week", "the nearest", True),  # "the ne": the filter looks 6 characters ahead
        (r"(?:the\s+)?next\s+week", "the last week", False),
        (r"(?:the\s+)?next\s+week", "then", False),
        (r"\d{1,2}:\d\d", "9:45", True),
        (r"\d{1,2}:\d\d", "12:05", True),
        (r"\d{1,2}:\d\d", "123:4", False),
        (r"(?<!\w)(?:early|late)\s*,?\s*May", "late , May", True),
        (r"(?<!\w)(?:early|late)\s*,?\s*May", "lately", False),
        (r"April", "april", True),  # compared case-folded even without IGNORECASE
        (r"kelvin", "\u212aelvin", True),  # a non-ASCII character may match anything
        (r"the\s+year", "the\u00a0year", True),
        (r"the\s+year", "the", False),  # the text ends: no room for the match
    ],
)
def test_lead_filter(pattern: str, text: str, expected: bool) -> None:
    assert _admits(pattern, text) is expected


@pytest.mark.parametrize("pattern", [r".+ago", r"[^a]bc", r"\w+ days", r"(?:x)?"])
def test_patterns_that_can_start_anywhere_have_no_filter(pattern: str) -> None:
    assert leads(re.compile(pattern)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended on Friday, March 3, after two weeks.",
        "In late   2016 the  plant closed; 10:30 a.m. local time\ntomorrow.",
        "Three years ago, the third quarter of 2019 was the worst since the 1990s.",
    ],
)
def test_filter_never_skips_a_match(text: str) -> None:
    rules = TimeRules.load()
    for i, (_, rx) in enumerate(rules.patterns):
        for pos in range(len(text)):
            if rx.match(text, pos):
                assert rules.leads.admitted(text[pos : pos + 6]) >> i & 1, (rx.pattern[:60], text[pos:])
