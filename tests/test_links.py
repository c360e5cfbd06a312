"""Every link of the published site works under a project-page subpath.

The site is built with publishconf.py and SITEURL ``http://127.0.0.1:PORT/dossier-site``,
served there, and crawled from the home page, the sitemap, the feeds and every HTML file in
the output: no broken page, asset or feed link, no link that forgets the subpath, and no
fragment (``#p-3``, a quote anchor) missing on its target page.
"""

from __future__ import annotations

from pathlib import Path

from tests.crawl import crawl
from tests.published import PublishedSite
from tests.serve import serve


def output_urls(site: PublishedSite, suffixes: tuple[str, ...]) -> list[str]:
    """The served URL of each output file with one of ``suffixes`` (index.html as its folder)."""
    urls = []
    for relative in site.files():
        if relative.endswith(suffixes):
            path = (
                relative.removesuffix("index.html") if relative.endswith("index.html") else relative
            )
            urls.append(f"{site.base_url}/{path}")
    return urls


def test_no_broken_link_asset_feed_link_or_anchor(published: PublishedSite) -> None:
    start = [f"{published.base_url}/", f"{published.base_url}/sitemap.xml"]
    start += output_urls(published, (".html", ".xml"))
    result = crawl(published.base_url, start)
    assert result.problems == []
    pages = output_urls(published, (".html",))
    assert set(pages) <= set(result.pages), "some HTML files were not served as pages"
    # The crawl really followed links: assets and article paragraphs were reached.
    assert any(url.endswith(".css") for url in result.responses)
    assert any("#p-" in link for _, link in result.links)


def test_every_page_is_reachable_from_the_home_page(published: PublishedSite) -> None:
    """Only the 404 page may be an orphan: a reader must be able to click to everything else."""
    result = crawl(published.base_url, [f"{published.base_url}/"])
    orphans = set(output_urls(published, (".html",))) - set(result.pages)
    assert orphans == {f"{published.base_url}/404.html"}


def test_the_crawler_reports_each_kind_of_broken_link(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a> <a href="missing/">404</a> <a href="a/#here">anchor</a>'
        ' <a href="a/#nowhere">bad anchor</a> <a href="/a/">outside the subpath</a>'
        ' <img src="gone.png" alt=""> <a href="https://example.org/">external</a>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "index.html").write_text('<p id="here">x</p>', encoding="utf-8")
    with serve(tmp_path) as base:
        result = crawl(base, [f"{base}/"])
    problems = "\n".join(result.problems)
    assert len(result.problems) == 4, problems
    for needle in ("missing/ answers 404", "'nowhere'", "outside the site's subpath", "gone.png"):
        assert needle in problems
    assert "https://example.org/" in result.external
