"""The plugins' per-article extraction, spread over the machine's cores.

Extracting quotes and entities is pure, independent per article and CPU-bound, so a full build
hands the articles its :class:`~dossier.article_cache.ArticleCache` misses to a pool of
processes (:func:`start`, collected by :meth:`Ahead.collect`) before the plugin's own,
unchanged, serial pass, which then finds every result in the cache. Results come back in input
order and each is the one the serial code would compute, so the site is byte-identical whatever
the number of cores.

The work functions are top-level (picklable by name) and take and return plain data: texts,
paths, entity ids in, the library's own result dataclasses out. Nothing is kept at module
level: the entity index is loaded once per chunk in the worker, from the curator file's path.
A small batch (a rebuild after one edit, the sample site, the tests) stays serial: starting
processes would cost more than it saves.

The plugins start their batches early (:func:`start`), as soon as they know the articles, and
collect them (:meth:`Ahead.collect`) when their generator runs: meanwhile the main process
reads the articles and builds the dossiers instead of waiting. Both plugins share one pool per
build, kept in Pelican's context, so their batches queue up on the same cores in the order
they are needed.

A build that fails between the two (a reader error, Ctrl-C) never collects: its queued chunks
are cancelled when the next build starts a pool (``make devserver`` goes on after a failed
build) and when the interpreter exits, which would otherwise wait for every queued chunk.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .article_cache import ArticleCache

PARALLEL_MIN = 50  # fewer cache misses than this: extracted serially, in the plugin's loop
CHUNKS_PER_WORKER = 4  # small enough chunks to balance the load, few enough to load the index


def quotes_of_texts(sources: list[str]) -> list[list[Any]]:
    """``extract_quotes`` of each article source, in order."""
    from .quotes import extract_quotes

    return [extract_quotes(source) for source in sources]


def entities_of_files(curator: str | None, jobs: list[tuple[str, list[str]]]) -> list[list[Any]]:
    """``extract_entities`` of each (article path, ids of its listed entities), in order, with
    the index the plugin uses (built-ins + the curator file at ``curator``, when given)."""
    from .entities import EntityIndex, extract_entities
    from .ingest.article_file import article_body

    index = EntityIndex.load(curator)
    return [
        extract_entities(article_body(Path(path)), index, present=present) for path, present in jobs
    ]


def prints_of_files(paths: list[str]) -> list[frozenset[int]]:
    """The republication ``fingerprints`` of each article file's body, in order."""
    from .ingest.article_file import article_body
    from .syndication import fingerprints

    return [fingerprints(article_body(Path(path))) for path in paths]


def _chunks(items: Sequence[Any], count: int) -> list[list[Any]]:
    size = max(1, -(-len(items) // count))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


POOL_KEY = "_dossier_extraction_pool"  # in Pelican's context: the build's shared pool


@dataclass(eq=False)
class SharedPool:
    """One process pool for the batches of a build, shut down when the last is collected."""

    pool: ProcessPoolExecutor
    owner: dict[str, Any] | None = None
    batches: int = 0
    pid: int = field(default_factory=os.getpid)  # the process that started it
    futures: list[Future[list[Any]]] = field(default_factory=list)

    def submit(self, work: Callable[..., list[Any]], *args: Any) -> Future[list[Any]]:
        future = self.pool.submit(work, *args)
        self.futures.append(future)
        return future

    def close(self) -> None:
        """Shut the pool down: chunks not yet handed to a worker are cancelled here and now
        (the pool's own cancelling happens later, in its thread); those running, and the one
        more per pool that ``ProcessPoolExecutor`` queues ahead, are waited for."""
        self.batches = 0
        for future in self.futures:
            future.cancel()
        self.futures = []
        _LIVE.discard(self)
        self.pool.shutdown(wait=True, cancel_futures=True)


_LIVE: set[SharedPool] = set()  # pools with batches not yet collected


def _close_live_pools() -> None:
    """At exit, close the pools this process started. A worker forked from it inherits a copy
    of the set but not the pools' threads: closing those copies would wait forever."""
    for shared in [s for s in _LIVE if s.pid == os.getpid()]:
        shared.close()


# Run before concurrent.futures' own exit hook (these run in reverse order of registration, and
# concurrent.futures registered first on import), which waits for every queued chunk.
threading._register_atexit(_close_live_pools)  # type: ignore[attr-defined]


@dataclass
class Ahead:
    """A batch of results being computed in the pool, for ``cache``."""

    cache: ArticleCache
    shared: SharedPool | None = None
    chunks: list[tuple[list[str], Future[list[Any]]]] = field(default_factory=list)
    listed: frozenset[str] = frozenset()  # the files the batch covers, when the plugin says

    def collect(self) -> int:
        """Wait for the batch and put its results into the cache; returns how many."""
        count = 0
        try:
            for keys, future in self.chunks:
                try:
                    results = future.result()
                except (OSError, UnicodeDecodeError, CancelledError):
                    continue  # a file gone or unreadable, or a closed pool: the plugin's loop

                for key, result in zip(keys, results, strict=True):
                    self.cache.put(key, result)
                count += len(keys)
        finally:  # a worker's error still releases the pool (make devserver runs on after it)
            self.chunks = []
            if self.shared is not None:
                self.shared.batches -= 1
                if self.shared.batches <= 0:
                    self.shared.close()
                self.shared = None
        return count


def _missing(cache: ArticleCache, jobs: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    """The jobs ``cache`` lacks; those it has are retained for the next build even when no
    page asks for them (drafts and hidden articles are listed too)."""
    missing: dict[str, Any] = {}
    for key, item in jobs:
        if key in missing:
            continue
        if cache.has(key):
            cache.retain(key)
        else:
            missing[key] = item
    return missing


def _close_stale_pools(owner: dict[str, Any]) -> None:
    """Close the pools another build left uncollected (it failed), whether or not this
    build starts a pool of its own: their queued chunks would compete for the cores."""
    for stale in [s for s in _LIVE if s.owner is not None and s.owner is not owner]:
        stale.close()


def _shared_pool(owner: dict[str, Any] | None, workers: int) -> SharedPool:
    """The build's pool, kept in ``owner`` (Pelican's context); a pool of one's own without."""
    shared = owner.get(POOL_KEY) if owner is not None else None
    if not isinstance(shared, SharedPool) or shared.batches == 0:
        shared = SharedPool(ProcessPoolExecutor(max_workers=workers), owner)
        _LIVE.add(shared)
        if owner is not None:
            owner[POOL_KEY] = shared
    shared.batches += 1
    return shared


def start(
    cache: ArticleCache,
    jobs: Sequence[tuple[str, Any]],
    work: Callable[..., list[Any]],
    *shared: Any,
    owner: dict[str, Any] | None = None,
    workers: int | None = None,
    minimum: int = PARALLEL_MIN,
) -> Ahead:
    """Start computing in the pool the results of the ``(key, item)`` jobs that ``cache``
    lacks; :meth:`Ahead.collect` puts them into the cache.

    ``work(*shared, items)`` returns one result per item, in order. Nothing is started when
    the misses are fewer than ``minimum`` or there is one core: the plugin's serial loop
    computes them as before. ``owner`` (Pelican's context) holds the pool the batches of one
    build share.
    """
    if owner is not None:
        _close_stale_pools(owner)
    missing = _missing(cache, jobs)
    workers = workers or os.cpu_count() or 1
    ahead = Ahead(cache)
    if len(missing) < minimum or workers < 2:
        return ahead
    ahead.shared = _shared_pool(owner, workers)
    key_chunks = _chunks(list(missing), workers * CHUNKS_PER_WORKER)
    item_chunks = _chunks(list(missing.values()), workers * CHUNKS_PER_WORKER)
    for keys, items in zip(key_chunks, item_chunks, strict=True):
        ahead.chunks.append((keys, ahead.shared.submit(work, *shared, items)))
    return ahead
