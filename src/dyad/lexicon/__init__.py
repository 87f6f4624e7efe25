"""The project's own lexicon: data files under ``lexicon/data``, validated on load.

* ``countries.json``: ISO countries with names, aliases, demonyms and capitals (metonyms).
* ``people.json``: leaders and officials, with roles carrying date ranges (a role may name its
  own ``country`` when the office belonged to another state, e.g. a Soviet minister). An alias
  several people share ("Bush", "Assad") resolves by date: :meth:`Lexicon.person_named`.
  An optional ``gender`` ("m" or "f") keeps "she" from linking to a man and "he" to a woman.
* ``titles.json``: pre-name titles and role nouns -> sectors; group nouns ("troops") -> sectors.
* ``organizations.json``: international bodies, agencies, armed groups, media, think tanks.
* ``regions.json``: regions, seas and disputed areas with centroids.
* ``peoples.json``: ethnic and national groups that are no state's demonym ("Igbo", "Kurds"),
  each with the states its members are citizens of; context picks one among several.
* ``anaphora.json``: definite descriptions that refer back ("the president", "the militant
  group", "the kingdom", "the two leaders"), and the honorifics, titles and given names that
  mark gender; loaded by
  :mod:`dyad.lexicon.anaphora`.

A :class:`Lexicon` is an ordinary object: build one per process and pass it around.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from ._files import read_json

DATA = Path(str(resources.files(__package__) / "data"))
SECTORS = frozenset(
    "GOV MIL REB OPP PTY COP JUD LEG SPY MED EDU BUS CRM CVL NGO IGO REL ELI LAB AGR REF HLH ENV SET UAF MOD RAD INS".split()
)


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None
    org: str | None = None
    country: str | None = None  # when the office belonged to another state (a Soviet minister)

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    country: str | None
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()
    gender: str | None = None  # "m" or "f" where known; None where not given

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to the nearest office (non-"former" role) this person held; 0 if in one."""
        roles = [r for r in self.roles if not r.title.lower().startswith("former ")] or list(self.roles)
        best = None
        for r in roles:
            if r.active(day):
                return 0
            if r.end is not None and r.end <= day:
                gap = (day - r.end).days + 1
            elif r.start is not None and r.start > day:
                gap = (r.start - day).days
            else:
                continue
            best = gap if best is None else min(best, gap)
        return best if best is not None else 1 << 30

    def role_at(self, day: dt.date | None) -> Role | None:
        """The role held on ``day``; else the most recent earlier one; else the first.

        A "former ..." role stands for the office it names: reports about an ex-official
        mostly concern what they did in office, so Trump in 2021 still codes as USAGOV.
        """
        roles = [r for r in self.roles if not r.title.lower().startswith("former ")] or list(self.roles)
        if day is None:
            return max(roles, key=lambda r: r.start or dt.date.min)
        active = [r for r in roles if r.active(day)]
        if active:
            # prefer the most senior (executive over legislative over candidate) among overlaps
            rank = {"GOV": 0, "MIL": 1, "IGO": 2, "LEG": 3, "JUD": 3}
            return min(
                active, key=lambda r: (rank.get(r.sector or "", 5), -(r.start or dt.date.min).toordinal())
            )
        past = [r for r in roles if r.start and r.start <= day]
        if past:
            return max(past, key=lambda r: r.start or dt.date.min)
        return min(roles, key=lambda r: r.start or dt.date.max)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str | None
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    capital_aliases: tuple[str, ...]
    region: str | None


@dataclass(frozen=True, slots=True)
class Org:
    name: str
    code: str | None
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    sector: str | None
    expert: bool = False


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    lat: float
    lon: float
    feature: str
    country: str | None
    countries: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    disputed: bool = False


def _load(name: str, data_dir: Path = DATA) -> Any:
    return read_json(data_dir / name, "lexicon")


def _need(obj: Any, keys: dict[str, type | tuple[type, ...]], where: str) -> None:
    if not isinstance(obj, dict):
        raise LexiconError(f"expected an object, got {type(obj).__name__}", path=where)
    for k, typ in keys.items():
        if k not in obj:
            raise LexiconError(f"missing key {k!r}", path=where)
        if not isinstance(obj[k], typ):
            raise LexiconError(f"key {k!r} should be {typ}, got {type(obj[k]).__name__}", path=where)


def _day(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise LexiconError(f"bad date {value!r}", path=where) from None


def _sector(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in SECTORS:
        raise LexiconError(f"unknown sector {value!r}", path=where)
    return value


GROUP_WORD_LISTS = (
    "collective",
    "too_vague",
    "not_state_leaders",
    "count_nouns",
    "civilian_people",
    "media_name_heads",
    "place_heads",
    "platforms",
)
# lists a titles.json may leave out: 'not_names', words the NER takes for a person that never are
# one; the others are explained in titles.json's group_words.about
OPTIONAL_GROUP_WORD_LISTS = (
    "not_names",
    "visiting_nouns",
    "many_countries",
    "chambers",
    "congress_countries",
    "senate_countries",
    "house_countries",
    "party_members",
    "speech_verbs",
    "reaction_verbs",
    "act_nouns",
    "visit_verbs",
    "company_suffixes",
    "visit_nouns",
    "multinational_names",
    "venue_nouns",
    "work_nouns",
    "posted_nouns",
    "igo_agent_nouns",
    "demonym_prefixes",
    "town_nouns",
    "foreign_force_nouns",
    "multinational_force_words",
)


def _group_words(data: Any) -> dict[str, frozenset[str]]:
    """titles.json's ``group_words``: each list present and a list of words."""
    if not isinstance(data, dict):
        raise LexiconError("group_words must be an object", path="titles.json")
    out = {}
    for key in GROUP_WORD_LISTS:
        if not isinstance(data.get(key), list):
            raise LexiconError(f"group_words.{key} must be a list of words", path="titles.json")
        out[key] = frozenset(w.lower() for w in _strs(data[key]))
    for key in OPTIONAL_GROUP_WORD_LISTS:
        if not isinstance(data.get(key, []), list):
            raise LexiconError(f"group_words.{key} must be a list of words", path="titles.json")
        out[key] = frozenset(w.lower() for w in _strs(data.get(key, [])))
    return out


def _strs(values: Any) -> tuple[str, ...]:
    return tuple(v.strip() for v in values or () if isinstance(v, str) and v.strip())


@dataclass
class Lexicon:
    """All actor-side data files, validated, with lookup indexes."""

    countries: dict[str, Country] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    titles: dict[str, Title] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    # indexes (surface form -> entry)
    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    person_names: dict[str, Person] = field(default_factory=dict)
    people_named: dict[str, list[Person]] = field(default_factory=dict)
    # last word of a full name -> people, for a surname the lexicon gives no alias of its own
    # because it is also a common word ("Theresa May": "May" alone is mostly the month)
    surnames: dict[str, list[Person]] = field(default_factory=dict)
    org_names: dict[str, Org] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()  # "a teenager", "the driver": unnamed people
    title_tokens: frozenset[str] = frozenset()  # every word of every title key: a cheap pre-check
    sector_pair_heads: frozenset[str] = frozenset()  # last words of two-word sector nouns ("group")
    group_words: dict[str, frozenset[str]] = field(default_factory=dict)  # see titles.json
    org_codes: set[str] = field(default_factory=set)
    org_names_folded: dict[str, Org] = field(default_factory=dict)  # multi-word names, casefolded
    region_names: dict[str, Region] = field(default_factory=dict)
    peoples: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Igbo" -> ("NGA",)
    # title_of's answers by (text, portfolio): the extractors ask about the same words again and
    # again; the lexicon is read-only once loaded (load() starts it empty)
    _title_memo: dict[tuple[str, bool], Title | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _title_words: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    title_holders: dict[str, list[Person]] = field(default_factory=dict)  # "taoiseach" -> who held it
    seat_metonyms: dict[str, Org] = field(default_factory=dict)  # "Brussels" (acting) -> the EU

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Lexicon:
        """Load and validate every data file (from ``data_dir``, default the packaged data)."""
        d = data_dir or DATA
        lex = cls()
        lex._load_countries(_load("countries.json", d))
        lex._load_people(_load("people.json", d))
        lex._load_orgs(_load("organizations.json", d))
        lex._load_titles(_load("titles.json", d))
        lex._load_regions(_load("regions.json", d))
        lex._load_peoples(_load("peoples.json", d))
        lex._title_memo.clear()
        return lex

    # -- loading -------------------------------------------------------------------------
    def _load_countries(self, rows: list[Any]) -> None:
        for i, r in enumerate(rows):
            where = f"countries.json[{i}]"
            _need(r, {"iso3": str, "name": str}, where)
            if len(r["iso3"]) != 3 or not r["iso3"].isupper():
                raise LexiconError(f"bad iso3 {r['iso3']!r}", path=where)
            c = Country(
                iso3=r["iso3"],
                iso2=r.get("iso2"),
                name=r["name"],
                aliases=_strs(r.get("aliases")),
                demonyms=_strs(r.get("demonyms")),
                capital=(r.get("capital") or None),
                capital_aliases=_strs(r.get("capital_aliases")),
                region=r.get("region"),
            )
            self.countries[c.iso3] = c
            for n in (c.name, *c.aliases):
                self.country_names.setdefault(_strip_the(n), c.iso3)
            for n in c.demonyms:
                self.demonyms.setdefault(n, c.iso3)
            for n in (c.capital, *c.capital_aliases):
                if n:
                    self.capitals.setdefault(n, c.iso3)

    def _load_people(self, rows: list[Any]) -> None:
        for i, r in enumerate(rows):
            where = f"people.json[{i}]"
            _need(r, {"name": str, "roles": list}, where)
            roles = []
            for j, ro in enumerate(r["roles"]):
                w = f"{where}.roles[{j}]"
                _need(ro, {"title": str}, w)
                role = Role(
                    ro["title"],
                    _sector(ro.get("sector"), w),
                    _day(ro.get("start"), w),
                    _day(ro.get("end"), w),
                    ro.get("org"),
                    self._country_code(ro.get("country"), w),
                )
                if role.start and role.end and role.end < role.start:
                    raise LexiconError("role ends before it starts", path=w)
                roles.append(role)
            gender = r.get("gender")
            if gender not in (None, "m", "f"):
                raise LexiconError(f"gender must be 'm' or 'f', got {gender!r}", path=where)
            p = Person(
                r["name"],
                self._country_code(r.get("country"), where),
                tuple(roles),
                _strs(r.get("aliases")),
                gender,
            )
            self.people.append(p)
            for t in {ro.title.lower() for ro in roles}:
                self.title_holders.setdefault(t, []).append(p)
            for n in dict.fromkeys((p.name, *p.aliases)):
                self.person_names.setdefault(n, p)
                self.people_named.setdefault(n, []).append(p)
            if " " in p.name:
                self.surnames.setdefault(p.name.split()[-1], []).append(p)

    def _country_code(self, value: Any, where: str) -> str | None:
        if value in (None, ""):
            return None
        if self.countries and value not in self.countries:
            raise LexiconError(f"unknown country {value!r}", path=where)
        return value

    def _load_orgs(self, rows: list[Any]) -> None:
        for i, r in enumerate(rows):
            where = f"organizations.json[{i}]"
            _need(r, {"name": str}, where)
            o = Org(
                r["name"],
                r.get("code") or None,
                r.get("country") or None,
                _sector(r.get("sector"), where),
                _strs(r.get("aliases")),
            )
            self.orgs.append(o)
            for seat in _strs(r.get("seat_metonyms")):  # a city whose name, acting, is this body
                if seat in self.seat_metonyms:
                    raise LexiconError(f"seat metonym {seat!r} given twice", path=where)
                self.seat_metonyms[seat] = o
            if o.code:
                self.org_codes.add(o.code)
            for n in (o.name, *o.aliases):
                self.org_names.setdefault(_strip_the(n), o)
                if " " in n.strip():
                    self.org_names_folded.setdefault(_strip_the(n).casefold(), o)

    def _load_titles(self, data: dict[str, Any]) -> None:
        _need(data, {"titles": list, "sector_nouns": list}, "titles.json")
        for i, r in enumerate(data["titles"]):
            where = f"titles.json.titles[{i}]"
            _need(r, {"title": str}, where)
            t = Title(r["title"], _sector(r.get("sector"), where), bool(r.get("expert")))
            for n in (r["title"], *_strs(r.get("aliases"))):
                self.titles.setdefault(_title_key(n), t)
        self.title_tokens = frozenset(w for key in self.titles for w in key.split()) | TITLE_QUALIFIERS
        for i, r in enumerate(data["sector_nouns"]):
            where = f"titles.json.sector_nouns[{i}]"
            _need(r, {"noun": str, "sector": str}, where)
            self.sector_nouns[r["noun"].lower()] = _sector(r["sector"], where) or ""
        self.sector_pair_heads = frozenset(n.split()[-1] for n in self.sector_nouns if " " in n)
        if not isinstance(data.get("person_nouns", []), list):
            raise LexiconError("person_nouns must be a list of nouns", path="titles.json")
        self.person_nouns = frozenset(w.lower() for w in _strs(data.get("person_nouns")))
        self.group_words = _group_words(data.get("group_words", {}))

    def _load_regions(self, rows: list[Any]) -> None:
        for i, r in enumerate(rows):
            where = f"regions.json[{i}]"
            _need(r, {"name": str, "lat": (int, float), "lon": (int, float)}, where)
            if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180):
                raise LexiconError("coordinates out of range", path=where)
            reg = Region(
                r["name"],
                float(r["lat"]),
                float(r["lon"]),
                r.get("feature") or "region",
                r.get("country") or None,
                _strs(r.get("countries")),
                _strs(r.get("aliases")),
                bool(r.get("disputed")),
            )
            self.regions.append(reg)
            for n in (reg.name, *reg.aliases):
                self.region_names.setdefault(_strip_the(n), reg)

    def _load_peoples(self, rows: list[Any]) -> None:
        for i, r in enumerate(rows):
            where = f"peoples.json[{i}]"
            _need(r, {"name": str, "forms": list, "countries": list}, where)
            homes = tuple(c for c in (self._country_code(x, where) for x in _strs(r["countries"])) if c)
            if not homes:
                raise LexiconError("a people needs at least one country", path=where)
            for form in _strs(r["forms"]):
                self.peoples.setdefault(form, homes)

    # -- lookups -------------------------------------------------------------------------
    def org_of(self, text: str) -> Org | None:
        """The organisation a name (or alias) denotes; a multi-word name also matches in another
        case ("the african union"), a one-word one only exactly (not "who" for WHO)."""
        t = _strip_the(text)
        return self.org_names.get(t) or (self.org_names_folded.get(t.casefold()) if " " in t else None)

    def org_code(self, ref: str) -> str | None:
        """The actor code of the body a role's ``org`` names: "UNO" -> IGOUNO, "NATO" -> IGONAT."""
        for c in ("IGO" + ref, ref):
            if c in self.org_codes:
                return c
        org = self.org_of(ref)
        return org.code if org else None

    def country_of(self, text: str) -> str | None:
        """ISO3 of a country name, alias or demonym (``the`` and possessives ignored)."""
        t = _strip_the(text)
        if t.endswith(("'s", "’s")):
            t = t[:-2]
        elif t.endswith(("'", "’")):
            t = t[:-1]
        return self.country_names.get(t) or self.demonyms.get(t)

    def person_named(self, name: str, day: dt.date | None = None) -> Person | None:
        """The person a name or alias stands for on ``day``.

        Several people can share an alias ("Bush", "Aliyev", "Assad"): the one in office on
        ``day``, else the one whose time in office is nearest to it, else the first listed.
        """
        found = self.people_named.get(name)
        if not found:
            return None
        if len(found) == 1 or day is None:
            return found[0]
        return min(found, key=lambda p: p.distance(day))

    def sole_holder(self, title: str, day: dt.date | None) -> Person | None:
        """Who held a title on ``day`` when the title belongs to one country's office ("the
        Taoiseach"); None for titles many states use ("the President") or no known holder."""
        holders = self.title_holders.get(title.lower(), [])
        if len({p.country for p in holders}) != 1 or day is None:
            return None
        found = [
            p for p in holders if any(r.title.lower() == title.lower() and r.active(day) for r in p.roles)
        ]
        return found[0] if len(found) == 1 else None

    def title_of(self, text: str, portfolio: bool = False) -> Title | None:
        """The title a phrase names: exactly ("Secretary of State"), in another spelling
        ("Vice-President", "Vice President"), after a qualifier ("Acting President", "Federal
        Minister") or with its portfolio ("Minister for Interior", "President of Chad")."""
        memo = self._title_memo
        k = (text, portfolio)
        if k in memo:
            return memo[k]
        found = self._title_of(text, portfolio)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()  # bounded: a long batch reads ever new phrases
        memo[k] = found
        return found

    def _title_of(self, text: str, portfolio: bool) -> Title | None:
        key = _title_key(text)
        found = self.titles.get(key)
        if found is None and key.endswith("s") and not key.endswith("ss") and len(key) > 4:
            found = self.titles.get(key[:-1])  # "presidential candidates", "ministers"
        if found is not None or not key:
            return found
        words = key.split()
        while len(words) > 1 and words[0] in TITLE_QUALIFIERS:
            words = words[1:]
            found = self.titles.get(" ".join(words))
            if found is not None:
                return found
        for k, w in enumerate(words[1:-1], start=1):
            if w in ("of", "for") and len(words) - k - 1 <= 3:
                head = self.titles.get(" ".join(words[:k]))
                if head is not None and head.sector is not None:
                    return head
        if words[-1] in PORTFOLIO_TITLES and len(words) <= 6 and (portfolio or _capitalised(text)):
            # "Veterans Affairs Secretary": a capitalised portfolio before an office,
            # but not a country ("Kenyan Trade Minister" leaves "Kenyan" to say whose)
            prefix = _straight(text).replace("-", " ").split()[:-1]
            pairs = [" ".join(prefix[k : k + 2]) for k in range(len(prefix) - 1)]
            if not any(self.country_of(w) or w in self.capitals for w in (*prefix, *pairs)):
                return self.titles.get(words[-1])
        return None

    def title_words(self) -> frozenset[str]:
        """Every word of every title and honorific, lower-cased: "President", "Gen.", "Mr."
        (computed once: the lexicon is read-only once loaded)."""
        if self._title_words is None:
            words = {w.rstrip(".") for t in self.titles for w in t.split()}
            self._title_words = frozenset(
                words | {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mister"}
            )
        return self._title_words

    def entity_patterns(self) -> list[dict[str, str]]:
        """Entity-ruler patterns: names the model gets wrong on conflict news, labelled right."""
        pats: dict[str, str] = {}
        for reg in self.regions:
            for n in (reg.name, *reg.aliases):
                pats.setdefault(_strip_the(n), "LOC")
        for o in self.orgs:
            for n in (o.name, *o.aliases):
                pats.setdefault(_strip_the(n), "ORG")
        for n in self.capitals:
            pats[n] = "GPE"
        for n in self.country_names:
            pats[n] = "GPE"
        for n in self.demonyms:
            pats.setdefault(n, "NORP")
        for p in self.people:
            for n in (p.name, *p.aliases):
                pats[n] = "PERSON"
        for pat, lab in list(pats.items()):
            if "'" in pat:  # "Kurdistan Workers’ Party" in typographic quotes
                pats.setdefault(pat.replace("'", "\u2019"), lab)
        return [{"label": lab, "pattern": pat} for pat, lab in pats.items() if len(pat) > 1]


_MEMO_SIZE = 50_000

# words that qualify a title without changing the office: "Acting President", "Federal Minister"
TITLE_QUALIFIERS = frozenset(
    "acting interim federal former outgoing incoming caretaker then now newly new current senior top".split()
)


# offices that take a portfolio before them: "Energy Minister", "Commerce Secretary"
PORTFOLIO_TITLES = frozenset(
    {"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"}
)


def _capitalised(text: str) -> bool:
    """Every word capitalised but connectors ("Trade and Industry Secretary")."""
    words = _straight(text).replace("-", " ").split()
    return (
        len(words) > 1
        and all(w[:1].isupper() or w in ("and", "of", "&") for w in words)
        and not any("'" in w for w in words)
    )


def _title_key(text: str) -> str:
    """A title's lookup key: lower case, hyphens as spaces, single spaces."""
    return " ".join(text.lower().replace("-", " ").split())


def _straight(text: str) -> str:
    """Typographic apostrophes as plain ones ("Workers’ Party" -> "Workers' Party")."""
    return text.replace("’", "'").replace("‘", "'")


def _strip_the(name: str) -> str:
    name = _straight(name).strip()
    return name[4:] if name.lower().startswith("the ") else name


__all__ = ["DATA", "Country", "Lexicon", "Org", "Person", "Region", "Role", "Title"]
