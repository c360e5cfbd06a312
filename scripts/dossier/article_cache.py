"""A persistent per-article cache for the plugins' expensive per-article work.

Extracting quotes and entities costs milliseconds per article, and a site of thousands of
articles pays that on every build; a curator who edits one article should only pay it for that
one. Each plugin keeps one pickle under ``<CACHE_PATH>/dossier-plugins/<name>.pickle``:

- an entry is keyed by the SHA-256 of the article file's bytes, so any edit (or a file
  replaced by another) misses, whatever its modification time says;
- the whole file carries a *fingerprint* — the source of the ``dossier`` library, the versions
  of the packages its results depend on, and whatever the plugin adds (the curator's
  ``entities.yml``) — and is discarded when it differs, so a new extractor never serves old
  results;
- it is written back with only the entries this run used, so it never grows without bound.

It follows Pelican's own switches: entries are loaded when ``LOAD_CONTENT_CACHE`` is on and
saved when ``CACHE_CONTENT`` is on (both off in ``pelicanconf.py``: a default build computes
everything). A missing, unreadable or foreign cache file is simply a cold cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import dossier

CACHE_DIR = "dossier-plugins"
FORMAT = 1  # bump when the file layout below changes
# Third-party packages whose data or behaviour changes extraction results.
DEPENDENCIES = ("pycountry", "rapidfuzz", "pyyaml")
# Parts of the package no extraction runs: editing them (the benchmark, the command line)
# must not throw away every cached result.
NOT_FINGERPRINTED = ("bench", "commands", "cli.py")


def content_key(data: bytes) -> str:
    """The cache key of an article: the hash of its file's bytes, never its mtime."""
    return hashlib.sha256(data).hexdigest()


@cache
def library_fingerprint() -> str:
    """A hash of every file of the ``dossier`` package and of the dependencies' versions.

    Hashing the sources rather than trusting ``__version__`` means an edited rule or word list
    invalidates the cache during development, when nobody bumps the version. Computed once per
    process: the package is a few hundred kilobytes.
    """
    digest = hashlib.sha256(f"{FORMAT}\n{dossier.__version__}\n".encode())
    root = Path(dossier.__file__).parent
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if parts[0] in NOT_FINGERPRINTED or "__pycache__" in parts or path.suffix == ".pyc":
            continue
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for name in DEPENDENCIES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            digest.update(f"{name}=={importlib.metadata.version(name)}\n".encode())
    return digest.hexdigest()


class ArticleCache:
    """Results of one plugin's per-article work, keyed by :func:`content_key`."""

    def __init__(self, path: Path | None, fingerprint: str, *, load: bool) -> None:
        """``path`` None: nothing is saved; ``load`` False: earlier entries are not used."""
        self.path = path
        self.fingerprint = fingerprint
        self._old: dict[str, Any] = self._read() if load and path is not None else {}
        self._used: dict[str, Any] = {}
        self._computed: dict[str, Any] = {}  # put() ahead of use, e.g. by dossier.parallel
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_settings(
        cls, settings: Mapping[str, Any], name: str, extra: Iterable[bytes] = ()
    ) -> ArticleCache:
        """The cache of plugin ``name`` as Pelican's cache settings say; ``extra`` are the
        plugin's own inputs beyond the article (settings, curator files), hashed in."""
        digest = hashlib.sha256(library_fingerprint().encode())
        for part in extra:
            digest.update(hashlib.sha256(part).digest())
        save = bool(settings.get("CACHE_CONTENT"))
        folder = Path(settings.get("CACHE_PATH") or "cache") / CACHE_DIR
        return cls(
            folder / f"{name}.pickle" if save else None,
            digest.hexdigest(),
            load=bool(settings.get("LOAD_CONTENT_CACHE")),
        )

    def _read(self) -> dict[str, Any]:
        assert self.path is not None
        try:
            with self.path.open("rb") as stored:
                data = pickle.load(stored)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return {}  # missing, truncated or from classes that no longer exist: start cold
        if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def has(self, key: str) -> bool:
        """True when :meth:`get_or_compute` would not need to compute ``key``."""
        return key in self._used or key in self._old or key in self._computed

    def put(self, key: str, value: Any) -> None:
        """The result for ``key``, computed elsewhere (another process) before it is asked for:
        the first :meth:`get_or_compute` of ``key`` returns it and counts a miss."""
        self._computed[key] = value

    def get_or_compute(self, key: str, compute: Callable[[], Any]) -> Any:
        """The stored result for ``key``, or ``compute()``'s, remembered for the next run."""
        if key in self._used:
            self.hits += 1
            return self._used[key]
        if key in self._computed:
            self.misses += 1
            value = self._computed.pop(key)
        elif key in self._old:
            self.hits += 1
            value = self._old[key]
        else:
            self.misses += 1
            value = compute()
        self._used[key] = value
        return value

    def save(self) -> None:
        """Write the entries this run used, atomically (a killed build leaves the old file)."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"fingerprint": self.fingerprint, "entries": self._used}
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
