"""The DuckDB event store: schema and migrations, idempotent crash-safe ingest, queries, exports.

>>> from dyad.store import Store
>>> with Store(":memory:") as st:  # doctest: +SKIP
...     st.write([record])
...     st.counts()["events"]
"""

from .db import COUNTED, Store, open_store
from .export import export_csv, export_gdelt, export_parquet, export_plover, gdelt_table, plover_records
from .ingest import IngestReport, ingest, read_items
from .queries import EventFilter, actors, events, quotes, stories, story_mentions
from .rows import build_tables, content_hash
from .schema import SCHEMA_VERSION, TABLES

__all__ = [
    "COUNTED",
    "SCHEMA_VERSION",
    "TABLES",
    "EventFilter",
    "IngestReport",
    "Store",
    "actors",
    "build_tables",
    "content_hash",
    "events",
    "export_csv",
    "export_gdelt",
    "export_parquet",
    "export_plover",
    "gdelt_table",
    "ingest",
    "open_store",
    "plover_records",
    "quotes",
    "read_items",
    "stories",
    "story_mentions",
]
