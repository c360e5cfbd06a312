"""The curator's content/entities.yml: overrides, extra aliases, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.entities import EntityIndex, extract_entities, parse_curator_text
from dossier.errors import UserError

CURATOR_FILE = """\
# Corrections for the North Korea dossier
- name: Volodymyr Zelensky
  type: person
  aliases: [Selenskyj, "Ze"]
  description: Ukraine's president, elected 2019
- name: Andrei Lankov
  type: person
  aliases: [A. Lankov]
  description: Historian of North Korea at Kookmin University
  wikidata: Q4156437
- name: K Battalion
  type: organisation
- name: Latest Posts
  type: ignore
- name: NATO
  type: organization
  aliases: [the Alliance]
"""


@pytest.fixture
def curated(tmp_path: Path) -> EntityIndex:
    path = tmp_path / "entities.yml"
    path.write_text(CURATOR_FILE, encoding="utf-8")
    return EntityIndex.load(path)


def test_curator_overrides_name_but_keeps_the_page_id(curated: EntityIndex) -> None:
    entity = curated.lookup("Zelenskyy")
    assert entity is not None
    assert entity.id == "volodymyr-zelenskyy"
    assert entity.name == "Volodymyr Zelensky"
    assert entity.description == "Ukraine's president, elected 2019"
    assert entity.wikidata == "Q3874799"  # kept from the built-in entry
    assert curated.lookup("Volodymyr Zelenskyy") == entity  # the old name still finds it


def test_curator_aliases_are_matched(curated: EntityIndex) -> None:
    found = extract_entities("Selenskyj met NATO leaders; the Alliance agreed.", curated)
    assert [(m.surface, m.name) for m in found] == [
        ("Selenskyj", "Volodymyr Zelensky"),
        ("NATO", "NATO"),
        ("the Alliance", "NATO"),
    ]


def test_curator_adds_entities(curated: EntityIndex) -> None:
    found = extract_entities("The K Battalion arrived. A. Lankov said so.", curated)
    assert {(m.name, m.kind, m.known) for m in found} == {
        ("K Battalion", "organisation", True),
        ("Andrei Lankov", "person", True),
    }
    lankov = curated.get("andrei-lankov")
    assert lankov is not None and lankov.wikidata == "Q4156437"


def test_curator_ignores_names(curated: EntityIndex) -> None:
    assert curated.is_ignored("latest posts")


def test_missing_file_means_builtins_only(tmp_path: Path) -> None:
    assert len(EntityIndex.load(tmp_path / "entities.yml")) == len(EntityIndex.builtin())


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("- name: NATO\n  type: organisation\n- name: [broken\n  type: person\n", 4, "YAML"),
        ("- name: NATO\n  type: club\n", 2, "unknown type"),
        ("- name: NATO\n  type: organisation\n  alias: [Nato]\n", 3, "unknown key"),
        ("- type: person\n", 1, "no name"),
        ("name: NATO\n", 1, "must be a list"),
        ("- name: Putin\n  type: person\n  wikidata: 7747\n", 3, "wikidata"),
        ("- name: Putin\n  type: person\n  aliases: {a: b}\n", 3, "aliases"),
        ("- Putin\n", 1, "mapping"),
    ],
)
def test_bad_files_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_curator_text(text, "content/entities.yml")
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"content/entities.yml:{line}: ")


def test_bad_file_on_disk_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text("- name: NATO\n  type: organisation\n   aliases: x\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        EntityIndex.load(path)
    assert caught.value.path == path
    assert caught.value.line == 3
