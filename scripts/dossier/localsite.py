"""A built site on 127.0.0.1, and the headless Chromium that reads it.

Shared by the browser tests and the benchmark, so both serve and browse the same way: the
server can mount the site under a subpath (``/dossier-site/``, as GitHub project pages do)
and answers 404 outside it, so a link that forgets the subpath is caught.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# Keep a sandboxed, offline headless Chromium from reaching out at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    """Debian's Chromium (or another Chrome on PATH); None when none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    fallback = Path("/usr/bin/chromium")
    return str(fallback) if fallback.exists() else None


class _SiteHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, prefix: str, **kwargs: Any) -> None:
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not self.prefix:
            return super().translate_path(path)
        if path == self.prefix or path.startswith(self.prefix + "/"):
            return super().translate_path(path[len(self.prefix) :] or "/")
        return str(Path(self.directory) / "__outside_the_subpath__")

    def log_message(self, format: str, *args: Any) -> None:
        """No access log: tests and the benchmark print their own findings."""


@contextlib.contextmanager
def serve(directory: Path, prefix: str = "") -> Iterator[str]:
    """Serve ``directory`` at ``http://127.0.0.1:PORT{prefix}`` for the duration of the block."""
    handler = functools.partial(_SiteHandler, directory=str(directory), prefix=prefix)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
