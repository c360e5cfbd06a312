"""Run Pagefind over the built site and the extra records, and write the bundle.

Pagefind runs through its Python API, which starts the ``pagefind`` binary shipped in the
``pagefind_bin`` wheel: nothing is downloaded and no Node.js is needed. The bundle replaces
``<output>/pagefind/`` as a whole, so fragments of an older build never linger there.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .records import SearchRecord, record_html

BUNDLE_DIR = "pagefind"  # the search page loads <site root>/pagefind/pagefind-component-ui.js
# Record pages are indexed from a temporary folder under this name; their URL there is never
# shown (the search page links to meta.url), but it must not look like a page of the site.
RECORDS_DIR = "_search-records"


class SearchIndexError(RuntimeError):
    """Pagefind could not build the index; the message says why and what to do."""


@dataclass(frozen=True)
class IndexSummary:
    """What went into the bundle, for the build log and the tests."""

    pages: int
    records: int
    bundle: Path


def _config(options: dict[str, Any]) -> dict[str, Any]:
    config: dict[str, Any] = {"force_language": options["language"]}
    if options["exclude_selectors"]:
        config["exclude_selectors"] = list(options["exclude_selectors"])
    return config


def _stage_records(folder: Path, records: Sequence[SearchRecord], language: str) -> None:
    """Write each record as ``<folder>/_search-records/NNNNN/index.html`` in a stable order."""
    for number, record in enumerate(sorted(records, key=lambda r: r.sort_key), start=1):
        page = folder / RECORDS_DIR / f"{number:05d}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(record_html(record, language), encoding="utf-8")


async def _index(site: Path, staged: Path | None, bundle: Path, config: dict[str, Any]) -> int:
    from pagefind.index import PagefindIndex  # imported late: a missing wheel is reported

    # Leaving the context without an error writes the bundle to config["output_path"].
    async with PagefindIndex(config={**config, "output_path": str(bundle)}) as index:  # type: ignore[arg-type]
        pages = await index.add_directory(str(site))
        if staged is not None:
            await index.add_directory(str(staged))
    return int(pages["page_count"])


def _run(make: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run a coroutine to completion, also when the caller already runs an event loop.

    Pelican is synchronous, but it may be driven from code that has a loop running in this
    thread (Playwright's sync API in the browser tests, a notebook); asyncio.run() refuses
    that, so the index is then built on a worker thread with its own loop.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(lambda: asyncio.run(make())).result()


def build_index(
    site: Path, records: Sequence[SearchRecord], options: dict[str, Any]
) -> IndexSummary:
    """Index every HTML page of ``site`` plus ``records`` into ``site/pagefind/``."""
    bundle = site / BUNDLE_DIR
    if bundle.exists():
        shutil.rmtree(bundle)
    try:
        with tempfile.TemporaryDirectory(prefix="search-records-") as tmp:
            staged = Path(tmp) if records else None
            if staged is not None:
                _stage_records(staged, records, options["language"])
            pages = _run(lambda: _index(site, staged, bundle, _config(options)))
    except ImportError as error:
        raise SearchIndexError(
            f"Pagefind is not installed ({error}); install the pinned pagefind[bin] "
            "from requirements.txt (make venv)"
        ) from error
    except FileNotFoundError as error:
        raise SearchIndexError(
            f"the Pagefind binary was not found ({error}); install pagefind[bin], or set "
            "PAGEFIND_BINARY_PATH to a pagefind executable"
        ) from error
    except Exception as error:  # the service reports its failures as bare Exceptions
        raise SearchIndexError(
            f"Pagefind failed: {' '.join(map(str, error.args)) or error!r}"
        ) from error
    if not (bundle / "pagefind-entry.json").is_file():
        raise SearchIndexError(f"Pagefind finished but wrote no {BUNDLE_DIR}/pagefind-entry.json")
    return IndexSummary(pages=pages, records=len(records), bundle=bundle)
