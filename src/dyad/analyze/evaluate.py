"""Scoring against gold standards: shared plumbing for ``dyad eval``.

Each kind (events, quotes, time, geo) has a module ``dyad.analyze.eval_<kind>`` with
``score(gold: list[dict], records: dict[str, ArticleRecord], **opts) -> dict``. This module
reads the gold files, turns them into articles, runs the pipeline and hands both to the scorer.
"""

from __future__ import annotations

import importlib
import json
import math
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..pipeline import Pipeline, parse_date
from ..records import Article, ArticleRecord

KINDS = ("events", "quotes", "time", "geo")


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    """Precision, recall and F1 (empty prediction on empty gold counts as perfect)."""
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}


def overlap(a: Iterable[int], b: Iterable[int]) -> int:
    a0, a1 = a
    b0, b1 = b
    return max(0, min(a1, b1) - max(a0, b0))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The rows of a gold JSONL file; a line that is not a UTF-8 JSON object is an :class:`EvalError`."""
    rows = []
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                raise EvalError("not UTF-8", path=str(path), line=n) from None
            except json.JSONDecodeError as exc:
                raise EvalError(f"invalid JSON: {exc.msg}", path=str(path), line=n) from None
            except RecursionError:
                raise EvalError("invalid JSON: nested too deeply", path=str(path), line=n) from None
            if not isinstance(row, dict):
                raise EvalError(f"expected a JSON object, got {type(row).__name__}", path=str(path), line=n)
            rows.append(row)
    return rows


def gold_article(row: dict[str, Any]) -> Article:
    """The input article of a gold row (its text, id and document date if it has a real one)."""
    pub = None
    for key in ("published", "dct", "date"):
        raw = row.get(key)
        if raw:
            try:
                d = parse_date(str(raw))
            except ValueError:
                d = None
            if d and d.isoformat() != "2000-01-01":  # placeholder dates in the PLOVER set
                pub = d.isoformat()
                break
    # no URL: held-out text is scored from its id, text and date, so the eval must not see more
    return Article(id=str(row["id"]), text=row["text"], title=row.get("title"), published=pub)


def run_pipeline(
    pipeline: Pipeline, gold: list[dict[str, Any]], advance: Callable[[int], None] | None = None
) -> dict[str, ArticleRecord]:
    out: dict[str, ArticleRecord] = {}
    for item in pipeline.run(gold_article(g) for g in gold):
        if isinstance(item, ArticleRecord):
            out[item.id] = item
            if advance:
                advance(1)
    return out


def scorer(kind: str) -> Callable[..., dict[str, Any]]:
    if kind not in KINDS:
        raise EvalError(f"unknown evaluation kind {kind!r}; one of {', '.join(KINDS)}")
    return importlib.import_module(f"dyad.analyze.eval_{kind}").score


def evaluate_file(
    kind: str,
    path: Path,
    pipeline: Pipeline,
    advance: Callable[[int], None] | None = None,
    limit: int | None = None,
    **opts: Any,
) -> dict[str, Any]:
    """Score one gold file: run the pipeline on its texts and compare."""
    gold = load_gold(path)[:limit] if limit else load_gold(path)
    records = run_pipeline(pipeline, gold, advance)
    if kind == "time":
        opts.setdefault("path", str(path))  # MEANTIME files are scored on their annotated window only
    result = scorer(kind)(gold, records, **opts)
    return {"file": path.name, "kind": kind, "documents": len(gold), **result}


def gold_files(kind: str, root: Path) -> list[Path]:
    """The gold files of one kind under an eval folder (``events/``, ``quotes/``, ...)."""
    sub = root / kind if (root / kind).is_dir() else root
    return sorted(sub.glob("*.jsonl"))


__all__ = [
    "KINDS",
    "evaluate_file",
    "gold_article",
    "gold_files",
    "haversine_km",
    "load_gold",
    "overlap",
    "prf",
    "scorer",
]
