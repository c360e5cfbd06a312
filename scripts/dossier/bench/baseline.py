"""What a user would pick instead: plain Pelican, its default theme and Markdown reader, Pagefind.

The baseline runs in its own venv (Python-Markdown is not a dependency of this project), made
once under the cache folder and remade when :data:`PINS` change. Its transitive dependencies
are held to this project's pins (``requirements.txt`` as a constraints file), so the two sides
run the same Jinja2, Pygments and friends. It builds the very article bodies our ingest wrote,
with Pelican's ``Key: value`` metadata header instead of YAML front matter, under Pelican's
default settings, then ``python -m pagefind --site`` indexes the output.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import yaml

from .measure import CACHE_ON, REPO, edit_one_article, site_sizes
from .process import pelican_step, run_step

PINS = ("pelican==4.12.0", "markdown==3.11.3", "pagefind[bin]==1.5.2")
STAMP = ".bench-pins"


def baseline_python(cache: Path) -> Path:
    """The baseline venv's interpreter, created (or remade for new pins) on first use."""
    folder = cache.resolve() / "baseline-venv"  # absolute: the steps run in other folders
    python = folder / "bin" / "python"
    stamp = folder / STAMP
    wanted = "\n".join(PINS)
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return python
    print(f"bench: creating the baseline venv in {folder} ({', '.join(PINS)})", file=sys.stderr)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    constraints = REPO / "requirements.txt"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-c",
            str(constraints),
            *PINS,
        ],
        check=True,
    )
    stamp.write_text(wanted, encoding="utf-8")
    return python


def _header(metadata: dict[str, Any], dossier: str) -> str:
    """Pelican's own metadata block for what our front matter says."""
    fields = {
        "Title": metadata.get("title"),
        "Date": metadata.get("date"),
        "Author": metadata.get("author"),
        "Category": dossier,
        "Slug": metadata.get("slug"),
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items() if value)


def convert_content(ours: Path, target: Path) -> int:
    """Copy each article of ``ours/articles`` with a ``Key: value`` header; return the count."""
    count = 0
    for article in sorted((ours / "articles").rglob("*.md")):
        text = article.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        metadata = yaml.safe_load(front) or {}
        metadata.setdefault("slug", article.stem)
        dossier = article.parent.name
        out = target / dossier / article.name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_header(metadata, dossier) + "\n" + body.lstrip("\n"), encoding="utf-8")
        count += 1
    return count


def measure_baseline(ours_content: Path, work: Path, cache: Path) -> dict[str, Any]:
    """Build and index the baseline site; the same figures as ours where they exist."""
    python = baseline_python(cache)
    work.mkdir(parents=True, exist_ok=True)
    content, output = work / "content", work / "output"
    articles = convert_content(ours_content, content)
    base = {"PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(work / "cache")}
    build = pelican_step(python, None, base, work, "build")
    index = run_step(
        [str(python), "-m", "pagefind", "--site", str(output)], work / "pagefind.log", cwd=work
    )
    cold = pelican_step(python, None, {**base, **CACHE_ON}, work, "cache-cold")
    edit_one_article(content)
    rebuild = pelican_step(python, None, {**base, **CACHE_ON}, work, "rebuild")
    reindex = run_step(
        [str(python), "-m", "pagefind", "--site", str(output)], work / "pagefind.log", cwd=work
    )
    return {
        "articles": articles,
        "build_seconds": build.seconds,
        "pagefind_seconds": index.seconds,
        "build_and_index_seconds": build.seconds + index.seconds,
        "build_phases": build.figures["phases"],
        "build_log": build.figures["log"],
        "peak_rss_mb": max(build.peak_rss_mb, index.peak_rss_mb),
        **site_sizes(output, articles),
        "cached_cold_build_seconds": cold.seconds,
        "rebuild_seconds": rebuild.seconds + reindex.seconds,
        "output_dir": str(output),
    }
