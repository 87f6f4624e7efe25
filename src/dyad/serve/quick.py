"""A short way for ``GET /api/events`` from the in-memory event list, past FastAPI's parameter parsing.

Parsing and validating two dozen query parameters costs FastAPI about as much CPU as the
page itself. :class:`QuickEvents` reads the query string directly, and only when every value
is plainly valid (up to 18 digits for numbers, ``YYYY-MM-DD`` dates, ``true``/``false``/
``1``/``0``, no empty values, a page size within the limit, at most :data:`MAX_VALUES` values
of a list parameter) and the in-memory list can evaluate the
filter; then the parameters mean exactly what FastAPI would make of them. Anything else (an
odd value, an error to report, a filter left to SQL) goes on to the FastAPI route, so errors
and the OpenAPI description stay the route's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import parse_qsl

from ..records import MODALITIES
from ..store.browse import BrowseFilter

_TEXT = frozenset(
    {
        "actor",
        "source",
        "target",
        "source_code",
        "target_code",
        "country",
        "source_country",
        "target_country",
        "place",
        "place_country",
        "text",
        "article",
    }
)
_TEXTS = frozenset({"root", "code", "plover", "modality"})
_LISTS = _TEXTS | {"quad_class"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BOOL = {"true": True, "false": False, "1": True, "0": False}
# Most values a list parameter (code=, root=, ...) may carry; the route answers 422 beyond.
MAX_VALUES = 50
# Longer numbers go to the route (``int()`` refuses over 4,300 digits; pydantic answers 422).
_MAX_DIGITS = 18


class _Odd(Exception):
    """A value whose meaning is left to FastAPI."""


def _int(value: str) -> int:
    if not value.isascii() or not value.isdigit() or len(value) > _MAX_DIGITS:
        raise _Odd(value)
    return int(value)


def _day(value: str) -> dt.date:
    if not _DATE.match(value):
        raise _Odd(value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Odd(value) from None


def parse(query: bytes, max_page: int, max_offset: int) -> tuple[BrowseFilter, int, int] | None:
    """The filter, limit and offset of an ``/api/events`` query string, as the route reads them;
    ``None`` if some value is not plainly valid (FastAPI then parses and reports)."""
    single: dict[str, str] = {}
    many: dict[str, list[str]] = {}
    for key, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if not value:
            return None
        single[key] = value  # a repeated single-valued parameter: the last one counts
        many.setdefault(key, []).append(value)
    if any(len(many.get(k, ())) > MAX_VALUES for k in _LISTS):
        return None  # the route refuses it
    if any(m not in MODALITIES for m in many.get("modality", ())):
        return None  # the route refuses it
    try:
        limit = _int(single["limit"]) if "limit" in single else min(50, max_page)
        offset = _int(single["offset"]) if "offset" in single else 0
        if not 1 <= limit <= max_page or offset > max_offset:
            return None
        kw: dict[str, Any] = {k: single[k] for k in _TEXT if k in single}
        kw.update({k: many[k] for k in _TEXTS if k in many})
        quads = [_int(q) for q in many.get("quad_class", [])]
        if any(not 1 <= q <= 4 for q in quads):
            return None
        kw["quad_class"] = quads
        for k in ("since", "until"):
            if k in single:
                kw[k] = _day(single[k])
        if "since" in kw and "until" in kw and kw["since"] > kw["until"]:
            return None  # the route refuses it
        for k in ("negated", "counted"):
            if k in single:
                if single[k] not in _BOOL:
                    return None
                kw[k] = _BOOL[single[k]]
    except _Odd:
        return None
    if "pair" in single:
        parts = [p.strip() for p in single["pair"].split(",") if p.strip()]
        if len(parts) != 2:
            return None
        kw["pair"] = (parts[0], parts[1])
    return BrowseFilter(**kw), limit, offset


class QuickEvents:
    """ASGI middleware: answer ``GET /api/events`` from the in-memory list when :func:`parse`
    and the list both can, else pass the request on."""

    def __init__(self, app: Any, state: Any, path: str = "/api/events") -> None:
        from .app import MAX_OFFSET, Page, events_answer  # the route's own (app.py imports this module)

        self.app, self.state, self.path = app, state, path
        self.page, self.answer, self.max_offset = Page, events_answer, MAX_OFFSET

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        state = self.state
        model = state.events.model
        if (
            model is not None
            and state.quick
            and scope["type"] == "http"
            and scope["method"] == "GET"
            and scope["path"] == self.path
        ):
            parsed = parse(scope.get("query_string", b""), state.settings.api_max_page_size, self.max_offset)
            if parsed is not None:
                flt, limit, offset = parsed
                rows = model.page(flt, limit=limit + 1, offset=offset)
                if rows is not None:
                    await self.answer(self.page(limit, offset), rows, flt)(scope, receive, send)
                    return
        await self.app(scope, receive, send)


__all__ = ["MAX_VALUES", "QuickEvents", "parse"]
