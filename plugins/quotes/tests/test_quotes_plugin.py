"""The quote index pages, built from small fixture dossiers."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from tests.sitebuild import BuiltSite, article, build_site

PUTIN_1 = (
    "“What we do within this framework is our business,” Russian President Vladimir Putin "
    "said on Thursday at the summit."
)
PUTIN_2 = (
    "Vladimir Putin told state television on Friday: “What we do within this framework is "
    "our own business.”"
)
RUTTE = "Mark Rutte, NATO's Secretary General, said: “This is a dangerous escalation of the war.”"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(
        tmp_path_factory.mktemp("quotes"),
        {
            "dossiers/troops.md": article("Troops"),
            "articles/troops/a.md": article(
                "A", f"Intro.\n\n{PUTIN_1}\n\n{RUTTE}", date="2024-10-24", source="Outlet A"
            ),
            "articles/troops/b.md": article(
                "B", f"{PUTIN_2}", date="2024-10-25", source="Outlet B"
            ),
            "articles/troops/agg.md": article(
                "Aggregator",
                "",
                aggregator={"quotes": ["This is a dangerous escalation of the war."]},
            ),
        },
    )


def test_same_statement_from_two_outlets_is_one_entry(site: BuiltSite) -> None:
    index = site.html("dossiers/troops/").select_one("section.quote-index")
    entries = index.select("li.quote-entry")
    putin = [e for e in entries if "framework" in e.blockquote.get_text()]
    assert len(putin) == 1
    carriers = [a.get_text() for a in putin[0].select(".quote-meta a")]
    assert carriers == ["Outlet A", "Outlet B"]
    assert "1 other wording" in putin[0].select_one("details summary").get_text()
    assert putin[0].select_one(".quote-meta a")["href"].endswith("articles/troops/a/#p-2")


def test_speakerless_quote_inherits_the_speaker_via_the_outlet(site: BuiltSite) -> None:
    page = site.html("dossiers/troops/")
    rutte = next(e for e in page.select("li.quote-entry") if "escalation" in e.get_text())
    assert "attributed via Outlet A" in rutte.get_text(" ", strip=True)
    group = rutte.find_parent("ul").find_previous_sibling("h3")
    assert group.a.get_text() == "Mark Rutte"


def test_article_quotes_are_marked_and_linked_to_the_index(site: BuiltSite) -> None:
    page = site.html("articles/troops/a/")
    mark = page.select_one("#p-2 mark.quote a")
    assert mark is not None and "What we do within this framework" in mark.get_text()
    assert mark["href"].startswith("../../../dossiers/troops/#q-")
    target = mark["href"].split("#")[1]
    assert site.html("dossiers/troops/").select_one(f"#{target}") is not None


def test_speaker_pages_and_site_index(site: BuiltSite) -> None:
    speaker = site.html("speakers/vladimir-putin/")
    assert speaker.h1.get_text() == "Vladimir Putin"
    assert len(speaker.select("li.quote-entry")) == 1
    index = site.html("quotes/")
    assert [a.get_text() for a in index.select("nav.speaker-nav a")] == [
        "Mark Rutte",
        "Vladimir Putin",
    ] or [a.get_text() for a in index.select("nav.speaker-nav a")] == [
        "Vladimir Putin",
        "Mark Rutte",
    ]


def test_quotes_json_has_stable_keys(site: BuiltSite) -> None:
    data = json.loads(site.path("dossiers/troops/quotes.json").read_text())
    assert data["version"] == 1 and data["dossier"] == "troops"
    entry = next(e for e in data["entries"] if "framework" in e["text"])
    assert set(entry) == {
        "id",
        "speaker",
        "text",
        "variants",
        "first_reported",
        "speaker_inherited_via",
        "reports",
    }
    assert entry["speaker"] == "Vladimir Putin" and entry["first_reported"] == "2024-10-24"
    assert [r["outlet"] for r in entry["reports"]] == ["Outlet A", "Outlet B"]
    rutte = next(e for e in data["entries"] if "escalation" in e["text"])
    assert rutte["speaker_inherited_via"] == "Outlet A"


def test_curator_fix_wins_and_unmatched_fix_is_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    fixes = [
        {"quote": "dangerous escalation", "speaker": "Jens Stoltenberg"},
        {"quote": "words nobody said", "drop": True},
    ]
    built = build_site(
        tmp_path,
        {
            "dossiers/d.md": article("D"),
            "articles/d/a.md": article("A", RUTTE, date="2024-10-24", quote_fixes=fixes),
        },
    )
    entry = built.html("dossiers/d/").select_one("li.quote-entry")
    assert entry.find_parent("ul").find_previous_sibling("h3").a.get_text() == ("Jens Stoltenberg")
    warning = next(r.getMessage() for r in caplog.records if "quote_fixes" in r.getMessage())
    assert "a.md:" in warning and "words nobody said" in warning


def test_entry_anchors_are_unique_on_the_dossier_page(site: BuiltSite) -> None:
    ids = [li["id"] for li in site.html("dossiers/troops/").select("li.quote-entry")]
    assert ids and len(ids) == len(set(ids))


def test_colliding_entry_ids_get_a_suffix() -> None:
    from quotes.model import QuoteEntry
    from quotes.plugin import _unique_ids

    entries = [QuoteEntry(id="q-1", canonical="x", speaker=None, dossier=None) for _ in range(3)]
    _unique_ids(entries)
    assert [e.id for e in entries] == ["q-1", "q-1-2", "q-1-3"]


def test_the_second_pass_reads_only_articles_the_early_batch_did_not_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    import quotes.collect as collect
    from dossier.article_cache import ArticleCache

    listed, extra = tmp_path / "listed.md", tmp_path / "extra.md"
    for path in (listed, extra):
        path.write_text(article("T", "“Yes,” she said."), encoding="utf-8")
    cache = ArticleCache(None, "test", load=False)
    ahead = collect.start_extraction([listed], cache)
    assert ahead.listed == {str(listed)}
    read: list[Path] = []
    original = collect.start_extraction

    def recording(paths: Any, cache: ArticleCache) -> Any:
        read.extend(paths)
        return original(read, cache)

    monkeypatch.setattr(collect, "start_extraction", recording)
    articles = [SimpleNamespace(source_path=str(p)) for p in (listed, extra)]
    collect.extract_ahead(articles, cache, ahead.listed)
    assert read == [extra]
