"""Run Pagefind over the built site and the extra records, and write the bundle.

Pagefind's own command line (the ``pagefind`` binary shipped in the ``pagefind_bin`` wheel:
nothing is downloaded, no Node.js) indexes the site. Its Python service API was used before,
but closing the service terminates the binary, and on a loaded machine that truncated bundle
files now and then (an empty ``pagefind-modular-ui.js``, a different ``wasm`` file); the command
line exits only when every file is written. Records are staged as small pages in a folder of
the output for the run and removed afterwards, and before it: a run killed half-way leaves them
behind. The bundle replaces ``<output>/pagefind/`` as a whole, so fragments of an older build
never linger there.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .records import SearchRecord, record_html

BUNDLE_DIR = "pagefind"  # the search page loads <site root>/pagefind/pagefind.js
# Record pages are indexed from a folder of the output under this name, removed after the run;
# their URL there is never shown (the search page links to meta.url).
RECORDS_DIR = "_search-records"
# What Pagefind prints is shown only when it fails: its last lines say why.
_ERROR_TAIL_LINES = 12


class SearchIndexError(RuntimeError):
    """Pagefind could not build the index; the message says why and what to do."""


@dataclass(frozen=True)
class IndexSummary:
    """What went into the bundle, for the build log and the tests."""

    pages: int
    records: int
    bundle: Path


def _executable() -> str:
    """The binary the pagefind wheel ships, or the one ``PAGEFIND_BINARY_PATH`` names."""
    try:
        from pagefind.service import get_executable  # imported late: a missing wheel is reported
    except ImportError as error:
        raise SearchIndexError(
            f"Pagefind is not installed ({error}); install the pinned pagefind[bin] "
            "from requirements.txt (make venv)"
        ) from error
    binary = get_executable()
    found = shutil.which(str(binary)) if binary is not None else None  # a path, or a name on PATH
    if found is None:
        raise SearchIndexError(
            f"the Pagefind binary was not found ({binary or 'no pagefind_bin wheel'}); install "
            "pagefind[bin], or set PAGEFIND_BINARY_PATH to a pagefind executable"
        )
    return found


def _command(site: Path, bundle: Path, options: dict[str, Any]) -> list[str]:
    command = [_executable(), "--site", str(site), "--output-path", str(bundle)]
    command += ["--force-language", options["language"], "--quiet"]
    for selector in options["exclude_selectors"]:
        command += ["--exclude-selectors", selector]
    return command


def _stage_records(folder: Path, records: Sequence[SearchRecord], language: str) -> None:
    """Write each record as ``<folder>/_search-records/NNNNN/index.html`` in a stable order."""
    for number, record in enumerate(sorted(records, key=lambda r: r.sort_key), start=1):
        page = folder / RECORDS_DIR / f"{number:05d}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(record_html(record, language), encoding="utf-8")


def _page_count(bundle: Path) -> int:
    """Pages and records in the bundle, as ``pagefind-entry.json`` counts them per language."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(int(language["page_count"]) for language in entry["languages"].values())


def _run_pagefind(command: list[str]) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(f"Pagefind could not start ({error})") from error
    if done.returncode != 0:
        said = (done.stderr + done.stdout).strip().splitlines()[-_ERROR_TAIL_LINES:]
        raise SearchIndexError(
            f"Pagefind failed (exit {done.returncode}): {' / '.join(said) or 'no output'}"
        )


def remove_staged_records(site: Path) -> None:
    """Remove the records a killed run staged in ``site``, even when this run indexes
    nothing (search switched off): the folder must never be shipped with the site."""
    _remove_stale(site / RECORDS_DIR)


def _remove_stale(folder: Path) -> None:
    """Remove what an earlier run left: its bundle, or the records a killed run staged.

    Records left behind would be indexed a second time (each quote found twice) and shipped
    with the site. A folder that cannot be removed stops the run before Pagefind reads it.
    """
    try:
        if folder.is_dir():
            shutil.rmtree(folder)
        elif folder.exists():
            folder.unlink()
    except OSError as error:
        raise SearchIndexError(
            f"{folder} is left from an earlier run and could not be removed ({error}); "
            "remove it and build again"
        ) from error


def build_index(
    site: Path, records: Sequence[SearchRecord], options: dict[str, Any]
) -> IndexSummary:
    """Index every HTML page of ``site`` plus ``records`` into ``site/pagefind/``."""
    bundle = site / BUNDLE_DIR
    staged = site / RECORDS_DIR
    for stale in (bundle, staged):
        _remove_stale(stale)
    command = _command(site, bundle, options)
    try:
        _stage_records(site, records, options["language"])
        _run_pagefind(command)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    if not (bundle / "pagefind-entry.json").is_file():
        raise SearchIndexError(f"Pagefind finished but wrote no {BUNDLE_DIR}/pagefind-entry.json")
    return IndexSummary(
        pages=_page_count(bundle) - len(records), records=len(records), bundle=bundle
    )
