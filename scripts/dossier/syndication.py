"""Republished copies: the same wire story carried by several outlets.

A dossier often holds one Reuters or AFP story three times under three outlets' mastheads, with
a different headline, header or footer ("This story has not been edited by VoM News staff").
The dossier page marks the later copies as republications of the earliest one.

How: every body becomes a set of 5-word shingles, hashed with CRC-32 (deterministic across runs
and machines, unlike ``hash()``), and a fixed 1-in-4 sample of them is kept (the same shingle is
kept or dropped in every article, so samples compare like the full sets). Articles are visited
oldest first; each is compared only with the earlier *originals* that share a sampled shingle,
found through an inverted index. A copy is never indexed itself, so a story republished by
fifty outlets costs fifty lookups, not fifty squared comparisons.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

ArticleId = TypeVar("ArticleId", bound=Hashable)

SHINGLE_WORDS = 5
# Keep shingles whose mixed hash falls in the lowest quarter: a quarter of the memory and work,
# containment estimated within about +/-0.05 for a 300-word article.
SAMPLE_BITS = 2
# A copy must contain at least this share of the shorter article's sampled shingles. Calibrated
# on the sample dossier and invented copies: a cleaned wire copy with its own header and footer
# scores 0.85-1.0; two reports of one event sharing a long quotation score below 0.4.
CONTAINMENT_MIN = 0.8
# The shorter article must be at least this share of the longer one's length: an excerpt of a
# wire story is a republication, a 60-word brief quoted inside a long analysis is not.
LENGTH_RATIO_MIN = 0.3
# Articles with fewer sampled shingles (about 40 words) are too short to tell a copy from a
# shared quotation, and are never matched.
MIN_SAMPLED = 8
# Shingles shared by more than this many distinct stories are stock phrases ("this article was
# published on"), not evidence; skipping them also bounds the work per article.
MAX_POSTINGS = 64

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Republication(Generic[ArticleId]):
    """``copy`` republishes ``original``; ``containment`` is the share of shingles they share."""

    copy: ArticleId
    original: ArticleId
    containment: float


def republications_of_prints(
    articles: Sequence[tuple[ArticleId, date | datetime | str | None, frozenset[int]]],
) -> list[Republication[ArticleId]]:
    """Each republished article as a :class:`Republication` of the original it copies.

    ``articles`` are ``(id, publication date or None, fingerprints of the body)``; a caller
    may keep the :func:`fingerprints` from one build to the next, as they cost more than the
    comparison. The original is the earliest article of a group (by date, undated articles
    last, then by id), so the result does not depend on the order of the input.
    """
    ordered = sorted(articles, key=lambda a: (*_date_key(a[1]), str(a[0])))
    postings: dict[int, list[int]] = {}
    originals: list[tuple[ArticleId, frozenset[int]]] = []
    found: list[Republication[ArticleId]] = []
    for article_id, _, prints in ordered:
        best = _best_original(prints, postings, originals)
        if best is not None:
            original_id, score = best
            found.append(Republication(article_id, original_id, round(score, 3)))
            continue
        number = len(originals)
        originals.append((article_id, prints))
        for value in prints:
            postings.setdefault(value, []).append(number)
    return found


def fingerprints(body: str) -> frozenset[int]:
    """The sampled shingle hashes of a body (lower-cased words, punctuation ignored)."""
    words = _WORD.findall(body.casefold())
    result: set[int] = set()
    for i in range(len(words) - SHINGLE_WORDS + 1):
        value = zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        if ((value * 0x9E3779B1) & 0xFFFFFFFF) >> (32 - SAMPLE_BITS) == 0:
            result.add(value)
    return frozenset(result)


def _best_original(
    prints: frozenset[int],
    postings: dict[int, list[int]],
    originals: list[tuple[ArticleId, frozenset[int]]],
) -> tuple[ArticleId, float] | None:
    if len(prints) < MIN_SAMPLED:
        return None
    shared: Counter[int] = Counter()
    for value in prints:
        numbers = postings.get(value)
        if numbers is not None and len(numbers) <= MAX_POSTINGS:
            shared.update(numbers)
    # Most shared first; ties go to the earlier original, so the result is deterministic.
    for number, overlap in sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:5]:
        original_id, original_prints = originals[number]
        if len(original_prints) < MIN_SAMPLED:
            continue
        smaller, larger = sorted((len(prints), len(original_prints)))
        containment = overlap / smaller
        if containment >= CONTAINMENT_MIN and smaller / larger >= LENGTH_RATIO_MIN:
            return original_id, containment
    return None


def _date_key(value: date | datetime | str | None) -> tuple[int, str]:
    """Dated articles first, in date order; ISO strings sort like the dates they spell."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, date | datetime):
        return (0, value.isoformat())
    return (0, str(value))
