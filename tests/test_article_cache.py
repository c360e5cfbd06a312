"""The plugins' per-article cache: an edited article is extracted again, the others are not.

A rebuild with Pelican's content cache on must only pay the quote and entity extraction of
what changed, and must give exactly the pages a build without any cache gives.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import entities.plugin as entities_plugin
import quotes.collect as quotes_collect
from dossier.article_cache import ArticleCache, content_key
from tests.sitebuild import article, build_site, write_tree

CACHE_ON = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
FILES = {
    "dossiers/d.md": article("D"),
    "articles/d/a.md": article(
        "A", "“We will not back down,” Vladimir Putin said in Moscow.", date="2024-10-24"
    ),
    "articles/d/b.md": article(
        "B", "Mark Rutte, NATO's Secretary General, said: “This is a dangerous escalation.”"
    ),
}


def _spy(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[str]:
    """Replace ``module.name`` by a wrapper recording the first argument of every call."""
    calls: list[str] = []
    original: Callable[..., Any] = getattr(module, name)

    def recording(text: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return calls


def _extracted(calls: list[str]) -> list[str]:
    """Which fixture articles (by the name of the speaker in them) were extracted."""
    return sorted("a" if "Putin" in text else "b" for text in calls)


def _pages(output: Path) -> dict[str, bytes]:
    """Every built file except the Pagefind bundle (its filter files are unordered)."""
    return {
        p.relative_to(output).as_posix(): p.read_bytes()
        for p in output.rglob("*")
        if p.is_file() and "pagefind" not in p.relative_to(output).parts
    }


def _build(tmp: Path, content: Path, **settings: Any) -> dict[str, bytes]:
    site = build_site(tmp, content=content, CACHE_PATH=str(tmp / "cache"), **settings)
    return _pages(site.output)


@pytest.mark.slow
def test_only_the_edited_article_is_extracted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    write_tree(content, FILES)
    quoted = _spy(monkeypatch, quotes_collect, "extract_quotes")
    named = _spy(monkeypatch, entities_plugin, "extract_entities")
    _build(tmp_path / "first", content, **CACHE_ON)
    assert _extracted(quoted) == _extracted(named) == ["a", "b"]
    assert (tmp_path / "first/cache/dossier-plugins/quotes.pickle").is_file()
    assert (tmp_path / "first/cache/dossier-plugins/entities.pickle").is_file()

    quoted.clear()
    named.clear()
    _build(tmp_path / "first", content, **CACHE_ON)
    assert quoted == named == []  # nothing changed: nothing extracted

    edited = content / "articles/d/a.md"
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\n“Never,” Putin added.\n", encoding="utf-8"
    )
    cached = _build(tmp_path / "first", content, **CACHE_ON)
    assert _extracted(quoted) == _extracted(named) == ["a"]
    assert cached == _build(tmp_path / "fresh", content)  # same pages as without any cache


@pytest.mark.slow
def test_a_changed_curator_file_invalidates_the_entity_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    write_tree(content, FILES)
    named = _spy(monkeypatch, entities_plugin, "extract_entities")
    _build(tmp_path, content, **CACHE_ON)
    named.clear()
    (content / "entities.yml").write_text(
        "- name: Mark Rutte\n  type: person\n  aliases: [Rutte]\n", encoding="utf-8"
    )
    _build(tmp_path, content, **CACHE_ON)
    assert _extracted(named) == ["a", "b"]


@pytest.mark.slow
def test_no_cache_is_written_or_read_with_pelicans_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    write_tree(content, FILES)
    quoted = _spy(monkeypatch, quotes_collect, "extract_quotes")
    _build(tmp_path, content)
    _build(tmp_path, content)
    assert _extracted(quoted) == ["a", "a", "b", "b"]
    assert not (tmp_path / "cache" / "dossier-plugins").exists()


def test_a_fingerprint_change_discards_every_entry(tmp_path: Path) -> None:
    path = tmp_path / "x.pickle"
    first = ArticleCache(path, "v1", load=True)
    assert first.get_or_compute(content_key(b"a"), lambda: [1]) == [1]
    first.save()
    assert ArticleCache(path, "v1", load=True).get_or_compute(content_key(b"a"), list) == [1]
    assert ArticleCache(path, "v2", load=True).get_or_compute(content_key(b"a"), list) == []


def test_unused_entries_are_dropped_and_a_broken_file_is_a_cold_cache(tmp_path: Path) -> None:
    path = tmp_path / "x.pickle"
    cache = ArticleCache(path, "v", load=True)
    cache.get_or_compute("old", lambda: 1)
    cache.save()
    cache = ArticleCache(path, "v", load=True)
    cache.get_or_compute("new", lambda: 2)
    cache.save()
    with path.open("rb") as stored:
        assert pickle.load(stored)["entries"] == {"new": 2}
    path.write_bytes(b"not a pickle")
    cache = ArticleCache(path, "v", load=True)
    assert cache.get_or_compute("new", lambda: 3) == 3
    assert (cache.hits, cache.misses) == (0, 1)


def test_the_fingerprint_covers_the_extractors_but_not_the_benchmark() -> None:
    from dossier import article_cache

    assert {"bench", "commands", "cli.py"} <= set(article_cache.NOT_FINGERPRINTED)
    assert not {"quotes", "entities", "ingest"} & set(article_cache.NOT_FINGERPRINTED)
    assert article_cache.library_fingerprint() == article_cache.library_fingerprint()
