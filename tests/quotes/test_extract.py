"""Fixture-file tests for quote extraction, plus front matter and offsets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from dossier.quotes import Quote, extract_quotes

FIXTURES = Path(__file__).with_name("fixtures.txt")


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: list[tuple[str | None, list[str]]]


def load_cases(path: Path) -> list[Case]:
    """Read "## name / . / input / . / expected / ." blocks."""
    cases: list[Case] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("## "):
            i += 1
            continue
        name = lines[i][3:].strip()
        assert lines[i + 1] == ".", name
        j = lines.index(".", i + 2)
        text = "\n".join(lines[i + 2 : j]) + "\n"
        k = lines.index(".", j + 1)
        expected = []
        for line in lines[j + 1 : k]:
            speaker, _, parts = line.partition(" :: ")
            expected.append((None if speaker == "-" else speaker, parts.split(" || ")))
        cases.append(Case(name, text, expected))
        i = k + 1
    return cases


CASES = load_cases(FIXTURES)


def _as_expected(quote: Quote, text: str) -> tuple[str | None, list[str]]:
    return quote.speaker, [text[s:e] for s, e in quote.spans]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture(case: Case) -> None:
    quotes = extract_quotes(case.text)
    assert [_as_expected(q, case.text) for q in quotes] == case.expected


def test_fixture_file_has_cases() -> None:
    assert len(CASES) >= 20


def test_front_matter_is_skipped_but_offsets_index_the_whole_file() -> None:
    text = (
        "---\n"
        'title: "A “quoted phrase in the title” here"\n'
        "---\n\n"
        "## Heading with “a quoted heading phrase here”\n\n"
        "First paragraph without speech.\n\n"
        "Later, “We will not give up the fight,” Anna Berg said.\n"
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    (quote,) = quotes
    start, end = quote.spans[0]
    assert text[start:end] == "We will not give up the fight,"
    assert quote.speaker == "Anna Berg"
    assert quote.paragraph == 1  # the heading is not a paragraph
    assert quote.anchor == "p-2"


def test_quote_fields_explain_the_attribution() -> None:
    text = "Peter Holm arrived late.\n“The vote was rigged from the start,” he said.\n"
    (quote,) = extract_quotes(text)
    assert quote.cue == "said"
    assert quote.attribution == "pronoun"
    assert quote.mention == "he"
    assert quote.speaker_kind == "person"
    assert quote.mention_span is not None
    assert text[slice(*quote.mention_span)] == "he"


def test_text_without_quotes() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("No one said anything at all.\n") == []
