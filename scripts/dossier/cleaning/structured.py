"""Stage 4 for HTML: the metadata a saved page states about itself in its markup.

Publishers write their own headline, date and author into the page for search engines and
social networks (JSON-LD ``NewsArticle``, Open Graph ``og:title``, ``article:published_time``,
``<meta name="author">``, ``<time datetime>``). These are far more reliable than any text
heuristic, so they come first; trafilatura's guesses only fill the gaps. Dates stay
conservative: the publication date, never the modification or crawl date, and nothing at all
rather than a date read from somewhere else on the page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from dossier.cleaning.dates import find_dates

# JSON-LD types that describe the page's own article (not its publisher or breadcrumbs).
_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "techarticle",
    "scholarlyarticle",
    "webpage",
    "medicalwebpage",
    "posting",
    "socialmediaposting",
    "liveblogposting",
    "howto",
    "recipe",
    "review",
}
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PageMetadata:
    """What the markup says about the article; ``None`` where it says nothing."""

    title: str | None = None
    headline: str | None = None  # the page's single <h1>, the headline readers see
    date: dt.date | None = None
    author: str | None = None
    sitename: str | None = None


def read_page_metadata(data: bytes | str) -> PageMetadata:
    """Parse the saved page once and read its own statements about the article."""
    try:
        tree = lxml_html.fromstring(data)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return PageMetadata()
    metas = _meta_tags(tree)
    ld_items = list(_json_ld_articles(tree))
    return PageMetadata(
        title=_first_text(
            [item.get("headline") for item in ld_items] + [metas.get("og:title")],
        ),
        headline=_single_h1(tree),
        date=_published_date(tree, metas, ld_items),
        author=_author(metas, ld_items),
        sitename=_first_text([metas.get("og:site_name")]),
    )


# Elements after which a browser starts a new line: copying a page breaks lines there.
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "time",
    ]
)
# Never on screen as text. A closed drop-down list shows one choice, not its hundreds of options
# (countries, states): as lines they outweighed the article on a few of the WCXB dev pages and
# moved the main block off it (body word F1 +0.001, three pages up, none down).
_INVISIBLE_TAGS = frozenset(
    ("script", "style", "noscript", "template", "svg", "head", "select", "datalist")
)
# A picture's caption. Articles rarely count their captions as text: on the 793 WCXB dev pages,
# of the visible lines trafilatura had dropped that came back inside the article, <figcaption>
# lines held 7,700 words that are not the article's and 600 that are. Leaving them out of the
# visible page keeps them out of the restored passages and out of the fallback body (body F1
# +0.0013, both halves). Caption classes ("wp-caption", "photo-caption") added 0.0001 but
# also hid datelines styled as captions.
_CAPTION_TAG = "figcaption"


def visible_text(data: bytes | str) -> str:
    """The page's text as a browser copy would give it: one line per block element.

    Picture captions are left out (see _CAPTION_TAG).

    Lets the text pipeline's header reader (headline, byline, dateline cluster) run on a
    saved page, where the visible dateline is the date a reader cites.
    """
    try:
        tree = lxml_html.fromstring(data)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    parts: list[str] = []
    _collect_text(tree, parts)
    return "".join(parts)


def _collect_text(element: Any, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _INVISIBLE_TAGS or tag == _CAPTION_TAG or not tag:
        return
    block = tag in _BLOCK_TAGS
    if block:
        parts.append("\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _meta_tags(tree: Any) -> dict[str, str]:
    """``<meta>`` contents by lower-cased name, property or itemprop; the first one wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld_articles(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object whose type says it is the page's article."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        yield from (item for item in _walk(data) if _is_article(item))


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _walk(graph)
        main = data.get("mainEntity")
        if isinstance(main, dict | list):
            yield from _walk(main)


def _is_article(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _first_text(values: list[Any]) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return _SPACES.sub(" ", value).strip()
    return None


def _single_h1(tree: Any) -> str | None:
    """The page's headline when it has exactly one non-empty ``<h1>``."""
    texts = [_SPACES.sub(" ", h1.text_content()).strip() for h1 in tree.iter("h1")]
    texts = [text for text in texts if text]
    return texts[0] if len(set(texts)) == 1 else None


# Whether a stated modification date that the page shows may stand for the publication date.
# Off for the same reason as pubdate.UPDATE_DATE_IS_PUBLICATION: an update date is not when the
# article was published. On the WCXB dev HTML pages, turning it off cut wrong dates from 12% to
# 8% of dated answers for 2 points of date exact.
MODIFIED_DATE_IS_PUBLICATION = False


def _published_date(
    tree: Any, metas: dict[str, str], ld_items: list[dict[str, Any]]
) -> dt.date | None:
    """The stated publication date, preferring one the reader also sees on the page.

    A page states datePublished and dateModified and may show either under its headline; the
    modification date is not the publication date (see MODIFIED_DATE_IS_PUBLICATION). The
    pipeline drops a date no reader can see. The crawl date is never stated in these fields.
    """
    published = _stated_dates(tree, metas, ld_items, _PUBLISHED_META, "datePublished")
    modified = _stated_dates(tree, metas, ld_items, _MODIFIED_META, "dateModified")
    if not published and not modified:
        return None
    visible = _visible_dates(tree)
    for date in [*published, *modified] if MODIFIED_DATE_IS_PUBLICATION else published:
        if date in visible:
            return date
    return published[0] if published else None


def _stated_dates(
    tree: Any,
    metas: dict[str, str],
    ld_items: list[dict[str, Any]],
    meta_keys: tuple[str, ...],
    ld_key: str,
) -> list[dt.date]:
    values = [item.get(ld_key) for item in ld_items]
    values += [metas.get(key) for key in meta_keys]
    values += [
        time.get("datetime")
        for time in tree.iter("time")
        if (time.get("itemprop") or "").lower() == ld_key.lower()
    ]
    dates = [date for date in map(_iso_date, values) if date is not None]
    return list(dict.fromkeys(dates))


def _visible_dates(tree: Any) -> set[dt.date]:
    """Every date written in the page's visible text (scripts and styles excluded)."""
    found: set[dt.date] = set()
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if element.tag in ("script", "style", "noscript") or not isinstance(element.tag, str):
            continue
        for text in (element.text, element.tail):
            if text and _HAS_YEAR.search(text):
                found.update(item.date for item in find_dates(text))
    return found


def _iso_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return date if date <= dt.date.today() + dt.timedelta(days=1) else None


def _author(metas: dict[str, str], ld_items: list[dict[str, Any]]) -> str | None:
    """The JSON-LD author's name(s), else ``<meta name="author">`` when it reads as a name."""
    for item in ld_items:
        names = _author_names(item.get("author"))
        if names:
            return _join_names(names)
    for key in _AUTHOR_META:
        value = metas.get(key)
        if value and not value.startswith(("http", "@", "/")):
            return value.strip()
    return None


def _author_names(value: Any) -> list[str]:
    if isinstance(value, str):
        text = value.strip()
        return [] if not text or text.startswith(("http", "/")) else [text]
    if isinstance(value, dict):
        return _author_names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _author_names(item)]
    return []


def _join_names(names: list[str]) -> str:
    unique = list(dict.fromkeys(_SPACES.sub(" ", name).strip() for name in names))
    if len(unique) == 1:
        return unique[0]
    if len(unique) == 2:
        return f"{unique[0]} and {unique[1]}"
    return ", ".join(unique[:-1]) + f", and {unique[-1]}"
