"""Engagement: the volume and intensity of an actor's events with a country or region over time.

For an actor A (code prefixes) and a region R (country codes, a named group or a continent;
see :mod:`dyad.analyze.regions`), an *engagement event* is a counted event (not negated, not
hypothetical) between A and an actor of R, in either direction; events inside A itself
(both sides match A) are left out. Without a region, every counted event between A and
any other coded actor counts. Per period:

- ``events``: engagement events; ``articles``: distinct articles reporting them;
- ``cooperation`` / ``conflict``: events of quad class 1-2 / 3-4;
- ``goldstein_mean`` (tone) and ``intensity`` = sum of |Goldstein| (how much happened,
  friendly or not);
- ``share``: engagement events / all of A's events with other actors that period, which
  corrects for how much news the corpus holds in each period.

The trend is an ordinary least-squares line of ``events`` (and of ``share``) against the
period index, with its standard error and a 95% confidence interval (Student's t); a
negative slope whose interval excludes 0 is a measurable withdrawal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..store import COUNTED, Store
from .common import (
    PERIOD_SQL,
    Analysis,
    check_period,
    codes,
    dates_clause,
    match,
    ols_trend,
    period_label,
    period_range,
)
from .regions import resolve_region


def engagement(
    store: Store,
    actor: str | Sequence[str],
    *,
    region: str | None = None,
    by: str = "year",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> Analysis:
    """Volume, tone and intensity of ``actor``'s events with ``region`` per period, with OLS trends."""
    check_period(by)
    a = codes(actor)
    label, members = resolve_region(region) if region else ("(any)", [])
    sa, pa1 = match("source_code", a)
    ta, pa2 = match("target_code", a)
    dates, dparams = dates_clause(since, until)
    if members:
        other = f"(CASE WHEN {sa} THEN target_country ELSE source_country END) IN (SELECT unnest(?))"
        oparams = [*pa1, members]
    else:
        other = "TRUE"
        oparams = []
    sql = f"""
        WITH mine AS (
            SELECT {PERIOD_SQL[by]} AS period, article_id, quad_class, goldstein, source_code, target_code,
                   source_country, target_country
            FROM events
            WHERE {COUNTED} AND day IS NOT NULL AND {dates}
              AND source_code IS NOT NULL AND target_code IS NOT NULL
              AND (({sa}) <> ({ta}))
        )
        SELECT period,
               count(*) FILTER (WHERE {other}) AS events,
               count(DISTINCT article_id) FILTER (WHERE {other}) AS articles,
               count(*) FILTER (WHERE {other} AND quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE {other} AND quad_class IN (3, 4)) AS conflict,
               avg(goldstein) FILTER (WHERE {other}) AS gmean,
               coalesce(sum(abs(goldstein)) FILTER (WHERE {other}), 0) AS intensity,
               count(*) AS all_events
        FROM mine GROUP BY period ORDER BY period"""
    # parameters in text order: the CTE (dates, the xor), then the six FILTERs that use {other}
    params = [*dparams, *pa1, *pa2] + oparams * 6
    found = {r[0]: r for r in store.con.execute(sql, params).fetchall()}
    rows = []
    if found:
        first = dt.date.fromisoformat(str(since)) if since else min(found)
        last = dt.date.fromisoformat(str(until)) if until else max(found)
        for start in period_range(first, last, by):
            r = found.get(start)
            n = r[1] if r else 0
            allv = r[7] if r else 0
            rows.append(
                {
                    "period": period_label(start, by),
                    "start": start,
                    "events": n,
                    "articles": r[2] if r else 0,
                    "cooperation": r[3] if r else 0,
                    "conflict": r[4] if r else 0,
                    "goldstein_mean": round(r[5], 4) if r and r[5] is not None else None,
                    "intensity": round(r[6], 4) if r else 0.0,
                    "all_events": allv,
                    "share": round(n / allv, 4) if allv else None,
                }
            )
    trend = ols_trend([r["events"] for r in rows])
    shares = [r["share"] for r in rows if r["share"] is not None]
    share_trend = ols_trend(shares) if len(shares) == len(rows) else None
    summary = {
        "region": label,
        "countries": members,
        "events": sum(r["events"] for r in rows),
        "trend_events": trend.as_dict(),
        "trend_share": share_trend.as_dict() if share_trend else None,
    }
    return Analysis(
        kind="engagement",
        params={"actor": a, "region": region, "by": by, "since": since, "until": until},
        rows=rows,
        summary=summary,
        columns=[
            "period",
            "start",
            "events",
            "articles",
            "cooperation",
            "conflict",
            "goldstein_mean",
            "intensity",
            "all_events",
            "share",
        ],
        notes=[
            "events: counted events between the actor and the region's actors, either direction.",
            "trend: OLS slope of events per period against the period index, with stderr and 95% CI.",
            "share: engagement events / all the actor's events with other actors in the period.",
        ],
    )


__all__ = ["engagement"]
