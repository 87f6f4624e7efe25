"""Scoring coded events against gold files (CAMEO examples, PLOVER GSR, PETRARCH-2 validation).

The rules follow DESIGN.md, so figures compare with the literature:

* negated events are not predictions;
* a gold sentence with no event (``null_event`` or no ``expected``) is right only when nothing is
  produced; events produced on it count as false positives at root and code level;
* root and code P/R/F compare multisets of CAMEO roots/codes per sentence; the code level uses
  the root-level denominators;
* where gold names actors, triples (source country, target country, root) are compared, the
  country being the first three letters of the actor code; the source country is scored alone too;
* PLOVER sets score event types (renamed to current PLOVER: DEMAND->REQUEST,
  DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT); their CAMEO figures use ``expected_cameo``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..coding.cameo import PLOVER_RENAMES
from ..records import ArticleRecord
from .evaluate import prf


def _country(code: str | None) -> str | None:
    return (code or "")[:3].upper() or None


def _plover(name: str | None) -> str:
    n = (name or "").upper()
    return PLOVER_RENAMES.get(n, n)


def _overlap(a: Counter, b: Counter) -> int:
    return sum((a & b).values())


def score(gold: list[dict[str, Any]], records: dict[str, ArticleRecord], **_: Any) -> dict[str, Any]:
    """Figures for one gold file: root/code/triple/source-country/PLOVER P/R/F and null accuracy."""
    t: Counter = Counter()
    for g in gold:
        rec = records.get(str(g["id"]))
        evs = [e for e in (rec.events if rec else []) if not e.negated]
        t["sentences"] += 1
        if g.get("null_event") or not g.get("expected"):
            t["null_sentences"] += 1
            t["null_right"] += not evs
            t["pred_on_null"] += len(evs)
            continue
        if str(g.get("ontology", "")).startswith("PLOVER"):
            gl = [_plover(x.get("code_plover_current") or x["code"]) for x in g["expected"]]
            pl = [_plover(e.plover) for e in evs]
            t["plover_tp"] += _overlap(Counter(gl), Counter(pl))
            t["plover_gold"] += len(gl)
            t["plover_pred"] += len(pl)
            t["plover_sent_hit"] += bool(set(gl) & set(pl))
            t["plover_sents"] += 1
            exp = g.get("expected_cameo") or []
        else:
            exp = g["expected"]
        if not exp:
            continue
        groot = [str(x["code"])[:2] for x in exp]
        proot = [str(e.root or str(e.code)[:2]) for e in evs]
        t["root_tp"] += _overlap(Counter(groot), Counter(proot))
        t["root_gold"] += len(groot)
        t["root_pred"] += len(proot)
        t["root_sent_hit"] += bool(set(groot) & set(proot))
        t["root_sents"] += 1
        t["code_tp"] += _overlap(Counter(str(x["code"]) for x in exp), Counter(str(e.code) for e in evs))
        if any(x.get("source") for x in exp):
            gtr = [(_country(x.get("source")), _country(x.get("target")), str(x["code"])[:2]) for x in exp]
            ptr = [
                (_country(e.source_code), _country(e.target_code), str(e.root or str(e.code)[:2]))
                for e in evs
            ]
            t["triple_tp"] += _overlap(Counter(gtr), Counter(ptr))
            t["triple_gold"] += len(gtr)
            t["triple_pred"] += len(ptr)
            gsrc = [c for c in (_country(x.get("source")) for x in exp) if c]
            psrc = [c for c in (_country(e.source_code) for e in evs) if c]
            t["src_tp"] += _overlap(Counter(gsrc), Counter(psrc))
            t["src_gold"] += len(gsrc)
            t["src_pred"] += len(psrc)
    out: dict[str, Any] = {"sentences": t["sentences"]}
    npred = t["root_pred"] + t["pred_on_null"]
    out["root"] = prf(t["root_tp"], npred, t["root_gold"])
    out["code"] = prf(t["code_tp"], npred, t["root_gold"])
    if t["root_sents"]:
        out["root_sentence_hit"] = round(t["root_sent_hit"] / t["root_sents"], 4)
    if t["plover_sents"]:
        out["plover_type"] = prf(t["plover_tp"], t["plover_pred"], t["plover_gold"])
        out["plover_sentence_hit"] = round(t["plover_sent_hit"] / t["plover_sents"], 4)
    if t["triple_gold"]:
        out["triple"] = prf(t["triple_tp"], t["triple_pred"], t["triple_gold"])
        out["source_country"] = prf(t["src_tp"], t["src_pred"], t["src_gold"])
    if t["null_sentences"]:
        out["null_sentences"] = t["null_sentences"]
        out["null_accuracy"] = round(t["null_right"] / t["null_sentences"], 4)
    return out


__all__ = ["score"]
