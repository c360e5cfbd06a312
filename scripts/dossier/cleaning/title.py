"""Stage 4b: the headline searched over the top of the page, without the main block.

The main block often starts in the wrong place on a copied page (a menu paragraph, a later
section after a table of contents), and a headline searched just above it is then missed.
Here every headline-shaped line in the top part of the page is a candidate, and its evidence
is added up as log-odds: its length and Title Case, a byline or dateline just below it, the
article's prose starting a few lines below it, and its words coming back in that prose (a menu
entry's words do not). A full sentence ending with a period is a lede, never a headline.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from dossier.cleaning import patterns
from dossier.cleaning.header import is_dateline
from dossier.cleaning.mainblock import is_prose
from dossier.cleaning.names import byline_name
from dossier.cleaning.page import Line, Page

# Share of the page's non-blank lines searched, with a floor for short pages: on the WCXB dev
# text pages the gold headline stood in the first 40% of the lines on 572 of the 786 pages.
_SEARCH_SHARE = 0.4
_SEARCH_MIN_LINES = 15
_MIN_WORDS = 2
_MAX_WORDS = 30
# Prose lines this long make the "article words" a candidate's words are looked up in.
_ARTICLE_LINE_MIN_WORDS = 12
# Words shorter than this are stop words for the overlap (the, and, of, for).
_CONTENT_WORD_MIN_CHARS = 4
# How far below a candidate the first long paragraph and a byline/dateline are looked for.
_PROSE_REACH = 8
_PROSE_MIN_WORDS = 20
_SIGNPOST_REACH = 4
# Verdicts of furniture rules that may still be a headline (a "Latest" entry swallowed it).
_MAY_BE_HEADLINE = (None, "headline-list", "duplicate-line")

# Log-odds per feature, from how often a line with the feature was the gold headline among
# the candidates of the even-numbered WCXB dev text pages (naive Bayes, rounded).
_WORDS_WEIGHT = (-3.0, -0.6, 1.1, 1.6, 1.2, 0.5, -1.5, -1.5, -3.0)  # by number of words // 3
_PERIOD_WEIGHT = -3.3
_TITLE_CASE_WEIGHT = 1.4  # 60–95% of the words capitalised
_ALL_CAPS_WEIGHT = -0.9  # every word capitalised: a menu entry or a site name
_LOWER_WEIGHT = -0.5
_PROSE_BELOW_WEIGHT = (0.25, 0.75, 1.0, 1.1, 1.0, 1.0, 0.8, 0.2)  # by lines to the paragraph
_NO_PROSE_BELOW = -1.0
_SIGNPOST_BELOW_WEIGHT = (2.9, 2.8, 2.4, 1.7)  # by lines to the byline or dateline
_NO_SIGNPOST_BELOW = -0.9
_OVERLAP_HIGH = 0.6  # share of the words found in the article's prose
_OVERLAP_LOW = 0.15
_OVERLAP_WEIGHT = (-3.5, -1.1, 0.6)  # below low, between, above high
_IN_BLOCK_WEIGHT = -1.2  # a headline rarely sits inside the article's text
_NOT_IN_BLOCK_WEIGHT = 0.4
_TOP_TENTH_WEIGHT = 0.5
# Score from which the candidate beats the headline found next to the main block: on the even
# pages, 3 gave title exact 0.595 against 0.563 without this search (odd pages: 0.601, 0.532).
OVERRIDE_SCORE = 3.0
# Score a candidate needs when no other headline was found: a lede sentence ending with a
# period scores below it. Checked on the even pages (title exact unchanged from 0 to 1).
MIN_TITLE_SCORE = 0.5


@dataclass(frozen=True)
class TitleCandidate:
    """A headline candidate and its summed log-odds."""

    line: Line
    score: float


def find_title(page: Page) -> TitleCandidate | None:
    """The most headline-like line near the top of the page, whatever the main block says."""
    lines = page.nonblank()
    if not lines:
        return None
    limit = max(int(len(lines) * _SEARCH_SHARE), _SEARCH_MIN_LINES)
    article_words = _article_words(lines)
    below = _BelowLines(lines)
    best: TitleCandidate | None = None
    for rank, line in enumerate(lines[:limit]):
        if not _is_candidate(page, line):
            continue
        score = _score(page, lines, rank, article_words, below)
        if best is None or score > best.score:
            best = TitleCandidate(line, score)
    return best


def _article_words(lines: list[Line]) -> Counter[str]:
    """Content words of the page's long prose lines, counted per line."""
    counts: Counter[str] = Counter()
    for line in lines:
        if line.n_words >= _ARTICLE_LINE_MIN_WORDS and is_prose(line):
            counts.update(_content_words(line))
    return counts


def _content_words(line: Line) -> list[str]:
    return [word.lower() for word in line.words if len(word) >= _CONTENT_WORD_MIN_CHARS]


def _is_candidate(page: Page, line: Line) -> bool:
    """Headline-shaped: a few words, no date, not a URL, byline, breadcrumb or furniture."""
    if not _MIN_WORDS <= line.n_words <= _MAX_WORDS or line.has_date:
        return False
    verdict = page.verdicts[line.index]
    if verdict is not None and verdict.rule not in _MAY_BE_HEADLINE:
        return False
    text = line.text
    if text.endswith((",", ":", "›", "»", ">", "→", "…", "...")) or patterns.URL_LINE.match(text):
        return False
    return not (patterns.BYLINE.match(text) or patterns.SIGNPOST.match(text))


class _BelowLines:
    """What each line is, worked out once: candidates look at overlapping lines below them."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self._signpost: dict[int, bool] = {}
        self._prose: dict[int, bool] = {}

    def signpost(self, rank: int) -> bool:
        if rank not in self._signpost:
            line = self.lines[rank]
            self._signpost[rank] = is_dateline(line) or byline_name(line.text) is not None
        return self._signpost[rank]

    def prose(self, rank: int) -> bool:
        if rank not in self._prose:
            line = self.lines[rank]
            self._prose[rank] = line.n_words >= _PROSE_MIN_WORDS and is_prose(line)
        return self._prose[rank]


def _score(
    page: Page, lines: list[Line], rank: int, article_words: Counter[str], below: _BelowLines
) -> float:
    line = lines[rank]
    score = _WORDS_WEIGHT[min(line.n_words // 3, len(_WORDS_WEIGHT) - 1)]
    score += _PERIOD_WEIGHT if line.text.endswith(".") else 0.0
    score += _case_weight(line)
    score += _below_weight(below, rank)
    score += _overlap_weight(line, article_words)
    if page.block is not None:
        score += _IN_BLOCK_WEIGHT if line.index >= page.block[0] else _NOT_IN_BLOCK_WEIGHT
    if rank < len(lines) / 10:
        score += _TOP_TENTH_WEIGHT
    return score


def _case_weight(line: Line) -> float:
    share = line.capitalised_share
    if share >= 0.95:
        return _ALL_CAPS_WEIGHT
    return _TITLE_CASE_WEIGHT if share >= 0.6 else _LOWER_WEIGHT


def _below_weight(below: _BelowLines, rank: int) -> float:
    """A byline or dateline just below, and the article's first paragraph a few lines below."""
    after = range(rank + 1, min(rank + 1 + _PROSE_REACH, len(below.lines)))
    score = _NO_SIGNPOST_BELOW
    for step, other in enumerate(after[:_SIGNPOST_REACH]):
        if below.signpost(other):
            score = _SIGNPOST_BELOW_WEIGHT[step]
            break
    for step, other in enumerate(after):
        if below.prose(other):
            return score + _PROSE_BELOW_WEIGHT[step]
    return score + _NO_PROSE_BELOW


def _overlap_weight(line: Line, article_words: Counter[str]) -> float:
    """A headline's words come back in the article; a menu entry's do not.

    The line's own words are not counted when the line is itself long prose.
    """
    words = _content_words(line)
    if not words:
        return _OVERLAP_WEIGHT[0]
    own = 1 if line.n_words >= _ARTICLE_LINE_MIN_WORDS and is_prose(line) else 0
    share = sum(article_words[word] > own for word in words) / len(words)
    if share < _OVERLAP_LOW:
        return _OVERLAP_WEIGHT[0]
    return _OVERLAP_WEIGHT[2] if share >= _OVERLAP_HIGH else _OVERLAP_WEIGHT[1]
