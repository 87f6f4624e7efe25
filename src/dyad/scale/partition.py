"""Cut a stream of articles into partitions with deterministic ids.

A partition id is ``NNNNNN-HASH``: its position in the input stream and the first 12 hex
digits of a SHA-256 over its articles (their content fields, in order). The same input gives the same
ids, so a rerun finds the partitions it already wrote; a changed input gives new ids, so a
stale partition is never taken for a fresh one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, TooLarge
from ..records import Article


@dataclass(slots=True)
class Partition:
    """A slice of the input: the articles a worker processes together."""

    id: str
    index: int
    articles: list[Article]
    words: int = 0


@dataclass(slots=True)
class Skipped:
    """An input document that was not processed, and why."""

    path: str | None
    line: int | None
    code: str
    reason: str
    article_id: str | None = None

    def as_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


def partition_id(index: int, articles: Iterable[Article]) -> str:
    """The deterministic id of the ``index``-th partition holding ``articles``."""
    h = hashlib.sha256()
    for a in articles:
        content = [a.id, a.text, a.title, a.published, a.url, a.source]  # not where it was read
        h.update(json.dumps(content, ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return f"{index:06d}-{h.hexdigest()[:12]}"


def partitions(
    items: Iterable[Article | InputError],
    size: int,
    *,
    max_chars: int | None = None,
) -> Iterator[Partition | Skipped]:
    """Group the articles of a reader stream into partitions of ``size`` articles.

    Input errors, and articles longer than ``max_chars`` characters, come out as
    :class:`Skipped` in stream order; only one partition is held in memory at a time.
    """
    if size < 1:
        raise ValueError("partition size must be at least 1")
    buf: list[Article] = []
    words = 0
    index = 0
    for item in items:
        if isinstance(item, InputError):
            yield Skipped(item.path, item.line, item.code, item.message)
            continue
        if max_chars is not None and len(item.text) > max_chars:
            yield Skipped(
                item.path,
                item.line,
                TooLarge.code,
                f"{len(item.text):,} characters is over the {max_chars:,}-character limit (max_chars_per_doc)",
                item.id,
            )
            continue
        buf.append(item)
        words += len(item.text.split())
        if len(buf) >= size:
            yield Partition(partition_id(index, buf), index, buf, words)
            buf, words, index = [], 0, index + 1
    if buf:
        yield Partition(partition_id(index, buf), index, buf, words)


def estimate_documents(inputs: Iterable[str]) -> int | None:
    """A quick count of the documents in ``inputs`` (lines of JSON Lines files, one per other
    file), for a progress bar; ``None`` for stdin or URLs. Reads JSONL files in blocks."""
    from ..ingest.readers import JSONL_SUFFIXES, is_gzip, iter_paths, kind_of

    total = 0
    for inp in inputs:
        s = str(inp)
        if s == "-" or s.startswith(("http://", "https://")):
            return None
        p = Path(s)
        if not p.exists():
            continue
        for f in iter_paths(p, every_file=True):
            if kind_of(f) not in JSONL_SUFFIXES:
                total += 1
                continue
            if is_gzip(f):
                return None  # counting would mean decompressing it twice
            try:
                with f.open("rb") as fh:
                    last = b"\n"
                    for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                        total += block.count(b"\n")
                        last = block[-1:]
                    total += last != b"\n"
            except OSError:
                continue
    return total


__all__ = ["Partition", "Skipped", "estimate_documents", "partition_id", "partitions"]
