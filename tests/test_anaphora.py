"""Definite descriptions that refer back to an actor named in an earlier sentence."""

from __future__ import annotations

import json

import pytest

from dyad.errors import LexiconError
from dyad.lexicon import DATA as _DATA
from dyad.lexicon.anaphora import Anaphora


def _owners(rec, phrase: str, nth: int = 0) -> list[str]:
    """Names of the actors with a mention starting at the nth occurrence of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = rec.text.index(phrase, start + 1)
    return sorted(a.name for a in rec.actors if any(s == start for s, _ in a.mentions))


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # a title refers back to the one person named with it
        (
            "Chilean President Gabriel Boric flew to Lima on Monday. The president later met students there.",
            "2023-03-01",
            "The president",
            ["Gabriel Boric"],
        ),
        (
            "Mongolian Foreign Minister Batmunkh Battsetseg opened the summit. Reporters asked the foreign "
            "minister about coal exports.",
            "2023-03-01",
            "the foreign",
            ["Batmunkh Battsetseg"],
        ),
        # a country in the description must be the person's
        (
            "Ghanaian President Nana Akufo-Addo hosted Togolese President Faure Gnassingbe. "
            "The Togolese president praised the talks.",
            "2021-03-01",
            "The Togolese",
            ["Faure Gnassingbe"],
        ),
        # two presidents in the window: "the president" is left alone
        (
            "Ghanaian President Nana Akufo-Addo hosted Togolese President Faure Gnassingbe. "
            "The president praised the talks.",
            "2021-03-01",
            "The president",
            [],
        ),
        # of two presidents named, the one in office on the day is "the president"
        (
            "Barack Obama spoke at a library opening. President Donald Trump met lawmakers on Friday. "
            "The president promised changes.",
            "2017-03-10",
            "The president",
            ["Donald Trump"],
        ),
        # "the minister" is not the prime minister, nor a deputy minister
        (
            "Prime Minister Hun Manet toured the flooded province. The minister promised aid.",
            "2024-01-10",
            "The minister",
            [],
        ),
        # an earlier description that named nobody may be the one meant
        (
            "Special Envoy John Mensah arrived in Geneva. The senior Peruvian diplomat said talks would "
            "start. The diplomat added that both sides agreed.",
            "2023-03-01",
            "The diplomat added",
            [],
        ),
        (
            "Special Envoy John Mensah arrived in Geneva. Talks would start. The diplomat added that both "
            "sides agreed.",
            "2023-03-01",
            "The diplomat added",
            ["John Mensah"],
        ),
        # a generic plural is nobody in particular
        (
            "Chilean President Gabriel Boric flew to Lima. New presidents often travel. The president "
            "spoke there.",
            "2023-03-01",
            "The president",
            ["Gabriel Boric"],
        ),
        # the office named without a determiner is nobody in particular
        (
            "Chilean President Gabriel Boric flew to Lima. Few run for president twice. The president "
            "spoke there.",
            "2023-03-01",
            "The president",
            ["Gabriel Boric"],
        ),
        # a role noun stands for the titles of that role
        (
            "Peruvian Ambassador Ana Quispe met students in Santiago. The diplomat praised their work.",
            "2023-03-01",
            "The diplomat",
            ["Ana Quispe"],
        ),
        # any general is "the general"
        (
            "Lieutenant General Marco Soto inspected the base. The general praised the troops.",
            "2023-03-01",
            "The general",
            ["Marco Soto"],
        ),
        # an unnamed holder of the title in between may be the one meant
        (
            "Foreign Minister Tomas Varga visited Vienna. A minister from Chile joined him later. "
            "The minister spoke of trade.",
            "2021-01-10",
            "The minister",
            [],
        ),
        # "the president of X" names somebody else
        (
            "Chilean President Gabriel Boric greeted the crowd in Lima. The president of Peru sent "
            "greetings.",
            "2023-03-01",
            "The president of Peru",
            [],
        ),
        # a name right after the title is that name's
        (
            "Chilean President Gabriel Boric flew to Lima. The president, Dina Boluarte, met him.",
            "2023-03-01",
            "The president,",
            [],
        ),
        # too far back: outside the window
        (
            "Chilean President Gabriel Boric flew to Lima. It rained. Roads closed. Schools shut. Trains "
            "stopped. Shops emptied. Buses waited. Nobody came. The president spoke.",
            "2023-03-01",
            "The president",
            [],
        ),
    ],
)
def test_a_title_refers_back_to_its_holder(extract, text, published, phrase, expected):
    assert _owners(extract(text, published=published), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Boko Haram fighters raided a village in Borno. Soldiers said the militant group also burned a "
            "school.",
            "the militant",
            ["Boko Haram"],
        ),
        (
            "Boko Haram raided a village in Borno on Friday. The group freed two hostages on Sunday.",
            "The group",
            ["Boko Haram"],
        ),
        # an unnamed group in between: "the group" may be that one
        (
            "Boko Haram raided a village in Borno. A group of herders fled south. The group reached Yola.",
            "The group",
            [],
        ),
        # two named groups: a bare "the group" is ambiguous ...
        (
            "Hezbollah fired rockets at Israel. Rights monitors at Human Rights Watch blamed the group.",
            "the group",
            [],
        ),
        # ... a qualified one is not: only one of them is armed
        (
            "Hezbollah fired rockets at Israel. Rights monitors at Human Rights Watch blamed the armed group.",
            "the armed",
            ["Hezbollah"],
        ),
        (
            "The Turkish Defense Ministry announced new drills on Monday. The ministry said ships would take part.",
            "The ministry",
            ["Turkey government"],
        ),
        (
            "Police in Morocco arrested twelve smugglers. The kingdom blamed gangs from abroad.",
            "The kingdom",
            ["Morocco"],
        ),
        # no monarchy named: "the kingdom" is left alone
        (
            "Police in Chile arrested twelve smugglers. The kingdom blamed gangs from abroad.",
            "The kingdom",
            [],
        ),
        ("Floods hit Bolivia on Monday. The country asked for help.", "The country", ["Bolivia"]),
        # two countries in the window: "the country" is left alone
        ("Floods hit Bolivia and Peru on Monday. The country asked for help.", "The country", []),
    ],
)
def test_a_body_description_refers_back_to_the_one_body(extract, text, phrase, expected):
    assert _owners(extract(text, published="2022-05-01"), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi. "
            "The two presidents signed a deal on roads.",
            "The two",
            ["Samia Suluhu Hassan", "William Ruto"],
        ),
        (
            "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi. "
            "Both leaders praised the deal.",
            "Both leaders",
            ["Samia Suluhu Hassan", "William Ruto"],
        ),
        (
            "Ecuador and Colombia reopened the border. The two countries will share patrols.",
            "The two",
            [
                "Colombia",
                "Ecuador",
            ],
        ),
        # three countries: "the two countries" cannot say which
        (
            "Ecuador, Peru and Colombia met in Quito. The two countries will share patrols.",
            "The two",
            [],
        ),
    ],
)
def test_the_two_refers_to_both(extract, text, phrase, expected):
    assert _owners(extract(text, published="2023-05-01"), phrase) == expected


def test_an_event_after_the_two_leaders_has_both_actors(extract):
    rec = extract(
        "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi. "
        "The two leaders signed a trade agreement.",
        published="2023-05-01",
    )
    second = [e for e in rec.events if e.sentence == 1]
    pairs = {(e.source_code, e.target_code) for e in second}
    assert ("KENGOV", "TZAGOV") in pairs and ("TZAGOV", "KENGOV") in pairs, pairs


def test_a_later_title_keeps_the_events_source(extract):
    rec = extract(
        "Georgian Prime Minister Irakli Kobakhidze arrived in Baku on Monday. "
        "The prime minister condemned Russia for the blockade.",
        published="2024-05-01",
    )
    second = [e for e in rec.events if e.sentence == 1]
    assert any(e.source_code == "GEOGOV" and e.target_code == "RUS" for e in second), second


def test_the_shipped_rules_load():
    rules = Anaphora.load()
    assert "president" in rules.person_heads
    assert rules.bodies["kingdom"].countries and "group" in rules.bodies


def _shipped() -> dict:
    return json.loads((_DATA / "anaphora.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(windows={"person": 3}), "windows"),
        (lambda d: d["bodies"][0].update(qualified_sectors=["XYZ"]), "unknown sectors"),
        (lambda d: d["bodies"][-1].update(countries=["Morocco"]), "ISO3"),
        (lambda d: d["bodies"][0].update(kinds=["tribe"]), "unknown actor kinds"),
        (lambda d: d["plural_people"].update(generals="colonel"), "not a person head"),
        (lambda d: d["bodies"][1]["heads"].append("group"), "listed twice"),
        (lambda d: d.update(rank_words="vice"), "list of non-empty strings"),
        (lambda d: d["gender"]["f"].append("sir"), "gender words for both"),
        (lambda d: d["role_titles"].update(chief=["Chief"]), "not a person head"),
        (lambda d: d["gender"].update(x=["mx"]), "gender must list"),
        (lambda d: d.update(gender={"m": ["mr"]}), "gender must list"),
        (lambda d: d["given_names"]["f"].append("mr"), "also mark the other gender"),
        (lambda d: d["gender_titles"]["m"].append("queen"), "gender_titles words for both"),
        (lambda d: d["given_names"]["m"].append("jean paul"), "one word"),
        (lambda d: d.update(given_names={"f": ["ada"]}), "given_names must list"),
        (lambda d: d["gender_nouns"]["m"].append("woman"), "gender_nouns words for both"),
    ],
)
def test_bad_rules_are_rejected_on_load(change, message):
    data = _shipped()
    change(data)
    with pytest.raises(LexiconError, match=message):
        Anaphora.from_dict(data)


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # the main subject is a "Mr": "she" is the other person
        ("Mr Bello met Mrs Okafor in Abuja. She said the talks had gone well.", "She", ["Okafor"]),
        ("Mrs Okafor met Mr Bello in Abuja. He said the talks had gone well.", "He", ["Bello"]),
        # nothing marks either: the main subject, as before
        ("Ada Eze met Tunde Bakare in Abuja. She said the talks had gone well.", "She", ["Ada Eze"]),
        # the lexicon knows the head of state is a man: "she" passes over him to the founder
        (
            "Ada Eze welcomed the decree signed by Vladimir Putin. Putin had signed it "
            "in the Kremlin a day earlier. She expects her exports to double.",
            "She",
            ["Ada Eze"],
        ),
        # a gendered title before the name
        (
            "Samuel Okoro wrote to Congresswoman Ada Eze last week. Eze replied on Friday. "
            "He called the reply weak.",
            "He",
            ["Samuel Okoro"],
        ),
        (
            "Ada Eze wrote to Prince Tunde Bakare last week. Bakare replied on Friday. "
            "She called the reply weak.",
            "She",
            ["Ada Eze"],
        ),
        # a common given name
        (
            "Samuel Okoro wrote to Angela Eze last week. Eze replied on Friday. He called the reply weak.",
            "He",
            ["Samuel Okoro"],
        ),
        # an earlier pronoun that could only mean her
        (
            "Ada Eze landed in Abuja on Monday, where she opened a clinic. Samuel Okoro wrote to "
            "Eze later. Eze replied on Friday. He called the reply weak.",
            "He",
            ["Samuel Okoro"],
        ),
        # an unnamed person of the pronoun's gender in its sentence is the one meant
        ("Samuel Okoro found a woman in the car after she had fallen asleep.", "she", []),
        ("Ada Eze said her son was hurt when he fell from a wall.", "he fell", []),
        # but not a noun that goes with a name
        ("Samuel Okoro flew in with his wife Ada Eze, and she spoke first.", "she", ["Ada Eze"]),
        # no evidence about either: the nearest main subject, as before
        (
            "Samuel Okoro wrote to Ada Eze last week. Eze replied on Friday. He called the reply weak.",
            "He",
            ["Ada Eze"],
        ),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender(extract, text, pronoun, expected):
    rec = extract(text, published="2022-06-01")
    assert _owners(rec, pronoun) == expected


def test_a_title_description_becomes_an_antecedent_of_later_pronouns(extract):
    rec = extract(
        "Chilean President Gabriel Boric flew to Lima on Monday. Crowds cheered. Rain fell. "
        "The president then met students. He promised new grants.",
        published="2023-03-01",
    )
    assert _owners(rec, "He") == ["Gabriel Boric"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a title with its "of ..." is still a description
        (
            "US Secretary of State Antony Blinken landed in Cairo. The Secretary of State urged Egypt to act.",
            "The Secretary",
            ["Antony Blinken"],
        ),
        (
            "Kenyan Defense Minister Aden Duale visited troops in Somalia. The minister of defence promised "
            "new equipment.",
            "The minister",
            ["Aden Duale"],
        ),
        # the country as the owner of an actor noun, not of a thing
        ("Floods hit Bolivia on Monday. The country's army rescued hundreds.", "The country", ["Bolivia"]),
        ("Floods hit Bolivia on Monday. The country's economy shrank.", "The country", []),
    ],
)
def test_longer_and_possessive_descriptions(extract, text, phrase, expected):
    assert _owners(extract(text, published="2023-06-01"), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # another country a few sentences back may be the one meant
        (
            "The Chilean navy sent two ships south. Storms slowed them. Peru offered a port. The country "
            "asked for calm.",
            "The country",
            [],
        ),
        # in "X, the country's first woman president", X is the one named
        (
            "Floods hit Bolivia on Monday. Crowds greeted Ana Rojas, the country's first woman president.",
            "the country",
            [],
        ),
    ],
)
def test_the_country_stays_unlinked_when_it_may_be_another(extract, text, phrase, expected):
    assert _owners(extract(text, published="2023-06-01"), phrase) == expected
