"""Headlines in title case: 'Name: words' is a quote of the name, a title-case kicker before a
colon ('Smoke Over Water: ...') names a topic, not a speaker."""

from __future__ import annotations

import pytest
from record_kit import assert_found, quotes_of

from dyad.pipeline import Pipeline

# (text, [(content, speaker mention, cue)])
FOUND = [
    (
        "Poll: Voters Back Rail Plan For The North.\n\nA survey of 900 voters found strong support.",
        [("Voters Back Rail Plan For The North.", "Poll", ":")],
    ),
    (
        "Mayor Anna Lind on Flood Defences: The Walls Are 'Too Low.'\n\nThe mayor spoke at the harbor.",
        [("The Walls Are 'Too Low.'", "Anna Lind", ":")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_headline_speaker(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_found(pipeline, text, expected)


# (text, words that start no quote)
KICKERS = [
    (
        "Smoke Over Water: Mayor Lind Was Warned But Chose To Wait.\n\nThe mayor was warned in May.",
        "Mayor Lind Was Warned",
    ),
    (
        "Trouble In Paradise: Island Hotels Close For Winter.\n\nSeveral hotels shut on Friday.",
        "Island Hotels Close",
    ),
    (
        "Fire And Ice: Two Towns Split Over Ski Lift.\n\nThe towns disagree.",
        "Two Towns Split",
    ),
    # archive metadata labels
    ("Ferry Fares Rise Again.\n\nBYLINE: Mara Jensen.\n\nFares rose on Monday.", "Mara Jensen"),
    ("Ferry Fares Rise Again.\n\nDATELINE: Bergen, Norway.\n\nFares rose on Monday.", "Bergen, Norway"),
]


@pytest.mark.parametrize(("text", "start"), KICKERS)
def test_title_case_kicker_is_no_speaker(pipeline: Pipeline, text: str, start: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert not [q for q in quotes if q.text.startswith(start)], [(q.text, q.cue) for q in quotes]
