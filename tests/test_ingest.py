"""Readers: every input kind, and every kind of bad input reported and skipped."""

from __future__ import annotations

import gzip
import io
import json

import httpx
import pytest

from dyad.errors import (
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
from dyad.ingest import article_from_json, read_inputs
from dyad.records import Article

TEXT = "Ministers meet in Vienna\n\nThe foreign ministers met in Vienna on Tuesday.\n"


def _read(*paths, **kw):
    items = list(read_inputs([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_txt_keeps_text_unchanged_and_takes_first_line_as_title(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    (art,), errs = _read(p, published="2021-02-03")
    assert not errs
    assert art.text == TEXT
    assert art.title == "Ministers meet in Vienna"
    assert art.published == "2021-02-03"
    assert len(art.id) == 16


def test_markdown_heading_is_the_title(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Talks resume\n\nDelegations met again.\n", encoding="utf-8")
    (art,), _ = _read(p)
    assert art.title == "Talks resume"


def test_ids_are_stable_hashes_of_the_text(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT)
    arts, _ = _read(tmp_path / "a.txt", tmp_path / "b.txt")
    assert arts[0].id == arts[1].id


def test_jsonl_fields_and_published_fallback(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [
        {
            "id": "x1",
            "text": "Talks began.",
            "published": "2020-05-01",
            "title": "T",
            "url": "http://e.org/1",
            "source": "S",
        },
        {"text": "Fighting resumed."},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    arts, errs = _read(p, published="2021-01-01")
    assert not errs
    assert arts[0] == Article("x1", "Talks began.", "T", "2020-05-01", "http://e.org/1", "S")
    assert arts[1].published == "2021-01-01"
    assert arts[1].text == "Fighting resumed."


def test_json_single_article(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"id": "j", "text": "Envoys met.", "published": "20200102"}))
    (art,), _ = _read(p)
    assert (art.id, art.published) == ("j", "2020-01-02")


def test_folder_is_read_recursively_and_hidden_files_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "sub" / "b.md").write_text("Two.")
    (tmp_path / ".hidden.txt").write_text("Three.")
    arts, _ = _read(tmp_path)
    assert sorted(a.text for a in arts) == ["One.", "Two."]


def test_stdin_text_and_jsonl():
    arts = list(read_inputs(["-"], stdin=io.BytesIO(b"Plain text from a pipe.")))
    assert arts[0].text == "Plain text from a pipe."
    arts = list(read_inputs(["-"], stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [a.text for a in arts] == ["a", "b"]


HTML = b"""<html><head><title>Envoy visits Tbilisi</title>
<meta property="article:published_time" content="2021-03-04"></head>
<body><nav>Home | World</nav><article><h1>Envoy visits Tbilisi</h1>
<p>The European Union's special envoy arrived in Tbilisi on Wednesday for talks with the Georgian government about the dispute.</p>
<p>She said the bloc would support further dialogue between the parties and that a second round of meetings was planned.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_through_trafilatura(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes(HTML)
    (art,), errs = _read(p)
    assert not errs
    assert "special envoy arrived in Tbilisi" in art.text
    assert "Copyright" not in art.text
    assert art.title == "Envoy visits Tbilisi"
    assert art.published == "2021-03-04"


FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Talks</title><link>http://e.org/t</link><guid>t1</guid><pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate>
<description>Negotiators met in Geneva on Tuesday.</description></item>
<item><title>Clash</title><link>http://e.org/c</link><guid>c1</guid>
<description>&lt;p&gt;Shelling was reported near the border.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_rss_feed_entries(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_bytes(FEED)
    arts, errs = _read(p)
    assert not errs
    assert [a.id for a in arts] == ["t1", "c1"]
    assert arts[0].published == "2021-03-02"
    assert "Shelling was reported" in arts[1].text and "<p>" not in arts[1].text
    assert arts[0].source == "Desk"


def test_url_fetch_with_mock_transport():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed":
            return httpx.Response(200, content=FEED, headers={"content-type": "application/rss+xml"})
        if request.url.path == "/page":
            return httpx.Response(200, content=HTML, headers={"content-type": "text/html"})
        return httpx.Response(404)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    items = list(
        read_inputs(
            ["http://news.test/feed", "http://news.test/page", "http://news.test/gone"], client=client
        )
    )
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Article", "FetchError"]
    assert isinstance(items[-1], FetchError) and "404" in str(items[-1])


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.txt", b"", EmptyInput),
        ("blank.txt", b"  \n\n ", EmptyInput),
        ("binary.txt", b"\x00\x01\x02PNG\x00\x00", BinaryInput),
        ("latin1.txt", "Déclaration du ministère".encode("latin-1"), EncodingError),
        ("utf16.txt", "Talks resumed in Geneva.".encode("utf-16"), EncodingError),
        ("broken.json", b'{"text": "unterminated', MalformedJSON),
        ("notext.json", b'{"title": "no text"}', MissingText),
        ("baddate.json", b'{"text": "Talks.", "published": "the day after tomorrow"}', BadDate),
        ("image.png", b"\x89PNG", UnsupportedInput),
    ],
)
def test_bad_files_are_reported_with_their_path(tmp_path, name, content, error):
    p = tmp_path / name
    p.write_bytes(content)
    arts, errs = _read(p)
    assert not arts
    assert len(errs) == 1 and isinstance(errs[0], error)
    assert str(p) in str(errs[0]) and errs[0].code in str(errs[0])


def test_huge_file_is_skipped(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"word " * 3000)
    arts, errs = _read(p, max_bytes=1000)
    assert not arts and isinstance(errs[0], TooLarge)


def test_broken_jsonl_line_is_reported_with_its_line_and_the_rest_go_on(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(
        b'{"text": "First."}\n{"text": broken\n\n{"text": "Fourth.", "published": "31/02/2021x"}\n{"text": "Fifth."}\n'
    )
    arts, errs = _read(p)
    assert [a.text for a in arts] == ["First.", "Fifth."]
    assert [(type(e), e.line) for e in errs] == [(MalformedJSON, 2), (BadDate, 4)]
    assert f"{p}:2:" in str(errs[0])


def test_missing_path_and_bad_published_option(tmp_path):
    arts, errs = _read(tmp_path / "nope.txt")
    assert not arts and "no such file" in str(errs[0])
    (tmp_path / "a.txt").write_text("x y z")
    items = list(read_inputs([str(tmp_path / "a.txt")], published="not a date"))
    assert len(items) == 1 and isinstance(items[0], BadDate)


# -- bad input, continued: field types, feeds, streams, gzip -------------------------------------


def test_jsonl_field_of_the_wrong_type_is_reported_and_numbers_are_taken_as_text(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [
        {"id": 7, "text": "Envoys met in Oslo.", "title": 2021},
        {"id": "b", "text": "Talks stalled.", "title": ["not", "a", "title"]},
        {"id": "c", "text": "Talks resumed.", "source": {"name": "wire"}},
        {"id": "d", "text": "A truce held."},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    arts, errs = _read(p)
    assert [(a.id, a.title) for a in arts] == [("7", "2021"), ("d", None)]
    assert [(type(e), e.line) for e in errs] == [(MalformedJSON, 2), (MalformedJSON, 3)]
    assert "'title' must be a string" in str(errs[0])


def test_articles_know_the_file_and_line_they_came_from(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"text": "One."}\n\n{"text": "Three."}\n')
    t = tmp_path / "a.txt"
    t.write_text("Plain text.")
    arts, _ = _read(p, t)
    assert [(a.path, a.line) for a in arts] == [(str(p), 1), (str(p), 3), (str(t), None)]


MIXED_FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><guid>ok1</guid><pubDate>Wed, 03 Mar 2021 08:00:00 GMT</pubDate>
<description>Envoys met in Oslo.</description></item>
<item><guid>bad-date</guid><pubDate>sometime soon</pubDate>
<description>Talks stalled.</description></item>
<item><guid>no-text</guid><description></description></item>
<item><guid>ok2</guid><description>A truce held.</description></item>
</channel></rss>"""


def test_feed_entries_with_a_bad_date_or_no_text_are_reported_with_their_line(tmp_path):
    p = tmp_path / "wire.rss"
    p.write_bytes(MIXED_FEED)
    arts, errs = _read(p, published="2021-01-01")
    assert [(a.id, a.published, a.line) for a in arts] == [("ok1", "2021-03-03", 3), ("ok2", "2021-01-01", 8)]
    assert [(type(e), e.line) for e in errs] == [(BadDate, 5), (EmptyInput, 7)]
    assert f"{p}:5:" in str(errs[0]) and "sometime soon" in str(errs[0])


@pytest.mark.parametrize(
    "content",
    [b"plain words, no markup", b'<?xml version="1.0"?>\n<rss><channel><title>cut off'],
    ids=["not-xml", "truncated"],
)
def test_a_broken_feed_is_malformed_input_not_json(tmp_path, content):
    p = tmp_path / "feed.xml"
    p.write_bytes(content)
    arts, errs = _read(p)
    assert not arts and len(errs) == 1
    assert isinstance(errs[0], MalformedInput) and not isinstance(errs[0], MalformedJSON)
    assert errs[0].code == "E110" and str(p) in str(errs[0])


def test_stdin_jsonl_is_streamed_past_max_bytes():
    lines = [json.dumps({"id": f"n{i}", "text": f"Delegation {i} arrived in Geneva."}) for i in range(6)]
    data = ("\n\n" + "\n".join(lines) + "\n").encode()
    items = list(read_inputs(["-"], stdin=io.BytesIO(data), max_bytes=120))
    assert [i.id for i in items] == [f"n{i}" for i in range(6)]
    assert [i.line for i in items] == [3, 4, 5, 6, 7, 8]


def test_stdin_text_over_max_bytes_is_one_error():
    items = list(read_inputs(["-"], stdin=io.BytesIO(b"word " * 100), max_bytes=100))
    assert len(items) == 1 and isinstance(items[0], TooLarge) and "<stdin>" in str(items[0])


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_an_over_long_jsonl_line_is_skipped_with_its_line_number(tmp_path, where):
    long = json.dumps({"text": "word " * 200})
    data = f'{{"text": "Short one."}}\n{long}\n{{"text": "Short two."}}\n'.encode()
    if where == "file":
        p = tmp_path / "in.jsonl"
        p.write_bytes(data)
        items = list(read_inputs([str(p)], max_bytes=100))
    else:
        items = list(read_inputs(["-"], stdin=io.BytesIO(data), max_bytes=100))
    assert [getattr(i, "text", None) for i in items] == ["Short one.", None, "Short two."]
    assert isinstance(items[1], TooLarge) and items[1].line == 2
    assert f"{len(long) + 1:,} bytes" in items[1].message


def test_bounded_lines_never_hold_an_over_long_line():
    from dyad.ingest.readers import bounded_lines, line_size

    fh = io.BytesIO(b"ab\n" + b"x" * 50 + b"\ncd\nlast-no-newline")
    lines = list(bounded_lines(fh, 20))
    assert [bytes(x) for x in lines] == [b"ab\n", b"", b"cd\n", b"last-no-newline"]
    assert [line_size(x) for x in lines] == [3, 51, 3, 15]


def test_gzip_files_are_read_by_their_inner_suffix(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(
        gzip.compress(b'{"id": "g1", "text": "Envoys met."}\n{broken\n{"id": "g2", "text": "Talks."}\n')
    )
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(b"a,b\n"))
    arts, errs = _read(tmp_path)
    assert [a.id for a in arts[:2]] == ["g1", "g2"] and arts[2].text == TEXT
    # a file no reader takes is reported, not passed over in silence (a folder of PDFs is not "0 articles, ok")
    assert [(type(e), e.line) for e in errs] == [(MalformedJSON, 2), (UnsupportedInput, None)]
    assert errs[1].path == str(tmp_path / "c.csv.gz")
    _, errs = _read(tmp_path / "c.csv.gz")
    assert isinstance(errs[0], UnsupportedInput) and ".csv.gz" in str(errs[0])


def test_corrupt_or_oversized_gzip_is_reported(tmp_path):
    whole = gzip.compress(b"".join(b'{"text": "Line %d."}\n' % i for i in range(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "junk.txt.gz").write_bytes(b"this is not gzip at all")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 50_000))
    arts, errs = _read(tmp_path, max_bytes=10_000)
    assert arts and all(a.path.endswith("cut.jsonl.gz") for a in arts)
    kinds = {type(e): e for e in errs}
    assert set(kinds) == {MalformedInput, TooLarge}
    assert [e.path.rsplit("/", 1)[1] for e in errs] == ["bomb.txt.gz", "cut.jsonl.gz", "junk.txt.gz"]
    assert errs[1].line == len(arts) + 1


def test_json_nested_too_deeply_is_malformed_not_a_crash(tmp_path):
    from dyad.store import read_items

    p = tmp_path / "deep.jsonl"
    p.write_text('{"text": "First."}\n' + "[" * 100_000 + '\n{"text": "Third."}\n')
    q = tmp_path / "deep.json"
    q.write_text("[" * 100_000)
    for read in (lambda: list(read_inputs([str(p), str(q)])), lambda: list(read_items([p, q]))):
        items = read()
        assert [getattr(i, "text", None) for i in items] == ["First.", None, "Third.", None]
        assert isinstance(items[1], MalformedJSON) and items[1].line == 2 and "deeply" in str(items[1])
        assert isinstance(items[3], MalformedJSON)


def test_gzipped_stdin_is_decompressed_and_a_cut_stream_is_reported():
    from dyad.store import read_items

    data = b"".join(b'{"id": "s%d", "text": "Delegation %d arrived."}\n' % (i, i) for i in range(300))
    for read in (read_inputs, read_items):
        items = list(read(["-"], stdin=io.BytesIO(gzip.compress(data))))
        assert [i.id for i in items] == [f"s{i}" for i in range(300)]
        cut = gzip.compress(data)[:-40]
        items = list(read(["-"], stdin=io.BytesIO(cut)))
        assert isinstance(items[-1], MalformedInput) and items[-1].path == "<stdin>"
        assert all(isinstance(i, Article) for i in items[:-1]) and items[-1].line == len(items)
    (art,) = read_inputs(["-"], stdin=io.BytesIO(gzip.compress(TEXT.encode())))
    assert art.text == TEXT


def test_url_bodies_are_capped_while_streaming_and_gzip_is_opened():
    sent = {}
    lines = b"".join(b'{"id": "u%d", "text": "Envoy %d spoke."}\n' % (i, i) for i in range(50))

    def chunks():
        for _ in range(100):  # 100 kB if read to the end
            sent["n"] = sent.get("n", 0) + 1
            yield b"x" * 1000

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/big.txt":
            return httpx.Response(200, content=chunks(), headers={"content-type": "text/plain"})
        if request.url.path == "/all.jsonl":
            return httpx.Response(200, content=lines, headers={"content-type": "application/x-ndjson"})
        return httpx.Response(200, content=gzip.compress(lines), headers={"content-type": "application/gzip"})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    urls = ["http://news.test/big.txt", "http://news.test/all.jsonl", "http://news.test/dump.jsonl.gz"]
    items = list(read_inputs(urls, client=client, max_bytes=5000))
    assert isinstance(items[0], TooLarge) and sent["n"] < 10
    assert [i.id for i in items[1:]] == [f"u{i}" for i in range(50)] * 2
    assert items[-1].path == "http://news.test/dump.jsonl.gz"


def test_a_lone_surrogate_is_an_encoding_error_for_its_line_only(tmp_path):
    from dyad.store import read_items

    p = tmp_path / "in.jsonl"
    p.write_text(
        '{"id": "a", "text": "Envoys met."}\n'
        '{"text": "Broken \\ud800 character."}\n'
        '{"id": "b", "text": "Emoji \\ud83d\\ude00 are fine."}\n'
        '{"id": "c", "text": "Talks.", "title": "Bad \\udc00 title"}\n'
    )
    for items in (list(read_inputs([str(p)])), list(read_items([p]))):
        assert [getattr(i, "id", None) for i in items] == ["a", None, "b", None]
        assert [(type(e), e.line) for e in items if not isinstance(e, Article)] == [
            (EncodingError, 2),
            (EncodingError, 4),
        ]
        assert items[2].text == "Emoji \U0001f600 are fine."
    obj = {"id": "d", "text": "Broken \ud800 text."}
    with pytest.raises(EncodingError):
        article_from_json(obj, "api", 0, None)


def test_stdin_jsonl_after_a_byte_order_mark_is_still_jsonl():
    data = b"\xef\xbb\xbf" + b'{"id": "w1", "text": "Envoys met."}\r\n{"id": "w2", "text": "Talks."}\r\n'
    assert [i.id for i in read_inputs(["-"], stdin=io.BytesIO(data))] == ["w1", "w2"]


PAGE_1252 = (
    "<html><head><meta charset='windows-1252'><title>Paris talks</title></head><body><article>"
    "<p>The délégation from Yaoundé reached Paris on Monday for a second round of talks "
    "about river tolls, according to a note from its foreign office.</p>"
    "<p>Each side called the session useful and fixed a further date in the spring.</p>"
    "</article></body></html>"
)


def test_html_in_its_declared_charset_is_read_and_an_undeclared_one_refused(tmp_path):
    (tmp_path / "a.html").write_bytes(PAGE_1252.encode("cp1252"))
    (tmp_path / "b.html").write_bytes(PAGE_1252.replace("charset='windows-1252'", "").encode("cp1252"))
    (tmp_path / "c.html").write_bytes(PAGE_1252.replace("windows-1252", "no-such-codec").encode("cp1252"))
    arts, errs = _read(tmp_path)
    assert len(arts) == 1 and "délégation from Yaoundé" in arts[0].text
    assert [(type(e), e.path.rsplit("/", 1)[1]) for e in errs] == [
        (EncodingError, "b.html"),
        (EncodingError, "c.html"),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        body = PAGE_1252.replace("charset='windows-1252'", "").encode("cp1252")
        return httpx.Response(200, content=body, headers={"content-type": "text/html; charset=windows-1252"})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    (art,) = read_inputs(["http://news.test/page"], client=client)
    assert "Yaoundé" in art.text


def test_a_feed_in_the_encoding_it_declares_is_read(tmp_path):
    feed = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Fil</title>\n'
        "<item><guid>f1</guid><description>La délégation est arrivée à Yaoundé.</description></item>\n"
        "</channel></rss>"
    )
    (tmp_path / "fil.rss").write_bytes(feed.encode("latin-1"))
    (tmp_path / "liar.rss").write_bytes(feed.replace("ISO-8859-1", "UTF-8").encode("latin-1"))
    arts, errs = _read(tmp_path)
    assert [a.text for a in arts] == ["La délégation est arrivée à Yaoundé."]
    assert len(errs) == 1 and isinstance(errs[0], EncodingError) and errs[0].path.endswith("liar.rss")


@pytest.mark.parametrize(
    "fragment",
    [
        b"<p>Envoys from Chile and Peru met in Lima on Monday to settle the fishing dispute.</p>",
        b"<div><h2>Border talks</h2><p>Envoys from Chile and Peru met in Lima on Monday.<p>They agreed to meet again.",
    ],
    ids=["one-paragraph", "unclosed"],
)
def test_an_html_fragment_without_html_or_body_is_read(tmp_path, fragment):
    p = tmp_path / "saved-body.html"
    p.write_bytes(fragment)
    (art,), errs = _read(p)
    assert not errs and "Envoys from Chile and Peru met in Lima on Monday" in art.text


def test_a_page_whose_title_swallows_the_body_is_reported_not_invented(tmp_path):
    p = tmp_path / "broken.html"
    p.write_bytes(b"<html><head><title>Talks<title></head><body><p>Envoys met in Lima.</p></body></html>")
    arts, (err,) = _read(p)
    assert not arts and isinstance(err, EmptyInput) and err.path == str(p)


@pytest.mark.parametrize(
    ("line", "error", "message"),
    [
        ('{"id": "x"}', MissingText, "no 'text' field"),
        ('{"id": "x", "text": 42}', MalformedJSON, "field 'text' must be a string, got int"),
        ('{"id": "x", "text": ["Talks."]}', MalformedJSON, "field 'text' must be a string, got list"),
    ],
)
def test_a_text_field_that_is_missing_or_not_a_string_says_which(tmp_path, line, error, message):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "Envoys met."}\n' + line + "\n")
    arts, (err,) = _read(p)
    assert [a.text for a in arts] == ["Envoys met."]
    assert type(err) is error and err.line == 2 and err.message == message


PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 40


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (PNG_HEAD, BinaryInput, "binary content (NUL bytes): not JSON Lines"),
        ('{"text": "Envoys met."}\n'.encode("utf-16"), EncodingError, "UTF-16 text, not UTF-8"),
    ],
    ids=["image", "utf-16"],
)
def test_a_binary_file_named_jsonl_is_one_error_not_one_per_line(tmp_path, data, error, message):
    from dyad.store import read_items

    p = tmp_path / "wrong.jsonl"
    p.write_bytes(data)
    for items in (list(read_inputs([str(p)])), list(read_items([p]))):  # extract's and ingest's readers
        (err,) = items
        assert type(err) is error and err.path == str(p) and err.line is None
        assert err.message.startswith(message)


def test_a_nul_byte_deep_in_a_text_jsonl_costs_only_its_line(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": f"Envoys met {i} times."}) for i in range(20)]
    lines[17] = '{"text": "bad\x00line"}'
    p = tmp_path / "mostly-fine.jsonl"
    p.write_text("\n".join(lines) + "\n")
    arts, errs = _read(p)
    assert len(arts) == 19 and [(type(e), e.line) for e in errs] == [(BinaryInput, 18)]
