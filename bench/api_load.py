"""Load test of the HTTP API: concurrent clients against /api/events on a synthetic database.

    python bench/api_load.py [--events 100000] [--clients 50] [--seconds 20] [--mix varied|pages]
                             [--workers 1] [--db FILE]

Builds (once, then reuses) a database of synthetic records with the requested number of
events, starts ``dyad serve`` in a subprocess on a free loopback port, and runs the clients
(asyncio, one keep-alive connection each) for the given time. Each request asks for a page of
50 events with a varying mix of filters and offsets (no filter, actor, dyad, quad class,
date range, CAMEO root). Prints requests/s, p50/p95/p99 latency and errors; exits 1 if
there were errors or p95 is over the target (150 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from dyad.records import Actor, ArticleRecord, Event, Place  # noqa: E402

COUNTRIES = ["ARM", "AZE", "RUS", "USA", "FRA", "TUR", "IRN", "GEO", "UKR", "CHN", "DEU", "GBR"]
CODES = [("042", 1.9), ("0431", 2.8), ("051", 3.4), ("057", 8.0), ("0841", 7.0), ("112", -2.0)]
CODES += [("1041", -5.0), ("130", -4.4), ("173", -5.0), ("190", -10.0), ("195", -10.0), ("036", 4.0)]


def quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def synthetic(n_events: int, per_article: int = 5, seed: int = 7) -> list[ArticleRecord]:
    """Records with ``per_article`` events each, sentences and spans consistent with the text.

    Articles come roughly in publication order over 1000 days (a few days of jitter), as a
    news feed is ingested."""
    rnd = random.Random(seed)
    start = dt.date(2019, 1, 1)
    out = []
    n_articles = n_events // per_article
    for i in range(n_articles):
        day = start + dt.timedelta(days=max(0, min(999, int(1000 * i / n_articles) + rnd.randint(-3, 3))))
        sents, events, actors = [], [], {}
        text = ""
        for k in range(per_article):
            a, b = rnd.sample(COUNTRIES, 2)
            code, g = rnd.choice(CODES)
            s = f"Officials in {a} said {a} acted against {b} in case {i}-{k} today."
            st = len(text) + (1 if text else 0)
            text += (" " if text else "") + s
            sents.append([st, st + len(s)])
            for c in (a, b):
                if c not in actors:
                    actors[c] = Actor(f"A{len(actors) + 1}", c.title(), "country", code=c + "GOV", country=c)
                off = st + s.index(c)
                actors[c].mentions.append([off, off + 3])
            trig = st + s.index("acted")
            events.append(
                Event(
                    id=f"E{k + 1}",
                    code=code,
                    root=code[:2],
                    name=f"CAMEO {code}",
                    goldstein=g,
                    quad_class=quad(code),
                    plover=None,
                    source=actors[a].id,
                    target=actors[b].id,
                    source_code=a + "GOV",
                    target_code=b + "GOV",
                    sentence=k,
                    trigger_span=[trig, trig + 5],
                    rule="bench",
                    date=day.isoformat(),
                    date_precision="day",
                    place="P1" if k == 0 else None,
                )
            )
        places = [
            Place("P1", "Officials", [0, 9], "Somewhere", None, 40.0 + rnd.random(), 45.0 + rnd.random())
        ]
        out.append(
            ArticleRecord(
                id=f"bench-{i}",
                text=text,
                title=f"Synthetic article {i}",
                published=day.isoformat(),
                sentences=sents,
                actors=list(actors.values()),
                events=events,
                places=places,
            )
        )
    return out


def build_db(path: Path, n_events: int) -> None:
    from dyad.store import Store

    t0 = time.perf_counter()
    recs = synthetic(n_events)
    with Store(path) as st:
        st.write_batches(recs[i : i + 2000] for i in range(0, len(recs), 2000))
        st.rebuild_stories()
        n = st.counts()["events"]
    print(f"built {path} with {n:,} events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


def query_mix(rnd: random.Random, mix: str) -> dict[str, object]:
    """Query parameters of one request. ``varied``: random filters, dates and offsets (mostly
    distinct queries, so mostly answered by DuckDB); ``pages``: the first 10 pages of the
    unfiltered list and of each country (what a dashboard asks again and again)."""
    if mix == "pages":
        p: dict[str, object] = {"limit": 50, "offset": 50 * rnd.randrange(0, 10)}
        who = rnd.randrange(len(COUNTRIES) + 1)
        if who:
            p["actor"] = COUNTRIES[who - 1]
        return p
    kind = rnd.randrange(6)
    p = {"limit": 50, "offset": 50 * rnd.randrange(0, 20)}
    if kind == 1:
        p["actor"] = rnd.choice(COUNTRIES)
    elif kind == 2:
        a, b = rnd.sample(COUNTRIES, 2)
        p["pair"] = f"{a},{b}"
    elif kind == 3:
        p["quad_class"] = rnd.randint(1, 4)
    elif kind == 4:
        d = dt.date(2019, 1, 1) + dt.timedelta(days=rnd.randrange(0, 900))
        p["since"], p["until"] = d.isoformat(), (d + dt.timedelta(days=60)).isoformat()
    elif kind == 5:
        p["root"] = rnd.choice(CODES)[0][:2]
    return p


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, target: str
) -> tuple[int, bytes]:
    """One keep-alive HTTP/1.1 GET on an open connection (a tiny client: the load generator
    must cost less CPU than the server it measures, which httpx does not)."""
    writer.write(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: keep-alive\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        if line.lower().startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    return status, await reader.readexactly(length)


async def run_clients(base: str, clients: int, seconds: float, mix: str) -> tuple[list[float], int, int]:
    from urllib.parse import urlencode, urlsplit

    latencies: list[float] = []
    errors = 0
    total = 0
    stop = time.perf_counter() + seconds
    url = urlsplit(base)

    async def client(k: int) -> None:
        nonlocal errors, total
        rnd = random.Random(k)
        reader, writer = await asyncio.open_connection(url.hostname, url.port)
        try:
            while time.perf_counter() < stop:
                target = "/api/events?" + urlencode(query_mix(rnd, mix))
                t0 = time.perf_counter()
                try:
                    status, body = await _get(reader, writer, url.netloc, target)
                    ok = status == 200 and body.startswith(b'{"items":')
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    ok = False
                    writer.close()
                    reader, writer = await asyncio.open_connection(url.hostname, url.port)
                latencies.append(time.perf_counter() - t0)
                total += 1
                if not ok:
                    errors += 1
        finally:
            writer.close()

    await asyncio.gather(*(client(k) for k in range(clients)))
    return latencies, errors, total


def proc_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process (Linux /proc), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def tree_cpu_s(pid: int) -> float | None:
    """CPU seconds of a process and its live descendants (the workers of ``dyad serve --workers``)."""
    parents: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(d.name))
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        cpu = proc_cpu_s(p)
        if cpu is None and p == pid:
            return None
        total += cpu or 0.0
        todo.extend(parents.get(p, []))
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_per_request(db: Path, n: int, mix: str) -> dict[str, object]:
    """Server CPU per request without sockets or load: ``n`` distinct queries of the mix sent
    one by one through the ASGI app in this process, with the event list in memory (as
    served) and with it off (every page a DuckDB query). Robust on a busy machine, unlike
    latency: CPU time hardly depends on what else runs."""
    from urllib.parse import urlencode

    from dyad.serve import create_app
    from dyad.settings import Settings

    rnd = random.Random(11)
    queries = list(dict.fromkeys(urlencode(query_mix(rnd, mix)).encode() for _ in range(4 * n)))[:n]

    async def send_all(app: object, qs: list[bytes]) -> int:
        async def receive() -> dict[str, object]:
            return {"type": "http.request", "body": b"", "more_body": False}

        bad = 0
        for q in qs:
            status: list[int] = []

            async def send(msg: dict[str, object], status: list[int] = status) -> None:
                if msg["type"] == "http.response.start":
                    status.append(int(msg["status"]))  # type: ignore[call-overload]

            scope = {
                "type": "http",
                "asgi": {"version": "3.0"},
                "http_version": "1.1",
                "method": "GET",
                "scheme": "http",
                "path": "/api/events",
                "raw_path": b"/api/events",
                "query_string": q,
                "root_path": "",
                "headers": [(b"host", b"bench")],
                "client": ("127.0.0.1", 1),
                "server": ("127.0.0.1", 80),
                "state": {},
            }
            await app(scope, receive, send)  # type: ignore[operator]
            bad += status != [200]
        return bad

    out: dict[str, object] = {"mix": mix, "distinct_queries": len(queries)}
    for label, cap in (("in_memory", None), ("sql", 0)):
        settings = Settings.load() if cap is None else Settings.load(api_events_in_memory=cap)
        app = create_app(db, settings)
        state = app.state.dyad
        state.events.get()  # what the server does at startup
        asyncio.run(send_all(app, [q + b"&warm=1" for q in queries[:20]]))
        t0 = time.process_time()
        bad = asyncio.run(send_all(app, queries))
        out[f"{label}_cpu_ms_per_request"] = round(1000 * (time.process_time() - t0) / len(queries), 2)
        out[f"{label}_errors"] = bad
        if cap is None and state.events.model is not None:
            out["in_memory_bytes_per_event"] = round(
                state.events.model.nbytes() / max(1, state.events.model.n)
            )
        state.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--db", type=Path, default=None, help="database to use (built if missing)")
    ap.add_argument("--target-p95-ms", type=float, default=150.0)
    ap.add_argument("--mix", choices=["varied", "pages"], default="varied", help="see query_mix")
    ap.add_argument("--warmup", type=float, default=0.0, help="seconds of unmeasured load first")
    ap.add_argument("--workers", type=int, default=1, help="server processes (dyad serve --workers)")
    ap.add_argument(
        "--cpu",
        type=int,
        default=0,
        metavar="N",
        help="instead: server CPU per request over N distinct queries",
    )
    args = ap.parse_args()

    db = args.db or HERE / "results" / f"api_load_{args.events}.duckdb"
    db.parent.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        build_db(db, args.events)
    if args.cpu:
        print(json.dumps({**cpu_per_request(db, args.cpu, args.mix), "cpus": os.cpu_count()}, indent=1))
        return 0
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(HERE.parent / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "dyad", "serve", "--db", str(db), "--port", str(port)]
        + ["--workers", str(args.workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                print("server did not start: " + (server.stderr.read().decode() if server.stderr else ""))
                return 2
            time.sleep(0.2)
        events = httpx.get(base + "/api/stats").json()["events"]
        if args.warmup > 0:  # fill the response cache first (not measured)
            asyncio.run(run_clients(base, args.clients, args.warmup, args.mix))
        cpu0, srv0 = os.times(), tree_cpu_s(server.pid)
        lat, errors, total = asyncio.run(run_clients(base, args.clients, args.seconds, args.mix))
        cpu1, srv1 = os.times(), tree_cpu_s(server.pid)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    lat.sort()

    def pct(p: float) -> float:
        return 1000 * lat[min(len(lat) - 1, int(p / 100 * len(lat)))]

    result = {
        "events_in_db": events,
        "mix": args.mix,
        "workers": args.workers,
        "warmup_s": args.warmup,
        "clients": args.clients,
        "seconds": args.seconds,
        "requests": total,
        "requests_per_s": round(len(lat) / args.seconds, 1),
        "p50_ms": round(pct(50), 1),
        "p95_ms": round(pct(95), 1),
        "p99_ms": round(pct(99), 1),
        "mean_ms": round(1000 * statistics.fmean(lat), 1),
        "errors": errors,
        "client_cpu_s": round((cpu1.user - cpu0.user) + (cpu1.system - cpu0.system), 1),
        "server_cpu_s": round(srv1 - srv0, 1) if srv0 is not None and srv1 is not None else None,
        "server_cpu_ms_per_request": round(1000 * (srv1 - srv0) / max(1, len(lat)), 2)
        if srv0 is not None and srv1 is not None
        else None,
        "cpus": os.cpu_count(),
        "load_avg_1min": round(load, 1) if load is not None else None,
    }
    print(json.dumps(result, indent=1))
    return 0 if errors == 0 and result["p95_ms"] < args.target_p95_ms else 1


if __name__ == "__main__":
    sys.exit(main())
