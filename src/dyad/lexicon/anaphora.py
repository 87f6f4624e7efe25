"""Definite descriptions that refer back to a named actor, from ``data/anaphora.json``, validated.

"The president", "the Azerbaijani foreign minister", "the militant group", "the ministry", "the
kingdom", "the two leaders": what words make such a description and which earlier actors it
can stand for. :mod:`dyad.extract.anaphora` applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.strings import get_string_id

from ..errors import LexiconError
from . import DATA, SECTORS
from ._files import read_json

WINDOW_KINDS = ("person", "body", "country", "country_clear", "plural")
ACTOR_KINDS = frozenset({"person", "organization", "country", "group"})


@dataclass(frozen=True, slots=True)
class Body:
    """A kind of named body a description can mean ("the militant group" -> an armed group)."""

    name: str
    heads: frozenset[str]
    modifiers: frozenset[str]
    kinds: frozenset[str] = frozenset()
    exclude_sectors: frozenset[str] = frozenset()
    qualified_sectors: frozenset[str] = frozenset()
    mention_words: tuple[str, ...] = ()
    countries: frozenset[str] = frozenset()
    any_country: bool = False
    sectors: frozenset[str] = frozenset()  # the antecedent must have one of these sectors
    # the description stands for a state's government ("the regime"): the antecedents are the
    # countries and government actors named in the window, and exactly one country may be among them
    state: bool = False


@dataclass(frozen=True, slots=True)
class Anaphora:
    """Every description rule, indexed by head noun."""

    person_heads: frozenset[str] = frozenset()
    rank_words: frozenset[str] = frozenset()
    role_titles: dict[str, frozenset[str]] = field(default_factory=dict)  # "leader" -> its titles
    # heads of a national office that, with no holder named before, mean the article's country's
    national_heads: frozenset[str] = frozenset()
    not_current: frozenset[str] = frozenset()  # "the former president" is not the one in office
    plural_counts: frozenset[str] = frozenset()
    plural_people: dict[str, str] = field(default_factory=dict)
    plural_countries: frozenset[str] = frozenset()
    plural_sides: frozenset[str] = frozenset()  # "the two sides": the two parties to what came before
    bodies: dict[str, Body] = field(default_factory=dict)  # head noun -> body
    windows: dict[str, int] = field(default_factory=dict)
    gender: dict[str, frozenset[str]] = field(default_factory=dict)  # "m"/"f" -> words that mark it
    gender_titles: dict[str, frozenset[str]] = field(default_factory=dict)  # "queen", "congresswoman"
    given_names: dict[str, frozenset[str]] = field(default_factory=dict)  # "angela", "vladimir"
    gender_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "woman", "son"

    heads: frozenset[str] = frozenset()  # every word that can head a description
    head_ids: frozenset[int] = frozenset()  # their spaCy string ids, to find them in a token array

    @classmethod
    def load(cls, path: Path | None = None) -> Anaphora:
        """Read and validate the description file (``lexicon/data/anaphora.json`` by default)."""
        path = path or DATA / "anaphora.json"
        return cls.from_dict(read_json(path, "anaphora"), where=path.name)

    @classmethod
    def from_dict(cls, data: Any, where: str = "anaphora.json") -> Anaphora:
        """Build the rules from the parsed JSON; raise :class:`LexiconError` on bad entries."""
        if not isinstance(data, dict):
            raise LexiconError("expected an object", path=where)
        plural_people = data.get("plural_people")
        if not isinstance(plural_people, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in plural_people.items()
        ):
            raise LexiconError("plural_people must map plural nouns to title nouns", path=where)
        person_heads = _words(data, "person_heads", where)
        for plural, single in plural_people.items():
            if single.lower() not in person_heads:
                raise LexiconError(f"plural_people.{plural}: {single!r} is not a person head", path=where)
        roles_raw = data.get("role_titles")
        if not isinstance(roles_raw, dict):
            raise LexiconError("role_titles must map person heads to lists of titles", path=where)
        roles = {k.lower(): frozenset(_strs(v, f"{where}.role_titles.{k}")) for k, v in roles_raw.items()}
        for k in roles:
            if k not in person_heads:
                raise LexiconError(f"role_titles.{k}: not a person head", path=where)
        bodies: dict[str, Body] = {}
        rows = data.get("bodies")
        if not isinstance(rows, list):
            raise LexiconError("bodies must be a list", path=where)
        for i, row in enumerate(rows):
            body = _body(row, f"{where}.bodies[{i}]")
            for h in body.heads:
                if h in bodies or h in person_heads:
                    raise LexiconError(f"head {h!r} is listed twice", path=f"{where}.bodies[{i}]")
                bodies[h] = body
        windows = data.get("windows")
        if not isinstance(windows, dict) or any(
            not isinstance(windows.get(k), int) or isinstance(windows.get(k), bool) or windows[k] < 0
            for k in WINDOW_KINDS
        ):
            raise LexiconError(
                f"windows must give a sentence count >= 0 for each of {WINDOW_KINDS}", path=where
            )
        national = _words(data, "national_heads", where) if "national_heads" in data else frozenset()
        if national - person_heads:
            raise LexiconError(
                f"national_heads: {sorted(national - person_heads)} not person heads", path=where
            )
        marks = _gendered(data, "gender", where)
        gender_titles = _gendered(data, "gender_titles", where, optional=True)
        given_names = _gendered(data, "given_names", where, optional=True)
        gender_nouns = _gendered(data, "gender_nouns", where, optional=True)
        for key, other in (("gender_titles", gender_titles), ("given_names", given_names)):
            for g in ("m", "f"):
                clash = other.get(g, frozenset()) & marks["f" if g == "m" else "m"]
                if clash:
                    raise LexiconError(f"{key}.{g}: {sorted(clash)} also mark the other gender", path=where)
        heads = (
            person_heads
            | frozenset(bodies)
            | frozenset(k.lower() for k in plural_people)
            | _words(data, "plural_countries", where)
            | _words(data, "plural_sides", where)
        )
        return cls(
            heads=heads,
            head_ids=frozenset(get_string_id(h) for h in heads),
            gender=marks,
            gender_titles=gender_titles,
            given_names=given_names,
            gender_nouns=gender_nouns,
            person_heads=person_heads,
            rank_words=_words(data, "rank_words", where),
            role_titles=roles,
            national_heads=national,
            not_current=_words(data, "not_current", where) if "not_current" in data else frozenset(),
            plural_counts=_words(data, "plural_counts", where),
            plural_people={k.lower(): v.lower() for k, v in plural_people.items()},
            plural_countries=_words(data, "plural_countries", where),
            plural_sides=_words(data, "plural_sides", where),
            bodies=bodies,
            windows={k: int(windows[k]) for k in WINDOW_KINDS},
        )


def _strs(values: Any, where: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError("expected a list of non-empty strings", path=where)
    return tuple(v.strip() for v in values)


def _gendered(
    data: dict[str, Any], key: str, where: str, optional: bool = False
) -> dict[str, frozenset[str]]:
    """Single words that mark a man ("m") or a woman ("f"), none of them for both."""
    raw = data.get(key)
    if raw is None and optional:
        return {"m": frozenset(), "f": frozenset()}
    if not isinstance(raw, dict) or set(raw) != {"m", "f"}:
        raise LexiconError(f"{key} must list the words for 'm' and for 'f'", path=where)
    marks = {g: frozenset(w.lower() for w in _strs(ws, f"{where}.{key}.{g}")) for g, ws in raw.items()}
    for g, ws in marks.items():
        if any(len(w.split()) != 1 for w in ws):
            raise LexiconError(f"{key}.{g}: each entry must be one word", path=where)
    if marks["m"] & marks["f"]:
        raise LexiconError(f"{key} words for both: {sorted(marks['m'] & marks['f'])}", path=where)
    return marks


def _words(data: dict[str, Any], key: str, where: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _strs(data.get(key), f"{where}.{key}"))


def _body(row: Any, where: str) -> Body:
    if not isinstance(row, dict) or not isinstance(row.get("name"), str):
        raise LexiconError("a body needs a name", path=where)
    kinds = frozenset(_strs(row.get("kinds", []), f"{where}.kinds"))
    if kinds - ACTOR_KINDS:
        raise LexiconError(f"unknown actor kinds {sorted(kinds - ACTOR_KINDS)}", path=where)
    sectors = {
        k: frozenset(_strs(row.get(k, []), f"{where}.{k}"))
        for k in ("exclude_sectors", "qualified_sectors", "sectors")
    }
    for k, v in sectors.items():
        if v - SECTORS:
            raise LexiconError(f"{k}: unknown sectors {sorted(v - SECTORS)}", path=where)
    countries = frozenset(_strs(row.get("countries", []), f"{where}.countries"))
    if any(len(c) != 3 or not c.isupper() for c in countries):
        raise LexiconError("countries must be ISO3 codes", path=where)
    mention_words = tuple(w.lower() for w in _strs(row.get("mention_words", []), f"{where}.mention_words"))
    if not kinds and not mention_words:
        raise LexiconError("a body needs 'kinds' or 'mention_words' to find its antecedent", path=where)
    state = row.get("state", False)
    if not isinstance(state, bool):
        raise LexiconError("state must be true or false", path=where)
    if state and row.get("any_country"):
        raise LexiconError("a body is either 'state' or 'any_country', not both", path=where)
    return Body(
        name=row["name"],
        heads=_words(row, "heads", where),
        modifiers=frozenset(w.lower() for w in _strs(row.get("modifiers", []), f"{where}.modifiers")),
        kinds=kinds,
        exclude_sectors=sectors["exclude_sectors"],
        qualified_sectors=sectors["qualified_sectors"],
        mention_words=mention_words,
        countries=countries,
        any_country=bool(row.get("any_country")),
        sectors=sectors["sectors"],
        state=state,
    )


__all__ = ["Anaphora", "Body"]
