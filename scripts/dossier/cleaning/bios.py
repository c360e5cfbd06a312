"""Author boxes: a short line naming a person over a biography that opens with that person.

Two stages look for the same box: the body rules remove its two lines from the article, and
the metadata takes the name as the author. Each adds its own conditions (the body wants the
box under most of the text, the metadata a person, not a product); what a box *is* lives here
once, so that the two cannot drift apart.
"""

from __future__ import annotations

import re

from dossier.cleaning import patterns
from dossier.cleaning.page import Line, Page

# A numbered heading ("10. Redash") is a listicle's entry, not a contributor's name.
_DIGIT = re.compile(r"\d")
# A biography in the writer's own voice ("I'm a reporter covering ...", "Hi, I'm Jane"), on
# the line under the name or glued to it by copy-paste ("Jane Doe I'm a developer ...").
_FIRST_PERSON_OPENING = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2} )?(?:(?:Hi|Hello|Hey)[,!]? )?"
    r"(?:I['’]m|I am)\b"
)
# The trade or pronoun comes early in a biography; a product blurb may name a "manager" later.
_TRADE_REACH = 20


def bio_subject(bio: Line) -> str | None:
    """The first word of the person a biography opens with ("Jane" of "Jane Doe is a writer
    ..."), or ``None`` if the line does not open like a biography."""
    opening = patterns.AUTHOR_BIO_OPENING.match(bio.text)
    return opening.group("first") if opening else None


def name_line_over(page: Page, bio: Line, first: str, *, reach: int, max_words: int) -> Line | None:
    """The short line naming the biography's subject (``first``) at most ``reach`` lines above
    it; the lines between may be other short labels ("Written by", a role), never a sentence.
    """
    index = bio.index
    for _ in range(reach):
        line = page.neighbour(index, -1)
        if line is None or line.n_words > max_words or line.ends_sentence:
            return None
        index = line.index
        if first in line.words and not _DIGIT.search(line.text):
            return line
    return None


def names_a_trade(bio: Line) -> bool:
    """The biography's opening words give its subject a trade, a title or a pronoun."""
    return bool(patterns.AUTHOR_BIO_ROLE.search(" ".join(bio.words[:_TRADE_REACH])))


def first_person_bio(bio: Line) -> str | None:
    """The name glued before a biography in the first person ("Jane Doe I'm a writer"), an
    empty string for such a biography alone on its line, ``None`` for any other line.

    The writer's trade must come early: "I'm so glad I found this shop" is a testimonial.
    """
    opening = _FIRST_PERSON_OPENING.match(bio.text)
    if opening is None or not names_a_trade(bio):
        return None
    return (opening.group("name") or "").strip()
