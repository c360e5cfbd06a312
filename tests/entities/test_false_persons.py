"""Capitalised words that are not people must not become person pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Neither Confirming Nor Denying",
        "Ukraine Calls for Stronger Western Support",
        "Tension Rises Between Russian and North Korean Forces",
        "Putin Downplays NATO Threat as North Korean Troops Arrive",
        "Others are reading now",
        "Also read",
        "Latest Posts",
        "On Monday, officials met. In March, New York and Hong Kong said no.",
        "Meanwhile Western leaders insist that their aid is strictly defensive.",
        "The Kursk region and the Indo-Pacific region were discussed in St. Petersburg.",
        "Prime Minister said the Security Council will meet. Wall Street fell.",
        "The Beige Book said growth was modest.",
        "According to L'Independent, the images are serious.",
        "Kremlin.ru / Wikimedia Commons",
        "Share on Facebook «||» Share on Twitter «||» Share on Reddit",
    ],
)
def test_no_false_person(names: Callable[..., set[str]], text: str) -> None:
    assert names(text, "person") <= {"Vladimir Putin"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mark Rutte, NATO’s Secretary General, confirmed it.", "Mark Rutte"),
        ("Chatham House fellow Farah Dakhlallah said it was unclear.", "Farah Dakhlallah"),
        ("“It is a miscalculation,” said Hugh Griffiths.", "Hugh Griffiths"),
        ("Edward Howell, a lecturer at Oxford, disagreed.", "Edward Howell"),
        ("President Yoon Suk Yeol met his ministers.", "Yoon Suk Yeol"),
        ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov"),
        ("Rep. Jim Jordan said the hearing would go ahead.", "Jim Jordan"),
        ("Hunter Biden said he would testify.", "Hunter Biden"),
    ],
)
def test_real_people_are_found(names: Callable[..., set[str]], text: str, person: str) -> None:
    assert names(text, "person") == {person}


def test_organisation_rules(names: Callable[..., set[str]]) -> None:
    text = (
        "The German Foreign Ministry and Kookmin University disagreed, the Foreign Ministry "
        "said. Ukraine's Defence Ministry and the White House Press Secretary stayed silent."
    )
    assert names(text, "organisation") == {
        "German Foreign Ministry",
        "Kookmin University",
        "White House",
    }
