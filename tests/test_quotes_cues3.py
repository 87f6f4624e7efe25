"""Cues measured on training text (report, stance and liking verbs; 'critical of'), and content
that the parser splits off its cue ('talked about A and how B', 'referred to X as Y')."""

from __future__ import annotations

import pytest
from record_kit import assert_found, quotes_of

from dyad.pipeline import Pipeline

# (text, [(content, speaker mention, cue)])
FOUND = [
    (
        "The ferry captain shared his doubts about the new timetable.",
        [("his doubts about the new timetable", "The ferry captain", "shared")],
    ),
    (
        "The audit lists four reasons for the delay at the depot.",
        [("four reasons for the delay at the depot", "The audit", "lists")],
    ),
    (
        "Inspectors identified the cracked valve as the culprit.",
        [("the cracked valve as the culprit", "Inspectors", "identified")],
    ),
    (
        "The memo details the cost of moving the archive to Leeds.",
        [("the cost of moving the archive to Leeds", "The memo", "details")],
    ),
    (
        "Farm groups panned the water levy as unfair to small growers.",
        [("the water levy as unfair to small growers", "Farm groups", "panned")],
    ),
    (
        "Residents celebrated the court's ruling on the old mill.",
        [("the court's ruling on the old mill", "Residents", "celebrated")],
    ),
    (
        "The choir director would like the hall to stay open on Sundays.",
        [("the hall to stay open on Sundays", "The choir director", "would like")],
    ),
    (
        "Most commuters love the idea of a second bridge.",
        [("the idea of a second bridge", "Most commuters", "love")],
    ),
    (
        "Councillor Brandt is mulling a bid for the mayoralty.",
        [("a bid for the mayoralty", "Councillor Brandt", "is mulling")],
    ),
    (
        "The rector talked up the college's new science wing.",
        [("the college's new science wing", "The rector", "talked up")],
    ),
    (
        "In her lecture the historian touched on the famine of 1847.",
        [("the famine of 1847", "the historian", "touched on")],
    ),
    (
        "The fishermen were critical of the quota cuts.",
        [("the quota cuts", "The fishermen", "were critical")],
    ),
    (
        "The dockers' union lambasted the shipping firm for cutting pensions.",
        [("the shipping firm for cutting pensions", "union", "lambasted")],
    ),
    (
        "Parents are angry about the closure of the village school.",
        [("the closure of the village school", "Parents", "are angry")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_cue_found(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_found(pipeline, text, expected)


# (text, content): content the parser hung on the cue verb, kept whole
WHOLE = [
    (
        "She talked about rents and how they squeeze young nurses.",
        "rents and how they squeeze young nurses",
    ),
    (
        "The novelist wrote about the war and what it cost her town.",
        "the war and what it cost her town",
    ),
    (
        "The guide came to talk about the marshes and why the birds leave them.",
        "the marshes and why the birds leave them",
    ),
    (
        "The auditor discussed the deficit and whether it could be closed.",
        "the deficit and whether it could be closed",
    ),
    (
        'The abbot referred to the new road as "a scar on the hills" in his letter.',
        'the new road as "a scar on the hills"',
    ),
]


# a second clause with a subject of its own after a comma is no part of the content
APART = [
    ("She talked about rents, and her brother cooked dinner.", "rents"),
    ("The warden spoke of the drought while the crowd waited outside.", "the drought"),
]


@pytest.mark.parametrize(("text", "content"), WHOLE + APART)
def test_content_bounds(pipeline: Pipeline, text: str, content: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert content in [q.text for q in quotes], [(q.text, q.cue) for q in quotes]


# verbs tried as cues and left out (their new reports were right only about half the time on
# training text): in a deed or a place they report nothing
NONE = [
    "The club promoted its goalkeeper to captain.",
    "Shoppers protested outside the bank.",
    "The band played down by the river.",
    # 'critical' reports only with 'of': "it is critical that" says what matters, not who thinks it
    "It is critical that the ferry sails before the tide turns.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_quote(pipeline: Pipeline, text: str) -> None:
    assert not quotes_of(pipeline, text)


# a verb of finding with a plain object reads as a search in an infinitive, after a modal or as a
# gerund: no report. A finite form, a clause or a complement is a finding.
FINDING = [
    ("The survey found wide support for the tax.", [("wide support for the tax", "The survey", "found")]),
    ("I find his plan troubling.", [("his plan troubling", "I", "find")]),
    ("Jurors are expected to find the driver negligent.", [("the driver negligent", "Jurors", "to find")]),
    ("The panel found that the dam was unsafe.", [("that the dam was unsafe", "The panel", "found")]),
    (
        "The auditors did not find any gap in the accounts.",
        [("any gap in the accounts", "The auditors", "did not find")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FINDING)
def test_finding_reported(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_found(pipeline, text, expected)


SEARCHES = [
    "The ministers met to find a route past the deadlock.",
    "Rescuers could find no trace of the missing boat.",
    "Commuters spend the morning finding a seat on the train.",
]


@pytest.mark.parametrize("text", SEARCHES)
def test_search_is_no_report(pipeline: Pipeline, text: str) -> None:
    assert not [q for q in quotes_of(pipeline, text) if "find" in (q.cue or "")]
