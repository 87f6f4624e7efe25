"""Names the lexicon partly knows: an alias inside somebody else's longer name, a surname that is
also a month, and a person named right after a judge or a court. Sentences written for the project."""

from __future__ import annotations

import pytest


def _actors_at(rec, mention: str, nth: int = 0):
    """The actors whose mentions overlap the nth occurrence of ``mention``."""
    start = -1
    for _ in range(nth + 1):
        start = rec.text.index(mention, start + 1)
    end = start + len(mention)
    return [a for a in rec.actors for s, e in a.mentions if s < end and e > start]


ALIAS_INSIDE_A_NAME = [
    # (text, published, full name, the known person the alias belongs to)
    ("Ali bin Tamim, a trader from Doha, bought the ship.", "2019-04-02", "Ali bin Tamim", "Tamim"),
    ("Police questioned Khalid bin Tamim on Tuesday.", "2019-04-02", "Khalid bin Tamim", "Tamim"),
    ("The lawyer Fatima Putin Ahmadi filed the appeal.", "2019-04-02", "Fatima Putin Ahmadi", "Putin"),
]


@pytest.mark.parametrize(("text", "published", "name", "alias"), ALIAS_INSIDE_A_NAME)
def test_a_lexicon_alias_inside_a_longer_name_does_not_win(extract, text, published, name, alias):
    rec = extract(text, published=published)
    hits = _actors_at(rec, alias)
    assert len(hits) == 1, [(a.name, a.code) for a in rec.actors]
    assert hits[0].name == name


def test_the_alias_alone_still_names_the_known_person(extract):
    rec = extract("Sheikh Tamim received the envoy in Doha.", published="2019-04-02")
    assert _actors_at(rec, "Tamim")[0].code == "QATGOV"


MAY = [
    # (text, published, nth "May" in the text, expected code or None for no person there)
    ("Prime Minister May flew to Brussels for the summit.", "2018-03-01", 0, "GBRGOV"),
    ("Mrs May told MPs in London that the plan would work.", "2018-03-01", 0, "GBRGOV"),
    (
        "Theresa May chaired the cabinet. Labour later attacked May over the budget.",
        "2018-03-01",
        1,
        "GBRGOV",
    ),
    ("Theresa May chaired the cabinet. May also rejected the offer.", "2018-03-01", 1, "GBRGOV"),
    ("Theresa May chaired the cabinet. A vote is planned in May.", "2018-03-01", 1, None),
    ("Theresa May chaired the cabinet. Talks resume on May 14.", "2018-03-01", 1, None),
    ("Theresa May chaired the cabinet. The deal May be signed soon.", "2018-03-01", 1, None),
    # a man named May is not the prime minister
    ("Mr May, a baker from Leeds in Britain, lost his shop.", "2018-03-01", 0, None),
]


@pytest.mark.parametrize(("text", "published", "nth", "code"), MAY)
def test_may_as_a_surname_and_as_a_month(extract, text, published, nth, code):
    rec = extract(text, published=published)
    codes = [a.code for a in _actors_at(rec, "May", nth) if a.kind == "person"]
    if code is None:
        assert "GBRGOV" not in codes, [(a.name, a.code, a.mentions) for a in rec.actors]
    else:
        assert codes == [code], [(a.name, a.code, a.mentions) for a in rec.actors]


AFTER_A_JUDGE = [
    # (text, mention of the person who is not a judge)
    ("Her lawyer told the court Mr Doyle had lied about the loan.", "Doyle"),
    ("Judge Ruth Kane told Liam Doyle in the District Court that his claim failed.", "Liam Doyle"),
    ("Judge Ruth Kane jailed Liam Doyle for six years.", "Liam Doyle"),
    ("The judge told Doyle the offences were grave. Judge Kane then adjourned.", "Doyle"),
    ("Barrister Jane Orr told the tribunal Ms Doyle had been dismissed unfairly.", "Doyle"),
]


@pytest.mark.parametrize(("text", "mention"), AFTER_A_JUDGE)
def test_a_person_named_after_a_judge_or_court_takes_no_court_code(extract, text, mention):
    rec = extract(text, published="2017-05-02")
    for a in _actors_at(rec, mention):
        assert a.sector != "JUD", (a.name, a.code, a.title)


def test_a_judge_keeps_the_court_code(extract):
    rec = extract("Judge Ruth Kane jailed Liam Doyle for six years.", published="2017-05-02")
    assert _actors_at(rec, "Ruth Kane")[0].sector == "JUD"


OFFICES_AND_BODIES = [
    # (text, published, mention, expected code)
    # "general" after an office or a mission is no general officer
    ("The Peruvian consulate general in Miami issued a warning.", "2017-05-02", "consulate", "PERGOV"),
    ("Brig. Gen. Carla Ruiz inspected the base.", "2017-05-02", "Carla Ruiz", "MIL"),
    # a military rank after a body's name is no company's office
    (
        "A spokesman said the Coastal Guard Lieutenant General Omar Haddad had resigned.",
        "2017-05-02",
        "Omar Haddad",
        "MIL",
    ),
    # a title in apposition before the name, several words long, of the body after it
    (
        "The secretary general of Spain's Green Dawn party, Pablo Ortiz, welcomed the result.",
        "2017-05-02",
        "Pablo Ortiz",
        "ESPPTY",
    ),
    ("Secretary-general of the Unity party, Rosa Ibarra, resigned.", "2017-05-02", "Rosa Ibarra", "PTY"),
    # a province named like a capital is not the national government
    ("Washington state sued the federal government on Monday.", "2017-05-02", "Washington state", "USAGOV"),
    # a committee of a chamber, in US politics
    (
        "Republicans said the House Ethics Committee would meet. The House Ethics Committee declined.",
        "2017-05-02",
        "House Ethics Committee",
        "USALEG",
    ),
    # a known person's name in another spelling
    ("Fayez Serraj flew to Rome for talks.", "2017-05-02", "Fayez Serraj", "LBYGOV"),
    ("Alexander Turchinov chaired the security council.", "2017-05-02", "Alexander Turchinov", "UKRGOV"),
    # a title and a given name the lexicon knows together
    ("Princess Kate opened a clinic in Leeds.", "2017-05-02", "Kate", "GBRELI"),
    ("King Salman received the delegation.", "2017-05-02", "Salman", "SAUGOV"),
]


@pytest.mark.parametrize(("text", "published", "mention", "code"), OFFICES_AND_BODIES)
def test_offices_and_bodies(extract, text, published, mention, code):
    rec = extract(text, published=published)
    hits = _actors_at(rec, mention)
    assert hits and hits[0].code == code, [(a.name, a.code, a.mentions) for a in rec.actors]


def test_a_state_named_like_the_capital_is_another_actor_than_the_federal_government(extract):
    rec = extract(
        "The Trump administration appealed. Washington state sued it again.", published="2017-05-02"
    )
    state = _actors_at(rec, "Washington state")[0]
    federal = _actors_at(rec, "Trump administration")[0]
    assert state.id != federal.id


def test_a_body_with_and_without_the_article_is_one_actor(extract):
    rec = extract(
        "Republicans said the House Ethics Committee would meet. The House Ethics Committee declined.",
        published="2017-05-02",
    )
    assert (
        len(
            {
                a.id
                for a in _actors_at(rec, "House Ethics Committee", 0)
                + _actors_at(rec, "House Ethics Committee", 1)
            }
        )
        == 1
    )


LINKED_NAME_PARTS = [
    # (text, the later part, the full name it belongs to)
    ("Foreign Minister Liu Zhen met the envoy. Liu said talks were useful.", "Liu", "Liu Zhen"),
    ("Activist Somchai Rattana was charged. Somchai said he would appeal.", "Somchai", "Somchai Rattana"),
    ("Park Min-jun was questioned on Monday. Park denied the charges.", "Park", "Park Min-jun"),
    # a word of a known person's longer alias
    (
        "Princess Kate toured a hospice in York. Kate later met nurses.",
        "Kate",
        "Catherine, Princess of Wales",
    ),
]


@pytest.mark.parametrize(("text", "part", "full"), LINKED_NAME_PARTS)
def test_a_surname_placed_first_or_a_given_name_alone_links_to_the_full_name(extract, text, part, full):
    rec = extract(text, published="2017-05-02")
    hits = _actors_at(rec, part, 1 if text.count(part) > 1 else 0)
    assert [a.name for a in hits] == [full], [(a.name, a.mentions) for a in rec.actors]


def test_a_given_name_shared_by_two_people_links_to_neither(extract):
    rec = extract("Tom Hale and Tom Berg met on Friday. Tom said little.", published="2017-05-02")
    assert all(a.name == "Tom" for a in _actors_at(rec, "Tom", 2))


NOT_PEOPLE = [
    # (text, name that is a town here, not a person or a spokesman)
    (
        "Engineers were sent to Palmyra on Monday. Syria's Palmyra was badly damaged, "
        "a Syrian minister said. More deminers went to Palmyra, an army statement added.",
        "Palmyra",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_a_town_the_article_places_is_no_person(extract, text, name):
    rec = extract(text, published="2017-03-16")
    assert not any(a.kind == "person" for a in _actors_at(rec, name)), [(a.name, a.kind) for a in rec.actors]


def test_a_reporting_clause_after_a_place_is_no_apposition(extract):
    rec = extract(
        "Twelve sappers arrived in Tadmur, a press office of Chile's army reported.",
        published="2017-03-16",
    )
    assert not any(a.kind == "person" for a in _actors_at(rec, "Tadmur"))


def test_press_is_no_plural_of_a_title(extract):
    from dyad.lexicon import Lexicon

    assert Lexicon.load().title_of("press") is None


GARBLED = [
    # (text, the mention that should be the known person, code): a quote and a dash lost in
    # conversion glue the name to the word before it
    ('"It will be a lean year,"?Mulvaney said.', "Mulvaney", "USAGOV"),
    (
        'Budget chief Mick Mulvaney spoke. "?While Mulvaney praised the plan, he warned of cuts.',
        "Mulvaney",
        "USAGOV",
    ),
]


@pytest.mark.parametrize(("text", "mention", "code"), GARBLED)
def test_a_name_glued_to_a_garbled_quote_is_still_the_person(extract, text, mention, code):
    rec = extract(text, published="2017-03-16")
    hits = _actors_at(rec, mention, text.count(mention) - 1)
    assert [a.code for a in hits] == [code], [(a.name, a.code) for a in rec.actors]
    assert all(a.name != "While Mulvaney" for a in rec.actors)


def test_a_headline_in_capitals_is_no_person(extract):
    rec = extract("COURT BLOCKS NEW VISA RULES. A judge in Ohio froze the order.", published="2017-03-16")
    assert not any(a.kind == "person" for a in rec.actors), [(a.name, a.kind) for a in rec.actors]


GIVEN_NAMES = [
    # (text, person, pronoun that must not be theirs)
    (
        "Police chief Michel Dubois said the blast injured a clerk. She was treated at a clinic.",
        "Michel Dubois",
        "She",
    ),
    ("Minister Juliette Garnier toured the plant. A worker said he was worried.", "Juliette Garnier", "he"),
]


@pytest.mark.parametrize(("text", "person", "pronoun"), GIVEN_NAMES)
def test_a_common_given_name_tells_the_gender(extract, text, person, pronoun):
    rec = extract(text, published="2017-03-16")
    who = _actors_at(rec, person)[0]
    start = text.index(pronoun, text.index(".") + 1)
    assert [start, start + len(pronoun)] not in who.mentions


def test_a_pronoun_after_a_garbled_quote_is_no_person(extract):
    rec = extract('"We can wait for them,"?I said as we left the station.', published="2017-03-16")
    assert not any(a.kind == "person" for a in rec.actors), [(a.name, a.kind) for a in rec.actors]


def test_a_place_named_inside_a_quote_gives_no_country_to_the_speaker(extract):
    rec = extract(
        'Deputy Attorney General Jane Roe said the office was "our main partner in Lima on fraud."',
        published="2017-03-16",
    )
    assert _actors_at(rec, "Jane Roe")[0].country != "PER"
