"""Find quotations by their marks: curly, straight, guillemets, nested and multi-paragraph.

Rules, in order, for every double quotation mark:

1. Its role comes from its shape (“ opens, ” closes) or, for a straight ``"``, from its
   neighbours (after a space it opens, before a space or punctuation it closes). A curly mark
   typed the wrong way round is read by its neighbours too.
2. Marks pair left to right; single quotes ‘…’ inside a quotation are part of it, not a new one.
3. A quotation still open at the end of a paragraph continues when the next paragraph opens
   with a mark (the news convention for multi-paragraph quotes); otherwise it ends there.
4. Outside double quotations, ‘…’ quotes (British style) are found the same way, reading a ’
   between letters as an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.quotes.document import Paragraph
from dossier.quotes.model import Span

OPENING = frozenset("“«„")
CLOSING = frozenset("”»")
STRAIGHT = '"'
DOUBLE_MARKS = OPENING | CLOSING | {STRAIGHT}
# Finds the marks of a paragraph without a Python step per character.
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")
_OPEN_CONTEXT = frozenset("([{—–-/:")  # a straight mark after these opens a quotation


@dataclass
class QuotedRun:
    """The marks of one quotation: its spans (marks excluded) and the paragraphs they sit in."""

    spans: list[Span] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)  # Paragraph.index of each span
    closed: bool = True  # False when the paragraph ended without a closing mark
    single: bool = False  # delimited by ‘…’

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def _role(text: str, i: int, start: int, end: int) -> str:
    """Return "open", "close" or "either" for the double mark at ``text[i]``."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    mark = text[i]
    space_before = before.isspace() or before in _OPEN_CONTEXT
    space_after = after.isspace() or (not after.isalnum() and after not in "‘'$#@(")
    if mark in OPENING:
        return "close" if (not space_before and space_after and before != "(") else "open"
    if mark in CLOSING:
        return "open" if (space_before and after.isalnum()) else "close"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> Span:
    """A span without surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _scan_double(
    text: str, para: Paragraph, carry: QuotedRun | None
) -> tuple[list[QuotedRun], QuotedRun | None]:
    """Pair the double marks of one paragraph; return finished runs and the one left open."""
    runs: list[QuotedRun] = []
    open_at: int | None = None
    current: QuotedRun | None = None
    first_char = para.start
    for mark in _DOUBLE_MARK.finditer(text, para.start, para.end):
        i = mark.start()
        role = _role(text, i, para.start, para.end)
        if carry is not None and i == first_char and role != "close":
            current, carry = carry, None  # rule 3: the quotation goes on in this paragraph
            open_at = i
            continue
        if open_at is None:
            if role == "close":
                continue  # a stray closing mark: nothing to close
            open_at, current = i, QuotedRun()
            continue
        if role == "open" and text[i] in OPENING and i > open_at + 1:
            # A new opening mark before any close: the previous quotation lost its closing mark.
            assert current is not None
            current.spans.append(_trimmed(text, open_at + 1, i))
            current.paragraphs.append(para.index)
            current.closed = False
            runs.append(current)
            open_at, current = i, QuotedRun()
            continue
        assert current is not None
        current.spans.append((open_at + 1, i))
        current.paragraphs.append(para.index)
        runs.append(current)
        open_at, current = None, None
    if carry is not None:
        runs.append(carry)  # the previous paragraph's quotation did not go on after all
    if open_at is not None and current is not None:
        current.spans.append(_trimmed(text, open_at + 1, para.end))
        current.paragraphs.append(para.index)
        current.closed = False
        return runs, current
    return runs, None


def _inside(runs: list[QuotedRun], i: int) -> bool:
    return any(s - 1 <= i <= e for run in runs for s, e in run.spans)


def _scan_single(text: str, para: Paragraph, doubles: list[QuotedRun]) -> list[QuotedRun]:
    """Rule 4: top-level ‘…’ quotations, skipping apostrophes and marks inside “…”."""
    runs: list[QuotedRun] = []
    i = para.start
    while True:
        i = text.find("‘", i, para.end)
        if i < 0:
            return runs
        before = text[i - 1] if i > para.start else " "
        if _inside(doubles, i) or before.isalnum():
            i += 1
            continue
        j = i + 1
        close = -1
        while True:
            j = text.find("’", j, para.end)
            if j < 0:
                break
            after = text[j + 1] if j + 1 < para.end else " "
            if not after.isalnum() and not text[j - 1].isspace():
                close = j
                break
            j += 1
        if close < 0:
            i += 1
            continue
        runs.append(QuotedRun([(i + 1, close)], [para.index], single=True))
        i = close + 1


def find_quoted_runs(text: str, paras: list[Paragraph]) -> list[QuotedRun]:
    """Every quotation in the body, in text order."""
    runs: list[QuotedRun] = []
    carry: QuotedRun | None = None
    for para in paras:
        if para.heading:
            if carry is not None:
                runs.append(carry)
                carry = None
            continue
        found, carry = _scan_double(text, para, carry)
        runs.extend(found)
        runs.extend(_scan_single(text, para, found + ([carry] if carry else [])))
    if carry is not None:
        runs.append(carry)
    runs = [r for r in runs if r.spans and all(s < e for s, e in r.spans)]
    runs.sort(key=lambda r: r.start)
    return runs
