"""``dyad export``: partitioned Parquet, CSV, a GDELT-style event file and PLOVER JSON."""

from __future__ import annotations

from pathlib import Path

import typer

from .common import stderr
from .store import DB_HELP, opened

app = typer.Typer(
    help="Export the event database: Parquet, CSV, GDELT-style TSV, PLOVER JSON.",
    epilog="Examples:\n\n"
    "  dyad export parquet parts/ --db demo.duckdb\n\n"
    "  dyad export csv events.csv --db demo.duckdb\n\n",
    no_args_is_help=True,
)


@app.command("parquet")
def parquet(
    folder: Path = typer.Argument(
        ..., help="Output folder (tables as Parquet; dated ones under year=/month=)."
    ),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Every table as Parquet; events, quotes, stories and articles partitioned by year and month.

    Example:

      dyad export parquet out/ && duckdb -c "SELECT count(*) FROM 'out/events/**/*.parquet'"
    """
    from ..store.export import export_parquet

    with opened(db, read_only=True) as store:
        counts = export_parquet(store, folder)
    stderr().print("dyad: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + f" -> {folder}")


@app.command("csv")
def csv(
    path: Path = typer.Argument(..., help="Output CSV file."),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """All events (one row per event, with its sentence) as CSV.

    Example:

      dyad export csv events.csv --db demo.duckdb
    """
    from ..store.export import export_csv

    with opened(db, read_only=True) as store:
        n = export_csv(store, path)
    stderr().print(f"dyad: {n:,} event(s) -> {path}")


@app.command("gdelt")
def gdelt(
    path: Path = typer.Argument(..., help="Output TSV file."),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Story events as a GDELT-style tab-separated file (GDELT 2.0 column names, with a header).

    Columns: GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name
    Actor1CountryCode Actor2Code Actor2Name Actor2CountryCode EventCode EventBaseCode
    EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles
    ActionGeo_FullName ActionGeo_CountryCode ActionGeo_Lat ActionGeo_Long DATEADDED SOURCEURL
    PLOVER (see dyad.store.export for each one's meaning).

    Example:

      dyad export gdelt events.tsv --db demo.duckdb
    """
    from ..store.export import export_gdelt

    with opened(db, read_only=True) as store:
        n = export_gdelt(store, path)
    stderr().print(f"dyad: {n:,} story event(s) -> {path}")


@app.command("plover")
def plover(
    path: Path = typer.Argument(..., help="Output JSON Lines file."),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Events (not negated) as PLOVER JSON records, one per line, with provenance.

    Example:

      dyad export plover events.plover.jsonl --db demo.duckdb
    """
    from ..store.export import export_plover

    with opened(db, read_only=True) as store:
        n = export_plover(store, path)
    stderr().print(f"dyad: {n:,} PLOVER record(s) -> {path}")


__all__ = ["app"]
