"""The publication date: the dated line that reads most like the article's own dateline.

Used when a page has no header cluster (see :mod:`dossier.cleaning.header`): every dated line
is scored by its cue ("Published", "Updated"), its shape (a date alone on a line) and its place
(in the header, near the top of the article, after it). Dates in running text, in lists of
other posts and after the article are penalised so that no date wins over a wrong one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from dossier.cleaning import patterns
from dossier.cleaning.dates import FoundDate, find_dates
from dossier.cleaning.mainblock import is_prose
from dossier.cleaning.names import unglue
from dossier.cleaning.page import Line, Page

_DATE_MIN_SCORE = 4.0
# What joins the two ends of a date range ("2025-12-12 - 2025-12-17", "May 3 to May 5, 2025").
_RANGE_JOINER = re.compile(r"\s*(?:[-–—]|to|until|bis|au)\s*", re.IGNORECASE)
# Whether a date labelled "Updated" may stand for the publication date when the page shows
# no other. On the 793 WCXB dev text pages taking them dated 53 more pages rightly and 37
# wrongly (the original date is elsewhere, often only in the markup; nothing on the page tells
# the two apart): a wrong date is worse than none, so they are not taken.
UPDATE_DATE_IS_PUBLICATION = False


def find_date(
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
        date = _line_date(page, line, found, prefer_day_first)
        if date is None:
            continue
        if score >= _DATE_MIN_SCORE and (best is None or score > best[0]):
            best = (score, line, date)
    if best is None:
        return None, None
    return best[1], best[2]


def labelled_date(text: str, label: str, prefer_day_first: bool) -> dt.date | None:
    """The publication date of a dated line ``text``, read with its date label, if any.

    ``label`` is a date label alone on the line above ("Last updated:"), which says what the
    date under it is exactly as on the line; a cue glued to a name by copy-paste ("By Jane
    DoeUpdated: ...") is a cue. The header cluster and the line scoring read dates alike.
    """
    text = f"{label} {unglue(text)}" if label else unglue(text)
    return publication_date(text, find_dates(text, prefer_day_first=prefer_day_first))


def _line_date(
    page: Page, line: Line, found: list[FoundDate], prefer_day_first: bool
) -> dt.date | None:
    above = page.neighbour(line.index, -1)
    if above is not None and patterns.DATE_LABEL.match(above.text):
        return labelled_date(line.text, above.text, prefer_day_first)
    if unglue(line.text) != line.text:
        return labelled_date(line.text, "", prefer_day_first)
    return publication_date(line.text, found)


def prefers_day_first(page: Page, language: str | None) -> bool:
    """How the page writes dates in words settles "03/10/2023"; else its language does."""
    # Both patterns end in a year 19xx/20xx: lines without "19" or "20" cannot match.
    text = "\n".join(line.text for line in page.lines if "20" in line.text or "19" in line.text)
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
_DATE_NEAR_TOP = 1.0  # in the first fifth of the article, or just above it
# How many non-blank lines above the main block still count as its top (a dateline under the
# headline when the block starts at the lede).
_NEAR_TOP_ABOVE = 3
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
        elif _near_top(page, line.index, first, last):
            score += _DATE_NEAR_TOP
    if is_prose(line) and line.ends_sentence:
        score += _DATE_IN_PROSE
    if patterns.NON_PUBLICATION_DATE_CUE.search(text):
        score += _DATE_OTHER_EVENT
    return score


def _near_top(page: Page, index: int, first: int, last: int) -> bool:
    """In the first fifth of the main block, or a few non-blank lines above its start."""
    if index < first:
        return sum(not line.is_blank for line in page.lines[index:first]) <= _NEAR_TOP_ABOVE
    return index <= first + (last - first) // 5


def _words_besides_dates(text: str) -> int:
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    return len(re.findall(r"[^\W\d_]{2,}", text))


def publication_date(text: str, found: list[FoundDate]) -> dt.date | None:
    """The date of ``text`` that says when the article was published, or ``None``.

    Each date is read with the nearest cue before it: a "Published" date wins, then the
    earliest uncued date; an "Updated" date is the publication date only under
    :data:`UPDATE_DATE_IS_PUBLICATION`. Two dates joined by a dash are a range: an event.
    """
    if _is_date_range(text, found):
        return None
    published: list[dt.date] = []
    uncued: list[dt.date] = []
    updated: list[dt.date] = []
    for item in found:
        cue = _nearest_cue(text[: item.start])
        if cue == "published":
            published.append(item.date)
        elif cue == "updated":
            updated.append(item.date)
        else:
            uncued.append(item.date)
    if published:
        return published[0]
    if uncued:
        return min(uncued)
    if updated and UPDATE_DATE_IS_PUBLICATION:
        return min(updated)
    return None


def _nearest_cue(before: str) -> str | None:
    """ "published" or "updated": whichever cue stands last before a date, if any."""
    best: tuple[int, str] | None = None
    for name, pattern in (("published", patterns.PUBLISHED_CUE), ("updated", patterns.UPDATED_CUE)):
        for match in pattern.finditer(before):
            if best is None or match.end() > best[0]:
                best = (match.end(), name)
    return best[1] if best else None


def _is_date_range(text: str, found: list[FoundDate]) -> bool:
    return any(
        _RANGE_JOINER.fullmatch(text[first.end : second.start])
        for first, second in itertools.pairwise(found)
    )
