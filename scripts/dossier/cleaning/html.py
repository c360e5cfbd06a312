"""HTML input: trafilatura finds the main content and metadata, our rules finish the job.

Saved pages carry markup that says far more than copied text does (``<article>``, ``<nav>``,
``<time>``, ``<meta>``), and trafilatura reads it well (body word F1 0.936 alone on the 793
WCXB dev pages, 0.951 through the pipeline, which mends it with the visible text: see
:mod:`dossier.cleaning.choose`). Its output still contains share prompts, credits and
syndication notices, so the same furniture rules as for text run over it. trafilatura is
imported lazily: it costs a third of a second to import, which text input never pays.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from dossier.cleaning.page import Line, Page

_BOLD = re.compile(r"\*\*|__")
_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
# Underline, superscript and subscript survive trafilatura's Markdown as bare HTML tags; their
# text is the article's, the tags are not (footnote marks, underlined links: 65 of the 793 WCXB
# dev pages).
_INLINE_TAGS = re.compile(r"</?(?:u|sup|sub)>")
# lxml refuses a decoded document that still declares its encoding.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass(frozen=True)
class HtmlExtraction:
    """trafilatura's main content (as Markdown-ish text) and metadata for one page."""

    text: str
    title: str | None
    date: dt.date | None
    author: str | None
    sitename: str | None
    url: str | None
    language: str | None


def extract_html(html: bytes | str) -> HtmlExtraction | None:
    """Run trafilatura once; ``None`` when it finds no main content."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    document: Any = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_formatting=True,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or document.body is None:
        return None
    text = _INLINE_TAGS.sub("", xmltotxt(document.body, True) or "")
    return HtmlExtraction(
        text=text,
        title=document.title or None,
        date=_parse_iso_date(document.date),
        author=document.author or None,
        sitename=document.sitename or None,
        url=document.url or None,
        language=document.language or None,
    )


def markup_text(data: bytes) -> bytes | str:
    """The saved page as text when it is UTF-8, else the bytes for lxml to decode.

    lxml decodes bytes by the page's declared charset and falls back to Latin-1 without one,
    which turns every curly quote and accented letter of an undeclared UTF-8 page into
    mojibake (18 of the 793 WCXB dev pages). Bytes that decode as UTF-8 are UTF-8.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return _XML_DECLARATION.sub("", text, count=1)


def _parse_iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def mark_markdown_structure(page: Page, name: str = "html-structure") -> None:
    """Give trafilatura's Markdown headings and list items their roles.

    Runs after the furniture rules, so a heading such as "## Share this article" is still
    removed as furniture; the heading's own ``#`` and bold markers are dropped when rendered.
    A heading that repeats the page's title (``page.title``) is left to the title rule:
    trafilatura keeps the headline as the first heading of the content. Lines past the
    page's block (``page.block``) are left to the rule that drops them.
    """
    title_key = Line(-1, page.title, page.title).key if page.title else None
    first, last = page.block or (0, len(page.lines) - 1)
    for line in page.lines[first : last + 1]:
        if not page.is_undecided(line.index):
            continue
        if _HEADING.match(line.text):
            if line.key != title_key:
                page.decide(line.index, kept=True, rule=name, role="heading")
        elif _MARKDOWN_ITEM.match(line.text):
            page.decide(line.index, kept=True, rule=name, role="list-item")


def heading_text(text: str) -> str:
    """A Markdown heading line without its ``#`` marks and bold markers."""
    return _BOLD.sub("", _HEADING.sub("", text)).strip()
