"""Where an actor's sector and country come from, third table: an office before a military
rank, a state body's director or chairman, a central bank, a body's seat named after it, a US
party word before a name, and well-known bodies and metonyms of the lexicon."""

from __future__ import annotations

import pytest
from record_kit import overlapping_codes as _codes


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a state office before a rank is the title: the minister is the government's
        ("Finance Minister Gen. Omar Haddad said the budget would be cut.", "Omar Haddad", ["GOV"]),
        ("Interior Minister Maj. Gen. Karim Saleh said the curfew would end.", "Karim Saleh", ["GOV"]),
        (
            "Iraqi Defense Minister Lt. Gen. Ahmed Karimi said the army would withdraw.",
            "Ahmed Karimi",
            ["IRQGOV"],
        ),
        # ... but after a spokesman or a commander, the rank says more
        (
            "Russian Defence Ministry spokesperson Major General Pavel Orlov said the strikes hit targets.",
            "Pavel Orlov",
            ["RUSMIL"],
        ),
        (
            "Airborne Force Commander Colonel-General Ivan Petrov said the drills would start.",
            "Ivan Petrov",
            ["MIL"],
        ),
        # a bare rank stays a rank
        ("Gen. Omar Haddad said the troops would withdraw.", "Omar Haddad", ["MIL"]),
    ],
)
def test_an_office_before_a_rank(extract, text, phrase, expected):
    assert _codes(extract(text), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a known body's director or chairman acts for the body
        ("NSA Director Tom Baker testified on Monday.", "Tom Baker", ["USASPY"]),
        ("Pentagon director Tom Baker testified on Monday.", "Tom Baker", ["USAMIL"]),
        ("Greenpeace director Tom Baker said the spill was a disaster.", "Tom Baker", ["NGO"]),
        ("Democratic National Committee Chairman Tom Reyes asked staff to resign.", "Tom Reyes", ["USAPTY"]),
        ("Fed Chairman Tom Baker said rates would rise.", "Tom Baker", ["USAGOV"]),
        # with no body, a director is still an expert's title
        ("Director Tom Baker of the museum said it would reopen.", "Tom Baker", ["NGO"]),
    ],
)
def test_a_bodys_director_or_chairman(extract, text, phrase, expected):
    assert _codes(extract(text), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a central bank is the state's, not a business
        ("The Turkish central bank raised interest rates.", "central bank", ["TURGOV"]),
        ("The Central Bank of Nigeria devalued the naira.", "Central Bank", ["NGAGOV"]),
        ("The Reserve Bank of India cut rates.", "Reserve Bank", ["INDGOV"]),
        # any other bank stays a business
        ("The Russian bank said its profits rose.", "bank", ["RUSBUS"]),
        # a ministry's seat after it gives its country
        ("The Foreign Ministry in Tehran summoned the British ambassador.", "Foreign Ministry", ["IRNGOV"]),
        ("The Justice Ministry in Ankara said the request was received.", "Justice Ministry", ["TURGOV"]),
        # a body's name ending in "of <place>" is that place's country's
        ("The University of Queensland said the study was flawed.", "University", ["AUSEDU"]),
        ("The Church of England apologised for the abuse.", "Church", ["GBRREL"]),
        ("The University of Tehran expelled the students.", "University", ["IRNEDU"]),
        # Northern Ireland's police are the UK's, whatever the word "Ireland" in the name
        ("The Police Service of Northern Ireland arrested two men.", "Police Service", ["GBRCOP"]),
    ],
)
def test_state_institutions(extract, text, phrase, expected):
    assert _codes(extract(text), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # "Republican X" / "Democrat X" where US politics is followed
        ("Republican Tom Baker said the bill would pass.", "Tom Baker", ["USAPTY"]),
        ("The Republican Tom Baker defeated Democrat Sam Reed in Ohio.", "Sam Reed", ["USAPTY"]),
        # a party word of another country's politics is no US party's
        (
            "Republican candidate Francois Fillon said he would stay in the race.",
            "Francois Fillon",
            ["FRAELI"],
        ),
    ],
)
def test_a_us_party_word_before_a_name(extract, text, phrase, expected):
    assert _codes(extract(text), phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Lawmakers on Capitol Hill rejected the plan.", "Capitol Hill", ["USALEG"]),
        ("The Oval Office said the meeting would go ahead.", "Oval Office", ["USAGOV"]),
        ("The CBO said the bill would leave millions uninsured.", "CBO", ["USALEG"]),
        ("The DEA seized the drugs in a raid.", "DEA", ["USACOP"]),
        ("Homeland Security said the ban would stay.", "Homeland Security", ["USAGOV"]),
        ("The HSE said the hospital would close.", "HSE", ["IRLGOV"]),
        ("The Dáil voted on the bill.", "Dáil", ["IRLLEG"]),
        ("The HNC said it would attend the talks in Geneva.", "HNC", ["SYROPP"]),
        ("Democrats said they would oppose Gorsuch.", "Gorsuch", ["USAJUD"]),
        ("The FDA approved the drug on Friday.", "FDA", ["USAGOV"]),
        # another state's body whose name holds a US agency's words stays that state's
        (
            "The National Agency for Food and Drug Administration and Control seized the drugs in Lagos.",
            "National Agency",
            ["NGAGOV"],
        ),
        ("The Philippine Securities and Exchange Commission revoked the licence.", "Securities", ["PHLGOV"]),
    ],
)
def test_known_bodies_and_metonyms(extract, text, phrase, expected):
    assert _codes(extract(text), phrase) == expected
