"""Score quotes against PolNeAR-style gold (DESIGN.md, "Quotes").

A gold quote is found when one produced quote's span overlaps the gold content (summed over
its ``quote_spans``) by at least half the gold length; matching is greedy and one-to-one, in
gold order. Its speaker is right when the produced ``speaker_span``, or any mention of the
produced speaker actor, overlaps a gold speaker span; only gold quotes with a source and a
speaker span count for speaker accuracy.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..records import ArticleRecord
from .evaluate import overlap, prf

SPEECH = frozenset({"direct", "mixed"})


def _match(
    gold: list[dict[str, Any]], records: dict[str, ArticleRecord], kinds: Collection[str] | None
) -> dict[str, Any]:
    tp = ngold = npred = with_speaker = speaker_right = 0
    for g in gold:
        rec = records.get(str(g["id"]))
        pred = [q for q in (rec.quotes if rec else []) if q.span and (not kinds or q.kind in kinds)]
        mentions = {a.id: a.mentions for a in (rec.actors if rec else [])}
        gq = [
            q for q in g.get("quotes") or [] if q.get("quote_spans") and (not kinds or q.get("kind") in kinds)
        ]
        ngold += len(gq)
        npred += len(pred)
        used: set[int] = set()
        for q in gq:
            glen = sum(e - s for s, e in q["quote_spans"])
            best, best_ov = None, 0
            for i, y in enumerate(pred):
                if i in used:
                    continue
                ov = sum(overlap(sp, y.span) for sp in q["quote_spans"])
                if ov > best_ov:
                    best, best_ov = i, ov
            if best is None or best_ov < 0.5 * glen:
                continue
            used.add(best)
            tp += 1
            if q.get("has_source") and q.get("speaker_spans"):
                with_speaker += 1
                y = pred[best]
                spans = ([y.speaker_span] if y.speaker_span else []) + list(mentions.get(y.speaker or "", []))
                speaker_right += any(overlap(a, b) > 0 for a in spans for b in q["speaker_spans"])
    return {
        "gold": ngold,
        "pred": npred,
        "prf": prf(tp, npred, ngold),
        "speaker_accuracy": round(speaker_right / with_speaker, 4) if with_speaker else None,
    }


def score(gold: list[dict[str, Any]], records: dict[str, ArticleRecord], **_: Any) -> dict[str, Any]:
    """All-attribution and direct+mixed P/R/F, with speaker accuracy for each."""
    every = _match(gold, records, None)
    speech = _match(gold, records, SPEECH)
    return {
        "gold_quotes": every["gold"],
        "predicted_quotes": every["pred"],
        "all_attributions": every["prf"],
        "direct_mixed": speech["prf"],
        "speaker_accuracy": every["speaker_accuracy"],
        "speaker_accuracy_direct_mixed": speech["speaker_accuracy"],
    }


__all__ = ["score"]
