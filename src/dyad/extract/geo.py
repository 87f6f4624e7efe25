"""Placeholder: this stage yields nothing until its issue lands."""

from __future__ import annotations

from collections.abc import Iterator

from ..pipeline import DocContext
from ..records import Place


def extract_places(ctx: DocContext) -> Iterator[Place]:
    return iter(())
