"""Places read beside the article's other places: a namesake of a capital next to two of the
article's counties or towns beats the namesake in a state the article names elsewhere, and a
small nation's capital does not outrank a bigger town of its name."""

from __future__ import annotations

import pytest
from record_kit import near, places_of

# (text, toponym, point it must lie within 161 km of)
NEARBY = [
    # a capital's namesake beside two places of the article, another state named further on
    (
        "Crews from Nelsonville and the Hocking County fire district fought a fire that gutted a "
        "warehouse in Athens on Tuesday. The owner, a trucker who grew up in Charleston, West "
        "Virginia, said nobody was hurt. West Virginia troopers are looking for a second truck.",
        "Athens",
        (39.33, -82.10),
    ),
    (
        "The Pulaski County sheriff said deputies found the stolen tractor in a barn near Somerset. "
        "A second man was arrested in London on Friday. He had moved back from San Diego, "
        "California, last spring, and still owes rent in California.",
        "London",
        (37.13, -84.08),
    ),
    # no place of the article beside a namesake: the capital stays the capital
    (
        "The minister flew to London on Monday for talks, then went on to Madrid and Rome.",
        "London",
        (51.51, -0.13),
    ),
    (
        "Tourists in Athens queued for hours at the Acropolis, while ferries to Crete were full.",
        "Athens",
        (37.98, 23.73),
    ),
    # a town's own state named beside it still wins over the capital
    (
        "A new bakery opened in Athens, Georgia, near the university campus.",
        "Athens",
        (33.96, -83.38),
    ),
    # a small nation's capital gives way to a bigger town of the name
    (
        "Snow closed schools in St. John's on Monday, and the ferry to the mainland was cancelled.",
        "St. John's",
        (47.56, -52.71),
    ),
    # ... unless the article is about that nation
    (
        "Cruise ships docked in St. John's as Antigua welcomed its busiest season in a decade.",
        "St. John's",
        (17.12, -61.84),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), NEARBY)
def test_places_beside_the_articles_places(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


# (text, hamlet the gazetteer lacks in its state, point it must lie within 161 km of): placed
# at the county the article names closest to it, else at the local town, not the state's centre
HAMLETS = [
    (
        "A rancher from Hartwell, Texas, sold forty head of cattle at the auction barn in Alpine "
        "on Saturday. Buyers drove in from Marfa and Fort Stockton.",
        "Hartwell",
        (30.36, -103.66),
    ),
    (
        "Volunteers from Ashby, Ontario, rebuilt the arena roof in Kenora over the weekend, with "
        "lumber trucked in from Dryden.",
        "Ashby",
        (49.77, -94.49),
    ),
    (
        "A rancher from Hartwell, Texas, sold forty head of cattle in Brewster County on Saturday, "
        "the day after the rodeo in Amarillo.",
        "Hartwell",
        (29.81, -103.25),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), HAMLETS)
def test_hamlets_lie_at_the_articles_local_places(places_only, text, toponym, point):
    near(places_of(places_only, text), toponym, point)


def test_a_hamlets_bare_mentions_follow_its_qualified_one(places_only):
    text = (
        "A rancher from Hartwell, Texas, sold forty head of cattle at the auction barn in Alpine on "
        "Saturday. Buyers drove in from Marfa. He said Hartwell has one store and no bank."
    )
    found = [p for p in places_of(places_only, text) if p.text == "Hartwell"]
    assert len(found) == 2
    for p in found:
        near([p], "Hartwell", (30.36, -103.66))
