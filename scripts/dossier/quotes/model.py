"""The value objects of quote extraction: a quote and the mention that names its speaker.

They are the contract between the extractor, the merger, the ``dossier quotes`` command and the
Pelican plugin, so they hold only plain data (offsets into the text given to the extractor).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class Quote:
    """One direct quotation and who said it.

    ``spans`` are character offsets of the quoted words (quotation marks excluded) into the text
    given to :func:`dossier.quotes.extract_quotes`; a split quote (“A,” she said, “B”) has one
    span per part. ``paragraph`` is the 0-based index of the paragraph where the quote starts
    (see :mod:`dossier.quotes.document` for what counts as a paragraph); the site's anchor for
    it is ``anchor`` (``p-N``, 1-based).
    """

    text: str
    speaker: str | None
    spans: list[Span]
    speaker_kind: str | None = None  # "person" | "organisation" | "description" | None
    cue: str | None = None  # the reporting verb or phrase, e.g. "said", "according to"
    paragraph: int = 0
    attribution: str | None = None  # explicit | pronoun | surname | role | continued | None
    mention: str | None = None  # the words in the text that name the speaker ("he", "Yermak")
    mention_span: Span | None = None

    @property
    def anchor(self) -> str:
        """The id of the paragraph on the article page (the Markdown reader's ``p-N``)."""
        return f"p-{self.paragraph + 1}"

    @property
    def start(self) -> int:
        """Offset of the first quoted character, for ordering."""
        return self.spans[0][0]


@dataclass
class Mention:
    """A candidate speaker named in the text: a name, a pronoun or a description."""

    text: str  # the words as written ("Mr. Schriefer", "he", "the company")
    start: int
    end: int
    kind: str  # "person" | "organisation" | "pronoun" | "description" | "unknown"
    name: str = ""  # the name without titles ("Schriefer"), or the description itself
    gender: str = ""  # "m" | "f" | "" unknown
    titles: list[str] = field(default_factory=list)  # lower-case titles seen before the name
