"""Author boxes: a short line naming a person over a biography that opens with that person.

Two stages look for the same box: the body rules remove its two lines from the article, and
the metadata takes the name as the author. Each adds its own conditions (the body wants the
box under most of the text, the metadata a person, not a product); what a box *is* lives here
once, so that the two cannot drift apart. A biography in the first person ("I'm a reporter
...") is read only for the author; the body rule does not remove it.
"""

from __future__ import annotations

import re

from dossier.cleaning import patterns
from dossier.cleaning.mainblock import is_prose
from dossier.cleaning.page import Line, Page

# A numbered heading ("10. Redash") is a listicle's entry, not a contributor's name.
_DIGIT = re.compile(r"\d")
# How a writer starts speaking of themselves ("Hi, I'm", "I am"): a biography in the first
# person opens with it, and a self-introduction inside the article carries it.
GREETING = r"(?:(?:Hi|Hello|Hey)[,!]? )?"
I_AM = r"(?:I['’]m|I am)"
# A biography in the writer's own voice ("I'm a reporter covering ...", "Hi, I'm Jane"), on
# the line under the name or glued to it by copy-paste ("Jane Doe I'm a developer ...").
_FIRST_PERSON_OPENING = re.compile(
    rf"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){{1,2}} )?{GREETING}{I_AM}\b"
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
        # Line.words splits "Jean-Luc"; the biography's first word keeps it whole.
        named = first in line.words or first in line.text.split()
        if named and not _DIGIT.search(line.text):
            return line
    return None


def names_a_trade(bio: Line) -> bool:
    """The biography's opening words give its subject a trade, a title or a pronoun."""
    return bool(patterns.AUTHOR_BIO_ROLE.search(" ".join(bio.words[:_TRADE_REACH])))


def first_person_bio(bio: Line) -> str | None:
    """The name glued before a biography in the first person ("Jane Doe I'm a writer"), an
    empty string for such a biography alone on its line, ``None`` for any other line.

    The writer's trade must come early, and a pronoun or "owner" does not count as one: "I'm
    so glad I found this shop, the owner was lovely" is a testimonial.
    """
    opening = _FIRST_PERSON_OPENING.match(bio.text)
    if opening is None:
        return None
    if not patterns.AUTHOR_TRADE.search(" ".join(bio.words[:_TRADE_REACH])):
        return None
    return (opening.group("name") or "").strip()


def after_most_prose(page: Page, bio: Line) -> bool:
    """Whether more prose stands above the biography than below it (a box closing the article).

    A contributor box above the text is left to the main-block search: removing it there split
    the block on saved pages whose byline box carries a biography.
    """
    before = sum(line.n_words for line in page.lines[: bio.index] if is_prose(line))
    after = sum(line.n_words for line in page.lines[bio.index + 1 :] if is_prose(line))
    return before > after
