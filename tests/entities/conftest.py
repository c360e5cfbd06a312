"""Shared fixtures: one built-in index for the whole test session (it takes ~0.1 s to build)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.entities import EntityIndex, Mention, extract_entities

SAMPLE_DOSSIER = Path(__file__).resolve().parents[2] / "raw" / "north-korean-troops-in-russia"


@pytest.fixture(scope="session")
def index() -> EntityIndex:
    return EntityIndex.builtin()


@pytest.fixture
def names(index: EntityIndex) -> Callable[..., set[str]]:
    """Canonical names found in a text, optionally of one kind."""

    def found(text: str, kind: str | None = None) -> set[str]:
        return {m.name for m in extract_entities(text, index) if kind is None or m.kind == kind}

    return found


@pytest.fixture
def mentions(index: EntityIndex) -> Callable[[str], list[Mention]]:
    return lambda text: extract_entities(text, index)
