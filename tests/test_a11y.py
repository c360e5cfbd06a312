"""No serious or critical accessibility violation on any kind of page, light or dark.

axe-core (pinned in package-lock.json) is injected from node_modules/ into the published
pages in headless Chromium; nothing is fetched from outside the site. One page of each kind
is checked (pages of a kind share a template), in both colour schemes since the theme has a
dark palette whose contrast must hold too.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.page_kinds import EXPECTED_KINDS, kind_of, pages_by_kind
from tests.published import PublishedSite
from tests.tools import require_node_file

BLOCKING = {"serious", "critical"}


def html_files(site: PublishedSite) -> list[str]:
    return [f for f in site.files() if f.endswith(".html") and not f.startswith("pagefind/")]


def page_url(site: PublishedSite, relative: str) -> str:
    return f"{site.base_url}/{relative.removesuffix('index.html')}"


def axe_violations(page: Any, url: str) -> list[str]:
    """Serious and critical axe violations on ``url``, one line per rule and element."""
    response = page.goto(url)
    assert response is not None and response.status in {200, 404}, url
    page.add_script_tag(path=str(require_node_file("axe-core/axe.min.js")))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} — {violation['help']}"
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
        for node in violation["nodes"]
    ]


def test_every_page_has_a_known_kind_and_every_expected_kind_exists(
    published: PublishedSite,
) -> None:
    groups = pages_by_kind(html_files(published))
    assert "?" not in groups, f"pages of no known kind (add them to tests/page_kinds.py): {groups}"
    assert set(groups) >= EXPECTED_KINDS, f"missing kinds: {EXPECTED_KINDS - set(groups)}"


def test_page_kinds_are_recognised_by_path() -> None:
    assert kind_of("index.html") == "home"
    assert kind_of("articles/d/a/index.html") == "article"
    assert kind_of("outlets/index.html") == "outlets"
    assert kind_of("about/index.html") == "page"
    assert kind_of("theme/x.html") is None


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violation_on_any_kind_of_page(
    published: PublishedSite, browser: Any, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)  # to inject axe
    page = context.new_page()
    problems = []
    try:
        for kind, pages in sorted(pages_by_kind(html_files(published)).items()):
            url = page_url(published, pages[0])
            problems += [f"{kind} {url}: {v}" for v in axe_violations(page, url)]
    finally:
        context.close()
    assert problems == []


@pytest.mark.browser
def test_axe_reports_a_serious_violation(browser: Any, tmp_path: Any) -> None:
    """The check can fail: an image without alt text and an unlabelled input are found."""
    from tests.serve import serve

    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>'
        '<img src="x.png"><input type="text"></main></body></html>',
        encoding="utf-8",
    )
    context = browser.new_context(bypass_csp=True)  # to inject axe
    try:
        with serve(tmp_path) as base:
            violations = axe_violations(context.new_page(), f"{base}/")
    finally:
        context.close()
    rules = {v.split(" ", 1)[0] for v in violations}
    assert {"image-alt", "label"} <= rules
