"""Places: natural features named after towns, datelines feeds mangle, initials cut short, and
readings that must not move (a capital's own name, a world city before a state, given names)."""

from __future__ import annotations

import pytest
from record_kit import near, places_of

# (text, toponym, point it must lie within 161 km of)
PLACED = [
    # a river, lake or valley the gazetteer lacks, named after a town or county of the article's area
    (
        "Volunteers hauled tyres out of the Catawba River below Rock Hill on Saturday, and York "
        "County officials across South Carolina thanked them.",
        "Catawba River",
        (34.9, -81.0),
    ),
    (
        "Bass anglers crowded Lake Hartwell this spring, east of Anderson, South Carolina, and "
        "boat ramps near Toccoa, Georgia, filled by dawn.",
        "Lake Hartwell",
        (34.4, -82.9),
    ),
    (
        "A canoe tipped over on the Wabash River on Sunday; Vigo County deputies pulled two "
        "paddlers ashore at Terre Haute, Indiana.",
        "Wabash River",
        (40.0, -86.5),
    ),
    # datelines whose dash a feed turned into three hyphens, a Latin-1 em dash or a double space
    ("GAFFNEY --- The county council voted on Tuesday to pave four rural roads.", "GAFFNEY", (35.07, -81.65)),
    ("SPARTANBURG \x97 A water main broke downtown on Friday morning.", "SPARTANBURG", (34.95, -81.93)),
    ("CLEMSON  Students returned to campus after the storm passed on Monday.", "CLEMSON", (34.68, -82.84)),
    # a dateline after a byline's date that the model did not read as a date
    (
        "By Ann Lowe Staff Writer May 2, 2010 ROCK HILL -- The school board approved a new gym.",
        "ROCK HILL",
        (34.92, -81.03),
    ),
    # initials the tokenizer cut short: "U.S" of "U.S..", "N.Y" before a comma
    ("Visitors arrived from all over the U.S.. Hotels were full by noon.", "U.S", (39.8, -98.5)),
    ("The trucker was jailed in Kings County, N.Y, during the spring of 2003.", "N.Y", (43.0, -75.5)),
    # a sentence's first word bound by the state after the comma, when a town of the name lies there
    (
        "Crews worked through the night. Normal, Illinois, reopened its roads by noon.",
        "Normal",
        (40.51, -88.99),
    ),
    ("Crews worked through the night. Bath, Maine, reopened its roads by noon.", "Bath", (43.91, -69.82)),
    (
        "Crews worked through the night. Reading, Pennsylvania, reopened its roads by noon.",
        "Reading",
        (40.34, -75.93),
    ),
    # a national capital's own name stays the capital in a story about a neighbour
    (
        "Indian officials in New Delhi and Srinagar said on Monday that water talks with "
        "Islamabad would resume once Kashmir calmed, and India would send engineers.",
        "Islamabad",
        (33.72, 73.06),
    ),
    # a world city before a state's name is a list, not a hamlet of that state
    (
        "Besides London, Wales has also rejected the plan, and Cardiff says the Welsh vote decides it.",
        "London",
        (51.51, -0.13),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), PLACED)
def test_placed(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


# (text, a word that must not come out as a place)
NOT_PLACES = [
    # a river named after a town far from every place of the article
    ("Rescuers searched the Wabash River all night, officials in Fresno, California, said.", "Wabash"),
    # an adverb opening a sentence is no town of the state after it (there is no Still in Texas)
    ("Lawmakers argued all week. Still, Texas voters backed the plan on Tuesday.", "Still"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PLACES)
def test_not_places(places_only, text, word):
    places = places_of(places_only, text)
    assert not [p for p in places if word in p.text], [(p.text, p.name) for p in places]


# (text, name, kept): a common given name that matches a town only by one of its other names
# ("Julia", once a name of Plovdiv) is a person the model read as a place, unless after "in"
GIVEN_NAMES = [
    ("The puppet show added a new friend, Julia, who loves to sing.", "Julia", False),
    ("The puppet show was filmed in Julia last spring.", "Julia", True),
    ("The puppet show toured Charlotte and Raleigh last spring.", "Charlotte", True),  # its own name
]


@pytest.mark.parametrize(("text", "name", "kept"), GIVEN_NAMES)
def test_given_names_matching_only_another_name_of_a_town(places_only, text, name, kept):
    from types import SimpleNamespace

    from dyad.extract.geo import Mention, _not_given_names
    from dyad.geo.gazetteer import normalize

    gaz = places_only.resources.gazetteer
    start = text.index(name)
    m = Mention(start, start + len(name), name, normalize(name), gaz.lookup(name))
    assert m.candidates
    ctx = SimpleNamespace(resources=places_only.resources)
    assert bool(_not_given_names(ctx, text, [m])) is kept
