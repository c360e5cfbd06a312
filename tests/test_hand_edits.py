"""Hand-edited Markdown: each mistake names its file (and line) and gets the documented fate.

The decisions (README, "When things go wrong"): a file whose front matter cannot be read, whose
date is not a date, or that has no title is skipped with an error and the rest of the site is
built; an unknown dossier, a duplicate slug or a quote fix that matches nothing is a warning and
the build goes on with a safe default.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, article, build_site

GOOD = article("Good", date="2024-10-24", dossier="d")
CASES = {
    "broken-yaml": (
        {"articles/d/bad.md": "---\ntitle: Putin: ours\ndate: 2024-10-24\n---\nBody\n"},
        logging.ERROR,
        "bad.md:2: front matter is not valid YAML",
        False,
    ),
    "not-a-date": (
        {"articles/d/bad.md": "---\ntitle: Bad\ndate: last Friday\n---\nBody\n"},
        logging.ERROR,
        "bad.md:3: 'date: last Friday' is not a date",
        False,
    ),
    "impossible-date": (
        {"articles/d/bad.md": "---\ntitle: Bad\ndate: 2024-13-45\n---\nBody\n"},
        logging.ERROR,
        "bad.md:3: front matter: '2024-13-45' is not a valid value",
        False,
    ),
    "missing-title": (
        {"articles/d/bad.md": "---\ndate: 2024-10-24\n---\nBody\n"},
        logging.ERROR,
        "could not find information about 'title'",
        False,
    ),
    "unknown-dossier": (
        {"articles/d/bad.md": article("Bad", date="2024-10-24", dossier="typo-dossier")},
        logging.WARNING,
        "names dossier 'typo-dossier', which has no definition",
        True,
    ),
    "duplicate-slug": (
        {"articles/other/good.md": article("Twin", date="2024-10-25", dossier="d")},
        logging.WARNING,
        "slug 'good' is already used in dossier 'd'",
        True,
    ),
    "unmatched-quote-fix": (
        {
            "articles/d/bad.md": article(
                "Bad",
                "“Words,” he said.",
                date="2024-10-24",
                dossier="d",
                quote_fixes=[{"quote": "nothing like it"}],
            )
        },
        logging.WARNING,
        "quote_fixes: no quote of this article contains 'nothing like it'",
        True,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_mistake_has_its_documented_fate(
    case: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    files, level, message, built = CASES[case]
    caplog.set_level(logging.WARNING)
    site = build_site(
        tmp_path,
        {
            "dossiers/d.md": article("D"),
            "articles/d/good.md": GOOD,
            **files,
        },
    )
    assert site.path("articles/d/good/").exists(), "the other files are always built"
    found = [r for r in caplog.records if message in r.getMessage()]
    assert found, f"no log line with {message!r}"
    assert found[0].levelno == level
    assert "Traceback" not in found[0].getMessage()
    written = sorted(p.parent.name for p in (site.output / "articles").rglob("index.html"))
    assert (len(written) == 2) is built, written


def test_sample_site_builds_with_warnings_treated_as_errors(tmp_path: Path) -> None:
    """What CI asks of the sample: `pelican --fatal warnings` succeeds."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(ROOT / "content"),
            "-o",
            str(tmp_path / "out"),
            "-s",
            str(ROOT / "pelicanconf.py"),
            "--fatal",
            "warnings",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
