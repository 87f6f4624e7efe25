"""Content split by its own cue: '"A," she said, "B."', 'A, she said, B', and the clause that
opens a sentence before a cue set off by commas. One quote, one speaker, the whole content.
A report in a relative clause ('..., which she said were B') is one of its own."""

from __future__ import annotations

import pytest
from record_kit import assert_found, quotes_of

from dyad.pipeline import Pipeline

# (text, [(content, speaker mention, cue)]): each content is the only quote of the text
WHOLE = [
    (
        '"If the river rises again," said Tom Baker, "the whole valley floods."',
        [('"If the river rises again," said Tom Baker, "the whole valley floods."', "Tom Baker", "said")],
    ),
    (
        '"We were never asked," Rosa Linde told the council on Tuesday, "and we will not accept it."',
        [
            (
                '"We were never asked," Rosa Linde told the council on Tuesday, "and we will not accept it."',
                "Rosa Linde",
                "told",
            )
        ],
    ),
    (
        '"By closing the port," Mr. Lind said, "we lost the fishing fleet."',
        [('"By closing the port," Mr. Lind said, "we lost the fishing fleet."', "Lind", "said")],
    ),
    (
        "“Is the bridge safe? No,” said Berg. “The cracks are plain to see.”",
        [("“Is the bridge safe? No,” said Berg. “The cracks are plain to see.”", "Berg", "said")],
    ),
    (
        "“Once the harvest is in,” the farmer says, “nobody here will have time for meetings.”",
        [
            (
                "“Once the harvest is in,” the farmer says, “nobody here will have time for meetings.”",
                "the farmer",
                "says",
            )
        ],
    ),
    (
        '"I respect the coach," she said, but "on defense the team has no plan at all."',
        [
            (
                '"I respect the coach," she said, but "on defense the team has no plan at all."',
                "she",
                "said",
            )
        ],
    ),
    (
        "Although the first vote went smoothly, she said, a second ballot would be far more bitter.",
        [
            (
                "Although the first vote went smoothly, she said, a second ballot would be far more bitter",
                "she",
                "said",
            )
        ],
    ),
    (
        'When the ferry sank, the captain said, "we were lucky to get out."',
        [('When the ferry sank, the captain said, "we were lucky to get out."', "the captain", "said")],
    ),
    (
        "When the plant closed, he said, half the town left.",
        [("When the plant closed, he said, half the town left", "he", "said")],
    ),
    (
        "The middle group paid 9 percent of the levy, the bureau said in its May bulletin, and the poorest group paid 1 percent.",
        [
            (
                "The middle group paid 9 percent of the levy, the bureau said in its May bulletin, and the poorest group paid 1 percent",
                "the bureau",
                "said",
            )
        ],
    ),
    (
        "Because the roads were flooded, the mayor said, the school would close for a week.",
        [
            (
                "Because the roads were flooded, the mayor said, the school would close for a week",
                "the mayor",
                "said",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE)
def test_split_content_is_one_quote(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert_found(pipeline, text, expected)
    assert len(quotes_of(pipeline, text)) == len(expected)


# (text, [content]): two halves that stay apart
APART = [
    # another cue stands between the halves
    (
        '"We cannot pay for this," Lena Voss said, adding later, "the fund is empty."',
        ['"We cannot pay for this,"', '"the fund is empty."'],
    ),
    # another cue claims the first half
    (
        'Ortiz said "To my mind, this ruling has no precedent", adding, "For us, he is a criminal".',
        ['"To my mind, this ruling has no precedent"', '"For us, he is a criminal"'],
    ),
    # the second half ends in a comma: a cue of its own follows
    (
        '"The bridge is safe," Ana Ruiz said, "the tunnel is not," Pablo Ortiz said.',
        ['"The bridge is safe,"', '"the tunnel is not,"'],
    ),
    # a quotation before the cue: the clause after 'and' is the narrative's
    (
        '"We won," she said, and the crowd cheered.',
        ['"We won,"'],
    ),
    # the cue is not set off by commas: a long object with a clause of its own follows it
    (
        "Though she never urged a recount, she told members of the council, which has met since May, "
        '"Your first duty was to the courts."',
        ["a recount", '"Your first duty was to the courts."'],
    ),
    # a clause about the saying itself, with no comma after the cue
    (
        "When the plant closed, he said that half the town left.",
        ["that half the town left"],
    ),
]


@pytest.mark.parametrize(("text", "contents"), APART)
def test_halves_stay_apart(pipeline: Pipeline, text: str, contents: list[str]) -> None:
    got = [q.text for q in quotes_of(pipeline, text)]
    assert got == contents


# (text, [(content, speaker mention, cue)]): a report in a relative clause after a comma is a quote
# of its own, and the report before it stops at that comma
RELATIVE = [
    (
        "The captain praised the new ferries, which he said were cheaper to run.",
        [
            ("the new ferries", "The captain", "praised"),
            ("which he said were cheaper to run", "he", "said"),
        ],
    ),
    (
        "Villagers fear the old dam, which engineers say could fail in a big flood.",
        [
            ("the old dam", "Villagers", "fear"),
            ("which engineers say could fail in a big flood", "engineers", "say"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_report_is_its_own(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert_found(pipeline, text, expected)


# a cue that opens a quotation, with its content and subject inside it, belongs to the quoted
# words: the quotation carries on the one before it
OPENING_CUES = [
    (
        '"We will publish the audit," Moreau said on Sunday. "Thank heaven, the numbers are good."',
        '"We will publish the audit," Moreau said on Sunday. "Thank heaven, the numbers are good."',
    ),
]


@pytest.mark.parametrize(("text", "content"), OPENING_CUES)
def test_cue_opening_a_quotation_is_quoted(pipeline: Pipeline, text: str, content: str) -> None:
    assert [q.text for q in quotes_of(pipeline, text)] == [content]
