"""The DuckDB event store: open (and migrate), write batches of records, build stories."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import DatabaseLocked, SchemaVersionError, StoreError
from ..records import ArticleRecord
from .rows import INSERT_SQL, MACROS, RAW_SCHEMAS, build_tables, content_hash
from .schema import META_DDL, MIGRATIONS, SCHEMA_VERSION, TABLES

MEMORY = ":memory:"

# Events that count in stories and analyses: they happened (or were threatened/demanded/intended)
COUNTED = "NOT negated AND coalesce(modality, 'asserted') <> 'hypothetical'"


def arrow(relation: Any) -> pa.Table:
    """A DuckDB relation as an Arrow table (``to_arrow_table`` in DuckDB 2, ``fetch_arrow_table`` before)."""
    fn = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table
    return fn()


def _store_error(exc: duckdb.Error, path: str) -> StoreError:
    msg = str(exc)
    low = msg.lower()
    if "lock" in low or "conflicting" in low:
        return DatabaseLocked(f"database is locked by another process: {msg.splitlines()[0]}", path=path)
    if "read-only" in low or "read only" in low or "permission denied" in low:
        return DatabaseLocked(f"database is read-only: {msg.splitlines()[0]}", path=path)
    return StoreError(msg.splitlines()[0], path=path)


def _check_is_duckdb(p: Path, where: str) -> None:
    """Refuse a folder, or a file that is not a DuckDB database (DuckDB's own message misleads)."""
    if p.is_dir():
        raise StoreError("is a folder, not a database file", path=where)
    try:
        with p.open("rb") as fh:
            head = fh.read(12)
    except FileNotFoundError:
        return
    except OSError:
        return  # DuckDB says why it cannot open it
    if len(head) >= 12 and head[8:12] != b"DUCK":
        raise StoreError("not a DuckDB database file (give --db a .duckdb file)", path=where)


class Store:
    """One open DuckDB database with the Dyad schema.

    ``Store(path)`` opens (creating if needed) and migrates the database; ``read_only=True``
    opens an existing one for queries. Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str] = MEMORY, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if self.path != MEMORY:
            p = Path(self.path)
            if read_only and not p.exists():
                raise StoreError("no database here; run `dyad ingest` first", path=self.path)
            _check_is_duckdb(p, self.path)
            if not read_only:
                if p.exists() and not os.access(p, os.W_OK):
                    raise DatabaseLocked("database file is read-only (no write permission)", path=self.path)
                folder = p.parent if str(p.parent) else Path(".")
                if not p.exists() and not folder.is_dir():
                    raise StoreError(f"cannot create the database: no folder {str(folder)!r}", path=self.path)
                if not p.exists() and not os.access(folder, os.W_OK):
                    raise DatabaseLocked("cannot create the database: folder is read-only", path=self.path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise _store_error(exc, self.path) from None
        try:
            self._migrate()
        except BaseException:
            self.con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------
    def version(self) -> int:
        """The schema version recorded in the database (0 for an empty database)."""
        has_meta = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
        ).fetchall()[0][0]
        if not has_meta:
            return 0
        rows = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        return int(rows[0][0]) if rows else 0

    def _migrate(self, target: int = SCHEMA_VERSION) -> None:
        v = self.version()
        if v > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database schema version {v} is newer than this Dyad supports ({SCHEMA_VERSION}); "
                "upgrade Dyad to read it",
                path=self.path,
            )
        if v >= target:
            return
        if self.read_only:
            raise StoreError(
                f"database schema version {v} is older than {SCHEMA_VERSION}; open it once for writing "
                "(e.g. `dyad ingest --db FILE` with no input) to upgrade it in place",
                path=self.path,
            )
        for m in MIGRATIONS:
            if v < m.version <= target:
                self._apply(m.version, m.statements)

    def _apply(self, version: int, statements: Sequence[str]) -> None:
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(META_DDL)
            for sql in statements:
                self.con.execute(sql)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise _store_error(exc, self.path) from None

    def meta(self, key: str) -> str | None:
        rows = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    # -- writing -----------------------------------------------------------------------------
    def known(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these article ids (content hashes) are already stored."""
        ids = list(set(article_ids))
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
        )
        return {r[0] for r in rows.fetchall()}

    def _fresh(self, records: Sequence[ArticleRecord], seen: set[str]) -> list[ArticleRecord]:
        """The records whose text is neither stored nor in ``seen`` (which they are added to)."""
        keys = [content_hash(r.text) for r in records]
        old = self.known(keys)
        fresh: list[ArticleRecord] = []
        for r, k in zip(records, keys, strict=True):
            if k not in old and k not in seen:
                seen.add(k)
                fresh.append(r)
        return fresh

    def write(self, records: Sequence[ArticleRecord]) -> int:
        """Store a batch of records in one transaction; return how many articles were new.

        Records whose text is already stored (same content hash), or repeated within the
        batch, are skipped. Either the whole batch is stored or none of it.
        """
        fresh = self._fresh(records, set())
        if fresh:
            self.write_tables(build_tables(fresh))
        return len(fresh)

    def write_batches(self, batches: Iterable[Sequence[ArticleRecord]]) -> int:
        """Store many batches, one transaction each; return how many articles were new.

        The Arrow tables of the next batch are built in a worker thread while DuckDB inserts
        the current one (DuckDB releases the GIL), so Python and the database overlap.
        """
        from concurrent.futures import ThreadPoolExecutor

        seen: set[str] = set()
        total = 0
        pending = None
        with ThreadPoolExecutor(max_workers=1) as pool:
            for batch in batches:
                fresh = self._fresh(batch, seen)
                total += len(fresh)
                job = pool.submit(build_tables, fresh) if fresh else None
                if pending is not None:
                    self.write_tables(pending.result())
                pending = job
            if pending is not None:
                self.write_tables(pending.result())
        return total

    def write_tables(self, tables: dict[str, pa.Table]) -> None:
        """Insert raw Arrow tables (from :func:`~dyad.store.rows.build_tables`) in one transaction."""
        if self.read_only:
            raise DatabaseLocked(
                "database is read-only (opened for queries); nothing was written", path=self.path
            )
        con = self.con
        names = [n for n in RAW_SCHEMAS if n in tables]
        try:
            for sql in MACROS:
                con.execute(sql)
            for name in names:
                con.register(f"_new_{name}", tables[name])
            con.execute("BEGIN TRANSACTION")
            for table, sql in INSERT_SQL.items():
                src = "actors" if table == "mentions" else table
                if tables.get(src) is not None and tables[src].num_rows:
                    con.execute(sql)
            if tables.get("events") is not None and tables["events"].num_rows:
                con.execute(
                    "INSERT INTO story_dirty SELECT DISTINCT source_code, target_code, code FROM _new_events"
                )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise _store_error(exc, self.path) from None
        finally:
            for name in names:
                try:
                    con.unregister(f"_new_{name}")
                except duckdb.Error:
                    pass

    # -- stories -----------------------------------------------------------------------------
    def stories_dirty(self) -> bool:
        """Whether some stories need rebuilding (a full rebuild, or some keys)."""
        if self.meta("stories_dirty") == "1":
            return True
        return bool(
            self.con.execute("SELECT count(*) FROM (SELECT 1 FROM story_dirty LIMIT 1)").fetchall()[0][0]
        )

    def rebuild_stories(self, window_days: int = 3, *, full: bool = False) -> int:
        """Recompute story events; return the number of stories in the database.

        Events with the same (source code, target code, CAMEO code) whose days chain with gaps
        of at most ``window_days`` form one story. Only the keys recorded in ``story_dirty``
        are recomputed, unless ``full`` is set, a full rebuild was asked for, or the window
        changed. Deterministic: the same events always give the same story ids.
        """
        con = self.con
        window_days = int(window_days)
        full = full or self.meta("stories_dirty") == "1" or self.meta("story_window_days") != str(window_days)
        same_key = (
            "{a}.source_code IS NOT DISTINCT FROM k.source_code AND {a}.target_code IS NOT DISTINCT FROM "
            "k.target_code AND {a}.code IS NOT DISTINCT FROM k.code"
        )
        only = "" if full else f"JOIN _dyad_keys k ON {same_key.format(a='e')}"
        grouped = f"""
            WITH ev AS (
                SELECT e.article_id, e.event_id, e.source_code, e.target_code, e.code, e.root, e.name,
                       e.quad_class, e.goldstein, e.plover, e.source_name, e.target_name, e.source_country,
                       e.target_country, e.day, e.place_name, e.place_country, e.lat, e.lon,
                       a.source AS publisher, a.url AS article_url,
                       lag(e.day) OVER w AS prev_day
                FROM events e JOIN articles a USING (article_id) {only}
                WHERE {COUNTED} AND e.day IS NOT NULL AND e.code IS NOT NULL
                WINDOW w AS (PARTITION BY e.source_code, e.target_code, e.code
                             ORDER BY e.day, e.article_id, e.event_id)
            ), marked AS (
                SELECT *, sum(CASE WHEN prev_day IS NULL OR day - prev_day > ? THEN 1 ELSE 0 END)
                    OVER (PARTITION BY source_code, target_code, code ORDER BY day, article_id, event_id
                          ROWS UNBOUNDED PRECEDING) AS seq
                FROM ev
            ), keyed AS (
                SELECT *, first_value(day) OVER (PARTITION BY source_code, target_code, code, seq
                                                 ORDER BY day, article_id, event_id) AS start_day
                FROM marked
            )
            SELECT *, substr(md5(concat_ws('|', coalesce(source_code, '-'), coalesce(target_code, '-'), code,
                                           CAST(start_day AS VARCHAR))), 1, 16) AS story_id
            FROM keyed
        """
        try:
            con.execute("BEGIN TRANSACTION")
            if full:
                con.execute("DELETE FROM story_events")
                con.execute("DELETE FROM stories")
            else:
                con.execute("CREATE OR REPLACE TEMP TABLE _dyad_keys AS SELECT DISTINCT * FROM story_dirty")
                con.execute(
                    f"""DELETE FROM story_events WHERE story_id IN (
                        SELECT s.story_id FROM stories s JOIN _dyad_keys k ON {same_key.format(a="s")})"""
                )
                con.execute(
                    f"DELETE FROM stories s WHERE EXISTS (SELECT 1 FROM _dyad_keys k WHERE {same_key.format(a='s')})"
                )
            con.execute(f"CREATE OR REPLACE TEMP TABLE _dyad_story_ev AS {grouped}", [window_days])
            con.execute(
                """INSERT INTO stories
                SELECT story_id, any_value(source_code), any_value(target_code), any_value(code),
                       min(root), min(name), min(quad_class), avg(goldstein), min(plover),
                       min(source_name), min(target_name), min(source_country), min(target_country),
                       min(day), max(day), count(*), count(DISTINCT article_id), count(DISTINCT publisher),
                       min(place_name), min(place_country), min(lat), min(lon),
                       min(article_url)
                FROM _dyad_story_ev GROUP BY story_id"""
            )
            con.execute("INSERT INTO story_events SELECT story_id, article_id, event_id FROM _dyad_story_ev")
            con.execute("DROP TABLE _dyad_story_ev")
            con.execute("DROP TABLE IF EXISTS _dyad_keys")
            con.execute("DELETE FROM story_dirty")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('stories_dirty', '0')")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('story_window_days', ?)", [str(window_days)])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise _store_error(exc, self.path) from None
        return con.execute("SELECT count(*) FROM stories").fetchall()[0][0]

    # -- reading -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Row counts of every table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}

    def query(self, sql: str, params: Sequence[Any] | None = None) -> pa.Table:
        """Run a parameterized SQL query; the result as an Arrow table."""
        try:
            return arrow(self.con.sql(sql, params=list(params or [])))
        except duckdb.Error as exc:
            raise _store_error(exc, self.path) from None


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open the database at ``path`` (default: the ``db`` setting)."""
    if path is None:
        from ..settings import Settings

        path = Settings.load().db
    return Store(path, read_only=read_only)


__all__ = ["COUNTED", "MEMORY", "Store", "arrow", "open_store"]
