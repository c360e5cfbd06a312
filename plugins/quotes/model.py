"""Quote-index entries as the templates and ``quotes.json`` see them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

UNATTRIBUTED = "Unattributed"


@dataclass
class Carrier:
    """One outlet's report of a quote: where to read it, in which words, and when."""

    article: Any  # the Pelican article
    anchor: str  # element id in the article page ("p-3", "aq-7") or "" when unknown
    text: str
    date: str | None
    speaker_inherited: bool = False
    found: Any = None  # the FoundQuote it came from, for marking it in the article

    @property
    def url(self) -> str:
        return f"{self.article.url}#{self.anchor}" if self.anchor else self.article.url

    @property
    def outlet(self) -> str:
        return str(getattr(self.article, "source", None) or "Unknown outlet")


@dataclass
class QuoteEntry:
    """One statement, merged across every outlet that carried it."""

    id: str  # stable anchor on the dossier page, e.g. "q-3f2a9c1b"
    canonical: str
    speaker: str | None
    dossier: Any
    variants: list[str] = field(default_factory=list)
    carriers: list[Carrier] = field(default_factory=list)
    first_reported: str | None = None
    speaker_page: Any = None  # SpeakerPage, when the entry has a speaker

    @property
    def url(self) -> str:
        return f"{self.dossier.url}#{self.id}"

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(c.outlet for c in self.carriers))

    @property
    def attributed_by(self) -> Carrier | None:
        """The first report that names the speaker: where inherited attributions come from."""
        return next((c for c in self.carriers if not c.speaker_inherited), None)

    @property
    def inherited_via(self) -> str | None:
        """The outlet whose attribution a speaker-less report borrowed, if any did."""
        if not any(c.speaker_inherited for c in self.carriers) or self.attributed_by is None:
            return None
        source = self.attributed_by
        known = getattr(source.article, "source", None)
        return str(known) if known else str(source.article.title)

    @property
    def other_wordings(self) -> list[str]:
        return [v for v in self.variants if v != self.canonical]


def entry_id(canonical: str, speaker: str | None) -> str:
    """A short id that stays the same across builds while the wording and speaker do."""
    digest = hashlib.sha1(f"{speaker or ''}\n{canonical}".encode(), usedforsecurity=False)
    return f"q-{digest.hexdigest()[:8]}"


@dataclass
class SpeakerPage:
    """Everything one speaker said, across dossiers."""

    name: str
    slug: str
    url: str
    save_as: str
    entries: list[QuoteEntry] = field(default_factory=list)


@dataclass
class SpeakerGroup:
    """A speaker's entries within one dossier, for the dossier's quote index."""

    name: str
    page: SpeakerPage | None
    entries: list[QuoteEntry] = field(default_factory=list)
