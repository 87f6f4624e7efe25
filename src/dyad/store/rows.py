"""Article records -> raw Arrow tables -> database rows, derived in bulk by DuckDB.

Python does the least it can per record: one ``attrgetter`` call per actor, quote, event,
time and place, collected column-wise into Arrow arrays. DuckDB then derives everything
else in one set-based ``INSERT ... SELECT`` per table (see :data:`INSERT_SQL`): actor names
and countries of events, sentence offsets, mention rows and their sentence index, ``day``
columns, place names. That keeps bulk inserts well above 50k events per second.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import attrgetter

import pyarrow as pa

from ..records import ArticleRecord

S, I32, I64, F64, B, I8 = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_(), pa.int8()
SPAN = pa.list_(I32)

_FIELDS: dict[str, tuple[tuple[str, pa.DataType], ...]] = {
    "actors": (
        ("actor_id", S),
        ("name", S),
        ("kind", S),
        ("code", S),
        ("country", S),
        ("sector", S),
        ("title", S),
        ("affiliation", S),
        ("mentions", pa.list_(SPAN)),
    ),
    "quotes": (
        ("quote_id", S),
        ("text", S),
        ("span", SPAN),
        ("kind", S),
        ("speaker", S),
        ("speaker_span", SPAN),
        ("cue", S),
        ("cue_span", SPAN),
        ("date", S),
        ("date_precision", S),
        ("date_source", S),
    ),
    "events": (
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
        ("sentence", I32),
        ("trigger_span", SPAN),
        ("rule", S),
        ("date", S),
        ("date_precision", S),
        ("date_source", S),
        ("place", S),
        ("negated", B),
        ("modality", S),
        ("confidence", F64),
    ),
    "times": (("time_id", S), ("text", S), ("span", SPAN), ("type", S), ("value", S), ("mod", S)),
    "places": (
        ("place_id", S),
        ("text", S),
        ("span", SPAN),
        ("name", S),
        ("country", S),
        ("lat", F64),
        ("lon", F64),
        ("geonameid", I64),
        ("feature", S),
        ("actor", S),
    ),
}

RAW_SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", S),
            ("doc_id", S),
            ("title", S),
            ("published_raw", S),
            ("url", S),
            ("source", S),
            ("text", S),
            ("sentences", pa.list_(SPAN)),
            ("ingested_at", pa.timestamp("us")),
        ]
    ),
    **{name: pa.schema([("article_id", S), *fields]) for name, fields in _FIELDS.items()},
}

# The record attribute behind each raw column (the record's ``id`` becomes ``<kind>_id``).
_GETTERS = {
    name: attrgetter(*[("id" if f.endswith("_id") else f) for f, _ in fields])
    for name, fields in _FIELDS.items()
}
_LISTS = {"actors": "actors", "quotes": "quotes", "events": "events", "times": "times", "places": "places"}


def content_hash(text: str) -> str:
    """The article key: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building row tuples (they hold no cycles).

    With a million records alive, each generation-2 pass scans them all; building the row
    tuples would trigger many such passes and cost several times the work itself.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def build_tables(records: Iterable[ArticleRecord], now: dt.datetime | None = None) -> dict[str, pa.Table]:
    """Raw Arrow tables (one per record kind, plus ``articles``) for :data:`INSERT_SQL`.

    ``article_id`` is each record's :func:`content_hash`; records must have distinct texts.
    """
    with _gc_paused():
        return _build(records, now)


def _build(records: Iterable[ArticleRecord], now: dt.datetime | None) -> dict[str, pa.Table]:
    now = now or dt.datetime.now().replace(microsecond=0)
    arts: list[tuple] = []
    rows: dict[str, list[tuple]] = {name: [] for name in _FIELDS}
    owners: dict[str, list[str]] = {name: [] for name in _FIELDS}
    for r in records:
        aid = content_hash(r.text)
        arts.append((aid, r.id, r.title, r.published, r.url, r.source, r.text, r.sentences, now))
        for name, attr in _LISTS.items():
            items = getattr(r, attr)
            if items:
                getter = _GETTERS[name]
                rows[name].extend(map(getter, items))
                owners[name].extend([aid] * len(items))
    out = {"articles": _table(arts, RAW_SCHEMAS["articles"])}
    for name in _FIELDS:
        out[name] = _table(rows[name], RAW_SCHEMAS[name], owners[name])
    return out


def _table(rows: list[tuple], schema: pa.Schema, owner: list[str] | None = None) -> pa.Table:
    """Rows (tuples) -> table; the transpose happens in Arrow (tuples as struct values), not in Python."""
    if not rows:
        return schema.empty_table()
    fields = list(schema)[1:] if owner is not None else list(schema)
    arrays = pa.array(rows, type=pa.struct(fields)).flatten()
    if owner is not None:
        arrays = [pa.array(owner, type=schema.field(0).type), *arrays]
    return pa.Table.from_arrays(arrays, schema=schema)


# The first day of an ISO date's period: 2020-10-28; 2020-10 -> 2020-10-01; 2020 -> 2020-01-01; else NULL.
DAY_MACRO = r"""CREATE OR REPLACE TEMP MACRO dyad_day(s) AS CASE length(s)
    WHEN 4 THEN try_cast(s || '-01-01' AS DATE)
    WHEN 7 THEN try_cast(s || '-01' AS DATE)
    ELSE CASE WHEN length(s) >= 10 AND substr(s, 5, 1) = '-' THEN try_cast(substr(s, 1, 10) AS DATE) END
    END"""

# An actor's country: its own country field, else the first three letters of a country-led code.
COUNTRY_MACRO = r"""CREATE OR REPLACE TEMP MACRO dyad_country(code, country) AS coalesce(country,
    CASE WHEN length(code) >= 3 AND substr(code, 1, 3) NOT IN ('IGO', 'NGO', 'MNC')
              AND regexp_full_match(substr(code, 1, 3), '[A-Z]{3}') THEN substr(code, 1, 3) END)"""

# Sentence index of a character offset, given the article's sentence spans (0-based; NULL without sentences).
SENT_MACRO = r"""CREATE OR REPLACE TEMP MACRO dyad_sentence(sents, pos) AS
    CASE WHEN pos IS NULL OR len(sents) = 0 THEN NULL
         ELSE greatest(len(list_filter(sents, lambda x: x[1] <= pos)) - 1, 0) END"""

MACROS = (DAY_MACRO, COUNTRY_MACRO, SENT_MACRO)

INSERT_SQL: dict[str, str] = {
    "articles": """INSERT INTO articles BY NAME
        SELECT article_id, doc_id, title, dyad_day(published_raw) AS published, published_raw, url, source, text,
               list_transform(sentences, lambda x: x[1]) AS sentence_starts,
               list_transform(sentences, lambda x: x[2]) AS sentence_ends, ingested_at
        FROM _new_articles""",
    "actors": """INSERT INTO actors BY NAME
        SELECT article_id, actor_id, name, kind, code, country, sector, title, affiliation,
               len(mentions) AS n_mentions
        FROM _new_actors""",
    "mentions": """INSERT INTO mentions BY NAME
        SELECT m.article_id, m.actor_id, m.span[1] AS start_char, m.span[2] AS end_char,
               dyad_sentence(a.sentences, m.span[1]) AS sentence,
               substr(a.text, m.span[1] + 1, m.span[2] - m.span[1]) AS text
        FROM (SELECT article_id, actor_id, unnest(mentions) AS span FROM _new_actors) m
        JOIN _new_articles a USING (article_id)""",
    "quotes": """INSERT INTO quotes BY NAME
        SELECT q.article_id, q.quote_id, q.text, q.span[1] AS start_char, q.span[2] AS end_char, q.kind,
               q.speaker, s.name AS speaker_name, s.code AS speaker_code,
               q.speaker_span[1] AS speaker_start, q.speaker_span[2] AS speaker_end, q.cue,
               q.cue_span[1] AS cue_start, q.cue_span[2] AS cue_end, q.date, q.date_precision, q.date_source,
               coalesce(dyad_day(q.date), dyad_day(a.published_raw)) AS day,
               dyad_sentence(a.sentences, q.span[1]) AS sentence
        FROM _new_quotes q
        JOIN _new_articles a USING (article_id)
        LEFT JOIN _new_actors s ON s.article_id = q.article_id AND s.actor_id = q.speaker""",
    "events": """INSERT INTO events BY NAME
        SELECT e.article_id, e.event_id, e.code, e.root, e.name, e.goldstein, e.quad_class, e.plover,
               e.plover_mode, e.source, e.target, e.source_code, e.target_code,
               s.name AS source_name, t.name AS target_name,
               dyad_country(e.source_code, s.country) AS source_country,
               dyad_country(e.target_code, t.country) AS target_country,
               e.sentence, a.sentences[e.sentence + 1][1] AS sentence_start,
               a.sentences[e.sentence + 1][2] AS sentence_end,
               e.trigger_span[1] AS trigger_start, e.trigger_span[2] AS trigger_end, e.rule, e.date,
               e.date_precision, e.date_source, coalesce(dyad_day(e.date), dyad_day(a.published_raw)) AS day,
               e.place, p.name AS place_name, p.country AS place_country, p.lat, p.lon,
               coalesce(e.negated, false) AS negated, e.modality, e.confidence
        FROM _new_events e
        JOIN _new_articles a USING (article_id)
        LEFT JOIN _new_actors s ON s.article_id = e.article_id AND s.actor_id = e.source
        LEFT JOIN _new_actors t ON t.article_id = e.article_id AND t.actor_id = e.target
        LEFT JOIN _new_places p ON p.article_id = e.article_id AND p.place_id = e.place""",
    "times": """INSERT INTO times BY NAME
        SELECT article_id, time_id, text, span[1] AS start_char, span[2] AS end_char, type, value, mod
        FROM _new_times""",
    "places": """INSERT INTO places BY NAME
        SELECT article_id, place_id, text, span[1] AS start_char, span[2] AS end_char, name, country, lat, lon,
               geonameid, feature, actor
        FROM _new_places""",
}


__all__ = ["INSERT_SQL", "MACROS", "RAW_SCHEMAS", "build_tables", "content_hash"]
