"""Shared helpers for the cleaning tests: fixture files and the sample dossier's raw pages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_DOSSIER = Path(__file__).parents[2] / "raw" / "north-korean-troops-in-russia"


@dataclass(frozen=True)
class FixtureCase:
    """One raw page and the body the cleaner must produce from it."""

    name: str
    raw: str
    expected: str


def read_fixture_cases(path: Path) -> list[FixtureCase]:
    """Parse a markdown-it-py style fixture file: ``### name``, raw lines, ``.``, expected."""
    cases: list[FixtureCase] = []
    name: str | None = None
    chunks: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), "### end"]:
        if line.startswith("### "):
            if name is not None:
                raw, expected = chunks
                cases.append(FixtureCase(name, "\n".join(raw), "\n".join(expected).strip()))
            name, chunks = line[4:].strip(), [[]]
        elif name is None:
            continue  # header comments before the first case
        elif line == "." and len(chunks) == 1:
            chunks.append([])
        else:
            chunks[-1].append(line)
    return cases


def sample_page(prefix: str) -> Path:
    """The sample dossier's raw page whose name starts with ``prefix`` ("000", "001", ...)."""
    (path,) = SAMPLE_DOSSIER.glob(f"{prefix}_*.txt")
    return path
