"""Stage 4: read the article's metadata from its lines — title, date, author, outlet, URL.

Everything is read from where a page states it about itself: the headline just above the
article, a byline or dateline in the header, a syndication notice or copyright line naming the
outlet. Dates in running text, in headline lists or in footers describe other things and are
never taken. When the evidence is weak the field stays ``None`` for the curator to fill in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dossier.cleaning import authors, patterns, pubdate
from dossier.cleaning.header import Header, find_header
from dossier.cleaning.mainblock import is_prose
from dossier.cleaning.page import Line, Page
from dossier.cleaning.title import MIN_TITLE_SCORE, find_title, in_menu

# How far above the main block the header (headline, byline, dateline) may sit, in non-blank
# lines; and how far into the block a dateline may appear. Calibrated on the WCXB dev set.
_HEADER_REACH = 25
_HEADER_INTO_BLOCK = 3
_TITLE_MIN_SCORE = 0.0
# Score a candidate inside the main block needs when neither the header cluster nor the scan
# found a headline: on the WCXB dev text pages 3 of the 4 right such candidates scored above
# it and none of the 9 wrong ones (section headings, "Contributions From" lines).
_SUBHEADING_MIN_SCORE = 1.5
# ... and it is only a section heading below this many of the block's paragraphs: a headline
# the block swallowed sits above the article's prose or after a short intro (on the WCXB dev
# text pages 4 of the 5 right ones inside the block had 1 or 2 paragraphs above them, the 3
# wrong ones 3 to 6).
_SUBHEADING_PARAGRAPHS = 3
_PARAGRAPH_MIN_WORDS = 12
_TITLE_MIN_WORDS_BEFORE_BAR = 3
_TITLE_MAX_WORDS = 30
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")
_MOSTLY_DIGITS = re.compile(r"^[\W\d]*$|\(\d{3}\)|\d{3}[-. ]\d{3}[-. ]\d{4}")


@dataclass
class Metadata:
    """What the page says about itself; ``None`` where it says nothing reliable."""

    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None


def extract_metadata(page: Page, *, language: str | None) -> Metadata:
    """Fill :class:`Metadata` and mark the lines it came from on ``page``.

    The header cluster (headline, byline, dateline) is read first; the older line-by-line
    scoring only fills what a page without such a cluster leaves open.
    """
    meta = Metadata(language=language)
    prefer_day_first = pubdate.prefers_day_first(page, language)
    found = find_header(page, prefer_day_first=prefer_day_first)
    if found is not None:
        _take_header(page, meta, found)
    else:
        _scan_metadata(page, meta, prefer_day_first)
    _prefer_top_title(page, meta)
    meta.author = authors.settle_author(page, meta.author, meta.title)
    meta.source = find_outlet(page)
    meta.url = _find_url(page)
    return meta


def _take_header(page: Page, meta: Metadata, found: Header) -> None:
    """Use the header cluster's headline, date and author; mark its lines as metadata."""
    meta.date, meta.author = found.date, found.author
    if found.title is not None:
        meta.title = clean_title(found.title.text)
        page.title = meta.title
        page.title_indices.add(found.title.index)
    page.metadata_indices.update(found.signposts)


def _prefer_top_title(page: Page, meta: Metadata) -> None:
    """Choose the headline among all candidates of the page's top part.

    The headline beside the main block is missed when the block starts in the wrong place;
    :func:`~dossier.cleaning.title.find_title` does not depend on the block, and weighs the
    line the header cluster (or the line-by-line scan) chose as one piece of evidence.
    """
    chosen = page.lines[min(page.title_indices)] if page.title_indices else None
    candidate = find_title(page, chosen)
    if candidate is None or candidate.score < MIN_TITLE_SCORE:
        return
    if (
        chosen is None
        and candidate.score < _SUBHEADING_MIN_SCORE
        and _is_subheading(page, candidate.line)
    ):
        return  # a page without a headline: its first section heading is not one
    text = candidate.line.text
    # "Headline – Outlet": the outlet the page names in its copyright line is cut off.
    site = find_outlet(page) if patterns.TITLE_SITE_SEPARATOR.search(text) else None
    meta.title = clean_title(text, site)
    page.title = meta.title
    page.title_indices = {candidate.line.index}


def _is_subheading(page: Page, line: Line) -> bool:
    """Inside the main block, below some of its paragraphs: a section heading, not the headline."""
    if page.block is None:
        return False
    above = page.lines[page.block[0] : line.index]
    paragraphs = sum(other.n_words >= _PARAGRAPH_MIN_WORDS and is_prose(other) for other in above)
    return paragraphs >= _SUBHEADING_PARAGRAPHS


def _scan_metadata(page: Page, meta: Metadata, prefer_day_first: bool) -> None:
    """Pages without a header cluster: score every line as a headline, dateline or byline."""
    header = _header_zone(page)
    date_line, meta.date = pubdate.find_date(page, header, prefer_day_first=prefer_day_first)
    signposts: set[int] = set()
    if date_line is not None:
        signposts.add(date_line.index)
    byline = authors.find_byline(page, header)
    if byline is not None:
        signposts.add(byline[0].index)
        meta.author = byline[1]
    else:
        meta.author = authors.author_beside_date(page, date_line)
    title_line = _find_title(page, header, signposts)
    if title_line is not None:
        meta.title = clean_title(title_line.text)
        page.title = meta.title
        page.title_indices.add(title_line.index)
    page.metadata_indices.update(
        index for index in signposts if page.lines[index].n_words <= authors.SIGNPOST_MAX_WORDS
    )


def _header_zone(page: Page) -> list[Line]:
    """Non-blank lines from a little above the main block to its first few lines."""
    if page.block is None:
        return page.nonblank()[:_HEADER_REACH]
    first = page.block[0]
    before = [line for line in page.lines[:first] if not line.is_blank][-_HEADER_REACH:]
    inside = [line for line in page.lines[first : page.block[1] + 1] if not line.is_blank][
        :_HEADER_INTO_BLOCK
    ]
    return before + inside


# ---------------------------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------------------------


def _find_title(page: Page, header: list[Line], signposts: set[int]) -> Line | None:
    """The headline: a headline-shaped line above the article, near its byline or dateline.

    ``signposts`` are the byline and dateline lines; a headline usually sits just above them.
    """
    block_start = page.block[0] if page.block else 0
    first_sentence = next(
        (
            line.index
            for line in header
            if line.index >= block_start and is_prose(line) and line.ends_sentence
        ),
        len(page.lines),
    )
    candidates = [line for line in header if line.index < first_sentence and line.n_words >= 2]
    tails = _breadcrumb_tails(page)
    best: tuple[float, Line] | None = None
    for distance, line in enumerate(reversed(candidates)):
        score = _title_score(page, line, distance, signposts, tails)
        if score >= _TITLE_MIN_SCORE and (best is None or score > best[0]):
            best = (score, line)
    return best[1] if best else None


# Evidence for a headline, as log-odds added per feature: measured on the even-numbered pages
# of the WCXB dev set (how often a line with the feature was the gold title).
_TITLE_WORDS_WEIGHT = (-3.0, -0.5, 1.2, 2.2, 2.0, 1.0)  # by number of words // 3
_TITLE_DISTANCE_WEIGHT = (1.0, 1.0, 0.6, 0.8, 0.15, -0.4, -0.9, -1.0, -2.0)  # lines above text
_TITLE_BLANK_AFTER = 0.7
_TITLE_IN_MENU = -0.6
_TITLE_SHOUTING = -1.2
_TITLE_SIGNPOST_BELOW = 1.0
_TITLE_IN_BREADCRUMB = 1.5


def _title_score(
    page: Page, line: Line, distance: int, signposts: set[int], tails: list[str]
) -> float:
    """Headline-likeness: length, closeness to the article, a blank line or byline below."""
    text = line.text
    if not 2 <= line.n_words <= _TITLE_MAX_WORDS or text.endswith((".", ":", ",")):
        return -99.0
    verdict = page.verdicts[line.index]
    if verdict is not None and verdict.rule not in ("headline-list", "duplicate-line"):
        return -99.0
    if line.index in signposts or line.has_date or patterns.BYLINE.match(text):
        return -99.0
    if _ELLIPSIS.search(text) or patterns.URL_LINE.match(text) or _MOSTLY_DIGITS.search(text):
        return -99.0
    if text.endswith(("›", "»", ">", "→")) or patterns.SIGNPOST.match(text):
        return -99.0
    score = _TITLE_WORDS_WEIGHT[min(line.n_words // 3, len(_TITLE_WORDS_WEIGHT) - 1)]
    if _ends_a_breadcrumb(line, tails):
        score += _TITLE_IN_BREADCRUMB
    score += _TITLE_DISTANCE_WEIGHT[min(distance, len(_TITLE_DISTANCE_WEIGHT) - 1)]
    following = line.index + 1
    if following >= len(page.lines) or page.lines[following].is_blank:
        score += _TITLE_BLANK_AFTER
    if any(line.index < index <= line.index + 4 for index in signposts):
        score += _TITLE_SIGNPOST_BELOW
    if in_menu(page, line):
        score += _TITLE_IN_MENU
    if text.isupper():
        score += _TITLE_SHOUTING
    return score


def _breadcrumb_tails(page: Page) -> list[str]:
    """The last step of every breadcrumb trail ("Blog » Headline"), as a line key."""
    tails = []
    for line in page.lines:
        if line.text and patterns.BREADCRUMB_SEPARATOR.search(line.text):
            last = patterns.BREADCRUMB_SEPARATOR.split(line.text)[-1]
            key = Line(-1, last, last).key
            tails.append(f"{key}…" if _ELLIPSIS.search(last) else key)
    return tails


def _ends_a_breadcrumb(line: Line, tails: list[str]) -> bool:
    """Breadcrumbs end with the headline, sometimes truncated ("Home > News > Headl...")."""
    key = line.key
    for tail in tails:
        if tail == key or (tail.endswith("…") and key.startswith(tail[:-1].rsplit(" ", 1)[0])):
            return True
    return False


# A link aggregator's entry: the linked site's domain and the entry's points after the
# headline ("Headline (example.com) 87").
_LINKED_DOMAIN = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}\)(?:\s+\d+)?$")


def clean_title(text: str, site: str | None = None) -> str:
    """Drop list markers, a breadcrumb trail and a site name ("Headline | Outlet").

    A suffix after `` - `` is only cut when it names the outlet: "Review - Part Two" must stay
    whole; a `` | `` suffix is a document title's section or site name.
    """
    text = patterns.LIST_MARKER.sub("", text).strip()
    text = _LINKED_DOMAIN.sub("", text)
    text = patterns.BREADCRUMB_SEPARATOR.split(text)[-1].strip()
    head, bar, _ = text.partition(" | ")
    if bar and len(head.split()) >= _TITLE_MIN_WORDS_BEFORE_BAR:
        text = head.strip()
    if site:
        separators = list(patterns.TITLE_SITE_SEPARATOR.finditer(text))
        for separator in reversed(separators):
            suffix = text[separator.end() :].strip().lower()
            if suffix and (suffix in site.lower() or site.lower() in suffix):
                return text[: separator.start()].strip()
    return text


# ---------------------------------------------------------------------------------------------
# Outlet and URL
# ---------------------------------------------------------------------------------------------


def find_outlet(page: Page) -> str | None:
    """The outlet named by a syndication notice, else by the page's copyright line."""
    for line in page.lines:
        if not patterns.may_be_syndication(line.key):
            continue
        for pattern in patterns.SYNDICATION:
            match = pattern.search(line.text)
            if match:
                return _clean_outlet(match.group("outlet"))
    for line in reversed(page.lines):
        if line.n_words > 25:
            continue
        match = patterns.COPYRIGHT.search(line.text)
        if match:
            outlet = _clean_outlet(match.group("outlet"))
            if outlet:
                return outlet
    return None


def _clean_outlet(raw: str) -> str | None:
    outlet = raw.strip(" .,;:-–—|")
    if not outlet or len(outlet.split()) > 8 or outlet.lower() in ("all", "the", "by"):
        return None
    return outlet


def _find_url(page: Page) -> str | None:
    for line in page.lines:
        match = patterns.URL_LINE.match(line.text)
        if match:
            page.metadata_indices.add(line.index)
            return match.group("url").rstrip(".,;)")
    return None
