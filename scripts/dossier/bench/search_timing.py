"""Search as a reader meets it: headless Chromium, the built site served over HTTP.

Two protocols. (1) The same on both sites, for the ratio: a fresh browser context (nothing
cached) opens the home page, imports ``/pagefind/pagefind.js`` and loads it (timed apart: the
WebAssembly and the index metadata, what a search page does on load), then times each
``search(q)`` until the data of the first five results is in. (2) Ours as a user sees it:
``/search/?q=WORD`` from navigation start to the first rendered result. Bytes are those of
every response of the search (the ``/pagefind/`` bundle, and the theme's search script and
styles) for a one-word query.
Chromium is Debian's (Playwright cannot download its own here), with the flags of the browser
tests.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from dossier.localsite import CHROMIUM_ARGS, chromium_path, serve

QUERIES = ("ceasefire", "sanctions", "nuclear plant", "refugees border", "talks")
ONE_WORD = "ceasefire"
FIRST_RESULTS = 5
TIMEOUT_MS = 60_000
_LOAD = """async (warmup) => {
  const t0 = performance.now();
  window.pagefind = await import("/pagefind/pagefind.js");
  await window.pagefind.init();
  await window.pagefind.search(warmup);  // loads the WebAssembly and the index metadata
  return performance.now() - t0;
}"""
WARMUP = "warmup"  # a word of its own: the timed queries find none of their chunks loaded
_SEARCH = f"""async (q) => {{
  const t0 = performance.now();
  const search = await window.pagefind.search(q);
  await Promise.all(search.results.slice(0, {FIRST_RESULTS}).map((r) => r.data()));
  return {{search_ms: performance.now() - t0, results: search.results.length}};
}}"""


SEARCH_ASSETS = ("/pagefind/", "/theme/js/search.js", "/theme/css/search.css")


def _body_size(request: Any) -> int:
    """Bytes of one response body. Chromium reports 0 for a worker's script, so its
    Content-Length counts instead: a reader downloads it all the same."""
    size = int(request.sizes()["responseBodySize"])
    response = request.response()
    length = response.header_value("content-length") if response else None
    return max(size, int(length)) if length and length.isdigit() else size


def _search_bytes(context: Any, run: Any) -> int:
    """Bytes of the search's responses (:data:`SEARCH_ASSETS`) while ``run()`` runs."""
    finished: list[Any] = []
    context.on("requestfinished", lambda request: finished.append(request))
    run()
    return sum(_body_size(r) for r in finished if any(a in r.url for a in SEARCH_ASSETS))


def _api(browser: Any, url: str, queries: tuple[str, ...], warmup: str = WARMUP) -> dict[str, Any]:
    """Load Pagefind once (timed), then time each query: its index chunks and fragments are
    fetched on demand, as when a reader types. Bytes: every search asset fetched (under
    /pagefind/, and the theme's search JS and CSS). For the bytes of one query, ``warmup`` is
    that query, so no other word's chunk is counted."""
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        figures: dict[str, Any] = {}

        def run() -> None:
            page.goto(url)
            figures["load_ms"] = page.evaluate(_LOAD, warmup)
            figures["runs"] = [page.evaluate(_SEARCH, q) for q in queries]

        figures["bytes"] = _search_bytes(context, run)
        return figures
    finally:
        context.close()


def _ui(browser: Any, base: str, query: str) -> tuple[float, int]:
    """Our search page with ?q=: ms from navigation start to the first result, bytes."""
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        elapsed: list[float] = []

        def run() -> None:
            page.goto(f"{base}/search/?q={query.replace(' ', '+')}")
            page.wait_for_selector(".search-result", timeout=TIMEOUT_MS)
            elapsed.append(page.evaluate("performance.now()"))
            page.wait_for_load_state("networkidle")

        fetched = _search_bytes(context, run)
        return elapsed[0], fetched
    finally:
        context.close()


def measure_search(site: Path, page: str, *, ui: bool) -> dict[str, Any]:
    """Median search times over :data:`QUERIES` and bytes for :data:`ONE_WORD` on ``site``."""
    executable = chromium_path()
    if executable is None:
        return {"skipped": "headless Chromium is not installed (apt-get install chromium)"}
    if not (site / "pagefind" / "pagefind-entry.json").is_file():
        # What Pagefind's JS reports as "Failed to load Pagefind metadata": no bundle to load.
        return {"error": f"no Pagefind bundle in {site / 'pagefind'}: see the build's log"}
    try:
        return _measure(site, page, executable, ui=ui)
    except Exception as error:  # a failed search is a finding to report, not a crash
        return {"error": f"search could not be timed: {error}".splitlines()[0]}


def _measure(site: Path, page: str, executable: str, *, ui: bool) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright  # a dev tool: imported only when used

    figures: dict[str, Any] = {}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            timed = _api(browser, f"{base}/{page}", QUERIES)
            runs = timed["runs"]
            figures["search_ms_median"] = statistics.median(r["search_ms"] for r in runs)
            figures["load_pagefind_ms"] = timed["load_ms"]
            figures["results"] = {q: r["results"] for q, r in zip(QUERIES, runs, strict=True)}
            figures["one_word_bytes"] = _api(browser, f"{base}/{page}", (ONE_WORD,), ONE_WORD)[
                "bytes"
            ]
            if ui:
                shown = [_ui(browser, base, q) for q in QUERIES]
                figures["page_to_first_result_ms_median"] = statistics.median(ms for ms, _ in shown)
                figures["one_word_bytes_search_page"] = _ui(browser, base, ONE_WORD)[1]
        finally:
            browser.close()
    return figures
