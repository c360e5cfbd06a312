"""Paragraphs and word tokens of an article, with the few facts the rules need about each word.

Matching works on word tokens rather than raw characters so that "Kim Jong-Un" and
"Kim Jong Un" are the same token sequence, possessives ("NATO's") fall away, and every rule can
look at its neighbours (a title before, "said" after) cheaply. Tokenizing is one regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .keys import fold_word

_TOKEN = re.compile(r"[^\W_]+")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?:;•|]|\s[-–—]\s")
_APOSTROPHES = ("'", "’")


class Token(NamedTuple):
    """One word in a paragraph. Offsets are into the whole article text.

    A named tuple rather than a frozen dataclass: tokenizing creates one per word of the
    dossier, and tuple construction is several times cheaper.
    """

    text: str
    start: int
    end: int
    key: str
    cap: bool  # starts with an upper-case letter
    upper: bool  # written in capitals, e.g. "NATO", "US", "G7"
    sent_start: bool  # first word of a sentence or paragraph, where capitals prove nothing
    possessive: bool  # followed by "'s" / "’s"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-empty line of the article, tokenized."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    headline: bool  # title case like "Putin Downplays NATO Threat": capitals prove nothing
    shouting: bool  # all capitals: acronyms cannot be told from words


def paragraphs(text: str) -> list[Paragraph]:
    """Split the article into paragraphs (non-empty lines) and tokenize each."""
    result: list[Paragraph] = []
    for number, line in enumerate(m for m in _LINE.finditer(text) if m.group().strip()):
        tokens = _tokenize(text, line.start(), line.end())
        result.append(
            Paragraph(
                index=number,
                start=line.start(),
                end=line.end(),
                text=line.group(),
                tokens=tokens,
                headline=_is_headline(tokens, line.group()),
                shouting=_is_shouting(tokens),
            )
        )
    return result


def _tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    tokens: list[Token] = []
    previous_end = start
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        if word in {"s", "S"} and tokens and text[previous_end : match.start()] in _APOSTROPHES:
            # "NATO's": mark the owner and drop the "s" so it never joins a name.
            tokens[-1] = _as_possessive(tokens[-1])
            previous_end = match.end()
            continue
        if (
            tokens
            and text[previous_end] in _APOSTROPHES
            and tokens[-1].text.endswith("s")
            and between_is_plural_possessive(text, tokens[-1].end, match.start())
        ):
            tokens[-1] = _as_possessive(tokens[-1])
        between = text[previous_end : match.start()]
        sent_start = not tokens or (
            between != " " and (bool(_SENTENCE_END.search(between)) or _opens_quote(between))
        )
        tokens.append(
            Token(
                text=word,
                start=match.start(),
                end=match.end(),
                key=fold_word(word),
                cap=word[0].isupper(),
                upper=word.isupper(),
                sent_start=sent_start,
                possessive=False,
            )
        )
        previous_end = match.end()
    return tuple(tokens)


def _as_possessive(token: Token) -> Token:
    return token._replace(possessive=True)


def between_is_plural_possessive(text: str, end: int, next_start: int) -> bool:
    """ "Republicans' House": an apostrophe right after a plural, then a space."""
    return text[end : end + 1] in _APOSTROPHES and text[end + 1 : next_start].isspace()


def _opens_quote(between: str) -> bool:
    """A word right after an opening quotation mark starts a (quoted) sentence."""
    stripped = between.strip()
    return bool(stripped) and stripped[-1] in '“"‘«('


def _is_headline(tokens: tuple[Token, ...], line: str) -> bool:
    """Title-case lines (headlines, subheadings, menu items) where every word is capitalised.

    A line counts when it does not end like a sentence (a full stop) and at least 75% of its
    words of four or more letters are capitalised: "Ukraine Calls for Stronger Western
    Support". Prose such as "Analyst Andrei Lankov said it was a risk." is never one.
    """
    if line.rstrip().endswith((".", ".”", '."')):
        return False
    long_words = [t for t in tokens if len(t.text) >= 4 and t.text.isalpha()]
    if len(long_words) < 3:  # "Farah Dakhlallah" alone on a line is a name, not a headline
        return False
    capitalised = sum(1 for t in long_words if t.cap)
    return capitalised / len(long_words) >= 0.75


def _is_shouting(tokens: tuple[Token, ...]) -> bool:
    letters = [t for t in tokens if t.text.isalpha() and len(t.text) > 1]
    return len(letters) >= 3 and all(t.upper for t in letters)
