"""Places in local news read in the state the article is plainly about."""

from __future__ import annotations

import pytest
from record_kit import near, places_of

# (text, toponym, point it must lie within 161 km of)
HOME_STATE = [
    # a town of under 150,000 people read in another state, when four other names all lie in one
    # state, is a hamlet of that state (placed at the state's centre without a reading there)
    (
        "Storms knocked down trees in Billings, Bozeman, Missoula and Great Falls on Tuesday. "
        "A family in Waco lost its barn.",
        "Waco",
        (46.96, -109.9),
    ),
    # the home state's own town of the name when the gazetteer has one
    (
        "Flood crews from Tupelo, Oxford and Starkville worked through the night. "
        "A woman from Brandon said her street was under water.",
        "Brandon",
        (32.27, -89.99),
    ),
    # a state capital stays where it is: three names are no proof against it
    (
        "Snow closed roads around Fargo and Bismarck. A driver from Albany was hurt near Jamestown.",
        "Albany",
        (42.65, -73.76),
    ),
    # a big city is no hamlet
    (
        "Storms knocked down trees in Billings, Bozeman, Missoula and Great Falls on Tuesday. "
        "Her son flew home from Seattle.",
        "Seattle",
        (47.61, -122.33),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), HOME_STATE)
def test_a_town_read_in_the_article_state(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


# a county named without its county word, when the article backs it (its state named)
BARE_COUNTIES = [
    (
        "Deputies in Avoyelles arrested four men near Marksville, Louisiana, on Friday.",
        "Avoyelles",
        (31.08, -92.0),
    ),
    (
        "Deputies in Lafourche searched the bayou on Sunday, Louisiana officials said.",
        "Lafourche",
        (29.6, -90.5),
    ),
    ("Buses in Multnomah ran late after the storm near Portland, Oregon.", "Multnomah", (45.5, -122.5)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), BARE_COUNTIES)
def test_a_county_named_without_its_county_word(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


# (text, word that must not be a place): the bare county name without support, a river
NOT_BARE_COUNTIES = [
    ("Mr. Lafourche thanked the volunteers.", "Lafourche"),
    ("The talks in Mecklenburg ended on Friday, German officials said.", "Mecklenburg"),
    ("Barges moved slowly down the Red River toward the dam.", "Red River"),
]


@pytest.mark.parametrize(("text", "word"), NOT_BARE_COUNTIES)
def test_no_bare_county(places_only, text, word):
    assert not [p for p in places_of(places_only, text) if word in p.text]


# (text, the organisation name the model read, the town after "in" inside it, or None)
ORG_TOWNS = [
    ("Pupils at Our Savior Lutheran School in Naperville won the art prize.", "Our Savior", "Naperville"),
    ("The dinner at Grace Chapel in Elizabethtown raised $900.", "Grace", "Elizabethtown"),
    # no town after the "in"
    ("She won the Prize for Excellence in Journalism last year.", "Prize", None),
]


@pytest.mark.parametrize(("text", "first", "town"), ORG_TOWNS)
def test_a_town_after_in_inside_an_organisation_name(nlp, pipeline, text, first, town):
    """The model reads "the X School in Town" as one name: the town after "in" is a place."""
    from spacy.tokens import Span

    from dyad.extract.geo import recognize

    doc = nlp(text)
    words = [t.text for t in doc]
    i = words.index(first.split()[0])
    j = next(k for k in range(i, len(doc)) if doc[k].lower_ == "in") + 2
    doc.ents = [Span(doc, i, j, "ORG")]
    found = [m.text for m in recognize(doc, pipeline.resources.gazetteer)]
    assert found == ([town] if town else []), found
