"""What the cleaner returns: the article, its metadata, and the reason for every line.

These value objects are the contract between the cleaning pipeline and its users (the
``dossier clean`` / ``dossier ingest`` commands and ``--explain``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class LineDecision(NamedTuple):
    """One line of the raw page and what the cleaner did with it, for ``--explain``.

    A named tuple, like the rules' verdicts: every line of every page gets one, and building a
    frozen dataclass took 3% of the cleaning time on text input, twice what this takes.
    """

    lineno: int  # 1-based line number in the decoded raw text
    text: str
    kept: bool
    rule: str  # name of the rule that decided, e.g. "share-prompt" or "body-paragraph"
    role: str = "body"  # body | title | heading | list-item | metadata | boilerplate


@dataclass
class CleanedArticle:
    """A cleaned article: Markdown body plus the metadata the text supports.

    Fields the text does not support stay ``None``; ``review`` says why the article needs a
    curator's look (missing date, missing outlet, ...). Nothing is invented.
    """

    body: str  # Markdown, without the title and without front matter
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    source: str | None = None  # the outlet, e.g. "TDPel Media"
    url: str | None = None
    language: str | None = None
    kind: str = "article"  # "article" or "aggregator" (story pages like seed 001)
    extra: dict[str, Any] = field(default_factory=dict)  # aggregator lists, summary, ...
    decisions: list[LineDecision] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    encoding: str | None = None  # how the raw bytes were decoded, e.g. "utf-8-sig"

    @property
    def removed(self) -> list[LineDecision]:
        """The lines the cleaner dropped, for the provenance box."""
        return [d for d in self.decisions if not d.kept and d.text.strip()]
