"""More attribution cues: implying, congratulating, deeming, offering something said, and the
idiom "as X put it", which sources the quotation or clause it is set off from."""

from __future__ import annotations

import json

import pytest
from record_kit import quotes_of, speaker_text

from dyad.errors import LexiconError
from dyad.lexicon.cues import DATA, Cues
from dyad.pipeline import Pipeline

# (text, content, speaker mention, cue): the quote must be there, exactly
FOUND = [
    (
        "The harbour master implied that the ferry would be late again.",
        "that the ferry would be late again",
        "The harbour master",
        "implied",
    ),
    (
        "In his sermon the bishop implied the mayor had misled the parish.",
        "the mayor had misled the parish",
        "the bishop",
        "implied",
    ),
    (
        "Mayor Ingrid Solberg congratulated the rowing club on its third title.",
        "the rowing club on its third title",
        "Mayor Ingrid Solberg",
        "congratulated",
    ),
    (
        "The inspectors deemed the bridge unsafe for heavy trucks.",
        "the bridge unsafe for heavy trucks",
        "The inspectors",
        "deemed",
    ),
    # 'offer' reports only what is said or thought
    (
        "The ferry company offered an apology to the stranded passengers.",
        "an apology to the stranded passengers",
        "The ferry company",
        "offered",
    ),
    (
        "The retired admiral offered his assessment of the naval drills.",
        "his assessment of the naval drills",
        "The retired admiral",
        "offered",
    ),
    # "as X put it": the quotation after it, or the clause it is set off from
    (
        "As Marta Lindqvist, a historian at the maritime museum, put it, "
        "“The harbour made this town and it can unmake it.”",
        "“The harbour made this town and it can unmake it.”",
        "Marta Lindqvist",
        "put it",
    ),
    (
        "Or, as the ferry captain put it: “Nobody sails for free.”",
        "“Nobody sails for free.”",
        "the ferry captain",
        "put it",
    ),
    (
        "As one skipper put it in a note for the harbour board, the harbour has become a car park for yachts.",
        "the harbour has become a car park for yachts",
        "one skipper",
        "put it",
    ),
    (
        "The harbour has become a car park for yachts, as one skipper put it.",
        "The harbour has become a car park for yachts",
        "one skipper",
        "put it",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), FOUND)
def test_attribution_found(pipeline: Pipeline, text: str, content: str, speaker: str, cue: str) -> None:
    quotes = quotes_of(pipeline, text)
    got = [(q.text, speaker_text(text, q), q.cue) for q in quotes]
    match = [q for q in quotes if q.text == content]
    assert match, f"no quote {content!r} in {got}"
    assert speaker_text(text, match[0]) == speaker, got
    assert match[0].cue == cue, got


# (text): no attribution at all; the same verbs in a sense that reports nothing
NOT_REPORTS = [
    "The corner shop offered discounts on winter coats.",
    "The carpenter offered her a ride to the station.",
    # a quoted word next to a cue verb in a sense that reports nothing is no quotation of it
    'The party was offering a "greener" valley to the voters.',
    "She put it on the table and left.",
    "As he put it back on the shelf, the phone rang.",
    "As the crane put it down, the crowd cheered.",
    "As the baker put it into the oven, the lights went out.",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_not_a_report(pipeline: Pipeline, text: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert quotes == [], [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["Put"], "bad word"),
        ("put", "non-empty list"),
        ([" put"], "bad word"),
    ],
)
def test_as_verbs_are_validated(value: object, message: str) -> None:
    data = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    data["as_verbs"] = value
    with pytest.raises(LexiconError, match=message):
        Cues.from_dict(data)


@pytest.mark.parametrize(("value", "expected"), [(["put"], {"put"}), ([], set())])
def test_as_verbs_load(value: list[str], expected: set[str]) -> None:
    data = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    data["as_verbs"] = value
    cues = Cues.from_dict(data)
    assert set(cues.as_verbs) == expected
    assert expected <= cues.triggers
