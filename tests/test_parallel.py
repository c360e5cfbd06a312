"""The plugins' extraction on several cores gives exactly the serial results, in order.

The sample site is below :data:`dossier.parallel.PARALLEL_MIN`, so its builds stay serial;
here the pool is forced on (``minimum=1``, two workers) over the sample's own articles.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dossier import parallel
from dossier.article_cache import ArticleCache, content_key
from dossier.entities import EntityIndex, extract_entities
from dossier.ingest.article_file import article_body
from dossier.parallel import (
    POOL_KEY,
    SharedPool,
    entities_of_files,
    prints_of_files,
    quotes_of_texts,
    start,
)
from dossier.quotes import extract_quotes
from dossier.syndication import fingerprints

CONTENT = Path(__file__).resolve().parents[1] / "content"
ARTICLES = sorted((CONTENT / "articles").rglob("*.md"))[:12]
FORCED = {"workers": 2, "minimum": 1}  # the pool on, whatever the machine


def _cache() -> ArticleCache:
    return ArticleCache(None, "test", load=False)


def test_quotes_computed_in_parallel_are_the_serial_ones() -> None:
    sources = [path.read_text(encoding="utf-8") for path in ARTICLES]
    jobs = [(content_key(s.encode()), s) for s in sources]
    cache = _cache()
    assert start(cache, jobs, quotes_of_texts, **FORCED).collect() == len(set(jobs))
    assert any(extract_quotes(source) for source in sources)
    for key, source in jobs:
        assert cache.get_or_compute(key, lambda: None) == extract_quotes(source)
    assert cache.hits + cache.misses == len(jobs)
    assert cache.misses == len(set(jobs))


def test_entities_computed_in_parallel_are_the_serial_ones() -> None:
    curator = CONTENT / "entities.yml"
    index = EntityIndex.load(curator)
    jobs = [(str(path), (str(path), [])) for path in ARTICLES]
    cache = _cache()
    start(cache, jobs, entities_of_files, str(curator), **FORCED).collect()
    for key, (path, present) in jobs:
        expected = extract_entities(article_body(Path(path)), index, present=present)
        assert cache.get_or_compute(key, lambda: None) == expected


def test_few_misses_stay_serial() -> None:
    cache = _cache()
    assert start(cache, [("k", "text")], quotes_of_texts, workers=2).collect() == 0
    assert not cache.has("k")


def test_batches_started_early_share_one_pool_until_the_last_is_collected() -> None:
    owner: dict[str, object] = {}
    paths = [str(path) for path in ARTICLES]
    prints, quotes = _cache(), _cache()
    sources = [path.read_text(encoding="utf-8") for path in ARTICLES]
    jobs = list(zip(paths, sources, strict=True))
    first = start(prints, [(p, p) for p in paths], prints_of_files, owner=owner, **FORCED)
    second = start(quotes, jobs, quotes_of_texts, owner=owner, **FORCED)
    shared = owner[POOL_KEY]
    assert first.shared is second.shared is shared
    assert first.collect() == len(paths)
    assert second.shared is shared  # still running: the pool stays up
    assert second.collect() == len(paths)
    for path, source in zip(paths, sources, strict=True):
        assert prints.get_or_compute(path, lambda: None) == fingerprints(article_body(Path(path)))
        assert quotes.get_or_compute(path, lambda: None) == extract_quotes(source)
    third = start(_cache(), [(p, p) for p in paths], prints_of_files, owner=owner, **FORCED)
    assert third.shared is not shared  # the first pool was shut down; a new one serves
    third.collect()


def test_an_unreadable_file_leaves_its_chunk_to_the_serial_loop_and_frees_the_pool() -> None:
    owner: dict[str, object] = {}
    missing = ["no-such-article.md"]
    cache = _cache()
    ahead = start(cache, [(p, p) for p in missing], prints_of_files, owner=owner, **FORCED)
    shared = owner[POOL_KEY]
    assert isinstance(shared, SharedPool)
    assert ahead.collect() == 0  # nothing cached: the plugin computes it and logs the error
    assert not cache.has("no-such-article.md")
    assert ahead.shared is None and shared.batches == 0
    after = start(_cache(), [(p, p) for p in missing], prints_of_files, owner=owner, **FORCED)
    assert after.shared is not shared  # the first pool was shut down
    after.collect()


def _slow_jobs(count: int) -> list[tuple[str, str]]:
    """Jobs that take a while each, so that most chunks are still queued right after start."""
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in ARTICLES) * 4
    return [(f"k{number}", text) for number in range(count)]


def test_a_batch_a_failed_build_left_uncollected_is_cancelled_by_the_next_build() -> None:
    failed: dict[str, object] = {}
    left = start(_cache(), _slow_jobs(16), quotes_of_texts, owner=failed, **FORCED)
    stale = failed[POOL_KEY]
    assert isinstance(stale, SharedPool) and stale.batches == 1
    following = start(_cache(), _slow_jobs(2), quotes_of_texts, owner={}, **FORCED)
    assert stale.batches == 0 and following.shared is not stale
    assert any(future.cancelled() for _, future in left.chunks)  # queued: never computed
    with pytest.raises(RuntimeError):
        stale.pool.submit(quotes_of_texts, [])
    assert left.collect() < 16  # what the closed pool still finished (the rest: serially)
    following.collect()


def test_at_exit_queued_chunks_are_cancelled_not_waited_for() -> None:
    ahead = start(_cache(), _slow_jobs(16), quotes_of_texts, owner={}, **FORCED)
    shared = ahead.shared
    assert shared is not None
    parallel._close_live_pools()  # what the interpreter runs at exit, before joining the pool
    assert any(future.cancelled() for _, future in ahead.chunks)
    assert shared not in parallel._LIVE
    ahead.collect()


EXITING = """
from pathlib import Path
from dossier.article_cache import ArticleCache
from dossier.parallel import quotes_of_texts, start
text = Path({path!r}).read_text(encoding="utf-8")
jobs = [(f"k{{n}}", text) for n in range(16)]
batch = start(ArticleCache(None, "t", load=False), jobs, quotes_of_texts, owner={{}}, workers=2,
              minimum=1)
{then}
"""


@pytest.mark.parametrize("then", ["batch.collect()", "pass  # a failed build: never collected"])
def test_a_process_that_started_a_pool_exits(then: str) -> None:
    """Workers forked from the build inherit its list of live pools: closing those copies at
    their exit waited forever on threads they do not have, and the build never exited."""
    code = EXITING.format(path=str(ARTICLES[0]), then=then)
    done = subprocess.run([sys.executable, "-c", code], timeout=120, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()


def test_a_build_that_starts_no_pool_still_closes_the_one_a_failed_build_left() -> None:
    left = start(_cache(), _slow_jobs(16), quotes_of_texts, owner={}, **FORCED)
    stale = left.shared
    assert stale is not None
    nothing = start(_cache(), [("k", "text")], quotes_of_texts, owner={}, workers=2)
    assert nothing.shared is None  # too few misses: this build stays serial
    assert stale not in parallel._LIVE and stale.batches == 0
    left.collect()


def test_the_exit_hook_runs_before_the_one_that_waits_for_queued_chunks() -> None:
    """Hooks run in reverse order of registration: ours must come after concurrent.futures'."""
    import concurrent.futures.process
    import threading

    hooks = [getattr(hook, "func", hook) for hook in threading._threading_atexits]  # type: ignore[attr-defined]
    ours = hooks.index(parallel._close_live_pools)
    assert ours > hooks.index(concurrent.futures.process._python_exit)
