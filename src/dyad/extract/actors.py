"""Actors: people, organisations, countries and groups, with CAMEO-style codes and all mentions.

How a mention becomes an actor:

* **People** (PERSON entities) are matched against the lexicon's leaders and officials, whose
  roles carry date ranges: the role held on the publication date gives the code. Titles before
  the name ("US Secretary of State Michael Pompeo", "Armenia's Prime Minister ..."), and
  appositions ("X, a senior fellow at Carnegie Endowment") supply title, sector, country and
  affiliation for people the lexicon does not know. A bare surname links to the full name
  used elsewhere in the article.
* **Countries** (names, aliases) code as the ISO3 country; **capitals** used as metonyms
  ("Washington", "Moscow") code as the country's government.
* **Groups**: a country, demonym, capital or known leader modifying a group noun ("Azerbaijani
  troops", "the Trump administration", "Armenia's army") codes as country + sector.
* **Organisations** come from the lexicon (UN, OSCE, NATO, think tanks, armed groups, media).
* **Pronouns** ("he", "his") link to the most salient earlier person: the subject of the main
  clause of the nearest earlier sentence that names one.
* **Definite descriptions** ("the minister", "the militant group", "the kingdom", "the two
  leaders") link to the one compatible actor named shortly before: :mod:`.anaphora`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon, Org, Person
from ..lexicon.anaphora import Anaphora
from ..nlp import SURNAME_PARTICLES, edit_distance
from ..pipeline import DocContext
from ..records import Actor
from .anaphora import resolve_descriptions

SECTOR_LABELS = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "PTY": "party",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "SPY": "intelligence",
    "MED": "media",
    "EDU": "academia",
    "BUS": "business",
    "CRM": "criminals",
    "CVL": "civilians",
    "NGO": "NGOs",
    "IGO": "international bodies",
    "REL": "clergy",
    "ELI": "elites",
    "LAB": "labour",
    "REF": "refugees",
    "RAD": "radicals",
    "UAF": "armed men",
    "SET": "settlers",
    "AGR": "farmers",
    "HLH": "health workers",
    "ENV": "environmentalists",
}
# sectors whose members act inside their own country, so context may supply it
DOMESTIC_SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "SPY", "ELI"}
CONTEXT_SECTORS = DOMESTIC_SECTORS | {"CVL", "LAB", "CRM", "UAF", "RAD"}
# state bodies named by their kind ("the Supreme Court", "the Interior Ministry")
LOCAL_ORG_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# groups named by a bare plural ("rebels", "protesters") or "the government"
# (not troops: "forces" with no country are as often foreign as local, and they would take the
# place of the country an event is really about)
BARE_GROUP_SECTORS = {"GOV", "REB", "OPP", "COP", "CVL", "REF", "LAB", "CRM", "UAF", "SET", "RAD"}
GROUP_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent", "dative", "attr"}
# sectors whose nouns name a body when they head an organisation's name ("X University")
BODY_SECTORS = LOCAL_ORG_SECTORS | {"EDU", "HLH", "REL", "PTY", "BUS", "MED"}
PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
NOMINAL_HEADS = {
    "official",
    "minister",
    "president",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "ambassador",
    "envoy",
    "leader",
    "premier",
    "chancellor",
    "general",
    "commander",
}
SUBJ = {"nsubj", "nsubjpass"}
NAME_JUNK = "\"'?!*-–—“”‘’«» "
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mister"})
COURTESY_TITLES = HONORIFICS | {"miss", "mx", "madame", "monsieur", "herr", "frau"}
COUNTERPARTS = {"counterpart", "opposite", "host", "guest", "visitor"}
MAX_PRONOUN_SENTENCES = 4
SPECIFIC_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})


@dataclass
class _Draft:
    key: str
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    affiliation: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    local: bool = False  # an unnamed country's body ("the Supreme Court"): context may supply it


class _Builder:
    """Collects mentions into actors for one document."""

    def __init__(
        self,
        doc: Doc,
        lex: Lexicon,
        day: dt.date | None,
        town_country: Callable[[str], str | None] | None = None,
        major_place: Callable[[str], str | None] | None = None,
        text: str | None = None,
        genders: dict[str, frozenset[str]] | None = None,
        town_country_among: Callable[[str, set[str]], str | None] | None = None,
        ents: tuple[Span, ...] | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # spaCy rebuilds Doc.text on every access
        self.lex = lex
        self.day = day
        # the country of a town ("civilians in Ganja"), from the gazetteer; None without one
        self.town_country = town_country or (lambda name: None)
        # the same for provinces and big cities only ("Ohio" in "the Ohio Elections Commission")
        self.major_place = major_place or (lambda name: None)
        # the same, among the countries given, when the name's bearers are in several
        self.town_country_among = town_country_among or (lambda name, among: None)
        self.drafts: dict[str, _Draft] = {}
        self.covered: list[tuple[int, int]] = []
        # (token index, actor key, is-main-clause subject) for person mentions, in order
        self.person_marks: list[tuple[int, str, bool]] = []
        self.ents: tuple[Span, ...] = ()
        self.ent_at: dict[int, Span] = {}
        self.set_ents(doc.ents if ents is None else ents)  # spaCy rebuilds doc.ents on each read
        # tokens of country mentions that only qualify a person ("South African leader X")
        self.person_country_toks: set[int] = set()
        self._span_country: dict[tuple[int, int], tuple[str, bool] | None] = {}
        # (token index, draft key) of groups named by a bare noun ("protesters in Yerevan")
        self.group_toks: list[tuple[int, str]] = []
        # the name to look up for an entity, by its first token: an acronym defined in the
        # text ("Forces for Democracy (FDD)") stands for the name before it, not the lexicon's FDD
        self.lookup, self.acronym_spans = _acronyms(doc, self.ents, lex, self.text)
        self._party_words: int | None = None  # capitalised US party words, counted when asked
        self.genders = genders or {}  # "m"/"f" -> honorifics that mark it ("mrs": "f")
        self._countries: set[str] | None = None  # countries the article names, when asked
        self._plain_countries: set[str] | None = None  # the same, by country words only
        self.dominant: tuple[str | None] | None = None  # the article's main country, once asked

    def set_ents(self, ents: tuple[Span, ...]) -> None:
        """The entities this builder reads, with the token index that finds each."""
        self.ents = ents
        self.ent_at = {i: e for e in ents for i in range(e.start, e.end)}

    def countries_named(self) -> set[str]:
        """The countries the article names (by name, demonym or capital)."""
        if self._countries is None:
            found = set()
            for e in self.ents:
                if e.label_ in ("GPE", "NORP"):
                    res = self.country_of_span(e)
                    if res:
                        found.add(res[0])
            self._countries = found
        return self._countries

    def politics_country(self) -> str | None:
        """The country whose politics the article follows, for a bare "the Senate": the one
        country of its lawmakers, ruling officials and parties named so far, with capitalised
        "Republicans"/"Democrats"/"GOP" (not "Social Democrats") counting for the US; ``None``
        when no country clearly leads."""
        score: Counter[str] = Counter()
        for d in self.drafts.values():
            if not d.country or d.sector not in ("LEG", "GOV", "PTY"):
                continue
            if d.kind in ("person", "organization") or d.sector != "GOV":  # not "Moscow" as a state
                score[d.country] += len(d.mentions) * (2 if d.sector == "LEG" else 1)
        if self._party_words is None:
            words = self.lex.group_words["party_members"]
            doc = self.doc
            self._party_words = sum(
                1
                for t in doc
                if t.lower_ in words
                and t.text[:1].isupper()
                and not (t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].pos_ == "PROPN")
            )
        if self._party_words:
            score["USA"] += self._party_words
        ranked = score.most_common(2)
        if not ranked or ranked[0][1] <= 0 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    # -- drafts --------------------------------------------------------------------------
    def add(self, key: str, start: int, end: int, **info: str | None) -> _Draft:
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = _Draft(key=key, **info)  # type: ignore[arg-type]
        else:
            for k, v in info.items():
                if v and not getattr(d, k):
                    setattr(d, k, v)
        if (start, end) not in d.mentions:
            d.mentions.append((start, end))
        return d

    def group(self, iso3: str, sector: str | None, start: int, end: int) -> _Draft:
        c = self.lex.countries.get(iso3)
        cname = c.name if c else iso3
        if sector:
            name = f"{cname} {SECTOR_LABELS.get(sector, sector.lower())}"
            return self.add(
                f"group:{iso3}{sector}",
                start,
                end,
                name=name,
                kind="group",
                code=iso3 + sector,
                country=iso3,
                sector=sector,
            )
        return self.add(f"country:{iso3}", start, end, name=cname, kind="country", code=iso3, country=iso3)

    # -- entity classification -------------------------------------------------------------
    def country_of_span(self, span: Span) -> tuple[str, bool] | None:
        """(ISO3, is_capital) for a country name, alias, demonym or capital (asked once per span)."""
        key = (span.start, span.end)
        if key not in self._span_country:
            self._span_country[key] = self._country_of_span(span)
        return self._span_country[key]

    def _country_of_span(self, span: Span) -> tuple[str, bool] | None:
        text = _clean(self.text_of(span))
        iso = self.lex.country_of(text)
        if iso and span.start > 0 and span.label_ == "NORP":
            # a word the model left out of a demonym: "Latin American", "Inter-American",
            # "North Korean" (the whole is another country's, or no one country's)
            k = span.start - 1
            if self.doc[k].text == "-" and k > 0 and span.start_char == self.doc[k].idx + 1:
                k -= 1
            prev = self.doc[k]
            if prev.is_title and prev.lower_ in self.lex.group_words["demonym_prefixes"]:
                whole = self.lex.country_of(f"{prev.text} {text}")
                return (whole, False) if whole else None
        if iso:
            return iso, False
        iso = self.lex.capitals.get(text)
        if iso:
            other = self.qualified_town(span, text)
            return (other, False) if other and other != iso else (iso, True)
        iso = self.people_country(text) if span.label_ == "NORP" else None
        return (iso, False) if iso else None

    def people_country(self, name: str) -> str | None:
        """The state of a people that has no demonym of its own ("Igbo", "Kurds"): its one home
        state, or the one of its home states the article names by name, demonym or capital."""
        homes = self.lex.peoples.get(name, ())
        if len(homes) <= 1:
            return homes[0] if homes else None
        if self._plain_countries is None:
            found = set()
            for e in self.ents:
                if e.label_ in ("GPE", "NORP"):
                    t = _clean(self.text_of(e))
                    iso = self.lex.country_of(t) or self.lex.capitals.get(t)
                    one = self.lex.peoples.get(t, ())  # "Sinhalese" is Sri Lanka's
                    found.update([iso] if iso else one if len(one) == 1 else ())
            self._plain_countries = found
        among = [h for h in homes if h in self._plain_countries]
        if not among:  # "in Kandahar": a town of one of its home states
            towns = {_clean(self.text_of(e)) for e in self.ents if e.label_ == "GPE"}
            among = list(dict.fromkeys(c for t in towns if (c := self.town_country_among(t, set(homes)))))
        return among[0] if len(among) == 1 else None

    def qualified_town(self, span: Span, name: str) -> str | None:
        """The country the sentence gives a town that the gazetteer knows there: "Tripoli,
        Lebanon", "Tripoli in Lebanon", "Lebanon's Tripoli", or a demonym before a town noun
        ("the Lebanese port of Tripoli", "... in Tripoli, where the Lebanese city's mayor")."""
        found = [c for c in self._town_qualifiers(span) if c]
        for iso in found:
            if self.town_country_among(name, {iso}) == iso:
                return iso
        return None

    def _town_qualifiers(self, span: Span) -> Iterator[str | None]:
        doc, nouns = self.doc, self.lex.group_words["town_nouns"]
        after = doc[span.end : span.end + 2]
        if len(after) == 2 and after[0].text in (",", "in") and after[1].pos_ == "PROPN":
            yield self._country_word(after[1])
        if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
            yield self._country_word(doc[span.start - 2])
        for tok in span.sent:
            if tok.dep_ != "amod" or tok.head.lemma_.lower() not in nouns:
                continue
            others = [
                c
                for c in tok.head.children
                if (c.pos_ == "PROPN" and c.dep_ != "amod")
                or (c.dep_ == "prep" and not any(o.i == span.root.i for o in c.children))
            ]
            if not others:  # not "the Lebanese port of Sidon", another town's description
                yield self._country_word(tok)

    def _country_word(self, tok: Token) -> str | None:
        """The country a name or demonym stands for (not a capital: no town qualifies another)."""
        ent = self.ent_at.get(tok.i)
        return self.lex.country_of(_clean(self.text_of(ent)) if ent is not None else tok.text)

    def place_country(self, span: Span) -> str | None:
        """The country of a country name, a capital, or a town the gazetteer knows clearly."""
        res = self.country_of_span(span)
        if res:
            return res[0]
        if span.label_ not in ("GPE", "LOC", "FAC", "NORP"):
            return None
        name = _clean(self.text_of(span))
        return self.qualified_town(span, name) or self.town_country(name)

    def person_of(self, name: str) -> Person | None:
        return self.lex.person_named(name, self.day)

    def text_of(self, span: Span) -> str:
        """``span.text``, sliced from the document's text (a Span rebuilds it from its tokens)."""
        return self.text[span.start_char : span.end_char]

    def span_text(self, i: int, j: int) -> str:
        """``doc[i:j].text``, sliced from the document's text (a Span rebuilds it from its tokens)."""
        if j <= i:
            return ""
        doc = self.doc
        last = doc[j - 1]
        return self.text[doc[i].idx : last.idx + len(last.text)]


def _clean(text: str) -> str:
    text = text.strip()
    for suf in ("'s", "’s", "'", "’"):
        if text.endswith(suf):
            return text[: -len(suf)].strip()
    return text


def _main_subject(tok: Token) -> bool:
    """True when the token heads the subject of its sentence's main verb."""
    return tok.dep_ in SUBJ and tok.head.dep_ == "ROOT"


def _article_namesake(b: _Builder, word: str, person: Person) -> Person | None:
    """A bare surname means the person of that name the article has already named.

    "Sonia Gandhi ... Gandhi said": the lexicon's Gandhi for the date may be someone else;
    "Jim Carter, a farmer, ... Carter said": an unknown full name beats the lexicon's Carter
    (``None`` lets the surname link to it later).
    """
    named = [p for p in b.lex.people_named.get(word, ()) if f"person:{p.name}" in b.drafts]
    if len(named) == 1:
        return named[0]
    if not named and any(
        d.kind == "person"
        and " " in d.name
        and d.name.split()[-1] == word
        and d.key != f"person:{person.name}"
        for d in b.drafts.values()
    ):
        return None
    return person


# titles that say someone speaks or acts for the body named before them
BODY_TITLES = frozenset(
    {
        "Leader",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Official",
        "Commander",
        "Aide",
        "Press Secretary",
        "Director",
        "Chairman",
    }
)
# title words no company uses: "Commerce Secretary X" is no company's head
STATE_ONLY_TITLES = frozenset(
    {"minister", "secretary", "ambassador", "envoy", "senator", "governor", "consul"}
)


def _title_before(b: _Builder, ent: Span) -> tuple[str | None, str | None, bool, Org | None]:
    """A title right before a name, a country before the title, whether the title is an
    organisation's rather than a state's, and the known body before the title:
    ("Secretary of State", "USA", False, None); "Penn State President X" gives
    ("President", None, True, None); "Hamas spokesman X" gives the Hamas entry."""
    doc = ent.doc
    lo = max(ent.sent.start, ent.start - 6)
    title = None
    t_start = ent.start
    if ent.start > 0 and doc[ent.start - 1].is_punct and doc[ent.start - 1].text not in (".", "-"):
        return (
            None,
            None,
            False,
            None,
        )  # "a party's deputy chief, X": an apposition, not a title before the name
    for i in range(lo, ent.start):
        cand = b.span_text(i, ent.start).strip()
        if b.lex.title_of(cand):
            title, t_start = cand, i
            break
    if title is None:
        return None, None, False, None
    title, t_start = _office_before_rank(b, title, t_start, lo)
    if _generic_title(b, title) and not _honorific(b, title):
        # "the opposition activist X", "a rebel spokesman X": the body word before a title
        # that says nothing of a sector is part of the description, when it modifies the
        # title ("told the court Mr X": the court is no part of Mr X)
        while (
            t_start - 1 >= lo
            and _describing_sector(b, doc[t_start - 1]) is not None
            and t_start <= doc[t_start - 1].head.i <= ent.end - 1
        ):
            t_start -= 1
        title = b.span_text(t_start, ent.start).strip()
    j = t_start - 1
    while j >= lo and doc[j].text in {"'s", "’s", "'", "’"}:
        j -= 1
    country = None
    private = False
    body = None
    if not (j >= lo and j in b.ent_at):
        country = _country_past_modifiers(b, ent, t_start)  # "Kenya's embattled Vice-President X"
    if country is None:  # "FBI Director X", "Pentagon spokesman X": a state body inside the title
        for i in range(t_start, ent.start):
            inner = b.ent_at.get(i)
            org = b.lex.org_of(_clean(inner.text)) if inner is not None else None
            if org is not None and org.country and org.sector not in ("MED", "BUS", "EDU", "NGO"):
                country = org.country
                break
    if j >= lo and j in b.ent_at:
        before = b.ent_at[j]
        res = b.country_of_span(before)
        if res:
            country = res[0]
            b.person_country_toks.update(range(before.start, before.end))
        elif before.label_ == "PERSON" and (boss := b.person_of(_clean(before.text))) is not None:
            # "Trump spokesman X", "the Merkel aide X": the country of the person they serve
            role = boss.role_at(b.day)
            country = (role.country if role else None) or boss.country
        elif before.label_ in ("GPE", "LOC") and b.major_place(_clean(before.text)):
            # "Maryland Gov. X", "Punjab Chief Minister X": a province's office is its country's
            country = b.major_place(_clean(before.text))
        else:
            org = b.lex.org_of(_clean(before.text))
            if org is None and before.label_ == "ORG":
                org = _state_body(b, before, lo)  # "Peru's Defence Ministry spokesman X"
            country = org.country if org else None
            body = org
            # "Penn State President", "Microsoft President": an unknown company's or school's head
            private = (
                org is None and before.label_ == "ORG" and title.split()[-1].lower() not in STATE_ONLY_TITLES
            )
    return title, country, private, body


def _office_before_rank(b: _Builder, title: str, t_start: int, lo: int) -> tuple[str, int]:
    """A state office before a military rank is the title: "Finance Minister Gen. X" is a
    minister; after a body's spokesman or commander ("ministry spokesman Maj. Gen. X") the
    rank says more, and stays the title."""
    found = b.lex.title_of(title)
    if found is None or found.sector != "MIL":
        return title, t_start
    for i in range(lo, t_start):
        cand = b.span_text(i, t_start).strip()
        office = b.lex.title_of(cand) if cand else None
        if office is not None:
            if office.sector in (None, "MIL") or _generic_title(b, cand):
                break
            return cand, i
    return title, t_start


def _state_body(b: _Builder, ent: Span, lo: int) -> Org | None:
    """An unknown body whose head noun makes it a state's ("the Foreign Ministry", "Defence
    Ministry"), with the country a word inside or just before its name gives, for the title of
    a person who speaks or acts for it."""
    sector = b.lex.sector_nouns.get(ent.root.lemma_.lower())
    if sector not in LOCAL_ORG_SECTORS:
        return None
    iso = next((c for t in ent if (c := b.lex.country_of(t.text))), None)
    k = ent.start - 1
    while iso is None and k >= lo and b.doc[k].text in {"'s", "’s", "'", "’"}:
        k -= 1
    if iso is None and k >= lo:
        place = b.ent_at.get(k)
        res = b.country_of_span(place) if place is not None else None
        iso = res[0] if res else None
    name = _clean(b.text_of(ent))
    return Org(name=name, code=(iso or "") + sector, country=iso, sector=sector)


# sectors a word before a person's title gives the person: "opposition activist" is OPP
DESCRIBING_SECTORS = frozenset({"OPP", "REB", "MIL", "COP", "JUD", "PTY", "REL", "SPY", "LAB", "UAF", "RAD"})
ARTICLES = frozenset({"the", "a", "an"})


def _generic_title(b: _Builder, title: str) -> bool:
    """A title that names no sector of its own, or only civilians ("activist"), or speaks for
    whatever body it serves ("spokesman", "commander")."""
    t = b.lex.title_of(title)
    return t is not None and (t.sector in (None, "CVL") or t.title in BODY_TITLES)


def _honorific(b: _Builder, title: str) -> bool:
    """ "Mr", "Mrs.", "Dr": a courtesy title, which nothing before it describes."""
    t = b.lex.title_of(title)
    return t is not None and t.sector is None and t.title.lower().rstrip(".") in COURTESY_TITLES


def _describing_sector(b: _Builder, tok: Token) -> str | None:
    """The sector a plain word before a title names ("opposition", "rebel"), if any."""
    if tok.i in b.ent_at or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    if not tok.is_lower and not (
        tok.is_title and (tok.is_sent_start or tok.doc[tok.i - 1].lower_ in ARTICLES)
    ):
        return None  # "Police spokesman X" opening a sentence, but no capitalised name's word
    found = b.lex.sector_nouns.get(tok.lemma_.lower()) or b.lex.sector_nouns.get(tok.lower_)
    return found if found in DESCRIBING_SECTORS else None


def _described_sector(b: _Builder, title: str | None) -> str | None:
    """The sector of a description made of a generic title and body words before it:
    "opposition activist" is OPP, "militant preacher" REB."""
    if not title or " " not in title:
        return None
    words = title.split()
    if b.lex.title_of(title) is not None and not _generic_title(b, title):
        return None
    # the generic title can span two words: "police press officer", "army press secretary"
    k = next((k for k in range(1, len(words)) if _generic_title(b, " ".join(words[k:]))), None)
    if k is None:
        return None
    for w in words[:k]:
        found = b.lex.sector_nouns.get(w.lower())
        if found in DESCRIBING_SECTORS:
            return found
    return None


def _country_past_modifiers(b: _Builder, ent: Span, t_start: int) -> str | None:
    """The country before a title and a few words that describe it: "the Netherlands'
    anti-Islam party leader", "Kenya's embattled Vice-President" (a possessive is required)."""
    doc = ent.doc
    lo = max(ent.sent.start, t_start - 6)
    k = t_start - 1
    while k >= lo and k not in b.ent_at and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN") or doc[k].text == "-"):
        k -= 1
    if k < lo or k == t_start - 1 or doc[k].text not in {"'s", "’s", "'", "’"}:
        return None
    k -= 1
    place = b.ent_at.get(k) if k >= lo else None
    res = b.country_of_span(place) if place is not None else None
    if res is None or res[1]:
        return None
    b.person_country_toks.update(range(place.start, place.end))
    return res[0]


def _ents_within(ents: tuple[Span, ...], start: int, end: int) -> list[Span]:
    """``Span.ents`` of the span ``[start, end)`` taken from the document's ``ents``, which
    spaCy would rebuild on every call."""
    out = []
    for e in ents:
        if e.start >= start:
            if e.end > end:
                break
            out.append(e)
    return out


def _appositive(b: _Builder, ent: Span) -> tuple[str | None, str | None, str | None, str | None]:
    """(title, sector, country, affiliation) from "Name, a senior fellow at Org, ..."."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None, None, None, None
    first = ent.end + 1
    if first + 1 < len(doc) and doc[first].like_num and doc[first + 1].text == ",":
        first += 2  # "Ivan Sokolov, 58, the Russian envoy": past the age
    end = min(ent.sent.end, first + 18)
    toks = []
    stop = None
    for t in doc[first:end]:
        verb = t.pos_ == "VERB" and t.dep_ not in ("amod", "compound") and doc[t.i - 1].text != "-"
        if t.text in {",", ";", "—", "–", "(", ")"} or t.lemma_ in {"say", "tell", "add"} or verb:
            stop = t
            break
        toks.append(t)
    if not toks:
        return None, None, None, None
    if (
        stop is not None
        and stop.lemma_ in REPORTING_LEMMAS
        and (ent.root.dep_ not in SUBJ or any(t.dep_ in SUBJ and t.head.i == stop.i for t in toks))
    ):
        return None, None, None, None  # "at X, an army spokesman reported": the subject of a new clause
    title = sector = country = affiliation = None
    words = [t.text for t in toks]
    low = [w.lower() for w in words]
    for n in (3, 2, 1):
        for k in range(len(low) - n + 1):
            if "-" in (low[k], low[k + n - 1]):
                continue  # "- president" is a piece of "vice-president"
            t = b.lex.title_of(" ".join(low[k : k + n]))
            if t and title is None:
                title = doc[toks[k].i : toks[k + n - 1].i + 1].text
                sector = t.sector
                # "the firm's senior vice-president": a company's officer, not a state's
                for m in toks[:k]:
                    own = b.lex.sector_nouns.get(m.lemma_.lower())
                    if own in ("BUS", "MED", "EDU", "NGO", "HLH", "REL") and sector in ("GOV", "LEG"):
                        sector = own
        if title:
            break
    span = doc[toks[0].i : toks[-1].i + 1]
    for t in toks:  # "a spokeswoman for the Swedish army": the group's sector wins
        noun_sector = b.lex.sector_nouns.get(t.lemma_.lower())
        former = any(c.lower_ in ("former", "ex", "ex-", "then") for c in t.children)
        if noun_sector and not former and any(c.i in b.ent_at for c in t.children):
            sector = noun_sector  # ... but "former US ambassador" is a past office, not the sector
    for e in _ents_within(b.ents, span.start, span.end):  # span.ents, without rebuilding doc.ents
        org = None if _cut_name(e) else b.lex.org_of(_clean(e.text))
        if org:
            affiliation = affiliation or org.name
            country = country or org.country
            generic = (
                title is not None and (tt := b.lex.title_of(title)) is not None and tt.title in BODY_TITLES
            )
            if org.sector == "IGO" and e.root.head.lemma_.lower() in b.lex.group_words["igo_agent_nouns"]:
                sector = "IGO"  # "X, the UN envoy for Yemen": the body's agent, not a state's
            elif (sector is None or generic) and org.sector and org.sector not in {"IGO", "NGO"}:
                sector = org.sector  # "X, the PKK's leader": the body's sector
            elif (
                sector in STATE_SECTORS_OF_TITLES
                and org.sector in NON_STATE_SECTORS
                and not _state_only(b, title, known_body=True)
            ):
                sector = org.sector  # "X, president of a rights group": the group's, not a state's
            continue
        res = b.country_of_span(e)
        if res and (_topic(e) or _posting(b, e)):
            continue  # "an expert on China", "a film about Iran", "the envoy to Peru": what the
            # person deals with or is sent to
        if res and country is None:
            country = res[0]
            b.person_country_toks.update(range(e.start, e.end))
        elif e.label_ == "ORG" and affiliation is None:
            affiliation = _clean(e.text)
            if country is None and (of_place := _org_of_country(b, e)):
                country = of_place  # "economist of the Bank of Uganda": the body's country
            if title is not None and not _state_only(b, title):
                # "X, president of the Acme Institute": an unknown body is a state's only when
                # its own nouns say so ("the Interior Ministry", "the Senate Budget Committee")
                nouns = [b.lex.sector_nouns.get(t.lemma_.lower()) for t in e]
                state = next((n for n in nouns if n in LOCAL_ORG_SECTORS), None)
                own = b.lex.sector_nouns.get(e.root.lemma_.lower())
                if state is not None:
                    sector = state if sector in (None, "BUS") else sector
                elif sector in STATE_SECTORS_OF_TITLES and not any(b.lex.country_of(t.text) for t in e):
                    sector = own if own in NON_STATE_SECTORS else None
    if title is None and affiliation is None and not (sector and country):
        return None, None, None, None  # "a seat on Chad's presidential council" has both
    return title, sector, country, affiliation


# prepositions whose object is what something is about, not whose it is
TOPIC_PREPS = frozenset({"about", "on", "regarding", "concerning", "against"})


def _topic(e: Span) -> bool:
    """A place that is the topic of a noun in an apposition ("a book on Peru", "an expert on China")."""
    root = e.root  # (not "an expert on Turkish policy at ...", who is likely of that country)
    return root.dep_ == "pobj" and root.head.lower_ in TOPIC_PREPS and root.head.head.pos_ == "NOUN"


# verbs of saying that open a clause of their own after a name ("in X, the ministry said")
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "report", "announce", "state", "note"})
# sectors an apposition gives that tell where a person came from, not whose office they hold
ORIGIN_SECTORS = frozenset({"REF"})
# the sectors a title may give that a non-state body's officer does not hold
STATE_SECTORS_OF_TITLES = frozenset({"GOV", "LEG", "MIL"})
NON_STATE_SECTORS = frozenset({"IGO", "NGO", "BUS", "MED", "EDU", "HLH", "REL", "LAB"})
AGENCY_VOICE_TITLES = frozenset({"Spokesman", "Spokeswoman", "Spokesperson", "Official"})


def _state_only(b: _Builder, title: str | None, known_body: bool = False) -> bool:
    """A title only a state gives ("minister", "ambassador"), whatever body is named with it, or,
    unless the body is a known one, a title that speaks for so many state agencies ("a
    spokesman for the XYZ") that an unknown body is not read as a private one."""
    t = b.lex.title_of(title) if title else None
    return t is not None and (
        bool(set(t.title.lower().split()) & STATE_ONLY_TITLES)
        or (not known_body and t.title in AGENCY_VOICE_TITLES)
    )


def _title_head(b: _Builder, ent: Span) -> tuple[str | None, str | None, str | None]:
    """(title, sector, country) of a title noun the name is in apposition to: "the Russian
    envoy to Peru, Ivan Sokolov" (the country before the title, not the posting). The title may
    be several words ("vice secretary-general of some party, X"); a title of no state's office, or
    one that speaks for any body, takes the sector and country of the body after it ("secretary
    general of France's National Front party": the party's)."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or head.pos_ != "NOUN":
        return None, None, None
    doc = b.doc
    if (
        b.lex.title_of(head.text) is None
        and head.dep_ == "pobj"
        and head.head.lower_ in ("of", "at", "for")
        and head.head.head.pos_ == "NOUN"
        and head.head.head.i < head.i
    ):
        head = head.head.head  # "the secretary general of X's party, Y": the parser hung Y on "party"
    text, t = head.text, None
    end = head.i + 1
    if end + 1 < ent.start and doc[end].text == "-":  # "secretary-general": the parser's head is the first
        end += 2
    for k in (3, 2, 1, 0):  # "secretary - general", "consul general": the longest title
        if head.i - k < head.sent.start:
            continue
        cand = b.span_text(head.i - k, end)
        t = b.lex.title_of(cand)
        if t is not None:
            text = cand
            break
    if t is None or t.sector is None:
        return None, None, None
    sector = t.sector
    country = _country_before(b, head) or _boss_country(b, head)
    if sector in ("IGO", "CVL") or t.title in BODY_TITLES:
        body_sector, body_country = _body_after(b, head)
        if body_sector is None and end > head.i + 1:
            body_sector, body_country = _body_after(b, doc[end - 1])
        if body_sector is not None:
            sector, country = body_sector, country or body_country
        elif t.title in BODY_TITLES:  # "a police spokesman, X": the body word before the title
            first = head.i - len(text.split()) + 1
            described = next(
                (s for c in head.children if c.i < first and (s := _describing_sector(b, c)) is not None),
                None,
            )
            sector = described or sector
    return text, sector, country


def _boss_country(b: _Builder, head: Token) -> str | None:
    """The country of the known person whose title noun this is: "the president's lawyer, X",
    "Merkel's spokesman, X" serve that person's state, whatever the sentence names besides."""
    for c in head.children:
        ent = b.ent_at.get(c.i) if c.dep_ == "poss" else None
        if ent is None or ent.label_ != "PERSON":
            continue
        boss = b.person_of(_clean(b.text_of(ent)))
        if boss is None:
            words = _clean(b.text_of(ent)).split()
            boss = b.person_of(" ".join(words[1:])) if len(words) > 1 else None  # "President X"
        if boss is not None:
            role = boss.role_at(b.day)
            return (role.country if role else None) or boss.country
    return None


def _body_after(b: _Builder, head: Token) -> tuple[str | None, str | None]:
    """The sector and country of the body in "<title> of <body>": "of France's National Front
    party" is a party of France; a known organisation gives its own."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "at", "for"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = b.ent_at.get(obj.i)
            org = b.lex.org_of(_clean(named.text)) if named is not None and named.label_ == "ORG" else None
            if org is not None and org.sector:
                return org.sector, org.country
            sector = b.lex.sector_nouns.get(obj.lemma_.lower())
            if sector is None or sector == "CVL":
                continue
            return sector, _country_before(b, obj)
    return None, None


def _country_before(b: _Builder, tok: Token) -> str | None:
    """The country a place modifier before a noun names ("the Greek ambassador"), marking the
    place as part of a person's title; the last one, where several do."""
    country = None
    for c in tok.children:
        place = b.ent_at.get(c.i) if c.i < tok.i else None
        res = b.country_of_span(place) if place is not None else None
        if res and not res[1]:
            country = res[0]
            b.person_country_toks.update(range(place.start, place.end))
    return country


US_PARTY_TAGS = frozenset({"R", "D", "I"})


def _us_party_tag(ent: Span) -> bool:
    """ "Anna Fields, R-Ohio" or "Tim Holt (D-N.Y.)": the party-and-state tag of US politics."""
    doc = ent.doc
    k = ent.end
    return (
        k + 3 < len(doc)
        and doc[k].text in {",", "("}
        and doc[k + 1].text in US_PARTY_TAGS
        and doc[k + 2].text == "-"
        and doc[k + 3].text[:1].isupper()
    )


US_PARTY_WORDS = frozenset({"Republican", "Democrat"})


def _us_party_word(b: _Builder, ent: Span) -> bool:
    """ "Republican X", "Democrat X" in an article on US politics: a US party's member."""
    return ent.start > 0 and b.doc[ent.start - 1].text in US_PARTY_WORDS and b.politics_country() == "USA"


def _of_country(b: _Builder, ent: Span) -> str | None:
    """The country in "<name> of <country>" right after a person's name."""
    end = ent.end
    doc = ent.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != ent.root.i:
        return None
    obj = doc[end + 1]
    if obj.lower_ == "the" and end + 2 < len(doc):
        obj = doc[end + 2]
    country = b.ent_at.get(obj.i)
    if country is None or country.start != obj.i:
        return None
    res = b.country_of_span(country)
    return res[0] if res and not res[1] else None


# characters no person's name holds: an address, a link, a stray quote glued to the next word
NOT_IN_NAMES = frozenset('@/\\:;()"#|{}<>=+,“”!')  # not "?": a letter lost in conversion ("J?rg")
LOWER_NAME_STARTS = SURNAME_PARTICLES | {"al", "el", "ul", "bin", "abu", "ben", "la", "le", "du", "mc"}


def _org_of_country(b: _Builder, ent: Span) -> str | None:
    """The country that ends an unknown body's name: "the Bank of Uganda" -> UGA."""
    head, of, tail = _clean(b.text_of(ent)).rpartition(" of ")
    return b.lex.country_of(tail) if of and head else None


def _not_a_name(b: _Builder, name: str) -> bool:
    """What the model tagged as a person is no name: "Brexit", "info@example.org", "page12",
    'do,"he' (a quote lost in conversion), "ex-Yu" (a lower-case word that is no particle)."""
    if name.lower() in b.lex.group_words.get("not_names", ()):
        return True
    if any(c in NOT_IN_NAMES or c.isdigit() for c in name):
        return True
    first = name.split()[0]
    return first[:1].islower() and first.split("-")[0].lower() not in LOWER_NAME_STARTS


def _person(b: _Builder, ent: Span) -> None:
    # stray quotes and an editor's brackets around a name: '"?Speaker Ryan', "[Paul] Ryan"
    name = _clean(b.text_of(ent).replace("[", "").replace("]", "")).lstrip(NAME_JUNK).rstrip("-–—*")
    start_char, end_char = ent.start_char, ent.end_char
    garbled = _after_garble(b.text_of(ent))
    if garbled is not None:  # 'budget,"?Mulvaney': a quote and a dash lost in conversion
        name, shift = garbled
        start_char += shift
        end_char = start_char + len(name)
    if not name or not any(c.isalpha() for c in name) or _not_a_name(b, name):
        return
    if b.lex.title_of(name) is not None and " " not in name:  # "the Taoiseach": a title, no name
        holder = b.lex.sole_holder(name, b.day)
        if holder is None:
            return
        name = holder.name
    if any(c in name for c in '"?!;'):
        return  # 'here,"?she': quote marks in a garbled text, not a name
    first, _, rest = name.partition(" ")
    if rest[:1].isupper() and first.lower() in STOP_WORDS and first.lower() not in LOWER_NAME_STARTS:
        # '"?While Mulvaney described': a sentence's first word glued to the name
        start_char = ent.start_char + b.text_of(ent).index(rest)
        name = rest
    if name.isupper() and len(name) > 3 and b.person_of(name.title()) is None:
        return  # "JUDGE HALTS TRUMP": a headline in capitals, not a name
    nxt = b.doc[ent.end] if ent.end < len(b.doc) else None
    if nxt is not None and nxt.is_title and nxt.lower_ in b.lex.group_words["place_heads"]:
        return  # "Sadr City", "Mandela Bridge": a place named after a person
    # strip a title that the NER swallowed ("President Biden")
    words = name.split()
    ctx_title = None
    for k in range(min(4, len(words) - 1), 0, -1):
        if b.lex.title_of(" ".join(words[:k])):
            ctx_title = " ".join(words[:k])
            name = " ".join(words[k:])
            break
    # "King Abdullah of Jordan": the NER keeps the country inside the name
    head, of, tail = name.rpartition(" of ")
    of_country = b.lex.country_of(tail) if of and head else None
    if of_country:
        name = head
    elif name.endswith(" of"):  # "Crown Prince Mohammed of| Saudi Arabia": a cut-short span
        name = name[:-3]
    if of_country is None:  # "King Hassan of Morocco", the country outside the name
        of_country = _of_country(b, ent)
    person = b.person_of(name)
    if person is not None and " " not in name:
        person = _article_namesake(b, name, person)
    if person is None and " " in name:  # "Fayez Sarraj" for the lexicon's "Fayez al-Sarraj"
        person = _spelt_otherwise(b, name)
    key = f"person:{person.name}" if person else f"person:{name}"
    title, t_country, private, t_body = _title_before(b, ent)
    title = title or ctx_title
    if title is None:  # "Chile's Ambassador to Peru Jorge Soto"
        title, t_country = _posted_title(b, ent)
    if person is None and title and " " not in name:  # "Mrs May", "Prime Minister May"
        # "Princess Kate", "King Salman": a title and a given name the lexicon knows together
        person = b.person_of(f"{title} {name}") or _surname_holder(b, name, title)
        key = f"person:{person.name}" if person else key
    if title and (t := b.lex.title_of(title)) is not None and t.sector is None:
        title = None  # an honorific ("Mr.") says nothing about the role
    o_country, o_sector = (None, None) if title or t_country else _origin_before(b, ent)
    a_title, a_sector, a_country, affiliation = _appositive(b, ent)
    if a_title is None:  # "the Greek ambassador to Chile, Nikos Pappas": the name is the title's apposition
        h_title, h_sector, h_country = _title_head(b, ent)
        a_title, a_sector, a_country = h_title, a_sector or h_sector, a_country or h_country
    if _us_party_tag(ent):  # "Anna Fields, R-Ohio": a US politician
        a_country = a_country or "USA"
        a_sector = a_sector or "LEG"
    elif not title and _us_party_word(b, ent):  # "Republican Anna Fields": a US party's politician
        a_country = a_country or "USA"
        a_sector = a_sector or "PTY"
    info: dict[str, str | None] = {"name": person.name if person else name, "kind": "person"}
    sector = country = igo_code = None
    if person:
        role = person.role_at(b.day)
        country = (role.country if role else None) or person.country
        if role:
            sector = role.sector
            title = title or role.title
            if role.org:
                affiliation = affiliation or role.org
                if role.sector == "IGO":
                    # the head of an international body acts for it, not for their own country
                    igo_code = b.lex.org_code(role.org)
    title_sector = _described_sector(b, title)
    t = b.lex.title_of(title) if title and title_sector is None else None
    if private and not person and t is not None and t.sector in ("GOV", "LEG"):
        t = None  # a company's or a university's president holds no state office (a rank is no company's)
    if t is not None and t.title == "Leader" and not (t_country or t_body):
        t = None  # "the cult's leader X": only a country's or a known body's leader is coded
    if (
        not person
        and t is not None
        and t_body is not None
        and (
            t.title in BODY_TITLES
            or (t_body.sector in NON_STATE_SECTORS and not _state_only(b, title, known_body=True))
            # "UN special envoy X" is the UN's agent ("UN ambassador X" is a state's, to the UN)
            or (t_body.sector == "IGO" and title.split()[-1].lower() in b.lex.group_words["igo_agent_nouns"])
        )
    ):
        # "Hamas spokesman X", "NATO spokesman X": the body's own sector, or the body itself
        affiliation = affiliation or t_body.name
        if t_body.sector in ("IGO", "NGO") and t_body.code:
            igo_code = t_body.code
        elif t_body.sector:
            title_sector = t_body.sector
    if person and t and t.sector and b.day and not (role and role.active(b.day)):
        sector = t.sector  # "opposition leader X" out of office: the text's title, not a past role
    sector = sector or title_sector or (t.sector if t else None) or a_sector or o_sector
    if a_sector in ORIGIN_SECTORS and sector not in ORIGIN_SECTORS:
        # "Labour Minister X, once a refugee from Eritrea": the land they fled is no state they serve
        a_country = None
    country = country or t_country or of_country or o_country or a_country
    if sector is None and a_title and not (affiliation and not _state_only(b, a_title)):
        # (a body named in the apposition decided the sector there: "president of an institute")
        at = b.lex.title_of(a_title)
        sector = at.sector if at else None
    info.update(title=title or a_title, affiliation=affiliation, country=country, sector=sector)
    info["code"] = (country or "") + (sector or "") or None
    if igo_code is None and sector in ("IGO", "NGO") and affiliation and not person:
        # "X, a spokesman for UNHCR": the body's own code
        body = b.lex.org_of(affiliation)
        if body is not None and body.sector == sector and body.code and not body.country:
            igo_code = body.code
    if igo_code:
        info.update(code=igo_code, country=None)
    d = b.add(key, start_char, end_char, **info)
    b.person_marks.append((ent.root.i, d.key, _main_subject(ent.root)))


# participles after a demonym that make it where a person comes from ("the Iranian-born
# scientist"); any other ("American-made", "Russian-backed") names someone else's doing
ORIGIN_PARTICIPLES = frozenset({"born", "raised"})
MAX_ORIGIN_WORDS = 4


def _origin_before(b: _Builder, ent: Span) -> tuple[str | None, str | None]:
    """(country, sector) of a demonym before a plain noun that describes the person named next:
    "Russian filmmaker X" is Russia's, "the Iranian-born scientist X" Iran's, "Chilean union
    organiser X" Chile's labour. The sector is the noun's, or a describing word's before it;
    a capital ("a Moscow filmmaker") is where one lives, no country given."""
    doc = ent.doc
    k = ent.start - 1
    lo = max(ent.sent.start, ent.start - MAX_ORIGIN_WORDS - 1)
    if k < lo or k in b.ent_at:
        return None, None
    noun = doc[k]
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return None, None
    if not (ent.start <= noun.head.i < ent.end or (ent.root.dep_ == "appos" and ent.root.head.i == k)):
        return None, None  # the noun describes the name ("engineer Samir Haddad", either way parsed)
    j = k - 1
    while j >= lo and j not in b.ent_at and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
        j -= 1
    if j - 1 >= lo and doc[j].lower_ in ORIGIN_PARTICIPLES and doc[j - 1].text == "-":
        j -= 2
    place = b.ent_at.get(j) if j >= lo else None
    if place is None or place.end != j + 1 or place.label_ not in ("NORP", "GPE"):
        return None, None
    if doc[j + 1].text == "-" and doc[j + 2].lower_ not in ORIGIN_PARTICIPLES:
        return None, None  # "Russian-backed separatist X"
    res = b.country_of_span(place)
    if res is None or res[1]:
        return None, None
    sector = b.lex.sector_nouns.get(noun.lemma_.lower()) or next(
        (s for t in doc[j + 1 : k] if (s := _describing_sector(b, t)) is not None), None
    )
    b.person_country_toks.update(range(place.start, place.end))
    return res[0], sector or None


def _spelt_otherwise(b: _Builder, name: str) -> Person | None:
    """A full name the lexicon knows in another spelling: the surname is one of a person's
    one-word aliases and the given name is that person's, or a variant of it ("Fayez Sarraj"
    and "Fayez al-Sarraj", "Sergey Lavrov" and "Sergei Lavrov")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    person = b.person_of(words[-1])
    if person is None:
        return None
    first = person.name.split()[0].lower()
    given = words[0].lower()
    if first[:1] != given[:1] or edit_distance(first, given) > 2:
        return None
    return person


def _surname_holder(b: _Builder, word: str, title: str) -> Person | None:
    """The lexicon's person a surname stands for after a title or an honorific, when the lexicon
    has no alias for it ("May" is mostly the month): the one in office on the day whose office
    is that title ("Prime Minister May"), or, after an honorific, whose gender it fits and
    whose country the article names ("Mrs May" in a story about Britain). ``None`` when the
    article names someone else of that surname in full, or when several fit."""
    if any(d.kind == "person" and d.name.split()[-1] == word for d in b.drafts.values()):
        return None  # "Anna May ... Mrs May": the article's own, linked later
    t = b.lex.title_of(title)
    if t is None or b.day is None:
        return None
    found = []
    for p in b.lex.surnames.get(word, ()):
        role = p.role_at(b.day)
        if role is None or p.distance(b.day) != 0:
            continue
        if t.sector is not None:
            if b.lex.title_of(role.title) is t or role.title.lower().endswith(t.title.lower()):
                found.append(p)
        elif p.gender is not None and title.lower().rstrip(".") in b.genders.get(p.gender, ()):
            if p.country is not None and p.country in b.countries_named():
                found.append(p)
    return found[0] if len(found) == 1 else None


POSTING_PREPS = frozenset({"to", "in", "at"})


def _posted_name(b: _Builder, tok: Token) -> Span | None:
    """The name right after a title and its posting: "Ambassador to Peru| Jorge Soto"."""
    doc = b.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in POSTING_PREPS:
        return None
    place = b.ent_at.get(tok.i + 2)
    if place is None or place.start != tok.i + 2 or place.label_ not in {"GPE", "LOC", "ORG"}:
        return None
    name = b.ent_at.get(place.end)
    return name if name is not None and name.label_ == "PERSON" and name.start == place.end else None


def _posted_title(b: _Builder, ent: Span) -> tuple[str | None, str | None]:
    """ "Chile's Ambassador to Peru Jorge Soto": the title before a posting and the country
    before the title (the sending state, not the host)."""
    place = b.ent_at.get(ent.start - 1)
    if place is None or place.start < 2:
        return None, None
    title_tok = b.doc[place.start - 2]
    t = b.lex.title_of(title_tok.text)
    if t is None or t.sector is None or _posted_name(b, title_tok) is not ent:
        return None, None
    j = title_tok.i - 1
    if j > 0 and b.doc[j].lower_ in {"'s", "’s", "'", "’"}:
        j -= 1
    before = b.ent_at.get(j)
    res = b.country_of_span(before) if before is not None and before.end == j + 1 else None
    if res is None or res[1]:
        return None, None  # "the ambassador to Peru X": Peru is the host, whose context misleads
    b.person_country_toks.update(range(before.start, before.end))
    return title_tok.text, res[0]


def _group_noun(b: _Builder, tok: Token) -> bool:
    """A group noun with a country/leader modifier: "Azerbaijani troops", "the Biden administration",
    or a person noun with a demonym: "a Chilean fisherman" (that country's civilians)."""
    sector = _noun_sector(b, tok)
    person = sector is None and tok.lemma_.lower() in b.lex.group_words["civilian_people"]
    if person:
        sector = "CVL"
    if not sector or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    sector = _modifier_sector(b, tok, sector)
    if tok.i + 1 < len(b.doc) and b.doc[tok.i + 1].ent_type_ == "PERSON" or _posted_name(b, tok):
        return False  # a title before a name ("Armenia's Prime Minister Nikol Pashinyan")
    if _title_of_name(b, tok):
        return False  # "X, the US envoy to Peru,": the person's title, coded with the person
    for child in tok.children:
        if child.dep_ not in {"amod", "compound", "poss", "nmod"} or child.i > tok.i:
            continue
        if person and child.dep_ == "poss":
            continue  # "Ghana's founding father" is a title of honour, no civilian
        ent = b.ent_at.get(child.i)
        if ent is None or ent.start <= tok.i < ent.end:
            continue  # "Soviet Union": the noun is part of the name, no labour union
        if not person and _igo_members(b, tok, child, ent):
            return True
        iso = None
        res = b.country_of_span(ent)
        if res and res[1] and tok.lemma_.lower() == "state":
            # "Washington state": a province named like the capital, whose government is one
            # of that country but not the national one the capital stands for
            span = b.doc[ent.start : tok.i + 1]
            _add_org(b, span, b.text_of(span), "GOV", res[0])
            b.covered.append((span.start_char, span.end_char))
            return True
        if res:
            iso = res[0]
        elif ent.label_ in ("GPE", "LOC"):  # "the Texas legislature", "Darfur rebels"
            iso = _country_or_region(b, ent) or b.town_country(_clean(b.text_of(ent)))
        elif ent.label_ == "PERSON":
            p = b.person_of(_clean(b.text_of(ent)))
            if p and p.country:
                iso = p.country
                sector = (
                    "GOV" if tok.lemma_.lower() in {"administration", "government", "cabinet"} else sector
                )
        if iso:
            end = tok.idx + len(tok.text)
            start = min(ent.start_char, child.idx)
            b.group(iso, sector, start, end)
            b.covered.append((start, end))
            # "Azerbaijani and Armenian ministers": one group per coordinated modifier
            for conj in child.conjuncts:
                other = b.ent_at.get(conj.i)
                res = b.country_of_span(other) if other is not None else None
                if res:
                    b.group(res[0], sector, start, end)
            return True
    return not person and _group_of_country(b, tok, sector)  # "a man in Paris" may be a visitor


def _title_of_name(b: _Builder, tok: Token) -> bool:
    """A singular title noun in apposition with a person's name, either way round: "Ana Ruiz,
    the Chilean envoy", "the Chilean envoy, Ana Ruiz"."""
    if tok.tag_ != "NN" or b.lex.title_of(tok.lower_) is None:
        return False
    doc = b.doc
    if tok.dep_ == "appos" and doc[tok.head.i].ent_type_ == "PERSON" and tok.head.i < tok.i:
        return doc[tok.left_edge.i - 1].text == ","
    # "the envoy, Ana Ruiz": a comma between ("the ambassador texts Flynn" is no apposition)
    return any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > tok.i and doc[c.left_edge.i - 1].text == ","
        for c in tok.children
    )


def _igo_members(b: _Builder, tok: Token, child: Token, ent: Span) -> bool:
    """ "NATO foreign ministers", "EU leaders", "UN peacekeepers": members or staff of an
    international body act for it; one more mention of the body."""
    if ent.label_ != "ORG" or child.dep_ not in ("compound", "nmod") or tok.tag_ != "NNS" or _cut_name(ent):
        return False  # (a singular "UN envoy" is one person, whom the text may name)
    org = b.lex.org_of(b.lookup.get(ent.start) or _org_name(b.text_of(ent)))
    if org is None or org.sector != "IGO" or not org.code:
        return False
    start, end = ent.start_char, tok.idx + len(tok.text)
    _add_known_org(b, b.doc.char_span(start, end, alignment_mode="expand") or ent, org)
    b.covered.append((start, end))
    return True


# "police in Kenya" names Kenya's police; "troops in Syria" may be anyone's
IN_PLACE_SECTORS = frozenset({"GOV", "JUD", "COP", "LEG", "REB", "OPP", "CVL"})


def _group_noun_candidates(ctx: DocContext, lex: Lexicon, skip: set[int]) -> Iterator[int]:
    """Indices of the nouns that may name a sector or civilians, from one attribute array: no
    Token object for the other words, and strings read through the caches of :class:`DocContext`."""
    doc = ctx.doc
    if not len(doc):
        return
    strings = doc.vocab.strings
    lemmas: dict[int, str] = ctx.resources.memo("lemma_lower")  # as DocContext.lemmas
    lowers: dict[int, str] = ctx.resources.memo("lower")  # as DocContext.lowers
    arr = doc.to_array([POS, LEMMA, LOWER])
    nouns = ((arr[:, 0] == NOUN) | (arr[:, 0] == PROPN)).nonzero()[0].tolist()
    for i, lemma, low in zip(nouns, arr[nouns, 1].tolist(), arr[nouns, 2].tolist(), strict=True):
        if i in skip:
            continue
        if lemma not in lemmas:
            lemmas[lemma] = strings[lemma].lower()
        if low not in lowers:
            lowers[low] = strings[low]
        if _may_name_group(lex, lemmas[lemma], lowers[low]):
            yield i


def _may_name_group(lex: Lexicon, lemma: str, low: str) -> bool:
    """A cheap pre-check: only a noun that passes it can name a sector or civilians (see
    :func:`_noun_sector`), so the others need no Token object."""
    words = lex.title_tokens
    return (
        lemma in lex.sector_nouns
        or lemma in lex.sector_pair_heads
        or lemma == "general"
        or low in words
        or low[:-1] in words
        or lemma in lex.group_words["civilian_people"]
    )


def _noun_sector(b: _Builder, tok: Token) -> str | None:
    """The sector a noun names alone ("troops") or with the word before it ("terror group")."""
    lemma = tok.lemma_.lower()
    low, words = tok.lower_, b.lex.title_tokens
    if tok.i > 0 and (low in words or low[:-1] in words):  # "attorney general" is an office, not a general
        prev = tok.doc[tok.i - 1]
        title = b.lex.title_of(f"{prev.lower_} {tok.lower_}") if prev.head.i == tok.i else None
        if title is not None and title.sector:
            return title.sector
    if lemma == "general" and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.text == "-" and tok.i > 1:
            prev = tok.doc[tok.i - 2]
        if prev.pos_ in ("NOUN", "PROPN") and prev.lower_.rstrip(".") not in MILITARY_RANKS:
            # "consulate general", "director-general": the word after an office, not an officer
            return b.lex.sector_nouns.get(prev.lemma_.lower())
    found = b.lex.sector_nouns.get(lemma)
    if found is None and tok.i > 0 and lemma in b.lex.sector_pair_heads:
        prev = tok.doc[tok.i - 1]
        if prev.head.i == tok.i and prev.dep_ in ("compound", "amod"):
            found = b.lex.sector_nouns.get(f"{prev.lower_} {lemma}")
    return found


def _modifier_sector(b: _Builder, tok: Token, sector: str) -> str:
    """ "opposition leaders", "army officials": an office-holder noun takes the sector of the
    body that modifies it; "news agency", "aid agency": a two-word noun of its own sector."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i == tok.i - 1 and lemma != "ministry":
            pair = b.lex.sector_nouns.get(f"{c.lower_} {lemma}")
            if pair:
                return pair
    if sector != "GOV":
        return sector
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ not in RANK_MODIFIERS:
            s = b.lex.sector_nouns.get(c.lemma_.lower())
            if s and s not in ("GOV", "CVL"):  # "a civilian government" is still a government
                return s
    return sector


# ranks before "general" that make a general officer ("major general", "Lt. General")
MILITARY_RANKS = frozenset(
    {"major", "brigadier", "lieutenant", "colonel", "lt", "maj", "brig", "col", "lieut"}
)
# words of rank before an office: "deputy ambassador" is a diplomat, no parliament's deputy
RANK_MODIFIERS = frozenset({"deputy", "vice", "assistant", "associate", "acting", "junior", "senior"})


def _group_of_country(b: _Builder, tok: Token, sector: str) -> bool:
    """A group noun with its country after it: "a court in Guyana", "dissidents from Egypt"."""
    if sector == "IGO":
        return False  # a party's secretary general "of Spain's X party": no international body of Spain
    preps = list(tok.children)
    # "an armed group based in Chad": the place the group is based in
    preps += [p for c in tok.children if c.dep_ == "acl" and c.lemma_ == "base" for p in c.children]
    for prep in preps:
        word = prep.lower_
        if prep.dep_ != "prep" or word not in ("of", "from", "in"):
            continue
        based = prep.head.i != tok.i
        # "forces from Panama" may be withdrawing from it
        place_ok = word == "of" or sector in IN_PLACE_SECTORS or based
        if word == "in" and not based and tok.lemma_.lower() in b.lex.group_words["visiting_nouns"]:
            place_ok = False  # "ministers in Brussels", "envoys in Geneva": where they meet
        for obj in prep.children:
            ent = b.ent_at.get(obj.i) if obj.dep_ == "pobj" else None
            if ent is not None and not place_ok:
                continue
            if ent is None:
                if word in ("of", "from") and obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    iso = _member_country(b, obj)  # "nurses from Canadian charities"
                    if iso:
                        start, end = tok.idx, tok.idx + len(tok.text)
                        b.group(iso, sector, start, end)
                        b.covered.append((start, end))
                        return True
                continue
            res = b.country_of_span(ent)
            iso = res[0] if res else (b.place_country(ent) if word == "in" else None)
            if iso and _after_former(ent):
                iso = None  # "fighters from the former Soviet Union": from its lands
            if iso:
                start, end = tok.idx, tok.idx + len(tok.text)
                b.group(iso, sector, start, end)
                b.covered.append((start, end))
                return True
    return False


def _member_country(b: _Builder, noun: Token) -> str | None:
    """The country of a body a group belongs to, named by its modifier: "American aid groups",
    "the Afghan army" (not the country of a place)."""
    if b.lex.sector_nouns.get(noun.lemma_.lower()) is None and noun.lemma_.lower() not in GROUP_BODIES:
        return None
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "poss") and c.i < noun.i:
            place = b.ent_at.get(c.i)
            res = b.country_of_span(place) if place is not None else None
            if res and not res[1]:
                return res[0]
    return None


# nouns for bodies people belong to ("members of American aid groups")
GROUP_BODIES = frozenset(
    {"group", "organization", "organisation", "association", "unit", "team", "delegation"}
)


def _acting_subject(tok: Token) -> bool:
    """Whether a noun is the active subject of its clause ("thousands of people marched")."""
    return _subject_head(tok).dep_ == "nsubj"


def _subject_head(tok: Token) -> Token:
    """The noun a group word hangs from as a subject: "people" in "thousands of people" -> "thousands"."""
    while tok.dep_ in ("conj", "pobj") and tok.head is not tok:
        tok = tok.head if tok.dep_ == "conj" else tok.head.head
    return tok


def _clause_verb(tok: Token) -> Token:
    """The verb whose subject the group is."""
    return _subject_head(tok).head


def _counted(tok: Token, count_nouns: frozenset[str]) -> bool:
    """ "200 people", "thousands of people", "angry people": a group the text sizes or describes."""
    if any(c.dep_ in ("nummod", "amod") for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in count_nouns


def _bare_group(b: _Builder, tok: Token) -> bool:
    """ "Rebels attacked", "the protesters": a group with no country named next to it. It codes
    as its sector, and takes a country from context like an untitled official does."""
    lemma = tok.lemma_.lower()
    sector = _noun_sector(b, tok)
    if sector:
        sector = _modifier_sector(b, tok, sector)
    words = b.lex.group_words
    collective = lemma in words["collective"] and any(c.lower_ == "the" for c in tok.children)
    if (
        sector not in BARE_GROUP_SECTORS
        or lemma in words["too_vague"]
        or not (tok.tag_ == "NNS" or collective)
    ):
        return False
    if lemma == "people" and not (_counted(tok, words["count_nouns"]) and _acting_subject(tok)):
        return False  # "thousands of people marched" is a crowd; "people say" or "killed 23 people" no actor
    if lemma == "leader" and any(c.lemma_.lower() in words["not_state_leaders"] for c in tok.children):
        return False  # "spiritual leaders", "business leaders", "world leaders"
    if tok.ent_type_ or tok.dep_ not in GROUP_DEPS:
        return False
    if tok.i + 1 < len(b.doc) and b.doc[tok.i + 1].ent_type_ == "PERSON":
        return False
    if any(
        c.i < tok.i and c.ent_type_ not in ("", "NORP", "CARDINAL", "QUANTITY") or c.pos_ == "PROPN"
        for c in tok.children
    ):
        return False  # "Hamas fighters", "African Union envoys": someone else's members (not "20 protesters")
    if any(_names_other_body(b, c) for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
        return False  # "leaders of the X coalition", "activists from the Y party"
    if lemma in words["visiting_nouns"] and any(_many_countries(b, c) for c in tok.children):
        return False  # "European leaders", "foreign ministers", "Arab envoys": of many states
    start, end = tok.idx, tok.idx + len(tok.text)
    d = b.add(
        f"group:{sector}",
        start,
        end,
        name=SECTOR_LABELS.get(sector, sector.lower()),
        kind="group",
        code=sector,
        sector=sector,
    )
    d.local = True
    b.group_toks.append((tok.i, d.key))
    return True


def _multinational_force(b: _Builder, tok: Token) -> bool:
    """ "Peacekeepers", "a regional peacekeeping force", "the multinational troops": a force of
    several states with no one country or body named (those are groups of their own: "Kenyan
    peacekeepers", "UN peacekeepers"); codes as an international body."""
    if tok.dep_ not in GROUP_DEPS or tok.ent_type_ or _noun_sector(b, tok) != "MIL":
        return False
    words = b.lex.group_words["multinational_force_words"]
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(b.lex.sector_nouns.get(c.lemma_.lower(), "MIL") != "MIL" for c in mods):
        return False  # "the regional police force"
    if tok.lemma_.lower() not in words and not any(c.lower_ in words for c in mods):
        return False
    if any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_ not in ("", "CARDINAL") for c in mods):
        return False  # "its peacekeepers", "AMISOM troops": someone's own, found elsewhere or not at all
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "in") for c in tok.children):
        # "peacekeepers from Ghana", "a force of the regional bloc"; "a force in Liberia": whom
        # troops sent to it help is the country named
        return False
    start, end = tok.idx, tok.idx + len(tok.text)
    b.add("group:IGO", start, end, name="international force", kind="group", code="IGO", sector="IGO")
    b.covered.append((start, end))
    return True


def _many_countries(b: _Builder, mod: Token) -> bool:
    """A modifier that makes office-holders those of many states: "foreign" (ministers),
    "world" (leaders), a region's adjective ("European", "Arab"): ``many_countries`` in
    titles.json."""
    if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > mod.head.i:
        return False
    return mod.lower_ in b.lex.group_words["many_countries"]


def _foreign_body(b: _Builder, ent: Span) -> bool:
    """ "the Canadian House of Commons", "Chile's Senate": a state body's name the lexicon
    knows for one country, after another country's demonym or possessive, is that country's
    body of the same kind."""
    if ent.label_ not in {"ORG", "FAC", "GPE", "LOC"} or ent.start == 0 or _cut_name(ent):
        return False
    org = b.lex.org_of(b.lookup.get(ent.start) or _org_name(b.text_of(ent)))
    if org is None or not org.country or org.sector not in LOCAL_ORG_SECTORS:
        return False
    i = ent.start - 1
    if b.doc[i].lower_ in {"'s", "’s", "'", "’"} and i > 0:
        i -= 1
    mod = b.ent_at.get(i)
    if mod is None or mod.end != i + 1 or mod.label_ not in {"GPE", "NORP"}:
        return False
    res = b.country_of_span(mod)
    if res and res[0] == org.country:
        b.covered.append((mod.start_char, mod.end_char))  # "the American Congress": one actor
    if not res or res[1] or res[0] == org.country:
        return False
    b.group(res[0], org.sector, mod.start_char, ent.end_char)
    b.covered.append((mod.start_char, ent.end_char))
    return True


# a bare chamber's name in US politics: the lexicon's body of that name
US_CHAMBERS = {
    "house": "US House",
    "house of representatives": "US House",
    "senate": "US Senate",
    "congress": "US Congress",
}


def _chamber(b: _Builder, ent: Span, text: str) -> bool:
    """ "The House", "the Senate", "Congress" with no country named with them: the legislature
    of the country whose politics the article follows (``politics_country``), when that
    country's chamber goes by that name."""
    word = text.lower().removeprefix("the ").strip()
    if word not in b.lex.group_words["chambers"] or _cut_name(ent):
        return False
    iso = b.politics_country()
    named = b.lex.group_words.get(f"{word.split()[0]}_countries", frozenset())
    if iso is None or iso.lower() not in named:
        return False  # the Russian parliament is no "Congress": the lexicon's or no country
    org = b.lex.org_of(US_CHAMBERS[word]) if iso == "USA" and word in US_CHAMBERS else None
    if org is not None and org.country == "USA":
        _add_known_org(b, ent, org)
    else:
        b.group(iso, "LEG", ent.start_char, ent.end_char)
    return True


COMMITTEE_WORDS = frozenset({"committee", "subcommittee", "caucus", "panel"})


def _chamber_committee(b: _Builder, ent: Span, text: str) -> bool:
    """ "the House Intelligence Committee", "the Senate Budget Committee": a committee of a
    chamber named by its bare name is that legislature's, for the country whose politics the
    article follows (as for "the Senate" alone)."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in COMMITTEE_WORDS:
        return False
    chamber = words[0].lower()
    if chamber not in b.lex.group_words["chambers"]:
        return False
    iso = b.politics_country()
    if iso is None or iso.lower() not in b.lex.group_words.get(f"{chamber}_countries", frozenset()):
        return False
    _add_org(b, ent, _clean(b.text_of(ent)), "LEG", iso)
    return True


def _media_after_place(b: _Builder, ent: Span) -> bool:
    """ "The Irish Times", "the Jakarta Post" (the name list tags only the place): a news outlet
    of that place's country."""
    doc = b.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if end == ent.end or doc[end - 1].lower_ not in b.lex.group_words["media_name_heads"]:
        return False
    res = b.country_of_span(ent)
    iso = res[0] if res else b.place_country(ent)
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    span = doc[start:end]
    _add_org(b, span, b.text_of(span), "MED", iso)
    b.covered.append((span.start_char, span.end_char))
    return True


def _defined_otherwise(b: _Builder, ent: Span) -> bool:
    """ "Internet Relay Chat (IRC)": an acronym the text defines by the name before it stands for
    that name, not for an organisation that shares the letters."""
    text = b.text_of(ent)
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6) or ent.start < 2:
        return False
    if b.doc[ent.start - 1].text != "(":
        return False
    words = [t for t in b.doc[max(0, ent.start - 1 - len(text)) : ent.start - 1] if t.is_alpha]
    if len(words) < len(text) or "".join(w.text[0].upper() for w in words[-len(text) :]) != text:
        return False
    org = b.lex.org_of(" ".join(w.text for w in words[-len(text) :]))
    return org is None or org.name != (b.lex.org_of(text) or org).name


def _add_known_org(b: _Builder, ent: Span, org: Org) -> None:
    """An organisation the lexicon knows, with its code."""
    b.add(
        f"org:{org.name}",
        ent.start_char,
        ent.end_char,
        name=org.name,
        kind="organization",
        code=org.code or ((org.country or "") + (org.sector or "")) or None,
        country=org.country,
        sector=org.sector,
    )


_GARBLE = re.compile(r"[\"“”'’]\?")


def _after_garble(text: str) -> tuple[str, int] | None:
    """The capitalised name after a quote mark and a "?" glued into one token with the words
    before it ('them,"?Mulvaney'), and its offset in ``text``; ``None`` when there is none."""
    found = None
    for m in _GARBLE.finditer(text):
        found = m
    if found is None:
        return None
    words = []
    for w in text[found.end() :].split():
        if not (w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()):
            break
        words.append(w)
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]  # '"?While Mulvaney', '"?I said': not a name's part
    name = " ".join(words).rstrip(".-")
    if len(name) < 3:
        return None
    return name, text.index(words[0], found.end())


def _entity(b: _Builder, ent: Span) -> None:
    if _clean(b.text_of(ent)).lower().removeprefix("the ") in b.lex.group_words["platforms"]:
        return  # "posted on Twitter": where something was said, not who said it
    if ent.label_ == "PERSON":
        text = _org_name(b.text_of(ent))
        org = b.lex.org_of(text) if " " not in text and not b.person_of(text) else None
        if org is not None:  # a company the NER tagged as a person: the lexicon's organisation
            _add_known_org(b, ent, org)
        elif not _name_as_modifier(b, ent):
            _person(b, ent)
        return
    if any(s <= ent.start_char and ent.end_char <= e for s, e in b.covered):
        return
    garbled = _after_garble(b.text_of(ent))
    if garbled is not None:
        word = garbled[0]
        if b.person_of(word) is not None or any(
            d.kind == "person" and d.name.split()[-1] == word for d in b.drafts.values()
        ):
            _person(b, ent)  # 'them,"?Mulvaney' taken for an organisation
        return  # else no name at all: 'democracy,"?The' is a garbled quote
    if ent.label_ in {"GPE", "NORP"} and _media_after_place(b, ent):
        return
    if ent.label_ in {"GPE", "LOC"} and _particle_surname(b, ent):
        return
    text = b.lookup.get(ent.start) or _org_name(b.text_of(ent))
    if text.lower() in b.lex.group_words.get("not_names", ()):
        return  # "Brexit" tagged as an organisation
    if ent.label_ == "ORG" and (_chamber(b, ent, text) or _chamber_committee(b, ent, text)):
        return
    org = None if _cut_name(ent) or _defined_otherwise(b, ent) else b.lex.org_of(text)
    if org and ent.label_ in {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "LOC"}:
        _add_known_org(b, ent, org)
        return
    if _inside_title(b, ent):
        return
    if _titled_name(b, ent) or _named_surname(b, ent):  # "Vice-President Moody Awori", "Kislyak" as ORG
        _person(b, ent)
        return
    if ent.label_ in {"GPE", "ORG", "LOC"} and _former_state(b, text):
        return
    if ent.label_ in {"GPE", "NORP", "ORG"}:
        res = b.country_of_span(ent)
        if res and ent.start in b.person_country_toks:
            return  # "Russia's top diplomat X", "Kenyan Vice-President X": part of the person's title
        if res:
            iso, capital = res
            if not capital and _led_group(b, ent, iso):  # "the Saudi-led coalition"
                return
            if ent.label_ == "GPE" and _after_former(ent):
                return  # "the former Yugoslavia", "the former Soviet Union": lands, not a state acting
            if not capital and _community(b, ent, iso):  # "Bosnian Serbs", "Iraqi Kurds"
                return
            if capital and not _acts(ent.root):
                return  # "in Baku", "the Minsk talks": a place, not the government
            if capital and _given_name_before(b, ent):
                return  # "Denzel Washington": a surname, not the government
            if capital and ent.end < len(b.doc) and b.doc[ent.end].lower_ == "state":
                return  # "Washington state": a province of that name, not the capital's government
            seated = b.lex.seat_metonyms.get(_clean(b.text_of(ent))) if capital else None
            if seated is not None:  # "talks between London and Brussels": the EU, not Belgium
                _add_known_org(b, ent, seated)
                return
            if not capital and ent.start > 0 and b.doc[ent.start - 1].text == "Air":
                # "Air France", "Air India": the country's airline, a business
                start = b.doc[ent.start - 1].idx
                b.add(
                    f"org:Air {b.text_of(ent)}",
                    start,
                    ent.end_char,
                    name=f"Air {b.text_of(ent)}",
                    kind="organization",
                    code=iso + "BUS",
                    country=iso,
                    sector="BUS",
                )
                return
            home = None if capital else _residence(b, ent, iso)
            if home:  # "ethnic Uzbeks in Kyrgyzstan": a community of the country they live in
                b.group(home, "CVL", ent.start_char, ent.end_char)
                return
            b.group(iso, "GOV" if capital else None, ent.start_char, ent.end_char)
            return
    if ent.label_ == "ORG":
        iso = sector = None
        specific = None  # "the Lagos Police Department": the police, more than a department
        for t in ent:
            if iso is None:
                iso = b.lex.country_of(t.text)
            s = b.lex.sector_nouns.get(t.lemma_.lower())
            if t.i > ent.start:  # "Central Bank": a two-word noun of its own sector
                s = b.lex.sector_nouns.get(f"{t.doc[t.i - 1].lower_} {t.lemma_.lower()}") or s
            sector = s or sector
            if s in SPECIFIC_STATE_SECTORS:
                specific = s
        if sector == "GOV" and specific is not None:
            sector = specific
        if not iso and sector in LOCAL_ORG_SECTORS and _multinational(b, ent):
            _add_org(b, ent, text, "IGO")  # "the Andean Rail Agency" of several states, none of them
            return
        last = ent[-1]
        if last.is_title and last.lower_ in b.lex.group_words["media_name_heads"]:
            # "The Irish Times", "the Jakarta Post": a news outlet, of the country its name gives
            _add_org(b, ent, text, "MED", iso or _leading_place(b, ent))
            return
        if sector in LOCAL_ORG_SECTORS and not iso:  # "the Ohio Elections Commission": a state's body
            iso = _leading_place(b, ent) or _seat_after(b, ent) or _place_of(b, ent)
        if iso and sector:
            b.group(iso, sector, ent.start_char, ent.end_char)
            return
        home = _reporting_outlet(b, ent)
        if home is not None:  # "Radio Nine of Canada reported": a news outlet and its country
            iso, place = home
            _add_org(b, ent, text, "MED", iso)
            b.covered.append((place.start_char, place.end_char))
            return
        # a describing noun next to the name: "the rebel X", "rights group X", "X, a militant group"
        c_sector, c_iso = _classifier(b, ent)
        own = _org_country_around(b, ent)  # "the Socialist Party of Chile", "Peru's Popular Front"
        if c_sector:
            c_iso = c_iso or own
            if c_iso:
                _add_org(b, ent, text, c_sector, c_iso)
                return
            d = _add_org(b, ent, text, c_sector)
            d.local = c_sector in CONTEXT_SECTORS
            return
        if _legal_form(b, ent):  # "Nordwind Logistics GmbH": a business, of the country its name gives
            _add_org(b, ent, text, "BUS", iso)
            return
        # with no country, only the head noun names the kind of body ("Supreme Court", not "Marine Surveys Ltd")
        sector = b.lex.sector_nouns.get(ent.root.lemma_.lower())
        if sector not in BODY_SECTORS:
            sector = None  # "Liberty Union" is no trade union, "Citizens' Forum" no crowd
        named_at = _place_of(b, ent) if sector in PLACE_NAMED_SECTORS else None
        if sector is None or sector in OWN_COUNTRY_SECTORS:
            # "the Democratic Union of Ivory Coast": a country ending an unknown body's name
            named_at = named_at or own or _org_of_country(b, ent)
        d = _add_org(b, ent, text, sector, named_at)
        # "the Supreme Court": the country comes from context
        d.local = d.local or sector in LOCAL_ORG_SECTORS or sector == "PTY"  # parties are domestic too


def _seat_after(b: _Builder, ent: Span) -> str | None:
    """The country of a state body's seat named right after it: "the Foreign Ministry in
    Tehran", "the Interior Ministry of Chad"."""
    if ent.end + 1 >= len(b.doc) or b.doc[ent.end].lower_ not in ("in", "of"):
        return None
    place = b.ent_at.get(ent.end + 1)
    if place is None or place.start != ent.end + 1 or place.label_ != "GPE":
        return None
    res = b.country_of_span(place)
    return res[0] if res else None


# bodies whose "of <country>" or "<country>'s" is their own country, not one they deal with
OWN_COUNTRY_SECTORS = frozenset({"PTY", "OPP", "REB", "INS", "SEP", "LAB", "GOV", "MIL", "COP", "JUD", "LEG"})


def _org_country_around(b: _Builder, ent: Span) -> str | None:
    """The country named right after an organisation's name by "of" ("the Union of Forces of
    Chile") or before it by a possessive ("Chile's Union of Forces"); not a capital."""
    doc = b.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end].head.i == ent.root.i:
        k = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
        place = b.ent_at.get(k) if k < len(doc) else None
        if place is not None and place.start == k and place.label_ == "GPE":
            return b.lex.country_of(_clean(b.text_of(place)))
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in TOWN_PREPS:
        return None  # "in Japan's Sapporo": a town the model took for a body
    k = ent.start - 1 - (ent.start > 0 and doc[ent.start - 1].pos_ == "DET")
    if k >= 1 and doc[k].tag_ == "POS":
        place = b.ent_at.get(k - 1)
        if place is not None and place.label_ == "GPE":
            return b.lex.country_of(_clean(b.text_of(place)))
    return None


def _particle_surname(b: _Builder, ent: Span) -> bool:
    """A place name after a surname particle that ends a person's name the article gives:
    "Ana de Quito ... de Quito said" is her, not Ecuador's capital. The mention joins her."""
    k = ent.start - 1
    if k < 0 or b.doc[k].lower_ not in SURNAME_PARTICLES:
        return False
    tail = f" {b.doc[k].lower_} {_clean(b.text_of(ent)).lower()}"
    for d in b.drafts.values():
        if d.kind == "person" and f" {d.name.lower()}".endswith(tail):
            b.add(d.key, b.doc[k].idx, ent.end_char)
            return True
    return False


# state sectors a word inside a body's name gives more precisely than its head noun's GOV
SPECIFIC_STATE_SECTORS = frozenset({"COP", "MIL", "SPY", "JUD"})


def _multinational(b: _Builder, ent: Span) -> bool:
    """An unknown body's name says it belongs to several states ("the European Space Agency")."""
    words = b.lex.group_words["multinational_names"]
    return any(t.lower_ in words for t in ent)


# nouns that describe a person, not a body: "opposition leader X" is no organisation's kind
PERSON_CLASSIFIERS = frozenset(NOMINAL_HEADS) | {"spokesman", "spokeswoman", "chief", "head", "member"}


def _classifier(b: _Builder, ent: Span) -> tuple[str | None, str | None]:
    """(sector, country) from a noun describing an unknown organisation: "the rebel Front",
    "human rights group Civic Watch", "Civic Watch, a rights group", "the Kurdish rebel group, X"."""
    root = ent.root
    cands = [c for c in root.children if c.i < ent.start and c.dep_ in ("amod", "compound", "nmod")]
    k = ent.start - 1
    if k >= 0 and ent.doc[k].pos_ == "DET":
        k -= 1
    # "rights group the Legal Aid Centre", however the parser attached the noun before the name
    if (
        k >= 0
        and ent.doc[k].pos_ == "NOUN"
        and ent.doc[k] not in cands
        and ent.doc[k].head in (root, root.head)
    ):
        cands.append(ent.doc[k])
    if root.dep_ == "appos" and root.head.i < ent.start:
        cands.append(root.head)
    elif root.dep_ in ("compound", "nmod") and root.head.i >= ent.end and root.head.tag_ == "NN":
        cands.append(root.head)  # "the Umma party": the noun the name modifies
    cands += [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end and c.pos_ == "NOUN"]
    sector = iso = None
    for c in cands:
        lemma = c.lemma_.lower()
        if lemma in PERSON_CLASSIFIERS or c.ent_type_ and c.ent_type_ not in ("NORP", "GPE"):
            continue
        mods = [x for x in c.children if x.dep_ in ("compound", "amod", "nmod") and x.i < c.i]
        found = None
        for m in mods:  # "rights group", "aid agency": the pair first
            found = found or b.lex.sector_nouns.get(f"{m.lower_} {lemma}")
        found = found or b.lex.sector_nouns.get(lemma)
        for m in mods:
            found = found or b.lex.sector_nouns.get(m.lemma_.lower())
        owners = [x for x in c.children if x.dep_ == "poss" and x.i < c.i]  # "Peru's news agency X"
        for m in (c, *mods, *owners):
            place = b.ent_at.get(m.i)
            res = b.country_of_span(place) if place is not None else None
            if res and not res[1]:
                iso = iso or res[0]
        if found and found not in ("CVL",):
            sector = sector or found
    return (sector, iso) if sector else (None, None)


def _legal_form(b: _Builder, ent: Span) -> bool:
    """A name ending in a company's legal form ("Acme Holdings Inc.", "Nordwind GmbH"), also when
    the model left the form just outside the name."""
    suffixes = b.lex.group_words["company_suffixes"]
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if len(ent) > 1 and ent[-1].lower_ in suffixes and ent[-1].text[:1].isupper():
        return True
    return (
        after is not None and after.lower_ in suffixes and after.text[:1].isupper() and after.pos_ == "PROPN"
    )


def _cut_name(ent: Span) -> bool:
    """A name the model cut out of a longer one ("National | Congress for Timor ..."):
    the lexicon's body of that shorter name ("Congress") is not meant."""
    doc = ent.doc
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if not (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ in ("", "ORG")):
        return False
    # a longer name the lexicon's shorter one ends ("Social | Democratic Party"): only when the
    # capitalised word before it is parsed as part of the name
    return len(ent) == 1 or (prev.dep_ == "compound" and ent.start <= prev.head.i < ent.end)


def _org_name(text: str) -> str:
    """An organisation's name as the model cut it: "Party for Freedom (PVV" loses the open part."""
    text = _clean(text)
    if text.endswith("("):
        return text[:-1].strip()
    head, paren, tail = text.rpartition(" (")
    if paren and head and ")" not in tail:
        return head.strip()
    return text


def _acronyms(
    doc: Doc, all_ents: tuple[Span, ...], lex: Lexicon, text: str
) -> tuple[dict[int, str], dict[str, tuple[int, int]]]:
    """Acronyms a text defines, "Long Name (ACR)".

    Returns the name to look up by entity start, and the long name's character span by acronym.
    Both are looked up by the lexicon's name when it knows the long one, or knows the acronym for
    the same body; else by the long name, so that a text's own acronym is never read as another
    body the lexicon knows by those letters.
    """
    lookup: dict[int, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    ents = {e.start: e for e in all_ents}
    for ent in all_ents:
        if ent.label_ not in ("ORG", "NORP", "GPE", "FAC", "LOC", "PRODUCT"):
            continue
        long_name = _org_name(text[ent.start_char : ent.end_char])
        if doc[ent.end - 1].text == "(" and ent.end + 1 < len(doc) and doc[ent.end + 1].text == ")":
            short_tok = doc[ent.end]  # "Labor Organisation (| ILO )": the model cut at the bracket
        elif long_name != _clean(
            text[ent.start_char : ent.end_char]
        ):  # "Party for Freedom (PVV": cut inside the name
            short_tok = doc[ent.end - 1]
        elif ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            short_tok = doc[ent.end + 1]
        else:
            continue
        short = short_tok.text
        if not (short[:1].isupper() and sum(ch.isupper() for ch in short) >= 2 and short.isalpha()):
            continue
        words = [w for w in long_name.split() if w.lower() != "the"]
        if ent.label_ in ("GPE", "LOC") or len(words) < 2 or words[0][:1].upper() != short[:1].upper():
            continue  # "Tokyo (CNN)" is a dateline, not a definition
        short_ent = ents.get(short_tok.i)
        spans[short] = (ent.start_char, ent.end_char)
        if lex.org_of(long_name) is not None:
            if short_ent is not None:
                lookup[short_ent.start] = long_name
            continue
        org = lex.org_of(short)
        if org is not None and _same_body(org, long_name):
            lookup[ent.start] = short
        elif short_ent is not None:
            lookup[short_ent.start] = long_name
    return lookup, spans


def _acronym_mentions(b: _Builder) -> None:
    """Later uses of a defined acronym that the model did not mark ("FDD withdrew") are mentions
    of the body the text defined it for."""
    owners = {}
    for short, (lo, hi) in b.acronym_spans.items():
        owner = next((d for d in b.drafts.values() if (lo, hi) in d.mentions), None)
        if owner is not None:
            owners[short] = owner
    if not owners:
        return
    for tok in b.doc:
        owner = owners.get(tok.text)
        if owner is not None and tok.i not in b.ent_at:
            span = (tok.idx, tok.idx + len(tok.text))
            if span not in owner.mentions:
                owner.mentions.append(span)


def _same_body(org: Org, long_name: str) -> bool:
    """Whether a text's long name is plausibly the lexicon body ("International Labor Office"
    for the International Labour Organization): the same first word, and half the words alike."""
    stop = {"the", "of", "for", "and", "de", "in", "on", "to"}
    words = [w.casefold() for w in long_name.split() if w.casefold() not in stop]
    if not words:
        return False
    for name in (org.name, *org.aliases):
        other = [w.casefold() for w in name.split() if w.casefold() not in stop]
        if len(other) < 2 or other[0] != words[0]:
            continue
        stems = {w[:4] for w in other}
        if 2 * sum(w[:4] in stems for w in words) >= len(words):
            return True
    return False


def _leading_place(b: _Builder, ent: Span) -> str | None:
    """The country of a place an organisation's name starts with ("New Mexico State Police")."""
    toks = [t for t in ent if t.lower_ != "the"][:2]
    if not toks or toks[0].pos_ != "PROPN":
        return None
    for n in (2, 1):
        if len(toks) >= n and all(t.pos_ == "PROPN" for t in toks[:n]):
            name = " ".join(t.text for t in toks[:n])
            reg = b.lex.region_names.get(name)
            iso = reg.country if reg is not None and not reg.disputed else b.major_place(name)
            if iso:
                return iso
    return None


# bodies whose name's "of <place>" is where they are, so whose they are ("University of Ohio")
PLACE_NAMED_SECTORS = frozenset({"EDU", "JUD", "COP", "GOV", "LEG", "REL", "HLH"})


def _place_of(b: _Builder, ent: Span) -> str | None:
    """The country of the place an organisation's name ends with after "of": "the University
    of Queensland", "the High Court of London", "the Church of England"."""
    toks = list(ent)
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].lower_ == "of":
            tail = toks[k + 1 :]
            if not tail or len(tail) > 3 or not all(t.pos_ == "PROPN" for t in tail):
                return None
            name = " ".join(t.text for t in tail)
            reg = b.lex.region_names.get(name)
            iso = reg.country if reg is not None and not reg.disputed else b.major_place(name)
            return iso or b.lex.country_of(name)
    return None


def _name_as_modifier(b: _Builder, ent: Span) -> bool:
    """An unknown one-word "name" modifying a common noun, which the model took for a person:
    "the Hutu rebel group", "the Zulu community" name a people, not someone."""
    root = ent.root
    if len(ent) != 1 or root.dep_ not in ("compound", "amod") or root.head.pos_ != "NOUN":
        return False
    if root.head.i < root.i or b.person_of(_clean(b.text_of(ent))) is not None:
        return False
    word = _clean(b.text_of(ent))
    return not any(d.kind == "person" and d.name.split()[-1] == word for d in b.drafts.values())


def _named_surname(b: _Builder, ent: Span) -> bool:
    """A one-word name the model labelled as something else, which is the surname of a person
    the article has already named ("Sergey Kislyak ... Kislyak said")."""
    if len(ent) != 1 or ent.label_ not in {"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"}:
        return False
    word = _clean(b.text_of(ent))
    if not word[:1].isupper() or b.country_of_span(ent):
        return False
    if ent.label_ in ("GPE", "LOC") and (
        b.town_country(word) or b.town_country_among(word, b.countries_named())
    ):
        return False  # "Palmyra" is the town, whatever "Ancient Palmyra" was taken for
    return any(
        d.kind == "person" and " " in d.name and d.name.split()[-1] == word for d in b.drafts.values()
    ) or bool(_first_name_owners(b, word))


def _titled_name(b: _Builder, ent: Span) -> bool:
    """A short proper name right after a person's title, which the model labelled as something
    else ("Vice-President Moody Awori" as ORG): the title says it is a person."""
    if (
        ent.label_ not in {"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"}
        or not 1 < len(ent) <= 4
    ):
        return False
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in ent):
        return False
    if b.country_of_span(ent) or b.lex.sector_nouns.get(ent.root.lemma_.lower()):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start else ""
    if before not in b.lex.title_tokens and before.rstrip(".") not in HONORIFICS:
        return False
    for k in (1, 2, 3, 4):
        if ent.start - k < ent.sent.start:
            break
        t = b.lex.title_of(doc[ent.start - k : ent.start].text)
        if t is not None:
            return True
    return False


# what a country leads: "a US-led coalition" is a military force of that country
LED_BODIES = {"coalition": "MIL", "alliance": "MIL", "operation": "MIL", "offensive": "MIL", "mission": "MIL"}


SPONSORED = frozenset({"backed", "funded", "sponsored", "supported", "allied", "aligned", "based", "born"})


def _sponsor(ent: Span) -> bool:
    """ "Iranian-backed", "Moscow-based": a country describing someone else's group."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in SPONSORED


def _add_org(b: _Builder, ent: Span, text: str, sector: str | None, iso: str | None = None) -> _Draft:
    """An organisation mention with its sector and, when known, its country ("the National
    Guard" and "National Guard" are one body)."""
    key = text[4:] if text[:4] in ("the ", "The ") else text
    return b.add(
        f"org:{key}",
        ent.start_char,
        ent.end_char,
        name=text,
        kind="organization",
        code=(iso or "") + (sector or "") or None,
        country=iso,
        sector=sector,
    )


def _after_former(ent: Span) -> bool:
    """ "the former Yugoslavia": a state's name after "former"."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "former"


def _former_state(b: _Builder, text: str) -> bool:
    """ "the former Soviet Union" read as one name: the lands of a state gone, no actor."""
    low = text[4:] if text.lower().startswith("the ") else text
    return low.lower().startswith("former ") and b.lex.country_of(low[7:]) is not None


def _led_group(b: _Builder, ent: Span, iso: str) -> bool:
    """ "the Saudi-led coalition", "US-led forces": the country's force; "Iranian-backed
    rebels" are not Iran (the country is then no actor of its own)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-":
        return False
    verb = doc[ent.end + 1]
    if verb.lower_ in SPONSORED:
        return True
    if verb.lower_ != "led" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i <= verb.i:
        return False
    head = verb.head
    sector = b.lex.sector_nouns.get(head.lemma_.lower()) or LED_BODIES.get(head.lemma_.lower())
    if sector is None:
        return False
    start, end = ent.start_char, head.idx + len(head.text)
    b.group(iso, sector, start, end)
    b.covered.append((start, end))
    return True


def _community(b: _Builder, ent: Span, iso: str) -> bool:
    """ "Bosnian Serbs", "Kosovo Albanians", "Iraqi Kurds": a people named by the country they
    live in, then their own name, is a community of that country (CAMEO codes residence)."""
    doc = ent.doc
    nxt = b.ent_at.get(ent.end)
    if nxt is None or nxt.start != ent.end or nxt.label_ != "NORP":
        return False
    if not (nxt.root.tag_ in ("NNPS", "NNS") or nxt.root.text.endswith("s")):
        return False
    # the same country's demonym again is no community; a people without one ("Kurds") is
    if b.lex.country_of(_clean(b.text_of(nxt))) == iso:
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ == "ethnic":
        return False  # "ethnic Russian Estonians": the first word is the people, not the place
    b.group(iso, "CVL", ent.start_char, nxt.end_char)
    b.covered.append((ent.start_char, nxt.end_char))
    return True


def _residence(b: _Builder, ent: Span, iso: str) -> str | None:
    """The country a people named by a demonym lives in, when the text says it is another one.

    "the Greeks of southern Albania", "Serbs in Kosovo": the place after "of"/"in";
    "ethnic Uzbeks held a vigil in Kyrgyzstan": for an *ethnic* group, the one other country the
    sentence names. CAMEO codes such communities by their country of residence.
    """
    root = ent.root
    if ent.label_ != "NORP" or root.tag_ != "NNPS" and not root.text.endswith("s"):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for obj in prep.children:
                place = b.ent_at.get(obj.i)
                home = _country_or_region(b, place) if place is not None else None
                if home and home != iso:
                    return home
    ethnic = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "ethnic"
    if not ethnic:
        return None
    for other in root.sent.ents:
        if other.label_ in ("GPE", "NORP") and other.start != ent.start:
            res = b.country_of_span(other)
            if res and res[0] != iso:
                return res[0]
    return None


def _country_or_region(b: _Builder, place: Span) -> str | None:
    """The country of a country name, or of a region that is not disputed."""
    res = b.country_of_span(place)
    if res:
        return res[0]
    name = _clean(place.text)
    reg = b.lex.region_names.get(name[4:] if name.lower().startswith("the ") else name)
    return reg.country if reg is not None and not reg.disputed else None


ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "appos", "attr", "dative", "agent"}
ACTING_PREPS = {"with", "to", "against", "from", "by", "toward", "towards", "on", "between", "and"}


_COMPASS = frozenset({"north", "south", "east", "west", "central", "greater", "old", "new", "downtown"})


def _given_name_before(b: _Builder, ent: Span) -> bool:
    """Whether a capital's name follows a given name ("Denzel Washington"): a capitalised proper
    noun that names no country, capital, title or compass point."""
    if ent.start == 0:
        return False
    prev = b.doc[ent.start - 1]
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and prev.ent_type_ != "NORP"
        and not prev.is_sent_start
        and b.lex.country_of(prev.text) is None
        and prev.text not in b.lex.capitals
        and prev.lower_ not in _COMPASS
        and prev.lower_.rstrip(".") not in b.lex.title_words()
    )


def _acts(tok: Token) -> bool:
    """Whether a metonym ("Washington", "Moscow") is used as a participant rather than a place."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in ACTING_DEPS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ACTING_PREPS


def _inside_title(b: _Builder, ent: Span) -> bool:
    """ "State" in "Secretary of State" is part of a title, not an organisation."""
    doc = ent.doc
    words = b.lex.title_tokens
    if ent.start > 0 and doc[ent.start - 1].lower_ in words:
        for k in (1, 2, 3):
            if ent.start - k >= 0 and b.lex.title_of(b.span_text(ent.start - k, ent.end)):
                return True
    if ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in words:
        for k in (1, 2):  # "Commerce Secretary", "Health Minister": a portfolio
            if ent.end + k <= len(doc) and b.lex.title_of(
                b.span_text(ent.start, ent.end + k), portfolio=True
            ):
                return True
    return False


def _link_surnames(b: _Builder) -> None:
    """Merge one-word person actors into the full-name actor that ends with the same word."""
    full: dict[str, list[str]] = {}
    for key, d in b.drafts.items():
        if d.kind == "person" and " " in d.name:
            full.setdefault(d.name.split()[-1], []).append(key)
    for key, d in list(b.drafts.items()):
        if d.kind != "person":
            continue
        if " " in d.name:  # "De Lima" after "Leila de Lima": a particle surname
            words = d.name.split()
            if words[0].lower() not in SURNAME_PARTICLES:
                continue
            targets = [
                k
                for k in full.get(words[-1], [])
                if k != key and k in b.drafts and b.drafts[k].name.lower().endswith(" " + d.name.lower())
            ]
        else:
            targets = [k for k in full.get(d.name, []) if k in b.drafts]
            if not targets:  # "Wang" after "Wang Yi", "Veera" after "Veera Somkwamkid"
                targets = _first_name_owners(b, d.name, key)
            if not targets:  # "Kate" after "Princess Kate", a known person's alias
                targets = _alias_word_owners(b, d.name, key)
        if len(targets) == 1:
            tgt = b.drafts[targets[0]]
            tgt.mentions.extend(m for m in d.mentions if m not in tgt.mentions)
            for attr in ("code", "country", "sector", "title", "affiliation"):
                if not getattr(tgt, attr) and getattr(d, attr):
                    setattr(tgt, attr, getattr(d, attr))
            del b.drafts[key]
            b.person_marks = [(i, targets[0] if k == key else k, s) for i, k, s in b.person_marks]


def _alias_word_owners(b: _Builder, word: str, key: str) -> list[str]:
    """The lexicon's people of the article one of whose longer aliases begins or ends with
    ``word`` ("Kate" for the person known as "Princess Kate" and "Kate Middleton")."""
    if len(word) < 3 or b.person_of(word) is not None:
        return []
    titles = b.lex.title_words()
    out = []
    for k, d in b.drafts.items():
        if k == key or d.kind != "person" or not k.startswith("person:"):
            continue
        person = b.lex.person_names.get(d.name)
        if person is None:
            continue
        for alias in (person.name, *person.aliases):
            words = alias.replace(",", " ").split()
            if len(words) > 1 and word in (words[0], words[-1]) and word.lower() not in titles:
                out.append(k)
                break
    return out


def _first_name_owners(b: _Builder, word: str, key: str | None = None) -> list[str]:
    """The full-name people of the article whose name starts with ``word``: a surname placed
    first ("Wang Yi" ... "Wang") or a given name used alone ("Veera Somkwamkid" ... "Veera").
    None when the word is the end of another full name, or names the lexicon's own person."""
    if len(word) < 3 or not word[:1].isupper() or word.lower() in LOWER_NAME_STARTS:
        return []
    if b.person_of(word) is not None:
        return []
    out = []
    for k, d in b.drafts.items():
        if k == key or d.kind != "person" or " " not in d.name:
            continue
        words = d.name.split()
        if words[-1] == word:
            return []
        if words[0] == word:
            out.append(k)
    return out


def _untagged_surnames(b: _Builder) -> None:
    """A named person's surname the model left untagged later on ("Anna Berg ... Berg added"):
    one more mention of that person, when one person of the article has that surname.

    Only a capitalised proper noun on its own counts: not next to another proper noun ("Berg
    Street", "Tom Berg"), not inside any entity, and not sentence-initial alone unless the
    parser calls it a proper noun too."""
    owners: dict[str, list[str]] = {}
    for key, d in b.drafts.items():
        if d.kind == "person" and " " in d.name:
            last = d.name.split()[-1]
            if last[:1].isupper() and last.isalpha() and len(last) > 2:
                owners.setdefault(last, []).append(key)
    if not owners:
        return
    doc = b.doc
    n = len(doc)
    ids = {get_string_id(w): w for w in owners}
    orths = doc.to_array(ORTH).tolist() if n else []  # one array, not a Token object per word
    for i in [i for i, h in enumerate(orths) if h in ids]:
        tok = doc[i]
        keys = owners[ids[orths[i]]]
        if len(keys) != 1:
            continue
        if tok.lower_ in MONTH_NAMES:
            if not _month_as_name(b, tok):
                continue
        elif tok.i in b.ent_at or tok.pos_ != "PROPN":
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < n else None
        if any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (prev, nxt)):
            continue
        if tok.lower_ in b.lex.group_words.get("not_names", ()):
            continue
        d = b.drafts[keys[0]]
        span = (tok.idx, tok.idx + len(tok.text))
        if span in d.mentions:
            continue
        d.mentions.append(span)
        b.person_marks.append((tok.i, d.key, _main_subject(tok)))


MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
# words before a month that make it a date: "in May", "early June", "last March"
MONTH_BEFORE = frozenset(
    "in on of since until till by from to through throughout during before after between early "
    "late mid last next this that each every since and or".split()
)


def _month_as_name(b: _Builder, tok: Token) -> bool:
    """A month's name that is the surname of a person the article names ("Theresa May ... May
    said"): not after "in", "early", "last" and the like, nor before a number ("May 5", "May
    2017"), and, where the parser read a modal ("May said"), followed by a verb that no modal
    takes (a past or present form, not "May be")."""
    doc = b.doc
    ent = b.ent_at.get(tok.i)
    if ent is not None and (len(ent) > 1 or ent.label_ not in ("DATE", "PERSON")):
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.lower_ in MONTH_BEFORE or prev.lower_ in MONTH_NAMES or prev.like_num):
        return False
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and (nxt.like_num or nxt.lower_ in MONTH_NAMES):
        return False
    if tok.pos_ == "AUX" or tok.tag_ == "MD":
        return nxt is not None and nxt.tag_ in ("VBD", "VBZ")
    return tok.pos_ in ("PROPN", "NOUN")


# prepositions after which a name is where something happens: "fighting near X", "in X"
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "around", "across", "into", "through", "at", "inside"})
# nouns a place name qualifies or is named by: "X residents", "the town of X", "X province"
PLACE_NOUNS = frozenset(
    {
        "resident", "province", "city", "town", "village", "district", "region", "county", "area",
        "municipality", "neighbourhood", "neighborhood", "suburb", "outskirts", "state", "airport",
        "port", "border", "valley", "island", "islands", "mayor", "governor", "governorate", "oblast",
        "official", "police", "council",
    }
)  # fmt: skip


# verbs whose "to X" is where someone or something goes
MOTION_VERBS = frozenset(
    "send deploy dispatch move travel fly return flee go come head evacuate transfer bring march drive".split()
)


def _place_evidence(b: _Builder, span: Span) -> bool:
    """The text treats a name as a place: "fighting near X", "X residents", "the town of X",
    "X, Wisconsin"."""
    doc = b.doc
    root = span.root
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_ in LOCATIVE_PREPS and root.dep_ == "pobj" and root.head.i == prev.i:
            return True  # not "into X's death"
        if prev.lower_ == "of" and span.start > 1 and doc[span.start - 2].lemma_.lower() in PLACE_NOUNS:
            return True
    if root.dep_ in ("compound", "nmod", "poss") and root.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "to"
        and root.head.i == span.start - 1
        and root.head.head.lemma_.lower() in MOTION_VERBS
    ):
        return True  # "troops were sent to X"
    if span.start > 1 and doc[span.start - 1].text in ("'s", "’s"):
        owner = b.ent_at.get(span.start - 2)
        res = b.country_of_span(owner) if owner is not None else None
        if res and not res[1] and b.town_country_among(_clean(b.text_of(span)), {res[0]}):
            return True  # "Syria's X" where X is a Syrian town
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        after = b.ent_at.get(span.end + 1)
        if after is not None and after.label_ == "GPE" and b.major_place(_clean(after.text)):
            return True  # "X, Wisconsin": a town and its state
    return False


def _places_as_actors(b: _Builder) -> None:
    """Names the NER took for a person or an organisation that the text and the gazetteer show to
    be places ("clashes near X" where X is a town): no actor; where the place acts or is acted
    on ("X fell", "shelled X") its mention goes to its country.

    Only uncoded names with no title, no role and no honorific qualify; a person needs a clue
    in the text at most of its mentions, an organisation either a clue or a big place (a
    province or region, or a city of 200,000: ``major_place``) that nothing acts on."""
    doc = b.doc
    for key, d in list(b.drafts.items()):
        if d.kind not in ("person", "organization") or d.code or d.title or d.affiliation or d.local:
            continue
        if not d.name[:1].isupper():
            continue
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in d.mentions]
        if any(
            sp is None or sp.start > 0 and doc[sp.start - 1].lower_.rstrip(".") in HONORIFICS for sp in spans
        ):
            continue
        iso = b.town_country(d.name) or b.town_country_among(d.name, b.countries_named())
        if iso is None:
            continue
        clues = sum(_place_evidence(b, sp) for sp in spans if sp is not None)
        if d.kind == "person" and 2 * clues <= len(spans):
            continue  # a person's name is mostly a person's; a place's mostly a place's
        if not clues and (
            b.major_place(d.name) is None or any(sp is not None and _acts(sp.root) for sp in spans)
        ):
            # a big place's name alone, acted on ("shelled X"), may as well be a team's or a
            # rocket's: it stays what the model said, and no country is guessed for it
            continue
        del b.drafts[key]
        b.person_marks = [m for m in b.person_marks if m[1] != key]
        for sp in spans:
            if sp is not None and not _place_evidence(b, sp) and _acts(sp.root):
                b.group(iso, None, sp.start_char, sp.end_char)


TOWN_PREPS = frozenset({"in", "near", "outside", "around", "at"})


def _named_town(b: _Builder, ent: Span) -> bool:
    """A town's name the model took for a people's ("near the town of X", "in X"): the object of
    a place preposition, or of "of" after a town noun."""
    root = ent.root
    if ent.label_ not in ("NORP", "ORG") or root.dep_ != "pobj" or b.country_of_span(ent):
        return False
    prep = root.head
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in b.lex.group_words["town_nouns"]
    return prep.lower_ in TOWN_PREPS


def _country_mentions(
    b: _Builder, sents: list[Span], quoted: list[tuple[int, int]]
) -> tuple[dict[int, Counter[str]], dict[int, Counter[str]], dict[int, str]]:
    """Countries named in each sentence (names, demonyms, capitals, organisations of a country),
    the same counted outside the ``quoted`` ranges only, and apart from them those that qualify
    a person ("Nigerian junior minister X"), by the character offset of the name they qualify."""
    starts = [s.start for s in sents]
    out: dict[int, Counter[str]] = {}
    unquoted: dict[int, Counter[str]] = {}
    qualifier: dict[int, str] = {}
    people = {s for d in b.drafts.values() if d.kind == "person" for s, _ in d.mentions}
    for ent in b.ents:
        if ent.label_ not in {"GPE", "NORP", "LOC", "ORG"} or ent.start in b.person_country_toks:
            continue
        if ent.start_char in people:
            continue  # a person's surname the model took for a town
        res = b.country_of_span(ent)
        iso = res[0] if res else None
        if iso is None and (ent.label_ == "GPE" or _named_town(b, ent)):  # a state, province or town
            iso = _country_or_region(b, ent) or b.place_country(ent)
            if iso is None and ent.label_ == "ORG":
                iso = b.major_place(_clean(b.text_of(ent)))
        if iso is None and ent.label_ == "ORG":
            iso = next((c for t in ent if (c := b.lex.country_of(t.text))), None)
            name = _clean(b.text_of(ent))
            if iso is not None and " " in name and not _cut_name(ent):
                body = b.lex.org_of(name)
                if body is not None and not body.country and body.sector in ("REB", "IMG", "IGO", "INS"):
                    iso = None  # an armed movement "of Iraq and Syria" in its name: no one country
            known = iso is None and (" " in name or name.isupper()) and not _cut_name(ent)
            org = b.lex.org_of(name) if known else None
            if org is not None and org.sector not in ("MED", "IGO", "NGO", "BUS", "EDU"):
                # "the White House", "the FBI": a state's own body ("Congress" alone may be anyone's)
                iso = org.country
        if not iso:
            continue
        if ent.root.head.lemma_.lower() in COUNTERPARTS or _sponsor(ent) or _after_former(ent):
            continue  # "met her Swedish counterpart": the other side's country
        if _visited(b, ent):
            continue  # "arrived in Cairo", "talks in Geneva": where someone went, not whose they are
        if _media_mention(b, ent):
            continue
        person = _qualified_person(ent.root)
        if person is not None:
            qualifier[person.idx] = iso
            continue
        si = max(0, bisect.bisect_right(starts, ent.start) - 1)
        out.setdefault(si, Counter())[iso] += 1
        if not (quoted and _in_ranges(quoted, ent.start_char)):  # a quote's places are not the speaker's
            unquoted.setdefault(si, Counter())[iso] += 1
    return out, unquoted, qualifier


def _posting(b: _Builder, ent: Span) -> bool:
    """A place an office-holder is sent to: "the envoy to Peru", "a special envoy for Yemen"."""
    root = ent.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("to", "for")
        and root.head.head.lemma_.lower() in b.lex.group_words["posted_nouns"]
    )


def _own_postings(b: _Builder, d: _Draft) -> set[str]:
    """The countries a person is posted to by their own title ("X, the US envoy to Peru", "the
    special envoy for Yemen, X"): the host, no country of theirs."""
    out: set[str] = set()
    for s, e in d.mentions:
        span = b.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        titles = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            titles.append(root.head)
        for t in titles:
            for prep in t.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
                    continue
                for obj in prep.children:
                    ent = b.ent_at.get(obj.i)
                    res = b.country_of_span(ent) if ent is not None and _posting(b, ent) else None
                    if res:
                        out.add(res[0])
    return out


def _visited(b: _Builder, ent: Span) -> bool:
    """A place someone travels to or meets in: the object of "visit", or of "in"/"to"/"at"
    after a verb of travel or meeting ("arrived in Cairo", "met in Geneva"), or of "to" after
    a noun of travel ("a trip to Oslo"), or a city that labels a meeting ("the Minsk talks",
    "a summit in Lima")."""
    root = ent.root
    verbs = b.lex.group_words["visit_verbs"]
    venues = b.lex.group_words["venue_nouns"]
    res = b.country_of_span(ent)
    if res is None or res[1]:  # a city: "the Geneva talks", "talks in Astana" say where they met
        if root.dep_ in ("compound", "nmod") and root.head.lower_ in venues:
            return True
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.lower_ in venues:
            return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in verbs:
        return root.head.lemma_.lower() in ("visit", "tour")
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "to", "at"):
        return False
    verb = root.head.head
    if verb.pos_ == "NOUN" and root.head.lower_ == "to":  # "trips to Brussels", "her visit to Kyiv"
        return verb.lemma_.lower() in b.lex.group_words["visit_nouns"]
    if verb.pos_ == "VERB" and root.head.lower_ == "to":  # "made trips to Brussels", "paid a visit to"
        nouns = b.lex.group_words["visit_nouns"]
        if any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children):
            return True
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs


REPORT_VERBS = frozenset({"report", "broadcast", "publish", "air", "quote", "carry", "cite"})


def _media_word(b: _Builder, tok: Token) -> bool:
    """A token that names a news outlet: "agency" in "news agency", "TV", or part of a known one."""
    ent = b.ent_at.get(tok.i)
    if ent is not None and ent.label_ == "ORG":
        org = b.lex.org_of(b.lookup.get(ent.start) or _org_name(b.text_of(ent)))
        if org is not None and org.sector == "MED":
            return True
    return _modifier_sector(b, tok, b.lex.sector_nouns.get(tok.lemma_.lower()) or "") == "MED"


def _reporting_outlet(b: _Builder, ent: Span) -> tuple[str, Span] | None:
    """ "X of Canada reported": an unknown organisation "of" a country that reports is a news
    outlet of that country; its country and the country's name."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in REPORT_VERBS:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != ent.end:
            continue
        place = next((b.ent_at.get(o.i) for o in prep.children if o.dep_ == "pobj"), None)
        res = b.country_of_span(place) if place is not None else None
        if res and not res[1]:
            return res[0], place
    return None


def _media_mention(b: _Builder, ent: Span) -> bool:
    """A country named only as a news outlet's home ("Iran's Fars agency", "the Saudi Press
    Agency", "Channel 9 of Australia reported"), which says nothing of where the story is."""
    if ent.label_ == "ORG" and any(_media_word(b, t) for t in ent):
        return True
    tok = ent.root
    for _ in range(4):  # up a chain of modifiers: "Egypt's state news agency"
        if tok.dep_ not in {"poss", "compound", "amod", "nmod"} or tok.head is tok:
            break
        tok = tok.head
        if _media_word(b, tok):
            return True
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"of", "from"}:
        owner = ent.root.head.head  # "ABC of Australia reported": an outlet that reports
        named = b.ent_at.get(owner.i)
        if _media_word(b, owner):
            return True
        if named is not None and named.label_ == "ORG" and owner.dep_ == "nsubj":
            return owner.head.lemma_.lower() in REPORT_VERBS
    return False


def _qualified_person(tok: Token) -> Token | None:
    """ "Ghanaian opposition leader Ama Boateng": the name a country's noun chain ends in."""
    for _ in range(4):
        if tok.dep_ not in {"amod", "compound", "nmod", "poss"} or tok.head is tok:
            return None
        tok = tok.head
        if tok.ent_type_ == "PERSON":
            return tok
    return None


def _names_other_body(b: _Builder, prep: Token) -> bool:
    """The object of "of"/"from" names an organisation or person rather than a country."""
    for t in prep.subtree:
        ent = b.ent_at.get(t.i)
        if ent is not None and ent.label_ in {"ORG", "PERSON", "NORP"} and not b.country_of_span(ent):
            return True
    return False


def _own_places(b: _Builder) -> dict[str, str]:
    """The country in a bare group's own phrase: "protesters in Yerevan", "rebels from Mali"."""
    out: dict[str, str] = {}
    visiting = b.lex.group_words["visiting_nouns"]
    for i, key in b.group_toks:
        tok = b.doc[i]
        places = {"from", "of"} if tok.lemma_.lower() in visiting else {"in", "from", "of"}
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in places]
        d = b.drafts.get(key)
        if d is not None and d.sector in ("CVL", "REF") and tok.dep_ in ("dobj", "nsubjpass"):
            # "killed 13 civilians in Ganja": the victims are where it happened
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "in"]
        elif d is not None and d.sector in ("CVL", "OPP", "LAB") and _acting_subject(tok):
            # "thousands of people protested in the UK", "... filled squares in Lima":
            # a crowd is where it gathers
            verb = _clause_verb(tok)
            preps += [
                c
                for o in verb.children
                if o.dep_ == "dobj"
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "in"
            ]
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
        elif d is not None and d.sector in ("UAF", "CRM") and _acting_subject(tok):
            # "gunmen killed two guards near X": unnamed attackers are of where they strike
            verb = _clause_verb(tok)
            objs = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
            preps += [c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in TOWN_PREPS]
        for prep in preps:
            for t in prep.subtree:
                ent = b.ent_at.get(t.i)
                if ent is not None and ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound"):
                    continue  # "in support of Turkish officials" names no place
                if ent is not None and _after_former(ent):
                    continue  # "rebels from the former Soviet Union"
                iso = b.place_country(ent) if ent is not None else None
                if iso is None and ent is not None and ent.label_ == "ORG" and _named_town(b, ent):
                    iso = b.major_place(_clean(b.text_of(ent)))  # a city the model took for a body
                if iso:
                    out.setdefault(key, iso)
                    break
    return out


def _doers_countries(b: _Builder, d: _Draft) -> set[str]:
    """Countries named in the subject of the verb a civilian group suffers ("Russian strikes
    killed civilians"), which context must not hand to the victims, unless the doer is a state's
    police, court or government."""
    if d.kind != "group" or d.sector not in ("CVL", "REF", "REB", "OPP", "INS", "SEP"):
        return set()  # "rebels backed by Iran": a doer's country is not the group's
    out: set[str] = set()
    for i, key in b.group_toks:
        tok = b.doc[i]
        if key != d.key or tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = tok.head
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        doers = [o for c in doers for o in ([c] if c.dep_ == "nsubj" else c.children)]
        if any(b.lex.sector_nouns.get(x.lemma_.lower()) in ("COP", "JUD", "GOV", "LEG") for x in doers):
            continue  # "Kenyan police arrested protesters": repression is mostly at home
        for t in (x for doer in doers for x in doer.subtree):
            ent = b.ent_at.get(t.i)
            res = b.country_of_span(ent) if ent is not None else None
            if res:
                out.add(res[0])
    return out


# unnamed attackers, whose victims' nationality says nothing of theirs
ATTACKER_SECTORS = frozenset({"UAF", "CRM", "RAD", "REB", "INS"})


def _victims_countries(b: _Builder, d: _Draft) -> set[str]:
    """Countries that qualify the civilians, workers or foreign troops an attacking group acts
    on ("gunmen kidnapped two German engineers"): a state's own police or army ("rebels attacked
    Malian soldiers") is most often at home, so those are not counted."""
    if d.kind != "group" or d.sector not in ATTACKER_SECTORS:
        return set()
    out: set[str] = set()
    foreign = b.lex.group_words["foreign_force_nouns"]  # "peacekeepers" serve abroad
    for i, key in b.group_toks:
        tok = b.doc[i]
        if key != d.key or tok.dep_ != "nsubj":
            continue
        for obj in (c for c in tok.head.children if c.dep_ == "dobj"):
            lemma = obj.lemma_.lower()
            if b.lex.sector_nouns.get(lemma) in LOCAL_ORG_SECTORS and lemma not in foreign:
                continue
            for t in obj.subtree:
                ent = b.ent_at.get(t.i)
                res = b.country_of_span(ent) if ent is not None and ent.start == t.i else None
                if res:
                    out.add(res[0])
    return out


def _home_country(b: _Builder, sents: list[Span]) -> None:
    """Give a titled person or group with no country of its own ("Vice-President X", "the
    judge") the one country its sentence names, else the article's clearly dominant country.

    News rarely repeats "Kenyan" before every official of the country it is about; a human coder
    reads the country from context, and without it the actor code has no country at all."""
    if not sents:
        return
    starts = [s.start_char for s in sents]
    parts = _split_by_sentence(b, starts)
    todo = [
        d
        for d in b.drafts.values()
        if (d.kind == "person" or d.local)
        and not d.country
        and d.sector in CONTEXT_SECTORS
        and not (d.code or "").startswith(("IGO", "NGO"))  # an international body's head acts for it
    ]
    if not todo:
        _rejoin(b, parts)
        return
    quoted = _quoted_ranges(b.text)
    # the countries each sentence names outside its quotes, for an actor named outside them:
    # 'X noted the office was "our contact in Moscow"' says nothing of whose X is
    by_sent, unquoted, qualifier = _country_mentions(b, sents, quoted)
    dominant = dominant_country(b, sents, by_sent)
    own_place = _own_places(b)
    later = {p.key for chain in parts for p in chain[1:]}
    found: dict[str, str | None] = {}  # the country a later part's own sentence gives
    anchored: set[str] = set()  # drafts whose country their own sentence gave
    for d in todo:
        first = min(d.mentions)[0]
        si = max(0, bisect.bisect_right(starts, first) - 1)
        here = by_sent.get(si) if quoted and _in_ranges(quoted, first) else unquoted.get(si)
        if here and d.kind == "person" and (posted := _own_postings(b, d)):
            here = Counter({k: v for k, v in here.items() if k not in posted})  # "the envoy to Peru"
        iso = next((qualifier[k] for lo, hi in d.mentions for k in range(lo, hi) if k in qualifier), None)
        if iso is None:
            iso = own_place.get(d.key)
        if iso is None and d.kind == "group" and d.sector in LOCAL_ORG_SECTORS:
            iso = _speakers_country(b, min(d.mentions))
        if iso is None and d.sector == "LEG":
            # "Senator X said sanctions on Russia ...": a lawmaker is of the country whose
            # politics the article follows, not of the country the sentence talks about
            iso = b.politics_country()
        state = d.local or d.kind == "person"
        if iso is None and state and d.sector in LOCAL_ORG_SECTORS and here and len(here) == 1:
            named = next(iter(here))
            # what a speaker says of a country outweighs the sentence only against a clear
            # other country of the article ("X said Russia would respond" may well be Russian)
            # with no country leading, a country the speaker only places or mentions in what they
            # say ("the war in Libya", "expel Iranian envoys") is still no sign of theirs
            speech = "all" if dominant not in (None, named) else "places"
            if _other_side(b, sents[si], min(d.mentions), named, speech=speech):
                here = None  # the country named is the one the body deals with, not its own
        if iso is None and not here and d.kind == "group" and d.sector in PROTEST_SECTORS:
            # "militants staged a sit-in demanding that Chadian President X resign": with no other
            # country in the sentence, the one qualifying its official is the crowd's too
            iso = _official_country(b, sents[si], dominant)
        fallback = iso is None and not (here and len(here) == 1)
        if iso is None:
            iso = next(iter(here)) if here and len(here) == 1 else dominant
            if iso is not None and iso in _doers_countries(b, d):
                iso = None  # "Russian strikes killed 20 civilians": the victims are not Russia's
            if iso is not None and fallback is False and iso in _victims_countries(b, d):
                iso = None  # "gunmen killed three Chinese engineers": the attackers are not China's
        if d.key in later:
            # decided with the first part, below, and only on what the part's own phrase or
            # clause says ("in Minsk, police beat ...", "police in Minsk"): a later sentence's
            # other countries are more often those the group deals with
            found[d.key] = own_place.get(d.key) or _clause_place(b, d)
            continue
        if not fallback:
            anchored.add(d.key)
        _set_country(b, d, iso)
    _rejoin(b, parts, found, anchored)


# crowds and movements whose country a lone qualified official of the sentence gives
PROTEST_SECTORS = frozenset({"CVL", "RAD", "OPP", "LAB"})


def _official_country(b: _Builder, sent: Span, dominant: str | None) -> str | None:
    """The one country the sentence's demonyms give its officials ("Chadian President X"),
    unless the article clearly leads with another."""
    named = set()
    for i in b.person_country_toks:
        if sent.start <= i < sent.end and (ent := b.ent_at.get(i)) is not None and ent.start == i:
            res = b.country_of_span(ent)
            if res:
                named.add(res[0])
    return named.pop() if len(named) == 1 and dominant in (None, *named) else None


def _clause_place(b: _Builder, d: _Draft) -> str | None:
    """The country of the place where a bare group's own clause happens: "In Minsk, police
    beat ...", "police clashed with farmers in Bolivia"."""
    for i, key in b.group_toks:
        tok = b.doc[i]
        if key != d.key or tok.dep_ not in SUBJ:
            continue
        verb = tok.head  # "later in Minsk, police beat ...": also through a time word
        preps = [c for x in (verb, *(c for c in verb.children if c.dep_ == "advmod")) for c in x.children]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "across", "throughout"):
                continue
            for obj in prep.children:
                ent = b.ent_at.get(obj.i) if obj.dep_ == "pobj" else None
                iso = b.place_country(ent) if ent is not None else None
                if iso:
                    return iso
    return None


def _set_country(b: _Builder, d: _Draft, iso: str | None) -> None:
    if iso:
        d.country = iso
        d.code = iso + (d.sector or "")
        if d.kind == "group" and d.sector:
            _become_country_group(b, d, iso)


def _split_by_sentence(b: _Builder, starts: list[int]) -> list[list[_Draft]]:
    """A bare group named in several sentences ("police" in Kiev, later "police" in Minsk) as
    one draft per sentence, so that each takes the country its own sentence gives; the chains
    of parts, first part first, for :func:`_rejoin`."""
    chains = []
    for d in list(b.drafts.values()):
        if d.kind != "group" or not d.local or d.country or len(d.mentions) < 2:
            continue
        by_sent: dict[int, list[tuple[int, int]]] = {}
        for m in sorted(d.mentions):
            by_sent.setdefault(max(0, bisect.bisect_right(starts, m[0]) - 1), []).append(m)
        if len(by_sent) < 2:
            continue
        chain = [d]
        first, *rest = sorted(by_sent)
        d.mentions = by_sent[first]
        for si in rest:
            part = _Draft(key=f"{d.key}@{si}", name=d.name, kind=d.kind, code=d.code, sector=d.sector)
            part.local, part.mentions = True, by_sent[si]
            b.drafts[part.key] = part
            chain.append(part)
            lo, hi = part.mentions[0][0], part.mentions[-1][1]
            b.group_toks = [
                (i, part.key if k == d.key and lo <= b.doc[i].idx < hi else k) for i, k in b.group_toks
            ]
        chains.append(chain)
    return chains


def _rejoin(
    b: _Builder,
    chains: list[list[_Draft]],
    found: dict[str, str | None] | None = None,
    anchored: set[str] | None = None,
) -> None:
    """Put the parts of :func:`_split_by_sentence` back together: a later part stays apart only
    when its own sentence gives it a country other than the one the first part's own sentence
    gave ("police in Kiev ... police in Minsk"); else it is the first part's group, as one
    mention more ("police in Kiev ... police said")."""
    found = found or {}
    anchored = anchored or set()
    for chain in chains:
        first = chain[0]
        owner = b.drafts.get(first.key) or next(
            (x for x in b.drafts.values() if first.mentions[0] in x.mentions), first
        )
        merged = set()
        for part in chain[1:]:
            iso = found.get(part.key)
            if part.key not in b.drafts:
                continue
            if iso and first.key in anchored and iso != owner.country:
                _set_country(b, part, iso)
                continue
            owner.mentions.extend(m for m in part.mentions if m not in owner.mentions)
            del b.drafts[part.key]
            merged.add(part.key)
        b.group_toks = [(i, owner.key if k in merged else k) for i, k in b.group_toks]


def _speakers_country(b: _Builder, mention: tuple[int, int]) -> str | None:
    """The country of the placed official whose words name a bare state group: "the country's
    police chief X said police had arrested two men" means X's own police."""
    span = b.doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    verb = tok.head
    if (
        tok.dep_ not in SUBJ
        or verb.dep_ != "ccomp"
        or verb.head.lemma_.lower() not in b.lex.group_words["speech_verbs"]
    ):
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    lo, hi = speaker.left_edge.idx, speaker.idx + len(speaker.text)
    found = {
        d.country
        for d in b.drafts.values()
        if d.kind == "person"
        and d.country
        and d.sector in LOCAL_ORG_SECTORS
        and any(lo <= s < hi for s, _ in d.mentions)
    }
    return found.pop() if len(found) == 1 else None


def _other_side(b: _Builder, sent: Span, mention: tuple[int, int], iso: str, speech: str = "") -> bool:
    """The one country a state body's sentence names is the other side of what the body does:
    it is named only in the object ("the Foreign Ministry summoned the Russian ambassador",
    "the cabinet decided to expel Russian diplomats"), or, with ``speech`` "all", only in what the
    body or official says ("Minister X argued that London had broken its word"); with ``speech``
    "places", only in what they say but not as its subject ("X said the war in Libya must end",
    against "X said Russia would respond", which may be X's own); or the body acts on another
    country's placed officials ("the Justice Department warned the Trump administration of
    Russian blackmail")."""
    span = b.doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("compound", "amod") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in SUBJ:
        return False
    verbs = _acting_verbs(tok.head)
    objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    # what the act is about: "briefed the council on Libya", "spoke about Syria" (not "against":
    # a court's case against its own country's officials)
    objs += [
        p
        for x in verbs + objs
        for c in x.children
        if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.lower_ != "against"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if speech and any(v.lemma_.lower() in b.lex.group_words["speech_verbs"] for v in verbs):
        # "Minister X said the Greek government had promised ...": what the speaker talks about
        objs += [c for v in verbs for c in v.children if c.dep_ == "ccomp"]
    if not objs:
        return False
    # each object to its end, with the noun it is "of" ("the assets of two Malian ministers",
    # not "the release of detainees kept in Ghana", which says where)
    ends = {
        o.i: max(
            [
                o.i,
                *(
                    p.i
                    for c in o.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
            ]
        )
        for o in objs
    }
    for o in objs:  # another country's officials acted upon
        last = b.doc[ends[o.i]]
        lo, hi = o.left_edge.idx, last.idx + len(last.text)
        for d in b.drafts.values():
            if (
                d.kind != "country"
                and d.country not in (None, iso)
                and d.sector in LOCAL_ORG_SECTORS
                and any(lo <= s < hi for s, _ in d.mentions)
            ):
                return True
    found = False
    for e in _ents_within(b.ents, sent.start, sent.end):
        res = b.country_of_span(e) if e.label_ in ("GPE", "NORP") else None
        if res is not None and res[0] == iso and not _visited(b, e):  # "met X in Ankara": where
            # the object itself or its modifier ("the Iranian ambassador"), or inside what the
            # speaker said; not where the object is ("raised the wage in Ghana")
            inside = any(
                o.dep_ != "ccomp"
                and (o in (e.root, e.root.head) or o.left_edge.i <= e.start and e.end - 1 <= ends[o.i])
                for o in objs
            )
            for o in objs:
                if o.dep_ == "ccomp" and o.left_edge.i <= e.start and e.end - 1 <= o.right_edge.i:
                    # (with "places", a capital is where things happen, maybe the speaker's own)
                    inside = inside or speech == "all" or not (res[1] or _says_subject(e, o))
            if not inside:
                return False
            found = True
    return found


def _acting_verbs(verb: Token) -> list[Token]:
    """The verb a subject governs and the verbs it leads to with no subject of their own:
    "decided to expel", "plans to impose", "met and agreed"."""
    out = [verb]
    for v in out:
        if len(out) > 4:
            break
        out += [
            c
            for c in v.children
            if c.dep_ == "xcomp"
            or c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in SUBJ for g in c.children)
        ]
    return out


def _says_subject(e: Span, clause: Token) -> bool:
    """A country entity that is (or modifies) the subject of a reported clause: "Iran would
    respond", "Iranian forces had withdrawn", "Iran's army had withdrawn"."""
    root = e.root
    while root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in SUBJ:
        return False
    head = root.head
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i and head.i != clause.i:
        head = head.head
    return head.i == clause.i


def dominant_country(
    b: _Builder, sents: list[Span], by_sent: dict[int, Counter[str]] | None = None
) -> str | None:
    """The country the article is clearly about: named (or its officials placed) in at least 60%
    of the country mentions, and at least twice; ``None`` when no country clearly leads.
    Asked once per document."""
    if b.dominant is not None:
        return b.dominant[0]
    if by_sent is None:
        by_sent = _country_mentions(b, sents, [])[0]
    total: Counter[str] = Counter()
    for c in by_sent.values():
        total.update(c)
    # the officials the article already placed are evidence too: a story about Russia told
    # through US senators is still a US story for its unnamed "Justice Department"
    for d in b.drafts.values():
        if d.kind == "person" and d.country and d.sector in DOMESTIC_SECTORS:
            total[d.country] += len(d.mentions)
    found = None
    if total:
        iso, n = total.most_common(1)[0]
        if n >= 2 and n >= 0.6 * sum(total.values()):
            found = iso
    b.dominant = (found,)
    return found


def _become_country_group(b: _Builder, d: _Draft, iso: str) -> None:
    """ "the government", now known to be Armenia's: one actor with "Armenia's government"."""
    same = b.drafts.get(f"group:{iso}{d.sector}")
    if same is not None and same is not d:
        same.mentions.extend(m for m in d.mentions if m not in same.mentions)
        b.drafts.pop(d.key, None)
        return
    c = b.lex.countries.get(iso)
    d.name = f"{c.name if c else iso} {SECTOR_LABELS.get(d.sector or '', (d.sector or '').lower())}"


_PRONOUN_IDS = frozenset(get_string_id(w) for w in PRONOUNS)


def _resolve_pronouns(b: _Builder, sents: list[Span], rules: Anaphora) -> None:
    """Link he/she/his/her to the most salient earlier person (titles like "the minister" are
    definite descriptions: :mod:`dyad.extract.anaphora`). A person known as a man or a woman
    (:func:`_genders`, or an earlier pronoun that could only mean them) is no antecedent of the
    other pronoun; a person of unknown gender may be either."""
    if not b.person_marks:
        return
    doc = b.doc
    marks = sorted(b.person_marks)
    starts = [s.start for s in sents]

    def sent_index(i: int) -> int:
        return max(0, bisect.bisect_right(starts, i) - 1)

    mark_sents = [(sent_index(i), i, k, subj) for i, k, subj in marks]
    gender = _genders(b, rules)
    quoted = _quoted_ranges(b.text)
    # find the pronouns by their lower-case ids in one array, not a Token object per word
    lows = doc.to_array(LOWER).tolist() if len(doc) else []
    found = [i for i, h in enumerate(lows) if h in _PRONOUN_IDS]
    if quoted:  # pronouns outside quotes first: '"He lied," she said' needs to know who "she" is
        found.sort(key=lambda i: _in_ranges(quoted, doc[i].idx))
    for i in found:
        tok = doc[i]
        if tok.pos_ != "PRON":
            continue
        si = sent_index(tok.i)
        if _unnamed_antecedent(b, sents[si], tok):
            continue  # "A teenager was shot after he stabbed ...": not a named person
        want = PRONOUNS[tok.lower_]
        fitting = [m for m in mark_sents if gender.get(m[2], want) == want] if gender else mark_sents
        named_before = [m[1] for m in fitting if m[0] == si and m[1] < tok.i]
        nouns = rules.gender_nouns.get(want, frozenset())
        if _unnamed_of_gender(b, sents[si], tok, nouns, max(named_before, default=-1)):
            continue  # "found X standing over a woman as she slept": the woman, who has no name
        # the people of this gender (or unknown) named in the window: when only one, the
        # pronoun teaches their gender for later pronouns
        window = {m[2] for m in fitting if si - MAX_PRONOUN_SENTENCES <= m[0] and m[1] < tok.i}
        base_si, base_ti = si, tok.i
        if quoted and not _in_ranges(quoted, tok.idx):
            opened = _quote_before(b, quoted, tok, sents[si].start_char)
            if opened is not None:
                # '"...," he said' after a quote of many sentences: the speaker was named
                # before the quote began
                base_ti = opened
                base_si = sent_index(opened)
            # '"Charges against X are false," he said': a pronoun outside a quote is seldom
            # someone the quote names, when someone named outside quotes is near
            outside = [m for m in fitting if not _in_ranges(quoted, doc[m[1]].idx)]
            if any(base_si - MAX_PRONOUN_SENTENCES <= m[0] and m[1] < base_ti for m in outside):
                fitting = outside
            else:  # and never someone only its own sentence's quote names
                fitting = [m for m in fitting if m[0] != si or not _in_ranges(quoted, doc[m[1]].idx)]
        if quoted and _in_ranges(quoted, tok.idx):
            # '"He took it," X said': a pronoun in a quote is not the one who speaks it
            speakers = _quote_speakers(b, quoted, tok, [m for m in fitting if abs(m[0] - si) <= 1])
            fitting = [m for m in fitting if m[2] not in speakers]
        own = _clause_subject(b, tok, [m for m in fitting if m[0] == si])
        if tok.dep_ == "poss" and _reacts_to_other(b, tok):
            # "X welcomed his visit", "X accepted his resignation": the act of someone else
            # than the subject (or a name in apposition to it: "the president, X, welcomed")
            subj = next((c for c in tok.head.head.children if c.dep_ in SUBJ), None)
            lo, hi = (subj.left_edge.i, subj.right_edge.i) if subj is not None else (-1, -1)
            fitting = [m for m in fitting if m[2] != own and not (m[0] == si and lo <= m[1] <= hi)]
            own = None
        if own is not None and tok.dep_ != "poss":
            # "X urged him": an object pronoun is never its own clause's subject (that is "himself")
            fitting = [m for m in fitting if m[2] != own]
            own = None
        if tok.dep_ in SUBJ:
            # "He accused Soros of ...": a subject pronoun is never its own clause's object
            others = _clause_others(b.doc, tok, [m for m in fitting if m[0] == si and m[1] > tok.i])
            fitting = [m for m in fitting if m[2] not in others]
        if own is None and tok.dep_ in SUBJ:
            # "Spicer said Trump was joking when he accused Obama": the subject of the clause
            # the pronoun's clause hangs from, before the sentence's main subject
            own = _governing_subject(b, tok, [m for m in fitting if m[0] == si and m[1] < tok.i])
        key = own or _antecedent(fitting, base_si, base_ti, lambda i: _depth(doc[i]))
        if key is None:
            continue
        d = b.drafts.get(key)
        if d is None:
            continue
        d.mentions.append((tok.idx, tok.idx + len(tok.text)))
        if key not in gender and window == {key}:
            gender[key] = want  # "Okafor said she ...", nobody else named near: a woman
        if tok.dep_ in SUBJ:
            mark_sents.append((si, tok.i, key, _main_subject(tok)))
            mark_sents.sort()


OPEN_QUOTES = frozenset("“«")
CLOSE_QUOTES = frozenset("”»")
_QUOTE_OR_BREAK = re.compile('["“«”»\n]')


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges inside quotation marks.

    A straight quote opens when a word follows it and closes when one comes before it; one
    between two letters ("didn"t", a lost apostrophe) or before a "?" after a space (a dash
    lost in conversion) is neither. An opening mark inside an open quote continues it (a
    quote run over paragraphs reopens each one); a line break or the end of the text closes
    an open quote."""
    out: list[tuple[int, int]] = []
    start = None
    n = len(text)
    for m in _QUOTE_OR_BREAK.finditer(text):
        i, ch = m.start(), m.group()
        if ch != "\n":
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            if ch == '"':
                if before.isalnum() and after.isalnum():
                    continue
                if after == "?" and before.isspace():
                    continue  # '"?' after a space: a dash or a quote lost in conversion
                opening = (before.isspace() or before in "([-—–:") and not after.isspace()
            else:
                opening = ch in OPEN_QUOTES
            if opening:
                if start is None:
                    start = i
            elif start is not None:
                out.append((start, i + 1))
                start = None
        elif ch == "\n" and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, n))
    return out


def _quote_speakers(
    b: _Builder, quoted: list[tuple[int, int]], pron: Token, marks: list[tuple[int, int, str, bool]]
) -> set[str]:
    """The people who speak the quote a pronoun is in: subjects, outside quotes, of a speech
    verb ("said", "told") in the sentences the quote starts or ends in."""
    k = bisect.bisect_right(quoted, (pron.idx, 1 << 62)) - 1
    lo, hi = quoted[k]
    doc = b.doc
    out = set()
    speech = b.lex.group_words["speech_verbs"]
    for _, i, key, _ in marks:
        tok = doc[i]
        if _in_ranges(quoted, tok.idx) or tok.dep_ not in SUBJ or tok.head.lemma_.lower() not in speech:
            continue
        sent = tok.sent
        if sent.start_char <= hi and lo <= sent.end_char:  # the speech verb's sentence touches the quote
            out.add(key)
    return out


def _quote_before(b: _Builder, quoted: list[tuple[int, int]], pron: Token, sent_start: int) -> int | None:
    """For the subject of a speech verb right after a quote in its sentence ('"...," he
    said'), the token the quote opens at; else ``None``."""
    if pron.dep_ not in SUBJ or pron.head.lemma_.lower() not in b.lex.group_words["speech_verbs"]:
        return None
    k = bisect.bisect_right(quoted, (pron.idx, 1 << 62)) - 1
    if k < 0 or quoted[k][1] < sent_start or quoted[k][1] > pron.idx:
        return None
    span = b.doc.char_span(quoted[k][0], quoted[k][0] + 1, alignment_mode="expand")
    return span.start if span is not None else None


def _reacts_to_other(b: _Builder, pron: Token) -> bool:
    """A possessive on an act noun that a verb reacts to ("welcomed his visit", "rejected her
    offer"), without "own"."""
    noun = pron.head
    if noun.dep_ != "dobj" or any(c.lower_ == "own" for c in noun.children):
        return False
    if noun.lemma_.lower() not in b.lex.group_words["act_nouns"]:
        return False  # "praised his officers": his own
    return noun.head.lemma_.lower() in b.lex.group_words["reaction_verbs"]


def _in_ranges(ranges: list[tuple[int, int]], char: int) -> bool:
    """Whether a character offset lies inside one of sorted, disjoint ranges."""
    k = bisect.bisect_right(ranges, (char, 1 << 62)) - 1
    return k >= 0 and ranges[k][0] <= char < ranges[k][1]


def _pronoun_clause_verb(tok: Token) -> Token:
    """The verb whose clause a token is in (its nearest verbal head)."""
    verb = tok.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _clause_others(doc: Doc, pron: Token, later: list[tuple[int, int, str, bool]]) -> set[str]:
    """Persons named after a subject pronoun in the same clause (its objects)."""
    verb = pron.head
    return {k for _, i, k, _ in later if _pronoun_clause_verb(doc[i]).i == verb.i}


def _governing_subject(b: _Builder, pron: Token, marks: list[tuple[int, int, str, bool]]) -> str | None:
    """The person subject of the nearest clause above a subject pronoun's own clause."""
    verb = pron.head
    for _ in range(4):
        if verb.dep_ not in ("advcl", "ccomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subj is None:
            continue
        return _person_at(b, subj, marks)
    return None


def _clause_subject(b: _Builder, pron: Token, marks: list[tuple[int, int, str, bool]]) -> str | None:
    """The person named before a pronoun as the subject of its own clause: "A met B, and C held
    talks with his counterpart" (C's counterpart)."""
    if pron.dep_ in SUBJ:
        return None
    verb = _pronoun_clause_verb(pron)
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    while subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:  # "called X and urged him"
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if subj is None or subj.i >= pron.i:
        return None
    return _person_at(b, subj, marks)


def _person_at(b: _Builder, tok: Token, marks: list[tuple[int, int, str, bool]]) -> str | None:
    """The person whose mark or mention is at a token."""
    for _, i, key, _ in marks:
        d = b.drafts.get(key)
        if i == tok.i or (d is not None and any(s <= tok.idx < e for s, e in d.mentions)):
            return key
    return None


def _genders(b: _Builder, rules: Anaphora) -> dict[str, str]:
    """ "m" or "f" for the people known as a man or a woman: by the lexicon, by an honorific or a
    gendered title right before a mention ("Mrs Okafor", "Congresswoman Okafor") or in their own
    title ("Bello, a businessman"), or by a common given name ("Angela Okafor"); none if the
    evidence says both."""
    out: dict[str, str] = {}
    text = b.text
    honorifics, titles, given = rules.gender, rules.gender_titles, rules.given_names
    for key, d in b.drafts.items():
        if d.kind != "person":
            continue
        found: set[str] = set()
        person = b.lex.person_named(d.name, b.day)
        if person is not None and person.gender:
            found.add(person.gender)
        words: set[str] = set()
        for s, e in d.mentions:  # "Mrs Okafor" is a mention whether or not the NER took the "Mrs"
            before = text[max(0, s - 16) : s].split()
            for w in (before[-1:] if before else []) + text[s:e].split()[:1]:
                words.add(w.lower().rstrip("."))
        if d.title:
            words.update(w.lower() for w in d.title.replace("-", " ").split())
        found.update(
            g for g in ("m", "f") if words & (honorifics.get(g, frozenset()) | titles.get(g, frozenset()))
        )
        parts = d.name.split()
        if len(parts) > 1:  # a given name only as the first word of a full name
            first = parts[0].lower()
            found.update(g for g in ("m", "f") if first in given.get(g, frozenset()))
        if len(found) == 1:
            out[key] = found.pop()
    return out


def _unnamed_antecedent(b: _Builder, sent: Span, pron: Token) -> bool:
    """An unnamed person ("a teenager", "the driver") is the subject before the pronoun in its
    sentence, so the pronoun more likely means them than a person named earlier."""
    for t in sent:
        if t.i >= pron.i:
            return False
        if t.dep_ in SUBJ and t.tag_ == "NN" and t.lemma_.lower() in b.lex.person_nouns and not t.ent_type_:
            return True
    return False


def _unnamed_of_gender(b: _Builder, sent: Span, pron: Token, nouns: frozenset[str], after: int) -> bool:
    """A noun for a person of the pronoun's gender ("a woman", "her son", "the boy") comes
    before it in its sentence, after token ``after`` (the last person it could also mean), and
    is nobody named ("his wife Ana", "Ana, a mother of two" are)."""
    if not nouns:
        return False
    for t in sent[max(0, after + 1 - sent.start) :]:
        if t.i >= pron.i:
            return False
        if (
            t.lower_ not in nouns
            or t.tag_ != "NN"
            or t.i in b.ent_at
            or t.dep_ in ("appos", "attr", "compound")
        ):
            continue
        if t.head.i in b.ent_at or any(
            c.i in b.ent_at for c in t.children if c.dep_ in ("appos", "compound")
        ):
            continue
        if t.i + 1 < len(b.doc) and b.doc[t.i + 1].ent_type_ == "PERSON":
            continue  # "his wife Ana"
        if t.dep_ in SUBJ and pron.dep_ not in SUBJ and pron.dep_ != "poss" and t.head.i == pron.head.i:
            continue  # "his brother sent him": not the brother (that would be "himself")
        if any(
            (c.dep_ == "det" and c.lower_ in SPECIFIC_DETERMINERS) or c.dep_ == "poss" for c in t.children
        ):
            return True  # "a woman", "her son"; not "every woman", "no man"
    return False


def _depth(tok: Token) -> int:
    """How many arcs a token is below its sentence's root."""
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok = tok.head
        n += 1
    return n


def _antecedent(
    marks: list[tuple[int, int, str, bool]], si: int, ti: int, depth: Callable[[int], int] | None = None
) -> str | None:
    """The person a pronoun at token ``ti`` in sentence ``si`` refers to.

    In the same sentence, a person subject before the pronoun wins ("Blinken said he ...");
    otherwise the main-clause subject of the nearest earlier sentence naming a person, else
    the person named highest in its tree (with ``depth``), else the last person named there.
    """
    same = [(k, subj) for s, i, k, subj in marks if s == si and i < ti]
    if same:
        subjects = [k for k, subj in same if subj]
        return subjects[-1] if subjects else same[-1][0]
    for back in range(1, MAX_PRONOUN_SENTENCES + 1):
        cands = [(i, k, subj) for s, i, k, subj in marks if s == si - back]
        if cands:
            subj = [k for _, k, sb in cands if sb]
            if subj:
                return subj[0]
            if depth is None:
                return cands[-1][1]
            # no subject: the person highest in the tree ("accused Lee of bribing a friend of
            # Park. ... indict him": Lee), the later one on a tie
            return min(reversed(cands), key=lambda c: depth(c[0]))[1]
    return None


def _town_country(ctx: DocContext, major: bool = False) -> Callable[[str], str | None]:
    """A lookup of a town's country in the gazetteer, loaded only when first asked; ``major``
    keeps only provinces, regions and cities of 200,000 or more ("Ohio", not "University")."""
    memo: dict[str, str | None] = ctx.resources.memo("town_country_major" if major else "town_country")

    def lookup(name: str) -> str | None:
        if name not in memo:
            reg = ctx.resources.lexicon.region_names.get(name)
            if reg is not None and reg.feature == "water":
                memo[name] = None  # "the Gulf" is a sea, not a province of the same name abroad
                return None
            entries = ctx.resources.gazetteer.lookup(name)
            if major:
                entries = [
                    e
                    for e in entries
                    if getattr(e, "feature", None) in ("admin1", "region")
                    or (e.population or 0) >= MAJOR_TOWN
                ]
            memo[name] = clear_country(entries)
        return memo[name]

    return lookup


MAJOR_TOWN = 200_000


def _town_country_among(ctx: DocContext) -> Callable[[str, set[str]], str | None]:
    """A lookup of the one country, among those given (the article's), where a town of that
    name lies: "Palmyra" in a story about Syria, though other countries have towns so named."""

    memo: dict[str, tuple[str | None, ...]] = ctx.resources.memo("town_countries")

    def lookup(name: str, among: set[str]) -> str | None:
        if not among:
            return None
        if name not in memo:
            memo[name] = tuple(e.country for e in ctx.resources.gazetteer.lookup(name))
        found = {c for c in memo[name] if c in among}
        return found.pop() if len(found) == 1 else None

    return lookup


def clear_country(entries: list[Any]) -> str | None:
    """The country of a name whose most populous bearer dwarfs those of other countries.

    "Ganja" is Azerbaijan's; "Springfield" is nobody's in particular."""
    best: dict[str, int] = {}
    for e in entries:
        if e.country:
            best[e.country] = max(best.get(e.country, 0), e.population or 0)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= 5 * max(ranked[1][1], 1):
        return ranked[0][0]
    return None


_LAST_WORD = re.compile(r"([\w-]+)\W*$")
# words between a work's noun and its quoted title: "a book titled", "author of", "the film,"
_TITLE_LINKS = frozenset({"of", "called", "named", "titled", "entitled"})


def _people_ents(b: _Builder) -> None:
    """Names of peoples ("Igbo", "Tamils") as NORP entities, which the model often misses or
    tags as a person, a place or a body; a longer name that holds one ("Tamil Nadu") stays."""
    peoples = b.lex.peoples
    if not peoples or not len(b.doc):
        return
    ids = {get_string_id(form) for form in peoples}
    hits = [i for i, h in enumerate(b.doc.to_array([ORTH]).tolist()) if h in ids]
    if not hits:
        return
    doc = b.doc
    surnames = {e[-1].text for e in b.ents if e.label_ == "PERSON" and len(e) > 1}
    drop, add = set(), []
    for i in hits:
        ent = b.ent_at.get(i)
        if ent is not None and (ent.label_ == "NORP" or len(ent) > 1) or doc[i].text in surnames:
            continue  # "Tamil Nadu"; "Baloch" after "Nadia Baloch": her surname
        if ent is not None and ent.label_ == "PERSON" and not _modifies_noun_after(doc[i]):
            continue  # "Baloch said": a person; "Uighur activists": a people
        if ent is not None:
            drop.add(ent.start)
        add.append(Span(b.doc, i, i + 1, label="NORP"))
    if add:
        b.set_ents(tuple(sorted([e for e in b.ents if e.start not in drop] + add, key=lambda e: e.start)))


def _modifies_noun_after(tok: Token) -> bool:
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN"


def _work_titles(b: _Builder) -> set[int]:
    """Token indices of the quoted titles of books, films and the like ("the author of
    'Russia's Wars'", "a documentary called 'Iran Burning'"): a short quote after a noun of a
    work or its maker (``work_nouns`` in titles.json), possibly through "of"/"called"."""
    text = b.text
    if '"' not in text and "\u201c" not in text and "\u00ab" not in text:
        return set()
    words = b.lex.group_words["work_nouns"]
    out: set[int] = set()
    for lo, hi in _quoted_ranges(text):
        if hi - lo > 80 or hi - lo < 3 or "\n" in text[lo:hi]:
            continue  # a speech, not a title
        before = text[max(0, lo - 40) : lo]
        m = _LAST_WORD.search(before)
        if m is None:
            continue
        word = m.group(1).lower()
        if word in _TITLE_LINKS and word not in words:
            m = _LAST_WORD.search(before[: m.start()])
            word = m.group(1).lower() if m else ""
        if word not in words:
            continue
        span = b.doc.char_span(lo, hi, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def extract_actors(ctx: DocContext) -> Iterator[Actor]:
    """Yield the article's actors, in order of first mention, with ids A1, A2, ..."""
    b = _Builder(
        ctx.doc,
        ctx.resources.lexicon,
        ctx.published,
        _town_country(ctx),
        _town_country(ctx, major=True),
        text=ctx.text,
        genders=ctx.resources.anaphora.gender,
        town_country_among=_town_country_among(ctx),
        ents=ctx.ents,
    )
    doc = ctx.doc
    titles = _work_titles(b)
    if titles:  # "author of 'Russia's Wars'": the title's names are no actors
        b.set_ents(tuple(e for e in b.ents if e.start not in titles))
    _people_ents(b)
    for i in _group_noun_candidates(ctx, b.lex, titles):
        tok = doc[i]
        if _noun_sector(b, tok):
            _group_noun(b, tok) or _multinational_force(b, tok) or _bare_group(b, tok)
        elif tok.lemma_.lower() in b.lex.group_words["civilian_people"]:
            _group_noun(b, tok)
    # people first: their titles claim the countries that qualify them ("Russia's top diplomat X")
    for ent in b.ents:
        if ent.label_ == "PERSON":
            _entity(b, ent)
    for ent in b.ents:
        if ent.label_ != "PERSON":
            _foreign_body(b, ent)
    for ent in b.ents:
        if ent.label_ != "PERSON":
            _entity(b, ent)
    _acronym_mentions(b)
    _link_surnames(b)
    _places_as_actors(b)
    _untagged_surnames(b)
    _home_country(b, ctx.sentences)
    resolve_descriptions(b, ctx.sentences, ctx.resources.anaphora)
    _resolve_pronouns(b, ctx.sentences, ctx.resources.anaphora)
    drafts = sorted(b.drafts.values(), key=lambda d: min(d.mentions))
    for n, d in enumerate(drafts, start=1):
        yield Actor(
            id=f"A{n}",
            name=d.name,
            kind=d.kind,  # type: ignore[arg-type]
            code=d.code,
            country=d.country,
            sector=d.sector,
            title=d.title,
            affiliation=d.affiliation,
            mentions=[list(m) for m in sorted(set(d.mentions))],
        )


__all__ = ["clear_country", "dominant_country", "extract_actors"]
