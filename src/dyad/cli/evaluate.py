"""``dyad eval``: score Dyad against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..analyze.evaluate import KINDS, evaluate_file, gold_files, load_gold
from ..pipeline import Pipeline
from ..settings import Settings
from .common import USAGE, progress, stderr, stdout

QUIET_HELP = "No progress bar on stderr."

app = typer.Typer(
    help="Score Dyad against gold standards (events, quotes, time, geo).",
    epilog="Examples:\n\n  dyad eval events gold/events.jsonl\n\n  dyad eval all ../shared/eval\n\n",
    no_args_is_help=True,
)


def _table(results: list[dict]) -> None:
    from rich.table import Table

    console = stdout()
    for res in results:
        t = Table(title=f"{res['kind']}: {res['file']} ({res['documents']} documents)")
        t.add_column("figure")
        t.add_column("P", justify="right")
        t.add_column("R", justify="right")
        t.add_column("F1 / value", justify="right")
        for key, val in res.items():
            if key in {"file", "kind", "documents"}:
                continue
            if isinstance(val, dict) and {"p", "r", "f"} <= set(val):
                t.add_row(key, f"{val['p']:.3f}", f"{val['r']:.3f}", f"{val['f']:.3f}")
            elif isinstance(val, (int, float, str)) or val is None:
                t.add_row(key, "", "", f"{val:.4f}" if isinstance(val, float) else str(val))
        console.print(t)


def _run(
    kind: str,
    files: list[Path],
    json_out: Path | None,
    limit: int | None,
    window_lines: int | None,
    quiet: bool = False,
) -> list[dict]:
    pipeline = Pipeline(Settings.load())
    results = []
    for f in files:
        n = len(load_gold(f)) if not limit else limit
        opts = {}
        if kind == "time":
            opts["window_lines"] = window_lines
        with progress(f"{kind}: {f.name}", total=n, enabled=False if quiet else None) as advance:
            results.append(evaluate_file(kind, f, pipeline, advance, limit, **opts))
    if kind == "time" and len(results) > 1:
        from ..analyze.eval_time import pooled

        results.append(
            {
                "file": "pooled",
                "kind": kind,
                "documents": sum(r["documents"] for r in results),
                **pooled(results),
            }
        )
    _table(results)
    if json_out:
        json_out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def _command(kind: str):
    def cmd(
        files: list[Path] = typer.Argument(..., exists=True, help="Gold JSONL files."),
        json_out: Path | None = typer.Option(None, "--json", help="Also write the figures as JSON."),
        limit: int | None = typer.Option(
            None, "--limit", min=1, help="Score only the first N gold documents."
        ),
        window_lines: int | None = typer.Option(
            None, "--window-lines", help="time: score only the first N lines (default: 6 for MEANTIME files)."
        ),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
    ) -> None:
        _run(kind, files, json_out, limit, window_lines, quiet)

    cmd.__name__ = kind
    cmd.__doc__ = f"Score {kind} against gold JSONL files.\n\nExample:\n\n  dyad eval {kind} ../shared/eval/{kind}/*.jsonl --json {kind}.json"
    return cmd


for _kind in KINDS:
    app.command(name=_kind)(_command(_kind))


@app.command(name="all")
def all_(
    root: Path = typer.Argument(
        ..., exists=True, file_okay=False, help="The eval folder (with events/, quotes/, time/, geo/)."
    ),
    json_out: Path | None = typer.Option(None, "--json", help="Also write all figures as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Score every kind on every gold file under an eval folder.

    Example:

      dyad eval all ../shared/eval --json eval.json
    """
    results = []
    for kind in KINDS:
        files = gold_files(kind, root)
        if files:
            results += _run(kind, files, None, None, None, quiet)
    if not results:
        stderr().print(
            f"dyad: no gold files (*.jsonl) under {root} or its {', '.join(k + '/' for k in KINDS)} folders",
            markup=False,
        )
        raise typer.Exit(USAGE)
    if json_out:
        json_out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
