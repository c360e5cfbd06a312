"""The search plugin: its setting, the record contract, and the bundle it writes into output/."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pelican import signals

from dossier.pelican_support import PluginSettingsError
from search.indexer import RECORDS_DIR, SearchIndexError, build_index
from search.records import RecordError, record_from_dict, record_html
from search.settings import search_settings
from tests.sitebuild import BuiltSite, article, build_site

FILES = {
    "dossiers/troops.md": article("Troops in Russia", summary="How the story was covered."),
    "articles/troops/late.md": article(
        "NATO alarmed",
        body="Mark Rutte confirmed the deployment.\n\nA second paragraph about Kursk.",
        date="2024-10-28",
        dossier="troops",
        source="TDPel Media",
    ),
    "articles/troops/early.md": article(
        "Putin replies",
        body="“This is our business,” Putin said.",
        date="2024-10-24",
        dossier="troops",
        source="VoM News",
    ),
}
QUOTE = {
    "url": "articles/troops/early/#p-1",
    "title": "“This is our business”",
    "content": "This is our business.",
    "kind": "quote",
    "filters": {"speaker": "Vladimir Putin", "outlet": ["VoM News"]},
    "meta": {"speaker": "Vladimir Putin", "date": "2024-10-24"},
    "sort": {"date": "2024-10-24"},
}


def bundle_strings(site: BuiltSite, folder: str) -> bytes:
    """Every file of a bundle folder, un-gzipped and joined: enough to look for a value."""
    files = sorted((site.output / "pagefind" / folder).iterdir())
    return b"\n".join(gzip.decompress(f.read_bytes()) for f in files)


@pytest.fixture
def records_from_a_plugin() -> Iterator[list[dict[str, Any]]]:
    """Plays the quote plugin: appends records to context["search_records"] in the context phase."""
    records: list[dict[str, Any]] = []

    def add(generators: list[Any]) -> None:
        generators[0].context.setdefault("search_records", []).extend(records)

    signals.all_generators_finalized.connect(add)
    yield records
    signals.all_generators_finalized.disconnect(add)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(tmp_path_factory.mktemp("search"), FILES)


# --- settings ----------------------------------------------------------------------------


def test_defaults_follow_the_site_language() -> None:
    options = search_settings({"DEFAULT_LANG": "fr"})
    assert options["enabled"] is True
    assert options["language"] == "fr"
    assert options["page_url"] == "search/"


def test_an_unknown_key_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(PluginSettingsError, match=r"unknown key\(s\) enable;.*enabled"):
        search_settings({"SEARCH": {"enable": False}})


@pytest.mark.parametrize(
    "given",
    [{"enabled": "no"}, {"page_url": ""}, {"exclude_selectors": ".nav"}, {"language": 3}],
)
def test_wrong_types_are_errors(given: dict[str, Any]) -> None:
    with pytest.raises(PluginSettingsError, match="SEARCH"):
        search_settings({"SEARCH": given})


def test_a_typo_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(PluginSettingsError):
        build_site(tmp_path, FILES, SEARCH={"langauge": "en"})


# --- the record contract ---------------------------------------------------------------


def test_a_record_is_normalised() -> None:
    record = record_from_dict(QUOTE)
    assert record.url == "/articles/troops/early/#p-1"
    assert record.filters == {
        "kind": ["quote"],
        "outlet": ["VoM News"],
        "speaker": ["Vladimir Putin"],
    }
    assert record.meta["title"] == "“This is our business”"
    assert record.meta["kind"] == "quote"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"url": "https://elsewhere.example/x"}, "path inside the site"),
        ({"kind": "tweet"}, "'kind' must be one of"),
        ({"title": ""}, "'title' must be a non-empty string"),
        ({"filters": {"Speaker Name": "x"}}, "lowercase"),
        ({"meta": {"date": 2024}}, "must be a string"),
        ({"speaker": "typo at the top level"}, "unknown key"),
        ({"parts": [{"id": "q 1", "text": "x"}]}, "HTML id"),
        ({"parts": [{"id": "q-1"}]}, "a part must be"),
    ],
)
def test_a_broken_record_says_why(change: dict[str, Any], reason: str) -> None:
    with pytest.raises(RecordError, match=reason):
        record_from_dict({**QUOTE, **change})


def test_record_values_are_escaped_and_never_split_on_commas() -> None:
    record = record_from_dict({**QUOTE, "filters": {"speaker": "Kim Jong Un, Jr. <b>"}})
    page = record_html(record, "en")
    assert '<span data-pagefind-filter="speaker">Kim Jong Un, Jr. &lt;b&gt;</span>' in page
    assert "<b>" not in page


def test_each_part_of_a_record_keeps_its_anchor() -> None:
    """A record of several passages: the search page links a match to the passage's id."""
    parts = [{"id": "q-1", "text": "This is our business."}, {"id": "q-2", "text": "No & more."}]
    record = record_from_dict({**QUOTE, "content": "Vladimir Putin", "parts": parts})
    assert record.parts == (("q-1", "This is our business."), ("q-2", "No & more."))
    page = record_html(record, "en")
    assert '<p id="q-1">This is our business.</p>' in page
    assert '<p id="q-2">No &amp; more.</p>' in page


# --- the bundle ------------------------------------------------------------------------


def test_the_index_is_written_into_the_output_folder(site: BuiltSite) -> None:
    entry = json.loads((site.output / "pagefind/pagefind-entry.json").read_text())
    # Two articles, the dossier page, one page per entity and one record per speaker and
    # dossier (the quote plugin groups quotes); home, archives, 404 and search have no
    # data-pagefind-body, so they are not in the index.
    entity_pages = len(list((site.output / "entities").glob("*/index.html")))
    speakers = {
        (path.parent.name, quote["speaker"])
        for path in (site.output / "dossiers").glob("*/quotes.json")
        for quote in json.loads(path.read_text())["entries"]
    }
    assert entity_pages > 0 and speakers
    assert entry["languages"]["en"]["page_count"] == 3 + entity_pages + len(speakers)
    assert (site.output / "pagefind/pagefind.js").is_file()


def test_the_search_page_and_the_header_box_point_at_each_other(site: BuiltSite) -> None:
    search = site.html("search/")
    assert search.select_one(".search-page[data-site-root]") is not None
    assert search.select_one("form.site-search") is None  # no second box on the search page
    home = site.html("index.html")
    form = home.select_one("form.site-search")
    assert form is not None and form["action"] == "./search/"
    assert form.select_one("input[name=q]") is not None


def test_filters_and_records_are_indexed(site: BuiltSite) -> None:
    filters = bundle_strings(site, "filter")
    for value in (b"TDPel Media", b"VoM News", b"Troops in Russia", b"article", b"dossier"):
        assert value in filters
    fragments = bundle_strings(site, "fragment").decode()
    assert "Mark Rutte confirmed the deployment" in fragments
    assert "Skip to content" not in fragments  # chrome stays out
    assert '"title":"NATO alarmed"' in fragments
    assert '"date":"2024-10-28"' in fragments


def test_records_from_other_plugins_are_indexed(
    tmp_path: Path, records_from_a_plugin: list[dict[str, Any]], caplog: pytest.LogCaptureFixture
) -> None:
    records_from_a_plugin.extend([QUOTE, {**QUOTE, "kind": "tweet", "url": "x/#q-9"}])
    with caplog.at_level(logging.ERROR):
        site = build_site(tmp_path, FILES)
    assert "Search record url 'x/#q-9' skipped: 'kind' must be one of" in caplog.text
    filters = bundle_strings(site, "filter")
    assert b"Vladimir Putin" in filters and b"quote" in filters
    fragments = bundle_strings(site, "fragment").decode()
    assert '"url":"/articles/troops/early/#p-1"' in fragments


def test_a_failure_is_logged_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    monkeypatch.setattr("pagefind.service.get_executable", lambda: None)
    with caplog.at_level(logging.ERROR):
        site = build_site(tmp_path, FILES)
    assert "Search index not built" in caplog.text
    assert "binary was not found" in caplog.text
    assert not (site.output / "pagefind").exists()


def test_records_a_killed_run_left_are_removed_not_indexed(tmp_path: Path) -> None:
    stale = record_from_dict({**QUOTE, "content": "A stale quotation from a killed build."})
    page = tmp_path / "output" / RECORDS_DIR / "99999" / "index.html"  # no clash with this run
    page.parent.mkdir(parents=True)
    page.write_text(record_html(stale, "en"), encoding="utf-8")
    site = build_site(tmp_path, FILES)
    assert not (site.output / RECORDS_DIR).exists()
    assert "stale quotation" not in bundle_strings(site, "fragment").decode()


def test_a_stale_records_folder_that_stays_stops_the_indexing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / RECORDS_DIR / "00001").mkdir(parents=True)

    def refuse(path: Path, *args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("search.indexer.shutil.rmtree", refuse)
    with pytest.raises(SearchIndexError, match=f"{RECORDS_DIR} is left from an earlier run"):
        build_index(tmp_path, [], search_settings({}))
    assert not (tmp_path / "pagefind").exists()


def test_disabled_search_writes_no_index_page_or_box(tmp_path: Path) -> None:
    staged = tmp_path / "output" / RECORDS_DIR / "00001"
    staged.mkdir(parents=True)  # left by a killed build: never shipped, search on or off
    site = build_site(tmp_path, FILES, SEARCH={"enabled": False})
    assert not (site.output / RECORDS_DIR).exists()
    assert not (site.output / "pagefind").exists()
    assert not (site.output / "search").exists()
    assert site.html("index.html").select_one("form.site-search") is None


def test_the_same_content_gives_the_same_pages_and_fragments(tmp_path: Path) -> None:
    """Byte-identical except Pagefind's filter files: it writes filter values in Rust
    HashMap order (randomly seeded per process), which renames the filter files and the
    .pf_meta that lists them. The search data inside is the same."""
    first = build_site(tmp_path / "a", FILES)
    second = build_site(tmp_path / "b", FILES)
    unstable = ("pagefind/filter/", "pagefind/pagefind.", "pagefind/pagefind-entry.json")

    def stable_files(site: BuiltSite) -> dict[str, bytes]:
        return {f: site.path(f).read_bytes() for f in site.files() if not f.startswith(unstable)}

    assert stable_files(first) == stable_files(second)

    def filter_values(site: BuiltSite) -> list[list[bytes]]:
        files = (site.output / "pagefind/filter").iterdir()
        return sorted(sorted(gzip.decompress(f.read_bytes()).split(b"\x82")) for f in files)

    assert filter_values(first) == filter_values(second)
