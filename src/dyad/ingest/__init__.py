"""Readers that turn files, folders, stdin, URLs and feeds into :class:`~dyad.records.Article`."""

from .readers import (
    article_from_html,
    article_from_json,
    article_from_text,
    fetch_url,
    iter_paths,
    read_file,
    read_inputs,
    read_stdin,
)

__all__ = [
    "article_from_html",
    "article_from_json",
    "article_from_text",
    "fetch_url",
    "iter_paths",
    "read_file",
    "read_inputs",
    "read_stdin",
]
