"""Organisations: a known short name inside a longer party name, companies by legal form and
well-known firms. Sentences written for the project."""

from __future__ import annotations

import pytest


def _actors_at(rec, mention: str):
    start = rec.text.index(mention)
    end = start + len(mention)
    return [a for a in rec.actors for s, e in a.mentions if s < end and e > start]


CUT_PARTY_NAME = [
    # (text, mention, the code the party must not take, its expected country or None)
    (
        "Parliament backed the budget. In Romania, members of the Liberal Democratic Party praised the outcome.",
        "Democratic Party",
        "USAPTY",
        "ROU",
    ),
    (
        "Voters in Nairobi cheered the ruling National Democratic Party on Sunday.",
        "Democratic Party",
        "USAPTY",
        "KEN",
    ),
    (
        "Prime Minister Ion Vasilescu thanked the Liberal Democratic Party for its votes.",
        "Democratic Party",
        "USAPTY",
        None,
    ),
]


@pytest.mark.parametrize(("text", "mention", "wrong", "iso"), CUT_PARTY_NAME)
def test_a_known_name_ending_a_longer_party_name_is_not_that_party(extract, text, mention, wrong, iso):
    rec = extract(text, published="2017-03-01")
    codes = [a.code for a in _actors_at(rec, mention)]
    assert wrong not in codes, [(a.name, a.code) for a in rec.actors]
    if iso is not None:
        assert any((c or "").startswith(iso) for c in codes), [(a.name, a.code) for a in rec.actors]
    # nobody else takes the wrong party's country from it
    assert all(a.country != "USA" for a in rec.actors), [(a.name, a.code) for a in rec.actors]


US_PARTY = [
    "The Democratic Party criticised the senator's vote.",
    "Hillary Clinton won the Democratic Party nomination in Philadelphia.",
]


@pytest.mark.parametrize("text", US_PARTY)
def test_the_party_itself_is_still_known(extract, text):
    rec = extract(text, published="2017-03-01")
    assert [a.code for a in _actors_at(rec, "Democratic Party")] == ["USAPTY"]


LEGAL_FORM = [
    # (text, company mention)
    ("Nordwind Logistics GmbH signed a supply deal with the army.", "Nordwind Logistics GmbH"),
    ("Brannock Holdings Inc. took the town council to court last week.", "Brannock Holdings Inc."),
    ("Kessler Freight Ltd accused the dock workers of sabotage.", "Kessler Freight Ltd"),
    ("Talvik Shipping AB rejected the offer from its rival.", "Talvik Shipping AB"),
]


@pytest.mark.parametrize(("text", "mention"), LEGAL_FORM)
def test_a_name_with_a_legal_form_is_a_business(extract, text, mention):
    rec = extract(text, published="2017-03-01")
    hits = _actors_at(rec, mention)
    assert hits and hits[0].sector == "BUS", [(a.name, a.code) for a in rec.actors]


KNOWN_FIRMS = [
    # (text, mention, code)
    ("Toyota plans to open a second plant near Monterrey next year.", "Toyota", "JPNBUS"),
    ("Shareholders sued Volkswagen over the emissions scandal.", "Volkswagen", "DEUBUS"),
    ("Investors praised VW for its new electric car.", "VW", "DEUBUS"),
    ("Lufthansa cancelled hundreds of flights as pilots walked out.", "Lufthansa", "DEUBUS"),
    ("General Motors said it would close a factory in Ontario.", "General Motors", "USABUS"),
    ("Airbus delivered the first plane to the Indian carrier.", "Airbus", "FRABUS"),
]


@pytest.mark.parametrize(("text", "mention", "code"), KNOWN_FIRMS)
def test_a_well_known_firm_is_a_business_of_its_home_country(extract, text, mention, code):
    rec = extract(text, published="2017-03-01")
    assert [a.code for a in _actors_at(rec, mention)] == [code], [(a.name, a.code) for a in rec.actors]


TRIP_DESTINATION = [
    # (text, mention of the unnamed officials, the country they must not take)
    ("Officials made three trips to Oslo this spring to press their case.", "Officials", "NOR"),
    ("Diplomats paid a visit to Ottawa in June to settle the dispute.", "Diplomats", "CAN"),
    ("Before the vote, officials took a trip to Lisbon to lobby for the plan.", "officials", "PRT"),
]


@pytest.mark.parametrize(("text", "mention", "wrong"), TRIP_DESTINATION)
def test_a_trip_destination_gives_no_country_to_the_travellers(extract, text, mention, wrong):
    rec = extract(text, published="2017-03-01")
    hits = _actors_at(rec, mention)
    assert hits, [(a.name, a.code) for a in rec.actors]
    assert all(a.country != wrong for a in hits), [(a.name, a.code) for a in hits]


def test_officials_of_a_named_country_keep_it_on_a_trip(extract):
    rec = extract("Norwegian officials made a trip to Ottawa to sign the accord.", published="2017-03-01")
    assert [a.country for a in _actors_at(rec, "officials")] == ["NOR"]


FLED_FROM = [
    # (text, person, expected code)
    (
        "Canada tightened its rules. Labour Minister Omar Dualeh, once a refugee from Eritrea, said Canada was fair.",
        "Omar Dualeh",
        "CANGOV",
    ),
    (
        "Senator Amira Haddad, a former migrant from Syria, criticised the bill in Canberra.",
        "Amira Haddad",
        "AUSLEG",
    ),
    # with no office, the apposition is all there is: a refugee of the land they fled
    ("Omar Dualeh, a refugee from Eritrea, crossed the border into Canada.", "Omar Dualeh", "ERIREF"),
]


@pytest.mark.parametrize(("text", "person", "code"), FLED_FROM)
def test_the_land_an_official_once_fled_is_not_the_state_they_serve(extract, text, person, code):
    rec = extract(text, published="2017-03-01")
    assert [a.code for a in _actors_at(rec, person)] == [code], [(a.name, a.code) for a in rec.actors]


TOPIC_IN_APPOSITION = [
    # (text, person, country the person must not take)
    (
        "The petition was signed by Jan Nowak, director of an acclaimed documentary about Iran.",
        "Jan Nowak",
        "IRN",
    ),
    ("Jan Nowak, an expert on China at the institute, criticised the plan.", "Jan Nowak", "CHN"),
    ("Jan Nowak, the author of a study on Venezuela, spoke at the forum.", "Jan Nowak", "VEN"),
]


@pytest.mark.parametrize(("text", "person", "wrong"), TOPIC_IN_APPOSITION)
def test_a_country_a_person_writes_or_films_about_is_not_theirs(extract, text, person, wrong):
    rec = extract(text, published="2017-03-01")
    hits = _actors_at(rec, person)
    assert hits and all(a.country != wrong for a in hits), [(a.name, a.code) for a in rec.actors]


def test_a_demonym_on_the_topic_still_hints_at_the_experts_country(extract):
    text = (
        "Emre Kaya, a specialist on Turkish energy policy at Ankara's Bilkent University, doubted the plan."
    )
    rec = extract(text, published="2017-03-01")
    assert [a.country for a in _actors_at(rec, "Emre Kaya")] == ["TUR"], [
        (a.name, a.code) for a in rec.actors
    ]


def test_an_envoy_of_a_country_keeps_it(extract):
    rec = extract("Jan Nowak, special envoy of Poland, met the rebel leaders.", published="2017-03-01")
    assert [a.code for a in _actors_at(rec, "Jan Nowak")] == ["POLGOV"]


STATE_BODY_SPOKESPERSON = [
    # (text, person, expected code)
    (
        "Foreign Ministry spokeswoman Mei Lin said Beijing rejected the claim. China wants calm.",
        "Mei Lin",
        "CHNGOV",
    ),
    ("Defence Ministry spokesman Ivan Petrov said Russia would respond.", "Ivan Petrov", "RUSGOV"),
    ("Peru's Defence Ministry spokesman Jorge Salazar said troops would stay.", "Jorge Salazar", "PERGOV"),
]


@pytest.mark.parametrize(("text", "person", "code"), STATE_BODY_SPOKESPERSON)
def test_a_spokesperson_of_an_unnamed_ministry_speaks_for_the_state(extract, text, person, code):
    rec = extract(text, published="2017-03-01")
    assert [a.code for a in _actors_at(rec, person)] == [code], [(a.name, a.code) for a in rec.actors]


def test_a_spokesperson_of_an_unknown_company_takes_no_state_code(extract):
    rec = extract("Brightwell Media spokesman Tom Reed said the paper would appeal.", published="2017-03-01")
    assert all(not (a.code or "").endswith("GOV") for a in _actors_at(rec, "Tom Reed"))
