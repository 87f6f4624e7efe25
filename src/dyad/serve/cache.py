"""What the read API keeps between requests: a bounded LRU of GET bodies, served before any
routing, and the in-memory event list that pages ``/api/events``.

The database does not change under a running server except through ``POST /api/ingest``,
which clears both, so a cached body or page is always the current answer.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from ..store.pages import EventPages

log = logging.getLogger("dyad.serve")


class ResponseCache:
    """Bounded LRU of JSON response bodies keyed by path and query string."""

    def __init__(self, entries: int = 2048, max_body: int = 512_000) -> None:
        self.entries, self.max_body = entries, max_body
        self.data: OrderedDict[bytes, bytes] = OrderedDict()
        self.lock = threading.Lock()
        self.generation = 0  # bumped by clear(): answers computed before it are not stored

    def get(self, key: bytes) -> bytes | None:
        with self.lock:
            body = self.data.get(key)
            if body is not None:
                self.data.move_to_end(key)
            return body

    def put(self, key: bytes, body: bytes, generation: int | None = None) -> None:
        """Store ``body`` unless it is too big or was computed before the last :meth:`clear`."""
        if len(body) > self.max_body:
            return
        with self.lock:
            if generation is not None and generation != self.generation:
                return
            self.data[key] = body
            self.data.move_to_end(key)
            while len(self.data) > self.entries:
                self.data.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()
            self.generation += 1


class EventList:
    """The :class:`~dyad.store.pages.EventPages` of the store, loaded on first use and dropped
    by :meth:`clear` (after a write). While one thread loads it, :meth:`get` answers ``None``
    (the caller runs the SQL query) rather than making requests wait; if loading fails, or
    ``load`` returns ``None`` (too many events), it stays off until the next clear. A list
    whose load began before a :meth:`clear` is discarded (the next :meth:`get` loads anew)."""

    def __init__(self, load: Callable[[], EventPages | None]) -> None:
        self.load = load
        self.model: EventPages | None = None
        self.off = False  # the store is too big to keep in memory (until the next clear)
        self.lock = threading.Lock()  # held by the one thread loading
        self.state = threading.Lock()  # guards model, off and generation (never held while loading)
        self.generation = 0

    def get(self) -> EventPages | None:
        """The loaded model, loading it first if no other thread is; ``None`` if not available."""
        model = self.model
        if model is not None or self.off:
            return model
        if not self.lock.acquire(blocking=False):
            return None
        try:
            with self.state:
                if self.model is not None or self.off:
                    return self.model
                generation = self.generation
            try:
                model = self.load()
            except Exception:  # the SQL queries still answer every page
                log.exception("cannot keep the event list in memory; /api/events pages come from DuckDB")
                model = None
            with self.state:
                if generation != self.generation:  # a write since the load began: the list may be stale
                    return None
                self.model = model
                self.off = model is None
            return model
        finally:
            self.lock.release()

    def clear(self) -> None:
        with self.state:
            self.generation += 1
            self.model = None
            self.off = False


class CachedGets:
    """ASGI middleware: answer a GET under ``prefix`` from the cache; store 200 JSON answers."""

    def __init__(self, app: Any, cache: ResponseCache, prefix: str = "/api/") -> None:
        self.app, self.cache, self.prefix = app, cache, prefix

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        key = scope["path"].encode("utf-8") + b"?" + scope.get("query_string", b"")
        body = self.cache.get(key)
        if body is not None:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                        (b"x-dyad-cache", b"hit"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.cache.generation
        status = 0
        json_body = False
        parts: list[bytes] = []

        async def capture(msg: dict[str, Any]) -> None:
            nonlocal status, json_body
            if msg["type"] == "http.response.start":
                status = msg["status"]
                json_body = any(
                    k == b"content-type" and v.startswith(b"application/json") for k, v in msg["headers"]
                )
            elif msg["type"] == "http.response.body" and status == 200 and json_body:
                parts.append(msg.get("body", b""))
                if not msg.get("more_body"):
                    self.cache.put(key, b"".join(parts), generation)
            await send(msg)

        await self.app(scope, receive, capture)


__all__ = ["CachedGets", "EventList", "ResponseCache"]
