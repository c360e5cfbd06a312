"""Build the sample site with the production settings (publishconf.py) and serve it.

The published site is what GitHub Pages serves, so the link, feed, HTML and accessibility
checks run on it, not on the local build: absolute URLs under a project-page subpath, feeds,
sitemap. The server starts first (on a free port) so the build can bake its real address
into SITEURL; there is no gap in which another process could take the port.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.settings import read_settings

from tests.serve import serve
from tests.sitebuild import ROOT, BuiltSite


@dataclass
class PublishedSite(BuiltSite):
    """A built production site and the URL it is served at (``http://127.0.0.1:N/sub``)."""

    base_url: str = ""


@contextlib.contextmanager
def _environment(**values: str) -> Iterator[None]:
    """Set environment variables for the block only (publishconf.py reads SITEURL from it)."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def get_publish_settings(siteurl: str, **overrides: Any) -> dict[str, Any]:
    """publishconf.py exactly as `make publish` reads it, with SITEURL from the environment."""
    with _environment(SITEURL=siteurl):
        return read_settings(str(ROOT / "publishconf.py"), override=overrides)


def build_published(
    output: Path, siteurl: str, content: Path = ROOT / "content", **overrides: Any
) -> BuiltSite:
    """Build ``content`` into ``output`` as the GitHub Pages workflow would."""
    settings = get_publish_settings(
        siteurl, PATH=str(content), OUTPUT_PATH=str(output), **overrides
    )
    Pelican(settings).run()
    return BuiltSite(output, settings)


@contextlib.contextmanager
def publish_and_serve(folder: Path) -> Iterator[PublishedSite]:
    """Serve ``folder/output`` under the subpath, build into it with that URL, yield both."""
    output = folder / "output"
    output.mkdir(parents=True, exist_ok=True)
    with serve(output) as base_url:
        built = build_published(output, base_url)
        yield PublishedSite(built.output, built.settings, base_url)
