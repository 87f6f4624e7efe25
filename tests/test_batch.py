"""dyad batch: the same records as dyad extract, on a 2-worker LocalCluster; resumption; retries.

The corpus is written here for the project (short invented news items).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from dyad.cli.main import app  # noqa: E402
from dyad.pipeline import Stage  # noqa: E402
from dyad.scale import (  # noqa: E402
    PipelineSpec,
    iter_batch_records,
    local_cluster,
    partition_id,
    partitions,
    read_manifest,
    read_partition,
    run_batch,
    setup_workers,
)
from dyad.scale.tables import TABLES, partition_dirs, records_to_tables, tables_to_records  # noqa: E402
from dyad.settings import Settings  # noqa: E402

ARTICLES = [
    (
        "2024-03-04",
        "Ministers meet in Geneva",
        "The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday to discuss a peace treaty. Both sides said the talks were constructive.",
    ),
    (
        "2024-03-05",
        "Border clash",
        "Azerbaijani troops fired on Armenian positions near the border overnight, the Armenian Defence Ministry said on Tuesday. Two soldiers were wounded.",
    ),
    (
        "2024-03-07",
        "Sanctions threat",
        'The United States warned on Thursday that it could impose sanctions on Azerbaijan if fighting resumes. "We will not hesitate," a State Department spokesman said.',
    ),
    (
        "2024-03-09",
        "Call between leaders",
        "President Emmanuel Macron called Prime Minister Nikol Pashinyan on Saturday and expressed support for the peace process.\n\nThe two leaders agreed to meet in Paris next month.",
    ),
    (
        "2024-03-11",
        "Ceasefire",
        "Russia announced a ceasefire between the two sides starting at midnight. Moscow said its peacekeepers would monitor the line of contact.",
    ),
    (
        "2024-03-12",
        "Protest in Baku",
        "Hundreds of people protested outside the French embassy in Baku on Tuesday, accusing Paris of bias. Police detained several demonstrators.",
    ),
    (
        "2024-03-14",
        "Aid convoy",
        "The European Union sent humanitarian aid to displaced families in southern Armenia. An EU official said more help would follow in April.",
    ),
]


def _write_corpus(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"id": f"n{i}", "published": d, "title": t, "text": x})
        for i, (d, t, x) in enumerate(ARTICLES[:5])
    ]
    lines.insert(2, '{"id": "broken", "text": ')  # a broken JSON line: skipped, with its reason
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    notes = folder / "notes"
    notes.mkdir(exist_ok=True)
    for i, (_d, t, x) in enumerate(ARTICLES[5:]):
        (notes / f"{i}.txt").write_text(f"{t}\n\n{x}\n", encoding="utf-8")
    (notes / "empty.txt").write_text("  \n", encoding="utf-8")
    return [str(folder / "wire.jsonl"), str(notes)]


def _sorted_dicts(records) -> list[dict]:
    return sorted((r.to_dict() for r in records), key=lambda d: d["id"])


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings.load()


@pytest.fixture(scope="module")
def spec(settings) -> PipelineSpec:
    return PipelineSpec(settings)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    return _write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def client(spec):
    from distributed import Client

    with local_cluster(2, silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        setup_workers(c, spec)
        yield c


@pytest.fixture(scope="module")
def clean_run(client, spec, corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    report = run_batch(corpus, out, client, spec=spec, partition_size=2, register=False)
    assert report.complete and not report.failed
    return out


# ---------------------------------------------------------------- pure parts, no cluster


def test_partitions_are_deterministic_and_report_skips(corpus):
    from dyad.ingest import read_inputs

    first = list(partitions(read_inputs(corpus), 2))
    again = list(partitions(read_inputs(corpus), 2))
    ids = [p.id for p in first if hasattr(p, "articles")]
    assert ids == [p.id for p in again if hasattr(p, "articles")]
    assert [p.index for p in first if hasattr(p, "articles")] == [0, 1, 2, 3]
    skipped = [s for s in first if not hasattr(s, "articles")]
    assert sorted(s.code for s in skipped) == ["E101", "E105"]
    assert any(s.line == 3 for s in skipped)


def test_partition_id_changes_with_content():
    from dyad.records import Article

    a, b = Article("x", "One text."), Article("x", "Another text.")
    assert partition_id(0, [a]) == partition_id(0, [Article("x", "One text.")])
    assert partition_id(0, [a]) != partition_id(0, [b])
    assert partition_id(0, [a]) != partition_id(1, [a])


def test_too_long_documents_are_skipped_with_reason():
    from dyad.records import Article

    items = [Article("a", "short"), Article("b", "x" * 50), Article("c", "also short")]
    out = list(partitions(items, 10, max_chars=20))
    assert [type(o).__name__ for o in out] == ["Skipped", "Partition"]
    assert out[0].article_id == "b" and out[0].code == "E104"
    assert [a.id for a in out[1].articles] == ["a", "c"]


def test_tables_round_trip_records(pipeline, corpus):
    from dyad.ingest import read_inputs
    from dyad.records import Article

    arts = [a for a in read_inputs(corpus) if isinstance(a, Article)]
    records = [r for r in pipeline.run(arts) if hasattr(r, "to_dict")]
    tables = records_to_tables(records)
    assert set(tables) == set(TABLES)
    assert tables["articles"].num_rows == len(records)
    assert [r.to_dict() for r in tables_to_records(tables)] == [r.to_dict() for r in records]


# ---------------------------------------------------------------- on a 2-worker LocalCluster


def test_local_cluster_is_one_single_threaded_process_per_worker(client):
    nthreads = client.nthreads()
    assert len(nthreads) == 2 and set(nthreads.values()) == {1}
    pids = client.run(os.getpid)
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()


def test_batch_cli_gives_the_same_records_as_extract(client, corpus, tmp_path):
    runner = CliRunner()
    extracted = tmp_path / "extract.jsonl"
    res = runner.invoke(app, ["extract", *corpus, "-o", str(extracted)])
    assert res.exit_code == 1, res.output  # the broken line and the empty file are skipped
    out = tmp_path / "batch"
    scheduler = client.scheduler.address
    res = runner.invoke(
        app, ["batch", *corpus, "--out", str(out), "--scheduler", scheduler, "--partition-size", "2"]
    )
    assert res.exit_code == 1, res.output
    expected = sorted((json.loads(x) for x in extracted.read_text().splitlines()), key=lambda d: d["id"])
    got = _sorted_dicts(iter_batch_records(out))
    assert len(got) == len(ARTICLES)
    for e, g in zip(expected, got, strict=True):
        assert g == e
    manifest = read_manifest(out)
    assert manifest["complete"] and manifest["workers"] == 2
    assert manifest["totals"]["partitions_written"] == 4
    assert {s["code"] for s in manifest["skipped_inputs"]} == {"E101", "E105"}
    assert len(partition_dirs(out)) == 4


def test_batch_matches_pipeline_run(clean_run, pipeline, corpus):
    from dyad.ingest import read_inputs
    from dyad.records import Article

    arts = [a for a in read_inputs(corpus) if isinstance(a, Article)]
    expected = _sorted_dicts(r for r in pipeline.run(arts) if hasattr(r, "to_dict"))
    assert _sorted_dicts(iter_batch_records(clean_run)) == expected


def test_ingest_from_parquet_stores_the_same_rows_as_records_idempotently(
    clean_run, pipeline, corpus, tmp_path
):
    from dyad.ingest import read_inputs
    from dyad.records import Article
    from dyad.store import Store

    runner = CliRunner()
    db = tmp_path / "batch.duckdb"
    args = ["ingest", "--from-parquet", str(clean_run), "--db", str(db)]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        first = store.counts()
    res = runner.invoke(app, args)  # again: nothing added
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        assert store.counts() == first
    assert first["articles"] == len(ARTICLES)
    # the same rows as ingesting the records dyad extract writes
    arts = [a for a in read_inputs(corpus) if isinstance(a, Article)]
    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(json.dumps(r.to_dict()) + "\n" for r in pipeline.run(arts) if hasattr(r, "to_dict")),
        encoding="utf-8",
    )
    db2 = tmp_path / "records.duckdb"
    res = runner.invoke(app, ["ingest", str(records), "--db", str(db2)])
    assert res.exit_code == 0, res.output
    with Store(db2, read_only=True) as store:
        assert store.counts() == first


def test_ingest_from_parquet_refuses_a_folder_that_is_not_a_batch(tmp_path):
    res = CliRunner().invoke(
        app, ["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "x.duckdb")]
    )
    assert res.exit_code == 2
    assert "not a dyad batch folder" in " ".join(res.output.split())


def _assert_same_output(a: Path, b: Path) -> None:
    da, db = partition_dirs(a), partition_dirs(b)
    assert [p.name for p in da] == [p.name for p in db]
    for pa_, pb_ in zip(da, db, strict=True):
        ta, tb = read_partition(pa_), read_partition(pb_)
        for name in TABLES:
            assert ta[name].equals(tb[name]), (pa_.name, name)
    assert not [p for p in b.iterdir() if p.name.startswith(".tmp-")]


def test_interrupted_batch_resumes_to_identical_output(client, spec, corpus, clean_run, tmp_path):
    out = tmp_path / "resume"
    first = run_batch(corpus, out, client, spec=spec, partition_size=2, max_partitions=2, register=False)
    assert not first.complete and len(partition_dirs(out)) == 2
    leftover = out / ".tmp-part-000003-deadbeef0000-1234abcd"  # what a killed worker leaves
    leftover.mkdir()
    (leftover / "articles.parquet").write_bytes(b"half a file")
    second = run_batch(corpus, out, client, spec=spec, partition_size=2, register=False)
    assert second.complete
    assert [p["status"] for p in sorted(second.partitions, key=lambda p: p["index"])] == [
        "skipped",
        "skipped",
        "written",
        "written",
    ]
    _assert_same_output(clean_run, out)
    assert _sorted_dicts(iter_batch_records(out)) == _sorted_dicts(iter_batch_records(clean_run))
    third = run_batch(corpus, out, client, spec=spec, partition_size=2, register=False)
    assert third.totals()["partitions_written"] == 0 and third.totals()["partitions_already_done"] == 4
    _assert_same_output(clean_run, out)


def test_a_batch_folder_is_not_resumed_by_another_pipeline(client, spec, corpus, clean_run):
    from dyad.errors import DyadError

    other = dataclasses.replace(spec, lexicon=not spec.lexicon)
    with pytest.raises(DyadError, match="another pipeline"):
        run_batch(corpus, clean_run, client, spec=other, partition_size=2, register=False)


def _add_crash_stage(flag: str, marker: str, dask_worker=None) -> None:
    """On a worker: put a first stage that kills the worker process the first time it meets
    an article mentioning ``marker`` (a restarted worker builds a clean pipeline)."""

    def crash_once(ctx):
        if marker in ctx.text and not os.path.exists(flag):
            Path(flag).write_text("crashed", encoding="utf-8")
            os._exit(17)
        return []

    pipeline = dask_worker.plugins["dyad-pipeline"].pipeline
    pipeline.stages = [Stage("crash", crash_once, sets="crash"), *pipeline.stages]


def _drop_crash_stage(dask_worker=None) -> None:
    plugin = dask_worker.plugins.get("dyad-pipeline")
    if plugin is not None and plugin.pipeline is not None:
        plugin.pipeline.stages = [s for s in plugin.pipeline.stages if s.name != "crash"]


def test_a_crashed_worker_partition_is_retried(client, spec, corpus, clean_run, tmp_path):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    flag = tmp_path / "crashed.flag"
    out = tmp_path / "crash"
    before = set(client.nthreads())
    client.run(_add_crash_stage, str(flag), "Moscow")
    try:
        report = run_batch(corpus, out, client, spec=spec, partition_size=2, register=False)
    finally:
        client.run(_drop_crash_stage)
    assert flag.exists()  # a worker really died ...
    assert set(client.nthreads()) != before  # ... and was replaced
    assert report.complete and not report.failed
    _assert_same_output(clean_run, out)
