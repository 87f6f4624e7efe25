"""Readers: files, folders, stdin, URLs and feeds -> :class:`~dyad.records.Article`.

Every reader yields either an ``Article`` or an :class:`~dyad.errors.InputError` describing a
document that was skipped (with its path and line). Readers never raise for bad input, so
one broken file never stops a batch.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import (
    BadDate,
    BinaryInput,
    EmptyInput,
    EncodingError,
    FetchError,
    InputError,
    MalformedInput,
    MalformedJSON,
    MissingText,
    TooLarge,
    UnsupportedInput,
)
from ..pipeline import parse_date, text_id
from ..records import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
GZIP_SUFFIX = ".gz"

Item = Article | InputError
DEFAULT_MAX_BYTES = 5_000_000
_GZIP_ERRORS = (OSError, EOFError, zlib.error)


def kind_of(path: Path) -> str:
    """The suffix that picks a reader: ``a.jsonl`` and ``a.jsonl.gz`` are both ``.jsonl``."""
    suffix = path.suffix.lower()
    if suffix == GZIP_SUFFIX:
        return Path(path.stem).suffix.lower()
    return suffix


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == GZIP_SUFFIX


class _Overlong(bytes):
    """Stands for a line longer than the limit: empty, but it knows the line's size."""

    size: int


def line_size(line: bytes) -> int:
    """Size of a line from :func:`bounded_lines` (the true size of an over-long line)."""
    return getattr(line, "size", len(line))


def bounded_lines(fh: IO[bytes], limit: int) -> Iterator[bytes]:
    """The lines of a binary stream, never holding more than ``limit`` bytes of one line.

    A longer line is read through and dropped: it comes out as an empty ``bytes`` whose
    :func:`line_size` is its size, so the caller can report it with its line number.
    """
    while True:
        line = fh.readline(limit + 2)
        if not line:
            return
        if len(line) == limit + 2 and not line.endswith(b"\n"):
            size = len(line)
            while not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
                if not line:
                    break
                size += len(line)
            marker = _Overlong()
            marker.size = size
            yield marker
        else:
            yield line


_UTF16 = "UTF-16 text, not UTF-8 (convert it, e.g. with iconv -f UTF-16)"


def _check_bytes(data: bytes, where: str, max_bytes: int, line: int | None = None) -> str:
    """Decode bytes as UTF-8 text, refusing empty, binary, oversized or mis-encoded input."""
    size = line_size(data)
    if size > max_bytes:
        raise TooLarge(
            f"{size:,} bytes is over the {max_bytes:,}-byte limit (max_bytes)", path=where, line=line
        )
    if not data.strip():
        raise EmptyInput("empty document", path=where, line=line)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise EncodingError(_UTF16, path=where, line=line)
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary content (NUL bytes)", path=where, line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})", path=where, line=line
        ) from None
    bad = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if bad > 8:
        raise BinaryInput("binary content (control characters)", path=where, line=line)
    return text


def _loads(text: str, where: str, line: int | None) -> Any:
    """Parse JSON; a syntax error, or nesting too deep for the parser, is :class:`MalformedJSON`,
    and a lone surrogate escape (``\\ud800``, not valid Unicode) an :class:`EncodingError`."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        at = line if line is not None else exc.lineno
        raise MalformedJSON(f"invalid JSON: {exc.msg} (column {exc.colno})", path=where, line=at) from None
    except RecursionError:
        raise MalformedJSON("invalid JSON: nested too deeply", path=where, line=line) from None
    if "\\ud" in text or "\\uD" in text:  # rare: check the escapes made valid characters
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise EncodingError(_SURROGATE, path=where, line=line) from None
    return obj


_SURROGATE = "a lone surrogate (\\ud800-\\udfff) is not valid Unicode"


def check_unicode(value: str | None, where: str | None = None, line: int | None = None) -> None:
    """Refuse a string holding a lone surrogate: it cannot be hashed, written or stored."""
    if value is None or value.isascii():
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise EncodingError(_SURROGATE, path=where, line=line) from None


def parse_json_line(line: bytes, where: str, n: int, max_bytes: int) -> Any:
    """One JSON Lines line (from :func:`bounded_lines`) checked and parsed, or an :class:`InputError`."""
    raw = _check_bytes(line if isinstance(line, _Overlong) else line.rstrip(b"\r\n"), where, max_bytes, n)
    return _loads(raw, where, n)


def _date(value: Any, where: str, line: int | None = None) -> str | None:
    if value in (None, ""):
        return None
    try:
        d = parse_date(value)
    except ValueError:
        raise BadDate(f"cannot parse date {value!r}", path=where, line=line) from None
    return d.isoformat() if d else None


def _opt_str(obj: dict[str, Any], key: str, where: str, line: int | None) -> str | None:
    """A string field of a JSON article: a number is taken as its text, anything else refused."""
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise MalformedJSON(f"field {key!r} must be a string, got {type(value).__name__}", path=where, line=line)


def _title_of_text(text: str) -> str | None:
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            return line.lstrip("#").strip()[:300] or None
    return None


def article_from_text(
    text: str, *, published: str | None = None, title: str | None = None, **meta: Any
) -> Article:
    """An article from plain text; ``text`` is kept exactly as given, so offsets line up."""
    return Article(
        id=str(meta.get("id") or text_id(text)),
        text=text,
        title=title if title is not None else _title_of_text(text),
        published=published,
        url=meta.get("url"),
        source=meta.get("source"),
    )


def article_from_json(obj: Any, where: str, line: int | None, published: str | None) -> Article:
    """An article from a JSON object with at least ``text`` (fields as in DESIGN.md)."""
    if not isinstance(obj, dict):
        raise MalformedJSON(f"expected a JSON object, got {type(obj).__name__}", path=where, line=line)
    text = obj.get("text")
    if text is None:
        raise MissingText("no 'text' field", path=where, line=line)
    if not isinstance(text, str):
        raise MalformedJSON(
            f"field 'text' must be a string, got {type(text).__name__}", path=where, line=line
        )
    if not text.strip():
        raise EmptyInput("empty 'text' field", path=where, line=line)
    for key in ("text", "id", "title", "url", "source"):
        if isinstance(obj.get(key), str):
            check_unicode(obj[key], where, line)
    date = _date(obj.get("published") or obj.get("date") or obj.get("dct"), where, line) or published
    return Article(
        id=_opt_str(obj, "id", where, line) or text_id(text),
        text=text,
        title=_opt_str(obj, "title", where, line),
        published=date,
        url=_opt_str(obj, "url", where, line),
        source=_opt_str(obj, "source", where, line),
        path=where,
        line=line,
    )


def read_text(data: bytes, where: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    try:
        text = _check_bytes(data, where, max_bytes)
        art = article_from_text(text, published=published, source=None)
        art.path = where
        yield art
    except InputError as exc:
        yield exc


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _html_bytes(data: bytes, where: str, max_bytes: int, charset: str | None = None) -> str:
    """HTML as text: UTF-8, else the charset the page (or its HTTP header) declares.

    A page in windows-1252 that says so is read; one that is not UTF-8 and declares nothing,
    or declares a charset its bytes do not fit, is an :class:`EncodingError` as for text.
    """
    try:
        return _check_bytes(data, where, max_bytes)
    except EncodingError:
        m = _CHARSET.search(data[:4096])
        declared = charset or (m.group(1).decode("ascii") if m else None)
        if not declared:
            raise
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            raise EncodingError(f"neither UTF-8 nor its declared charset {declared!r}", path=where) from None


_HTML_DOC = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)


def read_html(
    data: bytes, where: str, published: str | None, max_bytes: int, url: str | None = None
) -> Iterator[Item]:
    try:
        html = _html_bytes(data, where, max_bytes)
        yield article_from_html(html, where=where, published=published, url=url)
    except InputError as exc:
        yield exc


def article_from_html(
    html: str, *, where: str, published: str | None = None, url: str | None = None
) -> Article:
    """Main text, title and date of an HTML page, through trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None and not _HTML_DOC.search(html[:4096]):
        # a fragment (a saved article body: "<p>...</p>") is not taken for a page: make it one
        doc = trafilatura.bare_extraction(
            f"<html><body>{html}</body></html>", url=url, with_metadata=True, include_comments=False
        )
    if doc is None:
        raise EmptyInput("no main text found in HTML", path=where)
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    if not text.strip():
        raise EmptyInput("no main text found in HTML", path=where)
    try:
        date = _date(get("date"), where) or published
    except BadDate:
        date = published
    return Article(
        id=text_id(text),
        text=text,
        title=get("title"),
        published=date,
        url=url or get("url"),
        source=get("sitename") or get("hostname"),
        path=where,
    )


def read_json(data: bytes, where: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    try:
        obj = _loads(_check_bytes(data, where, max_bytes), where, None)
        objs = obj if isinstance(obj, list) else [obj]
        for i, o in enumerate(objs):
            try:
                yield article_from_json(o, where if len(objs) == 1 else f"{where}[{i}]", None, published)
            except InputError as exc:
                yield exc
    except InputError as exc:
        yield exc


def read_jsonl_lines(
    lines: Iterable[bytes], where: str, published: str | None, max_bytes: int
) -> Iterator[Item]:
    """One article per line; a bad line is reported with its number and skipped.

    A binary file (an image, a database) is reported once, not once per line: see
    :func:`binary_file`.
    """
    lines, binary = binary_file(lines, where)
    if binary is not None:
        yield binary
        return
    for n, line in enumerate(lines, start=1):
        if not line.strip() and not isinstance(line, _Overlong):
            continue
        try:
            yield article_from_json(parse_json_line(line, where, n, max_bytes), where, n, published)
        except InputError as exc:
            yield exc


_SNIFF_LINES, _SNIFF_BYTES = 16, 8192


def binary_file(lines: Iterable[bytes], where: str) -> tuple[Iterator[bytes], InputError | None]:
    """The lines of a JSON Lines file, or the one error for a file that is binary.

    JSON text never holds a NUL byte (it must be escaped), so NUL bytes in the first lines
    (16 lines or 8 KB) mean an image, a database or UTF-16 text: one error then stands for
    the whole file instead of one per line. The lines read to decide are given back.
    """
    it = iter(lines)
    head: list[bytes] = []
    size = 0
    for line in it:
        head.append(line)
        size += len(line)
        if b"\x00" in line:
            if head[0].startswith((b"\xff\xfe", b"\xfe\xff")):
                return iter(()), EncodingError(_UTF16, path=where)
            return iter(()), BinaryInput(
                "binary content (NUL bytes): not JSON Lines (an image, a database?)", path=where
            )
        if len(head) >= _SNIFF_LINES or size >= _SNIFF_BYTES:
            break
    return itertools.chain(head, it), None


_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_ENTRY_START = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]", re.IGNORECASE)


def _entry_lines(data: bytes, n: int) -> list[int | None]:
    """The line where each of a feed's ``n`` entries starts (``None`` when they cannot be matched)."""
    starts = [m.start() for m in _ENTRY_START.finditer(data)]
    if len(starts) != n:
        return [None] * n
    lines, line, pos = [], 1, 0
    for start in starts:
        line += data.count(b"\n", pos, start)
        pos = start
        lines.append(line)
    return lines


def read_feed(data: bytes, where: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    """RSS/Atom entries; each entry's content (or summary) is taken through trafilatura.

    An entry with no text, or with a date that cannot be parsed, is reported with the line it
    starts on and skipped; a document that is not a feed is one :class:`MalformedInput`.
    """
    import feedparser

    try:
        _check_bytes(data, where, max_bytes)
    except EncodingError as exc:
        m = _XML_ENCODING.match(data)
        if not m or m.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8"):
            yield exc
            return
        # a feed that declares its encoding: feedparser decodes it
    except InputError as exc:
        yield exc
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        if feed.bozo:
            exc = feed.get("bozo_exception")
            line = exc.getLineNumber() if hasattr(exc, "getLineNumber") else None
            why = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
            yield MalformedInput(f"not a well-formed RSS/Atom feed ({why})", path=where, line=line)
        else:
            yield EmptyInput("feed has no entries", path=where)
        return
    lines = _entry_lines(data, len(feed.entries))
    for i, entry in enumerate(feed.entries):
        line = lines[i]
        label = f"feed entry {i + 1}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        text = _html_to_text(body) if "<" in body else body
        if not text.strip():
            yield EmptyInput(f"{label} has no text", path=where, line=line)
            continue
        date = published
        # dict.get: feedparser's own lookup maps updated to published with a warning
        parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        raw_date = dict.get(entry, "published") or dict.get(entry, "updated")
        if parsed:
            date = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        elif raw_date:
            try:
                date = parse_date(raw_date).isoformat()
            except ValueError:
                yield BadDate(f"{label}: cannot parse date {raw_date!r}", path=where, line=line)
                continue
        yield Article(
            id=str(entry.get("id") or text_id(text)),
            text=text,
            title=entry.get("title"),
            published=date,
            url=entry.get("link"),
            source=feed.feed.get("title"),
            path=where,
            line=line,
        )


def _html_to_text(html: str) -> str:
    import trafilatura

    out = trafilatura.extract(f"<html><body><article>{html}</article></body></html>", include_comments=False)
    if out:
        return out
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", " ", html)).strip()


def _looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return (
        head.startswith(b"<?xml")
        and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)
        or head.startswith((b"<rss", b"<feed"))
    )


def read_bytes(data: bytes, where: str, suffix: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    """Dispatch on the suffix (or content, for stdin and URLs)."""
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_lines(data.splitlines(), where, published, max_bytes)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(data, where, published, max_bytes)
    elif suffix in HTML_SUFFIXES:
        yield from read_html(data, where, published, max_bytes)
    elif suffix in FEED_SUFFIXES or _looks_like_feed(data):
        yield from read_feed(data, where, published, max_bytes)
    else:
        yield from read_text(data, where, published, max_bytes)


class CountedLines:
    """Iterate over lines while counting them, to say where a corrupt stream broke off."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self.lines = lines
        self.n = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self.lines:
            self.n += 1
            yield line


def read_file(path: Path, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One file, by its suffix; ``.gz`` files are read through gzip (``a.jsonl.gz``, ``a.txt.gz``)."""
    where = str(path)
    suffix = kind_of(path)
    if suffix not in SUFFIXES:
        name = f"{suffix}{GZIP_SUFFIX}" if is_gzip(path) and suffix else path.suffix.lower()
        hint = (
            "; a dyad batch output is loaded with dyad ingest --from-parquet"
            if suffix == ".parquet"
            else f"; readable: {' '.join(sorted(SUFFIXES))}, optionally gzipped"
        )
        yield UnsupportedInput(f"no reader for {name or 'files without a suffix'}{hint}", path=where)
        return
    gz = is_gzip(path)
    lines: CountedLines | None = None
    try:
        if suffix in JSONL_SUFFIXES:
            # streamed line by line: memory stays bounded whatever the file size
            with gzip.open(path, "rb") if gz else path.open("rb") as fh:
                lines = CountedLines(bounded_lines(fh, max_bytes))
                yield from read_jsonl_lines(lines, where, published, max_bytes)
            return
        if gz:
            with gzip.open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
            size = len(data)
        else:
            size = path.stat().st_size
        if size > max_bytes:
            what = "bytes uncompressed" if gz else "bytes"
            yield TooLarge(
                f"{size:,}{'+' if gz else ''} {what} is over the {max_bytes:,}-byte limit (max_bytes)",
                path=where,
            )
            return
        if not gz:
            data = path.read_bytes()
    except _GZIP_ERRORS as exc:
        if gz and not isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            line = lines.n + 1 if lines is not None else None
            yield MalformedInput(f"corrupt gzip data: {exc}", path=where, line=line)
        else:
            yield InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}", path=where)
        return
    yield from read_bytes(data, where, suffix, published, max_bytes)


def read_head(stream: IO[bytes], max_bytes: int) -> tuple[list[bytes], bytes]:
    """Lines up to the first one that is not blank, and that line's first non-blank byte
    (after a UTF-8 byte order mark, which Windows tools put before JSON Lines)."""
    head: list[bytes] = []
    for line in bounded_lines(stream, max_bytes):
        head.append(line)
        first = line.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
        if first or isinstance(line, _Overlong):
            return head, first
    return head, b""


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read: they are given back first."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self.prefix = prefix
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        if self.prefix:
            data, self.prefix = self.prefix[: len(buf)], self.prefix[len(buf) :]
        else:
            read = getattr(self.stream, "read1", self.stream.read)
            data = read(len(buf))
        buf[: len(data)] = data
        return len(data)


def open_stdin(stream: IO[bytes]) -> IO[bytes]:
    """The stream as it is, or decompressed when it starts like gzip (``zcat`` not needed)."""
    magic = stream.read(2)
    rest = io.BufferedReader(_Prefixed(magic, stream))
    return gzip.GzipFile(fileobj=rest) if magic == b"\x1f\x8b" else rest


def read_stdin(
    stream: IO[bytes] | None = None, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Standard input: JSON Lines if the first character is ``{``, else one text (or HTML/feed).

    JSON Lines are streamed (no limit on the whole stream, ``max_bytes`` on each line); one
    document is read up to ``max_bytes``. Gzipped input is decompressed on the fly.
    """
    yield from read_stream(stream or sys.stdin.buffer, "<stdin>", published, max_bytes)


def read_stream(stream: IO[bytes], where: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    """A stream of unknown kind, as :func:`read_stdin` reads it; ``where`` names it in reports."""
    import itertools

    stream = open_stdin(stream)
    lines: CountedLines | None = None
    try:
        head, first = read_head(stream, max_bytes)
        if first == b"{":
            lines = CountedLines(itertools.chain(head, bounded_lines(stream, max_bytes)))
            yield from read_jsonl_lines(lines, where, published, max_bytes)
            return
        too_large = TooLarge(f"over the {max_bytes:,}-byte limit (max_bytes)", path=where)
        if any(isinstance(line, _Overlong) for line in head):
            yield too_large
            return
        data = b"".join(head)
        data += stream.read(max_bytes + 1 - len(data)) if len(data) <= max_bytes else b""
    except _GZIP_ERRORS as exc:
        yield MalformedInput(f"corrupt gzip data: {exc}", path=where, line=lines.n + 1 if lines else None)
        return
    if len(data) > max_bytes:
        yield too_large
    elif first == b"<":
        suffix = ".xml" if _looks_like_feed(data) else ".html"
        yield from read_bytes(data, where, suffix, published, max_bytes)
    else:
        yield from read_text(data, where, published, max_bytes)


def fetch_url(
    url: str,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    client=None,
    timeout: float = 10.0,
) -> Iterator[Item]:
    """Fetch a page or feed with httpx (timeouts on); ``client`` lets tests inject a transport.

    The body is streamed and given up past ``max_bytes`` (JSON Lines excepted: their limit
    is per line), so a huge answer never fills memory. A gzipped body is decompressed.
    """
    import httpx

    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True)
    try:
        with client.stream("GET", url) as resp:
            resp.raise_for_status()
            ctype = resp.headers.get("content-type", "")
            jsonl = "ndjson" in ctype or "jsonl" in ctype or kind_of(Path(resp.url.path)) in JSONL_SUFFIXES
            buf = bytearray()
            for chunk in resp.iter_bytes():
                buf += chunk
                if len(buf) > max_bytes and not jsonl:
                    yield TooLarge(f"more than {max_bytes:,} bytes (max_bytes)", path=url)
                    return
            data = bytes(buf)
            charset = resp.charset_encoding
    except httpx.HTTPError as exc:
        yield FetchError(f"cannot fetch: {exc}", path=url)
        return
    finally:
        if own:
            client.close()
    if data[:2] == b"\x1f\x8b":  # a .gz file served as it is
        yield from read_stream(io.BytesIO(data), url, published, max_bytes)
        return
    if "json" in ctype or jsonl:
        suffix = ".jsonl" if jsonl else ".json"
    elif any(k in ctype for k in ("rss", "atom")) or _looks_like_feed(data):
        suffix = ".xml"
    elif "html" in ctype or data.lstrip()[:1] == b"<":
        try:
            html = _html_bytes(data, url, max_bytes, charset=charset)
            yield article_from_html(html, where=url, published=published, url=url)
        except InputError as exc:
            yield exc
        return
    else:
        suffix = ".txt"
    yield from read_bytes(data, url, suffix, published, max_bytes)


BATCH_MANIFEST = "manifest.json"  # what dyad batch writes next to its part-* folders


def batch_output_error(path: Path) -> UnsupportedInput | None:
    """The error for a ``dyad batch`` output folder given as input (Parquet, not articles)."""
    if path.is_dir() and (path / BATCH_MANIFEST).is_file() and any(path.glob("part-*")):
        return UnsupportedInput(
            "a dyad batch output folder (Parquet partitions): load it with dyad ingest --from-parquet",
            path=str(path),
        )
    return None


def iter_paths(path: Path, *, every_file: bool = False) -> Iterator[Path]:
    """A file, or every readable file under a folder (recursively, sorted, hidden files skipped).

    ``every_file``: also the files no reader takes (``report.pdf``), so that a reader can
    report each one as skipped rather than leave it out without a word.
    """
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                p = Path(root) / f
                if not f.startswith(".") and (every_file or kind_of(p) in SUFFIXES):
                    yield p
    else:
        yield path


def read_inputs(
    inputs: Iterable[str | Path],
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    client=None,
    stdin: IO[bytes] | None = None,
    timeout: float = 10.0,
) -> Iterator[Item]:
    """Read every input (paths, folders, ``-`` for stdin, URLs) in order, as a stream.

    ``timeout`` is for fetching URLs (the ``fetch_timeout`` setting).
    """
    if published is not None:
        try:
            published = _date(published, "--published")
        except BadDate as exc:
            yield exc
            return
    for inp in inputs:
        s = str(inp)
        if s == "-":
            yield from read_stdin(stdin, published, max_bytes)
        elif s.startswith(("http://", "https://")):
            yield from fetch_url(s, published, max_bytes, client=client, timeout=timeout)
        else:
            p = Path(s)
            if not p.exists():
                yield InputError("no such file or folder", path=s)
                continue
            if err := batch_output_error(p):
                yield err
                continue
            for f in iter_paths(p, every_file=True):
                yield from read_file(f, published, max_bytes)
