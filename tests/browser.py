"""Headless Chromium for the browser tests, driven by Playwright.

Playwright cannot download its own browser here, so it drives Debian's Chromium through
``executable_path``. Without Chromium the browser tests skip with the command to install it;
with ``CI=true`` a missing browser fails instead, so CI can never pass by skipping.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

import pytest

from dossier.localsite import CHROMIUM_ARGS, chromium_path

INSTALL_HINT = "install it with: apt-get install chromium"
__all__ = ["CHROMIUM_ARGS", "chromium_path", "require_chromium", "watched_page"]


def require_chromium() -> str:
    """The Chromium executable, or skip (locally) / fail (in CI) saying what to install."""
    path = chromium_path()
    if path:
        return path
    message = f"headless Chromium is not installed; {INSTALL_HINT}"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message)
    pytest.skip(message)


@contextlib.contextmanager
def watched_page(browser: Any, **context_options: Any) -> Iterator[Any]:
    """A fresh page that records console errors in ``page.console_errors``."""
    context = browser.new_context(**context_options)
    new_page = context.new_page()
    errors: list[str] = []
    new_page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    new_page.on("pageerror", lambda e: errors.append(str(e)))
    new_page.console_errors = errors
    try:
        yield new_page
    finally:
        context.close()
