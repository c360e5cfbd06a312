"""Markdown to HTML with markdown-it-py: safe by default, every block citable.

- Raw HTML in the source is never passed through: it is shown as text (``html: False``), and
  markdown-it's link validation drops ``javascript:``/``vbscript:``/``file:`` URLs.
- Each heading gets an id from its text; each paragraph gets ``p-N`` (1-based, document order)
  and a small permalink, so dossier pages and search results can jump to the exact paragraph.
- Pelican's intrasite links (``{filename}other.md``) are kept intact for Pelican to resolve.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

PARAGRAPH_ID = "p-{}"
_INTRASITE = re.compile(r"^\{(?P<what>\w+)\}(?P<rest>.*)$", re.DOTALL)
_NOT_ID_CHARS = re.compile(r"[^\w]+")


def heading_slug(text: str) -> str:
    """A readable id for a heading: lowercase words joined by '-'."""
    slug = _NOT_ID_CHARS.sub("-", text.lower()).strip("-")
    return slug or "section"


def _normalize_link(url: str) -> str:
    """Keep Pelican's ``{filename}``/``{static}`` prefixes unescaped; normalise the rest."""
    match = _INTRASITE.match(url)
    if match:
        return "{" + match["what"] + "}" + normalizeLink(match["rest"])
    return normalizeLink(url)


def _assign_ids(state: StateCore) -> None:
    """Core rule: give headings slug ids and visible paragraphs ``p-N`` ids."""
    used: set[str] = set()
    paragraph = 0
    anchor = ""
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            inline = tokens[index + 1]
            base = heading_slug(inline.content)
            slug, n = base, 1
            while slug in used or re.fullmatch(r"p-\d+", slug):
                n += 1
                slug = f"{base}-{n}"
            used.add(slug)
            token.attrSet("id", slug)
        elif token.type == "paragraph_open" and not token.hidden:
            paragraph += 1
            anchor = PARAGRAPH_ID.format(paragraph)
            token.attrSet("id", anchor)
        elif token.type == "paragraph_close" and not token.hidden:
            # Paragraphs never nest, so this closes the paragraph opened last.
            token.meta["anchor"] = anchor
    state.env["paragraph_count"] = paragraph


def _paragraph_close(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Close a paragraph with its permalink (ignored by the search index)."""
    token = tokens[idx]
    if token.hidden:
        return str(self.renderToken(tokens, idx, options, env))
    anchor = token.meta.get("anchor")
    if not anchor:
        return "</p>\n"
    return (
        f' <a class="permalink" href="#{anchor}" aria-label="Permalink to this paragraph"'
        f" data-pagefind-ignore>¶</a></p>\n"
    )


def make_renderer() -> MarkdownIt:
    """Build the project's markdown-it instance (CommonMark + tables + strikethrough)."""
    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.normalizeLink = _normalize_link  # type: ignore[method-assign]
    md.core.ruler.push("dossier_ids", _assign_ids)
    md.add_render_rule("paragraph_close", _paragraph_close)
    return md


def render(markdown: str, md: MarkdownIt | None = None) -> tuple[str, int]:
    """Render Markdown to HTML; return the HTML and the number of paragraphs."""
    md = md or make_renderer()
    env: dict[str, Any] = {}
    html = md.render(markdown, env)
    return html, int(env.get("paragraph_count", 0))
