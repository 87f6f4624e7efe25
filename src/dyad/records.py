"""Record types of the `dyad.article/1` schema.

Stages pass each other these records only. All spans are ``[start, end)`` character
offsets into the article text. The JSON Schema in ``schema/dyad.article-1.json`` is
generated from these classes (``dyad schema``) and a test keeps the two in step.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

SCHEMA = "dyad.article/1"

Span = list[int]

ActorKind = Literal["person", "organization", "country", "group"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "threatened", "intended", "hypothetical", "demanded"]
MODALITIES: tuple[str, ...] = get_args(Modality)  # the values, for validating user filters
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
TimeType = Literal["DATE", "DURATION", "SET", "TIME"]
Precision = Literal["day", "month", "season", "quarter", "week", "year", "decade", "century", "time"]
DateSource = Literal["clause", "narrative", "published"]
Feature = Literal["city", "country", "region", "admin1", "admin2", "water", "landmark", "continent"]


@dataclass(slots=True)
class Article:
    """One input document, as read by a reader in ``dyad.ingest``.

    ``path`` and ``line`` say where it was read (for error reports); they are not part of
    the record and do not take part in comparisons.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class Actor:
    """A person, organisation, country or group, with every mention in the text."""

    id: str
    name: str
    kind: ActorKind
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """Who said what: the content span, its speaker and the reporting cue."""

    id: str
    text: str
    span: Span
    kind: QuoteKind
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    date: str | None = None
    date_precision: Precision | None = None
    date_source: DateSource | None = None


@dataclass(slots=True)
class Event:
    """Who did what to whom: one coded CAMEO/PLOVER event."""

    id: str
    code: str
    root: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    source: str | None
    target: str | None
    source_code: str | None
    target_code: str | None
    sentence: int
    trigger_span: Span
    rule: str
    plover_mode: str | None = None
    date: str | None = None
    date_precision: Precision | None = None
    date_source: DateSource | None = None
    place: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    confidence: float = 0.5


@dataclass(slots=True)
class TimeExpr:
    """A TIMEX3 time expression, normalized against the publication date."""

    id: str
    text: str
    span: Span
    type: TimeType
    value: str | None
    mod: str | None = None


@dataclass(slots=True)
class Place:
    """A toponym resolved to a gazetteer entry."""

    id: str
    text: str
    span: Span
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    feature: Feature | None = None
    actor: str | None = None


@dataclass(slots=True)
class ArticleRecord:
    """Everything Dyad extracts from one article (schema ``dyad.article/1``)."""

    id: str
    text: str
    schema: Literal["dyad.article/1"] = SCHEMA
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    sentences: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict with the schema's key order (``schema`` first).

        The same as ``dataclasses.asdict`` (lists copied, records as dicts in field order),
        without its generic recursion: this runs once per record of every run."""
        d = {"schema": self.schema}
        for name in _RECORD_FIELDS[ArticleRecord]:
            if name != "schema":
                d[name] = _plain(getattr(self, name))
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleRecord:
        """Rebuild a record from its JSON form (as written by ``dyad extract``)."""
        kinds = {"actors": Actor, "quotes": Quote, "events": Event, "times": TimeExpr, "places": Place}
        kw = {k: v for k, v in d.items() if k in _FIELDS}
        for key, typ in kinds.items():
            names = {f.name for f in dataclasses.fields(typ)}
            kw[key] = [typ(**{k: v for k, v in x.items() if k in names}) for x in d.get(key) or []]
        return cls(**kw)


_FIELDS = {f.name for f in dataclasses.fields(ArticleRecord)}
# field names of every record class, in order (what asdict walks)
_RECORD_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls))
    for cls in (Article, Actor, Quote, Event, TimeExpr, Place, ArticleRecord)
}
_ATOMS = (str, int, float, bool, type(None))


def _plain(v: Any) -> Any:
    """``v`` as ``dataclasses.asdict`` renders a field value."""
    t = type(v)
    if t in _ATOMS:
        return v
    if t is list:
        return [x if type(x) in _ATOMS else _plain(x) for x in v]
    names = _RECORD_FIELDS.get(t)
    if names is not None:
        return {n: _plain(getattr(v, n)) for n in names}
    if dataclasses.is_dataclass(v) or isinstance(v, (tuple, dict)):
        return dataclasses.asdict(_Box(v))["v"]  # anything else: asdict's own rules
    return copy.deepcopy(v)


@dataclass(slots=True)
class _Box:
    v: Any


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``dyad.article/1``, generated from the record classes."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(ArticleRecord).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://dyad.dev/schema/dyad.article-1.json"
    schema["title"] = "dyad.article/1"
    return schema


__all__ = [
    "ACTOR_KINDS",
    "MODALITIES",
    "SCHEMA",
    "Actor",
    "Article",
    "ArticleRecord",
    "Event",
    "Place",
    "Quote",
    "TimeExpr",
    "json_schema",
]
