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
