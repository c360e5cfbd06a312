"""The sample dossier, built from the committed content/ exactly as `make html` does."""

from __future__ import annotations

import re

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
