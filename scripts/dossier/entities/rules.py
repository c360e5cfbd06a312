"""Stage 3 of extraction: find people and organisations no gazetteer knows, by rule.

Both rules favour precision: a page listing "Latest Posts" or "Neither Confirming" as a person
costs the curator more than a missed analyst quoted once. A capitalised pair is a person only
with evidence (a title or role before it, a verb of saying next to it, an apposition after it,
or a common given name first); a capitalised phrase is an organisation only when it ends in an
organisation word ("Kookmin University") and is more than generic ("the Foreign Ministry").
"""

from __future__ import annotations

from dataclasses import dataclass

from .data.words import (
    GENERIC_ORG_WORDS,
    GIVEN_NAMES,
    MONTHS_DAYS,
    NOT_NAME,
    ORG_HEADS,
    ORG_OF_HEADS,
    ORG_STOP,
    PARTICLES,
    PERSON_TITLES,
    PLACE_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from .matcher import name_gap_ok
from .text import Paragraph, Token

_OF_WORDS = frozenset({"of", "for", "on"})
_INNER_ORG_WORDS = frozenset({"of", "for", "on", "the", "and"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_APPOSITION_STARTS = frozenset({"a", "an", "the", "who", "whose", "one", "now", "then"})
_BOILERPLATE = frozenset(
    {
        "latest",
        "breaking",
        "top",
        "more",
        "related",
        "read",
        "share",
        "home",
        "homepage",
        "subscribe",
        "follow",
        "sign",
        "log",
        "click",
        "comments",
        "video",
        "photo",
        "most",
    }
)


@dataclass(frozen=True, slots=True)
class Found:
    """A discovered person or organisation: tokens ``first..last`` of a paragraph."""

    first: int
    last: int
    kind: str  # "person" | "organisation"
    name: str


def is_common_word(token: Token, lower_words: frozenset[str]) -> bool:
    """A capitalised word that is only capitalised because it starts a sentence."""
    if token.key in NOT_NAME:
        return True
    return token.sent_start and token.key in lower_words


def find_organisations(
    text: str, paragraph: Paragraph, kinds: dict[int, str], lower_words: frozenset[str]
) -> list[Found]:
    """Capitalised phrases ending in an organisation word, or "Ministry of ..." phrases.

    ``kinds`` maps a token index to the kind of the gazetteer match covering it: country and
    organisation matches may be part of a longer name ("German Foreign Ministry"), persons not.
    """
    tokens = paragraph.tokens
    found: list[Found] = []
    claimed = -1
    for head, token in enumerate(tokens):
        if head <= claimed or not token.cap or token.key not in ORG_HEADS:
            continue
        if kinds.get(head) is not None:
            continue
        first = _extend_left(text, tokens, head, kinds, lower_words)
        last = _extend_right(text, tokens, head, kinds) if token.key in ORG_OF_HEADS else head
        while first < head and tokens[first].key in {"the", "a", "an"}:
            first += 1
        if last == head and first == head:
            continue
        words = [t.key for t in tokens[first : last + 1]]
        if any(w in _BOILERPLATE or w in MONTHS_DAYS for w in words):
            continue
        has_owner = any(kinds.get(k) for k in range(first, last + 1))
        content = [w for w in words if w not in _INNER_ORG_WORDS]
        if not has_owner and all(w in GENERIC_ORG_WORDS for w in content):
            continue  # "the Foreign Ministry": whose? Not a nameable organisation on its own.
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if after is not None and after.cap and after.key in PERSON_TITLES:
            continue  # "White House Press Secretary": a job, not an organisation
        if paragraph.headline and not _whole_line(tokens, first, last):
            continue  # in "Tina Ambani Skips Probe Agency" any word may be capitalised
        found.append(Found(first, last, "organisation", _surface(text, tokens, first, last)))
        claimed = last
    return found


def _whole_line(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the phrase is all the words of its line (a list item), numbering aside."""
    rest = tokens[:first] + tokens[last + 1 :]
    return all(t.text.isdigit() for t in rest)


def _extend_left(
    text: str,
    tokens: tuple[Token, ...],
    head: int,
    kinds: dict[int, str],
    lower_words: frozenset[str],
) -> int:
    first = head
    while first > 0:
        prev = tokens[first - 1]
        if not prev.cap or not name_gap_ok(text, prev, tokens[first]):
            break
        kind = kinds.get(first - 1)
        if kind == "person":
            break
        if prev.possessive and (kind is not None or prev.key in NOT_NAME | ORG_HEADS):
            break  # "Ukraine's Defence Ministry": the owner is not part of the name
        if kind is None and (prev.key in ORG_STOP or prev.key in MONTHS_DAYS):
            break
        if kind is None and prev.sent_start and prev.key in lower_words:
            break  # "Meanwhile Chatham House": capitalised only because the sentence starts
        first -= 1
    return first


def _extend_right(text: str, tokens: tuple[Token, ...], head: int, kinds: dict[int, str]) -> int:
    """Take an "of"-phrase: "Ministry of Foreign Affairs", "University of Seoul"."""
    last = head
    k = head + 1
    if k >= len(tokens) or tokens[k].key not in _OF_WORDS or tokens[k].cap:
        return head
    while k + 1 < len(tokens):
        nxt = tokens[k + 1]
        if not name_gap_ok(text, tokens[k], nxt) or kinds.get(k + 1) == "person":
            break
        if nxt.cap and nxt.key in PERSON_TITLES:
            break  # "Center for American Progress President Neera Tanden"
        if tokens[k].key == "and" and (kinds.get(k + 1) or not nxt.cap):
            break  # "... Politics and USA TODAY", "... Intelligence and the Department"
        if nxt.cap:
            last = k + 1
        elif nxt.key not in _INNER_ORG_WORDS:
            break
        k += 1
    return last


def find_people(
    text: str, paragraph: Paragraph, covered: set[int], lower_words: frozenset[str]
) -> list[Found]:
    """Runs of capitalised words that read as a person's name and have evidence for it.

    In a title-case line every word is capitalised, so only a title ("President Lee
    Jae-myung Visits ...") is evidence there.
    """
    tokens = paragraph.tokens
    found: list[Found] = []
    following = 0  # the first token after the last run
    for i in paragraph.capitals:
        if i < following or i in covered:
            continue
        last = _run_end(text, tokens, i, covered)
        person = _person_in_run(text, tokens, i, last, lower_words, paragraph.headline)
        if person is not None:
            found.append(person)
        following = last + 1
    return found


def _run_end(text: str, tokens: tuple[Token, ...], first: int, covered: set[int]) -> int:
    """The last token of the run of uncovered capitalised words (and particles) from first."""
    last = first
    k = first
    while k + 1 < len(tokens) and not tokens[k].possessive:
        nxt = tokens[k + 1]
        if k + 1 in covered or not name_gap_ok(text, tokens[k], nxt):
            break
        if nxt.cap:
            last = k + 1
        elif nxt.key not in PARTICLES:
            break
        k += 1
    return last


def _person_in_run(
    text: str,
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    lower_words: frozenset[str],
    headline: bool,
) -> Found | None:
    while first <= last and (
        tokens[first].key in TITLES
        or tokens[first].key in ROLE_NOUNS
        or is_common_word(tokens[first], lower_words)
    ):
        first += 1
    while last >= first and (tokens[last].key in NOT_NAME or tokens[last].key in PARTICLES):
        last -= 1
    names = [t for t in tokens[first : last + 1] if t.key not in PARTICLES]
    if len(names) >= 3 and names[0].key not in GIVEN_NAMES and names[1].key in GIVEN_NAMES:
        first = tokens.index(names[1], first)  # "Coordinator Dane Lisser", "Actress Eva ..."
        names = names[1:]
    if not 2 <= len(names) <= 4:
        return None
    if first > 0 and tokens[first - 1].key in _DETERMINERS:
        return None  # "the Beige Book", "a Wells Fargo branch": people take no article
    for token in names:
        if token.key in NOT_NAME or token.key in ORG_HEADS or token.key in PLACE_HEADS:
            return None
        if not token.text.isalpha() or (token.upper and len(token.text) > 1):
            return None  # acronyms and numbers are not parts of names
        if len(token.text) == 1 and text[token.end : token.end + 1] != "." and token.key != "o":
            return None  # "L'Independent": an elided article, not an initial (O'Brien is fine)
    titled = _joined_title(text, tokens, first)
    if headline:
        if not titled:
            return None
        return Found(first, last, "person", _surface(text, tokens, first, last))
    if not (
        titled
        or _cue_before(text, tokens, first)
        or _cue_after(text, tokens, last)
        or names[0].key in GIVEN_NAMES
    ):
        return None
    return Found(first, last, "person", _surface(text, tokens, first, last))


def _joined_title(text: str, tokens: tuple[Token, ...], first: int) -> bool:
    """A person's title written right before the name: "President Lee", not "Trade, Lee"."""
    if first == 0:
        return False
    prev = tokens[first - 1]
    return prev.key in PERSON_TITLES and name_gap_ok(text, prev, tokens[first])


def _cue_before(text: str, tokens: tuple[Token, ...], first: int) -> bool:
    if first == 0:
        return False
    prev = tokens[first - 1]
    if _joined_title(text, tokens, first):
        return True
    if prev.key in ROLE_NOUNS and not prev.cap and name_gap_ok(text, prev, tokens[first]):
        return True
    if prev.key in SPEECH_VERBS and not prev.cap:
        return True  # "said Hugh Griffiths"
    return prev.key == "to" and first >= 2 and tokens[first - 2].key == "according"


def _cue_after(text: str, tokens: tuple[Token, ...], last: int) -> bool:
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    between = text[tokens[last].end : nxt.start]
    if between.strip() == "" and nxt.key in SPEECH_VERBS and not nxt.cap:
        return True  # "Yermak said"
    if between.strip() != ",":
        return False
    # Apposition: "Mark Rutte, NATO's Secretary General", "Hugh Griffiths, a former ...".
    return (
        nxt.key in _APPOSITION_STARTS
        or nxt.possessive
        or nxt.text.isdigit()
        or nxt.key in TITLES
        or nxt.key in ROLE_NOUNS
        or nxt.key in SPEECH_VERBS
    )


def _surface(text: str, tokens: tuple[Token, ...], first: int, last: int) -> str:
    return " ".join(text[tokens[first].start : tokens[last].end].split())
