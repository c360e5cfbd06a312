"""Value objects for a dossier and its outlets, computed once per build."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def article_date(article: Any) -> dt.datetime | None:
    """The article's publication date, or None when the text and the curator gave none."""
    return article.date if getattr(article, "date_known", True) else None


def sort_by_date(articles: list[Any]) -> list[Any]:
    """Date order, oldest first; undated articles last, then by slug for a stable order."""

    def key(article: Any) -> tuple[int, str, str]:
        date = article_date(article)
        return (date is None, date.isoformat() if date else "", article.slug)

    return sorted(articles, key=key)


UNKNOWN_OUTLET = "Unknown outlet"


def count_independent(articles: list[Any]) -> int:
    """Articles that are not republications of another outlet's story."""
    return sum(1 for a in articles if getattr(a, "republication_of", None) is None)


def outlet_of(article: Any) -> str:
    return str(getattr(article, "source", None) or UNKNOWN_OUTLET)


@dataclass
class OutletRow:
    """An outlet with its articles: a line of a dossier's outlets table, or a site-wide page."""

    name: str
    articles: list[Any] = field(default_factory=list)
    url: str = ""  # its page, when the site has one
    save_as: str = ""

    @property
    def independent(self) -> int:
        return count_independent(self.articles)

    @property
    def count(self) -> int:
        return len(self.articles)

    @property
    def first(self) -> dt.datetime | None:
        dates = [d for d in map(article_date, self.articles) if d]
        return min(dates) if dates else None

    @property
    def last(self) -> dt.datetime | None:
        dates = [d for d in map(article_date, self.articles) if d]
        return max(dates) if dates else None


@dataclass
class Dossier:
    """A story: its curator's definition and every article that names it."""

    slug: str
    title: str
    url: str
    save_as: str
    summary: str = ""  # HTML
    body: str = ""  # HTML
    status: str = "ongoing"
    definition_path: str | None = None
    articles: list[Any] = field(default_factory=list)
    timeline_svg: str = ""
    legend: list[tuple[str, str]] = field(default_factory=list)  # (outlet, colour)
    feed_url: str = ""
    export_url: str = ""

    @property
    def dated_articles(self) -> list[Any]:
        return [a for a in self.articles if article_date(a)]

    @property
    def first_date(self) -> dt.datetime | None:
        dated = self.dated_articles
        return article_date(dated[0]) if dated else None

    @property
    def last_date(self) -> dt.datetime | None:
        dated = self.dated_articles
        return article_date(dated[-1]) if dated else None

    @property
    def outlets(self) -> list[OutletRow]:
        """Outlets by number of articles, then name; unknown outlets grouped last."""
        return group_by_outlet(self.articles)

    @property
    def independent_reports(self) -> int:
        return count_independent(self.articles)


def group_by_outlet(articles: list[Any]) -> list[OutletRow]:
    """Outlets by number of articles, then name; articles whose outlet is unknown go last."""
    rows: dict[str, OutletRow] = {}
    for article in articles:
        name = outlet_of(article)
        rows.setdefault(name, OutletRow(name)).articles.append(article)
    return sorted(rows.values(), key=lambda r: (r.name == UNKNOWN_OUTLET, -r.count, r.name.lower()))
