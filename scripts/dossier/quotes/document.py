"""The text a quote lives in: front matter skipped, paragraphs and sentences with offsets.

What counts as a paragraph (the ``Quote.paragraph`` index):

- A Markdown article (the file starts with a ``---`` front-matter block): blocks of non-blank
  lines separated by blank lines, as the Markdown reader numbers its ``p-N`` anchors; ``#``
  headings are blocks of their own but are neither counted nor searched for speech.
- Plain text (a copy-pasted page): every non-empty line, because a browser copy puts one
  paragraph per line (and blank-line separated text gives the same answer). A first line in
  Title Case is the page's headline: not counted, not searched.

All offsets index into the whole input text, front matter included, so a caller can highlight
``text[start:end]`` without re-computing anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.quotes.patterns import ABBREVIATIONS, TITLE_SMALL_WORDS

_FRONT_MATTER_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_BLANK_LINES = re.compile(r"\n[ \t]*\r?\n")
# A sentence ends at . ! ? (optionally followed by a closing mark or bracket) then white space.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Paragraph:
    """A block of text that can hold speech, with its offsets in the whole input."""

    index: int  # 0-based among speech paragraphs; -1 for headings
    start: int
    end: int
    heading: bool = False


def body_start(text: str) -> int:
    """Offset where the article body starts: after a closed YAML front-matter block, else 0."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return 1 if text.startswith("\ufeff") else 0
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing:
        return 0
    newline = text.find("\n", closing.end())
    return len(text) if newline < 0 else newline + 1


def _blocks(text: str, start: int, markdown: bool) -> list[tuple[int, int]]:
    """Split ``text[start:]`` into (start, end) blocks: blank-line blocks or single lines."""
    blocks: list[tuple[int, int]] = []
    if markdown:
        pos = start
        for gap in _BLANK_LINES.finditer(text, start):
            blocks.append((pos, gap.start()))
            pos = gap.end()
        blocks.append((pos, len(text)))
    else:
        for line in re.finditer(r"[^\n]+", text[start:]):
            blocks.append((start + line.start(), start + line.end()))
    return blocks


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) so the block has no surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_headings(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Cut heading lines out of a Markdown block (a heading needs no blank line around it)."""
    parts: list[tuple[int, int, bool]] = []
    pos = start
    for line in re.finditer(r"[^\n]*\n?", text[start:end]):
        if not line.group():
            break
        line_start = start + line.start()
        if _HEADING.match(line.group()):
            if line_start > pos:
                parts.append((pos, line_start, False))
            parts.append((line_start, start + line.end(), True))
            pos = start + line.end()
    if pos < end:
        parts.append((pos, end, False))
    return parts


# A first line whose significant words are all capitalised is a headline, not speech. A lower
# share (0.7 was tried) mistakes name-heavy opening sentences ("Peter Holm met Anna Berg in
# Oslo on Tuesday.") for headlines; checked on the sample dossier and invented first lines.
HEADLINE_CAPITALISED_SHARE = 1.0
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 25


def is_headline(line: str) -> bool:
    """Title Case and short: "Putin on N. Korean Troops: “Our Choice …”"."""
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’\-]*", line) if w.lower() not in TITLE_SMALL_WORDS
    ]
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= HEADLINE_CAPITALISED_SHARE


def paragraphs(text: str) -> list[Paragraph]:
    """Every paragraph and heading of the body, in order, with 0-based paragraph indices."""
    start = body_start(text)
    markdown = start > 1
    result: list[Paragraph] = []
    index = 0
    for block_start, block_end in _blocks(text, start, markdown):
        parts = (
            _split_headings(text, block_start, block_end)
            if markdown
            else [(block_start, block_end, False)]
        )
        for part_start, part_end, heading in parts:
            s, e = _strip(text, part_start, part_end)
            if s >= e:
                continue
            if not markdown and not result and is_headline(text[s:e]):
                heading = True  # the first line of a copied page is its headline
            if heading:
                result.append(Paragraph(-1, s, e, heading=True))
            else:
                result.append(Paragraph(index, s, e))
                index += 1
    return result


# How far back the word before a full stop is looked for first: longer than any abbreviation.
WORD_BEFORE_WINDOW = 32


def _word_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """The run of word characters and dots that ends at ``end`` (not before ``start``).

    Searched for in a short window first: a search from ``start`` would read the paragraph from
    its beginning again at every full stop. Only a run filling the window is searched again.
    """
    low = max(start, end - WORD_BEFORE_WINDOW)
    word = _WORD_BEFORE.search(text, low, end)
    if word is not None and word.start() == low and low > start:
        word = _WORD_BEFORE.search(text, start, end)
    return word


def sentence_bounds(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``masked[start:end]`` into sentences.

    Run on text whose quoted words are masked, so full stops inside a quotation never end the
    sentence that reports it. A full stop after a known abbreviation or an initial ("Mr.",
    "U.S.", "F.") does not end a sentence.
    """
    bounds: list[tuple[int, int]] = []
    pos = start
    for match in _SENTENCE_END.finditer(masked, start, end):
        following = masked[match.end() : match.end() + 3].lstrip()
        if following[:1].islower():
            continue  # "the F.B.I. investigation", "“Why?” he asked": no new sentence
        if masked[match.start()] == ".":
            word = _word_before(masked, start, match.start())
            token = word.group(1).lower().strip(".") if word else ""
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        bounds.append((pos, match.end()))
        pos = match.end()
    if pos < end:
        bounds.append((pos, end))
    return bounds
