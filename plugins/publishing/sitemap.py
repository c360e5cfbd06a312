"""Pure functions that turn the list of written pages into sitemap.xml and robots.txt.

Kept apart from the signal handlers so they can be tested without building a site.
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def page_url(relative_path: str) -> str:
    """The public URL path of an output file: ``a/b/index.html`` is served as ``a/b/``."""
    if relative_path == "index.html":
        return ""
    if relative_path.endswith("/index.html"):
        return relative_path[: -len("index.html")]
    return relative_path


def absolute(siteurl: str, path: str) -> str:
    """Join SITEURL and a site path; with no SITEURL the URL is root-relative."""
    return f"{siteurl.rstrip('/')}/{path}"


def render_sitemap(siteurl: str, paths: Iterable[str]) -> str:
    """A sitemap listing each page once, sorted so that the same site gives the same bytes.

    No ``<lastmod>``: it would have to come from the build time (not reproducible) or from
    article dates, which say when the outlet published, not when our page changed.
    """
    urls = sorted({page_url(p) for p in paths})
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NS}">']
    lines += [f"  <url><loc>{escape(absolute(siteurl, u))}</loc></url>" for u in urls]
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def render_robots(siteurl: str, sitemap_name: str | None) -> str:
    """Allow every crawler; name the sitemap only when its URL can be absolute, as required."""
    lines = ["User-agent: *", "Allow: /"]
    if sitemap_name and siteurl.startswith(("http://", "https://")):
        lines.append(f"Sitemap: {absolute(siteurl, sitemap_name)}")
    return "\n".join(lines) + "\n"
