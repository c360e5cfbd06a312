"""Publication dates: the date shapes copy-paste produces, and where a date may be taken from."""

from __future__ import annotations

import datetime as dt

from dossier.cleaning import CleanedArticle, clean_bytes
from dossier.cleaning.dates import find_dates

BODY = (
    "The harbour council voted to rebuild the old ferry pier after a long debate about the "
    "cost of the work and the years it would take.\n\n"
    "Fishing crews said the pier had been unsafe for years, and asked that the work start "
    "before the next winter storms reach the coast.\n\n"
    "The mayor said the first contracts would be signed in the spring, once the regional "
    "grant has been confirmed and the budget is known.\n"
)
MENU = "Home\nLocal\nHarbour\nWeather\nSport\n\n"
TODAY = dt.date(2026, 6, 1)


def clean_text(text: str) -> CleanedArticle:
    return clean_bytes(text.encode("utf-8"), "page.txt")


def dates(text: str, *, prefer_day_first: bool = False) -> list[dt.date]:
    return [
        found.date for found in find_dates(text, today=TODAY, prefer_day_first=prefer_day_first)
    ]


def test_dotted_numeric_dates_follow_the_page_order_like_slashed_ones() -> None:
    assert dates("06.18.2025") == [dt.date(2025, 6, 18)]  # only month-first is a date
    assert dates("18.06.2025") == [dt.date(2025, 6, 18)]
    assert dates("09.10.2024") == [dt.date(2024, 9, 10)]  # an English page writes month first
    assert dates("09.10.2024", prefer_day_first=True) == [dt.date(2024, 10, 9)]
    assert dates("09.10/2024") == []  # mixed separators are not a date


def test_dates_with_dots_bullets_and_glued_reading_times() -> None:
    assert dates("Published on 25.Jun.2019 in Vol 7") == [dt.date(2019, 6, 25)]
    assert dates("2025•01•08") == [dt.date(2025, 1, 8)]
    assert dates("By Ann Lee, May 2nd 202511 mins") == [dt.date(2025, 5, 2)]
    assert dates("January 14, 202620 Mins Read") == [dt.date(2026, 1, 14)]
    assert dates("Order 20251234 shipped") == []  # a longer number is not a year
    assert dates("Population 12 May 20254 people") == []  # nor a year followed by a count


def test_a_dateline_apart_from_the_byline_cluster_dates_the_article() -> None:
    """The byline makes the header cluster; the signed-off date stands after the text."""
    signed = clean_text(
        MENU + "Ferry Pier To Be Rebuilt\nBy Jane Doe\n\n" + BODY + "\nPublished August 13, 2025\n"
    )
    assert (signed.author, signed.date) == ("Jane Doe", dt.date(2025, 8, 13))
    unlabelled = clean_text(
        MENU + "Ferry Pier To Be Rebuilt\nBy Jane Doe\n\n" + BODY + "\nAugust 13, 2025\n"
    )
    assert unlabelled.date is None  # a comment's or a related post's date
    updated = clean_text(
        MENU + "Ferry Pier To Be Rebuilt\nBy Jane Doe\n\n" + BODY + "\nUpdated August 13, 2025\n"
    )
    assert updated.date is None


def test_a_labelled_update_date_is_not_taken_when_the_byline_stands_apart() -> None:
    article = clean_text(
        MENU + "Ferry Pier To Be Rebuilt\nLast update:\nJuly 16, 2025\n\n"
        "Share this story\n\nListen to this article\n\nBy Jane Doe\n\n" + BODY
    )
    assert article.date is None  # the original date is not on the page


def test_a_page_without_any_date_gets_none() -> None:
    article = clean_text(MENU + "Ferry Pier To Be Rebuilt\nBy Jane Doe\n\n" + BODY)
    assert article.date is None


def test_a_dateline_naming_who_posted_it_is_the_article_date() -> None:
    handle = clean_text(
        MENU
        + "Ferry Pier To Be Rebuilt\n\n"
        + BODY
        + "\nPosted on the 15/12/2025 at 19:00 by @janedoe\n"
    )
    assert handle.date == dt.date(2025, 12, 15)
    behalf = clean_text(
        MENU + "Ferry Pier To Be Rebuilt\nDec. 19, 2025 · Jane Doe on behalf of the harbour "
        "users group\n\n" + BODY
    )
    assert behalf.date == dt.date(2025, 12, 19)
