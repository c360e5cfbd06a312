"""The state every cleaning rule reads and writes: the page's lines and a verdict per line.

Rules are small functions over one :class:`Page` (markdown-it-py style). A line's first verdict
wins, so the order of the rule list is the order of precedence, and ``--explain`` can name the
rule that decided each line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar, overload

from dossier.cleaning.dates import find_dates

_T = TypeVar("_T")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A whitespace-separated token holding a letter or digit; one match per such token.
_ALNUM_TOKEN = re.compile(r"\S*[^\W_]\S*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Closing characters allowed after the sentence-final punctuation: quotes, brackets. A line
# ending in a bare closing quote is a headline ("Putin: “Our Choice”"), not a sentence.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_DIGITS = re.compile(r"\d")


class cached_property(Generic[_T]):  # noqa: N801 - named like the functools decorator
    """``functools.cached_property`` without its per-call lock (Python 3.11 takes one).

    Lines are never shared between threads, and the lock made every first access of a
    feature cost as much as the feature itself: a tenth of the cleaning time on text input.
    """

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value  # later reads find it before this descriptor
        return value


class Verdict(NamedTuple):
    """What a rule decided for one line.

    A named tuple: every line of every page gets one, and a tuple is built several times
    faster than a frozen dataclass.
    """

    kept: bool
    rule: str
    role: str  # body | title | heading | list-item | metadata | boilerplate


@dataclass
class Line:
    """One raw line with the cheap features every rule needs, computed once."""

    index: int  # 0-based position in the page
    raw: str  # the line as decoded, for --explain
    text: str  # whitespace-normalised and stripped

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    @cached_property
    def n_words(self) -> int:
        """Whitespace-separated tokens with a letter or digit: a URL or "1:00" is one word."""
        return len(_ALNUM_TOKEN.findall(self.text))

    @cached_property
    def key(self) -> str:
        """Case- and punctuation-insensitive form, to compare lines."""
        return " ".join(self.words).lower()  # one lower() for the line: the same, and cheaper

    @property
    def is_blank(self) -> bool:
        return not self.text

    @cached_property
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))

    @cached_property
    def has_date(self) -> bool:
        """Whether the line writes a full date; cached because several rules ask."""
        return bool(self.text) and bool(find_dates(self.text))

    @cached_property
    def capitalised_share(self) -> float:
        """Share of words starting with a capital: high in headlines and menus."""
        letters = [word for word in self.words if not _DIGITS.match(word)]
        if not letters:
            return 0.0
        return sum(word[0].isupper() for word in letters) / len(letters)


@dataclass
class Page:
    """A page being cleaned: its lines, one verdict slot per line, and what rules found."""

    lines: list[Line]
    verdicts: list[Verdict | None]
    # Filled by the stages: the main block (first, last index), the title line, and lines
    # whose text became metadata (byline, dateline, syndication notice).
    block: tuple[int, int] | None = None
    title: str | None = None
    title_indices: set[int] = field(default_factory=set)
    metadata_indices: set[int] = field(default_factory=set)
    # Lines from which the article cannot go on (comment sections, author boxes, footers).
    barriers: set[int] = field(default_factory=set)
    # Lines the article usually ends at ("Related posts"); crossing one costs the block a lot.
    soft_barriers: set[int] = field(default_factory=set)

    @classmethod
    def from_text(cls, text: str) -> Page:
        # One substitution over the whole text: _SPACES never matches a newline, so the
        # normalised lines pair up with the raw ones.
        normalised = _SPACES.sub(" ", text).split("\n")
        lines = [
            Line(index, raw, clean.strip())
            for index, (raw, clean) in enumerate(zip(text.split("\n"), normalised, strict=True))
        ]
        while lines and lines[-1].is_blank and len(lines) > 1 and not lines[-1].raw:
            lines.pop()  # the newline that ends the file is not a line of the page
        return cls(lines=lines, verdicts=[None] * len(lines))

    def decide(self, index: int, *, kept: bool, rule: str, role: str) -> None:
        """Record a verdict unless an earlier rule already decided this line."""
        if self.verdicts[index] is None:
            self.verdicts[index] = Verdict(kept=kept, rule=rule, role=role)

    def is_undecided(self, index: int) -> bool:
        return self.verdicts[index] is None

    def is_removed(self, index: int) -> bool:
        verdict = self.verdicts[index]
        return verdict is not None and not verdict.kept

    def nonblank(self) -> list[Line]:
        return [line for line in self.lines if not line.is_blank]

    def neighbour(self, index: int, step: int) -> Line | None:
        """The nearest non-blank line before (step=-1) or after (step=1) ``index``."""
        position = index + step
        while 0 <= position < len(self.lines):
            if not self.lines[position].is_blank:
                return self.lines[position]
            position += step
        return None
