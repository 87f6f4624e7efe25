"""Indirect attributions: report nouns, impressions, passive views, sources, and cues that are
not reports in the sense they are used (raised money, called voters, a play called X)."""

from __future__ import annotations

import json

import pytest
from record_kit import quotes_of, speaker_text

from dyad.errors import LexiconError
from dyad.lexicon.cues import DATA, Cues
from dyad.pipeline import Pipeline

_quotes = quotes_of
_spk = speaker_text


# (text, (kind, content, speaker mention or None, cue word))
FOUND = [
    # report nouns with a 'that' clause: the owner, or the subject of a light verb, holds it
    (
        "The union made the argument that the new shifts were unsafe.",
        ("indirect", "that the new shifts were unsafe", "The union", "argument"),
    ),
    (
        "Despite the workers' hope that the strike would end, the talks collapsed.",
        ("indirect", "that the strike would end", "workers", "hope"),
    ),
    (
        "Her warning that the dam could fail went unheeded.",
        ("indirect", "that the dam could fail", "Her", "warning"),
    ),
    # report nouns with a preposition or a 'to' clause
    (
        "The mayor's attacks on the police chief grew sharper.",
        ("indirect", "the police chief", "The mayor", "attacks"),
    ),
    (
        "There was little detail in the governor's plan to shut the harbour.",
        ("indirect", "to shut the harbour", "the governor", "plan"),
    ),
    (
        "The council's opposition to the dam hardened.",
        ("indirect", "the dam", "The council", "opposition"),
    ),
    # an adverb that marks the clause as reported by someone unnamed
    (
        "The convoy was allegedly attacked near the border.",
        ("indirect", "The convoy was allegedly attacked near the border", None, "allegedly"),
    ),
    # impressions: a view with no speaker
    (
        "It appears that the ceasefire is holding in the south.",
        ("indirect", "that the ceasefire is holding in the south", None, "appears"),
    ),
    (
        "The rebels seemed ready to withdraw from the valley.",
        ("indirect", "The rebels seemed ready to withdraw from the valley", None, "seemed"),
    ),
    # "it seems <adjective> to ...", "it might seem as if ...": what follows the verb
    (
        "It seems unwise to close the port in winter.",
        ("indirect", "unwise to close the port in winter", None, "seems"),
    ),
    (
        "It might seem as if the rebels have left the valley.",
        ("indirect", "as if the rebels have left the valley", None, "seem"),
    ),
    # ... but a person who seems to do or think something holds it
    (
        "She appeared to relish the attention of the cameras.",
        ("indirect", "She appeared to relish the attention of the cameras", "She", "appeared"),
    ),
    # passive views, held by the agent when one is named
    (
        "The levy is expected to pass by a wide margin.",
        ("indirect", "The levy is expected to pass by a wide margin", None, "expected"),
    ),
    (
        "The senator is widely seen as a bridge between the two camps.",
        ("indirect", "The senator is widely seen as a bridge between the two camps", None, "seen"),
    ),
    # polls as sources
    (
        "The ruling party leads comfortably in two new surveys.",
        ("indirect", "The ruling party leads comfortably", "two new surveys", "in"),
    ),
    # "a memo saying": the one who circulated it speaks
    (
        "The dockers' union circulated a memo saying the wages had arrived late.",
        ("indirect", "the wages had arrived late", "union", "saying"),
    ),
    # a sense restriction keeps the reporting use
    (
        "The charity raised concerns about the new visa rules.",
        ("indirect", "concerns about the new visa rules", "The charity", "raised"),
    ),
    (
        "The ambassador maintained that no troops had crossed the river.",
        ("indirect", "that no troops had crossed the river", "The ambassador", "maintained"),
    ),
    (
        "The coach called the referee a coward.",
        ("indirect", "the referee a coward", "The coach", "called"),
    ),
    # the tagger lemmatizes 'hopes' as 'hop'
    (
        "The envoy hopes the negotiations will restart in May.",
        ("indirect", "the negotiations will restart in May", "The envoy", "hopes"),
    ),
    # cues through a preposition, and 'pointed to'
    (
        "The governor responded to the complaints about the water supply.",
        ("indirect", "the complaints about the water supply", "The governor", "responded"),
    ),
    (
        "Asked about the strike, the manager pointed to the rising cost of fuel.",
        ("indirect", "the rising cost of fuel", "the manager", "pointed"),
    ),
    # the one asked is not the speaker of the question
    (
        "Asked about the strike, the manager pointed to the rising cost of fuel.",
        ("indirect", "the strike", None, "Asked"),
    ),
    (
        "The spokeswoman was asked during a briefing if the border would reopen.",
        ("indirect", "if the border would reopen", None, "asked"),
    ),
    # memory and aims
    (
        "Local families remember that the bridge collapsed twice.",
        ("indirect", "that the bridge collapsed twice", "Local families", "remember"),
    ),
    (
        "The league is looking to expand into new markets.",
        ("indirect", "to expand into new markets", "The league", "looking"),
    ),
    # a cue in a relative clause reports the clause that opens with the relative word
    (
        "The harbour fee, which the port authority says covers repairs, doubled this year.",
        ("indirect", "which the port authority says covers repairs", "the port authority", "says"),
    ),
    # a personal pronoun is what a cue of support or blame is about
    (
        "The general endorsed her within a week.",
        ("indirect", "her within a week", "The general", "endorsed"),
    ),
    # "According to X, ..." even when the parser runs the source on into the clause
    (
        "According to the port authority, 300 of the 400 ships left on time.",
        ("indirect", "300 of the 400 ships left on time", "the port authority", "According"),
    ),
    # "X said A, while Y said B": two reports
    (
        "Most growers said prices would fall, while a few said they expected a rise.",
        ("indirect", "prices would fall", "Most growers", "said"),
    ),
    (
        "Most growers said prices would fall, while a few said they expected a rise.",
        ("indirect", "they expected a rise", "a few", "said"),
    ),
    (
        "The senator voted to ban the pesticide in 2001.",
        ("indirect", "to ban the pesticide in 2001", "The senator", "voted"),
    ),
    # a parenthetical cue whose clause the parser continued on the cue itself
    (
        "Wait a week, the engineers said, and the bridge will reopen.",
        ("indirect", "Wait a week, the engineers said, and the bridge will reopen", "the engineers", "said"),
    ),
    # singing reports the quotation next to it
    (
        'At the rally, the singer waved the crowd to the front, singing "Home Again."',
        ("direct", '"Home Again."', "the singer", "singing"),
    ),
    (
        "The senator boasted that the bill had passed without a single amendment.",
        ("indirect", "that the bill had passed without a single amendment", "The senator", "boasted"),
    ),
    (
        "The mayor often boasts about the new stadium.",
        ("indirect", "the new stadium", "The mayor", "boasts about"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_indirect_found(pipeline: Pipeline, text: str, expected: tuple[str, str, str | None, str]) -> None:
    kind, content, speaker, cue = expected
    quotes = _quotes(pipeline, text)
    got = [(q.kind, q.text, _spk(text, q), q.cue) for q in quotes]
    match = [q for q in quotes if q.text == content]
    assert match, f"no quote {content!r} in {got}"
    q = match[0]
    assert q.kind == kind
    spk = _spk(text, q)
    assert (spk is None) if speaker is None else (spk is not None and speaker in spk), got
    assert q.cue is not None and cue in q.cue


# sentences with a cue word used in a sense that reports nothing, or a report whose holder is not
# named in the sentence: (text, words that must not start any quote's content)
NOT_FOUND = [
    ("The charity raised $2 million for the flood victims.", "$2 million"),
    ("The two countries maintain close ties.", "close ties"),
    ("The opposition pushed the bill through the committee.", "the bill"),
    ("The coach called the players to the bench.", "the players"),
    ('A theatre group is staging a comedy called "The Long Wait" this winter.', '"The Long Wait"'),
    ("Critics of the ministry scoffed, but the idea that the fence would work spread.", "that the fence"),
    # 'boast' reports with a clause or 'about'/'of', never with an object (a thing one has)
    ("The new plant boasts a number of features that cut its costs.", "a number of features"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_not_a_report(pipeline: Pipeline, text: str, absent: str) -> None:
    quotes = _quotes(pipeline, text)
    assert not [q for q in quotes if q.text.startswith(absent)], [(q.kind, q.text, q.cue) for q in quotes]


def test_impression_yields_to_a_report_that_covers_it(pipeline: Pipeline) -> None:
    text = "Most growers seem wary of the new tariff, according to the farm bureau."
    quotes = _quotes(pipeline, text)
    assert [q.cue for q in quotes] == ["according to"]
    assert _spk(text, quotes[0]) == "the farm bureau"


def test_cue_file_sections() -> None:
    cues = Cues.load()
    assert "claim" in cues.nouns and "make" in cues.light_verbs
    assert "on" in cues.noun_preps["attack"]
    assert "plan" in cues.infinitive_nouns and "reportedly" in cues.source_adverbs
    assert {"opposition", "plan", "reportedly"} <= cues.triggers
    assert {"appear", "seem"} <= cues.impression_verbs
    assert "see" in cues.passive_views and "ask" in cues.addressee_verbs
    assert cues.forms["hoped"] == "hope"
    assert "money" not in cues.verbs["raise"].objects and "concern" in cues.verbs["raise"].objects
    assert cues.verbs["call"].object_complement
    assert cues.verbs["maintain"].content == ("ccomp",)
    assert "complaint" in cues.unowned_nouns and "idea" not in cues.unowned_nouns


def _data() -> dict:
    return json.loads((DATA / "cues.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"forms": {"hoped": "hop"}}, "should map to a cue verb"),
        ({"forms": ["hoped"]}, "expected an object"),
        ({"impression_verbs": ["Seem"]}, "bad word"),
        (
            {"nouns": {"lemmas": ["claim"], "light_verbs": [], "prepositions": {"attack": []}}},
            "non-empty list",
        ),
        ({"nouns": {"lemmas": ["claim"], "light_verbs": [], "prepositions": {"Attack": ["on"]}}}, "bad noun"),
        ({"nouns": {"lemmas": ["claim"], "light_verbs": [], "unowned": ["rumor"]}}, "not in nouns.lemmas"),
    ],
)
def test_cue_file_validation(patch: dict, message: str, tmp_path) -> None:
    path = tmp_path / "cues.json"
    path.write_text(json.dumps({**_data(), **patch}), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        Cues.load(path)


def test_object_complement_must_be_a_flag(tmp_path) -> None:
    data = _data()
    data["verbs"][0] = {**data["verbs"][0], "object_complement": "yes"}
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LexiconError, match="object_complement"):
        Cues.load(path)
