"""Analyses over stored event data, and evaluation against gold standards."""
