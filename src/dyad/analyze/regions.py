"""Regions for analyses: named country groups (``lexicon/data/region_groups.json``), continents
(the ``region`` field of ``lexicon/data/countries.json``) or explicit code lists."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from ..errors import AnalysisError, LexiconError

_ISO3 = re.compile(r"^[A-Z]{3}$")


def _data(name: str) -> Path:
    return Path(str(resources.files("dyad.lexicon") / "data" / name))


def load_region_groups(path: Path | None = None) -> dict[str, list[str]]:
    """Named country groups, validated: each name maps to a non-empty list of ISO alpha-3 codes."""
    path = path or _data("region_groups.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"cannot load region groups: {exc}", path=str(path)) from None
    if not isinstance(raw, dict):
        raise LexiconError("region groups must be a JSON object", path=str(path))
    out: dict[str, list[str]] = {}
    for name, codes in raw.items():
        if name.startswith("_"):
            continue
        if (
            not isinstance(codes, list)
            or not codes
            or not all(isinstance(c, str) and _ISO3.match(c) for c in codes)
        ):
            raise LexiconError(f"region {name!r}: expected a list of ISO alpha-3 codes", path=str(path))
        out[name] = codes
    return out


def continents(path: Path | None = None) -> dict[str, list[str]]:
    """Continent -> ISO alpha-3 codes, from countries.json (empty if the file is absent)."""
    path = path or _data("countries.json")
    if not path.exists():
        return {}
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"cannot load countries: {exc}", path=str(path)) from None
    out: dict[str, list[str]] = {}
    for r in rows:
        if isinstance(r, dict) and r.get("region") and r.get("iso3"):
            out.setdefault(str(r["region"]), []).append(str(r["iso3"]))
    return out


def resolve_region(value: str) -> tuple[str, list[str]]:
    """A region name or a comma list of country codes -> (label, country codes)."""
    v = value.strip()
    named = {k.lower(): (k, c) for k, c in {**continents(), **load_region_groups()}.items()}
    if v.lower() in named:
        return named[v.lower()]
    items = [x.strip().upper() for x in v.split(",") if x.strip()]
    if items and all(_ISO3.match(x) for x in items):
        return ",".join(items), items
    known = ", ".join(sorted(k for k, _ in named.values()))
    raise AnalysisError(f"unknown region {value!r}: give ISO alpha-3 codes (e.g. ARM,AZE) or one of: {known}")


__all__ = ["continents", "load_region_groups", "resolve_region"]
