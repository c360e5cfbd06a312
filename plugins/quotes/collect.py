"""Each article's quotations, with the curator's fixes from its front matter applied.

A curator fixes a speaker or drops a false quote in the article itself::

    quote_fixes:
      - quote: The enemy understands strength   # words from the quote, as in the article
        speaker: Andriy Yermak
      - quote: fake news
        drop: true

A fix that matches no quote is reported with the file and line, so a typo never goes unseen.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.article_cache import ArticleCache, content_key
from dossier.errors import shown_path
from dossier.parallel import Ahead, quotes_of_texts, start
from dossier.quotes import Quote, extract_quotes

log = logging.getLogger(__name__)

# The parts of the library extract_quotes runs: an edit anywhere else keeps the cache.
SOURCES = ("quotes", "wordtokens.py")
_SPACE = re.compile(r"\s+")
_PARAGRAPH_ANCHOR = re.compile(r"^p-(\d+)$")


@dataclass
class FoundQuote:
    """A quotation of one article, ready to be merged with other outlets' reports."""

    text: str
    speaker: str | None
    anchor: str  # "p-N" in the article body, "aq-N" in an aggregator's list, or ""
    pieces: list[str]  # the quoted words as written, one per span (empty for listed quotes)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _fix_line(source: str, words: str) -> int | None:
    """The line of the source file where a fix's quote text is written, for messages."""
    for number, line in enumerate(source.splitlines(), start=1):
        if words and words in line:
            return number
    return None


def _extracted(source: str, cache: ArticleCache | None) -> list[Quote]:
    """The extractor's quotes of a file: only this step is cached, because the fixes below
    and their warnings must apply (and be reported) on every build."""
    if cache is None:
        return extract_quotes(source)
    key = content_key(source.encode("utf-8"))
    return list(cache.get_or_compute(key, lambda: extract_quotes(source)))


def start_extraction(
    paths: Iterable[Path], cache: ArticleCache, owner: dict[str, Any] | None = None
) -> Ahead:
    """Start extracting, on every core, the quotes of the files ``cache`` lacks; the serial
    :func:`article_quotes` calls take them from the cache once collected. An unreadable file
    is left to :func:`article_quotes`, which reports it. ``owner``: see
    :func:`dossier.parallel.start`."""
    jobs, listed = [], []
    for path in paths:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        jobs.append((content_key(source.encode("utf-8")), source))
        listed.append(str(path))
    ahead = start(cache, jobs, quotes_of_texts, owner=owner)
    ahead.listed = frozenset(listed)
    return ahead


def extract_ahead(
    articles: Iterable[Any], cache: ArticleCache, listed: frozenset[str] = frozenset()
) -> int:
    """:func:`start_extraction` of the articles' files, waited for, but those an earlier
    batch ``listed`` (read and hashed once is enough)."""
    paths = (p for a in articles if str(p := Path(a.source_path)) not in listed)
    return start_extraction(paths, cache).collect()


def article_quotes(article: Any, cache: ArticleCache | None = None) -> list[FoundQuote]:
    """Extract (or take from ``cache``), then apply ``quote_fixes``; aggregator lists come
    in without speakers."""
    path = Path(article.source_path)
    source = path.read_text(encoding="utf-8")
    paragraphs = int(article.metadata.get("paragraph_count") or 0)
    found: list[FoundQuote] = []
    for quote in _extracted(source, cache):
        anchor = quote.anchor
        match = _PARAGRAPH_ANCHOR.match(anchor)
        if not match or int(match.group(1)) > paragraphs:
            anchor = ""  # never link to a paragraph the page does not have
        pieces = [source[start:end] for start, end in quote.spans]
        found.append(FoundQuote(quote.text, quote.speaker, anchor, pieces))
    aggregator = article.metadata.get("aggregator") or {}
    for number, text in enumerate(aggregator.get("quotes") or [], start=1):
        found.append(FoundQuote(str(text), None, f"aq-{number}", []))
    return apply_fixes(found, article.metadata.get("quote_fixes"), path, source)


def apply_fixes(found: list[FoundQuote], fixes: Any, path: Path, source: str) -> list[FoundQuote]:
    if not fixes:
        return found
    if not isinstance(fixes, list):
        log.warning(
            "%s: 'quote_fixes' must be a list of '- quote: …' entries; it was ignored",
            shown_path(path),
        )
        return found
    for fix in fixes:
        words = str(fix.get("quote", "")).strip() if isinstance(fix, dict) else ""
        matches = [q for q in found if words and _norm(words) in _norm(q.text)]
        if not matches:
            line = _fix_line(source, words)
            where = f"{shown_path(path)}:{line}" if line else shown_path(path)
            log.warning(
                "%s: quote_fixes: no quote of this article contains '%s'; copy the words "
                "exactly as they appear in the quote",
                where,
                words or fix,
            )
            continue
        for quote in matches:
            if fix.get("drop"):
                found = [q for q in found if q is not quote]
            elif fix.get("speaker"):
                quote.speaker = str(fix["speaker"])
    return found
