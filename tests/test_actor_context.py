"""Who a pronoun, a description or a bare chamber's name stands for, read from context: quotes
and their speakers, surnames the model missed, descriptions before a name, meeting places and
the country whose politics a story follows. Sentences written for the project."""

from __future__ import annotations

import re

import pytest

from dyad.extract.actors import _quoted_ranges


def _at(text: str, phrase: str, nth: int) -> int:
    """Where the nth occurrence of ``phrase`` as a whole word starts."""
    return [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]


def _owner(rec, phrase: str, nth: int = 0) -> str | None:
    """The name of the actor with a mention at the nth occurrence of ``phrase``, or None."""
    start = _at(rec.text, phrase, nth)
    names = [a.name for a in rec.actors if any(s == start for s, _ in a.mentions)]
    return names[0] if names else None


def _code(rec, phrase: str, nth: int = 0) -> str | None:
    """The code of the actor with a mention over the nth occurrence of ``phrase``, or None."""
    start = _at(rec.text, phrase, nth)
    codes = [a.code for a in rec.actors if any(s <= start < e for s, e in a.mentions)]
    return codes[0] if codes else None


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a pronoun after a quote that names someone else: the speaker named before the quote
        (
            "Defence lawyer Rolf Aasen met reporters on Tuesday. "
            '"The case against Idris Bakri has collapsed," he said.',
            "he",
            0,
            "Rolf Aasen",
        ),
        # with nobody named outside the quote, nobody
        ('"The ruling against Idris Bakri will not stand," he said on Friday.', "he", 0, None),
        # a quote of several sentences: the speaker is named before it opens
        (
            "Coach Mila Stanek spoke after the match. "
            '"We lost our shape. Dario Pintar was hurt early. We never recovered," she said.',
            "she",
            0,
            "Mila Stanek",
        ),
        # a he inside a quote is not the one who speaks the quote
        (
            'Prosecutor Greta Halm opened the case on Monday. "He hid the cash in a barn," she said, '
            "pointing at the defendant, Uwe Brand.",
            "He",
            0,
            None,
        ),
        # "welcomed his visit": the visitor, not the host
        (
            "Trade Minister Olu Bankole landed in Accra on Sunday. The Ghanaian president, Kofi Mensah, "
            "welcomed his visit.",
            "his",
            0,
            "Olu Bankole",
        ),
        # "praised his officers": his own
        (
            "Police chief Dana Wirth praised his officers after the arrests.",
            "his",
            0,
            "Dana Wirth",
        ),
    ],
)
def test_pronouns_around_quotes_and_reactions(extract, text, pronoun, nth, expected):
    rec = extract(text, published="2021-06-01")
    assert _owner(rec, pronoun, nth) == expected


def test_a_surname_the_model_missed_is_still_the_person(extract):
    # (the model tags the full name but not the surname of the second sentence)
    rec = extract("Judge Emil Rask ruled on Monday. Rask noted the delay.", published="2021-06-01")
    assert _owner(rec, "Rask", 1) == "Emil Rask"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "Police detained the outspoken opposition activist Samir Daoud in the capital.",
            "Samir Daoud",
            "OPP",
        ),
        ("The veteran opposition leader Ruth Achieng addressed the rally.", "Ruth Achieng", "OPP"),
        ("The jailed rebel spokesman Amadou Keita was freed on Monday.", "Amadou Keita", "REB"),
    ],
)
def test_a_description_before_a_name_gives_its_sector(extract, text, name, sector):
    rec = extract(text, published="2021-06-01")
    assert [a.sector for a in rec.actors if a.name == name] == [sector]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # NATO's ministers meeting in Brussels are NATO's, not Belgium's
        ("Wanda Ostrowska briefed NATO defence ministers gathered in Brussels on Tuesday.", "NATO", "IGONAT"),
        # office-holders of many states meeting in a capital: no government of that capital
        ("European leaders in Brussels backed the plan on Friday.", "leaders", None),
        # but officials of a place are its government
        ("Officials in Kabul condemned the bombing.", "Officials", "AFGGOV"),
    ],
)
def test_a_meeting_place_is_not_the_ministers_country(extract, text, phrase, code):
    rec = extract(text, published="2021-06-01")
    assert _code(rec, phrase) == code


@pytest.mark.parametrize(
    ("text", "phrase", "nth", "code"),
    [
        # the chambers of US politics, with US party words in the story
        (
            "Republicans in the House passed the tax bill on Thursday. The Senate votes next week, "
            "and Democrats vowed to fight it in Congress.",
            "House",
            0,
            "USALEG",
        ),
        (
            "Republicans in the House passed the tax bill on Thursday. The Senate votes next week, "
            "and Democrats vowed to fight it in Congress.",
            "Senate",
            0,
            "USALEG",
        ),
        # a senator in a US story talking about another country stays American
        (
            "Senator Ada Moreno, a Democrat, said sanctions on Iran should stay. Republicans agreed.",
            "Ada Moreno",
            0,
            "USALEG",
        ),
        # another country's congress named first: later bare mentions are that one
        (
            "Peru's Congress voted to remove the minister. Congress had tried twice before.",
            "Congress",
            1,
            "PERLEG",
        ),
        # a Russian story's "Congress" is still the American one: Russia's chambers have other names
        (
            "President Lev Brodsky said Russian lawmakers want contacts. Members of the Congress "
            "would be welcome in Moscow, he said.",
            "Congress",
            0,
            "USALEG",
        ),
        # with no clue whose, a bare chamber is nobody's in particular
        ("The Senate debated the budget late into the night.", "Senate", 0, "LEG"),
    ],
)
def test_bare_chambers_follow_the_storys_politics(extract, text, phrase, nth, code):
    rec = extract(text, published="2021-06-01")
    assert _code(rec, phrase, nth) == code


def test_a_visited_city_is_not_the_visitors_country(extract):
    text = "Defence Minister Arvo Kask arrived in Cairo on Monday for talks."
    rec = extract(text, published="2021-06-01")
    assert [a.country for a in rec.actors if a.name == "Arvo Kask"] == [None]


def test_a_deputy_envoy_is_a_diplomat_not_a_legislator(extract):
    rec = extract(
        "Chile's deputy envoy at the UN addressed the council after the vote.", published="2021-06-01"
    )
    assert _code(rec, "Chile") == "CHLGOV"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('He said "yes" and left.', ['"yes"']),
        # a lost apostrophe between letters is no quote mark
        ('I didn"t go, "she said" so.', ['"she said"']),
        # a quote over two paragraphs reopens without closing first
        ('"One thing. "Another thing." Done.', ['"One thing. "Another thing."']),
        # curly quotes
        ("“Quoted” and not", ["“Quoted”"]),
    ],
)
def test_quoted_ranges(text, inside):
    assert [text[s:e] for s, e in _quoted_ranges(text)] == inside
