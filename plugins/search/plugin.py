"""Signal handlers and the generator that writes the search page.

A run goes: ``SearchGenerator.__init__`` checks ``SEARCH`` (a typo stops the build at once);
``generate_context`` opens ``context["search_records"]`` for other plugins and tells templates
where the search page is (``search_url``); ``generate_output`` writes the page; ``finalized``
indexes the written site, so ``make html``, ``make publish`` and a plain ``pelican`` all index.

The generator of the current run is remembered in :data:`_RUN` between its creation and
``finalized`` (Pelican hands that signal only the Pelican object), and forgotten right after,
so ``make devserver`` rebuilds never index a previous run's records.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from .indexer import SearchIndexError, build_index, remove_staged_records
from .records import RecordError, SearchRecord, describe, record_from_dict
from .settings import search_settings

log = logging.getLogger(__name__)

RECORDS_KEY = "search_records"  # context key other plugins append record dicts to


@dataclass
class _Run:
    generator: SearchGenerator | None = None


_RUN = _Run()


class SearchGenerator(Generator):  # type: ignore[misc]
    """Opens the record list, writes the search page and remembers itself for indexing."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = search_settings(self.settings)
        _RUN.generator = self

    def generate_context(self) -> None:
        self.context.setdefault(RECORDS_KEY, [])
        if self.options["enabled"]:
            self.context["search_url"] = self.options["page_url"]

    def generate_output(self, writer: Any) -> None:
        if not self.options["enabled"]:
            return
        writer.write_file(
            self.options["page_save_as"],
            self.get_template(self.options["template"]),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=self.options["page_url"],
            page_name="search",
        )

    def records(self) -> list[SearchRecord]:
        """The valid records other plugins added; a broken one is logged and skipped."""
        valid: list[SearchRecord] = []
        for raw in self.context.get(RECORDS_KEY, []):
            try:
                valid.append(record_from_dict(raw))
            except RecordError as error:
                log.error("Search record %s skipped: %s", describe(raw), error)
        return valid


def index_site(pelican: Any) -> None:
    """``finalized``: index what this run wrote; a failure is an error that says why."""
    generator, _RUN.generator = _RUN.generator, None
    output = Path(pelican.output_path)
    if generator is None or not generator.options["enabled"]:
        try:
            remove_staged_records(output)
        except SearchIndexError as error:
            log.error("Search is off, but %s", error)
        return
    try:
        summary = build_index(output, generator.records(), generator.options)
    except SearchIndexError as error:
        log.error("Search index not built in %s: %s", output / "pagefind", error)
        return
    if summary.pages == 0:
        log.error(
            "Search index is empty: no page of %s has data-pagefind-body; "
            "mark the main content of article and dossier templates with it",
            output,
        )
        return
    log.info(
        "Search: indexed %d pages and %d records into %s",
        summary.pages,
        summary.records,
        summary.bundle,
    )


def get_generators(pelican: Any) -> type[SearchGenerator]:
    return SearchGenerator


def register() -> None:
    """Pelican plugin entry point."""
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(index_site)
