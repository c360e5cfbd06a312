"""The benchmark's table (Markdown, pasted into the README as it is) and its JSON file.

Every figure of :data:`FIGURES` appears in every report: one that was not measured (no
Chromium, baseline skipped) shows as "–", never as a made-up number. Targets are data
(:data:`TARGETS`), checked on the figures, and named in the table as met or missed.
"""

from __future__ import annotations

import json
import operator
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True)
class Figure:
    """One row: where its value sits in the results, how it is shown."""

    label: str
    key: str  # in results["ours"] / results["baseline"]
    unit: str
    scale: float = 1.0
    digits: int = 1


FIGURES = (
    Figure("ingest throughput", "ingest_articles_per_s", "articles/s", digits=0),
    Figure("ingest per CPU-second", "ingest_articles_per_cpu_s", "articles/s", digits=0),
    Figure("full build (Pelican + Pagefind)", "build_and_index_seconds", "s"),
    Figure("peak RSS of the build", "peak_rss_mb", "MB", digits=0),
    Figure("output size", "output_bytes", "MB", scale=1 / MB),
    Figure("HTML pages", "html_pages", "", digits=0),
    Figure("search index per article", "index_bytes_per_article", "KB", scale=1 / 1024),
    Figure("rebuild after one edit (cache on)", "rebuild_seconds", "s"),
    Figure("search: first 5 results (median)", "search_ms_median", "ms", digits=0),
    Figure("search: loading Pagefind (once)", "load_pagefind_ms", "ms", digits=0),
    Figure("search page: load to 1st result", "page_to_first_result_ms_median", "ms", digits=0),
    Figure("bytes for a one-word query", "one_word_bytes", "KB", scale=1 / 1024, digits=0),
    Figure("… via our search page", "one_word_bytes_search_page", "KB", scale=1 / 1024, digits=0),
)


@dataclass(frozen=True)
class Target:
    """A goal of the issue, checked on the results."""

    name: str
    value: Callable[[dict[str, Any]], float | None]
    limit: float
    compare: Callable[[float, float], bool] = operator.le


def _get(side: str, key: str) -> Callable[[dict[str, Any]], float | None]:
    return lambda r: r.get(side, {}).get(key)


def _ratio(a: Callable[..., float | None], b: Callable[..., float | None]) -> Any:
    def ratio(r: dict[str, Any]) -> float | None:
        x, y = a(r), b(r)
        return x / y if x is not None and y else None

    return ratio


def _kb(value: Callable[[dict[str, Any]], float | None]) -> Any:
    """A figure measured in bytes, in KB: the unit its target is named and shown in."""

    def kb(r: dict[str, Any]) -> float | None:
        x = value(r)
        return None if x is None else x / 1024

    return kb


def _scaling(r: dict[str, Any]) -> float | None:
    small = r.get("reference", {}).get("build_and_index_seconds")
    if not small or r["corpus"]["articles"] <= r.get("reference", {}).get("articles", 0):
        return None
    return float(r["ours"]["build_and_index_seconds"]) / float(small)


TARGETS = (
    Target(
        "full build ≤ 1.0× baseline (build + Pagefind)",
        _ratio(
            _get("ours", "build_and_index_seconds"), _get("baseline", "build_and_index_seconds")
        ),
        1.0,
    ),
    Target("build time ≤ 5.5× the N=2,000 build", _scaling, 5.5),
    Target("peak RSS ≤ 2 GB", _get("ours", "peak_rss_mb"), 2048),
    Target(
        "rebuild after one edit ≤ 0.3× full build",
        _ratio(_get("ours", "rebuild_seconds"), _get("ours", "build_and_index_seconds")),
        0.3,
    ),
    Target(
        "ingest ≥ 100 articles/s per core",
        _get("ours", "ingest_articles_per_cpu_s"),
        100,
        operator.ge,
    ),
    Target("search first results ≤ 100 ms (median)", _get("ours", "search_ms_median"), 100),
    Target("one-word query ≤ 300 KB fetched", _kb(_get("ours", "one_word_bytes_search_page")), 300),
)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        first = meminfo.read_text(encoding="utf-8").splitlines()[0]
        memory = f"{int(first.split()[1]) / MB:.1f} GB"
    return {
        "cores": os.cpu_count(),
        "cpu": model or platform.processor(),
        "memory": memory,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def _cell(value: Any, figure: Figure) -> str:
    if value is None:
        return "–"
    return f"{value * figure.scale:,.{figure.digits}f}"


def check_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with its measured value and whether it is met (None: not measured)."""
    checked = []
    for target in TARGETS:
        value = target.value(results)
        met = None if value is None else target.compare(value, target.limit)
        checked.append({"target": target.name, "value": value, "limit": target.limit, "met": met})
    return checked


def table(results: dict[str, Any]) -> str:
    """The Markdown table of every figure, ours beside the baseline, then the targets."""
    ours, baseline = results.get("ours", {}), results.get("baseline", {})
    corpus = results["corpus"]
    lines = [
        f"N = {corpus['articles']:,} articles, D = {corpus['dossiers']} dossiers "
        f"({corpus['words']:,} words, {corpus['quotes']:,} quotes reported); "
        f"{results['machine']['cores']} cores, {results['machine']['cpu']}, "
        f"Python {results['machine']['python']}",
        "",
        "| figure | ours | plain Pelican | ours / plain | unit |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for figure in FIGURES:
        a, b = ours.get(figure.key), baseline.get(figure.key)
        ratio = f"{a / b:.2f}×" if a is not None and b else "–"
        lines.append(
            f"| {figure.label} | {_cell(a, figure)} | {_cell(b, figure)} | {ratio} | "
            f"{figure.unit} |"
        )
    lines += ["", "| phase of our build | s |", "| --- | ---: |"]
    for phase, seconds in ours.get("build_phases", {}).items():
        lines.append(f"| {phase} | {seconds:.2f} |")
    lines += ["", "| target | measured | met |", "| --- | ---: | --- |"]
    for row in results["targets"]:
        value = row["value"]
        shown = "–" if value is None else f"{value:,.2f}"
        met = {True: "yes", False: "**no**", None: "not measured"}[row["met"]]
        lines.append(f"| {row['target']} | {shown} | {met} |")
    return "\n".join(lines)


def write_json(results: dict[str, Any], folder: Path) -> list[Path]:
    """``latest.json`` and ``n<N>.json`` (the large run compares itself with n2000.json)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=2, sort_keys=True, default=str) + "\n"
    paths = [folder / "latest.json", folder / f"n{results['corpus']['articles']}.json"]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    return paths
