"""Tell quotations from other text in quotation marks: scare quotes, titles, nicknames.

A run of quoted words is kept as a quotation when one of these rules says so, checked in order:

1. ``has_speech_cue`` — a speech cue touches it ("“Fake news,” the Kremlin said").
2. ``is_long_enough`` — it has at least ``MIN_WORDS_WITHOUT_CUE`` words and is not a title.

and dropped otherwise: one- to three-word phrases with no cue ("the “K battalion”", "labelled
them “groundless rumors”"), and Title Case names of books, films, laws or slogans.
"""

from __future__ import annotations

import re

from dossier.quotes.attribution import Attribution
from dossier.quotes.patterns import TITLE_SMALL_WORDS

# Quoted phrases shorter than this need a speech cue to count as a quotation. Four words is
# where news scare quotes and epithets stop and quoted speech starts; calibrated on the sample
# dossier ("fake news", "groundless rumors", "K battalion" are 1-2 words) and invented cases.
MIN_WORDS_WITHOUT_CUE = 4
# Book and film titles also keep foreign particles low ("Cien años de soledad").
_TITLE_WORDS_IGNORED = TITLE_SMALL_WORDS | {"de"}
_WORD = re.compile(r"[^\W_][\w'’\-]*")
_TITLE_CONTEXT = re.compile(
    r"\b(?:book|novel|film|movie|show|series|song|album|titled|entitled|headlined|episode|"
    r"column|slogan|hashtag|program|programme|documentary|called|named|dubbed)\W*$",
    re.IGNORECASE,
)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def looks_like_title(text: str) -> bool:
    """Title Case with no sentence punctuation: "The Art of the Deal", "Make America Great"."""
    words = _WORD.findall(text)
    if not words or text.rstrip().endswith((".", "?", "!", ",")):
        return False
    significant = [w for w in words if w.lower() not in _TITLE_WORDS_IGNORED]
    return bool(significant) and all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def has_speech_cue(attribution: Attribution | None) -> bool:
    """Rule 1: a reporting verb (not a framing one) right next to the quotation."""
    return attribution is not None and not attribution.framing and attribution.adjacent


def is_long_enough(text: str, before: str) -> bool:
    """Rule 2: long enough to be speech, and not a title introduced as one."""
    if word_count(text) < MIN_WORDS_WITHOUT_CUE:
        return False
    if _TITLE_CONTEXT.search(before) and looks_like_title(text.rstrip().removesuffix(".")):
        return False  # "the book “Failure to Adjust: How …” ": US style puts the period inside
    return not (looks_like_title(text) and word_count(text) < 8)


def is_quotation(text: str, attribution: Attribution | None, before: str) -> bool:
    """Keep the quoted words as a quotation? ``before`` is the text before the opening mark."""
    if not re.search(r"[^\W\d_]", text):
        return False
    if has_speech_cue(attribution) and not (looks_like_title(text) and word_count(text) > 1):
        return True
    return is_long_enough(text, before)
