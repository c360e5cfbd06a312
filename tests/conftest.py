"""Fixtures shared by the whole-site and browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import CHROMIUM_ARGS, require_chromium, watched_page
from tests.published import PublishedSite, publish_and_serve


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session (skips or fails as tests/browser.py says)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page under the site's own Content-Security-Policy, recording console errors."""
    with watched_page(browser) as new_page:
        yield new_page


@pytest.fixture(scope="session")
def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PublishedSite]:
    """The sample site built with publishconf.py, served under /dossier-site/ on 127.0.0.1.

    Built once per session and shared by the link, feed, HTML and accessibility checks.
    """
    with publish_and_serve(tmp_path_factory.mktemp("published")) as site:
        yield site
