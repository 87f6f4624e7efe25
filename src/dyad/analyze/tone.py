"""Stance: the tone of a speaker's events and quotes toward each target.

The speaker is an actor code prefix (``USAGOV``) or part of a name (``Blinken``), as in
:mod:`dyad.store.queries`. For each target (its actor code, else its name):

- ``events``, ``cooperation``, ``conflict``, ``goldstein_mean``/``goldstein_sum``: the
  speaker's own counted events (speaker as source) toward the target;
- ``quotes``: the speaker's quotes that mention the target (an actor mention inside the quote);
- ``quoted_events`` and ``quoted_goldstein``: events coded inside those quotes with the target
  as their target, and their mean Goldstein score (what the speaker says is done to it);
- ``tone``: ``warm`` / ``cool`` / ``hostile`` / ``neutral`` from the mean Goldstein score over the
  speaker's events and quoted events together (> 1, (0, 1], < 0, 0 or none).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..store import COUNTED, Store
from ..store.queries import actor_clause
from .common import Analysis, dates_clause


def _tone(g: float | None) -> str:
    if g is None or g == 0:
        return "neutral"
    if g < 0:
        return "hostile"
    return "warm" if g > 1 else "cool"


def stance(
    store: Store,
    speaker: str,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int | None = None,
) -> Analysis:
    """Per target, the tone of ``speaker``'s events and quotes toward it."""
    dates, dparams = dates_clause(since, until)
    s_ev, p_ev = actor_clause("source_code", "source_name", speaker)
    ev = store.con.execute(
        f"""SELECT coalesce(target_code, target_name) AS target, min(target_name), count(*),
               count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)),
               avg(goldstein), coalesce(sum(goldstein), 0), min(day), max(day)
        FROM events WHERE {COUNTED} AND {s_ev} AND {dates}
          AND coalesce(target_code, target_name) IS NOT NULL
        GROUP BY 1""",
        [*p_ev, *dparams],
    ).fetchall()
    s_q, p_q = actor_clause("q.speaker_code", "q.speaker_name", speaker)
    qdates = dates.replace("day", "q.day")
    quoted = store.con.execute(
        f"""SELECT coalesce(a.code, a.name) AS target, min(a.name), count(DISTINCT (q.article_id, q.quote_id))
        FROM quotes q
        JOIN mentions m ON m.article_id = q.article_id AND m.start_char >= q.start_char AND m.end_char <= q.end_char
        JOIN actors a ON a.article_id = m.article_id AND a.actor_id = m.actor_id
        WHERE {s_q} AND {qdates} AND a.actor_id IS DISTINCT FROM q.speaker
          AND coalesce(a.code, a.name) IS NOT NULL
        GROUP BY 1""",
        [*p_q, *dparams],
    ).fetchall()
    qev = store.con.execute(
        f"""SELECT coalesce(e.target_code, e.target_name) AS target, min(e.target_name), count(*),
               avg(e.goldstein), coalesce(sum(e.goldstein), 0)
        FROM quotes q
        JOIN events e ON e.article_id = q.article_id AND e.trigger_start >= q.start_char
                     AND e.trigger_end <= q.end_char
        WHERE {s_q} AND {qdates} AND {COUNTED.replace("negated", "e.negated").replace("modality", "e.modality")}
          AND coalesce(e.target_code, e.target_name) IS NOT NULL
        GROUP BY 1""",
        [*p_q, *dparams],
    ).fetchall()
    rows: dict[str, dict[str, Any]] = {}

    def row(target: str, name: str | None) -> dict[str, Any]:
        return rows.setdefault(
            target,
            {
                "target": target,
                "target_name": name,
                "events": 0,
                "cooperation": 0,
                "conflict": 0,
                "goldstein_mean": None,
                "goldstein_sum": 0.0,
                "quotes": 0,
                "quoted_events": 0,
                "quoted_goldstein": None,
                "first_day": None,
                "last_day": None,
                "_gsum": 0.0,
                "_gn": 0,
            },
        )

    for target, name, n, coop, conf, gmean, gsum, first, last in ev:
        r = row(target, name)
        r.update(
            events=n,
            cooperation=coop,
            conflict=conf,
            goldstein_sum=round(gsum, 4),
            first_day=first,
            last_day=last,
        )
        r["goldstein_mean"] = round(gmean, 4) if gmean is not None else None
        r["_gsum"] += gsum
        r["_gn"] += n if gmean is not None else 0
    for target, name, n in quoted:
        row(target, name)["quotes"] = n
    for target, name, n, gmean, gsum in qev:
        r = row(target, name)
        r["quoted_events"] = n
        r["quoted_goldstein"] = round(gmean, 4) if gmean is not None else None
        r["_gsum"] += gsum
        r["_gn"] += n if gmean is not None else 0
    out = []
    for r in rows.values():
        gsum, gn = r.pop("_gsum"), r.pop("_gn")
        r["tone"] = _tone(gsum / gn if gn else None)
        out.append(r)
    out.sort(key=lambda r: (-(r["events"] + r["quotes"] + r["quoted_events"]), r["target"]))
    if limit is not None:
        out = out[:limit]
    total_n = sum(r["events"] for r in out)
    return Analysis(
        kind="stance",
        params={"speaker": speaker, "since": since, "until": until},
        rows=out,
        columns=[
            "target",
            "target_name",
            "events",
            "cooperation",
            "conflict",
            "goldstein_mean",
            "goldstein_sum",
            "quotes",
            "quoted_events",
            "quoted_goldstein",
            "first_day",
            "last_day",
            "tone",
        ],
        summary={
            "targets": len(out),
            "events": total_n,
            "quotes": sum(r["quotes"] for r in out),
        },
        notes=[
            "events: the speaker's own counted events toward the target; quotes: the speaker's quotes "
            "mentioning it; quoted_events: events inside those quotes aimed at it.",
            "tone from mean Goldstein: warm > 1, cool in (0, 1], hostile < 0, neutral 0 or none.",
        ],
    )


__all__ = ["stance"]
