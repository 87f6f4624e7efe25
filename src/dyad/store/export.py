"""Exports: partitioned Parquet, CSV, a GDELT-style event file and PLOVER JSON records.

GDELT-style TSV (:func:`export_gdelt`): one row per *story* event (see ``dyad.store.schema``),
tab-separated and unquoted (tabs and newlines inside names become spaces; null is empty),
with a header line. The columns follow GDELT 2.0's event table names where
Dyad has the data:

==================  ============================================================================
GLOBALEVENTID       story id (16 hex digits, stable across rebuilds)
SQLDATE             first day of the story, YYYYMMDD
MonthYear           YYYYMM
Year                YYYY
FractionDate        year + (day of year - 1) / 365 (or 366), 4 decimals
Actor1Code          source actor code (CAMEO)
Actor1Name          source actor name
Actor1CountryCode   source country (ISO alpha-3)
Actor2Code          target actor code
Actor2Name          target actor name
Actor2CountryCode   target country
EventCode           CAMEO code
EventBaseCode       first three digits of the code
EventRootCode       CAMEO root (two digits)
QuadClass           1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
GoldsteinScale      Goldstein score of the code
NumMentions         events (mentions) in the story
NumSources          distinct publishers (``articles.source``) reporting it
NumArticles         distinct articles reporting it
ActionGeo_FullName  place name of the event (first one, by name)
ActionGeo_CountryCode  ISO alpha-3 of that place
ActionGeo_Lat       latitude
ActionGeo_Long      longitude
DATEADDED           last day the story was reported, YYYYMMDD
SOURCEURL           URL of one reporting article (the smallest, for stability)
PLOVER              PLOVER type (Dyad addition)
==================  ============================================================================

PLOVER JSON (:func:`export_plover`): one JSON object per line and per event (not negated),
with the PLOVER field names ``event`` (type), ``mode``, ``context``, ``actor`` and
``recipient``, plus Dyad's provenance (article id, sentence, trigger span, the text).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from .db import Store
from .formats import write_table
from .queries import EventFilter, events

_DATED = {"events": "day", "quotes": "day", "stories": "first_day", "articles": "published"}
_FLAT = ("actors", "mentions", "times", "places", "story_events")


def export_parquet(store: Store, folder: str | Path) -> dict[str, int]:
    """Every table as Parquet under ``folder``; dated tables partitioned ``year=YYYY/month=M``.

    Returns the rows written per table. Rows without a date go to the ``year=null`` partition
    (Hive's default-partition name).
    """
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    out: dict[str, int] = {}
    for table, col in _DATED.items():
        tbl = store.query(
            f"SELECT *, CAST(year({col}) AS INTEGER) AS year, CAST(month({col}) AS INTEGER) AS month FROM {table}"
        )
        part = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
        ds.write_dataset(
            tbl,
            root / table,
            format="parquet",
            partitioning=part,
            existing_data_behavior="delete_matching",
            basename_template="part-{i}.parquet",
        )
        out[table] = tbl.num_rows
    for table in _FLAT:
        tbl = store.query(f"SELECT * FROM {table}")
        pq.write_table(tbl, root / f"{table}.parquet")
        out[table] = tbl.num_rows
    return out


def export_csv(store: Store, path: str | Path, flt: EventFilter | None = None) -> int:
    """Events (with their sentence text) as CSV; returns the row count."""
    tbl = events(store, flt)
    write_table(tbl, "csv", path)
    return tbl.num_rows


GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "DATEADDED",
    "SOURCEURL",
    "PLOVER",
)


def gdelt_table(store: Store) -> pa.Table:
    """The story events with GDELT 2.0 column names (see the module docstring)."""
    return store.query(
        """SELECT story_id AS GLOBALEVENTID,
            CAST(strftime(first_day, '%Y%m%d') AS INTEGER) AS SQLDATE,
            CAST(strftime(first_day, '%Y%m') AS INTEGER) AS MonthYear,
            CAST(year(first_day) AS INTEGER) AS Year,
            round(year(first_day) + (dayofyear(first_day) - 1)
                  / (CASE WHEN (year(first_day) % 4 = 0 AND year(first_day) % 100 <> 0)
                               OR year(first_day) % 400 = 0 THEN 366.0 ELSE 365.0 END), 4) AS FractionDate,
            source_code AS Actor1Code, source_name AS Actor1Name, source_country AS Actor1CountryCode,
            target_code AS Actor2Code, target_name AS Actor2Name, target_country AS Actor2CountryCode,
            code AS EventCode, substr(code, 1, 3) AS EventBaseCode, root AS EventRootCode,
            quad_class AS QuadClass, goldstein AS GoldsteinScale, num_mentions AS NumMentions,
            num_sources AS NumSources, num_articles AS NumArticles, place_name AS ActionGeo_FullName,
            place_country AS ActionGeo_CountryCode, lat AS ActionGeo_Lat, lon AS ActionGeo_Long,
            CAST(strftime(last_day, '%Y%m%d') AS INTEGER) AS DATEADDED, url AS SOURCEURL, plover AS PLOVER
        FROM stories ORDER BY first_day, story_id"""
    )


def export_gdelt(store: Store, path: str | Path) -> int:
    """The GDELT-style tab-separated event file (one row per story); returns the row count."""
    tbl = gdelt_table(store)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(tbl.column_names) + "\n")
        for row in tbl.to_pylist():
            fh.write("\t".join(_tsv(v) for v in row.values()) + "\n")
    return tbl.num_rows


def _tsv(v: object) -> str:
    """A GDELT-style cell: unquoted, empty for null, tabs and newlines turned into spaces."""
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}" if abs(v) < 1e15 else str(v)
    return str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def plover_records(store: Store, flt: EventFilter | None = None) -> list[dict]:
    """Events as PLOVER JSON records (negated events are left out)."""
    f = flt or EventFilter()
    if f.negated is None:
        f.negated = False
    tbl = events(store, f)
    out = []
    for r in tbl.to_pylist():
        day = r["day"].isoformat() if r["day"] else None
        out.append(
            {
                "id": f"{r['article_id']}-{r['event_id']}",
                "date": day,
                "event": r["plover"],
                "mode": r["plover_mode"],
                "context": [],
                "actor": r["source_code"],
                "actor_name": r["source_name"],
                "actor_country": r["source_country"],
                "recipient": r["target_code"],
                "recipient_name": r["target_name"],
                "recipient_country": r["target_country"],
                "modality": r["modality"],
                "cameo": r["code"],
                "goldstein": r["goldstein"],
                "quad_class": r["quad_class"],
                "location": {
                    "name": r["place_name"],
                    "country": r["place_country"],
                    "lat": r["lat"],
                    "lon": r["lon"],
                }
                if r["place_name"]
                else None,
                "text": r["sentence_text"],
                "provenance": {
                    "article_id": r["article_id"],
                    "doc_id": r["doc_id"],
                    "event_id": r["event_id"],
                    "sentence": r["sentence"],
                    "trigger_span": [r["trigger_start"], r["trigger_end"]],
                    "url": r["url"],
                    "title": r["title"],
                    "rule": r["rule"],
                    "confidence": r["confidence"],
                },
            }
        )
    return out


def export_plover(store: Store, path: str | Path, flt: EventFilter | None = None) -> int:
    """PLOVER JSON records, one per line; returns the record count."""
    recs = plover_records(store, flt)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False))
            fh.write("\n")
    return len(recs)


__all__ = [
    "GDELT_COLUMNS",
    "export_csv",
    "export_gdelt",
    "export_parquet",
    "export_plover",
    "gdelt_table",
    "plover_records",
]
