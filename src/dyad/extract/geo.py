"""Places: find toponyms, resolve them against the offline gazetteer, and place clauses.

Recognition
    * spaCy GPE/LOC/FAC entities ("Paris, Texas" as one entity gives two toponyms);
    * NORP/ORG/PERSON entities when the whole name is a country, a large state, a region, a sea or
      a continent (the model's usual mistakes on "Armenia", "Georgia", "South Caucasus"), or a
      town after a locative preposition or "of" ("in Killeen", "Jane Doe of Port Arthur"), after
      "the town of", or used as only a town's name is ("a Bozeman woman"), also when the model
      read the town's office with it ("Avondale Mayor Jane Doe", "the Elmford Volunteer Fire
      Department": a town of 1,000 people before a ``town_cues`` office); PRODUCT, EVENT and
      WORK_OF_ART entities only after a preposition;
    * place names inside organisation names when they name the organisation's place ("the Ohio
      Department of Health", "Moscow City Council", "the Kirkuk-Ceyhan pipeline"), and a
      town of 1,000 people after "in" in a name the model read with its place ("the Lutheran
      school in Elmford");
    * gazetteer matches over capitalised tokens the NER missed: countries, states, regions,
      "X County", "Town, ST", a town after a locative preposition, all-capitals datelines
      ("CANTON, Ohio (AP) --"), a county or borough after "in" whatever the model called it;
    * a name that begins with "The" when the model left the article out ("THE HAGUE");
    * an acronym among a place's names only when written in capitals ("SADR", not "Sadr");
    * *weak* mentions, bare capitalised words that are also towns ("Kokomo" tagged ORG), are
      kept only if the article supports their reading (their state named, or a town within 60 km).
    A town the model read as a date or a people right after "in" ("met in Manchester on
    Monday"), one read as a person or a people but bound by the state after it ("Sioux Falls,
    S.D.", "Greer, S.C."), a county written "X Co." after a locative or before a county body,
    a resident or a state ("in Sevier Co.", "a Sevier Co. man"; a weak mention), an
    area named with its generic word ("the Artibonite region"), the areas listed after "the
    provinces of" or "the counties of", and a county or a state inside an event's name ("the
    Polk County Fair") are places; "X City Council" is X's when "X City" is only another name
    of a town abroad (whatever the model tagged; "[Jersey] City Mayor" is Jersey City); "X
    Township" the gazetteer lacks is X, as a weak mention, and so is a county named without its
    county word when the gazetteer knows the name by nothing else ("in Lafourche"), and a
    river, creek, valley, lake or park named after a town or county ("the Harlan River"), kept
    only beside the article's places or in the state it names most. Names with an
    inner capital ("DeKalb") are capitalised; a town's name before "Parish" or "County" we lack
    is no town.
    Demonyms ("Azerbaijani troops") are actors, never places. So are the people the actors
    stage found by their full name: a town's name that opens, ends or repeats a person's name
    ("President Vladimir Putin", "Dara Ross ... Ross said") is no place unless the text puts
    something "in" it, binds it to its state ("Ross, Texas") or uses it as only a town's name is
    ("a Ross woman"). Lowercase words, short all-capitals acronyms ("EU", "NATO") and the part
    of a hyphenated name ("Mar-a-Lago", "Spider-Man"; "Rostov-on-Don" is looked up whole) are no
    towns either, and neither is a saint's name before "'s Square" or "'s Hospital". Streets
    and common words that are also town names are left out (``not_toponyms`` and ``not_in_names`` in ``geo.json``), and so
    are a surname the article gave a person ("Wendell Dallas ... Dallas had been stabbed", but
    "in Dallas" is the city; a "person" of four words or more is a misread headline) and a
    town's name that qualifies a pact or a negotiating group ("the Minsk Group", "the Helsinki
    Final Act"). A name that is part of a longer one ("Port Arthur", "ST. JOSEPH", "Iowa
    Falls", "Summit County") becomes that name, or nothing if the gazetteer lacks it. Names
    listed before "counties" ("Grundy, Hardin and Black Hawk counties") are counties, before
    "provinces" or "regions" such areas; "X province" and "the X region" name the area X. In a
    list of three or more names with two places found the others are places too; a legislator's
    home ("D-Mingo") is a county or town; a place named again at the head of a local body's
    name ("the Ovid Board of Finance") is the place, and so is one the model read as a people
    ("the Ovid levy vote") unless it is a demonym.

Disambiguation (one sense per name and qualifier per document)
    Each candidate gets a score: log population; a feature prior (countries, continents, regions
    and seas over admin areas over towns); a national-capital bonus; a penalty for matching only
    an alternate name; renown, for a town of a country the article does not name, when the name
    has a famous reading (a town GeoNames gives many names in other languages: "Bethlehem" is
    the biblical town before its namesake in the Free State); and context: the share of the article's places in the candidate's country
    (and its neighbours), the states it names ("Paris" near "Texas"), a qualifier ("Paris,
    Texas", "Richmond, Va."), "Washington state" and lists of states or countries, and
    co-location with the other names' candidates. Two passes: the second adds what the first
    resolved, less each name's own contribution (in both passes). A country name resolves to a
    town only when qualified ("Peru, Ind.") or when the article is plainly about that town's
    area (its other places in the town's country, the town's state named or its neighbours); a
    big state's name without a qualifier is the state ("Florida", not Florida, N.Y.);
    "Washington" is the capital unless the state or its towns are in the text. An AP-style
    dateline without a state ("WASHINGTON (AP) --") names the city that stands alone, and a
    short form ("Arlington" after "Arlington Heights") is the longer name's place. A state named
    in passing counts by its country's share of the article. A name that qualifies a town is the
    town's province ("Guelph, Ontario"); a town qualified by a state the gazetteer lacks it in is
    placed in that state (when the state's country has towns of the name or holds the
    article's other places: "Stroud, Ontario, Canada"). In an article plainly about one country, a small town abroad is no
    reading (nothing is emitted), while a town's other spelling at home is one ("Saida"); in an
    article plainly about one state, a small town the gazetteer knows only in another state
    is placed in the article's state (a hamlet it lacks). An article that names two or more of
    one country's local institutions ("the sheriff", "the school district") reads as that
    country's local news: it weighs like two mentions of the country. A name found only
    without its leading direction word ("Western X" read as X) is kept only in a country the
    article's other places or peoples lie in; so is a small town reached only by another of
    its names (an old or foreign spelling). Of two states an article names, the one named
    closest to a town or county (within a sentence or so) counts more for it ("Washington",
    read as the capital, names no state here). A town's English name that GeoNames lacks as
    its name ("Palmyra" for Tadmur, ``city_exonyms`` in ``geo.json``) counts as its own name.
    A river's or a sea's name is the big town that bears it in a country the article names,
    when nothing of the article lies near the water ("Rio Grande" in a story about Brazil).
    A bare name is the place its qualified mention in the same article names ("Palmyra, Syria
    ... Palmyra"). Last, a small town chosen in a country the article is not about (by its sure places:
    countries, states, big towns, peoples) gives way to the name's reading in the country the
    article is about, or to a big town of the name abroad ("talks in Geneva" in a story about
    Syria), unless its state is named or a place of the article lies beside it.

:func:`place_for_span` gives the events stage the place of a clause.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, IS_STOP, LENGTH, LOWER
from spacy.tokens import Doc, Span, Token

from ..geo import gazetteer
from ..geo.gazetteer import Entry, Gazetteer
from ..pipeline import DocContext
from ..records import Place

# the gazetteer's index key of a name, memoized: every article asks for the same names again
# (a pure function of a string; the gazetteer module is left as is, its code keys the index cache)
normalize = lru_cache(maxsize=50_000)(gazetteer.normalize)


def _named(e: Entry, key: str) -> bool:
    """:meth:`Entry.named`, with the memoized :func:`normalize`."""
    return key in e.exonyms or normalize(e.name) == key


BIG_STATE = 1_000_000
COUNTY_WORDS = (" county", " parish")
NEARBY_CHARS = 200  # a state named this close to a town's name (a sentence or so) is its likeliest
WORLD_CITY_POP = 1_000_000  # a town this big (or a capital) named before a state is no hamlet we lack
STRAY_POP = 100_000  # a town abroad this small needs its country (or a neighbour) in the article
LOCAL_KM = 161  # the towns of one local story lie this close together (100 miles)
SMALL_NATION_POP = 500_000  # a capital of a nation this small gains little over a bigger namesake
CLOSE_NAMES = 2  # other names with a reading this close that vouch for a namesake of a capital
HOME_STATE_POP = 50_000  # a town elsewhere in the country this small may be a namesake of the article's state
HOME_TOWN_POP = 150_000  # ... and one this small, when the article's other places plainly lie in one state
WATER_HEADS = frozenset({"gulf", "bay", "sea", "strait", "straits", "sound"})
# words that make a longer name only if the gazetteer knows it ("Java Sea", "Gulf Coast"; not
# "the Exeter Sea Scouts")
KNOWN_SUFFIXES = frozenset({"sea", "coast", "ocean"})
CONNECTORS = frozenset(
    {"do", "da", "dos", "das", "de", "del", "di", "du", "des", "la", "el", "al", "upon", "on"}
)
RENOWN_WEIGHT = 1.0  # per tenfold fewer names than the most renowned town of the name (capped)
RENOWN_FLOOR = -1.0
RENOWN_FAMOUS = 30  # names a town needs for its fame to count against its namesakes
WATER_NEAR_KM = 1500  # a country or place of the article this close to a river or sea keeps its reading
AREA_POP = 100_000  # a county or borough this big is a place after "in", whatever the model says
ORG_TOWN_POP = 100_000  # a firm's name that is a town of the article's country this big is the town
SHIRE_POP = 300_000  # a county named without "County" is found on its own from this size
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_LABELS = frozenset({"NORP", "ORG", "PERSON"})
OTHER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})  # a town only after "in" or "of"
# labels the model gives a capitalised town by mistake ("in Manchester on Monday" as a date): a town
# of NORP_TOWN_POP people or an area only right after "in", "at", "near"...
MISREAD_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "LAW", "LANGUAGE"})
NORP_TOWN_POP = 10_000
SETTLEMENT_WORDS = frozenset(
    {"town", "towns", "city", "cities", "village", "villages", "capital", "port", "suburb", "hamlet"}
)
AREA_FEATURES = frozenset({"country", "admin1", "region", "water", "continent"})
FEATURE_PRIOR = {
    "country": 3.0,
    "continent": 3.0,
    "region": 3.0,
    "water": 3.0,
    "admin1": 1.0,
    "admin2": 1.0,
    "city": 0.0,
    "landmark": 0.0,
}
LOCATIVE = frozenset(
    {"in", "at", "near", "on", "outside", "inside", "within", "from", "to", "across", "around"}
)
CLAUSE_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside", "within"})
STRIP_PREFIXES = ("the ", "city of ", "town of ", "village of ", "state of ", "republic of ")
# generic words after an area's name: "X province" is X's province ("state" is left out: "Ohio State")
AREA_WORDS = frozenset({"province", "region", "prefecture", "governorate", "oblast", "district"})
ADMIN_WORDS = frozenset({"province", "prefecture", "governorate", "oblast"})
AREA_PLURALS = frozenset({"provinces", "regions", "prefectures", "governorates", "oblasts", "states"})
TOWNSHIP_WORDS = frozenset({"township", "twp.", "twp"})
# lowercase words after "X Co." that make it a county, not a firm ("the Sevier Co. sheriff")
COUNTY_BODY_WORDS = frozenset(
    {"sheriff", "deputies", "deputy", "commissioners", "officials", "residents", "jail"}
)
# a natural feature or a park named after a town or county (see _named_feature)
FEATURE_WORDS = frozenset({"river", "creek", "valley", "lake", "park", "reservoir"})
METRO_WORDS = frozenset({"of", "metro", "metropolitan", "greater", "downtown"})  # a town's name follows
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater downtown".split()
)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    candidates: list[Entry]
    qualifier: tuple[str, ...] = ()
    sure: bool = False
    hint: str | None = None
    weak: bool = False  # kept only if the article's other places support its reading
    resolved: Entry | None = None
    group: tuple[str, tuple[str, ...]] = field(default=("", ()))
    dateline: bool = False  # an all-capitals dateline with no state after it ("WASHINGTON --")
    town: bool = False  # a country's name used as a town's ("the Jordan City Council")
    area_of: tuple[str, tuple[str, ...]] | None = None  # the group of the town it qualifies
    area: bool = False  # named as an area ("X province", "the X region"): a town only at home
    part: bool = False  # found only without its leading direction word ("West X" as X)
    named_after: bool = False  # a river, valley or park read as the town or county it is named after
    nearby: frozenset[str] = frozenset()  # the state named closest to the name, within a sentence or so
    own_towns: bool | None = None  # some town of 1,000 people has the name as its own (computed once)
    renown: float | None = None  # log10(1 + names) of the most renowned town of the name (computed once)


# -- recognition -------------------------------------------------------------------------------
def _clean(span: Span) -> tuple[int, int] | None:
    """Token bounds of an entity without a leading article and a trailing possessive."""
    i, j = span.start, span.end
    doc = span.doc
    while i < j and (doc[i].lower_ in ("the", "a") or doc[i].is_punct):
        i += 1
    while j > i and (
        doc[j - 1].lower_ in ("'s", "’s", "'") or doc[j - 1].is_punct and doc[j - 1].text != "."
    ):
        j -= 1
    return (i, j) if i < j else None


INITIALS_CUT = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _variants(text: str) -> Iterator[str]:
    yield text
    low = text.lower()
    for p in STRIP_PREFIXES:
        if low.startswith(p):
            yield text[len(p) :]
    words = text.split()
    if len(words) > 1 and words[0].lower() in DIRECTIONS:
        yield " ".join(words[1:])
    if len(words) > 1 and words[-1].lower() in AREA_WORDS:
        yield " ".join(words[:-1])  # "Hunan province", "the Tigray region"
    if text.endswith(".") and text.count(".") == 1:
        yield text[:-1]
    elif INITIALS_CUT.fullmatch(text):
        yield text + "."  # "U.S" of "U.S..": the tokenizer gave the last dot to an ellipsis


def _lookup(gaz: Gazetteer, text: str) -> tuple[str, list[Entry]]:
    for v in _variants(text):
        if normalize(v) in gaz.not_toponyms:
            return v, []
        found = gaz.lookup(v)
        if found:
            return v, found
    return text, []


def _is_demonym(gaz: Gazetteer, tok_text: str) -> bool:
    """An adjective or people name ("Azerbaijani", "Russians"): an actor, not a place."""
    return normalize(tok_text) in gaz.demonyms and not gaz.features(tok_text) & {
        "country",
        "admin1",
        "region",
    }


def _qualifier_after(
    doc: Doc, j: int, gaz: Gazetteer, name: str | None = None
) -> tuple[tuple[str, ...], int]:
    """Qualifier keys after a toponym ending at token ``j`` ("Paris, Texas", "Richmond, Va.").

    ``name`` is the toponym's text: a town of that name in the qualifier's area keeps
    "Portland, Maine, New York and Boston" a qualifier, not a list of states."""
    if j + 1 >= len(doc) or doc[j].text != ",":
        return (), j
    for n in (3, 2, 1):
        if j + 1 + n > len(doc):
            continue
        span = doc[j + 1 : j + 1 + n]
        text = span.text
        if not text[:1].isupper():
            continue
        q = gaz.qualifier(text)
        if q:
            k = j + 1 + n
            # "Ohio, Indiana and Kentucky" is a list, not "Ohio in Indiana"; so is "Queens, New
            # York and Ohio" (a name of several words after the comma)
            if k + 1 < len(doc) and doc[k].lower_ in (",", "and", "or") and doc[k + 1].text[:1].isupper():
                fits = name is not None and any(
                    e.feature in ("city", "admin2") and (e.admin1 in q or e.country in q)
                    for e in gaz.lookup(name)
                )
                after = [doc[k + 1 : k + 1 + w].text for w in (1, 2, 3) if k + 1 + w <= len(doc)]
                # "Stroud, Ontario, Canada": the state's own country after it is no list
                country = any(a.split(".")[0] in gaz.qualifier(t) for t in after for a in q if "." in a)
                if not country and any(
                    gaz.features(t) & {"admin1", "country"} for t in (after[:1] if fits else after)
                ):
                    return (), j
            return q, k
    return (), j


def _street_after(doc: Doc, j: int, gaz: Gazetteer, name: str) -> bool:
    """The name ``name`` ending before token ``j`` names a street: "Richmond Street", "Memphis
    St.", "Ohio Avenue" (``street_words`` in ``geo.json``), or a town's road: "Dayton Road"
    (``road_words``).

    A street named after a place is no mention of it. A state's or a county's road is still in
    it ("the Ohio Turnpike", "Polk County Road 12", "the Kansas Highway Patrol"), a numbered
    road is the area's ("Oxford Road 5"), and so is a town's street office ("the Salem Street
    Department"). "St." followed by a capitalised name is "Saint"
    ("Minneapolis St. Paul"), not a street.
    """
    if j >= len(doc) or doc[j - 1].text in gaz.admin2_suffixes:
        return False
    tok = doc[j]
    if not tok.text[:1].isupper():
        return False
    word = tok.lower_
    if word in gaz.road_words:
        if _country_like(gaz, name):
            return False
    elif word not in gaz.street_words:
        return False
    if j + 1 < len(doc) and (doc[j + 1].like_num or normalize(doc[j + 1].text) in gaz.institution_words):
        return False  # "Oxford Road 5": the area's numbered road; "the Salem Street Department"
    if word in ("st", "st."):
        k = j + 1
        if word == "st" and k < len(doc) and doc[k].text == ".":
            k += 1  # "St" "." tokenised apart
        nxt = doc[k] if k < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start:
            return False
    return True


COMPOUND = re.compile(r"\w-[a-z]{1,5}-\w")  # "Mar-a-Lago", "Rostov-on-Don", "Stratford-upon-Avon"


def _in_compound(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` is only part of a hyphenated name joined by a small
    lowercase word ("Lago" of "Mar-a-Lago", "Rostov" of "Rostov-on-Don"); the whole name is
    looked up as one, so a part alone is no toponym."""
    lo, hi = max(0, start - 8), min(len(text), end + 8)
    return any(h.start() < end and h.end() > start for h in COMPOUND.finditer(text, lo, hi)) and not (
        COMPOUND.fullmatch(text, start, end) or COMPOUND.search(text, start, end)
    )


SAINT_BUILDING = re.compile(
    r"(?:'s|’s) (?:[A-Z][a-z]+ )?(?:Square|Basilica|Cathedral|Church|Chapel|Abbey|Hospital|College|School|Academy|Parish)\b"
)


def _hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the whole hyphenated word around ``text[start:end]`` ("Rostov-on-Don")."""
    lo, hi = start, end
    while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] == "-"):
        lo -= 1
    while hi < len(text) and (text[hi].isalpha() or text[hi] == "-"):
        hi += 1
    return lo, hi


def _compound_span(doc: Doc, text: str, start: int, end: int) -> Span | None:
    """The whole hyphenated word around ``text[start:end]`` as a span of ``doc``."""
    return doc.char_span(*_hyphenated(text, start, end), alignment_mode="expand")


def _named_with_a_word(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """A town's name joined by a hyphen to a capitalised word that names no place ("Spider-Man",
    "Sky-Eye"): part of another name. Places joined to places ("Kitchener-Waterloo", "Baku-Tbilisi"),
    a country or a state ("Agence France-Presse" keeps France), and "Chicago-based" stay."""
    before = text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalpha()
    after = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    if not (before or after):
        return False
    if gaz.features(text[start:end]) - {"city", "admin2"}:
        return False
    lo, hi = _hyphenated(text, start, end)
    others = [w for w in (text[lo:start] + " " + text[end:hi]).replace("-", " ").split() if w]
    return (
        any(
            len(w) >= 3
            and w[:1].isupper()
            and w.lower() not in gaz.name_prefixes
            and not gaz.ids(w)
            and not gaz.ids(f"{w} County")  # "Macon-Bibb": a town and its county
            for w in others
        )
        and not gaz.ids(text[lo:hi])
    )


def _saints_building(text: str, name: str, end: int) -> bool:
    """A saint's name before "'s Square", "'s Cathedral", "'s Hospital": a building or a square
    named after the saint ("St. Peter's Square"), not the town of St. Peter."""
    return name.split(" ", 1)[0] in ("St.", "St", "Saint", "Ste.") and bool(SAINT_BUILDING.match(text, end))


def _acronym(doc: Doc, i: int, j: int, text: str) -> bool:
    """An all-capitals short word ("EU", "NATO", "the UGA campus"): an acronym, not a town,
    unless it opens a line or follows a sentence's end (a dateline, "BAKU --")."""
    if j - i != 1 or not (2 <= len(text) <= 5 and text.isalpha() and text.isupper()):
        return False
    if i == 0 or "\n" in doc[i - 1].text_with_ws:
        return False
    return doc[i - 1].text not in (".", "!", "?")


def _capitalised(tok: Token) -> bool:
    return _capitalised_text(tok.text)


def _capitalised_text(t: str) -> bool:
    """A capitalised word: "Ohio", "OHIO", "St.", "Wilkes-Barre", or a name with an inner capital
    after a lowercase letter ("DeKalb", "McAllen", "LaSalle")."""
    return t[:1].isupper() and (
        t.istitle()
        or (len(t) > 1 and "." in t)
        or t.isupper()
        or "-" in t
        or (t.isalpha() and t[1:2].islower())
    )


def _county_name(words: list[str], i: int, hi: int, gaz: Gazetteer) -> bool:
    """A name with an inner capital before a county word ("McLean County", "DeKalb Parish");
    ``words`` are the token texts."""
    t = words[i]
    return (
        t[:1].isupper()
        and t.isalpha()
        and t[1:2].islower()
        and i + 1 < hi
        and words[i + 1] in gaz.admin2_suffixes
    )


def _qualified_town(doc: Doc, j: int, gaz: Gazetteer, text: str) -> bool:
    """The name ``text`` ending before token ``j`` is followed by a state or a country the
    gazetteer has a town or county of that name in ("Sioux Falls, S.D.", "Gun Barrel City, Texas")."""
    if j >= len(doc) or doc[j].text != ",":
        return False
    q, _ = _qualifier_after(doc, j, gaz, text)
    return bool(q) and any(
        e.feature in ("city", "admin2") and (e.admin1 in q or e.country in q) and _named(e, normalize(text))
        for e in gaz.lookup(text)
    )


def _town_cued(doc: Doc, gaz: Gazetteer, j: int, text: str) -> bool:
    """The name ``text`` ending before token ``j`` is used the way only a place's name is: bound
    by a state it has a town in ("Reston, Virginia") or followed by a town cue ("a Reston man",
    "the Reston Town Council", ``town_cues`` in ``geo.json``). Such a name is the place even
    where the article also gives it to a person ("Ebola Reston", "Dara Ross")."""
    if _qualified_town(doc, j, gaz, text):
        return True
    after = tuple(t.lower_ for t in doc[j : j + 3])
    return any(after[: len(c)] == c for c in gaz.town_cues)


def _cue_after(tab: _Tokens, gaz: Gazetteer, k: int) -> bool:
    """Whether a town's cue (``town_cues`` in ``geo.json``) begins at token ``k``."""
    after = tuple(tab.lower[k : k + 3])
    return any(after[: len(c)] == c for c in gaz.town_cues)


def _cue_inside(tab: _Tokens, gaz: Gazetteer, i: int, j: int) -> int:
    """The end of a town's name that opens the name ``i:j`` the model read as a person's or a
    firm's, when a town's cue follows it inside ("Avondale Mayor Jane Doe", "Elmford Fire Chief
    Sam Roe"): a town of 1,000 people or a county of that name; else 0."""
    for k in range(min(i + 3, j - 1), i, -1):
        if not all(tab.cap[n] for n in range(i, k)) or not _cue_after(tab, gaz, k):
            continue
        text = " ".join(tab.text[i:k])
        if normalize(text) in gaz.not_in_names or _is_demonym(gaz, text):
            return 0
        if _town_pop(gaz, " ".join(tab.text[i : k + 1])):
            return 0  # "Carson City Council": the town is "Carson City"
        if _town_pop(gaz, text) >= 1000 or _admin_area(gaz, text, ("admin2",)):
            return k
    return 0


def _city_council(doc: Doc, gaz: Gazetteer, i: int, j: int, text: str, key: str) -> bool:
    """Tokens ``i:j`` are "X City" before a body's name ("X City Council", "X City Hall"), "X City"
    is no town's own name (only another name of one, maybe abroad) and X is a town's: the
    body is X's. "Carson City Council" stays Carson City."""
    if j - i < 2 or doc[j - 1].text != "City" or j >= len(doc):
        return False
    if normalize(doc[j].text) not in gaz.institution_words:
        return False
    if any(_named(e, key) for e in gaz.lookup(text)):
        return False
    return _town_pop(gaz, doc[i : j - 1].text) >= 1000


def _named_area(gaz: Gazetteer, text: str) -> bool:
    """A province, a country or a region goes by ``text`` as its own name."""
    key = normalize(text)
    return any(e.feature in ("admin1", "country", "region") and _named(e, key) for e in gaz.lookup(text))


def _admin_area(gaz: Gazetteer, text: str, features: tuple[str, ...]) -> bool:
    """Whether a name is a province or county of ``AREA_POP`` people or more."""
    return any(e.feature in features and e.population >= AREA_POP for e in gaz.lookup(text))


def _weak_ok(gaz: Gazetteer, text: str, pop: int) -> bool:
    """A bare capitalised word may be a town only if it is spelt exactly so and is no common word."""
    if pop < 1000 or len(text) < 4 or normalize(text) in gaz.not_in_names:
        return False
    return any(
        e.feature == "city" and (e.name == text or normalize(text) in e.exonyms) and e.population >= 1000
        for e in gaz.lookup(text)
    )


def _bare_county(gaz: Gazetteer, text: str) -> tuple[str, list[Entry]] | None:
    """The counties (or parishes) a name the gazetteer knows nothing else by is the bare name of
    ("Avoyelles" for Avoyelles Parish): a word or two in capitals, no street, no acronym."""
    words = text.split()
    if not 1 <= len(words) <= 2 or not all(_capitalised_text(w) and w.isalpha() for w in words):
        return None
    if text.isupper() or normalize(text) in gaz.not_in_names or words[-1].lower() in FEATURE_WORDS:
        return None  # "the Red River" is the river, not Red River County
    for suffix in gaz.admin2_suffixes:
        name = f"{text} {suffix}"
        found = [e for e in gaz.lookup(name) if e.feature == "admin2" and _named(e, normalize(name))]
        if found:
            return name, found
    return None


def _town_pop(gaz: Gazetteer, text: str) -> int:
    """Population of the largest town whose own name (not an alternate) is ``text``."""
    key = normalize(text)
    return max(
        (e.population for e in gaz.lookup(text) if e.feature == "city" and _named(e, key)),
        default=0,
    )


@dataclass(slots=True)
class _Tokens:
    """What the scans read of every token, taken in one pass (indexing a Doc is slow)."""

    text: list[str]
    lower: list[str]
    idx: list[int]
    cap: list[bool]  # _capitalised
    stop: list[bool]

    @classmethod
    def of(cls, doc: Doc, full_text: str, lower: list[str] | None = None) -> _Tokens:
        """From one attribute array (``full_text`` is ``doc.text``, ``lower`` each token's
        ``lower_`` if already known): no Token object per word."""
        if not len(doc):
            return cls([], [], [], [], [])
        arr = doc.to_array([IDX, LENGTH, LOWER, IS_STOP])
        idx = arr[:, 0].tolist()
        text = [full_text[i : i + n] for i, n in zip(idx, arr[:, 1].tolist(), strict=True)]  # Token.text
        if lower is None:
            strings = doc.vocab.strings
            lower = [strings[h] for h in arr[:, 2].tolist()]  # Token.lower_
        return cls(text, lower, idx, [_capitalised_text(t) for t in text], arr[:, 3].astype(bool).tolist())


def recognize(
    doc: Doc,
    gaz: Gazetteer,
    text: str | None = None,
    ents: tuple[Span, ...] | None = None,
    sents: list[Span] | None = None,
    lower: list[str] | None = None,
) -> list[Mention]:
    """Toponym mentions with their gazetteer candidates, in text order (``text``, ``ents`` and
    ``sents`` are the document's text, entities and sentences: spaCy rebuilds them on every access;
    ``lower`` each token's lower-cased form)."""
    full_text = doc.text if text is None else text
    tab = _Tokens.of(doc, full_text, lower)
    out: list[Mention] = []
    covered = bytearray(len(doc))

    def add(i: int, j: int, weak: bool = False) -> bool:
        start, end = tab.idx[i], tab.idx[j - 1] + len(tab.text[j - 1])  # the span doc[i:j]
        if j < len(doc) and tab.text[j] in ("'s", "’s") and tab.idx[j] == end:
            whole = full_text[start : end + len(tab.text[j])]
            if gaz.ids(whole):  # "St. John's": the possessive is part of the name
                j, end = j + 1, end + len(tab.text[j])
        text = full_text[start:end]
        if text.lower() in DIRECTIONS or text.islower():
            return False  # "the west coast", "members of congress": no proper name
        if _in_compound(full_text, start, end):
            # "Rostov" of "Rostov-on-Don" is the whole name, "Lago" of "Mar-a-Lago" no place
            whole = _compound_span(doc, full_text, start, end)
            return whole is not None and bool(gaz.ids(whole.text)) and add(whole.start, whole.end, weak)
        if _saints_building(full_text, text, end):
            return False  # "St. Mary's Hospital"
        if _named_with_a_word(gaz, full_text, start, end):
            return False  # "Spider-Man": a name, not the town of Man
        if _street_after(doc, j, gaz, text):  # "Richmond Street": a street, not the town
            for k in range(i, j):
                covered[k] = 2
            return True
        key, cands = _lookup(gaz, text)
        if cands and _acronym(doc, i, j, text):
            cands = [e for e in cands if e.feature not in ("city", "admin2")]
        if not cands and not (i and tab.text[i - 1] == ",") and (county := _bare_county(gaz, text)):
            (key, cands), weak = county, True  # "DuPage deputies": a county, if the article backs it
        if not cands:
            return False
        words = text.split()
        part = (
            len(words) > 1
            and words[0].lower() in DIRECTIONS
            and normalize(key) == normalize(" ".join(words[1:]))
        )
        dateline = _bare_dateline(doc, i, j)
        found = Mention(start, end, text, normalize(key), cands, weak=weak, dateline=dateline)
        found.part = part
        if normalize(key) != normalize(text) and tab.lower[j - 1] in AREA_WORDS:
            # "X province" is the province, "the X region" an area: not a town abroad called X
            found.area = True
            if tab.lower[j - 1] in ADMIN_WORDS:
                found.hint = "admin1"
        out.append(found)
        for k in range(i, j):
            covered[k] = 1
        return True

    org_spans: list[tuple[int, int, bool | None]] = []
    ents = doc.ents if ents is None else ents
    person_words = {t.text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    # "Wendell Dallas ... Dallas had been stabbed": a surname the article gave a person stays the person
    # (a name of four words or more is the model's misreading of a headline, no person)
    surnames = {
        doc[b[1] - 1].text: ent.start  # "Roy Jones'": the name without its possessive
        for ent in ents
        if ent.label_ == "PERSON" and (b := _clean(ent)) is not None and 1 < b[1] - b[0] <= 3
    }
    for a, b in zip(ents, ents[1:], strict=False):  # "[Wendell Lewis]PERSON [Dallas]GPE": a split name
        if a.label_ == "PERSON" and b.start == a.end and len(b) == 1 and b.label_ in PLACE_LABELS:
            surnames.setdefault(b.text, a.start)
    for ent in ents:
        for k in range(ent.start, ent.end):
            covered[k] = 2
        bounds = _clean(ent)
        if bounds is None:
            continue
        i, j = bounds
        text = full_text[tab.idx[i] : tab.idx[j - 1] + len(tab.text[j - 1])]  # doc[i:j].text
        if ent.label_ in PLACE_LABELS:
            if "," in text:  # "Paris, Texas" as one entity: each part is a toponym
                k = i
                for m in range(i, j + 1):
                    if m == j or doc[m].text == ",":
                        if m > k:
                            add(k, m)
                        k = m + 1
                continue
            if _is_demonym(gaz, text):
                continue
            if (
                j - i == 1
                and surnames.get(text, len(doc)) < i
                and not _country_like(gaz, text)
                and not (i > 0 and doc[i - 1].lower_ in CLAUSE_PREPS)  # "in Dallas" is the city
                and not _town_cued(doc, gaz, j, text)  # "Dallas, Texas", "a Dallas man"
            ):
                continue
            if j < len(doc) and tab.text[j] == "City" and _town_pop(gaz, f"{text} City") and add(i, j + 1):
                continue  # "[Jersey] City Mayor": the model left the town's last word out
            if _city_council(doc, gaz, i, j, text, normalize(text)) and add(i, j - 1):
                continue  # "Carmel City Councilwoman": Carmel's, not a "Carmel City" abroad
            if add(i, j):
                continue
            if (
                i > 0
                and tab.lower[i - 1] == "the"
                and tab.cap[i]
                and gaz.ids(full_text[tab.idx[i - 1] : tab.idx[j - 1] + len(tab.text[j - 1])])
                and add(i - 1, j)
            ):
                continue  # "The Hague", "the Gambia": the article is part of the name
            if j - i > 1 and _named_feature(doc, tab, gaz, i, j, out):
                for k in range(i, j):
                    covered[k] = 1
                continue
            if j - i > 1:
                org_spans.append((i, j, ent.label_ != "FAC"))
        elif ent.label_ in MISREAD_LABELS:
            if (
                j - i <= 3
                and i > 0
                and tab.lower[i - 1] in CLAUSE_PREPS
                and all(tab.cap[k] and tab.text[k].isalpha() for k in range(i, j))
                and normalize(text) not in gaz.not_in_names
                and (_town_pop(gaz, text) >= NORP_TOWN_POP or _named_area(gaz, text))
            ):
                add(i, j)  # "met in Manchester on Monday" with the town read as part of the date
        elif ent.label_ in MAYBE_LABELS or ent.label_ in OTHER_LABELS:
            if text.isupper() and (found := _dateline(doc, i, gaz)):
                out.append(found[0])  # "WEST ORANGE --" read as a group of people
                for k in range(i, found[1]):
                    covered[k] = 1
                continue
            if _is_demonym(gaz, text) or (j - i == 1 and normalize(text) in gaz.not_in_names):
                continue  # "the Secretary of Justice", "the National Hurricane Center"
            prev = doc[i - 1].lower_ if i > 0 else ""
            if (
                ent.label_ == "PERSON"
                and j - i == 1
                and surnames.get(text, len(doc)) < i
                and prev not in CLAUSE_PREPS
            ):
                continue  # "Roy Jones ... the appointment of Jones": the person again
            # "the northern town of X", "the cities of X and Y": X is a town whatever the model says
            settled = prev == "of" and i > 1 and doc[i - 2].lower_ in SETTLEMENT_WORDS
            # "a Gainesville man", "the Ovid City Council": used the way only a town's name is
            after = tuple(tab.lower[j : j + 3])
            settled = settled or (j - i <= 3 and any(after[: len(c)] == c for c in gaz.town_cues))
            cued = settled or prev in LOCATIVE or (prev == "of" and ent.label_ != "NORP")
            pop = _town_pop(gaz, text) if cued and j - i <= 3 else 0
            feats = gaz.features(text)
            if (
                j - i <= 3
                and j < len(doc)
                and tab.lower[j] in AREA_WORDS
                and feats & {"admin1", "admin2", "region"}
            ):
                add(i, j + 1)  # "the Tarn region", "Hubei province" read as a people or a firm: the area
                continue
            if feats & AREA_FEATURES:
                big = feats & {"region", "water", "country", "continent"} or (
                    ent.label_ != "NORP"
                    and any(e.feature == "admin1" and e.population >= 2000000 for e in gaz.lookup(text))
                )
                if big or (cued and ent.label_ != "NORP" and _admin_area(gaz, text, ("admin1",))):
                    add(i, j)  # "the head of Buryatia": a province the model took for a firm
                    continue
                if ent.label_ == "NORP" and prev in CLAUSE_PREPS and _named_area(gaz, text):
                    add(i, j)  # "talks in Aleppo" read as a people: a province or a big town after "in"
                    continue
                if pop < 1000 or ent.label_ == "NORP" and not settled:
                    continue  # a province that is also a town counts after "in" or "the town of"
            if j - i <= 3 and _qualified_town(doc, j, gaz, text):
                # "Sioux Falls, S.D." read as a person, "Greer, S.C." as a people: the state binds
                add(i, j)
                continue
            if j - i > 1 and tab.text[j - 1] in gaz.admin2_suffixes and "admin2" in feats and add(i, j):
                continue  # "in Tangipahoa Parish" read as a people: the parish names itself
            if ent.label_ == "NORP" and not settled and not (prev in CLAUSE_PREPS and pop >= NORP_TOWN_POP):
                continue
            if prev in LOCATIVE and j - i <= 3 and _admin_area(gaz, text, ("admin2",)):
                add(i, j)  # "lives in Wirral": a county or borough the model took for a firm
                continue
            if prev in CLAUSE_PREPS and not gaz.ids(text) and _bare_county(gaz, text) and add(i, j):
                continue  # "deputies in Lafourche": a county named bare (weak: the article must back it)
            if pop >= 1000 and (ent.label_ != "NORP" or settled):
                add(i, j)  # "in Killeen", "Jane Doe of Port Arthur", "a clinic in Milton Keynes"
                continue
            if ent.label_ in OTHER_LABELS:
                org_spans.append((i, j, None))  # "the Polk County Fair": only a county or a state inside
                continue
            if j - i == 1 or (j - i == 2 and doc[i + 1].text in gaz.admin2_suffixes):
                if ent.label_ == "PERSON" and _town_pop(gaz, text) >= 500000:
                    add(i, j)
                    continue
                pop = _town_pop(gaz, text)
                if j - i == 2 and gaz.features(text) & {"admin2"}:
                    add(i, j)
                    continue
                if j - i == 1 and _weak_ok(gaz, text, pop) and text not in person_words:
                    add(i, j, weak=True)  # a town the model took for a name: needs support
                    continue
            k = _cue_inside(tab, gaz, i, j)
            if k and ent.label_ != "NORP" and add(i, k):
                # "Avondale Mayor Jane Doe", "the Elmford Police Department of Elmford Police"
                if ent.label_ == "ORG":
                    org_spans.append((k, j, False))
                continue
            if ent.label_ == "ORG":
                org_spans.append((i, j, False))
            else:  # inside a person's name only "X County" or a state counts
                org_spans.append((i, j, None))
    _party_home_towns(doc, gaz, out, covered, full_text)
    _scan(doc, tab, full_text, gaz, out, covered, 0, len(doc), inside=False)
    for i, j, place in org_spans:
        _scan(
            doc,
            tab,
            full_text,
            gaz,
            out,
            covered,
            i,
            j,
            inside=True,
            at_end=bool(place),
            towns=place is not None,
        )
    _repeats(doc, tab, gaz, out, covered, surnames, person_words)
    out.sort(key=lambda m: m.start)
    out = _joined(full_text, gaz, out)
    _list_members(doc, gaz, out, covered, sents)
    out = _longer_names(doc, gaz, out)
    if gaz.agreement_words:
        out = [m for m in out if not _names_a_pact(full_text, gaz, m)]
    if gaz.admin2_plurals:
        out = _county_lists(doc, tab, gaz, out)
    out = _areas_after(doc, tab, gaz, out)
    _attach_qualifiers(doc, gaz, out)
    _attach_hints(full_text, gaz, out)
    if gaz.town_cues:
        _town_cues(doc, gaz, out)
    return out


def _named_feature(doc: Doc, tab: _Tokens, gaz: Gazetteer, i: int, j: int, out: list[Mention]) -> bool:
    """A river, creek, valley, lake or park the gazetteer lacks, named after a town or county
    ("the Harlan River", "Lake Dorsey", "Bexley Park"): a weak mention of the town's or county's
    place, kept only where the article's other places support that reading (it lies beside them
    or in their state). A name with an article's country or state in it ("the Ohio River") is
    left alone: a long river is no point of its state."""
    if tab.lower[j - 1] in FEATURE_WORDS:
        a, b = i, j - 1
    elif tab.lower[i] == "lake":
        a, b = i + 1, j
    else:
        return False
    if not all(tab.cap[k] for k in range(a, b)):
        return False
    name = doc[a:b].text
    if normalize(name) in gaz.not_in_names:
        return False
    key, cands = _lookup(gaz, name)
    if not cands or any(e.feature in AREA_FEATURES for e in cands):
        return False
    cands = [e for e in cands if _named(e, normalize(key)) and (e.feature == "admin2" or e.population >= 100)]
    if not cands:
        return False
    end_of = tab.idx[j - 1] + len(tab.text[j - 1])
    found = Mention(tab.idx[i], end_of, doc[i:j].text, normalize(key), cands, weak=True)
    found.named_after = True
    out.append(found)
    return True


def _town_cues(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """A name used the way only a town's is: "the Jordan City Council", "Jordan Middle School",
    "a Lebanon woman" (``town_cues`` in ``geo.json``: a country has a demonym and no city hall),
    or an address's town ("412 Elm St., Jordan"): such a country's name is the town's, and so
    is a name shared with a province or a district ("the Berea Police Department"). Names that
    are also a large state ("Georgia", "the Washington High School") are left to the context."""
    for m in mentions:
        feats = {e.feature for e in m.candidates}
        if "country" in feats:
            if feats & {"admin1", "region", "continent", "water"}:
                continue
        elif not feats & {"admin1", "admin2"} or any(
            e.feature == "admin1" and e.population >= BIG_STATE for e in m.candidates
        ):
            continue  # "the Berea Police Department" is the town, not a district abroad
        if m.qualifier or m.hint or not _towns_named(m):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        i, j = span.start, span.end
        after = [t.lower_ for t in doc[j : j + 3]]
        m.town = any(tuple(after[: len(c)]) == c for c in gaz.town_cues) or (  # "12 Elm St., Jordan"
            i > 1
            and doc[i - 1].text == ","
            and (doc[i - 2].lower_ in gaz.street_words or doc[i - 2].lower_ in gaz.road_words)
        )


def _repeats(
    doc: Doc,
    tab: _Tokens,
    gaz: Gazetteer,
    out: list[Mention],
    covered: bytearray,
    surnames: dict[str, int],
    person_words: set[str],
) -> None:
    """Once the article has named a place, the same name elsewhere is that place too, where
    the model missed it or took it for a name: "Fargo raised its goal" at a sentence's start,
    "the Fargo sewer system" tagged as a person, "Fort Worth's Main Street" as an organisation.
    Not a surname the article gave a person, not part of a longer name ("Wells Fargo"), not a
    street ("Fargo Street")."""
    known: dict[tuple[str, ...], Mention] = {}
    for m in out:
        words = tuple(m.text.split())
        if not m.weak and 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
            known.setdefault(words, m)
    if not known:
        return
    firsts = {w[0] for w in known}
    for i, word in enumerate(tab.text):
        if word not in firsts or covered[i] == 1:
            continue
        tok = doc[i]
        for words, m in sorted(known.items(), key=lambda kv: -len(kv[0])):
            j = i + len(words)
            if (
                j <= len(doc)
                and tuple(t.text for t in doc[i:j]) == words
                and _repeat_ok(doc, gaz, covered, i, j, surnames, person_words)
            ):
                out.append(
                    Mention(tok.idx, doc[j - 1].idx + len(doc[j - 1]), doc[i:j].text, m.key, m.candidates)
                )
                for k in range(i, j):
                    covered[k] = 1
                break


def _repeat_ok(
    doc: Doc,
    gaz: Gazetteer,
    covered: bytearray,
    i: int,
    j: int,
    surnames: dict[str, int],
    person_words: set[str],
) -> bool:
    """Whether tokens ``i:j`` may repeat a place the article named (see :func:`_repeats`)."""
    if any(covered[k] == 1 for k in range(i, j)):
        return False
    if covered[i] == 2:
        # only a name the model took whole for an organisation or a person ("Fort Worth's" too),
        # or one that opens a local body's name ("the Ovid Police", "Ovid City Commissioner")
        ent = doc[i].ent_type_
        end = j + (j < len(doc) and doc[j].ent_iob_ == "I" and doc[j].lower_ in ("'s", "’s"))
        body = (
            end < len(doc) and doc[end].ent_iob_ == "I" and normalize(doc[end].text) in gaz.institution_words
        )
        if ent == "NORP" and _is_demonym(gaz, doc[i:j].text):
            return False
        if (
            ent not in ("ORG", "PERSON", "NORP")  # "the Ovid levy" read as a people: the town
            and not (body and ent in PLACE_LABELS)
            or not (
                doc[i].ent_iob_ == "B"
                or (i > 0 and doc[i - 1].ent_iob_ == "B" and doc[i - 1].lower_ == "the")  # "the Fargo Police"
            )
            or any(doc[k].ent_iob_ != "I" for k in range(i + 1, j))
            or (end < len(doc) and doc[end].ent_iob_ == "I" and not body)
        ):
            return False
        if (
            ent == "PERSON"
            and not body  # "Cashton Fire" read as a person's name is the town's fire service
            and (surnames.get(doc[j - 1].text, len(doc)) < i or (j - i == 1 and doc[i].text in person_words))
        ):
            return False  # "Wendell Dallas ... Dallas had been stabbed", "Paris Hilton ... Paris said"
    elif any(covered[k] for k in range(i, j)):
        return False
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and not doc[i].is_sent_start and prev.pos_ == "PROPN" and prev.text[:1].isupper():
        return False  # "Wells Fargo"
    nxt = doc[j] if j < len(doc) else None
    if (
        nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and normalize(nxt.text) not in gaz.institution_words
    ):
        return False  # "Fargo Moorhead ..." may be a longer name
    return not _street_after(doc, j, gaz, doc[i:j].text)


def _country_like(gaz: Gazetteer, text: str) -> bool:
    return bool(gaz.features(text) & {"country", "admin1", "region", "water", "continent"})


PARTY_LETTERS = frozenset({"D", "R", "I", "DFL"})
PARTY_HOME = re.compile(r"[,(] ?(D|R|I|DFL)-[A-Z]")


def _party_home_towns(doc: Doc, gaz: Gazetteer, out: list[Mention], covered: bytearray, text: str) -> None:
    """A legislator's party and home ("Rep. Jane Doe, D-Hardy," "(R-Elbow Lake)"): the home
    after the party letter is a town or a county."""
    for hit in PARTY_HOME.finditer(text):
        tok = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
        if tok is None:
            continue
        k = tok.start
        if k < 1 or k + 2 >= len(doc) or doc[k].text not in PARTY_LETTERS or doc[k + 1].text != "-":
            continue
        i = j = k + 2
        while j < len(doc) and j - i < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        if (
            j == i
            or j >= len(doc)
            or doc[j].text not in (",", ")", ";", ".")
            or any(covered[x] == 1 for x in range(i, j))
        ):
            continue
        text = doc[i:j].text
        # a legislator's home may be a town or a county: "D-Hardy" for Hardy County
        counties = [
            e for s in gaz.admin2_suffixes for e in gaz.lookup(f"{text} {s}") if e.feature == "admin2"
        ]
        cands = gaz.lookup(text) + counties
        if _town_pop(gaz, text) >= 100 or gaz.features(text) & {"admin1", "admin2"} or counties:
            out.append(Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), text, normalize(text), cands))
            for x in range(i, j):
                covered[x] = 1


LIST_SEPARATORS = frozenset({",", "and", "or", ";"})


def _list_members(
    doc: Doc, gaz: Gazetteer, mentions: list[Mention], covered: bytearray, sents: list[Span] | None = None
) -> None:
    """The other members of a list of places are places too: in "Ayr, Troon, Largs and Irvine"
    with two members found, a member the model took for a person or missed is a town (if the
    gazetteer knows a town of 1,000 people or an area of that name). Only sentences with two
    mentions are read."""
    if len(mentions) < 2:
        return
    starts = {m.start for m in mentions}
    sents = list(doc.sents) if sents is None else sents
    firsts = [sent.start_char for sent in sents]
    per_sentence = Counter(bisect.bisect_right(firsts, m.start) - 1 for m in mentions)
    added = False
    for n, count in per_sentence.items():
        if count >= 2:
            added |= _sentence_list(doc, sents[n], gaz, starts, mentions, covered)
    if added:
        mentions.sort(key=lambda m: m.start)


def _sentence_list(
    doc: Doc, sent: Span, gaz: Gazetteer, starts: set[int], mentions: list[Mention], covered: bytearray
) -> bool:
    lo = sent.start
    toks = list(sent)  # one pass over the tokens: indexing a Doc is slow
    text = [t.text for t in toks]
    low = [t.lower_ for t in toks]
    name = [t.text[:1].isupper() and t.is_alpha for t in toks]
    punct = [t.is_punct for t in toks]
    n = len(toks)
    items: list[tuple[int, int]] = []  # the current run of capitalised items between separators
    added = False

    def close() -> None:
        nonlocal added
        if len(items) >= 3 and sum(toks[i].idx in starts for i, _ in items) >= 2:
            for i, j in items:
                if toks[i].idx in starts or any(covered[lo + k] == 1 for k in range(i, j)):
                    continue
                name_text = sent[i:j].text
                key = normalize(name_text)
                if key in gaz.not_toponyms or key in gaz.not_in_names or _is_demonym(gaz, name_text):
                    continue
                cands = gaz.lookup(name_text)
                if _town_pop(gaz, name_text) >= 1000 or any(
                    e.feature in AREA_FEATURES | {"admin2"} and _named(e, key) for e in cands
                ):
                    end = toks[j - 1].idx + len(text[j - 1])
                    mentions.append(Mention(toks[i].idx, end, name_text, key, cands))
                    for k in range(i, j):
                        covered[lo + k] = 1
                    added = True
        items.clear()

    k = 0
    while k < n:
        j = k
        while j < n and j - k < 4 and name[j]:
            j += 1
        joined = (k > 0 and text[k - 1] == "-") or (j < n and text[j] == "-")  # "Ras-Tanura"
        last = items and k > 0 and low[k - 1] in ("and", "or")  # "... and Nyeri on Tuesday"
        ends = j == n or low[j] in LIST_SEPARATORS or punct[j] or last
        if j > k and not joined and ends:
            items.append((k, j))
            k = j
            if k < n and low[k] in LIST_SEPARATORS:
                k += 1
                if k < n and low[k] in ("and", "or"):
                    k += 1  # ", and"
                continue
            close()
            continue
        if j == k and low[k] in LIST_SEPARATORS:
            k += 1
            continue
        close()
        k = max(j, k + 1)
    close()
    return added


def _joined(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Two names side by side that together are one place's own name ("[Puerto] [Montt]",
    split by the model) become that name."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.start == prev.end + 1 and text[prev.end] == " ":
            name = text[prev.start : m.end]
            key = normalize(name)
            cands = gaz.lookup(name)
            if any(_named(e, key) for e in cands):
                out[-1] = Mention(prev.start, m.end, name, key, cands, weak=prev.weak and m.weak)
                continue
        out.append(m)
    return out


def _longer_names(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Toponyms that are only part of a longer place name become that name, or nothing.

    "Arthur" in "Port Arthur", "Joseph" in "St. Joseph", "Iowa" in "Iowa Falls",
    "Summit" in "Summit County": the word before or after (``name_prefixes`` and
    ``name_suffixes`` in ``geo.json``) makes another place, and so do a connector and the
    words after it ("Mato Grosso" in "Mato Grosso do Sul", "Newcastle" in "Newcastle upon
    Tyne"). If the gazetteer knows the longer
    name it is the mention; if not, the part is not emitted (it would name the wrong place).
    """
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            out.append(m)
            continue
        i, j = span.start, span.end
        direction = False
        if (
            i > 1
            and doc[i - 1].text == "."
            and not doc[i - 2].whitespace_
            and doc[i - 2].text[:1].isupper()
            and doc[i - 2].lower_ + "." in gaz.name_prefixes
        ):
            i -= 2  # "ST. JOSEPH" tokenised as "ST", ".", "JOSEPH"
        elif i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].idx + len(doc[i - 1]) not in ends:
            if doc[i - 1].lower_ in gaz.name_prefixes:
                i -= 1
            elif doc[i - 1].lower_ in DIRECTIONS and not doc[i - 1].is_sent_start:
                i -= 1  # "North Little Rock" if the gazetteer knows it, else "northern" Little Rock
                direction = True
            elif doc[i - 1].is_alpha and (
                gaz.features(f"{doc[i - 1].text} {m.text}") & AREA_FEATURES
                or _known_town(gaz, f"{doc[i - 1].text} {m.text}")
            ):
                i -= 1  # "[British] [Columbia]", "Nizhny [Novgorod]": the model split a name
        elif (
            i > 1
            and doc[i - 1].lower_ == "and"
            and doc[i - 2].text[:1].isupper()
            and gaz.features(doc[i - 2 : j].text) & AREA_FEATURES
        ):
            i -= 2  # "Newfoundland and [Labrador]", "Trinidad and [Tobago]"
        if (
            j < len(doc)
            and doc[j].text[:1].isupper()
            and doc[j].lower_ in gaz.name_suffixes
            and not m.text.endswith(doc[j].text)
            and doc[j].idx not in starts
            and not (doc[j].text in gaz.admin2_suffixes and _shire(m))  # "Lancashire County Council"
            and (doc[j].lower_, doc[j + 1].lower_ if j + 1 < len(doc) else "")
            not in gaz.not_name_suffix_phrases
        ):
            j += 1
        elif (
            j < len(doc)
            and doc[j].lower_ in KNOWN_SUFFIXES
            and doc[j].text[:1].isupper()
            and gaz.ids(doc[i : j + 1].text)
        ):
            j += 1  # "[Java] Sea", "the [Gulf] Coast"
        if j + 1 < len(doc) and doc[j].lower_ in CONNECTORS and doc[j + 1].text[:1].isupper():
            # "[Rio Grande] do Sul", "[Mato Grosso] do Sul": a longer name the gazetteer knows
            for k in (j + 2, j + 3):
                if k <= len(doc) and doc[k - 1].text[:1].isupper() and gaz.ids(doc[i:k].text):
                    j = k
                    break
        if (
            i > 1
            and doc[i - 1].lower_ == "of"
            and doc[i - 2].lower_ in WATER_HEADS
            and doc[i - 2].text[:1].isupper()
        ):
            i -= 2  # "the Gulf of Alaska" is a sea, not Alaska: the whole name or nothing
        elif (
            j + 1 < len(doc)
            and m.key in WATER_HEADS
            and doc[j].lower_ == "of"
            and doc[j + 1].text[:1].isupper()
        ):
            j += 2  # "[the Gulf] of Alaska" is not "the Gulf" (the Persian Gulf)
        if (i, j) == (span.start, span.end):
            out.append(m)
            continue
        longer = doc[i:j]
        cands = gaz.lookup(longer.text)
        if direction and not cands:
            if j == span.end:
                out.append(m)
                continue
            longer = doc[i + 1 : j]
            cands = gaz.lookup(longer.text)
        township = False
        if not cands and i == span.start and j == span.end + 1 and doc[j - 1].lower_ in TOWNSHIP_WORDS:
            # "Hollis Township" the gazetteer lacks: the township around the town it is named
            # after, when the article's other places support that town (a weak mention)
            cands = [e for e in _towns_named(m) if e.population >= 100]
            township = True
        if cands and not any(o.start == longer.start_char and o.end == longer.end_char for o in out[-2:]):
            out.append(
                Mention(
                    longer.start_char,
                    longer.end_char,
                    longer.text,
                    m.key if township else normalize(longer.text),  # one sense with the town's name
                    cands,
                    weak=m.weak or township,
                )
            )
    return out


def _known_town(gaz: Gazetteer, name: str) -> bool:
    """A town of some size goes by ``name`` (its own name, or another spelling of a big one)."""
    key = normalize(name)
    return any(
        e.feature == "city" and (e.population >= 50000 or (e.population >= 1000 and _named(e, key)))
        for e in gaz.lookup(name)
    )


def _shire(m: Mention) -> bool:
    """A county known by its bare name ("Lancashire", "Derbyshire"): a large admin2 area that
    no town shares its name with. US counties are written with "County"."""
    return any(
        e.feature == "admin2" and e.population >= SHIRE_POP and _named(e, m.key) for e in m.candidates
    ) and not any(e.feature == "city" and _named(e, m.key) for e in m.candidates)


def _names_a_pact(text: str, gaz: Gazetteer, m: Mention) -> bool:
    """A town's name that only qualifies a pact or a negotiating group: "the Minsk Group", "the
    Helsinki Final Act", "the Oslo Accords" (``agreement_words`` in ``geo.json``). Countries and
    states stay places ("the Iran agreement" is about Iran)."""
    after = text[m.end : m.end + 16]
    if not after.startswith(" ") or not after[1:2].isupper():
        return False  # a proper name goes on: "the Minsk Group", not "the Boulder group"
    after = after.casefold()
    if not after[1:].startswith(gaz.agreement_words):
        return False
    if not any(
        not after[1 + len(w) : 2 + len(w)].isalpha() for w in gaz.agreement_words if after[1:].startswith(w)
    ):
        return False  # "Groupe", "Processing": another word
    feats = {e.feature for e in m.candidates}
    return "city" in feats and not feats & {"country", "region", "water", "continent"}


def _county_lists(doc: Doc, tab: _Tokens, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Names listed before "counties" ("Grundy, Hardin and Black Hawk counties") are counties,
    and names listed before "provinces", "regions" or "states" are such areas.

    A single name before the plural is no list: "Indiana counties" are the state's counties.

    The plural words are ``admin2_plurals`` in ``geo.json``. Each capitalised name of the list
    (up to four words, read back over ", ", "and", "or") becomes the mention of "<name> County"
    when the gazetteer knows such a county, replacing what the name alone was read as."""
    by_start = {m.start: m for m in mentions}
    changed = False
    for k, low in enumerate(tab.lower):
        suffix = gaz.admin2_plurals.get(low)
        if suffix is None and low not in AREA_PLURALS:
            continue
        j = k  # the current list item ends before token j
        items: list[Mention] = []
        names = 0
        for _ in range(12):
            i = j
            while i > 0 and j - i < 4 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha:
                i -= 1
            if i == j:
                break
            names += 1
            for a in range(i, j):  # "In Harvey": the name may start later
                name = doc[a:j]
                if suffix is None:  # "Manicaland and Midlands provinces": the provinces
                    full = name.text
                    cands = [e for e in gaz.lookup(full) if e.feature in ("admin1", "region")]
                else:
                    full = f"{name.text} {suffix}"
                    cands = [e for e in gaz.lookup(full) if e.feature == "admin2"]
                    if not cands:  # counties known by their bare name (Kenya's, Norway's)
                        full = name.text
                        key0 = normalize(full)
                        cands = [
                            e
                            for e in gaz.lookup(full)
                            if e.feature in ("admin1", "admin2") and _named(e, key0)
                        ]
                if cands:
                    old = by_start.get(name.start_char)
                    key = normalize(full)
                    m = Mention(name.start_char, name.end_char, name.text, key, cands)
                    m.sure = old.sure if old is not None else False
                    items.append(m)
                    break
            p = i
            while p > 0 and doc[p - 1].lower_ in (",", "and", "or", "&", "to", "through"):
                p -= 1
            if p == i:
                break
            j = p
        if names < 2:
            continue  # "Indiana counties", "metro Tulsa counties": the counties of a place, no list
        for m in items:
            by_start[m.start] = m
            changed = True
    if not changed:
        return mentions
    spans = [(m.start, m.end) for m in by_start.values()]
    return [
        m
        for m in sorted(by_start.values(), key=lambda m: m.start)
        if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
    ]


def _areas_after(doc: Doc, tab: _Tokens, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Names listed after "the provinces of", "the regions of", "the counties of" ("the provinces
    of Manicaland West and Midlands") are such areas, whatever the model made of them: each
    capitalised name of the list (up to four words) the gazetteer knows as a province or a
    region (as "<name> County" after "counties of") becomes the mention, replacing what a part
    of it was read as."""
    found: list[Mention] = []
    areas: set[int] = set()
    n = len(doc)
    for k, low in enumerate(tab.lower):
        if k + 2 >= n or tab.lower[k + 1] != "of" or not (low in AREA_PLURALS or low in gaz.admin2_plurals):
            continue
        suffix = gaz.admin2_plurals.get(low)
        j = k + 2
        for _ in range(12):
            i = j
            while (
                j < n
                and j - i < 4
                and (
                    (tab.text[j][:1].isupper() and tab.text[j].isalpha())
                    or (tab.text[j] == "-" and j > i and j + 1 < n and tab.cap[j + 1])  # "Saxony-Anhalt"
                )
            ):
                j += 1
            if i == j:
                break
            name = doc[i:j]
            if all(w.lower() in DIRECTIONS for w in name.text.split()):
                pass  # "Western", "North Eastern": a direction word names an area only with its country
            elif suffix is None:
                key = normalize(name.text)
                cands = [
                    e for e in gaz.lookup(name.text) if e.feature in ("admin1", "region") and _named(e, key)
                ]
            else:
                key = normalize(f"{name.text} {suffix}")
                cands = [e for e in gaz.lookup(f"{name.text} {suffix}") if e.feature == "admin2"]
            if cands:
                m = Mention(name.start_char, name.end_char, name.text, key, cands)
                m.hint = "admin1" if suffix is None else None
                found.append(m)
            else:
                areas.add(name.start_char)  # an area we lack: no town of its name abroad either
            while j < n and tab.lower[j] in (",", "and", "or"):
                j += 1
    for m in mentions:
        if m.start in areas:
            m.area = True
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _kind(gaz: Gazetteer, m: Mention) -> str | None:
    feats = {e.feature for e in m.candidates if _named(e, m.key) or e.feature != "city"}
    if "country" in feats:
        return "country"
    big_town = any(e.feature == "city" and e.population >= 100000 and _named(e, m.key) for e in m.candidates)
    if "admin1" in feats and not feats & {"region", "continent", "water"} and not big_town:
        return "admin1"
    return None


def _attach_hints(text: str, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """Feature hints: "Washington state", "the state of X", and lists of states or countries."""
    kinds = [_kind(gaz, m) for m in mentions]
    for n, m in enumerate(mentions):
        after = text[m.end : m.end + 7].lower()
        if after.startswith((" state", "-state")) and not after.startswith(" states"):
            m.hint = "admin1"
            continue
        if text[max(0, m.start - 9) : m.start].lower() == "state of ":
            m.hint = "admin1"
            continue
        if text[max(0, m.start - 8) : m.start].lower() in ("city of ", "town of "):
            m.hint = "city"  # "the city of Veracruz" is the city, not the state around it
            continue
        if m.qualifier:
            continue  # "Washington, D.C.": a qualifier, not a list of states
        votes = Counter()
        for k in (n - 1, n + 1):
            if 0 <= k < len(mentions) and kinds[k]:
                a, b = (mentions[k], m) if k < n else (m, mentions[k])
                if text[a.end : b.start].strip() in (",", "and", ", and", "or", ", or", "&"):
                    votes[kinds[k]] += 1
        if votes:
            m.hint = votes.most_common(1)[0][0]


def _scan(
    doc: Doc,
    tab: _Tokens,
    full_text: str,
    gaz: Gazetteer,
    out: list[Mention],
    covered: bytearray,
    lo: int,
    hi: int,
    inside: bool,
    at_end: bool = False,
    towns: bool = True,
) -> None:
    """Gazetteer matches over capitalised tokens: those the NER left out, or inside a name.

    ``inside`` scans within an organisation or unknown place name ("the Ohio Department of
    Health", "Moscow City Council"), where a town needs its own name and 5,000 people. With
    ``at_end`` (an unknown place name) only a name that ends it counts ("Metro Denver").
    An all-capitals dateline at the start of a line ("CANTON, Ohio --") is read as a name.
    """
    blocked = 2 if inside else 0
    words, lower, idx, cap = tab.text, tab.lower, tab.idx, tab.cap
    i = lo
    while i < hi:
        if covered[i] > blocked or not (cap[i] or words[i][:1].isupper()):
            i += 1  # (a county name starts with a capital too)
            continue
        county = _county_name(words, i, hi, gaz)
        if not (cap[i] or county) or (tab.stop[i] and not words[i].isupper()):
            i += 1
            continue
        tok = doc[i]
        if tok.text.isupper() and len(tok) > 2 and tok.text.isalpha():
            found = _dateline(doc, i, gaz)
            if found and not any(covered[k] > blocked for k in range(i, found[1])):
                out.append(found[0])
                for k in range(i, found[1]):
                    covered[k] = 1
                i = found[1]
                continue
        hit = None
        weak = False
        skip = 0
        for n in (4, 3, 2, 1):
            j = i + n
            if j > hi or any(covered[k] > blocked for k in range(i, j)):
                continue
            inner = ("of", "de", "-", "and") if n > 2 else ("of", "de", "-")  # "Newfoundland and Labrador"
            if not (county and n == 2) and (
                not all(cap[k] or lower[k] in inner for k in range(i, j)) or not cap[j - 1]
            ):
                continue
            text = full_text[idx[i] : idx[j - 1] + len(words[j - 1])]  # the span's text
            if "and" in lower[i:j] and not gaz.features(text) & AREA_FEATURES:
                continue
            key = normalize(text)
            if n > 1 and key in gaz.not_toponyms:
                skip = j  # "the West Wing", "Main Street": no place, and no town in a part of it
                break
            if (
                key in gaz.not_toponyms
                or key in gaz.not_in_names
                or _is_demonym(gaz, text)
                or key in DIRECTIONS
                or (  # no name opening a longer one, but "[Foo] Township" (see _longer_names)
                    at_end
                    and j != hi
                    and words[j - 1] not in gaz.admin2_suffixes
                    and not (j == hi - 1 and lower[j] in TOWNSHIP_WORDS)
                )
            ):
                continue
            ids = gaz.ids(text)
            if not ids:
                continue
            if _city_council(doc, gaz, i, j, text, key):
                continue  # "the Carmel City Council": Carmel's council, not a town called "Carmel City"
            feats = gaz.features(text)
            first = tok.is_sent_start or (i > 0 and doc[i - 1].text in "\"“'‘(")
            prev = doc[i - 1].lower_ if i > 0 else ""
            if feats & AREA_FEATURES - {"admin1"} or (
                "admin1" in feats
                and (
                    n > 1
                    or "." in text
                    or any(e.feature == "admin1" and e.population >= 500000 for e in gaz.lookup(text))
                )
            ):
                if n == 1 and first and tok.pos_ != "PROPN" and not inside:
                    continue
                hit = j
            elif "admin2" in feats and n > 1 and words[j - 1] in gaz.admin2_suffixes:
                hit = j
            elif (
                feats == {"admin2"}
                and tok.pos_ == "PROPN"
                and not first
                and _shire(Mention(0, 0, text, key, gaz.lookup(text)))
            ):
                hit = j  # "Lancashire", "Derbyshire": a county known by its bare name
            elif (
                towns
                and "city" in feats
                and tok.pos_ == "PROPN"
                # "Foo Parish" we lack is no town ("Foo Township" is, see _longer_names)
                and not (j < len(doc) and words[j] in gaz.admin2_suffixes and lower[j] not in TOWNSHIP_WORDS)
            ):
                pop = _town_pop(gaz, text)
                if inside:
                    hyphen = (i > lo and doc[i - 1].text == "-") or (j < hi and doc[j].text == "-")
                    # "University of Tulsa", "the Metro Denver Chamber", "Greater Boston Legal Aid"
                    local = (i > lo and doc[i - 1].lower_ in METRO_WORDS) or (
                        j < hi and normalize(doc[j].text) in gaz.institution_words
                    )
                    # "Kirkuk-Ceyhan", "Moscow City Council", "University of Tulsa"
                    # "the Lutheran school in Elmford" read as one name: a town after "in" in it
                    after_in = i > lo and doc[i - 1].lower_ in ("in", "near", "outside") and pop >= 1000
                    ok = (
                        (hyphen and pop >= 1000)
                        or (local and pop >= 5000)
                        or (j < hi and pop >= 20000)
                        or after_in
                    )
                else:
                    q, _ = _qualifier_after(doc, j, gaz, text)
                    # a bare word next to another name is likelier part of a person's name
                    named = (i > 0 and doc[i - 1].pos_ == "PROPN") or (
                        j < len(doc) and doc[j].pos_ == "PROPN"
                    )
                    exact = any(
                        e.feature == "city" and (e.name == text or normalize(text) in e.exonyms)
                        for e in gaz.lookup(text)
                    )
                    # a state after the comma binds even a sentence's first word when a town of
                    # that name lies in it ("Normal, Illinois"; not "Still, Texas lawmakers")
                    bound = first and any(
                        e.feature == "city" and _named(e, key) and (e.admin1 in q or e.country in q)
                        for e in gaz.lookup(text)
                    )
                    ok = (
                        (bool(q) and (not first or bound))
                        or (
                            not first
                            and exact
                            and not named
                            and ((prev in LOCATIVE and pop >= 1000) or pop >= 100000)
                        )
                        # "The Elmford Volunteer Fire Department", "Elmford Mayor Jane Doe"
                        or (exact and pop >= 1000 and j < hi and cap[j] and _cue_after(tab, gaz, j))
                    )
                    weak = not ok and not first and _weak_ok(gaz, text, pop)
                    ok = ok or weak
                if ok:
                    hit = j
            if hit:
                break
        if skip:
            i = skip
            continue
        if hit and _street_after(doc, hit, gaz, doc[i:hit].text):
            i = hit  # "Richmond Street", "Memphis St.": a street named after the town
            continue
        if hit and (
            _in_compound(full_text, idx[i], idx[hit - 1] + len(words[hit - 1]))
            or _saints_building(full_text, words[i], idx[hit - 1] + len(words[hit - 1]))
            or _named_with_a_word(gaz, full_text, idx[i], idx[hit - 1] + len(words[hit - 1]))
            or (_acronym(doc, i, hit, words[i]) and not gaz.features(words[i]) - {"city", "admin2"})
        ):
            i = hit
            continue
        if hit:
            span = doc[i:hit]
            out.append(
                Mention(
                    span.start_char,
                    span.end_char,
                    span.text,
                    normalize(span.text),
                    gaz.lookup(span.text),
                    weak=weak,
                )
            )
            for k in range(i, hit):
                covered[k] = 1
            i = hit
        else:
            i += 1


DASHES = ("-", "--", "---", "—", "–", "\x97", "(", ":")  # "CANTON, Ohio (AP) --", "BEIRUT: ..."
# ("\x97" is the em dash of Windows-1252 text read as Latin-1)


def _dateline_break(doc: Doc, j: int) -> bool:
    """Whether token ``j`` ends a dateline: a dash, or a run of spaces before a capitalised word
    where a feed dropped the dash ("TEGA CAY  Firefighters battled...")."""
    if j >= len(doc):
        return False
    t = doc[j]
    if t.text in DASHES:
        return True
    return t.is_space and "\n" not in t.text and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()


def _year_before(doc: Doc, i: int) -> bool:
    """A byline's date ends right before token ``i`` ("March 24, 2009 MANSFIELD --")."""
    if i < 2:
        return False
    t = doc[i - 1]
    return (
        t.like_num and len(t) == 4 and t.text.isdigit() and (t.ent_type_ == "DATE" or doc[i - 2].text == ",")
    )


def _bare_dateline(doc: Doc, i: int, j: int) -> bool:
    """Tokens ``i:j`` are an all-capitals dateline with no state: "WASHINGTON (AP) --"."""
    if not _dateline_break(doc, j):
        return False
    if not all(t.text.isupper() for t in doc[i:j]):
        return False
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].text in (".", "!", "?")


def _dateline(doc: Doc, i: int, gaz: Gazetteer) -> tuple[Mention, int] | None:
    """An all-capitals place name opening a story ("CANTON, Ohio (AP) --", "WEST ORANGE --")."""
    line_start = i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].text in (".", "!", "?")
    # "By Jo Lane, Reporter June 4, 2011 ZANESVILLE --": a byline's date before the dateline
    line_start = line_start or _year_before(doc, i)
    for n in (3, 2, 1):
        j = i + n
        if j > len(doc) or not all(t.text.isupper() and t.text.replace(".", "").isalpha() for t in doc[i:j]):
            continue
        name = " ".join(t.text.title() for t in doc[i:j])
        nxt = doc[j].text if j < len(doc) else ""
        if nxt == ",":
            q = _qualifier_after(doc, j, gaz, name)[0]
            # "UGA, USA Boxing": a qualifier fits one of the name's places
            ok = line_start or any(e.country in q or e.admin1 in q for e in gaz.lookup(name))
        else:
            ok = _dateline_break(doc, j) and line_start
        if not ok or not gaz.lookup(name):
            continue
        # a dateline is a place for sure: a village will do ("HUME --")
        if not (_town_pop(gaz, name) >= (100 if line_start else 1000) or gaz.features(name) & AREA_FEATURES):
            continue
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        found = Mention(start, end, doc[i:j].text, normalize(name), gaz.lookup(name), dateline=nxt != ",")
        return found, j
    return None


def _attach_qualifiers(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        q, _ = _qualifier_after(doc, span.end, gaz, m.text.title() if m.text.isupper() else m.text)
        if not q:
            continue
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        qm = by_start.get(nxt.idx) if nxt is not None else None
        if qm is not None and qm is not m:
            qm.sure = True
            qm.area_of = (m.key, q)
        m.qualifier = q


# -- disambiguation ---------------------------------------------------------------------------
@dataclass
class _Context:
    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[str] = field(default_factory=Counter)
    points: list[tuple[str, Entry]] = field(default_factory=list)
    implied: Counter[str] = field(default_factory=Counter)  # admin1 areas of towns resolved so far
    near: dict[int, float] = field(default_factory=dict)  # entry idx -> support from other names nearby
    close: dict[int, int] = field(
        default_factory=dict
    )  # entry idx -> other names with a reading within 60 km

    def share(self, country: str) -> float:
        total = sum(self.countries.values())
        return self.countries.get(country, 0) / total if total else 0.0


def _cell(e: Entry) -> tuple[int, int]:
    return int(math.floor(e.lat)), int(math.floor(e.lon))


def _base(key: str) -> str:
    """A name without a leading direction word: "north richmond" -> "richmond"."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in DIRECTIONS else key


def _colocation(
    filtered: dict[tuple[str, tuple[str, ...]], list[Entry]], weak: list[bool], close: dict[int, int]
) -> dict[int, float]:
    """Support for each town candidate from the *other* names of the article.

    Local news names several places close together; the readings that sit together are likely
    the right ones. A name with a candidate within ~60 km adds 1.5 (a weak name, a bare word that
    may be a person's, adds nothing: it needs support itself); a name whose readings lie in
    the same state or province adds up to 0.75, shared among its states (a 1-degree grid keeps
    this linear).
    """
    a1sets: list[set[str]] = []
    for cands in filtered.values():
        a1sets.append({e.admin1 for e in cands if e.admin1 and e.feature in ("city", "admin2", "admin1")})
    cells: dict[tuple[int, int], list[tuple[int, Entry]]] = {}
    for n, cands in enumerate(filtered.values()):
        for e in cands:
            if e.feature in ("city", "admin2"):
                cells.setdefault(_cell(e), []).append((n, e))
    # a name with many readings (a common town name) lands near something by chance: it counts less
    weight = [0.0 if w else 1.5 for w in weak]
    # "North Richmond" gives no support to a Richmond beside it: it is the same name
    bases = [_base(g[0]) for g in filtered]
    out: dict[int, float] = {}
    for n, cands in enumerate(filtered.values()):
        for e in cands:
            if e.feature not in ("city", "admin2"):
                continue
            la, lo = _cell(e)
            groups = set()
            for dla in (-1, 0, 1):
                for dlo in (-1, 0, 1):
                    for m, f in cells.get((la + dla, lo + dlo), ()):
                        if m != n and m not in groups and e.km(f) < 60 and bases[m] != bases[n]:
                            groups.add(m)
            same = sum(
                0.75 / len(a1sets[m])
                for m in range(len(a1sets))
                if m != n and m not in groups and e.admin1 in a1sets[m]
            )
            support = min(sum(weight[m] for m in groups), 4.5) + min(same, 1.5)
            strong = sum(1 for m in groups if weight[m])
            if strong:
                close[e.idx] = strong
            if support:
                out[e.idx] = support
    return out


def _filter(m: Mention) -> list[Entry]:
    """Hard constraints: a country name is a country (or a same-named state); qualifiers bind."""
    cands = m.candidates
    exact = [e for e in cands if _named(e, m.key)]
    top_exact = max((e.population for e in exact if e.feature == "city"), default=0)
    if top_exact:  # a town's own name beats another's alternate name unless that one is far bigger
        own = {e.idx for e in exact}
        cands = [e for e in cands if e.idx in own or e.feature != "city" or e.population >= 10 * top_exact]
    if m.qualifier:
        q = set(m.qualifier)
        areas = any(e.feature in AREA_FEATURES for e in exact)
        # a state or province after the comma binds even a name that is also an area: "Peru,
        # Ind.", "Washington, D.C.", "Nevada, Mo." (not "China, Japan", a list)
        if not areas or any("." in x for x in q):
            bound = [
                e for e in cands if e.feature in ("city", "admin2") and (e.admin1 in q or e.country in q)
            ]
            if bound:
                return bound
        if areas:
            m.qualifier = ()  # "California, United States": the state, placed in its country
    countries = [e for e in cands if e.feature == "country"]
    if countries:
        # a state may share a country's name ("Georgia"), a province hardly ever wins ("Niger")
        big = max(e.population for e in countries)
        return [
            e for e in cands if e.feature == "country" or (e.feature == "admin1" and e.population * 2 >= big)
        ]
    town_areas = {e.admin1 for e in cands if e.feature == "city"}
    # a state named after the big city it surrounds ("Lima" in Peru) is no big state's name
    big_towns = [e for e in exact if e.feature == "city" and e.population >= 100000]
    if any(
        e.feature == "admin1"
        and e.population >= BIG_STATE
        and e.admin1 not in town_areas
        and not any(t.km(e) < 150 for t in big_towns)
        for e in exact
    ):
        # "Florida", "Wales", "Nevada" without a qualifier are the state, not a small namesake
        # (a town named like a state is written "Nevada, Mo."); big cities stay, and so do the
        # namesakes of a state named after its own city ("Berlin", "Lima")
        return [e for e in cands if e.feature not in ("city", "admin2") or e.population >= 100000]
    if any(e.feature == "water" for e in exact) and not m.hint:
        # "the Red Sea" is the sea: a province named after it would be called so
        return [e for e in cands if e.feature in ("water", "region", "continent")]
    if any(e.feature in ("continent", "region", "water") for e in exact):
        return [e for e in cands if e.feature in AREA_FEATURES]
    # an admin area named after its own town is the town ("Tripoli", "Paris")
    towns = [e for e in cands if e.feature == "city"]
    # a province abroad smaller than a big city of the same own name is not the name's reading
    # ("Manchester" is the English city, not the Jamaican parish), unless named as a province
    big = max((t.population for t in towns if _named(t, m.key)), default=0)
    keep = []
    for e in cands:
        if e.feature in ("admin1", "admin2") and any(
            t.admin1 == e.admin1 and t.km(e) < 100 and t.population * 4 >= e.population for t in towns
        ):
            continue
        if e.feature == "admin1" and big >= 100000 and e.population < big and m.hint != "admin1":
            continue
        if (
            e.feature in ("admin1", "admin2")
            and not (m.area or m.hint)
            and not _named(e, m.key)
            and any(_named(t, m.key) and t.admin1 == e.admin1 and t.km(e) < 100 for t in towns)
        ):
            continue  # "Toledo" is the town, not the "Province of Toledo" around it
        keep.append(e)
    return keep or cands


_NEAR_DEGREES = 1.36  # 151 km of latitude: beyond the widest "near" of _score


def _score(
    m: Mention,
    e: Entry,
    ctx: _Context,
    gaz: Gazetteer,
    has_capital: bool,
    big_area: bool = False,
    renown: bool = True,
) -> float:
    exact = _named(e, m.key)
    pop = e.population
    if not pop and e.feature in ("region", "water"):
        pop = 1000000  # the lexicon's regions and seas carry no population: rank them as a large place
    if e.feature == "admin2" and not e.name.endswith(tuple(gaz.admin2_suffixes)):
        pop //= 10  # a district named like a town: its population overstates it
    s = math.log10(pop + 10) + FEATURE_PRIOR.get(e.feature, 0.0)
    if e.feature == "admin2" and m.key.endswith(COUNTY_WORDS):
        # "Madison County" names a county in a score of states, most of them rural: its
        # population says little about which one an article means, its state says more
        s -= 0.5 * math.log10(pop + 10)
    if renown and e.feature == "city" and not ctx.countries.get(e.country or ""):
        # only where the article does not place it: a town of the article's country needs no fame
        s += RENOWN_WEIGHT * _renown_gap(m, e)
    if e.feature == "city" and not exact:
        s -= 1.0 if e.population >= 100000 else 2.5
        if m.own_towns is None:
            m.own_towns = any(
                c.feature == "city" and c.population >= 1000 and _named(c, m.key) for c in m.candidates
            )
        if m.own_towns and not ctx.countries.get(e.country or ""):
            # another language's name for a big city ("Bethlehem" for Belém, "Canton" for
            # Guangzhou) beats the towns whose own name it is only where the article is
            s -= 2.0
    if m.hint and e.feature == m.hint:
        s += 4.0
    if e.capital:
        s += 0.25 if _small_capital(m, e, gaz) else 1.5
    if e.feature == "admin1" and has_capital:
        s -= 2.5  # "Washington" is the capital unless the state's towns are in the article
    if e.country:
        c = ctx.countries.get(e.country, 0)
        if c:
            s += 1.0 + 3.0 * ctx.share(e.country)
        elif any(ctx.countries.get(n) for n in gaz.neighbours.get(e.country, ())):
            s += 1.0
    if e.admin1:
        a = ctx.admin1.get(e.admin1, 0)
        if a:
            # a state named in an article mostly about its country is strong evidence; one named
            # in passing in a world round-up ("Queensland ... Chicago and Toronto") much less
            s += (2.5 + 0.5 * min(a, 4)) * max(0.3, min(1.0, 2 * ctx.share(e.country or "")))
        elif e.feature != "admin1":
            s += 0.75 * min(ctx.implied.get(e.admin1, 0), 2)
    if exact and (
        not (has_capital or big_area)
        or e.capital
        or ctx.admin1.get(e.admin1 or "")
        or ctx.close.get(e.idx, 0) >= CLOSE_NAMES
    ):
        # namesakes of a capital or a state need their own state named, or several of the
        # article's other places beside them ("London" by two Kentucky counties)
        s += ctx.near.get(e.idx, 0.0)
    if e.feature in ("city", "admin2") and ctx.points:
        # a degree of latitude is 111 km: points further apart in latitude alone are not near
        near = min(
            (e.km(p) for k, p in ctx.points if k != m.key and abs(p.lat - e.lat) < _NEAR_DEGREES),
            default=1e9,
        )
        if near < 60:
            s += 2.5
        elif near < 150:
            s += 1.5
    if e.admin1 and e.feature in ("city", "admin2") and e.admin1 in m.nearby:
        s += 1.5  # "a barn burned in Ohio, in Lake County": the state named beside it
    if m.qualifier and e.feature not in AREA_FEATURES:
        q = set(m.qualifier)
        s += 20.0 if (e.admin1 in q or e.country in q) else -5.0
    return s


def _small_capital(m: Mention, e: Entry, gaz: Gazetteer) -> bool:
    """The capital of a small nation (under SMALL_NATION_POP) with a bigger town of its name
    elsewhere: being a capital makes it little likelier ("St. John's" of Antigua beside the
    capital of Newfoundland)."""
    nation = gaz.country(e.country or "")
    if nation is None or nation.population >= SMALL_NATION_POP:
        return False
    return any(c.feature == "city" and c.population > e.population and _named(c, m.key) for c in m.candidates)


def _renown_gap(m: Mention, e: Entry) -> float:
    """How far a town falls short of the most renowned town of its name, in log10 of the names
    GeoNames gives them (0 for the most renowned, at most RENOWN_FLOOR): of two towns of like size
    the one known in many languages is the likelier reading ("Bethlehem" is the biblical town,
    not its namesake in the Free State). Only a name with a famous reading (RENOWN_FAMOUS names
    or more) has gaps: between villages the count of names is noise."""
    if m.renown is None:
        top = max((c.renown for c in m.candidates if c.feature == "city" and _named(c, m.key)), default=0)
        m.renown = math.log10(1 + top) if top >= RENOWN_FAMOUS else 0.0
    if not m.renown:
        return 0.0
    return max(RENOWN_FLOOR, min(0.0, math.log10(1 + e.renown) - m.renown))


def _big_area(cands: list[Entry]) -> bool:
    return any(e.feature in ("country", "admin1") and e.population >= 500000 for e in cands)


def _add_context(ctx: _Context, e: Entry, key: str, weight: int = 1) -> None:
    if e.country:
        ctx.countries[e.country] += weight
    if e.admin1 and e.feature == "admin1":
        ctx.admin1[e.admin1] += weight
    elif e.admin1 and e.feature in ("admin2", "city"):
        ctx.implied[e.admin1] += weight
    if e.feature in ("city", "admin2"):
        ctx.points.append((key, e))


def resolve(
    mentions: list[Mention], gaz: Gazetteer, peoples: Counter[str] | None = None, locale: str | None = None
) -> None:
    """Choose one entry per mention (one sense per name and qualifier in a document).

    ``peoples`` counts the countries whose demonyms the article uses ("Georgian troops"): not
    places, but context for them. ``locale`` is the country whose local institutions the
    article names (:meth:`Gazetteer.locale`): it weighs like two mentions of that country.
    """
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]] = {}
    for m in mentions:
        m.group = (m.key, m.qualifier)
        groups.setdefault(m.group, []).append(m)
    filtered = {g: _filter(ms[0]) for g, ms in groups.items()}
    _nearby_states(groups, filtered)
    for g, ms in groups.items():
        if any(m.town for m in ms):  # "the Jordan City Council": every "Jordan" is the town
            towns = [e for e in _towns_named(ms[0]) if e.population >= 1000]
            if towns:
                filtered[g] = towns
    # "North Richmond" beside "Richmond" is part of it: no context for the name it contains
    parts = {g for g in groups if _base(g[0]) != g[0] and (_base(g[0]), ()) in groups}
    # pass 1: context from qualifiers and from names whose best reading stands out on its own
    # towns named like a country take part in the co-location ("Peru" among Indiana places)
    colocated = {
        g: (cands if any(e.feature != "country" for e in cands) else cands + _towns_named(groups[g][0]))
        for g, cands in filtered.items()
    }
    close: dict[int, int] = {}
    ctx = _Context(near=_colocation(colocated, [all(m.weak for m in groups[g]) for g in colocated], close))
    ctx.close = close
    ctx.countries.update(peoples or {})
    if locale:
        ctx.countries[locale] += 2
    empty = _Context(near=ctx.near, close=close)
    standout: dict[tuple[str, tuple[str, ...]], _Context] = {}  # each name's own pass-1 share
    for (key, qual), cands in filtered.items():
        n = len(groups[(key, qual)])
        # "Tbilisi, Georgia": of a qualifier's readings count those the name's places lie in
        fits = [q for q in qual if any(e.admin1 == q or e.country == q for e in cands)]
        for q in fits or qual:
            if "." in q:
                ctx.admin1[q] += n
                ctx.countries[q.split(".")[0]] += n
            else:
                ctx.countries[q] += n
        has_capital = any(e.capital for e in cands)
        big = _big_area(cands)
        m0 = groups[(key, qual)][0]
        if all(m.weak for m in groups[(key, qual)]) or (key, qual) in parts:
            continue  # a bare word that may be a person's gives no context: it needs support itself
        ranked = sorted((_score(m0, e, empty, gaz, has_capital, big, False) for e in cands), reverse=True)
        if len(ranked) == 1 or ranked[0] - ranked[1] >= 2.5:
            best = max(cands, key=lambda e, m0=m0: _score(m0, e, empty, gaz, has_capital, big, False))
            _add_context(ctx, best, key, n)
            _add_context(standout.setdefault((key, qual), _Context()), best, key, n)
    _home_spellings(groups, filtered, ctx, standout)
    choice: dict[tuple[str, tuple[str, ...]], Entry] = {}
    own: dict[tuple[str, tuple[str, ...]], _Context] = {}
    base = ctx
    for _ in range(2):
        for g, cands in filtered.items():
            has_capital = any(e.capital for e in cands)
            big = _big_area(cands)
            view = ctx
            for mine in (standout.get(g), own.get(g)):  # a name is no context for itself
                if mine is not None:
                    view = _without(view, mine)
            choice[g] = max(
                cands, key=lambda e, g=g, v=view: _score(groups[g][0], e, v, gaz, has_capital, big)
            )
        # pass 2: add what pass 1 resolved
        ctx = _Context(
            Counter(base.countries),
            Counter(base.admin1),
            list(base.points),
            Counter(base.implied),
            base.near,
            base.close,
        )
        for g, e in choice.items():
            if len(filtered[g]) > 1 and not all(m.weak for m in groups[g]) and g not in parts:
                own[g] = _Context()
                _add_context(own[g], e, g[0], len(groups[g]))
                _add_context(ctx, e, g[0], len(groups[g]))
    for g in filtered:
        if choice[g].feature == "water" and not choice[g].country:
            town = _town_on_water(choice[g], g, groups[g][0], ctx, gaz)
            if town is not None:
                choice[g] = town
    for g in filtered:
        if choice[g].feature == "country":
            view = ctx
            for mine in (standout.get(g), own.get(g)):
                if mine is not None:
                    view = _without(view, mine)
            town = _home_town(groups[g][0], choice[g], view, gaz, peoples or Counter())
            if town is not None:
                choice[g] = town
    _short_forms(filtered, choice, {g for g, ms in groups.items() if all(m.weak for m in ms)})
    _town_parts(groups, choice)
    _unknown_towns(gaz, groups, choice)
    _qualifier_areas(groups, choice)
    for g, ms in groups.items():
        if any(m.dateline for m in ms) and not g[1]:
            # a dateline without its state names a city that stands alone (AP style: "WASHINGTON --")
            alone = [e for e in filtered[g] if e.idx in gaz.dateline_cities]
            if alone:
                choice[g] = max(alone, key=lambda e: e.population)
    _home_states(groups, choice, ctx, gaz)
    moved = _namesakes_abroad(groups, choice, ctx, peoples or Counter(), locale)
    for g, ms in groups.items():
        e = choice[g]
        vouched = g in moved or e.country in g[1] or e.admin1 in g[1]  # "Palmyra, Syria"
        # the bare name read as the place its qualified mention names ("Palmyra, Syria ... Palmyra")
        vouched = vouched or any(k[0] == g[0] and k[1] and choice[k] == e for k in choice)
        if (
            all(m.weak for m in ms)
            and not vouched
            and not _supported(e, ctx, 0)
            and not _famous_at_home(e, ctx, gaz, peoples or Counter())
        ):
            e = None
        if e is not None and all(m.named_after for m in ms) and not _beside(e, ctx):
            e = None  # a river or park named after a town: only beside the article's places
        area = any(m.area for m in ms)  # "Nyanza province ... in Nyanza": the area each time
        if e is not None and e.feature == "city" and (area or (not g[1] and e.population < STRAY_POP)):
            countries = ctx.countries  # the article's countries less this name's own share
            for mine in (standout.get(g), own.get(g)):
                if mine is not None:
                    countries = countries - mine.countries
            if area and not countries[e.country or ""]:
                e = None  # "X province" where the gazetteer knows only towns called X, abroad
            elif not g[1] and _stray_village(e, countries - (peoples or Counter()), gaz):
                e = None
        # "West X" read as X, or a small town's other name ("Pettau" for Ptuj): only in a
        # country the article otherwise names, not at a namesake abroad
        other_name = e is not None and e.feature == "city" and not _named(e, g[0])
        if (
            e is not None
            and e.country
            and e.feature != "country"
            and (all(m.part for m in ms) or (other_name and not g[1] and e.population < STRAY_POP))
        ):
            countries = ctx.countries
            for mine in (standout.get(g), own.get(g)):
                if mine is not None:
                    countries = countries - mine.countries
            if not countries[e.country]:
                e = None
        for m in ms:
            m.resolved = e


def _town_on_water(
    water: Entry, g: tuple[str, tuple[str, ...]], m: Mention, ctx: _Context, gaz: Gazetteer
) -> Entry | None:
    """The big town that bears a river's or a sea's name, when the article names the town's
    country, lies far from the water, and no place or country of the article lies near the water
    ("Rio Grande" in a story about Brazil is the port; beside Texas or Mexico it is the river)."""
    towns = [
        e
        for e in _towns_named(m)
        if e.population >= STRAY_POP
        and e.country
        and ctx.countries.get(e.country)
        and e.km(water) >= WATER_NEAR_KM
    ]
    if not towns:
        return None
    if any(k != g[0] and p.km(water) < WATER_NEAR_KM for k, p in ctx.points):
        return None
    for iso3, n in ctx.countries.items():
        c = gaz.country(iso3) if n > 0 else None
        if c is not None and c.km(water) < WATER_NEAR_KM and not any(t.country == iso3 for t in towns):
            return None
    return max(towns, key=lambda e: (ctx.countries[e.country or ""], e.population))


def _nearby_states(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]],
    filtered: dict[tuple[str, tuple[str, ...]], list[Entry]],
) -> None:
    """Note on each town or county name the state named closest to it (within ``NEARBY_CHARS``):
    of two states an article names, the one beside a name more likely holds it."""
    states = []
    for g, cands in filtered.items():
        named = {e.admin1 for e in cands if e.feature == "admin1" and e.admin1 and _named(e, g[0])}
        # a country's name, or the capital's ("Washington"), names no state here
        if len(named) == 1 and not any(e.feature == "country" or e.capital for e in cands):
            states.extend((m.start, next(iter(named))) for m in groups[g])
    states.sort()
    if not states:
        return
    starts = [p for p, _ in states]
    for g, ms in groups.items():
        if not any(e.feature in ("city", "admin2") for e in filtered[g]) or any(
            e.feature in AREA_FEATURES or (e.feature == "city" and e.population >= 500000)
            for e in filtered[g]
        ):
            continue  # "Oklahoma" beside "Pennsylvania" is still the state, "Toronto" the big city
        near: set[str] = set()
        for m in ms:
            lo = bisect.bisect_left(starts, m.start - NEARBY_CHARS)
            hi = bisect.bisect_right(starts, m.end + NEARBY_CHARS)
            if lo < hi:  # the closest state named on either side
                near.add(min(states[lo:hi], key=lambda sa, m=m: abs(sa[0] - m.start))[1])
        if near:
            found = frozenset(near)
            for m in ms:
                m.nearby = found


def _sure_countries(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]],
    choice: dict[tuple[str, tuple[str, ...]], Entry],
    peoples: Counter[str],
    locale: str | None,
    inside: bool = False,
) -> Counter[str]:
    """The article's countries as its unambiguous places name them: countries, states and
    counties, big towns and capitals, qualified towns, its peoples and its local institutions
    (with ``inside``, the places within a country only, not the countries' own names).

    Small towns are left out: their readings are what is in doubt, and two namesakes abroad
    would otherwise vouch for each other ("Palmyra" and "Geneva" are both small towns in New
    York state)."""
    found = Counter(peoples)
    if locale:
        found[locale] += 2
    for g, e in choice.items():
        if e.country and _sure(g, e, groups[g]) and not (inside and e.feature == "country"):
            found[e.country] += len(groups[g])
    return found


def _sure(g: tuple[str, tuple[str, ...]], e: Entry, ms: list[Mention]) -> bool:
    """A reading whose name leaves little doubt: a country, a state, a county, a big town or a
    capital, a qualified town."""
    if all(m.weak for m in ms):
        return False
    return (
        e.feature in ("country", "admin1", "admin2")
        or bool(g[1])
        or (e.feature == "city" and (e.population >= STRAY_POP or e.capital))
    )


def _town_pop_of(m: Mention) -> int:
    """Population of the biggest town among a mention's readings of its own name."""
    return max((e.population for e in _towns_named(m)), default=0)


def _namesakes_abroad(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]],
    choice: dict[tuple[str, tuple[str, ...]], Entry],
    ctx: _Context,
    peoples: Counter[str],
    locale: str | None,
) -> set[tuple[str, tuple[str, ...]]]:
    """A small town chosen in a country the article is not about gives way to the name's
    reading in the country it is about, or to a big town of the name elsewhere.

    An article about Syria that names the US once reads "Palmyra" as the Syrian city (its
    GeoNames name is another: any of the name's readings counts), and "Geneva" as the Swiss
    city, not two small towns of New York state that only the passing mention of the US and
    each other support. The weight of each country is what the article's sure places give it
    (:func:`_sure_countries`). When another country weighs more than the town's, and counts
    two mentions at least, the name's reading there wins; when the places inside the town's
    country weigh no more than another country (the country's own name, "the US envoy",
    does not count here), a town of the name abroad of 100,000 people or more, five times the
    small town's size, wins. The small
    town keeps its reading when a qualifier gives it, when its state is named, or when a
    place of the article lies within 150 km of it or in its state (a sure place, or a town
    that is its name's biggest reading, no namesake itself). Returns the names it moved."""
    moved: set[tuple[str, tuple[str, ...]]] = set()
    sure = _sure_countries(groups, choice, peoples, locale)
    if not sure:
        return moved
    within = _sure_countries(groups, choice, peoples, locale, inside=True)
    # places that vouch for a town beside them or in its state: sure ones, and towns that are
    # their name's biggest reading (not a namesake themselves)
    points = [
        (g, e)
        for g, e in choice.items()
        if e.feature in ("city", "admin2")
        and not all(m.weak for m in groups[g])
        and (_sure(g, e, groups[g]) or e.population >= _town_pop_of(groups[g][0]))
    ]
    for g, e in list(choice.items()):
        ms = groups[g]
        if (
            g[1]
            or e.feature != "city"
            or e.capital
            or e.population >= STRAY_POP
            or any(m.dateline or m.town for m in ms)
        ):
            continue
        if e.admin1 and ctx.admin1.get(e.admin1):
            continue  # its state named
        if any(k != g and (e.km(f) < 150 or (e.admin1 and f.admin1 == e.admin1)) for k, f in points):
            continue  # a place of the article beside it or in its state
        home = sure[e.country or ""]
        top, n = max(
            ((c, k) for c, k in sure.items() if c != e.country), key=lambda ck: ck[1], default=("", 0)
        )
        if n < within[e.country or ""]:
            continue  # an article about the town's own country
        there = [
            f for f in ms[0].candidates if f.feature == "city" and f.country == top and f.population >= 1000
        ]
        if there and n >= 2 and n > home:
            choice[g] = max(there, key=lambda f: (_named(f, g[0]), f.population))
            moved.add(g)
            continue
        big = [
            f
            for f in ms[0].candidates
            if f.feature == "city"
            and f.country != e.country
            and _named(f, g[0])
            and f.population >= max(STRAY_POP, 5 * e.population)
        ]
        if big:
            choice[g] = max(big, key=lambda f: f.population)
            moved.add(g)
    return moved


def _stray_village(e: Entry, countries: Counter[str], gaz: Gazetteer) -> bool:
    """A small town abroad in an article plainly about one country (``countries``: the
    article's other places, not its peoples): the only reading of a name the gazetteer lacks
    at home ("Paddington" in a London story is no Australian suburb). Not emitted: no place is
    better than one on the wrong continent."""
    if e.population >= STRAY_POP or not countries:
        return False
    top, n = countries.most_common(1)[0]
    if n < 3 or n < 0.5 * sum(countries.values()) or countries[e.country or ""]:
        return False
    return not any(countries[c] for c in gaz.neighbours.get(e.country or "", ()))


def _home_states(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]],
    choice: dict[tuple[str, tuple[str, ...]], Entry],
    ctx: _Context,
    gaz: Gazetteer,
) -> None:
    """A small town the gazetteer lacks, in an article plainly about one state, is placed there.

    Local news names the hamlets of its own area; when the reading chosen for such a name is a
    small town in another state of the same country, with none of the article's places near it
    and its state never named, while at least three other names of the article lie in one state
    (and 70 % of those with a state), the name is placed in that state
    rather than at a namesake hundreds of kilometres away: at its own town there if the gazetteer
    has one, else in the county of that state the article names closest to it, if it names one
    (:func:`_home_county`). Capitals keep their reading, and so do towns of HOME_STATE_POP people
    unless four names and 80 % lie in the one state; towns of HOME_TOWN_POP always.
    """
    state_of: dict[tuple[str, tuple[str, ...]], str] = {}
    for g, e in choice.items():
        if e.admin1 and e.feature in ("city", "admin2", "admin1"):
            if not all(m.weak for m in groups[g]) or _supported(e, ctx, len(groups[g])):
                state_of[g] = e.admin1
    if len(state_of) < 3:
        return
    for g, e in list(choice.items()):
        if g[1] or e.feature != "city" or e.capital or e.population >= HOME_TOWN_POP or not e.admin1:
            continue
        ms = groups[g]  # a weak mention beside a sure one of the name ("X Twp." by "X") may move
        if ctx.admin1.get(e.admin1) or any(m.area or m.dateline for m in ms) or all(m.weak for m in ms):
            continue
        if any(c.feature == "country" for c in groups[g][0].candidates):
            continue  # a country's name read as a town abroad is no hamlet of the article's state
        others = Counter(a for k, a in state_of.items() if k != g and _base(k[0]) != _base(g[0]))
        top, n = others.most_common(1)[0] if others else ("", 0)
        if others[e.admin1] or top == e.admin1 or not _home_state_sure(n, sum(others.values()), e.population):
            continue
        if any(e.km(f) < 100 for k, f in choice.items() if k != g and f.feature in ("city", "admin2")):
            continue
        area = gaz.admin1(top)
        if area is None or area.country != e.country:
            continue
        home = [c for c in ms[0].candidates if c.feature == "city" and c.admin1 == top and _named(c, g[0])]
        if home:
            choice[g] = max(home, key=lambda c: c.population)  # the name's own town in that state
        else:
            choice[g] = _home_county(groups, choice, g, top) or area


def _home_state_sure(n: int, total: int, pop: int) -> bool:
    """Whether ``n`` of the ``total`` other names of an article lying in one state make it plainly
    about that state for a town of ``pop`` read elsewhere: three names and 70 % of them for a
    small town, four and 80 % for a town up to HOME_TOWN_POP."""
    if pop < HOME_STATE_POP:
        return n >= 3 and n >= 0.7 * total
    return n >= 4 and n >= 0.8 * total


def _home_county(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]],
    choice: dict[tuple[str, tuple[str, ...]], Entry],
    g: tuple[str, tuple[str, ...]],
    state: str,
) -> Entry | None:
    """The county of ``state`` the article names closest to a name placed in that state: a
    hamlet the gazetteer lacks most likely lies in the county its story is about, nearer than
    the state's centre. Without a county, the local town (under STRAY_POP, no capital) of that
    state named closest to it, when all the article's local towns of that state lie within
    LOCAL_KM of it: a wide state's centre may lie hundreds of km from a story's towns, but towns
    spread across the state say no more than its centre."""
    start = groups[g][0].start
    best: tuple[bool, int, Entry] | None = None
    towns = []  # weak names too: "Bozeman" read as a person's name still says where the story is
    for k, f in choice.items():
        town = f.feature == "city" and not f.capital and f.population < STRAY_POP
        if k == g or f.admin1 != state or (f.feature != "admin2" and not town):
            continue
        towns.append(f)
        if all(m.weak for m in groups[k]):
            continue
        rank = (town, min(abs(m.start - start) for m in groups[k]))
        if best is None or rank < best[:2]:
            best = (*rank, f)
    if best is None or (best[0] and any(best[2].km(t) > LOCAL_KM for t in towns)):
        return None
    return best[2]


def _home_spellings(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]],
    filtered: dict[tuple[str, tuple[str, ...]], list[Entry]],
    ctx: _Context,
    standout: dict[tuple[str, tuple[str, ...]], _Context],
) -> None:
    """A town known under another spelling ("Saida" for Sidon, in a story about Lebanon) is a reading again when the
    article is chiefly about its country (named at least twice, the most, a third of the
    article's places and peoples) and no town of that spelling lies there: a town's own name
    abroad beats an alternate name only when nothing says where the article is. A national
    capital's own name stays the capital ("Islamabad" in a story about India is Pakistan's
    capital, not Anantnag, which GeoNames also calls so)."""
    for g, cands in filtered.items():
        if g[1] or any(e.feature != "city" or e.capital for e in cands):
            continue
        view = _without(ctx, standout[g]) if g in standout else ctx
        if not view.countries:
            continue
        top, n = view.countries.most_common(1)[0]
        if n < 2 or view.share(top) < 0.34:
            continue
        home = [
            e
            for e in groups[g][0].candidates
            if e.feature == "city" and e not in cands and e.population >= 1000 and e.country == top
        ]
        if home and not any(e.country == home[0].country for e in cands):
            filtered[g] = cands + home


def _short_forms(
    filtered: dict[tuple[str, tuple[str, ...]], list[Entry]],
    choice: dict[tuple[str, tuple[str, ...]], Entry],
    weak: set[tuple[str, tuple[str, ...]]] = frozenset(),  # type: ignore[assignment]
) -> None:
    """A town name that begins a longer name of the article is its short form ("Arlington" after
    "Arlington Heights", "Hardin" beside "Hardin County"): the same place, or a namesake beside it.
    A weak longer name (a township read as its town) does not move the short one."""
    local = ("city", "admin2")
    longer = [(g[0], e) for g, e in choice.items() if e.feature in local and g not in weak]
    for g, cands in filtered.items():
        if g[1] or any(e.feature not in local for e in cands):
            continue
        full = [e for k, e in longer if k.startswith(g[0] + " ")]
        if len(full) != 1:
            continue
        (whole,) = full
        if choice[g].km(whole) < 60:
            continue
        near = [e for e in cands if e.km(whole) < 60]
        choice[g] = max(near, key=lambda e: e.population) if near else whole


def _town_parts(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]], choice: dict[tuple[str, tuple[str, ...]], Entry]
) -> None:
    """ "North Arlington" in an article about Arlington: the town's north side, unless the place
    of that name lies beside the article's Arlington ("North Little Rock" by Little Rock)."""
    bare = {g[0]: e for g, e in choice.items() if not g[1]}
    for g in groups:
        whole = bare.get(_base(g[0])) if _base(g[0]) != g[0] else None
        if whole is not None and whole.feature == "city" and choice[g].km(whole) > 100:
            choice[g] = whole


def _unknown_towns(
    gaz: Gazetteer,
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]],
    choice: dict[tuple[str, tuple[str, ...]], Entry],
) -> None:
    """A town qualified by a state the gazetteer has no such town in ("Smallville, Pa.", a hamlet
    too small for it) is placed in that state, not at a namesake elsewhere, when the state's
    country has towns of the name or holds the article's other places ("Stroud, Ontario" is
    no English town), in the county of that state the article names closest to it if any; so
    are the article's other, unqualified mentions of the name, unless they were read inside
    the state."""
    fallback: dict[str, Entry] = {}
    for (key, qual), e in choice.items():
        if not qual or e.feature not in ("city", "admin2") or e.admin1 in qual or e.country in qual:
            continue
        if e.capital or e.population >= WORLD_CITY_POP:
            continue  # "Besides Paris, Brittany wants...": a world city is no hamlet, a list
        # only a state of a country that has towns of the name: "Hill, Douglas and Grant" or
        # "Houston, Palestine and Dallas" are lists, not a qualifier
        if any(t.feature in ("admin1", "country") for t in gaz.lookup(key)):
            continue  # "Isiolo, Marsabit": two counties in a list
        towns = {t.country for t in gaz.lookup(key) if t.feature == "city"}
        # or of a country the article's other names lie in ("Stroud, Ontario, Canada")
        towns |= {
            f.country
            for k, f in choice.items()
            if k[0] != key and f.country and not (f.feature == "admin1" and f.admin1 in qual)
        }
        areas = [a for k in qual if "." in k and (a := gaz.admin1(k)) is not None and a.country in towns]
        if len(areas) == 1 and len(qual) == 1:
            area = areas[0]
            if area.feature == "admin1" and area.admin1:
                area = _home_county(groups, choice, (key, qual), area.admin1) or area
            choice[(key, qual)] = fallback[key] = area
    for (key, qual), e in choice.items():
        area = fallback.get(key)
        if area is None or qual or e.idx == area.idx:
            continue
        inside = (
            e.admin1 == area.admin1
            if area.feature in ("admin1", "admin2", "city")
            else e.country == area.country
        )
        if not inside:
            choice[(key, qual)] = area


def _qualifier_areas(
    groups: dict[tuple[str, tuple[str, ...]], list[Mention]], choice: dict[tuple[str, tuple[str, ...]], Entry]
) -> None:
    """A name that qualifies a town ("Guelph, Ontario") is the area the town lies in: the
    province, not a namesake town elsewhere; so are its other mentions in the article."""
    for g, ms in groups.items():
        for town in {m.area_of for m in ms if m.area_of}:
            t = choice.get(town)
            if t is None:
                continue
            fit = [
                e
                for e in ms[0].candidates
                if (e.feature == "admin1" and e.admin1 == t.admin1)
                or (e.feature == "country" and e.country == t.country)
            ]
            if fit:
                choice[g] = fit[0]
                break


def _towns_named(m: Mention) -> list[Entry]:
    return [e for e in m.candidates if e.feature == "city" and _named(e, m.key)]


def _home_town(
    m: Mention, country: Entry, ctx: _Context, gaz: Gazetteer, peoples: Counter[str]
) -> Entry | None:
    """A town named like a country when the article is plainly about that town's own area.

    Local papers name their town ("Peru", "Mexico") among places of one state: the other
    places of the article lie in the town's country (at least two of them and 85 %, no people of
    the named country), and the town's state is named or its neighbours are.
    """
    if peoples.get(country.country or "") or m.qualifier:
        return None
    others = +(ctx.countries - peoples)  # "Mexican" workers in a Texas story are no place abroad
    if not others:
        return None
    home, n = others.most_common(1)[0]
    if n < 2 or n < 0.85 * sum(others.values()):
        return None
    best = None
    for e in m.candidates:
        if e.feature != "city" or e.country != home or not _named(e, m.key):
            continue
        named = ctx.admin1.get(e.admin1 or "", 0)
        if not (named or ctx.implied.get(e.admin1 or "", 0) >= 2):
            continue
        if best is None or (named, ctx.near.get(e.idx, 0.0), e.population) > (
            ctx.admin1.get(best.admin1 or "", 0),
            ctx.near.get(best.idx, 0.0),
            best.population,
        ):
            best = e
    return best


def _without(ctx: _Context, own: _Context) -> _Context:
    """The context less one name's own contribution."""
    return _Context(
        ctx.countries - own.countries,
        ctx.admin1 - own.admin1,
        ctx.points,
        ctx.implied - own.implied,
        ctx.near,
        ctx.close,
    )


def _famous_at_home(e: Entry, ctx: _Context, gaz: Gazetteer, peoples: Counter[str]) -> bool:
    """A famous town (RENOWN_FAMOUS names or more) in the country the article is plainly about
    (named twice, or its people named), or beside it ("Israeli troops entered Bethlehem"): its
    own reading needs no further support."""
    if e.feature != "city" or e.renown < RENOWN_FAMOUS or not e.country or not ctx.countries:
        return False
    top, n = ctx.countries.most_common(1)[0]
    if n < 2 and not peoples.get(top):
        return False
    return top == e.country or top in gaz.neighbours.get(e.country, ())


def _beside(e: Entry, ctx: _Context) -> bool:
    """Whether a place lies beside another of the article's places, or in the state the article
    names or places its other names in most often."""
    if any(e.km(p) < 60 for _, p in ctx.points):
        return True
    states = ctx.admin1 + ctx.implied
    return bool(e.admin1 and states[e.admin1] and states[e.admin1] == max(states.values()))


def _supported(e: Entry, ctx: _Context, own: int) -> bool:
    """Whether the article's other places back a reading: its state named, or towns close by."""
    if e.feature not in ("city", "admin2"):
        return True
    if e.admin1 and (ctx.admin1.get(e.admin1) or ctx.implied.get(e.admin1, 0) - own >= 2):
        return True  # its state named, or two other places of the article in it
    if (
        e.country
        and e.population >= 50000
        and ctx.share(e.country) >= 0.5
        and ctx.countries[e.country] - own >= 2
    ):
        return True  # a sizeable town of the country the article is about
    return ctx.near.get(e.idx, 0.0) >= 1.5


# -- the stage --------------------------------------------------------------------------------
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+$", re.IGNORECASE)


INITIAL = re.compile(r"[A-Z]\.")


def _people(ctx: DocContext, gaz: Gazetteer, text: str) -> set[str]:
    """Ids of the actors stage's people whose full name the article writes out: two or three
    capitalised words, the first a proper noun, none a place word or an abbreviation ("Jane Doe",
    not "Village Elmford", "Jefferson Parish" or "Calif. Larsen"), the whole no place's name. The
    actors stage also takes a lone town for a person ("Glasgow said"), and links a bare surname
    to a famous namesake ("Harris County"): those do not count."""
    found = set()
    for a in ctx.actors:
        words = [w for w in a.name.split() if not INITIAL.fullmatch(w)]  # "Mary T. Kennedy"
        if a.kind != "person" or not 2 <= len(words) <= 3:
            continue
        if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
            continue
        if any(
            w.lower() in SETTLEMENT_WORDS
            or normalize(w) in gaz.institution_words
            or normalize(w) in gaz.not_in_names
            or w in gaz.admin2_suffixes
            for w in words
        ):
            continue
        if gaz.lookup(a.name):
            continue
        for s, e in a.mentions:
            if len(text[s:e].split()) >= 2:
                span = ctx.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and span[0].pos_ == "PROPN":
                    found.add(a.id)
                    break
    return found


def _person_part(
    ctx: DocContext, people: set[str], text: str, m: Mention, surnames: frozenset[str] = frozenset()
) -> str | None:
    """How a mention is part of a person the actors stage found (:func:`_people`): "first"
    (the place's name opens the person's name: "President Vladimir Putin"), "last" (it ends a
    longer name: "Dara Ross"), "name" (all of a mention: "Ross said", or a one-word person of
    the actors stage that is the surname of such a person, ``surnames``: "Dara Ross ... Ross"
    when the actors stage kept the two apart), or ``None``."""
    actor = ctx.actor_at(m.start, m.end)
    if actor is not None and actor.id not in people and actor.kind == "person" and actor.name == m.text:
        return "name" if m.text in surnames else None
    if actor is None or actor.id not in people:
        return None
    for s, e in actor.mentions:
        if s < m.end and m.start < e:
            if (
                s <= m.start
                and m.end < e
                and text[m.end : m.end + 1] == " "
                and text[m.end + 1 : e][:1].isupper()
            ):
                nxt = text[m.end + 1 : e].split(" ", 1)[0]
                return "first" if "." not in nxt else None  # "Ohio Gov. Jane Doe": the state's governor
            if s < m.start and m.end == e and text[m.start - 1 : m.start] == " ":
                return "last"  # "George Washington", "Tom Lincoln"
            return "name" if s <= m.start and m.end <= e else None
    return None


def _not_persons(ctx: DocContext, gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """Leave out names the article gives a person (the actors stage's people): a first name
    ("President Vladimir Putin"), a surname ("Transport Minister Dara Ross", then "Ross"),
    a person named by one word. All mentions of such a name go, unless one of them follows a
    locative word ("in Ross"): the article then also means the place, wherever it is not
    part of the person's name. The name of a country, a state or a region goes only where it
    opens or ends a person's full name ("Jordan Smith", "George Washington"); elsewhere it stays a place
    (metonymy is the actors stage's)."""
    people = _people(ctx, gaz, text)
    if not people:
        return mentions
    surnames = frozenset(a.name.split()[-1] for a in ctx.actors if a.id in people)
    part = [_person_part(ctx, people, text, m, surnames) for m in mentions]
    kinds: dict[str, set[str]] = {}
    for m, k in zip(mentions, part, strict=True):
        if k is not None:
            kinds.setdefault(m.key, set()).add(k)
    if not kinds:
        return mentions
    drop = set()
    located = set()  # names kept where they are not part of the person's name
    for m in mentions:
        if m.key not in kinds:
            continue
        feats = {e.feature for e in m.candidates}
        if feats & {"country", "admin1", "region", "continent", "water"}:
            if kinds[m.key] & {"first", "last"}:  # "Jordan Smith" is a person, "Jordan said" the country
                drop.add(m.key)
                located.add(m.key)
            continue
        drop.add(m.key)
    at = {
        m.start
        for m in mentions
        if m.key in drop
        and (LOCATIVE_BEFORE.search(text, max(0, m.start - 8), m.start) or _cued_mention(ctx.doc, gaz, m))
    }
    located |= {m.key for m in mentions if m.start in at}
    return [
        m
        for m, k in zip(mentions, part, strict=True)
        if m.key not in drop or m.start in at or (m.key in located and k is None)
    ]


def _cued_mention(doc: Doc, gaz: Gazetteer, m: Mention) -> bool:
    """:func:`_town_cued` for a mention."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and _town_cued(doc, gaz, span.end, m.text)


def _not_given_names(ctx: DocContext, text: str, mentions: list[Mention]) -> list[Mention]:
    """A common given name that matches a town only by another of the town's names ("Julia",
    once a name of Plovdiv) is a person the model took for a place, unless the text puts
    something "in" it or qualifies it ("Julia, Bulgaria")."""
    given = ctx.resources.anaphora.given_names
    names = set().union(*given.values()) if given else set()
    if not names:
        return mentions
    keep = []
    for m in mentions:
        if (
            " " not in m.text
            and m.key in names
            and not m.qualifier
            and not any(_named(e, m.key) for e in m.candidates)
            and not LOCATIVE_BEFORE.search(text, max(0, m.start - 8), m.start)
        ):
            continue
        keep.append(m)
    return keep


def _abbreviated_counties(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """ "Sevier Co." is Sevier County, which the model reads as a firm: a county the gazetteer
    knows, as a weak mention, when a locative word comes before it or a county body, a
    resident or a state's name after it ("in Sevier Co.", "the Sevier Co. sheriff", "a Sevier
    Co. man", "Sevier Co., Tenn."),
    so "Harlan Co. of Denver" stays a firm."""
    added: list[Mention] = []
    for k in range(1, len(doc) - 1):
        if doc[k].text != "Co." or not (doc[k - 1].is_title and doc[k - 1].is_alpha):
            continue
        i = k - 1
        if i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
            i -= 1  # "Black Hawk Co."
        nxt = doc[k + 1]
        cued = (
            (i > 0 and doc[i - 1].lower_ in LOCATIVE)
            or normalize(nxt.text) in gaz.institution_words
            or nxt.lower_ in COUNTY_BODY_WORDS
            or any(tuple(t.lower_ for t in doc[k + 1 : k + 1 + len(c)]) == c for c in gaz.town_cues)
            or (nxt.text == "," and k + 2 < len(doc) and bool(gaz.qualifier(doc[k + 2].text)))
        )
        name = f"{doc[i:k].text} County"
        cands = [e for e in gaz.lookup(name) if e.feature == "admin2" and _named(e, normalize(name))]
        if cued and cands:
            start, end = doc[i].idx, doc[k].idx + len(doc[k])
            added.append(Mention(start, end, doc[i : k + 1].text, normalize(name), cands, weak=True))
    if not added:
        return mentions
    # the county replaces its bare name found on its own ("Sevier" of "Sevier Co.")
    kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]
    kept = [m for m in kept if not any(a.start < m.end and m.start < a.end for a in added)] + added
    return sorted(kept, key=lambda m: m.start)


COUNTY_FIRST = ("County", "Co.", "Co")  # "County Mayo", "Co. Clare", "Co Antrim"


def _counties_named_first(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """ "County Mayo", "Co. Clare": a county whose name the gazetteer has with "County" first
    (Irish and British usage), which the model often splits or reads as a person ("Co. Clare"
    as Clare). The whole name replaces what was found inside or across it ("Derry" of "Co.
    Derry" is the county, not the city)."""
    added: list[Mention] = []
    for k in range(len(doc) - 1):
        if doc[k].text not in COUNTY_FIRST or (added and doc[k].idx < added[-1].end):
            continue
        for n in (2, 1):  # "County Westmeath", or a two-word name first
            words = doc[k + 1 : k + 1 + n]
            if len(words) < n or not all(t.is_title and t.is_alpha for t in words):
                continue
            name = f"County {words.text}"
            cands = [e for e in gaz.lookup(name) if e.feature == "admin2" and e.name.startswith("County ")]
            if cands:
                start, end = doc[k].idx, words.end_char
                added.append(Mention(start, end, doc[k : k + 1 + n].text, normalize(name), cands))
                break
    if not added:
        return mentions
    added = [a for a in added if not any(m.start <= a.start and a.end <= m.end for m in mentions)]
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


def _split_abbreviations(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """ "Sault Ste. Marie", "Ste. Genevieve": a town whose name holds an abbreviation the
    tokenizer split off its period ("Ste", "."), which the model then reads in pieces ("Sault
    Ste" a place, "Marie" a person). The whole name is the mention when the gazetteer has a
    town of 1,000 people or a county by exactly that name; it replaces the pieces."""
    added: list[Mention] = []
    n = len(doc)
    for k in range(n - 2):
        t = doc[k]
        if (
            doc[k + 1].text != "."
            or t.whitespace_
            or not t.text[:1].isupper()
            or t.lower_ + "." not in gaz.name_prefixes
            or (added and t.idx < added[-1].end)
        ):
            continue
        found = _abbreviated_name(doc, gaz, k)
        if found:
            added.append(found)
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


def _abbreviated_name(doc: Doc, gaz: Gazetteer, k: int) -> Mention | None:
    """The longest town or county name around the split abbreviation at ``doc[k]``: a word
    before it ("Sault"), one or two after its period."""
    first = (k - 1, k) if k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha else (k,)
    for i in first:
        for j in (k + 4, k + 3):
            if j > len(doc) or not all(w.is_title and w.is_alpha for w in doc[k + 2 : j]):
                continue
            span = doc[i:j]
            key = normalize(span.text)
            cands = [
                e
                for e in gaz.lookup(span.text)
                if _named(e, key)
                and (e.feature == "admin2" or (e.feature == "city" and e.population >= 1000))
            ]
            if cands:
                return Mention(span.start_char, span.end_char, span.text, key, cands)
    return None


def _towns_read_as_firms(
    ents: tuple[Span, ...], gaz: Gazetteer, mentions: list[Mention], peoples: Counter[str]
) -> list[Mention]:
    """ "Beni Suef" read as a firm: a name of two or three capitalised words that is, as a
    whole, a town of ``ORG_TOWN_POP`` people in a country the article names (or whose people
    it names) is that town, not a namesake of its first word elsewhere ("Beni" in Congo)."""
    countries = {
        e.country for m in mentions for e in m.candidates if e.feature == "country" and _named(e, m.key)
    }
    countries |= set(peoples)
    added: list[Mention] = []
    for ent in ents if countries else ():
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
            continue
        cands = [
            e
            for e in gaz.lookup(ent.text)
            if e.feature == "city" and e.country in countries and e.population >= ORG_TOWN_POP
        ]
        if cands and not any(m.start == ent.start_char and m.end == ent.end_char for m in mentions):
            added.append(Mention(ent.start_char, ent.end_char, ent.text, normalize(ent.text), cands))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


def extract_places(ctx: DocContext) -> Iterator[Place]:
    """Yield one :class:`Place` per toponym mention, resolved against the gazetteer."""
    gaz: Gazetteer = ctx.resources.gazetteer
    text = ctx.text  # cached on the context: Doc.text joins every token
    mentions = recognize(ctx.doc, gaz, text, ctx.ents, ctx.sentences, ctx.lowers)
    if ctx.actors:
        mentions = _not_persons(ctx, gaz, text, mentions)
    mentions = _not_given_names(ctx, text, mentions)
    mentions = _abbreviated_counties(ctx.doc, gaz, mentions)
    mentions = _counties_named_first(ctx.doc, gaz, mentions)
    mentions = _split_abbreviations(ctx.doc, gaz, mentions)
    peoples = Counter(
        gaz.demonyms[k]
        for ent in ctx.ents
        if ent.label_ == "NORP" and (k := normalize(ent.text)) in gaz.demonyms
    )
    mentions = _towns_read_as_firms(ctx.ents, gaz, mentions, peoples)
    # a publisher's country-code domain ("lfpress.ca") says more about its local news than cues
    home = gaz.publisher_country(ctx.article.url)
    resolve(mentions, gaz, peoples, home or gaz.locale(text))
    n = 0
    for m in mentions:
        e = m.resolved
        if e is None:
            continue
        n += 1
        end, feature, name = m.end, e.feature, e.name
        after = text[m.end : m.end + 7].lower()
        if e.feature == "water" and after.startswith(" basin") and not after[6:].isalpha():
            end, feature, name = m.end + 6, "region", f"{e.name} basin"  # "the Caspian basin": its lands
        elif e.feature == "water" and m.text.lower().endswith(" basin"):
            feature, name = "region", f"{e.name} basin"  # the lexicon knows "Caspian basin" itself
        actor = ctx.actor_at(m.start, m.end)
        yield Place(
            id=f"P{n}",
            text=text[m.start : end],
            span=[m.start, end],
            name=name,
            country=e.country,
            lat=round(e.lat, 4),
            lon=round(e.lon, 4),
            geonameid=e.geonameid,
            feature=feature,  # type: ignore[arg-type]
            actor=actor.id if actor else None,
        )


def _clause_verb(tok: Token) -> Token:
    """The verb a token belongs to: itself if a verb, else the first verb up its heads."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def place_for_span(ctx: DocContext, start: int, end: int) -> str | None:
    """The place of the clause whose trigger is at ``[start, end)``, or ``None``.

    A place counts when it sits in the trigger's sentence as the object of a locative
    preposition (in, at, near, on, outside, inside, within) whose clause is the trigger's: the
    preposition hangs off the trigger itself, or climbing from the preposition through nouns and
    other prepositions reaches the trigger's verb first ("met with both ministers in
    Washington", "fighting in Karabakh"). Places in other clauses of the sentence do not count.
    The place nearest the trigger wins.
    """
    if not ctx.places:
        return None
    doc = ctx.doc
    trig = doc.char_span(start, end, alignment_mode="expand")
    if trig is None:
        return None
    sent = trig.sent
    trig_ids = {t.i for t in trig}
    verb = _clause_verb(trig.root)
    best: tuple[int, str] | None = None
    for p in ctx.places:
        s, e = p.span
        if s < sent.start_char or e > sent.end_char:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        for _ in range(3):  # "the city of Washington", "Washington and Paris"
            if tok.dep_ in ("compound", "appos", "conj", "pobj") and tok.head.lower_ not in CLAUSE_PREPS:
                if tok.head.i == tok.i:
                    break
                tok = tok.head
            else:
                break
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in CLAUSE_PREPS:
            continue
        if prep.head.i in trig_ids or _clause_verb(prep.head).i == verb.i:
            dist = abs(tok.i - trig.start)
            if best is None or dist < best[0]:
                best = (dist, p.id)
    return best[1] if best else None


__all__ = ["Mention", "extract_places", "place_for_span", "recognize", "resolve"]
