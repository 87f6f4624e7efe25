"""Shared fixtures: spaCy and the lexicon load once per test session."""

from __future__ import annotations

import pytest

from dyad.pipeline import Pipeline, Stage
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


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):
    """The session's spaCy pipeline (without the lexicon's entity ruler if its data is absent)."""
    from dyad.errors import LexiconError

    try:
        return pipeline.nlp
    except LexiconError:
        from dyad.nlp import load_nlp

        return load_nlp(pipeline.settings.model)


@pytest.fixture(scope="session")
def rules():
    """The time rules, loaded once for the time tests."""
    from dyad.extract.time import TimeRules

    return TimeRules.load()


@pytest.fixture(scope="session")
def places_only(pipeline: Pipeline) -> Pipeline:
    """A pipeline with the places stage alone, on the plain spaCy model, for the place tests."""
    from dyad.extract.geo import extract_places
    from dyad.nlp import load_nlp

    return Pipeline(
        stages=[Stage("places", extract_places, sets="places")], nlp=load_nlp(pipeline.settings.model)
    )
