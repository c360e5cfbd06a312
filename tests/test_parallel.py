"""The plugins' extraction on several cores gives exactly the serial results, in order.

The sample site is below :data:`dossier.parallel.PARALLEL_MIN`, so its builds stay serial;
here the pool is forced on (``minimum=1``, two workers) over the sample's own articles.
"""

from __future__ import annotations

from pathlib import Path

from dossier.article_cache import ArticleCache, content_key
from dossier.entities import EntityIndex, extract_entities
from dossier.ingest.article_file import article_body
from dossier.parallel import (
    POOL_KEY,
    SharedPool,
    entities_of_files,
    fill_cache,
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
    assert fill_cache(cache, jobs, quotes_of_texts, workers=2, minimum=1) == len(set(jobs))
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
    fill_cache(cache, jobs, entities_of_files, str(curator), workers=2, minimum=1)
    for key, (path, present) in jobs:
        expected = extract_entities(article_body(Path(path)), index, present=present)
        assert cache.get_or_compute(key, lambda: None) == expected


def test_few_misses_stay_serial() -> None:
    cache = _cache()
    assert fill_cache(cache, [("k", "text")], quotes_of_texts, workers=2) == 0
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
