"""Extractors: pure functions over a parsed document that yield records."""
