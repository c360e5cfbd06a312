"""Count entities per dossier and site-wide, then write one page per entity.

Runs after the dossiers plugin's generator (PLUGINS order). The entity index (built-in
gazetteers + the curator file) is built once per run on the generator, never kept at module
level, so ``make devserver`` picks up edits to ``content/entities.yml``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from dossier.article_cache import ArticleCache, content_key
from dossier.entities import (
    Entity,
    EntityCount,
    EntityIndex,
    EntityTally,
    Mention,
    extract_entities,
    resolve_names,
)
from dossier.errors import UserError, shown_path
from dossier.ingest.article_file import article_body
from dossier.parallel import Ahead, entities_of_files, start
from dossier.pelican_support import url_settings, write_page

log = logging.getLogger(__name__)

CURATOR_FILE = "entities.yml"  # in the content folder
# The parts of the library extraction runs (the extractor, and article_body that feeds it):
# an edit anywhere else keeps the cache.
SOURCES = ("entities", "errors.py", "ingest/article_file.py", "wordtokens.py")
KIND_LABELS = {"person": "People", "organisation": "Organisations", "country": "Countries"}
# Aggregator pages list entities in these front-matter fields (see dossier.cleaning).
LISTED_FIELDS = {"persons": "person", "organizations": "organisation", "countries": "country"}
AHEAD_KEY = "_entity_extraction"  # in Pelican's context: the extraction started early
DEFAULT_URLS = {
    "ENTITY_URL": "entities/{slug}/",
    "ENTITY_SAVE_AS": "entities/{slug}/index.html",
    "ENTITIES_URL": "entities/",
    "ENTITIES_SAVE_AS": "entities/index.html",
}


@dataclass
class EntityPage:
    """One entity across the site: its articles by dossier."""

    entity: Entity
    url: str
    save_as: str
    mentions: int = 0
    articles: list[Any] = field(default_factory=list)
    dossiers: list[tuple[Any, int]] = field(default_factory=list)  # (dossier, mentions)
    # (url, article) by dossier slug, in ``articles`` order: the page lists each dossier's
    # articles without scanning all of them per dossier, and without Pelican formatting
    # ``article.url`` again for every link (a country's page links thousands of articles).
    by_dossier: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return KIND_LABELS[self.entity.kind]


@dataclass
class EntityRow:
    """An entity within one dossier (or one article): its page and how often it is named."""

    page: EntityPage
    mentions: int
    articles: int


def listed_entities(metadata: dict[str, Any], index: EntityIndex) -> list[Entity]:
    """Entities an aggregator page lists in its metadata, resolved to the same entities."""
    aggregator = metadata.get("aggregator") or {}
    listed: list[Entity] = []
    for field_name, kind in LISTED_FIELDS.items():
        names = [str(n) for n in aggregator.get(field_name) or []]
        listed.extend(resolve_names(names, index, kind=kind))  # type: ignore[arg-type]
    return listed


class EntityGenerator(Generator):  # type: ignore[misc]
    """Builds the entity tallies in the context phase, writes entity pages afterwards."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.urls = url_settings(self.settings, DEFAULT_URLS)
        self.pages: dict[str, EntityPage] = {}

    def generate_context(self) -> None:
        extraction = self.context.pop(AHEAD_KEY, None)
        if not isinstance(extraction, Extraction):
            extraction = Extraction.begin(self.settings, self.path, self.context)
        index, cache = extraction.index, extraction.cache
        extraction.ahead.collect()
        site = EntityTally(index)
        per_dossier: dict[str, EntityTally] = {}
        per_article: dict[str, list[tuple[str, int]]] = {}
        articles = {a.url: a for a in self.context.get("articles", [])}
        for url, article in articles.items():
            listed = extraction.listed(article)
            try:
                mentions = _mentions(Path(article.source_path), index, listed, cache)
            except (OSError, UnicodeDecodeError) as error:
                log.warning(
                    "%s: entities not extracted: %s", shown_path(article.source_path), error
                )
                continue
            site.add(url, mentions, listed=listed)
            per_dossier.setdefault(article.dossier, EntityTally(index)).add(
                url, mentions, listed=listed
            )
            counts: dict[str, int] = {}
            for mention in mentions:
                counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
            for entity in listed:
                counts.setdefault(entity.id, 1)
            per_article[url] = sorted(counts.items())
        cache.save()
        for count in site.entities():
            self.pages[count.entity.id] = self._page(count, articles)
        for dossier in self.context.get("dossiers", []):
            tally = per_dossier.get(dossier.slug)
            rows = [self._row(c, site) for c in tally.entities()] if tally else []
            dossier.entity_groups = _grouped(rows)
            for row in rows:
                row.page.dossiers.append((dossier, row.mentions))
        for url, pairs in per_article.items():
            merged: dict[str, int] = {}
            for entity_id, n in pairs:
                target = site.canonical_id(entity_id)
                merged[target] = merged.get(target, 0) + n
            rows = [EntityRow(self.pages[i], n, 1) for i, n in merged.items() if i in self.pages]
            articles[url].entity_links = _grouped(rows)
        self.context["entity_pages"] = sorted(
            self.pages.values(), key=lambda p: (p.entity.kind, -p.mentions, p.entity.name)
        )
        self.context["entity_groups"] = _grouped(
            [EntityRow(p, p.mentions, len(p.articles)) for p in self.pages.values()]
        )
        self._link_speakers(index, site)

    def _page(self, count: EntityCount, articles: dict[str, Any]) -> EntityPage:
        slug = count.entity.id
        page = EntityPage(
            entity=count.entity,
            url=self.urls["ENTITY_URL"].format(slug=slug),
            save_as=self.urls["ENTITY_SAVE_AS"].format(slug=slug),
            mentions=count.mentions,
        )
        linked = sorted(
            ((url, articles[url]) for url in count.article_ids if url in articles),
            key=lambda pair: (pair[1].dossier, pair[1].date, pair[1].slug),
        )
        page.articles = [article for _, article in linked]
        for url, article in linked:
            page.by_dossier.setdefault(article.dossier, []).append((url, article))
        return page

    def _row(self, count: EntityCount, site: EntityTally) -> EntityRow:
        page = self.pages[site.canonical_id(count.entity.id)]
        return EntityRow(page, count.mentions, count.articles)

    def _link_speakers(self, index: EntityIndex, site: EntityTally) -> None:
        """Give each speaker page the entity page of the same person, when there is one."""
        for speaker in self.context.get("speakers", []):
            entity = index.lookup(speaker.name, kind="person")
            page = self.pages.get(site.canonical_id(entity.id)) if entity else None
            speaker.entity_page = page

    def generate_output(self, writer: Any) -> None:
        for page in self.context["entity_pages"]:
            write_page(self, writer, "entity", page.save_as, page.url, entity_page=page)
        write_page(
            self,
            writer,
            "entities",
            self.urls["ENTITIES_SAVE_AS"],
            self.urls["ENTITIES_URL"],
            page_name="entities",
        )


def _key(path: Path, present: list[str]) -> str:
    """An article's cache key: its file's bytes and the ids of the entities it lists."""
    return content_key(path.read_bytes() + "\0".join(["", *present]).encode())


def _cache(settings: dict[str, Any], curator: Path) -> ArticleCache:
    """Extraction results depend on the article, the library and the curator's file."""
    try:
        curated = curator.read_bytes()
    except OSError:
        curated = b""  # no file (or an unreadable one): the built-in gazetteers alone
    return ArticleCache.for_settings(settings, "entities", [curated], SOURCES)


def _index(curator: Path) -> tuple[EntityIndex, str | None]:
    """The index, and the curator file it was built with (None: the built-ins alone)."""
    try:
        return EntityIndex.load(curator), str(curator)
    except UserError as error:
        log.error("%s; the built-in gazetteers are used without it", error)
        return EntityIndex.load(None), None


@dataclass
class Extraction:
    """The entity index of a build, its cache, and the extraction of the articles' mentions
    the cache lacks, started on the other cores."""

    index: EntityIndex
    cache: ArticleCache
    ahead: Ahead
    listed_of: dict[int, list[Entity]]  # by id() of the article

    @classmethod
    def begin(cls, settings: dict[str, Any], path: str, context: dict[str, Any]) -> Extraction:
        """Load the index and start extracting the mentions of ``context["articles"]``."""
        curator_path = Path(path) / CURATOR_FILE
        index, curator = _index(curator_path)
        cache = _cache(settings, curator_path)
        articles = context.get("articles", [])
        listed_of = {id(a): listed_entities(a.metadata, index) for a in articles}
        jobs = []
        for article in articles:
            present = [e.id for e in listed_of[id(article)]]
            try:
                key = _key(Path(article.source_path), present)
            except OSError:
                continue  # left to _mentions, which reports it
            jobs.append((key, (str(article.source_path), present)))
        ahead = start(cache, jobs, entities_of_files, curator, owner=context)
        return cls(index, cache, ahead, listed_of)

    def listed(self, article: Any) -> list[Entity]:
        """The entities ``article`` lists (computed again for an article added since)."""
        listed = self.listed_of.get(id(article))
        return listed if listed is not None else listed_entities(article.metadata, self.index)


def start_ahead(generator: Any) -> None:
    """Once the articles are read, start extracting their mentions on the other cores: the
    main process builds the dossiers and merges the quotes meanwhile, and
    :meth:`EntityGenerator.generate_context` collects them."""
    generator.context[AHEAD_KEY] = Extraction.begin(
        generator.settings, generator.path, generator.context
    )


def _mentions(
    path: Path, index: EntityIndex, listed: list[Entity], cache: ArticleCache
) -> list[Mention]:
    """The article's mentions, extracted only when its file (or what it lists) changed."""
    present = [e.id for e in listed]
    key = _key(path, present)
    found = cache.get_or_compute(
        key, lambda: extract_entities(article_body(path), index, present=present)
    )
    return list(found)


def _grouped(rows: list[EntityRow]) -> list[tuple[str, list[EntityRow]]]:
    """Rows by kind (people, organisations, countries), most mentioned first."""
    groups = []
    for kind, label in KIND_LABELS.items():
        of_kind = [r for r in rows if r.page.entity.kind == kind]
        of_kind.sort(key=lambda r: (-r.mentions, r.page.entity.name))
        if of_kind:
            groups.append((label, of_kind))
    return groups


def get_generators(pelican: Any) -> type[EntityGenerator]:
    return EntityGenerator


def register() -> None:
    """Pelican plugin entry point."""
    signals.get_generators.connect(get_generators)
    signals.article_generator_finalized.connect(start_ahead)
