"""Slugs for file names and URLs: ASCII, lowercase, hyphenated, stable across runs."""

from __future__ import annotations

import re

from unidecode import unidecode

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """``Putin on N. Korean Troops: “Our Choice”`` → ``putin-on-n-korean-troops-our-choice``.

    Transliterated with Unidecode so that accented and non-Latin titles still give readable,
    portable names (GitHub Pages and every file system accept them).
    """
    return _NON_WORD.sub("-", unidecode(text).lower()).strip("-")
