"""Places the NER mistakes for people or bodies, and descriptions of a state, a party, a party
leader or "the two sides" that refer back to actors named just before."""

from __future__ import annotations

import json

import pytest

from dyad.errors import LexiconError
from dyad.lexicon import DATA as _DATA
from dyad.lexicon.anaphora import Anaphora


def _owners(rec, phrase: str, nth: int = 0) -> list[str]:
    """Codes of the actors with a mention starting at the nth occurrence of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = rec.text.index(phrase, start + 1)
    return sorted(a.code or "-" for a in rec.actors if any(s == start for s, _ in a.mentions))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town the model tags as a person: a locative preposition or "X residents" shows it
        (
            "Gunmen attacked a checkpoint near Lashkar Gah on Sunday, police said. Lashkar Gah "
            "residents said shops were closed.",
            "Lashkar Gah",
        ),
        # a town and its state
        (
            "Farmers in Chippewa Falls, Wisconsin, lost crops to the storm. Chippewa Falls officials "
            "asked for aid.",
            "Chippewa Falls",
        ),
        # a province acted on: at most its country, never an uncoded actor of its own
        ("Government forces shelled Idlib again on Tuesday, according to monitors.", "Idlib"),
    ],
)
def test_a_place_the_model_calls_a_person_is_no_actor(extract, text, place):
    rec = extract(text, published="2021-06-01")
    assert not [a for a in rec.actors if a.name == place], rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a person's surname that is also a town stays a person
        (
            "Senator Elizabeth Warren spoke in Boston. Warren said the bill was flawed.",
            "Warren said",
            ["USALEG"],
        ),
        # someone named like a village: "into X's death" is no place, she stays a nurse
        (
            "Rosa Poppi, a nurse, died in March. Police opened an inquiry into Poppi's death.",
            "Poppi's",
            ["HLH"],
        ),
    ],
)
def test_places_and_people_that_share_a_name(extract, text, phrase, expected):
    assert _owners(extract(text, published="2021-06-01"), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # "the regime" after one state's forces: that state's government
        (
            "Sudanese troops killed protesters in Khartoum. The regime denied the reports.",
            "The regime",
            ["SDNGOV"],
        ),
        (
            "North Korea fired two missiles into the sea on Thursday. The regime said the tests were routine.",
            "The regime",
            ["PRKGOV"],
        ),
        # "the government" is the state named before, not the one its own sentence names
        (
            "Iran said on Monday it had seized a tanker. The government warned Britain against escorting ships.",
            "The government",
            ["IRNGOV"],
        ),
        # two states just before: left to the article's context
        (
            "Russia and Ukraine traded accusations at the UN. The regime in Kiev said it would not yield.",
            "The regime",
            [],
        ),
        # "the government's budget" names no actor
        (
            "Peru named a new finance minister. The government's budget was cut.",
            "The government",
            [],
        ),
    ],
)
def test_the_regime_or_government_is_the_one_state_named_before(extract, text, phrase, expected):
    assert _owners(extract(text, published="2021-06-01"), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Polish President Andrzej Duda hosted Viktor Orban, Hungary's premier, in Warsaw. "
            "The two sides pledged joint action on migrants.",
            "The two sides",
            ["HUNGOV", "POLGOV"],
        ),
        (
            "Serbia and Kosovo agreed to resume talks. Both sides said they would free prisoners.",
            "Both sides",
            ["SRB", "XKX"],
        ),
        (
            "Talks between Ethiopia and Egypt stalled in Cairo. Both sides blamed the other.",
            "Both sides",
            ["EGY", "ETH"],
        ),
        (
            "Pakistani and Indian officials held talks in Geneva on Monday. The two sides raised water sharing.",
            "The two sides",
            ["INDGOV", "PAKGOV"],
        ),
        # two actors that do nothing together are not "both sides"
        (
            "Whatever the White House decides, tension in Ukraine is high. Both sides have moved weapons to the front.",
            "Both sides",
            [],
        ),
        # three countries: which two is not said
        (
            "Russia, Iran and Turkey urged calm on Monday. The two sides blamed each other.",
            "The two sides",
            [],
        ),
    ],
)
def test_the_two_sides_are_the_two_parties_just_named(extract, text, phrase, expected):
    assert _owners(extract(text, published="2021-06-01"), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a party leader known only from the description before the name
        (
            "Dutch far-right leader Geert Wilders spoke at a rally on Tuesday. The far-right leader later "
            "denied inciting hatred.",
            "The far-right leader",
            ["NLDPTY"],
        ),
        (
            "Dutch far-right leader Geert Wilders spoke at a rally on Tuesday.",
            "Geert Wilders",
            ["NLDPTY"],
        ),
        # "the ruling party" after the one party named
        (
            "The governing Justice and Development Party kept its majority in Turkey. The ruling party vowed new laws.",
            "The ruling party",
            ["TURPTY"],
        ),
    ],
)
def test_party_leaders_and_parties(extract, text, phrase, expected):
    assert _owners(extract(text, published="2021-06-01"), phrase) == expected


def test_an_event_after_the_regime_has_the_states_government_as_source(extract):
    rec = extract(
        "Sudanese troops killed protesters in Khartoum on Monday. The regime denied the reports.",
        published="2021-06-01",
    )
    assert any(e.sentence == 1 and e.source_code == "SDNGOV" for e in rec.events), rec.events


def _shipped() -> dict:
    return json.loads((_DATA / "anaphora.json").read_text(encoding="utf-8"))


def _body(data: dict, name: str) -> dict:
    return next(b for b in data["bodies"] if b["name"] == name)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: _body(d, "government").update(state="yes"), "state must be true or false"),
        (lambda d: _body(d, "government").update(any_country=True), "either 'state' or 'any_country'"),
        (lambda d: _body(d, "party").update(sectors=["XYZ"]), "unknown sectors"),
        (lambda d: d.update(plural_sides="sides"), "list of non-empty strings"),
    ],
)
def test_bad_state_and_side_rules_are_rejected(change, message):
    data = _shipped()
    change(data)
    with pytest.raises(LexiconError, match=message):
        Anaphora.from_dict(data)


def test_the_shipped_state_rules_load():
    rules = Anaphora.load()
    assert rules.bodies["regime"].state and "sides" in rules.plural_sides
    assert rules.bodies["party"].sectors == frozenset({"PTY", "OPP"})


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the head of an unknown institute holds no state office
        (
            "Anna Kowal, president of the Harbor Vaccine Institute, said the outbreak was under control.",
            "Anna Kowal",
            None,
        ),
        # an adviser of a known rights group is the group's, not a government's
        (
            "Mark Ellison, a senior adviser at Amnesty International, said the trial was unfair.",
            "Mark Ellison",
            "NGO",
        ),
        # a known international body's spokesman speaks for the body
        ("Ahmed Noor, a spokesman for UNHCR, told reporters the camp was full.", "Ahmed Noor", "IGOHCR"),
        ("Eva Brandt, a spokeswoman for Human Rights Watch, called the law harsh.", "Eva Brandt", "NGO"),
        # a committee of a state body keeps its sector
        (
            "Jan Novak, chairman of the Senate Budget Committee, called the plan costly.",
            "Jan Novak",
            "LEG",
        ),
        (
            "Lina Haddad, an official at the Interior Ministry, told reporters the border was shut.",
            "Lina Haddad",
            "GOV",
        ),
        # a title only states give stays a state's
        (
            "Omar Said, a minister in the Union for Progress government, said taxes would rise.",
            "Omar Said",
            "GOV",
        ),
    ],
)
def test_an_appositions_body_decides_whether_a_title_is_a_states(extract, text, name, code):
    rec = extract(text, published="2021-06-01")
    assert [a.code for a in rec.actors if a.name == name] == [code]


@pytest.mark.parametrize(
    "text",
    [
        # a province's name on a rocket or a team: dropped as an actor, given no country
        "The Falcon rocket carried a capsule into orbit on Friday.",
        "Wales beat Italy in Cardiff on Saturday after a tense second half.",
    ],
)
def test_a_big_places_name_with_no_clue_gets_no_country(extract, text):
    rec = extract(text, published="2021-06-01")
    assert not [a for a in rec.actors if a.code in ("VEN", "GBR")], rec.actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a campaign's name is no person, whatever the model says
        ("Brexit will hurt farmers, she said. Voters backed Brexit in June.", "Brexit"),
        # an address and a number are no names
        ("Readers can write to desk@example.org with tips about the story.", "desk@example.org"),
    ],
)
def test_words_that_are_no_ones_name_are_no_person(extract, text, name):
    rec = extract(text, published="2021-06-01")
    assert not [a for a in rec.actors if a.name == name], rec.actors


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Det Insp Jane Holt said the suspect was arrested on Friday.", "Jane Holt", "COP"),
        ("Detective Chief Inspector Ravi Shah said two men were held.", "Ravi Shah", "COP"),
        # an MEP sits for a country the text may not name: the title, with no sector
        ("MEP Lars Berg criticised the plan in Brussels.", "Lars Berg", None),
        # a trailing dash is no part of the name
        ("Anton Weiss- the former spy - spoke by video link.", "Anton Weiss", None),
    ],
)
def test_police_ranks_and_members_of_parliament(extract, text, name, sector):
    rec = extract(text, published="2021-06-01")
    assert [a.sector for a in rec.actors if a.name == name] == [sector], rec.actors


@pytest.mark.parametrize(
    ("text", "published", "name", "code"),
    [
        (
            "Nicola Sturgeon said on Tuesday that Scotland would hold another vote.",
            "2017-03-14",
            "Nicola Sturgeon",
            "GBRGOV",
        ),
        (
            "Nicola Sturgeon said on Tuesday that Scotland would hold another vote.",
            "2024-03-14",  # out of office: still coded by the office she held (Role.role_at)
            "Nicola Sturgeon",
            "GBRGOV",
        ),
        (
            "Ms Le Pen told supporters in Lyon that the euro had failed.",
            "2017-02-05",
            "Marine Le Pen",
            "FRAPTY",
        ),
        ("Steve Bannon attacked the press at a conference.", "2017-02-23", "Steve Bannon", "USAGOV"),
        ("Steve Bannon attacked the press at a conference.", "2016-02-23", "Steve Bannon", "USAMED"),
    ],
)
def test_party_leaders_and_aides_added_to_the_lexicon(extract, text, published, name, code):
    rec = extract(text, published=published)
    assert [a.code for a in rec.actors if a.name == name] == [code], rec.actors


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The SNP won most seats in Scotland on Thursday.", "SNP", "GBRPTY"),
        ("Support for the AfD rose in the eastern states.", "AfD", "DEUPTY"),
        ("Fidesz won a two-thirds majority again.", "Fidesz", "HUNPTY"),
        ("The ANC chose a new leader at its conference.", "ANC", "ZAFPTY"),
        ("The Kuomintang lost the vote in Taipei.", "Kuomintang", "TWNPTY"),
    ],
)
def test_major_parties_code_as_their_countrys_parties(extract, text, mention, code):
    rec = extract(text, published="2021-06-01")
    start = text.index(mention)
    assert [a.code for a in rec.actors if any(s == start for s, _ in a.mentions)] == [code]


@pytest.mark.parametrize(
    ("text", "published", "name", "code"),
    [
        # a province's office before the name is its country's
        (
            "Former Maryland Gov. Ann Pruitt urged a boycott of the parade.",
            "2017-03-01",
            "Ann Pruitt",
            "USAGOV",
        ),
        # a known leader's spokesman speaks for the leader's country
        ("Trump spokesman Jim Carlton said the meeting went well.", "2017-03-01", "Jim Carlton", "USAGOV"),
        # the head of a known non-state body before the name is the body's
        (
            "IOC President Ines Moreau told reporters the games would go ahead.",
            "2018-01-01",
            "Ines Moreau",
            "NGO",
        ),
        (
            "Amnesty International Secretary General Omar Haddad condemned the arrests.",
            "2017-03-01",
            "Omar Haddad",
            "NGO",
        ),
    ],
)
def test_who_a_title_before_the_name_serves(extract, text, published, name, code):
    rec = extract(text, published=published)
    assert [a.code for a in rec.actors if a.name == name] == [code], rec.actors


def test_an_international_bodys_head_keeps_its_code_in_a_one_country_story(extract):
    rec = extract(
        "The Netherlands voted on Wednesday. Dutch Prime Minister Mark Rutte won again. Rutte thanked "
        "voters across the Netherlands. Martin Schulz, who led the European Parliament until January, "
        "welcomed the result.",
        published="2017-03-16",
    )
    assert [a.code for a in rec.actors if a.name == "Martin Schulz"] == ["IGOEUR"]


@pytest.mark.parametrize(
    "text",
    [
        "Two senior Republicans agreed that changes to the bill were needed.",
        "Republicans have rebuffed the calls for an inquiry.",
    ],
)
def test_american_republicans_are_no_french_party(extract, text):
    rec = extract(text, published="2017-03-16")
    assert not [a for a in rec.actors if a.code == "FRAPTY"], rec.actors
