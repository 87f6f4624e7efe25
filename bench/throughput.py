"""Throughput: bare spaCy vs dyad extract vs dyad batch (1 and 2 Dask workers), in words/s.

Usage (from the repository root):

    python bench/throughput.py                       # first 400 articles of newsarticles_2017
    python bench/throughput.py --corpus wikinews_2019_2020.jsonl --n 295
    python bench/throughput.py --shared /path/to/shared --json bench-throughput.json

Every measurement runs on the same texts (the first --n articles of the corpus). Bare spaCy
and dyad extract run interleaved in one process, block by block, --rounds times over; the
ratio is the median of the rounds, with its range, in wall-clock and in CPU seconds. Model
loading and one-time warm-up are excluded; see bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dyad.ingest import read_inputs  # noqa: E402
from dyad.records import Article  # noqa: E402
from dyad.scale.runner import peak_rss_mb  # noqa: E402
from dyad.settings import Settings  # noqa: E402

TARGETS = {"extract_over_bare": 0.85, "two_over_one_worker": 1.7, "peak_rss_mb_per_worker": 1536}


def load_slice(corpus: Path, n: int, dest: Path) -> list[Article]:
    """The first ``n`` lines of the corpus, copied to ``dest`` (so dyad batch reads the same)."""
    lines = []
    with corpus.open("rb") as fh:
        for line in fh:
            if line.strip():
                lines.append(line)
            if len(lines) >= n:
                break
    dest.write_bytes(b"".join(lines))
    return [a for a in read_inputs([dest]) if isinstance(a, Article)]


def busy_cpu_seconds() -> float | None:
    """CPU seconds that every process on the machine has used since boot (Linux ``/proc/stat``),
    so that the load during a run can be told apart from the bench's own CPU; ``None`` elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = fh.readline().split()
    except OSError:
        return None
    if not fields or fields[0] != "cpu":
        return None
    ticks = [int(x) for x in fields[1:9]]  # user nice system idle iowait irq softirq steal
    busy = sum(ticks) - ticks[3] - ticks[4]
    return busy / os.sysconf("SC_CLK_TCK")


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def timed_stages(pipeline, cpu: dict[str, float]) -> None:
    """Wrap each stage of ``pipeline`` so that its CPU seconds add up in ``cpu[name]``."""
    from dyad.pipeline import Stage

    def wrap(stage: Stage) -> Stage:
        func = stage.func

        def run(ctx):
            t0 = time.process_time()
            items = list(func(ctx))
            cpu[stage.name] += time.process_time() - t0
            return items

        return Stage(stage.name, run, stage.sets, stage.needs)

    for name in (s.name for s in pipeline.stages):
        cpu.setdefault(name, 0.0)
    pipeline.stages = [wrap(s) for s in pipeline.stages]


def bench_ab(
    settings: Settings,
    spec,
    articles: list[Article],
    sides: list[str],
    rounds: int,
    block: int,
    bare_from_dyad: bool = False,
) -> dict:
    """Bare spaCy and ``dyad extract`` interleaved on the same texts, ``rounds`` times over.

    The texts go in blocks of ``block`` articles (one spaCy batch by default); each block is
    run by both sides back to back, the order alternating from block to block and round to
    round (bare-dyad, dyad-bare, ...), so that a change in the machine's speed or in other
    load falls on both sides alike instead of on whichever ran second. Each side's wall-clock
    and process CPU seconds are summed per round; the ratio of a round is bare time over dyad
    time on the same words. With ``bare_from_dyad`` the bare side runs Dyad's own loaded model
    with Dyad's components switched off, so that both sides run the same weights in memory.
    """
    texts = [a.text for a in articles]
    bare = pipeline = None
    bare_from_dyad = bare_from_dyad and "extract" in sides
    if "bare" in sides and not bare_from_dyad:
        bare = importlib.import_module(settings.model).load()
        for _ in bare.pipe(texts[:8], batch_size=settings.batch_size):  # warm-up
            pass
    stage_cpu: dict[str, float] = {}
    if "extract" in sides:
        pipeline = spec.build()
        for _ in pipeline.run(articles[:8]):  # warm-up: model, lexicon, lazily loaded resources
            pass
        timed_stages(pipeline, stage_cpu)
        stage_cpu["json"] = 0.0
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - closed below

    def run_bare(chunk: list[Article]) -> None:
        if bare_from_dyad:
            nlp = pipeline.nlp
            with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("dyad_")]):
                for _ in nlp.pipe([a.text for a in chunk], batch_size=settings.batch_size):
                    pass
            return
        for _ in bare.pipe([a.text for a in chunk], batch_size=settings.batch_size):
            pass

    def run_extract(chunk: list[Article]) -> None:
        for item in pipeline.run(chunk):
            if hasattr(item, "to_dict"):  # what dyad extract does with each record
                t0 = time.process_time()
                sink.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                stage_cpu["json"] += time.process_time() - t0

    runners = {"bare": run_bare, "extract": run_extract}
    blocks = [articles[i : i + block] for i in range(0, len(articles), block)]
    per_round = []
    own0, busy0, wall0 = time.process_time(), busy_cpu_seconds(), time.perf_counter()
    for r in range(rounds):
        wall = dict.fromkeys(sides, 0.0)
        cpu = dict.fromkeys(sides, 0.0)
        for b, chunk in enumerate(blocks):
            for side in sides if (r + b) % 2 == 0 else sides[::-1]:
                c0, w0 = time.process_time(), time.perf_counter()
                runners[side](chunk)
                wall[side] += time.perf_counter() - w0
                cpu[side] += time.process_time() - c0
        row = {
            "wall_seconds": {k: round(v, 3) for k, v in wall.items()},
            "cpu_seconds": {k: round(v, 3) for k, v in cpu.items()},
            "load_average": round(os.getloadavg()[0], 2),
        }
        if len(sides) == 2:
            row["ratio_wall"] = round(wall["bare"] / wall["extract"], 4)
            row["ratio_cpu"] = round(cpu["bare"] / cpu["extract"], 4)
        per_round.append(row)
        print(
            f"  round {r + 1}/{rounds}: "
            + ", ".join(f"{s} {wall[s]:.1f} s wall / {cpu[s]:.1f} s CPU" for s in sides)
            + (f"; ratio {row['ratio_wall']:.3f} wall, {row['ratio_cpu']:.3f} CPU" if len(sides) == 2 else "")
            + f"; load {row['load_average']:.2f}",
            flush=True,
        )
    sink.close()
    own, wall_all, busy1 = time.process_time() - own0, time.perf_counter() - wall0, busy_cpu_seconds()
    others = None
    if busy0 is not None and busy1 is not None:  # other processes' CPU, in cores, while the rounds ran
        others = max(0.0, (busy1 - busy0 - own) / wall_all)
    return {
        "rounds": per_round,
        "stage_cpu_seconds": stage_cpu,
        "other_load_cores": others,
        "bare_from_dyad": bare_from_dyad,
    }


def make_spec(settings: Settings, stages: str, lexicon: bool):
    from dyad.scale import PipelineSpec

    names = None if stages == "all" else tuple(s for s in stages.split(",") if s and s != "none")
    return PipelineSpec(settings, names, lexicon)


def bench_batch(spec, path: Path, workers: int, partition_size: int, repeat: int, tmp: Path) -> dict:
    from distributed import Client

    from dyad.scale import local_cluster, run_batch, setup_workers

    with local_cluster(workers, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        setup_workers(client, spec)  # each worker loads the model once (not timed)
        warm = tmp / f"warm-{workers}.jsonl"
        with path.open("rb") as src:
            warm.write_bytes(b"".join(line for _, line in zip(range(2 * workers), src, strict=False)))
        run_batch([warm], tmp / f"warm-{workers}", client, spec=spec, partition_size=1, register=False)
        best = None
        for r in range(repeat):
            out = tmp / f"batch-{workers}w-{r}"
            t0 = time.perf_counter()
            report = run_batch([path], out, client, spec=spec, partition_size=partition_size, register=False)
            seconds = time.perf_counter() - t0
            if report.failed or not report.complete:
                raise SystemExit(f"batch with {workers} worker(s) failed: {report.failed[:1]}")
            if best is None or seconds < best["seconds"]:
                peaks = report.totals()["peak_rss_mb_per_worker"]
                best = {
                    "seconds": seconds,
                    "peak_rss_mb_per_worker": max(peaks.values()),
                    "partitions": len(report.partitions),
                }
        return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="The shared folder (default: ../shared from the repo root).",
    )
    ap.add_argument(
        "--corpus",
        default="newsarticles_2017.jsonl",
        help="File under SHARED/corpus (default: newsarticles_2017.jsonl).",
    )
    ap.add_argument("--n", type=int, default=400, help="Articles: the first N of the corpus (default 400).")
    ap.add_argument(
        "--partition-size", type=int, default=25, help="Articles per dyad batch partition (default 25)."
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="Interleaved rounds of bare spaCy and dyad extract over the texts (default 3); "
        "the figures are the medians.",
    )
    ap.add_argument(
        "--block",
        type=int,
        help="Articles per interleaved block (default: the spaCy batch size, one batch a block).",
    )
    ap.add_argument(
        "--bare-from-dyad",
        action="store_true",
        help="Time bare spaCy on Dyad's own loaded model with Dyad's components off (the same "
        "weights in memory for both sides) instead of a second copy of the model package.",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="Run each dyad batch measurement this many times; keep the best.",
    )
    ap.add_argument(
        "--only",
        default="bare,extract,batch1,batch2",
        help="Comma-separated subset of bare,extract,batch1,batch2.",
    )
    ap.add_argument(
        "--stages", default="all", help="Pipeline stages for extract/batch: all (default), none, or names."
    )
    ap.add_argument(
        "--no-lexicon", action="store_true", help="Leave out the lexicon's entity ruler (for diagnosis)."
    )
    ap.add_argument("--json", type=Path, help="Also write the results here as JSON.")
    args = ap.parse_args(argv)

    corpus = args.shared / "corpus" / args.corpus
    if not corpus.exists():
        ap.error(f"{corpus} not found (use --shared)")
    only = set(args.only.split(","))
    settings = Settings.load()
    spec = make_spec(settings, args.stages, not args.no_lexicon)
    load_before = os.getloadavg()
    res: dict = {
        "corpus": args.corpus,
        "articles": None,
        "words": None,
        "batch_size": settings.batch_size,
        "partition_size": args.partition_size,
        "model": settings.model,
        "pipeline": spec.fingerprint(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_before": [round(x, 2) for x in load_before],
        "words_per_second": {},
        "seconds": {},
    }
    with tempfile.TemporaryDirectory(prefix="dyad-bench-") as td:
        tmp = Path(td)
        path = tmp / "slice.jsonl"
        articles = load_slice(corpus, args.n, path)
        words = sum(len(a.text.split()) for a in articles)
        res["articles"], res["words"] = len(articles), words

        def record(name: str, seconds: float) -> None:
            res["seconds"][name] = round(seconds, 2)
            res["words_per_second"][name] = round(words / seconds, 1)
            print(f"{name:>10}: {words / seconds:9,.0f} words/s  ({seconds:6.1f} s)", flush=True)

        print(
            f"{len(articles)} articles, {words:,} words from {args.corpus}; {os.cpu_count()} cores; "
            f"load average {load_before[0]:.2f}",
            flush=True,
        )
        sides = [s for s in ("bare", "extract") if s in only]
        if sides:
            block = args.block or settings.batch_size
            print(
                f"{' and '.join(sides)}, interleaved: {args.rounds} round(s) of "
                f"{-(-len(articles) // block)} blocks of {block} articles",
                flush=True,
            )
            ab = bench_ab(settings, spec, articles, sides, args.rounds, block, args.bare_from_dyad)
            res["bare_from_dyad"] = ab["bare_from_dyad"]
            res["ab"] = ab
            for side in sides:
                secs = [r["wall_seconds"][side] for r in ab["rounds"]]
                cpus = [r["cpu_seconds"][side] for r in ab["rounds"]]
                record(side, median(secs))
                res.setdefault("cpu_seconds_per_1k_words", {})[side] = round(1000 * median(cpus) / words, 4)
            if "extract" in sides:
                res["peak_rss_mb_bench_process"] = round(peak_rss_mb(), 1)  # bare model + pipeline + texts
        for w in (1, 2):
            if f"batch{w}" in only:
                b = bench_batch(spec, path, w, args.partition_size, args.repeat, tmp)
                record(f"batch_{w}w", b["seconds"])
                res[f"peak_rss_mb_per_worker_{w}w"] = round(b["peak_rss_mb_per_worker"], 1)
    wps = res["words_per_second"]
    ratios = {}
    spread = {}
    if "bare" in wps and "extract" in wps:  # medians of the rounds' ratios, with their range
        for key, field in (("extract_over_bare", "ratio_wall"), ("extract_over_bare_cpu", "ratio_cpu")):
            vals = [r[field] for r in res["ab"]["rounds"]]
            ratios[key] = round(median(vals), 3)
            spread[key] = [round(min(vals), 3), round(max(vals), 3)]
    if "batch_1w" in wps and "batch_2w" in wps:
        ratios["two_over_one_worker"] = round(wps["batch_2w"] / wps["batch_1w"], 3)
    if "batch_1w" in wps and "extract" in wps:
        ratios["batch_1w_over_extract"] = round(wps["batch_1w"] / wps["extract"], 3)
    res["ratios"] = ratios
    peaks = [v for k, v in res.items() if k.startswith("peak_rss_mb_per_worker_")]
    res["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    res["targets"] = TARGETS
    res["ratio_range"] = spread
    for k, v in ratios.items():
        goal = TARGETS.get(k.removesuffix("_cpu"))
        lo_hi = f" (rounds {spread[k][0]:.3f} to {spread[k][1]:.3f})" if k in spread else ""
        print(
            f"{k:>22}: {v:.3f}{lo_hi}"
            + (f"  (target >= {goal}: {'met' if v >= goal else 'NOT met'})" if goal else "")
        )
    for side, v in res.get("cpu_seconds_per_1k_words", {}).items():
        print(f"{'CPU s per 1k words':>22}: {side} {v:.3f}")
    if "ab" in res and res["ab"]["stage_cpu_seconds"]:
        n = len(res["ab"]["rounds"])
        bare_cpu = median([r["cpu_seconds"].get("bare", float("nan")) for r in res["ab"]["rounds"]])
        per = {k: v / n for k, v in res["ab"]["stage_cpu_seconds"].items()}
        res["stage_cpu_seconds_per_round"] = {k: round(v, 3) for k, v in per.items()}
        print(
            f"{'stage CPU per round':>22}: "
            + ", ".join(f"{k} {v:.2f} s ({100 * v / bare_cpu:.1f}%)" for k, v in per.items())
            + " (% of bare spaCy CPU)"
        )
        if bare_cpu == bare_cpu:  # both sides ran: what extract costs over bare besides the stages
            rest = median(
                [r["cpu_seconds"]["extract"] - r["cpu_seconds"]["bare"] for r in res["ab"]["rounds"]]
            ) - sum(per.values())
            res["other_extract_cpu_seconds_per_round"] = round(rest, 3)
            print(
                f"{'rest of extract CPU':>22}: {rest:.2f} s ({100 * rest / bare_cpu:.1f}%): Dyad's spaCy "
                "components, records, the pipeline's own work (median extract - bare CPU, minus the stages)"
            )
    if "ab" in res and res["ab"]["other_load_cores"] is not None:
        print(
            f"{'other processes':>22}: {res['ab']['other_load_cores']:.2f} cores busy on average during the rounds"
        )
    if peaks:
        peak = max(peaks)
        print(
            f"{'peak RSS per worker':>22}: {peak:,.0f} MB  (target < 1536 MB: {'met' if peak < 1536 else 'NOT met'})"
        )
    print(
        f"{'load average':>22}: {load_before[0]:.2f} before, {res['load_average_after'][0]:.2f} after (1-min)"
    )
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
