"""HTML input: trafilatura's article completed from the visible page, and its markup cleaned."""

from __future__ import annotations

from dossier.cleaning import choose, clean_bytes, html, rules, structured
from dossier.cleaning.page import Page

OPENING = (
    "The harbour town of Port Elwen voted on Tuesday to rebuild its old sea wall before the "
    "winter storms arrive."
)
CLOSING = (
    "The council will publish the final cost of the sea wall in its spring report, the mayor "
    "said after the vote."
)
STEPS = [
    "First, engineers will survey the foundations of the wall along the whole northern pier.",
    "Then the crews will replace the broken stones with blocks cut from the local quarry.",
]


def _visible(*lines: str) -> Page:
    """A visible page whose main block is every line, as the block search would find it."""
    page = Page.from_text("\n".join(lines))
    page.block = (0, len(page.lines) - 1)
    return page


def _extracted(*paragraphs: str) -> Page:
    return Page.from_text("\n\n".join(paragraphs))


def _restore(extracted: Page, visible: Page) -> str | None:
    return choose.restore_dropped_passages(extracted, visible)


def test_a_passage_dropped_between_two_kept_paragraphs_goes_back_in_place() -> None:
    restored = _restore(_extracted(OPENING, CLOSING), _visible(OPENING, *STEPS, CLOSING))
    assert restored is not None
    paragraphs = [line for line in restored.split("\n") if line]
    assert paragraphs == [OPENING, *STEPS, CLOSING]


def test_lines_broken_differently_still_anchor_the_passage() -> None:
    """The browser may split a paragraph trafilatura kept whole, or add Markdown to it."""
    first_half, second_half = OPENING[:50], OPENING[50:]
    visible = _visible(first_half + " " + second_half, *STEPS, "**" + CLOSING + "**")
    restored = _restore(_extracted(OPENING, CLOSING), visible)
    assert restored is not None and STEPS[1] in restored


def test_nothing_is_added_after_the_last_kept_paragraph() -> None:
    """Comments and teasers after the article stay out: no kept paragraph closes them."""
    visible = _visible(OPENING, CLOSING, "Great article, thanks for writing it up so clearly.")
    assert _restore(_extracted(OPENING, CLOSING), visible) is None


def test_nothing_is_added_when_trafilatura_kept_everything() -> None:
    visible = _visible(OPENING, *STEPS, CLOSING)
    assert _restore(_extracted(OPENING, *STEPS, CLOSING), visible) is None


def test_a_dropped_comment_thread_stays_out() -> None:
    """Two dated lines make the run a thread or a story list, even between kept paragraphs."""
    thread = ["Mara Quell", "March 3, 2025 at 9:14 pm", "Tomas Brin", "March 4, 2025 at 8:02 am"]
    visible = _visible(OPENING, *thread, CLOSING)
    assert _restore(_extracted(OPENING, CLOSING), visible) is None


def test_a_dropped_shop_widget_stays_out() -> None:
    """A long run without one sentence is a product box, not the article."""
    widget = [text for n in range(1, 6) for text in (f"Harbour Lamp Model {n}", f"USD {n}9.99")]
    visible = _visible(OPENING, *widget, CLOSING)
    assert _restore(_extracted(OPENING, CLOSING), visible) is None


def test_a_short_list_without_sentences_is_restored() -> None:
    """A few short lines (the entries of a ranked list) are still the article's."""
    entries = ["1", "Northern pier", "2", "Old lighthouse"]
    restored = _restore(_extracted(OPENING, CLOSING), _visible(OPENING, *entries, CLOSING))
    assert restored is not None and "Old lighthouse" in restored


def test_a_line_the_furniture_rules_removed_is_not_restored() -> None:
    visible = _visible(OPENING, "Share this article", *STEPS, CLOSING)
    rules.run_rules(visible, rules.FURNITURE_RULES)
    restored = _restore(_extracted(OPENING, CLOSING), visible)
    assert restored is not None and STEPS[0] in restored
    assert "Share this article" not in restored


def test_an_undeclared_utf8_page_is_read_as_utf8() -> None:
    """lxml would read bytes without a charset as Latin-1 and garble every curly quote."""
    page = "<html><body><p>The mayor’s plan — café owners agree.</p></body></html>"
    markup = html.markup_text(page.encode("utf-8"))
    assert "The mayor’s plan — café owners agree." in structured.visible_text(markup)
    declared = html.markup_text(b'<?xml version="1.0" encoding="utf-8"?>\n' + page.encode())
    assert "mayor’s" in structured.visible_text(declared)


def test_a_page_that_is_not_utf8_is_left_to_lxml() -> None:
    latin = "<html><body><p>Caf\u00e9 owners agree.</p></body></html>".encode("latin-1")
    assert html.markup_text(latin) == latin


def _saved_page(headline: str, body_html: str) -> bytes:
    return (
        "<!doctype html><html><head><title>" + headline + " | Elwen Gazette</title>"
        '<meta property="og:title" content="' + headline + '"></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        "<article><h1>" + headline + "</h1>" + body_html + "</article>"
        "<footer>Elwen Gazette, 4 Quay Street</footer></body></html>"
    ).encode()


def test_the_headline_heading_is_not_part_of_the_body() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in [OPENING, *STEPS, CLOSING])
    article = clean_bytes(_saved_page("Port Elwen Rebuilds Its Sea Wall", paragraphs), "a.html")
    assert article.title == "Port Elwen Rebuilds Its Sea Wall"
    assert "Rebuilds Its Sea Wall" not in article.body
    assert CLOSING in article.body


def test_underline_and_footnote_tags_leave_only_their_text() -> None:
    underlined = STEPS[1].replace("crews", "<u>crews</u>")
    footnoted = f"<p>{STEPS[0]}<sup>1</sup></p><p>{underlined}</p>"
    body_html = f"<p>{OPENING}</p>{footnoted}<p>{CLOSING}</p>"
    article = clean_bytes(_saved_page("Port Elwen Rebuilds Its Sea Wall", body_html), "a.html")
    assert "crews" in article.body
    assert "<u>" not in article.body and "<sup>" not in article.body


def test_a_picture_caption_is_not_part_of_the_visible_page() -> None:
    """Captions are not the article's text: they must not come back in a restored run."""
    markup = (
        f"<html><body><p>{OPENING}</p><figure><img src='wall.jpg'>"
        "<figcaption>The old sea wall at low tide. Photo: Ines Varga</figcaption></figure>"
        f"after the picture<p>{CLOSING}</p></body></html>"
    )
    text = structured.visible_text(markup)
    assert "Ines Varga" not in text
    assert OPENING in text and CLOSING in text and "after the picture" in text


TEASERS = [
    "Port Elwen fishermen welcome the new harbour lights this spring",
    "Ferry timetable changes for the winter season in the western isles",
]
# A short article: the teasers' headlines carry no prose, the last paragraph does.
AFTERWORD = (
    "Residents can read the engineers' survey at the town library from next Monday, the "
    "council said in a statement."
)


def _visible_with_related(*lines: str, block_end: int) -> Page:
    """A visible page whose block ends at ``block_end``, a 'Related' heading after it."""
    page = Page.from_text("\n".join(lines))
    page.block = (0, block_end)
    page.soft_barriers.add(block_end + 1)
    return page


def test_extraction_ends_where_the_visible_article_ends() -> None:
    extracted = _extracted(OPENING, CLOSING, *TEASERS)
    visible = _visible_with_related(OPENING, CLOSING, "Related stories", *TEASERS, block_end=1)
    end = choose.article_end(extracted, visible)
    assert end is not None and extracted.lines[end].text == TEASERS[0]


def test_extraction_is_not_cut_without_a_heading_that_ends_the_article() -> None:
    extracted = _extracted(OPENING, CLOSING, *TEASERS)
    visible = _visible(OPENING, CLOSING, "Related stories", *TEASERS)
    visible.block = (0, 1)
    assert choose.article_end(extracted, visible) is None


def test_extraction_is_not_cut_when_its_tail_holds_much_of_the_prose() -> None:
    """A 'Related' box inside the article on screen: most of the article still follows it."""
    extracted = _extracted(OPENING, TEASERS[0], CLOSING, AFTERWORD)
    visible = _visible_with_related(
        OPENING, "Related stories", TEASERS[0], CLOSING, AFTERWORD, block_end=0
    )
    assert choose.article_end(extracted, visible) is None


def test_extraction_is_not_cut_when_it_comes_back_into_the_visible_article() -> None:
    """trafilatura read a box placed after the article on screen, then the article's end."""
    extracted = _extracted(OPENING, *STEPS, TEASERS[0], CLOSING)
    lines = [OPENING, *STEPS, CLOSING, AFTERWORD, "Related stories", *TEASERS]
    visible = _visible_with_related(*lines, block_end=4)
    assert choose.article_end(extracted, visible) is None


def test_markdown_roles_stop_at_the_end_of_the_block() -> None:
    page = Page.from_text("## Building the wall\n\n" + OPENING + "\n\n## More from the Gazette")
    page.block = (0, 2)
    html.mark_markdown_structure(page)
    assert page.verdicts[0] is not None and page.verdicts[0].role == "heading"
    assert page.is_undecided(4)


def test_the_options_of_a_drop_down_list_are_not_visible_text() -> None:
    options = "".join(f"<option>Harbour district {n}</option>" for n in range(40))
    markup = f"<html><body><p>{OPENING}</p><form><select>{options}</select></form></body></html>"
    text = structured.visible_text(markup)
    assert OPENING in text and "Harbour district" not in text
