"""The HTTP API and the dashboard (``dyad serve``).

>>> from dyad.serve import create_app
>>> app = create_app("dyad.duckdb")  # doctest: +SKIP
"""

from __future__ import annotations

from .app import ApiError, create_app

__all__ = ["ApiError", "create_app"]
