"""Offline geography: the gazetteer (see :mod:`dyad.geo.gazetteer`)."""

from .gazetteer import Entry, Gazetteer, cache_dir, haversine_km, normalize

__all__ = ["Entry", "Gazetteer", "cache_dir", "haversine_km", "normalize"]
