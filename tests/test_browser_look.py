"""The built pages as a reader sees them, on a phone and on a desktop, in headless Chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.serve import serve
from tests.sitebuild import ROOT, BuiltSite, build_site

VIEWPORTS = {"phone": {"width": 375, "height": 740}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(tmp_path_factory.mktemp("look"), content=ROOT / "content")


def first_article(site: BuiltSite) -> str:
    index = next(iter(sorted((site.output / "articles").rglob("index.html"))))
    return index.parent.relative_to(site.output).as_posix() + "/"


@pytest.mark.browser
@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_home_and_article_read_well(
    site: BuiltSite, page: Any, viewport: str, tmp_path: Path
) -> None:
    page.set_viewport_size(VIEWPORTS[viewport])
    with serve(site.output) as base:
        for relative in ("", first_article(site)):
            response = page.goto(f"{base}/{relative}")
            assert response is not None and response.ok
            # Nothing overflows sideways: a phone reader never scrolls horizontally.
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{relative or 'home'} overflows by {overflow}px on {viewport}"
            for role in ("banner", "navigation", "main", "contentinfo"):
                assert page.get_by_role(role).first.is_visible()
            font_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
            assert font_size >= 16
            name = (relative.strip("/").replace("/", "_") or "home") + f"-{viewport}.png"
            page.screenshot(path=str(tmp_path / name), full_page=True)
            assert (tmp_path / name).stat().st_size > 5_000
    assert page.console_errors == []


@pytest.mark.browser
def test_dark_scheme_changes_the_colours(site: BuiltSite, browser: Any) -> None:
    colours = {}
    with serve(site.output) as base:
        for scheme in ("light", "dark"):
            context = browser.new_context(color_scheme=scheme)
            tab = context.new_page()
            tab.goto(f"{base}/")
            colours[scheme] = tab.evaluate("getComputedStyle(document.body).backgroundColor")
            context.close()
    assert colours["light"] != colours["dark"]


@pytest.mark.browser
def test_every_kind_of_page_satisfies_its_content_security_policy(
    site: BuiltSite, page: Any
) -> None:
    """The CSP meta tag forbids inline code; the site's own pages (search included) obey it."""
    violations: list[str] = []
    page.on(
        "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
    )
    relatives = ["", "search/?q=Putin", "quotes/", "entities/", first_article(site)]
    relatives.append(next(iter(sorted((site.output / "dossiers").glob("*/")))).name)
    with serve(site.output) as base:
        for relative in relatives:
            if not relative.startswith(("search", "quotes", "entities", "articles")) and relative:
                relative = f"dossiers/{relative}/"
            page.goto(f"{base}/{relative}")
            page.wait_for_load_state("networkidle")
            csp = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
            assert csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert violations == []
    assert page.console_errors == []
