"""The command line: every command documented, exit codes, bad input handling."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyad.cli.main import app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def _commands(group=app, prefix=()):
    import typer.main

    click_group = typer.main.get_command(group)
    out = []

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, (*path, name))
        else:
            out.append(path)

    walk(click_group, prefix)
    return out


COMMANDS = _commands()


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help_with_an_example_and_is_in_the_readme(path):
    res = runner.invoke(app, [*path, "--help"])
    assert res.exit_code == 0, res.output
    assert "Example" in res.output, f"dyad {' '.join(path)} --help has no example"
    assert f"dyad {' '.join(path)}" in README, f"README does not document `dyad {' '.join(path)}`"


def test_extract_writes_one_record_per_document_and_reports_skips(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"id": "a", "text": "Turkey condemned the attack.", "published": "2021-01-02"})
        + "\n{not json\n"
        + json.dumps({"id": "b", "text": "Iran and Iraq held talks."})
        + "\n"
    )
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(
        app, ["extract", str(good), str(tmp_path / "empty.txt"), "-o", str(out), "-p", "2021-05-05"]
    )
    assert res.exit_code == 1, res.output
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[1]["published"] == "2021-05-05"
    assert f"{good}:2:" in res.output and "E105" in res.output
    assert "empty.txt" in res.output and "E101" in res.output
    assert "Traceback" not in res.output


def test_extract_exit_zero_when_nothing_skipped(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("France and Germany signed a trade agreement.")
    res = runner.invoke(app, ["extract", str(p)])
    assert res.exit_code == 0
    assert json.loads(res.stdout.splitlines()[0])["schema"] == "dyad.article/1"


def test_bad_published_option_is_a_usage_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Talks.")
    res = runner.invoke(app, ["extract", str(p), "--published", "yesterday-ish"])
    assert res.exit_code == 2
    assert "Traceback" not in res.output


def test_summary_reports_a_bad_line_and_summarizes_the_rest(tmp_path):
    from dyad.records import ArticleRecord

    rec = ArticleRecord(id="r1", text="Talks.", sentences=[[0, 6]]).to_dict()
    p = tmp_path / "out.jsonl"
    p.write_bytes(json.dumps(rec).encode() + b"\n{cut off\n" + b'{"text": "an input article"}\n')
    res = runner.invoke(app, ["summary", str(p)])
    assert res.exit_code == 1, res.output
    assert f"{p}:2: [E105]" in res.output and f"{p}:3: [E302]" in res.output
    assert "articles" in res.output and "Traceback" not in res.output
    res = runner.invoke(app, ["summary", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_extract_counts_a_document_too_long_to_parse_as_skipped(tmp_path, monkeypatch, pipeline):
    import dyad.cli.extract as cli_extract
    from dyad.pipeline import Pipeline

    monkeypatch.setenv("DYAD_MAX_CHARS_PER_DOC", "60")
    monkeypatch.setattr(
        cli_extract, "Pipeline", lambda settings: Pipeline(settings, stages=[], nlp=pipeline.nlp)
    )
    (tmp_path / "a.txt").write_text("Peru thanked Chile.")
    (tmp_path / "b.txt").write_text("A long report. " * 10)
    res = runner.invoke(app, ["extract", str(tmp_path), "--summary"])
    assert res.exit_code == 1, res.output
    assert [json.loads(x)["text"] for x in res.stdout.splitlines()] == ["Peru thanked Chile."]
    assert "Dyad summary" in res.stderr and "│ articles  │ 1 " in res.stderr
    assert f"{tmp_path / 'b.txt'}: [E104]" in res.output and "1 skipped" in res.output


@pytest.mark.parametrize(
    "group", [[], ["eval"], ["analyze"], ["export"]], ids=["dyad", "eval", "analyze", "export"]
)
def test_groups_have_examples_too(group):
    res = runner.invoke(app, [*group, "--help"])
    assert res.exit_code == 0 and "Examples" in res.output


def test_a_long_message_on_stderr_stays_one_line(capsys):
    from dyad.cli.common import stderr

    msg = "dyad: skipped /some/long/path/" + "x" * 150 + ".jsonl:12: [E105] invalid JSON"
    stderr().print(msg)
    assert capsys.readouterr().err == msg + "\n"


def test_a_bad_published_option_leaves_an_earlier_output_alone(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"kept": true}\n')
    (tmp_path / "a.txt").write_text("Talks.")
    res = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out), "-p", "2021-02-30"])
    assert res.exit_code == 2 and out.read_text() == '{"kept": true}\n'


def test_gold_file_that_is_not_utf8_or_not_objects_is_an_eval_error(tmp_path):
    from dyad.analyze.evaluate import load_gold
    from dyad.errors import EvalError

    bad = tmp_path / "g.jsonl"
    for content, line in [(b'{"text": "ok"}\n\n{"text": "caf\xe9"}\n', 3), (b'{"text": "ok"}\n[1, 2]\n', 2)]:
        bad.write_bytes(content)
        with pytest.raises(EvalError) as err:
            load_gold(bad)
        assert err.value.line == line


def test_main_turns_an_unwritable_output_into_one_line_and_exit_3(tmp_path, monkeypatch, capsys):
    from dyad.cli.main import main

    monkeypatch.setattr("sys.argv", ["dyad", "schema", "-o", str(tmp_path / "no-such-folder" / "s.json")])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 3
    err = capsys.readouterr().err
    assert err.startswith("dyad: No such file or directory") and "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "x.txt", "--batch-size", "0"],
        ["ingest", "x.txt", "--max-bytes", "-1"],
        ["events", "--limit", "-5"],
        ["batch", "x.txt", "--out", "o", "--batch-size", "0"],
    ],
    ids=["extract", "ingest", "events", "batch"],
)
def test_sizes_below_one_are_usage_errors(args):
    res = runner.invoke(app, args)
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_a_bad_environment_setting_is_a_usage_error(monkeypatch, capsys):
    from dyad.cli.main import main

    monkeypatch.setenv("DYAD_BATCH_SIZE", "0")
    monkeypatch.setattr("sys.argv", ["dyad", "extract", "x.txt"])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 2 and "batch_size must be at least 1" in capsys.readouterr().err


# -- what a new user trips over ----------------------------------------------------------------


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_option_and_argument_of_every_command_has_help(path):
    import typer.main

    cmd = typer.main.get_command(app)
    for name in path:
        cmd = cmd.commands[name]
    bare = [p.name for p in cmd.params if p.name != "help" and not (getattr(p, "help", None) or "").strip()]
    assert not bare, f"dyad {' '.join(path)}: no help for {bare}"


def _noop_pipeline(monkeypatch, pipeline, module):
    """The CLI's pipeline without extraction stages: fast, and the reading is what is tested."""
    from dyad.pipeline import Pipeline

    monkeypatch.setattr(module, "Pipeline", lambda settings: Pipeline(settings, stages=[], nlp=pipeline.nlp))


def _mixed_folder(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("Peru thanked Chile.")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 \x00\x01")
    (root / "sub" / "wire.jsonl").write_text('{"id": "w1", "text": "Chile thanked Peru."}\n{cut\n')
    return root


def test_quiet_leaves_only_the_skip_reports_on_stderr(tmp_path, monkeypatch, pipeline):
    import dyad.cli.extract as cli_extract

    _noop_pipeline(monkeypatch, pipeline, cli_extract)
    folder = _mixed_folder(tmp_path / "in")
    res = runner.invoke(app, ["extract", str(folder), "-q", "-o", str(tmp_path / "out.jsonl")])
    assert res.exit_code == 1
    assert res.stderr.splitlines() == [
        f"dyad: skipped {folder / 'notes.pdf'}: [E108] no reader for .pdf; readable: .atom .htm .html "
        ".json .jsonl .markdown .md .ndjson .rss .text .txt .xhtml .xml, optionally gzipped",
        f"dyad: skipped {folder / 'sub' / 'wire.jsonl'}:2: [E105] invalid JSON: "
        "Expecting property name enclosed in double quotes (column 2)",
    ]
    ids = [json.loads(x)["id"] for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(ids) == 2 and "w1" in ids
    loud = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "out.jsonl")])
    assert "dyad: 2 article(s) written, 2 skipped" in loud.stderr


def test_a_folder_of_files_no_reader_takes_is_not_a_silent_success(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "table.csv").write_text("a,b\n")
    res = runner.invoke(app, ["extract", str(tmp_path)])
    assert res.exit_code == 1
    assert "report.pdf: [E108]" in res.stderr and "table.csv: [E108]" in res.stderr
    assert "0 article(s) written, 2 skipped" in res.stderr


def test_a_batch_output_folder_given_as_input_points_at_from_parquet(tmp_path):
    out = tmp_path / "runs"
    (out / "part-000000-abc").mkdir(parents=True)
    (out / "part-000000-abc" / "articles.parquet").write_bytes(b"PAR1")
    (out / "manifest.json").write_text('{"schema": "dyad.batch-manifest/1"}')
    for cmd in (["ingest", str(out), "--db", str(tmp_path / "x.duckdb"), "-q"], ["extract", str(out), "-q"]):
        res = runner.invoke(app, cmd)
        assert res.exit_code == 1
        assert res.stderr.splitlines() == [
            f"dyad: skipped {out}: [E108] a dyad batch output folder (Parquet partitions): "
            "load it with dyad ingest --from-parquet"
        ]
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "events.parquet").write_bytes(b"PAR1")
    res = runner.invoke(app, ["ingest", str(loose), "--db", str(tmp_path / "x.duckdb"), "-q"])
    assert (
        res.exit_code == 1 and "a dyad batch output is loaded with dyad ingest --from-parquet" in res.stderr
    )


def test_the_progress_total_grows_when_a_file_holds_more_documents_than_counted(capsys):
    from dyad.cli.common import progress

    with progress("reading", total=2, enabled=True) as advance:
        for _ in range(3):  # one file counted once held two articles
            advance()
    err = capsys.readouterr().err
    assert "3/3" in err and "3/2" not in err


@pytest.fixture(scope="module")
def records_db(tmp_path_factory):
    from store_helpers import mediation_corpus

    from dyad.store import Store, ingest

    db = tmp_path_factory.mktemp("cli") / "m.duckdb"
    with Store(db) as st:
        ingest(st, mediation_corpus())
    return db


def test_a_piped_table_keeps_its_column_names_whole(records_db):
    res = runner.invoke(app, ["analyze", "balance", "USA", "ARM", "AZE", "--db", str(records_db)])
    assert res.exit_code == 0, res.output
    header = next(line for line in res.stdout.splitlines() if "period" in line)
    for col in ("contacts_1", "contact_balance", "cooperation_balance", "criticism_balance", "n_events"):
        assert col in header, header
    res = runner.invoke(app, ["events", "--db", str(records_db), "--limit", "2"])
    header = next(line for line in res.stdout.splitlines() if "source_code" in line)
    assert "target_code" in header and "sentence_text" in header


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quad", "5"], "Input should be less than or equal to 4"),
        (["--modality", "threat"], "unknown --modality 'threat'; use one of asserted, threatened"),
    ],
)
def test_an_impossible_event_filter_is_a_usage_error_not_an_empty_answer(records_db, args, message):
    res = runner.invoke(app, ["events", "--db", str(records_db), *args])
    assert res.exit_code == 2 and message in res.output, res.output


def test_ingest_with_nothing_to_ingest_is_a_usage_error_and_creates_no_database(tmp_path):
    db = tmp_path / "x.duckdb"
    res = runner.invoke(app, ["ingest", "--db", str(db)])
    assert res.exit_code == 2 and "nothing to ingest" in res.output
    assert not db.exists()


def test_eval_all_on_a_folder_without_gold_files_says_so(tmp_path):
    res = runner.invoke(app, ["eval", "all", str(tmp_path)])
    assert res.exit_code == 2 and "no gold files" in res.output


def test_events_counted_leaves_out_negated_and_hypothetical_events(records_db):
    every = json.loads(
        runner.invoke(app, ["events", "--db", str(records_db), "--limit", "0", "-f", "json"]).stdout
    )
    res = runner.invoke(app, ["events", "--db", str(records_db), "--limit", "0", "-f", "json", "--counted"])
    assert res.exit_code == 0, res.output
    counted = json.loads(res.stdout)
    left_out = [e for e in every if e["negated"] or e["modality"] == "hypothetical"]
    assert left_out and len(counted) == len(every) - len(left_out)
    assert not any(e["negated"] or e["modality"] == "hypothetical" for e in counted)


@pytest.mark.parametrize(
    ("inputs", "output", "why"),
    [
        (["a.jsonl"], "a.jsonl", "is also an input: it would be emptied before it is read"),
        (["."], "out.jsonl", "is inside the input folder"),
        (["sub/../a.jsonl"], "a.jsonl", "is also an input"),
    ],
    ids=["same-file", "inside-folder", "same-file-other-spelling"],
)
def test_extract_refuses_an_output_that_would_clobber_or_reread_its_input(
    tmp_path, monkeypatch, inputs, output, why
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.jsonl").write_text('{"text": "Peru thanked Chile."}\n')
    res = runner.invoke(app, ["extract", *inputs, "-o", output])
    assert res.exit_code == 2 and why in res.output, res.output
    assert (tmp_path / "a.jsonl").read_text() == '{"text": "Peru thanked Chile."}\n'


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_flag_prints_the_version(flag):
    from dyad import __version__

    res = runner.invoke(app, [flag])
    assert res.exit_code == 0 and res.stdout == f"{__version__}\n"


def test_a_lowercase_code_that_matches_nothing_gets_a_hint(records_db):
    res = runner.invoke(app, ["events", "--db", str(records_db), "--source", "usa"])
    assert res.exit_code == 0
    assert "'usa' is read as part of a name; actor codes are in capitals ('USA')" in res.stderr
    res = runner.invoke(app, ["events", "--db", str(records_db), "--source", "USA"])
    assert "note:" not in res.stderr and "USAGOV" in res.stdout
    res = runner.invoke(app, ["events", "--db", str(records_db), "--source", "Tusk"])  # a name: no note
    assert res.exit_code == 0 and "note:" not in res.stderr


@pytest.mark.parametrize("cmd", [["dyad", "USA", "AZE"], ["balance", "USA", "ARM", "AZE"], ["stance", "USA"]])
def test_a_plot_name_that_cannot_be_drawn_is_refused_before_any_output(records_db, tmp_path, cmd):
    res = runner.invoke(app, ["analyze", *cmd, "--db", str(records_db), "--plot", str(tmp_path / "c.jpg")])
    assert res.exit_code == 2 and res.stdout == ""
    assert "cannot plot to 'c.jpg': use a .png or .svg file name" in res.stderr


def test_an_unknown_actor_kind_is_a_usage_error(records_db):
    res = runner.invoke(app, ["actors", "--db", str(records_db), "--kind", "organisation"])
    assert res.exit_code == 2
    assert "unknown --kind 'organisation'; use one of person, organization, country, group" in res.stderr


@pytest.mark.parametrize("cmd", ["events", "quotes", "stories"])
@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_bad_date_option_is_a_usage_error_on_every_query(records_db, cmd, option):
    res = runner.invoke(app, [cmd, "--db", str(records_db), option, "yesterday"])
    assert res.exit_code == 2, res.output
    assert "bad date 'yesterday': use YYYY-MM-DD" in res.stderr
    assert isinstance(res.exception, SystemExit), "no traceback: a clean exit"


def test_summary_of_a_database_file_by_mistake_is_one_line(records_db):
    res = runner.invoke(app, ["summary", str(records_db)])
    assert res.exit_code == 1
    assert res.stderr.splitlines() == [
        f"dyad: skipped {records_db}: [E102] binary content (NUL bytes): not JSON Lines (an image, a database?)"
    ]


def _documented_command_lines() -> list[str]:
    """Every `dyad ...` line of the README's and docs' code blocks, and of every --help example."""
    lines: list[str] = []
    root = Path(__file__).parents[1]
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        for block in re.findall(r"```[a-z]*\n(.*?)```", doc.read_text(encoding="utf-8"), flags=re.S):
            lines += [x.strip() for x in block.splitlines() if x.strip().startswith("dyad ")]
    for path in [(), *COMMANDS, ("eval",), ("analyze",), ("export",)]:
        out = runner.invoke(app, [*path, "--help"], terminal_width=200).output
        lines += [x.strip() for x in out.splitlines() if x.strip().startswith("dyad ")]
    return sorted(set(lines))


def _parts(line: str) -> list[list[str]]:
    """The dyad invocations of a shell line, each cut at its redirections and comment."""
    import shlex

    out = []
    for piece in re.split(r"&&|\|", line.split(" #")[0]):
        if not piece.strip().startswith("dyad "):
            continue  # another program (cat, duckdb, ...)
        words = shlex.split(piece.replace("[", " ").replace("]", " "))
        words = [w for w in words if w != "..."]
        for i, w in enumerate(words):
            if w.startswith((">", "2>")) or w in (">", "2>"):
                words = words[:i]
                break
        if words and words[0] == "dyad":
            out.append(words[1:])
    return out


DOCUMENTED = _documented_command_lines()


@pytest.mark.parametrize("line", DOCUMENTED)
def test_every_documented_command_line_names_real_commands_and_options(line):
    import typer.main

    for words in _parts(line):
        cmd = typer.main.get_command(app)
        i = 0
        while getattr(cmd, "commands", None) and i < len(words) and words[i] in cmd.commands:
            cmd = cmd.commands[words[i]]
            i += 1
        assert not getattr(cmd, "commands", None), f"{line!r}: no such command"
        known = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)} | {"--help", "-h"}
        for w in words[i:]:
            if w.startswith("-") and w != "-":
                assert w.split("=")[0] in known, f"{line!r}: dyad {cmd.name} has no option {w}"


@pytest.mark.parametrize(
    "cmd",
    [["events"], ["quotes"], ["stories"], ["analyze", "dyad", "USA", "AZE"], ["analyze", "stance", "USA"]],
)
def test_a_date_range_that_ends_before_it_starts_is_a_usage_error(records_db, cmd):
    res = runner.invoke(
        app, [*cmd, "--db", str(records_db), "--since", "2021-06-01", "--until", "2021-01-01"]
    )
    assert res.exit_code == 2, res.output
    assert "since 2021-06-01 is after until 2021-01-01" in res.stderr
