"""Shared fixtures: spaCy and the lexicon load once per test session."""

from __future__ import annotations

import pytest

from dyad.pipeline import Pipeline
from dyad.settings import Settings


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The full default pipeline (every stage), built once."""
    return Pipeline(Settings.load())
