"""A persistent per-article cache for the plugins' expensive per-article work.

Extracting quotes and entities costs milliseconds per article, and a site of thousands of
articles pays that on every build; a curator who edits one article should only pay it for that
one. Each kind of result (quotes, entities, republication fingerprints, a dossier's merged
quotes) keeps one pickle under ``<CACHE_PATH>/dossier-plugins/<name>.pickle``:

- an entry is keyed by the SHA-256 of its input — the article file's bytes, so any edit (or a
  file replaced by another) misses, whatever its modification time says;
- the whole file carries a *fingerprint* — the source of the parts of the ``dossier`` library
  the plugin's results come from, the versions of the packages they depend on, and whatever
  the plugin adds (the curator's ``entities.yml``) — and is discarded when it differs, so a new
  extractor never serves old results, while an edit elsewhere in the library (the ingest
  cleaning rules) keeps every entry;
- it is written back with only the entries this run used or listed ahead of use (an early
  batch lists every file of the content folder, drafts included, whose results no page asks
  for), so it never grows without bound, and not at all when those are exactly the entries it
  read;
- each entry is stored as its own pickle, unpickled when first asked for and written back as
  the same bytes, so a rebuild pays pickling only for what it computed.

It follows Pelican's own switches: entries are loaded when ``LOAD_CONTENT_CACHE`` is on and
saved when ``CACHE_CONTENT`` is on (both off in ``pelicanconf.py``: a default build computes
everything). A missing, unreadable or foreign cache file is simply a cold cache.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import io
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import dossier

CACHE_DIR = "dossier-plugins"
FORMAT = 2  # bump when the file layout below changes
# Third-party packages whose data or behaviour changes extraction results.
DEPENDENCIES = ("pycountry", "rapidfuzz", "pyyaml")
# Parts of the package no extraction runs: editing them (the benchmark, the command line)
# must not throw away every cached result.
NOT_FINGERPRINTED = ("bench", "commands", "cli.py")
EVERYTHING = ("",)  # the whole package (but NOT_FINGERPRINTED): for work of unknown scope


def content_key(data: bytes) -> str:
    """The cache key of an article: the hash of its file's bytes, never its mtime."""
    return hashlib.sha256(data).hexdigest()


@cache
def library_fingerprint(sources: tuple[str, ...] = EVERYTHING) -> str:
    """A hash of the files of the ``dossier`` package under ``sources`` (subpackages or
    modules, relative to the package: ``("quotes",)``) and of the dependencies' versions.

    Hashing the sources rather than trusting ``__version__`` means an edited rule or word list
    invalidates the cache during development, when nobody bumps the version. Computed once per
    process and scope: the package is a few hundred kilobytes.
    """
    digest = hashlib.sha256(f"{FORMAT}\n{dossier.__version__}\n".encode())
    root = Path(dossier.__file__).parent
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        parts = relative.parts
        if parts[0] in NOT_FINGERPRINTED or "__pycache__" in parts or path.suffix == ".pyc":
            continue
        if not any(relative.is_relative_to(source) for source in sources):
            continue
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for name in DEPENDENCIES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            digest.update(f"{name}=={importlib.metadata.version(name)}\n".encode())
    return digest.hexdigest()


def _dataclass(cls: type[Any], values: tuple[Any, ...]) -> Any:
    """Rebuild a dataclass instance stored by :class:`_Pickler`."""
    return cls(*values)


class _Pickler(pickle.Pickler):
    """Stores a plain dataclass instance as its class and field values.

    Pickle's default for a frozen or slotted dataclass restores it through ``__setstate__``,
    which asks ``dataclasses.fields()`` again for every instance; loading the entity cache of
    2,000 articles (180,000 mentions) took 1.6 times as long that way as through ``__init__``.
    Only classes whose ``__init__`` takes every field positionally and does nothing else
    qualify; anything else is pickled as usual.
    """

    def reducer_override(self, obj: Any) -> Any:
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            return NotImplemented
        fields = dataclasses.fields(obj)
        generated_init = type(obj).__dataclass_params__.init  # type: ignore[attr-defined]
        if not generated_init or hasattr(obj, "__post_init__"):
            return NotImplemented
        if not all(f.init and not f.kw_only for f in fields):
            return NotImplemented
        return _dataclass, (type(obj), tuple(getattr(obj, f.name) for f in fields))


def _dumps(value: Any) -> bytes:
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


_UNREADABLE = object()  # what _unpickled returns for an entry that no longer loads


class ArticleCache:
    """Results of one plugin's per-article work, keyed by :func:`content_key`."""

    def __init__(self, path: Path | None, fingerprint: str, *, load: bool) -> None:
        """``path`` None: nothing is saved; ``load`` False: earlier entries are not used."""
        self.path = path
        self.fingerprint = fingerprint
        self._old: dict[str, bytes] = self._read() if load and path is not None else {}
        self._used: dict[str, Any] = {}
        self._stored: dict[str, bytes] = {}  # the pickle of each used entry read from the file
        self._computed: dict[str, Any] = {}  # put() ahead of use, e.g. by dossier.parallel
        self._retained: set[str] = set()  # stored entries listed ahead of use: kept on save
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_settings(
        cls,
        settings: Mapping[str, Any],
        name: str,
        extra: Iterable[bytes] = (),
        sources: tuple[str, ...] = EVERYTHING,
    ) -> ArticleCache:
        """The cache of plugin ``name`` as Pelican's cache settings say; ``extra`` are the
        plugin's own inputs beyond the article (settings, curator files), hashed in;
        ``sources`` the parts of the library its results come from (see
        :func:`library_fingerprint`)."""
        digest = hashlib.sha256(library_fingerprint(sources).encode())
        for part in extra:
            digest.update(hashlib.sha256(part).digest())
        save = bool(settings.get("CACHE_CONTENT"))
        folder = Path(settings.get("CACHE_PATH") or "cache") / CACHE_DIR
        return cls(
            folder / f"{name}.pickle" if save else None,
            digest.hexdigest(),
            load=bool(settings.get("LOAD_CONTENT_CACHE")),
        )

    def _read(self) -> dict[str, bytes]:
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

    def retain(self, key: str) -> None:
        """Keep ``key``'s stored entry on save even if no page asks for it this run (a draft
        listed by an early batch), so that the next build does not compute it again."""
        if key in self._old:
            self._retained.add(key)

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
        elif key in self._old and (value := self._unpickled(key)) is not _UNREADABLE:
            self.hits += 1
            self._stored[key] = self._old[key]
        else:
            self.misses += 1
            value = compute()
        self._used[key] = value
        return value

    def _unpickled(self, key: str) -> Any:
        """The stored entry, or ``_UNREADABLE`` when it no longer loads (a class it names has
        changed or gone): such an entry is a miss, as the module promises, never a crash."""
        try:
            return pickle.loads(self._old[key])
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return _UNREADABLE

    def save(self) -> None:
        """Write the entries this run used, put or retained, atomically (a killed build leaves
        the old file); nothing when they are the very entries read (a rebuild where nothing
        changed)."""
        if self.path is None:
            return
        kept = self._retained.difference(self._used)
        fresh = len(self._used) - len(self._stored) + len(self._computed)
        if not fresh and len(self._stored) + len(kept) == len(self._old):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entries = {key: self._old[key] for key in sorted(kept)}
        entries.update((key, _dumps(value)) for key, value in self._computed.items())
        entries.update(
            (key, self._stored.get(key) or _dumps(value)) for key, value in self._used.items()
        )
        payload = {"fingerprint": self.fingerprint, "entries": entries}
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
