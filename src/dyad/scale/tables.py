"""Article records <-> Arrow tables, and the on-disk layout of one batch partition.

Each partition is a folder ``part-NNNNNN-HASH/`` holding one Parquet file per table:
``articles``, ``actors``, ``quotes``, ``events``, ``times``, ``places``. Every child table
starts with ``article_id``; its other columns are the fields of the record class, in order,
so the columns follow ``records.py`` (a field added there appears here without a change).
Spans are ``list<int64>``, lists of spans ``list<list<int64>>``; a field of a type with no
Arrow equivalent is stored as a JSON string (field metadata ``dyad.json = 1``).

A partition is written into a hidden temporary folder, then renamed into place, so a
partition folder exists only complete.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import types
import typing
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, Union

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import Actor, ArticleRecord, Event, Place, Quote, TimeExpr

CHILD_TABLES: dict[str, type] = {
    "actors": Actor,
    "quotes": Quote,
    "events": Event,
    "times": TimeExpr,
    "places": Place,
}
TABLES: tuple[str, ...] = ("articles", *CHILD_TABLES)
PART_PREFIX = "part-"
TMP_PREFIX = ".tmp-"
_JSON_META = {b"dyad.json": b"1"}


def _arrow_type(tp: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of a record field's type hint, and whether it is stored as JSON."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        return _arrow_type(rest[0]) if len(rest) == 1 else (pa.string(), True)
    if origin is Literal:
        return (pa.string(), False) if all(isinstance(a, str) for a in args) else (pa.string(), True)
    if tp is str:
        return pa.string(), False
    if tp is bool:
        return pa.bool_(), False
    if tp is int:
        return pa.int64(), False
    if tp is float:
        return pa.float64(), False
    if origin is list and args:
        inner, as_json = _arrow_type(args[0])
        return (pa.string(), True) if as_json else (pa.list_(inner), False)
    return pa.string(), True


def _fields(cls: type, skip: frozenset[str] = frozenset()) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        typ, as_json = _arrow_type(hints[f.name])
        out.append(pa.field(f.name, typ, metadata=_JSON_META if as_json else None))
    return out


def table_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of every table, derived from the record classes."""
    schemas = {"articles": pa.schema(_fields(ArticleRecord, frozenset(CHILD_TABLES)))}
    for name, cls in CHILD_TABLES.items():
        schemas[name] = pa.schema([pa.field("article_id", pa.string(), nullable=False), *_fields(cls)])
    return schemas


def _row(obj: Any, schema: pa.Schema, **extra: Any) -> dict[str, Any]:
    row = dict(extra)
    for f in schema:
        if f.name in row:
            continue
        value = getattr(obj, f.name)
        if f.metadata and f.metadata.get(b"dyad.json") and value is not None:
            value = json.dumps(value, ensure_ascii=False, default=_jsonable)
        row[f.name] = value
    return row


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot store {type(value).__name__} in Parquet")


def records_to_tables(records: Iterable[ArticleRecord]) -> dict[str, pa.Table]:
    """One Arrow table per table name; child rows keep the order of the record's lists."""
    schemas = table_schemas()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for rec in records:
        rows["articles"].append(_row(rec, schemas["articles"]))
        for name in CHILD_TABLES:
            for item in getattr(rec, name):
                rows[name].append(_row(item, schemas[name], article_id=rec.id))
    return {name: pa.Table.from_pylist(rows[name], schema=schemas[name]) for name in TABLES}


def _decode(row: dict[str, Any], schema: pa.Schema) -> dict[str, Any]:
    for f in schema:
        if f.metadata and f.metadata.get(b"dyad.json") and row.get(f.name) is not None:
            row[f.name] = json.loads(row[f.name])
    return row


def tables_to_records(tables: dict[str, pa.Table]) -> list[ArticleRecord]:
    """Rebuild article records (in the articles table's order) from the tables of a partition."""
    children: dict[str, dict[str, list[Any]]] = {}
    for name, cls in CHILD_TABLES.items():
        by_article: dict[str, list[Any]] = {}
        table = tables.get(name)
        if table is not None:
            names = {f.name for f in dataclasses.fields(cls)}
            for row in table.to_pylist():
                row = _decode(row, table.schema)
                by_article.setdefault(row["article_id"], []).append(
                    cls(**{k: v for k, v in row.items() if k in names})
                )
        children[name] = by_article
    art = tables["articles"]
    out = []
    for row in art.to_pylist():
        row = _decode(row, art.schema)
        kw = {k: v for k, v in row.items() if k in _ARTICLE_FIELDS}
        for name in CHILD_TABLES:
            kw[name] = children[name].get(row["id"], [])
        out.append(ArticleRecord(**kw))
    return out


_ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(ArticleRecord))


def write_partition(out_dir: Path, partition_id: str, tables: dict[str, pa.Table]) -> bool:
    """Write a partition atomically: into a temporary folder, then renamed into place.

    Returns ``False`` when the partition was already there (another attempt finished first);
    the temporary folder is then removed and the existing partition is left untouched.
    """
    out_dir = Path(out_dir)
    final = out_dir / f"{PART_PREFIX}{partition_id}"
    tmp = out_dir / f"{TMP_PREFIX}{PART_PREFIX}{partition_id}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True)
    try:
        for name in TABLES:
            path = tmp / f"{name}.parquet"
            pq.write_table(tables[name], path, compression="zstd")
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
        if final.exists():
            return False
        try:
            os.rename(tmp, final)
        except OSError:
            if final.is_dir():  # lost a race with a retried copy of the same partition
                return False
            raise
        return True
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def partition_dirs(out_dir: Path) -> list[Path]:
    """The complete partition folders under ``out_dir``, sorted by name."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir() if p.is_dir() and p.name.startswith(PART_PREFIX))


def partition_id_of(path: Path) -> str:
    return Path(path).name[len(PART_PREFIX) :]


def read_partition(path: Path) -> dict[str, pa.Table]:
    """The tables of one partition folder (a missing child table reads as empty)."""
    schemas = table_schemas()
    out = {}
    for name in TABLES:
        f = Path(path) / f"{name}.parquet"
        out[name] = pq.read_table(f) if f.exists() else schemas[name].empty_table()
    return out


def iter_records(out_dir: Path, partitions: Iterable[str] | None = None) -> Iterator[ArticleRecord]:
    """Stream the article records of a batch output, partition by partition.

    ``partitions`` limits the read to those partition ids (for example the ones the manifest
    lists, which excludes partitions left over from an older input).
    """
    wanted = set(partitions) if partitions is not None else None
    for path in partition_dirs(Path(out_dir)):
        if wanted is None or partition_id_of(path) in wanted:
            yield from tables_to_records(read_partition(path))


def remove_stale_temporaries(out_dir: Path) -> int:
    """Remove temporary folders left by killed workers; returns how many were removed."""
    out_dir = Path(out_dir)
    n = 0
    if out_dir.is_dir():
        for p in out_dir.iterdir():
            if p.is_dir() and p.name.startswith(TMP_PREFIX):
                shutil.rmtree(p, ignore_errors=True)
                n += 1
    return n


__all__ = [
    "CHILD_TABLES",
    "TABLES",
    "iter_records",
    "partition_dirs",
    "partition_id_of",
    "read_partition",
    "records_to_tables",
    "remove_stale_temporaries",
    "table_schemas",
    "tables_to_records",
    "write_partition",
]
