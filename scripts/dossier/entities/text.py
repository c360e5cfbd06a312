"""Paragraphs and word tokens of an article, with the few facts the rules need about each word.

Matching works on word tokens rather than raw characters so that "Kim Jong-Un" and
"Kim Jong Un" are the same token sequence, possessives ("NATO's") fall away, and every rule can
look at its neighbours (a title before, "said" after) cheaply. Tokenizing is one regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..wordtokens import APOSTROPHES, gaps_and_words, new_token, per_word
from .keys import fold_word

_TOKEN = re.compile(r"([^\W_]+)")  # captured: split() keeps the words between the gaps
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?:;•|]|\s[-–—]\s")


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
    # Positions of the capitalised tokens: the rules that look for names only visit these.
    capitals: tuple[int, ...]


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
                capitals=tuple([k for k, token in enumerate(tokens) if token.cap]),
            )
        )
    return result


def _tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    tokens: list[Token] = []
    word_end = start
    for between, word in gaps_and_words(_TOKEN, text[start:end]):
        word_start = word_end + len(between)
        word_end = word_start + len(word)
        if between == " " and tokens:  # most words: nothing to check between
            sent_start = False
        elif tokens:
            if between in APOSTROPHES and word in {"s", "S"}:
                # "NATO's": mark the owner and drop the "s" so it never joins a name.
                tokens[-1] = _as_possessive(tokens[-1])
                continue
            # A gap opening with an apostrophe: the cheap test first, most gaps fail it.
            if between[0] in APOSTROPHES and _before_plural_possessive(
                text, tokens[-1], word_start
            ):
                tokens[-1] = _as_possessive(tokens[-1])
            sent_start = bool(_SENTENCE_END.search(between)) or _opens_quote(between)
        else:
            sent_start = True
        tokens.append(
            new_token(Token, (word, word_start, word_end, *_traits(word), sent_start, False))
        )
    return tuple(tokens)


@per_word
def _traits(word: str) -> tuple[str, bool, bool]:
    """A word's ``key``, ``cap`` and ``upper``, computed once per process, not once per use."""
    return fold_word(word), word[0].isupper(), word.isupper()


def _as_possessive(token: Token) -> Token:
    return token._replace(possessive=True)


def _before_plural_possessive(text: str, owner: Token, next_start: int) -> bool:
    """ "Republicans' House": an apostrophe right after a plural, then only space."""
    return (
        owner.text.endswith("s")
        and text[owner.end : owner.end + 1] in APOSTROPHES
        and text[owner.end + 1 : next_start].isspace()
    )


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
    """At least three words of letters, all in capitals; prose fails at its first such word."""
    letters = 0
    for token in tokens:
        if len(token.text) > 1 and token.text.isalpha():
            if not token.upper:
                return False
            letters += 1
    return letters >= 3
