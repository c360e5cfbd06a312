"""One ingest at a time per content folder: two concurrent runs could pick the same slug."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from dossier.errors import UserError

LOCK_NAME = ".ingest.lock"


@contextlib.contextmanager
def ingest_lock(content: Path) -> Iterator[None]:
    """Hold an exclusive, non-blocking lock on ``content/.ingest.lock`` for the run.

    The kernel releases a flock when its process dies, so a killed run never leaves a stale
    lock behind.
    """
    content.mkdir(parents=True, exist_ok=True)
    path = content / LOCK_NAME
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise UserError(
                f"another 'dossier ingest' (pid {holder}) is writing to this folder",
                path=content,
                hint="wait for it to finish, then run ingest again",
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
