"""Pieces for building hand-made article records in tests: the text from its sentences, spans
found in it, times and coded events (every span points at its text; no NLP needed)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dyad.geo.gazetteer import haversine_km
from dyad.records import Actor, Article, Event, Place, TimeExpr


def join(sentences: list[str]) -> tuple[str, list[list[int]]]:
    """The text of sentences joined by single spaces, and each sentence's [start, end]."""
    text, spans = "", []
    for s in sentences:
        if text:
            text += " "
        spans.append([len(text), len(text) + len(s)])
        text += s
    return text, spans


def span(text: str, needle: str, start: int = 0) -> list[int]:
    """[start, end] of the first ``needle`` in ``text`` at or after ``start``."""
    at = text.index(needle, start)
    return [at, at + len(needle)]


def mentions(text: str, surface: str, *, words: bool = False) -> list[list[int]]:
    """Every [start, end] of ``surface`` in ``text`` (as a whole word if ``words``)."""
    pattern = re.escape(surface)
    if words:
        pattern = rf"\b{pattern}\b"
    return [[m.start(), m.end()] for m in re.finditer(pattern, text)]


def times(text: str, pairs: list[tuple[str, str]]) -> list[TimeExpr]:
    """DATE expressions T1, T2, ... from (text, value) pairs."""
    return [TimeExpr(f"T{i}", t, span(text, t), "DATE", value) for i, (t, value) in enumerate(pairs, start=1)]


def quad_class(code: str) -> int:
    """The CAMEO quad class of a code: 1 verbal coop (01-05), 2 material coop (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def event(
    i: int,
    code: str,
    source: Actor | None,
    target: Actor | None,
    trigger_span: list[int],
    *,
    name_prefix: str,
    **fields: Any,
) -> Event:
    """Event ``E{i}`` of a CAMEO code between two actors; ``fields`` give the rest (goldstein, sentence, ...)."""
    return Event(
        id=f"E{i}",
        code=code,
        root=code[:2],
        name=f"{name_prefix} {code}",
        quad_class=quad_class(code),
        source=source.id if source else None,
        target=target.id if target else None,
        source_code=source.code if source else None,
        target_code=target.code if target else None,
        trigger_span=trigger_span,
        **fields,
    )


def quotes_of(pipeline: Any, text: str) -> list[Any]:
    """The quotes a pipeline finds in ``text`` (an article dated 2023-03-01), which must raise
    no problem."""
    from dyad.records import Article

    rec, problems = pipeline.process(Article(id="t", text=text, published="2023-03-01"))
    assert not problems
    return rec.quotes


def speaker_text(text: str, q: Any) -> str | None:
    """The speaker mention of a quote, as text."""
    return text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None


def assert_found(
    pipeline: Any, text: str, expected: list[tuple[str, str, str]], *, exact_cue: bool = True
) -> None:
    """Each (content, speaker mention, cue) is a quote of ``text``: the content exactly, the
    speaker mention containing ``speaker``, and the cue equal to ``cue`` (or containing it)."""
    quotes = quotes_of(pipeline, text)
    got = [(q.text, speaker_text(text, q), q.cue) for q in quotes]
    for content, speaker, cue in expected:
        match = [q for q in quotes if q.text == content]
        assert match, f"no quote {content!r} in {got}"
        spk = speaker_text(text, match[0])
        assert spk is not None and speaker in spk, got
        found = match[0].cue
        assert found == cue if exact_cue else (found is not None and cue in found), got


def country(code: str | None) -> str | None:
    """The country part of an actor code ("KENGOV" -> "KEN")."""
    return code[:3] if code else None


def event_rows(record: Any) -> set[tuple]:
    """(code, source country, target country, modality, negated) of each event of a record."""
    return {
        (e.code, country(e.source_code), country(e.target_code), e.modality, e.negated) for e in record.events
    }


def asserted_events(extract: Any, text: str) -> set[tuple]:
    """(code, source country, target country) of every event of ``text`` not negated."""
    return {
        (e.code, country(e.source_code), country(e.target_code))
        for e in extract(text).events
        if not e.negated
    }


def asserted_roots(extract: Any, text: str) -> set[str]:
    """The CAMEO roots of every event of ``text`` not negated."""
    return {e.root for e in extract(text).events if not e.negated}


def places_of(pipeline: Any, text: str) -> list[Place]:
    """The places a pipeline finds in ``text``; the text must process without problems."""
    record, problems = pipeline.process(Article(id="t", text=text))
    assert not problems
    return record.places


def near(places: list[Place], toponym: str, point: tuple[float, float], km: float = 161) -> Place:
    """The place whose text contains ``toponym``; it must lie within ``km`` of ``point``."""
    found = [p for p in places if toponym in p.text]
    assert found, f"{toponym!r} not among {[p.text for p in places]}"
    p = found[0]
    d = haversine_km(p.lat, p.lon, *point)
    assert d <= km, (p.text, p.name, p.country, round(d))
    return p


def overlapping_codes(rec: Any, phrase: str) -> list[str]:
    """Codes of the actors with a mention overlapping the first ``phrase`` ("-" for no code)."""
    start = rec.text.index(phrase)
    end = start + len(phrase)
    return sorted(a.code or "-" for a in rec.actors if any(s < end and start < e for s, e in a.mentions))


def time_rules_with(path: tuple[str, ...], bad: Any) -> dict[str, Any]:
    """The shipped time rules as data, with the entry at ``path`` (keys, outermost first) set to
    ``bad``: for tests that the validator refuses it."""
    import json

    from dyad.extract.time import RULES_FILE

    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = bad
    return data


def tagged_values(nlp: Any, rules: Any, text: str, published: dt.date) -> dict[str, str]:
    """Each time expression the tagger finds in ``text``, as its surface text -> value."""
    from dyad.extract.time import find_times

    return {text[s:e]: val for s, e, _typ, val, _mod in find_times(text, published, rules, nlp(text))}


def tagged_over(nlp: Any, rules: Any, text: str, published: dt.date, word: str) -> list[str]:
    """The time expressions that overlap the first ``word`` in ``text``."""
    from dyad.extract.time import find_times

    at = text.index(word)
    found = find_times(text, published, rules, nlp(text))
    return [text[s:e] for s, e, *_ in found if s < at + len(word) and e > at]
