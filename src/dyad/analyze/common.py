"""Shared pieces of the analyses: periods, actor matching, the result type, OLS trends."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from ..errors import AnalysisError
from ..store.queries import code_prefix_clause, like_escape

PERIODS = ("month", "quarter", "year")

# Whitelisted SQL for each period: the first day of the period holding `day`.
PERIOD_SQL = {p: f"CAST(date_trunc('{p}', day) AS DATE)" for p in PERIODS}


def check_period(by: str) -> str:
    if by not in PERIODS:
        raise AnalysisError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    return by


def period_label(start: dt.date, by: str) -> str:
    """``2020-10`` (month), ``2020-Q4`` (quarter), ``2020`` (year)."""
    if by == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if by == "quarter":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year:04d}"


def next_period(start: dt.date, by: str) -> dt.date:
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    m = start.month - 1 + months
    return dt.date(start.year + m // 12, m % 12 + 1, 1)


def period_range(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    """Every period start from the one holding ``first`` to the one holding ``last``."""
    if by == "month":
        cur = dt.date(first.year, first.month, 1)
    elif by == "quarter":
        cur = dt.date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    else:
        cur = dt.date(first.year, 1, 1)
    out = []
    while cur <= last:
        out.append(cur)
        cur = next_period(cur, by)
    return out


def codes(value: str | Sequence[str]) -> list[str]:
    """Actor code prefixes from ``"USA"`` or ``"ARM,AZE"`` or a list; upper-cased, validated."""
    items = value.split(",") if isinstance(value, str) else list(value)
    out = [v.strip().upper() for v in items if v and v.strip()]
    if not out:
        raise AnalysisError("an actor code prefix is required (e.g. USA, USAGOV)")
    for c in out:
        if not c.replace("_", "").isalnum():
            raise AnalysisError(f"not an actor code prefix: {c!r}")
    return out


def match(col: str, prefixes: Sequence[str]) -> tuple[str, list[Any]]:
    """SQL: ``col`` starts with any of the prefixes."""
    return code_prefix_clause(col, prefixes)


def _day(value: str | dt.date, name: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise AnalysisError(f"bad {name} date {str(value)!r}: use YYYY-MM-DD") from None


def dates_clause(since: str | dt.date | None, until: str | dt.date | None) -> tuple[str, list[Any]]:
    parts, params = [], []
    if since and until and _day(since, "since") > _day(until, "until"):
        raise AnalysisError(f"since {_day(since, 'since')} is after until {_day(until, 'until')}")
    if since:
        parts.append("day >= ?")
        params.append(_day(since, "since"))
    if until:
        parts.append("day <= ?")
        params.append(_day(until, "until"))
    return (" AND ".join(parts) or "TRUE"), params


@dataclass
class Analysis:
    """An analysis result: a table of rows, a summary, and what was asked."""

    kind: str
    params: dict[str, Any]
    rows: list[dict[str, Any]]
    summary: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # the keys of a row, for an empty result

    def table(self, drop: Sequence[str] = ()) -> pa.Table:
        """The rows as an Arrow table (list columns such as ``events`` kept unless dropped).

        With no rows, the table still has the columns, so CSV output keeps its header.
        """
        if not self.rows:
            return pa.table({c: pa.array([], pa.null()) for c in self.columns if c not in drop})
        keys = [k for k in self.rows[0] if k not in drop]
        return pa.Table.from_pylist([{k: r.get(k) for k in keys} for r in self.rows])

    def as_dict(self) -> dict[str, Any]:
        from ..store.formats import _jsonable

        return _jsonable(
            {
                "kind": self.kind,
                "params": self.params,
                "summary": self.summary,
                "rows": self.rows,
                "notes": self.notes,
            }
        )


@dataclass(frozen=True, slots=True)
class Trend:
    """An OLS line ``y = intercept + slope * t`` over periods ``t = 0, 1, ...``, with uncertainty."""

    slope: float | None
    intercept: float | None
    stderr: float | None
    ci_low: float | None
    ci_high: float | None
    n: int
    r2: float | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "slope": self.slope,
            "stderr": self.stderr,
            "ci95": [self.ci_low, self.ci_high],
            "intercept": self.intercept,
            "r2": self.r2,
            "periods": self.n,
        }


def _t975(df: int) -> float:
    """The 97.5% quantile of Student's t with ``df`` degrees of freedom."""
    from scipy.stats import t

    return float(t.ppf(0.975, df))


def ols_trend(ys: Sequence[float]) -> Trend:
    """OLS slope of ``ys`` against their index, its standard error and 95% confidence interval.

    Needs two points for a slope and three for its uncertainty (else ``None``s).
    """
    n = len(ys)
    if n < 2:
        return Trend(None, None, None, None, None, n, None)
    xs = list(range(n))
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    intercept = my - slope * mx
    resid = [y - (intercept + slope * x) for x, y in zip(xs, ys, strict=True)]
    sse = sum(r * r for r in resid)
    syy = sum((y - my) ** 2 for y in ys)
    r2 = 1 - sse / syy if syy > 0 else None
    if n < 3:
        return Trend(slope, intercept, None, None, None, n, r2)
    se = math.sqrt(sse / (n - 2) / sxx)
    t = _t975(n - 2)
    return Trend(slope, intercept, se, slope - t * se, slope + t * se, n, r2)


def ratio_index(a: float, b: float) -> float | None:
    """``(a - b) / (|a| + |b|)`` in [-1, 1]; ``None`` when both are zero."""
    den = abs(a) + abs(b)
    return None if den == 0 else (a - b) / den


__all__ = [
    "PERIODS",
    "PERIOD_SQL",
    "Analysis",
    "AnalysisError",
    "Trend",
    "check_period",
    "codes",
    "dates_clause",
    "like_escape",
    "match",
    "ols_trend",
    "period_label",
    "period_range",
    "ratio_index",
]
