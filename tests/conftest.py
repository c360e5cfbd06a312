"""Fixtures shared by the whole-site and browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import CHROMIUM_ARGS, require_chromium
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
    """A fresh page that records console errors in ``page.console_errors``."""
    context = browser.new_context()
    new_page = context.new_page()
    errors: list[str] = []
    new_page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    new_page.on("pageerror", lambda e: errors.append(str(e)))
    new_page.console_errors = errors
    yield new_page
    context.close()


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
