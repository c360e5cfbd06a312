"""The plugins' extraction on several cores gives exactly the serial results, in order.

The sample site is below :data:`dossier.parallel.PARALLEL_MIN`, so its builds stay serial;
here the pool is forced on (``minimum=1``, two workers) over the sample's own articles.
"""

from __future__ import annotations

from pathlib import Path

from dossier.article_cache import ArticleCache, content_key
from dossier.entities import EntityIndex, extract_entities
from dossier.ingest.article_file import article_body
from dossier.parallel import entities_of_files, fill_cache, quotes_of_texts
from dossier.quotes import extract_quotes

CONTENT = Path(__file__).resolve().parents[1] / "content"
ARTICLES = sorted((CONTENT / "articles").rglob("*.md"))[:12]


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
