"""Signal handlers and the generator that writes dossier and outlet pages.

Computation happens in the context phase (every article is known by then); pages, feeds and
exports are written in ``generate_output``. All state lives on the generator instance, which
Pelican creates anew for each run, so ``make devserver`` rebuilds never see stale dossiers.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path, PurePosixPath
from typing import Any

from pelican import signals
from pelican.contents import Article, Page
from pelican.generators import Generator

from dossier.article_cache import ArticleCache, content_key
from dossier.errors import shown_path
from dossier.ingest.article_file import article_body, is_edited
from dossier.parallel import Ahead, prints_of_files, start
from dossier.pelican_support import article_files, write_json, write_page
from dossier.slugs import slugify
from dossier.syndication import fingerprints, republications_of_prints

from .exports import dossier_export
from .filters import add_filters
from .model import (
    UNKNOWN_OUTLET,
    Dossier,
    OutletRow,
    article_date,
    group_by_outlet,
    outlet_of,
    sort_by_date,
)
from .settings import dossier_settings
from .timeline import legend_colours, render_svg
from .unwritten import skip_unwritten_listings

log = logging.getLogger(__name__)

# The parts of the library republication fingerprints come from: an edit elsewhere keeps them.
SOURCES = ("syndication.py", "ingest/article_file.py")
AHEAD_KEY = "_republication_prints"  # in Pelican's context: the fingerprints started early

# Stands in for a missing publication date so Pelican keeps the article; templates test
# ``article.date_known`` and show "date unknown" instead. Nothing is invented for the reader:
# feeds, timelines and date ranges leave such articles out.
UNKNOWN_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def dossier_slug_for(article: Article) -> str:
    """The dossier an article belongs to: its front matter, else its folder under articles/."""
    named = article.metadata.get("dossier")
    if isinstance(named, str) and slugify(named):
        return slugify(named)
    parts = PurePosixPath(article.relative_source_path).parts
    if len(parts) >= 3 and parts[0] == "articles":
        return slugify(parts[1]) or "unsorted"
    return "unsorted"


def prepare_article(content: Any) -> None:
    """Fill what URLs and templates rely on before Pelican validates the article."""
    if not isinstance(content, Article):
        return
    slug = dossier_slug_for(content)
    content.dossier = slug
    content.metadata["dossier"] = slug
    content.date_known = hasattr(content, "date")
    if not content.date_known:
        content.date = UNKNOWN_DATE
        content.locale_date = "date unknown"
    content.republication_of = None
    generated = "ingest_hash" in content.metadata
    content.provenance = {
        "generated": generated,
        "edited": generated and is_edited(Path(content.source_path)),
    }


class DossierGenerator(Generator):  # type: ignore[misc]
    """Builds dossiers and outlets from the articles, then writes their pages and exports."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = dossier_settings(self.settings)
        self.dossiers: list[Dossier] = []
        self.outlets: list[OutletRow] = []

    # -- context phase ---------------------------------------------------------------------

    def generate_context(self) -> None:
        articles = self.context.get("articles", [])
        _separate_duplicate_slugs(articles)
        by_slug = self._read_definitions()
        for article in articles:
            if article.dossier not in by_slug:
                self._warn_undefined(article)
                title = article.dossier.replace("-", " ").capitalize()
                by_slug[article.dossier] = self._dossier(article.dossier, title)
            by_slug[article.dossier].articles.append(article)
        ahead = self.context.pop(AHEAD_KEY, None)
        if isinstance(ahead, Ahead):
            ahead.collect()
            cache = ahead.cache
        else:
            cache = _prints_cache(self.settings)
        for dossier in by_slug.values():
            dossier.articles = sort_by_date(dossier.articles)
            mark_republications(dossier.articles, cache)
            self._add_timeline(dossier)
        cache.save()
        self.dossiers = sorted(by_slug.values(), key=_recent_first)
        self.outlets = self._site_outlets(articles)
        self.context["dossiers"] = self.dossiers
        self.context["dossiers_by_slug"] = by_slug
        self.context["outlets"] = self.outlets
        self.context["outlets_by_name"] = {o.name: o for o in self.outlets}
        for article in articles:
            article.dossier_page = by_slug[article.dossier]
        _freeze_urls(articles)

    def _warn_undefined(self, article: Article) -> None:
        log.warning(
            "%s: names dossier '%s', which has no definition; create %s/%s/%s.md with a title "
            "and summary (the dossier is built from its slug meanwhile)",
            shown_path(article.source_path),
            article.dossier,
            shown_path(self.path),
            self.options["path"],
            article.dossier,
        )

    def _dossier(self, slug: str, title: str) -> Dossier:
        url = self.settings["DOSSIER_URL"].format(slug=slug)
        return Dossier(
            slug=slug,
            title=title,
            url=url,
            save_as=self.settings["DOSSIER_SAVE_AS"].format(slug=slug),
            feed_url=f"{url}atom.xml",
            export_url=f"{url}articles.json",
        )

    def _read_definitions(self) -> dict[str, Dossier]:
        """Read content/dossiers/*.md with the site's reader; a broken one is logged."""
        folder = Path(self.path) / self.options["path"]
        definitions: dict[str, Dossier] = {}
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            relative = path.relative_to(self.path).as_posix()
            try:
                page = self.readers.read_file(
                    base_path=self.path, path=relative, content_class=Page, context=self.context
                )
            except Exception:  # the reader has logged why; Pelican's own loop goes on too
                log.error("Could not process dossier definition %s", shown_path(path))
                continue
            slug = slugify(path.stem)
            dossier = self._dossier(slug, getattr(page, "title", path.stem))
            dossier.summary = page.metadata.get("summary") or ""
            dossier.body = page.content
            dossier.status = str(page.metadata.get("state") or "ongoing")
            dossier.definition_path = relative
            definitions[slug] = dossier
        return definitions

    def _add_timeline(self, dossier: Dossier) -> None:
        outlets = [row.name for row in dossier.outlets]
        dated = [(d.date(), outlet_of(a)) for a in dossier.articles if (d := article_date(a))]
        dossier.timeline_svg = render_svg(dated, outlets, f"Coverage of {dossier.title}")
        colours = legend_colours(outlets)
        dossier.legend = [(o, colours[o]) for o in outlets if any(o == s for _, s in dated)]

    def _site_outlets(self, articles: list[Article]) -> list[OutletRow]:
        rows = group_by_outlet(articles)
        for row in rows:
            row.articles = sort_by_date(row.articles)
            if row.name == UNKNOWN_OUTLET:
                continue  # not an outlet: no page of its own
            slug = slugify(row.name) or "outlet"
            row.url = self.settings["OUTLET_URL"].format(slug=slug)
            row.save_as = self.settings["OUTLET_SAVE_AS"].format(slug=slug)
        return rows

    # -- output phase ----------------------------------------------------------------------

    def generate_output(self, writer: Any) -> None:
        for dossier in self.dossiers:
            write_page(
                self,
                writer,
                self.options["template"],
                dossier.save_as,
                dossier.url,
                dossier=dossier,
            )
            self._write_exports(writer, dossier)
        for outlet in (o for o in self.outlets if o.save_as):
            write_page(self, writer, "outlet", outlet.save_as, outlet.url, outlet=outlet)
        write_page(
            self,
            writer,
            "outlets",
            self.settings["OUTLETS_SAVE_AS"],
            self.settings["OUTLETS_URL"],
            page_name="outlets",
        )

    def _write_exports(self, writer: Any, dossier: Dossier) -> None:
        siteurl = self.settings.get("SITEURL", "") if not self.settings["RELATIVE_URLS"] else ""
        output = Path(self.output_path)
        write_json(output / dossier.export_url, dossier_export(dossier, siteurl))
        dated = [a for a in reversed(dossier.articles) if article_date(a)]
        writer.write_feed(
            dated,
            self.context,
            path=dossier.feed_url,
            url=dossier.feed_url,
            feed_title=dossier.title,
        )


def mark_republications(articles: list[Article], cache: ArticleCache | None = None) -> None:
    """Mark the later copies of one wire story as republications of the earliest; each
    body's shingle fingerprints are taken from ``cache`` when its file is unchanged."""
    prints = []
    for article in articles:
        try:
            found = _body_prints(Path(article.source_path), cache)
        except (OSError, UnicodeDecodeError):
            continue  # unreadable now: the reader has already said why
        prints.append((article.source_path, article_date(article), found))
    by_path = {a.source_path: a for a in articles}
    for found_copy in republications_of_prints(prints):
        by_path[found_copy.copy].republication_of = by_path[found_copy.original]


def _body_prints(path: Path, cache: ArticleCache | None) -> frozenset[int]:
    if cache is None:
        return fingerprints(article_body(path))
    found: frozenset[int] = cache.get_or_compute(
        content_key(path.read_bytes()), lambda: fingerprints(article_body(path))
    )
    return found


def _prints_cache(settings: dict[str, Any]) -> ArticleCache:
    return ArticleCache.for_settings(settings, "republications", sources=SOURCES)


def start_ahead(generator: Any) -> None:
    """When the articles generator is created, before it reads a file, start taking the
    fingerprints of its files on the other cores, for :func:`mark_republications`."""
    cache = _prints_cache(generator.settings)
    jobs = []
    for path in article_files(generator):
        try:
            jobs.append((content_key(path.read_bytes()), str(path)))
        except OSError:
            continue  # left to mark_republications
    generator.context[AHEAD_KEY] = start(cache, jobs, prints_of_files, owner=generator.context)


def _separate_duplicate_slugs(articles: list[Article]) -> None:
    """Two articles with one URL would overwrite each other: keep both, and say so.

    The later one (by source path, so every build picks the same) gets ``-2``, ``-3``…
    """
    seen: dict[tuple[str, str], Article] = {}
    for article in sorted(articles, key=lambda a: a.source_path):
        key = (article.dossier, article.slug)
        if key not in seen:
            seen[key] = article
            continue
        n = 2
        while (article.dossier, f"{article.slug}-{n}") in seen:
            n += 1
        new_slug = f"{article.slug}-{n}"
        log.warning(
            "%s: slug '%s' is already used in dossier '%s' by %s; built as '%s' — rename one "
            "of the files (or set 'slug:') to choose",
            shown_path(article.source_path),
            article.slug,
            article.dossier,
            shown_path(seen[key].source_path),
            new_slug,
        )
        article.slug = new_slug
        seen[(article.dossier, new_slug)] = article


def _freeze_urls(articles: list[Article]) -> None:
    """Fix each article's URL now that its slug is final.

    Pelican formats ``article.url`` from the settings on every access (a copy of the metadata,
    a relative path); pages, lists and exports ask for it tens of times per article. Its
    ``override_url`` holds the same string, computed once. (``save_as`` is left alone: it is
    read once, and Pelican takes an ``override_save_as`` as leave to overwrite another page.)
    """
    for article in articles:
        article.override_url = article.url


def _recent_first(dossier: Dossier) -> tuple[bool, float, str]:
    last = dossier.last_date
    return (last is None, -(last.timestamp() if last else 0.0), dossier.slug)


def drop_undated_from_feed(context: Any, feed: Any) -> None:
    """Leave undated articles out of every feed (the site's too): a reader would see 1970."""
    feed.items[:] = [item for item in feed.items if item.get("pubdate") != UNKNOWN_DATE]


def get_generators(pelican: Any) -> type[DossierGenerator]:
    return DossierGenerator


def register() -> None:
    """Pelican plugin entry point."""
    signals.generator_init.connect(add_filters)
    signals.content_object_init.connect(prepare_article)
    signals.get_generators.connect(get_generators)
    signals.article_generator_init.connect(start_ahead)
    signals.article_generator_init.connect(skip_unwritten_listings)
    signals.feed_generated.connect(drop_undated_from_feed)
