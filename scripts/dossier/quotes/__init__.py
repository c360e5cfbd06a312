"""Quotations in news articles: who said what, and which outlets reported it.

Public API:

- :class:`Quote` and :func:`extract_quotes` — direct quotations of one article with their
  speakers (explicit, pronoun, surname, role or continued attributions resolved to names).
- :mod:`dossier.quotes.merge` — the same statement reported by several outlets merged into one
  entry with its wording variants (:func:`merge_quotes`, :class:`ReportedQuote`,
  :class:`MergedQuote`).

Rules and word lists, no model: see :mod:`.attribution` (ordered rules), :mod:`.patterns` (cue
verbs, titles) and :mod:`.filters` (scare quotes and titles are not quotations).
"""

from __future__ import annotations

from dossier.quotes.extract import extract_quotes
from dossier.quotes.merge import MergedQuote, Report, ReportedQuote, merge_quotes
from dossier.quotes.model import Quote, Span

__all__ = [
    "MergedQuote",
    "Quote",
    "Report",
    "ReportedQuote",
    "Span",
    "extract_quotes",
    "merge_quotes",
]
