"""Entities: the people, organisations and countries each dossier's articles name.

Aliases are merged (Zelenskyy / Zelenskiy / Volodymyr Zelenskyy) by :mod:`dossier.entities`,
from gazetteers, rules and the curator's ``content/entities.yml``. The plugin counts them per
dossier and site-wide, links article pages to them, and writes one page per entity.
"""

from .plugin import register

__all__ = ["register"]
