"""Actor countries from the words around a name: a town the sentence places in a country, a
town the model took for a people's name, a body's "of <country>". Sentences written for the
project."""

from __future__ import annotations

import pytest


def _codes_at(rec, mention: str) -> set[str]:
    start = rec.text.index(mention)
    end = start + len(mention)
    return {a.code for a in rec.actors for s, e in a.mentions if s < end and e > start}


QUALIFIED_TOWNS = [
    # (text, mention, expected code): the sentence says which country's town of that name
    ("Armed gangs in Tripoli, Lebanon, attacked the army barracks.", "gangs", "LBNCRM"),
    ("Rebels from the Lebanese city of Tripoli attacked the army.", "Rebels", "LBNREB"),
    (
        "Jordanian troops raided rival gangs in Tripoli while rockets kept falling on the northern Lebanese harbour city.",
        "gangs",
        "LBNCRM",
    ),
    # no qualifier: the capital of that name
    ("Rebels in Tripoli attacked the army on Friday.", "Rebels", "LBYREB"),
    # a demonym describing another, named town says nothing of this one
    ("Rebels in Tripoli attacked the Lebanese port of Sidon.", "Rebels", "LBYREB"),
]


@pytest.mark.parametrize(("text", "mention", "code"), QUALIFIED_TOWNS)
def test_a_qualified_town_gives_its_own_country(extract, text, mention, code):
    assert code in _codes_at(extract(text), mention)


UNNAMED_ATTACKERS = [
    # (text, mention, expected code): unnamed gunmen are of the place where they strike,
    # though the model may tag the town as a people or a body
    ("Unidentified gunmen shot two American contractors outside the town of Samarra.", "gunmen", "IRQUAF"),
    ("Masked gunmen stormed a police post near the city of Samarra.", "gunmen", "IRQUAF"),
    ("Masked gunmen shot dead a tourist outside Quetta on Friday.", "gunmen", "PAKUAF"),
]


@pytest.mark.parametrize(("text", "mention", "code"), UNNAMED_ATTACKERS)
def test_unnamed_attackers_take_the_country_of_the_place(extract, text, mention, code):
    assert code in _codes_at(extract(text), mention)


BODIES_OF_A_COUNTRY = [
    # (text, mention, expected country)
    ("The Socialist Party of Chile criticized Argentina on Monday.", "Socialist Party", "CHL"),
    ("The Popular Front party of Chile accused Peru of spying.", "Popular Front", "CHL"),
    ("The Democratic Union of Ivory Coast accused Ghana of meddling.", "Democratic Union", "CIV"),
]


@pytest.mark.parametrize(("text", "mention", "iso"), BODIES_OF_A_COUNTRY)
def test_a_country_after_of_gives_a_body_its_country(extract, text, mention, iso):
    rec = extract(text)
    start = rec.text.index(mention)
    countries = {a.country for a in rec.actors for s, e in a.mentions if s <= start < e}
    assert countries == {iso}


CROWDS_OF_A_NAMED_OFFICIAL = [
    # (text, mention, expected code): a crowd's only clue is the demonym of the official it
    # acts against
    (
        "Islamic fundamentalists kept up a sit-in, demanding that Chadian President Idriss Mahamat resign.",
        "fundamentalists",
        "TCDRAD",
    ),
    (
        "Striking workers marched to demand that Peruvian Prime Minister Ana Quispe step down.",
        "workers",
        "PERLAB",
    ),
]


@pytest.mark.parametrize(("text", "mention", "code"), CROWDS_OF_A_NAMED_OFFICIAL)
def test_a_crowd_takes_the_country_of_the_official_it_confronts(extract, text, mention, code):
    assert code in _codes_at(extract(text), mention)


NOT_A_BODY = [
    # (text, mention): a town after a country's possessive is no organisation of that country
    ("Skiers will race in South Korea's Jeongseon next winter.", "Jeongseon"),
]


@pytest.mark.parametrize(("text", "mention"), NOT_A_BODY)
def test_a_town_after_a_possessive_is_no_body(extract, text, mention):
    rec = extract(text)
    assert not [a for a in rec.actors if a.kind == "organization" and mention in a.name]


AGENTLESS_BLASTS = [
    # (text, expected source country): a blast with no named doer is placed in its town's
    # country, though the model tags the town as a people
    ("A parked car bomb near the city of Samarra wounded two American soldiers.", "IRQ"),
]


@pytest.mark.parametrize(("text", "iso"), AGENTLESS_BLASTS)
def test_an_agentless_blast_takes_the_country_of_its_town(extract, text, iso):
    rec = extract(text)
    assert [e.source_code for e in rec.events] == [iso]


ATTACKERS_AND_VICTIMS = [
    # (text, mention, code the attackers must not take): the nationality of civilians or of
    # troops serving abroad is not that of those who attack them
    ("Gunmen shot dead three Chinese engineers on Tuesday.", "Gunmen", "CHNUAF"),
    ("Militants abducted two German aid workers overnight.", "Militants", "DEUREB"),
    ("Rebels ambushed Kenyan peacekeepers near the border.", "Rebels", "KENREB"),
]


@pytest.mark.parametrize(("text", "mention", "wrong"), ATTACKERS_AND_VICTIMS)
def test_attackers_do_not_take_their_victims_country(extract, text, mention, wrong):
    assert wrong not in _codes_at(extract(text), mention)


ATTACKERS_AT_HOME = [
    # (text, mention, expected code): a state's own forces are most often attacked at home
    ("Rebels ambushed Malian soldiers near the border.", "Rebels", "MLIREB"),
    ("Gunmen shot dead three Nigerian policemen.", "Gunmen", "NGAUAF"),
]


@pytest.mark.parametrize(("text", "mention", "code"), ATTACKERS_AT_HOME)
def test_attackers_of_a_state_force_are_of_its_country(extract, text, mention, code):
    assert code in _codes_at(extract(text), mention)


PLACED_DOCUMENTS = [
    # (text, expected source country): a report with no author named speaks for where it came out
    ("A long report published Monday in Kigali accused Belgium of arming the militias.", "RWA"),
    ("A long report published Monday in the Rwandan capital accused Belgium of arming the militias.", "RWA"),
]


@pytest.mark.parametrize(("text", "iso"), PLACED_DOCUMENTS)
def test_a_placed_report_speaks_for_its_country(extract, text, iso):
    rec = extract(text)
    assert {(e.source_code, e.target_code) for e in rec.events} == {(iso, "BEL")}
