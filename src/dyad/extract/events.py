"""Placeholder: this stage yields nothing until its issue lands."""

from __future__ import annotations

from collections.abc import Iterator

from ..pipeline import DocContext
from ..records import Event


def extract_events(ctx: DocContext) -> Iterator[Event]:
    return iter(())
