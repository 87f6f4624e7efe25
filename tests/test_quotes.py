"""Quotes and speakers: quote-mark scanning, cues, content spans, speakers, kinds."""

from __future__ import annotations

import json

import pytest

from dyad.analyze.eval_quotes import score
from dyad.errors import LexiconError
from dyad.extract.quotes import paragraphs, quote_regions
from dyad.lexicon.cues import Cues
from dyad.pipeline import DocContext, Pipeline, Stage, default_stages
from dyad.records import Actor, Article, ArticleRecord, Quote


# -- quote marks ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will stay" and left.', ['"we will stay"']),
        ("“We will stay,” she said.", ["“We will stay,”"]),
        # mixed curly and straight marks
        ('"We will stay,” she said. “Not a step back."', ['"We will stay,”', '“Not a step back."']),
        # nested quotation stays inside the outer one
        ("“He told me “never” twice,” she said.", ["“He told me “never” twice,”"]),
        ('"He told me "never" twice," she said.', ['"He told me "never" twice,"']),
        ("“He told me ‘never’ twice,” she said.", ["“He told me ‘never’ twice,”"]),
        # unbalanced: capped at the paragraph, the next paragraph is free
        ("“We will stay, she said.\n\nThe army left the town on Monday.", ["“We will stay, she said."]),
        ('The army left. "We will stay, she said.\nIt rained for days.', ['"We will stay, she said.']),
        # a quotation that carries on into a paragraph opening with a quote mark
        (
            "“The first need is a truce.\n\n“The second is a monitoring mission,” he said.",
            ["“The first need is a truce.\n\n“The second is a monitoring mission,”"],
        ),
        # stray closing mark and apostrophes are ignored
        ("The pipe was 5” wide, he said “twice”.", ["“twice”"]),
        ("It's the army's plan, not the rebels'.", []),
        # a straight mark typed for an apostrophe inside a word is no quote mark
        (
            '"The pier won"t last a year," she said, "and it isn"t cheap."',
            ['"The pier won"t last a year,"', '"and it isn"t cheap."'],
        ),
        # two apostrophes as a double mark (archive text), markup attributes ignored
        (
            "''We will stay,'' said Mr. Hale. ''Not a step back.''",
            ["''We will stay,''", "''Not a step back.''"],
        ),
        ('<post id="12" by="@desk">We stay</post> and he wrote "fine".', ['"fine"']),
        ('"', ['"']),
        ("", []),
        ("No quotes at all here.", []),
    ],
)
def test_quote_regions(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in quote_regions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("A line that wraps\nin the middle.\nNext one.", ["A line that wraps\nin the middle.", "Next one."]),
        ("\n\n  Lead.  \n", ["Lead."]),
    ],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in paragraphs(text)] == expected


def test_unbalanced_mark_never_swallows_the_article() -> None:
    body = "\n\n".join(f"Paragraph {i} reports on the talks in the capital." for i in range(50))
    text = "“We are leaving, the envoy said.\n\n" + body
    ((s, e),) = quote_regions(text)
    assert e <= text.index("\n\n")


# -- the extractor ---------------------------------------------------------------------------------
def _people(ctx: DocContext) -> list[Actor]:
    """A tiny stand-in for the actors stage: one actor per PERSON name, by last name."""
    actors: dict[str, Actor] = {}
    for ent in ctx.doc.ents:
        if ent.label_ != "PERSON":
            continue
        last = ent[-1].text
        a = actors.setdefault(last, Actor(id=f"A{len(actors) + 1}", name=ent.text, kind="person"))
        a.mentions.append([ent.start_char, ent.end_char])
    return list(actors.values())


@pytest.fixture(scope="module")
def pipe(pipeline: Pipeline) -> Pipeline:
    """Only the quotes stage, after stand-ins for actors and times (spaCy shared with the session)."""
    quotes = next(s for s in default_stages() if s.name == "quotes")
    stages = [Stage("actors", _people, sets="actors"), Stage("times", lambda ctx: [], sets="times"), quotes]
    return Pipeline(stages=stages, nlp=pipeline.nlp)


def _quotes(
    pipe: Pipeline, text: str, published: str | None = "2024-05-02"
) -> tuple[ArticleRecord, list[Quote]]:
    rec, problems = pipe.process(Article(id="t", text=text, published=published))
    assert not problems
    return rec, rec.quotes


def _spk(text: str, q: Quote) -> str | None:
    return text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None


# (text, [(kind, content, speaker mention or None, cue)])
CASES = [
    (
        '"We will not retreat," said Gen. Tom Harlow, the commander of the northern front.',
        [("direct", '"We will not retreat,"', "Gen. Tom Harlow", "said")],
    ),
    (
        "The minister said the talks would resume next week in Vienna.",
        [("indirect", "the talks would resume next week in Vienna", "The minister", "said")],
    ),
    (
        "Maria Olsen, a researcher at the institute, believes that the ceasefire will hold.",
        [("indirect", "that the ceasefire will hold", "Maria Olsen", "believes")],
    ),
    (
        "According to the ministry, three soldiers were wounded overnight.",
        [("indirect", "three soldiers were wounded overnight", "ministry", "According to")],
    ),
    (
        "Three soldiers were wounded overnight, according to the regional governor.",
        [("indirect", "Three soldiers were wounded overnight", "governor", "according to")],
    ),
    (
        'The envoy said both sides must "stop the shelling at once" before any talks.',
        [("mixed", 'both sides must "stop the shelling at once" before any talks', "The envoy", "said")],
    ),
    (
        "She is convinced that the border will reopen soon.",
        [("indirect", "that the border will reopen soon", "She", "is convinced")],
    ),
    (
        "He also called for “an immediate halt to the fighting.”",
        [("direct", "“an immediate halt to the fighting.”", "He", "called for")],
    ),
    (
        "The foreign minister warned that new sanctions would follow.",
        [("indirect", "that new sanctions would follow", "The foreign minister", "warned")],
    ),
    (
        "Officials denied that troops had crossed the river.",
        [("indirect", "that troops had crossed the river", "Officials", "denied")],
    ),
    (
        "The general emphasized the need to protect civilians.",
        [("indirect", "the need to protect civilians", "The general", "emphasized")],
    ),
    (
        "Sen. Ada Morris called the plan “a disaster for farmers.” Her aides urged the governor to veto the bill.",
        [
            ("mixed", "the plan “a disaster for farmers.”", "Sen. Ada Morris", "called"),
            ("indirect", "the governor to veto the bill", "Her aides", "urged"),
        ],
    ),
    (
        "In a statement, the rebel command took responsibility for the attack on the depot.",
        [
            (
                "indirect",
                "took responsibility for the attack on the depot",
                "the rebel command",
                "In a statement",
            )
        ],
    ),
    (
        '"We have no plans to leave," the mayor told reporters on Tuesday.',
        [("direct", '"We have no plans to leave,"', "the mayor", "told")],
    ),
    (
        # a quotation interrupted by its cue is one quote
        '"We are ready," the spokesman said. "The talks can begin tomorrow."',
        [
            (
                "mixed",
                '"We are ready," the spokesman said. "The talks can begin tomorrow."',
                "the spokesman",
                "said",
            )
        ],
    ),
    (
        # a quotation over two paragraphs, attributed at its end
        '"The first need is a truce.\n\n"The second is a monitoring mission," the diplomat said.',
        [
            (
                "direct",
                '"The first need is a truce.\n\n"The second is a monitoring mission,"',
                "the diplomat",
                "said",
            )
        ],
    ),
    (
        # the cue before a colon, the quotation in the next paragraph
        "The commander said on Monday:\n\n“Nobody will cross this line while we stand here.”",
        [("direct", "“Nobody will cross this line while we stand here.”", "The commander", "said")],
    ),
    (
        # no recoverable speaker: kept, speaker None
        '"This war has no winners and it never had any."',
        [("direct", '"This war has no winners and it never had any."', None, None)],
    ),
    (
        # an unbalanced mark: the quote stops at its paragraph
        '"We are ready, the spokesman said.\n\nThe talks began on Monday and lasted two days.',
        [("direct", '"We are ready, the spokesman said.', None, None)],
    ),
    (
        # a second report conjoined inside the first one's clause starts its own quote
        "The senator said the old plan had failed the farmers and said she would file a new bill next week.",
        [
            ("indirect", "the old plan had failed the farmers", "The senator", "said"),
            ("indirect", "she would file a new bill next week", "The senator", "said"),
        ],
    ),
    (
        "The mayor argued that the toll would hurt small shops and warned that rents would climb.",
        [
            ("indirect", "that the toll would hurt small shops", "The mayor", "argued"),
            ("indirect", "that rents would climb", "The mayor", "warned"),
        ],
    ),
    (
        # a verb in another form is part of what was reported, not a new report
        "The general said his troops would hold the ridge and promise nothing more.",
        [("indirect", "his troops would hold the ridge and promise nothing more", "The general", "said")],
    ),
    # "call for X to V", parsed as a clause that 'for' introduces
    (
        "The governor is calling for the province to build two new dams.",
        [("indirect", "the province to build two new dams", "The governor", "calling for")],
    ),
    ("The mayor called for calm.", [("indirect", "calm", "The mayor", "called for")]),
    # "called on X to V": the object and its 'to' clause
    (
        "The union called on dockers to join the strike.",
        [("indirect", "dockers to join the strike", "The union", "called on")],
    ),
    # a pronoun object with its complement: "calling him a coward"
    (
        "The opposition leader spoke for an hour, calling him a coward.",
        [("indirect", "him a coward", "The opposition leader", "calling")],
    ),
    ("She called them liars.", [("indirect", "them liars", "She", "called")]),
    # a name after a dash signs the quotation before it; signed quotations stay apart
    (
        "Readers wrote in after the vote.\n\n"
        "“The new road cuts our village in half and nobody asked us.” ― Maria Delgado\n"
        "“We were promised a bridge and got a wall of concrete instead.”— Tomas Berger, a farmer",
        [
            ("direct", "“The new road cuts our village in half and nobody asked us.”", "Maria Delgado", None),
            (
                "direct",
                "“We were promised a bridge and got a wall of concrete instead.”",
                "Tomas Berger",
                None,
            ),
        ],
    ),
    # a word that stands for what was said
    ("Half of the farmers said so in May.", [("indirect", "so", "Half", "said")]),
    ("Most delegates said yes.", [("indirect", "yes", "Most delegates", "said")]),
    ("Others said the same of the judge.", [("indirect", "the same of the judge", "Others", "said")]),
    # a cue set off by commas inside the clause it reports: the whole clause, cue included
    (
        "In the last two winters, the mayor says, heating costs have doubled.",
        [
            (
                "indirect",
                "In the last two winters, the mayor says, heating costs have doubled",
                "the mayor",
                "says",
            )
        ],
    ),
    (
        "The river, officials said, had risen by two meters overnight.",
        [("indirect", "The river, officials said, had risen by two meters overnight", "officials", "said")],
    ),
    # a clause with its own subject after ", but" carries on the report
    (
        "He told reporters that the army had pulled back, but the rebels stayed in the town.",
        [("indirect", "that the army had pulled back, but the rebels stayed in the town", "He", "told")],
    ),
    # a participle list after an inverted cue belongs to the content; a participle cue does not
    (
        "The shipments were delayed by storms, the company said, including two tankers bound for Oslo.",
        [
            (
                "indirect",
                "The shipments were delayed by storms, the company said, including two tankers bound for Oslo",
                "the company",
                "said",
            )
        ],
    ),
    (
        "Prices rose sharply, he said, adding that fuel was scarce.",
        [
            ("indirect", "Prices rose sharply", "he", "said"),
            ("indirect", "that fuel was scarce", "he", "adding"),
        ],
    ),
    # "according to X" set off by commas inside the clause it sources: the whole clause
    (
        "Years later, according to his aides, the general regretted the order.",
        [
            (
                "indirect",
                "Years later, according to his aides, the general regretted the order",
                "his aides",
                "according to",
            )
        ],
    ),
    # a gerund subject the parser hangs on the cue still starts the reported clause
    (
        "He said taxing it would drive the factories abroad.",
        [("indirect", "taxing it would drive the factories abroad", "He", "said")],
    ),
    # expressing a stance reports it
    (
        "The delegates expressed concern that the truce would not hold.",
        [("indirect", "concern that the truce would not hold", "The delegates", "expressed")],
    ),
    (
        "Several mayors voiced support for the new budget.",
        [("indirect", "support for the new budget", "Several mayors", "voiced")],
    ),
    # commitments report a 'to' clause
    (
        "The rebels vowed to fight on until the capital falls.",
        [("indirect", "to fight on until the capital falls", "The rebels", "vowed")],
    ),
    (
        "He threatened to close the border, calling the talks a farce.",
        [
            ("indirect", "to close the border", "He", "threatened"),
            ("indirect", "the talks a farce", "He", "calling"),
        ],
    ),
    (
        # a no-break space after the dash, a name the tagger does not know as a person
        "“Perhaps the mayor needs a fence of his own.” ―\u00a0Jorge Falco.\n\nThe council met on Friday.",
        [("direct", "“Perhaps the mayor needs a fence of his own.”", "Jorge Falco", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(pipe: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    _, quotes = _quotes(pipe, text)
    got = [(q.kind, q.text, _spk(text, q), q.cue) for q in quotes]
    for kind, content, speaker, cue in expected:
        match = [g for g in got if g[1] == content]
        assert match, f"no quote {content!r} in {got}"
        gkind, _, gspk, gcue = match[0]
        assert gkind == kind
        assert (gspk is None) if speaker is None else (gspk is not None and speaker in gspk)
        if cue is not None:
            assert gcue is not None and cue in gcue


def test_inverted_cue_with_apposition(pipe: Pipeline) -> None:
    text = "“The drones changed everything,” said Col. Mark Ruiz, the head of the air defence school."
    _, quotes = _quotes(pipe, text)
    (q,) = quotes
    assert _spk(text, q).endswith("Mark Ruiz")
    assert text[q.cue_span[0] : q.cue_span[1]] == "said"


def test_pronoun_speaker_resolves_to_last_named_speaker(pipe: Pipeline) -> None:
    text = (
        "“The drones changed everything,” said Col. Mark Ruiz, the head of the air defence school.\n\n"
        "Senator Paula Brandt visited the front in May.\n\n"
        "He added that cheap drones were now available to every army."
    )
    rec, quotes = _quotes(pipe, text)
    names = {a.id: a.name for a in rec.actors}
    added = next(q for q in quotes if q.cue == "added")
    assert _spk(text, added) == "He"
    assert "Ruiz" in names[added.speaker]
    first = next(q for q in quotes if q.kind == "direct")
    assert "Ruiz" in names[first.speaker]


def test_speakers_attach_to_whole_quotes(pipe: Pipeline) -> None:
    text = (
        "“We talked for an hour. Nothing was agreed. The balance is broken. They must act,” "
        "President Anna Koval said on Friday."
    )
    _, quotes = _quotes(pipe, text)
    (q,) = quotes
    assert q.text.startswith("“We talked") and q.text.endswith("They must act,”")
    assert q.kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "She appeared on “Meet the Press” and “The Late Show With Rob Karel” last year.",
        'The <post id="991" author="@newsdesk">report</post> was shared widely.',
        'The talks were held at a forum titled "roads to a lasting peace in the region" in May.',
    ],
)
def test_titles_and_markup_are_not_quotes(pipe: Pipeline, text: str) -> None:
    _, quotes = _quotes(pipe, text)
    assert quotes == []


def test_attributions_do_not_nest(pipe: Pipeline) -> None:
    text = "The mayor said residents believe the army will return."
    _, quotes = _quotes(pipe, text)
    assert [q.cue for q in quotes] == ["said"]


def test_quote_date_defaults_to_publication(pipe: Pipeline) -> None:
    _, quotes = _quotes(pipe, "The minister said the talks would resume.")
    assert quotes[0].date == "2024-05-02"
    assert quotes[0].date_source == "published"
    _, quotes = _quotes(pipe, "The minister said the talks would resume.", published=None)
    assert quotes[0].date is None


@pytest.mark.parametrize(
    "text",
    ['"', "“", "”", '""""', "“ ” “", 'He said "', '\n\n"\n\n', "said", "According to", "Name: "],
)
def test_bad_marks_never_crash(pipe: Pipeline, text: str) -> None:
    _, quotes = _quotes(pipe, text)
    for q in quotes:
        assert 0 <= q.span[0] <= q.span[1] <= len(text)


# -- the cue lexicon -------------------------------------------------------------------------------
def test_cues_load() -> None:
    cues = Cues.load()
    assert cues.verbs["say"].type == "speech"
    assert "ccomp" in cues.verbs["believe"].content
    assert ("call", "for") in cues.prepositions
    assert "convinced" in cues.adjectives


def _minimal() -> dict:
    return {
        "verbs": [{"type": "speech", "content": ["ccomp"], "lemmas": ["say"]}],
        "particles": [],
        "prepositions": [],
        "adjectives": {"lemmas": ["sure"], "content": ["ccomp"]},
        "source_phrases": [{"words": ["according", "to"], "type": "speech"}],
        "manner_nouns": ["statement"],
        "passive_speakers": ["convince"],
        "label_words": ["note"],
    }


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (
            {"verbs": [{"type": "speech", "content": ["subject"], "lemmas": ["say"]}]},
            "unknown content relation",
        ),
        ({"verbs": [{"type": "rumour", "content": ["ccomp"], "lemmas": ["say"]}]}, "type should be"),
        ({"verbs": [{"type": "speech", "content": ["ccomp"], "lemmas": ["Say "]}]}, "bad word"),
        ({"verbs": {"say": 1}}, "should be a list"),
        (
            {"verbs": [{"type": "belief", "content": ["dobj"], "lemmas": ["find"], "finite_objects": "yes"}]},
            "finite_objects should be true or false",
        ),
        ({"adjectives": ["sure"]}, "expected an object"),
        ({"label_words": []}, "non-empty list"),
    ],
)
def test_cues_validation(patch: dict, message: str, tmp_path) -> None:
    data = {**_minimal(), **patch}
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        Cues.load(path)


def test_cues_bad_json(tmp_path) -> None:
    path = tmp_path / "cues.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(LexiconError, match="invalid JSON"):
        Cues.load(path)
    assert Cues.from_dict(_minimal()).verbs["say"].content == ("ccomp",)


# -- scoring ---------------------------------------------------------------------------------------
def test_score() -> None:
    text = "A said B. C said D."
    gold = [
        {
            "id": "d",
            "text": text,
            "quotes": [
                {"quote_spans": [[7, 8]], "speaker_spans": [[0, 1]], "kind": "indirect", "has_source": True},
                {
                    "quote_spans": [[17, 18]],
                    "speaker_spans": [[10, 11]],
                    "kind": "direct",
                    "has_source": True,
                },
                {"quote_spans": [[0, 4]], "speaker_spans": [], "kind": "mixed", "has_source": False},
            ],
        }
    ]
    rec = ArticleRecord(
        id="d",
        text=text,
        actors=[Actor(id="A1", name="C", kind="person", mentions=[[10, 11]])],
        quotes=[
            Quote(id="Q1", text="B", span=[7, 8], kind="indirect", speaker_span=[0, 1]),
            Quote(id="Q2", text="D.", span=[17, 19], kind="direct", speaker="A1"),
            Quote(id="Q3", text="aid ", span=[3, 7], kind="mixed"),
        ],
    )
    res = score(gold, {"d": rec})
    assert res["all_attributions"] == {"p": 0.6667, "r": 0.6667, "f": 0.6667}
    assert res["speaker_accuracy"] == 1.0
    # direct+mixed: gold Q2 and the mixed one; predicted Q2 and Q3 (Q3 overlaps gold by 1 of 4: not found)
    assert res["direct_mixed"] == {"p": 0.5, "r": 0.5, "f": 0.5}
