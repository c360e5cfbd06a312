"""``make bench`` must not rot: its machinery runs end to end on a tiny corpus.

Nothing here asserts on a timing (timings belong to the benchmark, never to a test); only
that the corpus is deterministic, every figure is in the report and the JSON is written. The
baseline (a venv of its own) and the browser are skipped: their figures show as "–".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.bench.__main__ import main
from dossier.bench.corpus import CorpusSpec, generate
from dossier.bench.report import FIGURES, TARGETS, check_targets

pytestmark = pytest.mark.slow


def test_the_corpus_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    spec = CorpusSpec(articles=6, dossiers=2, seed=7)
    first, second = generate(spec, tmp_path / "a"), generate(spec, tmp_path / "b")
    files = sorted(p.relative_to(first.raw) for p in first.raw.rglob("*") if p.is_file())
    assert len(files) == 6 + 2  # the pages and a sidecar per dossier
    for name in files:
        assert (first.raw / name).read_bytes() == (second.raw / name).read_bytes()
    assert first.quotes > 0
    assert 400 * 6 <= first.words <= 1300 * 6


def test_a_tiny_run_reports_every_figure_and_writes_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results"
    argv = ["--articles", "20", "--dossiers", "2", "--work", str(tmp_path / "work")]
    assert main([*argv, "--results", str(results), "--skip-baseline", "--skip-browser"]) == 0
    report = capsys.readouterr().out
    for figure in FIGURES:
        assert f"| {figure.label} |" in report
    for target in TARGETS:
        assert target.name in report
    figures = json.loads((results / "latest.json").read_text(encoding="utf-8"))
    assert (results / "n20.json").is_file()
    assert figures["corpus"]["articles"] == 20
    ours = figures["ours"]
    assert ours["ingest_articles"] == 20
    for key in ("build_seconds", "rebuild_seconds", "peak_rss_mb", "index_bytes_per_article"):
        assert ours[key] > 0, key
    assert "finalized (search index)" in ours["build_phases"]
    assert not ours["build_log"].get("ERROR"), "the benchmarked build logged errors"


def test_the_query_bytes_target_is_checked_and_shown_in_kb() -> None:
    results = {"corpus": {"articles": 2000}, "ours": {"one_word_bytes_search_page": 456_793}}
    (row,) = [r for r in check_targets(results) if r["target"].startswith("one-word query")]
    assert row["value"] == pytest.approx(446.08, abs=0.01)
    assert row["limit"] == 300
    assert row["met"] is False
