"""The author: a byline in the header, a labelled name elsewhere, or a bare name near the date.

Only what the page states as its byline counts: a cue ("By", "Written by", "Authors:"), a
name on the dateline or under the headline, an author box (a name over a biography about
that person) or an author card (a name over a writer's role). Names in the article's text,
in comments or in lists of other posts are never taken, and with no such statement the
author stays empty.
"""

from __future__ import annotations

import re

from dossier.cleaning import patterns
from dossier.cleaning.dates import find_dates
from dossier.cleaning.names import (
    SEPARATOR,
    bare_name,
    byline_name,
    clean_name,
    cued_name,
    handle_name,
    is_strong_cue,
    looks_like_name,
    unglue,
)
from dossier.cleaning.page import Line, Page

# Bylines longer than this are sentences that mention a name, kept as text.
SIGNPOST_MAX_WORDS = 12
# Lines into the main block where a byline may still stand (after a lede or an image).
_BYLINE_INTO_BLOCK = 8
# A byline outside the header is a short line; the rules that make a line not the article's
# own byline (a comment, another post in a list).
_LABELLED_BYLINE_MAX_WORDS = 8
# Some word of a byline's cue (BYLINE, BYLINE_INSIDE, AUTHOR_BOX), glued or not: a cheap test
# that skips the lines that cannot be bylines, which are nearly all of them.
_CUE_WORD = re.compile(
    r"by|author|contributor|von|par|por|\bdi\b|door|escrito|écrit|geschrieben", re.IGNORECASE
)
# A cue ended by a colon ("Authors: Jane Doe and John Smith, educators"): a label, whatever
# the length of what follows it.
_CUE_COLON = re.compile(r"^[\w ]{1,20}:")
# A label alone on its line ("By", "Article written by:"), with the name on the next line.
_LABEL_MAX_WORDS = 3
_NOT_AN_AUTHOR_LINE = ("comment-thread", "headline-list")
# An author box: a name line over a biography of at least this many words, which opens with
# the name (or its first word) and a verb ("Jane is a reporter", "Jane Doe covers ...").
_BIO_MIN_WORDS = 8
_BIO_OPENING = re.compile(
    r"(?P<first>[A-Z][\w'’\-]+)(?: [A-Z][\w'’\-]+){0,2} (?:is|was|has|writes|covers|explores"
    r"|specializes|specialises|joined|holds|lives|leads|loves|brings|helps|works|founded)\b"
)
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
# A bare name under the headline: at most this many lines down (a dek, a category between)
# and words long ("Mary Ann Smith"); longer Title Case lines are deks or menu entries.
_NAME_UNDER_TITLE_REACH = 3
_NAME_UNDER_TITLE_MAX_WORDS = 3
# A menu entry: a Title Case line of at most this many words ("Customer Care", "Contact Us").
# On the even-numbered WCXB dev text pages, a name line followed by such a line was a menu
# (a wrong author) far more often than a header.
_MENU_ENTRY_MAX_WORDS = 4
# A writer's role under the name on an author card ("Senior Writer, Hardware"); the roles
# that may follow a name in a header without making it a menu entry (_ROLE).
_ROLE_LINE_MAX_WORDS = 6
_WRITING_ROLE = re.compile(
    r"\b(?:writer|editor|reporter|correspondent|columnist|contributor|author|journalist)s?\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:writer|editor|reporter|correspondent|columnist|contributor|author|founder|director"
    r"|journalist|expert|specialist|consultant|producer|staff|ceo)s?\b",
    re.IGNORECASE,
)


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
        name = byline_name(line.text)
        if name:
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
            if _is_menu_entry(line, page.neighbour(index, 1)):
                return None
            name = bare_name(line.text)
            if name:
                page.metadata_indices.add(line.index)
                return name
    return None


def _is_menu_entry(name: Line, line: Line | None) -> bool:
    """A short Title Case label after ``name``: a menu, not a header, where a dateline, a
    role ("Tech Writer") or the text follows the name."""
    if line is None or line.n_words > _MENU_ENTRY_MAX_WORDS or line.has_date:
        return False
    if line.key == name.key or _ROLE.search(line.text):
        return False
    words = line.text.split()
    return all(word[0].isupper() for word in words) and not any(c.isdigit() for c in line.text)


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
        name = _labelled_name(page, line)
        if name:
            return name
    return _author_box(page) or _author_card(page)


def _author_card(page: Page) -> str | None:
    """A name line over a writer's role ("Jane Doe" / "Senior Writer"): the author's card.

    Only writing roles count; a name over "CEO, Acme" is a testimonial or a team page.
    """
    for line in page.lines:
        if not line.text or line.n_words > _NAME_UNDER_TITLE_MAX_WORDS:
            continue
        verdict = page.verdicts[line.index]
        if verdict is not None and verdict.rule in _NOT_AN_AUTHOR_LINE:
            continue
        role = page.neighbour(line.index, 1)
        if (
            role is None
            or role.n_words > _ROLE_LINE_MAX_WORDS
            or not _WRITING_ROLE.search(role.text)
        ):
            continue
        if _is_menu_entry(role, page.neighbour(role.index, 1)):
            continue  # "Job Openings" / "Contributors" / "Online Services": a menu
        name = bare_name(line.text)
        if name:
            return name
    return None


def _author_box(page: Page) -> str | None:
    """A name line over the author's short biography ("Jane Doe" / "Jane is a reporter ...").

    The biography must open with the name, or its first word, and a verb: a name line over
    other text is a menu entry or a heading.
    """
    for line in page.lines:
        if not 2 <= line.n_words <= _LABELLED_BYLINE_MAX_WORDS:
            continue
        verdict = page.verdicts[line.index]
        if verdict is not None and verdict.rule in _NOT_AN_AUTHOR_LINE:
            continue
        bio = page.neighbour(line.index, 1)
        if bio is None or bio.n_words < _BIO_MIN_WORDS:
            continue
        heading = line.text.removeprefix("About ")
        name = _bio_subject(heading.strip(), bio.text, about=heading != line.text)
        if name:
            return name
    return None


def _bio_subject(heading: str, bio: str, *, about: bool) -> str | None:
    """The name in ``heading`` that ``bio`` is about, if it opens with it and a verb."""
    words = heading.split()
    match = _BIO_OPENING.match(bio)
    if match is None or match.group("first") != words[0]:
        return None
    if not (about or _PERSONAL_PRONOUN.search(bio)):
        return None  # "Power BI" / "Power BI is a tool": a product, not a person
    full = clean_name(heading)
    if full and bio.startswith(full):
        return full
    return clean_name(" ".join(words[:2]))


def _labelled_name(page: Page, line: Line) -> str | None:
    """The name stated by a byline, an author box, or a "By" label alone above the name."""
    if line.n_words > SIGNPOST_MAX_WORDS or not _CUE_WORD.search(line.text):
        match = patterns.AUTHOR_BOX.match(line.text)
        return clean_name(match.group("name")) if match else None
    text = unglue(line.text)
    match = patterns.AUTHOR_BOX.match(text)
    if match:
        return clean_name(match.group("name"))
    if line.n_words <= _LABEL_MAX_WORDS and not looks_like_name(text):
        following = page.neighbour(line.index, 1)
        if following is not None and following.n_words <= _LABELLED_BYLINE_MAX_WORDS:
            # "By" / "Jane Doe": the label reads as a byline once joined to the next line
            joined = f"{text} {unglue(following.text)}"
            match = patterns.BYLINE.match(joined)
            if match and match.start("name") == len(text) + 1:
                return cued_name(following.text, strong_cue=is_strong_cue(text))
    match = patterns.BYLINE.match(text)
    if match is None and not line.has_date:
        return None  # "By" inside a line counts after a date only ("May 3, 2025 by Jane Doe")
    if (
        line.n_words > _LABELLED_BYLINE_MAX_WORDS
        and not patterns.BYLINE_STOP.search(text)
        and not _CUE_COLON.match(text)
    ):
        return None  # a sentence ("By signing up, you agree"), unless a label ("Authors:") leads
    return byline_name(text)


def is_role_line(text: str) -> bool:
    """A short line stating a job ("Senior Editor", "Social Media Expert"), as under a name."""
    return len(text.split()) <= _ROLE_LINE_MAX_WORDS and bool(_ROLE.search(text))


def author_beside_date(page: Page, date_line: Line | None) -> str | None:
    """A bare name on the dateline ("Mike Kappel May 18, 2016") or on the line beside it."""
    if date_line is None:
        return None
    name = name_on_dateline(date_line.text)
    if name:
        return name
    for step in (-1, 1):
        other = page.neighbour(date_line.index, step)
        if other is None or other.n_words > SIGNPOST_MAX_WORDS:
            continue
        name = byline_name(other.text) or bare_name(other.text)
        if name and looks_like_name(name):
            page.metadata_indices.add(other.index)
            return name
    return None


def name_on_dateline(text: str) -> str | None:
    """The name a dateline states beside its date: "Mike Kappel May 18, 2016", "12 Comments |
    Jane Doe | Updated: May 3, 2025", "Dec 26, 2025 • Jane Doe in Finance"."""
    text = unglue(text)
    found = find_dates(text)
    if not found:
        return None
    before = text[: found[0].start]
    name = byline_name(before) if before.strip() else None
    if name or (name := handle_name(before.strip())):
        return name
    for part in (before, text[found[0].end :]):
        for segment in SEPARATOR.split(part):
            name = bare_name(segment.strip()) if segment.strip() else None
            if name:
                return name
    return None
