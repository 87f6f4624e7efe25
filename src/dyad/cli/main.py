"""The ``dyad`` command: one Typer app, one module per command group."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

from .. import __version__
from ..errors import DyadError, SettingsError
from ..records import ArticleRecord
from ..settings import Settings
from . import analyze, evaluate, export
from . import serve as serve_cli
from . import store as store_cli
from .batch import batch
from .common import FAILED, OK, USAGE, stderr
from .extract import extract

app = typer.Typer(
    name="dyad",
    help="Dyad turns news about conflict and diplomacy into event data: who did what to whom, "
    "who said what, when and where, each record linked to its sentence.",
    epilog="Examples:\n\n"
    "  dyad extract examples/ -o demo.jsonl --summary\n\n"
    "  dyad ingest examples/ --db demo.duckdb\n\n"
    "  dyad events --db demo.duckdb --source USA --root 04\n\n"
    "Exit codes: 0 done, 1 some documents skipped (each reported on stderr), 2 bad usage, "
    "3 nothing could be done.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit(OK)


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    pass


app.command()(extract)
app.command()(batch)
app.add_typer(evaluate.app, name="eval")
for _cmd in (store_cli.ingest, store_cli.events, store_cli.quotes, store_cli.actors, store_cli.stories):
    app.command()(_cmd)
app.add_typer(analyze.app, name="analyze")
app.add_typer(export.app, name="export")
app.command()(serve_cli.serve)


@app.command()
def schema(
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the schema here instead of stdout."
    ),
) -> None:
    """Print the JSON Schema of the dyad.article/1 record.

    Example:

      dyad schema -o schema/dyad.article-1.json
    """
    from ..records import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def summary(
    path: Path = typer.Argument(
        ..., help="A JSON Lines file written by dyad extract.", exists=True, dir_okay=False
    ),
) -> None:
    """Summarize a dyad extract output: articles, actors, quotes and events by type.

    A line that is not a dyad.article/1 record is reported on stderr with its line number
    and left out (exit code 1).

    Example:

      dyad summary demo.jsonl
    """
    from ..store.ingest import read_jsonl
    from ..summary import Summary
    from .common import SKIPPED, report_problem, stdout

    counts, skipped = Summary(), 0
    with path.open("rb") as fh:
        for item in read_jsonl(fh, str(path), None, Settings.load().max_bytes):
            if isinstance(item, ArticleRecord):
                counts.add(item)
            else:
                skipped += 1
                report_problem(item if isinstance(item, DyadError) else _not_a_record(item, path))
    counts.render(stdout())
    if skipped:
        raise typer.Exit(SKIPPED)


def _not_a_record(article, path: Path) -> DyadError:
    from ..errors import SchemaVersionError

    return SchemaVersionError(
        "an input article, not a dyad.article/1 record (run dyad extract on it first)",
        path=str(path),
        line=article.line,
    )


@app.command()
def version() -> None:
    """Print Dyad's version.

    Example:

      dyad version
    """
    typer.echo(__version__)


def main() -> None:
    """Entry point: run the app; a DyadError becomes a one-line message, never a traceback."""
    try:
        app()
    except SettingsError as exc:  # a bad DYAD_* variable or option value: bad usage
        stderr().print(f"dyad: {exc}", style="red", markup=False)
        sys.exit(USAGE)
    except DyadError as exc:
        stderr().print(f"dyad: {exc}", style="red", markup=False)
        sys.exit(FAILED)
    except BrokenPipeError:  # `dyad events --format csv | head`: the reader left, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(OK)
    except OSError as exc:  # an output file or folder that cannot be written, a full disk, ...
        where = f": {exc.filename}" if exc.filename else ""
        stderr().print(f"dyad: {exc.strerror or exc}{where}", markup=False)
        sys.exit(FAILED)
