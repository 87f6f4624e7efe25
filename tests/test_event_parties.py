"""Who the parties of an event are when the text names them loosely: a force of several states
named by its kind ("peacekeepers", "a regional force"). Sentences written for the project;
the full pipeline resolves the actors. Rows are (CAMEO root, source code, target code) of the
events not negated, so a finer code choice leaves them alone."""

from __future__ import annotations

import pytest


def parties(record) -> set[tuple]:
    return {(e.root, e.source_code, e.target_code) for e in record.events if not e.negated}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a force of several states with no country or body named is an international one
        ("The junta criticized the regional peacekeeping force.", {("11", None, "IGO")}),
        ("The insurgents ambushed a patrol of peacekeepers near the border.", {("19", "REB", "IGO")}),
        ("The multinational force clashed with gang members on Tuesday.", {("19", "IGO", None)}),
        # a country or a body named makes the force its own
        ("The rebels attacked Zambian peacekeepers.", {("19", "REB", "ZMBMIL")}),
        ("The rebels shelled a convoy of NATO troops.", {("19", "REB", "IGONAT")}),
        # a police force is no army, whatever its reach
        ("The regional police force arrested a Chilean journalist.", {("17", None, "CHLMED")}),
    ],
)
def test_multinational_force(extract, text, expected):
    assert parties(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle after the thing acted on says whose it is
        ("The rebels attacked a convoy carrying Zambian peacekeepers.", {("19", "REB", "ZMBMIL")}),
        ("Militants attacked a checkpoint manned by Tunisian soldiers.", {("19", "REB", "TUNMIL")}),
        ("The rebels shelled an airbase belonging to the Chadian army.", {("19", "REB", "TCDMIL")}),
        ("Gunmen stormed a hotel owned by a Kuwaiti businessman.", {("19", "UAF", "KWTBUS")}),
        # a participle of another kind names no holder
        ("The rebels attacked a convoy heading to Chad.", {("19", "REB", None)}),
    ],
)
def test_holder_of_a_thing(extract, text, expected):
    assert parties(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a people with one home state is that state's
        ("Igbo elders demanded that the government free the detained activists.", {("10", "NGA", "NGAGOV")}),
        ("Uyghur exiles accused Beijing of torture.", {("11", "CHN", "CHNGOV")}),
        # with several home states, the one the text names
        ("Pashtun tribesmen attacked the police near Peshawar.", {("19", "PAK", "PAKCOP")}),
        ("Hutu rebels attacked Congolese soldiers.", {("19", "CODREB", "CODMIL")}),
        ("Tamil militants attacked Sri Lankan soldiers.", {("19", "LKAREB", "LKAMIL")}),
        # through a body's representatives, and in a mutual act
        (
            "The government held talks with representatives of the Tuareg rebels in Bamako.",
            {("04", "MLIGOV", "MLIREB"), ("04", "MLIREB", "MLIGOV")},
        ),
        # the text naming none of them leaves the country open
        ("Kurdish militants attacked the police.", {("19", "REB", "COP")}),
        # a people's name used as a surname stays a person's
        ("Ayesha Baloch criticized the police. Baloch said the officers lied.", {("11", None, "COP")}),
    ],
)
def test_peoples(extract, text, expected):
    assert parties(extract(text)) == expected


@pytest.mark.parametrize(
    "rows,message",
    [
        ([{"name": "Xa", "forms": ["Xa"], "countries": ["QQQ"]}], "unknown country"),
        ([{"name": "Xa", "forms": ["Xa"], "countries": []}], "at least one country"),
        ([{"name": "Xa", "countries": ["NGA"]}], "missing key 'forms'"),
    ],
)
def test_peoples_are_validated_on_load(tmp_path, rows, message):
    import json
    import shutil

    from dyad.errors import LexiconError
    from dyad.lexicon import DATA, Lexicon

    shutil.copytree(DATA, tmp_path / "data")
    (tmp_path / "data" / "peoples.json").write_text(json.dumps(rows))
    with pytest.raises(LexiconError, match=message):
        Lexicon.load(tmp_path / "data")


@pytest.mark.parametrize(
    "text,expected",
    [
        # critics or kin of a body or person are people of its country, not the body or person
        ("Opponents of the Bolivian government rallied in Cochabamba.", {("14", "BOL", None)}),
        ("Relatives of the Chilean president criticized the court.", {("11", "CHL", None)}),
        # supporters side with whom they follow
        ("Supporters of the Venezuelan opposition criticized the court.", {("11", "VENOPP", None)}),
    ],
)
def test_followers_of(extract, text, expected):
    assert parties(extract(text)) == expected
