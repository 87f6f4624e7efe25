"""The HTTP API, in-process: every route, its filters and pagination, and every refusal."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from serve_data import SCRIPT_TEXT, corpus, make_db

from dyad.serve import ApiError, create_app
from dyad.settings import Settings

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="module")
def client(db):
    app = create_app(db, Settings.load(api_max_page_size=20, api_max_body_bytes=20_000))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def ok(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


# -- read routes -------------------------------------------------------------------------------


def test_stats_counts_the_corpus(client):
    st = ok(client, "/api/stats")
    assert st["articles"] == len(corpus())
    assert st["events"] == sum(len(r.events) for r in corpus())
    assert (st["first_day"], st["last_day"]) == ("2020-09-28", "2021-06-07")


def test_articles_pages_and_filters(client):
    first = ok(client, "/api/articles", limit=4)
    assert len(first["items"]) == 4 and first["next_offset"] == 4
    assert first["items"][0]["doc_id"] == "t-html"  # newest first
    assert "text" not in first["items"][0]
    rest = ok(client, "/api/articles", limit=20, offset=4)
    assert rest["next_offset"] is None
    ids = [a["doc_id"] for a in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 11
    assert [a["doc_id"] for a in ok(client, "/api/articles", text="prisoners")["items"]] == ["t-006", "t-005"]
    assert [
        a["doc_id"] for a in ok(client, "/api/articles", since="2021-05-01", until="2021-05-31")["items"]
    ] == [
        "t-010",
        "t-009",
    ]


def test_article_is_the_full_record_by_input_id_or_content_hash(client):
    want = next(r for r in corpus() if r.id == "t-002").to_dict()
    got = ok(client, "/api/articles/t-002")
    assert got == want
    key = ok(client, "/api/articles", text="Ceasefire agreed")["items"][0]["article_id"]
    assert ok(client, f"/api/articles/{key}") == want


def test_unknown_article_is_404_json(client):
    r = client.get("/api/articles/no-such-article")
    assert r.status_code == 404
    assert r.json() == {"error": "not_found", "message": "no article 'no-such-article'"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"pair": "ARM,AZE"}, 8),  # 6 AZE->ARM (one in the html article), 2 ARM->AZE
        ({"source": "USA"}, 5),
        ({"source": "USA", "target": "AZE"}, 2),
        ({"source_code": "RUSGOV", "target_code": "ARMGOV"}, 3),
        ({"quad_class": 4}, 2),
        ({"quad_class": [1, 2]}, 14),
        ({"code": "112"}, 4),
        ({"root": "19"}, 2),
        ({"place": "Stepanakert"}, 2),
        ({"since": "2021-05-01", "until": "2021-05-31"}, 5),
        ({"text": "peacekeepers"}, 1),
        ({"article": "t-001"}, 4),
        ({"actor": "Tehran"}, 0),  # names, not surface forms
        ({"actor": "Iran"}, 2),
    ],
)
def test_event_filters(client, params, expected):
    page = ok(client, "/api/events", limit=20, **params)
    assert len(page["items"]) == expected, [
        (e["source_code"], e["code"], e["target_code"]) for e in page["items"]
    ]


def test_events_carry_their_sentence_and_paginate(client):
    page = ok(client, "/api/events", limit=5)
    assert page["next_offset"] == 5 and len(page["items"]) == 5
    ev = ok(client, "/api/events", source_code="RUSGOV", target_code="ARMGOV", code="074")["items"][0]
    assert ev["sentence_text"] == "Moscow will send peacekeepers to Stepanakert."
    assert ev["place_name"] == "Stepanakert" and ev["day"] == "2020-11-10"
    days = [e["day"] for e in ok(client, "/api/events", limit=20)["items"]]
    assert days == sorted(days, reverse=True)


def test_timeline_counts_by_period_and_quad(client):
    rows = ok(client, "/api/timeline", by="month", pair="ARM,AZE", counted="true")["rows"]
    cell = {(r["period"], r["quad_class"]): r["events"] for r in rows}
    assert cell == {
        ("2020-09-01", 3): 1,
        ("2020-09-01", 4): 1,
        ("2020-10-01", 1): 1,
        ("2020-10-01", 3): 1,
        ("2020-10-01", 4): 1,
        ("2020-12-01", 2): 1,
        ("2021-05-01", 3): 1,
        ("2021-06-01", 3): 1,
    }
    assert ok(client, "/api/timeline", by="year")["rows"][0]["period"] == "2020-01-01"


def test_network_edges_weighted_and_toned(client):
    edges = ok(client, "/api/network")["edges"]
    top = edges[0]
    assert (top["source"], top["target"], top["events"]) == ("AZEGOV", "ARMGOV", 6)
    iran = next(e for e in edges if e["source"] == "IRNGOV")
    assert iran["goldstein_mean"] == pytest.approx(-4.4) and iran["conflict"] == 1
    assert all(e["events"] >= 2 for e in ok(client, "/api/network", min_events=2)["edges"])


def test_quotes_filter_by_speaker_date_and_text(client):
    assert len(ok(client, "/api/quotes")["items"]) == 3
    arev = ok(client, "/api/quotes", speaker="Arev")["items"]
    assert [q["text"] for q in arev] == [
        "Our patience is not endless.",
        "We will respect the ceasefire if Baku does.",
    ]
    assert len(ok(client, "/api/quotes", speaker="USA")["items"]) == 1
    assert len(ok(client, "/api/quotes", since="2021-01-01")["items"]) == 1
    assert len(ok(client, "/api/quotes", text="ceasefire")["items"]) == 1


def test_actors_and_places(client):
    actors = ok(client, "/api/actors", limit=3)
    assert actors["items"][0]["code"] == "AZEGOV" and actors["next_offset"] == 3
    assert ok(client, "/api/actors", name="Kessler")["items"][0]["quotes"] == 1
    places = {p["name"]: p for p in ok(client, "/api/places")["items"]}
    assert places["Stepanakert"]["mentions"] == 3 and places["Stepanakert"]["events"] == 2
    assert places["Fuzuli"]["material_conflict"] == 1
    assert ok(client, "/api/places", country="ARM")["items"][0]["name"] == "Tavush"


def test_countries_with_iso_numeric_ids_for_the_map(client):
    rows = {c["country"]: c for c in ok(client, "/api/countries")["countries"]}
    assert rows["AZE"]["events"] == 17 and rows["AZE"]["numeric"] == "031"
    assert rows["ARM"]["name"] == "Armenia" and rows["ARM"]["located"] == 2
    assert rows["CHE"] == {
        "country": "CHE",
        "events": 0,
        "goldstein_mean": None,
        "located": 1,
        "numeric": "756",
        "name": "Switzerland",
    }
    iran = ok(client, "/api/countries", actor="IRN")["countries"]
    assert {c["country"]: c["events"] for c in iran} == {"IRN": 2, "AZE": 2}


def test_analyses(client):
    dy = ok(client, "/api/analyze/dyad", a="ARM", b="AZE")
    assert dy["kind"] == "dyad" and dy["summary"]["totals"]["AZE->ARM"]["events"] == 6
    bal = ok(client, "/api/analyze/balance", mediator="USA", party1="ARM", party2="AZE")
    assert bal["summary"]["overall"]["criticism_2"] == 2
    eng = ok(client, "/api/analyze/engagement", actor="USA", region="ARM,AZE", by="year")
    assert eng["summary"]["events"] == 6
    st = ok(client, "/api/analyze/stance", speaker="USA")
    assert {r["target"] for r in st["rows"]} >= {"ARMGOV", "AZEGOV"}


def test_openapi_lists_every_route(client):
    paths = ok(client, "/openapi.json")["paths"]
    for p in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/quotes",
        "/api/actors",
        "/api/places",
        "/api/analyze/dyad",
        "/api/analyze/balance",
        "/api/analyze/engagement",
        "/api/analyze/stance",
        "/api/extract",
        "/api/ingest",
    ):
        assert p in paths


def test_dashboard_and_its_assets_are_local(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("/static/app.js", "/static/app.css", "/static/vendor/topojson-client.min.js"):
        r = client.get(asset)
        assert r.status_code == 200
    assert "innerHTML" not in client.get("/static/app.js").text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/vendor/countries-50m.json").json()["type"] == "Topology"


# -- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?limit=21",
        "/api/events?limit=100000000",
        "/api/articles?limit=1000",
        "/api/quotes?limit=999999",
        "/api/actors?limit=21",
        "/api/places?limit=21",
        "/api/network?limit=21",
    ],
)
def test_absurd_page_sizes_are_refused(client, url):
    r = client.get(url)
    assert r.status_code == 422
    assert r.json()["error"] == "page_too_large"


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?limit=0",
        "/api/events?offset=-1",
        "/api/events?offset=99999999999",
        "/api/events?limit=abc",
        "/api/events?since=yesterday",
        "/api/events?quad_class=7",
        "/api/events?pair=ARM",
        "/api/timeline?by=fortnight",
        "/api/analyze/dyad?a=ARM",
        "/api/analyze/stance",
    ],
)
def test_bad_parameters_are_422_json(client, url):
    r = client.get(url)
    assert r.status_code == 422, r.text
    body = r.json()
    assert set(body) == {"error", "message"} and "Traceback" not in r.text


def test_bad_analysis_arguments_are_400(client):
    r = client.get("/api/analyze/dyad", params={"a": "ARM", "b": "AZE", "by": "week"})
    assert r.status_code == 400 and r.json()["error"] == "bad_analysis"
    r = client.get("/api/analyze/engagement", params={"actor": "USA", "region": "Atlantis"})
    assert r.status_code == 400


def test_filter_values_are_parameters_not_sql(client):
    for evil in ("'; DROP TABLE events; --", "%' OR '1'='1", "ARM') OR (1=1"):
        assert ok(client, "/api/events", actor=evil)["items"] == []
        assert ok(client, "/api/quotes", speaker=evil)["items"] == []
        assert ok(client, "/api/articles", text=evil)["items"] == []
    assert ok(client, "/api/stats")["events"] == 27


def test_unknown_route_and_method(client):
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = client.delete("/api/events")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"


def test_oversized_body_is_413(client):
    r = client.post("/api/extract", json={"text": "x" * 30_000})
    assert r.status_code == 413
    assert r.json()["error"] == "too_large"


def test_oversized_streamed_body_without_length_is_413(client):
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"] == "too_large"


def test_extract_rejects_empty_and_bad_json(client):
    assert client.post("/api/extract", json={"text": ""}).status_code == 422
    r = client.post("/api/extract", content=b"{nope", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "invalid_request"


def test_ingest_is_off_without_a_token(client):
    r = client.post("/api/ingest", json={"items": [{"text": "Paris praised Baku."}]})
    assert r.status_code == 403 and r.json()["error"] == "ingest_disabled"


def test_internal_errors_never_leak_tracebacks(db):
    app = create_app(db, Settings.load())

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret internals at /home/user/db.py line 42")

    @app.get("/api/apierror")
    def apierror():
        raise ApiError(418, "teapot", "short and stout")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/boom")
        assert r.status_code == 500
        assert r.json() == {"error": "internal", "message": "internal server error"}
        assert "Traceback" not in r.text and "secret" not in r.text
        assert c.get("/api/apierror").json() == {"error": "teapot", "message": "short and stout"}


# -- ingest and extract with the pipeline ------------------------------------------------------


@pytest.fixture
def writable(tmp_path, pipeline):
    app = create_app(tmp_path / "w.duckdb", Settings.load(), ingest_token=TOKEN)
    app.state.dyad._pipeline = pipeline  # the session's pipeline: spaCy loads once per test run
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize(
    ("headers", "status", "error"),
    [
        ({}, 401, "unauthorized"),
        ({"Authorization": "Basic abc"}, 401, "unauthorized"),
        ({"Authorization": "Bearer wrong"}, 403, "forbidden"),
        ({"Authorization": f"Bearer {TOKEN}x"}, 403, "forbidden"),
    ],
)
def test_ingest_needs_the_right_token(writable, headers, status, error):
    r = writable.post("/api/ingest", json={"items": [{"text": "Paris praised Baku."}]}, headers=headers)
    assert r.status_code == status and r.json()["error"] == error
    assert writable.get("/api/stats").json()["articles"] == 0


def test_ingest_with_the_token_stores_records_and_articles(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writable.get("/api/stats").json()["articles"] == 0  # now cached
    rec = corpus()[0].to_dict()
    items = [
        rec,
        {"id": "new-1", "text": "France condemned Turkey over the attack.", "published": "2021-02-03"},
    ]
    r = writable.post("/api/ingest", json={"items": [*items, {"title": "no text"}]}, headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["new"], body["records"]) == (2, 1)
    assert body["skipped"][0]["error"] == "E106"
    assert writable.get("/api/articles/t-001").json() == rec
    assert writable.get("/api/stats").json()["articles"] == 2  # ingest cleared the response cache
    again = writable.post("/api/ingest", json={"items": items}, headers=auth).json()
    assert (again["new"], again["known"]) == (0, 2)


@pytest.mark.parametrize(
    "params, notes",
    [
        ({"source": "usa"}, ["'usa' is read as part of a name; actor codes are in capitals ('USA')"]),
        (
            {"pair": "arm,zzz"},
            [
                "'arm' is read as part of a name; actor codes are in capitals ('ARM')",
                "'zzz' is read as part of a name; actor codes are in capitals ('ZZZ')",
            ],
        ),
        ({"actor": "aze"}, None),  # found by name (Azerbaijan): no note
        ({"actor": "nobody at all"}, None),  # plainly a name
        ({"source": "AZE", "since": "1990-01-01", "until": "1990-01-02"}, None),
    ],
)
def test_empty_events_say_when_a_code_was_typed_in_lowercase(client, params, notes):
    page = ok(client, "/api/events", **params)
    assert page.get("notes") == notes
    if notes:
        assert page["items"] == []


def test_events_follow_an_ingest_through_the_api(tmp_path):
    """The in-memory event list is dropped by an ingest: pages show the new events at once."""
    from dyad.store.browse import BrowseFilter, events_page
    from dyad.store.formats import table_rows

    recs = corpus()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    app = create_app(tmp_path / "e.duckdb", Settings.load(), ingest_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as c:
        first = [r.to_dict() for r in recs[:3]]
        assert c.post("/api/ingest", json={"items": first}, headers=auth).status_code == 200
        before = c.get("/api/events", params={"limit": 100}).json()["items"]
        assert len(before) == sum(len(r.events) for r in recs[:3])
        assert app.state.dyad.events.model is not None  # answered from memory
        rest = [r.to_dict() for r in recs[3:]]
        assert c.post("/api/ingest", json={"items": rest}, headers=auth).status_code == 200
        after = c.get("/api/events", params={"limit": 100}).json()["items"]
        assert len(after) == sum(len(r.events) for r in recs)
        pair = c.get("/api/events", params={"pair": "ARM,AZE", "limit": 3, "offset": 2}).json()["items"]
        store = app.state.dyad.store
        assert after == table_rows(events_page(store, None, limit=100))
        assert pair == table_rows(events_page(store, BrowseFilter(pair=("ARM", "AZE")), limit=3, offset=2))


def test_events_page_from_sql_when_the_list_is_off(db):
    app = create_app(db, Settings.load(api_events_in_memory=0))
    with TestClient(app, raise_server_exceptions=False) as c:
        page = ok(c, "/api/events", actor="ARM", limit=5, offset=1)
        assert app.state.dyad.events.model is None and app.state.dyad.events.off
    app = create_app(db, Settings.load())
    with TestClient(app, raise_server_exceptions=False) as c:
        assert ok(c, "/api/events", actor="ARM", limit=5, offset=1) == page
        assert app.state.dyad.events.model is not None


QUERIES = [
    "",
    "limit=5&offset=3",
    "limit=20",
    "limit=21",
    "limit=0",
    "limit=007",
    "limit=abc",
    "limit=5&limit=7",
    "offset=-1",
    "offset=99999999999",
    "actor=ARM&since=2021-01-01",
    "actor=armenia",
    "actor=",
    "actor=ARM&actor=AZE",
    "pair=ARM,AZE",
    "pair=%20ARM%20,AZE,",
    "pair=ARM",
    "source_code=RUSGOV&target_code=ARMGOV",
    "quad_class=1&quad_class=4",
    "quad_class=7",
    "quad_class=1.0",
    "root=19&root=11",
    "code=04&code=112",
    "plover=assault",
    "since=2021-02-30",
    "since=2021-5-1",
    "until=2021-05-31&negated=false",
    "negated=yes",
    "negated=1&counted=0",
    "counted=true",
    "country=aze&place=stepan",
    "text=peacekeepers",
    "article=t-001",
    "actor=%C3%A9mile",
    "unknown=1&limit=2",
    "&".join(["code=0"] * 50),
    "&".join(["code=0"] * 51),
    "&".join(["quad_class=1"] * 51),
    "&".join(["root=19"] * 51) + "&actor=ARM",
    pytest.param("limit=" + "1" * 5000, id="limit-5000-digits"),
    pytest.param("offset=" + "1" * 5000, id="offset-5000-digits"),
    pytest.param("quad_class=" + "1" * 5000, id="quad_class-5000-digits"),
    pytest.param("limit=" + "0" * 18 + "5", id="limit-19-digits"),
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_short_way_for_events_answers_as_the_route_does(client, query):
    """serve.quick answers plain requests from memory; its answers are the FastAPI route's."""
    state = client.app.state.dyad
    state.cache.clear()
    quick = client.get("/api/events?" + query)
    state.cache.clear()
    state.quick = False
    try:
        slow = client.get("/api/events?" + query)
    finally:
        state.quick = True
    assert (quick.status_code, quick.json()) == (slow.status_code, slow.json())


@pytest.mark.parametrize("name", ["limit", "offset", "quad_class"])
def test_huge_numbers_are_422_not_500(client, caplog, name):
    """Over 4,300 digits int() refuses: the short way hands such values to the route."""
    client.app.state.dyad.cache.clear()
    with caplog.at_level("ERROR", logger="dyad.serve"):
        r = client.get(f"/api/events?{name}=" + "1" * 5000)
    assert r.status_code == 422 and r.json()["error"] == "invalid_request"
    assert "Traceback" not in r.text and not caplog.records


@pytest.mark.parametrize("name", ["root", "code", "plover", "quad_class", "modality"])
@pytest.mark.parametrize("url", ["/api/events", "/api/timeline"])
def test_list_parameters_carry_at_most_50_values(client, name, url):
    value = {"quad_class": "1", "modality": "asserted"}.get(name, "04")
    r = client.get(url + "?" + "&".join([f"{name}={value}"] * 51))
    assert r.status_code == 422, r.text
    assert r.json() == {"error": "too_many_values", "message": f"{name} is given 51 times; at most 50 values"}
    assert client.get(url + "?" + "&".join([f"{name}={value}"] * 50)).status_code == 200


def test_plain_event_requests_skip_the_route(db):
    from dyad.serve.app import event_filter

    app = create_app(db, Settings.load(api_max_page_size=20))

    def no_route():
        raise RuntimeError("the FastAPI route ran")

    app.dependency_overrides[event_filter] = no_route
    with TestClient(app, raise_server_exceptions=False) as c:
        assert c.get("/api/events", params={"actor": "ARM", "limit": 3}).status_code == 200
        assert c.get("/api/events", params={"text": "peacekeepers"}).status_code == 500  # left to the route


def test_the_short_way_reads_values_as_fastapi_does():
    from dyad.serve.quick import parse
    from dyad.store.browse import BrowseFilter

    flt, limit, offset = parse(b"actor=A%20B&root=1&root=19&quad_class=2&since=2021-01-02&counted=1", 20, 99)
    assert (limit, offset) == (20, 0)
    assert flt == BrowseFilter(
        actor="A B",
        root=["1", "19"],
        quad_class=[2],
        since=__import__("datetime").date(2021, 1, 2),
        counted=True,
    )
    many = "&".join(["code=1"] * 51).encode()
    for odd in (
        b"limit=21",
        b"limit=%EF%BC%95",
        b"offset=100",
        b"negated=on",
        b"since=20210102",
        b"pair=A",
        b"limit=" + b"9" * 5000,
        b"offset=" + b"0" * 19,
        many,
    ):
        assert parse(odd, 20, 99) is None, odd


def test_extract_returns_the_record(writable):
    r = writable.post(
        "/api/extract",
        json={"text": "Armenia accused Azerbaijan of shelling its border.", "published": "2021-05-12"},
    )
    assert r.status_code == 200, r.text
    rec = r.json()
    assert rec["schema"] == "dyad.article/1" and rec["published"] == "2021-05-12"
    assert rec["text"] == "Armenia accused Azerbaijan of shelling its border."
    assert {a["code"] for a in rec["actors"]} >= {"ARM", "AZE"}
    r = writable.post("/api/extract", json={"text": "Talks.", "published": "not a date"})
    assert r.status_code == 422 and r.json()["error"] == "bad_input"


def test_script_article_is_stored_verbatim(client):
    rec = ok(client, "/api/articles/t-html")
    assert rec["text"] == SCRIPT_TEXT


def test_serve_refuses_a_missing_database_with_one_line(tmp_path):
    from typer.testing import CliRunner

    from dyad.cli.main import app
    from dyad.errors import StoreError

    res = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 3
    assert "no database here" in res.output and "Traceback" not in res.output
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.duckdb")


def test_serve_workers_are_read_only(db):
    from typer.testing import CliRunner

    from dyad.cli.main import app

    res = CliRunner().invoke(app, ["serve", "--db", str(db), "--workers", "2", "--ingest-token", "t"])
    assert res.exit_code == 2 and "--workers must be 1 with --ingest-token" in res.output
    res = CliRunner().invoke(app, ["serve", "--db", str(db), "--workers", "0"])
    assert res.exit_code == 2


def test_worker_app_reads_its_database_from_the_environment(db, monkeypatch):
    from dyad.serve.app import WORKERS_ENV, worker_app

    monkeypatch.setenv("DYAD_DB", str(db))
    monkeypatch.setenv(WORKERS_ENV, "2")
    with TestClient(worker_app()) as c:
        assert c.get("/api/stats").json()["events"] == 27
        assert c.app.state.dyad.store.read_only


def test_response_cache_drops_answers_computed_before_a_clear():
    from dyad.serve.cache import ResponseCache

    cache = ResponseCache(entries=2)
    gen = cache.generation
    cache.clear()  # an ingest finished while the answer was being computed
    cache.put(b"/api/stats?", b"old", gen)
    assert cache.get(b"/api/stats?") is None
    cache.put(b"a", b"1", cache.generation)
    cache.put(b"b", b"2")
    cache.put(b"c", b"3")
    assert cache.get(b"a") is None and cache.get(b"c") == b"3"  # least recently used goes first


def test_ingest_lists_a_text_too_long_to_parse_among_the_skipped(tmp_path, pipeline):
    from dyad.pipeline import Pipeline

    app = create_app(tmp_path / "w.duckdb", Settings.load(), ingest_token=TOKEN)
    app.state.dyad._pipeline = Pipeline(Settings.load(max_chars_per_doc=40), stages=[], nlp=pipeline.nlp)
    items = [{"text": "Oman hosted the talks."}, {"text": "A much longer report about the talks. " * 3}]
    with TestClient(app, raise_server_exceptions=False) as c:
        body = c.post(
            "/api/ingest", json={"items": items}, headers={"Authorization": f"Bearer {TOKEN}"}
        ).json()
    assert body["new"] == 1
    assert [(s["item"], s["error"]) for s in body["skipped"]] == [(1, "E104")]


def test_every_route_is_in_the_readme_and_every_parameter_is_described(client):
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    api_table = readme[readme.index("| route | what it returns |") :]
    for path, ops in ok(client, "/openapi.json")["paths"].items():
        stem = path.split("{")[0]  # /api/articles/{article_id} is written /api/articles/{id}
        assert stem in api_table or "/" + path.rsplit("/", 1)[1] in api_table, f"README lacks {path}"
        for method, op in ops.items():
            bare = [p["name"] for p in op.get("parameters", []) if not p.get("description")]
            assert not bare, f"{method.upper()} {path}: no description for {bare}"


@pytest.mark.parametrize("url", ["/api/events", "/api/timeline", "/api/network", "/api/countries"])
def test_an_unknown_modality_is_422_not_an_empty_list(client, url):
    client.app.state.dyad.cache.clear()
    r = client.get(url, params={"modality": "threat"})  # "threatened" was meant
    assert r.status_code == 422
    assert r.json() == {
        "error": "bad_modality",
        "message": "unknown modality 'threat'; use one of asserted, threatened, intended, hypothetical, demanded",
    }
    assert client.get(url, params={"modality": "threatened"}).status_code == 200


@pytest.mark.parametrize("url", ["/api/actors", "/api/places", "/api/quotes", "/api/articles"])
def test_paging_one_row_at_a_time_gives_every_row_once_in_the_same_order(client, url):
    whole = ok(client, url, limit=20)
    assert whole["next_offset"] is None, "the fixture fits one page"
    rows, offset = [], 0
    while offset is not None:
        page = ok(client, url, limit=1, offset=offset)
        rows += page["items"]
        offset = page["next_offset"]
    assert rows == whole["items"] and len(rows) >= 3


def test_an_unknown_actor_kind_is_422(client):
    r = client.get("/api/actors", params={"kind": "organisation"})
    assert r.status_code == 422
    assert r.json() == {
        "error": "bad_kind",
        "message": "unknown kind 'organisation'; use one of person, organization, country, group",
    }


@pytest.mark.parametrize(
    "url", ["/api/events", "/api/timeline", "/api/network", "/api/articles", "/api/quotes", "/api/places"]
)
def test_a_date_range_that_ends_before_it_starts_is_422(client, url):
    client.app.state.dyad.cache.clear()
    r = client.get(url, params={"since": "2021-06-01", "until": "2021-01-01"})
    assert r.status_code == 422
    assert r.json() == {"error": "bad_range", "message": "since 2021-06-01 is after until 2021-01-01"}


def test_an_analysis_over_a_reversed_date_range_says_so(client):
    r = client.get(
        "/api/analyze/dyad", params={"a": "USA", "b": "AZE", "since": "2021-06-01", "until": "2021-01-01"}
    )
    assert r.status_code == 400
    assert r.json() == {"error": "bad_analysis", "message": "since 2021-06-01 is after until 2021-01-01"}
