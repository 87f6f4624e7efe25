"""Shared CLI helpers: consoles, progress bars, exit codes, output writers."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

# Exit codes
OK = 0
SKIPPED = 1  # finished, but some documents were skipped
USAGE = 2  # bad arguments or options
FAILED = 3  # nothing could be done (missing model, database refused, ...)


def stderr() -> Console:
    """Messages for people; a long message stays one line (no wrapping), so logs can be grepped."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout() -> Console:
    return Console(highlight=False)


QUIET_HELP = "No progress bar and no summary on stderr; skipped documents are still reported."


@contextmanager
def progress(description: str, total: int | None = None, *, enabled: bool | None = None) -> Iterator[Any]:
    """A Rich progress bar on stderr; silent when stderr is not a terminal (unless forced).

    ``total`` is an estimate (a file counts once, a feed or JSON array may hold more): when
    the work outgrows it, the total grows with it, so the bar never shows 3/2.
    """
    console = stderr()
    show = console.is_terminal if enabled is None else enabled
    prog = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not show,
        transient=False,
    )
    with prog:
        task = prog.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            prog.advance(task, n)
            t = prog.tasks[0]  # the only task
            if t.total is not None and t.completed > t.total:
                prog.update(task, total=t.completed)

        yield advance


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def report_problem(problem: Any) -> None:
    """One line on stderr for a skipped document or a failed stage."""
    sys.stderr.write(
        f"dyad: skipped {problem}\n" if not getattr(problem, "stage", None) else f"dyad: warning {problem}\n"
    )
