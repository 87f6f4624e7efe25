"""Mediator balance: how a third party divides its contacts, cooperation and criticism between two parties.

For a mediator M and parties P1, P2 (actor code prefixes), per period and overall:

- ``contacts_i``: counted events between M and Pi, in either direction (a call, a meeting or a
  visit is contact whoever initiated it);
- ``cooperation_i``: events M -> Pi of quad class 1 or 2 (verbal or material cooperation);
- ``criticism_i``: events M -> Pi of quad class 3 or 4 (verbal or material conflict);
- ``tone_i``: the summed Goldstein score of events M -> Pi (warm > 0 > hostile).

Each balance index lies in [-1, 1]; +1 means everything went to P1, -1 everything to P2,
0 an even split, and it is empty (``None``) when there is nothing to split:

- ``contact_balance = (contacts_1 - contacts_2) / (contacts_1 + contacts_2)``, and likewise
  ``cooperation_balance`` and ``criticism_balance`` (for criticism, +1 means all criticism
  fell on P1);
- ``tone_balance = (tone_1 - tone_2) / (|tone_1| + |tone_2|)``: +1 means M's tone toward P1 is
  the warmer one by the whole margin (for example friendly to P1 and hostile to P2).

Every row lists the events behind it (``article_id/event_id``), so each point can be checked.
Counted events exclude negated and hypothetical ones (:data:`dyad.store.COUNTED`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..store import COUNTED, Store
from .common import (
    PERIOD_SQL,
    Analysis,
    check_period,
    codes,
    dates_clause,
    match,
    period_label,
    period_range,
    ratio_index,
)


def _empty() -> dict[str, Any]:
    return {
        "contacts_1": 0,
        "contacts_2": 0,
        "cooperation_1": 0,
        "cooperation_2": 0,
        "criticism_1": 0,
        "criticism_2": 0,
        "tone_1": 0.0,
        "tone_2": 0.0,
        "events": [],
    }


def _finish(cell: dict[str, Any]) -> dict[str, Any]:
    cell["tone_1"] = round(cell["tone_1"], 4)
    cell["tone_2"] = round(cell["tone_2"], 4)
    for name, key in (("contact", "contacts"), ("cooperation", "cooperation"), ("criticism", "criticism")):
        v = ratio_index(cell[f"{key}_1"], cell[f"{key}_2"])
        cell[f"{name}_balance"] = None if v is None else round(v, 4)
    v = ratio_index(cell["tone_1"], cell["tone_2"])
    cell["tone_balance"] = None if v is None else round(v, 4)
    events = cell.pop("events")
    cell["n_events"] = len(events)
    cell["events"] = sorted(events)
    return cell


def balance(
    store: Store,
    mediator: str | Sequence[str],
    party1: str | Sequence[str],
    party2: str | Sequence[str],
    *,
    by: str = "year",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> Analysis:
    """How ``mediator`` divides contacts, cooperation, criticism and tone between two parties."""
    check_period(by)
    m, p1, p2 = codes(mediator), codes(party1), codes(party2)
    sm, pm_ = match("source_code", m)
    tm, pm2 = match("target_code", m)
    s1, pp1 = match("source_code", p1)
    t1, pt1 = match("target_code", p1)
    s2, pp2 = match("source_code", p2)
    t2, pt2 = match("target_code", p2)
    dates, dparams = dates_clause(since, until)
    sql = f"""
        SELECT {PERIOD_SQL[by]} AS period, article_id, event_id, quad_class, goldstein,
               CASE WHEN {sm} AND {t1} THEN 1 WHEN {sm} AND {t2} THEN 2
                    WHEN {s1} AND {tm} THEN -1 ELSE -2 END AS side
        FROM events
        WHERE {COUNTED} AND day IS NOT NULL AND {dates}
          AND (({sm} AND ({t1} OR {t2})) OR ({tm} AND ({s1} OR {s2})))
        ORDER BY period, article_id, event_id"""
    params = [
        *pm_,
        *pt1,
        *pm_,
        *pt2,
        *pp1,
        *pm2,
        *dparams,
        *pm_,
        *pt1,
        *pt2,
        *pm2,
        *pp1,
        *pp2,
    ]
    found = store.con.execute(sql, params).fetchall()
    cells: dict[dt.date, dict[str, Any]] = {}
    total = _empty()
    for period, aid, eid, quad, gold, side in found:
        for cell in (cells.setdefault(period, _empty()), total):
            i = abs(side)
            cell[f"contacts_{i}"] += 1
            cell["events"].append(f"{aid}/{eid}")
            if side > 0:  # the mediator acts toward party i
                if quad in (1, 2):
                    cell[f"cooperation_{i}"] += 1
                elif quad in (3, 4):
                    cell[f"criticism_{i}"] += 1
                cell[f"tone_{i}"] += gold or 0.0
    rows = []
    if found:
        first = dt.date.fromisoformat(str(since)) if since else min(cells)
        last = dt.date.fromisoformat(str(until)) if until else max(cells)
        for start in period_range(first, last, by):
            rows.append(
                {"period": period_label(start, by), "start": start, **_finish(cells.get(start) or _empty())}
            )
    return Analysis(
        kind="balance",
        params={"mediator": m, "party1": p1, "party2": p2, "by": by, "since": since, "until": until},
        rows=rows,
        summary={"overall": _finish(total)},
        columns=["period", "start", *_finish(_empty())],
        notes=[
            "balance = (x1 - x2) / (|x1| + |x2|) in [-1, 1]: +1 all toward party 1, -1 all toward party 2.",
            "contacts count events either way; cooperation, criticism and tone count the mediator's own "
            "events toward each party; tone sums Goldstein scores.",
        ],
    )


__all__ = ["balance"]
