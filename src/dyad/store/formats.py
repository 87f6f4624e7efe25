"""Write Arrow tables as CSV, TSV, JSON, JSON Lines or Parquet."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import pyarrow as pa

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "parquet")


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    return v


def table_rows(table: pa.Table) -> list[dict[str, Any]]:
    """The rows of a table as JSON-ready dicts (dates as ISO strings)."""
    return [{k: _jsonable(v) for k, v in row.items()} for row in table.to_pylist()]


def write_text_table(table: pa.Table, fmt: str, out: TextIO) -> None:
    """CSV, TSV, JSON or JSON Lines to a text stream."""
    if fmt in ("csv", "tsv"):
        import pyarrow.csv as pacsv

        buf = io.BytesIO()
        simple = _flatten_lists(table)
        pacsv.write_csv(simple, buf, pacsv.WriteOptions(delimiter="," if fmt == "csv" else "\t"))
        out.write(buf.getvalue().decode("utf-8"))
    elif fmt == "json":
        json.dump(table_rows(table), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for row in table_rows(table):
            out.write(json.dumps(row, ensure_ascii=False))
            out.write("\n")
    else:
        raise ValueError(f"cannot write {fmt!r} as text (formats: csv, tsv, json, jsonl)")


def _flatten_lists(table: pa.Table) -> pa.Table:
    """CSV cannot hold lists: nested columns become JSON strings."""
    cols = []
    for name in table.column_names:
        col = table.column(name)
        if pa.types.is_list(col.type) or pa.types.is_struct(col.type) or pa.types.is_large_list(col.type):
            col = pa.array(
                [None if v is None else json.dumps(_jsonable(v)) for v in col.to_pylist()], pa.string()
            )
        cols.append(col)
    return pa.table(cols, names=table.column_names)


def write_table(table: pa.Table, fmt: str, path: str | Path | BinaryIO) -> None:
    """Write a table to a file (or binary stream) in one of :data:`FORMATS` (not ``table``)."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, path)
        return
    if isinstance(path, (str, Path)):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            write_text_table(table, fmt, fh)
    else:
        wrapper = io.TextIOWrapper(path, encoding="utf-8", newline="")
        write_text_table(table, fmt, wrapper)
        wrapper.flush()
        wrapper.detach()


__all__ = ["FORMATS", "table_rows", "write_table", "write_text_table"]
