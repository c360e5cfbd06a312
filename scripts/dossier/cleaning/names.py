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
_NAME_PARTICLES = ("de", "van", "von", "da", "der", "del", "la", "le", "di", "bin", "al")
# Case-sensitive: a cue glued to the name by copy-paste ("Korin MillerPublished",
# "Kathryn GiuffridaMar 5, 2025", "KORIN MILLERPUBLISHED").
_GLUED_CUE = re.compile(
    r"(?<=[a-z])(?=(?:Published|Updated|Posted|Follow|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.?\s*[\d:|]?)|(?<=[A-Z]{2})(?=PUBLISHED|UPDATED|POSTED)"
    # a year glued to the next cue ("2022Updated:"), a section glued to a capitalised month
    # ("HealthDECEMBER 22, 2022")
    r"|(?<=\d)(?=(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED))"
    r"|(?<=[a-z])(?=(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s*\d)"
)
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")


# Pure functions of a line's text, asked again and again for the same lines by the header,
# title and author searches: remembering the answers keeps cleaning near 100 pages/s.
@functools.lru_cache(maxsize=8192)
def unglue(text: str) -> str:
    """Put back the space copy-paste lost between a byline's name and the next cue."""
    return _GLUED_CUE.sub(" ", _GLUED_BY.sub("By ", text))


@functools.lru_cache(maxsize=8192)
def byline_name(text: str) -> str | None:
    """The author's name in a "By Jane Doe" line, if the line is one."""
    text = unglue(text)
    match = patterns.BYLINE.match(text) or patterns.BYLINE_INSIDE.search(text)
    if not match or patterns.SIGNPOST.match(text):
        return None
    # The rest of the line first, so that a date or role glued to the name is cut by
    # BYLINE_STOP ("Sofia Gonzalez December 2, 2025"); the matched name alone otherwise.
    return clean_name(text[match.start("name") :]) or clean_name(match.group("name"))


def clean_name(raw: str) -> str | None:
    """Cut roles, dates and co-authors' separators; keep credentials ("Jillian Kubala, MS")."""
    name = patterns.BYLINE_STOP.sub("", unglue(raw)).strip(" ,;:-–—|")
    parts = [part.strip() for part in name.split(",")]
    kept = [parts[0]]
    for part in parts[1:]:
        coauthor = part.removeprefix("and ").strip()
        if not (patterns.CREDENTIAL.match(part) or _is_short_name(coauthor)):
            break
        kept.append(part)
    name = ", ".join(kept)
    if not looks_like_name(name):
        return None
    return name.title() if name.isupper() else name


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words without digits: "Mary Ann de la Cruz", "Jane Doe"."""
    words = [w for w in text.strip(" ,;:-–—|").replace(",", " ").split() if not _joins_names(w)]
    if not 2 <= len(words) <= NAME_MAX_WORDS + 3:
        return False
    if any(char.isdigit() for char in text) or patterns.BOILERPLATE_LINE.match(text):
        return False
    if patterns.NOT_A_NAME.search(text):
        return False
    return all(word[0].isupper() or word in _NAME_PARTICLES for word in words)


def _joins_names(word: str) -> bool:
    return word in ("and", "&")


def _is_short_name(text: str) -> bool:
    """A co-author in a list of names: two or three capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(word[0].isupper() for word in words)
