"""Quotes and speakers: who said what, directly or indirectly.

Three passes over a parsed document:

1. :func:`quote_regions` scans the raw text for quoted stretches (straight and curly marks,
   nesting, quotes that carry on into a paragraph that opens with a quote mark). It never
   raises, and an unclosed mark is capped at the end of its paragraph.
2. Every reporting cue (``said``, ``believes``, ``is convinced``, ``according to``, ``called
   for``, ... from ``lexicon/data/cues.json``) yields an attribution: its content is the
   clause or object the cue governs, widened to any quoted stretch it touches; a cue with no
   content of its own takes the quoted stretch next to it (``"...," she said``). Its speaker
   is the cue's subject (inverted ``said X`` included), the head noun of a ``who said``
   clause, the subject of the verb a participle hangs on (``..., adding that``) or the object
   of ``according to``. A line ``Name: words`` (headlines, transcripts) is an attribution too.
3. Quoted stretches that no cue claimed either continue the last quotation (later in its
   paragraph, ``"A," she said. "B."``, or opening the next paragraph), or, when they stand on
   their own and are long enough, become direct quotes of the last speaker (or of the name
   before a colon). Quoted words inside running text (titles, names, scare quotes) and
   quoted titles are not quotations.

``kind`` follows the quote marks: ``direct`` when the content is one quoted stretch,
``mixed`` when it holds quoted words, ``indirect`` otherwise. Attributions never nest: a cue
inside another attribution's content, or inside a quotation, is not a quote of its own.
Speakers resolve to actors through ``ctx.actor_at``; a he/she pronoun the actors stage left
unresolved falls back to the last named person who spoke.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..lexicon.cues import Cues, VerbCue
from ..pipeline import DocContext
from ..records import Actor, Quote

OPEN_MARKS = "“„«‟"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
MARKS = frozenset(OPEN_MARKS + CLOSE_MARKS + STRAIGHT)
# two apostrophes stand for a double quote mark in some wire and archive text
_MARK_RE = re.compile("''|[" + re.escape(OPEN_MARKS + CLOSE_MARKS + STRAIGHT) + "]")
_MARKUP = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")
_LEFT_CTX = frozenset("([{—–-/…")
_RIGHT_CTX = frozenset(".,;:!?)]}—–-/…'’")
_SENT_END = frozenset(".!?:;" + CLOSE_MARKS + STRAIGHT)
_PRONOUNS = frozenset(
    {"he", "she", "him", "her", "they", "them", "we", "i", "you", "it", "who", "which", "that"}
)
_PERSON_PRONOUNS = frozenset({"he", "she"})
_PERSONAL_OBJECTS = frozenset(
    {"him", "her", "them", "us", "me", "you", "it", "himself", "herself", "themselves"}
)
_SUBJ = ("nsubj",)
_MIN_FREE_QUOTE_WORDS = 4
_MAX_PARA_GAP = 2  # paragraphs back that a free quote may still take the last speaker from


# -- pass 1: quoted stretches ------------------------------------------------------------------
def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: a blank line always ends one; a single newline ends one after a sentence end."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    i = text.find("\n")
    while i >= 0:
        j = i
        while j < n and text[j] in " \t\r\n\u00a0":
            j += 1
        blank = text.count("\n", i, j) >= 2
        prev = text[start:i].rstrip()
        if blank or not prev or prev[-1] in _SENT_END or j >= n or not text[j].islower():
            if prev:
                out.append((start, start + len(prev)))
            start = j
        i = text.find("\n", j) if j < n else -1
    tail = text[start:].rstrip()
    if tail:
        out.append((start, start + len(tail)))
    return out


def _role(text: str, i: int, ps: int, pe: int, width: int = 1) -> str:
    """``open``, ``close`` or ``either`` for the quote mark at ``i``, from its neighbours, then its glyph."""
    j = i + width
    left = i == ps or text[i - 1].isspace() or text[i - 1] in _LEFT_CTX or text[i - 1] in MARKS
    right = j >= pe or text[j].isspace() or text[j] in _RIGHT_CTX or text[j] in MARKS
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    ch = text[i]
    if ch in OPEN_MARKS:
        return "open"
    if ch in CLOSE_MARKS:
        return "close"
    return "either"


def _glyphs(mark: str) -> str:
    """The family of a quote mark: straight, two apostrophes, or typographic."""
    if mark.startswith("''"):
        return "''"
    return STRAIGHT if mark[:1] == STRAIGHT else "typographic"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Quoted stretches ``[start, end)`` including their marks, outermost only, in text order.

    Nested marks are counted, so an inner quotation stays inside the outer one. A stretch left
    open at the end of a paragraph carries on only when the next paragraph opens with a quote
    mark of the same family, straight or typographic (the newspaper convention for a quotation
    over several paragraphs); otherwise it is closed at the paragraph's end, so a stray mark
    never swallows the rest of the article, nor a pasted excerpt the quotations after it.
    """
    regions: list[tuple[int, int]] = []
    paras = paragraphs(text)
    tags = [m.span() for m in _MARKUP.finditer(text)] if "<" in text else []
    tag_starts = [a for a, _ in tags]
    open_at: int | None = None
    depth = 0
    for pi, (ps, pe) in enumerate(paras):
        carry = open_at is not None
        for m in _MARK_RE.finditer(text, ps, pe):
            i = m.start()
            if tags:
                k = bisect.bisect_right(tag_starts, i) - 1
                if k >= 0 and i < tags[k][1]:
                    continue  # an attribute value in markup (<tweet id="...">)
            ch = m.group()
            width = len(ch)
            if ch == STRAIGHT and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                continue  # an apostrophe typed as a quote mark ("isn"t")
            role = _role(text, i, ps, pe, width)
            if carry and i == ps and role != "close":
                carry = False  # the opening mark of a continued paragraph
                continue
            carry = False
            if open_at is None:
                if role != "close":  # a stray closing mark is ignored
                    open_at, depth = i, 1
            elif role == "open" and i + width < pe and not (ch in (STRAIGHT, "''") and depth > 1):
                depth += 1
            else:
                depth -= 1
                if depth <= 0:
                    regions.append((open_at, i + width))
                    open_at, depth = None, 0
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            head = _MARK_RE.match(text, nxt[0]) if nxt else None
            if (
                nxt
                and head
                and _role(text, nxt[0], nxt[0], nxt[1], len(head.group())) != "close"
                and _glyphs(head.group()) == _glyphs(text[open_at : open_at + 2])
            ):
                depth = 1
                continue
            regions.append((open_at, pe))
            open_at, depth = None, 0
    return regions


# -- pass 2: cues and their content ----------------------------------------------------------
@dataclass(slots=True)
class _Attr:
    start: int
    end: int
    cue: str | None
    cue_span: tuple[int, int] | None
    cue_idx: int | None  # token index of the cue's head word
    speaker_tok: Token | None
    speaker_span: tuple[int, int] | None
    para: int
    kind: str = "indirect"
    speaker_actor: str | None = None
    weak: bool = False  # an impression ("X seems to"): yields to any report that covers its cue


def _tok_end(t: Token) -> int:
    return t.idx + len(t.text)


def _text_after(t: Token, end: int) -> str:
    """The document's text from the end of ``t`` up to character ``end``, read from the tokens
    in between: ``doc.text`` joins every token of the document on each call."""
    parts = [t.whitespace_]
    for x in t.doc[t.i + 1 :]:
        if x.idx >= end:
            break
        parts.append(x.text_with_ws)
    return "".join(parts)[: max(0, end - _tok_end(t))]


_TRIM = frozenset(".,;:!?-—–")
_TRAILING_CC = frozenset({"and", "but", "or", "while"})


def _trimmed(tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of a token run without edge punctuation or a dangling conjunction."""
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].is_space or tokens[lo].text in _TRIM):
        lo += 1
    while hi > lo and (
        tokens[hi - 1].is_space
        or tokens[hi - 1].text in _TRIM
        or (tokens[hi - 1].dep_ == "cc" and tokens[hi - 1].lower_ in _TRAILING_CC)
    ):
        hi -= 1
    if lo >= hi:
        return None
    return tokens[lo].idx, _tok_end(tokens[hi - 1])


def _subtree_span(t: Token, exclude: Token | None = None) -> tuple[int, int] | None:
    doc = t.doc
    toks = list(doc[t.left_edge.i : t.right_edge.i + 1])
    if exclude is not None:
        lo, hi = exclude.left_edge.i, exclude.right_edge.i
        toks = [x for x in toks if not lo <= x.i <= hi]
        # keep one side only: the larger contiguous part
        left = [x for x in toks if x.i < lo]
        right = [x for x in toks if x.i > hi]
        toks = right if len(right) >= len(left) else left
    return _trimmed(toks)


def _next_cue(cue: Token, c: Token, cue_lemmas: Container[str]) -> Token | None:
    """A second report conjoined inside the content ("said A and said B", "said A, while Y said
    B"): it starts B's own quote.

    Only a verb in the cue's own form counts, so a reported "would talk and promise" stays whole,
    and so does a second 'that' clause ("said A and that B hoped C");
    an adverbial clause counts only with the cue's own verb and a subject of its own.
    """
    for x in c.children:
        if (
            (
                x.dep_ == "conj"
                or (
                    x.dep_ == "advcl"
                    and x.lemma_ == cue.lemma_
                    and any(y.dep_ == "nsubj" for y in x.children)
                )
            )
            and x.i > c.i
            and x.tag_ == cue.tag_
            and x.lemma_.lower() in cue_lemmas
            and any(y.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for y in x.children)
            and not any(y.dep_ == "mark" and y.lower_ == "that" for y in x.children)  # "and that B"
        ):
            return x
    return None


def _content_span(cue: Token, c: Token, cue_lemmas: Container[str]) -> tuple[int, int] | None:
    nxt = _next_cue(cue, c, cue_lemmas) if cue_lemmas else None
    if nxt is None:
        return _subtree_span(c)
    return _trimmed(list(c.doc[c.left_edge.i : nxt.left_edge.i]))


def _content_child(
    t: Token, relations: tuple[str, ...], cue_lemmas: Container[str] = ()
) -> tuple[int, int] | None:
    children = list(t.children)
    for rel in relations:
        if rel == "pobj":  # "pointed to X": the object of the cue's particle
            for c in children:
                if c.dep_ in ("prep", "prt") and c.i > t.i:
                    span = _prep_object(c)
                    if span:
                        return span
            continue
        if rel.startswith("prep:"):
            word = rel[5:]
            for c in children:
                if c.dep_ == "prep" and c.lower_ == word and not _dated(c):
                    span = _prep_object(c)
                    if span:
                        # "called on X to V": the 'to' clause after the object belongs to it
                        more = [
                            _subtree_span(x)
                            for x in children
                            if x.i > c.i
                            and (x.dep_ == "xcomp" or (word == "on" and x.dep_ == "advcl" and _to_clause(x)))
                        ]
                        more += [_subtree_span(x) for x in _wh_conjuncts(t, c.right_edge.i)]
                        # "referred to X as Y": what X is called belongs to it
                        more += [
                            _subtree_span(x)
                            for x in children
                            if x.dep_ == "prep" and x.lower_ == "as" and x.i == c.right_edge.i + 1
                        ]
                        ends = [sp[1] for sp in more if sp]
                        return (span[0], max([span[1], *ends]))
                # "called for X to V", parsed as a clause introduced by 'for'
                if c.dep_ == "advcl" and c.i > t.i:
                    marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == word]
                    if marks and marks[0].i == c.left_edge.i:
                        span = _trimmed(list(c.doc[marks[0].i + 1 : c.right_edge.i + 1]))
                        if span:
                            return span
            continue
        found = [
            c
            for c in children
            if c.dep_ == rel
            or (
                rel == "ccomp"
                and c.i > t.i
                and (c.dep_ == "parataxis" or _gerund_subject_clause(c) or _adjunct_led(c) is not None)
            )
        ]
        if rel == "dobj":
            # a bare pronoun object is no content, unless a complement follows ("called him a liar")
            # or the object is what the cue is about ("endorsed her", "criticized them")
            named = any(c.dep_ == "oprd" for c in children)
            about = relations[0] == "dobj"
            found = [
                c
                for c in found
                if named or (about and c.lower_ in _PERSONAL_OBJECTS) or not (c.is_stop or c.pos_ == "PRON")
            ]
        if not found:
            continue
        # clauses on the cue's far side belong together ("that A is that B" parsed as two)
        first = found[0]
        if rel == "ccomp" and first.i < t.i:
            # a clause before the cue and a 'that' clause right after it ("A: he said that B"):
            # the one the cue introduces
            after = [
                c for c in found if c.i > t.i and c.left_edge.i <= t.i + 2 and c.left_edge.lower_ == "that"
            ]
            if after:
                first = after[0]
        side = [c for c in found if (c.i > t.i) == (first.i > t.i)]
        if rel == "dobj" and side[0].i < t.i and side[0].lower_ in _RELATIVE:
            # "what they called a disaster": what is said is the complement after the cue
            after = [c for c in children if c.i > t.i and c.dep_ in ("oprd", "xcomp")]
            if after:
                side = after
        if rel in ("dobj", "xcomp", "ccomp") and side[0].i > t.i:
            # "called X Y", "described X as Y", "accused X of Y", "asked X to Y": the whole complement
            side += [
                c
                for c in children
                if c.i > side[0].i
                and c.dep_ in _COMPLEMENTS
                and not (c.dep_ == "advcl" and c.lemma_.lower() in cue_lemmas)
            ]
        if rel == "ccomp" and side[0].i > t.i:
            side += _reported_conjuncts(t, side[-1], cue_lemmas)
        if rel == "dobj" and side[0].i > t.i:
            side += _wh_conjuncts(t, max(x.right_edge.i for x in side))
        if any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > t.i for c in side):
            # "urged X to A, B and C": bare verbs the parser hung on the cue carry on the 'to' clause
            side += [
                c
                for c in children
                if c.dep_ == "conj"
                and c.i > max(x.i for x in side)
                and c.tag_ in ("VB", "VBP")
                and c.tag_ != t.tag_
                and c.lemma_.lower() not in cue_lemmas
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            ]
        spans = [sp for sp in (_content_span(t, c, cue_lemmas) for c in side) if sp]
        led = [x for x in (_adjunct_led(c) for c in side if c.dep_ == "advcl") if x is not None]
        if led and spans:
            spans = [(min(x.idx for x in led), max(e for _, e in spans))]
        if spans:
            return min(s for s, _ in spans), max(e for _, e in spans)
    return None


def _relative_report(t: Token) -> bool:
    """A cue inside a relative clause whose reported clause opens with the relative word ("a list
    which the campaign says includes ...", "what she said is ..."): the content runs across the cue."""
    for c in t.children:
        if c.dep_ == "ccomp" and c.i > t.i:
            for x in c.children:
                if x.i < t.i and x.lower_ in _RELATIVE and x.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
                    return True
    return False


def _to_clause(c: Token) -> bool:
    """A verb with its infinitive marker ("to close the port")."""
    return c.pos_ in ("VERB", "AUX") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)


def _question_clause(t: Token) -> tuple[int, int] | None:
    """An ``if``/``whether`` clause the parser hung on the cue as an adverbial ("asked if ...")."""
    for c in t.children:
        if (
            c.dep_ == "advcl"
            and c.i > t.i
            and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        ):
            return _subtree_span(c)
    return None


def _reported_conjuncts(t: Token, last: Token, cue_lemmas: Container[str]) -> list[Token]:
    """Clauses the parser hung on the cue that carry on the reported clause after a comma and a
    conjunction ("said that A, but B refused"): each has a subject of its own and is no cue. A
    second 'that' clause ("said A and that B") carries it on, comma or not, whatever its verb."""
    out = []
    doc = t.doc
    for c in t.children:
        if c.dep_ != "conj" or c.i <= last.i:
            continue
        that = any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
        if c.lemma_.lower() in cue_lemmas and not that:
            continue
        if not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            continue
        cc = [x for x in t.children if x.dep_ == "cc" and last.i < x.i < c.i]
        if not cc or (doc[cc[0].i - 1].text != "," and not that):
            continue
        out.append(c)
    return out


def _trailing_list(t: Token, cue_lemmas: Container[str], sources: Container[str] = ()) -> list[Token]:
    """After an inverted cue, a participle phrase that carries on the reported clause
    ("A was discussed, the paper said, including B"): it belongs to the content, unless it
    names a source of its own ("..., the mayor said, according to the minutes")."""
    doc = t.doc
    return [
        c
        for c in t.children
        if c.i > t.i + 1
        and c.dep_ == "prep"
        and c.tag_ == "VBG"
        and c.lemma_.lower() not in cue_lemmas
        and c.lower_ not in sources
        and doc[c.i - 1].text == ","
    ]


def _adjunct_led(c: Token) -> Token | None:
    """A reported clause the parser took for an adverbial because a phrase stands between it and
    the cue ("said after the vote he would quit"): no conjunction of its own, a subject and a
    finite or modal verb, and the phrase first. Its subject's first word, where the content starts."""
    if c.dep_ != "advcl" or any(x.dep_ == "mark" for x in c.children):
        return None
    subj = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i), None)
    first = c.left_edge
    if subj is None or first.dep_ != "prep" or first.head.i != c.i or first.right_edge.i >= subj.left_edge.i:
        return None
    if c.tag_ not in _FINITE and not any(x.dep_ == "aux" and x.tag_ in ("MD", *_FINITE) for x in c.children):
        return None
    return subj.left_edge


def _gerund_subject_clause(c: Token) -> bool:
    """A clause whose gerund subject the parser took for a complement of the cue ("said
    [building it] would cost more"): the gerund heads a clause of its own."""
    return c.dep_ == "xcomp" and c.tag_ == "VBG" and any(x.dep_ == "ccomp" for x in c.children)


_COMPLEMENTS = frozenset({"oprd", "xcomp", "prep", "ccomp", "dative", "acomp", "advcl", "dobj"})


_WH_WORDS = frozenset({"how", "what", "why", "whether", "where", "when"})  # not "and who": a relative


def _wh_conjuncts(t: Token, end: int) -> list[Token]:
    """Clauses the parser hung on the cue that join its object with 'and how', 'and why'
    ("talked about taxes and how they hurt farms"): they carry on the content ending at token
    ``end``, with nothing but the conjunction (and a comma) between."""
    doc = t.doc
    out = []
    # a 'to' clause's cue may lose them to the verb it hangs on ("came to talk about A and how B")
    hosts = [t, t.head] if t.dep_ in ("xcomp", "advcl") else [t]
    for c in (x for h in hosts for x in h.children):
        first = c.left_edge
        if c.dep_ != "conj" or c.i <= end or first.lower_ not in _WH_WORDS:
            continue
        last = end
        while last > t.i and (doc[last].text == "," or doc[last].dep_ == "cc"):
            last -= 1  # the conjunction may hang on the object itself
        gap = doc[last + 1 : first.i]
        if any(x.lower_ in ("and", "or") for x in gap) and all(
            x.text == "," or (x.dep_ == "cc" and x.lower_ in ("and", "or")) for x in gap
        ):
            out.append(c)
    return out


def _prep_object(p: Token) -> tuple[int, int] | None:
    objs = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
    if not objs:
        return None
    doc = p.doc
    return _trimmed(list(doc[objs[0].left_edge.i : p.right_edge.i + 1]))


_ANSWERS = frozenset({"yes", "no"})
_TIMES = frozenset({"DATE", "TIME"})
_WHEN_PREPS = frozenset({"on", "at", "in", "during", "since", "until", "by", "over"})


def _after_or_relative(t: Token, p: Token) -> bool:
    """A preposition that can join its verb in a cue: after it, or fronted with a relative object
    ("about which she spoke"); a fronted phrase ("On Twitter, X called ...") is only a setting."""
    return p.i > t.i or any(c.dep_ == "pobj" and c.lower_ in _RELATIVE_OBJECTS for c in p.children)


_RELATIVE_OBJECTS = frozenset({"which", "whom", "what"})


def _dated(p: Token) -> bool:
    """A preposition whose object is a date or time ("called on Tuesday", "hinted at midnight"):
    it says when, so it makes no phrasal cue and carries no content."""
    return p.lower_ in _WHEN_PREPS and any(c.dep_ == "pobj" and c.ent_type_ in _TIMES for c in p.children)


def _pro_form(t: Token) -> tuple[int, int] | None:
    """A word that stands for what was said: "said so", "said yes", "said the same of X"."""
    for c in t.children:
        if c.i <= t.i:
            continue
        if (c.dep_ == "advmod" and c.lower_ == "so" and c.i == t.i + 1 and not list(c.children)) or (
            c.dep_ == "intj" and c.lower_ in _ANSWERS
        ):
            return c.idx, _tok_end(c)
        if (
            c.dep_ in ("advmod", "dobj")
            and c.lower_ == "much"
            and c.i == t.i + 2
            and c.nbor(-1).lower_ == "as"
        ):
            return c.nbor(-1).idx, _tok_end(c)  # "said as much"
        if c.lower_ == "same" and c.dep_ in ("dobj", "nsubj", "attr"):  # "said the same"
            return _subtree_span(c)
    return None


def _phrase_span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, _tok_end(tokens[-1])


def _speaker_np(s: Token) -> tuple[int, int]:
    """The local mention: the subject's words up to its head (appositions and clauses left out)."""
    if s.lower_ in _PRONOUNS or s.pos_ == "PRON":
        return s.idx, _tok_end(s)
    doc = s.doc
    left = s.i
    floor = max(s.left_edge.i, s.i - 8)
    while (
        left - 1 >= floor
        and not (doc[left - 1].is_punct and doc[left - 1].text != ".")
        and not doc[left - 1].is_space
    ):
        left -= 1
    right = s.i
    while right + 1 < len(doc) and doc[right + 1].dep_ in ("compound", "flat") and doc[right + 1].head == s:
        right += 1
    tail = doc[s.i + 1 : s.right_edge.i + 1]
    if s.pos_ == "NUM" and 0 < len(tail) <= 3 and all(x.pos_ in ("ADP", "NUM") for x in tail):
        right = s.right_edge.i  # a share: "3 in 8"
    return doc[left].idx, _tok_end(doc[right])


def _subject(
    t: Token, passive: frozenset[str] = frozenset(), documents: frozenset[str] = frozenset()
) -> Token | None:
    """The speaker token of a cue verb: its subject, or that of the verb it hangs on.

    ``passive`` lists lemmas whose passive subject is the speaker ("she is convinced that");
    ``documents`` are nouns for what someone issued (``statement``): a cue hanging on one
    ("a statement saying") takes the speaker from who issued it.
    """
    cur = t
    gerund = t.tag_ == "VBG"
    for _ in range(6):
        # the passive subject of a verb the cue hangs on is the cue's subject too ("she was
        # suspended after slamming X", "he was pressed to explain")
        subs = [
            c
            for c in cur.children
            if (
                c.dep_ in _SUBJ or (c.dep_ == "nsubjpass" and (cur is not t or cur.lemma_.lower() in passive))
            )
            and c.lower_ != "there"
            and not (c.lower_ == "it" and c.dep_ == "nsubjpass")
        ]
        if subs:
            return min(subs, key=lambda c: abs(c.i - cur.i))  # "Meeting X, Y emphasized": Y
        for c in cur.children:
            if c.dep_ == "agent":  # "was told by X"
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = cur.head
            if cur.dep_ == "acl" and head.lemma_.lower() in documents:
                # a statement "saying that ...": the one who put it out, or the statement's owner
                owner = next((c for c in head.children if c.dep_ == "poss"), None)
                if owner is not None:
                    return owner
                if head.dep_ in ("dobj", "pobj") and head.head is not cur:
                    cur = head.head if head.dep_ == "dobj" else head.head.head
                    continue
            return head  # "X, who said", "emails showing that", "a group backing X"
        if cur.pos_ == "NOUN":  # a cue verb mis-tagged as a noun: '"...," Bozell answers.'
            names = [c for c in cur.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < cur.i]
            if names:
                return names[-1]
        if cur.dep_ == "conj" and cur.head.dep_ in ("ccomp", "parataxis") and cur.tag_ == cur.head.head.tag_:
            cur = cur.head.head  # "X said A had failed and said B": X, not A's subject
            continue
        if cur.dep_ in ("conj", "advcl", "xcomp", "prep", "pcomp", "acomp") and cur.head is not cur:
            cur = cur.head
            continue
        if (
            gerund
            and cur.dep_ in ("dobj", "pobj")
            and cur.pos_ == "NOUN"
            and cur.head is not cur
            and any(c.dep_ == "prep" and c.i > cur.i for c in cur.children)
        ):
            # a gerund in a phrase on the verb's object or a preposition's object: "took the step
            # of criticizing X", "besides fearing that": the subject of the verb above
            cur = cur.head
            continue
        break
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _post_verbal(t: Token) -> Token | None:
    """The noun phrase that opens right after a finite cue, whatever relation the parser gave it
    (inverted order: '..., said a former aide')."""
    if t.tag_ not in _FINITE or not t.text[0].islower():
        return None
    for c in t.children:
        if (
            c.i > t.i
            and c.dep_ in ("dobj", "ccomp", "attr", "npadvmod", "oprd", "appos", "dative", "nsubj")
            and c.pos_ in ("PROPN", "NOUN")
            and c.left_edge.i == t.i + 1
            and c.left_edge.tag_ != "PRP$"
            and c.ent_type_ not in _NOT_SPEAKERS
        ):
            # the name closes the clause ('added a party aide.', 'asked Mr. Hale, pointing to ...');
            # "denounced Turkey for ..." is an object with more to come
            nxt = c.right_edge.i + 1
            if nxt >= len(t.doc) or t.doc[nxt].is_punct:
                return c
            return None
    return None


_NP_WORDS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"})


def _np_head_at(doc: Doc, i: int, stop: int) -> Token | None:
    """The last noun of a short noun phrase that opens at token ``i`` and closes at punctuation
    or at ``stop`` ("Ana Ruiz, who ...", "farm owner Tom Greer, ..."); None when no such phrase
    opens there."""
    if i >= stop or doc[i].pos_ not in ("DET", "ADJ", "PROPN", "NOUN") or doc[i].tag_ == "PRP$":
        return None
    head = None
    j = i
    while j < stop and j - i < 8 and doc[j].pos_ in _NP_WORDS and not doc[j].is_punct:
        if doc[j].pos_ in ("PROPN", "NOUN"):
            head = doc[j]
        j += 1
    if head is None or head.ent_type_ in _NOT_SPEAKERS | _PLACES or "\n" in head.whitespace_:
        return None
    if j < stop and not doc[j].is_punct:
        return None  # "said in a statement": no name closes the phrase
    return head


def _share(n: Token) -> bool:
    """A number that gives a share of a group ("3 in 8", "two out of five")."""
    return any(c.lower_ in ("in", "of", "out") and c.i < n.i for c in n.children)


def _stranded_subject(t: Token) -> Token | None:
    """The noun phrase right before a finite cue that has no subject of its own: the parser hung
    the speaker elsewhere ("Worried by X, Governor Ana Silva, the party whip, stated ...", as an
    apposition of X). Adverbs, auxiliaries and the commas of an apposition may stand between."""
    if t.tag_ not in _FINITE and not any(c.dep_ == "aux" and c.i < t.i for c in t.children):
        return None
    doc = t.doc
    i = t.i - 1
    start = t.sent.start
    while i >= start and (doc[i].dep_ in ("advmod", "aux", "neg") or doc[i].text == ","):
        if doc[i].text in ("so", "as", "then"):
            return None
        i -= 1
    if i >= start and doc[i].pos_ == "NUM" and _share(doc[i]):
        return doc[i]  # "Roughly 3 in 8 say ...": a share of the people polled
    if i < start or doc[i].pos_ not in ("PROPN", "NOUN") or doc[i].head.i > t.i:
        return None
    x = doc[i]
    # "Ana Silva, head of a panel on tariffs, stated": up from the last noun to the phrase head
    while x.dep_ in ("pobj", "prep", "compound") and start <= x.head.i < x.i:
        x = x.head
    if (
        x.pos_ not in ("PROPN", "NOUN")
        or x.dep_ in ("pobj", "dobj")
        or x.ent_type_ in _NOT_SPEAKERS | _PLACES
    ):
        return None  # "in the meeting, said": a noun inside a phrase of its own
    if x.pos_ == "NOUN" and x.dep_ == "appos" and x.head.pos_ == "PROPN" and x.head.i < x.i:
        return x.head  # "Ana Silva, the party whip, stated": the name, not the title
    return x


def _reported_object(t: Token, cue: VerbCue) -> bool:
    """Whether the object of a verb with many senses is something reported: a lemma the cue
    lists ("raised concerns"), or, for a naming verb, an object followed by what it is called
    ("called him a liar", not "called voters")."""
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if not objs:
        return False
    if cue.objects and not any(o.lemma_.lower() in cue.objects for o in objs):
        return False
    if cue.object_complement:
        return any(
            c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
            for c in t.children
        ) or any(x.tag_ in ("``", "''") for o in objs for x in o.subtree)  # called them "thugs"
    return True


def _searching(t: Token) -> bool:
    """A verb of finding in a form that reads as a search, not a finding: an infinitive, after a
    modal or a gerund ("to find a way", "could find work", "finding a seat"), with a plain object
    and no complement ("to find him guilty" is a finding)."""
    return t.tag_ in ("VB", "VBG") and not any(
        c.dep_ in ("oprd", "xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ == "as")
        or (c.dep_ == "aux" and c.lemma_ == "do")  # "the audit did not find a gap": a finding
        for c in t.children
    )


def _parenthetical(t: Token) -> tuple[int, int] | None:
    """A cue set off by commas inside the clause it reports ("This year, she says, is the worst",
    "Act now, they said, and you avoid a backlash"): the content is that whole clause, cue
    included, as it runs on both sides."""
    subj = next((c for c in t.children if c.dep_ in _SUBJ), None)
    if t.dep_ != "parataxis" or subj is None:
        return None
    doc = t.doc
    head = t.head
    # the parser may hang the clause's second half on the cue itself
    tail = [c for c in t.children if c.dep_ in ("conj", "cc") and c.i > t.i]
    # words of the clause the parser hung on the cue ("At times, aides said, ...") stay content:
    # the cue phrase opens at its subject
    lo = min(subj.left_edge.i, t.i)
    hi = min(c.left_edge.i for c in tail) - 1 if tail else t.right_edge.i
    before = doc[lo] if doc[lo].is_punct else doc[lo - 1] if lo > 0 else None
    after = doc[hi] if doc[hi].is_punct else doc[hi + 1] if hi + 1 < len(doc) else None
    if before is None or before.text != "," or after is None or after.text not in (",", "—", "–"):
        return None
    # "Rent was, she says, the main cost": the parser may make the words after the cue the head, with
    # the clause's subject on a word above it; take the lowest one that spans both sides
    top = head
    for _ in range(2):
        if top.i <= hi or top.left_edge.i < lo - 1 or top.head is top or top.dep_ in ("ccomp", "relcl"):
            break
        top = top.head
    if top.left_edge.i < lo - 1 and hi < top.right_edge.i:
        return _trimmed(list(doc[top.left_edge.i : top.right_edge.i + 1]))
    if head.i > hi and head.left_edge.i < lo:  # words of the clause on both sides of the cue
        return _trimmed(list(doc[head.left_edge.i : head.right_edge.i + 1]))
    goes_on = any(c.dep_ == "conj" for c in tail) or any(c.dep_ == "conj" and c.i > hi for c in head.children)
    # "It was, he said, the worst year": the clause's head before the cue, its words after it
    carries_on = any(c.i > hi and not c.is_punct for c in head.children)
    if head.i < lo and (goes_on or carries_on):  # "Act now, they said, and ..."
        return _trimmed(list(doc[head.left_edge.i : max(head.right_edge.i, t.right_edge.i) + 1]))
    # "Though A, he said, B": the cue hung on a clause that opens the sentence, whose main
    # clause follows the cue
    main = head.head
    if head.i < lo and head.dep_ == "advcl" and main.i > hi and main.left_edge.i == head.left_edge.i:
        return _trimmed(list(doc[main.left_edge.i : main.right_edge.i + 1]))
    return None


def _name_before_cue(t: Token, subj: Token | None) -> Token | None:
    """The person named right before a finite cue, when the subject found is a title that the
    name ends ("Chief Engineer and Founder of the Delta Trust Mira Olsen said": Olsen), or when
    no subject was found."""
    doc = t.doc
    if t.i == 0 or t.is_sent_start:
        return subj
    i = t.i - 1
    while i > 0 and doc[i].dep_ in ("advmod", "aux", "neg") and not doc[i].is_sent_start:
        i -= 1
    name = doc[i]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or (subj is not None and name.i == subj.i):
        return subj
    if t.tag_ not in _FINITE and not any(c.dep_ == "aux" and c.i < t.i for c in t.children):
        return subj
    if subj is None:
        return name if name.head.i >= i else subj
    if subj.i < name.i and subj.ent_type_ != "PERSON" and subj.left_edge.i <= name.i <= subj.right_edge.i:
        # the name is the title's own ("Head of the Union Karl Berg"), not a place it is in
        x = name
        while x.i != subj.i and x.head.i != x.i:
            if x.dep_ == "prep" and x.lower_ != "of":
                return subj
            x = x.head
        return name
    return subj


def _dangling_cut(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Content that ends in a conjunction and a participle phrase set off by commas, right before
    the subject of the next clause ("said A and, looking back, she noted B"): the phrase opens
    that clause, so the content ends before the conjunction."""
    toks = doc.char_span(*span, alignment_mode="expand")
    if toks is None or toks.end + 1 >= len(doc) or doc[toks.end].text != ",":
        return span
    nxt = doc[toks.end + 1]
    if nxt.dep_ != "nsubj" or toks.start <= nxt.head.i < toks.end:
        return span
    for k in range(toks.end - 2, toks.start + 1, -1):
        x = doc[k]
        if x.text == "," and doc[k - 1].dep_ == "cc" and doc[k + 1].tag_ == "VBG":
            return _trimmed(list(doc[toks.start : k - 1])) or span
    return span


def _fronted_clause(t: Token, subj: Token | None, span: tuple[int, int]) -> tuple[int, int]:
    """'When the mill shut, she said, half the town left': a clause with a subject of its own that
    opens the sentence before a cue set off by commas belongs to the content after the cue."""
    doc = t.doc
    between = _text_after(t, span[0]).rstrip(" " + OPEN_MARKS + STRAIGHT)
    # set off by commas: only a short adjunct between the cue and its closing comma
    if subj is None or not subj.i < t.i or not between.endswith(",") or "," in between[:-1]:
        return span
    if len(between.split()) > 4:
        return span
    left = subj.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return span
    for c in t.children:
        if (
            c.dep_ == "advcl"
            and c.right_edge.i == left - 2
            and all(x.head.i == t.i and x.dep_ in ("advmod", "cc") for x in doc[t.sent.start : c.left_edge.i])
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        ):
            return doc[t.sent.start].idx, span[1]
    return span


def _conjoined_report(t: Token, subj: Token | None) -> tuple[int, int] | None:
    """'The talks may resume only if both sides agree, the minister said on Monday': a cue the
    parser made a conjunct of the clause it reports. The content is that clause, up to the comma
    before the speaker."""
    if t.dep_ != "conj" or t.tag_ not in _FINITE or subj is None or not t.head.i < subj.i < t.i:
        return None
    doc = t.doc
    left = subj.left_edge.i
    if left < 1 or doc[left - 1].text != ",":
        return None
    start = t.head.left_edge.i
    if start < t.sent.start or any(x.dep_ == "cc" and x.head.i == t.head.i for x in doc[left - 2 : left]):
        return None  # "A, and the minister said": two clauses, not a report of the first
    return _trimmed(list(doc[start : left - 1]))


def _passive_charge(t: Token) -> tuple[int, int] | None:
    """``X was criticized for V-ing``, ``X is accused of V-ing``: in the passive, what is said of
    the subject is the phrase after the preposition (the one who said it is the agent, if named)."""
    if not any(c.dep_ == "auxpass" for c in t.children) or not any(c.dep_ == "nsubjpass" for c in t.children):
        return None
    prep = next((c for c in t.children if c.dep_ == "prep" and c.i > t.i and c.lower_ in ("for", "of")), None)
    if prep is None or any(c.dep_ == "pobj" and c.ent_type_ in _NOT_SPEAKERS for c in prep.children):
        return None  # "was posted for three years": a span of time, not a charge
    return _prep_object(prep)


_PLACING = frozenset({"back", "down", "up", "away", "aside", "off", "out", "on", "together", "forward"})
_PLACES_TO = frozenset(
    {
        "on",
        "onto",
        "into",
        "under",
        "over",
        "inside",
        "beside",
        "behind",
        "beneath",
        "above",
        "across",
        "near",
    }
)


def _placement(c: Token) -> bool:
    """A word that makes "as X put it" a movement ("put it back", "put it on the shelf"), not a
    way of saying ("as X put it in an interview" stays one)."""
    if c.dep_ in ("prt", "advmod") and c.lower_ in _PLACING:
        return True
    if c.dep_ == "prep":
        return c.lower_ in _PLACES_TO
    return c.dep_ in ("dative", "oprd", "xcomp", "ccomp")


def _as_clause(t: Token, idiom: Token | None = None) -> tuple[int, int] | None:
    """``As X reported, <clause>``: a cue in an 'as' clause with a subject and nothing reported of
    its own sources the clause it qualifies. ``idiom`` is the object that belongs to the cue
    itself ("as X put it"), so it is not something reported of its own."""
    if t.dep_ != "advcl" or t.head is t:
        return None
    marks = [c for c in t.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i]
    if not marks or not any(c.dep_ in _SUBJ for c in t.children):
        return None
    doc = t.doc
    lo, hi = t.left_edge.i, t.right_edge.i
    # set off by a comma: "As X reported, A", "A, as X noted" (not "A as voters went")
    after = doc[hi] if doc[hi].is_punct else doc[hi + 1] if hi + 1 < len(doc) else None
    if not ((after is not None and after.text == ",") or (lo > 0 and doc[lo - 1].text == ",")):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and (idiom is None or c.i != idiom.i) for c in t.children):
        return None  # "as X said it would": the cue has an object of its own
    head = t.head
    if (head.right_edge.i - head.left_edge.i) - (t.right_edge.i - t.left_edge.i) < 3:
        return None
    if any(c.dep_ in _SUBJ and c.i < lo for c in head.children) and head.i > hi:
        # "The plan, as X said, is doomed": the clause runs on both sides, the cue phrase inside it
        return _trimmed(list(doc[head.left_edge.i : head.right_edge.i + 1]))
    return _subtree_span(head, exclude=t)


def _relcl_antecedent(s: Token) -> Token | None:
    """``who`` in ``X, who said`` refers to ``X``."""
    if s.lower_ in ("who", "which", "that") and s.head.dep_ == "relcl":
        return s.head.head
    return None


def _that_after(t: Token) -> int | None:
    """Where the ``that`` of a noun's content clause is: right after the noun, or after its
    source (``the warning from the bank that ...``)."""
    doc = t.doc
    k = t.i + 1
    if k < len(doc) and doc[k].lower_ in ("by", "from") and doc[k].head.i == t.i and doc[k].dep_ == "prep":
        k = doc[k].right_edge.i + 1
    return k if k < len(doc) and doc[k].lower_ == "that" else None


def _inside(regions: list[tuple[int, int]], starts: list[int], a: int, b: int) -> tuple[int, int] | None:
    """The quoted stretch that contains ``[a, b)``, if any."""
    k = bisect.bisect_right(starts, a) - 1
    if k >= 0 and regions[k][0] <= a and b <= regions[k][1]:
        return regions[k]
    return None


@functools.lru_cache(maxsize=8)
def _trigger_ids(words: frozenset[str]) -> np.ndarray:
    """String ids (spaCy hashes) of the words that can start a cue."""
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


def _member(col: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``np.isin(col, ids)`` for a sorted ``ids``: a binary search, without isin's sort."""
    if not len(ids):
        return np.zeros(len(col), dtype=bool)
    pos = np.searchsorted(ids, col)
    pos[pos == len(ids)] = 0
    return ids[pos] == col


def _plural_subject(t: Token) -> bool:
    """A cue verb the tagger took for a noun after its plural subject ("..., records show.")."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") and c.i == t.i - 1 for c in t.children)


class _Doc:
    """Per-document working state: regions, paragraph index, cues."""

    def __init__(self, ctx: DocContext, cues: Cues) -> None:
        self.ctx = ctx
        self.cues = cues
        self.text = ctx.text
        self.regions = quote_regions(self.text)
        self.rstarts = [r[0] for r in self.regions]
        self.paras = paragraphs(self.text)
        self.pstarts = [p[0] for p in self.paras]
        self.regions_by_end = sorted(self.regions, key=lambda r: r[1])
        # quotations introduced by a quotative 'like' ("and she's like, '...'"): only it claims them
        self.liked = {
            r[0]: m.start() for r in self.regions if (m := _LIKE.search(self.text, max(0, r[0] - 12), r[0]))
        }
        self.rend = [r[1] for r in self.regions_by_end]
        self.rend_set = frozenset(self.rend)
        self.rstart_set = frozenset(self.rstarts)

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.pstarts, char) - 1)

    def regions_overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        k = max(0, bisect.bisect_right(self.rstarts, a) - 1)
        out = []
        while k < len(self.regions) and self.regions[k][0] < b:
            r = self.regions[k]
            if r[1] > a:
                out.append(r)
            k += 1
        return out

    # a cue inside a quotation is part of the quoted words, unless it opens the quotation
    def quoted(self, t: Token) -> bool:
        r = _inside(self.regions, self.rstarts, t.idx, _tok_end(t))
        return r is not None and t.idx - r[0] > 1

    def verb_cue(self, t: Token) -> tuple[VerbCue | None, list[Token]]:
        """The cue a token starts, with the words that make it up (``pointed out``, ``said``)."""
        lemma = self.cues.forms.get(t.lower_) or t.lemma_.lower()
        if lemma in self.cues.as_verbs:
            # "as the skipper put it": only with 'it' for its object, in an 'as' clause
            it = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
            as_ = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in t.children)
            if it is None or not as_ or any(_placement(c) for c in t.children):
                return None, [t]
            return VerbCue(lemma, (), "speech"), [t, it]
        for c in t.children:
            if (
                c.dep_ in ("prt", "prep", "advmod")
                and (lemma, c.lower_) in self.cues.particles
                and not _dated(c)
                and _after_or_relative(t, c)
            ):
                return self.cues.particles[(lemma, c.lower_)], [t, c]
        for c in t.children:
            if (
                c.dep_ == "prep"
                and (lemma, c.lower_) in self.cues.prepositions
                and not _dated(c)
                and _after_or_relative(t, c)
            ):
                kind = self.cues.prepositions[(lemma, c.lower_)]
                return VerbCue(lemma, ("prep:" + c.lower_,), kind), [t, c]
            # "called for X to V": the preposition parsed as the mark of a clause
            if c.dep_ == "advcl" and c.i > t.i and c.left_edge.dep_ == "mark" and c.left_edge.head.i == c.i:
                key = (lemma, c.left_edge.lower_)
                if key in self.cues.prepositions:
                    return VerbCue(lemma, ("prep:" + key[1],), self.cues.prepositions[key]), [t, c.left_edge]
        return self.cues.verbs.get(lemma), [t]

    def candidates(self) -> Iterator[_Attr]:
        doc = self.ctx.doc
        cues = self.cues
        markup = "<" in self.text
        # pick the few tokens that can start a cue from the attribute arrays, without building a
        # Python object for every token of the document
        arr = doc.to_array([LEMMA, LOWER])
        ids = _trigger_ids(cues.triggers)
        hits = np.flatnonzero(_member(arr[:, 0], ids) | _member(arr[:, 1], ids)) if len(doc) else ()
        for i in hits:
            t = doc[int(i)]
            if t.is_punct or t.is_space or (markup and t.i > 0 and doc[t.i - 1].text in ("<", "</")):
                continue
            low = t.lower_
            lemma = t.lemma_.lower()
            if (
                t.pos_ == "NOUN"
                and (lemma in cues.nouns or lemma in cues.noun_preps or lemma in cues.infinitive_nouns)
                and t.dep_ != "compound"
                and not self.quoted(t)
            ):
                found = list(self._noun(t))
                if found:
                    yield from found
                    continue
            if lemma in cues.impression_verbs and t.pos_ in ("VERB", "AUX"):
                if not self.quoted(t):
                    yield from self._impression(t)
            elif low in cues.source_adverbs and t.dep_ == "advmod" and t.head.pos_ in ("VERB", "AUX"):
                if not self.quoted(t):
                    yield from self._source_adverb(t)
            elif low == "according":
                if not self.quoted(t):
                    yield from self._according(t)
            elif t.pos_ in ("VERB", "AUX") or (
                t.pos_ == "NOUN"
                and (
                    t.tag_.startswith("VB")
                    or (t.dep_ == "ROOT" and (t.lower_.endswith("s") or _plural_subject(t)))
                )
            ):
                if t.dep_ in ("amod", "compound") or self.quoted(t):
                    continue
                if lemma in cues.passive_views:
                    found = list(self._passive_view(t))
                    if found:
                        yield from found
                        continue
                cue, words = self.verb_cue(t)
                if cue is None:
                    continue
                yield from self._from_verb(t, cue, words)
            elif (
                t.pos_ == "ADJ"
                and low in cues.adjectives
                and t.dep_ in ("acomp", "oprd", "amod")
                and not self.quoted(t)
            ):
                prep_only = low in cues.adjective_prep_only
                rels = tuple(r for r in cues.adjective_content if r.startswith("prep:") or not prep_only)
                span = _content_child(t, rels)
                head = t.head
                if span is None and t.dep_ == "acomp" and not prep_only:
                    span = _content_child(head, ("ccomp",))
                if span is None:
                    continue
                subj = _subject(head) if t.dep_ != "amod" else None
                cue_toks = [x for x in (head,) if head.lemma_ == "be" and head.i < t.i] + [t]
                yield self._attr(span, cue_toks, subj, t)
            elif low == "in" and t.dep_ == "prep" and not self.quoted(t):
                yield from self._manner(t)

    def colon_lines(self) -> Iterator[_Attr]:
        """``Name: words`` opening a line (headlines, transcripts, ``Topic - Name: "..."``)."""
        doc, text = self.ctx.doc, self.text
        for ps, pe in self.paras:
            colon = text.find(":", ps, min(pe, ps + 80))
            if colon < 0 or pe - colon < 8:
                continue
            start = ps
            while start < colon and text[start] in MARKS:
                start += 1  # a transcript quoted over several paragraphs: '"HOST: ...'
            for sep in (" - ", " — ", " – "):
                k = text.rfind(sep, start, colon)
                if k >= 0:
                    start = max(start, k + len(sep))
            prefix = doc.char_span(start, colon, alignment_mode="expand")
            if prefix is None or not 1 <= len(prefix) <= 6 or not text[start].isupper():
                continue
            if any(x.pos_ in ("VERB", "AUX") and not x.text.isupper() for x in prefix):
                continue
            words = [x for x in prefix if x.is_alpha]
            caps = bool(words) and all(x.text.isupper() for x in words)
            named = any(x.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for x in prefix)
            # a title-case kicker ("Storm Over Tax:") is a topic: a name holds no capitalised link word
            titled = (
                len(words) <= 4
                and all(x.text[0].isupper() for x in words)
                and not any(x.lower_ in _TITLE_LINKS for x in words[1:])
            )
            if not (caps or named or titled) or not any(
                x.pos_ in ("PROPN", "NOUN") or x.text.isupper() for x in prefix
            ):
                continue
            if any(x.lower_ in self.cues.label_words for x in words):
                continue
            span = (colon + 1, pe)
            while span[0] < pe and text[span[0]].isspace():
                span = (span[0] + 1, pe)
            if len(text[span[0] : span[1]].split()) < 2:
                continue
            head = prefix.root
            colon_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
            if colon_tok is None:
                continue
            a = self._attr(span, [colon_tok[0]], head, colon_tok[0])
            a.speaker_span = (prefix.start_char, prefix.end_char)
            yield a

    def _attr(self, span: tuple[int, int], cue_toks: list[Token], subj: Token | None, head: Token) -> _Attr:
        cue_toks = sorted(cue_toks, key=lambda x: x.i)
        cs = _phrase_span(cue_toks)
        cue_text = " ".join(x.text for x in cue_toks)
        sp = _speaker_np(subj) if subj is not None else None
        return _Attr(span[0], span[1], cue_text, cs, head.i, subj, sp, self.para_of(span[0]))

    def _from_verb(self, t: Token, cue: VerbCue, words: list[Token]) -> Iterator[_Attr]:
        if cue.object_complement and t.dep_ == "acl" and t.tag_ == "VBN" and len(words) == 1:
            return  # "a play called 'X'": a name, not a report
        content = cue.content
        deed = False  # an object in a sense that reports nothing ("continued the talks")
        if (cue.objects or cue.object_complement) and not _reported_object(t, cue):
            content = tuple(r for r in content if r != "dobj")  # "raised money", "called voters"
            if not content:
                return  # "offered discounts": no report at all, so no quotation nearby is one
            deed = bool(cue.objects) and any(c.dep_ == "dobj" for c in t.children)
        elif cue.finite_objects and _searching(t):
            content = tuple(r for r in content if r != "dobj")  # "to find a way", "could find work"
            deed = True
        span = _content_child(t, content, self.cues.verbs)
        if span is None and "dobj" in content:
            span = _pro_form(t)
        if span is None and cue.type == "speech" and "dobj" in cue.content and not cue.objects:
            span = _passive_charge(t)  # (not "money was raised for X": a sense that reports nothing)
        addressed = t.lemma_.lower() in self.cues.addressee_verbs and t.tag_ == "VBN"
        if span is None and addressed:
            span = _question_clause(t)  # "was asked if the talks would resume"
        subj = _subject(t, self.cues.passive_speakers, self.cues.manner_nouns)
        if addressed and (
            any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
            or not any(c.dep_ == "aux" for c in t.children)
        ):
            # "She was asked about ...", "Asked about it, he said": the subject was the one addressed
            subj = next(
                (g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
            )
        if subj is None:
            inverted = self._inverted_speaker(t)
            if inverted is not None:
                # '"...," added a party official': the parser took the speaker for the cue's object
                subj = inverted
                if span is None or span[0] <= inverted.idx < span[1]:
                    span = self._adjacent_quote(t)
            elif span is not None and span[1] <= t.idx and t.lemma_.lower() not in self.cues.addressee_verbs:
                # "X had a say in it, said a former spokesman": the words after the cue
                subj = _post_verbal(t)
            else:
                subj = _stranded_subject(t)
                if subj is not None and span is not None and span[0] <= subj.idx < span[1]:
                    subj = None
        subj = _name_before_cue(t, subj)
        if subj is not None and t.tag_ == "VBG" and self._in_quote(subj) and not self._in_quote(t):
            # 'X called it "A, and people know it," insisting that B': not a subject in the quotation
            subj = self._outer_subject(t)
        fronted = self._fronted_quote(t)
        if fronted is not None and (subj is None or subj.idx < fronted[0][1] or subj.i > t.i):
            # '"...," farm owner Tom Greer, in a straw hat, said': the quotation, then its speaker
            region, subj = fronted
            if span is None or (span[0] <= region[0] + 1 and span[1] > region[1]):
                span = region
        if span is not None and span[1] <= t.idx:
            span = self._own_quotation(span, t)
        if span is not None and span[0] <= t.idx < span[1] and not _relative_report(t):
            span = None
        if span is not None and span[0] > t.idx:
            span = _fronted_clause(t, subj, _dangling_cut(t.doc, span))
        if span is not None and span[1] <= t.idx:
            sources = self.cues.source_words
            tails = [sp for sp in map(_subtree_span, _trailing_list(t, self.cues.verbs, sources)) if sp]
            if not self.regions_overlapping(*span):
                # "A, the agency said, and B": an unquoted report carried on after the cue
                tails += [sp for sp in map(_subtree_span, _reported_conjuncts(t, t, self.cues.verbs)) if sp]
            span = (span[0], max([span[1], *(e for _, e in tails)]))
        if span is None:
            if deed:
                return  # "Trump continues a long practice": no quotation nearby is its content
            span = self._adjacent_quote(t)
            paren = _parenthetical(t)
            if span is None or (paren is not None and paren[0] <= span[0] and span[1] <= paren[1]):
                # 'A, the lawyers said, "B" C': the clause round the cue, quoted words and all
                span = paren
            if (
                span is not None
                and cue.type != "belief"
                and (len(words) == 1 or cue.lemma in self.cues.as_verbs)
            ):
                # 'A, as one aide put it, is "B"': the clause the 'as' phrase sources, quotation and all
                around = _as_clause(t, idiom=words[-1] if len(words) > 1 else None)
                if around is not None and around[0] <= span[0] and span[1] <= around[1]:
                    span = around
            if span is None and cue.type == "speech" and not (cue.objects or cue.object_complement):
                span = self._colon_block(t, subj)
            if span is None and cue.type == "speech":
                span = _conjoined_report(t, subj)
            if span is None and cue.type != "belief" and len(words) == 1:
                span = _as_clause(t)
            elif span is None and cue.lemma in self.cues.as_verbs:
                span = _as_clause(t, idiom=words[-1])
            if span is None:
                return
        aux = [c for c in t.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < t.i and t.i - c.i <= 3]
        if t.dep_ == "acomp" and t.head.lemma_ == "be" and t.head.i < t.i:
            aux.append(t.head)
        yield self._attr(span, aux + words, subj, t)

    def _fronted_quote(self, t: Token) -> tuple[tuple[int, int], Token] | None:
        """A quotation that ends in a comma (or ``?``, ``!``, a dash) before the cue, with a noun
        phrase and what is set off after it between the two: the quotation and the phrase's noun."""
        k = bisect.bisect_right(self.rend, t.idx) - 1
        if k < 0:
            return None
        region = self.regions_by_end[k]
        inner = self.text[region[0] : region[1]].rstrip("".join(MARKS) + "'’ ")
        gap = self.text[region[1] : t.idx]
        if inner[-1:] not in (",", "?", "!", "—", "–") or any(m in gap for m in MARKS) or "\n" in gap:
            return None
        doc = t.doc
        span = doc.char_span(region[1], t.idx, alignment_mode="expand")
        if span is None or not 2 <= len(span) <= 30:
            return None
        first = next((x for x in span if not (x.is_punct or x.is_space)), None)
        if first is None or first.i >= t.i:
            return None
        head = _np_head_at(doc, first.i, t.i)
        if head is None:
            return None
        # the cue follows the phrase itself, or the comma that closes what is set off after it
        j = t.i - 1
        while j > head.i and doc[j].dep_ in ("advmod", "aux", "neg"):
            j -= 1
        if j != head.i and doc[j].text != ",":
            return None
        return region, head

    def _in_quote(self, t: Token) -> bool:
        return _inside(self.regions, self.rstarts, t.idx, _tok_end(t)) is not None

    def _outer_subject(self, t: Token) -> Token | None:
        """The subject of the nearest clause above a cue that stands outside any quotation."""
        for anc in t.ancestors:
            subs = [c for c in anc.children if c.dep_ in _SUBJ and not self._in_quote(c)]
            if subs and not self._in_quote(anc):
                return min(subs, key=lambda c: abs(c.i - anc.i))
        return None

    def _own_quotation(self, span: tuple[int, int], t: Token) -> tuple[int, int]:
        """'"A," X said, and "B," Y said': a content before its cue that ends in the quotation
        right before the cue's clause, and holds another speaker's cue before that quotation,
        is that quotation alone."""
        regs = self.regions_overlapping(span[1] - 1, span[1])
        if not regs:
            return span
        region = regs[-1]
        gap = self.text[region[1] : t.idx]
        if not span[0] < region[0] or region[1] > t.idx or any(m in gap for m in MARKS) or "\n" in gap:
            return span
        if not _CLAUSE_BREAK.search(self.text, max(0, region[0] - 40), region[0]):
            return span  # 'X said the plan was "dead," Y said': quoted words inside a clause
        return region if self._reports_between(span[0], region[0]) else span

    def _reports_between(self, a: int, b: int) -> bool:
        """Whether a cue verb with a subject of its own stands unquoted between two offsets."""
        span = self.ctx.doc.char_span(a, b, alignment_mode="contract")
        return span is not None and any(
            x.pos_ in ("VERB", "AUX")
            and (self.cues.forms.get(x.lower_) or x.lemma_.lower()) in self.cues.verbs
            and not self.quoted(x)
            and any(c.dep_ in _SUBJ for c in x.children)
            for x in span
        )

    def _inverted_speaker(self, t: Token) -> Token | None:
        """The noun right after a cue that follows a quotation ('"...," said the aide'), whatever
        relation the parser gave it: in that order the words after the cue name the speaker."""
        k = bisect.bisect_right(self.rend, t.idx) - 1
        if k < 0:
            return None
        end = self.regions_by_end[k][1]
        gap = self.text[end : t.idx]
        inner = self.text[self.regions_by_end[k][0] : end].rstrip("".join(MARKS) + "'’ ")
        if gap.strip(" ,") != "" or not ("," in gap or inner[-1:] in (",", "?", "!", "—", "–")):
            return None  # the quotation must run on into the cue: '"...," said', '"...?" asked'
        found = _post_verbal(t)
        if found is None and t.tag_ in _FINITE and t.text[0].islower():
            # '"...," said Ana Ruiz, who ...': the parser hung the name on a later verb
            found = _np_head_at(t.doc, t.i + 1, t.sent.end)
        return found

    def quotative_likes(self) -> Iterator[_Attr]:
        """``she's like, "..."``, ``they went like "..."``: speech reported with a quotative
        'like' after 'be' or 'go', whose subject is the speaker."""
        doc = self.ctx.doc
        for start, at in self.liked.items():
            span = doc.char_span(at, at + 4)
            if span is None or span.start == 0:
                continue
            like = span[0]
            verb = doc[like.i - 1]
            if verb.lemma_.lower() not in _QUOTATIVE_VERBS:
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
            if subj is None and verb.i > 0 and doc[verb.i - 1].pos_ == "PRON":
                subj = doc[verb.i - 1]  # the parser may hang "I'm like" elsewhere
            r = next(r for r in self.regions if r[0] == start)
            yield self._attr(r, [verb, like], subj, like)

    def _adjacent_quote(self, t: Token) -> tuple[int, int] | None:
        """A quoted stretch next to a cue that governs none: before it in its sentence, or after it."""
        sent = t.sent
        p = self.para_of(t.idx)
        ps, pe = self.paras[p]
        liked = self.liked
        before = [
            r
            for r in self.regions
            if ps <= r[1] <= t.idx and r[1] >= sent.start_char - 3 and r[0] not in liked
        ]
        after = [r for r in self.regions if t.idx < r[0] and r[0] < pe and r[0] not in liked]
        txt = self.text
        if after:
            gap = txt[_tok_end(t) : after[0][0]]
            if gap.rstrip().endswith(":"):
                return after[0]
            # '"A?" she asked. "B."': a quotation that ends in the cue's sentence comes first
            own = after[0][0] < sent.end_char - 1 or not before or gap.strip(" .") != ""
            if before and after[0][0] >= sent.end_char - 1 and self._runs_into(before[-1], t):
                own = False  # '"A," the chief said Monday. "B."': the quotation that runs into the cue
            # '"A," X said, and "B," Y said': a quotation that runs into the cue is its own, not
            # the one after a conjunction
            joined = bool(before) and _JOINED.match(gap) is not None and self._runs_into(before[-1], t)
            if len(gap) <= 40 and after[0][0] < sent.end_char + 2 and own and not joined:
                return after[0]
        if before:
            return before[-1]
        # "X said:" closing a paragraph, then the quotation opens the next one
        if txt[_tok_end(t) : pe].rstrip().endswith(":"):
            nxt = self.paras[p + 1] if p + 1 < len(self.paras) else None
            r = self.regions_overlapping(nxt[0], nxt[0] + 1) if nxt else []
            if r and r[0][0] == nxt[0]:
                return r[0]
        return None

    def _colon_block(self, t: Token, subj: Token | None) -> tuple[int, int] | None:
        """``X added:`` closing a paragraph, then a paragraph with no quotation marks: a block
        quotation (pages often drop the marks of an indented quotation)."""
        # an active cue with no content of its own ("the words were reported by X as such:" reports
        # someone else's words)
        if subj is None or any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass", "agent") for c in t.children):
            return None
        p = self.para_of(t.idx)
        rest = self.text[_tok_end(t) : self.paras[p][1]].rstrip()
        # only a short adjunct between the cue and the colon: "said in a statement on Friday:"
        if (
            not rest.endswith(":")
            or len(rest.split()) > 8
            or any(c in rest[:-1] for c in ".;:!?\n")
            or p + 1 >= len(self.paras)
        ):
            return None
        if any(c in MARKS for c in rest) or "following" in rest.lower() or t.dep_ in ("acl", "relcl", "amod"):
            return None  # "wrote to the following groups:" opens a list; "topics discussed include:"
        colon = self.text.rindex(":", 0, _tok_end(t) + len(rest))
        if t.right_edge.idx + len(t.right_edge.text) < colon:
            return None  # words between the cue and the colon that are not the cue's own
        ns, ne = self.paras[p + 1]
        body = self.text[ns:ne].rstrip()
        if not body[:1].isalpha() or not body[0].isupper() or len(body.split()) < _MIN_FREE_QUOTE_WORDS:
            return None
        return ns, ns + len(body)

    def _runs_into(self, region: tuple[int, int], t: Token) -> bool:
        """Whether a quotation ends in a comma (or ``?``, ``!``) with only the cue's own words
        between it and the cue: '"A," the aide said'."""
        inner = self.text[region[0] : region[1]].rstrip("".join(MARKS) + "'’ ")
        gap = self.text[region[1] : t.idx]
        return (
            inner[-1:] in (",", "?", "!")
            and len(gap) <= 60
            and not any(c in MARKS or c in "\n;:" for c in gap)
        )

    def _according(self, t: Token) -> Iterator[_Attr]:
        """``according to X``: the content is the rest of the sentence, on the larger side of the phrase."""
        doc = t.doc
        to = doc[t.i + 1] if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" else None
        if to is None:
            return
        src = next((c for c in to.children if c.dep_ == "pobj"), None)
        src_end = src.right_edge.i if src is not None and src.right_edge.i > to.i else to.i
        sent = t.sent
        if t.i == sent.start and src is not None and src_end >= sent.end - 2:
            # "According to X, <clause>": the source ends at its comma even when the parser ran on
            comma = next((x.i for x in doc[src.i + 1 : src_end + 1] if x.text == ","), None)
            if comma is not None:
                src_end = comma - 1
        left = list(doc[sent.start : t.i])
        right = list(doc[src_end + 1 : sent.end])
        nl, nr = (len([x for x in part if not x.is_punct]) for part in (left, right))
        side = right if nr > nl else left
        if (
            nl >= 2
            and nr >= 2
            and t.i > 0
            and doc[t.i - 1].text == ","
            and right[0].text == ","
            and any(x.dep_ in _SUBJ for x in right)
        ):
            side = left + [t] + right  # set off by commas inside the clause it sources
        span = _trimmed(side)
        if span is None or len([x for x in side if not x.is_punct]) < 2:
            return
        yield self._attr(span, [t, to], src, t)

    def _noun(self, t: Token) -> Iterator[_Attr]:
        """A report noun with what it reports: ``the claim that ...`` (its ``that`` clause) or
        ``attacks on X`` (the object of a preposition the noun takes). The speaker is the noun's
        owner (``her allegation``, ``criticism from X``), or the subject of a light verb (``made
        the argument that``); a noun with no speaker here ("the idea that") is left out."""
        doc = t.doc
        lemma = t.lemma_.lower()
        span = None
        k = _that_after(t)
        if k is not None and lemma in self.cues.nouns:
            clause = next(
                (
                    c
                    for c in t.children
                    if c.dep_ in ("acl", "ccomp", "relcl")
                    and c.left_edge.i == k
                    and any(m.dep_ == "mark" and m.i == k for m in c.children)
                ),
                None,
            )
            span = _subtree_span(clause) if clause is not None else None
        cue_toks = [t]
        if span is None and lemma in self.cues.infinitive_nouns:
            clause = next((c for c in t.children if c.dep_ == "acl" and c.i > t.i and _to_clause(c)), None)
            span = _subtree_span(clause) if clause is not None else None
        if span is None:
            preps = self.cues.noun_preps.get(lemma, ())
            p = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps and c.i > t.i), None)
            if p is None:
                return
            span = _prep_object(p)
            cue_toks.append(p)
        if span is None:
            return
        subj = next((c for c in t.children if c.dep_ == "poss"), None)
        if subj is None:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > t.i:
                    subj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    break
        if subj is None and t.dep_ == "dobj" and t.head.lemma_.lower() in self.cues.light_verbs:
            subj = _subject(t.head)
        if (
            subj is None
            and t.dep_ == "pobj"
            and t.head.dep_ == "prep"
            and t.head.lower_ == "in"
            and t.head.head.lemma_.lower() in self.cues.verbs
        ):
            subj = _subject(t.head.head)  # "argues in a new report that ...": the one who argues
        if subj is None:
            # "a City Hall report that", "Ortiz claims that" (a verb the tagger took for a noun)
            names = [
                c
                for c in t.children
                if c.i < t.i
                and (
                    c.dep_ == "nsubj"
                    or (
                        c.dep_ == "compound"
                        and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP"))
                    )
                )
            ]
            subj = names[-1] if names and lemma in self.cues.unowned_nouns else None
        unowned = lemma in self.cues.unowned_nouns and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "that"
        if subj is None and not unowned:
            return  # "the idea that ...", "rejected the claim that ...": whose view is not said here
        yield self._attr(span, cue_toks, subj, t)

    def _passive_view(self, t: Token) -> Iterator[_Attr]:
        """``X is seen as Y``, ``X is expected to V``, ``X was considered Y by Z``: a view of the
        subject whose holder is the agent, if named. The content is the subject with what is said
        of it; like an impression, it yields to a report that covers it."""
        subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if subj is None or not any(c.dep_ == "auxpass" for c in t.children):
            return
        comp = next(
            (
                c
                for c in t.children
                if c.i > t.i
                and (c.dep_ in ("xcomp", "oprd", "acomp", "attr") or (c.dep_ == "prep" and c.lower_ == "as"))
            ),
            None,
        )
        if comp is None:
            return
        end = _subtree_span(comp)
        if end is None:
            return
        agent = next((c for c in t.children if c.dep_ == "agent"), None)
        holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        start = end[0] if subj.lower_ in _RELATIVE else subj.left_edge.idx
        aux = [c for c in t.children if c.dep_ in ("auxpass", "neg") and c.i < t.i]
        a = self._attr((start, end[1]), aux + [t], holder, t)
        a.weak = True
        yield a

    def _source_adverb(self, t: Token) -> Iterator[_Attr]:
        """``The convoy was reportedly attacked``: the clause the adverb qualifies, from an
        unnamed source; it yields to a report that covers it."""
        head = t.head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return
        span = _subtree_span(head)
        if span is None:
            return
        a = self._attr(span, [t], None, t)
        a.weak = True
        yield a

    def _impression(self, t: Token) -> Iterator[_Attr]:
        """``it appears that ...``, ``the rebels seemed ready to ...``: the content is the clause, or
        the subject with what is said of it. Only a person seems to think or do something of their
        own ("she seemed to relish it"): a person subject holds it, else there is no speaker."""
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "expl")), None)
        clause = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        # "it seems unfair to ...", "it might seem as if ...": what follows the verb
        after = next(
            (
                c
                for c in t.children
                if c.i > t.i
                and (
                    c.dep_ in ("oprd", "acomp", "attr")
                    or (
                        c.dep_ == "advcl"
                        and any(m.dep_ == "mark" and m.lower_ in ("as", "if") for m in c.children)
                    )
                )
            ),
            None,
        )
        if clause is None and after is not None and subj is not None and subj.lower_ == "it":
            span = _trimmed(list(t.doc[after.left_edge.i : t.right_edge.i + 1]))
            if span is None or t.right_edge.i - after.left_edge.i < 2:
                return
        elif clause is not None and (subj is None or subj.lower_ == "it"):
            span = _subtree_span(clause)
        else:
            comp = next(
                (c for c in t.children if c.dep_ in ("xcomp", "acomp", "oprd", "attr") and c.i > t.i), None
            )
            if (
                comp is None
                or subj is None
                or subj.lower_ in ("it", "there")
                or subj.pos_ == "PRON"
                and subj.lower_ in _RELATIVE
            ):
                return
            if comp.lemma_.lower() in self.cues.verbs:
                return  # "appeared to say that ...": the report is the cue
            end = _subtree_span(comp)
            if end is None:
                return
            span = (subj.left_edge.idx, end[1])
        if span is None:
            return
        aux = [c for c in t.children if c.dep_ in ("aux", "neg") and c.i < t.i and t.i - c.i <= 3]
        holder = subj if subj is not None and clause is None and self._person(subj) else None
        a = self._attr(span, aux + [t], holder, t)
        a.weak = True
        yield a

    def _person(self, s: Token) -> bool:
        """A subject that names or stands for a person."""
        if s.lower_ in _PERSON_PRONOUNS or s.lower_ in ("they", "we", "i"):
            return True
        actor = self.ctx.actor_of_token(s)
        return (actor is not None and actor.kind == "person") or s.ent_type_ == "PERSON"

    def _source(self, p: Token, obj: Token) -> Iterator[_Attr]:
        """``X leads in two surveys``: what a poll or survey found, with the poll as the source."""
        head = p.head
        if head.pos_ not in ("VERB", "AUX") or self.verb_cue(head)[0] is not None:
            return
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return
        doc = p.doc
        toks = list(doc[head.left_edge.i : head.right_edge.i + 1])
        lo, hi = p.left_edge.i, p.right_edge.i
        if lo == toks[0].i:  # "In the latest poll, X leads Y"
            toks = [x for x in toks if x.i > hi]
        elif hi >= toks[-1].i or doc[hi + 1].is_punct:  # "X trails in two polls."
            toks = [x for x in toks if x.i < lo]
        span = _trimmed(toks)
        if span is None or len(self.text[span[0] : span[1]].split()) < 2:
            return
        yield self._attr(span, [p], obj, head)

    def _view(self, p: Token, obj: Token) -> Iterator[_Attr]:
        """``in her view``, ``in the eyes of farmers``: the clause the phrase qualifies is the
        view of the noun's owner."""
        holder = next((c for c in obj.children if c.dep_ == "poss"), None)
        if holder is None:
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            holder = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        head = p.head
        if holder is None or head.pos_ not in ("VERB", "AUX") or self.verb_cue(head)[0] is not None:
            return
        if p.i > head.i and p.doc[p.i - 1].text != ",":
            return  # "had $800 in his account", "divided in their opinions": no view of a clause
        if head.left_edge.i < p.left_edge.i and p.right_edge.i < head.right_edge.i:
            span = _subtree_span(head)  # "The port, in the eyes of traders, has become ...": all of it
        else:
            span = _subtree_span(head, exclude=p)
        if span is None or len(self.text[span[0] : span[1]].split()) < 3:
            return
        a = self._attr(span, [p, obj], holder, head)
        a.weak = True  # yields to a report it covers
        yield a

    def holders(self) -> Iterator[_Attr]:
        """``To the mayor, the plan is a gamble``: a sentence that opens with the person whose view
        it gives (a person's name or an object pronoun, then a comma)."""
        doc = self.ctx.doc
        for sent in self.ctx.sentences:
            p = sent[0]
            if p.lower_ not in self.cues.holder_preps or p.dep_ != "prep" or self.quoted(p):
                continue
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            # the comma after the holder (the parser may hang the clause's subject on it)
            end = next((x.i for x in doc[p.i + 1 : p.right_edge.i + 2] if x.text == ","), sent.end)
            if obj is None or end >= sent.end:
                continue
            if not (obj.lower_ in _PERSONAL_OBJECTS or obj.ent_type_ == "PERSON" or self._person(obj)):
                continue
            head = p.head
            if head.pos_ not in ("VERB", "AUX") or head.i < end or self.verb_cue(head)[0] is not None:
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children) and (
                obj.right_edge.i <= end
            ):
                continue
            span = _trimmed(list(doc[end + 1 : head.right_edge.i + 1]))
            if span is not None:
                a = self._attr(span, [p], obj, head)
                a.weak = True
                yield a

    def _manner(self, p: Token) -> Iterator[_Attr]:
        obj = next((c for c in p.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in self.cues.view_nouns:
            yield from self._view(p, obj)
            return
        if obj is not None and obj.lemma_.lower() in self.cues.source_nouns:
            yield from self._source(p, obj)
            return
        if obj is None or obj.lemma_.lower() not in self.cues.manner_nouns:
            return
        head = p.head
        if head.pos_ not in ("VERB", "AUX"):
            return
        cue, _ = self.verb_cue(head)
        if cue is not None:
            return  # "said in a statement": the verb is the cue
        span = _subtree_span(head, exclude=p)
        subj = _subject(head)
        if span is None or subj is None:
            return
        if subj.left_edge.idx == span[0] and _tok_end(subj.right_edge) < span[1]:
            span = (_tok_end(subj.right_edge), span[1])
            span = _trimmed(list(p.doc.char_span(*span, alignment_mode="expand") or [])) or span
        yield self._attr(span, list(p.subtree), subj, head)


_RELATIVE = frozenset({"who", "which", "that", "what"})
_TITLE_LINKS = frozenset(
    "over under in on at for with without against after before from into to vs and or but as".split()
)


def _empty(a: _Attr, d: _Doc) -> bool:
    """Content that is one function word ("didn't want to"), unless it stands for what was said
    ("said so", "said yes") or is quoted."""
    words = d.text[a.start : a.end].split()
    if len(words) != 1 or d.regions_overlapping(a.start, a.end):
        return False
    w = words[0].strip(".,;:!?").lower()
    return w in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset(
    "to of for in on at by with from as that which what this these those there".split()
)


def _widen(a: _Attr, d: _Doc) -> None:
    """Widen an attribution to the quoted stretches its content touches (never over its own cue)."""
    for r in d.regions_overlapping(a.start, a.end):
        if a.cue_span and r[0] <= a.cue_span[0] < r[1] and a.cue_span[0] - r[0] > 1:
            continue
        if a.speaker_span and r[0] <= a.speaker_span[0] < r[1]:
            continue
        a.start, a.end = min(a.start, r[0]), max(a.end, r[1])


_CLAUSE_OPENERS = frozenset(",;—–(")
_CLOSING = CLOSE_MARKS + STRAIGHT + "'’"


_JOINED = re.compile(r"[^\S\n]*,[^\S\n]+(?:and|but)[^\S\n]*$")
# a quotation that opens a clause of its own: after a comma (and a conjunction) or a dash
_CLAUSE_BREAK = re.compile(
    r"(?:[,;—–]|[,;][^\S\n]+(?:and|but|while)(?:[^\S\n]+(?:then|still|also|later))?)[^\S\n]*$"
)
_AND_QUOTED = re.compile(r"[^\S\n]*,?[^\S\n]+and(?:[^\S\n]+(?:then|still|also|later))?[^\S\n]*$")
# '"A," he said, but "B."': a quotation carried on past its cue by 'and' or 'but'
_CARRIED = re.compile(r"[^\S\n]*,?[^\S\n]+(?:and|but)(?:[^\S\n]+(?:then|still|also|later))?[^\S\n]*$")


def _and_quoted(a: _Attr, d: _Doc) -> None:
    """Quoted words joined by 'and' to the quotation a cue introduces carry it on ('said X "A,"
    and still "B"', 'went on about "A," and "B"'): the parser often hangs them on the cue."""
    if a.cue_span is None or a.cue_span[1] > a.start:
        return
    k = bisect.bisect_left(d.rstarts, a.end)
    while k < len(d.regions) and a.end in d.rend_set:
        r = d.regions[k]
        if r[0] - a.end > 16 or not _AND_QUOTED.match(d.text, a.end, r[0]) or d.para_of(r[0]) != a.para:
            return
        a.end = r[1]
        k += 1


_AND_BEFORE = re.compile(r"[^\S\n]*,?[^\S\n]+and[^\S\n]+$")


def _quoted_before(a: _Attr, d: _Doc) -> None:
    """A quotation joined by 'and' to the one a later cue claims ('"A" and "B," she said'): the
    two are one content."""
    if a.cue_span is None or a.cue_span[0] < a.end:
        return
    k = bisect.bisect_left(d.rend, a.start + 1) - 1
    while k >= 0 and a.start in d.rstart_set:
        r = d.regions_by_end[k]
        if a.start - r[1] > 8 or not _AND_BEFORE.match(d.text, r[1], a.start) or d.para_of(r[0]) != a.para:
            return
        a.start = r[0]
        k -= 1


# a title or initial with its period ("Mr.", "Sen.", "U.S."): no sentence end
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.(?=[^\S\n]+[A-Z])")


def _split_quotation(a: _Attr, d: _Doc, cue_starts: list[int], cands: list[_Attr]) -> None:
    """'"A," she said, "B."': a quotation broken by its own cue, the cue claiming the second
    half. The half before the cue, ending in a comma with only the cue's clause and a comma
    between, is the same content. Not when the second half ends in a comma of its own
    ('"A," X said, "B," Y said': B has a cue after it), nor when another cue stands between
    ('"A," X said, adding, "B."') or claims the first half ('X said "A", adding, "B"')."""
    cs = a.cue_span
    if cs is None or cs[1] > a.start or a.start not in d.rstart_set:
        return
    k = bisect.bisect_right(d.rend, cs[0]) - 1
    if k < 0:
        return
    r = d.regions_by_end[k]
    text = d.text
    gap = _ABBREVIATION.sub("", text[r[1] : a.start])  # '"A," Mr. Lind said, "B."'
    inner = text[r[0] : r[1]].rstrip("".join(MARKS) + "'’ ")
    if (
        len(gap) > 80
        or any(c in MARKS or c in ".!?;:\n" for c in gap)
        or not gap.rstrip().endswith(",")
        or not (inner.endswith(",") or gap.lstrip().startswith(","))
        or text[a.start : a.end].rstrip("".join(MARKS) + "'’ ").endswith(",")
    ):
        return
    between = cue_starts[bisect.bisect_left(cue_starts, r[1]) : bisect.bisect_left(cue_starts, a.start)]
    if len(set(between)) > 1 or any(b.cue_span != cs and b.start < r[1] and r[0] < b.end for b in cands):
        return
    a.start = r[0]


def _self_quoted(a: _Attr, d: _Doc) -> bool:
    """A cue that opens a quotation with its content and speaker inside the same quotation
    ('"Thank heaven, the numbers are good"'): the quoted words hold it, no report of its own."""
    if a.cue_span is None or a.cue_idx is None or d.ctx.doc[a.cue_idx].pos_ not in ("VERB", "AUX"):
        return False  # ('"HOST: ...': a transcript line quoted whole names its speaker)
    r = _inside(d.regions, d.rstarts, *a.cue_span)
    if r is None or not r[0] <= a.start < a.end <= r[1]:
        return False
    return a.speaker_span is None or r[0] <= a.speaker_span[0] < r[1]


def _outside_claims(cands: list[_Attr]) -> list[_Attr]:
    """Drop a cue set inside another report's content that claimed words outside that content
    ("adding that the board would meet. 'B'"): it is part of what is reported, no report of its own."""
    spans = [(a.start, a.end) for a in cands]
    return [
        b
        for b in cands
        if b.cue_span is None
        or not any(s <= b.cue_span[0] < e and (b.start >= e or b.end <= s) for s, e in spans)
    ]


def _after_comma(text: str, i: int, marks: bool = False) -> bool:
    """Whether the last non-blank character before ``i`` is a comma (with ``marks``, also a
    comma that a closing quote mark follows: ``"...," adding``)."""
    before = text[max(0, i - 40) : i].rstrip()
    return (before.rstrip(_CLOSING) if marks else before).endswith(",")


def _split_at(a: _Attr, b: _Attr, d: _Doc) -> int | None:
    """Where ``b``'s content ends when ``a``, found inside it, is an attribution of its own: a
    participle or a relative clause set off by a comma from ``b``'s reported words ("X said A,
    adding B", "X praised Y, who has vowed to V"). ``None`` when ``a`` is part
    of what ``b`` reports ("X said Y believes B") or the cut would leave ``b`` empty."""
    if a.weak or a.cue_span is None or b.cue_span is None or a.cue_idx is None:
        return None
    if b.start <= b.cue_span[0] < b.end:
        return None  # "Still, she said, ...": a cue set inside its own content
    cue = d.ctx.doc[a.cue_idx]
    # "X said A, explaining B": a participle after a comma reports for the one who said A
    participle = cue.tag_ == "VBG" and _after_comma(d.text, a.cue_span[0], marks=True)
    # its own subject stands only when it is not that of a clause reported inside ``b``
    own = a.speaker_span is not None and not (
        participle
        and b.start <= a.speaker_span[0] < b.end
        and a.speaker_tok is not None
        and a.speaker_tok.head.dep_ in ("ccomp", "acl", "relcl", "advcl", "xcomp")
    )
    if participle and a.speaker_span is not None and a.speaker_span == b.speaker_span:
        own = False  # "X said A, insisting B": the participle's speaker is X, found through the cue
    spk = a.speaker_tok
    # "X praised Y, who has vowed B": a relative clause with a view of its own
    relative = (
        own
        and cue.dep_ == "relcl"
        and spk is not None
        and spk.lower_ in ("who", "which")
        and _after_comma(d.text, spk.idx)
        and any(x.pos_ in ("VERB", "AUX") for x in cue.subtree if x.i > cue.i)
    )
    # "X praised Y, which she said were B": a report set in a relative clause, its content the clause
    lead = d.ctx.doc.char_span(a.start, a.start + 1, alignment_mode="expand")
    relative = relative or (
        own
        and lead is not None
        and lead[0].lower_ in ("who", "which")
        and a.cue_span[0] > a.start
        and spk is not None
        and spk.i == lead[0].i + 1
        and _after_comma(d.text, a.start)
    )
    if not (participle or relative):
        return None
    if participle and not any(x.tag_ in _FINITE or x.tag_ == "MD" for x in cue.subtree if x.i > cue.i):
        return None  # "..., calling it a disgrace": no clause of its own, part of the report
    s = min(a.start, a.cue_span[0], a.speaker_span[0] if own and a.speaker_span else a.cue_span[0])
    if not b.start < s < b.end or b.cue_span[0] >= s or a.end < b.end - 1:
        return None
    if any(r[0] < s < r[1] for r in d.regions_overlapping(s, s + 1)):
        return None  # never cut a quotation
    before = d.text[b.start : s].rstrip()
    if before[-1:] in _CLOSING and before.rstrip(_CLOSING)[-1:] == ",":
        return b.start + len(before)  # 'X said "A," adding B': the quotation stays whole
    if not before or before[-1] not in _CLAUSE_OPENERS:
        return None
    before = before.rstrip("".join(_CLAUSE_OPENERS) + " ")
    if len(before.split()) < 1:
        return None
    if not own:
        a.speaker_tok, a.speaker_span = b.speaker_tok, b.speaker_span
    return b.start + len(before)


def _kind(a: _Attr, d: _Doc) -> str:
    regs = d.regions_overlapping(a.start, a.end)
    sp = a.speaker_span
    if a.cue == ":" and sp and sp[1] <= a.start and regs and regs[0][0] <= sp[0]:
        # '"HOST: words': a mark before the speaker quotes a transcript; words quoted inside it
        # are the speaker's own quotation marks
        inner = quote_regions(d.text[a.start : a.end])
        return "mixed" if any(e - s > 2 for s, e in inner) else "indirect"
    if not regs:
        return "indirect"
    if len(regs) == 1 and regs[0][0] <= a.start + 1 and regs[0][1] >= a.end - 1:
        return "direct"
    return "mixed"


# -- pass 3: speakers, free quotes, records ----------------------------------------------------
def _actor_for(ctx: DocContext, a: _Attr, last: tuple[str, int] | None) -> Actor | None:
    s = a.speaker_tok
    if s is None:
        return None
    ante = _relcl_antecedent(s)
    if ante is not None:
        s = ante
    if s.lower_ in _PRONOUNS or s.pos_ == "PRON":
        found = ctx.actor_at(s.idx, _tok_end(s))
        if found is None and s.lower_ in _PERSON_PRONOUNS and last is not None:
            found = ctx.actor_by_id.get(last[0])
        return found
    # "the US Secretary of State, Antony Blinken, said": the person named in apposition
    for c in s.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            named = ctx.actor_of_token(c)
            if named is not None and named.kind == "person":
                return named
    found = ctx.actor_of_token(s)
    if found is None and a.speaker_span:
        found = ctx.actor_at(*a.speaker_span)
    return found


def _present(t: Token) -> bool:
    """A cue in the present tense: "believes", "explains", "is convinced"."""
    if t.tag_ in ("VBZ", "VBP"):
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in t.children
    ) or (t.dep_ == "acomp" and t.head.tag_ in ("VBZ", "VBP"))


def _quote_date(
    ctx: DocContext, start: int, end: int, present: bool = False
) -> tuple[str | None, str | None, str | None]:
    """(value, precision, source) of a quote's date: a date in its clause, else one the narrative
    set (not for a cue in the present tense: "Baer explains" is dated by publication), else the
    publication date."""
    from .time import date_for_span

    value, precision, source = date_for_span(ctx, start, end)
    if value and not (source == "narrative" and present):
        return value, precision, source
    if ctx.published:
        return ctx.published.isoformat(), "day", "published"
    return None, None, None


_MINOR = frozenset("a an the of and or for to in on at by with from is are as vs".split())


def _is_title(quoted: str) -> bool:
    """A quoted title ("Orange Is the New Black", "Meet the Press"), not a quotation."""
    words = [w.strip('"“”„«»‟,.:;!?()') for w in quoted.split()]
    words = [w for w in words if w]
    if not words or len(words) > 10 or quoted.rstrip('"“”„«»‟ ').endswith((".", "!", "?")):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR for w in words)


def _colon_speaker(d: _Doc, start: int) -> Token | None:
    """The person or organisation named right before a colon that opens a quotation."""
    before = d.text[max(0, start - 3) : start].rstrip()
    if not before.endswith(":"):
        return None
    colon = d.text.rfind(":", 0, start)
    span = d.ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = d.ctx.doc[span.start - 1]
    if prev.ent_type_ in ("PERSON", "ORG") and prev.pos_ == "PROPN":
        return prev
    # 'The senator delivered a blunt message: "..."': the subject of the clause the colon closes
    verb = prev.sent.root
    if verb.pos_ in ("VERB", "AUX") and verb.i < span.start and verb.sent.start <= verb.i:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") and subj.lower_ not in _RELATIVE:
            return subj
    return None


_LIKE = re.compile(r"\blike[,:]?[^\S\n]*$")
_QUOTATIVE_VERBS = frozenset({"be", "go"})
# invisible format characters (zero-width joiner, word joiner) may follow the dash in wiki text,
# glued to the name's first token
_FORMAT_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_DASH_AFTER = re.compile(r"[^\S\n]*[―—–][^\S\n]*")


def _dash_speaker(d: _Doc, end: int) -> Token | None:
    """The person or organisation named after a dash that closes a quotation ('"..." — Jo Reyes')."""
    m = _DASH_AFTER.match(d.text, end)
    if m is None:
        return None
    span = d.ctx.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    first = span[0]
    bare = first.text.lstrip(_FORMAT_CHARS)
    if first.pos_ != "PROPN" and not (first.pos_ == "NOUN" and bare != first.text):
        return None  # (a joiner glued to a name can make the tagger miss it)
    if not (bare.istitle() or first.ent_type_ in ("PERSON", "ORG")):
        return None
    # the name's last word: the run of proper nouns that starts it
    doc = d.ctx.doc
    name = first
    while name.i + 1 < len(doc) and (doc[name.i + 1].ent_iob_ == "I" or doc[name.i + 1].pos_ == "PROPN"):
        if "\n" in doc[name.i].whitespace_ or name.i - first.i >= 5:
            break
        name = doc[name.i + 1]
    return name


def _embedded(d: _Doc, a: _Attr) -> bool:
    """A quoted stretch inside running words (a name, a title, scare quotes), not a quotation
    of its own: the word before it is a word, not punctuation or the paragraph start."""
    ps = d.paras[a.para][0]
    before = d.text[ps : a.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "'’")


def _carried_on(prev: _Attr, a: _Attr, d: _Doc) -> bool:
    """'"A," she said, and still "B."', '"A," she said, but "B."': quoted words joined by 'and' or
    'but' to the clause of the cue that closed the last quotation carry that quotation on."""
    cs = prev.cue_span
    if cs is None or prev.para != a.para or not prev.end <= cs[0] < a.start:
        return False
    gap = d.text[cs[1] : a.start]
    return len(gap) <= 60 and not any(c in gap for c in ".!?;:\n") and _CARRIED.search(gap) is not None


def _continues(prev: _Attr | None, a: _Attr, d: _Doc) -> bool:
    """Whether a quoted stretch no cue claimed carries on the last quotation before it: in the
    same paragraph (``"A," she said. "B."``), or opening the next one."""
    if prev is None or prev.kind not in ("direct", "mixed") or prev.cue is None:
        return False
    if _embedded(d, a) and not _carried_on(prev, a, d):
        return False
    if prev.para == a.para:
        return True
    return a.para == prev.para + 1 and a.start == d.paras[a.para][0] and a.kind == "free"


def _share_subjects(attrs: list[_Attr], ctx: DocContext) -> None:
    """A cue verb with no subject of its own shares that of the previous cue in its sentence
    ("He called for ..., denounced ... and warned that ...")."""
    doc = ctx.doc
    by_cue = sorted((a for a in attrs if a.cue_idx is not None), key=lambda a: a.cue_idx or 0)
    prev: _Attr | None = None
    for a in by_cue:
        sent = doc[a.cue_idx or 0].sent.start
        if a.speaker_tok is None and prev is not None and doc[prev.cue_idx or 0].sent.start == sent:
            a.speaker_tok, a.speaker_span = prev.speaker_tok, prev.speaker_span
        if a.speaker_tok is not None:
            prev = a


def _past_colon(a: _Attr, d: _Doc, cue_starts: list[int]) -> None:
    """Content that stops at a colon carries on through what the colon introduces, to the end
    of that sentence ("notes that the town faces three problems: rents are rising, ..."), unless
    another cue speaks there or the parser starts a new sentence after the colon."""
    if a.cue_span is None or a.cue == ":" or a.cue_span[1] > a.start:
        return
    text = d.text
    if not text[a.end : a.end + 3].lstrip(" ").startswith(":"):
        return
    colon = text.index(":", a.end)
    pe = d.paras[a.para][1]
    k = d.ctx.sentence_index(colon + 2)
    if colon + 2 >= pe or k != d.ctx.sentence_index(a.end - 1):
        return
    end = min(d.ctx.sentences[k].end_char, pe)
    if bisect.bisect_left(cue_starts, colon) < bisect.bisect_left(cue_starts, end):
        return
    tail = text[colon + 1 : end].rstrip()
    if len(tail.split()) >= 2 and not tail.split()[0].isupper():
        a.end = colon + 1 + len(tail.rstrip(".;"))


def _cue_distance(a: _Attr) -> int:
    """Characters between an attribution's cue and its content: of two cues that claim the same
    words, the nearer one speaks them ('"...," Dana said to X, who began by marveling at Y')."""
    if a.cue_span is None:
        return 0
    if a.start <= a.cue_span[0] < a.end:
        return a.end - a.start  # a cue among the words it claims comes last
    return max(0, a.cue_span[0] - a.end, a.start - a.cue_span[1])


def _source_phrase(a: _Attr) -> bool:
    return a.cue is not None and a.cue.lower() == "according to"


def _cut_trailing_sources(cands: list[_Attr], d: _Doc) -> None:
    """End a content before a trailing ", according to X" that sources the clause before it:
    the phrase names who reports the whole clause ("Y plans to V, according to an aide")."""
    trailing = [
        s.cue_span[0]
        for s in cands
        if _source_phrase(s) and s.cue_span and s.end <= s.cue_span[0] and _after_comma(d.text, s.cue_span[0])
    ]
    for a in cands if trailing else ():
        if a.cue_span is None or _source_phrase(a):
            continue
        for c in trailing:
            if a.cue_span[0] < c and a.start < c < a.end and not d.regions_overlapping(c, c + 1):
                end = a.start + len(d.text[a.start : c].rstrip(" ,"))
                a.end = end if end > a.start else a.end
                break


def attributions(ctx: DocContext, cues: Cues) -> list[_Attr]:
    """Every attribution in a document, in text order, speakers resolved."""
    d = _Doc(ctx, cues)
    cands = sorted(
        (
            a
            for a in [*d.candidates(), *d.colon_lines(), *d.holders(), *d.quotative_likes()]
            if not _empty(a, d)
        ),
        key=lambda a: (a.start, -(a.end - a.start)),
    )
    _cut_trailing_sources(cands, d)
    cue_starts = sorted(a.cue_span[0] for a in cands if a.cue_span)
    for a in cands:
        _past_colon(a, d, cue_starts)
    for a in cands:
        _widen(a, d)
        _and_quoted(a, d)
        _quoted_before(a, d)
        _split_quotation(a, d, cue_starts, cands)
    cands = [a for a in _outside_claims(cands) if not _self_quoted(a, d)]
    # attributions never nest: drop one whose cue lies inside another's content, unless it opens
    # a clause of its own there (after a comma, a dash or 'while'), which then ends the other's
    kept: list[_Attr] = []
    for a in sorted(cands, key=lambda a: (a.weak, -(a.end - a.start), _cue_distance(a))):
        cs = a.cue_span
        hit = [
            b
            for b in kept
            if b.start <= a.start < b.end
            or (cs and b.start <= cs[0] < b.end)
            or (a.weak and a.start <= b.start < a.end)
        ]
        if hit:
            cut = _split_at(a, hit[0], d) if len(hit) == 1 else None
            if cut is None:
                continue
            hit[0].end = cut
        kept.append(a)
    kept.sort(key=lambda a: a.start)
    _share_subjects(kept, ctx)
    # quoted stretches no cue claimed
    out: list[_Attr] = []
    claimed = [(a.start, a.end) for a in kept]
    free: list[_Attr] = []
    for r in d.regions:
        if any(s < r[1] and r[0] < e for s, e in claimed):
            continue
        words = len(d.text[r[0] : r[1]].split())
        free.append(_Attr(r[0], r[1], None, None, None, None, None, d.para_of(r[0]), "direct"))
        free[-1].kind = "free" if words >= _MIN_FREE_QUOTE_WORDS else "short"
    allq = sorted(kept + free, key=lambda a: a.start)
    last: tuple[str, int] | None = None  # (actor id, paragraph) of the last named person who spoke
    prev: _Attr | None = None  # the last quotation (direct or mixed) with a cue
    for a in allq:
        if a.kind in ("free", "short"):
            dashed = _dash_speaker(d, a.end)
            signed = dashed is not None or (prev is not None and _dash_speaker(d, prev.end) is not None)
            if prev is not None and not signed and _continues(prev, a, d):
                prev.end = max(prev.end, a.end)
                prev.kind = "mixed"
                prev.para = a.para
                continue
            if a.kind == "short" or _embedded(d, a) or _is_title(d.text[a.start : a.end]):
                continue
            a.kind = "direct"
            named = _colon_speaker(d, a.start)
            if named is not None:  # '... surprise pollster Dan Shaw: "..."'
                a.speaker_tok, a.speaker_span = named, _speaker_np(named)
                a.cue, a.cue_span = ":", (a.speaker_span[1], a.speaker_span[1] + 1)
                actor = _actor_for(ctx, a, last)
                a.speaker_actor = actor.id if actor is not None else None
            elif dashed is not None:  # '"..." — Jo Reyes, a nurse'
                a.speaker_tok, a.speaker_span = dashed, _speaker_np(dashed)
                dash = d.text.rfind(d.text[a.end : a.speaker_span[0]].strip()[0], a.end, a.speaker_span[0])
                a.cue, a.cue_span = d.text[dash], (dash, dash + 1)
                actor = _actor_for(ctx, a, last)
                a.speaker_actor = actor.id if actor is not None else None
            elif last is not None and a.para - last[1] <= _MAX_PARA_GAP:
                a.speaker_actor = last[0]
            out.append(a)
            if a.cue is not None:
                prev = a
            continue
        a.kind = _kind(a, d)
        actor = _actor_for(ctx, a, last)
        if actor is not None:
            a.speaker_actor = actor.id
            if actor.kind == "person":
                last = (actor.id, a.para)
        out.append(a)
        if a.kind in ("direct", "mixed"):
            prev = a
    return out


def extract_quotes(ctx: DocContext) -> Iterator[Quote]:
    """Yield every attribution of a document as a :class:`Quote`, in text order."""
    cues: Cues = ctx.resources.cues
    text = ctx.text
    for n, a in enumerate(attributions(ctx, cues), start=1):
        present = a.cue_idx is not None and _present(ctx.doc[a.cue_idx])
        value, precision, source = _quote_date(ctx, *(a.cue_span or (a.start, a.end)), present=present)
        yield Quote(
            id=f"Q{n}",
            text=text[a.start : a.end],
            span=[a.start, a.end],
            kind=a.kind,  # type: ignore[arg-type]
            speaker=a.speaker_actor,
            speaker_span=list(a.speaker_span) if a.speaker_span else None,
            cue=a.cue,
            cue_span=list(a.cue_span) if a.cue_span else None,
            date=value,
            date_precision=precision,  # type: ignore[arg-type]
            date_source=source,  # type: ignore[arg-type]
        )


__all__ = ["attributions", "extract_quotes", "paragraphs", "quote_regions"]
