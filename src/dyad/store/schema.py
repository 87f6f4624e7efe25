"""The database schema, as an ordered list of migrations.

The ``meta`` table holds ``schema_version``. Opening a database applies every migration
newer than its version, each in its own transaction, so an older database upgrades in
place; a database whose version is newer than :data:`SCHEMA_VERSION` is refused with
:class:`~dyad.errors.SchemaVersionError`.

Keys. ``articles.article_id`` is the content hash of the text (the first 16 hex digits of
its SHA-256), so the same text is stored once whatever its file name or input id; the
input id is kept in ``doc_id``. Every other table carries ``article_id`` and the record's
own id (``A1``, ``E3``, ...), which is unique within its article, plus the character
offsets ``[start_char, end_char)`` into ``articles.text``.

Dates. ``events.day`` and ``quotes.day`` are the record's date (``date``) at the start of
its period (``2020-10`` -> 2020-10-01, ``2020`` -> 2020-01-01), or the article's
publication date when the record has no usable date. ``date`` and ``date_precision`` keep
what the text said.

Stories (version 2). ``stories`` groups the *counted* events (not negated, not
hypothetical) that share source code, target code and CAMEO code and whose days chain
with gaps of at most ``story_window_days`` days (a setting, default 3): each run of such
events is one story, with GDELT-style ``num_mentions`` (events) and ``num_articles``
(distinct articles). ``story_events`` links every story to its events.

Incremental stories (version 3). Every batch records the keys of its events in
``story_dirty`` (in the same transaction); the next rebuild recomputes only the stories of
those keys, which gives the same rows as a full rebuild since a story depends on the events
of its key alone. ``meta.stories_dirty = 1`` asks for a full rebuild (after a migration, or
when ``story_window_days`` changed).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR,
        title VARCHAR,
        published DATE,
        published_raw VARCHAR,
        url VARCHAR,
        source VARCHAR,
        text VARCHAR NOT NULL,
        sentence_starts INTEGER[],
        sentence_ends INTEGER[],
        ingested_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS actors (
        article_id VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        name VARCHAR,
        kind VARCHAR,
        code VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        title VARCHAR,
        affiliation VARCHAR,
        n_mentions INTEGER
    )""",
    """CREATE TABLE IF NOT EXISTS mentions (
        article_id VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        sentence INTEGER,
        text VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS quotes (
        article_id VARCHAR NOT NULL,
        quote_id VARCHAR NOT NULL,
        text VARCHAR,
        start_char INTEGER,
        end_char INTEGER,
        kind VARCHAR,
        speaker VARCHAR,
        speaker_name VARCHAR,
        speaker_code VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue VARCHAR,
        cue_start INTEGER,
        cue_end INTEGER,
        date VARCHAR,
        date_precision VARCHAR,
        date_source VARCHAR,
        day DATE,
        sentence INTEGER
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        article_id VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL,
        code VARCHAR,
        root VARCHAR,
        name VARCHAR,
        goldstein DOUBLE,
        quad_class TINYINT,
        plover VARCHAR,
        plover_mode VARCHAR,
        source VARCHAR,
        target VARCHAR,
        source_code VARCHAR,
        target_code VARCHAR,
        source_name VARCHAR,
        target_name VARCHAR,
        source_country VARCHAR,
        target_country VARCHAR,
        sentence INTEGER,
        sentence_start INTEGER,
        sentence_end INTEGER,
        trigger_start INTEGER,
        trigger_end INTEGER,
        rule VARCHAR,
        date VARCHAR,
        date_precision VARCHAR,
        date_source VARCHAR,
        day DATE,
        place VARCHAR,
        place_name VARCHAR,
        place_country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        negated BOOLEAN,
        modality VARCHAR,
        confidence DOUBLE
    )""",
    """CREATE TABLE IF NOT EXISTS times (
        article_id VARCHAR NOT NULL,
        time_id VARCHAR NOT NULL,
        text VARCHAR,
        start_char INTEGER,
        end_char INTEGER,
        type VARCHAR,
        value VARCHAR,
        mod VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS places (
        article_id VARCHAR NOT NULL,
        place_id VARCHAR NOT NULL,
        text VARCHAR,
        start_char INTEGER,
        end_char INTEGER,
        name VARCHAR,
        country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geonameid BIGINT,
        feature VARCHAR,
        actor VARCHAR
    )""",
)

_V2 = (
    """CREATE TABLE IF NOT EXISTS stories (
        story_id VARCHAR PRIMARY KEY,
        source_code VARCHAR,
        target_code VARCHAR,
        code VARCHAR,
        root VARCHAR,
        name VARCHAR,
        quad_class TINYINT,
        goldstein DOUBLE,
        plover VARCHAR,
        source_name VARCHAR,
        target_name VARCHAR,
        source_country VARCHAR,
        target_country VARCHAR,
        first_day DATE,
        last_day DATE,
        num_mentions INTEGER,
        num_articles INTEGER,
        num_sources INTEGER,
        place_name VARCHAR,
        place_country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        url VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS story_events (
        story_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL
    )""",
    # stories of a version-1 database must be built on the next ingest
    "INSERT OR REPLACE INTO meta VALUES ('stories_dirty', '1')",
)

_V3 = (
    # the (source code, target code, CAMEO code) keys whose stories need recomputing
    """CREATE TABLE IF NOT EXISTS story_dirty (
        source_code VARCHAR,
        target_code VARCHAR,
        code VARCHAR
    )""",
    "INSERT OR REPLACE INTO meta VALUES ('stories_dirty', '1')",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, actors, mentions, quotes, events, times, places", _V1),
    Migration(2, "story events (stories, story_events)", _V2),
    Migration(3, "incremental story rebuilds (story_dirty)", _V3),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

META_DDL = "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"

DATA_TABLES = ("articles", "actors", "mentions", "quotes", "events", "times", "places")
TABLES = (*DATA_TABLES, "stories", "story_events")

__all__ = ["DATA_TABLES", "META_DDL", "MIGRATIONS", "SCHEMA_VERSION", "TABLES", "Migration"]
