"""Search: a Pagefind full-text index of the built site, written when Pelican finishes.

Pages opt in with ``data-pagefind-body`` (articles, dossiers, quote and entity pages); other
plugins add records that are not whole pages (a quote, an entity) to
``context["search_records"]`` — see :mod:`search.records` for the contract.
"""

from .plugin import register

__all__ = ["register"]
