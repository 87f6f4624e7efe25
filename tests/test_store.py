"""The DuckDB store: schema, migrations, idempotent and crash-safe writes, stories, queries, exports, CLI."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from store_helpers import Art, Ev, build, mediation_corpus

import dyad
from dyad.errors import DatabaseLocked, MalformedJSON, SchemaVersionError, StoreError
from dyad.pipeline import Pipeline
from dyad.records import SCHEMA
from dyad.store import (
    SCHEMA_VERSION,
    EventFilter,
    Store,
    actors,
    events,
    export_csv,
    export_gdelt,
    export_parquet,
    export_plover,
    ingest,
    quotes,
    stories,
    story_mentions,
)
from dyad.store.ingest import read_jsonl
from dyad.store.schema import META_DDL, MIGRATIONS

SRC = str(Path(dyad.__file__).resolve().parents[1])


@pytest.fixture
def store():
    with Store(":memory:") as st:
        st.write(mediation_corpus())
        st.rebuild_stories(3)
        yield st


def _rows(st: Store, table: str) -> list[tuple]:
    cols = [c for c in st.query(f"SELECT * FROM {table} LIMIT 0").column_names if c != "ingested_at"]
    return sorted(st.con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)


# -- writing -------------------------------------------------------------------------------------


def test_counts_and_offsets(store):
    c = store.counts()
    assert c["articles"] == 4
    assert c["events"] == 13
    assert c["quotes"] == 1
    assert c["times"] == 1 and c["places"] == 1
    # every mention's stored text is the article text at its offsets
    bad = store.con.execute(
        """SELECT count(*) FROM mentions m JOIN articles a USING (article_id)
           WHERE substr(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.text"""
    ).fetchall()[0][0]
    assert bad == 0
    names = store.con.execute("SELECT DISTINCT text FROM mentions ORDER BY 1").fetchall()
    assert ("Washington",) in names and ("Baku",) in names


def test_event_rows_are_derived_from_the_record(store):
    row = store.con.execute(
        """SELECT e.source_name, e.target_name, e.source_country, e.target_country, e.day,
                  substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),
                  substr(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start), e.place_name, e.lat
           FROM events e JOIN articles a USING (article_id)
           WHERE a.doc_id = 'm1' AND e.event_id = 'E1'"""
    ).fetchall()[0]
    assert row[:4] == ("Washington", "Yerevan", "USA", "ARM")
    assert str(row[4]) == "2020-10-02"  # no event date: the publication date
    assert row[5] == "Washington sent an envoy to Yerevan for talks in October."
    assert row[6] == "sent an envoy"
    assert row[7] is None  # the event names no place


@pytest.mark.parametrize(
    ("date", "published", "day"),
    [
        ("2020-10-28", "2021-01-05", "2020-10-28"),
        ("2020-10", "2021-01-05", "2020-10-01"),
        ("2020", "2021-01-05", "2020-01-01"),
        ("2020-FA", "2021-01-05", "2021-01-05"),
        (None, "2021-01-05", "2021-01-05"),
        (None, None, None),
    ],
)
def test_event_day(date, published, day):
    rec = build(
        Art(
            "d",
            published,
            ["Washington met Yerevan."],
            [Ev(0, "Washington", "met", "Yerevan", "040", 1.0, date=date)],
        )
    )
    with Store() as st:
        st.write([rec])
        got = st.con.execute("SELECT day FROM events").fetchall()[0][0]
    assert (str(got) if got else None) == day


def test_same_text_is_stored_once():
    recs = mediation_corpus()
    renamed = dataclasses.replace(recs[0], id="another-file-name.txt")
    with Store() as st:
        assert st.write(recs) == 4
        before = st.counts()
        assert st.write(recs) == 0
        assert st.write([renamed, renamed]) == 0
        assert st.counts() == before
    with Store() as st:
        assert st.write([recs[0], renamed]) == 1  # repeated within one batch


def test_a_failed_batch_leaves_nothing(monkeypatch):
    recs = mediation_corpus()
    with Store() as st:
        st.write(recs[:1])
        before = st.counts()
        from dyad.store import rows

        broken = dict(rows.INSERT_SQL, events="INSERT INTO events SELECT * FROM no_such_table")
        monkeypatch.setattr("dyad.store.db.INSERT_SQL", broken)
        with pytest.raises(StoreError):
            st.write(recs[1:])
        assert st.counts() == before


# -- schema versions ---------------------------------------------------------------------------


def _v1_database(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute(META_DDL)
    for sql in MIGRATIONS[0].statements:
        con.execute(sql)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO articles (article_id, doc_id, text) VALUES ('abc', 'old', 'An old article.')")
    con.close()


def test_older_database_upgrades_in_place(tmp_path):
    db = tmp_path / "old.duckdb"
    _v1_database(db)
    with pytest.raises(StoreError, match="older"):
        Store(db, read_only=True)
    with Store(db) as st:
        assert st.version() == SCHEMA_VERSION
        assert st.counts()["articles"] == 1  # data kept
        assert st.stories_dirty()
        rep = ingest(st, mediation_corpus()[:1])
        assert rep.stories == 2
    with Store(db, read_only=True) as st:
        assert st.counts()["stories"] == 2


def test_newer_database_is_refused(tmp_path):
    db = tmp_path / "new.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    size = db.stat().st_size
    for ro in (False, True):
        with pytest.raises(SchemaVersionError, match="newer"):
            Store(db, read_only=ro)
    assert db.stat().st_size == size


def test_locked_database_is_a_clear_error(tmp_path):
    db = tmp_path / "locked.duckdb"
    with Store(db) as st:
        st.write(mediation_corpus())
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys, time; c = duckdb.connect({str(db)!r}); print('ready', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseLocked, match="locked"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()
    with Store(db, read_only=True) as st:  # nothing damaged
        assert st.counts()["articles"] == 4


def test_read_only_database_refuses_writes(tmp_path):
    db = tmp_path / "ro.duckdb"
    with Store(db) as st:
        st.write(mediation_corpus()[:2])
    with Store(db, read_only=True) as st:
        with pytest.raises(DatabaseLocked, match="read-only"):
            st.write(mediation_corpus()[2:])
        assert st.counts()["articles"] == 2


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_is_a_clear_error(tmp_path):
    db = tmp_path / "ro.duckdb"
    Store(db).close()
    db.chmod(0o444)
    with pytest.raises(DatabaseLocked, match="read-only"):
        Store(db)


def test_missing_database_for_queries(tmp_path):
    with pytest.raises(StoreError, match="dyad ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)


# -- reading input -----------------------------------------------------------------------------


def _line(obj) -> bytes:
    return json.dumps(obj).encode()


def test_jsonl_records_articles_and_bad_lines():
    rec = mediation_corpus()[0].to_dict()
    lines = [
        _line(rec),
        b"{broken",
        _line({**rec, "schema": "dyad.article/7"}),
        _line({"schema": SCHEMA, "id": "x", "text": "t", "events": [{"id": "E1"}]}),
        b"",
        _line({"id": "plain", "text": "Washington met Yerevan.", "published": "2021-01-02"}),
    ]
    items = list(read_jsonl(lines, "in.jsonl", None, 1_000_000))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["ArticleRecord", "MalformedJSON", "SchemaVersionError", "MalformedJSON", "Article"]
    assert items[1].line == 2 and items[2].line == 3
    assert "dyad.article/7" in str(items[2])
    assert isinstance(items[3], MalformedJSON)


def test_ingest_records_without_nlp(tmp_path):
    f = tmp_path / "records.jsonl"
    f.write_text(
        "\n".join(json.dumps(r.to_dict()) for r in mediation_corpus()) + "\n{oops\n", encoding="utf-8"
    )

    def no_pipeline():
        raise AssertionError("records must not be recomputed")

    from dyad.store import read_items

    problems = []
    with Store() as st:
        rep = ingest(
            st, read_items([f]), pipeline_factory=no_pipeline, chunk_size=3, on_problem=problems.append
        )
        assert (rep.new, rep.records, rep.skipped) == (4, 4, 1)
        assert rep.added()["events"] == 13
        rep2 = ingest(st, read_items([f]), pipeline_factory=no_pipeline)
        assert (rep2.new, rep2.known) == (0, 4)
        assert rep2.added() == {k: 0 for k in rep2.after}
    assert "oops" not in str(problems[0]) and problems[0].line == 5


# -- crash safety --------------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from dyad.store import Store, ingest, read_items
    from dyad.store import db as dbmod

    path, inp = sys.argv[1], sys.argv[2]
    batches = 0

    class Dying(Store):
        def write_tables(self, tables):
            global batches
            batches += 1
            if batches < 3:
                return super().write_tables(tables)
            # half a batch: rows inserted inside an open transaction, then SIGKILL
            for sql in dbmod.MACROS:
                self.con.execute(sql)
            self.con.register("_new_articles", tables["articles"])
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(dbmod.INSERT_SQL["articles"])
            os.kill(os.getpid(), signal.SIGKILL)

    st = Dying(path)
    ingest(st, read_items([inp]), chunk_size=2, record_chunk_size=2)
    """
)


def _corpus(n: int) -> list:
    out = []
    for i in range(n):
        out.append(
            build(
                Art(
                    f"c{i}",
                    f"2021-0{1 + i % 9}-1{i % 10}",
                    [f"Washington met Yerevan in round {i}.", f"Baku criticized Washington {i} times."],
                    [
                        Ev(0, "Washington", "met", "Yerevan", "040", 1.0),
                        Ev(1, "Baku", "criticized", "Washington", "111", -2.0),
                    ],
                )
            )
        )
    return out


def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(tmp_path):
    inp = tmp_path / "corpus.jsonl"
    inp.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in _corpus(9)), encoding="utf-8")
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.run(
        [sys.executable, str(script), str(killed), str(inp)], env=env, capture_output=True, timeout=300
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    with Store(killed) as st:
        assert st.counts()["articles"] == 4  # two committed batches of two; the third never committed
        ingest(st, read_items_of(inp))
    with Store(clean) as st:
        ingest(st, read_items_of(inp))
    with Store(killed, read_only=True) as a, Store(clean, read_only=True) as b:
        assert a.counts() == b.counts()
        assert a.counts()["articles"] == 9
        for table in ("articles", "actors", "mentions", "events", "stories", "story_events"):
            assert _rows(a, table) == _rows(b, table)


def read_items_of(path):
    from dyad.store import read_items

    return read_items([path])


# -- stories -------------------------------------------------------------------------------------


def _story_corpus():
    def art(i, day, code="040", negated=False):
        return build(
            Art(
                f"s{i}",
                day,
                [f"Washington met Yerevan, report {i}."],
                [Ev(0, "Washington", "met", "Yerevan", code, 1.0, negated=negated)],
            )
        )

    return [
        art(1, "2021-03-01"),
        art(2, "2021-03-01"),
        art(3, "2021-03-03"),
        art(4, "2021-03-06"),  # chain: gaps 0,2,3
        art(5, "2021-03-10"),  # gap 4: a new story
        art(6, "2021-03-10", code="041"),  # another code: its own story
        art(7, "2021-03-11", negated=True),  # negated: no story
    ]


@pytest.mark.parametrize(
    ("window", "expected"),
    [(3, [(4, 4), (1, 1), (1, 1)]), (4, [(5, 5), (1, 1)]), (0, [(2, 2), (1, 1), (1, 1), (1, 1), (1, 1)])],
)
def test_story_window(window, expected):
    with Store() as st:
        st.write(_story_corpus())
        st.rebuild_stories(window)
        got = [(r["num_mentions"], r["num_articles"]) for r in stories(st).to_pylist()]
        assert sorted(got, reverse=True) == sorted(expected, reverse=True)
        top = stories(st).to_pylist()[0]
        assert story_mentions(st, top["story_id"]).num_rows == top["num_mentions"]


def test_story_ids_are_stable():
    with Store() as a, Store() as b:
        a.write(_story_corpus())
        b.write(list(reversed(_story_corpus())))
        a.rebuild_stories(3)
        b.rebuild_stories(3)
        assert _rows(a, "stories") == _rows(b, "stories")


# -- queries -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flt", "n"),
    [
        (EventFilter(), 13),
        (EventFilter(actor="USA"), 12),
        (EventFilter(source="USAGOV", target="AZE"), 6),
        (EventFilter(source="Washington", target="Baku"), 5),
        (EventFilter(actor="dalan"), 1),
        (EventFilter(country="RUS"), 1),
        (EventFilter(source_country="ARM"), 1),
        (EventFilter(target_country="AZE"), 7),
        (EventFilter(root=["11"]), 2),
        (EventFilter(code=["04"]), 7),
        (EventFilter(code=["041"]), 1),
        (EventFilter(plover=["threaten"]), 1),
        (EventFilter(quad_class=[3]), 4),
        (EventFilter(since="2021-01-01"), 8),
        (EventFilter(since="2020-10-10", until="2021-03-31"), 8),
        (EventFilter(text="prisoner"), 1),
        (EventFilter(negated=True), 1),
        (EventFilter(modality=["hypothetical", "threatened"]), 2),
        (EventFilter(place="Yerev"), 0),
        (EventFilter(text="x'; DROP TABLE events; --"), 0),
        (EventFilter(text="100%"), 0),
    ],
)
def test_event_filters(store, flt, n):
    assert events(store, flt).num_rows == n
    assert store.counts()["events"] == 13


def test_event_query_columns(store):
    row = events(store, EventFilter(source="Dalan")).to_pylist()[0]
    assert row["code"] == "106" and row["target_code"] == "AZEGOV" and row["doc_id"] == "m3"
    assert row["sentence_text"].startswith("Minister Dalan said")
    assert events(store, limit=2).num_rows == 2


def test_quotes_and_actors(store):
    assert quotes(store, speaker="Dalan").num_rows == 1
    assert quotes(store, speaker="USAGOV", text="attacks").num_rows == 1
    assert quotes(store, speaker="Washington").num_rows == 0
    assert quotes(store, since="2021-04-01").num_rows == 0
    rows = {r["name"]: r for r in actors(store).to_pylist()}
    assert rows["Washington"]["articles"] == 4
    assert rows["Washington"]["as_source"] == 9
    assert rows["Baku"]["as_target"] == 7
    assert rows["Minister Dalan"]["quotes"] == 1
    assert [r["name"] for r in actors(store, country="ARM").to_pylist()] == ["Yerevan"]


# -- exports -------------------------------------------------------------------------------------


def test_exports(store, tmp_path):
    counts = export_parquet(store, tmp_path / "pq")
    assert counts["events"] == 13
    assert (tmp_path / "pq" / "events" / "year=2020" / "month=10").is_dir()
    assert (tmp_path / "pq" / "events" / "year=2021" / "month=6").is_dir()
    n = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{tmp_path / 'pq' / 'events'}/**/*.parquet')"
    ).fetchall()[0][0]
    assert n == 13

    assert export_csv(store, tmp_path / "events.csv") == 13
    assert len((tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()) == 14

    assert export_gdelt(store, tmp_path / "events.tsv") == 11
    lines = (tmp_path / "events.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert '"' not in lines[1] and lines[1].split("\t")[5] == "USAGOV"
    assert header[:6] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"]
    assert "NumMentions" in header and "NumArticles" in header and len(lines) == 12

    assert export_plover(store, tmp_path / "plover.jsonl") == 12  # the negated event is left out
    recs = [json.loads(x) for x in (tmp_path / "plover.jsonl").read_text(encoding="utf-8").splitlines()]
    threat = next(r for r in recs if r["cameo"] == "130")
    assert threat["event"] == "THREATEN" and threat["actor"] == "USAGOV" and threat["recipient"] == "AZEGOV"
    assert threat["provenance"]["trigger_span"][1] > threat["provenance"]["trigger_span"][0]


# -- CLI -----------------------------------------------------------------------------------------


def test_cli_ingest_query_and_analyze(tmp_path):
    from typer.testing import CliRunner

    from dyad.cli.main import app

    f = tmp_path / "records.jsonl"
    f.write_text(
        "".join(json.dumps(r.to_dict()) + "\n" for r in mediation_corpus())
        + '{"schema": "dyad.article/2", "id": "z", "text": "z"}\n',
        encoding="utf-8",
    )
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(f), "--db", str(db)])
    assert res.exit_code == 1, res.output  # one line skipped
    assert "dyad.article/2" in res.output
    res = runner.invoke(app, ["ingest", str(f), "--db", str(db)])
    assert "0 new article(s)" in res.output

    res = runner.invoke(app, ["events", "--db", str(db), "--source", "USA", "--root", "13", "-f", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [r["code"] for r in rows] == ["130"]

    res = runner.invoke(app, ["analyze", "dyad", "USA", "AZE", "--by", "year", "--db", str(db), "-f", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["summary"]["totals"]["USA->AZE"]["events"] == 4

    res = runner.invoke(
        app, ["analyze", "balance", "USA", "ARM", "AZE", "--db", str(db), "--plot", str(tmp_path / "b.svg")]
    )
    assert res.exit_code == 0, res.output
    assert (tmp_path / "b.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")

    res = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 3 and "dyad ingest" in res.output

    res = runner.invoke(app, ["analyze", "dyad", "USA", "AZE", "--by", "week", "--db", str(db)])
    assert res.exit_code == 2 and "unknown period" in res.output


def test_stdin_records(tmp_path):
    from dyad.store import read_items

    data = "".join(json.dumps(r.to_dict()) + "\n" for r in mediation_corpus()[:2]).encode()
    items = list(read_items(["-"], stdin=io.BytesIO(data)))
    assert [i.id for i in items] == ["m1", "m2"]


def test_ingest_plain_text_through_the_pipeline(pipeline):
    from dyad.records import Article

    text = (
        "Foreign ministers of Armenia and Azerbaijan met in Geneva on Monday.\n\nFrance welcomed the talks."
    )
    arts = [Article(id="t1", text=text, published="2021-02-01"), Article(id="copy-of-t1", text=text)]
    with Store() as st:
        rep = ingest(st, arts, pipeline_factory=lambda: pipeline)
        assert (rep.new, rep.known, rep.records) == (1, 1, 0)
        assert st.counts()["articles"] == 1
        row = st.con.execute("SELECT doc_id, published, len(sentence_starts) FROM articles").fetchall()[0]
        assert row[0] == "t1" and str(row[1]) == "2021-02-01" and row[2] >= 2
        bad = st.con.execute(
            """SELECT count(*) FROM mentions m JOIN articles a USING (article_id)
               WHERE substr(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.text"""
        ).fetchall()[0][0]
        assert bad == 0
        assert st.counts()["mentions"] >= 2


def test_write_batches_dedupes_across_batches(tmp_path):
    recs = mediation_corpus()
    with Store(tmp_path / "b.duckdb") as st:
        assert st.write_batches([recs[:2], recs[1:3], recs]) == 4
        assert st.counts()["events"] == 13
        assert st.write_batches([recs]) == 0


def test_count_inputs(tmp_path):
    from dyad.store.ingest import count_inputs

    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("Some text.", encoding="utf-8")
    assert count_inputs([tmp_path]) == 3
    assert count_inputs(["-"]) is None


def test_incremental_stories_equal_a_full_rebuild():
    corpus = _story_corpus() + mediation_corpus()
    with Store() as inc, Store() as full:
        for i in range(0, len(corpus), 3):  # three articles per batch, stories rebuilt after each
            inc.write(corpus[i : i + 3])
            inc.rebuild_stories(3)
            assert not inc.stories_dirty()
        full.write(corpus)
        full.rebuild_stories(3, full=True)
        assert _rows(inc, "stories") == _rows(full, "stories")
        assert _rows(inc, "story_events") == _rows(full, "story_events")
        inc.rebuild_stories(4)  # another window: everything is recomputed
        full.rebuild_stories(4, full=True)
        assert _rows(inc, "stories") == _rows(full, "stories")


def test_a_bad_field_type_skips_its_line_and_a_rerun_stores_nothing_twice(pipeline, tmp_path):
    from dyad.store import read_items

    rec = mediation_corpus()[0].to_dict()
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        "\n".join(
            [
                json.dumps(rec),
                json.dumps({**rec, "id": "r2", "text": rec["text"] + " Later.", "title": 5}),
                json.dumps({"id": "p1", "text": "Peru thanked Chile.", "title": ["x"]}),
                json.dumps({"id": "p2", "text": "Peru thanked Chile.", "title": 2021}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "t.duckdb"
    reports = []
    noop = Pipeline(pipeline.settings, stages=[], nlp=pipeline.nlp)
    for _ in range(2):
        with Store(db) as st:
            problems = []
            reports.append(
                ingest(st, read_items([f]), pipeline_factory=lambda: noop, on_problem=problems.append)
            )
            assert [(type(p), p.line) for p in problems] == [(MalformedJSON, 2), (MalformedJSON, 3)]
            assert sorted(r[0] for r in st.con.execute("SELECT doc_id FROM articles").fetchall()) == [
                "m1",
                "p2",
            ]
    assert (reports[0].new, reports[0].skipped) == (2, 2)
    assert (reports[1].new, reports[1].known, reports[1].skipped) == (0, 2, 2)


def test_an_article_too_long_to_parse_is_skipped_and_the_batch_goes_on(pipeline):
    from dyad.records import Article

    short = Pipeline(pipeline.settings.replace(max_chars_per_doc=30), stages=[], nlp=pipeline.nlp)
    arts = [
        Article("a", "Peru thanked Chile."),
        Article("b", "word " * 20, path="big.txt"),
        Article("c", "Oman met Iran."),
    ]
    problems = []
    with Store() as st:
        rep = ingest(st, arts, pipeline_factory=lambda: short, on_problem=problems.append)
        assert (rep.new, rep.skipped, rep.warnings) == (2, 1, 0)
    assert str(problems[0]).startswith("big.txt: [E104]")


def test_stdin_jsonl_for_ingest_is_streamed_with_line_numbers():
    from dyad.store import read_items

    data = (
        b"\n"
        + b"".join(json.dumps(r.to_dict()).encode() + b"\n" for r in mediation_corpus()[:2])
        + b"{oops\n"
    )
    items = list(
        read_items(["-"], stdin=io.BytesIO(data), max_bytes=max(len(x) for x in data.splitlines()) + 10)
    )
    assert [type(i).__name__ for i in items] == ["ArticleRecord", "ArticleRecord", "MalformedJSON"]
    assert items[2].line == 4


def test_gzipped_records_are_loaded_as_records(tmp_path):
    import gzip

    from dyad.store import read_items

    f = tmp_path / "records.jsonl.gz"
    f.write_bytes(
        gzip.compress("".join(json.dumps(r.to_dict()) + "\n" for r in mediation_corpus()[:3]).encode())
    )
    items = list(read_items([tmp_path]))
    assert [type(i).__name__ for i in items] == ["ArticleRecord"] * 3


@pytest.mark.parametrize("read_only", [True, False], ids=["query", "ingest"])
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, read_only):
    f = tmp_path / "notes.jsonl"
    f.write_text('{"text": "not a database, and it must stay as it is"}\n')
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store(f, read_only=read_only)
    assert f.read_text().startswith('{"text"')
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path, read_only=read_only)


def test_a_record_with_a_lone_surrogate_is_refused():
    from dyad.errors import EncodingError
    from dyad.store.ingest import record_from_line

    rec = {**mediation_corpus()[0].to_dict(), "title": "Bad \udc00 title"}
    with pytest.raises(EncodingError):
        record_from_line(rec, "body", 0)


def test_a_bad_date_filter_says_what_is_expected(store):
    with pytest.raises(ValueError, match="bad date '2021-13-01': use YYYY-MM-DD"):
        events(store, EventFilter(since="2021-13-01"))


def test_a_mixed_folder_reports_each_bad_file_and_a_rerun_stores_nothing_twice(pipeline, tmp_path):
    from dyad.errors import BadDate, UnsupportedInput
    from dyad.store import read_items

    folder = tmp_path / "drop"
    (folder / "feeds").mkdir(parents=True)
    recs = mediation_corpus()[:2]
    (folder / "records.jsonl").write_text(
        json.dumps(recs[0].to_dict()) + "\n{half a line\n" + json.dumps(recs[1].to_dict()) + "\n"
    )
    (folder / "memo.docx").write_bytes(b"PK\x03\x04")
    (folder / "note.txt").write_text("Peru thanked Chile for the talks.")
    (folder / "feeds" / "wire.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>\n"
        "<item><guid>i1</guid><description>Chile thanked Peru.</description></item>\n"
        "<item><guid>i2</guid><description>Peru hosted Chile.</description><pubDate>soonish</pubDate></item>\n"
        "</channel></rss>\n"
    )
    noop = Pipeline(pipeline.settings, stages=[], nlp=pipeline.nlp)
    db = tmp_path / "t.duckdb"
    runs = []
    for _ in range(2):
        with Store(db) as st:
            problems = []
            report = ingest(
                st, read_items([folder]), pipeline_factory=lambda: noop, on_problem=problems.append
            )
            runs.append((report, st.counts()))
        assert [(type(p), Path(p.path).name, p.line) for p in problems] == [
            (UnsupportedInput, "memo.docx", None),
            (MalformedJSON, "records.jsonl", 2),
            (BadDate, "wire.rss", 3),
        ]
    (first, counts1), (second, counts2) = runs
    assert (first.new, first.records, first.skipped) == (4, 2, 3)
    assert (second.new, second.known, second.skipped) == (0, 4, 3)
    assert counts1 == counts2 and counts1["articles"] == 4
