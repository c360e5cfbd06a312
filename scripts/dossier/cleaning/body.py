"""Stage 6: write the kept lines as the Markdown body of the article.

Roles decide the shape: ``heading`` lines become ``## `` headings, consecutive ``list-item``
lines one list, everything else a paragraph. Markdown-significant characters at the start of a
paragraph are escaped so that a line such as ``1984 was a year`` or ``# tags`` is not turned
into a list or a heading by the site's Markdown reader.
"""

from __future__ import annotations

import re

from dossier.cleaning.html import heading_text
from dossier.cleaning.page import Page
from dossier.cleaning.patterns import LIST_MARKER

# Starts of a line that Markdown would read as structure rather than text.
_MARKDOWN_START = re.compile(r"^(#{1,6}\s|>|[-*+]\s|\d{1,9}[.)]\s|={3,}|-{3,}|\*{3,}|_{3,})")


def escape_markdown_start(text: str) -> str:
    """Escape the first character when the line would otherwise become structure."""
    match = _MARKDOWN_START.match(text)
    if not match:
        return text
    if match.group(0)[0].isdigit():
        digits = re.match(r"\d+", text)
        assert digits is not None
        return f"{digits.group(0)}\\{text[digits.end() :]}"
    return "\\" + text


def render_blocks(blocks: list[tuple[str, str]]) -> str:
    """Join (role, text) pairs into Markdown: headings, lists and paragraphs."""
    parts: list[str] = []
    previous_role = ""
    for role, text in blocks:
        if role == "heading":
            parts.append(f"\n## {heading_text(text)}\n")
        elif role == "list-item":
            item = LIST_MARKER.sub("", text).strip() or text
            separator = "" if previous_role == "list-item" else "\n"
            parts.append(f"{separator}- {item}")
        else:
            parts.append(f"\n{escape_markdown_start(text)}")
        previous_role = role
    markdown = "\n".join(parts)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n" if parts else ""


def render_body(page: Page) -> str:
    """The Markdown body made of the lines the rules kept, in page order."""
    blocks = [
        (verdict.role, line.text)
        for line, verdict in zip(page.lines, page.verdicts, strict=True)
        if verdict is not None and verdict.kept and line.text
    ]
    return render_blocks(blocks)
