"""Write query and analysis results: a Rich table on stdout, or CSV, JSON, JSON Lines or Parquet."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import typer

from ..store.formats import write_table, write_text_table
from .common import USAGE, stderr, stdout

FORMAT_HELP = "Output format: table, csv, json, jsonl or parquet (parquet needs -o)."


def check_format(fmt: str, output: Path | None) -> None:
    if fmt not in ("table", "csv", "json", "jsonl", "parquet"):
        stderr().print(f"[red]dyad: unknown format {fmt!r} (table, csv, json, jsonl, parquet)[/red]")
        raise typer.Exit(USAGE)
    if fmt == "parquet" and output is None:
        stderr().print("[red]dyad: --format parquet needs an output file (-o FILE)[/red]")
        raise typer.Exit(USAGE)


def _cell(v: object, width: int = 80) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if v == v else ""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        s = ", ".join(map(str, v))
    else:
        s = str(v)
    s = s.replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def render(table: pa.Table, title: str | None = None, columns: Sequence[str] | None = None) -> None:
    """Print a table with Rich (only ``columns``, if given)."""
    from rich.table import Table

    cols = [c for c in (columns or table.column_names) if c in table.column_names]
    t = Table(title=title, show_lines=False)
    for c in cols:
        numeric = pa.types.is_integer(table.schema.field(c).type) or pa.types.is_floating(
            table.schema.field(c).type
        )
        t.add_column(c, justify="right" if numeric else "left", overflow="fold")
    for row in table.select(cols).to_pylist() if cols else []:
        t.add_row(*(_cell(row[c]) for c in cols))
    console = stdout()
    if not console.is_terminal:  # piped or redirected: as wide as the table, never folded to 80 columns
        from rich.console import Console

        wide = Console(highlight=False, width=100_000)
        console = Console(highlight=False, width=max(80, wide.measure(t).maximum))
    console.print(t)


def emit(
    table: pa.Table,
    fmt: str,
    output: Path | None,
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
) -> None:
    """Show or write ``table`` in ``fmt`` (to ``output``, else stdout)."""
    if fmt == "table" and output is None:
        render(table, title, columns)
        return
    if fmt == "table":  # a file was named: its suffix says the format (CSV by default)
        fmt = {".json": "json", ".jsonl": "jsonl", ".parquet": "parquet", ".tsv": "tsv"}.get(
            output.suffix.lower(), "csv"
        )
    if output is not None:
        write_table(table, fmt, output)
        stderr().print(f"dyad: {table.num_rows} row(s) written to {output}")
    else:
        write_text_table(table, fmt, sys.stdout)


__all__ = ["FORMAT_HELP", "check_format", "emit", "render"]
