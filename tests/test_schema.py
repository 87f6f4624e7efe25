"""The JSON Schema file is generated from records.py and real output validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from dyad.records import ArticleRecord, json_schema

SCHEMA_FILE = Path(__file__).parents[1] / "src" / "dyad" / "schema" / "dyad.article-1.json"


def test_schema_file_is_in_step_with_the_code():
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "run `make schema` to regenerate the schema file"


def test_real_output_validates(extract):
    rec = extract(
        "Armenia's Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in Moscow on Tuesday. "
        '"We discussed the ceasefire," Pashinyan said.',
        published="2021-04-08",
    )
    data = rec.to_dict()
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert data["schema"] == "dyad.article/1"
    for key in ("sentences", "actors", "quotes", "events", "times", "places"):
        assert isinstance(data[key], list)
    assert ArticleRecord.from_dict(json.loads(json.dumps(data))) == rec


def test_sentences_are_offsets_into_the_text(extract):
    text = "Talks resumed in Geneva.\n\nBoth delegations attended. They left at noon."
    rec = extract(text)
    assert [text[s:e] for s, e in rec.sentences] == [
        "Talks resumed in Geneva.",
        "Both delegations attended.",
        "They left at noon.",
    ]


def test_paragraph_break_always_starts_a_sentence(extract):
    text = "Ministers gathered in Vienna\n\nthe talks continued late into the night"
    rec = extract(text)
    assert len(rec.sentences) == 2
