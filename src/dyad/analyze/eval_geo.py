"""Scoring places against gold toponyms (Gritta et al.'s geoparsing measures).

A gold toponym is *found* when a produced place's span overlaps it; among the overlapping places
the closest to the gold point counts. It is *right* when that place lies within 161 km (100 miles).
A missed toponym counts as wrong and as the maximum error in the AUC of the log-error curve: the
mean of ``log(1 + km) / log(20039)`` (20039 km is half the Earth's circumference), 1.0 for a miss.
Lower AUC is better. Gold toponyms without coordinates are skipped.
"""

from __future__ import annotations

import math
from typing import Any

from ..records import ArticleRecord
from .evaluate import haversine_km, overlap

MAX_KM = 20039.0


def score(gold: list[dict[str, Any]], records: dict[str, ArticleRecord], **opts: Any) -> dict[str, Any]:
    """Accuracy@161km end to end and of the found toponyms, found ratio and log-error AUC."""
    n_gold = n_found = n_right = 0
    logs: list[float] = []
    for row in gold:
        rec = records.get(str(row["id"]))
        places = [
            p for p in (rec.places if rec else []) if p.span and p.lat is not None and p.lon is not None
        ]
        for t in row.get("toponyms") or ():
            if t.get("lat") is None or t.get("lon") is None or t.get("span_ok") is False:
                continue
            n_gold += 1
            hits = [p for p in places if overlap((t["start"], t["end"]), p.span) > 0]
            if not hits:
                logs.append(1.0)
                continue
            n_found += 1
            glat, glon = float(t["lat"]), float(t["lon"])
            d = min(haversine_km(glat, glon, p.lat, p.lon) for p in hits)  # type: ignore[arg-type]
            n_right += d <= 161
            logs.append(math.log(1 + d) / math.log(MAX_KM))
    n_pred = sum(len(r.places) for r in records.values())
    return {
        "gold_toponyms": n_gold,
        "places_produced": n_pred,
        "found": round(n_found / n_gold, 4) if n_gold else 0.0,
        "acc161_end_to_end": round(n_right / n_gold, 4) if n_gold else 0.0,
        "acc161_of_found": round(n_right / n_found, 4) if n_found else 0.0,
        "auc_end_to_end": round(sum(logs) / len(logs), 4) if logs else 0.0,
    }


__all__ = ["score"]
