"""``dyad batch``: the pipeline on a Dask cluster, written as Parquet partitions."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import typer

from ..settings import Settings
from .common import FAILED, OK, QUIET_HELP, SKIPPED, USAGE, stderr


def batch(
    inputs: list[str] = typer.Argument(
        ..., help="Files, folders or - for stdin (.txt .md .html .json .jsonl .xml/.rss/.atom)."
    ),
    out: Path = typer.Option(
        ..., "--out", "-o", help="Output folder: one Parquet folder per partition, plus manifest.json."
    ),
    workers: int | None = typer.Option(
        None, "--workers", "-w", min=1, help="Local worker processes (default: one per core)."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Address of a running Dask scheduler, e.g. tcp://host:8786."
    ),
    partition_size: int = typer.Option(
        250, "--partition-size", min=1, help="Articles per partition (one Dask task, one Parquet folder)."
    ),
    published: str | None = typer.Option(
        None, "--published", "-p", help="Publication date (YYYY-MM-DD) where the input has none."
    ),
    batch_size: int | None = typer.Option(
        None, "--batch-size", min=1, help="Documents per spaCy batch on each worker."
    ),
    max_bytes: int | None = typer.Option(
        None, "--max-bytes", min=1, help="Skip documents larger than this many bytes."
    ),
    retries: int = typer.Option(2, "--retries", min=0, help="Retries of a partition whose task fails."),
    max_partitions: int | None = typer.Option(
        None, "--max-partitions", min=1, help="Stop after this many new partitions; run again to go on."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Run the pipeline on a Dask cluster; write Parquet partitions and a manifest.

    Without --scheduler, a local cluster starts with one single-threaded worker process per
    core. A rerun with the same input skips the partitions already written.

    Examples:

      dyad batch corpus.jsonl --out runs/corpus

      dyad batch articles/ --out runs/a --workers 2 --partition-size 100

      dyad batch corpus.jsonl --out /shared/runs/c --scheduler tcp://head:8786

    A progress bar is shown on stderr when it is a terminal (not when piped, nor with -q).

    Exit codes: 0 everything processed, 1 some input documents skipped (listed in the
    manifest), 2 bad usage, 3 some partitions failed (rerun to retry them).
    """
    from ..pipeline import parse_date
    from ..scale import PipelineSpec, run_batch

    if workers and scheduler:
        stderr().print("[red]dyad: give either --workers or --scheduler, not both[/red]")
        raise typer.Exit(USAGE)
    if published is not None:
        try:
            parse_date(published)
        except ValueError:
            stderr().print(f"[red]dyad: bad --published date: {published!r}[/red]")
            raise typer.Exit(USAGE) from None
    settings = Settings.load(batch_size=batch_size, max_bytes=max_bytes)
    console = stderr()
    with ExitStack() as stack:
        try:
            client = stack.enter_context(_client(scheduler, workers))
        except (OSError, TimeoutError) as exc:
            console.print(f"[red]dyad: cannot reach the Dask scheduler {scheduler}: {exc}[/red]")
            raise typer.Exit(FAILED) from None
        prog = stack.enter_context(_Progress(console, inputs, show=not quiet and console.is_terminal))
        try:
            report = run_batch(
                inputs,
                out,
                client,
                settings=settings,
                spec=PipelineSpec(settings),
                partition_size=partition_size,
                published=published,
                retries=retries,
                max_partitions=max_partitions,
                on_event=prog.event,
            )
        except OSError as exc:
            console.print(f"[red]dyad: {exc}[/red]")
            raise typer.Exit(FAILED) from None
        except KeyboardInterrupt:
            console.print("dyad: interrupted; run the same command again to go on where it stopped")
            raise typer.Exit(130) from None
    if not quiet:
        _summary(console, report)
    if report.failed:
        raise typer.Exit(FAILED)
    raise typer.Exit(SKIPPED if report.skipped_inputs else OK)


def _client(scheduler: str | None, workers: int | None) -> Any:
    from distributed import Client

    from ..scale import local_cluster

    if scheduler:
        return Client(scheduler, timeout="20s")

    class _Local:
        def __enter__(self) -> Any:
            self.cluster = local_cluster(workers, silence_logs=logging.CRITICAL)
            self.client = Client(self.cluster)
            return self.client

        def __exit__(self, *exc: object) -> None:
            self.client.close()
            self.cluster.close()

    return _Local()


class _Progress:
    """A Rich progress bar over articles; the total is an estimate until the input ends."""

    def __init__(self, console: Any, inputs: list[str], *, show: bool) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from ..scale.partition import estimate_documents

        self.console = console
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("articles"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console,
            disable=not show,
        )
        self.task = self.progress.add_task("batch", total=estimate_documents(inputs))
        self.done = 0

    def __enter__(self) -> _Progress:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(*exc)

    def event(self, kind: str, info: dict[str, Any]) -> None:
        if kind == "partition":
            n = info.get("articles", 0)
            self.done += n
            self.progress.advance(self.task, n)
            if info["status"] == "failed":
                self.console.print(f"dyad: partition {info['id']} failed: {info.get('error')}")
            for problem in info.get("problems", []):
                self.console.print(f"dyad: warning {problem}", highlight=False)
        elif kind == "skipped":
            where = info.get("path") or info.get("article_id") or "<input>"
            if info.get("line"):
                where += f":{info['line']}"
            self.console.print(
                f"dyad: skipped {where}: [{info['code']}] {info['reason']}", highlight=False, markup=False
            )
            self.progress.advance(self.task, 1)
            self.done += 1
        elif kind == "end":
            self.progress.update(self.task, total=self.done, completed=self.done)


def _summary(console: Any, report: Any) -> None:
    from rich.table import Table

    t = report.totals()
    rows: dict[str, int] = {}
    for p in report.partitions:
        for name, n in p.get("rows", {}).items():
            rows[name] = rows.get(name, 0) + n
    table = Table(title="dyad batch", show_header=False)
    table.add_row("output", report.out_dir)
    table.add_row("workers", str(report.workers))
    table.add_row(
        "partitions",
        f"{t['partitions_written']} written, {t['partitions_already_done']} already done, {t['partitions_failed']} failed",
    )
    table.add_row(
        "articles",
        f"{t['articles_processed']} processed, {t['articles_already_done']} already done, "
        f"{t['inputs_skipped']} input document(s) skipped",
    )
    if rows:
        table.add_row("rows written", ", ".join(f"{k} {v}" for k, v in rows.items() if k != "articles"))
    table.add_row("stage problems", str(t["stage_problems"]))
    table.add_row(
        "time",
        f"{report.seconds:.1f} s"
        + (f", {t['words_per_second']:,.0f} words/s" if t["words_processed"] else ""),
    )
    if t["peak_rss_mb_per_worker"]:
        table.add_row("peak memory per worker", f"{max(t['peak_rss_mb_per_worker'].values()):,.0f} MB (max)")
    if report.stale:
        table.add_row(
            "stale partitions",
            f"{len(report.stale)} not from this input (ignored by readers; listed in the manifest)",
        )
    if not report.complete:
        table.add_row("status", "[yellow]incomplete: run the same command again to go on[/yellow]")
    console.print(table)
    console.print(f"dyad: manifest written to {Path(report.out_dir) / 'manifest.json'}", highlight=False)


__all__ = ["batch"]
