"""Quotes: who said what, reported by whom, in which words.

Extracts the direct quotations of every article (with :mod:`dossier.quotes`), applies the
curator's fixes from front matter, merges the same statement across outlets, and builds the
quote index of each dossier, a page per speaker and a site-wide index.
"""

from .plugin import register

__all__ = ["register"]
