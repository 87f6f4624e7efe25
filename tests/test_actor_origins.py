"""Where a person comes from when a demonym describes them before a plain noun ("Russian
filmmaker X"), and a national office named before any holder of it ("The President said ...")."""

from __future__ import annotations

import pytest


def _codes(rec, phrase: str) -> list[str]:
    """Codes of the actors with a mention starting where ``phrase`` first occurs."""
    start = rec.text.index(phrase)
    return sorted(a.code or "-" for a in rec.actors if any(s == start for s, _ in a.mentions))


def _covering(rec, phrase: str) -> list[str]:
    """Codes of the actors with a mention overlapping the first ``phrase``."""
    start = rec.text.index(phrase)
    end = start + len(phrase)
    return sorted(a.code or "-" for a in rec.actors if any(s < end and start < e for s, e in a.mentions))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a demonym before a noun with no sector of its own: the country only
        ("Georgian painter Levan Beridze opened a show in Tbilisi on Friday.", "Levan Beridze", ["GEO"]),
        ("Polish cyclist Marek Zielinski won the stage on Sunday.", "Marek Zielinski", ["POL"]),
        # "-born" says where the person comes from
        ("The Syrian-born engineer Samir Haddad was detained in Oslo.", "Samir Haddad", ["SYR"]),
        # a noun that names a sector gives it too
        ("Brazilian billionaire Roberto Alves bought a stake in the bank.", "Roberto Alves", ["BRABUS"]),
        ("Chilean tourist Pablo Rojas was robbed in Lima.", "Pablo Rojas", ["CHLCVL"]),
        # a describing word before a plain noun gives its sector
        ("Belarusian opposition figure Anton Lukin was jailed on Monday.", "Anton Lukin", ["BLROPP"]),
    ],
)
def test_a_demonym_before_a_plain_noun_gives_the_person_its_country(extract, text, name, expected):
    rec = extract(text)
    assert _codes(rec, name) == expected, rec.actors
    # the demonym is part of the description, no country actor of its own
    assert not [a for a in rec.actors if a.kind == "country" and a.code == expected[0][:3]], rec.actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # someone else's doing: "-backed", "-made" do not say where the person is from
        ("Iranian-backed militia chief Hadi Saleem spoke in Basra.", "Hadi Saleem"),
        # a capital is where someone lives or works, not a nationality
        ("Moscow photographer Pavel Gromov sold the prints.", "Pavel Gromov"),
        # a topic after the noun is no origin
        ("A specialist on Vietnam, Carla Benton, said the plan would fail.", "Carla Benton"),
    ],
)
def test_no_origin_from_what_is_not_one(extract, text, name):
    rec = extract(text)
    codes = _codes(rec, name)
    assert codes and all(c[:3] not in ("IRN", "RUS", "VNM") for c in codes), rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the one holder of the title named later in the story
        (
            "The president vowed on Friday to rebuild the flooded towns. Ghanaian officials counted "
            "the damage near Accra. President Nana Akufo-Addo toured the worst-hit district.",
            "The president",
            ["GHAGOV"],
        ),
        # nobody named with the title: the government of the country the story is about
        (
            "The prime minister dissolved parliament on Monday. Nepal's election commission set a "
            "date, and Nepalese parties began campaigning across Nepal.",
            "The prime minister",
            ["NPLGOV"],
        ),
        # "of foreign affairs" belongs to the title
        (
            "The minister of foreign affairs summoned the envoy of Chad. Nigerien officials said "
            "Niger would not accept the remarks, and Niger's army was put on alert.",
            "The minister of foreign affairs",
            ["NERGOV"],
        ),
    ],
)
def test_an_office_named_before_its_holder_is_the_articles_country(extract, text, phrase, expected):
    rec = extract(text)
    assert _codes(rec, phrase) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # two countries, neither clearly leading: no guess
        (
            "The president rejected the offer. Peru and Bolivia traded accusations, and Bolivian "
            "and Peruvian diplomats met in Lima.",
            "The president",
        ),
        # out of office: not the government
        (
            "The former president denied the charges. Ecuador's prosecutors said Ecuadorian courts "
            "would hear the case in Ecuador.",
            "The former president",
        ),
        # the later holder is another country's than the one the story is about
        (
            "The president called for calm. Zambian police said protests in Zambia and Zambian "
            "towns had ended. Malawi's President Peter Mutharika sent a message.",
            "The president",
        ),
    ],
)
def test_an_office_named_before_its_holder_stays_unlinked_when_unclear(extract, text, phrase):
    rec = extract(text)
    assert _covering(rec, phrase) == [], rec.actors


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the aide of a known leader serves that leader's state, not the country the sentence names
        (
            "A Georgian banker said he gave the letter to President Vladimir Putin's personal "
            "lawyer, Oleg Sorokin, at a dinner.",
            "Oleg Sorokin",
            ["RUSJUD"],
        ),
    ],
)
def test_a_known_leaders_aide_takes_the_leaders_country(extract, text, name, expected):
    rec = extract(text, published="2017-03-01")
    assert _codes(rec, name) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the country named only in what the ministry acts upon is the other side's
        (
            "The Foreign Ministry summoned the Iranian ambassador on Monday. Bahraini officials "
            "and the Bahraini government said Bahrain had been insulted.",
            "The Foreign Ministry",
            ["BHRGOV"],
        ),
        # officials of another country acting in the sentence: the body is not the named country's
        (
            "The Interior Ministry briefed the Trump administration about Cuban spies. The White House "
            "and US officials vowed that America would act.",
            "Interior Ministry",
            ["USAGOV"],
        ),
    ],
)
def test_a_countryless_body_does_not_take_the_country_it_acts_upon(extract, text, phrase, expected):
    rec = extract(text, published="2017-03-01")
    assert _codes(rec, phrase) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a capital after a surname particle is the person the article named so
        (
            "Police detained the activist Marta de Quito on Friday. Later de Quito was freed, and "
            "De Quito thanked her lawyers.",
            "de Quito was",
            ["CVL"],
        ),
        # a word inside the name says which state body it is, more than its head noun does
        (
            "The Lagos Police Department said it had arrested two men.",
            "The Lagos Police Department",
            ["NGACOP"],
        ),
        # a multinational agency is no country's own body
        (
            "The African Seed Agency said on Monday that Kenyan officials had approved the variety.",
            "The African Seed Agency",
            ["IGO"],
        ),
    ],
)
def test_names_that_look_like_a_place_or_a_local_body(extract, text, phrase, expected):
    rec = extract(text, published="2017-03-01")
    assert _codes(rec, phrase) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the city that labels negotiations is where the parties met, not whose they are
        (
            "At the Astana talks, the opposition demanded a full ceasefire. Syrian rebels said "
            "Syrian government forces kept shelling Syria's north.",
            "opposition",
            ["SYROPP"],
        ),
        (
            "At talks in Oslo, the rebels demanded an amnesty. Colombian officials said "
            "Colombia's army would pull back.",
            "rebels",
            ["COLREB"],
        ),
    ],
)
def test_a_city_that_hosts_negotiations_gives_no_country(extract, text, phrase, expected):
    rec = extract(text, published="2017-03-01")
    assert _codes(rec, phrase) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # what an official says of another country is not the official's country
        (
            "Minister Sean Daly argued that London's cabinet had broken its promise. Irish officials "
            "and the Irish cabinet backed him, and Ireland's parliament debated the issue.",
            "Sean Daly",
            ["IRLGOV"],
        ),
        # ... but a sentence that names only the official's own country still places them
        (
            "Interior Minister Ana Costa said Brazil's police would act. Lawmakers in Brazil agreed.",
            "Ana Costa",
            ["BRAGOV"],
        ),
    ],
)
def test_the_country_an_official_talks_about(extract, text, name, expected):
    rec = extract(text, published="2017-03-01")
    assert _codes(rec, name) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the police a police chief speaks of are the chief's own, whatever else the sentence names
        (
            "Speaking to reporters, Thai police chief Somchai Wongsawat said police had also sought "
            "to question a Cambodian diplomat.",
            "police had",
            ["THACOP"],
        ),
    ],
)
def test_a_bare_state_group_in_an_officials_words_is_the_officials(extract, text, phrase, expected):
    rec = extract(text, published="2017-03-01")
    assert _codes(rec, phrase) == expected, rec.actors
