"""Every raw → body case of the fixture files, run by one parametrized test."""

from __future__ import annotations

import pytest

from dossier.cleaning import clean_bytes

from .conftest import FIXTURES, FixtureCase, read_fixture_cases

CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_fixture_cases(path)]


def test_fixture_files_are_found() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_rule_fixture(case: FixtureCase) -> None:
    article = clean_bytes(case.raw.encode("utf-8"), f"{case.name}.txt")
    assert article.body.strip() == case.expected


def test_every_line_has_a_decision_naming_its_rule() -> None:
    raw = CASES[0].raw
    article = clean_bytes(raw.encode("utf-8"), "case.txt")
    assert [decision.lineno for decision in article.decisions] == list(
        range(1, len(raw.splitlines()) + 1)
    )
    removed = {decision.text: decision.rule for decision in article.removed}
    assert removed["Also read"] == "boilerplate-phrase"
    assert removed["Share the article"] == "end-of-article"
