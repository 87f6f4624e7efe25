"""An in-memory read model of the event list, for paging ``/api/events`` without a query per page.

:func:`~dyad.store.browse.events_page` costs DuckDB about 10 ms of CPU per page on 100k
events (filter, sort, then fetch the page's rows and sentences): too much for an API under
load. :class:`EventPages` loads the same rows once, already in the list's order, as numpy
columns (every string column dictionary-encoded: a small integer code per event and the
distinct values once), and answers a filtered page with vectorized code: a string condition
is evaluated once per distinct value, then looked up per event. A page costs well under a
millisecond.

It answers exactly what :func:`~dyad.store.browse.events_page` answers (same rows, columns,
values and order; the tests compare the two on random filters) for every condition of
:class:`~dyad.store.browse.BrowseFilter` except the sentence text search, and only for
name filters in ASCII (ILIKE folds case by DuckDB's rules, which are Python's for ASCII).
For any other filter :meth:`EventPages.page` returns ``None`` and the caller runs the SQL.

The model reflects the database when it was loaded: whoever writes to the store must drop it
(the API does, on ingest). Memory: about 80 bytes per event plus the distinct sentence texts
(152 bytes an event in all on the API benchmark's database, whose sentences are short).
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .db import Store
from .queries import EVENT_COLUMNS, EVENT_ORDER, EventFilter, _date, is_code

# Filter fields this model evaluates; a filter with any other field set goes to SQL.
_FIELDS = frozenset(
    {
        "actor",
        "source",
        "target",
        "country",
        "source_country",
        "target_country",
        "root",
        "code",
        "plover",
        "quad_class",
        "since",
        "until",
        "place",
        "place_country",
        "negated",
        "modality",
        "article",
        "pair",
        "source_code",
        "target_code",
        "counted",
    }
)
# Columns the filters compare with case folded (ILIKE lowers; the PLOVER filter uppers).
_FOLD = {"source_name": "lower", "target_name": "lower", "place_name": "lower", "plover": "upper"}
# Columns that depend on the article alone: stored once per article, found through article_id.
_PER_ARTICLE = ("doc_id", "title", "url")
# Distinct values kept as a Python list (fast lookups) up to this many; beyond, as Arrow strings.
_PY_VALUES_MAX = 4096
# Columns with fewer distinct values than this are coded in 16 bits; strings always are coded.
_SMALL = 32_000
_EPOCH = np.datetime64("1970-01-01", "D")
_NO_DAY = np.iinfo(np.int32).min


class _Coded:
    """A dictionary-encoded column: a code per row (-1 for null) and the distinct values once."""

    def __init__(self, arr: pa.Array, con: Any, fold: str | None = None) -> None:
        if pa.types.is_floating(arr.type):  # NaN is answered as null, as json_response does
            arr = pc.if_else(pc.fill_null(pc.is_nan(arr), False), pa.scalar(None, arr.type), arr)
        enc = arr.dictionary_encode()
        values: pa.Array = enc.dictionary
        codes = pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False)
        self.codes = codes.astype(np.int16 if len(values) < _SMALL else np.int32)
        self.values = values
        self.pylist: list[Any] | None = values.to_pylist() + [None] if len(values) <= _PY_VALUES_MAX else None
        # the distinct values through DuckDB's lower() or upper(), as the SQL filters fold case
        self.folded: pa.Array | None = None
        if fold is not None:
            out = con.execute(
                f"SELECT list_transform(?::VARCHAR[], lambda x: {fold}(x))", [values.to_pylist()]
            )
            self.folded = pa.array(out.fetchall()[0][0] or [], pa.string())

    def __len__(self) -> int:
        return len(self.values)

    def take(self, rows: np.ndarray) -> list[Any]:
        """The values of some rows, as Python objects."""
        codes = self.codes[rows]
        if self.pylist is not None:
            vals = self.pylist
            return [vals[c] for c in codes.tolist()]
        taken = self.values.take(pa.array(codes.astype(np.int32), mask=codes < 0))
        return taken.to_pylist()

    def where(self, hit: pa.Array | np.ndarray) -> np.ndarray:
        """Rows whose value is one for which ``hit`` (a boolean per distinct value) holds."""
        if not isinstance(hit, np.ndarray):
            hit = pc.fill_null(hit, False).to_numpy(zero_copy_only=False)
        found = np.flatnonzero(hit)
        if len(found) <= 4:  # a few values: comparisons beat a gather
            out = np.zeros(len(self.codes), dtype=bool)
            for k in found.tolist():
                out |= self.codes == k
            return out
        lut = np.zeros(len(self.values) + 1, dtype=bool)  # the extra last entry: null rows (code -1)
        lut[:-1] = hit
        return lut[self.codes]

    def equals(self, wanted: set[Any]) -> np.ndarray:
        """``col IN (wanted)`` (null never matches)."""
        if self.pylist is None:  # many distinct values: vectorized
            return self.where(pc.is_in(self.values, value_set=pa.array(list(wanted), self.values.type)))
        vals = self.pylist[:-1]
        return self.where(np.fromiter((v in wanted for v in vals), dtype=bool, count=len(vals)))

    def prefix(self, value: str) -> np.ndarray:
        """``col LIKE 'value%'``, the value taken literally."""
        return self.where(pc.starts_with(self.values, value))

    def prefixes(self, values: set[str]) -> np.ndarray:
        """``col LIKE 'v1%' OR col LIKE 'v2%' ...``: each prefix tried on the distinct values,
        then one pass over the rows."""
        hit = np.zeros(len(self.values), dtype=bool)
        for value in values:
            hit |= pc.fill_null(pc.starts_with(self.values, value), False).to_numpy(zero_copy_only=False)
        return self.where(hit)

    def contains(self, value: str) -> np.ndarray:
        """``col ILIKE '%value%'``, the value taken literally (ASCII)."""
        if self.folded is None:
            raise _Unsupported("not folded")
        return self.where(pc.match_substring(self.folded, value.lower()))

    def is_null(self) -> np.ndarray:
        return self.codes < 0

    @property
    def nbytes(self) -> int:
        return int(self.codes.nbytes + self.values.nbytes)


class _Numbers:
    """A numeric column with many distinct values: a numpy array and, if some rows are null, their mask."""

    def __init__(self, arr: pa.Array) -> None:
        valid = pc.is_valid(arr)
        if pa.types.is_floating(arr.type):
            valid = pc.and_(valid, pc.invert(pc.fill_null(pc.is_nan(arr), True)))
        self.null = None if pc.all(valid).as_py() else ~valid.to_numpy(zero_copy_only=False)
        fill: Any = False if pa.types.is_boolean(arr.type) else 0
        values = pc.fill_null(arr, fill).to_numpy(zero_copy_only=False)
        if self.null is not None:
            values = values.copy()
            values[self.null] = fill
        self.values = values

    def equals(self, wanted: set[Any]) -> np.ndarray:
        """``col IN (wanted)`` (null never matches)."""
        out = np.zeros(len(self.values), dtype=bool)
        for v in wanted:
            out |= self.values == v
        return out if self.null is None else out & ~self.null

    def take(self, rows: np.ndarray) -> list[Any]:
        vals = self.values[rows].tolist()
        if self.null is not None:
            for i in np.flatnonzero(self.null[rows]).tolist():
                vals[i] = None
        return vals

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes + (self.null.nbytes if self.null is not None else 0))


class _Days:
    """A date column as int32 days since 1970 (``_NO_DAY`` for null), answered as ISO strings."""

    def __init__(self, arr: pa.Array) -> None:
        valid = pc.is_valid(arr).to_numpy(zero_copy_only=False)
        days = pc.fill_null(arr.cast(pa.int32()), 0).to_numpy(zero_copy_only=False)
        self.values = np.where(valid, days, _NO_DAY).astype(np.int32)
        distinct = np.unique(self.values).tolist()
        self.iso = {d: None if d == _NO_DAY else str(_EPOCH + d) for d in distinct}

    def take(self, rows: np.ndarray) -> list[Any]:
        iso = self.iso
        return [iso[d] for d in self.values[rows].tolist()]

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes)


class EventPages:
    """The rows of :func:`~dyad.store.browse.events_page`, in its order, loaded once from a store."""

    def __init__(self, store: Store) -> None:
        sql = f"""SELECT {EVENT_COLUMNS}, e.sentence_start
            FROM events e JOIN articles ar ON ar.article_id = e.article_id
            ORDER BY {EVENT_ORDER}"""
        table = store.query(sql)
        self.n = table.num_rows
        self.names: list[str] = table.column_names
        self.cols: dict[str, Any] = {}
        for name in self.names:
            if name in _PER_ARTICLE:
                continue
            arr = table.column(name).combine_chunks()
            t = arr.type
            if pa.types.is_date(t):
                self.cols[name] = _Days(arr)
            elif (
                pa.types.is_string(t)
                or pa.types.is_large_string(t)
                or pc.count_distinct(arr).as_py() < _SMALL
            ):
                self.cols[name] = _Coded(arr, store.con, _FOLD.get(name))
            else:
                self.cols[name] = _Numbers(arr)
        # per-article columns: one value per distinct article_id, looked up through its code
        article = self.cols["article_id"]
        first = np.full(len(article), -1, dtype=np.int64)
        codes = article.codes.astype(np.int64)
        first[codes[::-1]] = np.arange(self.n - 1, -1, -1)  # each article's first row
        self.per_article = {name: table.column(name).take(pa.array(first)) for name in _PER_ARTICLE}
        del table
        self.day: np.ndarray = self.cols["day"].values

    def nbytes(self) -> int:
        """Memory held by the columns (numpy arrays and Arrow buffers; not the small Python lists)."""
        return int(
            sum(a.nbytes for a in self.per_article.values()) + sum(c.nbytes for c in self.cols.values())
        )

    # -- filtering ---------------------------------------------------------------------------
    def _s(self, name: str) -> _Coded:
        col = self.cols.get(name)
        if not isinstance(col, _Coded):
            raise _Unsupported(name)
        return col

    def _actor(self, side: str, value: str) -> np.ndarray:
        """:func:`~dyad.store.queries.actor_clause` on ``{side}_code`` and ``{side}_name``."""
        if is_code(value):
            return self._s(f"{side}_code").prefix(value)
        _ascii(value)
        return self._s(f"{side}_name").contains(value)

    def _code_or_name(self, side: str, value: str) -> np.ndarray:
        """``coalesce({side}_code, {side}_name) = value``."""
        code, name = self._s(f"{side}_code"), self._s(f"{side}_name")
        return code.equals({value}) | (code.is_null() & name.equals({value}))

    def _column(self, name: str) -> _Coded | _Numbers:
        col = self.cols.get(name)
        if not isinstance(col, (_Coded, _Numbers)):
            raise _Unsupported(name)
        return col

    def mask(self, flt: EventFilter) -> np.ndarray | None:  # noqa: C901 - one branch per condition
        """Rows matching ``flt`` as ``flt.where()`` selects them (``None``: every row).

        Raises :class:`_Unsupported` for a condition this model does not evaluate.
        """
        for f in dataclasses.fields(flt):
            if f.name not in _FIELDS and getattr(flt, f.name):
                raise _Unsupported(f.name)
        parts: list[np.ndarray] = []
        add = parts.append
        if flt.actor:
            add(self._actor("source", flt.actor) | self._actor("target", flt.actor))
        if flt.source:
            add(self._actor("source", flt.source))
        if flt.target:
            add(self._actor("target", flt.target))
        if flt.country:
            c = {flt.country.upper()}
            add(self._s("source_country").equals(c) | self._s("target_country").equals(c))
        if flt.source_country:
            add(self._s("source_country").equals({flt.source_country.upper()}))
        if flt.target_country:
            add(self._s("target_country").equals({flt.target_country.upper()}))
        if flt.root:
            add(self._s("root").equals({r.zfill(2) for r in flt.root}))
        if flt.code:
            add(self._s("code").prefixes({p.upper() for p in flt.code}))
        if flt.plover:
            plover = self._s("plover")
            wanted = {p.upper() for p in flt.plover}
            if plover.folded is None:
                raise _Unsupported("plover")
            add(plover.where(np.array([v in wanted for v in plover.folded.to_pylist()], dtype=bool)))
        if flt.quad_class:
            add(self._column("quad_class").equals({int(x) for x in flt.quad_class}))
        if flt.since:
            add(self.day >= _days(flt.since))
        if flt.until:
            add((self.day <= _days(flt.until)) & (self.day != _NO_DAY))
        if flt.place:
            _ascii(flt.place)
            add(self._s("place_name").contains(flt.place))
        if flt.place_country:
            add(self._s("place_country").equals({flt.place_country.upper()}))
        if flt.negated is not None:
            add(self._column("negated").equals({bool(flt.negated)}))
        if flt.modality:
            add(self._s("modality").equals(set(flt.modality)))
        if flt.article:
            add(self._s("article_id").equals({flt.article}) | self._doc_id(flt.article))
        pair = getattr(flt, "pair", None)
        if pair:
            one, two = pair
            add(
                (self._actor("source", one) & self._actor("target", two))
                | (self._actor("source", two) & self._actor("target", one))
            )
        if getattr(flt, "source_code", None):
            add(self._code_or_name("source", flt.source_code))  # type: ignore[attr-defined]
        if getattr(flt, "target_code", None):
            add(self._code_or_name("target", flt.target_code))  # type: ignore[attr-defined]
        if getattr(flt, "counted", False):
            add(self._column("negated").equals({False}) & ~self._s("modality").equals({"hypothetical"}))
        if not parts:
            return None
        out = parts[0]
        for p in parts[1:]:
            out &= p
        return out

    def _doc_id(self, value: str) -> np.ndarray:
        hit = pc.fill_null(pc.equal(self.per_article["doc_id"], value), False).to_numpy(zero_copy_only=False)
        return self._s("article_id").where(hit)

    def page(self, flt: EventFilter | None, *, limit: int, offset: int) -> list[dict[str, Any]] | None:
        """The rows of ``events_page(store, flt, limit=limit, offset=offset)`` as JSON-ready dicts
        (dates as ISO strings, NaN as None), or ``None`` if the filter has a condition this
        model does not evaluate."""
        try:
            m = self.mask(flt) if flt is not None else None
        except _Unsupported:
            return None
        if m is None:
            rows = np.arange(min(offset, self.n), min(offset + limit, self.n))
        else:
            rows = np.flatnonzero(m)[offset : offset + limit]
        if not len(rows):
            return []
        art = self.cols["article_id"].codes[rows]
        art_rows = pa.array(art.astype(np.int32))
        columns = []
        for name in self.names:
            if name in _PER_ARTICLE:
                columns.append(self.per_article[name].take(art_rows).to_pylist())
            else:
                columns.append(self.cols[name].take(rows))
        names = self.names
        return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


class _Unsupported(Exception):
    """A filter condition the read model does not evaluate (the caller falls back to SQL)."""


def _ascii(value: str) -> None:
    if not value.isascii():
        raise _Unsupported("non-ASCII text")


def _days(value: Any) -> int:
    return int((np.datetime64(_date(value), "D") - _EPOCH).astype(np.int64))


__all__ = ["EventPages"]
