"""Find the external tools the publishing checks need, or say how to install them.

Locally a missing tool skips its tests with the command that installs it; with ``CI=true``
it fails them, so CI can never pass by skipping (the pattern of tests/browser.py, for any
tool). The node tools come from the committed package-lock.json via ``npm ci``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.sitebuild import ROOT

NODE_MODULES = ROOT / "node_modules"
NPM_HINT = "run `make node_modules/.installed` (npm ci from package-lock.json; apt-get install npm)"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def missing(what: str, install_hint: str) -> None:
    """Skip (locally) or fail (in CI) because ``what`` is not installed."""
    message = f"{what} is not installed; {install_hint}"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def require_tool(name: str, install_hint: str) -> str:
    """The path of executable ``name`` (PATH, then the project's .venv/bin), or skip/fail."""
    venv_bin = Path(sys.executable).parent
    found = shutil.which(name, path=str(venv_bin)) or shutil.which(name)
    if not found:
        missing(name, install_hint)
    return str(found)


def require_node_file(relative: str) -> Path:
    """A file from an npm package in node_modules/, or skip/fail saying how to install it."""
    path = NODE_MODULES / relative
    if not path.is_file():
        missing(f"node_modules/{relative}", NPM_HINT)
    return path
