"""Aggregator story pages: a machine summary, quotes without speakers, and entity lists.

News aggregators publish one page per story (seed ``001_…``): a breadcrumb, the story title,
an "ai generated text" summary, a list of quotations with no speaker, related headlines, and
numbered lists of sources, perspectives, countries, organizations and persons. None of it is
an article body; it is structured metadata the dossier uses (quote speakers are inherited from
matching quotes elsewhere). :func:`parse_aggregator` recognises the shape and reads it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from dossier.cleaning.page import Line, Page

# The section labels of a story page, each alone on its line and followed by "- N.Item" lines.
SECTION_LABELS: tuple[str, ...] = (
    "sources",
    "perspectives",
    "countries",
    "organizations",
    "persons",
)
_SUMMARY_MARKER = re.compile(r"^(?:ai[- ]generated (?:text|summary)|ai summary)$", re.I)
_BREADCRUMB = re.compile(r"^-\s*(?:home|article|story|news)$", re.I)
_ITEM = re.compile(r"^[-*•]\s*(?:\d{1,3}\.\s*)?(?P<text>.+)$")
# A story page shows at least this many of the section labels; calibrated on seed 001.
_MIN_SECTIONS = 3


@dataclass
class AggregatorPage:
    """What an aggregator story page holds, and which rule read each line."""

    title: str | None
    extra: dict[str, Any]
    rules: dict[int, tuple[str, str]] = field(default_factory=dict)  # index -> (rule, role)


def looks_like_aggregator(page: Page) -> bool:
    """At least three section labels, each directly followed by a "- item" line."""
    lines = page.nonblank()
    sections = sum(
        line.text.lower() in SECTION_LABELS and following.text.startswith("-")
        for line, following in itertools.pairwise(lines)
    )
    return sections >= _MIN_SECTIONS


def parse_aggregator(page: Page) -> AggregatorPage:
    """Read title, summary, quotes, related headlines and the entity lists of a story page."""
    lines = [line for line in page.lines if not line.is_blank]
    result = AggregatorPage(title=None, extra={})
    position = _read_header(lines, result)
    position = _read_summary_and_quotes(lines, position, result)
    _read_lists(lines, position, result)
    return result


def _read_header(lines: list[Line], result: AggregatorPage) -> int:
    """Breadcrumb items ("- home", "- article", "- Title") then the title itself."""
    position = 0
    crumbs: list[str] = []
    while position < len(lines) and lines[position].text.startswith("-"):
        crumbs.append(_item_text(lines[position]))
        kind = "breadcrumb"
        result.rules[lines[position].index] = (kind, "boilerplate")
        position += 1
    if position < len(lines) and not _SUMMARY_MARKER.match(lines[position].text):
        result.title = lines[position].text
        result.rules[lines[position].index] = ("aggregator-title", "title")
        position += 1
    elif crumbs and not _BREADCRUMB.match(f"- {crumbs[-1]}"):
        result.title = crumbs[-1]
    return position


def _read_summary_and_quotes(lines: list[Line], position: int, result: AggregatorPage) -> int:
    """After the summary marker: one summary paragraph, then quotes up to the first list."""
    if position < len(lines) and _SUMMARY_MARKER.match(lines[position].text):
        result.rules[lines[position].index] = ("aggregator-label", "boilerplate")
        position += 1
    if position < len(lines) and not _starts_list(lines, position):
        result.extra["summary"] = lines[position].text
        result.rules[lines[position].index] = ("aggregator-summary", "metadata")
        position += 1
    quotes: list[str] = []
    while position < len(lines) and not _starts_list(lines, position):
        quotes.append(lines[position].text)
        result.rules[lines[position].index] = ("aggregator-quote", "metadata")
        position += 1
    result.extra["quotes"] = quotes
    return position


def _starts_list(lines: list[Line], position: int) -> bool:
    """A label line directly followed by a "- item" line opens a list section."""
    return (
        position + 1 < len(lines)
        and not lines[position].text.startswith("-")
        and lines[position + 1].text.startswith("-")
    )


def _read_lists(lines: list[Line], position: int, result: AggregatorPage) -> None:
    """Each label and its items; labels other than the known sections hold related headlines."""
    key = "related"
    for line in lines[position:]:
        if line.text.startswith("-"):
            result.extra.setdefault(key, []).append(_item_text(line))
            result.rules[line.index] = (f"aggregator-{key}", "metadata")
            continue
        label = line.text.lower()
        key = label if label in SECTION_LABELS else "related"
        if key == "related":
            result.extra.setdefault("related_heading", line.text)
        result.extra.setdefault(key, [])
        result.rules[line.index] = ("aggregator-label", "boilerplate")
    for label in (*SECTION_LABELS, "related"):
        result.extra.setdefault(label, [])


def _item_text(line: Line) -> str:
    match = _ITEM.match(line.text)
    return match.group("text").strip() if match else line.text
