"""The quote index: computed after the dossiers exist, written as pages and JSON.

Runs as a generator after the dossiers plugin's (PLUGINS order): its context phase reads
``context["dossiers"]``, merges each dossier's quotations, marks them in the article bodies
and hands search records to the search plugin; its output phase writes speaker pages, the
site-wide index and ``quotes.json`` per dossier. State lives on the generator instance.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.contents import Article
from pelican.generators import Generator

from dossier.article_cache import ArticleCache, content_key
from dossier.errors import shown_path
from dossier.parallel import Ahead
from dossier.pelican_support import article_files, url_settings, write_json, write_page
from dossier.quotes.merge import MergedQuote, ReportedQuote, merge_quotes
from dossier.slugs import slugify

from .collect import SOURCES, FoundQuote, article_quotes, extract_ahead, start_extraction
from .highlight import Mark, highlight
from .model import UNATTRIBUTED, Carrier, QuoteEntry, SpeakerGroup, SpeakerPage, entry_id

log = logging.getLogger(__name__)

DEFAULT_URLS = {
    "SPEAKER_URL": "speakers/{slug}/",
    "SPEAKER_SAVE_AS": "speakers/{slug}/index.html",
    "QUOTES_URL": "quotes/",
    "QUOTES_SAVE_AS": "quotes/index.html",
}
EXPORT_VERSION = 1
AHEAD_KEY = "_quote_extraction"  # in Pelican's context: the extraction started early


def _iso(article: Article) -> str | None:
    return article.date.date().isoformat() if getattr(article, "date_known", True) else None


class QuoteIndexGenerator(Generator):  # type: ignore[misc]
    """Merges quotations per dossier and writes the quote pages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.urls = url_settings(self.settings, DEFAULT_URLS)
        self.speakers: dict[str, SpeakerPage] = {}
        self.entries: list[QuoteEntry] = []

    # -- context phase ---------------------------------------------------------------------

    def generate_context(self) -> None:
        marks: dict[int, list[Mark]] = defaultdict(list)
        by_id = {id(a): a for a in self.context.get("articles", [])}
        ahead = self.context.pop(AHEAD_KEY, None)
        listed: frozenset[str] = frozenset()
        if isinstance(ahead, Ahead):
            ahead.collect()
            cache, listed = ahead.cache, ahead.listed
        else:
            cache = _extraction_cache(self.settings)
        merges = ArticleCache.for_settings(self.settings, "quote-merges", sources=SOURCES)
        dossiers = self.context.get("dossiers", [])
        extract_ahead([a for dossier in dossiers for a in dossier.articles], cache, listed)
        for dossier in dossiers:
            entries = self._dossier_entries(dossier, cache, merges)
            dossier.quote_entries = entries
            dossier.quote_groups = self._groups(entries)
            self.entries.extend(entries)
            for entry in entries:
                for carrier in entry.carriers:
                    carrier.article.quote_entries.append(entry)
                    found = carrier.found
                    if found is not None and found.anchor.startswith("p-") and found.pieces:
                        marks[id(carrier.article)].append(self._mark(carrier, entry))
        for key, article_marks in marks.items():
            article = by_id[key]
            article._content = highlight(article._content, article_marks)
        _forget_rendered_content(by_id.values())
        cache.save()
        merges.save()
        self.context["speakers"] = sorted(self.speakers.values(), key=_most_quoted)
        self.context["quote_entries"] = self.entries
        self.context.setdefault("search_records", []).extend(self._search_records())

    def _dossier_entries(
        self, dossier: Any, cache: ArticleCache, merges: ArticleCache
    ) -> list[QuoteEntry]:
        reported: list[ReportedQuote] = []
        found_by_key: dict[tuple[str, str], tuple[Article, FoundQuote]] = {}
        for article in dossier.articles:
            article.quote_entries = []
            try:
                found = article_quotes(article, cache)
            except (OSError, UnicodeDecodeError) as error:
                log.warning("%s: quotes not extracted: %s", shown_path(article.source_path), error)
                continue
            url = article.url  # Pelican formats it on every access
            for quote in found:
                key = f"{url}#{quote.anchor}"
                found_by_key[(key, quote.text)] = (article, quote)
                reported.append(
                    ReportedQuote(
                        text=quote.text,
                        article=key,
                        outlet=getattr(article, "source", None),
                        date=_iso(article),
                        speaker=quote.speaker,
                    )
                )
        merged = _merged(reported, merges)
        entries = [self._entry(m, dossier, found_by_key) for m in merged]
        _unique_ids(entries)
        return entries

    def _entry(
        self,
        merged: MergedQuote,
        dossier: Any,
        found_by_key: dict[tuple[str, str], tuple[Article, FoundQuote]],
    ) -> QuoteEntry:
        entry = QuoteEntry(
            id=entry_id(merged.canonical, merged.speaker),
            canonical=merged.canonical,
            speaker=merged.speaker,
            dossier=dossier,
            variants=list(merged.variants),
            first_reported=merged.first_reported,
        )
        for report in merged.reports:
            article, found = found_by_key[(report.article, report.text)]
            carrier = Carrier(
                article=article,
                anchor=found.anchor,
                text=report.text,
                date=report.date,
                speaker_inherited=report.speaker_inherited,
                found=found,
            )
            entry.carriers.append(carrier)
        if merged.speaker:
            entry.speaker_page = self._speaker(merged.speaker)
            entry.speaker_page.entries.append(entry)
        return entry

    def _speaker(self, name: str) -> SpeakerPage:
        slug = slugify(name) or "speaker"
        if slug not in self.speakers:
            self.speakers[slug] = SpeakerPage(
                name=name,
                slug=slug,
                url=self.urls["SPEAKER_URL"].format(slug=slug),
                save_as=self.urls["SPEAKER_SAVE_AS"].format(slug=slug),
            )
        return self.speakers[slug]

    @staticmethod
    def _groups(entries: list[QuoteEntry]) -> list[SpeakerGroup]:
        """By speaker, most quoted first; quotes nobody could be credited with come last."""
        groups: dict[str, SpeakerGroup] = {}
        for entry in entries:
            name = entry.speaker or UNATTRIBUTED
            groups.setdefault(name, SpeakerGroup(name, entry.speaker_page)).entries.append(entry)
        return sorted(
            groups.values(), key=lambda g: (g.name == UNATTRIBUTED, -len(g.entries), g.name)
        )

    def _mark(self, carrier: Carrier, entry: QuoteEntry) -> Mark:
        target = f"{entry.dossier.url}#{entry.id}"
        if self.settings["RELATIVE_URLS"]:
            depth = len([part for part in carrier.article.url.split("/") if part])
            href = "../" * depth + target
        else:
            href = f"{self.settings['SITEURL']}/{target}"
        who = entry.speaker or "speaker unknown"
        return Mark(
            carrier.anchor,
            tuple(carrier.found.pieces),
            href,
            f"{who} — see this quote in the dossier's quote index",
        )

    def _search_records(self) -> list[dict[str, Any]]:
        """One search record per speaker and dossier, each quote a passage with its own anchor.

        A record per quote made the index metadata every reader loads before a query grow
        with the number of quotes (9,665 records for 10,000 benchmark articles, 820 grouped);
        a match still jumps to its quote. A cap on quotes per record keeps a result's fragment
        (fetched whole to show it) small.
        """
        per_record = 25  # benchmark corpora: 12 per speaker and dossier on average, 17 at most
        groups: dict[tuple[str, str], list[QuoteEntry]] = {}
        for entry in sorted(self.entries, key=lambda e: (e.first_reported or "", e.id)):
            speaker = entry.speaker or UNATTRIBUTED
            groups.setdefault((entry.dossier.url, speaker), []).append(entry)
        records: list[dict[str, Any]] = []
        for (_, speaker), entries in groups.items():
            for chunk in (entries[i : i + per_record] for i in range(0, len(entries), per_record)):
                outlets = sorted({outlet for entry in chunk for outlet in entry.outlets})
                dates = [e.first_reported for e in chunk if e.first_reported]
                latest = {"date": max(dates)} if dates else {}
                dossier = chunk[0].dossier.title
                records.append(
                    {
                        "url": chunk[0].url,
                        "title": f"{speaker}, quoted in {dossier}",
                        "content": speaker,
                        "parts": [{"id": e.id, "text": e.canonical} for e in chunk],
                        "kind": "quote",
                        "filters": {"speaker": [speaker], "outlet": outlets, "dossier": [dossier]},
                        "meta": {"speaker": speaker, "outlet": ", ".join(outlets), **latest},
                        "sort": latest,
                    }
                )
        return records

    # -- output phase ----------------------------------------------------------------------

    def generate_output(self, writer: Any) -> None:
        for speaker in self.context["speakers"]:
            write_page(self, writer, "speaker", speaker.save_as, speaker.url, speaker=speaker)
        write_page(
            self,
            writer,
            "quotes",
            self.urls["QUOTES_SAVE_AS"],
            self.urls["QUOTES_URL"],
            page_name="quotes",
        )
        output = Path(self.output_path)
        for dossier in self.context.get("dossiers", []):
            write_json(output / dossier.url / "quotes.json", quotes_export(dossier))


def quotes_export(dossier: Any) -> dict[str, Any]:
    """``quotes.json``: stable keys (see README), nulls for the unknown."""
    return {
        "version": EXPORT_VERSION,
        "dossier": dossier.slug,
        "entries": [
            {
                "id": entry.id,
                "speaker": entry.speaker,
                "text": entry.canonical,
                "variants": entry.other_wordings,
                "first_reported": entry.first_reported,
                "speaker_inherited_via": entry.inherited_via,
                "reports": [
                    {
                        "outlet": carrier.outlet,
                        "article": carrier.article.url,
                        "anchor": carrier.anchor or None,
                        "date": carrier.date,
                        "text": carrier.text,
                        "speaker_inherited": carrier.speaker_inherited,
                    }
                    for carrier in entry.carriers
                ],
            }
            for entry in getattr(dossier, "quote_entries", [])
        ],
    }


def _merged(reported: list[ReportedQuote], merges: ArticleCache) -> list[MergedQuote]:
    """``merge_quotes`` of a dossier's reports, kept from the last build when they are the
    same: a rebuild after one edit then merges one dossier's quotes, not every dossier's."""
    key = content_key(repr(reported).encode("utf-8"))
    result: list[MergedQuote] = merges.get_or_compute(key, lambda: merge_quotes(reported))
    return result


def _unique_ids(entries: list[QuoteEntry]) -> None:
    """Two entries with the same words and speaker (kept apart by the merge) need two anchors."""
    seen: set[str] = set()
    for entry in entries:
        base, n = entry.id, 1
        while entry.id in seen:
            n += 1
            entry.id = f"{base}-{n}"
        seen.add(entry.id)


def _most_quoted(speaker: SpeakerPage) -> tuple[int, str]:
    return (-len(speaker.entries), speaker.name)


def _forget_rendered_content(articles: Any) -> None:
    """Drop Pelican's memoised HTML of articles whose ``_content`` was just changed."""
    changed = {id(a) for a in articles}
    cache = Article.get_content.cache
    for key in [k for k in cache if id(k[0]) in changed]:
        del cache[key]


def _extraction_cache(settings: dict[str, Any]) -> ArticleCache:
    return ArticleCache.for_settings(settings, "quotes", sources=SOURCES)


def start_ahead(generator: Any) -> None:
    """When the articles generator is created, before it reads a file, start extracting the
    quotes of its files on the other cores: the main process reads the articles and builds
    the dossiers meanwhile, and :meth:`QuoteIndexGenerator.generate_context` collects them
    (and extracts any article this missed)."""
    cache = _extraction_cache(generator.settings)
    paths = article_files(generator)
    generator.context[AHEAD_KEY] = start_extraction(paths, cache, generator.context)


def get_generators(pelican: Any) -> type[QuoteIndexGenerator]:
    return QuoteIndexGenerator


def register() -> None:
    """Pelican plugin entry point."""
    signals.get_generators.connect(get_generators)
    signals.article_generator_init.connect(start_ahead)
