"""Scale out: the same pipeline on a Dask cluster, written as Parquet partitions.

``dyad batch INPUT... --out DIR`` (or :func:`run_batch`) streams the input, cuts it into
partitions of N articles and runs :class:`dyad.Pipeline` on Dask workers, each of which
loads the model once. The output folder looks like this::

    DIR/
      manifest.json                      what the last run did (see below)
      part-000000-3fa9c1d2e4b5/          one folder per partition: index + content hash
        articles.parquet                 id, schema, title, published, url, source, text, sentences
        actors.parquet                   article_id + the fields of records.Actor
        quotes.parquet                   article_id + the fields of records.Quote
        events.parquet                   article_id + the fields of records.Event
        times.parquet                    article_id + the fields of records.TimeExpr
        places.parquet                   article_id + the fields of records.Place
      part-000001-.../

* Columns are the record fields of ``records.py``, in order (:func:`table_schemas`); spans
  are ``list<int64>``, ``mentions`` and ``sentences`` are ``list<list<int64>>``. Rows of a
  child table keep the order of the record's list. ``(article_id, id)`` is a row's key.
* A partition folder is written under a hidden ``.tmp-`` name and renamed when complete:
  a folder named ``part-*`` is always whole. Leftover ``.tmp-*`` folders (a killed worker)
  are removed by the next run.
* A partition id is ``index-hash`` over its articles' content, so a rerun on the same input
  skips the partitions already there, and a changed input never reuses an old partition.
* ``manifest.json`` (``dyad.batch-manifest/1``) holds the pipeline fingerprint (Dyad
  version, model, stages; a folder is only resumed by the same pipeline), every partition
  with its status (``written``, ``skipped`` with its reason, ``failed`` with the error),
  per-table row counts, stage problems, the worker and its peak memory, the skipped input
  documents with their reasons, and ``stale_partitions``: partition folders that are not
  part of this input (left from an older input; not read by :func:`iter_batch_records`).

Reading a batch back: :func:`iter_batch_records` yields ``ArticleRecord`` objects (``dyad
ingest --from-parquet DIR`` stores them in the event database); DuckDB reads a table across
partitions directly::

    SELECT * FROM read_parquet('DIR/part-*/events.parquet')
"""

from .partition import Partition, Skipped, partition_id, partitions
from .runner import (
    BatchReport,
    PipelinePlugin,
    PipelineSpec,
    available_cores,
    batch_record_count,
    iter_batch_records,
    local_cluster,
    manifest_partitions,
    read_manifest,
    run_batch,
    setup_workers,
)
from .tables import TABLES, iter_records, read_partition, records_to_tables, table_schemas, tables_to_records

__all__ = [
    "TABLES",
    "BatchReport",
    "Partition",
    "PipelinePlugin",
    "PipelineSpec",
    "Skipped",
    "available_cores",
    "batch_record_count",
    "iter_batch_records",
    "iter_records",
    "local_cluster",
    "manifest_partitions",
    "partition_id",
    "partitions",
    "read_manifest",
    "read_partition",
    "records_to_tables",
    "run_batch",
    "setup_workers",
    "table_schemas",
    "tables_to_records",
]
