"""The plugins' per-article cache: an edited article is extracted again, the others are not.

A rebuild with Pelican's content cache on must only pay the quote and entity extraction of
what changed, and must give exactly the pages a build without any cache gives.
"""

from __future__ import annotations

import ast
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import dossiers.plugin as dossiers_plugin
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
        entries = pickle.load(stored)["entries"]
    assert {key: pickle.loads(value) for key, value in entries.items()} == {"new": 2}
    path.write_bytes(b"not a pickle")
    cache = ArticleCache(path, "v", load=True)
    assert cache.get_or_compute("new", lambda: 3) == 3
    assert (cache.hits, cache.misses) == (0, 1)


def test_the_fingerprint_covers_the_extractors_but_not_the_benchmark() -> None:
    from dossier import article_cache

    assert {"bench", "commands", "cli.py"} <= set(article_cache.NOT_FINGERPRINTED)
    assert not {"quotes", "entities", "ingest"} & set(article_cache.NOT_FINGERPRINTED)
    assert article_cache.library_fingerprint() == article_cache.library_fingerprint()


def _dossier_imports(source: Path, package: Path) -> set[str]:
    """The modules of the ``dossier`` package that ``source`` imports, as paths relative to
    the package (``quotes/model.py``, or ``errors.py``)."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    here = source.relative_to(package).parent
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = here.joinpath(*[".."] * (node.level - 1))
        elif (node.module or "").split(".")[0] == "dossier":
            base, node.module = Path(), ".".join((node.module or "").split(".")[1:]) or None
        else:
            continue
        target = Path(os.path.normpath(base.joinpath(*(node.module or "").split("."))))
        found.add(target.with_suffix(".py").as_posix())
    return found


@pytest.mark.parametrize(
    "sources",
    [quotes_collect.SOURCES, entities_plugin.SOURCES, dossiers_plugin.SOURCES],
    ids=["quotes", "entities", "republications"],
)
def test_a_cache_fingerprints_every_library_module_its_work_imports(
    sources: tuple[str, ...],
) -> None:
    """A cache fingerprints only the parts of the library it declares: if they imported
    anything else, an edit there would serve stale results."""
    import dossier

    package = Path(dossier.__file__).parent
    files = [
        path
        for source in sources
        for path in (
            (package / source).rglob("*.py") if (package / source).is_dir() else [package / source]
        )
    ]
    for path in files:
        for imported in _dossier_imports(path, package):
            inside = any(
                Path(imported).is_relative_to(source)
                or Path(imported).with_suffix("").is_relative_to(source)
                for source in sources
            )
            assert inside, f"{path.relative_to(package)} imports {imported}, not in {sources}"


def test_entries_round_trip_through_the_file_and_unchanged_entries_are_not_rewritten(
    tmp_path: Path,
) -> None:
    from dossier.entities.model import Mention
    from dossier.quotes import Quote

    path = tmp_path / "x.pickle"
    value = [
        Quote("We will not back down", "Vladimir Putin", [(1, 22)], paragraph=2),
        Mention("vladimir-putin", "Putin", 30, 35, 2, "person", "Vladimir Putin"),
    ]
    cache = ArticleCache(path, "v", load=True)
    cache.get_or_compute("a", lambda: value)
    cache.save()
    written = path.stat().st_ino  # a save writes a new file and renames it over the old one
    cache = ArticleCache(path, "v", load=True)
    assert cache.get_or_compute("a", list) == value
    cache.save()  # the very entries it read: the file is left as it is
    assert path.stat().st_ino == written
    cache = ArticleCache(path, "v", load=True)
    cache.get_or_compute("b", list)
    cache.save()  # a new entry: the file is written again
    assert path.stat().st_ino != written


def test_an_entry_that_no_longer_unpickles_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "cache.pickle"
    cache = ArticleCache(path, "v", load=True)
    cache.get_or_compute("a", lambda: [1])
    cache.save()
    cache = ArticleCache(path, "v", load=True)
    cache._old["a"] = b"not a pickle"  # as if a class it names had changed since
    assert cache.get_or_compute("a", lambda: [2]) == [2]
    assert (cache.hits, cache.misses) == (0, 1)


def test_entries_listed_ahead_but_not_used_are_kept_for_the_next_build(tmp_path: Path) -> None:
    """A draft's results: the early batch computes them, no page asks for them."""
    path = tmp_path / "cache.pickle"
    cache = ArticleCache(path, "v", load=True)
    cache.put("draft", [1])
    cache.get_or_compute("published", lambda: [2])
    cache.save()
    written = path.stat().st_ino
    cache = ArticleCache(path, "v", load=True)
    assert cache.has("draft")
    cache.retain("draft")  # listed by the next build's early batch, still not asked for
    assert cache.get_or_compute("published", list) == [2]
    cache.save()
    assert path.stat().st_ino == written  # nothing new: not rewritten, the draft still in it
    cache = ArticleCache(path, "v", load=True)
    cache.get_or_compute("published", list)
    cache.save()  # the draft is gone from the content folder: no batch lists it any more
    cache = ArticleCache(path, "v", load=True)
    assert not cache.has("draft") and cache.has("published")
