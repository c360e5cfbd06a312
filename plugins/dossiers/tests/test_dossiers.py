"""Grouping articles into dossiers, and the pages that come out of it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from dossier.pelican_support import PluginSettingsError
from dossiers.settings import dossier_settings
from tests.sitebuild import article, build_site

DEFINITION = article("Troops in Russia", summary="How the *story* was covered.")


def test_articles_are_grouped_by_their_dossier_in_date_order(tmp_path: Path) -> None:
    site = build_site(
        tmp_path,
        {
            "dossiers/troops.md": DEFINITION,
            "dossiers/other.md": article("Other story"),
            "articles/troops/late.md": article(
                "Late", date="2024-10-28", dossier="troops", source="TDPel Media"
            ),
            "articles/troops/early.md": article(
                "Early", date="2024-10-24", dossier="troops", source="VoM News"
            ),
            "articles/other/x.md": article("Elsewhere", date="2024-10-25", dossier="other"),
        },
    )
    page = site.html("dossiers/troops/")
    assert page.h1.get_text() == "Troops in Russia"
    assert "How the story was covered." in page.select_one(".lede").get_text()
    titles = [a.get_text() for a in page.select("table.articles td:nth-of-type(3) > a")]
    assert titles == ["Early", "Late"]
    outlets = [row.td.get_text() for row in page.select("table.outlets tbody tr")]
    assert sorted(outlets) == ["TDPel Media", "VoM News"]
    other = site.html("dossiers/other/")
    assert [a.get_text() for a in other.select("table.articles td:nth-of-type(3) > a")] == [
        "Elsewhere"
    ]


def test_home_page_has_a_card_per_dossier(tmp_path: Path) -> None:
    site = build_site(
        tmp_path,
        {
            "dossiers/troops.md": DEFINITION,
            "articles/troops/a.md": article("A", date="2024-10-24", dossier="troops", source="X"),
            "articles/troops/b.md": article("B", date="2024-10-28", dossier="troops", source="Y"),
        },
    )
    card = site.html("index.html").select_one(".card")
    assert card.h2.get_text(strip=True) == "Troops in Russia"
    figures = {
        dt.get_text(): dd.get_text(" ", strip=True)
        for dt, dd in zip(card.select("dt"), card.select("dd"), strict=True)
    }
    assert figures["Articles"] == "2" and figures["Outlets"] == "2"
    assert figures["Coverage"] == "24 Oct 2024 – 28 Oct 2024"
    assert figures["Last updated"] == "28 Oct 2024"
    assert figures["Quotes"] == "0"


def test_later_home_pages_list_articles_without_the_dossier_cards(tmp_path: Path) -> None:
    files = {"dossiers/troops.md": DEFINITION}
    for day in range(1, 6):
        files[f"articles/troops/a{day}.md"] = article(
            f"Day {day}", date=f"2024-10-0{day}", dossier="troops"
        )
    site = build_site(tmp_path, files, DEFAULT_PAGINATION=2)
    first, second = site.html("index.html"), site.html("page/2/")
    assert len(first.select(".card")) == 1 and first.h1.get_text() == "Dossiers"
    assert second.select(".card") == [] and second.h1.get_text() == "Latest articles"
    assert second.title.get_text().startswith("Latest articles, page 2 — ")
    listed = [a.get_text() for a in second.select(".article-list > li > a")]
    assert listed == ["Day 3", "Day 2"]


def test_missing_definition_warns_with_the_fix_and_still_builds(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    site = build_site(
        tmp_path,
        {
            "articles/kursk/a.md": article("A", date="2024-10-24", dossier="kursk-incursion"),
        },
    )
    assert site.html("dossiers/kursk-incursion/").h1.get_text() == "Kursk incursion"
    warning = next(r.getMessage() for r in caplog.records if "no definition" in r.getMessage())
    assert "a.md" in warning and "dossiers/kursk-incursion.md" in warning


def test_dossier_defaults_to_the_article_folder(tmp_path: Path) -> None:
    site = build_site(
        tmp_path,
        {
            "dossiers/troops.md": DEFINITION,
            "articles/troops/a.md": article("A", date="2024-10-24"),
        },
    )
    assert site.path("articles/troops/a/").exists()
    assert "A" in site.html("dossiers/troops/").select_one("table.articles").get_text()


def test_undated_articles_are_kept_and_marked(tmp_path: Path) -> None:
    site = build_site(
        tmp_path,
        {
            "dossiers/troops.md": DEFINITION,
            "articles/troops/dated.md": article("Dated", date="2024-10-24", dossier="troops"),
            "articles/troops/undated.md": article("Undated", dossier="troops"),
        },
    )
    rows = site.html("dossiers/troops/").select("table.articles tbody tr")
    assert [r.a.get_text() for r in rows] == ["Dated", "Undated"]  # undated last
    assert "date unknown" in rows[1].get_text()
    assert "date unknown" in site.html("articles/troops/undated/").select_one(".meta").get_text()


def test_unknown_setting_key_is_an_error() -> None:
    with pytest.raises(PluginSettingsError, match="templte"):
        dossier_settings({"DOSSIERS": {"templte": "x"}})
    assert dossier_settings({})["path"] == "dossiers"


def test_articles_of_the_same_day_are_listed_in_a_stable_order(tmp_path: Path) -> None:
    files = {"dossiers/d.md": article("D")}
    for name in ("delta", "alpha", "charlie", "bravo"):
        files[f"articles/d/{name}.md"] = article(name.title(), date="2024-10-24", dossier="d")
    files["articles/d/newer.md"] = article("Newer", date="2024-10-25", dossier="d")
    home = build_site(tmp_path, files).html("index.html")
    titles = [a.get_text() for a in home.select(".article-list li > a")]
    assert titles == ["Newer", "Alpha", "Bravo", "Charlie", "Delta"]
