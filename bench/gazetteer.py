"""Peak memory and time of the gazetteer index: the one-off build, and the cached load.

    python bench/gazetteer.py [--json FILE] [--keep DIR] [--model]

Each measurement runs in a fresh Python process with ``DYAD_CACHE_DIR`` pointing at a new
temporary directory (the build) or at the directory the build just filled (the load). The
child imports Dyad's gazetteer module (with ``--model``, also loads the spaCy pipeline model, as
a worker process holds one), notes its resident memory (the baseline), resets the
kernel's peak-RSS mark (``/proc/self/clear_refs``; where that is unavailable the baseline is
``ru_maxrss`` after the imports), then builds or loads the index and reports the peak resident
memory it reached and the retained memory after, both minus the baseline, and the wall-clock
and CPU seconds. Targets (issue 6): under 300 MB of added peak memory, under 2 s of start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _child(mode: str, model: bool) -> None:
    sys.path.insert(0, str(SRC))
    from dyad.geo.gazetteer import Gazetteer, cache_dir

    nlp = None
    if model:  # measure on top of a loaded pipeline model, as a worker holds one
        from dyad.nlp import load_nlp
        from dyad.settings import Settings

        nlp = load_nlp(Settings.load().model)

    base = _status_kb("VmRSS") or 0
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
        reset = True
    except OSError:
        reset = False
        base = max(base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    t0, c0 = time.perf_counter(), time.process_time()
    gaz = Gazetteer.load(cache_dir(), rebuild=(mode == "build"))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = (_status_kb("VmHWM") if reset else None) or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    after = _status_kb("VmRSS") or 0
    print(
        json.dumps(
            {
                "mode": mode,
                "entries": len(gaz),
                "baseline_mb": round(base / 1024, 1),
                "peak_added_mb": round((peak - base) / 1024, 1),
                "retained_mb": round((after - base) / 1024, 1),
                "wall_s": round(wall, 3),
                "cpu_s": round(cpu, 3),
                "peak_reset": reset,
                "with_model": nlp is not None,
            }
        )
    )


def _run(mode: str, cache: str, model: bool) -> dict:
    env = {**os.environ, "DYAD_CACHE_DIR": cache, "PYTHONPATH": str(SRC)}
    cmd = [sys.executable, __file__, "--child", mode] + (["--model"] if model else [])
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--child", choices=("build", "load"), help=argparse.SUPPRESS)
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--keep", help="build into this directory (kept) instead of a temporary one")
    ap.add_argument("--loads", type=int, default=2, help="cached loads to run (the best is kept)")
    ap.add_argument("--model", action="store_true", help="load the spaCy pipeline model before the baseline")
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.model)
        return 0
    with tempfile.TemporaryDirectory(prefix="dyad-gaz-") as tmp:
        cache = args.keep or tmp
        Path(cache).mkdir(parents=True, exist_ok=True)
        build = _run("build", cache, args.model)
        loads = [_run("load", cache, args.model) for _ in range(max(1, args.loads))]
    load = min(loads, key=lambda r: r["wall_s"])
    load["peak_added_mb"] = max(r["peak_added_mb"] for r in loads)
    result = {
        "build": build,
        "load": load,
        "load_avg": os.getloadavg()[0],
        "cpus": os.cpu_count(),
        "targets": {"peak_added_mb": 300, "load_s": 2.0},
    }
    for mode in ("build", "load"):
        r = result[mode]
        print(
            f"{mode:5}  peak +{r['peak_added_mb']:7.1f} MB  retained +{r['retained_mb']:6.1f} MB  "
            f"{r['wall_s']:6.2f} s wall  {r['cpu_s']:6.2f} s CPU  ({r['entries']:,} entries)"
        )
    print(f"target: peak < 300 MB for both, load < 2 s; load average {result['load_avg']:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    ok = all(result[m]["peak_added_mb"] < 300 for m in ("build", "load")) and load["wall_s"] < 2.0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
