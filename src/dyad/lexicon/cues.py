"""Reporting cues for quote extraction, loaded from ``data/cues.json`` and validated.

A cue is a verb (``said``, ``believes``), a phrasal verb (``pointed out``), a verb with a
preposition (``called for``), an adjective (``is convinced that``) or a source phrase
(``according to``). Each verb cue lists the dependency relations that carry the reported
content, tried in order: ``ccomp`` (a clause), ``xcomp`` (a ``to`` clause), ``dobj`` (an object)
or ``pobj`` (the object of the cue's particle); a verb with many senses may name the objects
that make it a report (``raised concerns``, not ``raised money``), and a naming verb may need
what the object is called (``called him a liar``, not ``called voters``), and a verb of finding
a finite form for a plain object (``found wide support``, not ``to find a way``). ``forms`` maps
word forms the tagger lemmatizes wrongly to their cue (``hoped`` is lemmatized ``hop``).

Optional sections: report nouns that take a ``that`` clause (``the claim that``), with the light
verbs whose subject holds them (``made the argument that``) and those that stand for something
said even with no one named (``amid complaints that``); impression verbs (``it appears
that``, ``seems to``), whose content has no speaker; passive views (``is seen as``, ``is
expected to``), held by their agent if named; source adverbs (``reportedly``); and source nouns
(``ahead in the polls``); and verbs that report only in an ``as X put it`` clause (``as_verbs``).
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
    objects: frozenset[str] = frozenset()  # when set, an object is content only if its lemma is here
    object_complement: bool = False  # a naming verb: an object is content only with what it is called
    finite_objects: bool = False  # a plain object is content only when the verb is finite ("found X")


@dataclass(frozen=True, slots=True)
class Cues:
    """All reporting cues, indexed for lookup by lemma."""

    verbs: dict[str, VerbCue] = field(default_factory=dict)
    particles: dict[tuple[str, str], VerbCue] = field(default_factory=dict)
    prepositions: dict[tuple[str, str], str] = field(default_factory=dict)
    adjectives: frozenset[str] = frozenset()
    adjective_content: tuple[str, ...] = ()
    adjective_prep_only: frozenset[str] = frozenset()  # "critical of X", never "critical that"
    source_phrases: tuple[tuple[str, ...], ...] = ()
    manner_nouns: frozenset[str] = frozenset()
    passive_speakers: frozenset[str] = frozenset()
    label_words: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    impression_verbs: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    passive_views: frozenset[str] = frozenset()  # "is seen as", "is expected to"
    source_adverbs: frozenset[str] = frozenset()  # "reportedly", "allegedly"
    addressee_verbs: frozenset[str] = frozenset()  # "was asked", "was told": the subject is addressed
    infinitive_nouns: frozenset[str] = frozenset()  # "his plan to V"
    unowned_nouns: frozenset[str] = frozenset()  # "amid complaints that ...": a report with no one named
    noun_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "attacks on", "support for"
    forms: dict[str, str] = field(default_factory=dict)  # word forms the tagger lemmatizes wrongly
    view_nouns: frozenset[str] = frozenset()  # "in her view", "in the eyes of X"
    holder_preps: frozenset[str] = frozenset()  # "To the mayor, the plan is a gamble"
    as_verbs: frozenset[str] = frozenset()  # "as the skipper put it": a report only in that idiom

    triggers: frozenset[str] = frozenset()  # every word (lemma or lower-case form) that can start a cue

    @property
    def source_words(self) -> frozenset[str]:
        """The first words of the source phrases (``according``)."""
        return frozenset(p[0] for p in self.source_phrases)

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
            objects = (
                frozenset(_words(group["objects"], f"{w}.objects")) if "objects" in group else frozenset()
            )
            complement = group.get("object_complement", False)
            if not isinstance(complement, bool):
                raise LexiconError("object_complement should be true or false", path=w)
            finite = group.get("finite_objects", False)
            if not isinstance(finite, bool):
                raise LexiconError("finite_objects should be true or false", path=w)
            for lemma in _words(group.get("lemmas"), f"{w}.lemmas"):
                verbs.setdefault(
                    lemma, VerbCue(lemma, content, kind, objects, complement, finite)
                )  # first group wins
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
        nouns_obj = data.get("nouns", {"lemmas": [], "light_verbs": []})
        _obj(nouns_obj, f"{where}.nouns")
        nouns = frozenset(_optional_words(nouns_obj.get("lemmas"), f"{where}.nouns.lemmas"))
        light = frozenset(_optional_words(nouns_obj.get("light_verbs"), f"{where}.nouns.light_verbs"))
        impressions = frozenset(
            _optional_words(data.get("impression_verbs", []), f"{where}.impression_verbs")
        )
        sources = frozenset(_optional_words(data.get("source_nouns", []), f"{where}.source_nouns"))
        views = frozenset(_optional_words(data.get("passive_views", []), f"{where}.passive_views"))
        adverbs = frozenset(_optional_words(data.get("source_adverbs", []), f"{where}.source_adverbs"))
        addressee = frozenset(_optional_words(data.get("addressee_verbs", []), f"{where}.addressee_verbs"))
        infinitive = frozenset(
            _optional_words(nouns_obj.get("infinitives", []), f"{where}.nouns.infinitives")
        )
        unowned = frozenset(_optional_words(nouns_obj.get("unowned", []), f"{where}.nouns.unowned"))
        if unowned - nouns:
            raise LexiconError(
                f"unowned nouns {sorted(unowned - nouns)} are not in nouns.lemmas",
                path=f"{where}.nouns.unowned",
            )
        noun_preps: dict[str, tuple[str, ...]] = {}
        preps_obj = nouns_obj.get("prepositions", {})
        _obj(preps_obj, f"{where}.nouns.prepositions")
        for noun, words in preps_obj.items():
            if noun != noun.strip().lower() or not noun:
                raise LexiconError(
                    f"bad noun {noun!r} (lower-case, no surrounding spaces)", path=f"{where}.nouns"
                )
            noun_preps[noun] = _words(words, f"{where}.nouns.prepositions.{noun}")
        view_nouns = frozenset(_optional_words(data.get("view_nouns", []), f"{where}.view_nouns"))
        holder_preps = frozenset(
            _optional_words(data.get("holder_prepositions", []), f"{where}.holder_prepositions")
        )
        as_verbs = frozenset(_optional_words(data.get("as_verbs", []), f"{where}.as_verbs"))
        forms = data.get("forms", {})
        _obj(forms, f"{where}.forms")
        for form, lemma in forms.items():
            if not isinstance(lemma, str) or lemma not in verbs or form != form.strip().lower():
                raise LexiconError(
                    f"form {form!r} should map to a cue verb, got {lemma!r}", path=f"{where}.forms"
                )
        triggers = (
            set(verbs)
            | set(forms)
            | adjectives
            | {p[0] for p in phrases}
            | {"in"}
            | nouns
            | impressions
            | views
            | set(noun_preps)
            | infinitive
            | adverbs
            | as_verbs
        )
        triggers |= {lemma for lemma, _ in particles} | {lemma for lemma, _ in preps}
        return cls(
            triggers=frozenset(triggers),
            verbs=verbs,
            particles=particles,
            prepositions=preps,
            adjectives=adjectives,
            adjective_content=_relations(adj.get("content"), f"{where}.adjectives"),
            adjective_prep_only=frozenset(
                _optional_words(adj.get("prep_only", []), f"{where}.adjectives.prep_only")
            ),
            source_phrases=tuple(phrases),
            manner_nouns=frozenset(_words(data.get("manner_nouns"), f"{where}.manner_nouns")),
            passive_speakers=frozenset(_words(data.get("passive_speakers"), f"{where}.passive_speakers")),
            label_words=frozenset(_words(data.get("label_words"), f"{where}.label_words")),
            nouns=nouns,
            light_verbs=light,
            impression_verbs=impressions,
            source_nouns=sources,
            passive_views=views,
            addressee_verbs=addressee,
            source_adverbs=adverbs,
            infinitive_nouns=infinitive,
            unowned_nouns=unowned,
            noun_preps=noun_preps,
            forms=dict(forms),
            view_nouns=view_nouns,
            holder_preps=holder_preps,
            as_verbs=as_verbs,
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


def _optional_words(values: Any, where: str) -> tuple[str, ...]:
    """Like :func:`_words`, but an empty list is allowed (an optional section left empty)."""
    if values == []:
        return ()
    return _words(values, where)


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
