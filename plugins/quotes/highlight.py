"""Mark each quotation in the article's HTML and link it to its quote-index entry.

Only text that appears verbatim in one paragraph is marked: a quote that crosses inline markup
(a link, emphasis) is left as it is rather than risk breaking the HTML. It is still listed in
the index and under the article.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r'<p id="(?P<id>p-\d+)">(?P<inner>.*?)</p>', re.DOTALL)


@dataclass(frozen=True)
class Mark:
    """A quotation to mark: the paragraph it is in, its words, and where it links to."""

    anchor: str  # "p-N"
    pieces: tuple[str, ...]
    href: str
    title: str  # e.g. "Vladimir Putin — in the quote index"


def _mark_text(inner: str, piece: str, href: str, title: str) -> str:
    escaped = html.escape(piece, quote=False)
    position = inner.find(escaped)
    # Skip text inside a tag (an attribute) or already marked: both would break the markup.
    if position < 0 or inner.rfind("<", 0, position) > inner.rfind(">", 0, position):
        return inner
    if inner.rfind("<mark", 0, position) > inner.rfind("</mark>", 0, position):
        return inner
    link = (
        f'<mark class="quote"><a href="{html.escape(href)}" title="{html.escape(title)}">'
        f"{escaped}</a></mark>"
    )
    return inner[:position] + link + inner[position + len(escaped) :]


def highlight(content: str, marks: list[Mark]) -> str:
    """Return ``content`` with every markable quotation wrapped in a linked ``<mark>``."""
    by_anchor: dict[str, list[Mark]] = {}
    for mark in marks:
        by_anchor.setdefault(mark.anchor, []).append(mark)
    if not by_anchor:
        return content

    def replace(match: re.Match[str]) -> str:
        inner = match.group("inner")
        for mark in by_anchor.get(match.group("id"), []):
            for piece in mark.pieces:
                if len(piece.split()) >= 2:  # a one-word fragment is not worth a mark
                    inner = _mark_text(inner, piece, mark.href, mark.title)
        return f'<p id="{match.group("id")}">{inner}</p>'

    return _PARAGRAPH.sub(replace, content)
