"""A small crawler for the served site: every page, asset, feed link and fragment anchor.

It only ever requests URLs under the site's base URL on 127.0.0.1; a link to anywhere else
is recorded as external and never fetched. Fragments are checked against the ids (and
``<a name>``) of the target page, so ``…/#p-3`` and quote anchors must really exist.
"""

from __future__ import annotations

import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Every attribute through which a page links to or loads another URL.
LINK_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src",),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "iframe": ("src",),
    "form": ("action",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
}
SKIPPED_SCHEMES = {"mailto", "tel", "data", "javascript"}


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes


@dataclass
class Crawl:
    """What the crawl found: every fetched URL, and the problems, each naming its source."""

    base: str
    responses: dict[str, Response] = field(default_factory=dict)
    ids: dict[str, set[str]] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)  # (from page, to URL)
    external: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def internal(self, url: str) -> bool:
        return url == self.base or url.startswith(self.base + "/")

    @property
    def pages(self) -> list[str]:
        return sorted(u for u, r in self.responses.items() if r.content_type == "text/html")


def fetch(url: str) -> Response:
    """GET ``url``; an HTTP error is a response with its status, not an exception."""
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:  # only ever 127.0.0.1
            kind = reply.headers.get_content_type()
            return Response(reply.status, kind, reply.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, "", b"")


def html_links(page_url: str, body: bytes) -> tuple[list[str], set[str]]:
    """The absolute URLs a page links to, and the fragment targets (ids) it defines."""
    soup = BeautifulSoup(body, "html.parser")
    base_tag = soup.find("base", href=True)
    base = urljoin(page_url, str(base_tag["href"])) if base_tag else page_url
    urls = []
    for tag, attributes in LINK_ATTRIBUTES.items():
        for element in soup.find_all(tag):
            urls += [urljoin(base, str(element[a]).strip()) for a in attributes if element.get(a)]
    for element in soup.find_all(["img", "source"], srcset=True):
        urls += [urljoin(base, c.split()[0]) for c in str(element["srcset"]).split(",") if c]
    ids = {str(e["id"]) for e in soup.find_all(id=True)}
    ids |= {str(e["name"]) for e in soup.find_all("a", attrs={"name": True})}
    return urls, ids


def xml_links(body: bytes) -> list[str]:
    """The URLs an Atom feed or a sitemap points at (feed links, entry links, sitemap locs)."""
    root = ET.fromstring(body)
    urls = [str(e.get("href")) for e in root.iter(f"{ATOM}link") if e.get("href")]
    urls += [str(e.text).strip() for e in root.iter(f"{SITEMAP}loc") if e.text]
    return urls


def crawl(base: str, start: list[str]) -> Crawl:
    """Fetch everything reachable from ``start`` under ``base``, then check every fragment."""
    result = Crawl(base.rstrip("/"))
    queue = deque(start)
    while queue:
        url = queue.popleft()
        if url in result.responses:
            continue
        response = result.responses[url] = fetch(url)
        if response.status != 200:
            continue
        found: list[str] = []
        if response.content_type == "text/html":
            found, result.ids[url] = html_links(url, response.body)
        elif response.content_type in {"application/xml", "text/xml", "application/atom+xml"}:
            found = xml_links(response.body)
        for link in found:
            result.links.append((url, link))
            target, _ = urldefrag(link)
            if urlsplit(target).scheme in SKIPPED_SCHEMES:
                continue
            if result.internal(target):
                queue.append(target)
            else:
                result.external.add(target)
    _check(result)
    return result


def _check(result: Crawl) -> None:
    """Record broken targets, links that leave the subpath, and missing fragment anchors."""
    for source, link in result.links:
        target, fragment = urldefrag(link)
        scheme = urlsplit(target).scheme
        if scheme in SKIPPED_SCHEMES:
            continue
        if not result.internal(target):
            if urlsplit(target).hostname in {"127.0.0.1", "localhost"}:
                result.problems.append(f"{source}: {link} is outside the site's subpath")
            continue
        response = result.responses[target]
        if response.status != 200:
            result.problems.append(f"{source}: {link} answers {response.status}")
        elif fragment and fragment not in result.ids.get(target, set()):
            result.problems.append(f"{source}: {link} has no element with id '{fragment}'")
