"""Entity pages and the entity sections of dossier and article pages."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.sitebuild import BuiltSite, article, build_site

BODY = (
    "Ukrainian President Volodymyr Zelenskyy met NATO Secretary General Mark Rutte in Kyiv.\n\n"
    "Zelenskiy said Russia and North Korea were deepening their alliance, and Nato agreed."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(
        tmp_path_factory.mktemp("entities"),
        {
            "dossiers/d.md": article("D"),
            "articles/d/a.md": article("A", BODY, date="2024-10-24", source="X"),
            "articles/d/b.md": article(
                "B",
                "Volodymyr Zelensky spoke again.",
                date="2024-10-25",
                source="Y",
                aggregator={
                    "persons": ["Volodymyr Zelenskiy"],
                    "organizations": ["North Atlantic Treaty Organisation"],
                    "countries": ["Russian Federation"],
                },
            ),
            "entities.yml": "- name: Mark Rutte\n  type: person\n  description: NATO chief\n",
        },
    )


def test_aliases_merge_into_one_entity_page(site: BuiltSite) -> None:
    names = [a.get_text() for a in site.html("dossiers/d/").select(".entity-index a")]
    assert names.count("Volodymyr Zelenskyy") == 1 and "Zelenskiy" not in names
    assert names.count("NATO") == 1
    assert {"Russia", "North Korea", "Ukraine"} <= set(names)
    page = site.html("entities/volodymyr-zelenskyy/")
    assert page.h1.get_text() == "Volodymyr Zelenskyy"
    assert {a.get_text() for a in page.select(".article-list li > a")} == {"A", "B"}


def test_curator_description_shows_on_the_entity_page(site: BuiltSite) -> None:
    assert site.html("entities/mark-rutte/").select_one(".lede").get_text() == "NATO chief"


def test_article_links_to_its_entities(site: BuiltSite) -> None:
    section = site.html("articles/d/a/").select_one("section.article-entities")
    links = {a.get_text(): a["href"] for a in section.select("a")}
    assert links["Mark Rutte"].endswith("entities/mark-rutte/")
    assert "NATO" in links


def test_entity_index_lists_every_kind(site: BuiltSite) -> None:
    headings = [h.get_text() for h in site.html("entities/").select("h2")]
    assert headings == ["People", "Organisations", "Countries"]


def test_broken_curator_file_is_reported_and_the_build_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    built = build_site(
        tmp_path,
        {
            "dossiers/d.md": article("D"),
            "articles/d/a.md": article("A", BODY, date="2024-10-24"),
            "entities.yml": "- name: Mark Rutte\n  type: persn\n",
        },
    )
    assert built.path("entities/mark-rutte/").exists()
    message = next(r.getMessage() for r in caplog.records if "entities.yml" in r.getMessage())
    assert "entities.yml:2" in message
