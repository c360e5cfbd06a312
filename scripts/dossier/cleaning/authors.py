"""The author: a byline in the header, a labelled name elsewhere, or a bare name near the date.

Only what the page states as its byline counts; names in the article's text, in comments or
in lists of other posts are never taken, and with no such statement the author stays empty.
"""

from __future__ import annotations

from dossier.cleaning import patterns
from dossier.cleaning.dates import find_dates
from dossier.cleaning.names import clean_name, looks_like_name, unglue
from dossier.cleaning.page import Line, Page

# Bylines longer than this are sentences that mention a name, kept as text.
SIGNPOST_MAX_WORDS = 12
# Lines into the main block where a byline may still stand (after a lede or an image).
_BYLINE_INTO_BLOCK = 8
# A byline outside the header is a short line; the rules that make a line not the article's
# own byline (a comment, another post in a list).
_LABELLED_BYLINE_MAX_WORDS = 8
_NOT_AN_AUTHOR_LINE = ("comment-thread", "headline-list")
# A bare name under the headline: at most this many lines down (a dek, a category between)
# and words long ("Mary Ann Smith"); longer Title Case lines are deks or menu entries.
_NAME_UNDER_TITLE_REACH = 3
_NAME_UNDER_TITLE_MAX_WORDS = 3


def find_byline(page: Page, header: list[Line]) -> tuple[Line, str] | None:
    """The first "By Jane Doe" line of the header or above the article, and the name in it."""
    return _find_byline(_byline_zone(page, header))


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
        if line.n_words > SIGNPOST_MAX_WORDS * 2:
            continue
        text = unglue(line.text)
        match = patterns.BYLINE.match(text) or patterns.BYLINE_INSIDE.search(text)
        if match:
            name = clean_name(match.group("name"))
            if name and looks_like_name(name):
                return line, name
    return None


def name_under_title(page: Page) -> str | None:
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


def labelled_author(page: Page) -> str | None:
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


def author_beside_date(page: Page, date_line: Line | None) -> str | None:
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
        if other is None or other.n_words > SIGNPOST_MAX_WORDS:
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
