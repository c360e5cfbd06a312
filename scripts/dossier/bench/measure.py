"""Our pipeline on the generated corpus: ingest, full build, cached rebuild, sizes.

Each step is a child process (see :mod:`.process`). The rebuild is measured the way a curator
works with ``make devserver``: Pelican's content cache on (``CACHE_CONTENT`` and
``LOAD_CONTENT_CACHE``, ``CONTENT_CACHING_LAYER = "reader"``, Pelican's default: the reader's
output is cached per file, keyed on its mtime), one article edited, the site built again. The
same two settings turn on the quotes and entities plugins' per-article cache
(:mod:`dossier.article_cache`, keyed on each file's content hash), so only the edited article
is extracted again; dossiers are still grouped, every page is still written and Pagefind still
indexes the whole site: that is what the figure shows.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .process import pelican_step, run_step, tree_bytes

REPO = Path(__file__).resolve().parents[3]
SETTINGS = REPO / "pelicanconf.py"
EDIT = "\nA paragraph added by the benchmark, to time a rebuild after one edit.\n"
CACHE_ON = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}


def edit_one_article(content: Path) -> Path:
    """Append a paragraph to the first article (by path), as a curator's edit would."""
    article = sorted(content.rglob("*.md"))[0]
    with article.open("a", encoding="utf-8") as out:
        out.write(EDIT)
    return article


def site_sizes(output: Path, articles: int) -> dict[str, Any]:
    """Bytes of the site and of its search index, and the index per article."""
    index = tree_bytes(output / "pagefind")
    return {
        "output_bytes": tree_bytes(output),
        "html_pages": sum(1 for _ in output.rglob("*.html")),
        "index_bytes": index,
        "index_bytes_per_article": index / max(articles, 1),
    }


def measure_ours(raw: Path, work: Path, articles: int, *, profile: bool) -> dict[str, Any]:
    """Every figure of our pipeline; ``work`` holds the content, output, cache and logs."""
    work.mkdir(parents=True, exist_ok=True)
    content, output = work / "content", work / "output"
    dossier = Path(sys.executable).with_name("dossier")
    ingest = run_step(
        [str(dossier), "ingest", str(raw), "--content", str(content)], work / "ingest.log"
    )
    written = sum(1 for _ in (content / "articles").rglob("*.md"))
    base = {"PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(work / "cache")}
    build = pelican_step(Path(sys.executable), SETTINGS, base, work, "build")
    if profile:  # a build of its own: cProfile slows the timed one down by half
        pelican_step(Path(sys.executable), SETTINGS, base, work, "profile", profile=True)
    figures: dict[str, Any] = {
        "ingest_seconds": ingest.seconds,
        "ingest_articles": written,
        "ingest_articles_per_s": written / ingest.seconds,
        "ingest_articles_per_cpu_s": written / max(ingest.cpu_seconds, 1e-9),
        "build_seconds": build.seconds,
        "build_and_index_seconds": build.seconds,  # our search plugin runs Pagefind in it
        "build_phases": build.figures["phases"],
        "build_log": build.figures["log"],
        "peak_rss_mb": build.peak_rss_mb,
        **site_sizes(output, written),
    }
    cold = pelican_step(Path(sys.executable), SETTINGS, {**base, **CACHE_ON}, work, "cache-cold")
    edit_one_article(content)
    rebuild = pelican_step(Path(sys.executable), SETTINGS, {**base, **CACHE_ON}, work, "rebuild")
    figures |= {
        "cached_cold_build_seconds": cold.seconds,
        "rebuild_seconds": rebuild.seconds,
        "rebuild_phases": rebuild.figures["phases"],
        "output_dir": str(output),
    }
    return figures
