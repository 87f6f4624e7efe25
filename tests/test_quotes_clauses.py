"""Attributions set inside or beside another one: participles and relative clauses that report
for themselves, and cues set off by commas inside the clause they report."""

from __future__ import annotations

import pytest
from record_kit import quotes_of, speaker_text

from dyad.pipeline import Pipeline

# (text, [(content, speaker mention, cue word)]) : every listed quote must be there, exactly
FOUND = [
    # a participle after a comma reports for the one who spoke first, and ends that report
    (
        "The ferry operator said that the crossings were safe, adding that two boats were in repair.",
        [
            ("that the crossings were safe", "The ferry operator", "said"),
            ("that two boats were in repair", "The ferry operator", "adding"),
        ],
    ),
    (
        "Contacted on Monday, Ruiz denied the idea that the league was folding, explaining that he had "
        "been abroad.",
        [
            ("the idea that the league was folding", "Ruiz", "denied"),
            ("that he had been abroad", "Ruiz", "explaining"),
        ],
    ),
    # a relative clause after a comma holds a view of its own
    (
        "The bishop thanked the farmer Lena Ortiz, who has vowed to give her harvest to the shelter.",
        [
            ("the farmer Lena Ortiz", "The bishop", "thanked"),
            ("to give her harvest to the shelter", "who", "vowed"),
        ],
    ),
    # a cue set off by commas: the clause on both sides of it is the content
    (
        "It was, she said, the wettest spring anyone could remember.",
        [("It was, she said, the wettest spring anyone could remember", "she", "said")],
    ),
    (
        "In the old days, the fishermen say, the bay froze every winter.",
        [("In the old days, the fishermen say, the bay froze every winter", "the fishermen", "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_clauses_found(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    quotes = quotes_of(pipeline, text)
    got = [(q.text, speaker_text(text, q), q.cue) for q in quotes]
    for content, speaker, cue in expected:
        match = [q for q in quotes if q.text == content]
        assert match, f"no quote {content!r} in {got}"
        spk = speaker_text(text, match[0])
        assert spk is not None and speaker in spk, got
        assert match[0].cue is not None and cue in match[0].cue, got


# a report inside what another one reports stays part of it
KEPT_WHOLE = [
    ("The mayor said residents believe the army will return.", ["said"]),
    ("The trainer told reporters that the horse, which he believes is fit, would not race.", ["told"]),
    ("Later, he said, the committee would decide who gets the grant.", ["said"]),
]


@pytest.mark.parametrize(("text", "cues"), KEPT_WHOLE)
def test_inner_report_is_kept_whole(pipeline: Pipeline, text: str, cues: list[str]) -> None:
    quotes = quotes_of(pipeline, text)
    assert [q.cue for q in quotes] == cues, [(q.text, q.cue) for q in quotes]
