"""Places read in the article's context: the publisher's country-code web domain, and a name's
particle written joined or apart ("DeSoto" for "De Soto")."""

from __future__ import annotations

import pytest
from record_kit import near

from dyad.pipeline import Pipeline
from dyad.records import Article, Place


def places_at(pipeline: Pipeline, text: str, url: str | None) -> list[Place]:
    record, problems = pipeline.process(Article(id="t", text=text, url=url))
    assert not problems
    return record.places


# (text, url, toponym, point it must lie within 161 km of)
PUBLISHER = [
    # a country-code domain places the paper's home town in its country
    (
        "Windsor council approved the new bus shelters on Tuesday.",
        "http://www.riverside-courier.ca/news/1234",
        "Windsor",
        (42.30, -83.02),
    ),
    (
        "Windsor council approved the new bus shelters on Tuesday.",
        "https://www.thamesvalleyherald.co.uk/news/1234",
        "Windsor",
        (51.48, -0.61),
    ),
    (
        "Shoppers in Perth queued for the January sales.",
        "https://www.taysidepost.co.uk/local/shops",
        "Perth",
        (56.40, -3.43),
    ),
    (
        "Shoppers in Perth queued for the January sales.",
        "https://www.swanvalleygazette.com.au/local/shops",
        "Perth",
        (-31.95, 115.86),
    ),
    # a generic or commercial domain says nothing: the name keeps its usual reading
    (
        "Shoppers in Perth queued for the January sales.",
        "https://www.shoppingnews.tv/x",
        "Perth",
        (-31.95, 115.86),
    ),
    ("Thousands marched in Paris on Saturday.", "https://www.worlddesk.com/a/1", "Paris", (48.86, 2.35)),
]


@pytest.mark.parametrize(("text", "url", "toponym", "point"), PUBLISHER)
def test_a_country_code_domain_places_local_news(places_only, text, url, toponym, point):
    near(places_at(places_only, text, url), toponym, point)


# a parish or county written with its particle joined, where the gazetteer writes it apart,
# or the other way round; the county then places the towns beside it
PARTICLES = [
    ("Deputies in DeSoto Parish closed two roads after the storm.", "DeSoto Parish", (32.06, -93.74)),
    ("Flood warnings were issued for La Porte County on Monday.", "La Porte County", (41.55, -86.74)),
    ("The DeWitt County fair opened in Cuero this week.", "DeWitt County", (29.08, -97.36)),
    (
        "A deputy from DeSoto Parish chased the truck into Mansfield before dawn.",
        "Mansfield",
        (32.04, -93.70),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), PARTICLES)
def test_a_particle_written_joined_or_apart(places_only, text, toponym, point):
    near(places_at(places_only, text, None), toponym, point)


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("http://www.example.ca/story/1", "CAN"),
        ("https://news.example.co.uk/a", "GBR"),
        ("https://example.ie/b", "IRL"),
        ("example.com.au/c", "AUS"),
        ("https://example.com/d", None),
        ("https://example.tv/e", None),
        ("https://example.org/f", None),
        ("", None),
        (None, None),
    ],
)
def test_publisher_country(places_only, url, country):
    from dyad.geo import Gazetteer

    assert Gazetteer.load().publisher_country(url) == country


# saint names: a possessive that is part of the name, a hyphenated short "St-" or "Ste-"
SAINTS = [
    ("The ferry left St. John's, Newfoundland, before the storm.", "St. John's", (47.56, -52.71)),
    ("A fire destroyed a bakery in Ste-Foy, Quebec, overnight.", "Ste-Foy", (46.78, -71.29)),
    ("The cyclists rode from St-Hyacinthe to Granby on Sunday.", "St-Hyacinthe", (45.63, -72.96)),
    ("Snow closed the schools across Newfoundland on Monday.", "Newfoundland", (48.5, -56.0)),
]


@pytest.mark.parametrize(("text", "toponym", "point"), SAINTS)
def test_saint_names(places_only, text, toponym, point):
    near(places_at(places_only, text, None), toponym, point, km=400)


# a hamlet the gazetteer lacks, in a story about one county: placed in the county the article
# names nearest to it, not at a namesake states away nor at the state's centre
HAMLETS = [
    (
        "Webster County deputies said the fire started near Elkland. Crews from Fair Grove, "
        "Nixa and Marshfield helped. The Webster County sheriff thanked the Nixa crews.",
        "Elkland",
        (37.44, -92.93),
    ),
    (
        "A barn burned near Waverly, W.Va., on Monday. Wood County firefighters from "
        "Parkersburg and Vienna answered the call.",
        "Waverly",
        (39.32, -81.39),
    ),
]


@pytest.mark.parametrize(("text", "toponym", "point"), HAMLETS)
def test_a_hamlet_lies_in_the_county_named_beside_it(places_only, text, toponym, point):
    place = near(places_at(places_only, text, None), toponym, point, km=60)
    assert place.feature == "admin2"
