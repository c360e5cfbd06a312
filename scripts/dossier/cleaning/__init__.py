"""Cleaning raw article pages: from copied text or saved HTML to a Markdown article.

The public API is two functions and the value objects they return::

    from dossier.cleaning import clean_file
    article = clean_file(Path("raw/north-korean-troops-in-russia/000_fa84120af16b3b1f.txt"))
    article.title, article.date, article.source, article.body

Every raw line gets a :class:`LineDecision` naming the rule that kept or removed it (for
``--explain``), and ``review`` lists what the curator should check. Input that cannot become an
article raises :class:`dossier.errors.UserError`.
"""

from __future__ import annotations

from dossier.cleaning.model import CleanedArticle, LineDecision
from dossier.cleaning.pipeline import MAX_INPUT_BYTES, clean_bytes, clean_file

__all__ = ["MAX_INPUT_BYTES", "CleanedArticle", "LineDecision", "clean_bytes", "clean_file"]
