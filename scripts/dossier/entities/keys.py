"""Normalised keys under which spellings of the same name compare equal.

News outlets transliterate the same person differently (Zelenskyy / Zelenskiy / Zelensky,
Andriy / Andrii, Kim Jong-un / Kim Jong Un) and drop diacritics (António / Antonio). Every name
is reduced to a key before it is looked up, so one gazetteer alias covers a whole family of
spellings and two discovered spellings of one person merge without fuzzy matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’][sS]\b")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")

# Ending folds for Slavic transliterations: -yy, -iy, -ii, -yi, -ij all end up as -y.
# Only applied at the end of a word, where they are transliteration noise rather than meaning.
_ENDINGS = (("yy", "y"), ("iy", "y"), ("ii", "y"), ("yi", "y"), ("ij", "y"))


def strip_diacritics(text: str) -> str:
    """Drop accents so "António Guterres" and "Antonio Guterres" are one key."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The comparison key of one word: no accents, casefolded, transliteration endings folded.

    Cached because the same few thousand words make up most of a dossier.
    """
    key = strip_diacritics(word).casefold()
    for ending, replacement in _ENDINGS:
        if len(key) > 3 and key.endswith(ending):
            return key[: -len(ending)] + replacement
    return key


def words(text: str) -> list[str]:
    """Split a name into words the way the tokenizer does.

    Hyphens and apostrophes split words, and a possessive "'s" is dropped, as in ``text``.
    """
    return _WORD.findall(_POSSESSIVE.sub("", text))


def name_key(text: str) -> str:
    """The key of a whole name: folded words joined by single spaces.

    "Kim Jong-Un", "Kim Jong Un" and "KIM JONG UN" share the key "kim jong un".
    """
    return " ".join(fold_word(w) for w in words(text))


def without_initials(key: str) -> str:
    """A name key without middle initials: "james b comey" -> "james comey".

    News style adds or drops middle initials at will ("Janet L. Yellen" / "Janet Yellen"); the
    first and last words carry the identity.
    """
    parts = key.split()
    if len(parts) <= 2:
        return key
    kept = [parts[0], *(p for p in parts[1:-1] if len(p) > 1), parts[-1]]
    return " ".join(kept)


def slugify(text: str) -> str:
    """A stable URL slug for an entity page: "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy"."""
    ascii_text = strip_diacritics(text).lower().replace("'", "").replace("’", "")
    return _SLUG_JUNK.sub("-", ascii_text).strip("-") or "entity"
