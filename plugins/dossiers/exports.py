"""Machine-readable copies of a dossier: ``articles.json`` and an Atom feed.

``articles.json`` keys are stable (documented in the README); values that are unknown are
``null``, never guessed. Both are written in a fixed order so builds are reproducible.
"""

from __future__ import annotations

from typing import Any

from .model import Dossier, article_date

EXPORT_VERSION = 1


def article_record(article: Any, siteurl: str) -> dict[str, Any]:
    """One article's metadata as plain JSON types."""
    date = article_date(article)
    meta = article.metadata
    original = getattr(article, "republication_of", None)
    return {
        "slug": article.slug,
        "title": article.title,
        "url": f"{siteurl}/{article.url}" if siteurl else article.url,
        "original_url": meta.get("original_url"),
        "source": meta.get("source"),
        "author": meta.get("author") and str(meta.get("author")),
        "date": date.date().isoformat() if date else None,
        "language": meta.get("language"),
        "kind": meta.get("kind") or "article",
        "raw_file": meta.get("raw_file"),
        "raw_sha256": meta.get("raw_sha256"),
        "needs_review": list(meta.get("needs_review") or []),
        "republication_of": original.slug if original is not None else None,
    }


def dossier_export(dossier: Dossier, siteurl: str) -> dict[str, Any]:
    return {
        "version": EXPORT_VERSION,
        "dossier": {
            "slug": dossier.slug,
            "title": dossier.title,
            "url": f"{siteurl}/{dossier.url}" if siteurl else dossier.url,
            "first_date": dossier.first_date.date().isoformat() if dossier.first_date else None,
            "last_date": dossier.last_date.date().isoformat() if dossier.last_date else None,
        },
        "articles": [article_record(a, siteurl) for a in dossier.articles],
    }
