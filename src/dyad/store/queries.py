"""Queries over the store: events, quotes, actors and stories, with filters. All SQL is parameterized.

Actor filters (``actor``, ``source``, ``target``, ``speaker``) take either an actor code
prefix or part of a name: a value in capitals and digits (``USA``, ``USAGOV``, ``IGOUNO``)
matches codes that start with it; anything else (``Blinken``, ``aliyev``) matches names
that contain it, ignoring case. Country filters take ISO alpha-3 codes and match exactly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pyarrow as pa

from .db import Store

_CODE = re.compile(r"^[A-Z0-9]{2,}$")


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def is_code(value: str) -> bool:
    """Whether a filter value is read as an actor code prefix (capitals and digits)."""
    return bool(_CODE.match(value))


def lowercase_code_notes(*values: str | None) -> list[str]:
    """Notes for filter values that look like actor codes typed in lowercase ('usa').

    Such a value is matched against names, not codes, so a search that found nothing says why.
    """
    return [
        f"{v!r} is read as part of a name; actor codes are in capitals ({v.upper()!r})"
        for v in values
        if v and v.islower() and len(v) <= 6 and is_code(v.upper())
    ]


def actor_clause(code_col: str, name_col: str, value: str) -> tuple[str, list[Any]]:
    """SQL matching one actor filter value against a code and a name column."""
    if is_code(value):
        return f"{code_col} LIKE ? ESCAPE '\\'", [like_escape(value) + "%"]
    return f"{name_col} ILIKE ? ESCAPE '\\'", ["%" + like_escape(value) + "%"]


def code_prefix_clause(code_col: str, prefixes: Sequence[str]) -> tuple[str, list[Any]]:
    """SQL matching a code column against any of several prefixes (repeats counted once)."""
    distinct = list(dict.fromkeys(p.upper() for p in prefixes))
    parts = [f"{code_col} LIKE ? ESCAPE '\\'" for _ in distinct]
    return "(" + " OR ".join(parts) + ")", [like_escape(p) + "%" for p in distinct]


@dataclass
class Where:
    """A conjunction of parameterized SQL conditions."""

    parts: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def add_clause(self, clause: tuple[str, list[Any]]) -> None:
        self.parts.append(clause[0])
        self.params.extend(clause[1])

    def add_range(self, column: str, since: str | dt.date | None, until: str | dt.date | None) -> None:
        """``column`` from ``since`` to ``until`` (dates, both included; either may be None)."""
        if since:
            self.add(f"{column} >= ?", _date(since))
        if until:
            self.add(f"{column} <= ?", _date(until))

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(f"({p})" for p in self.parts)) if self.parts else ""


def paged(
    sql: str, params: Sequence[Any], limit: int | None, offset: int | None = 0
) -> tuple[str, list[Any]]:
    """``sql`` and its parameters with ``LIMIT ? OFFSET ?`` (``LIMIT ?`` if ``offset`` is None),
    unchanged if ``limit`` is None."""
    params = list(params)
    if limit is None:
        return sql, params
    if offset is None:
        return sql + " LIMIT ?", [*params, int(limit)]
    return sql + " LIMIT ? OFFSET ?", [*params, int(limit), int(offset)]


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"bad date {str(value)!r}: use YYYY-MM-DD") from None


F = TypeVar("F", bound="EventFilter")


@dataclass
class EventFilter:
    """Filters for :func:`events`. Every field is optional; lists mean "any of"."""

    actor: str | None = None  # source or target
    source: str | None = None
    target: str | None = None
    country: str | None = None  # source or target country
    source_country: str | None = None
    target_country: str | None = None
    root: Sequence[str] = ()
    code: Sequence[str] = ()  # CAMEO code prefixes ("04" matches 040..046, "0411" only itself)
    plover: Sequence[str] = ()
    quad_class: Sequence[int] = ()
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    place: str | None = None  # place name contains
    place_country: str | None = None
    text: str | None = None  # sentence contains (ignoring case)
    negated: bool | None = None  # None: both
    modality: Sequence[str] = ()
    article: str | None = None

    @classmethod
    def of(cls: type[F], values: Mapping[str, Any]) -> F:
        """A filter from the values of its fields found in ``values`` (e.g. the options of a command)."""
        return cls(**{f.name: values[f.name] for f in dataclasses.fields(cls) if f.name in values})

    def where(self, alias: str = "e") -> Where:
        w = Where()
        a = alias
        if self.actor:
            s = actor_clause(f"{a}.source_code", f"{a}.source_name", self.actor)
            t = actor_clause(f"{a}.target_code", f"{a}.target_name", self.actor)
            w.add(f"{s[0]} OR {t[0]}", *s[1], *t[1])
        if self.source:
            w.add_clause(actor_clause(f"{a}.source_code", f"{a}.source_name", self.source))
        if self.target:
            w.add_clause(actor_clause(f"{a}.target_code", f"{a}.target_name", self.target))
        if self.country:
            w.add(
                f"{a}.source_country = ? OR {a}.target_country = ?",
                self.country.upper(),
                self.country.upper(),
            )
        if self.source_country:
            w.add(f"{a}.source_country = ?", self.source_country.upper())
        if self.target_country:
            w.add(f"{a}.target_country = ?", self.target_country.upper())
        if self.root:
            w.add(f"{a}.root IN (SELECT unnest(?))", [r.zfill(2) for r in self.root])
        if self.code:
            w.add_clause(code_prefix_clause(f"{a}.code", list(self.code)))
        if self.plover:
            w.add(f"upper({a}.plover) IN (SELECT unnest(?))", [p.upper() for p in self.plover])
        if self.quad_class:
            w.add(f"{a}.quad_class IN (SELECT unnest(?))", [int(q) for q in self.quad_class])
        w.add_range(f"{a}.day", self.since, self.until)
        if self.place:
            w.add(f"{a}.place_name ILIKE ? ESCAPE '\\'", "%" + like_escape(self.place) + "%")
        if self.place_country:
            w.add(f"{a}.place_country = ?", self.place_country.upper())
        if self.text:
            w.add(
                "substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) ILIKE ? ESCAPE '\\'",
                "%" + like_escape(self.text) + "%",
            )
        if self.negated is not None:
            w.add(f"{a}.negated = ?", bool(self.negated))
        if self.modality:
            w.add(f"{a}.modality IN (SELECT unnest(?))", list(self.modality))
        if self.article:
            w.add(f"{a}.article_id = ? OR ar.doc_id = ?", self.article, self.article)
        return w


# The order of event lists: newest first, then by article and event id (a total order).
EVENT_ORDER = "e.day DESC NULLS LAST, e.article_id, e.event_id"

EVENT_COLUMNS = """e.article_id, ar.doc_id, e.event_id, e.day, e.date, e.date_precision,
    e.source_code, e.source_name, e.code, e.name, e.target_code, e.target_name, e.root, e.quad_class,
    e.goldstein, e.plover, e.plover_mode, e.negated, e.modality, e.confidence, e.place_name, e.place_country,
    e.lat, e.lon, e.source_country, e.target_country, e.trigger_start, e.trigger_end, e.sentence,
    substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text,
    ar.title, ar.url, e.rule"""


def events(
    store: Store, flt: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
) -> pa.Table:
    """Events matching the filter, newest first, with their sentence text."""
    w = (flt or EventFilter()).where()
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles ar USING (article_id){w.sql()} "
        f"ORDER BY {EVENT_ORDER}"
    )
    return store.query(*paged(sql, w.params, limit, offset))


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    text: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> pa.Table:
    """Quotes filtered by speaker (code prefix or name), date range and text, newest first."""
    w = Where()
    if speaker:
        w.add_clause(actor_clause("q.speaker_code", "q.speaker_name", speaker))
    w.add_range("q.day", since, until)
    if text:
        w.add("q.text ILIKE ? ESCAPE '\\'", "%" + like_escape(text) + "%")
    sql = f"""SELECT q.article_id, ar.doc_id, q.quote_id, q.day, q.date, q.speaker_name, q.speaker_code,
        q.kind, q.cue, q.text, q.start_char, q.end_char, ar.title, ar.url
        FROM quotes q JOIN articles ar USING (article_id){w.sql()}
        ORDER BY q.day DESC NULLS LAST, q.article_id, q.start_char"""
    return store.query(*paged(sql, w.params, limit, offset))


def actors(
    store: Store,
    *,
    name: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> pa.Table:
    """Actors across articles, grouped by (code, name): articles, mentions, events as source/target, quotes.

    The order is total (ties broken by name, then code), so pages never repeat or skip a row.
    """
    w = Where()
    if name:
        w.add_clause(actor_clause("a.code", "a.name", name))
    if country:
        w.add("a.country = ? OR a.code LIKE ?", country.upper(), like_escape(country.upper()) + "%")
    if kind:
        w.add("a.kind = ?", kind)
    sql = f"""
        WITH a AS (SELECT * FROM actors a{w.sql()}),
        src AS (SELECT e.article_id, e.source AS actor_id, count(*) AS n FROM events e GROUP BY ALL),
        tgt AS (SELECT e.article_id, e.target AS actor_id, count(*) AS n FROM events e GROUP BY ALL),
        quo AS (SELECT q.article_id, q.speaker AS actor_id, count(*) AS n FROM quotes q GROUP BY ALL)
        SELECT a.name, a.code, min(a.kind) AS kind, min(a.country) AS country, min(a.title) AS title,
               count(DISTINCT a.article_id) AS articles, sum(a.n_mentions)::BIGINT AS mentions,
               coalesce(sum(src.n), 0)::BIGINT AS as_source, coalesce(sum(tgt.n), 0)::BIGINT AS as_target,
               coalesce(sum(quo.n), 0)::BIGINT AS quotes
        FROM a
        LEFT JOIN src USING (article_id, actor_id)
        LEFT JOIN tgt USING (article_id, actor_id)
        LEFT JOIN quo USING (article_id, actor_id)
        GROUP BY a.name, a.code
        ORDER BY articles DESC, mentions DESC, a.name, a.code NULLS FIRST"""
    return store.query(*paged(sql, w.params, limit, offset or None))


def stories(store: Store, flt: EventFilter | None = None, *, limit: int | None = None) -> pa.Table:
    """Story events (GDELT-style, with num_mentions and num_articles), most reported first.

    The filter's actor, country, code/root/quad/plover and date fields apply (dates to the
    story's first day); sentence text, place, negation and modality filters do not.
    """
    f = flt or EventFilter()
    sub = EventFilter(
        actor=f.actor,
        source=f.source,
        target=f.target,
        country=f.country,
        source_country=f.source_country,
        target_country=f.target_country,
        root=f.root,
        code=f.code,
        plover=f.plover,
        quad_class=f.quad_class,
    )
    w = sub.where("s")
    w.add_range("s.first_day", f.since, f.until)
    sql = f"SELECT s.* FROM stories s{w.sql()} ORDER BY s.num_mentions DESC, s.first_day, s.story_id"
    return store.query(*paged(sql, w.params, limit, None))


def story_mentions(store: Store, story_id: str) -> pa.Table:
    """Every event (mention) behind one story."""
    return store.query(
        f"""SELECT {EVENT_COLUMNS} FROM story_events se
        JOIN events e ON e.article_id = se.article_id AND e.event_id = se.event_id
        JOIN articles ar ON ar.article_id = e.article_id
        WHERE se.story_id = ? ORDER BY e.day, e.article_id, e.event_id""",
        [story_id],
    )


__all__ = [
    "EVENT_COLUMNS",
    "EVENT_ORDER",
    "EventFilter",
    "Where",
    "actor_clause",
    "actors",
    "code_prefix_clause",
    "events",
    "is_code",
    "like_escape",
    "lowercase_code_notes",
    "paged",
    "quotes",
    "stories",
    "story_mentions",
]
