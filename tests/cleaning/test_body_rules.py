"""Body rules: blog comment threads, far repeats, shopping buttons, lists inside the block."""

from __future__ import annotations

import pytest

from dossier.cleaning import clean_bytes
from dossier.cleaning.html import HtmlExtraction
from dossier.cleaning.mainblock import locate_main_block
from dossier.cleaning.page import Line, Page
from dossier.cleaning.pipeline import _missed_article

PARAGRAPH = (
    "The harbour committee of Lowmere met on Tuesday evening to discuss the plan for the new "
    "ferry pier, which has been delayed twice since the spring because of rising costs."
)
SECOND = (
    "Engineers told the committee that the foundations could be poured before the winter "
    "storms arrive, provided that the council approves the revised budget next month."
)
THIRD = (
    "Residents who spoke at the meeting asked for a wider footpath along the quay and for the "
    "old fish market to stay open while the construction work goes on."
)

FOURTH = (
    "The committee will publish the revised drawings on its notice board at the harbour office "
    "and invite written comments from residents until the end of the month."
)
FIFTH = (
    "A final vote on the pier is expected in the autumn, after the engineers have reported on "
    "the condition of the sea wall that the new structure will lean against."
)

SIXTH = (
    "Until then the old landing stage stays in service, with a reduced timetable on weekdays "
    "and an extra boat on market days when the town expects more visitors."
)


def _clean(*lines: str) -> str:
    return clean_bytes("\n\n".join(lines).encode("utf-8"), "page.txt").body


def test_blog_comments_with_says_heads_and_time_stamps_are_cut() -> None:
    body = _clean(
        "Lowmere Ferry Pier Plan Delayed Again",
        PARAGRAPH,
        SECOND,
        THIRD,
        FOURTH,
        FIFTH,
        SIXTH,
        "Mara Quill says",
        "June 3, 2021 at 8:28 am",
        "What a long story for such a small pier, I remember when the old one was still in use.",
        "reply to comment",
        "Tobias Fenn says:",
        "July 9, 2022 at 11:02 pm",
        "The footpath matters more than the pier itself, anyone who walks there knows it well.",
        "reply to comment",
    )
    assert SIXTH in body
    assert "says" not in body
    assert "small pier" not in body
    assert "footpath matters" not in body


def test_quoted_speaker_line_alone_is_not_a_comment_section() -> None:
    body = _clean(PARAGRAPH, "The mayor says:", SECOND, THIRD)
    assert "The mayor says:" in body


def test_long_sentence_repeated_far_apart_is_kept_once() -> None:
    promo = "Check out our harbour walking tours and see what you will learn along the way."
    body = _clean(promo, PARAGRAPH, SECOND, THIRD, promo)
    assert body.count(promo) == 1


def test_short_line_repeated_far_apart_is_kept() -> None:
    step = "Rest for ten minutes"
    body = _clean(PARAGRAPH, step, SECOND, THIRD, FOURTH, step, FIFTH)
    assert body.count(step) == 2


@pytest.mark.parametrize(
    "button",
    [
        "Check price at Harbourmart",
        "$75 at Harbourmart",
        "Book now",
        "Learn More",
        "Oops! Something went wrong while submitting the form.",
        "Join 800,000+ subscribers to get our weekly harbour letter.",
        "Enter your email address to receive the harbour letter.",
        "View this post on Instagram",
        "Email Address *",
        "First name",
        "Submit",
    ],
)
def test_shopping_and_form_buttons_are_furniture(button: str) -> None:
    body = _clean(PARAGRAPH, button, SECOND, THIRD)
    assert button not in body
    assert SECOND in body


def test_button_words_inside_a_sentence_are_kept() -> None:
    sentence = "You can check the price at the harbour office, where the clerks will help you."
    body = _clean(PARAGRAPH, sentence, SECOND, THIRD)
    assert sentence in body


def test_list_of_steps_between_paragraphs_stays_in_the_block() -> None:
    steps = [
        "Mail the invitations about eight weeks before the launch",
        "Confirm the catering order with the quay kitchen",
        "Book the brass band for the opening ceremony",
        "Print the new timetable for the ferry passengers",
        "Check the tide tables for the first crossing",
        "Ask the coastguard to attend the first crossing",
    ]
    body = _clean(PARAGRAPH, SECOND, *steps, THIRD)
    for step in steps:
        assert step in body
    assert THIRD in body


@pytest.mark.parametrize(
    ("text", "expected"),
    [("one two three", 3), ("a -- b", 2), ("1:00 pm — now", 3), ("", 0), ("·· ++", 0)],
)
def test_word_count_counts_tokens_with_a_letter_or_digit(text: str, expected: int) -> None:
    assert Line(0, text, text).n_words == expected


def test_page_lines_keep_raw_text_and_normalise_spaces() -> None:
    page = Page.from_text("a\u00a0 b\n\tc  d \n")
    assert [line.raw for line in page.lines] == ["a\u00a0 b", "\tc  d "]
    assert [line.text for line in page.lines] == ["a b", "c d"]


def _extraction(text: str) -> HtmlExtraction:
    return HtmlExtraction(
        text=text, title=None, date=None, author=None, sitename=None, url=None, language=None
    )


def _visible(*lines: str) -> Page:
    page = Page.from_text("\n\n".join(lines))
    page.block = locate_main_block(page)
    return page


def test_html_falls_back_to_the_visible_text_when_extraction_kept_a_caption() -> None:
    visible = _visible("Menu", PARAGRAPH, SECOND, THIRD, FOURTH, FIFTH, SIXTH)
    assert _missed_article(_extraction("Photo of the old pier at dusk."), visible)
    assert _missed_article(None, visible)


def test_html_keeps_the_extraction_when_it_holds_the_article() -> None:
    visible = _visible("Menu", PARAGRAPH, SECOND, THIRD, FOURTH, FIFTH, SIXTH)
    assert not _missed_article(_extraction("\n\n".join([PARAGRAPH, SECOND])), visible)
    assert not _missed_article(None, _visible("Menu", "Home"))


BIO = (
    "Petra Lindqvist is a freelance writer who covers coastal towns, ferries and the people "
    "who keep them running."
)


def test_author_box_under_the_article_is_cut() -> None:
    body = _clean(
        "Lowmere Ferry Pier Plan Delayed Again",
        PARAGRAPH,
        SECOND,
        THIRD,
        FOURTH,
        "Written by",
        "Petra Lindqvist",
        BIO,
    )
    assert FOURTH in body
    assert "Petra Lindqvist" not in body


def test_listicle_entry_named_above_its_description_is_kept() -> None:
    entry = (
        "Gullholm Quay is a stretch of old warehouses where the ferry once landed, now full of "
        "cafes and a small maritime museum."
    )
    body = _clean(
        "Five Walks Along the Lowmere Waterfront",
        PARAGRAPH,
        "2. Gullholm Quay",
        entry,
        SECOND,
        THIRD,
    )
    assert entry in body


def test_closing_feedback_and_sources_headings_end_the_article() -> None:
    body = _clean(
        "Lowmere Ferry Pier Plan Delayed Again",
        PARAGRAPH,
        SECOND,
        THIRD,
        "Was this page helpful?",
        "Article Sources",
        "Harbour committee minutes, Lowmere council archive, consulted in March.",
    )
    assert THIRD in body
    assert "helpful" not in body
    assert "council archive" not in body


def test_affiliate_disclosure_is_cut_but_a_paragraph_on_commissions_stays() -> None:
    disclosure = (
        "We test every kettle we recommend with our own money. If you buy through our links, "
        "we may earn a commission at no extra cost to you, which helps support our work."
    )
    reporting = (
        "The council's auditors found that the ferry operator may earn a commission on every "
        "ticket sold through the harbour office, an arrangement that several councillors said "
        "they had never been told about when they approved the contract two years ago, and "
        "which the committee now wants reviewed before the new pier opens to passengers next "
        "summer."
    )
    body = _clean("Lowmere Ferry Pier Plan Delayed Again", disclosure, PARAGRAPH, reporting, SECOND)
    assert "our links" not in body
    assert reporting in body


def test_short_copyright_and_cookie_lines_are_cut() -> None:
    body = _clean(
        "Lowmere Ferry Pier Plan Delayed Again",
        PARAGRAPH,
        SECOND,
        THIRD,
        "© 2024 Lowmere Gazette",
        "Read our Cookie Policy",
    )
    assert THIRD in body
    assert "Gazette" not in body
    assert "Cookie" not in body


@pytest.mark.parametrize(
    "caption",
    [
        "The new crane lifts its first container at dawn. Credit: Mira Castell",
        "Ferry passengers wait on the old landing stage (Photo: Lowmere Harbour Trust)",
        "(Credit: Tomas Reyl)",
    ],
)
def test_a_caption_ending_with_its_credit_is_cut(caption: str) -> None:
    body = _clean(PARAGRAPH, caption, SECOND, THIRD)
    assert caption not in body
    assert SECOND in body


def test_a_sentence_that_mentions_a_photo_credit_is_kept() -> None:
    """A credit inside the sentence, followed by more of it, is the article talking."""
    sentence = "The photo credit went to Mira Castell, who waited three hours on the quay for it."
    body = _clean(PARAGRAPH, sentence, SECOND, THIRD)
    assert sentence in body


def test_a_blurb_cut_short_by_its_read_more_link_is_cut() -> None:
    blurb = "Mira Castell has covered the ports of the north coast for ten years. Read more »"
    body = _clean(PARAGRAPH, SECOND, blurb, THIRD)
    assert "Mira Castell" not in body
    assert THIRD in body


def test_a_blurb_ending_in_read_full_story_is_cut() -> None:
    blurb = "Mira Castell on the winter timetable of the north coast ferries. Read full story »"
    body = _clean(PARAGRAPH, SECOND, blurb, THIRD)
    assert "Mira Castell" not in body and THIRD in body


def test_a_sentence_about_reading_more_is_kept() -> None:
    sentence = "The council said residents who want the details can ask to read more."
    body = _clean(PARAGRAPH, sentence, SECOND, THIRD)
    assert sentence in body


@pytest.mark.parametrize("word", ["", "edited", "published", "featured", "posted", "appeared"])
def test_the_written_out_syndication_test_follows_its_word_list(word: str) -> None:
    from dossier.cleaning import patterns

    for listed in (*patterns.SYNDICATION_WORDS, word):
        line = f"this story was {listed} elsewhere"
        assert patterns.may_be_syndication(line) == any(
            w in line for w in patterns.SYNDICATION_WORDS
        )
    assert not patterns.may_be_syndication("nothing of the kind here")


def test_a_credit_with_a_long_name_after_photographs_is_cut() -> None:
    """The match starts 64 characters from the end: the cheap pre-test must reach that far."""
    caption = (
        "Dockers at the quay. Photographs : Lowmere Harbour Trust and the Old Quay Society Arc"
    )
    assert caption not in _clean(PARAGRAPH, caption, SECOND, THIRD)
