"""Search as a reader uses it: the sample site, served under /dossier-site/, in headless Chromium.

Both builds are checked: the local one (relative URLs) and the published one (absolute SITEURL
under the subpath), because Pagefind's bundle path and base URL differ between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser import watched_page
from tests.serve import serve
from tests.sitebuild import ROOT, BuiltSite, build_site

pytestmark = pytest.mark.browser
RESULTS_TIMEOUT = 15_000  # ms; the first search loads Pagefind's WebAssembly


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """Playwright's polling waits evaluate strings, which the site's CSP forbids; the CSP
    itself is checked, search page included, in tests/test_browser_look.py."""
    with watched_page(browser, bypass_csp=True) as new_page:
        yield new_page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(tmp_path_factory.mktemp("search-site"), content=ROOT / "content")


@pytest.fixture(scope="module")
def base(site: BuiltSite) -> Iterator[str]:
    with serve(site.output) as url:
        yield url


def search(page: Any, base: str, query: str) -> None:
    """Open the search page with ?q= (as the header's search box does) and wait for an answer."""
    page.goto(f"{base}/search/?q={query.replace(' ', '+')}")
    page.wait_for_function(
        "document.querySelector('#search-summary')?.textContent.trim().length > 0",
        timeout=RESULTS_TIMEOUT,
    )


def result_outlets(page: Any) -> list[str]:
    return page.eval_on_selector_all(".search-result", "els => els.map(e => e.dataset.outlet)")


def open_filters(page: Any) -> None:
    """The filter data is fetched when the reader opens the pane, never for a bare query."""
    page.click("#search-filters > summary")
    page.wait_for_selector(".search-filter-group", timeout=RESULTS_TIMEOUT)


def wait_until_all_results_from(page: Any, outlet: str) -> None:
    """Results re-render after a filter changes: wait for the filtered list, not the URL.
    A quote result names every outlet of its quotes ("A, B"); one of them must match."""
    page.wait_for_function(
        "outlet => (els => els.length > 0"
        " && els.every(e => (e.dataset.outlet || '').split(', ').includes(outlet)))"
        "([...document.querySelectorAll('.search-result')])",
        arg=outlet,
        timeout=RESULTS_TIMEOUT,
    )


def test_a_quote_is_found_and_its_link_lands_on_it(page: Any, base: str) -> None:
    page.emulate_media(reduced_motion="reduce")  # land at once, no smooth scrolling
    search(page, base, "our business")
    page.wait_for_selector(".search-result", timeout=RESULTS_TIMEOUT)
    quotes = page.locator('.search-result[data-kind="quote"]')
    if quotes.count():
        # The quote plugin gives each speaker's quotes in a dossier a record with a `speaker`;
        # the matching quote has its own jump link.
        putin = page.locator('.search-result[data-kind="quote"][data-speaker*="Putin"]')
        assert putin.count() >= 1, "a quote result attributed to Vladimir Putin"
        link = (
            putin.locator(".search-jump")
            .filter(has_text=re.compile("our business", re.I))
            .first.locator("a.search-jump-link")
        )
    else:
        # Until then: a jump link to the paragraph of the article carrying the quote.
        link = (
            page.locator(".search-jump")
            .filter(has_text=re.compile("our business", re.I))
            .first.locator("a.search-jump-link")
        )
    href = link.get_attribute("href")
    # A quote's record lives in its dossier's quote index; a paragraph in its article.
    assert href and re.match(r"/dossier-site/(dossiers|articles)/", href), href
    anchor = href.rsplit("#", 1)[1]
    if not quotes.count():
        assert re.fullmatch(r"p-\d+", anchor), href
    link.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    target = page.locator(f"[id='{anchor}']")
    assert re.search(r"our business", target.inner_text(), re.I)
    assert target.evaluate(
        "el => { const r = el.getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }"
    ), "the quote is scrolled into view"
    assert page.console_errors == []


def result_count(page: Any) -> int:
    """The number of results the summary announces ("12 results for …"); only the first
    few are drawn."""
    found = re.match(r"\d+", page.inner_text("#search-summary"))
    return int(found.group()) if found else 0


def test_filtering_by_outlet_narrows_the_results(page: Any, base: str) -> None:
    # The outlet's checkbox is listed because some results for the query come from it.
    search(page, base, "Rutte")
    page.wait_for_selector(".search-result", timeout=RESULTS_TIMEOUT)
    open_filters(page)
    page.get_by_role("checkbox", name=re.compile("TDPel Media")).check()
    page.wait_for_function("location.search.includes('outlet=')", timeout=RESULTS_TIMEOUT)
    wait_until_all_results_from(page, "TDPel Media")
    assert all("TDPel Media" in outlets.split(", ") for outlets in result_outlets(page))

    # A query found by several outlets shrinks to the one chosen.
    search(page, base, "North Korean")
    page.wait_for_selector(".search-result", timeout=RESULTS_TIMEOUT)
    assert len(set(result_outlets(page))) > 1
    before = result_count(page)
    open_filters(page)
    page.get_by_role("checkbox", name=re.compile("VoM News")).check()
    wait_until_all_results_from(page, "VoM News")
    assert 0 < result_count(page) < before
    assert page.console_errors == []


def test_a_query_fetches_no_filter_data_until_the_filters_are_opened(page: Any, base: str) -> None:
    """On a large site the filter files outweigh a query's index chunks: they wait for a
    reader who wants them. No ready-made UI bundle or worker script is fetched either."""
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    search(page, base, "Putin")
    page.wait_for_selector(".search-result", timeout=RESULTS_TIMEOUT)
    page.wait_for_load_state("networkidle")
    assert not [url for url in fetched if "/pagefind/filter/" in url]
    assert not [url for url in fetched if re.search(r"pagefind-(component-ui|worker)", url)]
    open_filters(page)
    assert [url for url in fetched if "/pagefind/filter/" in url]
    assert page.console_errors == []


def test_no_match_says_so(page: Any, base: str) -> None:
    search(page, base, "xylophonequagmire")
    expect(page.locator("#search-summary")).to_have_text(
        re.compile(r"no results for xylophonequagmire", re.I), timeout=RESULTS_TIMEOUT
    )
    assert page.locator(".search-result").count() == 0
    assert page.console_errors == []


def test_the_header_box_works_without_javascript(browser: Any, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{base}/")
    tab.fill("#site-search-q", "Rutte")
    tab.press("#site-search-q", "Enter")
    tab.wait_for_url(re.compile(r"/dossier-site/search/\?q=Rutte$"))
    assert "needs JavaScript" in tab.inner_text("main")
    context.close()


def test_no_console_errors_on_the_main_pages(page: Any, site: BuiltSite, base: str) -> None:
    dossier = next((site.output / "dossiers").glob("*/index.html")).parent.name
    article = next((site.output / "articles").rglob("index.html")).parent
    article_url = article.relative_to(site.output).as_posix()
    for path in ("", f"dossiers/{dossier}/", f"{article_url}/", "search/"):
        response = page.goto(f"{base}/{path}")
        assert response is not None and response.ok, path
    search(page, base, "Putin")
    page.wait_for_selector(".search-result", timeout=RESULTS_TIMEOUT)
    assert page.console_errors == []


def test_search_works_in_the_published_build(page: Any, published: Any) -> None:
    """publishconf.py: absolute SITEURL under the subpath; links and the bundle still resolve."""
    search(page, published.base_url, "Rutte")
    page.wait_for_selector(".search-result", timeout=RESULTS_TIMEOUT)
    href = page.locator("a.search-result-link").first.get_attribute("href")
    assert href and href.startswith("/dossier-site/"), href
    response = page.goto(published.base_url.split("/dossier-site")[0] + href)
    assert response is not None and response.ok
    assert page.console_errors == []


def result_dates(page: Any) -> list[str]:
    return page.eval_on_selector_all(".search-result", "els => els.map(e => e.dataset.date)")


SORTED = """([order, els]) => {
  const dates = els.map(e => e.dataset.date);
  if (dates.length < 2 || dates.some(d => !d) || new Set(dates).size < 2) return false;
  const want = [...dates].sort();
  if (order === "newest") want.reverse();
  return want.every((d, i) => d === dates[i]);
}"""


def wait_until_sorted(page: Any, order: str) -> None:
    page.wait_for_function(
        f"order => ({SORTED})([order, [...document.querySelectorAll('.search-result')]])",
        arg=order,
        timeout=RESULTS_TIMEOUT,
    )


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_results_can_be_sorted_by_date(page: Any, base: str, order: str) -> None:
    search(page, base, "Putin")
    page.wait_for_selector(".search-result", timeout=RESULTS_TIMEOUT)
    relevance = result_dates(page)
    page.select_option("#search-sort", order)
    wait_until_sorted(page, order)
    dates = result_dates(page)
    assert dates != relevance  # the order really changed
    assert f"sort={order}" in page.url
    page.reload()  # the order survives in the address, like the query and filters
    wait_until_sorted(page, order)
    assert page.input_value("#search-sort") == order
    assert page.console_errors == []
