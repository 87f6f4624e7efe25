"""``dyad analyze``: dyad series, mediator balance, engagement trends and speaker stance."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import DyadError
from .common import USAGE, stderr, stdout
from .output import FORMAT_HELP, check_format, emit
from .store import DB_HELP, opened

app = typer.Typer(
    help="Analyses over the event database (each can also draw a chart with --plot).",
    epilog="Examples:\n\n"
    "  dyad analyze dyad USA AZE --db demo.duckdb --by quarter\n\n"
    "  dyad analyze balance USA ARM AZE --db demo.duckdb --format csv\n\n",
    no_args_is_help=True,
)

PLOT_HELP = "Also draw a chart to this .png or .svg file."


def _finish(
    result, fmt: str, output: Path | None, plot: Path | None, title: str, columns=None, drop=()
) -> None:
    if fmt == "json" and output is None:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        emit(result.table(drop=drop), fmt, output, title=title, columns=columns)
    if fmt == "table":
        for note in result.notes:
            stdout().print(f"[dim]{note}[/dim]")
    if plot is not None:
        from ..analyze.charts import plot as draw

        draw(result, plot)
        stderr().print(f"dyad: chart written to {plot}")


def _check(fmt: str, output: Path | None, plot: Path | None) -> None:
    """Refuse a bad --format or --plot name before any work (exit code 2)."""
    check_format(fmt, output)
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        stderr().print(f"dyad: cannot plot to {plot.name!r}: use a .png or .svg file name", markup=False)
        raise typer.Exit(USAGE)


def _run(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except (DyadError, ValueError) as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(USAGE) from None


@app.command("dyad")
def dyad_cmd(
    a: str = typer.Argument(..., help="Actor A: code prefix(es), e.g. USA or USAGOV,USAMIL."),
    b: str = typer.Argument(..., help="Actor B: code prefix(es)."),
    by: str = typer.Option("month", "--by", help="Period: month, quarter or year."),
    since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
    stories: bool = typer.Option(False, "--stories", help="Count story events (each reported event once)."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the table to this file."),
    plot: Path | None = typer.Option(None, "--plot", help=PLOT_HELP),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Events A->B and B->A per period, by quad class, with mean and summed Goldstein.

    Example:

      dyad analyze dyad USA AZE --by quarter --plot usa-aze.png
    """
    from ..analyze.series import dyad_series

    _check(fmt, output, plot)
    with opened(db, read_only=True) as store:
        res = _run(
            dyad_series, store, a, b, by=by, since=since, until=until, unit="stories" if stories else "events"
        )
    _finish(res, fmt, output, plot, f"Dyad {a} / {b} by {by}", drop=("start",))
    if fmt == "table":
        for d, t in res.summary["totals"].items():
            mean = "n/a" if t["goldstein_mean"] is None else f"{t['goldstein_mean']:+.2f}"
            stdout().print(f"{d}: {t['events']} events, Goldstein sum {t['goldstein_sum']:+.1f}, mean {mean}")


@app.command("balance")
def balance_cmd(
    mediator: str = typer.Argument(..., help="The third party: code prefix(es), e.g. USA."),
    party1: str = typer.Argument(..., help="First party, e.g. ARM."),
    party2: str = typer.Argument(..., help="Second party, e.g. AZE."),
    by: str = typer.Option("year", "--by", help="Period: month, quarter or year."),
    since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
    show_events: bool = typer.Option(False, "--show-events", help="List the events behind each period."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the table to this file."),
    plot: Path | None = typer.Option(None, "--plot", help=PLOT_HELP),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """How a third party divides contacts, cooperation, criticism and tone between two parties.

    Balance index = (x1 - x2) / (|x1| + |x2|) in [-1, 1]: +1 all toward PARTY1, -1 all toward
    PARTY2, 0 even. Contacts count events either way; cooperation (quad 1-2), criticism
    (quad 3-4) and tone (summed Goldstein) count the mediator's own events toward each party.

    Example:

      dyad analyze balance USA ARM AZE --by year --show-events
    """
    from ..analyze.mediation import balance

    _check(fmt, output, plot)
    with opened(db, read_only=True) as store:
        res = _run(balance, store, mediator, party1, party2, by=by, since=since, until=until)
    cols = (
        "period",
        "contacts_1",
        "contacts_2",
        "contact_balance",
        "cooperation_1",
        "cooperation_2",
        "cooperation_balance",
        "criticism_1",
        "criticism_2",
        "criticism_balance",
        "tone_1",
        "tone_2",
        "tone_balance",
        "n_events",
    )
    _finish(
        res,
        fmt,
        output,
        plot,
        f"Balance of {mediator}: 1 = {party1}, 2 = {party2}",
        columns=cols,
        drop=("start",) if fmt != "csv" else ("start", "events"),
    )
    if fmt == "table":
        o = res.summary["overall"]
        stdout().print(
            f"overall: contacts {o['contacts_1']}/{o['contacts_2']} (balance {o['contact_balance']}), "
            f"cooperation {o['cooperation_1']}/{o['cooperation_2']} ({o['cooperation_balance']}), "
            f"criticism {o['criticism_1']}/{o['criticism_2']} ({o['criticism_balance']}), "
            f"tone {o['tone_1']:+.1f}/{o['tone_2']:+.1f} ({o['tone_balance']})"
        )
        if show_events:
            for r in res.rows:
                if r["events"]:
                    stdout().print(f"{r['period']}: " + " ".join(r["events"]))


@app.command("engagement")
def engagement_cmd(
    actor: str = typer.Argument(..., help="Actor: code prefix(es), e.g. USA."),
    region: str | None = typer.Option(
        None, "--region", help="Countries (ARM,AZE), a named group ('South Caucasus') or a continent."
    ),
    by: str = typer.Option("year", "--by", help="Period: month, quarter or year."),
    since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the table to this file."),
    plot: Path | None = typer.Option(None, "--plot", help=PLOT_HELP),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Volume and intensity of an actor's events with a region over time, with the trend (OLS slope, 95% CI).

    Example:

      dyad analyze engagement USA --region "South Caucasus" --by year --plot usa.svg
    """
    from ..analyze.trends import engagement

    _check(fmt, output, plot)
    with opened(db, read_only=True) as store:
        res = _run(engagement, store, actor, region=region, by=by, since=since, until=until)
    _finish(
        res, fmt, output, plot, f"Engagement of {actor} with {res.summary['region']} by {by}", drop=("start",)
    )
    if fmt == "table":
        t = res.summary["trend_events"]
        if t["slope"] is None:
            stdout().print("trend: not enough periods")
        elif t["stderr"] is None:
            stdout().print(
                f"trend: {t['slope']:+.3f} events per {by} (too few periods for a confidence interval)"
            )
        else:
            lo, hi = t["ci95"]
            verdict = "rising" if lo > 0 else "falling" if hi < 0 else "no clear trend"
            stdout().print(
                f"trend: {t['slope']:+.3f} events per {by} (stderr {t['stderr']:.3f}, 95% CI [{lo:+.3f}, {hi:+.3f}]"
                f", {t['periods']} periods): {verdict}"
            )


@app.command("stance")
def stance_cmd(
    speaker: str = typer.Argument(..., help="Speaker: code prefix (USAGOV) or name part (Blinken)."),
    since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="At most this many targets."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the table to this file."),
    plot: Path | None = typer.Option(None, "--plot", help=PLOT_HELP),
    db: Path | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The tone of a speaker's events and quotes toward each target.

    Example:

      dyad analyze stance Aliyev
    """
    from ..analyze.tone import stance

    _check(fmt, output, plot)
    with opened(db, read_only=True) as store:
        res = _run(stance, store, speaker, since=since, until=until, limit=limit)
    _finish(res, fmt, output, plot, f"Stance of {speaker}")


__all__ = ["app"]
