"""Places in US local news: towns bound by the state after them, and counties written "X Co."."""

from __future__ import annotations

import pytest
from record_kit import near, places_of

# (text, toponym, point it must lie within 161 km of)
LOCAL = [
    # a town the model reads as a people, bound by the state after it
    ("A man from Greer, S.C., was arrested on Monday.", "Greer", (34.94, -82.23)),
    ("A woman from Greer, South Carolina, won the county spelling bee.", "Greer", (34.94, -82.23)),
    # a town read as a person or a place, bound the same way (unchanged)
    ("Two teens from Sioux Falls, S.D., were hurt in the crash.", "Sioux Falls", (43.55, -96.70)),
    ("The casino near Dillon, South Carolina, opened last year.", "Dillon", (34.42, -79.37)),
    # "X Co.": the county, after a locative, before a county body or a state
    ("Deputies in Saline Co. closed the road near Salina, Kansas.", "Saline Co.", (38.78, -97.65)),
    ("The crash happened in Sevier Co., Tennessee, on Friday, troopers said.", "Sevier Co.", (35.78, -83.52)),
    (
        "The Stearns Co. sheriff said the road near St. Cloud, Minn., was flooded.",
        "Stearns Co.",
        (45.55, -94.61),
    ),
    ("A Sevier Co. man was hurt in a fall near Gatlinburg, Tenn., on Sunday.", "Sevier Co.", (35.78, -83.52)),
    ("A farmer from Black Hawk Co. won a ribbon at the Iowa fair.", "Black Hawk Co.", (42.47, -92.31)),
    # a town's name before a local office or service ("town_cues"), whatever the model read it as
    ("The Kilgore Volunteer Fire Department put out the barn fire on Sunday.", "Kilgore", (32.39, -94.88)),
    ("Mebane Police Chief Terry Cole said the road would reopen by noon.", "Mebane", (36.10, -79.27)),
    ('"We will repave it this summer," said Fort Payne Mayor Bill Lane.', "Fort Payne", (34.44, -85.72)),
    (
        "An officer of the Brenham Police Department of Brenham Police testified on Monday.",
        "Brenham",
        (30.17, -96.40),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), LOCAL)
def test_local_places(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


# (text, word that must not be a place): a firm written "X Co.", a people in a list
NOT_PLACES = [
    ("Harlan Co. of Denver acquired the mill in 1971.", "Harlan"),
    ("Harlan Co. acquired the mill in 1971.", "Harlan"),
    ("He works for Ford Motor Co. in Dearborn, Michigan.", "Ford"),
    ("He spoke to Russian, Georgian and Ossetian leaders on Friday.", "Russian"),
    ("Americans, British and French troops left the base.", "Americans"),
    # a title before "Mayor" is no town of that name
    ("Vice Mayor Ana Cruz thanked the volunteers.", "Vice"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PLACES)
def test_not_local_places(places_only, text, word):
    assert not [p for p in places_of(places_only, text) if word in p.text]


def test_a_town_named_twice_in_a_bodys_name_is_found_twice(places_only):
    text = "An officer of the Brenham Police Department of Brenham Police testified on Monday."
    assert [p.span[0] for p in places_of(places_only, text) if p.text == "Brenham"] == [18, 47]


# (text, hamlet the gazetteer lacks in its province, country it must lie in): placed in the
# province when the article's other places lie in that country, not at a namesake abroad
HAMLETS_ABROAD = [
    ("A grass fire near Tetbury, Alberta, Canada, burned two barns on Friday.", "Tetbury", "CAN"),
    ("Crews from Tetbury, Alberta, fought the fire near Grande Prairie.", "Tetbury", "CAN"),
    # nothing else of the article in Canada: the town of the name stays (unchanged)
    ("Crews from Tetbury, Alberta, fought the fire.", "Tetbury", "GBR"),
]


@pytest.mark.parametrize(("text", "toponym", "country"), HAMLETS_ABROAD)
def test_a_hamlet_bound_by_a_province_of_the_articles_country(places_only, text, toponym, country):
    found = [p for p in places_of(places_only, text) if p.text == toponym]
    assert [p.country for p in found] == [country], [(p.name, p.country) for p in found]


# (text, the place's text): "X City" before a council's member is X's council, unless "X City" is
# a town's own name; a town whose last word "City" the model left out is the whole name
CITY_NAMES = [
    ("San Fernando City Councilwoman Ana Ruiz won a seat on the school board.", "San Fernando"),
    ("Jersey City Mayor Tom Hale spoke at the ferry terminal.", "Jersey City"),
    ("Carson City Council members met in Nevada.", "Carson City"),
]


@pytest.mark.parametrize(("text", "toponym"), CITY_NAMES)
def test_city_before_a_body_or_in_a_name(places_only, text, toponym):
    found = places_of(places_only, text)
    assert found and found[0].text == toponym, [(p.text, p.country) for p in found]


# (text, toponym, point it must lie within 161 km of): Irish and Northern Irish counties, written
# "County X", "Co. X" or "Co X" (the model often reads the name as a person), or bare after "in"
IRISH_COUNTIES = [
    ("Farmers in County Mayo say the wet spring ruined the hay.", "County Mayo", (53.90, -9.30)),
    ("A trawler sank off the coast of Co. Clare on Tuesday night.", "Co. Clare", (52.86, -8.98)),
    ("The bridge near Ennis, Co Clare, shuts for repairs in May.", "Co Clare", (52.86, -8.98)),
    ("Rescuers are looking for a missing hillwalker in Kerry.", "Kerry", (52.15, -9.57)),
    ("A new hospital wing opened in County Tyrone last week.", "County Tyrone", (54.60, -7.10)),
    ("Police in Co. Antrim seized drugs worth two million pounds.", "Co. Antrim", (54.85, -6.20)),
    ("The folk festival in Co. Down drew record crowds.", "Co. Down", (54.33, -5.90)),
    ("Storms hit parts of County Donegal and County Sligo overnight.", "County Sligo", (54.15, -8.60)),
    ("She grew up on a dairy farm in Co. Derry before moving to Leeds.", "Co. Derry", (54.90, -6.80)),
    ("Protesters gathered in Westmeath, Ireland, on Saturday.", "Westmeath", (53.53, -7.46)),
    ("A storm cut power to homes in Offaly and Laois.", "Offaly", (53.24, -7.71)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), IRISH_COUNTIES)
def test_irish_counties(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


# (text, word that must not be a place): a person named like a county, a county named like a word
NOT_COUNTIES = [
    ("Clare Byrne criticised the budget in parliament on Wednesday.", "Clare"),
    ("Kerry Walsh starred in the new film.", "Kerry"),
    ("Down beat Armagh in the final at Clones.", "Down"),
]


@pytest.mark.parametrize(("text", "word"), NOT_COUNTIES)
def test_not_irish_counties(places_only, text, word):
    assert not [p for p in places_of(places_only, text) if word in p.text]


# (text, toponym, point): a town's name whose "Ste." the tokenizer split from its period
SPLIT_ABBREVIATIONS = [
    ("The freighter docked at Sault Ste. Marie after the ice storm.", "Sault Ste. Marie", (46.52, -84.33)),
    ("A new arena is planned in Sault Ste. Marie, Ontario.", "Sault Ste. Marie", (46.52, -84.33)),
    ("Floodwaters rose along the levee in Ste. Genevieve on Sunday.", "Ste. Genevieve", (37.98, -90.04)),
    ("The winery near Ste. Genevieve, Missouri, reopened this spring.", "Ste. Genevieve", (37.98, -90.04)),
    # "St." stays one token: unchanged
    ("Voters in St. Cloud backed the school levy.", "St. Cloud", (45.56, -94.16)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), SPLIT_ABBREVIATIONS)
def test_town_names_with_a_split_abbreviation(places_only, text, toponym, point):
    p = near(places_of(places_only, text), toponym, point)
    assert p.text == toponym


# (text, toponym, country): a town the model reads as a firm is taken whole when the article
# names its country or its people, not as a namesake of its first word abroad
TOWNS_READ_AS_FIRMS = [
    ("Police in Egypt said the bus overturned near Beni Suef, south of Cairo.", "Beni Suef", "EGY"),
    ("Egyptian officials said three people died in Beni Suef on Tuesday.", "Beni Suef", "EGY"),
    ("Egypt's governor of Beni Suef visited the burnt church on Friday.", "Beni Suef", "EGY"),
]


@pytest.mark.parametrize(("text", "toponym", "country"), TOWNS_READ_AS_FIRMS)
def test_a_town_read_as_a_firm_is_taken_whole(places_only, text, toponym, country):
    found = [(p.text, p.country) for p in places_of(places_only, text) if toponym.split()[0] in p.text]
    assert found == [(toponym, country)]
