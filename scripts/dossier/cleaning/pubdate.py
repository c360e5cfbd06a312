"""The publication date: the dated line that reads most like the article's own dateline.

Used when a page has no header cluster (see :mod:`dossier.cleaning.header`): every dated line
is scored by its cue ("Published", "Updated"), its shape (a date alone on a line) and its place
(in the header, near the top of the article, after it). Dates in running text, in lists of
other posts and after the article are penalised so that no date wins over a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re

from dossier.cleaning import patterns
from dossier.cleaning.dates import find_dates
from dossier.cleaning.header import publication_date
from dossier.cleaning.mainblock import is_prose
from dossier.cleaning.page import Line, Page

_DATE_MIN_SCORE = 4.0


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
        date = publication_date(line.text, found)
        if date is None:
            continue
        if score >= _DATE_MIN_SCORE and (best is None or score > best[0]):
            best = (score, line, date)
    if best is None:
        return None, None
    return best[1], best[2]


def prefers_day_first(page: Page, language: str | None) -> bool:
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
