"""Places: names the model misreads or hides inside longer names, and areas read as their towns."""

from __future__ import annotations

import pytest
from record_kit import near, places_of

from dyad.geo.gazetteer import normalize


# letters that carry no accent to strip: the English spelling is the same name
@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Puławy", "pulawy"),
        ("Doğubayazıt", "dogubayazit"),
        ("Østfold", "ostfold"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
    ],
)
def test_letters_without_accents_fold(written, plain):
    assert normalize(written) == plain


# (text, toponym, point it must lie within 161 km of)
MISREAD = [
    # a town the model read as a firm after "the town of" or "in", spelt without its special letters
    ("Vets from the regional lab drove to the town of Pulawy in eastern Poland.", "Pulawy", (51.42, 21.97)),
    (
        "Clinic staff in Dogubayazit said two more patients arrived from the villages.",
        "Dogubayazit",
        (39.55, 44.08),
    ),
    # a town read as a person, bound by the state after it
    (
        "Teams from Sioux Falls, S.D., Boise, Idaho, and Tulsa, Okla. reached the final.",
        "Sioux Falls",
        (43.54, -96.73),
    ),
    # a name with an inner capital is capitalised
    ("The DeKalb City Council approved the new budget on Monday night.", "DeKalb", (41.93, -88.75)),
    ("Crews from McAllen and Brownsville worked through the night.", "McAllen", (26.2, -98.23)),
    # a town after "Metropolitan" or "Greater" inside a body's name
    ("She runs the food bank of the United Way of Metropolitan Denver.", "Denver", (39.74, -104.98)),
    # an area named with its generic word, read as a people
    ("Farmers in the Artibonite region lost their rice crop to the floods.", "Artibonite", (19.33, -72.7)),
    # a county or a state inside an event's name
    ("Rain kept crowds away from the Polk County Fair in Iowa on Saturday.", "Polk County", (41.69, -93.57)),
    # a town after "in" read as a date or a people
    ("Ministers met in Manchester on Monday to agree the budget.", "Manchester", (53.48, -2.24)),
    ("Shelling resumed in Aleppo overnight, residents said.", "Aleppo", (36.2, 37.16)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), MISREAD)
def test_misread_names_are_places(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


# (text, toponym, point): a name that is a town's and also an area's other name, or a council
AREAS_AND_TOWNS = [
    # the bare name is the town, not the province around it titled after it
    ("The museum in Toledo reopened after the flood.", "Toledo", (41.66, -83.56)),
    ("Tourists filled the old quarter of Toledo, south of Madrid.", "Toledo", (39.86, -4.03)),
    # "X City Council" is X's council when "X City" is only another name of a town abroad
    (
        "Officials in Los Angeles said the San Fernando City Council would vote on the plan.",
        "San Fernando",
        (34.28, -118.44),
    ),
    (
        "The Carson City Council met on Tuesday to discuss water rates in Nevada.",
        "Carson City",
        (39.16, -119.77),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), AREAS_AND_TOWNS)
def test_areas_and_towns(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


def test_a_person_is_still_no_place(places_only):
    texts = [p.text for p in places_of(places_only, "The award went to Jane Austin, a teacher, on Monday.")]
    assert "Austin" not in texts, texts


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Guangxi Zhuangzu Zizhiqu", "Guangxi"),
        ("Ningxia Huizu Zizhiqu", "Ningxia"),
        ("Xinjiang Uygur Zizhiqu", "Xinjiang"),
        ("Tibet Autonomous Region", "Tibet"),
        ("Anhui Sheng", "Anhui"),
    ],
)
def test_area_names_without_their_title(name, short):
    from dyad.geo.gazetteer import _short_names

    assert short in _short_names(name)


# (text, toponym, point): the areas a list after "the provinces of" names
AREAS_LISTED_AFTER = [
    ("Floods hit the provinces of Guangxi and Hunan in the south.", "Guangxi", (23.7, 108.8)),
    ("Floods hit the provinces of Guangxi and Hunan in the south.", "Hunan", (27.6, 111.7)),
    (
        "Dry wells were found in the provinces of Midlands, Masvingo and Mashonaland West.",
        "Mashonaland West",
        (-17.2, 29.8),
    ),
    (
        "Dry wells were found in the provinces of Midlands, Masvingo and Mashonaland West.",
        "Midlands",
        (-19.0, 29.7),
    ),
    (
        "Geese died in the states of Bavaria, Saxony-Anhalt and Hesse last week.",
        "Saxony-Anhalt",
        (51.9, 11.75),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), AREAS_LISTED_AFTER)
def test_areas_listed_after_their_plural(places_only, text, toponym, point):
    p = near(places_of(places_only, text), toponym, point, km=250)
    assert p.feature == "admin1", (p.name, p.feature)


def test_a_county_we_lack_is_no_town_of_its_name(places_only):
    places = places_of(places_only, "The DeSoto Parish library board met near Shreveport on Monday.")
    assert not any(p.text == "DeSoto" and p.country == "USA" and p.lon < -95 for p in places), [
        (p.text, p.name, p.lon) for p in places
    ]


def test_a_name_once_called_a_province_is_no_town_abroad(places_only):
    text = "Nurses in Kenya worked in Nyanza province for a month. The clinics of Nyanza lack fuel."
    places = places_of(places_only, text)
    assert not any("Nyanza" in p.text and p.country != "KEN" for p in places), [
        (p.text, p.name, p.country) for p in places
    ]


def test_an_area_listed_after_its_plural_is_no_town_abroad(places_only):
    text = "Aid reached the provinces of Nyanza, Coast and Western in Kenya this week."
    places = places_of(places_only, text)
    assert [p.country for p in places] == ["KEN"], [(p.text, p.name, p.country) for p in places]


@pytest.mark.parametrize(
    ("short", "full"),
    [("W. Columbia", "West Columbia"), ("N. Carolina", "North Carolina"), ("S. Korea", "South Korea")],
)
def test_a_direction_initial_is_the_direction(short, full):
    assert normalize(short) == normalize(full)


# (text, township, point or None): a township the gazetteer lacks is its town's, where the article
# supports that town; elsewhere it is left out rather than put at a namesake far away
TOWNSHIPS = [
    (
        "Crews from Lititz and Ephrata Township, Pa., fought the barn fire.",
        "Ephrata Township",
        (40.18, -76.18),
    ),
    ("Storm damage closed roads in Ephrata Township on Sunday.", "Ephrata Township", None),
]


@pytest.mark.parametrize(("text", "toponym", "point"), TOWNSHIPS)
def test_townships_the_gazetteer_lacks(places_only, text, toponym, point):
    places = places_of(places_only, text)
    if point is None:
        assert toponym not in [p.text for p in places], [(p.text, p.name) for p in places]
    else:
        near(places, toponym, point)


def test_a_township_read_as_its_town_does_not_move_the_town(places_only):
    text = "Deputies in Butler County, Ohio, closed a road in Liberty Twp. near Liberty on Friday."
    near(places_of(places_only, text), "Liberty", (39.42, -84.5))
