"""Reading the project's JSON data files, with one error for a missing or broken file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import LexiconError


def read_json(path: Path, what: str) -> Any:
    """The parsed content of ``path``; :class:`LexiconError` names ``what`` file is missing,
    or the line of invalid JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"{what} file is missing", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise LexiconError(f"invalid JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
