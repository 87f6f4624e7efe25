"""Coding schemes: the CAMEO codebook with Goldstein scores, quad classes and PLOVER types."""

from .cameo import CameoCode, Codebook

__all__ = ["CameoCode", "Codebook"]
