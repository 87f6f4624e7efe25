"""Reporting cues for quote extraction, loaded from ``data/cues.json`` and validated.

A cue is a verb (``said``, ``believes``), a phrasal verb (``pointed out``), a verb with a
preposition (``called for``), an adjective (``is convinced that``) or a source phrase
(``according to``). Each verb cue lists the dependency relations that carry the reported
content, tried in order: ``ccomp`` (a clause), ``xcomp`` (a ``to`` clause), ``dobj`` (an object)
or ``pobj`` (the object of the cue's particle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from . import DATA
from ._files import read_json

RELATIONS = frozenset({"ccomp", "xcomp", "dobj", "pobj", "prep:about", "prep:of", "prep:for", "prep:on"})
TYPES = frozenset({"speech", "belief", "evidence"})


@dataclass(frozen=True, slots=True)
class VerbCue:
    """A cue verb: its lemma, the relations that carry its content, and its type."""

    lemma: str
    content: tuple[str, ...]
    type: str


@dataclass(frozen=True, slots=True)
class Cues:
    """All reporting cues, indexed for lookup by lemma."""

    verbs: dict[str, VerbCue] = field(default_factory=dict)
    particles: dict[tuple[str, str], VerbCue] = field(default_factory=dict)
    prepositions: dict[tuple[str, str], str] = field(default_factory=dict)
    adjectives: frozenset[str] = frozenset()
    adjective_content: tuple[str, ...] = ()
    source_phrases: tuple[tuple[str, ...], ...] = ()
    manner_nouns: frozenset[str] = frozenset()
    passive_speakers: frozenset[str] = frozenset()
    label_words: frozenset[str] = frozenset()

    triggers: frozenset[str] = frozenset()  # every word (lemma or lower-case form) that can start a cue

    @classmethod
    def load(cls, path: Path | None = None) -> Cues:
        """Read and validate the cue file (``lexicon/data/cues.json`` by default)."""
        path = path or DATA / "cues.json"
        return cls.from_dict(read_json(path, "cue"), where=path.name)

    @classmethod
    def from_dict(cls, data: Any, where: str = "cues.json") -> Cues:
        """Build the index from the parsed JSON; raise :class:`LexiconError` on bad entries."""
        _obj(data, where)
        verbs: dict[str, VerbCue] = {}
        for i, group in enumerate(_list(data, "verbs", where)):
            w = f"{where}.verbs[{i}]"
            _obj(group, w)
            kind = _type(group, w)
            content = _relations(group.get("content"), w)
            for lemma in _words(group.get("lemmas"), f"{w}.lemmas"):
                verbs.setdefault(lemma, VerbCue(lemma, content, kind))  # first group wins
        particles: dict[tuple[str, str], VerbCue] = {}
        for i, row in enumerate(_list(data, "particles", where)):
            w = f"{where}.particles[{i}]"
            _obj(row, w)
            lemma, part = _word(row, "lemma", w), _word(row, "particle", w)
            particles[(lemma, part)] = VerbCue(lemma, _relations(row.get("content"), w), _type(row, w))
        preps: dict[tuple[str, str], str] = {}
        for i, row in enumerate(_list(data, "prepositions", where)):
            w = f"{where}.prepositions[{i}]"
            _obj(row, w)
            preps[(_word(row, "lemma", w), _word(row, "prep", w))] = _type(row, w)
        adj = data.get("adjectives")
        _obj(adj, f"{where}.adjectives")
        phrases = []
        for i, row in enumerate(_list(data, "source_phrases", where)):
            w = f"{where}.source_phrases[{i}]"
            _obj(row, w)
            phrases.append(_words(row.get("words"), f"{w}.words"))
        adjectives = frozenset(_words(adj.get("lemmas"), f"{where}.adjectives.lemmas"))
        triggers = set(verbs) | adjectives | {p[0] for p in phrases} | {"in"}
        triggers |= {lemma for lemma, _ in particles} | {lemma for lemma, _ in preps}
        return cls(
            triggers=frozenset(triggers),
            verbs=verbs,
            particles=particles,
            prepositions=preps,
            adjectives=adjectives,
            adjective_content=_relations(adj.get("content"), f"{where}.adjectives"),
            source_phrases=tuple(phrases),
            manner_nouns=frozenset(_words(data.get("manner_nouns"), f"{where}.manner_nouns")),
            passive_speakers=frozenset(_words(data.get("passive_speakers"), f"{where}.passive_speakers")),
            label_words=frozenset(_words(data.get("label_words"), f"{where}.label_words")),
        )


def _obj(value: Any, where: str) -> None:
    if not isinstance(value, dict):
        raise LexiconError(f"expected an object, got {type(value).__name__}", path=where)


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise LexiconError(f"key {key!r} should be a list", path=where)
    return value


def _word(row: dict[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip() or value != value.strip().lower():
        raise LexiconError(f"key {key!r} should be a lower-case word, got {value!r}", path=where)
    return value


def _words(values: Any, where: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not values:
        raise LexiconError("expected a non-empty list of words", path=where)
    out = []
    for v in values:
        if not isinstance(v, str) or not v.strip() or v != v.strip().lower():
            raise LexiconError(f"bad word {v!r} (lower-case, no surrounding spaces)", path=where)
        out.append(v)
    return tuple(out)


def _type(row: dict[str, Any], where: str) -> str:
    kind = row.get("type")
    if kind not in TYPES:
        raise LexiconError(f"type should be one of {sorted(TYPES)}, got {kind!r}", path=where)
    return kind


def _relations(values: Any, where: str) -> tuple[str, ...]:
    rels = _words(values, f"{where}.content")
    bad = [r for r in rels if r not in RELATIONS]
    if bad:
        raise LexiconError(f"unknown content relation(s) {bad}; use {sorted(RELATIONS)}", path=where)
    return rels


__all__ = ["Cues", "VerbCue"]
