"""The header cluster (headline, byline, dateline) and the metadata of saved HTML pages."""

from __future__ import annotations

import datetime as dt

from dossier.cleaning import CleanedArticle, clean_bytes

BODY = (
    "The regional parliament approved the new budget on a narrow vote after a debate that "
    "lasted well into the night.\n\n"
    "Opposition members said the spending plan ignored the needs of rural schools and clinics, "
    "and promised to bring the question back before the summer recess.\n\n"
    "The finance minister said the plan would be reviewed in the autumn, when the first tax "
    "receipts of the year are known and the deficit can be measured.\n"
)
MENU = "Home\nNews\nPolitics\nEconomy\nSport\n\n"


def clean_text(text: str) -> CleanedArticle:
    return clean_bytes(text.encode("utf-8"), "page.txt")


def test_by_label_and_name_on_separate_lines() -> None:
    article = clean_text(
        MENU + "Budget Passes After All-Night Debate\nBy\nJane Doe\nPublished on July 9, 2025\n"
        "Edited by\nJohn Smith\n\n" + BODY
    )
    assert article.title == "Budget Passes After All-Night Debate"
    assert article.author == "Jane Doe"
    assert article.date == dt.date(2025, 7, 9)
    assert "John Smith" not in article.body


def test_table_of_contents_between_header_and_text() -> None:
    contents = "".join(f"Section number {n} of the guide\n" for n in range(12))
    article = clean_text(
        MENU + "Budget Passes After All-Night Debate\nJane Doe\nNovember 14, 2025\n"
        "Table of Contents\n" + contents + "\n" + BODY
    )
    assert article.title == "Budget Passes After All-Night Debate"
    assert article.author == "Jane Doe"
    assert article.date == dt.date(2025, 11, 14)


def test_dek_under_the_headline_is_not_the_title() -> None:
    article = clean_text(
        MENU + "These are the budget votes of the year\n\nHere is what we watched this year\n\n"
        "Written by Jane Doe, Ann Lee, and Tom Ray\n\nAugust 14, 2025\n\n" + BODY
    )
    assert article.title == "These are the budget votes of the year"
    assert article.author == "Jane Doe, Ann Lee, and Tom Ray"
    assert article.date == dt.date(2025, 8, 14)


def test_cues_glued_to_the_name_by_copy_paste() -> None:
    glued = clean_text(MENU + "Budget Passes\n\nByJane DoeMar 5, 2025 | 6 comments\n\n" + BODY)
    assert (glued.author, glued.date) == ("Jane Doe", dt.date(2025, 3, 5))
    caps = clean_text(MENU + "Budget Passes\n\nBY JANE DOEPUBLISHED: JAN 29, 2025\n\n" + BODY)
    assert (caps.author, caps.date) == ("Jane Doe", dt.date(2025, 1, 29))
    spaced = clean_text(MENU + "Budget Passes\n\nBy Jane Doe December 2, 2025\n\n" + BODY)
    assert spaced.author == "Jane Doe"


def test_a_dated_list_is_never_a_header() -> None:
    article = clean_text(
        MENU + "Farmers Protest New Water Rules\nMay 3, 2025\nTeachers Union Calls Strike\n"
        "May 2, 2025\nStorm Warning For Coastal Towns\nMay 1, 2025\n\n" + BODY
    )
    assert article.date is None


HTML = """<!doctype html><html><head><title>Budget Passes | Example News</title>
<meta property="og:title" content="Budget Passes After All-Night Debate | Example News">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-19T08:00:00Z">
<meta property="article:modified_time" content="2024-06-01T08:00:00Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Budget Passes After All-Night Debate", "datePublished": "2024-05-19",
 "author": [{{"@type": "Person", "name": "Jane Doe"}}, {{"@type": "Person", "name": "Tom Ray"}}]
}}</script></head><body><nav><a href="/">Home</a></nav><article>
<h1>Budget Passes After All-Night Debate</h1><p class="meta">{dateline}</p>
{paragraphs}</article><footer>Crawled 2026-01-01</footer></body></html>"""


def clean_html(dateline: str) -> CleanedArticle:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    page = HTML.format(dateline=dateline, paragraphs=paragraphs)
    return clean_bytes(page.encode("utf-8"), "page.html")


def test_html_metadata_comes_from_the_markup() -> None:
    article = clean_html("Published May 19, 2024")
    assert article.title == "Budget Passes After All-Night Debate"
    assert article.author == "Jane Doe and Tom Ray"
    assert article.date == dt.date(2024, 5, 19)
    assert "regional parliament" in article.body


def test_html_date_is_the_one_the_reader_sees() -> None:
    assert clean_html("June 1, 2024").date == dt.date(2024, 6, 1)
    assert clean_html("By Jane Doe, 19 May 2024").date == dt.date(2024, 5, 19)


def test_html_markup_date_needs_the_visible_page_to_confirm_it() -> None:
    """A markup date no reader can see is often a template's or a modification's: dropped."""
    assert clean_html("").date is None  # and never the crawl date in the footer
    assert clean_html("Updated June 1, 2024").date is None  # the update is not publication


def test_an_update_date_alone_is_not_the_publication_date() -> None:
    article = clean_text(MENU + "Budget Passes\nBy Jane Doe\nUpdated on July 9, 2025\n\n" + BODY)
    assert article.author == "Jane Doe"
    assert article.date is None  # the original date is not on the page
    assert "July 9" not in article.body
    labelled = clean_text(
        MENU + "Budget Passes\nBy Jane Doe\nLast updated\nJuly 9, 2025\n\n" + BODY
    )
    assert labelled.date is None


def test_the_published_date_wins_over_the_update_on_one_line() -> None:
    glued = clean_text(
        MENU + "Budget Passes\nBy Jane Doe\nPoliticsDECEMBER 22, 2022Updated: "
        "JANUARY 02, 2025\n\n" + BODY
    )
    assert glued.date == dt.date(2022, 12, 22)
    both = clean_text(
        MENU + "Budget Passes\nBy Jane Doe\nUpdated May 2, 2025 Originally published "
        "March 9, 202411:01 AM ET\n\n" + BODY
    )
    assert both.date == dt.date(2024, 3, 9)


def test_ranges_and_activity_stamps_are_not_publication_dates() -> None:
    ranged = clean_text(
        MENU + "Budget Passes\nBy Jane Doe\nDATE: 2025-12-12 - 2025-12-17\n\n" + BODY
    )
    assert ranged.date is None
    active = clean_text(
        MENU + "Budget Passes\nBy Jane Doe\nLast active December 20, 2025\n\n" + BODY
    )
    assert active.date is None
    version = clean_text(
        MENU + "Budget Passes\nBy Jane Doe\nUpdate to nightly-2025-11-24\n\n" + BODY
    )
    assert version.date is None


def test_an_unlabelled_date_after_the_article_is_not_taken() -> None:
    article = clean_text(MENU + "Budget Passes\n\n" + BODY + "\nMarch 6, 2023 at 8:55 am\n")
    assert article.date is None
    labelled = clean_text(MENU + "Budget Passes\n\n" + BODY + "\nPosted on March 6, 2023\n")
    assert labelled.date == dt.date(2023, 3, 6)
