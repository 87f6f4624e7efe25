"""The in-memory event list answers exactly what the SQL page query answers, for every filter."""

from __future__ import annotations

import random

import pytest

from dyad.records import Actor, ArticleRecord, Event, Place
from dyad.store import Store
from dyad.store.browse import BrowseFilter, events_page
from dyad.store.formats import table_rows
from dyad.store.pages import EventPages

# (name, code, country): codes missing, names in mixed case, names that are not ASCII
PEOPLE = [
    ("Armenia", "ARMGOV", "ARM"),
    ("Azerbaijan", "AZEGOV", "AZE"),
    ("Russia", "RUS", "RUS"),
    ("Minister Halvorsen", "USAGOV", "USA"),
    ("the rebels", None, None),
    ("Côte d'Ivoire", "CIV", "CIV"),
    ("Émile Durand", "FRAGOV", "FRA"),
    ("UN Envoy", "IGOUNO", None),
    ("ANKARA officials", "TURGOV", "TUR"),
]
CODES = [("042", 1), ("0431", 1), ("057", 1), ("0841", 2), ("112", 3), ("130", 3), ("173", 4), ("190", 4)]
PLOVERS = [None, "consult", "ASSAULT", "Protest"]
MODALITIES = ["asserted", "hypothetical", "demanded", "asserted"]
PLACES = [("Riverton", "ARM", 40.1, 44.5), ("Lakeside", "AZE", 40.4, 49.8), ("Örnsköld", None, 63.3, 18.7)]


def _records(n: int, seed: int) -> list[ArticleRecord]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        published = None if i % 9 == 0 else f"2021-{1 + i % 12:02d}-{1 + rnd.randrange(28):02d}"
        sentences, events, actors, places = [], [], {}, []
        text = ""
        for k in range(rnd.randint(1, 4)):
            (an, ac, acn), (bn, bc, bcn) = rnd.sample(PEOPLE, 2)
            s = f"{an} met {bn} on day {i}-{k}."
            start = len(text) + (1 if text else 0)
            text += (" " if text else "") + s
            sentences.append([start, start + len(s)])
            for name, code, country in ((an, ac, acn), (bn, bc, bcn)):
                if name not in actors:
                    actors[name] = Actor(f"A{len(actors) + 1}", name, "country", code=code, country=country)
                    off = text.index(name, start)
                    actors[name].mentions.append([off, off + len(name)])
            place = None
            if rnd.random() < 0.4:
                pn, pc, lat, lon = rnd.choice(PLACES)
                place = f"P{len(places) + 1}"
                places.append(Place(place, "met", [start, start + 3], pn, pc, lat, lon))
            code, quad = rnd.choice(CODES)
            trig = start + s.index("met")
            events.append(
                Event(
                    id=f"E{k + 1}",
                    code=code,
                    root=code[:2],
                    name=f"CAMEO {code}",
                    goldstein=rnd.choice([None, -10.0, 1.9, 3.4]),
                    quad_class=quad,
                    plover=rnd.choice(PLOVERS),
                    source=actors[an].id if rnd.random() < 0.9 else None,
                    target=actors[bn].id,
                    source_code=ac,
                    target_code=bc,
                    sentence=k,
                    trigger_span=[trig, trig + 3],
                    rule="test",
                    date=rnd.choice([None, None, "2020-06-03", "2022-02"]),
                    place=place,
                    negated=rnd.random() < 0.15,
                    modality=rnd.choice(MODALITIES),
                    confidence=rnd.choice([0.5, 0.9]),
                )
            )
        out.append(
            ArticleRecord(
                id=f"doc-{i}",
                text=text,
                title=f"Article {i}",
                published=published,
                sentences=sentences,
                actors=list(actors.values()),
                events=events,
                places=places,
            )
        )
    return out


@pytest.fixture(scope="module")
def store():
    st = Store()
    st.write(_records(120, seed=3))
    yield st
    st.close()


@pytest.fixture(scope="module")
def model(store):
    return EventPages(store)


def _filters() -> list[BrowseFilter]:
    fixed = [
        BrowseFilter(),
        BrowseFilter(actor="ARM"),
        BrowseFilter(actor="armenia"),
        BrowseFilter(actor="REBELS"),
        BrowseFilter(actor="rebels"),
        BrowseFilter(actor="100%"),
        BrowseFilter(actor="a_b"),
        BrowseFilter(source="USAGOV", target="ARM"),
        BrowseFilter(source="minister", target="ivoire"),
        BrowseFilter(pair=("ARM", "AZE")),
        BrowseFilter(pair=("the rebels", "RUS")),
        BrowseFilter(source_code="ARMGOV", target_code="the rebels"),
        BrowseFilter(source_code="the rebels"),
        BrowseFilter(country="arm"),
        BrowseFilter(source_country="AZE", target_country="ARM"),
        BrowseFilter(root=["4", "19"]),
        BrowseFilter(code=["04", "173"]),
        BrowseFilter(code=["0431"]),
        BrowseFilter(plover=["assault", "CONSULT"]),
        BrowseFilter(quad_class=[1, 4]),
        BrowseFilter(since="2021-03-01"),
        BrowseFilter(until="2021-03-01"),
        BrowseFilter(since="2021-02-01", until="2021-06-30"),
        BrowseFilter(place="river"),
        BrowseFilter(place_country="aze"),
        BrowseFilter(negated=True),
        BrowseFilter(negated=False, modality=["hypothetical", "demanded"]),
        BrowseFilter(counted=True),
        BrowseFilter(article="doc-7"),
        BrowseFilter(actor="AZE", quad_class=[3], counted=True, since="2021-01-15"),
    ]
    rnd = random.Random(5)
    names = ["ARM", "AZEGOV", "RUS", "IGO", "armenia", "envoy", "REBEL", "minister"]
    for _ in range(60):
        f = BrowseFilter()
        for _ in range(rnd.randint(1, 3)):
            k = rnd.randrange(10)
            if k == 0:
                f.actor = rnd.choice(names)
            elif k == 1:
                f.pair = tuple(rnd.sample(names, 2))
            elif k == 2:
                f.quad_class = rnd.sample([1, 2, 3, 4], rnd.randint(1, 2))
            elif k == 3:
                f.since = f"2021-{rnd.randint(1, 12):02d}-01"
            elif k == 4:
                f.until = f"2021-{rnd.randint(1, 12):02d}-15"
            elif k == 5:
                f.root = [rnd.choice(CODES)[0][:2]]
            elif k == 6:
                f.country = rnd.choice(["ARM", "AZE", "USA", "CIV"])
            elif k == 7:
                f.counted = True
            elif k == 8:
                f.place = rnd.choice(["lake", "RIVER", "x"])
            else:
                f.source = rnd.choice(names)
        fixed.append(f)
    return fixed


@pytest.mark.parametrize("flt", _filters(), ids=lambda f: repr(f)[12:70])
def test_pages_match_the_sql_query(store, model, flt):
    total = len(table_rows(events_page(store, flt, limit=10_000)))
    for limit, offset in ((10_000, 0), (7, 0), (7, 14), (5, max(0, total - 3)), (5, total + 10)):
        expected = table_rows(events_page(store, flt, limit=limit, offset=offset))
        assert model.page(flt, limit=limit, offset=offset) == expected


@pytest.mark.parametrize(
    "flt",
    [BrowseFilter(text="met"), BrowseFilter(actor="côte"), BrowseFilter(place="örnsköld")],
    ids=["sentence-text", "non-ascii-name", "non-ascii-place"],
)
def test_filters_it_does_not_evaluate_are_left_to_sql(model, flt):
    assert model.page(flt, limit=10, offset=0) is None


def test_nulls_and_missing_days_come_out_as_in_sql(store, model):
    rows = model.page(None, limit=10_000, offset=0)
    assert rows == table_rows(events_page(store, None, limit=10_000))
    assert any(r["day"] is None for r in rows) and rows[-1]["day"] is None  # NULLS LAST
    assert any(r["goldstein"] is None for r in rows) and any(r["lat"] is None for r in rows)
    assert any(r["source_code"] is None for r in rows)


def test_empty_store():
    with Store() as st:
        model = EventPages(st)
        assert model.n == 0 and model.page(None, limit=5, offset=0) == []
        assert model.page(BrowseFilter(actor="ARM"), limit=5, offset=0) == []


def test_event_list_is_loaded_once_and_dropped_by_clear(store):
    from dyad.serve.cache import EventList

    loads = []

    def load():
        loads.append(1)
        return EventPages(store)

    events = EventList(load)
    first = events.get()
    assert first is not None and events.get() is first and len(loads) == 1
    events.clear()
    assert events.get() is not first and len(loads) == 2


def test_event_list_loaded_across_a_write_is_discarded_and_reloaded(store):
    """A clear() that lands while the list loads (an ingest finished meanwhile) wins: the list
    read before it is neither kept nor answered, and the next get() loads anew."""
    from dyad.serve.cache import EventList

    holder: list[EventList] = []
    loaded: list[EventPages] = []

    def load():
        model = EventPages(store)
        loaded.append(model)
        if len(loaded) == 1:
            holder[0].clear()  # a write finished while the list was being read
        return model

    events = EventList(load)
    holder.append(events)
    assert events.get() is None  # the request pages from SQL
    assert events.model is None and not events.off and events.generation == 1
    fresh = events.get()
    assert len(loaded) == 2 and fresh is loaded[1] and events.model is fresh
    assert events.get() is fresh and len(loaded) == 2


def test_event_list_clear_waits_for_a_get_that_is_installing(store):
    """clear() from another thread while get() holds the state lock (between its generation
    check and its assignment) takes effect after the assignment, never before it."""
    import threading

    from dyad.serve.cache import EventList

    events = EventList(lambda: EventPages(store))
    done = threading.Event()
    real = events.state

    class Probe:
        entries = 0

        def __enter__(self):
            real.acquire()
            Probe.entries += 1
            if Probe.entries == 2:  # get() is about to compare and assign
                threading.Thread(target=lambda: (events.clear(), done.set())).start()
                assert not done.wait(0.05)  # clear() waits for the state lock
            return self

        def __exit__(self, *exc):
            real.release()

    events.state = Probe()
    model = events.get()
    assert model is not None and done.wait(5)
    events.state = real
    assert events.model is None and events.generation == 1  # the clear() came last


@pytest.mark.parametrize(
    ("repeated", "once"),
    [
        (["04", "04", "04"], ["04"]),
        (["0"] * 50, ["0"]),
        (["173", "04", "173", "04", "0431"], ["04", "173"]),
        (["x", "x"], ["x"]),
    ],
)
def test_repeated_code_prefixes_count_once(store, model, repeated, once):
    flt, single = BrowseFilter(code=repeated), BrowseFilter(code=once)
    expected = table_rows(events_page(store, single, limit=10_000))
    assert model.page(flt, limit=10_000, offset=0) == expected
    assert table_rows(events_page(store, flt, limit=10_000)) == expected


def test_event_list_too_big_stays_off_until_cleared():
    from dyad.serve.cache import EventList

    events = EventList(lambda: None)
    assert events.get() is None and events.off
    events.clear()
    assert not events.off


@pytest.mark.parametrize(("py_values_max", "small"), [(2, 32_000), (4096, 3), (0, 2)])
def test_large_stores_take_the_same_paths(store, monkeypatch, py_values_max, small):
    """Columns with many distinct values are kept differently (Arrow values, 32-bit codes, plain
    numbers); a small store is made to take those paths too."""
    from dyad.store import pages

    monkeypatch.setattr(pages, "_PY_VALUES_MAX", py_values_max)
    monkeypatch.setattr(pages, "_SMALL", small)
    model = EventPages(store)
    assert any(isinstance(c, pages._Numbers) for c in model.cols.values()) == (small < 100)
    for flt in _filters()[:40]:
        for limit, offset in ((10_000, 0), (6, 5)):
            expected = table_rows(events_page(store, flt, limit=limit, offset=offset))
            assert model.page(flt, limit=limit, offset=offset) == expected, flt


def test_event_list_that_fails_to_load_stays_off():
    from dyad.serve.cache import EventList

    def load():
        raise MemoryError("no room")

    events = EventList(load)
    assert events.get() is None and events.off and events.get() is None
