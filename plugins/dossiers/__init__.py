"""Dossiers: group articles by the story they belong to and build a page per story.

A dossier is defined by ``content/dossiers/<slug>.md`` (title, curator's summary, optional
status and body) and gathers every article whose front matter names it in ``dossier:``.
"""

from .plugin import register

__all__ = ["register"]
