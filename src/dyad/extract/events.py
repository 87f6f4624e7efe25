"""Event coding: who did what to whom, in CAMEO and PLOVER, with negation and modality.

The coder walks each sentence's dependency parse once:

1. **Triggers.** Every verb whose lemma is in the pattern lexicon is matched against its
   patterns (particle, preposition, object, complement constraints); the most specific match
   wins. Nouns are matched as nominal triggers ("talks with", "an air strike on").
2. **Frames.** Appeal, demand, intend, threaten and reject patterns ("urged X to", "warned
   that ... could", "refused to") find the action they govern in their complement and recode
   it ("threatened to impose sanctions" -> 1312). The inner action is never coded as if it
   happened. "denied attacking" codes 016 and keeps the attack as a negated event.
3. **Modality and negation** come from the trigger's auxiliaries and governing verbs:
   "will" -> intended (cooperation is recoded 03x, force 13x threatened), "could/might" ->
   hypothetical, "must/should" under a reporting verb -> a demand by the reporter, "not",
   "failed to" -> negated.
4. **Actors from syntax.** The subject is the source (the by-agent in the passive), the object
   or the pattern's preposition the target; conjoined actors give one event each; reciprocal
   patterns give both directions. Actors come from ``ctx.actors`` via the head token, then its
   compounds, modifiers and possessors.
5. Statements (01) are kept only for sentences where nothing more specific was coded, and
   only when they are about or addressed to someone. Conditions ("if", "unless", "whether")
   and speculation about cooperation ("could lead to talks") are not events.
6. A place stands in for a missing actor where CAMEO coders use one ("demonstrated in X",
   "was arrested in X"); such stand-ins carry a code but no actor id.
7. Confidence starts from the pattern's and drops for missing actors, hypothetical modality
   and events whose actors have no code.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Span, Token

from ..lexicon.events import guess_lemmas
from ..pipeline import DocContext
from ..records import Actor, Event
from .actors import clear_country

if TYPE_CHECKING:
    from ..coding.cameo import Codebook
    from ..lexicon.events import Cues, EventLexicon, NounPattern, VerbPattern

_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_WEAPON_TOPICS = frozenset({"aerial", "artillery", "small_arms"})  # refine topics naming a weapon's kind
_COPULAS = frozenset({"be", "remain", "become", "seem", "stay", "appear"})
_ACTOR_MODS = ("compound", "amod", "nmod", "poss", "appos")
_DEEP_PREPS = frozenset({"of", "from", "in", "for", "with"})
_ADJUNCT_PREPS = frozenset({"in", "during", "at", "after", "following"})
# what a protest's purpose is aimed at: "to protest against X", "their anger at X"
_AIMED_PREPS = ("against", "at", "over", "to", "of", "for")
# "ordered mourning after the strike": what a frame governs is not in its setting
_SETTING_PREPS = frozenset(
    {
        "after",
        "before",
        "following",
        "since",
        "during",
        "amid",
        "despite",
        "until",
        "as",
        "beyond",
        "besides",
        "at",
    }
)
_SHARED_ADJUNCT_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
_FRAME_SUPPORT = frozenset(
    "issue make launch send renew repeat voice put present submit deliver reiterate announce express lodge".split()
)
_REPORTED_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
_PRONOUN_KINDS = {
    "it": ("country", "organization", "group"),  # "the army said it ..."
    "he": ("person",),
    "she": ("person",),
    "i": ("person",),
}
_ASIDE_PREPS = frozenset(
    {"due", "because", "despite", "after", "before", "during", "since", "amid", "following"}
)
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_ADVERB_PARTICLES = frozenset({"back", "off", "out", "away", "down"})  # "beat back", "stepped down": adverbs
_BACKING_CODES = frozenset({"050", "051", "052", "054"})  # support one can be asked to give a third party
_MATERIAL_HARM = frozenset({"17", "18", "19", "20"})
# Sectors of bodies that do armed harm; a country or government counts through its code's lack
# of a civilian sector
_ARMED_SECTORS = frozenset({None, "GOV", "MIL", "REB", "INS", "UAF", "CRM", "SPY", "COP", "SEP", "RAD"})
_NAME_ENTS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART"})  # entity types whose words name, not describe
_TRADING_SECTORS = frozenset({"BUS", "MED"})  # firms and the press: their blows are not force
_FIGHTING_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})  # those whose trade is war
_STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # a country's own arms
_ABOUT_AN_ACT = frozenset({"01", "05", "11", "12"})  # praise, criticism, accusation, rejection
_CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "RAD"})  # crowds riot; they wage no war
# "protest songs", "attack helicopters", "summit-level debates"
_THING_MODIFIER_ROOTS = frozenset({"04", "14", "18", "19", "20"})
_SCORE = re.compile(r"(?<![\d.,:/-])\d{1,2} ?[-–] ?\d{1,2}(?![\d.,:/-])")  # a game's score, "2-1"
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "into", "across", "along", "inside", "around", "to"})
_DEFAULT_VERB_TARGETS = ("dobj", "dative", "prep:with", "prep:against", "prep:to", "prep:on")
_DEFAULT_NOUN_TARGETS = ("prep:on", "prep:against", "prep:with", "prep:to", "prep:between")
# what circumstances can do as well as people: "the streets forced troops to leave"
_IMPERSONAL_COMPULSION = frozenset({"force", "compel", "require", "oblige"})
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant")  # "officer", "elder", "activist", "guardian"
_PEOPLE_TOPICS = ("people", "persons", "followers", "armed_forces", "police", "diplomats", "captives")
_NOBODY = frozenset({"nobody", "none", "noone", "nothing"})
_COUNT_NOUNS = frozenset({"dozen", "score", "hundred", "thousand", "million", "handful", "couple", "group"})
_COOP_ROOTS = frozenset(f"{n:02d}" for n in range(3, 9))
# a force's going, ordered by the host ("ordered the withdrawal of ...", "ordered X to leave")
_WITHDRAWAL_NOUNS = frozenset(
    {"withdrawal", "pullout", "pull-out", "departure", "exit", "removal", "expulsion"}
)
_LEAVE_VERBS = frozenset({"leave", "withdraw", "quit", "depart", "exit", "go", "pull"})
_MATERIAL_CONFLICT = frozenset(f"{n:02d}" for n in range(14, 21))
# material acts (aid, yielding, force) that a purpose clause names as an aim, not as done; words
# (statements, appeals, criticism) said "to" some end are said in the act itself
# (a protest is held in the very gathering: "came out in thousands to protest" did protest)
_PURPOSE_ROOTS = frozenset({"06", "07", "08"}) | (_MATERIAL_CONFLICT - {"14"})
# marks a purpose clause may take: "so as to", "in order to"
_PURPOSE_MARKS = frozenset({"so", "as", "in", "order"})
_PARTITIVE = frozenset(
    {
        "part",
        "some",
        "all",
        "most",
        "portion",
        "half",
        "rest",
        "much",
        "many",
        "series",
        "number",
        "bulk",
        "one",
        "none",
        "each",
        "any",
        "several",
        "remainder",
        "share",
        "worth",
        "value",
        "amount",
        "lot",
        "batch",
        "consignment",
        "shipment",
        "ton",
        "tonne",
    }
)


@dataclass
class Match:
    """A trigger token and the pattern it matched."""

    tok: Token
    pat: VerbPattern | NounPattern
    kind: str  # "v" or "n"
    code: str
    consumed: list[Token] = field(default_factory=list)
    absorbed: bool = False  # read as the content of a frame: not emitted as an event
    negated: bool = False
    modality: str = "asserted"
    frame_inner: Match | None = None
    starts: list[Token] = field(default_factory=list)
    of_a_fact: bool = False  # a warning about what has already happened


@dataclass
class Draft:
    """An event before ids are given: codes, actors and provenance."""

    code: str
    source: Actor | None
    target: Actor | None
    tok: Token
    rule: str
    negated: bool
    modality: str
    conf: float
    plover: str | None = None
    mode: str | None = None
    fallback: bool = False


# -- actors ---------------------------------------------------------------------------------
class ActorFinder:
    """Maps tokens to actors of ``ctx.actors`` (head token first, then its modifiers)."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self._cache: dict[tuple[int, bool], list[Actor]] = {}

    def strict(self, tok: Token | None) -> list[Actor]:
        """Actors named by the token itself or its compounds/modifiers (no prepositions)."""
        if tok is None:
            return []
        a = self.ctx.actor_of_token(tok)
        if a is not None:
            return [a, *self._sharing(tok, a)]
        return _dedupe(b for c in tok.children if c.dep_ in _ACTOR_MODS for b in self._with_conj(c))

    def of(self, tok: Token | None, deep: bool = False) -> list[Actor]:
        if tok is None:
            return []
        key = (tok.i, deep)
        if key not in self._cache:
            self._cache[key] = self._find(tok, deep, 0)
        return self._cache[key]

    def _find(self, tok: Token, deep: bool, depth: int) -> list[Actor]:
        out: list[Actor] = []
        a = self.ctx.actor_of_token(tok) or self.named_after_title(tok)
        if a is not None and a.kind != "person":
            # "Museveni's senior adviser, Peter Okello": the office read as its government is the
            # person the apposition names
            a = next(
                (
                    b
                    for c in tok.children
                    if c.dep_ == "appos" and (b := self.ctx.actor_of_token(c)) and b.kind == "person"
                ),
                a,
            )
        if a is not None and not a.country:
            # "Nigerian junior minister Dubem Oniya": a person of unknown country, whose
            # modifiers name one (not another person: "Paul Kiprono, Museveni's adviser")
            # also a compound's own modifiers: "Kabul | University Medical School"
            near = [c for c in tok.children if c.dep_ in _ACTOR_MODS]
            near += [
                g for c in near if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")
            ]
            mods = [b for c in near for b in self._with_conj(c) if b.country and b.kind != "person"]
            if mods:
                a = mods[0]
        named = self._appositions(tok) if a is None else []
        if (
            named
            and not any(b.country for b in named)
            and any(
                b.country
                for c in tok.children
                if c.dep_ in ("amod", "compound", "nmod")
                for b in self._with_conj(c)
            )
        ):
            named = []  # "a Croatian scientist, X", X of no known country: the country named stays
        if a is not None:
            out.append(a)
            out += self._sharing(tok, a)
            out += self._split_modifiers(tok, a)
        elif any(b.kind == "person" for b in named):
            # "Museveni's senior adviser, Peter Okello": the apposition says who the adviser is;
            # the possessor is someone else
            out += named
        else:
            followers = self.ctx.resources.event_lexicon.topic_in("followers", [tok.lemma_.lower()])
            for c in tok.children:
                if c.dep_ == "poss" and tok.lemma_.lower() == "counterpart":
                    continue  # "met his counterpart": the counterpart is someone else
                if c.dep_ in _ACTOR_MODS:
                    found = self._with_conj(c)
                    if followers:
                        # "Trump's supporters", "Germany's allies", "Erdogan critics": others than the
                        # one named; "Russian supporters" are Russians
                        found = [a for a in found if c.dep_ == "amod" and a.kind == "country"]
                    out += found
            out = self._as_office(tok, out)
            if not out and depth < 2:
                based = self._based_body(tok)
                for c in tok.children:
                    if (
                        c.dep_ == "prep"
                        and (deep or c.lower_ in ("of", "from") or (based and c.lower_ == "in"))
                        and c.lower_ in _DEEP_PREPS | {"by"}
                    ):
                        for p in c.children:
                            if p.dep_ == "pobj":  # "the army chiefs of A and B"
                                for x in (p, *[cj for cj in p.conjuncts if cj.i > p.i]):
                                    found = self._find(x, deep, depth + 1)
                                    if not any(a.code for a in found) and c.lower_ in ("from", "of"):
                                        found = self._place_country(x) or found  # "a missionary from Calgary"
                                    if c.lower_ == "in" and based and not found:
                                        found = self._place_country(x)  # "a militia in Darfur"
                                    if c.lower_ == "in" and _names_a_place(x):
                                        # "a blast in the Somali capital Mogadishu": the country, not its government
                                        found = [_country_actor(a.country) if a.country else a for a in found]
                                    if (
                                        followers
                                        and c.lower_ == "of"
                                        and tok.lemma_.lower() not in _PARTISANS
                                    ):
                                        found = _others_of(found)
                                    out += found
                        if out:
                            break
                if not out:
                    out += [a for x in _holders(tok) for a in self._find(x, deep, depth + 1)]
        if depth == 0:
            for cj in tok.conjuncts:
                if cj.i > tok.i:
                    out += self._find(cj, deep, depth + 1)
        return _dedupe(out)

    def _based_body(self, tok: Token) -> bool:
        """An organisation noun ("group", "party", "militia") whose "in <place>" says where it
        is based, and so whose it is: "a separatist group in Assam" is Indian."""
        if tok.pos_ != "NOUN":
            return False
        body = self.ctx.resources.anaphora.bodies.get(tok.lemma_.lower())
        return body is not None and "organization" in body.kinds and "country" not in body.kinds

    def _appositions(self, tok: Token) -> list[Actor]:
        """Actors named in the token's appositions, with their conjuncts."""
        return [b for c in tok.children if c.dep_ == "appos" for b in self._with_conj(c)]

    def _place_country(self, tok: Token) -> list[Actor]:
        """The country of a town or region the places stage resolved, as a stand-in actor."""
        if tok.pos_ != "PROPN":
            return []
        for p in self.ctx.places:
            if p.country and p.span[0] <= tok.idx < p.span[1]:
                return [_country_actor(p.country)]
        return []

    def _sharing(self, tok: Token, a: Actor) -> list[Actor]:
        """Other actors with the very mention ``a`` has at the token: "the two leaders" after
        "A met B" is a mention of both."""
        end = tok.idx + len(tok.text)
        span = next(([s, e] for s, e in a.mentions if s <= tok.idx and end <= e), None)
        if span is None:
            return []
        return [b for b in self.ctx.actors_at(tok.idx, end) if b.id != a.id and span in b.mentions]

    def _as_office(self, tok: Token, found: list[Actor]) -> list[Actor]:
        """Countries modifying an office noun are that office's holders: "his Greek and French
        counterparts" are GRCGOV and FRAGOV, not the countries."""
        lem = tok.lemma_.lower()
        title = self.ctx.resources.lexicon.title_of(lem)
        sector = "GOV" if lem == "counterpart" else (title.sector if title is not None else None)
        if not sector:
            return found
        return [
            Actor(id="", name=a.name, kind="group", code=a.country + sector, country=a.country, sector=sector)
            if a.kind == "country" and a.country
            else a
            for a in found
        ]

    def named_after_title(self, tok: Token) -> Actor | None:
        """The person a bare title introduces when the parser hung the name elsewhere
        ("A and Peruvian minister | Luis Vega": the name parsed as an apposition of A)."""
        doc = tok.doc
        if tok.pos_ != "NOUN" or tok.i + 1 >= len(doc):
            return None
        if tok.lower_ not in self.ctx.resources.lexicon.titles:
            return None
        a = self.ctx.actor_of_token(doc[tok.i + 1])
        return a if a is not None and a.kind == "person" else None

    def _split_modifiers(self, tok: Token, head: Actor) -> list[Actor]:
        """Other countries in coordinated modifiers of one mention ("the Azerbaijani and Armenian
        ministers"): stand-ins with the head actor's sector, one per extra country."""
        mods = [c for c in tok.children if c.dep_ in ("nmod", "amod", "compound") and c.conjuncts]
        # "the foreign ministers of Armenia and Azerbaijan"
        mods += [o for o in _prep_objs(tok, ("of",)) if o.conjuncts]
        if not mods:
            return []
        lex = self.ctx.resources.lexicon
        sector = head.sector or ((head.code or "")[3:6] or None)
        out = []
        for m in mods:
            for t in (m, *m.conjuncts):
                iso = lex.country_of(t.text)
                if iso and iso != head.country:
                    code = iso + (sector or "")
                    out.append(Actor(id="", name=t.text, kind="group", code=code, country=iso, sector=sector))
        return out

    def _with_conj(self, tok: Token) -> list[Actor]:
        out = []
        for t in (tok, *[c for c in tok.conjuncts if c.i > tok.i]):
            a = self.ctx.actor_of_token(t)
            if a is not None:
                out.append(a)
            else:
                for c in t.children:
                    if c.dep_ in ("compound", "amod", "poss"):
                        b = self.ctx.actor_of_token(c)
                        if b is not None:
                            out.append(b)
        return out


# followers who side with the one they follow: "supporters of the opposition" are the opposition
_PARTISANS = frozenset(
    {"supporter", "follower", "loyalist", "backer", "sympathizer", "sympathiser", "admirer"}
)


def _others_of(found: list[Actor]) -> list[Actor]:
    """ "critics of the Kenyan government", "relatives of the president": people of that body's or
    person's country, not the body or person."""
    return _dedupe(_country_actor(a.country) if a.kind != "country" and a.country else a for a in found)


# participles that say whose a thing or a place is: "a convoy carrying X", "positions held by X"
_HOLDING_VERBS = frozenset({"carry", "hold", "man", "occupy", "run", "operate", "control", "own", "guard"})


def _holders(tok: Token) -> list[Token]:
    """Who holds, mans or rides in the thing a noun names, by a participle after it: "a convoy
    carrying peacekeepers", "a checkpoint manned by soldiers", "a base belonging to the army"."""
    out = []
    for c in tok.children:
        if c.dep_ != "acl" or c.i < tok.i:
            continue
        lemma = c.lemma_.lower()
        if lemma in _HOLDING_VERBS and c.tag_ == "VBN":
            out += [o for ag in c.children if ag.dep_ == "agent" for o in ag.children if o.dep_ == "pobj"]
        elif lemma in _HOLDING_VERBS and c.tag_ == "VBG":
            out += [o for o in c.children if o.dep_ == "dobj"]
        elif lemma == "belong":
            out += _prep_objs(c, ("to",))
    return out


def _key(a: Actor | None) -> str | None:
    """Identity of an actor, or of a place stand-in (which has no id)."""
    return None if a is None else (a.id or f"place:{a.code}")


def _is_place(a: Actor) -> bool:
    """A place stand-in (a location used as a target): it does not act back."""
    return not a.id and a.kind == "country"


def _dedupe(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        k = _key(a) or ""
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


# -- syntax helpers ---------------------------------------------------------------------------
_T = TypeVar("_T")


def _per_doc(func: Callable[[Token], _T]) -> Callable[[Token], _T]:
    """Memoize a question about the parse around one token, for the token's document (kept in
    its ``user_data``): the parse does not change while the stages run, and the coder asks the
    same question of a token many times. Only for answers never changed by their callers."""
    key = f"dyad.events.{func.__name__}"

    @functools.wraps(func)
    def memo(tok: Token) -> _T:
        cache = tok.doc.user_data.get(key)
        if cache is None:
            cache = tok.doc.user_data[key] = {}
        i = tok.i
        if i not in cache:
            cache[i] = func(tok)
        return cache[i]

    return memo


def _per_coder(method: Callable[[SentenceCoder, Token], _T]) -> Callable[[SentenceCoder, Token], _T]:
    """Memoize a coder's question about one token, for the coder's document: only for
    questions whose answer depends on the parse and the lexicon alone."""
    name = method.__name__

    @functools.wraps(method)
    def memo(self: SentenceCoder, tok: Token) -> _T:
        cache = self._memo.setdefault(name, {})
        i = tok.i
        if i not in cache:
            cache[i] = method(self, tok)
        return cache[i]

    return memo


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objs(tok: Token, preps: Iterable[str]) -> list[Token]:
    """pobj tokens of ``tok``'s prepositions (incl. 'dative' and 'agent') in ``preps``."""
    want = set(preps)
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in want:
            out += [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            for cj in c.conjuncts:  # "between A and B" parsed as conjoined preps
                out += [p for p in cj.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "out" and tok.pos_ in ("VERB", "AUX"):
            out += _prep_objs(c, want)  # "pulled out of Somalia": "of" hangs on the particle
    return out


def tok_i(m: Match) -> int:
    return m.tok.i


_STATIVE = frozenset({"engage", "involve", "base", "locate"})


def _done_already(tok: Token) -> bool:
    """Whether a verb reports what has happened: past or perfect, with no modal ("had been
    damaged", "shelled", "has killed"), so a warning about it threatens nothing."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "conj"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("will", "would", "to") for a in auxes):
        return False
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(
        a.lemma_ in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes
    )


def _set_off(tok: Token) -> bool:
    """Whether a phrase is followed by a comma ("Meeting the envoys, he said ..."): an adjunct,
    even when the parser takes it for the subject."""
    end = max(x.i for x in tok.subtree) + 1
    return end < len(tok.doc) and tok.doc[end].text == ","


def _names_a_place(tok: Token) -> bool:
    """Whether a noun phrase names a place: a place entity, or a noun with one under it
    ("the heart of the Somali capital Mogadishu")."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tok.subtree)


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


def _self_harm(tok: Token) -> bool:
    """ "killed himself", "shot herself": the only one harmed is the doer. One who "blew himself
    up" among others still attacks them."""
    if tok.lemma_.lower() in ("blow", "detonate", "explode"):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lower_ in _REFLEXIVES for o in objs)


def _perfect_modal(tok: Token) -> bool:
    """ "may have killed", "could have been hit": a modal with a perfect speaks of the past."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.tag_ == "MD" for c in auxes) and any(c.lemma_ == "have" for c in auxes)


def _wh_infinitive(tok: Token) -> bool:
    """ "how to cooperate", "whether to strike": an infinitive led by a question word."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return any(
        c.i < tok.i and c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "whether", "when", "where")
        for c in tok.children
    )


# verbs that never go without an object: with none and no auxiliary, a participle misread
_OBJECT_REQUIRED = frozenset({"outlaw", "ban", "proscribe", "prohibit"})


# modifiers that make a mutual act one party's own ("a unilateral ceasefire")
_ONE_SIDED = frozenset({"unilateral", "unilaterally", "one-sided"})


def _one_sided(tok: Token) -> bool:
    """The trigger, or the act it names as its object, is marked as done by one side alone."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd"))]
    return any(c.lower_ in _ONE_SIDED for h in heads for c in h.children if c.dep_ in ("amod", "advmod"))


def _raised_object(tok: Token) -> Token | None:
    """X in "allowed X to hold a rally", parsed as the subject of the infinitive clause."""
    cc = _child(tok, "ccomp")
    if cc is None or _child(tok, "dobj", "dative") is not None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cc.children):
        return None
    return _child(cc, "nsubj")


_OBJECT_DEPS = frozenset({"dobj", "oprd", "dative", "ccomp", "xcomp", "attr"})


@_per_doc
def _is_passive(tok: Token) -> bool:
    if tok.lemma_.lower() in _STATIVE:  # "were engaged in", "is based in": not an agentless act
        return False
    if (
        tok.tag_ == "VBN"
        and tok.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)
    ):
        return True  # "when asked", "if elected": a reduced passive clause
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not _misread_predicate(tok)


def _misread_predicate(tok: Token) -> bool:
    """ "Nurses from two charities donated and delivered aid": the parser made the main verb a
    participle on the last noun (the sentence's root is then a noun); coordinated with a verb in
    the past tense, it is the sentence's predicate."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.sent.root.pos_ in ("NOUN", "PROPN")
        and tok.head.i > tok.sent.root.i
        and any(c.dep_ == "conj" and c.tag_ == "VBD" for c in tok.children)
    )


def code_root_is_coop(code: str) -> bool:
    """Cooperative or neutral roots (01-08): speculation about them is not an event."""
    return code[:2] in _COOP_ROOTS or code[:2] in ("01", "02")


def _dobj(tok: Token) -> Token | None:
    return _child(tok, "dobj", "oprd")


def _counted_object(tok: Token) -> Token | None:
    """The object of "seized up to 20 fishermen", which the parser reads as a particle "up"
    with a "to" phrase: the counted noun after "up to"."""
    for c in tok.children:
        to = c if c.dep_ == "prep" and c.lower_ == "to" else None
        if c.dep_ == "prt" and c.lower_ == "up":
            to = _child(c, "prep")
        elif to is not None and (to.i == 0 or to.doc[to.i - 1].lower_ != "up"):
            to = None
        o = _child(to, "pobj") if to is not None and to.lower_ == "to" else None
        if o is not None and _child(o, "nummod") is not None:
            return o
    return None


def _misparsed_subject(tok: Token, gov: Token | None, reporting: frozenset[str] = frozenset()) -> bool:
    """ "insisted tension there stems from ...": an object followed by a subjectless clause of the
    same verb is really that clause's subject, so the verb's subject did not do it. After a
    reporting verb the clause may be parsed as a conjunct of it or of the verb it is joined to
    ("backed X and insisted tension there stems from Y")."""
    if gov is None or tok.dep_ != "dobj":
        return False
    clauses = [c for c in gov.children if c.dep_ == "ccomp"]
    if gov.lemma_.lower() in reporting:
        clauses += [c for c in gov.children if c.dep_ == "conj"]
        if gov.dep_ == "conj":
            clauses += [c for c in gov.head.children if c.dep_ == "conj" and c.i > gov.i]
    return any(
        c.i > tok.i and _is_verb(c) and _child(c, "nsubj", "nsubjpass") is None and c.dep_ != "cc"
        for c in clauses
    )


_TIME_NOUNS = frozenset(
    {"day", "hour", "week", "night", "time", "month", "year", "weekend", "morning", "evening", "minute"}
)


def _temporal(prep: Token) -> bool:
    """ "for the third day", "over the weekend": a preposition that only gives a time."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(
        o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _TIME_NOUNS for o in objs
    )


def _modifies_noun(tok: Token) -> bool:
    """Whether a noun is the modifier in a noun-noun compound, even when misparsed as a
    second object ("hurled a fire extinguisher")."""
    if tok.dep_ == "compound":
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ not in ("conj", "appos")


def _same_country_only(s: Actor, t: Actor) -> bool:
    """Whether source and target are the same country with no sector to tell them apart."""
    return bool(s.code) and s.code == t.code and len(s.code) == 3


def _country_actor(iso: str, name: str | None = None) -> Actor:
    """A country-level stand-in actor (no id of its own) for a place, an origin or a home."""
    return Actor(id="", name=name or iso, kind="country", code=iso, country=iso)


def _home_countries(actors: list[Actor]) -> list[Actor]:
    """Country-level stand-ins for the countries of some actors."""
    return [_country_actor(iso) for iso in dict.fromkeys(a.country for a in actors if a.country)]


def _sector(a: Actor) -> str:
    return a.sector or (a.code or "")[3:6]


def _is_state_body(a: Actor) -> bool:
    """A country, one of its state branches, or a body of states (the UN, the EU)."""
    return (
        a.kind == "country"
        or (bool(a.country) and _sector(a) in _STATE_SECTORS - {""})
        or (a.code or "").startswith("IGO")
    )


def _unarmed(a: Actor) -> bool:
    """A body that bears no arms: a company, civilians, refugees, the press ("REF" alone too)."""
    if a.kind == "country":
        return False
    sec = a.sector or (a.code or "")[3:6] or ((a.code or "") if not a.country else "")
    return bool(sec) and sec not in _ARMED_SECTORS


def _is_state(a: Actor) -> bool:
    return a.kind == "country" or (bool(a.country) and _sector(a) in ("", "GOV", "MIL", "COP"))


def _names_rally(m: Match) -> bool:
    """Whether a protest trigger is a rally ("held a rally", "in a rally", "rallied")."""
    return m.tok.lemma_.lower() == "rally" or any(t.lemma_.lower() == "rally" for t in m.consumed)


def _campaign_rally(m: Match) -> bool:
    rallies = [t for t in (m.tok, *m.consumed) if t.lemma_.lower() == "rally"]
    return any(
        c.dep_ in ("compound", "amod")
        and c.lemma_.lower() in ("campaign", "election", "electoral", "reelection")
        for t in rallies
        for c in t.children
    )


def _spliced(clause: Token, verb: Token) -> bool:
    """A clause before its verb with no quotation mark is a clause of its own ("X blamed Y,
    however, Z denied ..."), not what the verb reports; a quoted one ('"...," Z denied') is."""
    if clause.i > verb.i:
        return False
    span = verb.doc[verb.sent.start : verb.i]
    return not any(t.text in ('"', "“", "”", "'", "‘", "’", "``", "''") for t in span)


def _sets_the_scene(prep: Token, verb: Token) -> bool:
    """A time-like preposition, or "in"/"at" fronted before its verb ("In a phone call, X agreed
    to ..."): the setting of an act, not what the act is about."""
    return prep.lower_ in _SETTING_PREPS or (prep.i < verb.i and prep.lower_ in ("in", "at"))


_QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "whom", "which"})


def _subjunctive(c: Token) -> bool:
    """A "that" clause in the mandative subjunctive: "that Kenya release him", "that he be freed"."""
    if c.dep_ != "ccomp" or _child(c, "nsubj", "nsubjpass") is None:
        return False
    if any(x.dep_ == "aux" or x.tag_ == "MD" for x in c.children):
        return False
    if c.tag_ == "VB":
        return True
    subj = _child(c, "nsubj")
    if c.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP"):
        return True  # "that the government grant": no agreement with a singular subject
    return c.tag_ == "VBN" and any(x.dep_ == "auxpass" and x.lower_ == "be" for x in c.children)


def _list_item_before(t: Token) -> Token | None:
    """ "wants to cut taxes, leave NATO and ...": a bare verb of a list, which the parser hangs
    as an adverbial clause on the item before, or on the verb governing the list as a clause of
    its own, is one more item of the list. Returns the item it follows."""
    if t.tag_ != "VB" or any(x.dep_ in ("aux", "mark", "nsubj") for x in t.children):
        return None
    if t.dep_ == "advcl" and t.i > 0 and t.doc[t.i - 1].lower_ == ",":
        if t.head.tag_ == "VB":
            return t.head
    elif not (t.dep_ in ("conj", "dep") and t.head.tag_ in ("VBZ", "VBD", "VBP")):
        return None
    return next((x for x in t.head.children if x.dep_ == "xcomp" and x.i < t.i), None)


def _set_off_by_commas(tok: Token) -> bool:
    """ "his counterpart, Foreign Minister Wang Yi, on Saturday": a phrase between commas."""
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text == "," and _set_off(tok)


def _of_objects(tok: Token) -> set[str]:
    """Lemmas of what a noun is "of": "a war of words" -> {"word"}."""
    return {
        g.lemma_.lower()
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    }


@_per_doc
def _with_modifier(tok: Token) -> frozenset[str]:
    """ "first aid", "hearing aid": the noun with each compound or adjective before it; "war of
    word": with what it is "of"."""
    lem = tok.lemma_.lower()
    out = {f"{c.lemma_.lower()} {lem}" for c in tok.children if c.dep_ in ("compound", "amod")}
    return frozenset(out | {f"{lem} of {o}" for o in _of_objects(tok)})


_RECORD_MODS = frozenset({"first", "last", "only", "sole", "latest", "second", "third"})


def _record_holder(noun: Token) -> bool:
    """ "the first leader to visit", "the most senior official to visit": the infinitive tells
    what the one so ranked did, not what anyone plans."""
    for c in noun.children:
        if c.dep_ not in ("amod", "advmod"):
            continue
        if c.lower_ in _RECORD_MODS or c.tag_ in ("JJS", "RBS"):
            return True
        if any(g.lower_ in ("most", "least") for g in c.children if g.dep_ == "advmod"):
            return True
    return False


def _imperative(t: Token) -> bool:
    """A bare verb opening its clause with no subject: "Release them", "take a knife and attack"."""
    if t.tag_ != "VB" or t.dep_ not in ("ROOT", "ccomp", "parataxis", "conj", "xcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "csubj") for c in t.children):
        return False
    if t.dep_ == "conj":
        return _imperative(t.head)
    first = min(x.i for x in t.subtree)
    if first != t.i and not all(x.dep_ in ("punct", "advmod", "intj", "cc") for x in t.doc[first : t.i]):
        return False
    prev = t.doc[first - 1] if first > t.sent.start else None
    return prev is None or prev.text in ('"', "“", "'", ":", "‘", "—", "-")


def _undated(tok: Token) -> list[Token]:
    """A prepositional object without its date: "with Trump Friday" is parsed as a compound
    of the date, so the names before the date are the object."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return [tok]
    return [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ not in ("DATE", "TIME", "")]


def _opposed(tok: Token) -> bool:
    """Whether a modifier names an opponent: "anti-Assad protests" are against Assad, not his."""
    doc = tok.doc
    if tok.lower_.startswith(("anti-", "counter-")):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "counter")


def _fronted_participle(tok: Token) -> bool:
    """ "Shot during the clash, the officer ...": a bare past participle clause before its head,
    whose subject is the one the participle happened to."""
    return (
        tok.dep_ == "advcl"
        and (tok.tag_ == "VBN" or (tok.tag_ == "VB" and tok.i == tok.sent.start))  # "Hit in the ..."
        and tok.i < tok.head.i
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children)
    )


def _conjoined_verbs(tok: Token) -> list[Token]:
    """The verbs conjoined with a verb: its head if it is a conjunct, and its own conjuncts."""
    out = [c for c in tok.children if c.dep_ == "conj" and _is_verb(c)]
    if tok.dep_ == "conj" and _is_verb(tok.head):
        out.append(tok.head)
    return out


def _says_none(tok: Token) -> bool:
    """Whether a noun is quantified as none: "no talks", "no mass deportations"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _in_order_to(tok: Token) -> bool:
    """An infinitive after "in order", which the parser hangs on the noun "order"."""
    o = tok.head
    return (
        tok.dep_ == "acl"
        and o.lower_ == "order"
        and o.dep_ == "pobj"
        and o.head.lower_ == "in"
        and _is_verb(o.head.head)
        and any(x.dep_ == "aux" and x.lower_ == "to" for x in tok.children)
    )


def _done_little(t: Token) -> bool:
    """Whether a "to" clause is what someone does little or nothing to do: "did nothing to stop
    the raids" did not stop them."""
    if not any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children):
        return False
    h = t.head
    if h.lower_ in ("nothing", "little") and h.dep_ == "dobj":
        h = h.head
    return h.lemma_.lower() == "do" and any(
        c.dep_ == "dobj" and c.lower_ in ("nothing", "little") and not _children(c, "advmod", "amod")
        for c in h.children
    )


def _attribute_word(tok: Token, describing: frozenset[str]) -> bool:
    """Whether a participle says what something is like, not what anyone did: "described the
    deaths as "crushing"", "called the plan 'killing' for farms", a word quoted on its own, or
    what a describing verb casts its object as ("portrayed the move as invading Kenya": the
    describer invades no one)."""
    if tok.tag_ not in ("VBG", "VBN"):
        return False
    if (
        tok.dep_ == "pcomp"
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_.lower() in describing
        and _child(tok.head.head, "dobj") is not None
    ):
        return True
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
        return False
    doc = tok.doc
    if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_quote and doc[tok.i + 1].is_quote:
        return True  # a single word in quotation marks: a label
    if tok.dep_ == "oprd":
        return True
    return (
        tok.dep_ == "pcomp"
        and tok.head.lower_ == "as"
        and _is_verb(tok.head.head)
        and _child(tok.head.head, "dobj") is not None
    )


def _a_conversation(tok: Token) -> bool:
    """Whether "call" is the setting of what is said ("during the call", "on a call with
    journalists"), a conversation, and not an appeal, which says what it is for ("a call for calm",
    "in a call on Kenya to withdraw")."""
    if tok.lemma_.lower() != "call" or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ not in _ADJUNCT_PREPS | {"on", "before", "over"}:
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ in ("for", "on", "upon"))
        or (c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in tok.children
    )


def _addressee_named(tok: Token, inner: Match | None) -> bool:
    """Whether an appeal names whom it asks ("urged a senator to vote ..."): a person or a body
    as the object before the complement the inner act hangs on, resolved to an actor or not."""
    comp = _child(tok, "xcomp")
    if comp is None or (inner is not None and inner.tok.i != comp.i):
        return False
    obj = _child(tok, "dobj", "dative")
    return (
        obj is not None
        and obj.i < comp.i
        and (obj.ent_type_ in ("PERSON", "NORP", "ORG") or obj.pos_ in ("NOUN", "PROPN"))
        and not (obj.pos_ == "PRON" and obj.lower_ == "it")
    )


def _addressee(comp: Token) -> Token | None:
    """Whom an appeal asks to do its complement ("urged the minister to ...", "called on the
    president to ...", "appealed to donors to ..."), resolved to an actor or not."""
    if comp.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return None  # 'told the crowd: "Go home"': a quoted order, not an infinitive asked of them
    verb = comp.head
    obj = _child(verb, "dobj", "dative")
    if obj is not None and obj.i < comp.i and not (obj.pos_ == "PRON" and obj.lower_ == "it"):
        return obj
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "to") and prep.i < comp.i:
            pobj = _child(prep, "pobj")
            if pobj is not None and not _temporal(prep):
                return pobj
    return None


def _pretext(gov: Token | None, cues: Cues) -> bool:
    """Whether a verb cites something as a reason ("used the bombings to justify a crackdown",
    "seized on the attack as a pretext"): its subject did not do what it cites."""
    if gov is None or gov.lemma_.lower() not in cues.pretext_verbs:
        return False
    aims = [c for c in gov.children if c.dep_ in ("xcomp", "advcl")]
    if any(c.lemma_.lower() in cues.justify_verbs for c in aims):
        return True
    return any(o.lemma_.lower() in cues.pretext_nouns for o in _prep_objs(gov, ("as",)))


def _asks_a_vote(tok: Token, cues: Cues) -> bool:
    """ "urged the speaker to vote against the budget": a vote asked for, not the budget's aid
    or the resolution's settlement; "encouraged firms to stop trading": no trade asked for."""
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        low = c.lemma_.lower()
        if low in ("vote", "abstain"):
            return True
        if low in cues.stop_verbs and any(g.tag_ == "VBG" for g in c.children):
            return True  # "to stop trading", not "to stop its campaign harming relations"
    return False


def _ratio_noun(tok: Token) -> list[Token]:
    """What a count as a ratio counts: "1 in 5 employees" (the "in" phrase often hung on the verb)."""
    if tok.pos_ != "NUM":
        return []
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "in":
        return []
    return [o for o in nxt.children if o.dep_ == "pobj" and _child(o, "nummod") is not None]


def _sentence_and_before(tok: Token, n: int) -> Iterator[Token]:
    """The tokens of a token's sentence and of the ``n`` sentences before it ("A blizzard hit
    the coast. The governor declared an emergency.": the storm is the emergency's cause)."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return iter(tok.doc[start : tok.sent.end])


def _reaches_a_figure(tok: Token, cues: Cues) -> bool:
    """ "the number of refugees hits one million", "the toll hit 300": a count reaches a figure,
    nothing is struck."""
    if tok.lemma_.lower() not in ("hit", "strike", "top"):
        return False
    subj = _child(tok, "nsubj")
    if subj is not None and subj.lemma_.lower() in cues.count_nouns:
        return True
    obj = _child(tok, "dobj")
    return obj is not None and obj.pos_ == "NUM" and not _prep_objs(obj, ("of",))


def _stopped_cooperation(t: Token, frame: Token, code: str, cues: Cues) -> bool:
    """ "encouraged firms to stop trading with X": cooperation to be stopped is not asked for."""
    if not code_root_is_coop(code):
        return False  # "urged X to stop attacking": an end to an attack is what is asked
    # the act itself is what is stopped, not something it is said of ("stop a campaign harming ties")
    h = t.head
    low = h.lemma_.lower()
    return h.i != frame.i and (low in cues.stop_verbs or low in cues.end_verbs)


def _stopped_conflict(t: Token, frame: Token, code: str | None, cues: Cues) -> str | None:
    """ "urged X to stop attacking villages", "demanded it halt the offensive": the end of a fight
    asked for or promised is de-escalation (087), the end of a protest an easing of dissent (082)."""
    if not code or code[:2] not in _STOPPABLE:
        return None
    stops = cues.stop_verbs | cues.end_verbs
    if any(a.dep_ == "aux" and a.lemma_.lower() in stops for a in t.children):
        h = t  # "demanded that X stop bombing Y", "stop" parsed as an auxiliary
    else:
        h = t.head
        if h.dep_ == "prep" and h.lower_ == "from":
            h = h.head  # "to refrain from attacking"
        if h.i in (frame.i, t.i) or h.lemma_.lower() not in stops:
            return None
    # the stopping is what the frame itself asks or promises ("urged X to stop attacking", "to
    # lay down arms and stop attacking"), not the aim of something else it asks
    while h.dep_ == "conj":
        h = h.head
    return _STOPPABLE[code[:2]] if h.head.i == frame.i else None


def _governed_by(t: Token, head: Token) -> bool:
    """The object of a verb, directly or through a preposition ("renewed its appeal", "insisted
    on its demand"), not a word further down ("asked X to revoke the request")."""
    h = t.head
    if h.dep_ == "prep":
        h = h.head
    return h.i == head.i


def _within(indexes: list[int], sent: Span) -> set[int]:
    """The members of a sorted list of token indexes that fall in a sentence."""
    return set(indexes[bisect.bisect_left(indexes, sent.start) : bisect.bisect_left(indexes, sent.end)])


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


# -- the coder ---------------------------------------------------------------------------------
class SentenceCoder:
    def __init__(self, ctx: DocContext, lex: EventLexicon, codebook: Codebook) -> None:
        self.ctx = ctx
        self.lex = lex
        self.cb = codebook
        self.cues = lex.cues
        self.actors = ActorFinder(ctx)
        self._sport: bool | None = None  # whether the story reports games; worked out on demand
        self._plays = lex.cues.game_verbs | lex.cues.contest_verbs
        # words that may tell a plot ("the film", "plays a"), gathered in the sentence's one pass
        self._fiction_ids = lex.fiction_ids
        self._fiction_hits: list[int] = []  # their token indexes
        self._matches: dict[int, Match] = {}
        self._place_codes: dict[str, str | None] = {}
        self._lemma_hits: list[int] | None = None  # indexes of the tokens with a lemma with patterns
        self._memo: dict[str, dict[int, object]] = {}  # see _per_coder

    # ---- matching ----
    def match_verb(self, tok: Token) -> Match | None:
        if (
            tok.lower_ in ("opposed", "compared", "accused")
            and tok.i > 0
            and tok.doc[tok.i - 1].lower_ == "as"
        ):
            return None  # "as opposed to", "as compared with": a connective, not an act
        pats = self.lex.verbs.get(tok.lemma_.lower())
        if not pats:
            pats = next((self.lex.verbs[x] for x in guess_lemmas(tok.lower_) if x in self.lex.verbs), None)
        if not pats:
            return None
        # one pass over the children: particles, prepositions, object, complements, negation
        prts: set[str] = set()
        preps: dict[str, Token] = {}
        dobj: Token | None = None  # the first dobj or oprd (_dobj)
        comps: list[Token] = []
        neg = False
        for c in tok.children:
            dep = c.dep_
            if dep == "prt":
                prts.add(c.lower_)
            elif dep == "advmod":
                low = c.lower_
                if low in _ADVERB_PARTICLES:
                    prts.add(low)
            elif dep in ("prep", "dative", "agent"):
                low = c.lower_
                preps[low] = c
                if dep == "prep" and low == "out":  # "backed out of": parsed as a preposition
                    prts.add(low)
            elif dep in ("xcomp", "ccomp"):
                comps.append(c)
            elif dep == "advcl" and c.tag_ == "VB":
                mark = _child(c, "mark")
                if mark is not None and mark.lower_ == "for":
                    preps.setdefault("for", mark)  # "called for X to withdraw", parsed as a clause
            elif dep == "neg":
                neg = True
            elif dobj is None and dep in ("dobj", "oprd"):
                dobj = c
        if "out" in preps:  # "pulled out of the deal": "of" hangs on the particle
            preps.update({g.lower_: g for g in preps["out"].children if g.dep_ == "prep"})
        objs: list[Token] | None = None  # computed once, for the first pattern that asks
        patients: list[Token] | None = None
        subj_lem: str | None = None
        subj_of_lem = ""
        for p in pats:  # sorted most specific first
            consumed: list[Token] = []
            if p.prt and not (prts & p.prt):
                continue
            if p.prt == frozenset() and prts and tok.lemma_.lower() in self.cues.phrasal_sensitive:
                # "call off", "take over", "step down": a bare pattern must not take a phrasal verb
                if not p.prep and not p.obj:
                    continue
            if p.prep:
                hits = [preps[x] for x in p.prep if x in preps and not _temporal(preps[x])]
                if not hits and p.pobj and dobj is not None:  # "attacked X on Twitter": hung on X
                    hits = [c for c in dobj.children if c.dep_ == "prep" and c.lower_ in p.prep]
                if not hits:
                    continue
                pobjs = [c for h in hits for c in h.children if c.dep_ in ("pobj", "pcomp")]
                if p.pobj and not any(o.lemma_.lower() in p.pobj for o in pobjs):
                    continue
                if p.pobj_actor and not any(self.actors.strict(o) for o in pobjs):
                    comp = _child(tok, "xcomp")
                    asked = _addressee(comp) if comp is not None else None
                    if asked is None or asked.pos_ not in ("NOUN", "PROPN"):
                        continue  # "called on the president to resign": asked of someone unnamed
                if p.pobj:
                    consumed += pobjs
            if p.obj or p.obj_topic:
                if objs is None:
                    objs = self._objects(tok)
                ok = None
                for o in objs:
                    lem = o.lemma_.lower()
                    if p.obj and lem not in p.obj and o.lower_ not in p.obj:
                        if not _with_modifier(o) & p.obj:  # "war games", "tear gas"
                            continue
                    if p.obj_topic and not (
                        self.lex.topic_in(p.obj_topic, [lem])
                        or self._is_place_actor(o)
                        # a listed phrase of the noun with its modifier: "aid trucks"
                        or any(
                            tuple(ph.split()) in self.lex.topics[p.obj_topic].phrases
                            for ph in _with_modifier(o)
                        )
                    ):
                        continue
                    if p.obj_mod and not any(
                        c.lemma_.lower() in p.obj_mod
                        for c in o.children
                        if c.dep_ in ("compound", "amod", "nmod")
                    ):
                        continue
                    ok = o
                    break
                if ok is None:
                    continue
                consumed.append(ok)
            if p.obj_not:
                if patients is None:
                    patients = self._patients(tok)
                if any(
                    o.lemma_.lower() in p.obj_not or _with_modifier(o) & p.obj_not
                    for o in patients + [r for x in patients for r in _ratio_noun(x)]
                ):
                    continue
            if p.obj_not and any(o.lemma_.lower() in p.obj_not for o in _prep_objs(tok, ("with",))):
                continue  # "was met with applause", "the assault met with fierce resistance"
            if p.id == "v.meet" and _is_passive(tok) and "with" in preps:
                continue  # "his remarks were met with derision", "are met with protesters": a reception
            if p.xcomp and not comps:
                continue
            if p.no_xcomp and (
                comps
                or any(  # "agreed with Peru to cut tariffs": the "to" clause parsed as an advcl
                    c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in tok.children
                )
                or any(c.dep_ in ("oprd", "acomp") and (dobj is None or c.i != dobj.i) for c in tok.children)
                or (
                    dobj is not None
                    and dobj.pos_ == "PRON"
                    and _child(dobj, "acomp", "amod", "appos") is not None
                )
            ):
                continue
            if p.ccomp and not any(c.dep_ == "ccomp" for c in comps):
                continue
            if p.subjunctive and not any(_subjunctive(c) for c in comps):
                continue
            if p.question_not and self._asks_a_question(tok, dobj, comps):
                continue
            if p.prep_not and (
                # a preposition that only gives a time ("travels to Seoul on Friday") is no sense
                any(x in preps and not _temporal(preps[x]) for x in p.prep_not)
                or p.prep_not & prts
                or any(
                    c.dep_ == "advmod" and c.lower_ in p.prep_not for c in tok.children
                )  # "push X forward"
            ):
                continue
            if p.pobj_not and any(
                o.lemma_.lower() in p.pobj_not
                # "freed the town from fear": a prepositional phrase the parser hung on the object
                for h in (*preps.values(), *(_children(dobj, "prep") if dobj is not None else ()))
                for g in (h, *(x for x in h.children if x.dep_ == "prep"))  # "from X to a hospital"
                for o in g.children
                if o.dep_ == "pobj"
            ):
                continue
            if p.xcomp_not and any(
                c.lemma_.lower() in p.xcomp_not
                and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and _child(c, "aux") is not None))
                for c in tok.children
            ):
                continue  # "battled to save him" (the "to" clause is often parsed as advcl)
            if p.xcomp_aims and self._strives(tok, p.xcomp_aims):
                continue
            if p.xcomp_lemma:
                cands = comps + _children(tok, "acomp", "oprd")
                cands += [g for c in cands for g in c.children if g.dep_ in ("acomp",)]
                # a listed word form matches itself only: "declined to be drawn", not "to draw up"
                if not any(c.lemma_.lower() in p.xcomp_lemma or c.lower_ in p.xcomp_lemma for c in cands):
                    continue
                if p.code == "011" and self._answers_a_request(comps):
                    continue  # "would not respond to an ultimatum": the ultimatum is refused
            if p.obj_actor:
                # "wants Putin to attack": the subject of the complement, when it comes first
                # (a dobj after it is misparsed: "allow X to run in the ... elections")
                subjs = [s for c in comps if (s := _child(c, "nsubj")) is not None]
                o = min([*subjs, *([dobj] if dobj is not None else [])], key=lambda t: t.i, default=None)
                if o is None and _is_passive(
                    tok
                ):  # "Kosovo was recognized by ...": the object is the subject
                    o = _child(tok, "nsubjpass")
                if o is None or not self._names_actor(o):
                    continue
                if o.pos_ == "PRON" and o.lower_ in ("it", "them", "this", "that"):
                    continue
                if p.id == "v.host" and self._someones_act(o):
                    continue  # "welcomed X's introduction of sanctions": praise of an act, no visit
            if p.no_to_clause and any(
                c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children
            ):
                continue
            if p.obj_state and not any(
                _is_state_body(a)
                for a in self.actors.of(
                    dobj if dobj is not None or not _is_passive(tok) else _child(tok, "nsubjpass")
                )
            ):
                continue  # "recognised the girl", "recognise the possibility": no state named ("X was recognised")
            if p.obj_bare and not self._bare_object(tok, dobj):
                continue
            if p.held_patient:
                if patients is None:
                    patients = self._patients(tok)
                # "executing and carrying out the plan": an object the conjoined verbs share
                held = patients or [o for v in _conjoined_verbs(tok) for o in self._objects(v)]
                if held and not any(self._can_be_held(o) for o in held):
                    continue  # "released a digest of the talks", "figures released by the army"
            if p.being_patient:
                if patients is None:
                    patients = self._patients(tok)
                if patients and not any(self._is_being(o) for o in patients):
                    continue  # "eliminated the subsidy", "liquidated the firm": no one is killed
            if p.need_obj and dobj is None:
                continue
            if p.no_obj and dobj is not None:
                continue
            if (
                p.transitive
                and dobj is None
                and _child(tok, "nsubjpass") is None
                and not (tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN")  # "a paper closed by X"
            ):
                continue
            if p.active_only and _is_passive(tok):
                continue
            if p.neg_required and not neg:
                continue
            if p.subject_only or p.subject_not:
                if subj_lem is None:
                    subj = self._subject_token(tok)
                    if subj is None and _is_passive(tok):  # "was hit by a blast": the agent
                        subj = next(iter(_prep_objs(tok, ("by",))), None)
                    # "the Soviet Union": a place's name is no union of workers
                    a = self.ctx.actor_of_token(subj) if subj is not None else None
                    named_place = subj is not None and (
                        subj.ent_type_ in ("GPE", "LOC", "NORP")
                        or (a is not None and (a.kind == "country" or (a.code or "").startswith("IGO")))
                    )
                    subj_lem = subj.lemma_.lower() if subj is not None and not named_place else ""
                    # a part or a count ("most of the storms"): what it is of, for the exclusions
                    subj_of_lem = subj_lem
                    if subj is not None and subj_lem in _PARTITIVE:
                        subj_of_lem = next(iter(_prep_objs(subj, ("of",))), subj).lemma_.lower()
                if p.subject_only and subj_lem not in p.subject_only:
                    continue
                if p.subject_not and (subj_lem in p.subject_not or subj_of_lem in p.subject_not):
                    continue
            if p.code.startswith("172") and self._ban_as_label(tok):
                continue
            return Match(tok, p, "v", p.code, consumed)
        return None

    @staticmethod
    def _ban_as_label(tok: Token) -> bool:
        """ "a group outlawed in Kenya", "a party banned since 2015": a participle that tells
        what a body is, with no one named as banning it, describes it; no ban is reported."""
        if tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("agent", "aux", "auxpass") for c in tok.children):
            return False
        if tok.dep_ == "acl":
            return True
        return tok.lemma_.lower() in _OBJECT_REQUIRED and not any(
            c.dep_ in _OBJECT_DEPS for c in tok.children
        )

    def _hosted_between(self, noun: Token, sources: list[Actor], targets: list[Actor]) -> bool:
        """ "hosted talks between X and Y", "will broker a meeting among them": the one who holds
        the talks for two other parties is a mediator, not a party."""
        gov = self._governor(noun)
        if gov is None or gov.lemma_.lower() not in self.cues.host_verbs or not sources:
            return False
        if not any(
            c.dep_ == "prep" and c.lower_ in ("between", "among") for c in (*noun.children, *gov.children)
        ):
            return False
        own = {_key(a) for a in sources}
        return len([t for t in targets if _key(t) not in own]) >= 2

    def _answers_a_request(self, comps: list[Token]) -> bool:
        """ "to respond to an ultimatum", "to answer the call": what is answered is a request."""
        return any(
            any(p.frame in ("appeal", "demand") for p in self.lex.nouns.get(o.lemma_.lower(), ()))
            for c in comps
            for o in [*_children(c, "dobj"), *_prep_objs(c, ("to",))]
        )

    def _asks_a_question(self, tok: Token, dobj: Token | None, comps: list[Token]) -> bool:
        """ "asked whether ...", "asked him about X", "'Why?' he asked": a question, which
        requests nothing; "asked X to V", "asked for X", "asked that X be V-ed" are requests."""
        if any(c.dep_ == "xcomp" and _child(c, "aux") is not None for c in comps):
            return False  # "asked X to V", even with an "if" clause after it
        clauses = comps + [c for c in tok.children if c.dep_ == "advcl"]  # "asked him if ...": an advcl
        for c in clauses:
            first = min(c.subtree, key=lambda x: x.i)
            if first.lower_ in _QUESTION_WORDS or any(
                x.dep_ == "mark" and x.lower_ in ("if", "whether") for x in c.children
            ):
                return True
        if _is_passive(tok):
            return True  # "was asked by a reporter about ...", with no "to" of a request
        if any(c.dep_ == "ccomp" and (_subjunctive(c) or _child(c, "mark") is not None) for c in comps):
            return False
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        if "for" in preps:
            return False
        if dobj is not None and dobj.pos_ == "NOUN" and self.ctx.actor_of_token(dobj) is None:
            return self.lex.topic_in(
                "people", [dobj.lemma_.lower()]
            )  # "asked permission", not "asked officials"
        return True

    def _bare_object(self, tok: Token, dobj: Token | None) -> bool:
        """Whether the object is an actor named on its own, with no second noun naming it
        ("called Putin a killer", "called officials 'cheaters'")."""
        if dobj is None:  # "called Erdogan to offer condolences": parsed as the complement's subject
            comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
            dobj = next((s for c in comps if (s := _child(c, "nsubj")) is not None), None)
        if dobj is None or any(c.dep_ == "oprd" and c.i != dobj.i for c in tok.children):
            return False
        if any(c.dep_ == "appos" for c in dobj.children):
            return False
        return (
            dobj.pos_ == "PRON"
            or self.ctx.actor_of_token(dobj) is not None
            or any(
                c.dep_ in ("amod", "compound") and self.ctx.actor_of_token(c) is not None
                for c in dobj.children
            )
            and self.lex.topic_in("people", [dobj.lemma_.lower()])
        )

    def _objects(self, tok: Token) -> list[Token]:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "nsubjpass", "attr")]
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            objs.append(tok.head)
        objs += [cj for o in list(objs) for cj in o.conjuncts]
        caused = self.causative(tok)  # "had the envoys expelled": the envoys
        if caused is not None and caused[1] not in objs:
            objs.append(caused[1])
        objs += [p for o in list(objs) if o.lemma_.lower() in _PARTITIVE for p in _prep_objs(o, ("of",))]
        return objs

    @_per_coder
    def causative(self, tok: Token) -> tuple[Token, Token] | None:
        """(the causing verb, the patient) when a past participle says what a subject had done
        to someone: "had the protesters arrested", "got the envoy expelled", "had dozens of
        journalists jailed"; None otherwise."""
        if tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return None
        verbs = self.cues.causative_verbs
        head = tok.head
        if tok.dep_ in ("ccomp", "xcomp", "oprd"):
            if head.pos_ != "VERB" or head.lemma_.lower() not in verbs:
                return None
            if tok.tag_ == "VBD" and (_child(tok, "dobj") is not None or _child(head, "dobj") is not None):
                return None  # a participle tagged as a past tense, but with no object of its own
            patient = _child(tok, "nsubj")
            if patient is None:
                patient = _child(head, "dobj")
            return (head, patient) if patient is not None and patient.i < tok.i else None
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and head.i < tok.i:
            noun = head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
                noun = noun.head.head  # "had dozens of journalists jailed"
            verb = noun.head
            if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
                return verb, head
        return None

    def deployment(self, m: Match) -> tuple[str, list[Actor]] | None:
        """Forces sent somewhere. Sent to help or guard someone ("sent troops to protect the
        Malian government", "sent Mali 300 troops") they protect that one (074); sent to a place
        with no one to help ("sent troops to the border") they are a show of force (154). Arms,
        money, police and peacekeepers keep their own codes."""
        if m.kind != "v" or m.code[:2] not in ("07", "15") or m.code in ("151", "152"):
            return None
        forces = [o for o in m.consumed if self.lex.topic_in("armed_forces", [o.lemma_.lower()])]
        if not forces and m.code == "153" and m.tok.lemma_.lower() in self.cues.transfer_verbs:
            # "sent 1,000 police officers to Haiti": police lent to another state protect it (074)
            own = {a.country for a in self.sources_of_verb(m.tok) if a.country}
            hosts = self._foreign_hosts(_prep_objs(m.tok, ("to",)), own)
            return ("074", hosts) if hosts else None
        if not forces:
            return self._arms_sent(m)
        if any(
            c.dep_ in ("compound", "amod") and self.lex.topic_in("police", [c.lemma_.lower()])
            for c in forces[0].children
        ):
            return "153", []  # "sent police forces": police power, not armed forces
        tok = m.tok
        p = m.pat
        if (self.topic_code(tok, p.refine) if p.refine else None) in ("074", "153"):
            return None  # "sent peacekeeping troops", "deployed police forces"
        help_words = self.lex.topics["aid_purpose"].words
        clauses = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in help_words]
        clauses += [
            c
            for f in forces
            for c in f.children
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in help_words
        ]
        helped = [a for c in clauses for o in _children(c, "dobj") for a in self.actors.of(o, deep=True)]
        # "sent Mali troops": a bare recipient, not "to Mali", which may be only where they go
        helped += [
            a for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP" for a in self.actors.of(c)
        ]
        # "provided troops to the UN mission": a body that takes them in, not a place they go to
        helped += [
            a
            for o in _prep_objs(tok, ("to",))
            if o.ent_type_ not in ("GPE", "LOC", "FAC") and not self._is_place_actor(o)
            for a in self.actors.strict(o)
            if a.kind != "country"
        ]
        own = {a.country for a in self.sources_of_verb(tok) if a.country}
        helped = [a for a in helped if not (a.country and a.country in own)]
        if helped:
            return "074", helped
        # "contributed troops to an international force": they join a joint force or mission
        dests = _prep_objs(tok, ("to",))
        if any(self.lex.topic_in("joint_forces", [o.lemma_.lower()]) for o in dests):
            return "074", []
        # "sent troops to Somalia": a foreign state they are sent to takes them in, as CAMEO
        # codes a state's forces sent to another's aid; a border, a sea, a region or a move
        # "into" a country is a show of force
        hosts = self._foreign_hosts(dests, own)
        if not own and m.kind == "v" and _is_passive(tok):  # "Kenyan troops were sent to Somalia"
            own = {a.country for a in self.actors.of(_child(tok, "nsubjpass"), deep=True) if a.country}
            hosts = [h for h in hosts if h.country not in own]
        if hosts:
            return "074", hosts
        entered = [a for o in _prep_objs(tok, ("into",)) if (a := self.place_actor(o)) is not None]
        return "154", [a for a in entered if a.country not in own]  # "sent troops into Ukraine"

    def _foreign_hosts(self, dests: list[Token], own: set[str]) -> list[Actor]:
        """The foreign states among the places forces are sent to."""
        lexicon = self.ctx.resources.lexicon
        return [
            _country_actor(iso, ent.text)
            for o in dests
            if o.ent_type_ == "GPE"
            for ent in o.doc.ents
            if ent.start <= o.i < ent.end
            if (iso := lexicon.country_of(ent.text)) and iso not in own
        ]

    def _arms_sent(self, m: Match) -> tuple[str, list[Actor]] | None:
        """ "sent tanks to Ukraine", "sent Ukraine missiles": arms (no troops) sent to another
        state are military aid (072) to it, not a show of force; sent to a border, a region or
        one's own side they stay a deployment."""
        if m.code[:2] != "15" or not any(
            self.lex.topic_in("military_aid", [o.lemma_.lower()]) for o in m.consumed
        ):
            return None
        tok = m.tok
        if tok.lemma_.lower() not in self.cues.transfer_verbs:
            return None  # "deployed missiles to Belarus": its own, stationed there
        own = {a.country for a in self.sources_of_verb(tok) if a.country}
        if not own:
            return None
        got = [a for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP" for a in self.actors.of(c)]
        got += [a for o in _prep_objs(tok, ("to",)) if o.ent_type_ == "GPE" for a in self.actors.strict(o)]
        got = [a for a in got if a.country and a.country not in own]
        return ("072", got) if got else None

    def _home_ground(self, m: Match) -> bool:
        """Whether forces are sent to guard the sender's own ground: "its own border", "to
        secure the border", a place in its own country. A posture at home threatens no one;
        a border shared with a named other country ("its border with X") may still do."""
        tok = m.tok
        own = {a.country for a in self.sources_of_verb(tok) if a.country}
        if not own:
            return False
        guard = self.lex.topics["home_guard"].words
        dests = _prep_objs(tok, ("to", "along", "on", "at", "near", "in"))
        guarded = [
            o
            for c in tok.children
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in guard
            for o in _children(c, "dobj")
        ]
        border_words = self.cues.border_nouns
        home = False
        for d in dests + guarded:
            if d.lemma_.lower() in border_words:
                others = [
                    a.country
                    for o in _prep_objs(d, ("with", "of"))
                    for a in [*self.actors.of(o), self.place_actor(o)]
                    if a is not None and a.country
                ]
                others += [a.country for c in _children(d, "amod", "compound") for a in self.actors.of(c)]
                if any(c not in own for c in others):
                    return False  # "its border with X", "the Ukrainian border": another's side
                poss = _child(d, "poss")
                if d in guarded or (
                    poss is not None
                    and (
                        poss.lower_ in ("its", "their", "his", "her", "our")
                        or any(a.country in own for a in self.actors.of(poss))
                    )
                ):
                    home = True
            elif (pa := self.place_actor(d)) is not None:
                if pa.country not in own:
                    return False
                home = True  # "sent troops to Texas" by Washington
        return home

    def _can_be_held(self, tok: Token) -> bool:
        """Whether a patient is someone, or a thing one holds from another (a ship, remains)."""
        if tok.pos_ == "NUM" or tok.lemma_.lower() in _PARTITIVE or tok.lemma_.lower() in _COUNT_NOUNS:
            of = _prep_objs(tok, ("of",))  # "dozens of protesters", "some of the hostages"
            return self._can_be_held(of[0]) if of else tok.pos_ == "NUM"
        if tok.pos_ in ("PROPN", "PRON") or self.ctx.actor_of_token(tok) is not None:
            return tok.lower_ not in ("it", "this", "that", "which", "what")
        lem = [tok.lemma_.lower()]
        return any(
            self.lex.topic_in(t, lem)
            for t in ("persons", "captives", "people", "followers", "displaced", "property")
        ) or bool(self.actors.strict(tok))

    def _is_being(self, tok: Token) -> bool:
        """Whether a patient is someone who can be killed: a person or people (named, counted or
        of a kind of person), or an armed body; not a thing, a measure or a civilian body such
        as a commission or a firm."""
        low = tok.lemma_.lower()
        if tok.pos_ == "NUM" or low in _PARTITIVE or low in _COUNT_NOUNS:
            of = _prep_objs(tok, ("of",)) or _ratio_noun(tok)  # "five of the gunmen", "1 in 5 staff"
            return self._is_being(of[0]) if of else tok.pos_ == "NUM"
        if tok.pos_ == "PRON":
            return tok.lower_ not in ("it", "this", "that", "which", "what")
        people = any(
            self.lex.topic_in(t, [low])
            for t in ("persons", "people", "captives", "followers", "displaced", "armed_forces", "police")
        )
        if people or tok.ent_type_ in ("PERSON", "NORP"):
            return True
        named = self.actors.strict(tok)
        # a person, or a body that bears arms ("eliminated the cell", "liquidated the gang")
        return any(a.kind == "person" or _sector(a) in _FIGHTING_SECTORS | {"CRM", "RAD"} for a in named)

    def _harms_a_thing(self, tok: Token) -> bool:
        """Whether a violent verb is done only to things no one is hurt by: a film, a report, a
        measure ("shot a short film", "killed the inquiry"), or a figure ("is set to hit 41C")."""
        if _reaches_a_figure(tok, self.cues):
            return True
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [cj for o in list(objs) for cj in o.conjuncts]
        if not objs:
            return False
        for o in objs:
            if self.ctx.actor_of_token(o) is not None or self.actors.strict(o):
                return False
            # a measure with its unit ("41C", "$5bn", "10%"), not a count of people ("five")
            quantity = any(ch.isdigit() for ch in o.text) and any(
                ch.isalpha() or ch in "%$€£" for ch in o.text
            )
            if not quantity and o.lemma_.lower() not in self.cues.thing_nouns:
                return False
        return True

    def _thing_does_it(self, tok: Token) -> bool:
        """Whether a verb that needs someone to do it ("support", "offer") has a thing for its
        subject, with no actor named in it: "the data offer little hope" is no offer."""
        if tok.lemma_.lower() not in self.cues.agentive_verbs:
            return False
        subj = self._subject_token(tok)
        if subj is None or subj.pos_ != "NOUN":
            return False
        lem = subj.lemma_.lower()
        # "a small firm offers cheap rooms": a sale, by a firm no actor is named for
        return lem in self.cues.thing_nouns or (
            lem in self.cues.commercial_nouns and tok.lemma_.lower() in ("offer", "provide", "give", "sell")
        )

    def _suffered(self, verb: Token, patient: Token, tok: Token) -> bool:
        """Whether "X had Y V-ed" tells what X suffered or obtained, not what X had done: its own
        thing ("had his passport seized"), its own people harmed ("Ukraine had two soldiers
        killed"), or a measure it got eased ("got the sanctions lifted": others lifted them; who
        "had the curfew lifted" lifted it)."""
        person = self.ctx.actor_of_token(patient) is not None or any(
            self.lex.topic_in(t, [patient.lemma_.lower()]) for t in ("followers", "people", "persons")
        )
        if not person:
            m = self._matches.get(tok.i)
            obtained = verb.lemma_.lower() == "get" and m is not None and m.code[:2] == "08"
            # one's own thing seized or frozen is suffered; one's own troops deployed are sent
            adverse = m is None or m.code[:2] in ("11", "12", "13", "16", "17", "18", "19", "20")
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in patient.children)
            return obtained or (own and adverse)
        if tok.lemma_.lower() not in self.cues.casualty_verbs:
            return False
        if _child(patient, "nummod") is not None or patient.pos_ == "NUM":
            return True  # "had two soldiers wounded": a count of casualties suffered
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in patient.children) and not self.lex.topic_in(
            "followers", [patient.lemma_.lower()]
        ):
            return True  # "had its leaders killed"; but "had his rivals killed" was done
        subj = self._subject_token(verb)
        own = {a.country for a in self.actors.of(subj, deep=True) if a.country} if subj is not None else set()
        return any(a.country in own for a in self.actors.of(patient, deep=True))

    def _patients(self, tok: Token) -> list[Token]:
        """What a verb is done to, including the subject of "has to be *met*"."""
        objs = self._objects(tok)
        if not objs and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
            subj = _child(tok.head, "nsubj", "nsubjpass")
            if subj is not None:
                objs.append(subj)
        return objs

    def _town_as_people(self, tok: Token) -> bool:
        """A town's name the model tagged as a people's: "near the town of X" (no demonym)."""
        if tok.ent_type_ != "NORP" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        if tok.head.head.lemma_.lower() not in self.cues.place_nouns:
            return False
        return not self.ctx.resources.lexicon.country_of(tok.text)

    def place_actor(self, tok: Token) -> Actor | None:
        """A place named in the text, as a country-level stand-in actor (no id of its own)."""
        if tok.ent_type_ not in ("GPE", "LOC", "FAC") and not self._town_as_people(tok):
            if tok.lemma_.lower() not in self.cues.place_nouns:
                return None
            # "the western city of Kisumu", "the capital, Nairobi", "Kandahar province"
            named = _prep_objs(tok, ("of",)) + [c for c in tok.children if c.dep_ in ("appos", "compound")]
            found = next((a for c in named if c.ent_type_ and (a := self.place_actor(c)) is not None), None)
            if found is None and not named:  # "the Rwandan capital": the demonym's country
                lex = self.ctx.resources.lexicon
                iso = next(
                    (i for c in tok.children if c.dep_ == "amod" and (i := lex.country_of(c.text))), None
                )
                found = _country_actor(iso, tok.text) if iso else None
            return found
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None:
            return None
        doc = tok.doc
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end + 1].ent_type_ == "GPE":
            return self.place_actor(doc[ent.end + 1])  # "the Northern District of Texas": in Texas
        # a country's own name first; then the country the places stage resolved the name to in
        # context ("Tripoli" near "Lebanese port"); then capitals and regions by name alone
        iso = self.ctx.resources.lexicon.country_of(ent.text)
        if not iso:
            iso = next(
                (
                    p.country
                    for p in self.ctx.places
                    # the whole name, not "Northern District" inside "the Northern District of Texas"
                    if p.country and p.span[0] <= ent.start_char + 4 and ent.end_char <= p.span[1]
                ),
                None,
            )
        if not iso:
            iso = self._place_codes.get(ent.text)
            if iso is None and ent.text not in self._place_codes:
                iso = self.place_code(ent.text)
                self._place_codes[ent.text] = iso
        if not iso and self._town_as_people(tok):
            iso = clear_country(self.ctx.resources.gazetteer.lookup(ent.text))
        if not iso:
            return None
        return _country_actor(iso, ent.text)

    def place_code(self, name: str) -> str | None:
        lex = self.ctx.resources.lexicon
        iso = lex.country_of(name) or lex.capitals.get(name)
        if iso:
            return iso
        reg = lex.region_names.get(name[4:] if name.lower().startswith("the ") else name)
        return reg.country if reg is not None and reg.country else None

    def _is_place_actor(self, tok: Token) -> bool:
        """Whether the token itself names a place: "took Crimea", not "took payments from Finns"."""
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS"):
            return False  # "took seven Russians hostage": people of a country, not its land
        a = self.ctx.actor_of_token(tok)
        if a is not None and a.kind == "country":
            return True
        # "Syria's Raqqa": a name the places stage found, or one a country owns
        return tok.pos_ == "PROPN" and (
            any(p.span[0] <= tok.idx < p.span[1] for p in self.ctx.places)
            or any(
                c.dep_ == "poss" and any(b.kind == "country" for b in self.actors.of(c)) for c in tok.children
            )
        )

    def match_noun(self, tok: Token) -> Match | None:
        pats = self.lex.nouns.get(tok.lemma_.lower())
        if not pats:
            return None
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        gov = self._governor(tok)
        gov_lem = gov.lemma_.lower() if gov is not None else ""
        for p in pats:
            if p.mod and not (mods & p.mod):
                continue
            if p.mod_not and (mods & p.mod_not or _of_objects(tok) & p.mod_not):
                continue  # "a trade war", "a war of words"
            if (
                p.gov
                and gov_lem not in p.gov
                and not (p.pred and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in p.pred)
            ):
                continue
            if p.gov_not and gov_lem in p.gov_not:
                continue
            if p.sent_topic and not self.lex.topic_in(
                p.sent_topic, [t.lemma_.lower() for t in tok.sent if not t.ent_type_]
            ):
                continue
            if p.sent_topic_not and self.lex.topic_in(
                p.sent_topic_not, [t.lemma_.lower() for t in tok.sent if not t.ent_type_]
            ):
                continue
            if (
                p.of_chatter
                and tok.tag_ == "NN"
                and tok.lemma_.lower() in p.of_chatter
                and any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in tok.children)
            ):
                continue  # "talk of a rate rise", "dampen talk about it": chatter, not negotiations
            if p.on_not and any(o.lemma_.lower() in p.on_not for o in _prep_objs(tok, ("on", "against"))):
                continue  # "declared war on religion": a campaign, fought against no one
            if p.of_required:  # "an end of/to the fighting", "brought an end to its blockade"
                ofs = _prep_objs(tok, ("of", "to", "in"))  # "a change in policy"
                if tok.dep_ == "dobj" and _is_verb(tok.head):
                    ofs += _prep_objs(tok.head, ("to",))
                ofs += [g for o in ofs for g in _prep_objs(o, ("of",))]  # "an end to years of war"
                if not any(o.lemma_.lower() in p.of_required for o in ofs) and not (mods & p.of_required):
                    continue
            return Match(tok, p, "n", p.code)
        return None

    @staticmethod
    def _governor(tok: Token) -> Token | None:
        """The verb a noun is the object of (through one preposition at most)."""
        h = tok
        if h.dep_ in ("conj", "appos"):
            h = h.head
        if h.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            return h.head
        if h.dep_ == "pobj" and h.head.dep_ in ("prep", "agent") and _is_verb(h.head.head):
            return h.head.head
        return None

    # ---- subjects and targets ----
    def _subject_token(self, tok: Token, depth: int = 0) -> Token | None:
        if depth > 4:
            return None
        caused = self.causative(tok)
        if caused is not None:  # "the governor had the protesters arrested": the governor
            verb, patient = caused
            return None if self._suffered(verb, patient, tok) else self._subject_token(verb, depth + 1)
        subj = _child(tok, "nsubj", "csubj")
        if subj is not None:
            subjs = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
            if len(subjs) > 1:
                # two subjects, one an apposition set off by commas that the parser misread
                plain = [c for c in subjs if not _set_off_by_commas(c)]
                if len(plain) == 1:
                    subj = plain[0]
            if subj.lower_ in _REL_PRONOUNS and tok.dep_ == "relcl":
                return tok.head
            return subj
        if _is_passive(tok):
            return None
        if tok.dep_ == "conj" and _is_verb(tok.head):
            if tok.tag_ == "VBG" and tok.head.tag_ in ("VBD", "VBZ", "VBP") and _child(tok, "aux") is None:
                return None  # "echo the rebels in terms of method and attacking police": misparsed
            return self._subject_token(tok.head, depth + 1)
        if _fronted_participle(tok):
            return None  # "Hit in the chest, the officer died": the main subject is the one hit
        if tok.dep_ in ("xcomp", "advcl") and _is_verb(tok.head):
            # object control ("urged X to ...") belongs to frames; here subject control
            if tok.dep_ == "xcomp" and _is_passive(tok.head):  # "X is expected to ..."
                return _child(tok.head, "nsubjpass")
            controller = _child(tok.head, "dobj")
            if (
                tok.dep_ == "xcomp"
                and controller is not None
                and tok.head.lemma_.lower() in self.cues.object_control_verbs
            ):
                return controller  # "the attacks led Denmark's premier to postpone ...": the premier
            asked = _addressee(tok) if tok.head.lemma_.lower() in self.cues.appeal_verbs else None
            if asked is not None:
                return asked  # "called on the president to resign": the president would, never the caller
            if (
                tok.dep_ == "advcl"
                and tok.tag_ == "VBG"
                and tok.i > 0
                and tok.doc[tok.i - 1].lower_ == ","
                and _addressee(tok.head) is not None
                and tok.head.head.lemma_.lower() in self.cues.appeal_verbs
            ):
                # "urged both sides to talk, welcoming the truce": the one who urged welcomes it
                return self._subject_token(tok.head.head, depth + 1)
            return self._subject_token(tok.head, depth + 1)
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ in ("acomp", "amod"):
            return self._subject_token(tok.head.head, depth + 1)
        if _in_order_to(tok):  # "raided the house in order to arrest him": whoever raided
            return self._subject_token(tok.head.head.head, depth + 1)
        if _misread_predicate(tok):
            return tok.sent.root
        if tok.dep_ in ("acl", "relcl") and tok.tag_ != "VBN":
            h = tok.head
            if (
                h.dep_ == "attr"
                and h.head.lemma_.lower() in _COPULAS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                and not self.actors.of(h)
            ):
                # "Ghana was the first state to back X": the copula's subject acts, unless the
                # noun names whom ("she became the first Kenyan leader to ...")
                return _child(h.head, "nsubj") or h
            return h
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            gov = tok.head.head
            if not _is_verb(gov):
                return None
            held = _child(gov, "dobj")
            if (
                tok.head.lower_ == "from"
                and held is not None
                and gov.lemma_.lower() in self.cues.prevention_verbs
            ):
                return held  # "stopped X from launching missiles": X launches
            if _is_passive(gov):  # "X's actions were limited to urging ...": X acts
                return _child(gov, "nsubjpass")
            if gov.lemma_.lower() in _COPULAS and _child(gov, "attr", "acomp") is not None:
                # "Iran was the main topic after visiting Moscow": a copula's subject is described,
                # not said to act; only a person there ("she was tired after visiting X") did it
                subj = _child(gov, "nsubj")
                person = self.ctx.actor_of_token(subj) if subj is not None else None
                return subj if person is not None and person.kind == "person" else None
            return self._subject_token(gov, depth + 1)
        if tok.dep_ in ("ROOT", "conj"):
            # "He called for X, denounced Y": a quote can make the first verb a complement
            for c in tok.children:
                subj = _child(c, "nsubj") if c.dep_ == "ccomp" and c.i < tok.i else None
                if subj is not None:
                    return self._subject_token(subj, depth + 1) if subj.tag_ == "VBG" else subj
        if tok.dep_ in ("nsubj", "csubj") and tok.tag_ == "VBG":
            # "Meeting X in Washington, Pompeo emphasized ...": the participle's subject is the
            # noun right before the main verb
            doc = tok.doc
            j = tok.head.i - 1
            while j > tok.i and (doc[j].is_punct or doc[j].is_quote or doc[j].is_space):
                j -= 1
            if j > tok.i and doc[j].pos_ in ("PROPN", "NOUN", "PRON") and j not in {x.i for x in tok.subtree}:
                return doc[j]
        return None

    def sources_of_verb(self, tok: Token, depth: int = 0) -> list[Actor]:
        out = self._sources(tok)
        if out or depth > 2:
            return out
        subj = self._subject_token(tok)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ in _REPORTED_PRONOUNS:
            # "Israel announced it would free ...": the pronoun is the reporter
            t = tok  # up through "was determined to ...", "would try to ..."
            while t.dep_ in ("conj", "xcomp", "acomp") and t.head.i != t.i:
                t = t.head
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.cues.reporting_verbs:
                got = self.sources_of_verb(t.head, depth + 1)
                want = _PRONOUN_KINDS.get(subj.lower_)
                if want == ("person",) and self._office_holder(t.head):
                    return got  # "the Chilean minister said she would quit": coded as her office
                return [a for a in got if want is None or a.kind in want]
        return out

    def _office_holder(self, verb: Token) -> bool:
        """Whether the verb's subject is one person named by a title ("the Peruvian
        president", "Kenya's foreign minister"), whom the actors code as an office."""
        subj = self._subject_token(verb)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ == "NNS":
            return False
        lex = self.ctx.resources.lexicon
        return subj.lemma_.lower() in lex.titles or subj.lemma_.lower() in lex.person_nouns

    def _sources(self, tok: Token) -> list[Actor]:
        caused = self.causative(tok)
        if caused is not None:
            verb, patient = caused
            if not self._suffered(verb, patient, tok):
                return self._sources(verb)
            return [a for ag in _prep_objs(tok, ("by",)) for a in self.actors.of(ag, deep=True)]
        if _is_passive(tok):
            agents = _prep_objs(tok, ("by",))
            out = [a for ag in agents for a in self.actors.of(ag, deep=True)]
            if not out and tok.dep_ == "conj" and _is_passive(tok.head):
                out = [a for ag in _prep_objs(tok.head, ("by",)) for a in self.actors.of(ag, deep=True)]
            return out
        subj = self._subject_token(tok)
        if subj is None:
            return []
        out = self.actors.of(subj, deep=True)
        if (
            not out
            and tok.dep_ == "pcomp"
            and subj.lower_ in self.ctx.resources.lexicon.group_words["platforms"]
        ):
            host = tok.head.head  # "wrote a post on Facebook blaming ...", misparsed: the writer's
            if host.dep_ in ("dobj", "attr") and _is_verb(host.head):
                return self._sources(host.head)
        if not out and tok.dep_ == "acl" and subj.i == tok.head.i:
            # "the party put out a statement demanding ...": the statement's author; also
            # "wrote a post on Facebook accusing ...", the participle hung on the site
            host = subj
            if host.dep_ == "pobj" and host.head.dep_ == "prep":
                host = host.head.head
            if host.dep_ in ("dobj", "attr") and _is_verb(host.head):
                out = self._sources(host.head)
            elif host is not subj and _is_verb(host):
                out = self._sources(host)
        return out

    def place_source(self, tok: Token) -> list[Actor]:
        """Where an agentless act happened, as its country: "protesters in Tbilisi", "detained in Peru"."""
        cands = _prep_objs(tok, ("in", "at", "outside", "near", "inside", "before"))
        # "put under investigation in Uganda": one preposition down
        cands += [x for o in _prep_objs(tok, ("under", "into")) for x in _prep_objs(o, ("in", "at"))]
        subj = _child(tok, "nsubj")
        if subj is not None:
            cands = _prep_objs(subj, ("in", "from", "at", "near")) + cands
            # "a report released Tuesday in Kigali": one participle down
            cands += [x for c in subj.children if c.dep_ == "acl" for x in _prep_objs(c, ("in",))]
        for o in cands:
            a = self.place_actor(o)
            if a is None:
                got = [x for x in self.actors.of(o, deep=True) if x.country]
                # "in front of a ministry": the place's country, not the body that sits there
                a = _country_actor(got[0].country) if got else None
            if a is not None:
                return [a]
        return []

    def targets_of_verb(
        self, m: Match, slots: Iterable[str], sources: list[Actor] | None = None
    ) -> list[Actor]:
        """The target from the first slot that names one. With ``sources``, a slot naming only
        the source's own country gives way to a later one: "Nairobi expelled the Somali
        envoy to Kenya" is aimed at Somalia, not at Kenya."""
        tok = m.tok
        caused = self.causative(tok) if m.kind == "v" else None
        if caused is not None:  # the one it was done to; who suffered it, when it was the subject's own
            verb, patient = caused
            who = self._subject_token(verb) if self._suffered(verb, patient, tok) else patient
            got = self.actors.of(who, deep=True) if who is not None else []
            if (
                got
                and who is patient
                and patient.pos_ == "PRON"
                and not patient.lower_.endswith(("self", "selves"))
            ):
                causer = {_key(a) for a in self.actors.of(self._subject_token(verb))}
                if {_key(a) for a in got} <= causer:
                    got = []  # "he had him expelled": "him" is someone else than "he"
            if not got and who is patient and patient.pos_ == "PRON":
                # "summoned the envoy and had him expelled": the one the first verb named
                first = verb.head if verb.dep_ == "conj" and _is_verb(verb.head) else None
                got = self.actors.of(_dobj(first), deep=True) if first is not None else []
                if not got:
                    return []  # "had them deported to X": done to someone unnamed, not to X
            if got:
                return got
        if _is_passive(tok) and not self._forces_moved(m):
            sp = _child(tok, "nsubjpass")
            if sp is None and tok.dep_ in ("acl",):
                sp = tok.head
            if sp is None and tok.dep_ == "conj":
                sp = _child(tok.head, "nsubjpass")
            got = self.actors.of(sp, deep=True) if sp is not None else []
            if got:
                return got
        home = {a.country for a in sources or () if a.country}
        fallback: list[Actor] = []
        for slot in slots:
            got = self._slot(tok, slot, m)
            if got and home and all(a.code in home for a in got):
                fallback = fallback or got
                continue
            if got:
                return got
        return fallback

    def _forces_moved(self, m: Match) -> bool:
        """ "Ugandan troops were flown to X": forces sent are their state's act, and the
        place they go to is the target, not the forces themselves."""
        if m.kind != "v":
            return False
        moved = _child(m.tok, "nsubjpass")
        # "troops were sent": only acts that move forces or aid ("commanders were killed" is no move)
        movable = m.code[:2] in ("07", "15", "16") or m.code[:3] == "087"
        sent = movable and moved is not None and moved.lemma_.lower() in getattr(m.pat, "obj", ())
        return sent or m.code[:3] == "074" or m.code[:2] == "15"

    def _harming_acts(self, tok: Token) -> list[Token]:
        """ "killed in a Russian air strike", "wounded during an attack by X": the violent act
        a harm happened in, whose doer is the harm's doer."""
        return [
            o
            for o in _prep_objs(tok, ("in", "during", "by"))
            if (om := self._matches.get(o.i)) is not None and om.kind == "n" and om.code[:2] in _MATERIAL_HARM
        ]

    def _doer_of_act(self, o: Token, verb: Token) -> list[Actor]:
        """ "condemned the killing of X by Y": when the object is an act with its agent named
        ("by Y", "Y's"), that agent is who the verb is aimed at."""
        om = self._matches.get(o.i)
        vm = self._matches.get(verb.i)
        if om is None or om.kind != "n" or vm is None or vm.code[:2] not in _ABOUT_AN_ACT:
            return []
        bys = _prep_objs(o, ("by",))
        if not bys and not _is_passive(verb):  # the parser often hangs "by Y" on the active verb
            bys = [p for p in _prep_objs(verb, ("by",)) if p.i > o.i]
        return [a for p in bys for a in self.actors.of(p, deep=True)]

    def _statement_topic(self, tok: Token) -> list[Actor]:
        """Whom a statement is about: the reported clause's subject and its owners, not the place
        it is in ("said tensions in Ukraine rose": the tensions); "relations with X", "a decision
        by X", "firms from X" keep X."""
        found = self._slot(tok, "ccomp_subj")
        cc = _child(tok, "ccomp")
        s = _child(cc, "nsubj", "nsubjpass") if cc is not None else None
        if s is None or _is_passive(cc):
            return found
        heads = (s, *[cj for cj in s.conjuncts if cj.i > s.i])
        if any(self.actors.strict(h) or self.actors.named_after_title(h) for h in heads):
            return found
        places = [
            a
            for h in heads
            for o in _prep_objs(h, ("in",))
            for x in (o, *o.conjuncts)
            if self.ctx.actor_of_token(x) is not None
            for a in self.actors.strict(x)
        ]
        keys = {_key(a) for a in places}
        codes = {c for a in places for c in (a.code, a.country) if c}
        return [a for a in found if _key(a) not in keys and (a.id or a.code not in codes)]

    def _slot(self, tok: Token, slot: str, m: Match | None = None) -> list[Actor]:
        if slot in ("dobj", "dobj_actor", "oprd"):
            o = _child(tok, "dobj", "oprd") if slot != "oprd" else _child(tok, "oprd")
            if o is None and slot != "oprd":
                o = _counted_object(tok)
            if o is None and slot == "dobj":  # only a coded name: "allowed him to ..." is too loose
                r = _raised_object(tok)
                o = (
                    r
                    if r is not None and r.pos_ != "PRON" and any(a.code for a in self.actors.strict(r))
                    else None
                )
            if o is None:
                return []
            if slot == "dobj_actor" and m is not None and o.lemma_.lower() in getattr(m.pat, "obj", ()):
                return []  # "sent soldiers abroad": the soldiers are what is sent
            return self._doer_of_act(o, tok) or self.actors.of(o)
        if slot == "ccomp_subj":  # "alleged that X was ...": X
            cc = _child(tok, "ccomp")
            if cc is not None and _child(cc, "nsubjpass") is not None and _is_passive(cc):
                # "alleged X was poisoned": whoever poisoned X, if named, not X
                return [a for ag in _prep_objs(cc, ("by",)) for a in self.actors.of(ag, deep=True)]
            s = _child(cc, "nsubj", "nsubjpass") if cc is not None else None
            return self.actors.of(s, deep=True) if s is not None else []
        if slot == "poss_obj":
            o = _child(tok, "dobj", "oprd") or _counted_object(tok)
            if o is None:
                return []
            return self._doer_of_act(o, tok) or self.actors.of(o, deep=True)
        if slot == "dative":
            out = []
            for c in tok.children:
                if c.dep_ == "dative":
                    out += (
                        self.actors.of(c)
                        if c.pos_ != "ADP"
                        else [a for p in c.children for a in self.actors.of(p)]
                    )
            return out
        if slot == "poss":
            return [
                a
                for c in tok.children
                if c.dep_ in ("poss", "compound", "amod") and not _opposed(c)
                for a in self.actors.of(c)
            ]
        if slot == "pobj":
            p = m.pat if m else None
            preps = p.prep if p is not None and getattr(p, "prep", None) else frozenset()
            got = [a for o in _prep_objs(tok, preps) for a in self.actors.of(o, deep=True)]
            if not got and p is not None and getattr(p, "pobj", None):
                # "warned against trips to X", "warned of sanctions against X": where the named act goes
                for x in (
                    x for o in _prep_objs(tok, preps) for x in _prep_objs(o, ("to", "into", "against", "on"))
                ):
                    place = self.place_actor(x)
                    got += self.actors.of(x, deep=True) or ([place] if place is not None else [])
            return got
        if slot.startswith("prep:"):
            objs = [x for o in _prep_objs(tok, (slot[5:],)) for x in _undated(o)]
            if (
                m is not None and m.code[:2] in _MATERIAL_HARM and _is_passive(tok)
            ):  # "killed in an attack by X": X did it
                acts = {o.i for o in self._harming_acts(tok)}
                objs = [o for o in objs if o.i not in acts]
            got = [a for o in objs for a in self.actors.of(o, deep=True)]
            if not got and slot[5:] in _PLACE_PREPS:  # "demonstrated in Kosovo": the place's country
                got = [a for o in objs if (a := self.place_actor(o)) is not None]
            if not got and _is_verb(tok):  # "set fire to X", "tighten the blockade of X"
                o = _child(tok, "dobj")
                own = getattr(m.pat, "prep", None) if m is not None else None
                if o is None and own:  # "reneged on its pledge to X"
                    o = next(iter(_prep_objs(tok, own)), None)
                if o is not None:
                    objs = _prep_objs(o, (slot[5:],))
                    got = [a for x in objs for a in self.actors.of(x, deep=True)]
                    if not got and slot[5:] in _PLACE_PREPS:  # "held drills in Alaska"
                        got = [a for x in objs if (a := self.place_actor(x)) is not None]
            return got
        return []

    # ---- frames ----
    def inner_of(self, m: Match, matches: dict[int, Match]) -> Match | None:
        """The action a frame governs: the first trigger in its complement."""
        tok = m.tok
        starts: list[Token] = []
        if m.kind == "v":
            starts += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and not _spliced(c, tok)]
            starts += [  # "vowed to fight": an infinitive parsed as a purpose clause
                c
                for c in tok.children
                if (
                    c.dep_ == "advcl"
                    and any(
                        (x.dep_ == "aux" and x.lower_ == "to") or (x.dep_ == "mark" and x.lower_ == "for")
                        for x in c.children
                    )
                )
                or _list_item_before(c) is not None
            ]
            p = m.pat
            own = getattr(p, "prep", None) or frozenset()
            for c in tok.children:
                if c.dep_ == "prep" and (
                    c.lower_ in own
                    or (not _sets_the_scene(c, tok) and (not own or c.lower_ in ("for", "to")))
                ):
                    starts += [
                        g
                        for g in c.children
                        if g.dep_ in ("pcomp", "pobj") and not self._meeting_as_setting(c, g, matches)
                    ]
            o = _dobj(tok)
            if o is not None:
                starts.append(o)
            for a in tok.children:
                if a.dep_ == "acomp":
                    starts += [g for g in a.children if g.dep_ in ("xcomp", "ccomp")]
        else:
            # "a request that reporters ignored": a clause the noun is the object of says
            # what became of it, not what it asks
            starts += [
                c
                for c in tok.children
                if (
                    c.dep_ in ("acl", "relcl", "ccomp")
                    # "its call for Iran to release the sailors", parsed as an adverbial clause
                    or (c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ == "for" for x in c.children))
                )
                and not any(
                    g.dep_ in ("dobj", "nsubjpass") and g.lower_ in ("that", "which", "whom", "who")
                    for g in c.children
                )
            ]
            starts += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("for", "to", "on", "of")
                for g in c.children
                if g.dep_ in ("pobj", "pcomp")
            ]
        m.starts = starts
        queue = [(s, 0) for s in starts]
        seen = {tok.i}
        while queue:
            t, d = queue.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            hit = matches.get(t.i)
            if (
                hit is not None
                and hit is not m
                and not hit.pat.fallback
                and not self._said_of_a_thing(t, matches)
                and not _stopped_cooperation(t, tok, hit.code, self.cues)
            ):
                return hit
            if d < 3:
                if t.pos_ == "NOUN" and self.lex.topic_in("followers", [t.lemma_.lower()]):
                    continue  # "vowed to find the organisers of a bombing": the bombing is not vowed
                if hit is None and t.pos_ == "VERB" and self._content_verb(t.lemma_.lower()):
                    # "opposes efforts to compromise its independence": a trigger verb in another
                    # sense governs its own object; only its complements can still hold the act
                    queue += [(c, d + 1) for c in t.children if c.dep_ in ("xcomp", "ccomp")]
                    continue
                queue += [
                    (c, d + 1)
                    for c in t.children
                    if c.dep_ not in ("nsubj", "nsubjpass", "punct", "det", "advcl", "mark", "relcl")
                    and not (c.dep_ == "prep" and c.lower_ in _SETTING_PREPS)
                ]
        return None

    def _capital_as_country(self, tok: Token, t: Actor) -> Actor:
        """A government named only by its capital as where someone went stands for the country."""
        if t.sector != "GOV" or not t.country or not t.id:
            return t
        capitals = self.ctx.resources.lexicon.capitals
        for x in tok.subtree:
            if x.ent_type_ == "GPE" and self.ctx.actor_of_token(x) is t:
                ent = next((e for e in x.doc.ents if e.start <= x.i < e.end), None)
                if ent is not None and ent.text in capitals:
                    return _country_actor(t.country)
        return t

    def _said_of_a_thing(self, tok: Token, matches: dict[int, Match]) -> bool:
        """ "warned the late harvest was a threat": a noun predicated of a thing that
        is neither an actor nor an act names what the thing is like, not an act."""
        if tok.dep_ != "attr" or tok.pos_ != "NOUN" or tok.head.lemma_ != "be":
            return False
        be = tok.head
        subj = _child(be, "nsubj")
        if subj is None and be.dep_ == "ccomp":  # "warned the delay could be ...", misparsed
            subj = _child(be.head, "dobj")
        return (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.i not in matches
            and self.ctx.actor_of_token(subj) is None
        )

    def _ended_fighting(self, tok: Token, own_only: bool) -> str | None:
        """ "urged X to halt the offensive", "demanded that X end its attacks": the end of military
        action asked for (or, with ``own_only``, promised of one's own: "vowed to halt its raids")
        is de-escalation, 087."""
        stops = self.cues.stop_verbs | self.cues.end_verbs
        for c in tok.children:
            if c.dep_ not in ("xcomp", "ccomp"):
                continue
            if c.lemma_.lower() not in stops and not any(
                a.dep_ == "aux" and a.lemma_.lower() in stops for a in c.children
            ):
                continue
            for o in _children(c, "dobj"):
                if not self.lex.topic_in("military_action", [o.lemma_.lower()]):
                    continue
                if not own_only or any(x.dep_ == "poss" and x.pos_ == "PRON" for x in o.children):
                    return "087"
        return None

    def _refused_act(self, t: Token) -> bool:
        """ "will not tolerate / no longer allow protests": the act is the object of a refusal to
        let it happen, so it is someone else's, to be stopped."""
        h = t.head
        if t.dep_ != "dobj" or h.lemma_.lower() not in self.cues.tolerate_verbs:
            return False
        return any(
            c.dep_ == "neg" or (c.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in c.children))
            for c in h.children
        )

    def _content_verb(self, lemma: str) -> bool:
        """A trigger verb none of whose patterns waits for its object to name the act ("compromise",
        not "continue the attacks" or "cancel the visit")."""
        pats = self.lex.verbs.get(lemma)
        return bool(pats) and not any(p.obj or p.obj_topic for p in pats)

    @staticmethod
    def _meeting_as_setting(prep: Token, obj: Token, matches: dict[int, Match]) -> bool:
        """ "agreed by phone on Friday to ...": the call is where, not what, they agreed."""
        hit = matches.get(obj.i)
        if hit is None or hit.code[:2] != "04":
            return False
        return prep.lower_ in ("during", "over") or (prep.lower_ in ("in", "on") and hit.code == "041")

    def topic_code(
        self,
        tok: Token,
        refine: tuple[tuple[str, str], ...],
        skip: Token | None = None,
        purpose: bool = False,
    ) -> str | None:
        if not refine:
            return None
        keep = self.cues.purpose_verbs if purpose else frozenset()
        weapons = any(topic in _WEAPON_TOPICS for topic, _ in refine)
        lemmas = self._arg_lemmas(tok, skip, keep, anti=weapons)
        for topic, code in refine:
            if self.lex.topic_in(topic, lemmas):
                return code
        return None

    @staticmethod
    def _arg_lemmas(
        tok: Token, skip: Token | None = None, keep: frozenset[str] = frozenset(), anti: bool = False
    ) -> list[str]:
        """Lemmas of the trigger's arguments (its subtree minus the subject and the adverbial
        clauses, except those headed by a verb in ``keep``), in order; with ``anti``, minus what
        an "anti-" weapon is against."""
        skip_i: set[int] = set()
        for c in tok.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in keep:
                continue
            if c.dep_ in ("advcl", "conj", "cc", "punct", "relcl"):
                skip_i.update(x.i for x in c.subtree)
        subtree = list(tok.subtree)
        for x in subtree:
            # what an inner act is about is not what the trigger is about: "accused X of making
            # accusations *by alleging Y committed genocide*" accuses of the accusing, and
            # "accused X of claiming *that Y did it*" of the claim
            if (
                x.i != tok.i
                and x.head.i != tok.i
                and x.head.dep_ == "pcomp"
                and (x.dep_ in ("ccomp", "advcl") or (x.dep_ == "prep" and x.lower_ == "by"))
            ):
                skip_i.update(y.i for y in x.subtree)
        if skip is not None:
            skip_i.update(x.i for x in skip.subtree)
        # words of a name say nothing of the act: "the Environmental Protection Agency", "Human
        # Rights Watch" (a treaty's or an event's name still does: "the Paris Agreement")
        skip_i.update(x.i for x in subtree if x.pos_ == "PROPN" and x.ent_type_ in _NAME_ENTS)
        if anti:  # "anti-aircraft guns": what a weapon is against is not the weapon
            doc = tok.doc
            skip_i.update(
                x.i for x in subtree if x.i > 1 and doc[x.i - 1].text == "-" and doc[x.i - 2].lower_ == "anti"
            )
        kept = [x for x in subtree if x.i not in skip_i]
        lemmas = [x.lemma_.lower() for x in kept]
        return lemmas + [low for x, lem in zip(kept, lemmas, strict=True) if (low := x.lower_) != lem]

    # ---- modality ----
    def modality_of(self, tok: Token) -> tuple[bool, str]:
        """(negated, modality) of a trigger from its auxiliaries, governing verbs and clause marks."""
        negated, modality, _ = self.clause_of(tok)
        return negated, modality

    def clause_of(self, tok: Token) -> tuple[bool, str, Token]:
        """(negated, modality, clause head): the clause head is where a reporting verb attaches.

        Modality "conditional" marks an if/unless clause: such events are conditions of
        another event, not events.
        """
        c = self.cues
        negated = False
        modality = "asserted"
        would = False
        t = tok
        for _ in range(5):
            for ch in t.children:
                low = ch.lower_
                if ch.dep_ == "neg" or (ch.dep_ in ("advmod", "det") and low in ("never", "no")):
                    negated = True
                if t is tok and ch.dep_ == "advmod" and low in ("nearly", "almost"):
                    negated = True  # "was nearly killed": was not
                if t is tok and ch.dep_ == "advmod" and low in c.unreal_mods:
                    modality = "hypothetical"  # "notionally attacked the capital" in a drill
                if (ch.dep_ == "aux" or ch.tag_ == "MD") and not (
                    ch.text == "May" and t.tag_ in ("VBD", "VBZ")
                ):
                    # ("May later condemned ...": a finite verb takes no modal, so that is a name)
                    if low in c.future:
                        modality = "intended"
                    elif low in c.conditional and modality == "asserted":
                        modality = "hypothetical"
                        would = low == "would"
                    elif low in c.obligation:
                        subj = _child(t, "nsubj")  # "we must hold out": a resolve, not a demand
                        modality = (
                            "intended" if subj is not None and subj.lower_ in ("we", "i") else "demanded"
                        )
                if ch.dep_ == "mark" and low in c.condition_marks:
                    modality = "conditional"
                if ch.dep_ == "mark" and low in ("until", "till") and t.tag_ in ("VBZ", "VBP"):
                    modality = "conditional"  # "won't sign until it receives guarantees": not yet
            if any(ch.dep_ == "mark" and ch.lower_ in c.condition_marks for ch in t.children):
                modality = (
                    "conditional"  # "whether X should share": the modal after the mark does not undo it
                )
            if self._inverted_condition(t):
                modality = "conditional"
            if modality == "conditional":
                break
            if _done_little(t):
                negated = True  # "did nothing to stop the raids", "will do little to curb X"
            item = _list_item_before(t)
            if item is not None:
                t = item
                continue
            if t.dep_ == "ccomp" and any(
                x.dep_ == "mark" and x.lower_ in ("if", "whether") for x in t.head.children
            ):
                modality = "conditional"  # "asked if he believed X did it": a question, not a claim
                break
            if (
                t.dep_ == "advcl"
                and modality == "asserted"
                and t.i > 1
                and t.doc[t.i - 1].lower_ == "to"
                and t.doc[t.i - 2].lemma_.lower() in c.intent_nouns
                and t.doc[t.i - 2].pos_ == "NOUN"
            ):
                modality = "conditional"  # "arrested him over the plot to kill X", misparsed: a plot told
                break
            if (
                t.dep_ == "advcl"
                and _is_verb(t.head)
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children)
                and not any(x.dep_ in ("nsubj", "mark") for x in t.children)
                and _child(t.head, "neg") is not None
            ):
                # "has not followed through to impose tariffs": a purpose of what was not done
                # (a purpose of what was done counts as done, as the gold standards code it)
                t = t.head
                continue
            if (
                t.dep_ == "conj"
                and _is_verb(t.head)
                and not any(x.dep_ == "nsubj" or (x.dep_ == "aux" and x.lower_ != "to") for x in t.children)
            ):
                if any(x.dep_ == "cc" and x.lower_ in ("but", "yet") for x in t.head.children):
                    break  # "did not resign but attacked his critics": the contrast keeps its own polarity
                if t.tag_ in ("VBD", "VBZ") and t.head.tag_ == "VB":
                    break  # "did not concede, and vowed to fight on": a finite verb has its own
                t = t.head
                continue
            if (
                t.dep_ == "ccomp"
                and modality == "asserted"
                and t.head.lemma_.lower() in c.object_control_verbs
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children)
            ):
                t = t.head  # "might have let X extradite", parsed as a clause
                continue
            if self.causative(t) is not None:
                t = t.head if t.dep_ != "acl" else self.causative(t)[0]  # type: ignore[index]
                continue  # "did not have him arrested": the having holds the polarity and the mood
            if (
                t.dep_ == "ccomp"
                and modality == "asserted"
                and t.head.lemma_.lower() in c.intent_verbs
                and _child(t, "nsubj") is not None
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children)
            ):
                modality = "demanded"  # "wants Kenya to pressure X": wished of another, not done
                break
            if t.dep_ == "xcomp":
                h = t.head
                hl = h.lemma_.lower()
                if hl not in c.intent_verbs and h.pos_ in ("VERB", "AUX"):
                    # "hoped" lemmatized as "hop": the verb's form still says what it is
                    hl = next((g for g in guess_lemmas(h.lower_) if g in c.intent_verbs), hl)
                if h.pos_ == "ADJ" and hl in c.negative_adjectives:
                    negated = True  # "was unable to stop ...": did not
                    t = h.head
                    continue
                if h.pos_ == "ADJ" and hl in c.doubt_adjectives:
                    modality = "hypothetical"  # "is unlikely to invade X": a forecast, not an act
                    t = h.head
                    continue
                if (h.pos_ == "ADJ" or h.tag_ == "VBN") and hl in c.intent_adjectives:
                    modality = "intended" if modality in ("asserted", "hypothetical") else modality
                    t = h.head
                    continue
                if hl in c.attitude_verbs and t.tag_ == "VBG":
                    modality = "conditional"  # "likes dropping bombs": a taste, no act reported
                    break
                if hl in c.intent_verbs:
                    modality = "intended" if modality == "asserted" else modality
                    t = h
                    continue
                if hl in c.negative_verbs:
                    negated = True
                    t = h
                    continue
                if hl in ("have", "be") and any(x.lower_ == "yet" for x in h.children):
                    negated = True  # "has yet to agree", "is yet to sign": has not
                    t = h
                    continue
                if hl == "be" and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children):
                    # "X is to visit Y" is planned; "if X were to lift ...": the condition is on "were"
                    modality = "intended" if modality == "asserted" else modality
                    t = h
                    continue
                if (
                    hl == "have"
                    and h.tag_ == "VBD"
                    and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children)
                ):
                    t = h  # "X had to send troops": it did
                    continue
                if hl in ("need", "require") and _is_passive(h):
                    modality = "conditional"  # "a majority is needed to impeach": a requirement
                    break
                if hl == "have" and _child(h, "dobj") is not None:
                    modality = "intended" if modality == "asserted" else modality
                    t = h  # "have ten days to indict him": a time allowed, not a duty
                    continue
                if hl in ("have", "need") and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children):
                    # "we simply have to hold out" binds the speaker: a resolve, not a demand
                    subj = _child(h, "nsubj")
                    first_person = subj is not None and subj.lower_ in ("we", "i")
                    modality = "intended" if first_person else "demanded"
                    t = h
                    continue
                if hl in c.transparent_verbs or hl == "go":
                    t = h
                    continue
                if hl in c.object_control_verbs and modality == "asserted":
                    t = h  # "a draft that might have let X extradite": as real as the letting
                    continue
                if hl in c.topic_verbs:
                    modality = "conditional"  # "to discuss strengthening ties": talked of, not done
                    break
                if h.pos_ == "ADJ" and h.dep_ == "acomp" and hl not in c.intent_adjectives:
                    t = h.head  # "was not able to send it": the copula's polarity holds
                    continue
                if hl == "call" and t.lemma_.lower() in c.courtesy_verbs and _child(h, "prep") is None:
                    t = h  # "called to congratulate him": a call made for it, as real as the call
                    continue
                if hl in c.appeal_verbs and modality == "asserted":
                    modality = "demanded"  # "urged both armies to let ...": asked for, not done
                    break
            if _in_order_to(t):
                break  # a purpose clause, not what a noun is for
            if (
                t.dep_ == "acl"
                and modality == "asserted"
                and t.head.lemma_.lower() in c.decision_nouns
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children)
                and _child(t, "nsubj", "nsubjpass") is None
            ):
                # "the cabinet's decision to impose sanctions": taken, as "decided to impose" is;
                # the verb that governs the noun holds the polarity and the mood ("reversed its
                # decision", "will announce a decision to ...")
                n = t.head
                if any(x.dep_ == "det" and x.lower_ == "no" for x in n.children):
                    negated = True
                if n.dep_ in ("dobj", "nsubjpass", "attr") and _is_verb(n.head):
                    if n.head.lemma_.lower() in c.negative_verbs | _UNDOING:
                        negated = True  # "reversed its decision to expel him": not done
                    t = n.head
                    continue
                break
            if (
                t.dep_ in ("acl", "relcl")
                and modality == "asserted"
                and t.head.pos_ in ("NOUN", "PROPN")
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children)
                and not _record_holder(t.head)
            ):
                # "a plot to kill him", "evidence to charge him": what a noun is for is not done
                modality = "conditional" if t.head.lemma_.lower() in c.capacity_nouns else "intended"
                break
            if t.tag_ == "VBG" and t.dep_ in ("csubj", "nsubj") and _is_verb(t.head) and not _set_off(t):
                modality = "conditional"  # "executing him would not bring her back": talked of, not done
                break
            if t.tag_ == "VBG" and (
                (t.dep_ == "dobj" and t.head.lemma_.lower() in c.topic_verbs | c.attitude_verbs)
                or (t.dep_ == "pcomp" and t.head.head.lemma_.lower() in c.topic_verbs)
            ):
                modality = "conditional"  # "discussed strengthening ties", "talked about sending troops"
                break
            if (
                t.tag_ == "VBG"
                and t.dep_ == "pcomp"
                and t.head.lower_ in ("on", "about", "over", "regarding", "concerning")
                and t.head.head.lemma_.lower() in c.deliberation_nouns
            ):
                modality = "conditional"  # "a bill on lifting sanctions": what is weighed, not done
                break
            if t.dep_ == "pcomp" and t.head.head.lemma_.lower() in c.negative_verbs:
                negated = True
            if (
                t.dep_ == "pcomp"
                and t.head.lower_ == "from"
                and t.head.head.lemma_.lower() in c.prevention_verbs
            ):
                # "stopped X from firing": it did not fire; "failed to stop X from firing": it did
                stopped, _, _ = self.clause_of(t.head.head)
                negated = not stopped
                break
            if t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in c.prospect_nouns:
                modality = "conditional"  # "ruled out the possibility of negotiating": may come, not done
                break
            if (
                t.dep_ == "pcomp"
                and t.head.lower_ == "of"
                and t.head.head.lemma_.lower() in c.capacity_adjectives
            ):
                modality = "conditional"  # "rockets capable of reaching X": what could be done
                break
            if t.dep_ == "pcomp" and t.head.lower_ == "including" and t.head.head.i != t.head.i:
                # "urged X to do more, including sending arms": an item of what is asked for
                # is as real as the whole it belongs to, the nearest verb before the list (the
                # parser often hangs "including" on a noun far off)
                h = next((x for x in reversed(t.doc[t.sent.start : t.head.i]) if _is_verb(x)), None)
                if h is not None:
                    t = h
                    continue
            if t.dep_ == "pcomp" and t.head.lower_ == "without":
                negated = True  # "ended the threat without sending troops"
            break
        if modality == "asserted" and _imperative(t):
            modality = "demanded"  # '"Release the hostages," he said': a demand, not a deed
        if modality == "hypothetical" and would and self._reporter(t) is not None:
            modality = "intended"  # "said it would ...": future in the past
        return negated, modality, t

    def _sport_story(self) -> bool:
        """Whether the whole story reports games: in a match report "struck again" and "hit the
        post" are play, though the sentence itself names no sport. Needs at least three
        sentences about sport, and a fifth of them."""
        if self._sport is None:
            sents = self.ctx.sentences
            n = sum(1 for s in sents if self._about_sport(s))
            self._sport = n >= 3 and n * 5 >= len(sents)
        return self._sport

    def _about_sport(self, sent: Span) -> bool:
        """Whether a sentence reports a game ("beat Armenia 2-1 in a qualifier"): a score or a
        sports word. Only its contest verbs are dropped, not its other events."""
        if _SCORE.search(self.ctx.text[sent.start_char : sent.end_char]):
            return True
        return self.lex.topic_in("sports", self.ctx.lemmas[sent.start : sent.end])

    def _in_a_race(self, tok: Token) -> bool:
        """ "beat his rival in the ratings / the primary", "beat rivals to become the candidate":
        a contest, not a fight."""
        if any(
            self.lex.topic_in("race", [o.lemma_.lower()]) for o in _prep_objs(tok, ("in", "at", "for", "on"))
        ):
            return True
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(self.lex.topic_in("rivals", [o.lemma_.lower()]) for o in objs):
            return True
        aims = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and _child(c, "aux") is not None]
        return any(self.lex.topic_in("race", [t.lemma_.lower() for t in a.subtree]) for a in aims)

    def _attack_in_words(self, tok: Token, sources: list[Actor]) -> bool:
        """Whether a person's "attacks" are words: aimed at judges, the press, rivals or a
        ruling, or saying what someone is ("attacks on migrants as criminals"). One's attack on a
        country, an army or a named armed group stays an attack."""
        if tok.lemma_.lower() not in ("attack", "assault", "broadside", "onslaught", "offensive"):
            return False
        if not sources or not all(
            a.kind == "person" and _sector(a) not in _ARMED_SECTORS - {"GOV"} for a in sources
        ):
            return False
        objs = _prep_objs(tok, ("on", "against", "upon"))
        if not objs:
            # "the target of the president's attacks", "carried her attack onto TV": a person's
            # attacks aimed at no one named, in a sentence with no bloodshed, are words
            return any(c.dep_ == "poss" for c in tok.children) and not self.lex.topic_in(
                "bloodshed", [t.lemma_.lower() for t in tok.sent]
            )
        if any(c.dep_ == "prep" and c.lower_ == "as" for o in objs for c in (*tok.children, *o.children)):
            return True
        for o in objs:
            named = self.actors.of(o, deep=True)
            if any(a.kind == "country" or _sector(a) in _ARMED_SECTORS for a in named):
                return False
            if not named and o.lemma_.lower() not in self.cues.speech_targets:
                return False
        return True

    def _strives(self, tok: Token, aims: frozenset[str]) -> bool:
        """ "battled to transfer the funds", "has fought for years to end the abuse": a "to"
        clause of some aim other than a military one, with no foe named and no armed subject,
        is an effort, not combat."""
        purposes = [
            c
            for c in tok.children
            if (c.dep_ == "xcomp" or c.dep_ == "advcl")
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        if not purposes or any(c.lemma_.lower() in aims for c in purposes):
            return False
        if any(c.dep_ in ("dobj", "dative") for c in tok.children) or _prep_objs(
            tok, ("against", "alongside")
        ):
            return False
        if any(self._is_being(o) or self.actors.of(o) for o in _prep_objs(tok, ("with",))):
            return False  # "fought with the rebels"; "fought with all he had to save her" strives
        subj = _child(tok, "nsubj")
        doers = self.actors.of(subj, deep=True) if subj is not None else []
        return not any(_sector(a) in _FIGHTING_SECTORS for a in doers)

    def _fights_an_ill(self, tok: Token) -> bool:
        """Whether what a violent verb is aimed at is a social ill, a disaster or a measure
        ("fight corruption", "battle the blaze", "target emissions", "kill the bill")."""
        foes = self.cues.abstract_foes
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += _prep_objs(tok, ("against", "on"))
        objs += [cj for o in list(objs) for cj in o.conjuncts]
        if not objs:
            return False
        for o in objs:
            lem = o.lemma_.lower()
            if lem not in foes and not _with_modifier(o) & foes:
                return False
            if self.ctx.actor_of_token(o) is not None:
                return False
        return True

    def _harms_animals(self, m: Match) -> bool:
        """Whether all a violent act is done to are animals ("culled pigs", "the killing of birds")."""
        objs = self._patients(m.tok) if m.kind == "v" else _prep_objs(m.tok, ("of",))
        objs = [g for o in objs for g in (o, *_prep_objs(o, ("of",)))]  # "300,000 of the pigs"
        objs += [cj for o in list(objs) for cj in o.conjuncts]
        animals = self.cues.animal_nouns
        named = [o.lemma_.lower() for o in objs if o.pos_ in ("NOUN", "PROPN")]
        counts = ("thousand", "hundred", "million", "dozen", "score")  # "thousands of chickens"
        return (
            bool(named)
            and all(x in animals or x in _PARTITIVE or x in counts for x in named)
            and any(x in animals for x in named)
        )

    def _unnamed_speaker_acts(self, tok: Token) -> bool:
        """Whether the doer is "I", "we" or "you" that resolves to no actor: an interviewee's
        own story ("I helped a girl escape"), not an act of anyone the story names."""
        subj = self._subject_token(tok)
        return (
            subj is not None
            and subj.pos_ == "PRON"
            and subj.lower_ in ("i", "we", "you")
            and self.ctx.actor_of_token(subj) is None
            # '"We never shelled X," the army denied': a quote's speaker is named by its cue
            and not any(t.is_quote for t in tok.sent)
        )

    def _animal_did_it(self, m: Match) -> bool:
        """Whether the doer of a harmful act is an animal: "a bear attacked two hikers", "that
        creature, a bat, struck her", "hikers were bitten by a dog"."""
        if m.kind != "v":
            return False
        doer = self._subject_token(m.tok)
        if doer is None and _is_passive(m.tok):
            doer = next((o for a in _children(m.tok, "agent") for o in _children(a, "pobj")), None)
        if doer is None:
            return False
        animals = self.cues.animal_nouns
        return any(x.lemma_.lower() in animals for x in (doer, *_children(doer, "appos")))

    def _attacks_a_thing(self, tok: Token) -> bool:
        """Whether "attack" is aimed at a process, a decision or words, not at anyone."""
        if tok.lemma_.lower() not in ("attack", "assail", "assault"):
            return False
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [cj for o in list(objs) for cj in o.conjuncts]
        return bool(objs) and all(
            o.lemma_.lower() in self.cues.thing_nouns and self.ctx.actor_of_token(o) is None for o in objs
        )

    def _singles_out(self, tok: Token, sources: list[Actor]) -> bool:
        """Whether "target" is said of people who bear no arms, in a sentence with no bloodshed:
        a cleric, a banker or a politician who "targets" someone singles them out in words."""
        if tok.lemma_.lower() != "target" or not sources:
            return False
        if not all(a.kind == "person" and _sector(a) not in _ARMED_SECTORS - {"GOV"} for a in sources):
            return False
        return not self.lex.topic_in("bloodshed", [t.lemma_.lower() for t in tok.sent])

    def _campaigns_for(self, tok: Token) -> bool:
        """ "A senator fought for the day to be a holiday": someone who bears no arms fighting
        *for* something or *to* get it, against no one named, campaigns for it."""
        for_clause = any(
            c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ == "for" for x in c.children)
            for c in tok.children
        )  # "fought for the law to be repealed", parsed as a clause
        to_clause = any(
            c.dep_ in ("xcomp", "advcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            for c in tok.children
        )  # "will fight to keep the guard on the train": an aim pursued, no one named as foe
        if tok.lemma_.lower() not in ("fight", "battle", "struggle") or not (
            _prep_objs(tok, ("for",)) or for_clause or to_clause
        ):
            return False
        if _child(tok, "dobj") is not None or _prep_objs(tok, ("with", "against")):
            return False
        sources = self.sources_of_verb(tok)
        return bool(sources) and all(
            _unarmed(a) or (a.kind == "person" and _sector(a) in ("GOV", "LEG", "ELI", "JUD"))
            for a in sources
        )

    def _someones_act(self, o: Token) -> bool:
        """Whether an object is a thing of an actor's ("X's introduction of sanctions"), named
        only through its possessor: not a person or a group of people itself."""
        if o.pos_ != "NOUN" or _child(o, "poss") is None or o.ent_type_:
            return False
        low = o.lemma_.lower()
        if low in ("visit", "arrival", "trip", "visitor", "guest"):
            return False  # "welcomed X's visit": a host still
        return not any(self.lex.topic_in(t, [low]) for t in ("persons", "people", "armed_forces", "police"))

    def _names_actor(self, o: Token) -> bool:
        """Whether an object names an actor: itself, its apposition ("candidate X") or what it is
        "of" ("the return of UN inspectors")."""
        if self.actors.strict(o):
            return True
        for c in o.children:
            if c.dep_ == "appos" and self.actors.strict(c):
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and o.lemma_.lower() in self.cues.presence_nouns:
                if any(self.actors.strict(g) for g in c.children if g.dep_ == "pobj"):
                    return True
        return False

    def _threatened_by_no_one(self, tok: Token) -> bool:
        """A passive threat whose by-agents are no actors ("threatened by floods") is a danger."""
        if not _is_passive(tok):
            return False
        agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        agents += [cj for o in list(agents) for cj in o.conjuncts]
        return bool(agents) and all(self.ctx.actor_of_token(o) is None for o in agents)

    def _by_accident(self, tok: Token) -> bool:
        """Whether a harm's doer is a disaster or an accident, not an actor."""
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if not doers and tok.dep_ == "conj":  # "a beam fell and hit him": a shared subject
            doers = [c for c in tok.head.children if c.dep_ in ("nsubj", "csubj")]
        doers += [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if tok.dep_ == "relcl":  # "a collision which killed a rider": the collision
            doers = [tok.head if d.lower_ in _REL_PRONOUNS else d for d in doers]
        if not doers and tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and _is_verb(tok.head):
            # "the typhoon made landfall, killing 20": the main clause's subject did it
            doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if _is_passive(tok):  # "will be hit with heavy snow"
            doers += _prep_objs(tok, ("with",))
        words = self.cues.accident_nouns  # "Hurricane Delia hit ...": the compound names it
        if tok.lemma_.lower() != "ram" and any(
            d.lemma_.lower() in self.cues.vehicle_nouns and self.ctx.actor_of_token(d) is None for d in doers
        ):
            return True  # "a bus hit the side of a tunnel": no one's vehicle is said to attack
        return any(
            d.lemma_.lower() in words
            or any(
                c.dep_ in ("compound", "amod")
                and (c.lemma_.lower() in words or f"{c.lemma_.lower()} {d.lemma_.lower()}" in words)
                for c in d.children
            )
            for d in doers
        )

    def _inverted_condition(self, t: Token) -> bool:
        """ "Should Russia invade, ...", "Were Iran to attack ...": a fronted auxiliary before the
        subject of a clause that precedes its head is an if-clause without "if"."""
        inversion = self.cues.condition_inversion
        subj = _child(t, "nsubj", "nsubjpass")
        if subj is not None and any(
            c.dep_ == "aux" and c.lower_ in inversion and c.i < subj.i and c.i > t.sent.start
            for c in t.children
        ):
            return True  # "we will respond should Israel attack us", parsed with "attack" as the head
        for cand in (t, t.head):
            # fronted ("Should Russia invade, ...") or trailing ("... should Israel attack us")
            if cand.dep_ not in ("advcl", "ccomp") or (cand.i > cand.head.i and cand.dep_ != "advcl"):
                continue
            first = cand.left_edge
            subj = _child(cand, "nsubj", "nsubjpass")
            if first.lower_ in inversion and subj is not None and first.i < subj.i:
                return True
        return False

    def _candidates(self, sent: Span) -> tuple[set[int], set[int]]:
        """Indexes of the tokens whose lemma (or a guessed base form) has verb or noun patterns,
        the only ones ``match_verb`` and ``match_noun`` can match, and of those whose lemma may
        tell a plot ("film", "plays"): found from id arrays, without a Token each."""
        if self._lemma_hits is None:
            doc, keys, guess, fiction = sent.doc, self.lex.key_ids, self.lex.guess_ids, self._fiction_ids
            lemmas = doc.to_array(LEMMA).tolist()
            self._lemma_hits = [
                i
                for i, (lem, low) in enumerate(zip(lemmas, doc.to_array(LOWER).tolist(), strict=True))
                if lem in keys or low in guess
            ]
            self._fiction_hits = [i for i, lem in enumerate(lemmas) if lem in fiction]
        return _within(self._lemma_hits, sent), _within(self._fiction_hits, sent)

    def _work_of_fiction(self, noun: Token) -> bool:
        """Whether a noun names a film, a novel, a series or a game, not "a series of raids",
        "a show of force" or "the game against Spain"."""
        topics = self.lex.topics
        lem = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lem not in topics["fiction_works"].words:
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("of", "against", "between", "with") for c in noun.children):
            return False
        if lem == "game":  # "the video game": a sports match is no story
            return any(
                c.dep_ in ("compound", "amod") and c.lower_ in topics["game_kinds"].words
                for c in noun.children
            )
        return True

    def _tells_fiction(self, cues: list[Token]) -> bool:
        """Whether a sentence tells the plot of a film, a novel, a series or a game: "in the
        film, ...", "the novel follows a spy who ...", "she stars as an envoy who ...", "he
        plays an agent who ...". Acts in a plot are no events."""
        topics = self.lex.topics
        plot = topics["plot_verbs"].words
        roles = topics["role_verbs"].words
        for t in cues:
            lem = t.lemma_.lower()
            if t.pos_ == "NOUN":
                if (
                    t.dep_ == "pobj"
                    and t.head.lower_ in ("in", "throughout")
                    and t.head.head.dep_ in ("ROOT", "conj")
                    or (t.dep_ == "nsubj" and t.head.lemma_.lower() in plot)
                    or (t.dep_ == "nsubjpass" and t.head.lemma_.lower() == "set")
                ) and self._work_of_fiction(t):
                    return True  # "In the film, the hero ...", "The novel follows ...", "is set in"
            elif t.pos_ == "VERB" and lem in roles:
                if lem == "star" and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
                    return True  # "stars as a French diplomat who ..."
                o = _dobj(t)
                if o is None:
                    continue
                in_a_work = any(
                    c.dep_ == "prep"
                    and c.lower_ == "in"
                    and any(self._work_of_fiction(x) for x in _children(c, "pobj"))
                    for c in t.children
                )
                if in_a_work or (
                    o.lemma_.lower() not in topics["role_nouns"].words
                    and any(c.dep_ in ("relcl", "acl") for c in o.children)
                ):
                    return True  # "he plays an agent who kidnaps ...", "plays a spy in the film"
        return False

    # ---- the sentence ----
    def code(self, sent: Span, si: int) -> list[Draft]:
        # the sentence's text sliced from the document's (Span.text rebuilds it from its tokens)
        if self.ctx.text[sent.start_char : sent.end_char].rstrip(" \"'”’)\n").endswith("?"):
            return []  # "Will Russia attack?", "How would you deal with parliament?": a question
        matches: dict[int, Match] = {}
        consumed: set[int] = set()
        nouns = self.lex.nouns
        noun_cands: list[Token] = []  # only a noun with patterns can match (match_noun's lookup)
        fiction_cues: list[Token] = []  # "the film", "plays a": checked only if anything matched
        doc = sent.doc
        hits, fiction = self._candidates(sent)
        for i in sorted(hits | fiction):
            tok = doc[i]
            if i in fiction:
                fiction_cues.append(tok)
                if i not in hits:
                    continue
            pos = tok.pos_
            # "sounded forced": not a predicate
            if (
                (pos in ("VERB", "AUX") or tok.tag_.startswith("VB"))
                and tok.dep_ not in ("amod", "acomp")
                and not _attribute_word(tok, self.cues.observer_verbs)
            ):
                m = self.match_verb(tok)
                if m is not None:
                    matches[tok.i] = m
                    consumed.update(t.i for t in m.consumed)
                    continue
            if (
                (pos == "NOUN" or (pos == "PROPN" and tok.is_lower))
                and tok.ent_type_ not in ("DATE", "TIME")
                and tok.lemma_.lower() in nouns
            ):
                noun_cands.append(tok)
        for tok in noun_cands:
            if tok.i not in matches:
                m = self.match_noun(tok)
                if m is not None and m.code[:2] in _THING_MODIFIER_ROOTS and _modifies_noun(tok):
                    m = None  # "a fire extinguisher", "attack helicopters": a kind of thing
                if m is not None and m.pat.frame == "appeal" and _a_conversation(tok):
                    m = None  # "said during the call", "on a call with journalists": a phone talk
                if m is not None:
                    m.absorbed = m.pat.frame_only  # type: ignore[union-attr]
                    if m.pat.frame_only and m.pat.frame and tok.i not in consumed:
                        gov = self._governor(tok)
                        gm = matches.get(gov.i) if gov is not None else None
                        # "reiterated its demand that ...", "issued an appeal": the noun is the act
                        m.absorbed = gov is None or not (
                            (gm is not None and gm.pat.fallback) or gov.lemma_.lower() in _FRAME_SUPPORT
                        )
                    if tok.i in consumed:
                        m.absorbed = True
                    matches[tok.i] = m
        if matches and fiction_cues and self._tells_fiction(fiction_cues):
            return []
        for i in [i for i, m in matches.items() if m.code[:2] in _VIOLENT_ROOTS and self._harms_animals(m)]:
            del matches[i]  # "ordered the killing of 300,000 pigs": a cull
        for i in [i for i, m in matches.items() if m.code[:2] in _MATERIAL_HARM and self._animal_did_it(m)]:
            del matches[i]  # "a shark attacked a swimmer": no one's act
        for i in [i for i, m in matches.items() if m.kind == "v" and m.code[:2] in _VIOLENT_ROOTS]:
            if self._fights_an_ill(matches[i].tok) or self._campaigns_for(matches[i].tok):
                del matches[i]  # "vowed to fight corruption", "battled the blaze": no one is harmed
        for i in [i for i, m in matches.items() if m.code.startswith("0874")]:
            left = self._what_is_left(matches[i])
            if left == "nothing":
                del matches[i]
            elif left == "body":
                matches[i].code = "160"
        contests = [i for i, m in matches.items() if m.tok.lemma_.lower() in self.cues.contest_verbs]
        sport = bool(contests) and self._about_sport(sent)
        for i in contests:
            if sport or self._in_a_race(matches[i].tok):
                del matches[i]
        plays = [i for i, m in matches.items() if m.tok.lemma_.lower() in self._plays]
        if (
            plays
            and self._sport_story()
            and not self.lex.topic_in("bloodshed", self.ctx.lemmas[sent.start : sent.end])
        ):
            for i in plays:
                del matches[i]
        for i in [i for i, m in matches.items() if m.kind == "v" and m.pat.ccomp_roots]:
            if not self._complement_holds(matches[i], matches):
                del matches[i]
        if not matches:
            return []
        self._matches = matches
        ordered = sorted(matches.values(), key=lambda m: m.tok.i)
        # a frame noun read only as content still holds its actions: "cited threats to kill",
        # "has not followed through on threats to label X or impose sanctions"
        for m in ordered:
            if m.kind == "n" and m.absorbed and m.pat.frame:
                self._absorb_within(m.tok, matches, m)
        # frames claim their inner actions, and everything inside them
        for m in ordered:
            if m.pat.frame and not m.absorbed:
                inner = self.inner_of(m, matches)
                if inner is None:
                    self._absorb_stopped(m, matches)
                if inner is not None and m.pat.frame == "threaten" and _done_already(inner.tok):
                    m.of_a_fact = True  # "warned that the bridge was hit by shells": a fact, not a threat
                    continue
                if inner is not None and not (
                    inner.pat.frame and inner.pat.frame == m.pat.frame and inner.kind == "v"
                ):
                    m.frame_inner = inner
                    inner.absorbed = True
                    self._absorb_within(inner.tok, matches, m)
                    for st in m.starts:
                        if st.i > tok_i(m):
                            self._absorb_within(st, matches, m)
                    if inner.pat.frame and inner.kind == "n":  # "rejected calls to adopt reforms"
                        inner.frame_inner = self.inner_of(inner, matches)
        # "killed 46 civilians in an attack": an adjunct noun naming the same act
        for m in ordered:
            if (
                m.kind == "n"
                and not m.absorbed
                and m.tok.dep_ == "pobj"
                and m.tok.head.lower_ in _ADJUNCT_PREPS
            ):
                gov = self._governor(m.tok)
                gm = matches.get(gov.i) if gov is not None else None
                if gm is not None and not gm.pat.fallback and gm.code[:2] == m.code[:2]:
                    m.absorbed = True
        # "Israeli shelling killed a commander", "a drone strike that killed X": the violent
        # act is the verb's, named twice
        for m in ordered:
            if m.kind == "n" and not m.absorbed and m.code[:2] in _VIOLENT_ROOTS:
                for c in m.tok.children:
                    cm = matches.get(c.i)
                    if c.dep_ == "relcl" and cm is not None and cm.code[:2] in _VIOLENT_ROOTS:
                        subj = _child(c, "nsubj")
                        if subj is not None and subj.lower_ in _REL_PRONOUNS:
                            m.absorbed = True
            if m.kind == "n" and not m.absorbed and m.tok.dep_ == "nsubj":
                hm = matches.get(m.tok.head.i)
                if (
                    hm is not None
                    and hm.kind == "v"
                    and not hm.pat.fallback
                    and hm.code[:2] in _VIOLENT_ROOTS
                    and m.code[:2] in _VIOLENT_ROOTS
                ):
                    m.absorbed = True
        # what an action is done to or about is not itself asserted:
        # "denounced Turkey for supplying weapons", "imposed sanctions on the group that controls ..."
        for m in ordered:
            if m.kind != "v" or m.pat.fallback or m.absorbed:
                continue
            root = m.code[:2]
            obj = _dobj(m.tok)
            gerund_of = root == "11" and any(
                c.dep_ == "prep"
                and c.lower_ in ("of", "for")
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                for c in (*m.tok.children, *(obj.children if obj is not None else ()))
            )
            for c in m.tok.children:
                dep = c.dep_
                if gerund_of and dep == "conj" and c.tag_ == "VBG" and _child(c, "nsubj", "aux") is None:
                    self._absorb_within(c, matches, m)  # "accused X of training and arming ...", misparsed
                    continue
                if dep == "xcomp" and m.code == "011":
                    # "declined to comment on reports that X bombed Y": no one says it was done
                    for g in _children(c, "prep"):
                        if g.lower_ in ("on", "about", "regarding"):
                            self._absorb_within(g, matches, m)
                if dep in ("dobj", "prep", "dative", "attr", "oprd", "agent") or (
                    dep in ("ccomp", "xcomp", "advcl")
                    and (root in ("11", "14") or m.code == "016")
                    and c.i > m.tok.i
                ):
                    if dep == "prep" and c.lower_ in (
                        "in",
                        "at",
                        "near",
                        "during",
                        "after",
                        "before",
                        "since",
                    ):
                        continue
                    self._absorb_within(c, matches, m)
            # "shelled the town, killing 20": the participle is the same attack;
            # "telephoned X to discuss ...": the purpose is the same consultation
            for c in m.tok.children:
                cm = matches.get(c.i)
                if cm is None or c.dep_ not in ("advcl", "conj", "xcomp"):
                    continue
                if self._says_what_is_asked(m, cm):
                    # "wrote to X urging him to send troops": one appeal, the urging says what for
                    m.frame_inner, cm.absorbed = cm.frame_inner, True
                    continue
                if (root in ("18", "19", "20") and c.tag_ == "VBG" and cm.code[:2] in ("18", "19", "20")) or (
                    c.dep_ in ("advcl", "xcomp") and cm.code[:2] == root and c.i > m.tok.i
                ):
                    cm.absorbed = True
        drafts: list[Draft] = []
        for m in ordered:
            if m.absorbed:
                continue
            drafts += self.emit(m)
        return drafts

    @staticmethod
    def _says_what_is_asked(m: Match, cm: Match) -> bool:
        """A bare appeal or demand whose participle names what is asked: "wrote to X *urging* him
        to send troops", "sent a letter *demanding* the release of Y"."""
        return (
            cm.tok.dep_ == "advcl"
            and cm.tok.tag_ == "VBG"
            and cm.tok.i > m.tok.i
            and not cm.absorbed
            and m.pat.frame in ("appeal", "demand")
            and cm.pat.frame == m.pat.frame
            and m.frame_inner is None
            and cm.frame_inner is not None
        )

    def _complement_holds(self, m: Match, matches: dict[int, Match]) -> bool:
        """Whether a clausal complement of the trigger holds an event of the pattern's roots,
        done by someone other than the speaker ("claimed *they* had captured" is a boast)."""
        roots = m.pat.ccomp_roots  # type: ignore[union-attr]
        speakers = self.sources_of_verb(m.tok)
        speaker = {_key(a) for a in speakers} | {a.country for a in speakers if a.country}
        for c in m.tok.children:
            if c.dep_ != "ccomp":
                continue
            subj = _child(c, "nsubj")  # "claimed 40 soldiers were killed": no doer named
            if subj is None:
                agent = _child(c, "agent")
                subj = _child(agent, "pobj") if agent is not None else None
            if subj is None or subj.pos_ == "PRON":
                continue
            doers = self.actors.of(subj)
            if not doers or speaker & ({_key(a) for a in doers} | {a.country for a in doers if a.country}):
                continue  # an accusation needs someone accused, other than the speaker
            for t in c.subtree:
                hit = matches.get(t.i)
                if hit is not None and hit.code[:2] in roots:
                    return True
        return False

    def _what_is_left(self, m: Match) -> str:
        """What a withdrawal leaves: "ground" (a place, a front, nothing named), "body" (an
        alliance, a union, an international organisation: leaving it cuts relations, no troops
        move) or "nothing" ("withdrew from using X", "pulled out of the market": no retreat)."""
        tok = m.tok
        if m.kind == "v":
            left = _prep_objs(tok, ("from", "of"))
            left += [x for o in m.consumed for x in _prep_objs(o, ("from",))]
        else:
            left = _prep_objs(tok, ("from",))
        c = self.cues
        moved = _child(tok, "dobj", "nsubjpass") if m.kind == "v" else None  # "bodies were pulled from X"
        if (
            moved is not None
            and not m.consumed  # a pattern naming what it withdraws ("withdrew its tanks") knows
            and not self.lex.topic_in("armed_forces", [moved.lemma_.lower()])
        ):
            return "nothing"  # "moved a passer-by aside": someone moved, no forces withdrawn
        dest = _prep_objs(tok, ("to",)) + [
            x for a in tok.children if a.dep_ in ("advmod", "prt") for x in _prep_objs(a, ("to",))
        ]
        if m.kind == "v" and any(o.lemma_.lower() in c.withdrawal_not_places for o in dest):
            return "nothing"  # "moved back to the old policies": a change of course, not of ground
        for o in left:
            if o.dep_ == "pcomp" or _is_verb(o):
                return "nothing"  # "withdrew from using the supplier": an activity given up
            if o.lemma_.lower() in c.withdrawal_not_places:
                return "nothing"
        for o in left:
            if o.lemma_.lower() in c.membership_bodies or any(
                (a.code or "").startswith(("IGO", "NGO")) for a in self.actors.strict(o)
            ):
                return "body"
        return "ground"

    def _absorb_stopped(self, m: Match, matches: dict[int, Match]) -> None:
        """ "encouraged firms to stop trading with X": the trade to be stopped is neither asked
        for nor done, so it is coded in no event of its own."""
        for st in m.starts:
            for t in st.subtree:
                hit = matches.get(t.i)
                if hit is not None and hit is not m and _stopped_cooperation(t, m.tok, hit.code, self.cues):
                    hit.absorbed = True

    @staticmethod
    def _absorb_within(tok: Token, matches: dict[int, Match], keep: Match) -> None:
        for t in tok.subtree:
            hit = matches.get(t.i)
            if hit is not None and hit is not keep:
                hit.absorbed = True

    def emit(self, m: Match) -> list[Draft]:
        p = m.pat
        tok = m.tok
        if m.kind == "v":
            negated, modality, clause = self.clause_of(tok)
        else:
            negated, modality = self._noun_modality(tok)
            clause = tok
        if modality == "conditional":
            return []
        # "presented no evidence", "had no meetings with X", "promised no deportations": the
        # act the trigger (or the noun it is made of) names is denied by its determiner
        inner_noun = m.frame_inner.tok if m.frame_inner is not None and m.frame_inner.kind == "n" else None
        if any(
            _says_none(t) for t in (tok if m.kind == "n" else None, *m.consumed, inner_noun) if t is not None
        ):
            negated = True
        if m.kind == "v" and not negated:
            subj = self._subject_token(tok)  # "no one fired on the convoy", "nobody answered"
            if subj is not None and (subj.lower_ in _NOBODY or _says_none(subj)):
                negated = True
        if m.kind == "v" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.cues.unreal_mods
            for o in m.consumed
            for c in o.children
        ):
            return []  # "staged a mock raid": an exercise, nothing done to anyone
        if (
            modality == "intended"
            and clause.dep_ in ("acl", "relcl")
            and clause.head.pos_ in ("NOUN", "PROPN")
            and _child(clause, "nsubj", "nsubjpass") is None
            and (m.code[:2] in _MATERIAL_CONFLICT or m.code[:2] == "16")
            and clause.head.lemma_.lower() not in self.cues.intent_nouns
        ):
            return []  # "the offensive to retake the town": the aim of an act under way, not a threat
        if (
            m.kind == "v"
            and m.code[:2] in _MATERIAL_HARM
            and tok.dep_ in ("pobj", "pcomp")
            and tok.head.lower_ == "by"
            and (
                tok.head.head.pos_ == "NOUN"
                # the parser often hangs "by" on the verb: the noun just before it still rules
                or (tok.head.i > 0 and tok.doc[tok.head.i - 1].pos_ == "NOUN" and _dobj(tok) is None)
            )
        ):
            return []  # "execution by hanging", "death by stoning": the manner of a noun's act
        if m.kind == "v" and m.code[:2] in _MATERIAL_HARM and self._by_accident(tok):
            return []  # "the earthquake killed 300", "victims of the crash": nobody's act
        if m.kind == "v" and m.code[:2] in _MATERIAL_HARM and _self_harm(tok):
            return []  # "shot herself at home": no one else is harmed
        if m.kind == "v" and p.frame == "threaten" and self._threatened_by_no_one(tok):
            return []  # "were threatened by drought and terrorism": endangered, not threatened
        if _wh_infinitive(tok):
            return []  # "discussed how to cooperate", "weighing whether to strike": a question, not an act
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and (p.frame or not self.sources_of_verb(tok))
            and self.causative(tok) is None  # "Israel had three soldiers wounded": Israel suffered it
        ):
            return []  # "refugees ordered out of ...", "victims killed in ...": a modifier, not a new act
        if (
            m.kind == "v"
            and tok.lemma_.lower() in _IMPERSONAL_COMPULSION
            and not self.sources_of_verb(tok)
            and self._compelled_by_a_thing(tok)
        ):
            return []  # "the narrow streets forced troops to leave", "a new tax will force X to pay"
        if p.frame in ("appeal", "demand") and _is_passive(tok) and not self.sources_of_verb(tok):
            return []  # "a visa is required", "asked about X, he said": no one appeals
        if modality == "hypothetical" and (p.frame or code_root_is_coop(m.code)):
            return []  # "might urge", "could lead to an agreement": speculation, not an event
        code = m.code
        # a protest's aim is in its purpose clause: "rallied, demanding the president's resignation"
        refined = self.topic_code(tok, p.refine, purpose=m.code[:2] == "14")
        if refined and not p.frame:
            code = refined
        if code[:3] == "143" and self.lex.topic_in("hunger", self._arg_lemmas(tok)):
            code = "142" + code[3:]  # "went on hunger strike for the right to ...": 1423, as 1433 is
        deployed = self.deployment(m) if not p.frame else None
        plover = p.plover
        if deployed is not None:
            code, plover = deployed[0], None
        conf = p.conf
        extra: list[Draft] = []
        rule = p.id
        if m.kind == "v" and not p.frame and self._only_asked(tok):
            return []  # "tried to convince the council to amend it": asked of the council, not done
        if m.kind == "v":
            sources = self.sources_of_verb(tok)
            if not sources and _is_passive(tok) and self._forces_moved(m):
                sources = self.actors.of(_child(tok, "nsubjpass"), deep=True)
            if (
                not sources
                and m.code[:2] in _MATERIAL_HARM
                and (_is_passive(tok) or tok.lemma_.lower() == "die")
            ):
                sources = [a for n in self._harming_acts(tok) for a in self.noun_sources(n)]
        else:
            sources = self.noun_sources(tok)
        if (
            m.kind == "v"
            and all(not a.code or _sector(a) == "BUS" for a in sources)  # none, or a firm's
            and self._thing_does_it(tok)
        ):
            return []  # "the evidence supports the claim", "the plan offers Iran a way out"
        targets: list[Actor] = list(deployed[1]) if deployed is not None else []
        reciprocal = p.reciprocal
        frame = self.lex.frames.get(p.frame or "")
        posture = self._commanded_posture(m) if frame is not None and frame.name == "demand" else None
        if (
            frame is not None
            and frame.name == "demand"
            and m.frame_inner is None
            and tok.lemma_.lower() in self.cues.command_verbs
            and not self.actors.strict(_dobj(tok))
        ):
            return extra  # "ordered three days of mourning": an order at home, made of no one
        if posture is not None:
            # "the governor ordered patrols / an arrest": a command carried out by one's own
            # forces is the act itself, not a demand made of anyone
            frame = None
            code = posture
            rule = f"{p.id}+{m.frame_inner.pat.id}" if m.frame_inner is not None else p.id
        home_inner = m.frame_inner if frame is not None and frame.name == "intend" else None
        if home_inner is not None and (self.deployment(home_inner) or ("",))[0] == "154":
            if self._home_ground(home_inner):
                # "vowed to send troops to guard its own border": a posture at home, no threat
                frame, code, modality = None, "154", "intended"
                rule = f"{p.id}+{home_inner.pat.id}"
        if p.frame == "deny":
            inner = m.frame_inner
            if inner is not None:
                extra += self._emit_inner_negated(inner, sources)
        elif frame is not None:
            inner = m.frame_inner
            inner_code = inner.code if inner is not None else None
            if inner is not None and inner.pat.refine:
                inner_code = self.topic_code(inner.tok, inner.pat.refine) or inner_code
            stopped = (
                _stopped_conflict(inner.tok, tok, inner_code, self.cues)
                if inner is not None and frame.name != "threaten"
                else None
            )
            if stopped and not (stopped == "082" and frame.name == "intend"):
                inner_code = stopped  # (a vow to end protests is no promise to stop protesting)
            protesters: list[Actor] = []
            if frame.name == "threaten" and inner is not None and (inner_code or "")[:2] == "14":
                if self._refused_act(inner.tok):
                    # "warned it would not tolerate protests by X": repression of X threatened, 137
                    inner_code = "17"
                    protesters = [
                        a
                        for o in _prep_objs(inner.tok, ("by",)) + _prep_objs(inner.tok.head, ("by",))
                        for a in self.actors.strict(o)
                    ]
            if (
                inner is not None
                and inner.kind == "n"
                and inner.pat.reciprocal
                and (inner_code or "")[:2] == "04"
                and self._hosted_between(
                    inner.tok,
                    sources,
                    self.noun_targets(inner.tok, inner.pat.target or _DEFAULT_NOUN_TARGETS),
                )
            ):
                inner_code = "045"  # "offered to host talks between X and Y": to mediate, 039
            deployed_inner = self.deployment(inner) if inner is not None else None
            if deployed_inner is not None and (
                deployed_inner[0] in ("074", "072") or frame.name in ("intend", "threaten")
            ):  # "vowed to send troops to the border": a threat of force, no aid promised
                inner_code = deployed_inner[0]

            if inner is not None and inner.pat.frame in self.lex.frames and inner.frame_inner is not None:
                # a request inside a rejection: recode through the request's own frame first
                ii = inner.frame_inner
                ii_code = (self.topic_code(ii.tok, ii.pat.refine) if ii.pat.refine else None) or ii.code
                inner_code = self.lex.frames[inner.pat.frame].recode(ii_code)
                if inner.pat.frame == frame.name and _governed_by(inner.tok, tok):
                    inner_code = ii_code  # "renewed its appeal to X to extradite Y": one appeal, 0213
                elif frame.name in ("appeal", "demand", "reject") and inner.pat.frame == "intend":
                    # "urged X to agree to a ceasefire", "refused to agree to talks": asked for or
                    # refused is the ceasefire itself (0256, 125), not a promise of it
                    inner_code = ii_code
                elif frame.name == "reject" and ii_code[:2] in _REJECTABLE:
                    # "rejected the request for a loan / the offer of talks": what was asked for or
                    # offered is what is refused (1221, 125), whoever would have done it
                    inner_code = ii_code
            elif (
                inner is not None
                and inner.pat.frame in self.lex.frames
                and inner.frame_inner is None
                and (
                    (frame.name == "reject" and inner.kind == "n")
                    # "renewed its call for aid" (an agreement's own words are what it is about,
                    # not what is offered: "a deal on the routes of fighter jets" promises no arms)
                    or (inner.kind == "n" and inner.pat.frame == frame.name in ("appeal", "demand"))
                    or (
                        frame.name in ("appeal", "demand", "reject")
                        and inner.pat.frame == "intend"
                        and inner.tok.dep_ not in ("relcl", "acl")  # "the rules agreed by ..."
                    )
                )
            ):
                # "rejected the request for a loan", "rejected the ceasefire proposal": what the
                # request or the offer is for, named by a word of the noun's own, tells the kind
                # (not the noun itself: "rejected the proposal" names no kind)
                own = inner.tok.lemma_.lower()
                lemmas = self._arg_lemmas(inner.tok)
                if inner.kind == "n" and frame.name in ("reject", inner.pat.frame):
                    lemmas += self._arg_lemmas(tok)  # "for a loan" is often hung on the verb
                lemmas = [x for x in lemmas if x != own]
                hit = next((code for topic, code in frame.refine if self.lex.topic_in(topic, lemmas)), None)
                if hit is None and frame.name in ("appeal", "demand") and inner.pat.reciprocal:
                    hit = "037"  # "urged X and Y to reach an agreement": to settle their dispute, 027
                inner_code = hit or inner_code
            if (
                frame.name in ("intend", "threaten")
                and inner is not None
                and inner_code
                and self._state_closure(inner_code, sources, inner.tok)
            ):
                # "threatened to blockade the ports": a state's blockade (1381), no protest
                inner_code = "191"
            if inner_code is None and frame.name != "threaten":
                inner_code = self._ended_fighting(tok, own_only=frame.name == "intend")
            if inner_code is None and not _asks_a_vote(tok, self.cues):
                inner_code = self.topic_code(tok, frame.refine)
            if (
                frame.name == "intend"
                and inner_code
                and (inner_code[:2] in _MATERIAL_CONFLICT or inner_code[:2] in ("13", "16"))
            ):
                # "vowed to fight", "pledged to expel", "vowed to retaliate" (13: a threat of no named kind)
                frame = self.lex.frames["threaten"]
            if inner_code is None and refined:
                code = refined
            else:
                code = frame.recode(inner_code) if inner_code else (refined or p.code)
            if not code.startswith(frame.root):
                code = frame.default
            reporter = (
                self._reporter(clause)
                if modality == "demanded" and frame.name in ("intend", "appeal")
                else None
            )
            if frame.name == "reject":
                # "refused", "will reject": a stand taken; "should reject", "must resist": asked of someone
                modality = "demanded" if modality == "demanded" else "asserted"
            else:
                modality = frame.modality if frame.modality != "asserted" else modality
            targets, own = self.frame_targets(m, inner, frame.name)
            targets = protesters or targets
            backed = self._rallied_for(frame.name, inner, inner_code, sources, targets)
            if backed:
                # "urged the EU to back Kosovo": support asked of others for a third party, 053
                code, targets, own = "053", backed, False
            reciprocal = reciprocal and own
            if (
                m.kind == "v"
                and p.bare_code
                and (
                    (inner is None and (m.of_a_fact or (not targets and not refined)))
                    or not self._warning_threatens(m, inner, sources)
                )
            ):
                code, modality = p.bare_code, "asserted"  # a warning of floods threatens no one
            if m.kind == "n" and frame.name == "intend" and not inner_code and not targets:
                # "announced a railway development plan", "a $5 billion deal to buy X": no one
                # to cooperate with and nothing promised
                targets = self.noun_targets(tok, p.target or _DEFAULT_NOUN_TARGETS)
                if not targets:
                    return extra
            if (
                m.kind == "v"
                and frame.name == "intend"
                and inner is None
                and not inner_code
                and not refined
                and not targets
                and not (reciprocal and len(sources) > 1)
                and not any(
                    self.actors.strict(o)
                    for c in tok.children
                    if c.dep_ in ("xcomp", "ccomp")
                    for o in _children(c, "dobj")
                )
            ):
                # "swore to put schools first", "pledged to sell his ranch": nothing the
                # codebook knows is promised, to no one and about no one ("pledged to bring down
                # the cabinet" stays a vow about the cabinet)
                return extra
            rule = f"{p.id}+{inner.pat.id}" if inner is not None else p.id
            if reporter is not None:  # "X said Y must agree to / push for ...": X demands of Y
                targets = sources or targets
                sources = self.sources_of_verb(reporter)
                if p.reciprocal and frame.name == "intend" and (inner_code or "03")[:2] == "03":
                    inner_code = "037"  # "X said A and B must reach a deal": that they settle, 107
                code = self.lex.frames["demand"].recode(inner_code)
                modality = "demanded"
                reciprocal = False
                rule += "+demand"
        if not targets:
            slots = (
                p.target
                if p.target is not None
                else (_DEFAULT_VERB_TARGETS if m.kind == "v" else _DEFAULT_NOUN_TARGETS)
            )
            targets = (
                self.targets_of_verb(m, slots, sources) if m.kind == "v" else self.noun_targets(tok, slots)
            )
        if m.kind == "n" and reciprocal and code[:2] == "04" and self._hosted_between(tok, sources, targets):
            code, reciprocal = "045", False  # "Qatar hosted talks between X and Y": Qatar mediates
            rule += "+host"
        if (
            m.kind == "v"
            and _fronted_participle(tok)
            and all(_key(t) in {_key(x) for x in sources} for t in targets)
        ):
            patient = _child(tok.head, "nsubj", "nsubjpass")
            targets = self.actors.of(patient, deep=True) if patient is not None else []
        trained = self._foreign_forces_trained(m, sources) if code in ("154", "072") else []
        if trained:
            # "trained Ukrainian soldiers": another state's forces trained is military
            # cooperation (062), not a mobilization of one's own (154)
            code, targets = "062", trained
            rule += "+train"
        expelled = self._forces_ordered_out(m, sources) if code in ("0874", "087") or frame else []
        if expelled:
            # "ordered the withdrawal of French troops": a state sending another's forces home
            # expels them (166); withdrawing one's own forces stays a retreat
            frame, code, modality, targets = None, "166", "asserted", expelled
            rule += "+expel"
        # modality recoding of plain actions
        root = code[:2]
        if frame is None and p.frame is None and not negated and not p.fallback:
            if modality == "intended" and root in _COOP_ROOTS:
                code = self.lex.frames["intend"].recode(code)
                rule += "+intend"
            elif modality == "hypothetical" and _perfect_modal(tok):
                pass  # "may have shot them": a past act reported as possible, no threat
            elif modality == "intended" and deployed is not None and code == "154" and self._home_ground(m):
                pass  # "will send troops to its own border": a posture at home, no threat
            elif modality == "intended" and root in _MATERIAL_CONFLICT and self._attempted(tok):
                pass  # "sought to seize the port": an attempt on it, not a threat made to anyone
            elif modality in ("intended", "hypothetical") and (root in _MATERIAL_CONFLICT or root == "16"):
                if modality == "hypothetical" and (self._doubted(tok) or not self._said_by_a_party(clause)):
                    return extra  # "analysts say X could attack Y": speculation, no one threatens
                code = self.lex.frames["threaten"].recode(code)
                modality = "threatened"
                rule += "+threaten"
                targets = targets or self._condition_subjects(tok, None)
            elif modality == "demanded":
                reporter = self._reporter(clause)
                if reporter is not None:
                    demand = self.lex.frames["demand"]
                    new_targets = sources or targets
                    sources = self.sources_of_verb(reporter)
                    targets = new_targets
                    code = demand.recode(code)
                    reciprocal = False
                    rule += "+demand"
        if (
            modality == "asserted"
            and m.kind == "v"
            and code[:2] in _PURPOSE_ROOTS
            and frame is None
            and (self._purpose_clause(clause) or self._attempted(tok))
        ):
            if code == "186" and self._attempted(tok):
                code = "185"  # "tried to assassinate the president": the attempt is an act of its own
            else:
                modality = "intended"  # "worked with customs to seize the drugs": the aim, not the deed
        if modality == "hypothetical":
            conf *= 0.5
        if p.fallback:
            conf = min(conf, 0.4)
            if not sources:  # a statement needs its speaker
                return extra
            direct = (
                self.targets_of_verb(m, [x for x in p.target or () if x != "ccomp_subj"])
                if m.kind == "v"
                else targets
            )
            # "told CNN that ...": words given to a newspaper are said to the public, not to the paper
            listeners = [t for t in direct if _sector(t) != "MED"]
            if m.kind == "v" and not listeners:
                # "the minister said his government had done its duty": talk about one's own
                # side (its country, its people, its own branch) is addressed to no one; another
                # country, or a rival branch at home, named in the clause stays the target
                own = {(s.country, _sector(s)) for s in sources if s.country}
                speakers = {_key(s) for s in sources}  # "she said she would resign": herself
                targets = [
                    t
                    for t in (self._statement_topic(tok) if "ccomp_subj" in (p.target or ()) else [])
                    if _key(t) not in speakers
                    and not any(t.country == c and _sector(t) in ("", "CVL", sec) for c, sec in own)
                ]
            elif m.kind == "v":
                targets = listeners
        if (
            not sources
            and m.kind == "v"
            and (
                code[:2] == "14"
                or (code[:2] in ("17", "11", "09") and _is_passive(tok))
                or (code[:2] in ("18", "19") and self._placed_weapon(tok))
                or (code[:2] in ("11", "12") and self._placed_document(tok))
            )
        ):
            sources = self.place_source(tok)
            targets = [t for t in targets if _key(t) not in {_key(x) for x in sources}]
            if not sources and code[:2] == "11":
                return extra  # "X was implicated" with no one implicating: a charge nobody is said to make
        paired = False  # "a meeting between A and B": each is the other's target
        if m.kind == "n":
            if not sources and reciprocal and len(targets) >= 2:
                sources, targets, paired = targets, [], True
            if not sources:  # a nominal trigger needs its agent in the text
                return extra
        if p.need_target and not targets and not paired:
            return extra
        if (
            m.kind == "v"
            and not sources
            and not any(a.code for a in targets)
            and self._unnamed_speaker_acts(tok)
        ):
            return extra  # "I did work with Dr X", in an interview: no coded actor on either side
        if (
            p.id in ("v.meet", "v.discuss", "v.hold_meeting", "v.hold_talks")
            and not targets
            and len(sources) < 2
            and frame is None
            # "held a meeting with constituents": someone is met, though no actor is named
            and not (
                p.id.startswith("v.hold")
                and _prep_objs(tok, ("with",)) + [x for o in m.consumed for x in _prep_objs(o, ("with",))]
            )
        ):
            # "the cabinet met on Sunday", "the senate will hold an extra sitting": a body's
            # own sitting, with no one
            return extra
        if code[:2] == "04" and not sources and not reciprocal:
            return extra  # a visit or a call needs its visitor or caller
        if code[:2] == "04":  # "speaking to the BBC": an interview, not a consultation
            press = [t for t in targets if (t.sector or (t.code or "")[3:6]) == "MED"]
            outlets = self._outlets(tok, m)
            if outlets:  # "told the Kyiv Post", "spoke with Haberturk in an interview"
                keys = {_key(a) for o in outlets for a in self.actors.of(o)}
                press += [t for t in targets if _key(t) in keys]
            targets = [t for t in targets if t not in press]
            if (press or outlets) and not targets:
                return extra
            if code == "040" and self._third_place(tok, sources, targets):
                code = "044"  # "the Iranian and Saudi ministers met in Baghdad": on neutral ground
            if code[:3] == "042":  # "visited Berlin": the country visited, not its government
                targets = _dedupe(self._capital_as_country(tok, t) for t in targets)
            # "the president arrived back in his capital": no visit to one's own country
            home = {s.country for s in sources if s.country}
            targets = [t for t in targets if not (_is_place(t) and t.country in home)]
            if code[:3] in ("042", "043") and home:
                # a city the actors stage left uncoded ("visited Mombasa"), placed at home
                targets = [t for t in targets if t.country or not self._placed_in(t, home)]
            if code[:3] in ("042", "043") and not targets and not reciprocal:
                return extra  # a trip needs a host or a country other than the traveller's own
            if not targets and p.need_target if m.kind == "v" else False:
                return extra
        if (
            m.kind == "v"
            and code == "190"
            and tok.lemma_.lower() == "bomb"
            and sources
            and all(_sector(s) in _IRREGULAR_SECTORS for s in sources)
        ):
            code = "183"  # "militants bombed a church": a bombing, not a military strike
        if code in ("1724", "1324", "0814") and any(
            t.lemma_.lower() in self.cues.accident_nouns for t in _sentence_and_before(tok, 2)
        ):
            return extra  # "declared emergency rule as the storm neared": a disaster met, no one sanctioned
        if (
            code == "172"
            and tok.lemma_.lower() in _OUTLAWING
            and targets
            and all(_sector(t) in ("PTY", "OPP") for t in targets)
        ):
            code = "1722"  # "the court banned the Muslim Brotherhood": a party or the opposition banned
        if code == "0874" and sources and all(_unarmed(s) for s in sources):
            return extra  # "the company pulled out", "refugees moved out": no forces withdrawn
        if (
            code == "0874"
            and tok.lemma_.lower() == "move"
            and not any(s.code and not _unarmed(s) for s in sources)
        ):
            return extra  # "the family moved out of the house": only a state or an armed body retreats
        if m.kind == "n" and code[:2] == "19" and self._attack_in_words(tok, sources):
            code = "111"  # "the senator's attacks on judges", "attacks on migrants as criminals"
        if m.kind == "v" and code[:2] == "19" and self._attacks_a_thing(tok):
            code = "111"  # "attacked the inquiry", "assailed the ruling": words, not force
        if m.kind == "v" and m.code[:2] in _VIOLENT_ROOTS and self._harms_a_thing(tok):
            return extra  # "shot a film about Nairobi", "is expected to hit 41C": no one is harmed
        if m.kind == "v" and code[:2] == "19" and self._singles_out(tok, sources):
            code = "111"  # "the pope has targeted hypocrites": singled out in words, not struck
        if code[:2] == "16" and (
            (sources and all(_sector(s) in _TRADING_SECTORS for s in sources))
            or any(
                t.lemma_.lower() in self.cues.accident_nouns
                for c in tok.children
                if c.dep_ in ("prep", "agent", "nsubj", "nsubjpass")
                for t in c.subtree
            )
        ):
            return extra  # "airlines cancelled flights as the storm hit": no ties are cut
        if code[:2] in _VIOLENT_ROOTS and sources and all(_sector(s) in _TRADING_SECTORS for s in sources):
            return extra  # "the firm is targeting younger buyers", "the paper hit back": no force used
        if code[:2] == "19" and sources and all(_sector(s) in _CROWD_SECTORS for s in sources):
            code = "145"  # "protesters stormed the parliament": a violent protest, not warfare
        if self._state_closure(code, sources, tok):
            code = "191"  # "Kenya closed its border": a state restricts movement, it does not protest
        if code == "082" and sources and all(_sector(s) in ("COP", "MIL") for s in sources):
            code = "170"  # "riot police moved in to end the demonstration": they stopped it by force
        if code[:2] == "14" and _names_rally(m):  # "Trump held a rally": a campaign event
            sources = [s for s in sources if _sector(s) not in ("GOV", "ELI")]
            if not sources or _campaign_rally(m):  # "addressed a campaign rally"
                return extra
        if getattr(p, "swap", False):  # "received assurances from X": X is the source
            sources, targets = targets, sources
        if code[:2] == "14" and m.kind == "v" and all(_is_place(t) for t in targets):
            # "went on hunger strike to demand X's release": whom the protest's purpose names
            own = {_key(s) for s in sources}
            targets = [t for t in self._purpose_targets(tok) if _key(t) not in own] or targets
        if (
            code[:2] == "17"
            and m.kind == "v"
            and not targets
            and sources
            and all(map(_is_state_body, sources))
        ):
            targets = self._protest_repressed(tok, sources)  # "police broke up a rally held by students"
        if code[:2] == "14" and sources and not targets and m.kind == "v":
            # a protest with no one named is aimed at the country it is held in, else the protesters' own
            targets = self.place_source(tok) or _home_countries(sources)
        if not sources and not targets:
            return extra
        if modality == "threatened" and not sources and self._no_doer(tok):
            return extra  # "the blast would destroy the stockpile", "bases will be bombed": no one threatens
        drafts = []
        if modality != "asserted" and targets:
            reciprocal = False  # "X would restore ties with Y" is X's intent, not Y's
        if reciprocal and m.kind == "v" and not targets and self._meets_people(tok):
            reciprocal = False  # "A and B will meet two envoys": they meet the envoys, not each other
        if reciprocal and _one_sided(tok):
            reciprocal = False  # "X declared a unilateral truce": X's act alone
        for s, t in self.pairs(sources, targets, reciprocal):
            if s is not None and t is not None and _same_country_only(s, t):
                t = None  # "Turkey and Azerbaijan announced exercises in Nakhchivan": not AZE -> AZE
            c = conf * (1.0 if s is not None else 0.6) * (1.0 if t is not None else 0.85)
            if not ((s is not None and s.code) or (t is not None and t.code)):
                c *= 0.5  # nobody in the event has an actor code
            drafts.append(
                Draft(code, s, t, tok, rule, negated, modality, round(c, 3), plover, p.mode, p.fallback)
            )
        return drafts + extra

    def _placed_weapon(self, tok: Token) -> bool:
        """ "a roadside bomb in Kandahar killed ...": an attack or weapon with no doer named, as
        the subject, placed in a town: the place stands in for the unnamed attacker."""
        subj = _child(tok, "nsubj")
        if subj is None or subj.pos_ != "NOUN" or self.actors.of(subj):
            return False
        sm = self._matches.get(subj.i)
        weapon = sm is not None and sm.kind == "n" and sm.code[:2] in ("18", "19")
        return weapon and bool(_prep_objs(subj, ("in", "near", "at")))

    def _placed_document(self, tok: Token) -> bool:
        """ "a report released in Kigali accused X": a document with no author named, as the
        subject, put out in a place: the place stands in for its author."""
        subj = _child(tok, "nsubj")
        if subj is None or subj.pos_ != "NOUN" or self.actors.of(subj):
            return False
        return subj.lemma_.lower() in self.cues.document_nouns

    def _protest_repressed(self, tok: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a state's force against a protest is aimed at: the protest's holders ("a rally
        held by X", "X's march"); with none coded, the country it is held in, else the state's own."""
        o = _dobj(tok)
        om = self._matches.get(o.i) if o is not None else None
        if o is None or om is None or om.kind != "n" or om.code[:2] != "14":
            return []
        got = [
            a
            for c in o.children
            if c.dep_ == "acl"
            for x in _prep_objs(c, ("by",))
            for a in self.actors.of(x, deep=True)
        ]
        got = got or [
            a for c in o.children if c.dep_ in ("poss", "compound", "amod") for a in self.actors._with_conj(c)
        ]
        return got or self.place_source(tok) or _home_countries(sources)

    def _purpose_targets(self, tok: Token) -> list[Actor]:
        """Who a protest is aimed at, named in the clause saying what it is for: "marched to
        protest against X's curbs", "blocked a road to voice fury at X's policies"."""
        for c in tok.children:
            if c.dep_ not in ("advcl", "xcomp") or c.lemma_.lower() not in self.cues.purpose_verbs:
                continue
            if not (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                continue
            o = _child(c, "dobj")
            objs = _prep_objs(c, _AIMED_PREPS)
            got = self.actors.of(o, deep=True) if o is not None else []
            if o is not None and not got:  # "their anger at X": the feeling's object
                objs += _prep_objs(o, _AIMED_PREPS)
            got += [a for x in objs for a in self.actors.of(x, deep=True)]
            if got:
                return _dedupe(got)
        return []

    def _third_place(self, tok: Token, sources: list[Actor], targets: list[Actor]) -> bool:
        """Whether a meeting of two countries' actors is placed in a third country."""
        parties = {a.country for a in (*sources, *targets)}
        if len(parties) < 2 or None in parties or "" in parties:
            return False
        # ("met the Ugandan president in Geneva": often hung on the one met)
        for o in _prep_objs(tok, ("in", "at")) + [
            x for d in _children(tok, "dobj") for x in _prep_objs(d, ("in",))
        ]:
            place = self.place_actor(o)
            if place is not None and place.country:
                return place.country not in parties
        return False

    def _outlets(self, tok: Token, m: Match) -> list[Token]:
        """The news outlets a talk is held with: "spoke to the Kyiv Post", "talked with Haberturk
        television", or in an interview any named body the actors do not know ("in an interview
        with Tolo"): words given to the press, not a consultation."""
        words = self.cues.outlet_words
        heads = [tok, *m.consumed]
        interview = (
            any(
                o.lemma_.lower() == "interview" for h in heads for o in _prep_objs(h, ("in", "during", "for"))
            )
            or any(o.lemma_.lower() == "interview" for o in m.consumed)
            or tok.lemma_.lower() == "interview"
        )
        out = []
        for o in (x for h in heads for x in _prep_objs(h, ("with", "to"))):
            names = {x.lower_ for x in o.subtree if x.dep_ in ("compound", "amod", "nmod") or x.i == o.i}
            if names & words or (
                interview and o.pos_ == "PROPN" and not any(a.code for a in self.actors.of(o))
            ):
                out.append(o)
        return out

    def _compelled_by_a_thing(self, tok: Token) -> bool:
        """Whether what forces or requires is no one: no subject or by-agent at all, or a noun that
        names no actor and no kind of person ("the streets forced them", "a tax will force X")."""
        subj = self._subject_token(tok)
        if subj is None and _is_passive(tok):
            subj = next(iter(_prep_objs(tok, ("by",))), None)
        if subj is None:
            return True
        if subj.pos_ == "NUM" or subj.lemma_.lower() in _PARTITIVE:  # "three of the wounds required ..."
            subj = next(iter(_prep_objs(subj, ("of",))), subj)
        if subj.pos_ not in ("NOUN", "PROPN") or self.actors.of(subj, deep=True):
            return False
        lem = subj.lemma_.lower()
        if subj.ent_type_ in ("PERSON", "NORP", "ORG") or lem.endswith(_AGENT_SUFFIXES):
            return False  # "officers", "elders", "the protesters": people, named or not
        return not any(self.lex.topic_in(t, [lem]) for t in _PEOPLE_TOPICS)

    def _no_doer(self, tok: Token) -> bool:
        """Whether no one is named as doing what the trigger says: no subject or by-agent at all,
        or one that is a thing, a natural force or an act ("a blast would destroy it")."""
        subj = self._subject_token(tok) if _is_verb(tok) else None
        if subj is None and _is_verb(tok) and _is_passive(tok):
            subj = next(iter(_prep_objs(tok, ("by",))), None)
        if subj is None:
            return True
        if subj.pos_ != "NOUN":
            return False
        lem = subj.lemma_.lower()
        return lem in self.cues.accident_nouns or lem in self.cues.thing_nouns or subj.i in self._matches

    def _warning_threatens(self, m: Match, inner: Match | None, sources: list[Actor]) -> bool:
        """Whether a warning announces what the warner's own side will do ("warned that its police
        will break up the rallies", "warned that any strike would meet a response"). A warning
        that another party, or a thing, will do or undergo something ("warned that the economy
        could collapse", "warned that the two rivals are heading for war", "warned the committee
        of growing hunger") is a gloomy comment, not a threat."""
        tok = m.tok
        clause: Token | None = None
        if inner is not None and inner.tok.dep_ in ("csubj", "csubjpass"):
            return False  # "warned that restoring the law would breach a treaty": a deed foreseen
        if inner is not None:
            clause = inner.tok
            while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause and clause.head is not tok:
                clause = clause.head
            if clause.pos_ not in ("VERB", "AUX"):
                clause = None
        if clause is None:
            clause = _child(tok, "ccomp")
        if clause is None:
            # "warned X of growing unrest", "warned the panel about a smuggler": a tip-off
            heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            about = [o for h in heads for o in _prep_objs(h, ("of", "about"))]
            return not about or any(o.lemma_.lower() in self.cues.consequence_nouns for o in about)
        if any(t.lemma_.lower() in self.cues.consequence_nouns for t in clause.subtree):
            return True
        if _child(clause, "csubj", "csubjpass") is not None:
            return False  # "warned that reviving the law would breach a treaty": a deed as subject
        subj = _child(clause, "nsubj", "nsubjpass")
        if subj is None:
            return True  # "warned that sanctions will be imposed": passive, no one else named
        if subj.pos_ == "PRON" or any(
            c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "whose" for c in subj.children
        ):
            return True  # "we will respond", "its troops will act": the warner, as a rule
        got = self.actors.of(subj, deep=True)
        if not got:
            return False  # "warned that the economy could collapse"
        if any(t.lower_ in ("me", "us") for t in clause.subtree):
            return True  # "warned that Chile would hear from us again": the warner is in the clause
        mine = {_key(s) for s in sources}
        states = {s.country for s in sources if s.country and _sector(s) in _STATE_SECTORS}
        return any(_key(a) in mine or (a.country in states and _sector(a) in _STATE_SECTORS) for a in got)

    def _attempted(self, tok: Token) -> bool:
        """Whether an act is what someone tried or sought to do ("sought to expel the envoys",
        "tried to seize the port"): attempted, not reported as done."""
        attempts = self.lex.topics["attempt_verbs"].words
        t = tok
        for _ in range(3):
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in attempts:
                return True
            if t.dep_ != "conj" or not _is_verb(t.head):
                return False
            t = t.head
        return False

    @staticmethod
    def _purpose_clause(clause: Token) -> bool:
        """Whether a clause is the aim of another act: an infinitive with no subject of its own
        hung on a verb ("raided the house to arrest him", "so as to", "in order to"), or a
        gerund after "aimed at". What it names was meant, not reported as done."""
        if _in_order_to(clause):
            return True
        if clause.dep_ == "advcl" and _is_verb(clause.head):
            return any(x.dep_ == "aux" and x.lower_ == "to" for x in clause.children) and all(
                x.dep_ not in ("nsubj", "nsubjpass", "mark") or x.lower_ in _PURPOSE_MARKS
                for x in clause.children
            )
        return (
            clause.dep_ == "pcomp"
            and clause.tag_ == "VBG"
            and clause.head.lower_ in ("at", "toward", "towards")
            and clause.head.head.lemma_.lower() in ("aim", "target", "gear", "direct")
        )

    def _placed_in(self, a: Actor, countries: set[str]) -> bool:
        """Whether the places stage put one of an actor's mentions in one of these countries."""
        return any(
            p.country in countries and p.span[0] <= s and e <= p.span[1]
            for s, e in a.mentions
            for p in self.ctx.places
        )

    def _doubted(self, tok: Token) -> bool:
        """Whether the verb is what someone is judged unlikely to do ("is unlikely to attack
        X") or an act only simulated ("notionally attacked"): it threatens nothing, whoever
        tells it."""
        if any(c.dep_ == "advmod" and c.lower_ in self.cues.unreal_mods for c in tok.children):
            return True  # "notionally attacked": a simulated act
        h = tok.head
        return tok.dep_ == "xcomp" and h.pos_ == "ADJ" and h.lemma_.lower() in self.cues.doubt_adjectives

    def _said_by_a_party(self, clause: Token) -> bool:
        """Whether a clause of what someone could do is reported by a party with a stake ("Iran
        said it could close the strait", "the EU may halt aid, a minister said"); what an analyst,
        a scholar or the narrator speculates one could do threatens nothing."""
        reporter = self._reporter(clause)
        if reporter is None:
            return False
        speakers = self.sources_of_verb(reporter)
        if speakers:
            return any(not _unarmed(a) for a in speakers)
        subj = self._subject_token(reporter)  # a named speaker the actors stage did not resolve
        return subj is not None and subj.pos_ == "PROPN"

    def _emit_inner_negated(self, inner: Match, sources: list[Actor]) -> list[Draft]:
        out = self.emit(inner)
        for d in out:
            d.negated = True
            if d.source is None and sources:
                d.source = sources[0]
        return out

    def _state_closure(self, code: str, sources: list[Actor], tok: Token) -> bool:
        """Whether an obstruction (144) is a state's blockade: a state closing a port or a
        border, or a border closed with no one named."""
        return code[:3] == "144" and (
            # a place standing in for unnamed protesters ("farmers in Accra") is no state acting
            (bool(sources) and all(_is_state(s) and not _is_place(s) for s in sources))
            or (not sources and any(o.lemma_.lower() in self.cues.border_nouns for o in self._patients(tok)))
        )

    def _only_asked(self, tok: Token) -> bool:
        """Whether a verb is what an appeal asks of its addressee ("persuade the council to
        amend it"), an act neither done nor promised by anyone."""
        while tok.dep_ == "conj" and _is_verb(tok.head):
            tok = tok.head
        return (
            tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in self.cues.appeal_verbs
            and _addressee(tok) is not None
        )

    def _foreign_forces_trained(self, m: Match, sources: list[Actor]) -> list[Actor]:
        """Another state's forces that a state trains ("trained Ukrainian soldiers"), if any."""
        if m.kind != "v" or m.tok.lemma_.lower() != "train":
            return []
        own = {a.country for a in sources if a.country}
        obj = _child(m.tok, "dobj")
        if not own or obj is None or not all(_is_state_body(a) for a in sources):
            return []
        got = self.actors.of(obj, deep=True)
        if got and all(a.country and a.country not in own and _is_state_body(a) for a in got):
            return got
        return []

    def _forces_ordered_out(self, m: Match, sources: list[Actor]) -> list[Actor]:
        """Another state's forces a command sends out ("ordered the withdrawal of French troops",
        "ordered French troops to leave"): their actors, or none when the forces are the
        commander's own or the command is not for them to go."""
        tok = m.tok
        if m.kind != "v" or tok.lemma_.lower() not in self.cues.command_verbs:
            return []
        own = {a.country for a in sources if a.country}
        if not own or not all(_is_state_body(a) for a in sources):
            return []
        obj = _child(tok, "dobj")
        if obj is None:
            return []
        comp = _child(tok, "xcomp")
        if obj.lemma_.lower() in _WITHDRAWAL_NOUNS:
            forces = _prep_objs(obj, ("of",)) + [c for c in obj.children if c.dep_ == "poss"]
        elif comp is not None and comp.lemma_.lower() in _LEAVE_VERBS:
            forces = [obj]
        else:
            return []
        got = [a for f in forces for a in self.actors.of(f, deep=True)]
        if got and all(_sector(a) == "MIL" and a.country and a.country not in own for a in got):
            return got
        return []

    def _commanded_posture(self, m: Match) -> str | None:
        """The code of a force posture (15x) or coercion (17x) a command verb orders: "ordered
        patrols", "ordered his arrest" are the posture and the arrest, not demands."""
        inner = m.frame_inner
        if inner is None or m.tok.lemma_.lower() not in self.cues.command_verbs:
            return None
        code = (self.topic_code(inner.tok, inner.pat.refine) if inner.pat.refine else None) or inner.code
        if code[:2] in ("15", "17"):
            return code
        # "ordered the journalist's killing", "ordered an air strike on the camp": the act named
        # is the commander's, as "had him killed" is
        gov = self._governor(inner.tok) if inner.kind == "n" else None
        if code[:2] in _VIOLENT_ROOTS and gov is not None and gov.i == m.tok.i:
            return code
        return None

    def _noun_modality(self, tok: Token) -> tuple[bool, str]:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            # "the scenario of a missile attack", "fears of war", "the anniversary of the coup": no act
            of = tok.head.head.lemma_.lower()
            if of in self.cues.prospect_nouns or of in self.cues.remembrance_nouns:
                return False, "conditional"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "for"):
            # "ahead of his visit", "the eve of her trip": a meeting still to come
            own = self._matches.get(tok.i)
            if (
                tok.head.head.lemma_.lower() in self.cues.eve_nouns
                and own is not None
                and own.code[:2] in _COOP_ROOTS
            ):
                return False, "intended"
        mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")]
        if any(w in self.cues.unreal_mods for w in mods):
            return False, "conditional"  # "a nonexistent massacre", "a mock attack": nothing done
        head = tok.head
        scheduled = (tok.dep_ == "nsubjpass" and head.lemma_.lower() in self.cues.schedule_verbs) or (
            tok.dep_ == "nsubj"
            and head.lemma_.lower() == "be"
            and any(c.dep_ == "acomp" and c.lower_ in self.cues.schedule_verbs for c in head.children)
        )  # "talks are planned for May", "the visit is due next week"
        if scheduled or any(w in self.cues.prospective_mods for w in mods):
            own = self._matches.get(tok.i)  # "his forthcoming visit", "the proposed talks"
            if own is not None and own.code[:2] in _COOP_ROOTS:
                return False, "intended"
        gov = self._governor(tok)
        if (
            gov is None
            and tok.dep_ == "pobj"
            and tok.head.head.pos_ == "ADJ"
            and tok.head.head.dep_ == "acomp"
        ):
            gov = tok.head.head.head  # "believed X was responsible for the protests": the copula's clause
        if gov is None:
            return False, "asserted"
        negated, modality = self.modality_of(gov)
        if modality == "asserted" and tok.dep_ == "dobj" and gov.lemma_.lower() in self.cues.intent_verbs:
            own = self._matches.get(tok.i)
            if gov.tag_ in ("VBD", "VBN") and own is not None and own.code[:2] in _MATERIAL_CONFLICT:
                return False, "conditional"  # "had planned the raid": a plot told, no threat made
            modality = "intended"  # "is planning a visit", "wants talks": not held yet
        return negated, modality

    def _reporter(self, tok: Token) -> Token | None:
        """The reporting verb a clause is the complement of ("X said Y must ...")."""
        t = tok
        for _ in range(2):
            if (
                t.dep_ in ("ccomp", "parataxis", "xcomp")
                and t.head.lemma_.lower() in self.cues.reporting_verbs
            ):
                return t.head
            if t.dep_ == "conj":
                t = t.head
                continue
            break
        return None

    def frame_targets(self, m: Match, inner: Match | None, frame: str) -> tuple[list[Actor], bool]:
        """Targets of a frame event and whether they came from the frame's own slots."""
        tok = m.tok
        p = m.pat
        slots = p.target if p.target is not None else _DEFAULT_VERB_TARGETS
        own = self.targets_of_verb(m, slots) if m.kind == "v" else []
        if frame in ("appeal", "demand"):
            if own:
                return own, True
            if frame == "appeal" and _addressee_named(tok, inner):
                return [], True  # "urged a senator to vote against X": asked of the senator, not X
            if inner is not None:
                if inner.kind == "v":
                    subj = _child(inner.tok, "nsubj", "nsubjpass")
                    if subj is not None and not (subj.pos_ == "PRON" and subj.lower_ in ("it",)):
                        got = self.actors.of(subj, deep=True)
                        if got:
                            return got, False
                    got = self.targets_of_verb(inner, inner.pat.target or _DEFAULT_VERB_TARGETS)
                else:
                    got = (
                        self._demanded_of(inner.tok)
                        or self.noun_sources(inner.tok)
                        or self.noun_targets(inner.tok, inner.pat.target or _DEFAULT_NOUN_TARGETS)
                    )
                if got:
                    return got, False
            return self._first_actor_in(tok, m.starts), False
        if inner is not None:
            if inner.kind == "v":
                got = self.targets_of_verb(inner, inner.pat.target or _DEFAULT_VERB_TARGETS)
            else:
                got = self.noun_targets(inner.tok, inner.pat.target or _DEFAULT_NOUN_TARGETS)
                if not got and frame == "reject":
                    got = self.noun_sources(inner.tok)
            if got:
                return got, False
        if frame == "reject" and not own:
            got = self._refusal_answers(tok, inner)
            if got:
                return got, False
        if frame == "threaten" and not own:
            got = self._condition_subjects(tok, inner) or (
                self._threatened_place(tok) if inner is None else []
            )
            if got:
                return got, False
        return own, True

    def _rallied_for(
        self,
        frame: str,
        inner: Match | None,
        inner_code: str | None,
        sources: list[Actor],
        asked: list[Actor],
    ) -> list[Actor]:
        """Whom an appeal asks others to back: "urged the EU to support X" rallies support for X
        (053) when X is neither the one asking nor the one asked."""
        if frame != "appeal" or inner is None or inner_code not in _BACKING_CODES:
            return []
        slots = inner.pat.target or (_DEFAULT_VERB_TARGETS if inner.kind == "v" else _DEFAULT_NOUN_TARGETS)
        got = self.targets_of_verb(inner, slots) if inner.kind == "v" else self.noun_targets(inner.tok, slots)
        near = {(a.code or "")[:3] for a in (*sources, *asked)}  # one's own side is no third party
        return [a for a in got if a.code and a.code[:3] not in near]

    def _refusal_answers(self, tok: Token, inner: Match | None) -> list[Actor]:
        """ "declined to resign despite pressure from X": the refusal is aimed at whoever pressed."""
        heads = [tok] + ([inner.tok] if inner is not None and inner.kind == "v" else [])
        for o in (o for h in heads for o in _prep_objs(h, ("despite",))):
            if o.lemma_.lower() not in self.cues.pressure_nouns:
                continue
            got = self.actors.strict(o) or [
                a for x in _prep_objs(o, ("by", "from", "of")) for a in self.actors.of(x, deep=True)
            ]
            if got:
                return got
        return []

    def _demanded_of(self, noun: Token) -> list[Actor]:
        """ "its call that the government release X": the one asked to act is the subject of the
        that-clause the demand noun takes."""
        for c in noun.children:
            if c.dep_ in ("acl", "ccomp") and any(
                x.dep_ == "mark" and x.lower_ == "that" for x in c.children
            ):
                s = _child(c, "nsubj", "nsubjpass")
                if s is not None and s.pos_ != "PRON":
                    return self.actors.of(s, deep=True)
        return []

    def _threatened_place(self, tok: Token) -> list[Actor]:
        """ "threatened to resume its operations in X": with no act coded in the complement, the
        place its object is aimed at or carried out in."""
        comp = _child(tok, "xcomp", "advcl")
        if comp is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
            return []
        o = _child(comp, "dobj")
        if o is None:
            return []
        out: list[Actor] = []
        for x in _prep_objs(o, ("in", "against", "on", "inside")):
            place = self.place_actor(x)
            out += self.actors.of(x, deep=True) or ([place] if place is not None else [])
        return out

    def _condition_subjects(self, tok: Token, inner: Match | None) -> list[Actor]:
        """ "threatened to halt talks if the US deploys missiles": whom a threat's condition is
        put to is its target."""
        heads = [tok] + ([inner.tok] if inner is not None else [])
        for h in heads:
            for c in h.children:
                if c.dep_ == "advcl" and any(
                    x.dep_ == "mark" and x.lower_ in self.cues.condition_marks for x in c.children
                ):
                    subj = _child(c, "nsubj", "nsubjpass")
                    got = self.actors.of(subj, deep=True) if subj is not None else []
                    if got:
                        return got
        return []

    def _first_actor_in(self, tok: Token, starts: list[Token]) -> list[Actor]:
        """The first actor named inside a frame's complement ("called for stopping X's advance"),
        not looking into clauses that merely give a reason or a time."""
        stack = list(reversed(starts))
        while stack:
            t = stack.pop()
            if t.i == tok.i:
                continue
            a = self.ctx.actor_of_token(t)
            if a is not None:
                return [a]
            kids = [
                c
                for c in t.children
                if c.dep_ not in ("advcl", "acl", "relcl", "mark", "npadvmod")
                and not (c.dep_ == "prep" and c.lower_ in _ASIDE_PREPS)
            ]
            stack += reversed(kids)
        return []

    # ---- nominal triggers ----
    def _poss_is_patient(self, tok: Token) -> bool:
        """ "Syria's expulsion", "Navalny's arrest": with no "of" object, the possessor of an act
        done to someone is who it is done to ("Russia's expulsion of diplomats": the doer)."""
        return tok.lemma_.lower() in self.cues.patient_nouns and not _prep_objs(tok, ("of",))

    def noun_sources(self, tok: Token) -> list[Actor]:
        out = []
        if not self._poss_is_patient(tok):
            out = [a for c in tok.children if c.dep_ in ("poss",) for a in self._possessor(tok, c)]
        if not out:
            out = [
                a
                for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod")
                and not _opposed(c)
                and not self._scene_of_harm(c, tok)
                for a in self.actors._with_conj(c)
            ]
        if not out:
            out = [a for o in _prep_objs(tok, ("by",)) for a in self.actors.of(o, deep=True)]
        if not out and tok.dep_ == "pobj" and tok.head.lower_ == "for":
            adj = tok.head.head  # "X is responsible for the mass executions": X did them
            if adj.lemma_.lower() in ("responsible", "culpable", "guilty") and adj.dep_ == "acomp":
                subj = _child(adj.head, "nsubj")
                out = self.actors.of(subj) if subj is not None else []
        if not out:
            gov = self._governor(tok)
            gm = self._matches.get(gov.i) if gov is not None else None
            # "in a phone call with X, Y said ...": an adjunct noun shares the clause's agent
            own = self._matches.get(tok.i)
            first = (
                tok  # "after the siege, the deadliest attack ...": a conjunct sits where its first one does
            )
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            adjunct = (
                first.dep_ == "pobj"
                and first.head.lower_ in _ADJUNCT_PREPS
                # "after the bombing, Germany ...": a clause's agent takes part in talks, it does
                # not commit the attack or stage the protest it follows
                and (own is None or own.code[:2] in _SHARED_ADJUNCT_ROOTS)
                and gov is not None
                and gov.lemma_.lower() != "be"  # "are angry over ... during an arrest": not theirs
            )
            direct = first.dep_ in ("dobj", "attr", "nsubjpass")
            free = (
                (gm is None or gm.pat.fallback)
                and (gov is None or gov.lemma_.lower() not in self.cues.observer_verbs)
                and not _pretext(gov, self.cues)
                and not _misparsed_subject(tok, gov, self.cues.reporting_verbs)
                and not self._named_event(tok)
            )
            purpose = tok.dep_ == "pobj" and tok.head.lower_ == "for"  # "returned to Geneva for talks"
            if (
                gov is not None
                and _prep_objs(tok, ("between", "among"))
                and not self._is_support(gov)
                and gov.lemma_.lower() not in ("host", "chair", "convene", "attend", "lead", "preside")
            ):
                free = adjunct = False  # "arranged meetings between A and B": A and B meet, not the arranger
            if gov is not None and _child(gov, "expl") is not None:
                free = adjunct = False  # "there was an assault": it names no one
            # a support verb lends its agent to what it takes or is engaged "in", not to a noun
            # in its setting ("took a job at the bank after the raid")
            supported = (
                gov is not None
                and self._is_support(gov)
                and not (first.dep_ == "pobj" and first.head.lower_ in _SETTING_PREPS - {"in"})
            )
            if gov is not None and ((free and (direct or purpose)) or adjunct or supported):
                patient = _child(gov, "nsubjpass")
                if self._is_support(gov) and patient is not None and not _prep_objs(gov, ("by",)):
                    # "X were engaged in", "only X have been involved in": X, and no one beyond
                    out = self.actors.of(patient, deep=True)
                else:
                    out = self.sources_of_verb(gov)
        return out

    def _possessor(self, noun: Token, poss: Token) -> list[Actor]:
        """Who "his"/"her"/"their" stands for. In a phrase set before its clause's subject
        ("Before his trip to Lima, the Chilean minister ..."), the pronoun looks ahead to
        that subject, not back to the last person named."""
        if poss.lower_ in ("his", "her", "their"):
            h = noun
            for _ in range(4):  # up through "of", "ahead", "during" to the clause's verb
                if h.dep_ not in ("pobj", "prep", "advmod", "npadvmod") or h.head.i == h.i:
                    break
                h = h.head
            subj = _child(h, "nsubj") if _is_verb(h) and h.i > noun.i else None
            if subj is not None and subj.i > noun.i:
                kinds = (
                    ("person",) if poss.lower_ != "their" else ("person", "group", "country", "organization")
                )
                ahead = [a for a in self.actors.of(subj, deep=True) if a.kind in kinds]
                if ahead:
                    return ahead
        return self.actors.of(poss)

    def _named_event(self, tok: Token) -> bool:
        """ "the Srebrenica massacre", "the Halabja attack": an event known by its place's name.
        Whoever uses, invokes or cites it did not do it; only a support verb ("carried out the
        Srebrenica massacre") makes its subject the doer."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "ORG"):
                a = self.ctx.actor_of_token(c)  # "the Bush invasion": a person's name is the doer
                if a is None or a.kind == "country":
                    return True
        return False

    def _is_support(self, gov: Token) -> bool:
        return gov.lemma_.lower() in (
            "hold",
            "have",
            "launch",
            "conduct",
            "carry",
            "make",
            "stage",
            "mount",
            "begin",
            "start",
            # "were engaged in a purge", "committed a massacre", "joined the protests"
            "engage",
            "participate",
            "involve",
            "commit",
            "perpetrate",
            "wage",
            "join",
        )

    def _scene_of_harm(self, mod: Token, noun: Token) -> bool:
        """A country's name (not its demonym) compounded with a violent noun is where it was done
        or whom it hit: "the Yemen raid", "the Gaza war" ("the Russian raid" names the doer)."""
        if mod.dep_ != "compound" or mod.pos_ != "PROPN" or mod.text.isupper():
            return False  # "US strike", "UK raid": acronyms name the doer
        if mod.ent_type_ != "GPE" and not self._unarmed_name(mod):
            return False
        if _prep_objs(noun, ("on", "against", "into", "at")):
            return False  # "Israel strikes on Gaza": the target is named, so the name is the doer
        own = self._matches.get(noun.i)
        return own is not None and own.code[:2] in _MATERIAL_HARM and own.code[:2] != "17"

    def _unarmed_name(self, mod: Token) -> bool:
        """A named body that bears no arms ("the Charlie Hebdo attack", "the Westminster attack")
        is where a harm was done or whom it hit, not its doer."""
        got = self.actors.of(mod)
        # a person so named is whom it hit ("the Khashoggi killing"), unless one bearing arms
        return bool(got) and all(
            a.sector not in (_ARMED_SECTORS - {None} if a.kind == "person" else _ARMED_SECTORS) for a in got
        )

    def _meets_people(self, tok: Token) -> bool:
        """Whether a verb's object is people not coded as actors ("met two members")."""
        o = _dobj(tok)
        if o is None:
            return False
        return o.ent_type_ in ("PERSON", "ORG", "NORP") or self.lex.topic_in("people", [o.lemma_.lower()])

    def noun_targets(self, tok: Token, slots: Iterable[str]) -> list[Actor]:
        if self._poss_is_patient(tok):
            got = [a for c in tok.children if c.dep_ == "poss" for a in self.actors.of(c)]
            if got:
                return got
        for slot in slots:
            got = self._slot(tok, slot)
            if got:
                return got
        opponents = [
            a
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod") and (_opposed(c) or self._scene_of_harm(c, tok))
            for a in self.actors.of(c)
        ]
        if opponents:
            return opponents
        gov = self._governor(tok)
        if (
            gov is not None
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "during")
            and (_is_passive(gov) or gov.lemma_.lower() in ("die", "perish"))
            and gov.lemma_.lower() in self.cues.casualty_verbs
        ):  # "three soldiers died in a rebel ambush": the ambush hit them
            got = self.actors.of(_child(gov, "nsubjpass", "nsubj"), deep=True)
            if got:
                return got
        if gov is not None:
            for slot in slots:
                if slot.startswith("prep:"):
                    got = self._slot(gov, slot)
                    if got:
                        return got
        return []

    @staticmethod
    def pairs(
        sources: list[Actor], targets: list[Actor], reciprocal: bool
    ) -> list[tuple[Actor | None, Actor | None]]:
        out: list[tuple[Actor | None, Actor | None]] = []
        srcs: list[Actor | None] = list(sources) or [None]
        tgts: list[Actor | None] = [t for t in targets if all(_key(t) != _key(s) for s in sources)] or [None]
        if reciprocal and tgts == [None] and len(sources) >= 2:
            for s in sources:
                for t in sources:
                    if _key(s) != _key(t) and s.code != t.code:
                        out.append((s, t))
            return out
        for s in srcs:
            for t in tgts:
                out.append((s, t))
                if reciprocal and s is not None and t is not None and not _is_place(s) and not _is_place(t):
                    out.append((t, s))
        return out


# -- the stage ------------------------------------------------------------------------------------
def _helper(module: str, name: str):
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, name, None)


# armed actors that are no state's forces: their bombings are 183, not warfare
_IRREGULAR_SECTORS = frozenset({"REB", "UAF", "INS", "CRM", "SEP", "RAD"})

# verbs that outlaw a body ("suspended a councillor" may be a party's own discipline)
_OUTLAWING = frozenset({"ban", "outlaw", "proscribe", "dissolve", "prohibit"})

# roots of the acts whose refusal has a code of its own in the reject frame
_REJECTABLE = frozenset({"04", "06", "07", "08"})

# what asking for, promising or refusing the end of an act of each root amounts to: the end of
# fighting is de-escalation (087), the end of protest an easing of dissent (082)
_STOPPABLE = {"14": "082", "18": "087", "19": "087", "20": "087"}

# verbs that take back a decision: "reversed / rescinded its decision to expel the envoy"
_UNDOING = frozenset(
    {"reverse", "rescind", "revoke", "overturn", "cancel", "scrap", "withdraw", "annul", "retract"}
)


def _drop_partial_duplicates(drafts: list[Draft]) -> list[Draft]:
    """Drop a target-less event when the sentence has the same act by the same source with a
    target ("restored relations and reopened its embassy in Hanoi": one act, toward Vietnam),
    and a source-less one when the same act toward the same target has its source."""
    targeted = {
        (d.code, d.source.code if d.source else None, d.negated) for d in drafts if d.target is not None
    }
    drafts = [
        d
        for d in drafts
        if d.target is not None or (d.code, d.source.code if d.source else None, d.negated) not in targeted
    ]
    # "her talks with A and B", B unresolved: the source-less half repeats an act already coded
    sourced = {
        (d.code, d.target.code, d.negated) for d in drafts if d.source is not None and d.target is not None
    }
    return [
        d
        for d in drafts
        if d.source is not None or d.target is None or (d.code, d.target.code, d.negated) not in sourced
    ]


def _recalled(tok: Token, cues: Cues) -> bool:
    """Whether a nominal act is recalled as past background: the act a period runs "since", or
    one called "previous" or "earlier". Its date is its own, never the story's."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return True
    return any(c.dep_ == "amod" and c.lower_ in cues.recalled_mods for c in tok.children)


def extract_events(ctx: DocContext) -> Iterator[Event]:
    """Code every sentence of a parsed document into CAMEO/PLOVER events."""
    lex = ctx.resources.event_lexicon
    cb = ctx.resources.codebook
    coder = SentenceCoder(ctx, lex, cb)
    date_for_span = _helper("dyad.extract.time", "date_for_span")
    place_for_span = _helper("dyad.extract.geo", "place_for_span")
    n = 0
    for si, sent in enumerate(ctx.sentences):
        drafts = coder.code(sent, si)
        real = [d for d in drafts if not d.fallback]
        if real:
            drafts = real
        drafts = _drop_partial_duplicates(drafts)
        seen: set[tuple] = set()
        for d in drafts:
            key = (
                d.code,
                d.source.code if d.source else None,
                d.target.code if d.target else None,
                d.negated,
            )
            if key in seen:
                continue
            seen.add(key)
            entry = cb.get(d.code)
            start, end = d.tok.idx, d.tok.idx + len(d.tok.text)
            date, precision, dsource = None, None, None
            if date_for_span is not None:
                date, precision, dsource = date_for_span(ctx, start, end)
                if dsource != "clause" and _recalled(d.tok, lex.cues):
                    continue  # "since the invasion", "the previous raid": an undated past act, not news
            elif ctx.published is not None:
                date, precision, dsource = ctx.published.isoformat(), "day", "published"
            n += 1
            place = place_for_span(ctx, start, end) if place_for_span is not None else None
            yield Event(
                id=f"E{n}",
                code=entry.code,
                root=entry.root,
                name=entry.name,
                goldstein=entry.goldstein,
                quad_class=entry.quad_class,
                plover=d.plover or entry.plover,
                source=(d.source.id or None) if d.source else None,
                target=(d.target.id or None) if d.target else None,
                source_code=d.source.code if d.source else None,
                target_code=d.target.code if d.target else None,
                sentence=si,
                trigger_span=[start, end],
                rule=d.rule,
                plover_mode=d.mode or entry.plover_mode,
                date=date,
                date_precision=precision,
                date_source=dsource,
                place=place,
                negated=d.negated,
                modality=d.modality,  # type: ignore[arg-type]
                confidence=d.conf,
            )


__all__ = ["ActorFinder", "SentenceCoder", "extract_events"]
