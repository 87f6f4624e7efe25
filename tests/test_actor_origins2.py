"""Where an actor's country and sector come from, and where they must not: the country a state
body acts on or talks about, a book's title, a posting, a body word before a spokesman's title,
an international body's envoy, and a bare group named again in another country's sentence."""

from __future__ import annotations

import pytest
from record_kit import overlapping_codes as _codes


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the country of what a bare government acts on is the other side, also through
        # "plans to" / "voted to"
        (
            "The government plans to expel four Belarusian diplomats.",
            "government",
            ["GOV"],
        ),
        (
            "The government voted to freeze the assets of two Venezuelan ministers.",
            "government",
            ["GOV"],
        ),
        # what an official's act is about is no country of theirs
        (
            "Envoy Paula Strand briefed the committee on Somalia on Thursday.",
            "Paula Strand",
            ["GOV"],
        ),
        # with no country leading, a place a speaker names in what they say is not theirs
        (
            "Defence Minister Lars Eide said the fighting near Sudan's border had displaced thousands.",
            "Lars Eide",
            ["GOV"],
        ),
        (
            "Ambassador Mira Holt told journalists that the drought in Ethiopia would worsen.",
            "Mira Holt",
            ["GOV"],
        ),
        # ... but a country that is the subject of what is said may be the speaker's own
        (
            "Interior Minister Tarek Amin said Tunisia would tighten its border controls.",
            "Tarek Amin",
            ["TUNGOV"],
        ),
        # a place where two sides meet says nothing of whose the visitor is
        (
            "Ambassador Nora Vik met Moroccan officials in Rabat on Monday.",
            "Nora Vik",
            ["GOV"],
        ),
    ],
)
def test_the_other_side_gives_no_country(extract, text, phrase, expected):
    rec = extract(text)
    assert _codes(rec, phrase) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Helen Ward, author of "Germany\'s Long Winter", said the talks were stalled.', "Helen Ward"),
        (
            'Omar Haddad, whose film "Egypt\'s Hidden Army" opened this week, spoke to students.',
            "Omar Haddad",
        ),
        ('In her memoir "Iran After the Storm", Leila Moradi recalls the protests.', "Leila Moradi"),
    ],
)
def test_a_work_title_gives_its_author_no_country(extract, text, name):
    rec = extract(text)
    assert _codes(rec, name) == ["-"], rec.actors
    # the title's words are no actor either
    assert not [a for a in rec.actors if a.country], rec.actors


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a body word before a voice title gives its sector
        ("Police press officer Ewa Lis stated that a suspect had been detained.", "Ewa Lis", ["COP"]),
        ("Police spokeswoman Ines Carvalho said the driver had fled.", "Ines Carvalho", ["COP"]),
        ("The police spokesman Mats Berg said two officers were hurt.", "Mats Berg", ["COP"]),
        ("A police spokesman, Joseph Mwangi, said three men were held.", "Joseph Mwangi", ["COP"]),
        # the sector of a title of its own is unchanged
        ("Opposition spokesman Dario Neves said the count was flawed.", "Dario Neves", ["OPP"]),
    ],
)
def test_a_body_word_before_a_spokesman_gives_its_sector(extract, text, name, expected):
    rec = extract(text)
    assert _codes(rec, name) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an international body's envoy acts for it, not for the country it is posted to
        ("UN special envoy Tomas Varga met rebel commanders on Monday.", "Tomas Varga", ["IGOUNO"]),
        (
            "Maria Keller, the UN envoy for Burundi, met opposition figures in Geneva.",
            "Maria Keller",
            ["IGOUNO"],
        ),
    ],
)
def test_an_envoy_of_an_international_body(extract, text, name, expected):
    rec = extract(text)
    assert _codes(rec, name) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # "the US envoy" in apposition is the person's title: the person, and a later
        # "the envoy" is them too, not a group of their country
        (
            "Dana Price, the US envoy to Sudan, arrived in Khartoum on Sunday. The envoy said the "
            "talks would start soon.",
            "The envoy",
            ["USAGOV"],
        ),
        # the posting ("to Sudan") is the host, no country of the envoy
        (
            "Dana Price, the US envoy to Sudan, arrived in Khartoum on Sunday.",
            "Dana Price",
            ["USAGOV"],
        ),
    ],
)
def test_the_envoy_is_the_person(extract, text, phrase, expected):
    rec = extract(text)
    assert _codes(rec, phrase) == expected, rec.actors
    assert [a.kind for a in rec.actors if a.code == "USAGOV"] == ["person"], rec.actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UN ambassador Kelly Moss said the vote would be close.", "Kelly Moss"),
    ],
)
def test_an_ambassador_to_an_international_body_is_still_a_states(extract, text, name):
    """ "UN ambassador" is a state's ambassador at the UN, unlike a "UN envoy"."""
    rec = extract(text)
    assert "IGOUNO" not in _codes(rec, name), rec.actors


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the same kind of bare group in another country's sentence is that country's
        (
            "Police arrested nine activists in Tbilisi on Friday. Two days later in Yerevan, police "
            "dispersed a march outside the Armenian parliament.",
            "police dispersed",
            ["ARMCOP"],
        ),
        (
            "Police arrested nine activists in Tbilisi on Friday. Two days later in Yerevan, police "
            "dispersed a march outside the Armenian parliament.",
            "Police arrested",
            ["GEOCOP"],
        ),
        # a later mention with nothing of its own stays the group named before
        (
            "Police arrested nine activists in Tbilisi on Friday. Police said the activists had "
            "blocked a road.",
            "Police said",
            ["GEOCOP"],
        ),
    ],
)
def test_a_bare_group_in_another_countrys_sentence(extract, text, phrase, expected):
    rec = extract(text)
    assert _codes(rec, phrase) == expected, rec.actors


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a word the model left out of a demonym: the whole is no country
        ("Delegates of several Latin American states met in Quito.", "USA"),
        ("The Inter-American Commission criticised the ruling on Tuesday.", "USA"),
    ],
)
def test_a_cut_demonym_gives_no_country(extract, text, absent):
    rec = extract(text)
    assert not [a for a in rec.actors if (a.code or "").startswith(absent)], rec.actors


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # indigenous or village leaders are no state's government
        ("Indigenous leaders in the valley rejected the mining permits.", "leaders"),
    ],
)
def test_no_government_from_leaders_of_no_state(extract, text, phrase):
    rec = extract(text)
    assert not [c for c in _codes(rec, phrase) if c.endswith("GOV")], rec.actors
