"""Where the article ends: comment threads and lists of other stories' headlines."""

from __future__ import annotations

from dossier.cleaning import clean_bytes

PARAGRAPH = (
    "The harbour authority said the new crane would double the number of containers the port "
    "can handle each day, and that it would be working before the end of the year.\n"
)


def paragraphs(count: int, place: str = "harbour") -> str:
    """Distinct paragraphs (identical ones would be dropped as copy-paste repeats)."""
    return "".join(PARAGRAPH.replace("harbour", f"{place} number {n}") for n in range(count))


def clean_text(text: str) -> str:
    return clean_bytes(text.encode("utf-8"), "page.txt").body


def test_reply_links_above_the_text_do_not_cut_it() -> None:
    """A forum page shows its "Reply" buttons before any prose: no comment section yet."""
    body = clean_text("Reply\nReply\nReply\n\n" + paragraphs(8))
    assert body.count("harbour number") == 8


def test_one_reply_button_is_not_a_comment_section() -> None:
    body = clean_text(paragraphs(8) + "Reply\n" + paragraphs(4, "river"))
    assert "river number 3" in body


def test_a_list_inside_the_article_is_kept_when_prose_follows() -> None:
    items = "Northern Quay Crane\nSouthern Quay Crane\nEastern Dock Crane\nWestern Dock Crane\n"
    body = clean_text(paragraphs(4) + items + paragraphs(4, "river"))
    assert "Eastern Dock Crane" in body and "river number 3" in body


PITCH = (
    "Harbour Weekly helps shipping companies of every size plan their berths, and our team "
    "of port specialists is ready to show you how it works in a free thirty minute call.\n"
)


def test_a_pitch_after_the_form_box_is_not_article_text() -> None:
    """Past a newsletter form, a paragraph of prose is the site's pitch, not the story."""
    body = clean_text(paragraphs(10) + "\nEnter your email address\n\n" + PITCH)
    assert "harbour number 9" in body
    assert "port specialists" not in body


def test_an_inline_link_to_another_story_does_not_end_the_article() -> None:
    link = "Read more: The harbour expansion plans of last winter\n"
    body = clean_text(paragraphs(10) + link + paragraphs(2, "river"))
    assert "river number 1" in body


def test_a_button_under_every_entry_does_not_end_the_article() -> None:
    """A listicle's "Book now" under each entry: the last entry is still the article's."""
    entries = "".join(
        f"Quay Restaurant Number {n}\n{PARAGRAPH.replace('harbour', f'quay {n}')}Book now\n"
        for n in range(6)
    )
    body = clean_text(paragraphs(4) + entries)
    assert "quay 5" in body


HEADLINE = "Port of Kelvor Doubles Its Crane Capacity\nBy Mira Castell\nMarch 3, 2025\n\n"


def test_a_promotion_above_the_headline_is_not_article_text() -> None:
    body = clean_text("\n" + PITCH + "Download the app\n\n" + HEADLINE + paragraphs(8))
    assert "harbour number 7" in body
    assert "port specialists" not in body


def test_the_lede_above_a_table_of_contents_is_kept() -> None:
    lede = "Kelvor will double its crane capacity by the end of the year, the port's board said.\n"
    body = clean_text(HEADLINE + lede + "Table of Contents\n\n" + paragraphs(20))
    assert "board said" in body
