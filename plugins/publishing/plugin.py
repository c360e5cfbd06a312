"""Signal handlers: note every page written, then write the host's files at the end.

Pages are collected from ``content_written`` (every page any generator or plugin renders,
never a stale file left in the output folder by an earlier build). The collection lives on
one object that is emptied when a run starts, so ``make devserver`` rebuilds start afresh.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican import signals

from .settings import publishing_settings
from .sitemap import render_robots, render_sitemap

log = logging.getLogger(__name__)


class _WrittenPages:
    """The output paths (relative, POSIX) of the HTML pages written in the current run."""

    def __init__(self) -> None:
        self.output: Path | None = None
        self.paths: set[str] = set()

    def start(self, pelican: Any) -> None:
        self.output = Path(pelican.output_path).resolve()
        self.paths = set()

    def add(self, path: str, context: Any = None) -> None:
        if self.output is None or not path.endswith(".html"):
            return
        try:
            self.paths.add(Path(path).resolve().relative_to(self.output).as_posix())
        except ValueError:  # written outside the output folder: not part of the site
            return


WRITTEN = _WrittenPages()


def site_url(settings: dict[str, Any]) -> str:
    """SITEURL as the published pages use it (empty for a relative-URL local build)."""
    return "" if settings.get("RELATIVE_URLS") else str(settings.get("SITEURL") or "")


def enabled(pelican: Any) -> bool:
    """Whether this run lists the plugin: signal connections outlive a run in one process
    (tests, ``make devserver``), so a local build after a published one must not get its files.
    """
    return any(name.split(".")[-1] == "publishing" for name in pelican.settings["PLUGINS"])


def write_host_files(pelican: Any) -> None:
    """Write sitemap.xml, robots.txt and .nojekyll into the output folder."""
    if not enabled(pelican):
        return
    options = publishing_settings(pelican.settings)
    output = Path(pelican.output_path)
    siteurl = site_url(pelican.settings)
    if not pelican.settings.get("RELATIVE_URLS") and not siteurl:
        log.warning(
            "SITEURL is empty: the sitemap and the 404 page use root-relative links, which "
            "break under a project-page subpath; set SITEURL, e.g. "
            "SITEURL=https://user.github.io/repo make publish"
        )
    excluded = tuple(options["exclude"])
    pages = sorted(p for p in WRITTEN.paths if not p.startswith(excluded))
    if options["sitemap"]:
        (output / options["sitemap"]).write_text(render_sitemap(siteurl, pages), "utf-8")
    if options["robots"]:
        robots = render_robots(siteurl, options["sitemap"])
        (output / options["robots"]).write_text(robots, "utf-8")
    if options["nojekyll"]:
        (output / ".nojekyll").write_bytes(b"")
    WRITTEN.start(pelican)  # leave nothing behind for the next run


def check_settings(pelican: Any) -> None:
    """Fail at the start of a run on a misspelt PUBLISHING key, not after the whole build."""
    if enabled(pelican):
        publishing_settings(pelican.settings)
    WRITTEN.start(pelican)


def register() -> None:
    """Pelican plugin entry point."""
    signals.initialized.connect(check_settings)
    signals.content_written.connect(WRITTEN.add)
    signals.finalized.connect(write_host_files)
