"""``dyad ingest``, ``dyad events``, ``dyad quotes``, ``dyad actors``, ``dyad stories``: the event store."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from ..errors import DyadError
from ..settings import Settings
from .common import FAILED, OK, QUIET_HELP, SKIPPED, USAGE, progress, report_problem, stderr
from .output import FORMAT_HELP, check_format, emit

DB_HELP = "DuckDB database file (default: the `db` setting, ./dyad.duckdb)."


@contextmanager
def opened(db: Path | None, *, read_only: bool):
    """Open the store, turning store errors into one clear line and exit code 3."""
    from ..store import Store

    path = db or Path(Settings.load().db)
    try:
        store = Store(path, read_only=read_only)
    except DyadError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(FAILED) from None
    try:
        yield store
    except DyadError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(FAILED) from None
    finally:
        store.close()


def ingest(
    inputs: list[str] = typer.Argument(
        None, help="Files, folders, URLs or - (articles, or dyad extract JSONL records)."
    ),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
    published: str | None = typer.Option(
        None, "--published", "-p", help="Publication date (YYYY-MM-DD) where the input has none."
    ),
    batch_size: int | None = typer.Option(
        None, "--batch-size", min=1, help="Articles per committed batch (and spaCy batch)."
    ),
    max_bytes: int | None = typer.Option(
        None, "--max-bytes", min=1, help="Skip documents larger than this many bytes."
    ),
    window: int | None = typer.Option(
        None, "--story-window", help="Days within which the same event forms one story."
    ),
    from_parquet: list[Path] = typer.Option(
        None, "--from-parquet", help="A dyad batch output folder to load (repeatable); no NLP is run."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Process articles and store them in the event database (idempotent, crash-safe).

    Articles already stored (same text, whatever the file name) are skipped before any NLP;
    records written by `dyad extract` are loaded as they are. Each batch is committed in one
    transaction, so an interrupted ingest can simply be run again.

    Examples:

      dyad ingest examples/ --db demo.duckdb

      dyad extract news.jsonl -o records.jsonl && dyad ingest records.jsonl

      dyad batch news.jsonl --out runs/news && dyad ingest --from-parquet runs/news

      dyad ingest feeds/ -q 2> skipped.log

    A progress bar is shown on stderr when it is a terminal (not when piped, nor with -q),
    then a table of the rows each table gained.

    Exit codes: 0 done, 1 some inputs skipped (each reported on stderr), 2 bad usage, 3 database refused.
    """
    from ..store.ingest import count_inputs, read_items
    from ..store.ingest import ingest as run_ingest

    settings = Settings.load(batch_size=batch_size, max_bytes=max_bytes, story_window_days=window)
    inputs = inputs or []
    if not inputs and not from_parquet:
        stderr().print(
            "[red]dyad: nothing to ingest: give files, folders, URLs or - (or --from-parquet DIR)[/red]"
        )
        raise typer.Exit(USAGE)
    if published is not None:
        from ..pipeline import parse_date

        try:
            published = parse_date(published).isoformat()
        except ValueError:
            stderr().print(f"[red]dyad: bad --published date {published!r}[/red]")
            raise typer.Exit(USAGE) from None

    def pipeline_factory():
        from ..pipeline import Pipeline

        return Pipeline(settings)

    items = read_items(inputs, published, settings.max_bytes, timeout=settings.fetch_timeout)
    total = count_inputs(inputs) if inputs else 0
    if from_parquet:
        import itertools

        from ..scale import batch_record_count, iter_batch_records

        try:
            counts = [batch_record_count(d) for d in from_parquet]
        except DyadError as exc:
            stderr().print(f"[red]dyad: {exc}[/red]")
            raise typer.Exit(USAGE) from None
        total = None if total is None else total + sum(counts)
        items = itertools.chain(items, *(iter_batch_records(d) for d in from_parquet))
    with opened(db, read_only=False) as store:
        with progress("ingesting", total=total, enabled=False if quiet else None) as advance:
            report = run_ingest(
                store,
                items,
                pipeline_factory=pipeline_factory,
                chunk_size=settings.batch_size,
                story_window_days=settings.story_window_days,
                on_problem=report_problem,
                on_progress=advance,
            )
    if not quiet:
        _summary(report, db or Path(settings.db))
    raise typer.Exit(SKIPPED if report.skipped else OK)


def _summary(report, path: Path) -> None:
    from rich.table import Table

    t = Table(title=f"dyad ingest -> {path}")
    t.add_column("table")
    t.add_column("rows", justify="right")
    t.add_column("added", justify="right")
    added = report.added()
    for name, n in report.after.items():
        t.add_row(name, f"{n:,}", f"{added.get(name, 0):+,}")
    console = stderr()
    console.print(t)
    line = f"dyad: {report.new} new article(s) ({report.records} from records), {report.known} already stored"
    if report.skipped:
        line += f", {report.skipped} skipped"
    if report.warnings:
        line += f", {report.warnings} stage warning(s)"
    console.print(line)


def _check_range(since: str | None, until: str | None) -> None:
    """A bad date, or a range that ends before it starts, is bad usage (not an empty answer)."""
    from ..store.queries import _date

    try:
        first, last = _date(since), _date(until)
    except ValueError as exc:
        stderr().print(f"dyad: {exc}", style="red", markup=False)
        raise typer.Exit(USAGE) from None
    if first and last and first > last:
        stderr().print(f"dyad: since {first} is after until {last}", style="red", markup=False)
        raise typer.Exit(USAGE)


def _filter(**kw: object) -> Any:
    from ..store.browse import BrowseFilter

    return BrowseFilter.of(kw)  # an EventFilter, plus ``counted``


EVENT_VIEW = (
    "day",
    "source_code",
    "source_name",
    "code",
    "name",
    "target_code",
    "target_name",
    "quad_class",
    "goldstein",
    "negated",
    "modality",
    "place_name",
    "sentence_text",
)


def events(
    actor: str | None = typer.Option(
        None, "--actor", help="Source or target: code prefix (USA, USAGOV) or name part."
    ),
    source: str | None = typer.Option(None, "--source", help="Source actor: code prefix or name part."),
    target: str | None = typer.Option(None, "--target", help="Target actor: code prefix or name part."),
    country: str | None = typer.Option(None, "--country", help="Source or target country (ISO alpha-3)."),
    source_country: str | None = typer.Option(
        None, "--source-country", help="Source actor's country (ISO alpha-3)."
    ),
    target_country: str | None = typer.Option(
        None, "--target-country", help="Target actor's country (ISO alpha-3)."
    ),
    root: list[str] = typer.Option([], "--root", help="CAMEO root (repeatable): 04, 11, ..."),
    code: list[str] = typer.Option([], "--code", help="CAMEO code prefix (repeatable): 041, 111, ..."),
    plover: list[str] = typer.Option([], "--plover", help="PLOVER type (repeatable): CONSULT, ..."),
    quad_class: list[int] = typer.Option(
        [],
        "--quad",
        min=1,
        max=4,
        help="Quad class (repeatable): 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.",
    ),
    since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
    place: str | None = typer.Option(None, "--place", help="Place name contains."),
    place_country: str | None = typer.Option(None, "--place-country", help="Place country (ISO alpha-3)."),
    text: str | None = typer.Option(None, "--text", help="Sentence contains (ignoring case)."),
    negated: bool | None = typer.Option(
        None, "--negated/--not-negated", help="Only negated / only not negated events."
    ),
    modality: list[str] = typer.Option(
        [], "--modality", help="asserted, threatened, intended, hypothetical, demanded."
    ),
    counted: bool = typer.Option(
        False, "--counted", help="Only the events the analyses count: not negated, not hypothetical."
    ),
    article: str | None = typer.Option(
        None, "--article", help="One article: its article_id (content hash) or input id."
    ),
    limit: int | None = typer.Option(50, "--limit", min=0, help="At most this many rows (0: all)."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Query stored events.

    Examples:

      dyad events --source USA --target AZE --since 2020-09-01

      dyad events --root 11 --actor Biden -f csv -o criticism.csv

      dyad events --text sanctions --negated

      dyad events --source USA --root 04 --counted -f csv -o usa_consults.csv

    Every event is listed, negated and hypothetical ones too (see the negated and modality
    columns), unless --counted or --not-negated is given.
    """
    from ..records import MODALITIES
    from ..store import queries

    check_format(fmt, output)
    _check_range(since, until)
    for m in modality:
        if m not in MODALITIES:
            stderr().print(f"[red]dyad: unknown --modality {m!r}; use one of {', '.join(MODALITIES)}[/red]")
            raise typer.Exit(USAGE)
    try:
        flt = _filter(**locals())  # the options named after EventFilter's fields
        with opened(db, read_only=True) as store:
            tbl = queries.events(store, flt, limit=limit or None)
    except ValueError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(USAGE) from None
    emit(tbl, fmt, output, title=f"{tbl.num_rows} event(s)", columns=EVENT_VIEW)
    if not tbl.num_rows:
        _lowercase_code_hint(actor, source, target)


def _lowercase_code_hint(*values: str | None) -> None:
    """When nothing matched, say that a lowercase code ('usa') is read as part of a name."""
    from ..store.queries import lowercase_code_notes

    for note in lowercase_code_notes(*values):
        stderr().print(f"dyad: note: {note}", markup=False)


def quotes(
    speaker: str | None = typer.Option(None, "--speaker", help="Speaker: code prefix (USAGOV) or name part."),
    since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
    text: str | None = typer.Option(None, "--text", help="Quote contains (ignoring case)."),
    limit: int | None = typer.Option(50, "--limit", min=0, help="At most this many rows (0: all)."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Query stored quotes: who said what, and when.

    Example:

      dyad quotes --speaker Aliyev --since 2021-01-01
    """
    from ..store import queries

    check_format(fmt, output)
    _check_range(since, until)
    try:
        with opened(db, read_only=True) as store:
            tbl = queries.quotes(
                store, speaker=speaker, since=since, until=until, text=text, limit=limit or None
            )
    except ValueError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(USAGE) from None
    emit(
        tbl,
        fmt,
        output,
        title=f"{tbl.num_rows} quote(s)",
        columns=("day", "speaker_name", "speaker_code", "kind", "cue", "text", "title"),
    )


def actors(
    name: str | None = typer.Option(None, "--name", help="Code prefix (USAGOV) or name part."),
    country: str | None = typer.Option(None, "--country", help="Country (ISO alpha-3)."),
    kind: str | None = typer.Option(None, "--kind", help="person, organization, country or group."),
    limit: int | None = typer.Option(50, "--limit", min=0, help="At most this many rows (0: all)."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List stored actors with their articles, mentions, events and quotes.

    Example:

      dyad actors --country ARM
    """
    from ..records import ACTOR_KINDS
    from ..store import queries

    check_format(fmt, output)
    if kind is not None and kind not in ACTOR_KINDS:
        stderr().print(f"dyad: unknown --kind {kind!r}; use one of {', '.join(ACTOR_KINDS)}", markup=False)
        raise typer.Exit(USAGE)
    with opened(db, read_only=True) as store:
        tbl = queries.actors(store, name=name, country=country, kind=kind, limit=limit or None)
    emit(tbl, fmt, output, title=f"{tbl.num_rows} actor(s)")


def stories(
    actor: str | None = typer.Option(None, "--actor", help="Source or target: code prefix or name part."),
    source: str | None = typer.Option(None, "--source", help="Source actor: code prefix or name part."),
    target: str | None = typer.Option(None, "--target", help="Target actor: code prefix or name part."),
    root: list[str] = typer.Option([], "--root", help="CAMEO root (repeatable)."),
    since: str | None = typer.Option(None, "--since", help="First reported on or after (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="First reported on or before (YYYY-MM-DD)."),
    limit: int | None = typer.Option(50, "--limit", min=0, help="At most this many rows (0: all)."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List story events: one event reported by several articles, with mention and article counts.

    Example:

      dyad stories --actor USA --root 04
    """
    from ..store import queries

    check_format(fmt, output)
    _check_range(since, until)
    flt = _filter(actor=actor, source=source, target=target, root=root, since=since, until=until)
    try:
        with opened(db, read_only=True) as store:
            tbl = queries.stories(store, flt, limit=limit or None)
    except ValueError as exc:  # a bad date
        stderr().print(f"dyad: {exc}", style="red", markup=False)
        raise typer.Exit(USAGE) from None
    if not tbl.num_rows:
        _lowercase_code_hint(actor, source, target)
    emit(
        tbl,
        fmt,
        output,
        title=f"{tbl.num_rows} stor(y/ies)",
        columns=(
            "first_day",
            "last_day",
            "source_code",
            "code",
            "name",
            "target_code",
            "num_mentions",
            "num_articles",
            "goldstein",
            "story_id",
        ),
    )


__all__ = ["actors", "events", "ingest", "opened", "quotes", "stories"]
