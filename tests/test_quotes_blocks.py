"""Indirect forms that read as "who said what": a cue closing a paragraph with a colon before an
unmarked block quotation, report nouns whose source comes before their ``that`` clause, and an
"as X put it" phrase inside the clause it sources."""

from __future__ import annotations

import pytest
from record_kit import quotes_of, speaker_text

from dyad.pipeline import Pipeline

# (text, content, speaker mention, cue)
FOUND = [
    # "X added:" ends a paragraph and the next one is the quotation, its marks lost
    (
        "The harbour master added:\n\nNo ship has docked here since the storm. The cranes are still down.",
        "No ship has docked here since the storm. The cranes are still down.",
        "The harbour master",
        "added",
    ),
    (
        "In a statement on Tuesday, the ministry said:\n\nThe border crossing will stay closed until the checks end.",
        "The border crossing will stay closed until the checks end.",
        "the ministry",
        "said",
    ),
    (
        "The union wrote:\n\nOur members have waited three years for a fair offer and will wait no longer.",
        "Our members have waited three years for a fair offer and will wait no longer.",
        "The union",
        "wrote",
    ),
    # a report noun with its source between it and its 'that' clause
    (
        "The claim by the minister that the budget was balanced drew scorn.",
        "that the budget was balanced",
        "the minister",
        "claim",
    ),
    # "as X put it" inside the clause it sources, a quotation in that clause
    (
        'The river, as one engineer put it, is "a loaded gun" for the valley.',
        'The river, as one engineer put it, is "a loaded gun" for the valley',
        "one engineer",
        "put it",
    ),
    (
        'The plan, as the mayor said, is "dead on arrival" unless the council pays.',
        'The plan, as the mayor said, is "dead on arrival" unless the council pays',
        "the mayor",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), FOUND)
def test_found(pipeline: Pipeline, text: str, content: str, speaker: str, cue: str) -> None:
    quotes = quotes_of(pipeline, text)
    got = [(q.text, speaker_text(text, q), q.cue) for q in quotes]
    match = [q for q in quotes if q.text == content]
    assert match, f"no quote {content!r} in {got}"
    assert (speaker_text(text, match[0]), match[0].cue) == (speaker, cue), got


# (text, words that must start no quote): a colon after something that is not a report, a
# paragraph that is no prose, a cue that already has its content
NOT_BLOCKS = [
    ("The report lists three causes:\n\nPoor drainage, old pipes and heavy rain all played a part.", "Poor"),
    ("The plan includes the following:\n\nNew pumps for the lower district and a second levee.", "New"),
    ("The mayor added:\n\n- new pumps for the lower district and a levee", "-"),
    ("He said on Monday that he would run again:\n\nThe campaign starts next month in the capital.", "The"),
    ("The mayor said:\n\nFloods.", "Floods"),
    (
        "She has written to the following groups:\n\nI want every school to have a nurse by next year.",
        "I want",
    ),
    ("Among the topics discussed were:\n\nThe cost of the new bridge and who should pay for it.", "The cost"),
    ("Topics he discussed include:\n\nThe cost of the new bridge and who should pay for it.", "The cost"),
    # a passive report: the paragraph holds someone else's words
    (
        "The calls were reported by the station as follows:\n\nIs anyone still on the boat? Can you see them?",
        "Is",
    ),
    ("The warning from the port authority that was issued in May came true.", "that"),
]


@pytest.mark.parametrize(("text", "start"), NOT_BLOCKS)
def test_no_block(pipeline: Pipeline, text: str, start: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert not [q for q in quotes if q.text.startswith(start)], [(q.text, q.cue) for q in quotes]


def test_quoted_block_stays_direct(pipeline: Pipeline) -> None:
    text = 'She told reporters:\n\n"We will not give up on this town."'
    quotes = quotes_of(pipeline, text)
    assert [(q.kind, q.text, speaker_text(text, q)) for q in quotes] == [
        ("direct", '"We will not give up on this town."', "She")
    ]
