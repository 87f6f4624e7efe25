"""The FastAPI app: a read API over the event store, text extraction, guarded ingest, the dashboard.

Every route is a thin layer over :mod:`dyad.store` and :mod:`dyad.analyze`. Routes that query
DuckDB run in FastAPI's thread pool, each on a cursor lent from a pool over one shared
connection (the database is opened read-only unless ingest is enabled); request parameters
are parsed on the event loop. ``/api/events`` pages come from an in-memory copy of the event
list (:class:`~dyad.store.pages.EventPages`) when its filter allows, else from DuckDB. GET
answers are cached, and the event list kept, until the next ingest. Errors are JSON
``{"error": code, "message": text}``, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import orjson
import pyarrow as pa
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import AnalysisError, DyadError, InputError, StoreError
from ..records import ACTOR_KINDS, MODALITIES
from ..settings import Settings
from ..store import Store
from ..store import queries as q
from ..store.browse import TIMELINE_PERIODS, BrowseFilter
from ..store.formats import _jsonable, table_rows
from ..store.pages import EventPages
from .cache import CachedGets, EventList, ResponseCache
from .limits import BodyLimit, SecurityHeaders
from .quick import MAX_VALUES, QuickEvents

log = logging.getLogger("dyad.serve")

MAX_OFFSET = 10_000_000
SINCE = Query(None, description="First day (YYYY-MM-DD).")
UNTIL = Query(None, description="Last day (YYYY-MM-DD).")


class ApiError(Exception):
    """An error answered as ``{"error": code, "message": message}`` with an HTTP status."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def json_response(
    obj: Any, status: int = 200, headers: dict[str, str] | None = None, *, ready: bool = False
) -> Response:
    """JSON without FastAPI's slow generic encoder (dates become ISO strings, NaN becomes null).

    ``ready``: ``obj`` is rows as :func:`table_rows` gives them (no dates, no NaN), encoded
    by orjson, about eight times faster than the standard library.
    """
    if ready:
        body: bytes | str = orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS)
    else:
        body = json.dumps(_jsonable(obj), ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status, media_type="application/json", headers=headers)


class _Cursors:
    """A pool of DuckDB cursors (Store views on the shared connection), one checked out per request.

    FastAPI may run a dependency and its route in different threads, so cursors are lent
    out for a request's lifetime rather than kept per thread.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.idle: list[Store] = []
        self.all: list[Store] = []
        self.lock = threading.Lock()

    def get(self) -> Store:
        with self.lock:
            if self.idle:
                return self.idle.pop()
            view = _StoreView(self.store)
            self.all.append(view)
            return view

    def put(self, view: Store) -> None:
        with self.lock:
            self.idle.append(view)

    def close(self) -> None:
        with self.lock:
            for v in self.all:
                v.close()
            self.all.clear()
            self.idle.clear()


class _StoreView(Store):
    """A :class:`Store` on a cursor of another store's connection (safe to use from one thread)."""

    def __init__(self, parent: Store) -> None:  # noqa: D107 - no migration: the parent did it
        self.path = parent.path
        self.read_only = parent.read_only
        self.con = parent.con.cursor()


class State:
    """What one app holds: settings, the store, the cursors, the lazily built pipeline."""

    def __init__(self, db_path: str, settings: Settings, ingest_token: str | None) -> None:
        self.settings = settings
        self.db_path = db_path
        self.ingest_token = ingest_token
        self.store = Store(db_path, read_only=ingest_token is None and db_path != ":memory:")
        # give memory back after big queries (loading the event list), as a long-running server should
        self.store.con.execute("SET allocator_flush_threshold = '16MB'")
        self.store.con.execute("SET allocator_background_threads = true")
        self.cursors = _Cursors(self.store)
        self.cache = ResponseCache()
        self.events = EventList(self._load_events)
        self.quick = True  # answer plain /api/events requests past FastAPI (serve.quick)
        self._pipeline: Any = None
        self.pipeline_lock = threading.RLock()
        self.write_lock = threading.Lock()

    def pipeline(self) -> Any:
        """The extraction pipeline, built on first use (spaCy loads once per app)."""
        with self.pipeline_lock:
            if self._pipeline is None:
                from ..pipeline import Pipeline

                self._pipeline = Pipeline(self.settings)
            return self._pipeline

    def _load_events(self) -> EventPages | None:
        """The in-memory event list, or ``None`` if the store has more events than the
        ``api_events_in_memory`` setting allows."""
        cap = int(self.settings.api_events_in_memory)
        view = self.cursors.get()
        try:
            n = view.con.execute("SELECT count(*) FROM events").fetchall()[0][0]
            if cap <= 0 or n > cap:
                return None
            pages = EventPages(view)
        finally:
            self.cursors.put(view)
        pa.default_memory_pool().release_unused()  # what the load needed and the list does not
        log.info("events in memory: %d (%.1f MB)", pages.n, pages.nbytes() / 1e6)
        return pages

    def clear(self) -> None:
        """Forget what was read from the store (after a write)."""
        self.cache.clear()
        self.events.clear()

    def close(self) -> None:
        self.cursors.close()
        self.store.close()


# -- request parameters ------------------------------------------------------------------------


def _state(request: Request) -> State:
    return request.app.state.dyad


async def _store(request: Request) -> AsyncIterator[Store]:
    cursors = _state(request).cursors
    view = cursors.get()
    try:
        yield view
    finally:
        cursors.put(view)


class Page:
    """``limit`` and ``offset`` of a list request."""

    def __init__(self, limit: int, offset: int) -> None:
        self.limit, self.offset = limit, offset

    def answer(self, rows: list[dict[str, Any]], notes: list[str] | None = None) -> Response:
        """The page; ``notes`` (why an empty answer may be empty) are added only when given."""
        more = len(rows) > self.limit
        body: dict[str, Any] = {
            "items": rows[: self.limit],
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.offset + self.limit if more else None,
        }
        if notes:
            body["notes"] = notes
        return json_response(body, ready=True)


def events_answer(page: Page, rows: list[dict[str, Any]], flt: BrowseFilter) -> Response:
    """An ``/api/events`` page; an empty one notes actor codes typed in lowercase."""
    notes = None if rows else q.lowercase_code_notes(flt.actor, flt.source, flt.target, *(flt.pair or ()))
    return page.answer(rows, notes)


async def page_params(
    request: Request,
    limit: int | None = Query(
        None, ge=1, description="Rows per page (default 50; at most the api_max_page_size setting)."
    ),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip."),
) -> Page:
    """``limit`` and ``offset``, with the page size capped by the ``api_max_page_size`` setting."""
    return Page(_capped(request, limit, 50), offset)


def _capped(request: Request, limit: int | None, default: int) -> int:
    """A requested number of rows: ``default`` if none, refused over ``api_max_page_size``."""
    cap = _state(request).settings.api_max_page_size
    if limit is None:
        return min(default, cap)
    if limit > cap:
        raise ApiError(422, "page_too_large", f"limit {limit} is over the maximum page size {cap}")
    return limit


def _range(since: dt.date | None, until: dt.date | None) -> None:
    """Refuse a date range that ends before it starts (422 ``bad_range``), rather than answer nothing."""
    if since and until and since > until:
        raise ApiError(422, "bad_range", f"since {since} is after until {until}")


def _pair(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise ApiError(422, "bad_pair", "pair takes two actors separated by a comma, e.g. ARM,AZE")
    return parts[0], parts[1]


async def event_filter(
    actor: str | None = Query(None, description="Source or target: a code prefix (USA) or part of a name."),
    source: str | None = Query(None, description="Source actor: code prefix or part of a name."),
    target: str | None = Query(None, description="Target actor: code prefix or part of a name."),
    pair: str | None = Query(None, description="Events between two actors, either way: 'ARM,AZE'."),
    source_code: str | None = Query(None, description="Exact source code (else name), as in /api/network."),
    target_code: str | None = Query(None, description="Exact target code (else name), as in /api/network."),
    country: str | None = Query(None, description="Source or target country (ISO alpha-3)."),
    source_country: str | None = Query(None, description="Source actor's country (ISO alpha-3)."),
    target_country: str | None = Query(None, description="Target actor's country (ISO alpha-3)."),
    root: list[str] = Query([], description="CAMEO root codes (repeat the parameter; at most 50)."),
    code: list[str] = Query([], description="CAMEO code prefixes (repeat the parameter; at most 50)."),
    plover: list[str] = Query([], description="PLOVER event types."),
    quad_class: list[Annotated[int, Field(ge=1, le=4)]] = Query(
        [], description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."
    ),
    since: dt.date | None = Query(None, description="First day (YYYY-MM-DD)."),
    until: dt.date | None = Query(None, description="Last day (YYYY-MM-DD)."),
    place: str | None = Query(None, description="Place name contains."),
    place_country: str | None = Query(None, description="Country of the event's place (ISO alpha-3)."),
    text: str | None = Query(None, description="Sentence contains (ignoring case)."),
    negated: bool | None = Query(None, description="Only negated (true) or only not negated (false) events."),
    modality: list[str] = Query(
        [], description="asserted, threatened, intended, hypothetical or demanded (repeatable)."
    ),
    article: str | None = Query(None, description="Article id (content hash or input id)."),
    counted: bool = Query(False, description="Only counted events (not negated, not hypothetical)."),
) -> BrowseFilter:
    """The filter of an event request: one query parameter per :class:`BrowseFilter` field."""
    given = {**locals(), "pair": _pair(pair)}
    for name in ("root", "code", "plover", "quad_class", "modality"):
        if len(given[name]) > MAX_VALUES:
            raise ApiError(
                422,
                "too_many_values",
                f"{name} is given {len(given[name])} times; at most {MAX_VALUES} values",
            )
    _range(since, until)
    unknown = sorted(set(modality) - set(MODALITIES))
    if unknown:
        raise ApiError(
            422, "bad_modality", f"unknown modality {unknown[0]!r}; use one of {', '.join(MODALITIES)}"
        )
    return BrowseFilter.of(given)


# -- request bodies ----------------------------------------------------------------------------


class ExtractRequest(BaseModel):
    text: str = Field(..., min_length=1, description="The article text.")
    published: str | None = Field(None, description="Publication date (YYYY-MM-DD), used to resolve times.")
    title: str | None = None
    id: str | None = None


class IngestRequest(BaseModel):
    items: list[dict[str, Any]] = Field(
        ...,
        min_length=1,
        description="Articles ({'text', 'published', 'title', 'url', 'source', 'id'}) and/or "
        "dyad.article/1 records.",
    )


# -- the app -----------------------------------------------------------------------------------


def static_dir() -> Path:
    return Path(str(resources.files("dyad.serve") / "static"))


def create_app(
    db_path: str | os.PathLike[str],
    settings: Settings | None = None,
    ingest_token: str | None = None,
    *,
    threads: int | None = None,
) -> FastAPI:
    """The Dyad API and dashboard over the database at ``db_path``.

    The database is opened read-only unless ``ingest_token`` is given, which enables
    ``POST /api/ingest`` for requests carrying ``Authorization: Bearer <token>``.
    ``threads`` caps DuckDB's threads (default: one per core), for several server processes.
    """
    settings = settings or Settings.load()
    state = State(str(db_path), settings, ingest_token or None)
    if threads is not None:
        state.store.con.execute(f"SET threads = {max(1, int(threads))}")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(state.events.get)  # load the event list before taking requests
        yield
        state.close()

    app = FastAPI(
        title="Dyad",
        version=__version__,
        description="Event data from news about conflict and diplomacy: events, quotes, actors, "
        "places and analyses, each record linked to its sentence. Errors are JSON "
        '`{"error": code, "message": text}`.',
        lifespan=lifespan,
        debug=False,
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; the description is /openapi.json
        redoc_url=None,
    )
    app.state.dyad = state
    app.add_middleware(QuickEvents, state=state)
    app.add_middleware(CachedGets, cache=state.cache, prefix="/api/")
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    app.add_middleware(SecurityHeaders)
    _handlers(app)
    _routes(app)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    return app


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return json_response({"error": code, "message": message}, status, headers)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors()[:5]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return _error(422, "invalid_request", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))

    @app.exception_handler(AnalysisError)
    async def bad_analysis(request: Request, exc: AnalysisError) -> Response:
        return _error(400, "bad_analysis", exc.message)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return _error(422, "bad_input", f"[{exc.code}] {exc.message}")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return _error(503, "store_error", f"[{exc.code}] the database refused the request")

    @app.exception_handler(DyadError)
    async def dyad_error(request: Request, exc: DyadError) -> Response:
        return _error(400, "dyad_error", f"[{exc.code}] {exc.message}")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _error(500, "internal", "internal server error")


def _routes(app: FastAPI) -> None:  # noqa: C901 - one place lists every route
    from ..analyze import balance, dyad_series, engagement, stance
    from ..store import browse

    S = Depends(_store)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(static_dir() / "index.html", media_type="text/html")

    @app.get("/api/stats", tags=["store"], summary="Row counts and the range of event days")
    def stats(store: Store = S) -> Response:
        return json_response(browse.stats(store))

    @app.get("/api/articles", tags=["store"], summary="Articles, newest first (without their text)")
    def articles(
        page: Page = Depends(page_params),
        text: str | None = Query(None, description="Title or text contains."),
        source: str | None = Query(None, description="Publisher contains."),
        since: dt.date | None = SINCE,
        until: dt.date | None = UNTIL,
        store: Store = S,
    ) -> Response:
        _range(since, until)
        t = browse.articles(
            store,
            text=text,
            source=source,
            since=since,
            until=until,
            limit=page.limit + 1,
            offset=page.offset,
        )
        return page.answer(table_rows(t))

    @app.get("/api/articles/{article_id}", tags=["store"], summary="The full dyad.article/1 record")
    def article(
        article_id: str = PathParam(..., description="The input id, or the content hash (article_id)."),
        store: Store = S,
    ) -> Response:
        rec = browse.article_record(store, article_id)
        if rec is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        return json_response(rec.to_dict())

    @app.get("/api/events", tags=["store"], summary="Events with their sentence, newest first")
    async def events(
        request: Request, page: Page = Depends(page_params), flt: BrowseFilter = Depends(event_filter)
    ) -> Response:
        state = _state(request)
        model = state.events.model
        rows = model.page(flt, limit=page.limit + 1, offset=page.offset) if model is not None else None
        if rows is None:  # not loaded yet, or a filter it does not evaluate: DuckDB, off the event loop
            rows = await run_in_threadpool(_events_page, state, flt, page)
        return events_answer(page, rows, flt)

    @app.get("/api/timeline", tags=["store"], summary="Events per period and quad class")
    def timeline(
        by: str = Query("month", description="day, week, month, quarter or year."),
        flt: BrowseFilter = Depends(event_filter),
        store: Store = S,
    ) -> Response:
        if by not in TIMELINE_PERIODS:
            raise ApiError(422, "bad_period", f"by must be one of {', '.join(TIMELINE_PERIODS)}")
        return json_response({"by": by, "rows": table_rows(browse.timeline(store, flt, by=by))})

    @app.get("/api/network", tags=["store"], summary="Actor network: edges weighted by events, with tone")
    def network(
        request: Request,
        min_events: int = Query(1, ge=1, le=1_000_000, description="Leave out edges with fewer events."),
        limit: int | None = Query(
            None, ge=1, description="Most edges returned (default 200; at most api_max_page_size)."
        ),
        flt: BrowseFilter = Depends(event_filter),
        store: Store = S,
    ) -> Response:
        t = browse.network(store, flt, min_events=min_events, limit=_capped(request, limit, 200))
        return json_response({"edges": table_rows(t)})

    @app.get("/api/countries", tags=["store"], summary="Events per country (taking part, and located there)")
    def countries(flt: BrowseFilter = Depends(event_filter), store: Store = S) -> Response:
        rows = table_rows(browse.countries(store, flt))
        for r in rows:  # ISO numeric codes: the ids of the map's country outlines
            r["numeric"], r["name"] = _iso_numeric(r["country"])
        return json_response({"countries": rows})

    @app.get("/api/quotes", tags=["store"], summary="Quotes by speaker, date and text, newest first")
    def quotes(
        page: Page = Depends(page_params),
        speaker: str | None = Query(None, description="Speaker code prefix or part of a name."),
        since: dt.date | None = SINCE,
        until: dt.date | None = UNTIL,
        text: str | None = Query(None, description="Quote contains (ignoring case)."),
        store: Store = S,
    ) -> Response:
        _range(since, until)
        t = q.quotes(
            store,
            speaker=speaker,
            since=since,
            until=until,
            text=text,
            limit=page.limit + 1,
            offset=page.offset,
        )
        return page.answer(table_rows(t))

    @app.get("/api/actors", tags=["store"], summary="Actors across articles, most reported first")
    def actors(
        page: Page = Depends(page_params),
        name: str | None = Query(None, description="Code prefix or part of a name."),
        country: str | None = Query(None, description="Country (ISO alpha-3)."),
        kind: str | None = Query(None, description="person, organization, country or group."),
        store: Store = S,
    ) -> Response:
        if kind is not None and kind not in ACTOR_KINDS:
            raise ApiError(422, "bad_kind", f"unknown kind {kind!r}; use one of {', '.join(ACTOR_KINDS)}")
        t = q.actors(store, name=name, country=country, kind=kind, limit=page.limit + 1, offset=page.offset)
        return page.answer(table_rows(t))

    @app.get("/api/places", tags=["store"], summary="Resolved places with mentions and events by quad class")
    def places(
        page: Page = Depends(page_params),
        name: str | None = Query(None, description="Place name contains."),
        country: str | None = Query(None, description="Country (ISO alpha-3)."),
        since: dt.date | None = Query(None, description="Count events from this day (YYYY-MM-DD)."),
        until: dt.date | None = Query(None, description="Count events up to this day (YYYY-MM-DD)."),
        store: Store = S,
    ) -> Response:
        _range(since, until)
        t = browse.places(
            store,
            name=name,
            country=country,
            since=since,
            until=until,
            limit=page.limit + 1,
            offset=page.offset,
        )
        return page.answer(table_rows(t))

    by_q = Query("month", description="month, quarter or year.")
    by_year = Query("year", description="month, quarter or year.")

    @app.get("/api/analyze/dyad", tags=["analyze"], summary="Events A->B and B->A per period")
    def analyze_dyad(
        a: str = Query(..., description="Actor code prefixes (USA or ARM,ARMGOV)."),
        b: str = Query(..., description="Actor code prefixes."),
        by: str = by_q,
        since: dt.date | None = SINCE,
        until: dt.date | None = UNTIL,
        unit: str = Query("events", description="events or stories."),
        store: Store = S,
    ) -> Response:
        return json_response(dyad_series(store, a, b, by=by, since=since, until=until, unit=unit).as_dict())

    @app.get(
        "/api/analyze/balance", tags=["analyze"], summary="How a mediator divides itself between two parties"
    )
    def analyze_balance(
        mediator: str = Query(..., description="The third party: code prefixes (USA)."),
        party1: str = Query(..., description="First party: code prefixes (ARM)."),
        party2: str = Query(..., description="Second party: code prefixes (AZE)."),
        by: str = by_year,
        since: dt.date | None = SINCE,
        until: dt.date | None = UNTIL,
        store: Store = S,
    ) -> Response:
        res = balance(store, mediator, party1, party2, by=by, since=since, until=until)
        return json_response(res.as_dict())

    @app.get(
        "/api/analyze/engagement", tags=["analyze"], summary="An actor's engagement with a region, with trend"
    )
    def analyze_engagement(
        actor: str = Query(..., description="Actor code prefixes (USA)."),
        region: str | None = Query(None, description="Region name or ISO alpha-3 codes (ARM,AZE)."),
        by: str = by_year,
        since: dt.date | None = SINCE,
        until: dt.date | None = UNTIL,
        store: Store = S,
    ) -> Response:
        res = engagement(store, actor, region=region, by=by, since=since, until=until)
        return json_response(res.as_dict())

    @app.get("/api/analyze/stance", tags=["analyze"], summary="A speaker's tone toward each target")
    def analyze_stance(
        speaker: str = Query(
            ..., min_length=1, description="Speaker code prefix (USAGOV) or part of a name."
        ),
        since: dt.date | None = SINCE,
        until: dt.date | None = UNTIL,
        limit: int = Query(50, ge=1, le=10_000, description="Most targets returned."),
        store: Store = S,
    ) -> Response:
        return json_response(stance(store, speaker, since=since, until=until, limit=limit).as_dict())

    @app.post("/api/extract", tags=["extract"], summary="Extract the dyad.article/1 record of a text")
    def extract(body: ExtractRequest, request: Request) -> Response:
        import dyad

        state = _state(request)
        pipeline = state.pipeline()
        with state.pipeline_lock:
            rec = dyad.extract(body.text, body.published, title=body.title, id=body.id, pipeline=pipeline)
        return json_response(rec.to_dict())

    @app.post(
        "/api/ingest",
        tags=["ingest"],
        summary="Store articles or records (needs the server's ingest token)",
        responses={401: {"description": "no token"}, 403: {"description": "wrong token or ingest disabled"}},
    )
    def ingest(body: IngestRequest, request: Request) -> Response:
        state = _state(request)
        _check_token(state, request.headers.get("authorization"))
        from ..ingest.readers import article_from_json
        from ..store.ingest import ingest as run_ingest
        from ..store.ingest import record_from_line

        items: list[Any] = []
        errors = []
        for i, obj in enumerate(body.items):
            try:
                if "schema" in obj:
                    items.append(record_from_line(obj, "body", i))
                else:
                    items.append(article_from_json(obj, "body", i, None))
            except DyadError as exc:
                errors.append({"item": i, "error": exc.code, "message": exc.message})

        def refused(problem: Any) -> None:  # a text too long to parse (stage warnings are counted)
            if not problem.stage:
                errors.append({"item": problem.line, "error": problem.code, "message": problem.message})

        with state.write_lock, state.pipeline_lock:
            try:
                report = run_ingest(
                    state.store,
                    items,
                    pipeline_factory=state.pipeline,
                    chunk_size=state.settings.batch_size,
                    story_window_days=state.settings.story_window_days,
                    on_problem=refused,
                )
            finally:
                state.clear()
        return json_response(
            {
                "new": report.new,
                "known": report.known,
                "records": report.records,
                "warnings": report.warnings,
                "skipped": errors,
                "added": report.added(),
            }
        )


def _events_page(state: State, flt: BrowseFilter, page: Page) -> list[dict[str, Any]]:
    """A page of events from the in-memory list (loading it if need be), else from DuckDB."""
    from ..store import browse

    model = state.events.get()
    rows = model.page(flt, limit=page.limit + 1, offset=page.offset) if model is not None else None
    if rows is not None:
        return rows
    view = state.cursors.get()
    try:
        return table_rows(browse.events_page(view, flt, limit=page.limit + 1, offset=page.offset))
    finally:
        state.cursors.put(view)


def _iso_numeric(alpha3: str | None) -> tuple[str | None, str | None]:
    """ISO 3166 numeric code and name of an alpha-3 code (pycountry), else Nones."""
    if not alpha3:
        return None, None
    import pycountry

    c = pycountry.countries.get(alpha_3=alpha3)
    return (c.numeric, c.name) if c else (None, None)


def _check_token(state: State, header: str | None) -> None:
    if not state.ingest_token:
        raise ApiError(
            403, "ingest_disabled", "ingest is off: start the server with --ingest-token to enable it"
        )
    if not header or not header.lower().startswith("bearer "):
        raise ApiError(
            401,
            "unauthorized",
            "ingest needs 'Authorization: Bearer <token>'",
            {"WWW-Authenticate": "Bearer"},
        )
    given = header[7:].strip().encode("utf-8")
    if not hmac.compare_digest(given, state.ingest_token.encode("utf-8")):
        raise ApiError(403, "forbidden", "wrong ingest token")


WORKERS_ENV = "DYAD_SERVE_WORKERS"


def worker_app() -> FastAPI:
    """The app of one of several read-only server processes (``dyad serve --workers N``).

    The database is the ``db`` setting (``DYAD_DB``); DuckDB gets the machine's cores divided
    among the ``DYAD_SERVE_WORKERS`` processes, so they do not oversubscribe the CPU.
    """
    settings = Settings.load()
    workers = max(1, int(os.environ.get(WORKERS_ENV, "1")))
    return create_app(settings.db, settings, threads=max(1, (os.cpu_count() or 1) // workers))


__all__ = ["ApiError", "WORKERS_ENV", "create_app", "json_response", "worker_app"]
