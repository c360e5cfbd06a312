"""The sample dossier, built from the committed content/ exactly as `make html` does."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.sitebuild import ROOT, BuiltSite, build_site

SLUG = "north-korean-troops-in-russia"
EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(tmp_path_factory.mktemp("sample"), content=ROOT / "content")


def test_home_lists_the_sample_dossier(site: BuiltSite) -> None:
    home = site.html("index.html")
    card = home.select_one(".card")
    assert card is not None
    assert card.h2.get_text(strip=True) == "North Korean troops in Russia"
    assert card.a["href"].rstrip("/").endswith(f"dossiers/{SLUG}")


def test_dossier_page_lists_the_five_articles_in_date_order(site: BuiltSite) -> None:
    rows = site.html(f"dossiers/{SLUG}/").select("table.articles tbody tr")
    assert len(rows) == 5
    dates = [row.time["datetime"] for row in rows if row.time]
    assert dates == sorted(dates) and len(dates) == 4  # the aggregator page has no date
    assert "date unknown" in rows[-1].get_text()


def test_every_article_has_paragraph_permalinks(site: BuiltSite) -> None:
    pages = sorted((site.output / "articles" / SLUG).glob("*/index.html"))
    assert len(pages) == 5
    for page in pages:
        html = site.html(page.relative_to(site.output).as_posix())
        if html.select_one(".aggregator"):  # its parts are metadata, listed with their own ids
            assert html.select(".agg-quotes li[id^=aq-]")
            continue
        paragraphs = html.select(".article-body p[id]")
        assert paragraphs, page
        assert [p["id"] for p in paragraphs] == [f"p-{n}" for n in range(1, len(paragraphs) + 1)]


def test_nothing_is_loaded_from_outside_the_site(site: BuiltSite) -> None:
    for path in site.output.rglob("*.html"):
        html = site.html(path.relative_to(site.output).as_posix())
        for tag in html.select("script[src], link[href], img[src], iframe, source[src]"):
            url = tag.get("src") or tag.get("href") or ""
            assert not EXTERNAL.match(url), f"{path}: loads {url}"
        for style in html.select("style"):
            assert "@import" not in style.get_text() and "url(http" not in style.get_text()


def test_landmarks_on_every_page(site: BuiltSite) -> None:
    for path in site.output.rglob("*.html"):
        html = site.html(path.relative_to(site.output).as_posix())
        for landmark in ("header", "nav", "main", "footer"):
            assert html.select_one(landmark) is not None, f"{path}: no <{landmark}>"
        assert html.html.get("lang"), path


def quote_speaker(entry: Any) -> str:
    return entry.find_parent("ul").find_previous_sibling("h3").get_text(" ", strip=True)


def test_sample_quotes_are_attributed(site: BuiltSite) -> None:
    entries = site.html(f"dossiers/{SLUG}/").select("section.quote-index li.quote-entry")
    expected = {
        "This is our business": "Vladimir Putin",
        "What we do within this framework is our business": "Vladimir Putin",
        "The images are serious. If there are images, they show something": "Vladimir Putin",
        "The enemy understands strength": "Andriy Yermak",
    }
    for words, speaker in expected.items():
        entry = next(e for e in entries if words in e.get_text())
        assert quote_speaker(entry).startswith(speaker), words


def test_aggregator_quote_is_merged_and_attributed_via_the_outlet(site: BuiltSite) -> None:
    entries = site.html(f"dossiers/{SLUG}/").select("section.quote-index li.quote-entry")
    entry = next(e for e in entries if "from which" in e.get_text() and "NATO" in e.get_text())
    assert quote_speaker(entry).startswith("Vladimir Putin")
    text = entry.get_text(" ", strip=True)
    assert "We know who is present there, from which European Nato countries" in text
    assert "attributed via" in text


def test_sample_entities_are_found_once_each(site: BuiltSite) -> None:
    section = site.html(f"dossiers/{SLUG}/").select_one("section.entity-index")
    names = [a.get_text() for a in section.select("a")]
    expected = [
        "Vladimir Putin",
        "Kim Jong Un",
        "Volodymyr Zelenskyy",
        "Mark Rutte",
        "Andriy Yermak",
        "NATO",
        "United Nations",
        "BRICS",
        "Kremlin",
        "Russia",
        "North Korea",
        "Ukraine",
        "United States",
        "South Korea",
        "Iran",
        "China",
    ]
    for name in expected:
        assert names.count(name) == 1, name
        link = section.find("a", string=name)
        assert site.path(link["href"].split("../")[-1]).exists(), name
    assert "Zelenskiy" not in names and "Nato" not in names


def test_sample_timeline_is_an_accessible_svg(site: BuiltSite) -> None:
    svg = site.html(f"dossiers/{SLUG}/").select_one("svg.timeline")
    assert svg["role"] == "img" and svg.title and svg.desc
    assert "4 dated articles from 4 outlets" in svg.desc.get_text()
