"""Article records -> Arrow tables, one per database table, built column-wise for bulk insert."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..records import ArticleRecord

S, I32, I64, F64, B, D, I8 = (
    pa.string(),
    pa.int32(),
    pa.int64(),
    pa.float64(),
    pa.bool_(),
    pa.date32(),
    pa.int8(),
)

ARROW_SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", S),
            ("doc_id", S),
            ("title", S),
            ("published", D),
            ("published_raw", S),
            ("url", S),
            ("source", S),
            ("text", S),
            ("sentence_starts", pa.list_(I32)),
            ("sentence_ends", pa.list_(I32)),
            ("ingested_at", pa.timestamp("us")),
        ]
    ),
    "actors": pa.schema(
        [
            ("article_id", S),
            ("actor_id", S),
            ("name", S),
            ("kind", S),
            ("code", S),
            ("country", S),
            ("sector", S),
            ("title", S),
            ("affiliation", S),
            ("n_mentions", I32),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", S),
            ("actor_id", S),
            ("start_char", I32),
            ("end_char", I32),
            ("sentence", I32),
            ("text", S),
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", S),
            ("quote_id", S),
            ("text", S),
            ("start_char", I32),
            ("end_char", I32),
            ("kind", S),
            ("speaker", S),
            ("speaker_name", S),
            ("speaker_code", S),
            ("speaker_start", I32),
            ("speaker_end", I32),
            ("cue", S),
            ("cue_start", I32),
            ("cue_end", I32),
            ("date", S),
            ("date_precision", S),
            ("date_source", S),
            ("day", D),
            ("sentence", I32),
        ]
    ),
    "events": pa.schema(
        [
            ("article_id", S),
            ("event_id", S),
            ("code", S),
            ("root", S),
            ("name", S),
            ("goldstein", F64),
            ("quad_class", I8),
            ("plover", S),
            ("plover_mode", S),
            ("source", S),
            ("target", S),
            ("source_code", S),
            ("target_code", S),
            ("source_name", S),
            ("target_name", S),
            ("source_country", S),
            ("target_country", S),
            ("sentence", I32),
            ("sentence_start", I32),
            ("sentence_end", I32),
            ("trigger_start", I32),
            ("trigger_end", I32),
            ("rule", S),
            ("date", S),
            ("date_precision", S),
            ("date_source", S),
            ("day", D),
            ("place", S),
            ("place_name", S),
            ("place_country", S),
            ("lat", F64),
            ("lon", F64),
            ("negated", B),
            ("modality", S),
            ("confidence", F64),
        ]
    ),
    "times": pa.schema(
        [
            ("article_id", S),
            ("time_id", S),
            ("text", S),
            ("start_char", I32),
            ("end_char", I32),
            ("type", S),
            ("value", S),
            ("mod", S),
        ]
    ),
    "places": pa.schema(
        [
            ("article_id", S),
            ("place_id", S),
            ("text", S),
            ("start_char", I32),
            ("end_char", I32),
            ("name", S),
            ("country", S),
            ("lat", F64),
            ("lon", F64),
            ("geonameid", I64),
            ("feature", S),
            ("actor", S),
        ]
    ),
}


def content_hash(text: str) -> str:
    """The article key: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def iso_day(value: str | None) -> dt.date | None:
    """The first day of an ISO date's period: ``2020-10-28``, ``2020-10`` -> 10-01, ``2020`` -> 01-01.

    Anything else (``2020-W43``, ``2020-FA``, ``PRESENT_REF``, ``None``) gives ``None``.
    """
    if not value:
        return None
    s = value.strip()
    try:
        if len(s) >= 10 and s[4] == "-" and s[7] == "-":
            return dt.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
        if len(s) == 7 and s[4] == "-":
            return dt.date(int(s[:4]), int(s[5:7]), 1)
        if len(s) == 4 and s.isdigit():
            return dt.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def _span(span: Any, i: int) -> int | None:
    return span[i] if span else None


def actor_country(code: str | None, country: str | None) -> str | None:
    """An actor's country: its own ``country`` field, else the first three letters of its code."""
    if country:
        return country
    if code and len(code) >= 3 and code[:3].isalpha() and code[:3] not in {"IGO", "NGO", "MNC"}:
        return code[:3]
    return None


def build_tables(records: Iterable[ArticleRecord], now: dt.datetime | None = None) -> dict[str, pa.Table]:
    """Arrow tables of every row the records produce, keyed by database table name.

    Each record must have a distinct text; ``article_id`` is its :func:`content_hash`.
    """
    now = now or dt.datetime.now().replace(microsecond=0)
    rows: dict[str, list[tuple]] = {name: [] for name in ARROW_SCHEMAS}
    days: dict[str | None, dt.date | None] = {}

    def day_of(value: str | None) -> dt.date | None:
        try:
            return days[value]
        except KeyError:
            d = days[value] = iso_day(value)
            return d

    art, act, men, quo, eve, tim, pla = (rows[n] for n in ARROW_SCHEMAS)
    for r in records:
        aid = content_hash(r.text)
        published = day_of(r.published[:10] if r.published else None)
        starts = [s[0] for s in r.sentences]
        ends = [s[1] for s in r.sentences]
        text = r.text
        art.append((aid, r.id, r.title, published, r.published, r.url, r.source, text, starts, ends, now))

        def sent(char: int | None, starts: list[int] = starts) -> int | None:
            if char is None or not starts:
                return None
            return max(0, bisect.bisect_right(starts, char) - 1)

        actors = {}
        for a in r.actors:
            actors[a.id] = a
            act.append(
                (
                    aid,
                    a.id,
                    a.name,
                    a.kind,
                    a.code,
                    a.country,
                    a.sector,
                    a.title,
                    a.affiliation,
                    len(a.mentions),
                )
            )
            for s, e in a.mentions:
                men.append((aid, a.id, s, e, sent(s), text[s:e]))
        for q in r.quotes:
            sp = actors.get(q.speaker) if q.speaker else None
            qs = _span(q.span, 0)
            men_day = day_of(q.date) or published
            quo.append(
                (
                    aid,
                    q.id,
                    q.text,
                    qs,
                    _span(q.span, 1),
                    q.kind,
                    q.speaker,
                    sp.name if sp else None,
                    sp.code if sp else None,
                    _span(q.speaker_span, 0),
                    _span(q.speaker_span, 1),
                    q.cue,
                    _span(q.cue_span, 0),
                    _span(q.cue_span, 1),
                    q.date,
                    q.date_precision,
                    q.date_source,
                    men_day,
                    sent(qs),
                )
            )
        places = {p.id: p for p in r.places}
        for e in r.events:
            src = actors.get(e.source) if e.source else None
            tgt = actors.get(e.target) if e.target else None
            pl = places.get(e.place) if e.place else None
            si = e.sentence
            ok = 0 <= si < len(starts)
            eve.append(
                (
                    aid,
                    e.id,
                    e.code,
                    e.root,
                    e.name,
                    e.goldstein,
                    e.quad_class,
                    e.plover,
                    e.plover_mode,
                    e.source,
                    e.target,
                    e.source_code,
                    e.target_code,
                    src.name if src else None,
                    tgt.name if tgt else None,
                    actor_country(e.source_code, src.country if src else None),
                    actor_country(e.target_code, tgt.country if tgt else None),
                    si,
                    starts[si] if ok else None,
                    ends[si] if ok else None,
                    _span(e.trigger_span, 0),
                    _span(e.trigger_span, 1),
                    e.rule,
                    e.date,
                    e.date_precision,
                    e.date_source,
                    day_of(e.date) or published,
                    e.place,
                    pl.name if pl else None,
                    pl.country if pl else None,
                    pl.lat if pl else None,
                    pl.lon if pl else None,
                    bool(e.negated),
                    e.modality,
                    e.confidence,
                )
            )
        for t in r.times:
            tim.append((aid, t.id, t.text, _span(t.span, 0), _span(t.span, 1), t.type, t.value, t.mod))
        for p in r.places:
            pla.append(
                (
                    aid,
                    p.id,
                    p.text,
                    _span(p.span, 0),
                    _span(p.span, 1),
                    p.name,
                    p.country,
                    p.lat,
                    p.lon,
                    p.geonameid,
                    p.feature,
                    p.actor,
                )
            )
    return {name: _to_table(rows[name], schema) for name, schema in ARROW_SCHEMAS.items()}


def _to_table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    if not rows:
        return schema.empty_table()
    cols = list(zip(*rows, strict=True))
    return pa.Table.from_arrays(
        [pa.array(c, type=f.type) for c, f in zip(cols, schema, strict=True)], schema=schema
    )


__all__ = ["ARROW_SCHEMAS", "actor_country", "build_tables", "content_hash", "iso_day"]
