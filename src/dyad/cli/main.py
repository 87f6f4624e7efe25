"""The ``dyad`` command: one Typer app, one module per command group."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .. import __version__
from ..errors import DyadError
from . import analyze, evaluate, export
from . import serve as serve_cli
from . import store as store_cli
from .batch import batch
from .common import FAILED, stderr
from .extract import extract

app = typer.Typer(
    name="dyad",
    help="Dyad turns news about conflict and diplomacy into event data: who did what to whom, "
    "who said what, when and where, each record linked to its sentence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
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
    path: Path = typer.Argument(..., help="A JSON Lines file written by dyad extract."),
) -> None:
    """Summarize a dyad extract output: articles, actors, quotes and events by type.

    Example:

      dyad summary demo.jsonl
    """
    from ..records import ArticleRecord
    from ..summary import summarize

    with path.open(encoding="utf-8") as fh:
        recs = [ArticleRecord.from_dict(json.loads(line)) for line in fh if line.strip()]
    from .common import stdout

    summarize(recs).render(stdout())


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
    except DyadError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        sys.exit(FAILED)
