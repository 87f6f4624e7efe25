"""Definite descriptions that refer back to an actor named earlier in the article.

"Azerbaijani President Ilham Aliyev ... the president said", "Al-Shabaab ... the militant
group", "the Foreign Ministry ... the ministry's spokesman", "Jordan ... the kingdom", "X met
Y ... the two leaders": the description becomes one more mention of the actor (or, for "the
two ...", of both), so events in later sentences keep their source and target.

A wrong link makes false events, so a description links only when exactly one compatible
actor is named within a few sentences before it (a window per kind, from ``anaphora.json``),
when no unnamed one of the same kind ("a minister", "a group") came in between, and when
nothing attached to it names someone else ("the president of Chad", "the minister, X").
The rules (head nouns, modifiers, rank words, windows) are data: :mod:`dyad.lexicon.anaphora`.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from ..lexicon.anaphora import Anaphora, Body

if TYPE_CHECKING:
    from .actors import _Builder, _Draft

DETERMINERS = frozenset({"the", "both"})
INDEFINITES = frozenset({"a", "an", "another", "one"})
# what attached to a description names somebody else, or restricts it to another one
OTHER_REFERENT_DEPS = frozenset({"appos", "relcl", "acl"})
# the description is a predicate or a name's apposition, not a reference: "X became the president"
PREDICATE_DEPS = frozenset({"attr", "appos", "compound", "npadvmod"})
MAX_MODIFIERS = 4
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
SUBJ = frozenset({"nsubj", "nsubjpass"})
# a country's own state actors: "Syrian troops ... the regime" is Syria's government
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


class _Index:
    """Sentence of a character offset, and the mentions named in a window before a token."""

    def __init__(self, b: _Builder, sents: list[Span]) -> None:
        self.b = b
        self.sents = sents
        self.starts = [s.start_char for s in sents]

    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def recent(self, tok: Token, window: int, same_sentence_only: bool = False) -> list[tuple[int, _Draft]]:
        """(last mention start, draft) of each actor named before ``tok`` in the window."""
        si = self.sent_of(tok.idx)
        out = []
        for d in self.b.drafts.values():
            last = max((s for s, _ in d.mentions if s < tok.idx), default=None)
            if last is None:
                continue
            ls = self.sent_of(last)
            if si - ls <= window and (not same_sentence_only or ls == si):
                out.append((last, d))
        return out

    def in_sentence(self, si: int, before: int) -> list[_Draft]:
        """Drafts with a mention in sentence ``si`` before character ``before``."""
        return [
            d
            for d in self.b.drafts.values()
            if any(s < before and self.sent_of(s) == si for s, _ in d.mentions)
        ]


def resolve_descriptions(b: _Builder, sents: list[Span], rules: Anaphora) -> None:
    """Link each definite description that has one clear antecedent to it (see module doc)."""
    doc = b.doc
    heads = rules.head_ids  # string ids: most sentences have no description at all
    hits = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in heads]
    if not hits:
        return
    index = _Index(b, sents)
    for i in hits:
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.i in b.ent_at or tok.dep_ in PREDICATE_DEPS or not _stands_alone(b, tok):
            continue
        found = _phrase(tok)
        if found is None:
            continue
        det, mods = found
        low = tok.lower_
        if low in rules.plural_sides:
            if det.lower_ == "both" or any(m.lower_ in rules.plural_counts for m in mods):
                if all(m.lower_ in rules.plural_counts for m in mods):
                    _sides(b, index, rules, tok, det)
        elif low in rules.plural_people or low in rules.plural_countries:
            if det.lower_ == "both" or any(m.lower_ in rules.plural_counts for m in mods):
                _plural(b, index, rules, tok, det, [m for m in mods if m.lower_ not in rules.plural_counts])
        elif det.lower_ != "the" or tok.tag_ in ("NNS", "NNPS"):
            continue
        elif low in rules.person_heads:
            _person(b, index, rules, tok, det, mods)
        else:
            _body(b, index, rules, rules.bodies[low], tok, det, mods)


def _stands_alone(b: _Builder, tok: Token) -> bool:
    """Nothing attached to the noun says who it is: no "of Chad", no name after it ("the
    Secretary of State" is a title, not a secretary of somewhere)."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ in OTHER_REFERENT_DEPS:
            return False
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "from") and _title_tail(b, tok) is None:
            return False
    nxt = tok.i + 1
    if nxt < len(doc) and doc[nxt].text in (",", "(") and nxt + 1 < len(doc):
        nxt += 1  # "the minister, Ana Ruiz,"
    return not (nxt < len(doc) and doc[nxt].ent_type_ == "PERSON")


def _title_tail(b: _Builder, tok: Token) -> list[str] | None:
    """The words after a title noun that belong to the title: "of state" in "the secretary of
    state", "of foreign affairs" in "the minister of foreign affairs" (not "of Chad": a title
    of somewhere is that place's office holder)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of" or doc[tok.i + 1].head.i != tok.i:
        return None
    alone = b.lex.title_of(tok.lower_)
    for k in range(tok.i + 2, min(len(doc), tok.i + 5)):
        t = doc[k]
        if t.is_punct or (k in b.ent_at and b.country_of_span(b.ent_at[k]) is not None):
            return None
        tail = [w.lower_ for w in doc[tok.i + 1 : k + 1]]
        said = b.lex.title_of(" ".join([tok.lower_, *tail]))
        if said is not None and said != alone:
            return tail
    return None


def _phrase(tok: Token) -> tuple[Token, list[Token]] | None:
    """The determiner and the words between it and the head: "the [Azerbaijani foreign] minister"."""
    doc = tok.doc
    lo = max(tok.sent.start, tok.i - MAX_MODIFIERS - 1)
    j = tok.i - 1
    while j >= lo and doc[j].lower_ not in DETERMINERS:
        if doc[j].is_punct and doc[j].text != "-":
            return None
        j -= 1
    if j < lo:
        return None
    return doc[j], list(doc[j + 1 : tok.i])


def _country_words(b: _Builder, mods: list[Token]) -> tuple[str | None, list[Token], bool]:
    """(country named among the modifiers, the other modifiers, False if a place is not a country)."""
    iso = None
    rest = []
    for m in mods:
        ent = b.ent_at.get(m.i)
        if ent is None:
            rest.append(m)
            continue
        res = b.country_of_span(ent)
        if res is None or res[1] or (iso is not None and iso != res[0]):
            return None, [], False  # "the Texas governor", "the Kremlin spokesman": not handled
        iso = res[0]
    return iso, rest, True


def _title_words(text: str) -> set[str]:
    return set(text.lower().replace("-", " ").replace(".", "").split())


def _person_fits(b: _Builder, rules: Anaphora, d: _Draft, words: list[str], iso: str | None) -> bool:
    """Whether a person's title is what the description says: "the prime minister" fits
    "Prime Minister", "the minister" fits "Foreign Minister" but not "Deputy Minister"."""
    if d.kind != "person" or not d.title:
        return False
    if iso is not None and d.country != iso:
        return False
    canon = b.lex.title_of(d.title)
    if len(words) == 1 and words[0] in rules.role_titles:  # "the leader", "the diplomat"
        return canon is not None and canon.title in rules.role_titles[words[0]]
    raw = _title_words(d.title)
    every = raw | (_title_words(canon.title) if canon is not None else set())
    want = set(words)
    if (raw - want) & rules.rank_words:
        return False
    if want <= every:
        return True
    # "the minister of defence" for a "Defense Minister", with the same head noun: "the former
    # president" and a "Presidential Candidate" share a catch-all title, not the office
    head = words[words.index("of") - 1] if "of" in words else words[-1]
    said = b.lex.title_of(" ".join(words))
    return said is not None and canon is not None and said.title == canon.title and head in every


def _in_office(b: _Builder, d: _Draft) -> bool:
    """Whether the lexicon knows the person as holding an office on the publication date."""
    if b.day is None:
        return False
    person = b.lex.person_named(d.name, b.day)
    role = person.role_at(b.day) if person is not None else None
    return role is not None and role.active(b.day) and not role.title.lower().startswith("former ")


def _unnamed_same(b: _Builder, index: _Index, tok: Token, window: int, people: bool = False) -> bool:
    """Someone of the same kind left unnamed in the window ("a minister from Uganda", "the
    president of Chad", "a group of gunmen"): the description may mean them, so it stays unlinked.

    For ``people``, a group's mention ("the president of Chad" as Chad's government) is such an
    unnamed one; for bodies it is the body itself ("the Foreign Ministry")."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    lo = index.starts[max(0, index.sent_of(tok.idx) - window)]
    i = tok.i - 1
    while i >= 0 and doc[i].idx >= lo:
        t = doc[i]
        i -= 1
        if t.lemma_.lower() != lemma or t.tag_ in ("NNS", "NNPS") or t.i in b.ent_at or _named_here(b, t):
            continue  # "new presidents often ...": a plural is nobody in particular
        if not any(
            c.dep_ in ("det", "poss") or (c.i in b.ent_at and c.dep_ in MODIFIER_DEPS) for c in t.children
        ):
            continue  # "running for president": the office, nobody in particular
        if not people and any(c.lower_ == "the" for c in t.children) and _stands_alone(b, t):
            continue  # an earlier "the country" left unlinked is no new one; an earlier "the
            # senior Russian diplomat" left unlinked is someone else than the named one
        named = (d for d in b.drafts.values() if d.kind == "person" or not people)
        if any(s <= t.idx < e for d in named for s, e in d.mentions):
            continue  # already a mention of a named actor ("the president" linked before)
        return True
    return False


def _named_here(b: _Builder, t: Token) -> bool:
    """The noun comes with a name: "President Emmanuel Macron", "the Hamas group", "Aliyev,
    the president"."""
    doc = t.doc
    for k in range(t.i + 1, min(len(doc), t.i + 6)):
        if k in b.ent_at and b.ent_at[k].label_ == "PERSON":
            return True  # "President Emmanuel Macron", "Secretary of State Antony Blinken"
        if k in b.ent_at and (doc[k].head.i == t.i or t.head.i == k):
            return True  # "the militant group Hamas"
        if not (doc[k].is_title or doc[k].lower_ in b.lex.title_tokens or k in b.ent_at):
            break
    if t.dep_ == "appos" and t.head.i in b.ent_at and b.ent_at[t.head.i].label_ == "PERSON":
        return True  # "X, the US envoy to Peru"
    if any(c.i in b.ent_at for c in t.children if c.dep_ in ("compound", "poss", "amod", "nmod")):
        return any(b.ent_at[c.i].label_ in ("ORG", "PERSON") for c in t.children if c.i in b.ent_at)
    return t.dep_ == "appos" and t.head.i in b.ent_at


def _person(b: _Builder, index: _Index, rules: Anaphora, tok: Token, det: Token, mods: list[Token]) -> None:
    iso, rest, ok = _country_words(b, [m for m in mods if m.text != "-"])  # "the far-right leader"
    if not ok or any(m.lower_ not in b.lex.title_tokens for m in rest):
        return
    words = [m.lower_ for m in rest] + [tok.lower_] + (_title_tail(b, tok) or [])
    fits: dict[str, int] = {}
    for last, d in index.recent(tok, rules.windows["person"]):
        if _person_fits(b, rules, d, words, iso):
            fits[d.key] = last
    if len(fits) > 1:  # "the president" in the news is the one in office on the day
        fits = {k: v for k, v in fits.items() if _in_office(b, b.drafts[k])}
    if not fits and iso is None and tok.lower_ in rules.national_heads:
        _first_holder(b, index, rules, tok, det, words)
    if len(fits) != 1:
        return
    key = next(iter(fits))
    if _unnamed_same(b, index, tok, rules.windows["person"], people=True):
        return
    tail = _title_tail(b, tok)
    _link(b, b.drafts[key], det.idx, tok.doc[tok.i + len(tail)] if tail else tok)
    if tok.dep_ in SUBJ:
        b.person_marks.append((tok.i, key, tok.head.dep_ == "ROOT"))


def _first_holder(
    b: _Builder, index: _Index, rules: Anaphora, tok: Token, det: Token, words: list[str]
) -> None:
    """A national office named before any holder of it ("The President said ..." opening the
    story): the one person of that title the article names later, or else the government of
    the article's clearly dominant country; nothing when a holder came before (out of the
    window: several may be meant), when the later holder is of another country than the
    dominant one, or when no country clearly leads."""
    from .actors import dominant_country

    title = b.lex.title_of(" ".join(words))
    if title is None or title.sector != "GOV" or rules.not_current & set(words):
        return
    before, later = [], []
    for d in b.drafts.values():
        if d.kind == "person" and _person_fits(b, rules, d, words, None):
            (before if min(d.mentions)[0] < tok.idx else later).append(d)
    if before or _unnamed_same(b, index, tok, rules.windows["person"], people=True):
        return
    if len(later) > 1:
        later = [d for d in later if _in_office(b, d)]
    if len(later) > 1:
        return
    iso = dominant_country(b, index.sents)
    tail = _title_tail(b, tok)
    last = tok.doc[tok.i + len(tail)] if tail else tok
    if later:
        if iso is not None and later[0].country != iso:
            return
        _link(b, later[0], det.idx, last)
        if tok.dep_ in SUBJ:
            b.person_marks.append((tok.i, later[0].key, tok.head.dep_ == "ROOT"))
        return
    if iso is not None:
        _drop_generic(b, det.idx, last.idx + len(last.text))
        b.group(iso, title.sector, det.idx, last.idx + len(last.text))


def _body(
    b: _Builder, index: _Index, rules: Anaphora, body: Body, tok: Token, det: Token, mods: list[Token]
) -> None:
    words = {m.lower_ for m in mods if m.text != "-"}  # "the far-right party"
    if not words <= body.modifiers:
        return
    qualified = bool(words - {"same"})
    recent = index.recent(tok, rules.windows["country" if body.any_country else "body"])
    if body.state:
        _state(b, index, rules, body, tok, det, recent)
        return
    if body.any_country:
        if tok.dep_ == "poss" and (not _actor_noun(b, tok.head) or tok.head.dep_ in PREDICATE_DEPS):
            # "the country's economy" names no actor; in "X, the country's president" X is the one
            return
        countries = {d.country for _, d in recent if d.country}
        if len(countries) != 1:
            return
        wider = index.recent(tok, rules.windows["country_clear"])
        if {d.country for _, d in wider if d.country} != countries:
            return  # another country named a little earlier may be the one meant
        iso = next(iter(countries))
        if _unnamed_same(b, index, tok, rules.windows["country"]):
            return
        target = b.drafts.get(f"country:{iso}")
        if target is None:
            _drop_generic(b, det.idx, tok.idx + len(tok.text))
            b.group(iso, None, det.idx, tok.idx + len(tok.text))
            return
        _link(b, target, det.idx, tok)
        return
    fits: dict[str, int] = {}
    text = b.text
    for last, d in recent:
        if body.mention_words:
            ok = any(
                s < tok.idx and any(w in text[s:e].lower() for w in body.mention_words) for s, e in d.mentions
            )
        else:
            # a name, not a phrase the NER took for one ("the incident")
            ok = d.kind in body.kinds and d.sector not in body.exclude_sectors and d.name[:1].isupper()
            if ok and body.countries:
                ok = d.country in body.countries
            if ok and body.sectors:
                ok = d.sector in body.sectors
            if ok and qualified and body.qualified_sectors:
                ok = d.sector in body.qualified_sectors
        if ok:
            fits[d.key] = last
    if len(fits) != 1:
        return
    key = next(iter(fits))
    if _unnamed_same(b, index, tok, rules.windows["body"]):
        return
    _link(b, b.drafts[key], det.idx, tok)


def _state(
    b: _Builder,
    index: _Index,
    rules: Anaphora,
    body: Body,
    tok: Token,
    det: Token,
    recent: list[tuple[int, _Draft]],
) -> None:
    """ "The regime", "the government": the government of the one country whose name or
    government actors came in the window ("Syria ... the regime" -> Syria's government)."""
    end = tok.idx + len(tok.text)
    if tok.dep_ == "poss" and (not _actor_noun(b, tok.head) or tok.head.dep_ in PREDICATE_DEPS):
        return  # "the government's budget" names no actor

    def states(found: list[tuple[int, _Draft]]) -> set[str]:
        return {
            d.country
            for _, d in found
            if d.country and d.kind in body.kinds and (d.kind == "country" or d.sector in STATE_SECTORS)
        }

    countries = states(recent)
    if len(countries) != 1:
        return
    if states(index.recent(tok, rules.windows["country_clear"])) != countries:
        return  # another state named a little earlier may be the one meant
    iso = next(iter(countries))
    owner = next(
        (d for d in b.drafts.values() if d.country and any(s <= tok.idx < e for s, e in d.mentions)), None
    )
    if owner is not None:
        # a bare "the government" already given the country its sentence names or the article
        # is mostly about: the state named just before is the likelier one ("Iran seized a
        # tanker. The government warned Britain ...": Iran's, not Britain's)
        if owner.country == iso or owner.kind != "group" or owner.sector != "GOV":
            return
        owner.mentions = [(s, e) for s, e in owner.mentions if not (s <= tok.idx < e)]
        if not owner.mentions:
            del b.drafts[owner.key]
    elif _unnamed_same(b, index, tok, rules.windows["body"]):
        return
    _drop_generic(b, det.idx, end)
    b.group(iso, "GOV", det.idx, end)


def _sides(b: _Builder, index: _Index, rules: Anaphora, tok: Token, det: Token) -> None:
    """ "The two sides", "both sides": the two actors of the nearest sentence that names coded
    actors (or their two countries, when more actors of two countries are named there)."""
    si = index.sent_of(tok.idx)
    end = tok.idx + len(tok.text)
    for back in range(rules.windows["plural"] + 1):
        drafts = [d for d in index.in_sentence(si - back, det.idx) if d.code]
        if not drafts:
            continue
        roots = {d.key: _roots_in(b, d, index.starts[si - back], det.idx) for d in drafts}
        if len(drafts) == 2:
            one, two = drafts
            if _paired(roots[one.key], roots[two.key]):
                for d in drafts:
                    _link(b, d, det.idx, tok)
            return
        countries = sorted({d.country for d in drafts if d.country})
        if len(countries) == 2 and all(d.country for d in drafts):
            side = [[r for d in drafts if d.country == iso for r in roots[d.key]] for iso in countries]
            if _paired(side[0], side[1]):
                _drop_generic(b, det.idx, end)
                for iso in countries:
                    b.group(iso, None, det.idx, end)
        return


def _roots_in(b: _Builder, d: _Draft, lo: int, hi: int) -> list[Token]:
    """The head tokens of an actor's mentions between two character offsets."""
    out = []
    for s, e in d.mentions:
        if lo <= s < hi:
            span = b.doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                out.append(span.root)
    return out


def _governor(tok: Token) -> Token:
    """The verb or event noun a participant belongs to: "A met B", "talks between A and B"."""
    while tok.dep_ in ("conj", "pobj", "prep", "poss", "compound", "amod", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "dative") else tok


def _paired(ones: list[Token], twos: list[Token]) -> bool:
    """Two actors take part in the same act: coordinated ("A and B"), or one verb's or event
    noun's participants ("A attacked B", "talks between A and B")."""
    return any(a.i == c.i or _governor(a).i == _governor(c).i for a in ones for c in twos)


def _actor_noun(b: _Builder, tok: Token) -> bool:
    """A noun for people or a body that can act: "president", "army", "government", "people"."""
    low = tok.lemma_.lower()
    return (
        low in b.lex.sector_nouns
        or b.lex.title_of(low) is not None
        or low in b.lex.group_words["civilian_people"]
    )


def _plural(b: _Builder, index: _Index, rules: Anaphora, tok: Token, det: Token, mods: list[Token]) -> None:
    """ "The two leaders", "both countries": the two of that kind named in the nearest sentence."""
    low = tok.lower_
    si = index.sent_of(tok.idx)
    for back in range(rules.windows["plural"] + 1):
        drafts = index.in_sentence(si - back, tok.idx)
        if low in rules.plural_people:
            iso, rest, ok = _country_words(b, mods)
            if not ok or any(m.lower_ not in b.lex.title_tokens for m in rest):
                return
            words = [m.lower_ for m in rest] + [rules.plural_people[low]]
            found = [d for d in drafts if _person_fits(b, rules, d, words, iso)]
            if not found:
                if any(d.kind == "person" for d in drafts):
                    return  # people named there, but not of this kind: nothing to guess
                continue
            if len(found) == 2:
                for d in found:
                    _link(b, d, det.idx, tok)
            return
        if mods:
            return
        countries = sorted({d.country for d in drafts if d.country}, key=lambda c: c)
        if not countries:
            continue
        if len(countries) == 2:
            end = tok.idx + len(tok.text)
            _drop_generic(b, det.idx, end)
            for iso in countries:
                b.group(iso, None, det.idx, end)
        return


def _link(b: _Builder, d: _Draft, start: int, tok: Token) -> None:
    end = tok.idx + len(tok.text)
    _drop_generic(b, start, end)
    if (start, end) not in d.mentions:
        d.mentions.append((start, end))


def _drop_generic(b: _Builder, start: int, end: int) -> None:
    """A bare group of no country ("leaders" as some government) that the description now names."""
    for key, d in list(b.drafts.items()):
        if d.kind != "group" or d.country:
            continue
        d.mentions = [(s, e) for s, e in d.mentions if not (s < end and e > start)]
        if not d.mentions:
            del b.drafts[key]


__all__ = ["resolve_descriptions"]
