"""Dyad: news about conflict and diplomacy -> provenance-linked event data.

>>> import dyad
>>> rec = dyad.extract("Armenia accused Azerbaijan of shelling its border.", published="2021-05-12")
>>> [(e.source_code, e.code, e.target_code) for e in rec.events]  # doctest: +SKIP
"""

from __future__ import annotations

from functools import lru_cache

# The extractors live in the subpackage ``dyad.extract``; import it first so that the name
# ``dyad.extract`` is bound to the function below, not rebound to the package later.
from . import extract as _extractors  # noqa: F401
from .errors import DyadError, InputError
from .pipeline import Pipeline, Problem, Stage
from .records import SCHEMA, Actor, Article, ArticleRecord, Event, Place, Quote, TimeExpr
from .settings import Settings

__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline(Settings.load())


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    id: str | None = None,
    pipeline: Pipeline | None = None,
) -> ArticleRecord:
    """Extract the ``dyad.article/1`` record of one text.

    The default pipeline (spaCy plus every stage) is built on the first call and reused.
    Raises :class:`~dyad.errors.InputError` for an empty text, a bad date or a text over the
    ``max_chars_per_doc`` setting (:class:`~dyad.errors.TooLarge`), and ``TypeError`` for a
    ``text`` that is not a ``str``.
    """
    from .ingest.readers import article_from_text
    from .pipeline import parse_date

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        from .errors import EmptyInput

        raise EmptyInput("empty text")
    from .ingest.readers import check_unicode

    for value in (text, title, id):
        check_unicode(value)
    if published is not None:
        try:
            published = parse_date(published).isoformat()
        except ValueError:
            from .errors import BadDate

            raise BadDate(f"cannot parse date {published!r}") from None
    article = article_from_text(text, published=published, title=title, id=id)
    record, _ = (pipeline or _default_pipeline()).process(article)
    return record


__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "ArticleRecord",
    "DyadError",
    "Event",
    "InputError",
    "Pipeline",
    "Place",
    "Problem",
    "Quote",
    "Settings",
    "Stage",
    "TimeExpr",
    "__version__",
    "extract",
]
