"""sitemap.xml, robots.txt and .nojekyll, from pure functions and from a small built site."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dossier.pelican_support import PluginSettingsError
from publishing.settings import publishing_settings
from publishing.sitemap import SITEMAP_NS, page_url, render_robots, render_sitemap
from tests.published import build_published
from tests.sitebuild import article, build_site, write_tree


def test_page_urls_are_the_served_folders() -> None:
    assert page_url("index.html") == ""
    assert page_url("articles/d/a/index.html") == "articles/d/a/"
    assert page_url("404.html") == "404.html"


def test_sitemap_is_sorted_unique_and_absolute() -> None:
    xml = render_sitemap("https://u.github.io/repo", ["b/index.html", "index.html", "b/index.html"])
    locs = [e.text for e in ET.fromstring(xml).iter(f"{{{SITEMAP_NS}}}loc")]
    assert locs == ["https://u.github.io/repo/", "https://u.github.io/repo/b/"]


def test_sitemap_escapes_urls() -> None:
    assert "a&amp;b/" in render_sitemap("https://x.org", ["a&b/index.html"])


def test_robots_names_the_sitemap_only_with_an_absolute_siteurl() -> None:
    assert "Sitemap: https://x.org/sitemap.xml" in render_robots("https://x.org", "sitemap.xml")
    assert "Sitemap" not in render_robots("", "sitemap.xml")
    assert "Sitemap" not in render_robots("https://x.org", None)


def test_unknown_setting_is_an_error_naming_the_known_keys() -> None:
    with pytest.raises(PluginSettingsError, match=r"sitemapp.*known keys are exclude, nojekyll"):
        publishing_settings({"PUBLISHING": {"sitemapp": "x.xml"}})


def test_a_published_build_writes_the_host_files(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_tree(
        content,
        {
            "dossiers/d.md": article("D", summary="S"),
            "articles/d/a.md": article("A", date="2024-10-24", source="Outlet"),
            "articles/d/b.md": article("Undated", source="Outlet"),
        },
    )
    site = build_published(tmp_path / "output", "https://u.github.io/repo", content=content)
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://u.github.io/repo/articles/d/a/</loc>" in sitemap
    assert "<loc>https://u.github.io/repo/dossiers/d/</loc>" in sitemap
    assert "404" not in sitemap
    assert (site.output / ".nojekyll").exists()
    # Undated articles stay on the site but never reach a feed with a placeholder date.
    feed = (site.output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "articles/d/a/" in feed and "articles/d/b/" not in feed and "1970" not in feed


def test_pages_from_a_previous_run_are_not_carried_over(tmp_path: Path) -> None:
    """The page list is emptied per run, so a second build lists only its own pages."""
    first = tmp_path / "one"
    write_tree(first, {"articles/d/a.md": article("A", date="2024-10-24")})
    build_published(tmp_path / "out1", "https://x.org", content=first)
    second = tmp_path / "two"
    write_tree(second, {"articles/e/b.md": article("B", date="2024-10-25")})
    site = build_published(tmp_path / "out2", "https://x.org", content=second)
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "articles/e/b/" in sitemap and "articles/d/a/" not in sitemap


def test_a_local_build_after_a_published_one_gets_no_host_files(tmp_path: Path) -> None:
    """Signal handlers stay connected in one process; only runs listing the plugin use them."""
    content = tmp_path / "content"
    write_tree(content, {"articles/d/a.md": article("A", date="2024-10-24")})
    build_published(tmp_path / "published", "https://x.org", content=content)
    local = build_site(tmp_path / "local", content=content)
    assert not (local.output / ".nojekyll").exists()
    assert not (local.output / "sitemap.xml").exists()
