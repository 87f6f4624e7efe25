"""Readers: every input kind, and every kind of bad input reported and skipped."""

from __future__ import annotations

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
    MalformedJSON,
    MissingText,
    TooLarge,
    UnsupportedInput,
)
from dyad.ingest import read_inputs
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
