"""Actor coding: (text, publication date, mention, expected code / title) tables written for the project."""

from __future__ import annotations

import pytest


def _actor(rec, mention: str, nth: int = 0):
    """The actor whose mentions include the nth occurrence of ``mention`` in the text."""
    start = -1
    for _ in range(nth + 1):
        start = rec.text.index(mention, start + 1)
    end = start + len(mention)
    hits = [a for a in rec.actors for s, e in a.mentions if s < end and e > start]
    assert hits, f"no actor for {mention!r}: {[(a.name, a.mentions) for a in rec.actors]}"
    return max(hits, key=lambda a: max(e - s for s, e in a.mentions if s < end and e > start))


CASES = [
    # (text, published, mention, expected code)
    # "<name> of <country>" gives the country, even with other countries in the sentence
    ("King Tomas of Norway met Kenyan and Ugandan officials.", "2010-01-01", "Tomas", "NORGOV"),
    (
        "Queen Rania of Jordan said she would host envoys from Chile and Peru.",
        "2010-01-01",
        "Rania",
        "JORGOV",
    ),
    # a people living in another country is coded by where it lives (CAMEO), unless disputed
    ("The Greeks of southern Albania are asking for more schools.", "2010-01-01", "Greeks", "ALBCVL"),
    ("Ethnic Uzbeks held a vigil in the south of Kyrgyzstan.", "2010-01-01", "Uzbeks", "KGZCVL"),
    ("Armenians protested in Paris against Azerbaijan.", "2010-01-01", "Armenians", "ARM"),
    ("Ethnic Armenians in Karabakh voted on Sunday.", "2010-01-01", "Armenians", "ARM"),
    # a body or a group with its country after it
    ("A court in Ghana jailed two smugglers.", "2010-01-01", "court", "GHAJUD"),
    ("Police in Nairobi arrested 20 protesters.", "2010-01-01", "Police", "KENCOP"),
    ("Police in Nairobi arrested 20 protesters.", "2010-01-01", "protesters", "KENCVL"),
    ("Dissidents from Peru met the Chilean president in Lima.", "2010-01-01", "Dissidents", "PEROPP"),
    # victims are where the harm happened, not of the attacker's country; towns come from the gazetteer
    ("Armenian missiles killed 13 civilians in Ganja.", "2020-10-10", "civilians", "AZECVL"),
    ("Russian strikes killed 20 civilians in Aleppo.", "2016-10-10", "civilians", "SYRCVL"),
    ("The government of Balochistan province deployed extra police.", "2010-01-01", "government", "PAKGOV"),
    ("Russian strikes killed 20 civilians.", "2016-10-10", "civilians", "CVL"),
    ("Kenyan police arrested 20 protesters.", "2016-10-10", "protesters", "KENCVL"),
    # an office-holder noun takes the sector of the body that modifies it
    ("Kenyan opposition leaders postponed the march.", "2017-03-25", "leaders", "KENOPP"),
    ("Kenyan army officials met the press.", "2017-03-25", "officials", "KENMIL"),
    ("Kenyan government officials met the press.", "2017-03-25", "officials", "KENGOV"),
    # a crowd is where it gathers
    ("Some 5,000 people protested in Nairobi against the new tax.", "2017-03-25", "people", "KENCVL"),
    ("Opposition leaders in Nairobi called off the march.", "2017-03-25", "leaders", "KENOPP"),
    (
        "Hundreds of fundamentalists in Cairo began a hunger strike.",
        "2017-03-25",
        "fundamentalists",
        "EGYRAD",
    ),
    # transnational militant groups take CAMEO's IMG prefix, not a country
    ("ISIL fighters overran the outpost.", "2016-05-01", "ISIL", "IMGMUSISI"),
    ("An al-Qaeda cell was dismantled.", "2012-05-01", "al-Qaeda", "IMGMUSALQ"),
    ("President Ilham Aliyev met the delegation in Baku.", "2021-05-01", "Ilham Aliyev", "AZEGOV"),
    ("Nikol Pashinyan addressed parliament.", "2021-05-01", "Nikol Pashinyan", "ARMGOV"),
    ("Antony Blinken travelled to Kyiv.", "2022-02-01", "Antony Blinken", "USAGOV"),
    ("Mike Pompeo spoke to reporters.", "2019-06-01", "Mike Pompeo", "USAGOV"),
    ("Vladimir Putin chaired the meeting.", "2021-05-01", "Vladimir Putin", "RUSGOV"),
    ("Joe Biden spoke at a rally in Ohio.", "2021-03-01", "Joe Biden", "USAGOV"),
    ("Azerbaijani troops advanced towards the town.", "2020-10-10", "Azerbaijani troops", "AZEMIL"),
    ("The Armenian government protested.", "2020-10-10", "Armenian government", "ARMGOV"),
    ("Russia's army held drills.", "2021-01-10", "Russia's army", "RUSMIL"),
    ("Turkey supplied drones.", "2020-10-10", "Turkey", "TUR"),
    ("Washington said it was concerned.", "2021-01-10", "Washington", "USAGOV"),
    ("Moscow rejected the claim.", "2021-01-10", "Moscow", "RUSGOV"),
    ("The United Nations called for calm.", "2021-01-10", "United Nations", "IGOUNO"),
    ("The Trump administration imposed tariffs.", "2019-01-10", "Trump administration", "USAGOV"),
    (
        "Col. Anna Berg, a spokeswoman for the Swedish army, declined to comment.",
        "2021-01-10",
        "Anna Berg",
        "SWEMIL",
    ),
    # a titled official with no country of their own takes it from context
    (
        "Judge Maria Okafor ordered the release of the detainees held in Ghana.",
        "2021-01-10",
        "Maria Okafor",
        "GHAJUD",
    ),
    (
        "Prime Minister Tomas Ruud opened the session; Norway's budget was debated for hours.",
        "2021-01-10",
        "Tomas Ruud",
        "NORGOV",
    ),
    ("Peruvian deputy minister Lucia Quispe visited the mine.", "2021-01-10", "Lucia Quispe", "PERGOV"),
    # a state body named by its kind takes the country from context; its head noun gives the sector
    ("The Supreme Court of Ghana struck down the decree.", "2021-01-10", "Supreme Court", "GHAJUD"),
    (
        "Strikes hit Chile as the Interior Ministry deployed police.",
        "2021-01-10",
        "Interior Ministry",
        "CHLGOV",
    ),
]

BARE_GROUPS = [
    # (text, mention, expected code): a group with no country beside it
    ("Protesters in Yerevan blocked the main avenue.", "Protesters", "ARMCVL"),
    (
        "Rebels attacked a convoy near the Malian town of Gao; Mali said two soldiers died.",
        "Rebels",
        "MLIREB",
    ),
    ("Police detained twelve people after the match.", "Police", "COP"),
    ("Islamist activists began a hunger strike.", "activists", "CVL"),
    ("Thousands of people marched through Lima on Sunday.", "people", "PERCVL"),
]


@pytest.mark.parametrize(("text", "mention", "code"), BARE_GROUPS)
def test_bare_groups_code_as_their_sector(extract, text, mention, code):
    assert _actor(extract(text, published="2021-01-10"), mention).code == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Hamas fighters crossed the line.", "fighters"),
        ("Activists from the Green Horizon Party marched on Friday.", "Activists"),
        ("People keep posting online about the delays at the border.", "People"),
        ("Spiritual leaders gathered for the annual retreat.", "leaders"),
    ],
)
def test_members_of_a_named_body_are_not_a_bare_group(extract, text, mention):
    rec = extract(text, published="2021-01-10")
    start = rec.text.index(mention)
    assert not any(a.kind == "group" and [start, start + len(mention)] in a.mentions for a in rec.actors)


# ... but not from a country that qualifies somebody else, nor from two candidate countries
NO_COUNTRY = [
    ("President Arno Vale welcomed Kenyan leader Daniel Otieno at the airport.", "Arno Vale"),
    ("Minister Petra Lind spoke about trade between Chile and Peru.", "Petra Lind"),
]


@pytest.mark.parametrize(("text", "mention"), NO_COUNTRY)
def test_context_gives_no_country_when_it_is_not_the_actors(extract, text, mention):
    actor = _actor(extract(text, published="2021-01-10"), mention)
    assert actor.country is None
    assert actor.sector == "GOV"


@pytest.mark.parametrize(("text", "published", "mention", "code"), CASES)
def test_actor_codes(extract, text, published, mention, code):
    rec = extract(text, published=published)
    assert _actor(rec, mention).code == code


def test_dated_roles_choose_the_role_held_on_the_publication_date(extract):
    before = _actor(extract("Joe Biden gave a speech.", published="2020-10-01"), "Joe Biden")
    after = _actor(extract("Joe Biden gave a speech.", published="2021-10-01"), "Joe Biden")
    assert before.country == after.country == "USA"
    assert before.sector != "GOV"
    assert after.sector == "GOV"


def test_title_and_country_before_the_name(extract):
    rec = extract("Georgia's Prime Minister Tamar Lomidze met envoys in Tbilisi.", published="2021-01-01")
    a = _actor(rec, "Tamar Lomidze")
    assert (a.code, a.title) == ("GEOGOV", "Prime Minister")


def test_apposition_gives_role_and_affiliation(extract):
    rec = extract(
        "Maria Olsen, a senior fellow at the Brookings Institution, said the talks would fail.",
        published="2021-01-01",
    )
    a = _actor(rec, "Maria Olsen")
    assert a.country == "USA"
    assert a.affiliation == "Brookings Institution"
    assert a.title.lower() == "senior fellow"


def test_surname_and_pronoun_link_back_to_the_full_name(extract):
    text = (
        "Foreign Minister Hakan Demir arrived in Rome on Monday. Demir said the visit was overdue. "
        "He also met the Italian prime minister."
    )
    rec = extract(text, published="2021-01-01")
    a = _actor(rec, "Hakan Demir")
    assert _actor(rec, "Demir", nth=1).id == a.id
    assert _actor(rec, "He").id == a.id
    assert len(a.mentions) == 3


def test_pronoun_prefers_the_main_clause_subject_over_a_later_name(extract):
    text = (
        "Senator Paula Grant said her rival Tom Ruiz should withdraw from the race. "
        "She also called for an inquiry."
    )
    rec = extract(text, published="2021-01-01")
    assert _actor(rec, "She").name == "Paula Grant"


def test_every_mention_is_an_offset_into_the_text(extract):
    text = "Iranian forces shelled the border, and Tehran blamed Kurdish rebels."
    rec = extract(text, published="2021-01-01")
    for a in rec.actors:
        for s, e in a.mentions:
            assert 0 <= s < e <= len(text)
    assert _actor(rec, "Iranian forces").code == "IRNMIL"
    assert _actor(rec, "Tehran").code == "IRNGOV"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("European Union", "IGOEUR"), ("the european Union", "IGOEUR"), ("EU", "IGOEUR"), ("eu", None)],
)
def test_org_names_fold_case_only_for_multiword_names(pipeline, name, expected):
    lexicon = pipeline.resources.lexicon
    org = lexicon.org_of(name)
    assert (org.code if org else None) == expected


@pytest.mark.parametrize(
    ("text", "published", "mention", "not_code"),
    [
        # a lexicon surname does not swallow somebody else's full name
        ("Kevin Bush, a banker from Ohio, opened the branch.", "2003-05-01", "Kevin Bush", "USAGOV"),
        ("Thandi Mandela addressed the crowd in Soweto.", "1994-05-01", "Thandi Mandela", "ZAFGOV"),
    ],
)
def test_first_name_keeps_a_namesake_apart(extract, text, published, mention, not_code):
    actor = _actor(extract(text, published=published), mention)
    assert actor.name == mention
    assert actor.code != not_code


def test_a_first_name_spelt_another_way_is_still_the_known_person(extract):
    rec = extract("Sergey Lavrov met his counterpart in Geneva.", published="2021-05-01")
    assert _actor(rec, "Lavrov").code == "RUSGOV"


def test_titles_still_precede_a_known_surname(extract):
    rec = extract("President Bush met the delegation.", published="2003-05-01")
    assert _actor(rec, "Bush").code == "USAGOV"


def test_a_bare_group_joins_its_countrys_group(extract):
    rec = extract(
        "Armenia's government rejected the plan in Yerevan. The government said talks must go on.",
        published="2021-01-10",
    )
    gov = [a for a in rec.actors if a.code == "ARMGOV"]
    assert len(gov) == 1 and len(gov[0].mentions) == 2, [(a.name, a.code, a.mentions) for a in rec.actors]


@pytest.mark.parametrize(
    ("text", "pronoun_is_named"),
    [
        ("President Ruto spoke on Monday. A teenager was arrested after he threw stones.", False),
        ("President Ruto spoke on Monday. He said the talks had failed.", True),
        ("President Ruto spoke on Monday. Witnesses said he looked tired.", True),
    ],
)
def test_a_pronoun_after_an_unnamed_person_is_not_the_named_one(extract, text, pronoun_is_named):
    rec = extract(text, published="2023-05-01")
    start = rec.text.lower().index(" he ") + 1
    ruto = _actor(rec, "Ruto")
    assert ([start, start + 2] in ruto.mentions) == pronoun_is_named


@pytest.mark.parametrize(
    ("text", "surname", "is_person"),
    [
        ("She found a job in Bolton after the mill closed.", "Bolton", False),
        ("Critics in Bolton's circle objected to the plan.", "Bolton", True),
        ("The president met Bolton on Tuesday.", "Bolton", True),
    ],
)
def test_a_known_surname_after_in_is_a_place(extract, text, surname, is_person):
    rec = extract(text, published="2019-05-01")
    start = rec.text.index(surname)
    hit = any(s <= start < e for a in rec.actors if a.kind == "person" for s, e in a.mentions)
    assert hit == is_person


@pytest.mark.parametrize(
    ("group_words", "message"),
    [("none", "group_words must be an object"), ({"collective": ["the"]}, "group_words.too_vague")],
)
def test_group_words_are_validated_on_load(tmp_path, group_words, message):
    import json
    import shutil

    from dyad.errors import LexiconError
    from dyad.lexicon import DATA, Lexicon

    shutil.copytree(DATA, tmp_path / "data")
    titles = json.loads((tmp_path / "data" / "titles.json").read_text())
    titles["group_words"] = group_words
    (tmp_path / "data" / "titles.json").write_text(json.dumps(titles))
    with pytest.raises(LexiconError, match=message):
        Lexicon.load(tmp_path / "data")


@pytest.mark.parametrize(
    ("populations", "expected"),
    [
        ([("AZE", 330_000)], "AZE"),
        ([("SYR", 775_000), ("LBY", 200_000)], None),  # not clear enough
        ([("COD", 432_000), ("PHL", 4_000)], "COD"),
        ([("USA", 170_000), ("USA", 150_000)], "USA"),
        ([], None),
    ],
)
def test_a_town_names_its_country_only_when_clear(populations, expected):
    from types import SimpleNamespace

    from dyad.extract.actors import clear_country

    entries = [SimpleNamespace(country=c, population=p) for c, p in populations]
    assert clear_country(entries) == expected


def test_a_particle_surname_is_a_person_not_a_place(extract):
    rec = extract(
        "Senator Amara de Lima spoke first. De Lima then criticised the minister.", published="2017-02-10"
    )
    person = next(a for a in rec.actors if a.kind == "person" and "Lima" in a.name)
    assert person.name == "Amara de Lima"
    assert len(person.mentions) == 2  # the later "De Lima" is the same senator
    assert not any(a.code == "PERGOV" for a in rec.actors)


@pytest.mark.parametrize(
    "text,name,code",
    [
        # a bare plural of states is no one country's government
        ("Several African states condemned Kenya.", "states", None),
        # "Air" before a country names its airline
        ("Air Uganda suspended flights to Nairobi.", "Air Uganda", "UGABUS"),
    ],
)
def test_plural_states_and_national_airlines(extract, text, name, code):
    rec = extract(text)
    got = {text[s:e]: a.code for a in rec.actors for s, e in a.mentions}
    if code is None:
        assert name not in got, got
    else:
        assert got.get(name) == code, got


@pytest.mark.parametrize(
    "text,pronoun_at,who",
    [
        # a possessive means its own clause's subject, even in a second clause
        (
            "Odinga met the Ugandan envoy, and Kenyatta held talks with his Tanzanian counterpart.",
            "his",
            "Kenyatta",
        ),
        # an object pronoun is never its own clause's subject
        ("Kenyatta phoned Museveni and urged him to pull back his troops.", "him", "Museveni"),
        # a subject pronoun is never its own clause's object
        (
            "Odinga's party criticised groups funded by Musa Ali. Later he also accused Musa Ali of fraud.",
            "he",
            "Odinga",
        ),
        # with no subject named before, the person highest in the tree: the accused, not the
        # friend of someone named inside the charge
        (
            "The court accuses Ali Musa of bribing an aide of Omar Bello. It said it will try him soon.",
            "him",
            "Musa",
        ),
        # a subject pronoun in a clause under another clause means that clause's subject
        (
            "Ruto's aide said that Odinga was only joking when he attacked Ruto in the speech.",
            "he",
            "Odinga",
        ),
    ],
)
def test_pronouns_follow_their_clause(extract, text, pronoun_at, who):
    rec = extract(text)
    start = text.index(f" {pronoun_at} ") + 1
    owner = [a for a in rec.actors if [start, start + len(pronoun_at)] in [list(m) for m in a.mentions]]
    assert owner and who in owner[0].name, [(a.name, a.mentions) for a in rec.actors]


@pytest.mark.parametrize(
    "text,name,code",
    [
        # a name list tags the place inside a newspaper's name; the outlet is the actor
        ("The minister told The Nairobi Times that talks had failed.", "The Nairobi Times", "KENMED"),
        ("Speaking to the Kampala Herald, Museveni denied the report.", "the Kampala Herald", "UGAMED"),
    ],
)
def test_news_outlets_named_after_a_place(extract, text, name, code):
    got = {a.name: a.code for a in extract(text).actors}
    assert got.get(name) == code, got


@pytest.mark.parametrize(
    "text,code",
    [
        # a police commissioner is police; a European commissioner serves the EU
        ("Assistant Commissioner Mary Otieno of the Kenyan police spoke.", "COP"),
        ("EU Commissioner Anna Berg spoke in Nairobi.", "IGO"),
    ],
)
def test_commissioners(extract, text, code):
    people = [a for a in extract(text).actors if a.kind == "person"]
    assert people and (people[0].code or "").endswith(code), [(a.name, a.code) for a in extract(text).actors]


@pytest.mark.parametrize(
    "text,name,code",
    [
        # an agency that rates debt or sells trips is a business, not a government office
        ("The ratings agency Moody's cut its outlook for Kenya on Friday.", "Moody", "BUS"),
        ("Kenya's tax agency raised its forecast.", "Kenya government", "KENGOV"),
        # a fire brigade fights fires, not wars
        ("The Nairobi Fire Brigade sent ten engines.", "Kenya government", "KENGOV"),
    ],
)
def test_agencies_by_kind(extract, text, name, code):
    got = {a.name: a.code for a in extract(text).actors}
    assert got.get(name) == code, got


@pytest.mark.parametrize(
    "text,code",
    [
        # firms, shoppers and supporters named by a nationality take its sector, not the state's code
        ("A Kenyan factory is making special cups for a boy in Leeds.", "KENBUS"),
        ("Many Kenyan netizens mocked the new tax on Friday.", "KENCVL"),
        ("Ugandan shoppers queued at the border market.", "UGACVL"),
        ("Kenyan opposition supporters marched through Kisumu.", "KENOPP"),
        ("A Ugandan carmaker opened a plant in Kampala.", "UGABUS"),
        ("A Kenyan magistrate ordered the former minister to stand trial.", "KENJUD"),
    ],
)
def test_everyday_groups_take_their_sector(extract, text, code):
    codes = [a.code for a in extract(text).actors]
    assert codes and codes[0] == code, codes


@pytest.mark.parametrize(
    "text,published,name,code",
    [
        # a title only one state's office has names its holder on the day
        ("The Taoiseach flew to Madrid for talks.", "2016-03-01", "Enda Kenny", "IRLGOV"),
        ("The Taoiseach flew to Madrid for talks.", "2018-03-01", "Leo Varadkar", "IRLGOV"),
        # the EU is seated in Brussels: the city, acting, is the Union
        ("Brussels warned London against breaking the deal.", "2019-03-01", "European Union", "IGOEUR"),
        # a body's name ends with the place the lexicon claimed: one name
        ("The Bank of Uganda cut its lending rate.", "2019-03-01", "Uganda business", "UGABUS"),
        (
            "Grace Mugisha, chief economist of the Bank of Uganda, warned of inflation.",
            "2019-03-01",
            "Grace Mugisha",
            "UGABUS",
        ),
    ],
)
def test_titles_seats_and_names_of_places(extract, text, published, name, code):
    got = {a.name: a.code for a in extract(text, published=published).actors}
    assert name in got and got[name] == code, got


def test_a_title_many_states_use_names_no_one(extract):
    actors = extract("The President flew to Madrid.", published="2019-03-01").actors
    assert not [a for a in actors if a.kind == "person"], [(a.name, a.kind) for a in actors]


def test_a_sea_is_no_province_abroad(extract):
    # a province abroad shares the sea's name; the name alone codes no country
    codes = {a.code for a in extract("Gulf leaders will fly to Kenya next week.").actors}
    assert not any((c or "").startswith("PNG") for c in codes), codes


def test_a_capital_after_a_given_name_is_a_surname(extract):
    codes = {a.code for a in extract("The actor Denzel Washington praised the film.").actors}
    assert "USAGOV" not in codes, codes


@pytest.mark.parametrize(
    "text,code",
    [
        # an acronym the text defines by another name is not the organisation with those letters
        ("Forum users traded jokes over Internet Relay Chat (IRC) all night.", None),
        ("International Rescue Committee (IRC) staff reached Kenya.", "NGO"),
    ],
)
def test_acronyms_defined_in_the_text(extract, text, code):
    got = {a.code for a in extract(text).actors if "IRC" in text[a.mentions[-1][0] : a.mentions[-1][1]]}
    assert got == {code}, [(a.name, a.code, a.mentions) for a in extract(text).actors]
