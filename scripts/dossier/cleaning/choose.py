"""HTML input: mend trafilatura's text with the visible page: put back what it dropped from the
article's middle, cut what it kept past the article's end.

trafilatura judges each element of the markup on its own, so it sometimes drops whole
stretches of an article it otherwise found well: the steps of a how-to laid out in cards, the
entries of a ranked list, a paragraph wrapped in an unusual container. The visible page, cleaned
like copied text, keeps those stretches. Where a run of visible lines that trafilatura did not
keep sits between two paragraphs that it did keep, the run is part of the same article and goes
back in, at that place. What trafilatura dropped before the article's first or after its last
kept paragraph stays out: that is where comments, teasers and footers live.

The other way round, trafilatura sometimes runs on past the article into the teasers, the
author's box or the contact form below it. On the visible page those sit after a heading such
as "Related articles" or "About the author" that ends the article; trafilatura's text ends
before the first of its lines that the visible page places there (see :func:`article_end`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import NamedTuple

from dossier.cleaning.mainblock import prose_words
from dossier.cleaning.page import Line, Page

# A visible line is an anchor (a paragraph both sources agree on) from this many words: short
# lines such as names or "Share" also appear in comments and menus after the article. On the
# WCXB dev pages 6 to 14 words scored alike (within 0.0003 body F1); 3 let comment threads in.
ANCHOR_MIN_WORDS = 8
# A visible line is already in trafilatura's text when this share of its word triples is there
# (trafilatura and the browser break lines differently, and trafilatura adds Markdown, so
# whole lines often differ). 0.35 to 0.65 scored alike on the WCXB dev pages.
_COVERED_SHARE = 0.5
# Runs trafilatura was right to drop, measured run by run on the WCXB dev pages (even and odd
# ids both gain): this many lines without one sentence of ANCHOR_MIN_WORDS words (shop and
# specification widgets; 10 and 15 lines did alike, 5-6 also dropped real short lists) ...
WIDGET_MIN_LINES = 10
# ... or this many lines that carry a date (comment threads, dated story lists). One dated
# line scored 0.0003 higher, but a dropped news paragraph often names a date.
_DATED_LIST_MIN_LINES = 2

# trafilatura's text is cut past the visible article's end only when what is cut has less prose
# than this share of what stays: more than that, and the visible page's "Related" heading sat
# inside the article. On the WCXB dev pages 0.5 did best on the even ids (0.3 and 1.0 cost
# 0.0006 there); the odd ids gained alike from 0.3 to 1.0.
_TAIL_MAX_SHARE = 0.5
# trafilatura's lines from this many words are placed on the visible page to find the cut
# (1 to 5 words scored within 0.0002 body F1 on the WCXB dev pages, 8 lost 0.0003).
_PLACED_MIN_WORDS = 3

Triple = tuple[str, str, str]
# _position of a covered line too short to have word triples: it cannot place a run.
_UNPLACED = -1


class _TripleIndex(NamedTuple):
    line_of_triple: dict[Triple, int]  # the extracted line each word triple ends in
    joined_key: str  # all words, space-padded, to find lines too short for triples


class _Extracted:
    """trafilatura's lines indexed for lookup: where each line and each word triple is.

    The triples are indexed only when a visible line is not one of the extracted lines as a
    whole, which spares the work on pages where both break lines alike.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.line_of_key = {line.key: line.index for line in page.lines if line.key}

    @cached_property
    def triples(self) -> _TripleIndex:
        words: list[str] = []
        line_of_word: list[int] = []
        for line in self.page.lines:
            words.extend(line.key.split())
            line_of_word.extend([line.index] * (len(words) - len(line_of_word)))
        # Triples run across lines; a repeated triple maps to its last line. Harmless for the
        # restored runs; in article_end it can place an article line past the article's end
        # when one of its triples recurs in the teasers there (measured: one page of the
        # WCXB dev set loses a list entry; placing by the line holding most triples instead
        # cut real text on seven others, where the check that later lines come back now stops
        # the cut).
        line_of_triple = dict(zip(_triples(words), line_of_word[2:], strict=False))
        return _TripleIndex(line_of_triple, f" {' '.join(words)} ")


def restore_dropped_passages(extracted: Page, visible: Page) -> str | None:
    """trafilatura's text with the visible runs it skipped inside the article put back.

    ``extracted`` is trafilatura's text as a page; ``visible`` is the page's visible text after
    the furniture rules, with its main block located: only lines of that block that no rule
    removed are candidates. ``None`` when nothing was skipped.
    """
    index = _Extracted(extracted)
    insertions: dict[int, list[str]] = {}
    for after, run in _dropped_runs(_candidate_lines(visible), index):
        insertions.setdefault(after, []).extend(line.text for line in run)
    if not insertions:
        return None
    return "\n".join(_merged_lines([line.raw for line in extracted.lines], insertions))


def _candidate_lines(visible: Page) -> list[Line]:
    if visible.block is None:
        return []
    first, last = visible.block
    return [
        line
        for line in visible.lines[first : last + 1]
        if line.key and not visible.is_removed(line.index)
    ]


def _dropped_runs(
    candidates: list[Line], extracted: _Extracted
) -> Iterator[tuple[int, list[Line]]]:
    """Runs of uncovered lines between two anchors, with the extracted line to follow."""
    previous_anchor: int | None = None  # extracted line of the last anchor seen
    run: list[Line] = []
    for line in candidates:
        anchor = _position(line, extracted)
        if anchor is None:
            run.append(line)
            continue
        if anchor == _UNPLACED or line.n_words < ANCHOR_MIN_WORDS:
            continue  # covered but too short to place the run: neither anchor nor gap
        if run and previous_anchor is not None and anchor > previous_anchor and _is_article(run):
            yield previous_anchor, run
        previous_anchor, run = anchor, []


def _triples(words: list[str]) -> zip[Triple]:
    return zip(words, words[1:], words[2:], strict=False)


def _is_article(run: list[Line]) -> bool:
    """Whether a dropped run reads as part of the article rather than a widget inside it.

    A long run without a single sentence is a product box or a specification widget; a run
    that dates two of its lines is a comment thread or a list of other stories.
    """
    if len(run) >= WIDGET_MIN_LINES and not any(_is_sentence(line) for line in run):
        return False
    return sum(line.has_date for line in run) < _DATED_LIST_MIN_LINES


def _is_sentence(line: Line) -> bool:
    return line.n_words >= ANCHOR_MIN_WORDS and line.ends_sentence


def _position(line: Line, extracted: _Extracted) -> int | None:
    """The extracted line where a visible line ends, ``None`` when trafilatura dropped it.

    A covered line too short for word triples has no position of its own (``_UNPLACED``).
    """
    whole = extracted.line_of_key.get(line.key)
    if whole is not None:
        return whole
    triples = list(_triples(line.key.split()))
    if not triples:
        return _UNPLACED if f" {line.key} " in extracted.triples.joined_key else None
    line_of_triple = extracted.triples.line_of_triple
    found = [line_of_triple[triple] for triple in triples if triple in line_of_triple]
    if len(found) < _COVERED_SHARE * len(triples):
        return None
    return max(found)


def _merged_lines(lines: list[str], insertions: dict[int, list[str]]) -> Iterator[str]:
    for number, line in enumerate(lines):
        yield line
        for restored in insertions.get(number, ()):
            yield ""  # one paragraph per restored line, like trafilatura's own output
            yield restored


def article_end(extracted: Page, visible: Page) -> int | None:
    """The first line of trafilatura's text that the visible page shows past the article's end.

    ``extracted`` is trafilatura's text as a page after the furniture rules. The article's end
    is the first heading after the visible main block that ends articles ("Related articles",
    "About the author": a barrier or a soft barrier). The cut is made only when none of
    trafilatura's later lines is placed at or above the visible block's end (back in the
    article, where trafilatura read a widget in its middle, or in the header above it) and
    little prose goes (see _TAIL_MAX_SHARE).
    ``None`` when nothing is cut.
    """
    if visible.block is None:
        return None
    last = visible.block[1]
    stop = min((i for i in visible.barriers | visible.soft_barriers if i > last), default=None)
    if stop is None:
        return None
    placed = list(_placed_lines(extracted, _Extracted(visible)))
    cut = next((n for n, (_, position) in enumerate(placed) if position > stop), None)
    if cut is None or any(position <= last for _, position in placed[cut:]):
        return None
    end = placed[cut][0].index
    kept = prose_words(extracted, 0, end - 1)
    cut_off = prose_words(extracted, end, len(extracted.lines) - 1)
    return end if cut_off < _TAIL_MAX_SHARE * kept else None


def _placed_lines(extracted: Page, visible: _Extracted) -> Iterator[tuple[Line, int]]:
    """trafilatura's lines of a few words with the visible line where each ends.

    Shorter lines ("Share", a name) recur all over a page and say nothing of where they are.
    """
    for line in extracted.lines:
        if line.n_words >= _PLACED_MIN_WORDS:
            position = _position(line, visible)
            if position is not None and position != _UNPLACED:
                yield line, position
