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
        MENU + "Budget Passes After All-Night Debate\nBy\nJane Doe\nUpdated on July 9, 2025\n"
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
        "Written by Jane Doe, Ann Lee, and Tom Ray\n\nUpdated August 14, 2025\n\n" + BODY
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
    assert clean_html("Updated June 1, 2024").date == dt.date(2024, 6, 1)
    assert clean_html("").date == dt.date(2024, 5, 19)  # published, never the crawl date
