"""Signal handlers and the generator that writes dossier pages.

Computation happens in the context phase (every article is known by then); pages are written
in ``generate_output``. All state lives on the generator instance, which Pelican creates anew
for each run, so ``make devserver`` rebuilds never see a previous run's dossiers.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path, PurePosixPath
from typing import Any

from pelican import signals
from pelican.contents import Article, Page
from pelican.generators import Generator
from pelican.utils import slugify

from dossier.errors import shown_path

from .model import Dossier, sort_by_date
from .settings import dossier_settings

log = logging.getLogger(__name__)

# Stands in for a missing publication date so Pelican keeps the article; templates test
# ``article.date_known`` and show "date unknown" instead. Nothing is invented for the reader.
UNKNOWN_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def dossier_slug_for(article: Article) -> str:
    """The dossier an article belongs to: its front matter, else its folder under articles/."""
    named = article.metadata.get("dossier")
    if isinstance(named, str) and named.strip():
        return str(slugify(named.strip(), regex_subs=article.settings["SLUG_REGEX_SUBSTITUTIONS"]))
    parts = PurePosixPath(article.relative_source_path).parts
    if len(parts) >= 3 and parts[0] == "articles":
        return parts[1]
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


class DossierGenerator(Generator):  # type: ignore[misc]
    """Builds the dossiers from the articles, then writes one page per dossier."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = dossier_settings(self.settings)
        self.dossiers: list[Dossier] = []

    def generate_context(self) -> None:
        definitions = self._read_definitions()
        by_slug: dict[str, Dossier] = {slug: d for slug, d in definitions.items()}
        for article in self.context.get("articles", []):
            slug = article.dossier
            if slug not in by_slug:
                log.warning(
                    "%s: names dossier '%s', which has no definition; create %s/%s/%s.md "
                    "with a title and summary (the dossier is built from its slug meanwhile)",
                    shown_path(article.source_path),
                    slug,
                    shown_path(self.path),
                    self.options["path"],
                    slug,
                )
                by_slug[slug] = self._dossier(slug, slug.replace("-", " ").capitalize())
            by_slug[slug].articles.append(article)
        for dossier in by_slug.values():
            dossier.articles = sort_by_date(dossier.articles)
        self.dossiers = sorted(
            by_slug.values(),
            key=lambda d: (
                d.last_date is None,
                -(d.last_date.timestamp() if d.last_date else 0),
                d.slug,
            ),
        )
        self.context["dossiers"] = self.dossiers
        self.context["dossiers_by_slug"] = {d.slug: d for d in self.dossiers}
        for article in self.context.get("articles", []):
            article.dossier_page = self.context["dossiers_by_slug"][article.dossier]

    def _dossier(self, slug: str, title: str) -> Dossier:
        return Dossier(
            slug=slug,
            title=title,
            url=self.settings["DOSSIER_URL"].format(slug=slug),
            save_as=self.settings["DOSSIER_SAVE_AS"].format(slug=slug),
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
            except Exception as error:  # Pelican's own loop does the same: log, go on
                log.error("Could not process dossier definition %s\n%s", relative, error)
                continue
            dossier = self._dossier(path.stem, getattr(page, "title", path.stem))
            dossier.summary = page.metadata.get("summary") or ""
            dossier.body = page.content
            dossier.status = str(page.metadata.get("state") or "ongoing")
            dossier.definition_path = relative
            definitions[path.stem] = dossier
        return definitions

    def generate_output(self, writer: Any) -> None:
        template = self.get_template(self.options["template"])
        for dossier in self.dossiers:
            writer.write_file(
                dossier.save_as,
                template,
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=dossier.url,
                dossier=dossier,
                page_name=dossier.url,
            )


def get_generators(pelican: Any) -> type[DossierGenerator]:
    return DossierGenerator


def register() -> None:
    """Pelican plugin entry point."""
    signals.content_object_init.connect(prepare_article)
    signals.get_generators.connect(get_generators)
