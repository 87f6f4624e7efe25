"""Chains the stages: ingest -> nlp -> extract -> code, one article record per document.

Each extractor is a pure function ``f(ctx) -> Iterable[record]`` over a parsed document. A
:class:`Stage` declares what it needs from earlier stages and which record list it sets, as
spaCy components do; :class:`Pipeline` checks the order once, then streams documents through
``nlp.pipe`` in batches. An extractor that fails on one document loses only that document's
list for that stage, reported as a :class:`Problem`; the batch goes on.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import LexiconError, PipelineError, StageError, TooLarge
from .records import Actor, Article, ArticleRecord, Event, Place, Quote, TimeExpr
from .settings import Settings


@dataclass(slots=True)
class Problem:
    """A document, or one stage of it, that could not be processed."""

    article_id: str | None
    path: str | None
    line: int | None
    message: str
    code: str = "E000"
    stage: str | None = None

    def __str__(self) -> str:
        where = self.path or self.article_id or "<input>"
        if self.line:
            where += f":{self.line}"
        stage = f" ({self.stage})" if self.stage else ""
        return f"{where}: [{self.code}]{stage} {self.message}"


MEMO_SIZE = 50_000  # entries a shared lookup cache keeps (see Resources.memo)


class Resources:
    """Lexicons and indexes, loaded lazily once per process and shared by every document.

    Each resource is a cached property, so a stage that is switched off costs nothing.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._memos: dict[str, dict[Any, Any]] = {}

    def memo(self, name: str) -> dict[Any, Any]:
        """A cache shared by every document for one pure lookup over these resources (a town's
        country, ...): the same names come back in every article. Cleared when it grows big."""
        found = self._memos.setdefault(name, {})
        if len(found) >= MEMO_SIZE:
            found.clear()
        return found

    @cached_property
    def lexicon(self):
        from .lexicon import Lexicon

        return Lexicon.load()

    @cached_property
    def anaphora(self):
        """The rules for definite descriptions that refer back ("the president", "the group")."""
        from .lexicon.anaphora import Anaphora

        return Anaphora.load()

    @cached_property
    def gazetteer(self):
        """The offline gazetteer (built once, then loaded from the on-disk cache)."""
        from .geo.gazetteer import Gazetteer

        return Gazetteer.load()

    @cached_property
    def cues(self):
        from .lexicon.cues import Cues

        return Cues.load()

    @cached_property
    def codebook(self):
        from .coding.cameo import Codebook

        return Codebook.load()

    @cached_property
    def time_rules(self):
        from .extract.time import TimeRules

        return TimeRules.load()

    @cached_property
    def event_lexicon(self):
        from .lexicon.events import EventLexicon

        return EventLexicon.load(self.codebook)


@dataclass
class DocContext:
    """What an extractor sees: the parsed document plus the records of earlier stages."""

    doc: Doc
    article: Article
    resources: Resources
    published: dt.date | None
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    parsed_text: str | None = field(default=None, repr=False)  # the text ``doc`` was parsed from

    @cached_property
    def text(self) -> str:
        # spaCy rebuilds Doc.text from its tokens on every access: do it once per document, or
        # take the text the document was parsed from (the tokenizer keeps every character)
        t = self.parsed_text
        if t is not None and _char_length(self.doc) == len(t):
            return t
        return self.doc.text

    @cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's lower-cased lemma, by token index. Stages share this one pass instead of
        each walking the Doc (a Token object per access, a string lookup per attribute)."""
        return self._words(LEMMA, "lemma_lower", str.lower)

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lower-cased form (``Token.lower_``), by token index, from one array."""
        return self._words(LOWER, "lower", str)

    def _words(self, attr: int, name: str, form: Callable[[str], str]) -> list[str]:
        """``form`` of each token's ``attr`` string. A string's hash never changes, so the
        strings already read for earlier documents are kept (one StringStore read per new word)."""
        hashes = self.doc.to_array(attr).tolist()
        table = self.resources.memo(name)
        store = self.doc.vocab.strings
        for h in {h for h in hashes if h not in table}:
            table[h] = form(store[h])
        return [table[h] for h in hashes]

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The document's entities: spaCy builds the tuple anew on every ``doc.ents``."""
        return self.doc.ents

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def sentence_index(self, char: int) -> int:
        """Index of the sentence that contains character offset ``char``."""
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    @cached_property
    def _mentions(self) -> tuple[list[int], list[tuple[int, int, str]]]:
        spans = sorted((s, e, a.id) for a in self.actors for s, e in a.mentions)
        return [s for s, _, _ in spans], spans

    def actor_at(self, start: int, end: int | None = None) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)``, preferring the longest mention."""
        end = start + 1 if end is None else end
        starts, spans = self._mentions
        i = bisect.bisect_right(starts, end) - 1
        best: tuple[int, str] | None = None
        while i >= 0 and starts[i] > start - 200:
            s, e, aid = spans[i]
            if s < end and e > start and (best is None or e - s > best[0]):
                best = (e - s, aid)
            i -= 1
        return self.actor_by_id.get(best[1]) if best else None

    def actors_at(self, start: int, end: int) -> list[Actor]:
        """Every actor with a mention overlapping ``[start, end)`` ("Azerbaijani and Armenian
        ministers" is a mention of both governments), longest mention first."""
        starts, spans = self._mentions
        i = bisect.bisect_right(starts, end) - 1
        hits: dict[str, int] = {}
        while i >= 0 and starts[i] > start - 200:
            s, e, aid = spans[i]
            if s < end and e > start:
                hits[aid] = max(hits.get(aid, 0), e - s)
            i -= 1
        return [self.actor_by_id[a] for a, _ in sorted(hits.items(), key=lambda kv: -kv[1])]

    def actor_of_token(self, tok: Token) -> Actor | None:
        return self.actor_at(tok.idx, tok.idx + len(tok.text))

    @cached_property
    def actor_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    def reset_caches(self) -> None:
        """Forget derived indexes after a stage changes the record lists."""
        for name in ("_mentions", "actor_by_id"):
            self.__dict__.pop(name, None)


def _char_length(doc: Doc) -> int:
    """Length of a document's text, from its last token (without rebuilding the text)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


Extractor = Callable[[DocContext], Iterable[Any]]


@dataclass(frozen=True, slots=True)
class Stage:
    """One extractor, what it reads from earlier stages and which list it fills."""

    name: str
    func: Extractor
    sets: str
    needs: tuple[str, ...] = ()


def _lazy(module: str, func: str) -> Extractor:
    def run(ctx: DocContext) -> Iterable[Any]:
        import importlib

        return getattr(importlib.import_module(module), func)(ctx)

    run.__name__ = func
    return run


def default_stages() -> list[Stage]:
    """The stages of a full run, in dependency order."""
    return [
        Stage("actors", _lazy("dyad.extract.actors", "extract_actors"), sets="actors"),
        Stage("times", _lazy("dyad.extract.time", "extract_times"), sets="times"),
        Stage("places", _lazy("dyad.extract.geo", "extract_places"), sets="places", needs=("actors",)),
        Stage(
            "quotes", _lazy("dyad.extract.quotes", "extract_quotes"), sets="quotes", needs=("actors", "times")
        ),
        Stage(
            "events",
            _lazy("dyad.extract.events", "extract_events"),
            sets="events",
            needs=("actors", "times", "places"),
        ),
    ]


RESERVED = frozenset(
    {
        "doc",
        "article",
        "resources",
        "published",
        "extras",
        "text",
        "sentences",
        "parsed_text",
        "lemmas",
        "lowers",
        "ents",
    }
)


def _check_order(stages: list[Stage]) -> None:
    done: set[str] = set()
    for st in stages:
        if st.sets in RESERVED:
            raise PipelineError(
                f"stage {st.name!r} cannot set {st.sets!r}: it is part of the document context"
            )
        missing = [n for n in st.needs if n not in done]
        if missing:
            raise PipelineError(f"stage {st.name!r} needs {missing} to run before it")
        done.add(st.sets)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Parse a publication date; ``None`` stays ``None``, anything unreadable is a ``ValueError``.

    Takes ISO dates and datetimes, YYYYMMDD, RFC 2822 (feeds, mail) and unambiguous written
    forms ("2021/09/03", "September 3, 2021", "3 Sep 2021"); not "03/09/2021".
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if len(s) == 8 and s.isdigit():
        s = f"{s[:4]}-{s[4:6]}-{s[6:]}"
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:  # unambiguous ones only: 03/09/2021 stays an error
        try:
            return dt.datetime.strptime(s.replace(".", "") if "%b" in fmt else s, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"cannot parse date {value!r}")


# Formats of publication dates seen in page metadata and feeds, besides ISO and RFC 2822.
_DATE_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %B %d, %Y",
    "%A %d %B %Y",
)


def text_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _trimmed(sent: Span, text: str) -> list[int]:
    """A sentence's offsets without the whitespace spaCy attaches to its end.

    ``text`` is the document's text, passed in: ``Doc.text`` is rebuilt on every access.
    """
    end = sent.end_char
    while end > sent.start_char and text[end - 1].isspace():
        end -= 1
    return [sent.start_char, end]


class Pipeline:
    """The whole chain, with spaCy loaded once. Reuse one instance for many documents."""

    def __init__(
        self,
        settings: Settings | None = None,
        stages: list[Stage] | None = None,
        nlp: Language | None = None,
    ) -> None:
        self.settings = settings or Settings.load()
        self.stages = default_stages() if stages is None else stages
        _check_order(self.stages)
        self.resources = Resources(self.settings)
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .nlp import load_nlp

            self._nlp = load_nlp(self.settings.model, self.resources.lexicon)
        return self._nlp

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleRecord | Problem]:
        """Stream articles through spaCy in batches; yield a record (or a problem) for each.

        A text longer than the ``max_chars_per_doc`` setting is not parsed: it comes out as a
        :class:`Problem` with code E104 and no stage, in its place in the stream.
        """
        limit = int(self.settings.max_chars_per_doc)
        nlp = self.nlp
        if limit > nlp.max_length:
            nlp.max_length = limit  # the setting was raised on purpose: let spaCy take it

        def texts() -> Iterator[tuple[str, Article]]:
            for a in articles:
                yield ("" if len(a.text) > limit else a.text), a

        for doc, article in nlp.pipe(texts(), as_tuples=True, batch_size=self.settings.batch_size):
            if len(article.text) > limit:
                yield Problem(
                    article.id,
                    article.path,
                    article.line,
                    f"{len(article.text):,} characters is over the {limit:,}-character limit "
                    "(max_chars_per_doc)",
                    TooLarge.code,
                )
                continue
            yield from self._process(doc, article)

    def process(self, article: Article) -> tuple[ArticleRecord, list[Problem]]:
        """Process one article; return its record and any stage problems.

        Raises :class:`~dyad.errors.TooLarge` for a text over ``max_chars_per_doc``.
        """
        problems: list[Problem] = []
        record = None
        for item in self.run([article]):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                record = item
        if record is None:
            first = problems[0] if problems else None
            raise TooLarge(first.message if first else "not processed", path=article.path, line=article.line)
        return record, problems

    def _process(self, doc: Doc, article: Article) -> Iterator[ArticleRecord | Problem]:
        try:
            published = parse_date(article.published)
        except ValueError:
            published = None
        ctx = DocContext(
            doc=doc, article=article, resources=self.resources, published=published, parsed_text=article.text
        )
        for st in self.stages:
            try:
                items = list(st.func(ctx))
            except (LexiconError, ImportError, SyntaxError):
                raise  # broken data files or code fail every document alike: stop once, say why
            except Exception as exc:  # noqa: BLE001 - per-document policy: report, go on
                yield Problem(
                    article.id,
                    article.path,
                    article.line,
                    f"{type(exc).__name__}: {exc}",
                    StageError.code,
                    st.name,
                )
                items = []
            setattr(ctx, st.sets, items)
            ctx.reset_caches()
        yield ArticleRecord(
            id=article.id,
            text=article.text,
            title=article.title,
            published=published.isoformat() if published else article.published,
            url=article.url,
            source=article.source,
            sentences=[_trimmed(s, ctx.text) for s in ctx.sentences],
            actors=ctx.actors,
            quotes=ctx.quotes,
            events=ctx.events,
            times=ctx.times,
            places=ctx.places,
        )


__all__ = [
    "DocContext",
    "Pipeline",
    "Problem",
    "Resources",
    "Stage",
    "default_stages",
    "parse_date",
    "text_id",
]
