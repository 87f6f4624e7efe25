"""Who reports a clause when a source phrase trails it, and transcripts quoted whole."""

from __future__ import annotations

import pytest
from record_kit import quotes_of, speaker_text

from dyad.pipeline import Pipeline

# (text, [(content, speaker mention, cue, kind)]) : every listed quote must be there, exactly
FOUND = [
    # a trailing "according to X" sources the whole clause, cue and all, not the inner cue's words
    (
        "The senator plans to tour the flooded valley on Friday, according to a spokeswoman.",
        [
            (
                "The senator plans to tour the flooded valley on Friday",
                "a spokeswoman",
                "according to",
                "indirect",
            )
        ],
    ),
    (
        "Firefighters have said they will not enter the mine again, according to relatives of the miners.",
        [
            (
                "Firefighters have said they will not enter the mine again",
                "relatives",
                "according to",
                "indirect",
            )
        ],
    ),
    # a leading source phrase is left as it was
    (
        "According to the harbour master, the ferry will sail at noon.",
        [("the ferry will sail at noon", "the harbour master", "According to", "indirect")],
    ),
    # a transcript quoted over several paragraphs: each speaker's line is theirs, and its words are
    # quoted by the article, not by the speaker (only marks inside the line make it mixed)
    (
        'The interview went as follows:\n\n"HOST: Thank you for coming in this morning, Senator.\n\n'
        '"SENATOR: Glad to be here. My opponent calls this a "small tax," but it is not small at all.\n\n'
        '"HOST: We will take a short break now."',
        [
            ("Thank you for coming in this morning, Senator.", "HOST", ":", "indirect"),
            (
                'Glad to be here. My opponent calls this a "small tax," but it is not small at all.',
                "SENATOR",
                ":",
                "mixed",
            ),
            ("We will take a short break now.", "HOST", ":", "indirect"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_sources_found(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    quotes = quotes_of(pipeline, text)
    got = [(q.text, speaker_text(text, q), q.cue, q.kind) for q in quotes]
    for content, speaker, cue, kind in expected:
        match = [q for q in quotes if q.text.rstrip('"') == content]
        assert match, f"no quote {content!r} in {got}"
        spk = speaker_text(text, match[0])
        assert spk is not None and speaker in spk, got
        assert match[0].cue == cue, got
        assert match[0].kind == kind, got


# the inner cue no longer swallows the source phrase that follows its clause
NOT_SWALLOWED = [
    "The senator plans to tour the flooded valley on Friday, according to a spokeswoman.",
    "Firefighters have said they will not enter the mine again, according to relatives of the miners.",
]


@pytest.mark.parametrize("text", NOT_SWALLOWED)
def test_source_phrase_not_in_content(pipeline: Pipeline, text: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert quotes
    assert all("according to" not in q.text for q in quotes), [q.text for q in quotes]


# speech acts that report through a preposition: what they are about is the content
PREPOSITIONAL = [
    (
        "The coach often brags about his unbeaten home record.",
        "his unbeaten home record",
        "The coach",
        "brags about",
    ),
    (
        "The minister warned against hasty cuts to the rail budget.",
        "hasty cuts to the rail budget",
        "The minister",
        "warned against",
    ),
    (
        "The airline apologized for the long delays at the airport.",
        "the long delays at the airport",
        "The airline",
        "apologized for",
    ),
    (
        "Her brother pleaded for calm outside the courthouse.",
        "calm",
        "Her brother",
        "pleaded for",
    ),
    (
        "A state court ruled against the new zoning law.",
        "the new zoning law",
        "A state court",
        "ruled against",
    ),
    (
        "The novelist wrote about her years on the farm.",
        "her years on the farm",
        "The novelist",
        "wrote about",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), PREPOSITIONAL)
def test_prepositional_cues(pipeline: Pipeline, text: str, content: str, speaker: str, cue: str) -> None:
    quotes = quotes_of(pipeline, text)
    got = [(q.text, speaker_text(text, q), q.cue) for q in quotes]
    assert (content, speaker, cue) in got, got


# the same verbs with a time or place after the preposition report nothing
NOTHING = [
    "The committee spoke on Thursday in the town hall.",
    "The judge ruled on Friday after a short hearing.",
    "It is critical that the dam is repaired before winter.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_prepositional_report(pipeline: Pipeline, text: str) -> None:
    assert quotes_of(pipeline, text) == []


# a pasted excerpt whose paragraphs open with a straight mark does not run on into a paragraph that
# opens a typographic quotation: that one is a quotation of its own, with its own speaker
EXCERPT = (
    'The profile reads:\n\n"Dana thought the fuss was silly. She was tired, sure. But not ill.\n\n'
    "\u201cI never felt I was in any danger,\u201d she said weeks after the storm."
)


def test_excerpt_does_not_swallow_next_quotation(pipeline: Pipeline) -> None:
    quotes = quotes_of(pipeline, EXCERPT)
    got = [(q.text, speaker_text(EXCERPT, q), q.cue) for q in quotes]
    assert ("\u201cI never felt I was in any danger,\u201d", "she", "said") in got, got


# of two cues that claim the same quotation, the one next to it speaks it
NEAREST = [
    (
        "\u201cWe are ready for the final,\u201d Priya told the club's owner, who opened his talk by "
        "marveling at the players who had come along.",
        "Priya",
        "told",
    ),
    (
        "\u201cWe will rebuild the bridge,\u201d the mayor said at a rally where voters were seen cheering "
        "the plan.",
        "the mayor",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), NEAREST)
def test_nearest_cue_speaks(pipeline: Pipeline, text: str, speaker: str, cue: str) -> None:
    quotes = quotes_of(pipeline, text)
    first = quotes[0]
    assert first.text.startswith("\u201c"), [q.text for q in quotes]
    assert (speaker_text(text, first), first.cue) == (speaker, cue)


# content that stops at a colon carries on through what the colon introduces
COLON = [
    (
        "The planner notes that the town faces three problems at once: rents are rising, wages are flat "
        "and buses are full.",
        "that the town faces three problems at once: rents are rising, wages are flat and buses are full",
    ),
    (
        "Drivers will have no way of learning simple facts: who built the car and where it was repaired.",
        "simple facts: who built the car and where it was repaired",
    ),
]


@pytest.mark.parametrize(("text", "content"), COLON)
def test_content_runs_past_colon(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in [q.text for q in quotes_of(pipeline, text)]


def test_colon_list_does_not_swallow_next_report(pipeline: Pipeline) -> None:
    text = "The rules say that councils must first rule out other sites: the agency also says that farms are exempt."
    cues = [q.cue for q in quotes_of(pipeline, text)]
    assert "says" in cues, cues


# quoted words joined by "and" to the quotation a cue introduces carry it on
AND_QUOTED = [
    (
        'Jordan said the aide "got a plea deal," and still "sat in on the hearing."',
        'the aide "got a plea deal," and still "sat in on the hearing."',
    ),
    (
        "The mayor went on about \u201chow the budget is broken,\u201d and \u201cstruggling families\u201d "
        "while the crowd cheered.",
        "\u201chow the budget is broken,\u201d and \u201cstruggling families\u201d",
    ),
]


@pytest.mark.parametrize(("text", "content"), AND_QUOTED)
def test_and_quoted_carries_on(pipeline: Pipeline, text: str, content: str) -> None:
    quotes = quotes_of(pipeline, text)
    match = [q for q in quotes if q.text == content]
    assert match, [q.text for q in quotes]
    assert match[0].kind == "mixed"


# "figure" and "assume" report a view only with a clause: with an object they are deeds
CLAUSE_ONLY = [
    ("The engineers tried to figure out ways to cut the cost of the bridge.", None),
    ("The new governor assumed office in May after a close race.", None),
    ("The clerk figured that the shop had closed early.", "that the shop had closed early"),
    ("The pilot assumed that the runway was clear.", "that the runway was clear"),
]


@pytest.mark.parametrize(("text", "content"), CLAUSE_ONLY)
def test_clause_only_belief_verbs(pipeline: Pipeline, text: str, content: str | None) -> None:
    got = [q.text for q in quotes_of(pipeline, text)]
    assert got == ([content] if content else []), got


# a verb whose object is a deed, not something said, takes no nearby quotation for its content
DEEDS = [
    (
        "\u201cWe will rebuild,\u201d the mayor said. The city continues a long tradition of rebuilding.",
        ["said"],
    ),
    ("The charity raised money last year. \u201cWe are growing,\u201d its founder said.", ["said"]),
    ("\u201cAnd we will do it quickly,\u201d she continued.", ["continued"]),
    ("The senator continued her attack on the plan.", ["continued"]),
]


@pytest.mark.parametrize(("text", "cues"), DEEDS)
def test_deeds_take_no_quotation(pipeline: Pipeline, text: str, cues: list[str]) -> None:
    assert [q.cue for q in quotes_of(pipeline, text)] == cues


# two quotations in one sentence, each with its own cue and speaker; quoted words joined by
# "and" to the clause of the cue that closed a quotation carry it on; a participle's speaker is
# never a subject inside a quotation, nor does the participle stay in the first quotation
PAIRED = [
    (
        '"The harvest was poor," the farmer said, and "prices will rise," the grocer said.',
        [
            ('"The harvest was poor,"', "the farmer", "said", "direct"),
            ('"prices will rise,"', "the grocer", "said", "direct"),
        ],
    ),
    (
        '"Exports are falling," the ministry said on Monday, and "factories are idle," its chief economist warned.',
        [
            ('"Exports are falling,"', "the ministry", "said", "direct"),
            ('"factories are idle,"', "its chief economist", "warned", "direct"),
        ],
    ),
    (
        '"The bridge is unsafe," the engineer said, and still "nobody has closed it."',
        [
            (
                '"The bridge is unsafe," the engineer said, and still "nobody has closed it."',
                "the engineer",
                "said",
                "mixed",
            )
        ],
    ),
    (
        '"Our wages are frozen," the nurses said on Friday, and then "the wards are full."',
        [
            (
                '"Our wages are frozen," the nurses said on Friday, and then "the wards are full."',
                "the nurses",
                "said",
                "mixed",
            )
        ],
    ),
    (
        'The coach called the season "a failure, and the players know it," insisting that he would stay.',
        [
            ('the season "a failure, and the players know it,"', "The coach", "called", "mixed"),
            ("that he would stay", "The coach", "insisting", "indirect"),
        ],
    ),
    (
        'In a statement, the council said "the developer has broken the rules," insisting that the permit was void.',
        [
            ('"the developer has broken the rules,"', "the council", "said", "direct"),
            ("that the permit was void", "the council", "insisting", "indirect"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_paired_quotations(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    quotes = quotes_of(pipeline, text)
    assert [(q.text, speaker_text(text, q), q.cue, q.kind) for q in quotes] == expected
