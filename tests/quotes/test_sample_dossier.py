"""Expectations on the project's own sample dossier (raw/north-korean-troops-in-russia)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.quotes import Quote, ReportedQuote, extract_quotes, merge_quotes

DOSSIER = Path(__file__).resolve().parents[2] / "raw" / "north-korean-troops-in-russia"


def _raw(prefix: str) -> str:
    (path,) = DOSSIER.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _quote_containing(words: str, quotes: list[Quote]) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote contains {words!r}: {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize(
    ("prefix", "words", "speaker"),
    [
        ("002", "This is our business", "Vladimir Putin"),
        ("003", "What we do within this framework is our business", "Vladimir Putin"),
        (
            "003",
            "The images are serious. If there are images, they show something",
            "Vladimir Putin",
        ),
        ("004", "The enemy understands strength", "Andriy Yermak"),
    ],
)
def test_speakers_in_sample_dossier(prefix: str, words: str, speaker: str) -> None:
    quote = _quote_containing(words, extract_quotes(_raw(prefix)))
    assert quote.speaker == speaker


def test_spans_point_at_the_quoted_words() -> None:
    text = _raw("003")
    for quote in extract_quotes(text):
        assert quote.text == " ".join(text[s:e] for s, e in quote.spans)
        for start, _end in quote.spans:
            assert text[start - 1] in '“"‘' or text[start - 1] == "\n"


def test_scare_quotes_in_sample_are_not_quotes() -> None:
    texts = [q.text for q in extract_quotes(_raw("004"))]
    assert not any(t.startswith(("fake news", "groundless rumors", "K battalion")) for t in texts)


def test_aggregator_quote_inherits_putin_via_outlet() -> None:
    aggregator_line = next(
        line for line in _raw("001").splitlines() if line.startswith("We know who is present")
    )
    reports = [ReportedQuote(aggregator_line, "001", outlet="Aggregator", date="2025-06-01")]
    for q in extract_quotes(_raw("003")):
        reports.append(
            ReportedQuote(
                q.text,
                "003",
                outlet="Outlet 003",
                date="2024-10-25",
                speaker=q.speaker,
                paragraph=q.paragraph,
            )
        )
    entries = merge_quotes(reports)
    (entry,) = [e for e in entries if any(r.article == "001" for r in e.reports)]
    assert entry.speaker == "Vladimir Putin"
    assert {r.article for r in entry.reports} == {"001", "003"}
    inherited = next(r for r in entry.reports if r.article == "001")
    assert inherited.speaker_inherited
    assert inherited.speaker_via == "Outlet 003"
    assert entry.first_reported == "2024-10-25"
    assert len(entry.variants) == 2
