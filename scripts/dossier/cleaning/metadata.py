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

from dossier.cleaning import patterns
from dossier.cleaning.dates import find_dates
from dossier.cleaning.header import (
    Header,
    clean_name,
    find_header,
    looks_like_name,
    publication_date,
    unglue,
)
from dossier.cleaning.mainblock import is_prose
from dossier.cleaning.page import Line, Page
from dossier.cleaning.title import MIN_TITLE_SCORE, OVERRIDE_SCORE, find_title

# How far above the main block the header (headline, byline, dateline) may sit, in non-blank
# lines; and how far into the block a dateline may appear. Calibrated on the WCXB dev set.
_HEADER_REACH = 25
_HEADER_INTO_BLOCK = 3
_TITLE_MIN_SCORE = 0.0
# Share of capitalised words from which a line reads as Title Case, as English headlines are.
_TITLE_CASE_SHARE = 0.6
_TITLE_MIN_WORDS_BEFORE_BAR = 3
_TITLE_MAX_WORDS = 30
_DATE_MIN_SCORE = 4.0
# Bylines and datelines longer than this are sentences that mention a date, kept as text.
_SIGNPOST_MAX_WORDS = 12
# Lines into the main block where a byline may still stand (after a lede or an image).
_BYLINE_INTO_BLOCK = 8
# A name line next to the dateline has at most this many words ("Mary Ann de la Cruz").
_NAME_MAX_WORDS = 5
# A byline outside the header is a short line; the rules that make a line not the article's
# own byline (a comment, another post in a list).
_LABELLED_BYLINE_MAX_WORDS = 8
_NOT_AN_AUTHOR_LINE = ("comment-thread", "headline-list")
# A bare name under the headline: at most this many lines down (a dek, a category between)
# and words long ("Mary Ann Smith"); longer Title Case lines are deks or menu entries.
_NAME_UNDER_TITLE_REACH = 3
_NAME_UNDER_TITLE_MAX_WORDS = 3
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
    prefer_day_first = _prefers_day_first(page, language)
    found = find_header(page, prefer_day_first=prefer_day_first)
    if found is not None:
        _take_header(page, meta, found)
    else:
        _scan_metadata(page, meta, prefer_day_first)
    _prefer_top_title(page, meta)
    meta.author = meta.author or _labelled_author(page) or _name_under_title(page)
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
    """Take the headline found over the top of the page when its evidence is strong.

    The headline beside the main block is missed when the block starts in the wrong place;
    :func:`~dossier.cleaning.title.find_title` does not depend on the block.
    """
    candidate = find_title(page)
    if candidate is None:
        return
    if meta.title is not None and candidate.score < OVERRIDE_SCORE:
        return
    if meta.title is None and (
        candidate.score < MIN_TITLE_SCORE or _is_subheading(page, candidate.line)
    ):
        return
    meta.title = clean_title(candidate.line.text)
    page.title = meta.title
    page.title_indices = {candidate.line.index}


def _is_subheading(page: Page, line: Line) -> bool:
    """Inside the main block, below its first line: a section's heading, not the headline."""
    return page.block is not None and line.index > page.block[0]


def _scan_metadata(page: Page, meta: Metadata, prefer_day_first: bool) -> None:
    """Pages without a header cluster: score every line as a headline, dateline or byline."""
    header = _header_zone(page)
    date_line, meta.date = _find_date(page, header, prefer_day_first=prefer_day_first)
    signposts: set[int] = set()
    if date_line is not None:
        signposts.add(date_line.index)
    byline = _find_byline(_byline_zone(page, header))
    if byline is not None:
        signposts.add(byline[0].index)
        meta.author = byline[1]
    else:
        meta.author = _author_beside_date(page, date_line)
    title_line = _find_title(page, header, signposts)
    if title_line is not None:
        meta.title = clean_title(title_line.text)
        page.title = meta.title
        page.title_indices.add(title_line.index)
    page.metadata_indices.update(
        index for index in signposts if page.lines[index].n_words <= _SIGNPOST_MAX_WORDS
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
    if _in_menu(page, line):
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


def _in_menu(page: Page, line: Line) -> bool:
    """Surrounded by one- and two-word lines: a menu entry, not a headline."""
    short = 0
    for step in (-2, -1, 1, 2):
        position = line.index + step
        if 0 <= position < len(page.lines):
            other = page.lines[position]
            short += (not other.is_blank) and other.n_words <= 2
    return short >= 3


def clean_title(text: str, site: str | None = None) -> str:
    """Drop list markers, a breadcrumb trail and a site name ("Headline | Outlet").

    A suffix after `` - `` is only cut when it names the outlet: "Review - Part Two" must stay
    whole; a `` | `` suffix is a document title's section or site name.
    """
    text = patterns.LIST_MARKER.sub("", text).strip()
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
# Date
# ---------------------------------------------------------------------------------------------


def _find_date(
    page: Page, header: list[Line], *, prefer_day_first: bool
) -> tuple[Line | None, dt.date | None]:
    header_indices = {line.index for line in header}
    best: tuple[float, Line, dt.date] | None = None
    for line in page.lines:
        if not line.has_date or line.n_words > 40 or _is_other_posts(page, line):
            continue
        found = find_dates(line.text, prefer_day_first=prefer_day_first)
        if not found:
            continue
        score = _date_score(page, line, line.index in header_indices)
        date = publication_date(line.text, found)
        if date is None:
            continue
        if score >= _DATE_MIN_SCORE and (best is None or score > best[0]):
            best = (score, line, date)
    if best is None:
        return None, None
    return best[1], best[2]


def _prefers_day_first(page: Page, language: str | None) -> bool:
    """How the page writes dates in words settles "03/10/2023"; else its language does."""
    text = "\n".join(line.text for line in page.lines if line.text)
    day_first = len(patterns.DAY_FIRST_TEXT.findall(text))
    month_first = len(patterns.MONTH_FIRST_TEXT.findall(text))
    if day_first != month_first:
        return day_first > month_first
    return language not in (None, "en")


def _is_other_posts(page: Page, line: Line) -> bool:
    verdict = page.verdicts[line.index]
    return verdict is not None and verdict.rule in ("headline-list", "boilerplate-phrase")


# Points for where and how a date is written; a line needs _DATE_MIN_SCORE to date the
# article. Calibrated on the even-numbered pages of the WCXB dev set, favouring no date over a
# wrong one.
_DATE_CUE_PUBLISHED = 3.0
_DATE_CUE_UPDATED = 1.5
_DATE_ALONE = 3.0  # the line is little more than the date ("Dec 17, 2025", "Posted on ...")
_DATE_WITH_BYLINE = 2.0  # "March 15, 2022 · 3 min read · By ASU Online"
_DATE_IN_HEADER = 3.0
_DATE_NEAR_TOP = 1.0  # in the first fifth of the article
_DATE_IN_PROSE = -4.0
_DATE_OTHER_EVENT = -4.0
_DATE_AFTER_ARTICLE = -1.0
# An unlabelled date after the article is a comment's or a related post's: on the WCXB dev text
# pages such dates were the publication date on 2 pages and another date on 3.
_DATE_AFTER_ARTICLE_UNLABELLED = -100.0
_DATE_ALONE_MAX_OTHER_WORDS = 4


def _date_score(page: Page, line: Line, in_header: bool) -> float:
    text = line.text
    previous = page.neighbour(line.index, -1)
    cue_text = text if line.n_words > 6 or previous is None else f"{previous.text} {text}"
    score = 0.0
    if patterns.PUBLISHED_CUE.search(cue_text):
        score += _DATE_CUE_PUBLISHED
    elif patterns.UPDATED_CUE.search(cue_text):
        score += _DATE_CUE_UPDATED
    if _words_besides_dates(text) <= _DATE_ALONE_MAX_OTHER_WORDS:
        score += _DATE_ALONE
    elif patterns.DATELINE_COMPANION.search(text):
        score += _DATE_WITH_BYLINE
    if in_header:
        score += _DATE_IN_HEADER
    elif page.block is not None:
        first, last = page.block
        if line.index > last and not patterns.STRONG_PUBLISHED_CUE.search(cue_text):
            return _DATE_AFTER_ARTICLE_UNLABELLED
        if line.index > last:
            score += _DATE_AFTER_ARTICLE
        elif first <= line.index <= first + (last - first) // 5:
            score += _DATE_NEAR_TOP
    if is_prose(line) and line.ends_sentence:
        score += _DATE_IN_PROSE
    if patterns.NON_PUBLICATION_DATE_CUE.search(text):
        score += _DATE_OTHER_EVENT
    return score


def _words_besides_dates(text: str) -> int:
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    return len(re.findall(r"[^\W\d_]{2,}", text))


# ---------------------------------------------------------------------------------------------
# Author
# ---------------------------------------------------------------------------------------------


def _byline_zone(page: Page, header: list[Line]) -> list[Line]:
    """The header first, then everything above the article's first lines: bylines sit anywhere
    between the headline and the text, sometimes above a long lede or image block."""
    limit = (page.block[0] if page.block else 0) + _BYLINE_INTO_BLOCK
    seen = {line.index for line in header}
    above = [line for line in page.lines[:limit] if line.text and line.index not in seen]
    return header + above[::-1]


def _find_byline(header: list[Line]) -> tuple[Line, str] | None:
    """The first "By Jane Doe" line of the header, and the name in it."""
    for line in header:
        if line.n_words > _SIGNPOST_MAX_WORDS * 2:
            continue
        text = unglue(line.text)
        match = patterns.BYLINE.match(text) or patterns.BYLINE_INSIDE.search(text)
        if match:
            name = clean_name(match.group("name"))
            if name and looks_like_name(name):
                return line, name
    return None


def _name_under_title(page: Page) -> str | None:
    """A bare name alone on one of the lines just under the headline, with no date beside it."""
    if not page.title_indices:
        return None
    index = min(page.title_indices)
    for _ in range(_NAME_UNDER_TITLE_REACH):
        line = page.neighbour(index, 1)
        if line is None:
            return None
        index = line.index
        if _is_bare_name(line):
            name = clean_name(line.text)
            if name:
                page.metadata_indices.add(line.index)
                return name
    return None


def _is_bare_name(line: Line) -> bool:
    """A short line that is only a name: not a label ("Credit: X") nor a heading's words."""
    text = line.text
    if line.n_words > _NAME_UNDER_TITLE_MAX_WORDS or ":" in text:
        return False
    return looks_like_name(text) and not patterns.NOT_A_BARE_NAME.search(text)


def _labelled_author(page: Page) -> str | None:
    """A short "By Jane Doe" / "Written by" line anywhere, or an "About the author" box.

    The header cluster is searched only near the main block; a byline above a long lede or an
    author box under the article is found here. Only explicit cues count, never a name in the
    text, and lines of comments and lists of other posts are skipped.
    """
    for line in page.lines:
        if not line.text:
            continue
        verdict = page.verdicts[line.index]
        if verdict is not None and verdict.rule in _NOT_AN_AUTHOR_LINE:
            continue
        text = unglue(line.text)
        match = patterns.AUTHOR_BOX.match(text)
        if match is None and line.n_words <= _LABELLED_BYLINE_MAX_WORDS:
            match = patterns.BYLINE.match(text)
        if match:
            name = clean_name(match.group("name"))
            if name:
                return name
    return None


def _author_beside_date(page: Page, date_line: Line | None) -> str | None:
    """A bare name on the dateline ("Mike Kappel May 18, 2016") or on the line beside it."""
    if date_line is None:
        return None
    found = find_dates(date_line.text)
    if found and found[0].start > 0:
        name = _name_from(date_line.text[: found[0].start])
        if name and looks_like_name(name):
            return name
    for step in (-1, 1):
        other = page.neighbour(date_line.index, step)
        if other is None or other.n_words > _SIGNPOST_MAX_WORDS:
            continue
        name = _name_from(other.text)
        if name and looks_like_name(name):
            page.metadata_indices.add(other.index)
            return name
    return None


def _name_from(text: str) -> str | None:
    """The name in a byline ("By Jane Doe ⋅ Editor"), or the text itself cleaned as a name."""
    match = patterns.BYLINE.match(text) or patterns.BYLINE_INSIDE.search(text)
    return clean_name(match.group("name") if match else text)


# ---------------------------------------------------------------------------------------------
# Outlet and URL
# ---------------------------------------------------------------------------------------------


def find_outlet(page: Page) -> str | None:
    """The outlet named by a syndication notice, else by the page's copyright line."""
    for line in page.lines:
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
