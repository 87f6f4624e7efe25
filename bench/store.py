"""Store benchmark: bulk insert of synthetic events and the speed of the analyses over them.

    PYTHONPATH=src python bench/store.py [--events 1000000] [--per-article 10] [--db FILE]

Builds synthetic ``dyad.article/1`` records (random actors among a few countries, random
CAMEO codes, days over twelve years), then measures:

- insert: ``Store.write_batches`` in batches of 10,000 articles into a fresh DuckDB file (record ->
  Arrow -> DuckDB, one transaction per batch, the next batch's Arrow tables built while the
  current one is inserted), in events per second of wall time (target >= 50k/s) and per
  CPU-second (the machine may be shared);
- stories: the story-event rebuild over all events;
- analyses: ``dyad analyze dyad USA AZE --by month`` (target < 1 s), balance and engagement,
  each the best of three runs after one warm-up.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dyad.analyze.mediation import balance
from dyad.analyze.series import dyad_series
from dyad.analyze.trends import engagement
from dyad.records import Actor, ArticleRecord, Event
from dyad.store import Store

COUNTRIES = ["USA", "RUS", "FRA", "TUR", "ARM", "AZE", "GEO", "IRN", "CHN", "DEU", "GBR", "UKR"]
SECTORS = ["", "GOV", "MIL", "GOVFRM", "OPP"]
CODES = [
    ("010", 0.0, 1),
    ("036", 4.0, 1),
    ("040", 1.0, 1),
    ("042", 1.9, 1),
    ("043", 2.8, 1),
    ("057", 8.0, 1),
    ("061", 6.4, 2),
    ("070", 7.0, 2),
    ("111", -2.0, 3),
    ("112", -2.0, 3),
    ("130", -4.4, 3),
    ("163", -8.0, 4),
    ("173", -5.0, 4),
    ("190", -10.0, 4),
    ("193", -10.0, 4),
]
PLOVER = {
    "01": None,
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "11": "DISAPPROVE",
    "13": "THREATEN",
    "16": "SANCTION",
    "17": "COERCE",
    "19": "FIGHT",
}


def synthetic(n_articles: int, per_article: int, seed: int = 7) -> list[ArticleRecord]:
    rnd = random.Random(seed)
    out = []
    for i in range(n_articles):
        year = 2010 + rnd.randrange(12)
        pub = f"{year}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
        text = f"Synthetic article {i}. " + "Officials met and talked. " * per_article
        actors = []
        for k in range(4):
            c = rnd.choice(COUNTRIES)
            code = c + rnd.choice(SECTORS)
            actors.append(
                Actor(f"A{k + 1}", f"{c} actor {k}", "country", code=code, country=c, mentions=[[0, 9]])
            )
        events = []
        for j in range(per_article):
            s, t = rnd.sample(actors, 2)
            code, g, q = rnd.choice(CODES)
            start = 22 + 26 * j
            events.append(
                Event(
                    id=f"E{j + 1}",
                    code=code,
                    root=code[:2],
                    name="synthetic",
                    goldstein=g,
                    quad_class=q,
                    plover=PLOVER.get(code[:2]),
                    source=s.id,
                    target=t.id,
                    source_code=s.code,
                    target_code=t.code,
                    sentence=j + 1,
                    trigger_span=[start + 10, start + 13],
                    rule="bench",
                    negated=rnd.random() < 0.03,
                )
            )
        sents = [[0, 21]] + [[22 + 26 * j, 22 + 26 * j + 25] for j in range(per_article)]
        out.append(
            ArticleRecord(
                id=f"bench-{i}", text=text, published=pub, sentences=sents, actors=actors, events=events
            )
        )
    return out


def best_of(fn, runs: int = 3) -> tuple[float, float]:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--per-article", type=int, default=10)
    ap.add_argument("--batch", type=int, default=10_000, help="articles per transaction")
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args(argv)
    n_articles = args.events // args.per_article
    t0 = time.perf_counter()
    recs = synthetic(n_articles, args.per_article)
    print(
        f"built {n_articles:,} synthetic records ({args.events:,} events) in {time.perf_counter() - t0:.1f} s"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        if path.exists():
            path.unlink()
        with Store(path) as st:
            t0 = time.perf_counter()
            c0 = time.process_time()
            st.write_batches(recs[i : i + args.batch] for i in range(0, len(recs), args.batch))
            cpu = time.process_time() - c0
            dt_ins = time.perf_counter() - t0
            n_ev = st.counts()["events"]
            rate = n_ev / dt_ins
            print(
                f"insert: {n_ev:,} events in {dt_ins:.2f} s = {rate:,.0f} events/s (target >= 50,000) "
                f"{'OK' if rate >= 50_000 else 'MISSED'}; CPU time {cpu:.2f} s = {n_ev / cpu:,.0f} events per CPU-second"
            )
            t0 = time.perf_counter()
            n_st = st.rebuild_stories(3)
            print(f"stories: {n_st:,} story events rebuilt in {time.perf_counter() - t0:.2f} s")
            del recs
            for label, fn, target in (
                ("analyze dyad USA AZE --by month", lambda: dyad_series(st, "USA", "AZE", by="month"), 1.0),
                (
                    "analyze balance USA ARM AZE --by year",
                    lambda: balance(st, "USA", "ARM", "AZE", by="year"),
                    None,
                ),
                (
                    "analyze engagement USA --region 'South Caucasus'",
                    lambda: engagement(st, "USA", region="South Caucasus", by="year"),
                    None,
                ),
            ):
                best, med = best_of(fn)
                verdict = "" if target is None else (" OK" if best < target else " MISSED")
                print(
                    f"{label}: best {best * 1000:.0f} ms, median {med * 1000:.0f} ms"
                    + (f" (target < {target:.0f} s){verdict}" if target else "")
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
