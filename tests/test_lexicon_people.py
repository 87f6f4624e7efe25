"""Leaders across time: dated roles, shared aliases resolved by date, Soviet-era offices.

Sentences are written for the project; the expected codes follow the lexicon's conventions
(USR for offices of the Soviet Union; the head of an international body codes as that body).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from dyad.errors import LexiconError
from dyad.lexicon import DATA, Lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


NAMED = [
    # (name or alias, date, person, country+sector of the role held that day)
    ("Bush", "1990-08-08", "George H. W. Bush", "USAGOV"),
    ("Bush", "2003-03-20", "George W. Bush", "USAGOV"),
    ("George Bush", "1989-12-20", "George H. W. Bush", "USAGOV"),
    ("Assad", "1995-06-01", "Hafez al-Assad", "SYRGOV"),
    ("Assad", "2013-06-01", "Bashar al-Assad", "SYRGOV"),
    ("Aliyev", "1996-04-01", "Heydar Aliyev", "AZEGOV"),
    ("Aliyev", "2010-04-01", "Ilham Aliyev", "AZEGOV"),
    ("Gandhi", "1983-02-01", "Indira Gandhi", "INDGOV"),
    ("Gandhi", "1987-02-01", "Rajiv Gandhi", "INDGOV"),
    ("Kabila", "1998-08-02", "Laurent-Désiré Kabila", "CODGOV"),
    ("Kabila", "2010-08-02", "Joseph Kabila", "CODGOV"),
    ("Reagan", "1987-06-12", "Ronald Reagan", "USAGOV"),
    ("Helmut Kohl", "1990-10-03", "Helmut Kohl", "DEUGOV"),
    ("Margaret Thatcher", "1982-04-05", "Margaret Thatcher", "GBRGOV"),
    ("Francois Mitterrand", "1984-09-22", "François Mitterrand", "FRAGOV"),
    ("Gorbachev", "1989-11-10", "Mikhail Gorbachev", "USRGOV"),
    ("Eduard Shevardnadze", "1988-09-20", "Eduard Shevardnadze", "USRGOV"),
    ("Eduard Shevardnadze", "1998-02-10", "Eduard Shevardnadze", "GEOGOV"),
    ("Boris Yeltsin", "1990-12-01", "Boris Yeltsin", "RUSGOV"),
    ("Javier Perez de Cuellar", "1988-08-08", "Javier Pérez de Cuéllar", "PERIGO"),
    ("Manfred Woerner", "1990-05-01", "Manfred Wörner", "DEUIGO"),
    ("Vladimir Putin", "2024-06-01", "Vladimir Putin", "RUSGOV"),
]


@pytest.mark.parametrize(("name", "day", "person", "code"), NAMED)
def test_names_resolve_to_the_person_and_role_of_the_day(lex, name, day, person, code):
    p = lex.person_named(name, _d(day))
    assert p is not None and p.name == person
    role = p.role_at(_d(day))
    assert (role.country or p.country) + role.sector == code


def test_without_a_date_a_shared_alias_keeps_the_first_listed_person(lex):
    assert lex.person_named("Bush").name == "George W. Bush"
    assert lex.person_names["Bush"].name == "George W. Bush"


def test_a_role_abroad_names_its_own_country(lex):
    p = lex.person_named("Eduard Shevardnadze")
    soviet = [r for r in p.roles if r.country == "USR"]
    assert soviet and all(r.title == "Foreign Minister" for r in soviet)
    assert p.country == "GEO"


def test_role_bodies_resolve_to_actor_codes(lex):
    assert lex.org_code("UNO") == "IGOUNO"
    assert lex.org_code("NATO") == "IGONAT"
    assert lex.org_code("no such body") is None


def test_former_roles_follow_the_office(lex):
    p = lex.person_named("Margaret Thatcher")
    assert p.roles[-1].title == "former Prime Minister"
    assert p.roles[-1].end == dt.date(2013, 4, 8)
    assert p.role_at(dt.date(2005, 1, 1)).title == "Prime Minister"


def _data_with_people(tmp_path, rows):
    for f in DATA.iterdir():
        if f.suffix == ".json":
            shutil.copy(f, tmp_path / f.name)
    (tmp_path / "people.json").write_text(json.dumps(rows), encoding="utf-8")
    return tmp_path


BAD = [
    ({"name": "A B", "country": "XXZ", "roles": []}, "unknown country"),
    (
        {"name": "A B", "country": "FRA", "roles": [{"title": "President", "country": "QQQ"}]},
        "unknown country",
    ),
    (
        {
            "name": "A B",
            "country": "FRA",
            "roles": [{"title": "President", "start": "1990-01-01", "end": "1989-01-01"}],
        },
        "ends before it starts",
    ),
    ({"name": "A B", "country": "FRA", "gender": "male", "roles": []}, "gender must be"),
    ({"name": "A B", "country": "FRA", "gender": ["f"], "roles": []}, "gender must be"),
]


@pytest.mark.parametrize(("row", "message"), BAD)
def test_people_are_validated_on_load(tmp_path, row, message):
    with pytest.raises(LexiconError, match=message):
        Lexicon.load(_data_with_people(tmp_path, [row]))


EXTRACTED = [
    # (text, published, mention (its last occurrence is checked), expected code, expected name)
    (
        "President Reagan told reporters the summit had been useful.",
        "1987-12-10",
        "Reagan",
        "USAGOV",
        "Ronald Reagan",
    ),
    (
        "Chancellor Kohl promised voters in Leipzig a quick currency union.",
        "1990-03-14",
        "Kohl",
        "DEUGOV",
        "Helmut Kohl",
    ),
    (
        "Gorbachev told the Central Committee that the reforms would go on.",
        "1989-09-20",
        "Gorbachev",
        "USRGOV",
        "Mikhail Gorbachev",
    ),
    (
        "Soviet Foreign Minister Eduard Shevardnadze flew to Kabul on Sunday.",
        "1988-11-06",
        "Eduard Shevardnadze",
        "USRGOV",
        "Eduard Shevardnadze",
    ),
    (
        "President Bush ordered more troops to Saudi Arabia.",
        "1990-11-08",
        "Bush",
        "USAGOV",
        "George H. W. Bush",
    ),
    (
        "Francois Mitterrand and Helmut Kohl laid a wreath at Verdun.",
        "1984-09-22",
        "Francois Mitterrand",
        "FRAGOV",
        "François Mitterrand",
    ),
    (
        "Javier Perez de Cuellar urged Baghdad and Tehran to respect the truce.",
        "1988-08-10",
        "Javier Perez de Cuellar",
        "IGOUNO",
        "Javier Pérez de Cuéllar",
    ),
    (
        "Manfred Woerner said the alliance would stay in Europe.",
        "1990-05-01",
        "Manfred Woerner",
        "IGONAT",
        "Manfred Wörner",
    ),
    (
        "Antonio Guterres called for a ceasefire in Gaza.",
        "2024-03-01",
        "Antonio Guterres",
        "IGOUNO",
        "António Guterres",
    ),
    (
        "Vladimir Putin signed the decree in the Kremlin.",
        "2024-06-01",
        "Vladimir Putin",
        "RUSGOV",
        "Vladimir Putin",
    ),
    (
        "Sonia Gandhi met party leaders in Delhi. Gandhi said the alliance would hold.",
        "2021-02-01",
        "Gandhi",
        "INDPTY",
        "Sonia Gandhi",
    ),
]


@pytest.mark.parametrize(("text", "published", "mention", "code", "name"), EXTRACTED)
def test_historical_people_code_by_publication_date(extract, text, published, mention, code, name):
    rec = extract(text, published=published)
    start = rec.text.rindex(mention)  # the last mention: a bare surname links back to the full name
    end = start + len(mention)
    hits = [a for a in rec.actors if a.kind == "person" and any(s < end and e > start for s, e in a.mentions)]
    assert [(a.name, a.code) for a in hits] == [(name, code)]


def test_the_shipped_people_carry_a_gender():
    lex = Lexicon.load(DATA)
    assert lex.person_named("Angela Merkel").gender == "f"
    assert lex.person_named("Ilham Aliyev").gender == "m"
    assert all(p.gender in ("m", "f") for p in lex.people)
