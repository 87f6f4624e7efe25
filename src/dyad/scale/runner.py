"""Run the pipeline over partitions of the input on a Dask cluster.

The client streams the input through :func:`dyad.ingest.read_inputs`, cuts it into
partitions (:mod:`dyad.scale.partition`) and keeps a bounded number of them in flight, so
its memory does not grow with the corpus. Each worker builds one :class:`~dyad.Pipeline`
when it starts (:class:`PipelinePlugin`) and reuses it for every partition it gets; a task
writes its partition's Parquet tables itself (:func:`dyad.scale.tables.write_partition`),
so ``out_dir`` must be a path every worker can write to.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from .. import __version__
from ..errors import BatchError, DyadError
from ..pipeline import Pipeline, default_stages
from ..records import ArticleRecord
from ..settings import Settings
from .partition import Partition, Skipped, partitions
from .tables import (
    partition_dirs,
    partition_id_of,
    records_to_tables,
    remove_stale_temporaries,
    write_partition,
)

PLUGIN_NAME = "dyad-pipeline"
MANIFEST = "manifest.json"
MANIFEST_SCHEMA = "dyad.batch-manifest/1"


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker builds its pipeline: picklable, so it travels to the workers.

    ``stages`` names the default stages to keep (``None``: all of them); ``lexicon=False``
    loads the bare model plus sentence boundaries, without the lexicon's entity ruler.
    """

    settings: Settings
    stages: tuple[str, ...] | None = None
    lexicon: bool = True

    def build(self) -> Pipeline:
        """A pipeline with its spaCy model already loaded."""
        stages = default_stages()
        if self.stages is not None:
            stages = [s for s in stages if s.name in self.stages]
        nlp = None
        if not self.lexicon:
            from ..nlp import load_nlp

            nlp = load_nlp(self.settings.model)
        pipeline = Pipeline(self.settings, stages=stages, nlp=nlp)
        pipeline.nlp  # noqa: B018 - load the model now, once per worker
        return pipeline

    def fingerprint(self) -> dict[str, Any]:
        """What decides the records: a batch folder is only resumed with the same fingerprint."""
        names = [s.name for s in default_stages() if self.stages is None or s.name in self.stages]
        return {"dyad": __version__, "model": self.settings.model, "stages": names, "lexicon": self.lexicon}


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline once when a worker starts (or restarts after a crash)."""

    name = PLUGIN_NAME

    def __init__(self, spec: PipelineSpec) -> None:
        self.spec = spec
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = self.spec.build()

    def teardown(self, worker: Any) -> None:
        self.pipeline = None


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    Linux: ``VmHWM`` of ``/proc/self/status``, the high-water mark of this address space
    (``ru_maxrss`` would report the parent's peak for a process spawned from a big one).
    Elsewhere: ``ru_maxrss`` where it exists, else the current RSS.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    except ImportError:  # not Unix: current RSS is the best we have
        import psutil

        return psutil.Process().memory_info().rss / 2**20


def process_partition(part: Partition, out_dir: str) -> dict[str, Any]:
    """The worker task: run the worker's pipeline over one partition and write its tables."""
    t0 = time.perf_counter()
    worker = get_worker()
    plugin = worker.plugins.get(PLUGIN_NAME)
    if plugin is None or plugin.pipeline is None:
        raise BatchError(f"worker {worker.address} has no Dyad pipeline (plugin {PLUGIN_NAME!r} not set up)")
    records: list[ArticleRecord] = []
    problems: list[str] = []
    for item in plugin.pipeline.run(part.articles):
        if isinstance(item, ArticleRecord):
            records.append(item)
        else:
            problems.append(str(item))
    tables = records_to_tables(records)
    written = write_partition(Path(out_dir), part.id, tables)
    return {
        "id": part.id,
        "index": part.index,
        "status": "written" if written else "exists",
        "articles": len(records),
        "words": part.words,
        "rows": {name: t.num_rows for name, t in tables.items()},
        "problems": problems,
        "seconds": round(time.perf_counter() - t0, 3),
        "worker": worker.address,
        "pid": os.getpid(),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def local_cluster(workers: int | None = None, **kwargs: Any) -> LocalCluster:
    """A cluster on this machine: one single-threaded worker process per core (or ``workers``)."""
    opts: dict[str, Any] = {"dashboard_address": None}
    opts.update(kwargs)
    return LocalCluster(n_workers=workers or available_cores(), threads_per_worker=1, processes=True, **opts)


def _worker_spec(dask_worker: Any) -> PipelineSpec | None:
    plugin = dask_worker.plugins.get(PLUGIN_NAME)
    return getattr(plugin, "spec", None) if getattr(plugin, "pipeline", None) is not None else None


def setup_workers(client: Client, spec: PipelineSpec, *, force: bool = False) -> bool:
    """Register the pipeline plugin: every worker, present or future, loads the model once.

    When every worker already holds a pipeline built from an equal spec (a long-running
    cluster used by several batches), nothing is reloaded unless ``force``. Returns whether
    the plugin was (re)registered. Raises :class:`~dyad.errors.BatchError` when a worker
    cannot build the pipeline (Dyad or its model missing on the worker, a broken lexicon).
    """
    try:
        if not force:
            specs = client.run(_worker_spec)
            if specs and all(s == spec for s in specs.values()):
                return False
        client.register_plugin(PipelinePlugin(spec), name=PLUGIN_NAME)
    except DyadError:
        raise
    except Exception as exc:  # noqa: BLE001 - any worker-side failure, reported in one line
        raise BatchError(
            f"the Dask workers could not build the Dyad pipeline: {type(exc).__name__}: {exc}"
        ) from exc
    return True


@dataclass
class BatchReport:
    """What a batch did: partitions written, found already written, failed; inputs skipped."""

    out_dir: str
    fingerprint: dict[str, Any]
    partition_size: int
    workers: int
    started: str
    finished: str | None = None
    complete: bool = False
    partitions: list[dict[str, Any]] = field(default_factory=list)
    skipped_inputs: list[Skipped] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def by_status(self, status: str) -> list[dict[str, Any]]:
        return [p for p in self.partitions if p["status"] == status]

    @property
    def failed(self) -> list[dict[str, Any]]:
        return self.by_status("failed")

    def totals(self) -> dict[str, Any]:
        done = [p for p in self.partitions if p["status"] in ("written", "exists")]
        words = sum(p.get("words", 0) for p in done)
        return {
            "partitions_written": len(self.by_status("written")),
            "partitions_already_done": len(self.by_status("skipped")),
            "partitions_failed": len(self.failed),
            "articles_processed": sum(p.get("articles", 0) for p in done),
            "articles_already_done": sum(p.get("articles", 0) for p in self.by_status("skipped")),
            "articles_failed": sum(p.get("articles", 0) for p in self.failed),
            "inputs_skipped": len(self.skipped_inputs),
            "stage_problems": sum(len(p.get("problems", [])) for p in self.partitions),
            "words_processed": words,
            "words_per_second": round(words / self.seconds, 1) if self.seconds else None,
            "peak_rss_mb_per_worker": _peak_by_worker(done),
        }

    def manifest(self) -> dict[str, Any]:
        """The JSON manifest written next to the partitions."""
        return {
            "schema": MANIFEST_SCHEMA,
            "out_dir": self.out_dir,
            "pipeline": self.fingerprint,
            "partition_size": self.partition_size,
            "workers": self.workers,
            "started": self.started,
            "finished": self.finished,
            "complete": self.complete,
            "seconds": round(self.seconds, 3),
            "totals": self.totals(),
            "partitions": sorted(self.partitions, key=lambda p: p["index"]),
            "skipped_inputs": [s.as_dict() for s in self.skipped_inputs],
            "stale_partitions": self.stale,
        }


def _peak_by_worker(parts: Iterable[dict[str, Any]]) -> dict[str, float]:
    peak: dict[str, float] = {}
    for p in parts:
        if "worker" in p:
            peak[p["worker"]] = max(peak.get(p["worker"], 0.0), p.get("peak_rss_mb", 0.0))
    return peak


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest.json`` atomically."""
    tmp = Path(out_dir) / f".{MANIFEST}.{uuid.uuid4().hex[:8]}"
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, Path(out_dir) / MANIFEST)


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The manifest of a batch folder, or ``None`` when there is none."""
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BatchError(f"cannot read batch manifest: {exc}", path=str(path)) from None


def manifest_partitions(out_dir: Path) -> list[str] | None:
    """The partition ids of the last complete run in ``out_dir`` (``None``: no complete run)."""
    m = read_manifest(out_dir)
    if not m or not m.get("complete"):
        return None
    return [p["id"] for p in m["partitions"] if p["status"] in ("written", "exists", "skipped")]


Event = Callable[[str, dict[str, Any]], None]


def run_batch(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    client: Client,
    *,
    settings: Settings | None = None,
    spec: PipelineSpec | None = None,
    partition_size: int = 250,
    published: str | None = None,
    retries: int = 2,
    max_in_flight: int | None = None,
    max_partitions: int | None = None,
    register: bool = True,
    on_event: Event | None = None,
) -> BatchReport:
    """Process ``inputs`` on the cluster behind ``client`` into Parquet partitions under ``out_dir``.

    Partitions already in ``out_dir`` are skipped; a failing task is retried ``retries``
    times (a task whose worker dies is rescheduled by Dask on another worker).
    ``max_partitions`` stops after that many new partitions (a later run goes on from there).
    ``on_event(kind, info)`` reports progress: ``partition`` (a finished or skipped
    partition), ``skipped`` (a skipped input document), ``end`` (the stream is exhausted).
    ``register=False`` leaves the workers as the caller set them up (:func:`setup_workers`).
    Raises :class:`~dyad.errors.BatchError` if ``out_dir`` holds a batch made by a different pipeline.
    """
    from ..ingest import read_inputs

    settings = settings or Settings.load()
    spec = spec or PipelineSpec(settings)
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(out)
    if previous and previous.get("pipeline") != spec.fingerprint():
        raise BatchError(
            f"{out} holds a batch made by another pipeline ({previous.get('pipeline')}); "
            "use a new --out folder, or delete this one to recompute",
        )
    remove_stale_temporaries(out)
    emit = on_event or (lambda kind, info: None)
    n_workers = len(client.nthreads())
    report = BatchReport(str(out), spec.fingerprint(), partition_size, n_workers, _now())
    write_manifest(out, report.manifest())
    if register:
        setup_workers(client, spec)
    in_flight = max_in_flight or max(2, 2 * n_workers)
    existing = {partition_id_of(p) for p in partition_dirs(out)}
    seen: set[str] = set()
    token = uuid.uuid4().hex[:8]
    t0 = time.perf_counter()
    pending = as_completed()
    futures: dict[Any, Partition] = {}

    def collect(fut: Any) -> None:
        part = futures.pop(fut)
        try:
            info = fut.result()
        except Exception as exc:  # noqa: BLE001 - one failed partition must not stop the batch
            info = {
                "id": part.id,
                "index": part.index,
                "status": "failed",
                "articles": len(part.articles),
                "words": part.words,
                "error": f"{type(exc).__name__}: {exc}",
            }
        fut.release()
        report.partitions.append(info)
        emit("partition", info)

    submitted = 0
    stopped = False
    for item in partitions(
        read_inputs(inputs, published, settings.max_bytes),
        partition_size,
        max_chars=settings.max_chars_per_doc,
    ):
        if isinstance(item, Skipped):
            report.skipped_inputs.append(item)
            emit("skipped", item.as_dict())
            continue
        seen.add(item.id)
        if item.id in existing:
            info = {
                "id": item.id,
                "index": item.index,
                "status": "skipped",
                "reason": "already written",
                "articles": len(item.articles),
                "words": item.words,
            }
            report.partitions.append(info)
            emit("partition", info)
            continue
        if max_partitions is not None and submitted >= max_partitions:
            stopped = True
            break
        while pending.count() >= in_flight:
            collect(next(pending))
        fut = client.submit(
            process_partition, item, str(out), key=f"dyad-{item.id}-{token}", retries=retries, pure=False
        )
        futures[fut] = item
        pending.add(fut)
        submitted += 1
    for fut in pending:
        collect(fut)
    report.seconds = time.perf_counter() - t0
    report.complete = not stopped and not report.failed
    if not stopped:
        report.stale = sorted(existing - seen)
    report.finished = _now()
    emit("end", {"complete": report.complete})
    write_manifest(out, report.manifest())
    return report


def _batch_partitions(out_dir: Path) -> list[Path]:
    if not out_dir.is_dir():
        raise BatchError("no such folder", path=str(out_dir))
    wanted = manifest_partitions(out_dir)
    parts = [p for p in partition_dirs(out_dir) if wanted is None or partition_id_of(p) in wanted]
    if not parts and read_manifest(out_dir) is None:
        raise BatchError("not a dyad batch folder (no manifest.json, no part-* folders)", path=str(out_dir))
    return parts


def iter_batch_records(out_dir: str | Path) -> Iterator[ArticleRecord]:
    """Stream the records of a batch folder: the manifest's partitions if it has a complete
    run, else every complete partition folder. Raises :class:`~dyad.errors.BatchError` for a folder that
    is not a batch output."""
    from .tables import read_partition, tables_to_records

    for part in _batch_partitions(Path(out_dir)):
        yield from tables_to_records(read_partition(part))


def batch_record_count(out_dir: str | Path) -> int:
    """How many article records :func:`iter_batch_records` yields (from Parquet metadata)."""
    import pyarrow.parquet as pq

    return sum(
        pq.ParquetFile(p / "articles.parquet").metadata.num_rows for p in _batch_partitions(Path(out_dir))
    )


__all__ = [
    "BatchReport",
    "batch_record_count",
    "PipelinePlugin",
    "PipelineSpec",
    "available_cores",
    "iter_batch_records",
    "local_cluster",
    "manifest_partitions",
    "peak_rss_mb",
    "process_partition",
    "read_manifest",
    "run_batch",
    "setup_workers",
]
