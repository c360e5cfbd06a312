"""People's names in bylines: "By Jane Doe", a bare "Jane Doe", and what to cut around them.

Bylines come glued to their neighbours by copy-paste ("Korin MillerPublished"), followed by
roles and dates ("Sofia Gonzalez, Senior Editor · May 3"), or as a list of co-authors. These
functions turn such text into the name alone, or say that it is not one.
"""

from __future__ import annotations

import functools
import re

from dossier.cleaning import patterns

# A byline names at most this many words per person ("Mary Ann de la Cruz").
NAME_MAX_WORDS = 5
# Longer "words" are a name glued to the next line's words by copy-paste; the longest
# surnames are shorter ("Wolfeschlegelsteinhausen" aside).
_NAME_WORD_MAX_CHARS = 20
_NAME_PARTICLES = ("de", "van", "von", "da", "der", "del", "la", "le", "di", "bin", "al")
# Case-sensitive: a cue glued to the name by copy-paste ("Korin MillerPublished",
# "Kathryn GiuffridaMar 5, 2025", "KORIN MILLERPUBLISHED").
_GLUED_CUE = re.compile(
    r"(?<=[a-z])(?=(?:Published|Updated|Posted|Last updated|Follow|Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[\d:|]?)"
    r"|(?<=[A-Z]{2})(?=(?:LAST )?(?:PUBLISHED|UPDATED|POSTED))"
    # a year glued to the next cue ("2022Updated:"), a section glued to a capitalised month
    # ("HealthDECEMBER 22, 2022")
    r"|(?<=\d)(?=(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED))"
    r"|(?<=[a-z])(?=(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s*\d)"
)
# Co-authors are joined as full names ("Jane Doe and John Smith"); single words joined by "and"
# are a heading ("Awards and Scholarships").
_JOINED_SINGLE_WORD = re.compile(r"^\S+ (?:and|&) |(?:^|, )\S+ (?:and|&) \S+$| (?:and|&) \S+$")
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
# "By" after a date, in any case and before any name: "July 1, 2024 By Jane Doe", "2024 by jdoe".
_DATED_BY = re.compile(r"\d\s+(?:by|By|BY):?\s+(?P<name>\S.*)$")
# Capitalised words of one person's name on a line without a cue ("Mary Ann Smith"); a
# longer Title Case line is a headline or a menu entry. Checked on the even-numbered WCXB dev
# text pages: four or more capitalised words were headlines far more often than names.
_BARE_NAME_MAX_CAPITALS = 3
# Spaces and the footnote marks that tie a byline to a note ("Jane Doe, MD*").
_FOOTNOTE_MARKS = " *†‡"
_PEOPLE = re.compile(r",| and | & ")
_JOINED_PEOPLE = re.compile(r" (?:and|&) ")
# A topic or a section led by an acronym ("SEO Agencies", "M&A Updates"), not a person.
_ACRONYM_LEAD = re.compile(r"[A-Z&]{2,4} [A-Z][a-z]")
# An initial or a credential, which _BARE_NAME_MAX_CAPITALS does not count.
_INITIAL = re.compile(r"[A-Z]\.?|[A-Z][A-Z.]+")
# What separates the parts of a byline or dateline ("Jane Doe | May 3, 2025 • 5 min read").
SEPARATOR = re.compile(r"\s*[|•·⋅●]\s*|\s+[—–-]\s+")
# What stands before an inner "by" of a byline: a date or a cue ("Last updated on May 3, 2025
# by Jane Doe", "Story and photos by Jane Doe"); "Guidance by Sector" is a heading and "Photo
# by Jane Doe" a credit.
_INSIDE_LEAD = re.compile(
    r"\d|\b(?:posted|written|story|words|text|reporting|published|updated|and|guide"
    r"|review|interview|analysis|column|essay)\s*$",
    re.IGNORECASE,
)
# A cue with words before "by" ("Posted by", "Written by", "May 3, 2025 by"), not a bare "By".
_STRONG_CUE = re.compile(r"\S\s+(?:by|von|par|por)\b", re.IGNORECASE)
# A label alone on its line that names the role ("Author", "Author:"), over the name; in the
# plural it is a menu entry ("Authors" / "Themes") or over several names.
_ROLE_LABEL = re.compile(r"(?:author|auteur|autor)\s*:?", re.IGNORECASE)
# A group or user name after a cue: a few words of letters, no sentence punctuation. Four
# words hold the desks and teams of the even-numbered WCXB dev pages ("The Currency editors").
_GROUP_MAX_WORDS = 4
_GROUP_TEXT = re.compile(r"[^\W\d_][\w'’.&\-]*(?: [\w'’.&\-]+)*")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
# A one-word handle: three or more letters, digits and hyphens, with a letter ("jane-doe",
# "3d2-a1"); a shorter word is a preposition ("On 3 May") and a weekday part of the date.
_HANDLE = re.compile(
    r"(?=.*[a-z])(?!(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day$)[\w\-]{3,}", re.IGNORECASE
)
# A team byline without a cue: one to three capitalised words, then a group word.
_TEAM = re.compile(
    r"(?:[Tt]he )?(?:[A-Z0-9][\w&.'’\-]* ){1,3}(?:Team|Staff|Desk|Editors|Newsroom|Newsdesk)"
)
# The news desk as a whole, a byline even alone beside the date ("Newsdesk"); "Staff",
# "Editors" or "Newsroom" alone are menu entries (a press page's "Newsroom").
_NEWSDESK = re.compile(r"newsdesk", re.IGNORECASE)
# Words of a group byline that NOT_A_NAME refuses in a bare name line ("The News Desk").
_GROUP_WORDS = re.compile(r"\b(?:the|our|news)\b", re.IGNORECASE)


# Pure functions of a line's text, asked again and again for the same lines by the header,
# title and author searches: remembering the answers keeps cleaning near 100 pages/s.
@functools.lru_cache(maxsize=8192)
def unglue(text: str) -> str:
    """Put back the space copy-paste lost between a byline's name and the next cue."""
    if text.startswith("By"):  # the only place _GLUED_BY can match; most lines skip its sub
        text = _GLUED_BY.sub("By ", text)
    return _GLUED_CUE.sub(" ", text)


@functools.lru_cache(maxsize=8192)
def byline_name(text: str) -> str | None:
    """The author's name in a "By Jane Doe" line, if the line is one."""
    text = unglue(text)
    if patterns.SIGNPOST.match(text):
        return _byline_after_signpost(text)
    match = patterns.BYLINE.match(text) or _DATED_BY.search(text)
    # "by" inside other words ("Guidance by Sector"): only a person's name, no group
    inside = None if match else patterns.BYLINE_INSIDE.search(text)
    if inside is not None and _INSIDE_LEAD.search(text[: inside.start()]):
        return clean_name(text[inside.start("name") :]) or clean_name(inside.group("name"))
    if match is None:
        return None
    # The rest of the line first, so that a date or role glued to the name is cut by
    # BYLINE_STOP ("Sofia Gonzalez December 2, 2025"); the matched name alone otherwise.
    strong = is_strong_cue(text[: match.start("name")])
    return cued_name(text[match.start("name") :], strong_cue=strong) or clean_name(
        match.group("name")
    )


def _byline_after_signpost(text: str) -> str | None:
    """The byline in a later part of a reviewer's line ("Reviewed by X — Written by Y")."""
    for part in SEPARATOR.split(text)[1:]:
        part = part.strip()
        if patterns.BYLINE.match(part) and not patterns.SIGNPOST.match(part):
            return byline_name(part)
    return None


def is_strong_cue(cue: str) -> bool:
    """Whether a byline cue is more than a bare "By": "Posted by", "May 3, 2025 by"."""
    return bool(_STRONG_CUE.search(cue))


def is_strong_label(label: str) -> bool:
    """Whether a label alone on its line vouches for a one-word name on the next: "Posted
    by" and "Author" do ("Author" / "Acme"); a bare "By" does not ("By" / "Region")."""
    return is_strong_cue(label) or bool(_ROLE_LABEL.fullmatch(label.strip()))


def cued_name(raw: str, *, strong_cue: bool = False) -> str | None:
    """The name after an explicit byline cue, which may be a group or a user name.

    A cue vouches for what follows, so besides people's names it admits a desk or a team
    ("By The Currency editors", "by News Desk") and, after a cue that is more than a bare
    "By" ("Posted by", "June 3, 2024 by"), a one-word user name ("infuy"); a one-word
    name after a bare "By" must be a CamelCase handle, since "By Region" is a filter.
    """
    name = clean_name(raw)
    if name:
        return name
    text = patterns.BYLINE_STOP.sub("", unglue(raw)).strip(" ,;:-–—|")
    words = text.split()
    if not 1 <= len(words) <= _GROUP_MAX_WORDS or not _GROUP_TEXT.fullmatch(text):
        return None
    if _has_glued_word(words):
        return None
    if len(words) == 1:
        if strong_cue:
            return text if _HANDLE.fullmatch(text) else None  # "CP": initials on an avatar
        return text if _CAMEL_CASE.search(text) else None
    if not (text[0].isupper() or _TEAM.fullmatch(text)) or patterns.BOILERPLATE_LINE.match(text):
        return None  # "By the numbers" is a heading; "By the Acme Team" a byline
    if patterns.NOT_A_NAME.search(_GROUP_WORDS.sub("", text)):
        return None
    return text.title() if text.isupper() else text


def clean_name(raw: str) -> str | None:
    """Cut roles, dates and co-authors' separators; keep credentials ("Jillian Kubala, MS")."""
    name = patterns.BYLINE_STOP.sub("", unglue(raw)).strip(" ,;:-–—|")
    parts = [part.strip(_FOOTNOTE_MARKS) for part in name.split(",")]
    if len(parts) > 1 and len(parts[0].split()) < 2 and patterns.CREDENTIAL.match(parts[1]):
        return None  # "E-Commerce, SEO": topics; a name before a credential has two words
    kept = [parts[0]]
    for part in parts[1:]:
        coauthors = _JOINED_PEOPLE.split(part.removeprefix("and ").removeprefix("& ").strip())
        if not (patterns.CREDENTIAL.match(part) or all(map(_is_short_name, coauthors))):
            break
        kept.append(part)
    name = ", ".join(kept)
    if not looks_like_name(name):
        return None
    return name.title() if name.isupper() else name


def bare_name(text: str) -> str | None:
    """The name on a line with no byline cue, which must then be only a name: no label
    ("Reading Time: 3 min") and no heading's or button's words ("Get Started")."""
    name = clean_name(text) if ":" not in text else None
    if name is None or patterns.NOT_A_BARE_NAME.search(name) or _ACRONYM_LEAD.match(name):
        return None
    people = _PEOPLE.split(name)
    if any(_capitals(person) > _BARE_NAME_MAX_CAPITALS for person in people):
        return None  # "Building A Transparent Keyserver": a headline
    return name


# One word that labels the date beside it ("Modified May 3, 2025"), never a user name.
_DATE_WORD = re.compile(
    r"(?:published|updated?|posted|modified|created|released|issued|revised|effective|since"
    r"|reviewed|edited|launched|printed|dated?|written|added|uploaded)[:.]?",
    re.IGNORECASE,
)


def handle_name(text: str) -> str | None:
    """A one-word user or desk name alone on its line ("Kev", "jdoe42", "Staff"), not a label
    ("Published"), a button ("Share"), an address ("jdoe@host") or a site ("Example.com")."""
    if not _HANDLE.fullmatch(text) or _DATE_WORD.fullmatch(text):
        return None
    if patterns.NOT_A_NAME.search(text) or patterns.NOT_A_BARE_NAME.search(text):
        return None
    return text


def person_words(text: str) -> int:
    """Words of the longest name in a list of people ("Jane Doe, John Smith and Ann Lee")."""
    return max(len(person.split()) for person in _PEOPLE.split(text))


def team_name(text: str) -> str | None:
    """A desk or team named alone on its line ("The Acme Team", "ACME Staff", "Newsdesk"):
    with no cue, only a group word at its end tells it from a heading."""
    return text if _TEAM.fullmatch(text) or _NEWSDESK.fullmatch(text) else None


def _capitals(text: str) -> int:
    """Capitalised words, not counting initials and credentials ("Jeffrey A. Slotnick CPP")."""
    return sum(1 for word in text.split() if word[0].isupper() and not _INITIAL.fullmatch(word))


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words without digits: "Mary Ann de la Cruz", "Jane Doe"."""
    words = [w for w in text.strip(" ,;:-–—|").replace(",", " ").split() if not _joins_names(w)]
    if not 2 <= len(words) <= NAME_MAX_WORDS + 3:
        return False
    if _has_glued_word(words):
        return False
    if any(char.isdigit() for char in text) or patterns.BOILERPLATE_LINE.match(text):
        return False
    if patterns.NOT_A_NAME.search(text) or _JOINED_SINGLE_WORD.search(text):
        return False
    return all(word[0].isupper() or word in _NAME_PARTICLES for word in words)


def _has_glued_word(words: list[str]) -> bool:
    """A "word" longer than any name's: a name glued to the menu ("Jane Doehomeblogabout").
    Each part of a hyphenated surname counts alone ("Wolstenholme-Ashworth")."""
    return any(
        len(word) > _NAME_WORD_MAX_CHARS
        and any(len(part) > _NAME_WORD_MAX_CHARS for part in word.split("-"))
        for word in words
    )


def _joins_names(word: str) -> bool:
    return word in ("and", "&")


def _is_short_name(text: str) -> bool:
    """A co-author in a list of names: two or three capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(word[0].isupper() for word in words)
