"""Shared fixtures: spaCy and the lexicon load once per test session."""

from __future__ import annotations

import pytest

from dyad.pipeline import Pipeline
from dyad.settings import Settings


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The full default pipeline (every stage), built once."""
    return Pipeline(Settings.load())


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, published) -> ArticleRecord, through the shared pipeline."""
    import dyad

    def run(text: str, published: str | None = "2021-06-01", **kw):
        return dyad.extract(text, published=published, pipeline=pipeline, **kw)

    return run
