"""Ingest: read inputs, run the pipeline on new articles, store records in committed batches.

Inputs are anything :func:`dyad.ingest.read_inputs` reads, plus the JSON Lines that
``dyad extract`` writes: a line with ``"schema": "dyad.article/1"`` is loaded as a record
(not recomputed); a line with another ``schema`` is refused for that line alone.

Crash safety: items are taken in chunks; each chunk's new records are written in one
transaction. An article whose content hash is already stored is skipped before any NLP,
so rerunning an interrupted ingest processes only what is missing and ends with exactly
the rows of one clean run. Stories are rebuilt at the end (and on the next run if the
process died first: a ``stories_dirty`` flag is committed with every batch).
"""

from __future__ import annotations

import io
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import (
    BadDate,
    DyadError,
    InputError,
    MalformedInput,
    MalformedJSON,
    SchemaVersionError,
)
from ..records import SCHEMA, Article, ArticleRecord
from .db import Store
from .rows import content_hash

Item = Article | ArticleRecord | DyadError
JSONL = {".jsonl", ".ndjson"}


def record_from_line(obj: dict[str, Any], where: str, line: int | None) -> ArticleRecord:
    """A ``dyad.article/1`` record from its parsed JSON line; a clear error otherwise."""
    schema = obj.get("schema")
    if schema != SCHEMA:
        raise SchemaVersionError(
            f"unknown record schema {schema!r}; this Dyad reads {SCHEMA!r} records", path=where, line=line
        )
    if not isinstance(obj.get("text"), str) or not isinstance(obj.get("id"), str):
        raise MalformedJSON(
            f"not a valid {SCHEMA} record: 'id' and 'text' must be strings", path=where, line=line
        )
    for key in ("title", "published", "url", "source"):
        if not isinstance(obj.get(key), str | None):
            raise MalformedJSON(
                f"not a valid {SCHEMA} record: {key!r} must be a string or null", path=where, line=line
            )
    from ..ingest.readers import check_unicode

    for key in ("id", "text", "title", "url", "source"):
        check_unicode(obj.get(key), where, line)
    try:
        rec = ArticleRecord.from_dict(obj)
    except (TypeError, ValueError, AttributeError) as exc:
        raise MalformedJSON(f"not a valid {SCHEMA} record: {exc}", path=where, line=line) from None
    for ev in rec.events:
        if not isinstance(ev.trigger_span, list) or not isinstance(ev.sentence, int):
            raise MalformedJSON(f"not a valid {SCHEMA} record: bad event {ev.id!r}", path=where, line=line)
    return rec


def read_jsonl(lines: Iterable[bytes], where: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    """JSON Lines of articles and/or records; each bad line is one error with its line number.

    ``lines`` may come from :func:`dyad.ingest.readers.bounded_lines`, which stands an empty
    marker in for an over-long line.
    """
    from ..ingest.readers import article_from_json, binary_file, line_size, parse_json_line

    lines, binary = binary_file(lines, where)
    if binary is not None:  # an image or a database: one error, not one per line
        yield binary
        return
    for n, raw in enumerate(lines, start=1):
        if not raw.strip() and line_size(raw) == len(raw):  # blank, not an over-long marker
            continue
        try:
            obj = parse_json_line(raw, where, n, max_bytes)
            if isinstance(obj, dict) and "schema" in obj:
                yield record_from_line(obj, where, n)
            else:
                yield article_from_json(obj, where, n, published)
        except DyadError as exc:
            yield exc


def read_items(
    inputs: Iterable[str | Path],
    published: str | None = None,
    max_bytes: int = 5_000_000,
    *,
    stdin: IO[bytes] | None = None,
    timeout: float = 10.0,
) -> Iterator[Item]:
    """Articles, records and per-document errors from every input, in order.

    Files ending in ``.gz`` are read through gzip; ``timeout`` is for fetching URLs.
    """
    import gzip
    import itertools

    from ..ingest.readers import (
        CountedLines,
        batch_output_error,
        bounded_lines,
        is_gzip,
        iter_paths,
        kind_of,
        open_stdin,
        read_head,
        read_inputs,
    )
    from ..pipeline import parse_date

    if published is not None:
        try:
            day = parse_date(published)
        except ValueError:
            yield BadDate(f"cannot parse date {published!r}", path="--published")
            return
        published = day.isoformat() if day else None
    for inp in inputs:
        s = str(inp)
        if s == "-":
            stream = open_stdin(stdin or sys.stdin.buffer)
            lines = None
            try:
                head, first = read_head(stream, max_bytes)
                if first == b"{":  # streamed: no limit on the whole of standard input
                    lines = CountedLines(itertools.chain(head, bounded_lines(stream, max_bytes)))
                    yield from read_jsonl(lines, "<stdin>", published, max_bytes)
                    continue
                rest = io.BytesIO(b"".join(head) + stream.read(max_bytes + 1))
            except (OSError, EOFError, zlib.error) as exc:
                line = lines.n + 1 if lines is not None else None
                yield MalformedInput(f"corrupt gzip data: {exc}", path="<stdin>", line=line)
                continue
            yield from read_inputs(["-"], published, max_bytes, stdin=rest, timeout=timeout)
            continue
        p = Path(s)
        if s.startswith(("http://", "https://")) or not p.exists() or batch_output_error(p):
            yield from read_inputs([s], published, max_bytes, timeout=timeout)
            continue
        for f in iter_paths(p, every_file=True):
            if kind_of(f) in JSONL:
                lines = None
                try:
                    with gzip.open(f, "rb") if is_gzip(f) else f.open("rb") as fh:
                        lines = CountedLines(bounded_lines(fh, max_bytes))
                        yield from read_jsonl(lines, str(f), published, max_bytes)
                except (OSError, EOFError, zlib.error) as exc:
                    if is_gzip(f) and not isinstance(exc, FileNotFoundError | PermissionError):
                        line = lines.n + 1 if lines is not None else None
                        yield MalformedInput(f"corrupt gzip data: {exc}", path=str(f), line=line)
                    else:
                        yield InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}", path=str(f))
            else:
                yield from read_inputs([f], published, max_bytes, timeout=timeout)


@dataclass
class IngestReport:
    """What one ingest did."""

    new: int = 0  # articles stored by this run
    known: int = 0  # articles already in the database (or repeated in the input)
    records: int = 0  # of the new ones, how many came as ready records (no NLP)
    skipped: int = 0  # inputs that could not be read
    warnings: int = 0  # stage problems (the article is still stored)
    stories: int | None = None  # story count after the rebuild (None if not rebuilt)
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)

    def added(self) -> dict[str, int]:
        return {k: self.after.get(k, 0) - self.before.get(k, 0) for k in self.after}


def ingest(
    store: Store,
    items: Iterable[Item],
    *,
    pipeline_factory: Callable[[], Any] | None = None,
    chunk_size: int = 64,
    record_chunk_size: int = 2000,
    story_window_days: int = 3,
    on_problem: Callable[[Any], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store every new article of ``items`` (processing plain articles with the pipeline).

    A chunk is committed once it holds ``chunk_size`` articles that need NLP, or
    ``record_chunk_size`` items in all (ready records are cheap, so they go in bigger batches).
    ``pipeline_factory`` builds the :class:`~dyad.pipeline.Pipeline` the first time a plain
    article needs processing (records alone never load spaCy). ``on_problem`` receives each
    unreadable input and stage problem; ``on_progress(n)`` is called as items are done.
    """
    report = IngestReport(before=store.counts())
    pipeline = None
    seen: set[str] = set()

    def flush(chunk: list[Article | ArticleRecord]) -> None:
        nonlocal pipeline
        keys = [content_hash(x.text) for x in chunk]
        old = store.known(keys)
        todo_articles: list[Article] = []
        recs: list[ArticleRecord] = []
        for x, k in zip(chunk, keys, strict=True):
            if k in old or k in seen:
                report.known += 1
                continue
            seen.add(k)
            if isinstance(x, ArticleRecord):
                recs.append(x)
                report.records += 1
            else:
                todo_articles.append(x)
        if on_progress and len(chunk) > len(todo_articles):
            on_progress(len(chunk) - len(todo_articles))
        if todo_articles:
            if pipeline is None:
                if pipeline_factory is None:
                    from ..pipeline import Pipeline

                    pipeline = Pipeline()
                else:
                    pipeline = pipeline_factory()
            for out in pipeline.run(todo_articles):
                if isinstance(out, ArticleRecord):
                    recs.append(out)
                    if on_progress:
                        on_progress(1)
                else:
                    if out.stage:
                        report.warnings += 1
                    else:  # the document itself was refused (too long for the parser)
                        report.skipped += 1
                        if on_progress:
                            on_progress(1)
                    if on_problem:
                        on_problem(out)
        report.new += store.write(recs)

    chunk: list[Article | ArticleRecord] = []
    plain = 0  # articles in the chunk that need NLP
    for item in items:
        if isinstance(item, DyadError):
            report.skipped += 1
            if on_problem:
                on_problem(item)
            if on_progress:
                on_progress(1)
            continue
        chunk.append(item)
        plain += not isinstance(item, ArticleRecord)
        if plain >= chunk_size or len(chunk) >= record_chunk_size:
            flush(chunk)
            chunk, plain = [], 0
    if chunk:
        flush(chunk)
    if store.stories_dirty():
        report.stories = store.rebuild_stories(story_window_days)
    report.after = store.counts()
    return report


def count_inputs(inputs: Iterable[str | Path]) -> int | None:
    """A cheap estimate of how many documents the inputs hold (lines of JSONL, else files)."""
    from ..ingest.readers import is_gzip, iter_paths, kind_of

    total = 0
    for inp in inputs:
        s = str(inp)
        p = Path(s)
        if s == "-" or s.startswith(("http://", "https://")) or not p.exists():
            return None
        for f in iter_paths(p, every_file=True):
            if kind_of(f) in JSONL and is_gzip(f):
                return None  # counting would mean decompressing it twice
            if kind_of(f) in JSONL:
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


__all__ = ["IngestReport", "count_inputs", "ingest", "read_items", "read_jsonl", "record_from_line"]
