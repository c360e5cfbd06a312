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
    is_strong_label,
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
_WORD = re.compile(r"\w+")
# A personal site's article says "I" / "my" at least this often per 1000 words: on the
# even-numbered WCXB dev text pages headed by a bare name, the named person's own articles had
# 16-36 (one 5), the pages of companies, products and newsletters 0-7.
_FIRST_PERSON_PER_1000 = 10
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me)\b")
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# The heading of the section about the article's writer ("About the Author", "Meet Our Expert").
_AUTHOR_SECTION = re.compile(
    r"(?:about|meet) (?:the|our|this) (?P<role>author|writer|expert|reporter|contributor|editor)"
    r"s?:?$",
    re.IGNORECASE,
)
_SECTION_HEADING_MAX_WORDS = 4  # "About the Authors:", "Meet Our Expert"
# A label alone on its line that only the article's writer gets ("Written by" / "Jane Doe"),
# even where the comments' rule took the lines under the article.
_WRITER_LABEL = re.compile(r"(?:written|article|story) by:?", re.IGNORECASE)
_WRITER = ("author", "writer")
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
# Case-sensitive: a job glued to the name by copy-paste ("Jane DoeFounder at Acme"). Only the
# lines under the headline need it; in unglue() it would cost every line its time.
_GLUED_JOB = re.compile(
    r"(?<=[a-z]{2})(?=(?:Founder|Co-founder|Writer|Editor|Reporter|Contributor|Contributing"
    r"|Columnist|Correspondent|Staff|Senior|Freelance)\b)"
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
        else:
            name = _name_before_role(line)
        if name:
            page.metadata_indices.add(line.index)
            return name
    return None


# What may follow the job words of a "name and job" line: its end, a separator, "at"/"of".
_ROLE_FOLLOWER = re.compile(r"\s*(?:$|[|,•·–—-]|at\b|of\b)", re.IGNORECASE)


def _name_before_role(line: Line) -> str | None:
    """The name opening a short "name and job" line ("Jane Doe Contributing Writer | Travel",
    "Jane DoeFounder at Acme", "Jane Doe and John Smith | Guest Columnists"): the job word
    says the words before it are people; without a separator, one person's few words."""
    if line.n_words > _ROLE_LINE_MAX_WORDS * 2:
        return None
    text = _GLUED_JOB.sub(" ", unglue(line.text))
    role = _ROLE.search(text)
    if role is None or not _ROLE_FOLLOWER.match(text, role.end()):
        return None  # "Harbor Council Director Resigns": a headline about a job, no byline
    parts = SEPARATOR.split(text[: role.start()], maxsplit=1)
    if len(parts) == 1 and not 2 <= len(parts[0].split()) <= _NAME_UNDER_TITLE_MAX_WORDS:
        return None
    return bare_name(parts[0])


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


def settle_author(page: Page, found: str | None, title: str | None) -> str | None:
    """The page's author from what the header search ``found`` and the rest of the page.

    An "About the author" section names the writer more surely than a bare name beside the
    date; a "name" that is the headline itself ("Vibe Coding" over the date) is none. Without
    a header author: a labelled byline anywhere, a name under the headline, the owner of a
    personal site.
    """
    if found and not (title and _is_headline(found, title)):
        return author_section(page, writer_only=True) or found
    return labelled_author(page) or name_under_title(page) or site_owner(page, title)


def site_owner(page: Page, title: str | None = None) -> str | None:
    """The person a personal site is named after: a bare name heading the page ("Jane Doe" over
    the menu) over an article written in the first person. A company's or a desk's page
    names itself the same way, but speaks as "we" or of a third party. The headline on top
    (``title``) names no one.
    """
    top = page.neighbour(-1, 1)
    if top is None or top.n_words > _NAME_UNDER_TITLE_MAX_WORDS or page.block is None:
        return None
    if top.index in page.title_indices or (title and _is_headline(top.text, title)):
        return None
    name = bare_name(top.text.rstrip("/ "))
    if name is None or not _in_first_person(page.lines[page.block[0] : page.block[1] + 1]):
        return None
    return name


def _in_first_person(lines: list[Line]) -> bool:
    """Whether text says "I" and "my" often, and more often than "we" and "our"."""
    words = " ".join(line.text for line in lines)
    singular = len(_FIRST_PERSON.findall(words))
    plural = len(_FIRST_PERSON_PLURAL.findall(words))
    return singular > plural and singular * 1000 >= _FIRST_PERSON_PER_1000 * len(words.split())


def _is_headline(name: str, title: str) -> bool:
    """Whether a "name" is the headline, or its words before a byline's stop word ("Housing
    Market Predictions" of "Housing Market Predictions for 2026")."""
    cut = patterns.BYLINE_STOP.sub("", title)
    return _WORD.findall(name.lower()) in (_WORD.findall(title.lower()), _WORD.findall(cut.lower()))


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
        if (
            verdict is not None
            and verdict.rule in _NOT_AN_AUTHOR_LINE
            and not _WRITER_LABEL.fullmatch(line.text)
        ):
            continue
        name = _labelled_name(page, line)
        if name:
            return name
    return author_section(page, writer_only=False) or _author_box(page) or _author_card(page)


def author_section(page: Page, *, writer_only: bool) -> str | None:
    """The name under an "About the author" / "Meet the writer" heading: the heading vouches
    for the short line under it, whether a name alone, a name and its role, or a menu-like
    name card.

    Only "author" and "writer" name the article's writer for sure (``writer_only``): "About
    the expert" may present a person quoted in the text.
    """
    for line in page.lines:
        if not line.text or line.n_words > _SECTION_HEADING_MAX_WORDS:
            continue
        heading = _AUTHOR_SECTION.match(line.text)
        if heading is None or (writer_only and heading.group("role").lower() not in _WRITER):
            continue
        name_line = page.neighbour(line.index, 1)
        if name_line is not None and name_line.n_words <= _LABELLED_BYLINE_MAX_WORDS:
            name = clean_name(name_line.text)
            if name:
                return name
    return None


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
                return cued_name(following.text, strong_cue=is_strong_label(text))
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
    """A short line stating a job ("Senior Editor", "Social Media Expert"), as under a name.

    The job leads the line: "Jane Doe, Shipping Expert" is a name with its role.
    """
    if len(text.split()) > _ROLE_LINE_MAX_WORDS:
        return False
    return bool(_ROLE.search(text.split(",", 1)[0]))


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
    Jane Doe | Updated: May 3, 2025", "Dec 26, 2025 • Jane Doe in Finance", "May 3, 2025 ·
    3 min read · By Acme Online"."""
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
            segment = segment.strip()
            name = (byline_name(segment) or bare_name(segment)) if segment else None
            if name:
                return name
    return None
