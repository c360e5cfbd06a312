"""Metadata read from the page text: dates, bylines, outlets, titles, and the traps."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.cleaning import clean_bytes
from dossier.cleaning.dates import find_dates

BODY = (
    "The regional parliament approved the new budget on a narrow vote after a debate that "
    "lasted well into the night.\n\n"
    "Opposition members said the spending plan ignored the needs of rural schools and clinics.\n"
)


def clean_text(text: str) -> object:
    return clean_bytes(text.encode("utf-8"), "page.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 5, 2024", dt.date(2024, 3, 5)),
        ("Published: 11 Mar 2026", dt.date(2026, 3, 11)),
        ("BY KORIN MILLERPUBLISHED: JAN 29, 2025", dt.date(2025, 1, 29)),
        ("2025-01-29T10:00:00Z", dt.date(2025, 1, 29)),
        ("EcoFlow- 2025/4/29", dt.date(2025, 4, 29)),
        ("29. Januar 2025", dt.date(2025, 1, 29)),
        ("le 3 mars 2024", dt.date(2024, 3, 3)),
        ("29.01.2025", dt.date(2025, 1, 29)),
        ("Sat, 20 Dec, 2025 - 06:36", dt.date(2025, 12, 20)),
        ("Jan. 17, 2025 @ 01:39 PM", dt.date(2025, 1, 17)),
        ("12/19/2025", dt.date(2025, 12, 19)),
        ("19/12/2025", dt.date(2025, 12, 19)),
    ],
)
def test_date_formats(text: str, expected: dt.date) -> None:
    found = find_dates(text, today=dt.date(2026, 6, 1))
    assert [item.date for item in found] == [expected]


def test_dates_without_a_year_or_in_the_future_are_not_dates() -> None:
    assert find_dates("Sep 16", today=dt.date(2025, 1, 1)) == []
    assert find_dates("March 3, 2031", today=dt.date(2025, 1, 1)) == []
    assert find_dates("February 30, 2024") == []


def test_ambiguous_numeric_date_follows_the_preference() -> None:
    assert find_dates("03/10/2023")[0].date == dt.date(2023, 3, 10)
    assert find_dates("03/10/2023", prefer_day_first=True)[0].date == dt.date(2023, 10, 3)


def test_byline_and_dateline_give_author_and_date() -> None:
    article = clean_text(
        "Home\nNews\n\nBudget Passes After All-Night Debate\n\nBy Jane Doe | May 19, 2024\n\n"
        + BODY
    )
    assert article.title == "Budget Passes After All-Night Debate"
    assert article.author == "Jane Doe"
    assert article.date == dt.date(2024, 5, 19)
    assert "Jane Doe" not in article.body
    assert "no publication date found" not in article.review


def test_name_line_beside_the_date_is_the_author() -> None:
    article = clean_text(
        "Budget Passes After All-Night Debate\nAndrew King\nSeptember 4, 2025\n\n" + BODY
    )
    assert article.author == "Andrew King"
    assert article.date == dt.date(2025, 9, 4)


def test_credentials_stay_with_the_name_but_roles_do_not() -> None:
    assert clean_text("By Jillian Kubala, MS, RD\n\n" + BODY).author == "Jillian Kubala, MS, RD"
    assert clean_text("By Maureen Salamon, Executive Editor\n\n" + BODY).author == (
        "Maureen Salamon"
    )


def test_dated_list_of_other_posts_never_dates_the_article() -> None:
    article = clean_text(
        BODY
        + "Latest Posts\n"
        + "February 11, 2026 | Breaking News - Farmers Protest New Water Rules\n"
        + "February 11, 2026 | Politics - Teachers Union Calls Strike\n"
        + "February 10, 2026 | Weather - Storm Warning For Coastal Towns\n"
    )
    assert article.date is None
    assert "no publication date found" in article.review
    assert "2026" not in article.body


def test_date_inside_running_text_is_an_event_not_the_publication_date() -> None:
    article = clean_text(
        "The new bridge, which opened on March 3, 2021, has carried more traffic than the old "
        "one ever did, officials said in their annual report.\n\n" + BODY
    )
    assert article.date is None


def test_outlet_from_signatures() -> None:
    published = clean_text(
        BODY + "This article was published on Example Media. Thanks for reading!"
    )
    assert published.source == "Example Media"
    assert "Thanks for reading" not in published.body
    edited = clean_text(
        BODY + "(This story has not been edited by Example Wire staff and is published from a "
        "syndicated feed.)"
    )
    assert edited.source == "Example Wire"
    assert "syndicated" not in edited.body
    copyright_line = clean_text(BODY + "© 2025 Example Daily News. All rights reserved.")
    assert copyright_line.source == "Example Daily News"


def test_missing_metadata_stays_empty_and_is_flagged() -> None:
    article = clean_text(BODY)
    assert (article.title, article.date, article.author, article.source) == (None,) * 4
    assert article.review == [
        "no title found",
        "no publication date found",
        "no author found",
        "no outlet found",
    ]


def test_title_is_taken_from_a_breadcrumb_without_the_trail() -> None:
    article = clean_text("Home › Politics › Budget Passes After All-Night Debate\n\n" + BODY)
    assert article.title == "Budget Passes After All-Night Debate"


def test_title_loses_a_document_title_suffix() -> None:
    article = clean_text(
        "Budget Passes After All-Night Debate | Politics | Example News\n\n" + BODY
    )
    assert article.title == "Budget Passes After All-Night Debate"


def test_language_is_guessed_from_the_text() -> None:
    french = clean_text(
        "Le conseil municipal a voté mardi la prolongation du réseau de bus de nuit dans trois "
        "quartiers, après des mois de débat et de pétitions des habitants.\n\n"
        "Les habitants des quartiers périphériques avaient recueilli plus de douze mille "
        "signatures pour obtenir cette extension du service.\n"
    )
    assert french.language == "fr"
    assert clean_text(BODY).language == "en"


def test_author_from_an_about_the_author_box() -> None:
    article = clean_text(
        "Budget Passes After All-Night Debate\n\n"
        + BODY
        + "\nAbout the author: Jane Doe is a reporter covering regional politics.\n"
    )
    assert article.author == "Jane Doe"


def test_bare_name_under_the_headline_is_the_author_but_a_heading_is_not() -> None:
    named = clean_text("Budget Passes After All-Night Debate\n\nJane Doe\n\n" + BODY)
    heading = clean_text("Budget Passes After All-Night Debate\n\nKey Takeaways\n\n" + BODY)
    assert named.author == "Jane Doe"
    assert heading.author is None
