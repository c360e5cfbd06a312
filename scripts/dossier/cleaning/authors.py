"""The author: a byline in the header, a labelled name elsewhere, or a bare name near the date.

Only what the page states as its byline counts: a cue ("By", "Written by", "Authors:"), a
name on the dateline or under the headline, an author box (a name over a biography about
that person) or an author card (a name over a writer's role); failing those, the writer's
own marks: a blog theme's post footer, a signature under the text ("<3 Jane Doe"), a
self-introduction in it ("I'm Jane Doe, a reporter"). Names the article's text merely
mentions, and names in comments or in lists of other posts, are never taken, and with no
such statement the author stays empty.
"""

from __future__ import annotations

import re

from dossier.cleaning import bios, patterns
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
# Lines above the main block where its own byline stands (a dateline, a share bar between).
_BYLINE_OVER_TEXT_REACH = 4
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
# An author box: a name line over a biography of at least this many words (bios.py).
_BIO_MIN_WORDS = 8
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
    r"\b(?:(?:copy)?writer|editor|reporter|correspondent|columnist|contributor|author|journalist)"
    r"s?\b",
    re.IGNORECASE,
)
# Case-sensitive: a job glued to the name by copy-paste ("Jane DoeFounder at Acme"). Only the
# lines under the headline need it; in unglue() it would cost every line its time.
_GLUED_JOB = re.compile(
    r"(?<=[a-z]{2})(?=(?:Founder|Co-founder|Writer|Editor|Reporter|Contributor|Contributing"
    r"|Columnist|Correspondent|Staff|Senior|Freelance)\b)"
)
# A blog theme's post footer that copy-paste ran together: category, author, date and tags
# ("Garden CareJane DoeJune 17, 2021compost, mulch", "SOIL HEALTHjane doeJune 17, 2021soil").
# A year glued to the next word marks such a line cheaply; the author is the one to three
# words glued between the category and the date.
_GLUED_YEAR = re.compile(r", (?:19|20)\d\d(?=[^\W\d_])")
_GLUED_FOOTER_NAME = re.compile(
    r"(?:(?<=[a-z])[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}|(?<=[A-Z]{2})[a-z]+(?: [a-z]+){0,2})"
    r"(?=(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?) \d{1,2}, (?:19|20)\d\d"
    r"[^\W\d_])"
)
# A writer signing the article's last lines ("<3 Jane Doe", ". . . Jane Doe", "—Jane Doe"): a
# sign-off mark, then the name alone. Inside the text the same dash attributes a quotation.
_SIGN_OFF = re.compile(r"(?:<3|xo+|~+|\.(?: ?\.){2,}|…|[—–-]{1,2})\s*(?P<name>[A-Z].*)")
# Non-blank lines past the main block's end where a signature may still stand: on the
# even-numbered WCXB dev text pages the signatures stood inside the block, but a block that
# ends at the last long paragraph leaves a line of thanks and the signature under it.
_SIGNATURE_TAIL = 3
# A sign-off mark ("<3", "xo") and a name of up to three words.
_SIGNATURE_MAX_WORDS = 4
# The heading of an article's table of contents, which may follow its byline.
_TABLE_OF_CONTENTS = re.compile(
    r"(?:table of )?contents|in this (?:article|post|guide)|on this page", re.IGNORECASE
)
# A writer introducing themselves by full name ("Welcome! I'm Jane Doe, a travel writer"):
# on the even-numbered WCXB dev text pages, every such name was the page's author.
_INTRODUCTION_CUE = re.compile(r"I['’]m |I am |name is ")
_SELF_INTRODUCTION = re.compile(
    rf"(?:^|[.!?] |, ){bios.GREETING}(?:{bios.I_AM}|[Mm]y name is) "
    r"(?P<name>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2})(?=[,.!–—]| and\b)"
)
# The end of a sentence over a signature; a label ("Sources:") heads a list instead.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
# A quotation's closing mark: the dashed name under it is its speaker, not a signature.
_CLOSING_QUOTE = re.compile(r"[\"”’»]$")
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
            following = page.neighbour(index, 1)
            if _is_menu_entry(line, following) or _heads_a_section(line, following):
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


def _heads_a_section(name: Line, line: Line | None) -> bool:
    """A listicle's heading over the paragraph that opens with it ("Memorial Park" /
    "Memorial Park is home to ..."), where an author's biography would name a trade."""
    if line is None or not line.text.startswith(name.text + " "):
        return False
    return not bios.names_a_trade(line)


def _is_menu_entry(name: Line, line: Line | None) -> bool:
    """A short Title Case label after ``name``: a menu, not a header, where a dateline, a
    role ("Tech Writer") or the text follows the name."""
    if line is None or line.n_words > _MENU_ENTRY_MAX_WORDS or line.has_date:
        return False
    if line.key == name.key or _ROLE.search(line.text) or _TABLE_OF_CONTENTS.fullmatch(line.text):
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
    personal site, then the weaker marks a writer leaves elsewhere: a biography in the first
    person, a post footer, a signature under the text, a self-introduction in it.
    """
    if found and not (title and _is_headline(found, title)):
        return author_section(page, writer_only=True) or byline_over_text(page) or found
    return (
        labelled_author(page)
        or name_under_title(page)
        or site_owner(page, title)
        or _first_person_box(page)
        or glued_footer_name(page)
        or signature(page)
        or self_introduction(page)
    )


def byline_over_text(page: Page) -> str | None:
    """A "By Jane Doe" line just above the article's text: its own byline, whatever a header
    cluster elsewhere on the page names (a list of other posts, a sidebar)."""
    if page.block is None:
        return None
    index = page.block[0]
    for _ in range(_BYLINE_OVER_TEXT_REACH):
        line = page.neighbour(index, -1)
        if line is None:
            return None
        index = line.index
        name = byline_name(line.text) if line.n_words <= SIGNPOST_MAX_WORDS else None
        if name:
            return name
    return None


def glued_footer_name(page: Page) -> str | None:
    """The author in a post footer whose parts copy-paste glued together ("Garden CareJane
    DoeJune 17, 2021compost"): a date glued on both sides is no sentence's, and the words
    glued before it are the footer's author, as a blog theme prints them."""
    for line in page.lines:
        if not _GLUED_YEAR.search(line.text) or _is_other_text(page, line):
            continue
        match = _GLUED_FOOTER_NAME.search(line.text)
        if match and not patterns.NOT_A_NAME.search(match.group()):
            return match.group()
    return None


def signature(page: Page) -> str | None:
    """The name a writer signs the article with, under its last paragraph ("<3 Jane Doe").

    Only a full name counts, in the second half of the article's text or just under it,
    under a sentence that is no quotation (a dashed name under a quotation is its speaker), and
    a run of dashed lines ("- Forms" / "- Contact Desk") is a list.
    """
    if page.block is None:
        return None
    first, last = page.block
    for line in page.lines[(first + last) // 2 : last + 1] + _lines_under(page, last):
        if line.n_words > _SIGNATURE_MAX_WORDS:
            continue
        match = _SIGN_OFF.fullmatch(line.text)
        name = bare_name(match.group("name")) if match else None
        if name and _closes_the_text(page, line):
            return name
    return None


def _lines_under(page: Page, index: int) -> list[Line]:
    """The few non-blank lines under the main block's last line, unless comments."""
    lines: list[Line] = []
    line = page.neighbour(index, 1)
    while line is not None and len(lines) < _SIGNATURE_TAIL and not _is_other_text(page, line):
        lines.append(line)
        line = page.neighbour(line.index, 1)
    return lines


def _closes_the_text(page: Page, line: Line) -> bool:
    """Whether a sentence, not a quotation, stands over the line and no other signed line
    beside it."""
    above, below = page.neighbour(line.index, -1), page.neighbour(line.index, 1)
    if above is None or not _SENTENCE_END.search(above.text) or _SIGN_OFF.fullmatch(above.text):
        return False
    if _CLOSING_QUOTE.search(above.text.rstrip(".!?…")):
        return False
    return below is None or not _SIGN_OFF.fullmatch(below.text)


def self_introduction(page: Page) -> str | None:
    """The full name a writer introduces themselves with in the article ("I'm Jane Doe, a
    reporter"); under it, readers introduce themselves in the comments too."""
    if page.block is None:
        return None
    first, last = page.block
    for line in page.lines[first : last + 1]:
        if not _INTRODUCTION_CUE.search(line.text):
            continue  # the full pattern's alternatives at every position cost more
        match = _SELF_INTRODUCTION.search(line.text)
        if match and not _is_other_text(page, line):
            name = bare_name(match.group("name"))
            if name:
                return name
    return None


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
        if _is_other_text(page, line) and not _WRITER_LABEL.fullmatch(line.text):
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
        if _is_other_text(page, line):
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

    The biography must open with the name, or its first word, and a verb (:mod:`bios`), right
    under the name line: a name line over other text is a menu entry or a heading.
    """
    for bio in page.lines:
        if bio.n_words < _BIO_MIN_WORDS:
            continue
        first = bios.bio_subject(bio)
        if first is None:
            continue
        line = _box_name_line(page, bio, first)
        if line is None:
            continue
        heading = line.text.removeprefix("About ")
        name = _bio_subject(heading.strip(), bio, first, about=heading != line.text)
        if name:
            return name
    return None


def _first_person_box(page: Page) -> str | None:
    """A name over a biography in the writer's own voice ("Jane Doe" / "I'm a reporter who
    covers ..."), or glued before it by copy-paste ("Jane Doe I'm a reporter ...")."""
    for bio in page.lines:
        if bio.n_words < _BIO_MIN_WORDS:
            continue
        glued = bios.first_person_bio(bio)
        if glued is None or _is_other_text(page, bio):
            continue
        if glued:
            name = bare_name(glued)
        else:  # a name line over it: only a box closing the article, not a section heading
            name = _bare_name_above(page, bio) if bios.after_most_prose(page, bio) else None
        if name:
            return name
    return None


def _bare_name_above(page: Page, line: Line) -> str | None:
    """The name alone on the short line right above ``line``."""
    above = page.neighbour(line.index, -1)
    if above is None or above.n_words > _NAME_UNDER_TITLE_MAX_WORDS:
        return None
    return bare_name(above.text)


def _is_other_text(page: Page, line: Line) -> bool:
    """Whether the line stands in comments or in a list of other posts, whose names are not
    the article's author."""
    verdict = page.verdicts[line.index]
    return verdict is not None and verdict.rule in _NOT_AN_AUTHOR_LINE


def _box_name_line(page: Page, bio: Line, first: str) -> Line | None:
    """The name line right over a biography, if not in comments or a list of other posts."""
    line = bios.name_line_over(page, bio, first, reach=1, max_words=_LABELLED_BYLINE_MAX_WORDS)
    if line is None or line.n_words < 2:
        return None
    return None if _is_other_text(page, line) else line


def _bio_subject(heading: str, bio: Line, first: str, *, about: bool) -> str | None:
    """The name in ``heading`` that ``bio`` is about: the heading opens with the first word
    of the biography's subject (``first``)."""
    words = heading.split()
    if not words or words[0] != first:
        return None
    if not (about or _PERSONAL_PRONOUN.search(bio.text) or bios.names_a_trade(bio)):
        return None  # "Power BI" / "Power BI is a tool": a product, not a person
    full = clean_name(heading)
    if full and bio.text.startswith(full):
        return full
    return clean_name(" ".join(words[:2]))


def _may_be_byline(line: Line) -> bool:
    """A short line, or one opening with its byline ("By Jane Doe, CFP – Updated May 3, 2025
    at 4:28 PM | Fact-checked by John Smith"): a longer line with "by" inside is text."""
    if line.n_words <= SIGNPOST_MAX_WORDS:
        return True
    return line.n_words <= SIGNPOST_MAX_WORDS * 2 and bool(patterns.BYLINE.match(line.text))


def _labelled_name(page: Page, line: Line) -> str | None:
    """The name stated by a byline, an author box, or a "By" label alone above the name."""
    if not _may_be_byline(line) or not _CUE_WORD.search(line.text):
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
