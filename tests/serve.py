"""Serve a built site on 127.0.0.1 under a subpath, like GitHub project pages do.

``/dossier-site/articles/x/`` maps to ``output/articles/x/index.html``; anything outside the
subpath is a 404, so a link that forgets the subpath is caught by the tests.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from dossier import localsite

SUBPATH = "/dossier-site"


def serve(directory: Path, prefix: str = SUBPATH) -> AbstractContextManager[str]:
    """Serve ``directory`` at ``http://127.0.0.1:PORT/dossier-site`` for the block."""
    return localsite.serve(directory, prefix)


__all__ = ["SUBPATH", "serve"]
