"""Analyses over stored event data, and evaluation against gold standards.

The analyses (each a function over a :class:`dyad.store.Store` returning an
:class:`~dyad.analyze.common.Analysis`) are imported lazily:

- :func:`dyad_series` (``dyad.analyze.series``): events A->B and B->A per period;
- :func:`balance` (``dyad.analyze.mediation``): how a mediator divides itself between two parties;
- :func:`engagement` (``dyad.analyze.trends``): an actor's engagement with a region, with a trend;
- :func:`stance` (``dyad.analyze.tone``): the tone of a speaker toward each target;
- :func:`plot` (``dyad.analyze.charts``): PNG/SVG charts of any of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "dyad_series": "series",
    "balance": "mediation",
    "engagement": "trends",
    "stance": "tone",
    "plot": "charts",
    "Analysis": "common",
    "ols_trend": "common",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = list(_LAZY)
