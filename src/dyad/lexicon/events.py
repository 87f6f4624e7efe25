"""The event pattern lexicon (``data/event_patterns.json``), validated on load.

Patterns are written against lemmas and dependency relations, never surface strings:

* **verbs**: a predicate lemma, optionally constrained by a particle (``prt``: "step *up*"),
  a preposition child (``prep``/``pobj``: "call *for*", "speak *by phone*"), a direct object
  lemma (``obj``/``obj_mod``: "impose *sanctions*", "hold *joint exercises*"; ``obj_not``:
  objects of another sense, "met *the criteria*"), a complement
  (``xcomp``/``ccomp``/``xcomp_lemma``; ``ccomp_roots``: "claimed that X *attacked* Y" is an
  accusation only when the complement holds an attack) or an object that must be an actor (``obj_actor``:
  "called *Pashinyan*" is a phone call, "called *for* talks" is an appeal).
  ``held_patient``: what the verb is done to, when named, is someone or something one can hold
  ("released two Canadians", not "released a summary").
* **nouns**: nominal triggers ("talks", "an air strike", "sanctions"), optionally constrained by
  a modifier (``mod``: "*phone* call", "*hunger* strike") or by the verb that governs them.
  ``frame_only`` nouns are only read as the content of a frame ("called for *a ceasefire*").
* **frames**: appeal (02), demand (10), intend (03), threaten (13) and reject (12) recode the
  action they govern: "urged X to *negotiate*" is 026, "threatened to *impose sanctions*" 1312.
* **topics**: named word lists; ``refine`` pairs ``[topic, code]`` specialise a code when a
  topic word occurs among the trigger's arguments ("accused X of *war crimes*" -> 1124).

:class:`EventLexicon` indexes the patterns by lemma once per process (``Resources``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id

from ..errors import LexiconError

if TYPE_CHECKING:
    from ..coding.cameo import Codebook

FRAMES = ("appeal", "demand", "intend", "threaten", "reject")
PATTERN_FRAMES = frozenset((*FRAMES, "deny"))
MODALITIES = frozenset({"asserted", "threatened", "intended", "hypothetical", "demanded"})

_VERB_KEYS = {
    "id": str, "lemma": list, "code": str, "prt": (str, list), "prep": (str, list), "pobj": list, "obj": list,
    "obj_mod": list, "obj_not": list, "obj_topic": str, "xcomp": bool, "ccomp": bool, "ccomp_roots": list, "xcomp_lemma": list, "no_xcomp": bool,
    "obj_actor": bool, "obj_bare": bool, "need_obj": bool, "no_obj": bool, "transitive": bool, "need_target": bool, "active_only": bool, "swap": bool, "pobj_actor": bool, "neg_required": bool, "target": list, "frame": str,
    "reciprocal": bool, "fallback": bool, "refine": list, "plover": str, "mode": str, "conf": (int, float),
    "subject_not": list, "subject_only": list, "subjunctive": bool, "question_not": bool, "prep_not": list, "bare_code": str,
    "pobj_not": list, "xcomp_not": list, "held_patient": bool, "being_patient": bool, "xcomp_aims": list, "obj_state": bool, "no_to_clause": bool,
}  # fmt: skip
_NOUN_KEYS = {
    "id": str, "lemma": list, "code": str, "mod": list, "mod_not": list, "gov": list, "gov_not": list, "target": list,
    "reciprocal": bool, "frame_only": bool, "frame": str, "refine": list, "plover": str, "mode": str,
    "conf": (int, float), "need_target": bool, "of_required": list, "fallback": bool, "pred": list,
    "sent_topic": str, "sent_topic_not": str, "of_chatter": list, "on_not": list,
}  # fmt: skip
_SLOTS = {"dobj", "poss_obj", "dobj_actor", "dative", "oprd", "pobj", "poss", "ccomp_subj"}


@dataclass(frozen=True, slots=True)
class Topic:
    """A named word list: single lemmas and multi-word lemma sequences."""

    name: str
    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    firsts: frozenset[str] = frozenset()  # first words of the phrases: where a phrase can start


@dataclass(frozen=True, slots=True)
class VerbPattern:
    id: str
    lemmas: frozenset[str]
    code: str
    prt: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    pobj: frozenset[str] = frozenset()
    obj: frozenset[str] = frozenset()
    obj_mod: frozenset[str] = frozenset()
    obj_not: frozenset[str] = (
        frozenset()
    )  # "met the criteria", "gave first aid": another sense (lemma, or modifier + lemma)
    obj_bare: bool = False  # the object is the actor itself: "called Putin", not "called Putin a killer"
    obj_topic: str | None = None
    xcomp: bool = False
    ccomp: bool = False
    ccomp_roots: frozenset[str] = frozenset()  # the complement must hold an event of these roots
    xcomp_lemma: frozenset[str] = frozenset()
    no_xcomp: bool = False
    obj_actor: bool = False
    need_obj: bool = False
    no_obj: bool = False
    transitive: bool = (
        False  # "the scheme will close": used without an object (or a passive), no act on anyone
    )
    need_target: bool = False
    active_only: bool = False
    swap: bool = False
    pobj_actor: bool = False
    neg_required: bool = False
    target: tuple[str, ...] | None = None
    frame: str | None = None
    reciprocal: bool = False
    fallback: bool = False
    refine: tuple[tuple[str, str], ...] = ()
    plover: str | None = None
    mode: str | None = None
    conf: float = 0.7
    subject_not: frozenset[str] = frozenset()
    subject_only: frozenset[str] = frozenset()
    subjunctive: bool = False  # "insisted that Kenya release him": a bare verb with its subject asks for it
    prep_not: frozenset[str] = frozenset()  # "take the country out of a bloc": a movement, not a capture
    bare_code: str | None = None  # "warned of coming floods": no act and no one warned
    question_not: bool = False  # "asked whether ...", "was asked by a reporter": a question, not a request
    pobj_not: frozenset[str] = (
        frozenset()
    )  # "fighting for their lives": a prepositional object of another sense
    xcomp_not: frozenset[str] = frozenset()  # "battled to save him": a complement of another sense
    held_patient: bool = False  # "released him / two Canadians / the ship", not "released a summary"
    # "eliminated five fighters" kills; "eliminated the subsidy", "liquidated the firm" harms no one:
    # what is done to must be someone (a person, a count of people, an armed body)
    being_patient: bool = False
    # "battled to retake the town" fights; "battled to pay the wages", with no foe named, strives
    xcomp_aims: frozenset[str] = frozenset()
    no_to_clause: bool = False  # "hopes to win": a plan, told by what is planned; "hopes that ..." is a hope
    obj_state: bool = False  # "recognised Kosovo": the object must be a state, its arms or a body of states

    @property
    def specificity(self) -> int:
        """How many constraints the pattern has: the most specific matching pattern wins."""
        return (
            3 * bool(self.obj or self.obj_topic)
            + 2 * bool(self.obj_mod)
            + 2 * bool(self.prt)
            + 2 * bool(self.prep)
            + 2 * bool(self.pobj)
            + 2 * bool(self.xcomp_lemma)
            + bool(self.xcomp or self.ccomp or self.subjunctive)
            + 2 * bool(self.ccomp_roots)
            + bool(self.obj_actor or self.pobj_actor or self.need_obj)
            + bool(self.neg_required)
            - bool(self.fallback)
        )


@dataclass(frozen=True, slots=True)
class NounPattern:
    id: str
    lemmas: frozenset[str]
    code: str
    mod: frozenset[str] = frozenset()
    mod_not: frozenset[str] = frozenset()  # "trade war", "heart attack": another sense
    gov: frozenset[str] = frozenset()
    gov_not: frozenset[str] = frozenset()
    target: tuple[str, ...] | None = None
    reciprocal: bool = False
    frame_only: bool = False
    frame: str | None = None
    refine: tuple[tuple[str, str], ...] = ()
    plover: str | None = None
    mode: str | None = None
    conf: float = 0.6
    need_target: bool = False
    pred: frozenset[str] = frozenset()
    of_required: frozenset[str] = frozenset()
    fallback: bool = False
    sent_topic: str | None = (
        None  # "a strike over pay": a word of this topic in the sentence selects the sense
    )
    sent_topic_not: str | None = None  # "the dollar rally": a word of this topic rules the sense out
    of_chatter: frozenset[str] = frozenset()  # "talk of/about a rate rise": the singular is chatter
    on_not: frozenset[str] = frozenset()  # "a war on drugs": waged on no one

    @property
    def specificity(self) -> int:
        return (
            2 * bool(self.mod)
            + 2 * bool(self.sent_topic)
            + 2 * bool(self.gov or self.pred)
            + 2 * bool(self.of_required)
            - bool(self.frame_only)
        )


# what a pattern produces, not when it matches
_OUTPUT_FIELDS = frozenset(
    {"id", "lemmas", "code", "target", "refine", "conf", "plover", "mode", "frame", "reciprocal", "swap"}
)


def _conditions(p: VerbPattern | NounPattern) -> tuple[tuple[str, str], ...]:
    return tuple(
        (f.name, repr(getattr(p, f.name))) for f in dataclasses.fields(p) if f.name not in _OUTPUT_FIELDS
    )


def _check_shadowing(lemma: str, pats: list[VerbPattern] | list[NounPattern], name: str) -> None:
    """Two patterns of one lemma with the same conditions: the second could never fire."""
    seen: dict[tuple[tuple[str, str], ...], str] = {}
    for p in pats:
        key = _conditions(p)
        if key in seen:
            raise LexiconError(
                f"pattern {p.id!r} can never match {lemma!r}: {seen[key]!r} has the same conditions",
                path=name,
            )
        seen[key] = p.id


@dataclass(frozen=True, slots=True)
class Frame:
    """A wrapper (appeal, demand, ...) and how it recodes the action it governs."""

    name: str
    root: str
    default: str
    modality: str
    map: dict[str, str]
    refine: tuple[tuple[str, str], ...] = ()

    def recode(self, inner: str | None) -> str:
        """The frame's code for an inner action code (longest matching prefix of ``map``)."""
        if inner:
            for n in range(len(inner), 1, -1):
                hit = self.map.get(inner[:n])
                if hit:
                    return hit
        return self.default


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    future: frozenset[str]
    conditional: frozenset[str]
    obligation: frozenset[str]
    intent_adjectives: frozenset[str]
    intent_verbs: frozenset[str]
    transparent_verbs: frozenset[str]
    negative_verbs: frozenset[str]
    negative_adjectives: frozenset[str]  # "unable to stop": did not stop
    capacity_adjectives: frozenset[str]  # "a missile capable of hitting X": a reach, no strike
    doubt_adjectives: frozenset[str]  # "is unlikely to invade": a forecast, nothing done
    deliberation_nouns: frozenset[str]  # "a decision on lifting sanctions": weighed, not done
    condition_marks: frozenset[str]
    condition_inversion: frozenset[str]  # "Should Russia invade, ...": an auxiliary before its subject
    accident_nouns: frozenset[str]  # "the earthquake killed 300": no one did it
    vehicle_nouns: frozenset[str]  # "a bus hit the side of a tunnel": a crash, not an attack
    contest_verbs: frozenset[str]  # "beat X 2-1": a game's result when the sentence is about sport
    game_verbs: frozenset[str]  # "struck twice", "hit the post": play, in a story about a game
    reporting_verbs: frozenset[str]
    observer_verbs: frozenset[str]  # "described the attack": the subject is not its agent
    purpose_verbs: frozenset[str]  # "marched, demanding reforms": the clause says what for
    command_verbs: frozenset[str]  # "ordered patrols": a command to one's own forces
    appeal_verbs: frozenset[str]  # "urged X to let ...": what X is asked to do is not done
    object_control_verbs: frozenset[str]  # "led X to postpone": X postpones
    capacity_nouns: frozenset[str]  # "evidence to charge him": what a noun gives the means to do is not done
    border_nouns: frozenset[str]  # "the border was closed": movement restricted, whoever closed it
    phrasal_sensitive: frozenset[str]  # a bare pattern must not take "call off", "close in", "shoot down"
    patient_nouns: frozenset[str]  # "Navalny's arrest": the possessor is who is arrested
    casualty_verbs: frozenset[str]  # "died in a rebel ambush": the ambush's target is who died
    remembrance_nouns: frozenset[str]  # "the anniversary of the takeover": a past act recalled, not reported
    place_nouns: frozenset[str]  # "the city of Kirkuk": a noun that names a place through "of" or apposition
    prospect_nouns: frozenset[str]  # "the risk of war": what may come, not what happened
    prevention_verbs: frozenset[str]  # "stopped X from firing": X is the doer, and did not fire
    courtesy_verbs: frozenset[str]  # "called to congratulate him": the purpose of a call, done in it
    host_verbs: frozenset[str]  # "hosted talks between X and Y": the host mediates, 045
    topic_verbs: frozenset[str]  # "met to discuss strengthening ties": what is discussed is not done
    attitude_verbs: frozenset[str]  # "likes dropping bombs": a habit or a taste, no act reported
    eve_nouns: frozenset[str]  # "ahead of his visit", "the eve of her trip": not held yet
    prospective_mods: frozenset[str]  # "his forthcoming visit", "the proposed talks": not held yet
    schedule_verbs: frozenset[str]  # "talks are planned for May": not held yet
    unreal_mods: frozenset[str]  # "a mock attack", "notionally attacked": nothing was done
    membership_bodies: frozenset[
        str
    ]  # "withdrew from the alliance": leaving a body one belongs to, not a retreat
    withdrawal_not_places: frozenset[str]  # "pulled out of the market": no ground is given up
    abstract_foes: frozenset[str]  # "vowed to fight corruption": a social ill fought, no one harmed
    speech_targets: frozenset[str]  # "her attacks on the press": whom a leader attacks in words
    recalled_mods: frozenset[str]  # "the previous raid": an act recalled, done before the story's time
    intent_nouns: frozenset[str]  # "a plan to strike X": a noun whose "to" clause is a stated intent
    decision_nouns: frozenset[str]  # "the cabinet's decision to impose sanctions": taken, as "decided to" is
    outlet_words: frozenset[str]  # "the Kyiv Post", "Haberturk television": a name that names a news outlet
    causative_verbs: frozenset[str]  # "had the protesters arrested": the subject has it done
    animal_nouns: frozenset[str]  # "ordered the killing of 300,000 pigs": a cull, no one harmed
    agentive_verbs: frozenset[str]  # "supports", "offers", "damages": done by someone, not a thing
    commercial_nouns: frozenset[str]  # "the airline offers flights": a sale, no one's policy
    thing_nouns: frozenset[str]  # "the evidence supports X", "attacked the inquiry": a thing, no one
    presence_nouns: frozenset[str]  # "allowed the return of inspectors": the object is who returns
    consequence_nouns: frozenset[str]  # "any attack would meet a response": what a threat promises
    pretext_verbs: frozenset[str]  # "used the bombings to justify": citing an act, not doing it
    justify_verbs: frozenset[str]  # what a cited act is used for ("to justify", "to excuse")
    pretext_nouns: frozenset[str]  # "seized on the attack as a pretext"
    count_nouns: frozenset[str]  # "the toll hit 300": a count reaches a figure, nothing is struck
    stop_verbs: frozenset[str]  # "to stop trading": the act after it is asked to end, not done
    end_verbs: frozenset[str]  # "to halt trade with X": more verbs that end an act named after them
    tolerate_verbs: frozenset[str]  # "will not tolerate protests": a protest refused is repression threatened
    transfer_verbs: frozenset[str]  # "sent tanks to Ukraine": arms handed over, not one's own deployed
    pressure_nouns: frozenset[str]  # "refused to quit despite pressure from X": whom the refusal answers
    document_nouns: frozenset[
        str
    ]  # "a report released in Kigali alleged": where it came out stands in for its author


@dataclass
class EventLexicon:
    """Verb and noun patterns indexed by lemma, frames, topics and cue words."""

    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)
    nouns: dict[str, list[NounPattern]] = field(default_factory=dict)
    frames: dict[str, Frame] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    cues: Cues | None = None
    # spaCy string ids of every lemma with patterns (and its capitalised forms), and of every
    # inflected form whose guessed base (:func:`guess_lemmas`) has verb patterns: a document's
    # candidate tokens are found from its id arrays, with no Token object per word
    key_ids: frozenset[int] = frozenset()
    guess_ids: frozenset[int] = frozenset()

    @cached_property
    def fiction_ids(self) -> frozenset[int]:
        """spaCy string ids of the words that may tell a plot ("the film", "plays a"), as
        written and capitalised."""
        fiction = self.topics["fiction_works"].words | self.topics["role_verbs"].words
        return frozenset(get_string_id(f(w)) for w in fiction for f in (str, str.capitalize))

    @classmethod
    def load(cls, codebook: Codebook, path: Path | None = None) -> EventLexicon:
        from . import DATA
        from ._files import read_json

        path = path or DATA / "event_patterns.json"
        return cls.from_dict(read_json(path, "event pattern"), codebook, path.name)

    @classmethod
    def from_dict(cls, data: Any, codebook: Codebook, name: str = "event_patterns.json") -> EventLexicon:
        if not isinstance(data, dict):
            raise LexiconError("expected an object", path=name)
        for key in ("topics", "frames", "cues", "verbs", "nouns"):
            if key not in data:
                raise LexiconError(f"missing section {key!r}", path=name)
        lex = cls()
        lex._load_topics(data["topics"], name)
        lex._load_frames(data["frames"], codebook, name)
        lex._load_cues(data["cues"], name)
        ids: set[str] = set()
        for i, row in enumerate(data["verbs"]):
            p = lex._verb(row, codebook, f"{name}:verbs[{i}]")
            if p.id in ids:
                raise LexiconError(f"duplicate pattern id {p.id!r}", path=f"{name}:verbs[{i}]")
            ids.add(p.id)
            for lem in p.lemmas:
                lex.verbs.setdefault(lem, []).append(p)
        for i, row in enumerate(data["nouns"]):
            p = lex._noun(row, codebook, f"{name}:nouns[{i}]")
            if p.id in ids:
                raise LexiconError(f"duplicate pattern id {p.id!r}", path=f"{name}:nouns[{i}]")
            ids.add(p.id)
            for lem in p.lemmas:
                lex.nouns.setdefault(lem, []).append(p)
        for index in (lex.verbs, lex.nouns):
            for lem, pats in index.items():
                pats.sort(key=lambda p: -p.specificity)
                _check_shadowing(lem, pats, name)
        roots = {p.code[:2] for ps in lex.verbs.values() for p in ps} | {
            p.code[:2] for ps in lex.nouns.values() for p in ps
        }
        missing = sorted({f"{n:02d}" for n in range(1, 21)} - roots - {f.root for f in lex.frames.values()})
        if missing:
            raise LexiconError(f"no pattern covers CAMEO roots {missing}", path=name)
        keys = [*lex.verbs, *lex.nouns]
        lex.key_ids = frozenset(get_string_id(f(k)) for k in keys for f in (str, str.capitalize, str.upper))
        forms = {w for v in lex.verbs for w in inflections(v)}
        lex.guess_ids = frozenset(
            get_string_id(w) for w in forms if any(x in lex.verbs for x in guess_lemmas(w))
        )
        return lex

    # -- validation helpers -----------------------------------------------------------------
    def _load_topics(self, rows: Any, name: str) -> None:
        if not isinstance(rows, dict):
            raise LexiconError("topics must be an object", path=name)
        for key, words in rows.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise LexiconError(f"topic {key!r} must be a list of words", path=name)
            singles = frozenset(w.lower() for w in words if " " not in w.strip())
            phrases = tuple(tuple(w.lower().split()) for w in words if " " in w.strip())
            self.topics[key] = Topic(key, singles, phrases, frozenset(ph[0] for ph in phrases))

    def _load_frames(self, rows: Any, codebook: Codebook, name: str) -> None:
        if not isinstance(rows, dict):
            raise LexiconError("frames must be an object", path=name)
        for fname in FRAMES:
            f = rows.get(fname)
            where = f"{name}:frames.{fname}"
            if not isinstance(f, dict):
                raise LexiconError("frame is missing", path=where)
            for key in ("root", "default", "modality", "map"):
                if key not in f:
                    raise LexiconError(f"missing key {key!r}", path=where)
            if f["modality"] not in MODALITIES:
                raise LexiconError(f"unknown modality {f['modality']!r}", path=where)
            for code in (f["default"], *f["map"].values()):
                self._code(code, codebook, where)
                if not str(code).startswith(f["root"]):
                    raise LexiconError(f"code {code} is outside root {f['root']}", path=where)
            self.frames[fname] = Frame(
                fname,
                f["root"],
                f["default"],
                f["modality"],
                dict(f["map"]),
                self._refine(f.get("refine"), codebook, where),
            )

    def _load_cues(self, rows: Any, name: str) -> None:
        if not isinstance(rows, dict):
            raise LexiconError("cues must be an object", path=name)
        fields = Cues.__dataclass_fields__
        kw = {}
        for key in fields:
            vals = rows.get(key)
            if not isinstance(vals, list):
                raise LexiconError(f"cue list {key!r} is missing", path=f"{name}:cues")
            kw[key] = frozenset(str(v).lower() for v in vals)
        self.cues = Cues(**kw)

    @staticmethod
    def _code(code: Any, codebook: Codebook, where: str) -> str:
        if not isinstance(code, str) or code not in codebook:
            raise LexiconError(f"unknown CAMEO code {code!r}", path=where)
        return code

    def _refine(self, rows: Any, codebook: Codebook, where: str) -> tuple[tuple[str, str], ...]:
        out = []
        for r in rows or ():
            if not (isinstance(r, list) and len(r) == 2 and r[0] in self.topics):
                raise LexiconError(f"bad refine entry {r!r} (need [known topic, code])", path=where)
            out.append((r[0], self._code(r[1], codebook, where)))
        return tuple(out)

    def _common(self, row: Any, keys: dict[str, Any], codebook: Codebook, where: str) -> dict[str, Any]:
        if not isinstance(row, dict):
            raise LexiconError("expected an object", path=where)
        for k, v in row.items():
            if k not in keys:
                raise LexiconError(f"unknown key {k!r}", path=where)
            if not isinstance(v, keys[k]):
                raise LexiconError(f"key {k!r} has the wrong type", path=where)
        for k in ("id", "lemma", "code"):
            if k not in row:
                raise LexiconError(f"missing key {k!r}", path=where)
        if not row["lemma"] or not all(isinstance(x, str) and x.strip() for x in row["lemma"]):
            raise LexiconError("lemma must be a non-empty list of words", path=where)
        kw: dict[str, Any] = {"id": row["id"], "lemmas": frozenset(x.lower() for x in row["lemma"])}
        kw["code"] = self._code(row["code"], codebook, where)
        frame = row.get("frame")
        if frame is not None and frame not in PATTERN_FRAMES:
            raise LexiconError(f"unknown frame {frame!r}", path=where)
        for slot in row.get("target") or ():
            if not (slot in _SLOTS or (slot.startswith("prep:") and len(slot) > 5)):
                raise LexiconError(f"unknown target slot {slot!r}", path=where)
        if "target" in row:
            kw["target"] = tuple(row["target"])
        conf = row.get("conf")
        if conf is not None and not 0 < conf <= 1:
            raise LexiconError("conf must be in (0, 1]", path=where)
        kw["refine"] = self._refine(row.get("refine"), codebook, where)
        for k in row:
            if k in {"id", "lemma", "code", "target", "refine"}:
                continue
            v = row[k]
            if isinstance(v, list):
                kw[k] = frozenset(str(x).lower() for x in v)
            elif k in {"prt", "prep"} and isinstance(v, str):
                kw[k] = frozenset({v.lower()})
            else:
                kw[k] = v
        return kw

    def _verb(self, row: Any, codebook: Codebook, where: str) -> VerbPattern:
        kw = self._common(row, _VERB_KEYS, codebook, where)
        if (kw.get("pobj") or kw.get("pobj_actor")) and not kw.get("prep"):
            raise LexiconError("pobj constraints need a prep", path=where)
        bad_roots = [r for r in kw.get("ccomp_roots", ()) if not (len(r) == 2 and r.isdigit())]
        if bad_roots:
            raise LexiconError(f"ccomp_roots must be two-digit CAMEO roots, not {bad_roots}", path=where)
        if kw.get("bare_code"):
            kw["bare_code"] = self._code(kw["bare_code"], codebook, where)
        if kw.get("obj_topic") and kw["obj_topic"] not in self.topics:
            raise LexiconError(f"unknown topic {kw['obj_topic']!r}", path=where)
        if "conf" in kw:
            kw["conf"] = float(kw["conf"])
        return VerbPattern(**kw)

    def _noun(self, row: Any, codebook: Codebook, where: str) -> NounPattern:
        kw = self._common(row, _NOUN_KEYS, codebook, where)
        for key in ("sent_topic", "sent_topic_not"):
            if kw.get(key) and kw[key] not in self.topics:
                raise LexiconError(f"unknown topic {kw[key]!r}", path=where)
        if not kw.get("of_chatter", frozenset()) <= kw["lemmas"]:
            raise LexiconError("of_chatter must list lemmas of the pattern", path=where)
        if "conf" in kw:
            kw["conf"] = float(kw["conf"])
        return NounPattern(**kw)

    # -- lookups ----------------------------------------------------------------------------
    def topic_in(self, topic: str, lemmas: list[str]) -> bool:
        """Whether a topic word (or phrase) occurs in a sequence of lemmas."""
        t = self.topics[topic]
        if not t.words.isdisjoint(lemmas):
            return True
        firsts = t.firsts
        if firsts.isdisjoint(lemmas):
            return False  # no phrase can start (also when the topic has none)
        for i, lem in enumerate(lemmas):
            if lem in firsts:
                for ph in t.phrases:
                    if ph[0] == lem and tuple(lemmas[i : i + len(ph)]) == ph:
                        return True
        return False


__all__ = ["FRAMES", "MODALITIES", "Cues", "EventLexicon", "Frame", "NounPattern", "Topic", "VerbPattern"]


def guess_lemmas(word: str) -> list[str]:
    """Base forms to try when the tagger's lemma is unknown ("staged" lemmatized as "stag")."""
    out = []
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    if word.endswith("ed"):
        out += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            out.append(word[:-3])
    if word.endswith("ing"):
        out += [word[:-3] + "e", word[:-3]]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


def inflections(base: str) -> list[str]:
    """Every word whose :func:`guess_lemmas` can give ``base``: its inverse."""
    out = [base + "ed", base + "d", base + "ing", base + "es", base + "s"]
    if base:
        out.append(base + base[-1] + "ed")
        if base.endswith("y"):
            out.append(base[:-1] + "ied")
        if base.endswith("e"):
            out.append(base[:-1] + "ing")
    return out
