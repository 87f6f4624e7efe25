"""The dashboard in a real browser: Debian's chromium driven by Playwright, on a loopback server.

Nothing is downloaded: the browser is /usr/bin/chromium (``.ci/run`` installs it with apt)
and the page loads only local assets. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from serve_data import make_db

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from _serve(make_db(tmp_path_factory.mktemp("dash") / "dash.duckdb"))


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory):
    """A database with the schema and no rows (what an ingest of only unreadable files leaves)."""
    from dyad.store import Store

    db = tmp_path_factory.mktemp("dash-empty") / "empty.duckdb"
    Store(db).close()
    yield from _serve(db)


def _serve(db):
    import uvicorn

    from dyad.serve import create_app

    app = create_app(db)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (/usr/bin/chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []
    pg.errors = []
    pg.outside = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: None if r.url.startswith(server) else pg.outside.append(r.url))
    yield pg
    ctx.close()


def open_view(page, server, view):
    page.goto(f"{server}/#{view}")
    ready(page, view.split("/")[0])


def ready(page, view):
    """Wait until the view has rendered (the page sets body[data-ready]); no eval, the CSP forbids it."""
    page.locator(f"body[data-ready='{view}']").wait_for(state="attached", timeout=15000)


def count_is(locator, n):
    from playwright.sync_api import expect

    expect(locator).to_have_count(n, timeout=10000)


def shows(locator, pattern):
    """Wait for the text: the stats line loads on its own request, after the view may be ready."""
    import re

    from playwright.sync_api import expect

    expect(locator).to_contain_text(re.compile(pattern), timeout=10000)


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_timeline_renders_real_data_and_a_bar_leads_to_its_sentences(page, server):
    open_view(page, server, "timeline")
    bars = page.locator("#timeline-svg rect.point")
    assert bars.count() == 18  # (period, quad class) cells with counted events in the test corpus
    shows(page.locator("#stats"), "27")
    shot(page, "timeline")
    # the material-conflict bar of September 2020: one event, the attack near Fuzuli
    page.locator('#timeline-svg rect[data-period="2020-09-01"][data-quad="4"]').click()
    items = page.locator("#evidence-list li.evidence-item")
    items.first.wait_for()
    assert items.count() == 1
    assert items.first.locator(".sentence").inner_text() == "Yerevan said Baku attacked villages near Fuzuli."
    assert items.first.locator(".sentence mark").inner_text() == "attacked"  # the trigger
    shot(page, "timeline-evidence")
    # ... and on to the article reader, at that sentence
    items.first.locator("a.to-reader").click()
    ready(page, "reader")
    page.locator("#article-text .focus").first.wait_for()
    focus = "".join(page.locator("#article-text .focus").all_inner_texts())
    assert focus == "Yerevan said Baku attacked villages near Fuzuli."
    assert page.locator("#article h1").inner_text() == "Heavy fighting near Stepanakert"
    assert not page.errors and not page.outside


def test_timeline_filters_by_dyad_and_code(page, server):
    open_view(page, server, "timeline")
    page.fill('#timeline-form input[name="pair"]', "ARM,AZE")
    page.fill('#timeline-form input[name="code"]', "112")
    page.click("#timeline-form button")
    count_is(page.locator("#timeline-svg rect.point"), 4)
    total = sum(
        int(x)
        for x in page.locator("#timeline-svg rect.point").evaluate_all("r => r.map(x => x.dataset.events)")
    )
    assert total == 4


def test_network_renders_edges_and_an_edge_leads_to_its_sentences(page, server):
    open_view(page, server, "network")
    assert page.locator("#network-svg .node").count() == 7
    edges = page.locator("#network-svg path.edge")
    assert edges.count() == 14
    shot(page, "network")
    # a real mouse click on a visible point of the heaviest edge's stroke
    x, y = page.locator('#network-svg path.edge[data-events="6"]').evaluate(
        """p => { const n = p.getTotalLength();
                  for (let i = 1; i < 40; i++) {
                    const m = p.getPointAtLength(n * (0.5 + (i % 2 ? 1 : -1) * Math.floor(i / 2) / 50));
                    const q = new DOMPoint(m.x, m.y).matrixTransform(p.getScreenCTM());
                    if (document.elementFromPoint(q.x, q.y) === p) return [q.x, q.y];
                  }
                  return null; }"""
    )
    page.mouse.click(x, y)
    page.locator("#evidence-list li.evidence-item").first.wait_for()
    assert page.locator("#evidence-list li.evidence-item").count() == 6
    assert "Azerbaijan → Armenia" in page.locator("#evidence-title").inner_text()


def test_map_draws_countries_and_places(page, server):
    open_view(page, server, "map")
    assert page.locator("#map-svg path.country").count() > 50
    places = page.locator("#map-svg circle.place")
    assert places.count() == 6
    # shaded: ARM AZE RUS FRA TUR IRN (the USA takes part too, but lies outside the fitted view)
    assert page.locator("#map-svg path.country.involved").count() == 6
    shot(page, "map")
    page.locator('#map-svg circle.place[data-name="Fuzuli"]').click()
    page.locator("#evidence-list li.evidence-item").first.wait_for()
    assert "Fuzuli" in page.locator("#evidence-list .sentence").first.inner_text()


def test_dyad_view_shows_both_directions(page, server):
    page.goto(f"{server}/#timeline")
    ready(page, "timeline")
    page.goto(f"{server}/#dyad")
    ready(page, "dyad")
    cards = page.locator("#dyad-summary .card")
    assert cards.count() == 2
    assert "6 events" in cards.nth(0).inner_text() or "6 events" in cards.nth(1).inner_text()
    assert page.locator("#dyad-svg circle.dyad-point").count() >= 5
    shot(page, "dyad")
    page.locator("#dyad-svg circle.dyad-point").first.click()
    page.locator("#evidence-list li.evidence-item").first.wait_for()


def test_reader_highlights_records_with_tooltips(page, server):
    open_view(page, server, "reader/t-002")
    text = page.locator("#article-text")
    assert text.locator(".event").count() == 2
    assert text.locator(".actor").count() >= 5
    assert text.locator(".quote").count() >= 1
    assert text.locator(".time").count() == 1
    assert "".join(text.locator(".place").all_inner_texts()) == "Moscow talks"
    text.locator(".event").first.hover()
    tip = page.locator("#tooltip")
    assert tip.is_visible()
    assert "Event 057" in tip.inner_text() and "rule: test.rule1" in tip.inner_text()
    shot(page, "reader")


def test_script_article_stays_inert(page, server):
    open_view(page, server, "reader/t-html")
    text = page.locator("#article-text")
    assert text.inner_text().startswith(
        '<script>alert("owned")</script> Baku accused Yerevan of <b>shelling</b>'
    )
    assert text.locator("script").count() == 0 and text.locator("b").count() == 0
    assert page.locator("#article h1").inner_text() == "A <script> in the text"
    page.wait_for_timeout(300)
    assert page.dialogs == [] and not page.errors
    shot(page, "reader-script")


def test_quote_explorer_filters_by_speaker(page, server):
    open_view(page, server, "quotes")
    rows = page.locator("#quote-table tbody tr")
    assert rows.count() == 3
    page.fill('#quote-form input[name="speaker"]', "Arev")
    page.click("#quote-form button")
    count_is(rows, 2)
    page.fill('#quote-form input[name="since"]', "2021-01-01")
    page.click("#quote-form button")
    count_is(rows, 1)
    assert "patience" in rows.first.inner_text()
    shot(page, "quotes")
    rows.first.locator("a.to-reader").click()
    ready(page, "reader")
    page.locator("#article-text .focus").first.wait_for()
    assert "".join(page.locator("#article-text .focus").all_inner_texts()) == "Our patience is not endless."


@pytest.mark.parametrize("view", ["timeline", "dyad", "network", "map", "reader", "quotes"])
def test_every_view_of_an_empty_database_says_so_without_errors(browser, empty_server, view):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    errors, failed = [], []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    try:
        pg.goto(f"{empty_server}/#{view}")
        ready(pg, view)
        shown = pg.locator(f"#view-{view}").inner_text()
        assert "Could not load" not in shown and not errors and not failed, (shown, errors, failed)
        empty = {
            "timeline": "No events match.",
            "dyad": "Choose two actors.",
            "network": "No edges.",
            "map": "No resolved places yet.",
            "reader": "Choose an article.",
            "quotes": "No quotes match.",
        }[view]
        assert empty in shown
        shows(pg.locator("#stats"), r"^0 articles")
    finally:
        ctx.close()
