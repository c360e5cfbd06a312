"""The plugins' per-article extraction, spread over the machine's cores.

Extracting quotes and entities is pure, independent per article and CPU-bound, so a full build
hands the articles its :class:`~dossier.article_cache.ArticleCache` misses to a pool of
processes (:func:`fill_cache`) before the plugin's own, unchanged, serial pass, which then
finds every result in the cache. Results come back in input order and each is the one the
serial code would compute, so the site is byte-identical whatever the number of cores.

The work functions are top-level (picklable by name) and take and return plain data: texts,
paths, entity ids in, the library's own result dataclasses out. Nothing is kept at module
level: the entity index is loaded once per chunk in the worker, from the curator file's path.
A small batch (a rebuild after one edit, the sample site, the tests) stays serial: starting
processes would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
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


def _chunks(items: Sequence[Any], count: int) -> list[list[Any]]:
    size = max(1, -(-len(items) // count))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def fill_cache(
    cache: ArticleCache,
    jobs: Sequence[tuple[str, Any]],
    work: Callable[..., list[Any]],
    *shared: Any,
    workers: int | None = None,
    minimum: int = PARALLEL_MIN,
) -> int:
    """Compute in parallel the results of the ``(key, item)`` jobs that ``cache`` lacks.

    ``work(*shared, items)`` returns one result per item, in order. Returns how many were
    computed here: 0 when the misses are fewer than ``minimum`` or there is one core, and the
    plugin's serial loop computes them as before.
    """
    missing: dict[str, Any] = {}
    for key, item in jobs:
        if key not in missing and not cache.has(key):
            missing[key] = item
    workers = workers or os.cpu_count() or 1
    if len(missing) < minimum or workers < 2:
        return 0
    keys, items = list(missing), list(missing.values())
    key_chunks = _chunks(keys, workers * CHUNKS_PER_WORKER)
    item_chunks = _chunks(items, workers * CHUNKS_PER_WORKER)
    with ProcessPoolExecutor(max_workers=min(workers, len(item_chunks))) as pool:
        arguments = [[value] * len(item_chunks) for value in shared]
        for chunk_keys, results in zip(
            key_chunks, pool.map(work, *arguments, item_chunks), strict=True
        ):
            for key, result in zip(chunk_keys, results, strict=True):
                cache.put(key, result)
    return len(keys)
