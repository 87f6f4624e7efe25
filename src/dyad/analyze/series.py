"""The dyad series: events A->B and B->A per period, by quad class, with Goldstein mean and sum.

``A`` and ``B`` are actor code prefixes (``USA`` matches ``USA``, ``USAGOV``, ``USAMIL``; a
comma list means any of them). Only counted events enter (not negated, not hypothetical:
see :data:`dyad.store.COUNTED`), dated by ``events.day``. Every period between the first and
the last event is listed, with zeros where nothing happened. With ``unit="stories"`` each
story event (several articles reporting the same event) counts once, dated by its first day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..store import COUNTED, Store
from .common import (
    PERIOD_SQL,
    Analysis,
    AnalysisError,
    check_period,
    codes,
    dates_clause,
    match,
    period_label,
    period_range,
)

QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def _source(unit: str) -> tuple[str, str]:
    """The rows to count: events, or stories (with ``day`` = first day and no negation)."""
    if unit == "events":
        return "events", COUNTED + " AND day IS NOT NULL"
    if unit == "stories":
        return (
            "(SELECT source_code, target_code, quad_class, goldstein, first_day AS day, story_id FROM stories)",
            "day IS NOT NULL",
        )
    raise AnalysisError(f"unknown unit {unit!r}; use events or stories")


def dyad_series(
    store: Store,
    a: str | Sequence[str],
    b: str | Sequence[str],
    *,
    by: str = "month",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    unit: str = "events",
) -> Analysis:
    """Events A->B and B->A per period: counts by quad class, mean and summed Goldstein."""
    check_period(by)
    pa_, pb = codes(a), codes(b)
    src, base = _source(unit)
    sa, pa1 = match("source_code", pa_)
    tb, pb1 = match("target_code", pb)
    sb, pb2 = match("source_code", pb)
    ta, pa2 = match("target_code", pa_)
    dates, dparams = dates_clause(since, until)
    sql = f"""
        SELECT {PERIOD_SQL[by]} AS period,
               CASE WHEN {sa} AND {tb} THEN 0 ELSE 1 END AS dir,
               count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS q1,
               count(*) FILTER (WHERE quad_class = 2) AS q2,
               count(*) FILTER (WHERE quad_class = 3) AS q3,
               count(*) FILTER (WHERE quad_class = 4) AS q4,
               avg(goldstein) AS gmean, sum(goldstein) AS gsum
        FROM {src}
        WHERE {base} AND {dates} AND (({sa} AND {tb}) OR ({sb} AND {ta}))
        GROUP BY ALL ORDER BY period, dir"""
    params = [*pa1, *pb1, *dparams, *pa1, *pb1, *pb2, *pa2]
    found = store.con.execute(sql, params).fetchall()
    names = ("->".join(["+".join(pa_), "+".join(pb)]), "->".join(["+".join(pb), "+".join(pa_)]))
    cells = {(r[0], r[1]): r for r in found}
    rows = []
    if found:
        first = dt.date.fromisoformat(str(since)) if since else min(r[0] for r in found)
        last = dt.date.fromisoformat(str(until)) if until else max(r[0] for r in found)
        for start in period_range(first, last, by):
            for d in (0, 1):
                r = cells.get((start, d))
                rows.append(
                    {
                        "period": period_label(start, by),
                        "start": start,
                        "direction": names[d],
                        "events": r[2] if r else 0,
                        **{q: (r[3 + i] if r else 0) for i, q in enumerate(QUADS)},
                        "goldstein_mean": round(r[7], 4) if r and r[7] is not None else None,
                        "goldstein_sum": round(r[8], 4) if r and r[8] is not None else 0.0,
                    }
                )
    totals = {}
    for d in (0, 1):
        rs = [r for r in rows if r["direction"] == names[d]]
        n = sum(r["events"] for r in rs)
        g = sum(r["goldstein_sum"] for r in rs)
        totals[names[d]] = {
            "events": n,
            **{q: sum(r[q] for r in rs) for q in QUADS},
            "goldstein_sum": round(g, 4),
            "goldstein_mean": round(g / n, 4) if n else None,
        }
    return Analysis(
        kind="dyad",
        params={"a": pa_, "b": pb, "by": by, "since": since, "until": until, "unit": unit},
        rows=rows,
        summary={"totals": totals},
        columns=["period", "start", "direction", "events", *QUADS, "goldstein_mean", "goldstein_sum"],
        notes=[
            "A and B match actor code prefixes; negated and hypothetical events are left out.",
            "goldstein_mean is over events with a Goldstein score; quad classes: 1 verbal cooperation, "
            "2 material cooperation, 3 verbal conflict, 4 material conflict.",
        ],
    )


__all__ = ["QUADS", "dyad_series"]
