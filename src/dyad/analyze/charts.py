"""Charts of the analyses, drawn with matplotlib's Agg backend (no display, no pyplot state)."""

from __future__ import annotations

from pathlib import Path

from ..errors import AnalysisError
from .common import Analysis

FORMATS = {".png": "png", ".svg": "svg"}


def _figure(rows: int = 1):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 3.2 * rows), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def plot(result: Analysis, path: str | Path) -> Path:
    """Draw ``result`` to a PNG or SVG file (by its suffix); return the path."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise AnalysisError(f"cannot plot to {path.name!r}: use a .png or .svg file name")
    draw = {"dyad": _dyad, "balance": _balance, "engagement": _engagement, "stance": _stance}[result.kind]
    fig = draw(result)
    fig.savefig(path, format=fmt, dpi=120)
    return path


def _ticks(ax, labels: list[str]) -> None:
    step = max(1, len(labels) // 12)
    ax.set_xticks(range(0, len(labels), step))
    ax.set_xticklabels(labels[::step], rotation=45, ha="right", fontsize=8)


def _dyad(res: Analysis):
    fig = _figure(2)
    ax1, ax2 = fig.subplots(2, 1, sharex=True)
    dirs = list(dict.fromkeys(r["direction"] for r in res.rows))
    periods = list(dict.fromkeys(r["period"] for r in res.rows))
    for d in dirs:
        rs = [r for r in res.rows if r["direction"] == d]
        ax1.plot(range(len(rs)), [r["events"] for r in rs], marker="o", label=d)
        ax2.plot(range(len(rs)), [r["goldstein_sum"] for r in rs], marker="o", label=d)
    ax1.set_ylabel("events")
    ax2.set_ylabel("summed Goldstein")
    ax2.axhline(0, color="grey", lw=0.8)
    ax1.legend(fontsize=8)
    ax1.set_title(f"Dyad {' / '.join(dirs)} by {res.params['by']}")
    _ticks(ax2, periods)
    return fig


def _balance(res: Analysis):
    fig = _figure(1)
    ax = fig.subplots()
    labels = [r["period"] for r in res.rows]
    for key in ("contact_balance", "cooperation_balance", "criticism_balance", "tone_balance"):
        ys = [r[key] if r[key] is not None else float("nan") for r in res.rows]
        ax.plot(range(len(ys)), ys, marker="o", label=key.replace("_balance", ""))
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_ylim(-1.05, 1.05)
    p = res.params
    ax.set_ylabel(f"toward {'+'.join(p['party1'])} (+1) ... {'+'.join(p['party2'])} (-1)")
    ax.set_title(
        f"Balance of {'+'.join(p['mediator'])} between {'+'.join(p['party1'])} and {'+'.join(p['party2'])}"
    )
    ax.legend(fontsize=8)
    _ticks(ax, labels)
    return fig


def _engagement(res: Analysis):
    fig = _figure(1)
    ax = fig.subplots()
    labels = [r["period"] for r in res.rows]
    ys = [r["events"] for r in res.rows]
    ax.bar(range(len(ys)), ys, color="#4c72b0", label="events")
    t = res.summary.get("trend_events") or {}
    if t.get("slope") is not None:
        xs = list(range(len(ys)))
        ax.plot(
            xs,
            [t["intercept"] + t["slope"] * x for x in xs],
            color="#c44e52",
            label=f"trend {t['slope']:+.2f}/period",
        )
    ax.set_ylabel("events")
    ax.set_title(f"Engagement of {'+'.join(res.params['actor'])} with {res.summary.get('region')}")
    ax.legend(fontsize=8)
    _ticks(ax, labels)
    return fig


def _stance(res: Analysis):
    rows = res.rows[:20]
    fig = _figure(max(1, len(rows) // 8 + 1))
    ax = fig.subplots()
    names = [r["target_name"] or r["target"] for r in rows]
    vals = []
    for r in rows:
        g = r["goldstein_mean"] if r["goldstein_mean"] is not None else r["quoted_goldstein"]
        vals.append(g if g is not None else 0.0)
    colors = ["#55a868" if v > 0 else "#c44e52" if v < 0 else "#8c8c8c" for v in vals]
    ax.barh(range(len(vals)), vals, color=colors)
    ax.set_yticks(range(len(vals)))
    ax.set_yticklabels(names, fontsize=8)
    ax.invert_yaxis()
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_xlabel("mean Goldstein toward target")
    ax.set_title(f"Stance of {res.params['speaker']}")
    return fig


__all__ = ["plot"]
