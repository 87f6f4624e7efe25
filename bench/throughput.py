"""Throughput: bare spaCy vs dyad extract vs dyad batch (1 and 2 Dask workers), in words/s.

Usage (from the repository root):

    python bench/throughput.py                       # first 400 articles of newsarticles_2017
    python bench/throughput.py --corpus wikinews_2019_2020.jsonl --n 295
    python bench/throughput.py --shared /path/to/shared --json bench-throughput.json

Every measurement runs on the same texts (the first --n articles of the corpus). Model
loading and one-time warm-up are excluded; see bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import platform
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


def best_of(repeat: int, fn) -> float:
    return min(fn() for _ in range(repeat))


def bench_bare(settings: Settings, texts: list[str], repeat: int) -> float:
    nlp = importlib.import_module(settings.model).load()
    list(nlp.pipe(texts[:8], batch_size=settings.batch_size))  # warm-up

    def run() -> float:
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        return time.perf_counter() - t0

    return best_of(repeat, run)


def make_spec(settings: Settings, stages: str, lexicon: bool):
    from dyad.scale import PipelineSpec

    names = None if stages == "all" else tuple(s for s in stages.split(",") if s and s != "none")
    return PipelineSpec(settings, names, lexicon)


def bench_extract(spec, articles: list[Article], repeat: int) -> float:
    pipeline = spec.build()
    for _ in pipeline.run(articles[:8]):  # warm-up: model, lexicon, lazily loaded resources
        pass

    def run() -> float:
        t0 = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for item in pipeline.run(articles):
                if hasattr(item, "to_dict"):  # what dyad extract does with each record
                    sink.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        return time.perf_counter() - t0

    return best_of(repeat, run)


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
        "--repeat", type=int, default=1, help="Run each measurement this many times; keep the best."
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
        texts = [a.text for a in articles]
        words = sum(len(t.split()) for t in texts)
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
        if "bare" in only:
            record("bare", bench_bare(settings, texts, args.repeat))
        if "extract" in only:
            record("extract", bench_extract(spec, articles, args.repeat))
            res["peak_rss_mb_bench_process"] = round(peak_rss_mb(), 1)  # bare model + pipeline + texts
        for w in (1, 2):
            if f"batch{w}" in only:
                b = bench_batch(spec, path, w, args.partition_size, args.repeat, tmp)
                record(f"batch_{w}w", b["seconds"])
                res[f"peak_rss_mb_per_worker_{w}w"] = round(b["peak_rss_mb_per_worker"], 1)
    wps = res["words_per_second"]
    ratios = {}
    if "bare" in wps and "extract" in wps:
        ratios["extract_over_bare"] = round(wps["extract"] / wps["bare"], 3)
    if "batch_1w" in wps and "batch_2w" in wps:
        ratios["two_over_one_worker"] = round(wps["batch_2w"] / wps["batch_1w"], 3)
    if "batch_1w" in wps and "extract" in wps:
        ratios["batch_1w_over_extract"] = round(wps["batch_1w"] / wps["extract"], 3)
    res["ratios"] = ratios
    peaks = [v for k, v in res.items() if k.startswith("peak_rss_mb_per_worker_")]
    res["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    res["targets"] = TARGETS
    for k, v in ratios.items():
        goal = TARGETS.get(k)
        print(
            f"{k:>22}: {v:.3f}"
            + (f"  (target >= {goal}: {'met' if v >= goal else 'NOT met'})" if goal else "")
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
