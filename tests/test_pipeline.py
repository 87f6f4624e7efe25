"""The pipeline: stage ordering, streaming, and the per-document error policy."""

from __future__ import annotations

import pytest

from dyad.errors import DyadError, LexiconError, StageError, TooLarge
from dyad.pipeline import Pipeline, Problem, Stage, parse_date
from dyad.records import Article, ArticleRecord
from dyad.settings import Settings


def _stage(name, sets, needs=(), func=None):
    return Stage(name, func or (lambda ctx: iter(())), sets=sets, needs=needs)


def test_stages_must_come_after_what_they_need(pipeline):
    with pytest.raises(DyadError, match="needs"):
        Pipeline(stages=[_stage("events", "events", needs=("actors",))], nlp=pipeline.nlp)


def test_a_failing_stage_loses_only_its_own_list_for_that_document(pipeline):
    def flaky(ctx):
        if "boom" in ctx.text:
            raise RuntimeError("stage exploded")
        return iter(())

    stages = [pipeline.stages[0], Stage("events", flaky, sets="events", needs=("actors",))]
    p = Pipeline(stages=stages, nlp=pipeline.nlp)
    arts = [
        Article("1", "Iran criticised Iraq."),
        Article("2", "boom: Chile thanked Peru."),
        Article("3", "Spain met Italy."),
    ]
    out = list(p.run(arts))
    problems = [o for o in out if isinstance(o, Problem)]
    records = [o for o in out if isinstance(o, ArticleRecord)]
    assert [r.id for r in records] == ["1", "2", "3"]
    assert len(problems) == 1 and problems[0].article_id == "2" and problems[0].stage == "events"
    assert "stage exploded" in str(problems[0])
    assert records[1].actors, "the actors stage still ran for the failing document"


def test_broken_data_files_stop_the_run_once(pipeline):
    calls = []

    def broken(ctx):
        calls.append(ctx.article.id)
        raise LexiconError("geo.json: bad entry")

    p = Pipeline(stages=[Stage("places", broken, sets="places")], nlp=pipeline.nlp)
    with pytest.raises(LexiconError, match="geo.json"):
        list(p.run([Article("1", "Iran criticised Iraq."), Article("2", "Spain met Italy.")]))
    assert calls == ["1"]


def test_documents_stream_in_order_through_batches(pipeline):
    p = Pipeline(stages=[], nlp=pipeline.nlp, settings=pipeline.settings.replace(batch_size=2))
    arts = (Article(str(i), f"Statement number {i}.") for i in range(7))
    assert [r.id for r in p.run(arts)] == [str(i) for i in range(7)]


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2021-09-03", "2021-09-03"),
        ("20210903", "2021-09-03"),
        ("2021-09-03T10:00:00Z", "2021-09-03"),
        ("Fri, 03 Sep 2021 10:00:00 GMT", "2021-09-03"),
        ("2021/09/03", "2021-09-03"),
        ("March 7, 2020", "2020-03-07"),
        ("Mar. 7, 2020", "2020-03-07"),
        ("7 March 2020", "2020-03-07"),
        ("Saturday, March 7, 2020", "2020-03-07"),
        (None, None),
    ],
)
def test_parse_date(raw, iso):
    d = parse_date(raw)
    assert (d.isoformat() if d else None) == iso


@pytest.mark.parametrize("raw", ["sometime soon", "03/09/2021", "2021-02-30", "March 2020"])
def test_unparseable_or_ambiguous_date_raises_value_error(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


def test_a_text_over_max_chars_per_doc_is_a_problem_in_its_place_not_a_crash(pipeline):
    p = Pipeline(Settings.load(max_chars_per_doc=40), stages=[], nlp=pipeline.nlp)
    arts = [
        Article("1", "Iran criticised Iraq."),
        Article("2", "Chile thanked Peru for the help after the long storm.", path="in.jsonl", line=2),
        Article("3", "Spain met Italy."),
    ]
    out = list(p.run(arts))
    assert [type(o).__name__ for o in out] == ["ArticleRecord", "Problem", "ArticleRecord"]
    assert (out[1].code, out[1].stage, out[1].article_id) == (TooLarge.code, None, "2")
    assert str(out[1]).startswith("in.jsonl:2: [E104]") and "max_chars_per_doc" in str(out[1])
    with pytest.raises(TooLarge):
        p.process(arts[1])


def test_stage_problems_carry_the_stage_error_code_and_where_the_document_came_from(pipeline):
    def broken(ctx):
        raise KeyError("no such entry")

    p = Pipeline(stages=[Stage("times", broken, sets="times")], nlp=pipeline.nlp)
    (problem, record) = list(p.run([Article("x", "Talks began.", path="news.jsonl", line=9)]))
    assert problem.code == StageError.code and problem.stage == "times"
    assert str(problem).startswith("news.jsonl:9: [E601] (times)")
    assert record.times == []


def test_a_stage_that_cannot_be_imported_stops_the_run(pipeline):
    # broken code fails every document alike: one clear error, not an empty record per document
    def unloadable(ctx):
        raise ImportError("cannot import name 'extract_times'")

    p = Pipeline(stages=[Stage("times", unloadable, sets="times")], nlp=pipeline.nlp)
    with pytest.raises(ImportError, match="extract_times"):
        list(p.run([Article("x", "Talks began.")]))


@pytest.mark.parametrize(
    "text",
    ["The Kenyan Police arrested 3 PROTESTERS in Nairobi.", "Ministers of Chile and Peru met. Talks failed."],
)
def test_context_views_match_the_tokens_they_stand_for(pipeline, text):
    from dyad.pipeline import DocContext

    doc = pipeline.nlp(text)
    ctx = DocContext(doc=doc, article=Article("1", text), resources=pipeline.resources, published=None)
    assert ctx.lowers == [t.lower_ for t in doc]
    assert ctx.lemmas == [t.lemma_.lower() for t in doc]
    assert [(e.start, e.end, e.label_) for e in ctx.ents] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_a_shared_lookup_cache_is_one_per_name_and_bounded(monkeypatch):
    from dyad import pipeline as pipeline_module
    from dyad.pipeline import Resources

    res = Resources(Settings.load())
    towns = res.memo("towns")
    towns["Ganja"] = "AZE"
    assert res.memo("towns") is towns and res.memo("other") == {}
    monkeypatch.setattr(pipeline_module, "MEMO_SIZE", 1)
    assert res.memo("towns") == {}  # full: cleared before it is handed out again
