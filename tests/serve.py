"""Serve a built site on 127.0.0.1 under a subpath, like GitHub project pages do.

``/dossier-site/articles/x/`` maps to ``output/articles/x/index.html``; anything outside the
subpath is a 404, so a link that forgets the subpath is caught by the tests.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

SUBPATH = "/dossier-site"


class _SubpathHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, prefix: str, **kwargs: Any) -> None:
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if path == self.prefix or path.startswith(self.prefix + "/"):
            return super().translate_path(path[len(self.prefix) :] or "/")
        return str(Path(self.directory) / "__outside_the_subpath__")

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


@contextlib.contextmanager
def serve(directory: Path, prefix: str = SUBPATH) -> Iterator[str]:
    """Serve ``directory`` at ``http://127.0.0.1:PORT{prefix}/`` for the duration of the block."""
    handler = functools.partial(_SubpathHandler, directory=str(directory), prefix=prefix)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
