#!/usr/bin/env python3
"""Build ``src/dyad/lexicon/data/cameo_codes.json`` from the public CAMEO/PLOVER reference table.

Run by hand from the repository root (the reference table is not part of the project)::

    python3 tools/build_codebook.py ../shared/eval/cameo_plover_codes.json

Facts taken over: code, name, level, root, Goldstein score and the CAMEO->PLOVER mapping
(event type and mode). Decisions made here, not in the source table:

* quad class is the standard CAMEO one by root: 1 verbal cooperation (01-05), 2 material
  cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20);
* codes without a name or Goldstein score (placeholders in the source) are left out;
* appeals (root 02) map to PLOVER REQUEST ("all requests, demands, and orders"), which the
  2021 table leaves unmapped; public statements (root 01) have no PLOVER type;
* root 08's ambiguous "CONCEDE|RETREAT" is kept as CONCEDE for the root itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dyad" / "lexicon" / "data" / "cameo_codes.json"

# The appeal (02x) codes mirror the demand (10x) codes one for one; PLOVER modes follow them.
_APPEAL_MODES = {
    "021": "assist",
    "022": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def build(src: Path) -> list[dict]:
    data = json.loads(src.read_text(encoding="utf-8"))
    out = []
    for c in data["codes"]:
        if not c.get("name") or c.get("goldstein") is None:
            continue
        code, root = str(c["code"]), str(c["root"])
        plover = c.get("plover_event")
        mode = c.get("plover_mode")
        if plover and "|" in plover:
            plover = plover.split("|")[0]
        if root == "02":
            plover = "REQUEST"
            mode = _APPEAL_MODES.get(code[:3])
        out.append(
            {
                "code": code,
                "name": c["name"],
                "level": len(code) - 1 if len(code) > 2 else 1,
                "root": root,
                "goldstein": float(c["goldstein"]),
                "quad_class": quad_class(root),
                "plover": plover or None,
                "plover_mode": mode or None,
            }
        )
    return out


def main(argv: list[str]) -> int:
    src = Path(argv[1] if len(argv) > 1 else "../shared/eval/cameo_plover_codes.json")
    rows = build(src)
    lines = ",\n ".join(json.dumps(r, ensure_ascii=False) for r in rows)
    OUT.write_text("[\n " + lines + "\n]\n", encoding="utf-8")
    sys.stderr.write(f"wrote {len(rows)} codes to {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
