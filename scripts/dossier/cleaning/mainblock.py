"""Stage 3: find the main block, the stretch of lines that holds the article.

A copied page is menus, then the article, then related links and footers. Article lines are
long sentences; furniture is short and dense. Each line gets a score (long prose is positive,
short fragments and already-removed furniture negative) and the main block is the stretch
with the largest total, the maximum-sum subarray. It needs no markup, works in any language,
and keeps short lines (subheadings, list items) that sit between paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.cleaning import patterns
from dossier.cleaning.page import Line, Page


@dataclass(frozen=True)
class BlockWeights:
    """Scores of line kinds. Calibrated on the even-numbered pages of the WCXB dev set.

    The costs were swept together: fragments at 1.5 (not 3) keep the subheadings, short lists
    and code lines inside long articles; removed lines at 1.5 per word and soft barriers at
    100 (not 1.0 and 40) still stop the block at the furniture. Body word F1 0.906 -> 0.915
    on the even pages, 0.908 -> 0.915 on the odd ones.
    """

    # Words a sentence line must exceed to count as prose; each further word adds one point.
    prose_offset: float = 5.0
    # A sentence line needs this many words to be prose; longer lines count without a period.
    prose_min_words: int = 8
    prose_long_words: int = 16
    # Cost of a short fragment (menu item, label, button) inside the block.
    fragment_cost: float = 1.5
    # A line of five words or more without a final period (a list item, a step, a table row)
    # costs nothing: lists sit inside articles, menus are made of shorter items. Swept with
    # 4-8 words and costs 0-1.5; 0.917 -> 0.921 on the even pages, 0.917 -> 0.920 odd.
    long_fragment_words: int = 5
    long_fragment_cost: float = 0.0
    # Cost of a line an earlier rule removed, per word, with a floor.
    removed_cost_per_word: float = 1.5
    removed_cost_floor: float = 3.0
    # Cost of a barrier line (comments heading, author box): the block never crosses one.
    barrier_cost: float = 1000.0
    # Cost of a heading that usually ends the article ("Related posts", "Share this").
    soft_barrier_cost: float = 100.0
    # The block ends at a furniture line (a newsletter box, a "Related posts" heading) after
    # which less prose follows than this share of the prose before it: the article is over and
    # what is left is a bio, a call to action or a footer's legal text. Swept 0.1-0.4 with the
    # furniture line's length capped at 6-14 or no words on the even WCXB dev pages: 0.3 and
    # 10 words gave body word F1 +0.004 there, +0.003 on the odd ones.
    furniture_tail_share: float = 0.0
    furniture_end_max_words: int = 10
    # The same at the start, above the headline only: the block begins after a furniture line
    # that less prose than this share of the prose after it precedes (a promotion, a teaser).
    # Below the headline the prose before a "Table of contents" or a share box is the lede.
    # Swept 0.05-1.0 on the even WCXB dev pages: 0.4 gave +0.0005 there, +0.0003 on the odd
    # ones; without the headline condition it cut ledes.
    furniture_head_share: float = 0.0
    # The block grows over the lines next to it that no rule has decided, up to the nearest
    # furniture line, when they hold at least this many words of prose (0: it does not grow).
    # Code listings, checklists and directories of addresses cost more as fragments than
    # their few sentences earn, and the maximum-sum block stopped in the middle of them; a
    # stretch of cards or prices has less prose than this. Swept 1-50 words on the even WCXB
    # dev pages (flat from 20 to 50; fewer let price tables in): 30 gave body word F1 +0.0018
    # there, +0.0028 on the odd ones.
    extend_min_prose: int = 0
    # The block begins at the headline when less prose than this stands above it inside the
    # block: the site's menus, breadcrumbs and teasers, which the block reached through their
    # few sentences (0: no such cut). More prose above the headline is a lede the title search
    # passed over. Swept 40-400 words on the even WCXB dev pages (flat from 100 to 150): 100
    # gave body word F1 +0.0004 there, +0.0008 on the odd ones.
    headline_max_prose_above: int = 0


WEIGHTS = BlockWeights()
# The article's block in copied text, cut at the furniture around it (see furniture_*_share).
# Only there: on saved pages the visible text's block also frames the header that the markup's
# metadata is checked against, and cutting it there lost dates. Fragments cost as much as in
# the header's block: the block then stops short of the menus and cards next to the article,
# and grows back over the lists and code inside it (extend_min_prose). Swept 1.5-5 with the
# growth on, on the even WCXB dev pages: 3.0 gave body word F1 +0.0011 there, +0.0022 odd.
TEXT_WEIGHTS = BlockWeights(
    fragment_cost=3.0,
    furniture_tail_share=0.3,
    furniture_head_share=0.4,
    extend_min_prose=30,
    headline_max_prose_above=100,
)
# The block the header search starts from: stricter about fragments, so that it begins at
# the first paragraph of prose, with the headline and byline just above it. These are the
# weights calibrated before the body's were lowered; the wider body block moved the header
# search and cost title exact 1.3 points on the WCXB dev pages.
HEADER_WEIGHTS = BlockWeights(
    fragment_cost=3.0,
    removed_cost_per_word=1.0,
    soft_barrier_cost=40.0,
    long_fragment_words=1000,
    long_fragment_cost=3.0,
)

# A list of other stories' headlines inside the block's tail: at least this many headline-like
# lines in a row (Title Case, no final punctuation), with less prose after them than this share
# of the prose before. Calibrated on the even-numbered WCXB dev pages. The share was 0.25 before
# the block grew over undecided lines (see extend_min_prose): listicles' entry names and spec
# tables are runs of Title Case lines too, with a few more entries after them; swept 0-0.25 on
# the even pages, 0.05 gave body word F1 +0.0008 there, +0.0010 on the odd ones.
_TEASER_RUN_MIN_LINES = 4
_TEASER_MIN_WORDS = 3
_TEASER_MAX_WORDS = 16
_TEASER_TITLE_CASE_SHARE = 0.6
_TEASER_TAIL_MAX_SHARE = 0.05


def is_prose(line: Line, weights: BlockWeights = WEIGHTS) -> bool:
    """A line that reads like a sentence of running text."""
    if line.n_words >= weights.prose_long_words:
        return True
    return line.n_words >= weights.prose_min_words and line.ends_sentence


def line_score(page: Page, line: Line, weights: BlockWeights = WEIGHTS) -> float:
    """How much a line pulls the block towards itself (positive) or away (negative)."""
    if line.is_blank:
        return 0.0
    if line.index in page.barriers:
        return -weights.barrier_cost
    if line.index in page.soft_barriers:
        return -weights.soft_barrier_cost
    if page.is_removed(line.index):
        return -max(weights.removed_cost_floor, weights.removed_cost_per_word * line.n_words)
    if is_prose(line, weights):
        return line.n_words - weights.prose_offset
    if line.n_words >= weights.long_fragment_words:
        return -weights.long_fragment_cost
    return -weights.fragment_cost


def locate_main_block(page: Page, weights: BlockWeights = WEIGHTS) -> tuple[int, int] | None:
    """The (first, last) line indices of the highest-scoring stretch, or None if no prose."""
    best_total = 0.0
    best: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for line in page.lines:
        score = line_score(page, line, weights)
        if total <= 0:
            total, start = 0.0, line.index
        total += score
        if total > best_total:
            best_total, best = total, (start, line.index)
    if best is None:
        return None
    first, last = best
    while page.lines[first].is_blank or line_score(page, page.lines[first], weights) <= 0:
        first += 1
    if weights.extend_min_prose:
        if page.title_indices:  # without a headline, growth upwards runs to the page's top
            first = _grow(page, first, -1, weights)
        last = _grow(page, last, 1, weights)
    last = _end_before_teasers(page, first, last, weights)
    first, last = _trim_at_furniture(page, first, last, weights)
    return _start_at_headline(page, first, last, weights), last


def _start_at_headline(page: Page, first: int, last: int, weights: BlockWeights) -> int:
    """The headline as the block's start when little prose stands above it in the block.

    The site's menus, breadcrumbs and teasers above the headline pay their way into the block
    with a sentence or two; a lede that the title search passed over has more prose.
    """
    headline = min(page.title_indices, default=-1)
    if not (weights.headline_max_prose_above and first < headline <= last):
        return first
    above = prose_words(page, first, headline - 1, weights)
    return headline if above < weights.headline_max_prose_above else first


def _grow(page: Page, edge: int, step: int, weights: BlockWeights) -> int:
    """The block's edge moved over the undecided lines beyond it, if they hold enough prose.

    Lines no furniture rule has marked (barriers are marked), up to the first that one has or
    the headline, are the article going on with lists and code rather than the page's menus,
    which carry furniture wording; without prose among them they are cards or price tables.
    """
    prose = 0
    grown = edge  # the furthest prose line: menus and cards past it stay out
    position = edge + step
    while 0 <= position < len(page.lines):
        line = page.lines[position]
        position += step
        if line.is_blank:
            continue
        if not page.is_undecided(line.index) or line.index in page.title_indices:
            break
        if is_prose(line, weights):
            prose += line.n_words
            grown = line.index
    return grown if prose >= weights.extend_min_prose else edge


def is_teaser(line: Line) -> bool:
    """A line shaped like another story's headline: short Title Case, no final punctuation."""
    return (
        _TEASER_MIN_WORDS <= line.n_words <= _TEASER_MAX_WORDS
        and not line.ends_sentence
        and line.capitalised_share >= _TEASER_TITLE_CASE_SHARE
    )


def _end_before_teasers(page: Page, first: int, last: int, weights: BlockWeights) -> int:
    """Cut the block before a run of teaser headlines followed by little prose.

    Related stories, "more from" lists and newsletter boxes after the article are often
    followed by a few sentences (a teaser's summary, a legal notice), enough for the
    maximum-sum block to run through them; a run of headlines near the end is where it stops.
    """
    prose_before = 0
    run: list[Line] = []
    for line in page.lines[first : last + 1]:
        if line.is_blank:
            continue
        if is_teaser(line) and not page.is_removed(line.index):
            run.append(line)
            continue
        if len(run) >= _TEASER_RUN_MIN_LINES:
            after = prose_words(page, run[0].index, last, weights)
            if after < _TEASER_TAIL_MAX_SHARE * prose_before:
                return _line_before(page, run[0], last) if prose_before else last
        prose_before += sum(item.n_words for item in run if is_prose(item, weights))
        run = []
        if is_prose(line, weights) and not page.is_removed(line.index):
            prose_before += line.n_words
    if len(run) >= _TEASER_RUN_MIN_LINES and prose_before:
        return _line_before(page, run[0], last)
    return last


def _trim_at_furniture(page: Page, first: int, last: int, weights: BlockWeights) -> tuple[int, int]:
    """Cut the block at furniture lines that nearly all the prose is on one side of.

    The maximum-sum block runs on through the tail of a page when a biography, a call to
    action or a legal notice after the article has enough prose to pay for the furniture
    between them: a removed line after nearly all the prose is where the article stopped.
    The same holds at the top for a teaser or a promotion above the article.
    """
    if not (weights.furniture_tail_share or weights.furniture_head_share):
        return first, last
    cuts = _furniture_cuts(page, first, last, weights)
    dropped = 0  # prose words after the new end
    for position, (line, before, after) in enumerate(cuts):
        if before and after < weights.furniture_tail_share * before:
            last = _line_before(page, line, last)
            cuts, dropped = cuts[:position], after
            break
    start = first
    headline = min(page.title_indices, default=-1)  # no headline: no cut at the top
    for line, before, after in cuts:
        if line.index < headline and before < weights.furniture_head_share * (after - dropped):
            start = line.index + 1
    return start, last


def _furniture_cuts(
    page: Page, first: int, last: int, weights: BlockWeights
) -> list[tuple[Line, int, int]]:
    """Furniture lines where the block may be cut, with the prose words before and after each.

    Furniture seen before inside the block ("Book now" under every entry of a listicle),
    long furniture sentences and inline links to another story ("Read more: <headline>")
    sit inside articles, not at their edges. One pass: this runs on every page.
    """
    seen: set[str] = set()
    candidates: list[tuple[Line, int]] = []
    total = 0
    for line in page.lines[first : last + 1]:
        verdict = page.verdicts[line.index]
        if verdict is None or verdict.kept:
            total += line.n_words if is_prose(line, weights) else 0
        elif _may_cut_at(line, verdict.rule, weights) and line.key not in seen:
            seen.add(line.key)
            candidates.append((line, total))
    return [(line, before, total - before) for line, before in candidates]


# Removed lines that say nothing of where the article stops: photo credits and captions sit
# between its paragraphs, blank lines anywhere, and a comment thread is already a barrier.
_INLINE_REMOVALS = frozenset({"blank-line", "photo-credit", "photo-caption", "comment-thread"})


def _may_cut_at(line: Line, rule: str, weights: BlockWeights) -> bool:
    return (
        rule not in _INLINE_REMOVALS
        and line.n_words <= weights.furniture_end_max_words
        and not patterns.INLINE_STORY_LINK.match(line.text)
    )


def _line_before(page: Page, line: Line, fallback: int) -> int:
    above = page.neighbour(line.index, -1)
    return above.index if above is not None else fallback


def prose_words(page: Page, start: int, last: int, weights: BlockWeights = WEIGHTS) -> int:
    """Words of the prose lines from ``start`` to ``last`` that no rule removed."""
    return sum(
        line.n_words
        for line in page.lines[start : last + 1]
        if is_prose(line, weights) and not page.is_removed(line.index)
    )
