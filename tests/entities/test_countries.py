"""Countries: ISO names, common names, adjectives and capitals standing for states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dossier.entities import EntityIndex, Mention


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The DPRK fired a missile.", "North Korea"),
        ("N. Korea fired a missile.", "North Korea"),
        ("The Democratic People's Republic of Korea fired a missile.", "North Korea"),
        ("The Russian Federation objected.", "Russia"),
        ("The U.S. objected.", "United States"),
        ("The US objected.", "United States"),
        ("The USA objected.", "United States"),
        ("The United States of America objected.", "United States"),
        ("The Islamic Republic of Iran objected.", "Iran"),
        ("The Republic of Korea objected.", "South Korea"),
        ("Türkiye objected.", "Turkey"),
        ("North Korean troops arrived.", "North Korea"),
        ("Russian forces advanced.", "Russia"),
        ("Pyongyang denied the report.", "North Korea"),
        ("Moscow and Seoul traded accusations.", "Russia"),
    ],
)
def test_country_names(names: Callable[..., set[str]], text: str, country: str) -> None:
    assert country in names(text, "country")


def test_adjective_is_marked_as_demonym(mentions: Callable[[str], list[Mention]]) -> None:
    [mention] = mentions("North Korean troops arrived.")
    assert (mention.name, mention.form) == ("North Korea", "demonym")


def test_capital_as_place_is_not_the_state(names: Callable[..., set[str]]) -> None:
    assert names("A missile attack on Kyiv killed 28 people.", "country") == set()
    assert names("Putin's visit to Pyongyang in June.", "country") == set()
    assert names("Kyiv conducted a cross-border incursion.", "country") == {"Ukraine"}


def test_us_pronoun_is_not_a_country(names: Callable[..., set[str]]) -> None:
    assert names("Let us talk about it, he told us.", "country") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Jim Jordan said the hearing would go ahead.",
        "She grew up in New Jersey and studied Latin American history.",
        "Lisa O. Monaco, the adviser, said nothing.",
        "The Georgia secretary of state certified the result in Atlanta.",
    ],
)
def test_country_words_inside_other_names(names: Callable[..., set[str]], text: str) -> None:
    assert names(text, "country") == set()


def test_georgia_with_context_is_the_country(names: Callable[..., set[str]]) -> None:
    assert "Georgia" in names("Protests in Tbilisi grew as Georgia's government fell.")


def test_country_ids_are_stable_slugs(index: EntityIndex) -> None:
    north_korea = index.lookup("Korea, Democratic People's Republic of")
    assert north_korea is not None
    assert (north_korea.id, north_korea.name, north_korea.kind) == (
        "north-korea",
        "North Korea",
        "country",
    )
    assert north_korea.wikidata == "Q423"
