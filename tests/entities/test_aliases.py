"""Spellings of one entity merge into one entity: the dossier lists each person once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dossier.entities import EntityIndex, EntityTally, Mention, extract_entities


@pytest.mark.parametrize(
    "text",
    [
        "Volodymyr Zelenskyy spoke on Monday.",
        "Volodymyr Zelenskiy spoke on Monday.",
        "Volodymyr Zelensky spoke on Monday.",
        "Ukrainian President Zelenskiy spoke on Monday.",
        "The talks ended. Zelensky said nothing.",
        "ZELENSKYY SPEAKS AT THE SUMMIT IN ROME TODAY",
    ],
)
def test_zelenskyy_spellings_are_one_person(names: Callable[..., set[str]], text: str) -> None:
    assert names(text, "person") == {"Volodymyr Zelenskyy"}


@pytest.mark.parametrize(
    "text",
    [
        "NATO met in Brussels.",
        "Nato met in Brussels.",
        "The North Atlantic Treaty Organization met in Brussels.",
        "The North Atlantic Treaty Organisation met in Brussels.",
        "They discussed NATO's new plan.",
    ],
)
def test_nato_spellings_are_one_organisation(names: Callable[..., set[str]], text: str) -> None:
    assert names(text, "organisation") == {"NATO"}


@pytest.mark.parametrize(
    "surface", ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "KIM JONG UN", "Kim Jong Un’s"]
)
def test_kim_jong_un_spellings(names: Callable[..., set[str]], surface: str) -> None:
    assert names(f"Reports said {surface} visited a factory.", "person") == {"Kim Jong Un"}


def test_bare_kim_needs_the_full_name_first(mentions: Callable[[str], list[Mention]]) -> None:
    assert [m.name for m in mentions("A man named Kim runs the shop.")] == []
    found = mentions("Kim Jong Un arrived. Later Kim inspected troops.")
    assert [(m.surface, m.name, m.form) for m in found] == [
        ("Kim Jong Un", "Kim Jong Un", "name"),
        ("Kim", "Kim Jong Un", "short"),
    ]


def test_bare_kim_resolves_when_listed_as_present(index: EntityIndex) -> None:
    found = extract_entities("For neither Kim nor Putin.", index, present=["kim-jong-un"])
    assert {m.name for m in found} == {"Kim Jong Un", "Vladimir Putin"}


def test_surname_after_full_name_of_unknown_person(
    mentions: Callable[[str], list[Mention]],
) -> None:
    text = (
        "Andrei Lankov, a professor at Kookmin University, was cautious.\n"
        "Lankov said the troops would be isolated."
    )
    people = [(m.surface, m.name, m.paragraph) for m in mentions(text) if m.kind == "person"]
    assert people == [("Andrei Lankov", "Andrei Lankov", 0), ("Lankov", "Andrei Lankov", 1)]


def test_yermak_transliterations(names: Callable[..., set[str]]) -> None:
    assert names("Andrii Yermak met Andriy Yermak's deputy.", "person") == {"Andriy Yermak"}


def test_diacritics_do_not_matter(names: Callable[..., set[str]]) -> None:
    assert names("Antonio Guterres and António Guterres.", "person") == {"António Guterres"}


def test_offsets_point_at_the_surface(mentions: Callable[[str], list[Mention]]) -> None:
    text = "First line.\n\nThe U.S. and N. Korea met; Putin’s aide Dmitry Peskov spoke."
    for mention in mentions(text):
        assert text[mention.start : mention.end] == mention.surface
    assert {m.surface for m in mentions(text)} >= {"U.S.", "N. Korea", "Putin", "Dmitry Peskov"}
    assert {m.paragraph for m in mentions(text)} == {1}


def test_unknown_spellings_merge_across_articles(index: EntityIndex) -> None:
    tally = EntityTally(index)
    tally.add("a", extract_entities("Analyst Andrei Lankov said it was a risk.", index))
    tally.add("b", extract_entities("Analyst Andrey Lankov said it was a gamble.", index))
    tally.add("c", extract_entities("Analyst Andrey Lankov said so again.", index))
    people = [c for c in tally.entities() if c.entity.kind == "person"]
    assert [(c.entity.name, c.mentions, c.articles) for c in people] == [("Andrey Lankov", 3, 3)]
    assert tally.canonical_id("andrei-lankov") == "andrey-lankov"


def test_middle_initials_do_not_split_a_person(index: EntityIndex) -> None:
    found = extract_entities("FBI Director James B. Comey said the inquiry was open.", index)
    assert {m.name for m in found if m.kind == "person"} == {"James Comey"}
