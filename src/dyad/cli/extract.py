"""``dyad extract``: articles in, ``dyad.article/1`` JSON Lines out."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import InputError
from ..pipeline import Pipeline
from ..settings import Settings
from ..summary import Summary
from .common import (
    FAILED,
    OK,
    QUIET_HELP,
    SKIPPED,
    USAGE,
    progress,
    report_problem,
    stderr,
    write_jsonl,
)


def extract(
    inputs: list[str] = typer.Argument(
        ..., help="Files, folders, URLs or - for stdin (.txt .md .html .json .jsonl .xml/.rss/.atom)."
    ),
    published: str | None = typer.Option(
        None, "--published", "-p", help="Publication date (YYYY-MM-DD) where the input has none."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write JSON Lines here instead of stdout."
    ),
    summary: bool = typer.Option(
        False, "--summary", help="Print a readable summary of what was extracted (to stderr)."
    ),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="Documents per spaCy batch."),
    max_bytes: int | None = typer.Option(
        None, "--max-bytes", min=1, help="Skip documents larger than this many bytes."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Extract actors, events, quotes, times and places from articles, as JSON Lines.

    Examples:

      dyad extract examples/ -o demo.jsonl --summary

      dyad extract article.txt --published 2021-09-03

      cat feed.jsonl | dyad extract - > out.jsonl

      dyad extract news/ -q -o out.jsonl 2> skipped.log

    A progress bar is shown on stderr when it is a terminal (not when piped, nor with -q).

    Exit codes: 0 all documents processed, 1 some skipped (each reported on stderr), 2 bad usage,
    3 the output could not be written.
    """
    from ..ingest import read_inputs
    from ..pipeline import parse_date
    from ..store.ingest import count_inputs

    if published is not None:  # checked before -o truncates a previous output
        try:
            published = parse_date(published).isoformat()
        except ValueError:
            stderr().print(f"[red]dyad: bad --published date: cannot parse date {published!r}[/red]")
            raise typer.Exit(USAGE) from None
    if output is not None and (clash := _reads_its_own_output(inputs, output)):
        stderr().print(f"dyad: -o {output} {clash}; write the output elsewhere", style="red", markup=False)
        raise typer.Exit(USAGE)
    settings = Settings.load(batch_size=batch_size, max_bytes=max_bytes)
    pipeline = Pipeline(settings)
    skipped = 0
    counts = Summary()
    advance = None

    def articles():
        nonlocal skipped
        for item in read_inputs(inputs, published, settings.max_bytes, timeout=settings.fetch_timeout):
            if isinstance(item, InputError):
                skipped += 1
                report_problem(item)
                advance()
                continue
            yield item

    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with progress("extracting", total=count_inputs(inputs), enabled=False if quiet else None) as advance:

            def rows():
                nonlocal skipped
                for item in pipeline.run(articles()):
                    if not hasattr(item, "to_dict"):
                        report_problem(item)
                        if not item.stage:  # the document itself was refused (too long)
                            skipped += 1
                            advance()
                        continue
                    advance()
                    if summary:
                        counts.add(item)
                    yield item.to_dict()

            n = write_jsonl(rows(), out)
    except OSError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(FAILED) from None
    finally:
        if output:
            out.close()
    if summary:
        counts.render(stderr())
    if not quiet:
        stderr().print(f"dyad: {n} article(s) written" + (f", {skipped} skipped" if skipped else ""))
    raise typer.Exit(SKIPPED if skipped else OK)


def _reads_its_own_output(inputs: list[str], output: Path) -> str | None:
    """Why writing ``output`` would clobber or feed back into an input, else ``None``."""
    out = output.resolve()
    for inp in inputs:
        if inp == "-" or inp.startswith(("http://", "https://")):
            continue
        p = Path(inp).resolve()
        if p == out:
            return "is also an input: it would be emptied before it is read"
        if p.is_dir() and p in out.parents:
            return f"is inside the input folder {inp}: it would be read back as input"
    return None
