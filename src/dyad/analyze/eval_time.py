"""Score TIMEX3 time expressions against gold, following TempEval-3's conventions.

Each gold expression is matched to at most one produced expression whose span overlaps it
(an exact span wins over a mere overlap). Then:

* **strict span**: the matched spans are identical;
* **relaxed span**: the spans overlap;
* **value**: the spans overlap and the normalized values are equal;
* **type**: the spans overlap and the types (DATE, DURATION, SET, TIME) are equal.

Precision divides by every produced expression, recall by every gold expression. MEANTIME
annotates only the first lines of each document (title, dateline and five sentences): for a
file whose name contains ``meantime`` only the first ``window_lines`` lines (default 6) are
scored, and produced expressions starting beyond that window are ignored.
"""

from __future__ import annotations

from typing import Any

from ..records import ArticleRecord
from .evaluate import overlap, prf

MEANTIME_WINDOW = 6


def window_end(text: str, lines: int | None) -> int:
    """Offset just past the first ``lines`` lines of ``text`` (the whole text when ``lines`` is falsy)."""
    if not lines:
        return len(text)
    pos = 0
    for _ in range(lines):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 1
    return pos


def _is_meantime(rows: list[dict[str, Any]], path: str | None) -> bool:
    if path and "meantime" in path.lower():
        return True
    return bool(rows) and all("meantime" in str(r.get("id", "")).lower() for r in rows)


def score(
    gold: list[dict[str, Any]],
    records: dict[str, ArticleRecord],
    window_lines: int | None = None,
    path: str | None = None,
) -> dict[str, Any]:
    """Strict/relaxed span, value and type P/R/F of ``records`` against ``gold`` rows.

    ``gold`` rows are ``{"id", "text", "timexes": [{"start", "end", "type", "value"}]}``;
    ``records`` maps a document id to its :class:`ArticleRecord`. ``window_lines`` limits
    scoring to the first lines of every document; it defaults to 6 for MEANTIME (recognised
    from ``path`` or from the document ids) and to the whole text otherwise.
    """
    if window_lines is None and _is_meantime(gold, path):
        window_lines = MEANTIME_WINDOW
    n_gold = n_pred = strict = relaxed = value = typ = 0
    by_type: dict[str, list[int]] = {}
    for row in gold:
        rec = records.get(str(row["id"]))
        text = row.get("text", "")
        end = window_end(text, window_lines)
        gt = [x for x in row.get("timexes", []) if x.get("end", 0) > x.get("start", 0) and x["start"] < end]
        pt = [t for t in (rec.times if rec else []) if t.span and t.span[0] < end]
        n_gold += len(gt)
        n_pred += len(pt)
        used: set[int] = set()
        for x in gt:
            gs = (x["start"], x["end"])
            counts = by_type.setdefault(str(x.get("type")), [0, 0])
            counts[1] += 1
            best = None
            for i, t in enumerate(pt):
                if i in used or overlap(gs, t.span) <= 0:
                    continue
                best = i
                if tuple(t.span) == gs:
                    break
            if best is None:
                continue
            used.add(best)
            t = pt[best]
            relaxed += 1
            strict += tuple(t.span) == gs
            ok = str(t.value) == str(x.get("value"))
            value += ok
            counts[0] += ok
            typ += str(t.type) == str(x.get("type"))
    out: dict[str, Any] = {
        "gold": n_gold,
        "predicted": n_pred,
        "strict_span": prf(strict, n_pred, n_gold),
        "relaxed_span": prf(relaxed, n_pred, n_gold),
        "value": prf(value, n_pred, n_gold),
        "type": prf(typ, n_pred, n_gold),
        # raw counts, so that figures can be pooled over files
        "matched_strict": strict,
        "matched_relaxed": relaxed,
        "matched_value": value,
        "matched_type": typ,
    }
    for name, (ok, total) in sorted(by_type.items()):
        out[f"value_recall_{name}"] = round(ok / total, 4) if total else None
    if window_lines:
        out["window_lines"] = window_lines
    return out


def pooled(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Strict/relaxed/value/type P/R/F over several files' results (micro-averaged)."""
    n_gold = sum(r["gold"] for r in results)
    n_pred = sum(r["predicted"] for r in results)
    out: dict[str, Any] = {"gold": n_gold, "predicted": n_pred}
    for key in ("strict", "relaxed", "value", "type"):
        name = f"{key}_span" if key in {"strict", "relaxed"} else key
        out[name] = prf(sum(r[f"matched_{key}"] for r in results), n_pred, n_gold)
    return out


__all__ = ["MEANTIME_WINDOW", "pooled", "score", "window_end"]
