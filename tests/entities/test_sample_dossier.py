"""The sample dossier's five raw pages: the entities a careful reader lists, merged."""

from __future__ import annotations

import pytest

from dossier.entities import EntityIndex, EntityTally, extract_entities

from .conftest import SAMPLE_DOSSIER


@pytest.fixture(scope="module")
def tally(index: EntityIndex) -> EntityTally:
    result = EntityTally(index)
    for path in sorted(SAMPLE_DOSSIER.glob("*.txt")):
        result.add(path.stem, extract_entities(path.read_text(encoding="utf-8"), index))
    return result


def _names(tally: EntityTally, kind: str) -> list[str]:
    return [c.entity.name for c in tally.entities() if c.entity.kind == kind]


def test_people(tally: EntityTally) -> None:
    people = _names(tally, "person")
    for name in [
        "Vladimir Putin",
        "Kim Jong Un",
        "Volodymyr Zelenskyy",
        "Mark Rutte",
        "Andriy Yermak",
    ]:
        assert people.count(name) == 1, name
    assert people[0] == "Vladimir Putin"  # the most mentioned comes first
    assert not any("Zelensk" in p and p != "Volodymyr Zelenskyy" for p in people)


def test_organisations(tally: EntityTally) -> None:
    organisations = _names(tally, "organisation")
    for name in ["NATO", "United Nations", "BRICS", "Kremlin"]:
        assert organisations.count(name) == 1, name
    assert organisations[0] == "NATO"


def test_countries(tally: EntityTally) -> None:
    countries = _names(tally, "country")
    for name in [
        "Russia",
        "North Korea",
        "Ukraine",
        "United States",
        "South Korea",
        "Iran",
        "China",
    ]:
        assert countries.count(name) == 1, name
    assert "Korea" not in countries


def test_counts_span_articles(tally: EntityTally) -> None:
    counts = {c.entity.id: c for c in tally.entities()}
    assert counts["vladimir-putin"].articles == 5
    assert counts["north-korea"].articles == 5
    assert counts["mark-rutte"].article_ids == ("004_478f0a629dc41297",)


def test_no_false_people_in_sample(tally: EntityTally) -> None:
    unknown = [
        c.entity.name for c in tally.entities() if c.entity.kind == "person" and not c.entity.known
    ]
    # Only the analysts of the aggregator page's list, all real people.
    assert set(unknown) <= {"Andrei Lankov", "Edward Howell", "Farah Dakhlallah", "Hugh Griffiths"}
