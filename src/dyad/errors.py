"""Dyad's exception tree. Every error carries a stable code from one catalogue.

::

    DyadError
    ├── SettingsError         E001 a setting with a bad value (``DYAD_*`` variable or option)
    ├── ModelMissing          E002 the spaCy model named by the ``model`` setting is not installed
    ├── InputError            bad input: the document is skipped, the batch goes on
    │   ├── EmptyInput        E101 empty or whitespace-only document
    │   ├── BinaryInput       E102 binary content (NUL bytes, control characters)
    │   ├── EncodingError     E103 not valid UTF-8
    │   ├── TooLarge          E104 over the size limits (``max_bytes``, ``max_chars_per_doc``)
    │   ├── MalformedJSON     E105 a JSON document or line that does not parse, or a wrong field type
    │   ├── MissingText       E106 a JSON article without a ``text`` field
    │   ├── BadDate           E107 a publication date that cannot be parsed
    │   ├── UnsupportedInput  E108 a file type no reader handles
    │   ├── FetchError        E109 a URL or feed that could not be fetched
    │   └── MalformedInput    E110 a feed or compressed file whose structure does not parse
    ├── LexiconError          E201 a lexicon data file that fails validation
    ├── StoreError            E301 database problems
    │   ├── SchemaVersionError E302 database from a newer Dyad, or an unknown record schema
    │   └── DatabaseLocked    E303 database locked or read-only
    ├── EvalError             E401 a gold file that cannot be scored
    ├── AnalysisError         E501 bad analysis arguments (unknown period, missing actor code)
    ├── StageError            E601 an extractor failed on one document: reported as a warning,
    │                              the record is kept with that stage's list empty
    ├── PipelineError         E602 stages that cannot run in the order given
    └── BatchError            E701 a batch folder or Dask cluster that cannot be used (no
                                   manifest, made by another pipeline, workers without a pipeline)

An :class:`InputError` reaches a batch as an item (with ``path`` and ``line``), not as a
raised exception: readers yield it, the command line prints it as one line on stderr and
counts the document as skipped (exit code 1).
"""

from __future__ import annotations


class DyadError(Exception):
    """Base of all Dyad errors."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}[{self.code}] {self.message}"


class SettingsError(DyadError):
    code = "E001"


class ModelMissing(DyadError):
    code = "E002"


class InputError(DyadError):
    """A document that cannot be read; it is skipped and the batch goes on."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class TooLarge(InputError):
    code = "E104"


class MalformedJSON(InputError):
    code = "E105"


class MissingText(InputError):
    code = "E106"


class BadDate(InputError):
    code = "E107"


class UnsupportedInput(InputError):
    code = "E108"


class FetchError(InputError):
    code = "E109"


class MalformedInput(InputError):
    code = "E110"


class LexiconError(DyadError):
    code = "E201"


class StoreError(DyadError):
    code = "E301"


class SchemaVersionError(StoreError):
    code = "E302"


class DatabaseLocked(StoreError):
    code = "E303"


class EvalError(DyadError):
    code = "E401"


class AnalysisError(DyadError):
    code = "E501"


class PipelineError(DyadError):
    code = "E602"


class BatchError(DyadError):
    code = "E701"


class StageError(DyadError):
    """An extractor that failed on one document (the pipeline reports it as a ``Problem``)."""

    code = "E601"


__all__ = [
    "AnalysisError",
    "BadDate",
    "BatchError",
    "BinaryInput",
    "DatabaseLocked",
    "DyadError",
    "EmptyInput",
    "EncodingError",
    "EvalError",
    "FetchError",
    "InputError",
    "LexiconError",
    "MalformedInput",
    "MalformedJSON",
    "MissingText",
    "ModelMissing",
    "PipelineError",
    "SchemaVersionError",
    "SettingsError",
    "StageError",
    "StoreError",
    "TooLarge",
    "UnsupportedInput",
]
