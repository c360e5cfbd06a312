"""Where the article ends and starts: comment threads, lists of other stories' headlines, lists
and code that go on past the prose, menus and teasers above the headline."""

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


STEPS = "".join(f"Tighten bolt {n}\n" for n in range(1, 41)) + "Refill the tank\n"

CLOSING = (
    "Once the pump has run for an hour without a leak, the harbour crew signs the work order "
    "and the crane goes back into service for the morning shift.\n"
    "The whole job takes two workers about half a day, most of it spent waiting for the tank "
    "to drain and refill, according to the port's maintenance office.\n"
)


def test_a_checklist_and_the_sentences_after_it_are_kept() -> None:
    """Short steps cost the block more than the two sentences after them earn; with no
    furniture among them they are still the article."""
    body = clean_text(paragraphs(6) + "\n" + STEPS + "\n" + CLOSING)
    assert "Refill the tank" in body
    assert "maintenance office" in body


PLANS = "Basic\n$12\nper month\nStart now\nPro\n$30\nper month\nStart now\nTeam\n$90\nper month\n"


def test_price_cards_after_the_article_are_not_kept() -> None:
    """Undecided lines without prose among them are cards, not the article going on."""
    body = clean_text(paragraphs(8) + "\n" + PLANS)
    assert "harbour number 7" in body
    assert "per month" not in body


def test_the_block_does_not_grow_past_furniture() -> None:
    """The steps after a share prompt are another part of the page, whatever prose follows."""
    # Four paragraphs: more prose follows the prompt than the tail trim lets go, so only the
    # growth's own stop at the decided line keeps the steps out.
    body = clean_text(paragraphs(4) + "\nShare this article\n" + STEPS + "\n" + CLOSING)
    assert "harbour number 3" in body
    assert "Refill the tank" not in body


def _entry(n: int) -> str:
    specs = f"Crane Model Kelvor {n}\nLifting Height Forty Metres\nOuter Reach Sixty Metres\n"
    specs += "Power Supply Shore Electric\n"
    return f"{n}. Kelvor Quay Crane {n}\n" + specs + PARAGRAPH.replace("harbour", f"crane {n}")


def test_the_last_entry_of_a_listicle_with_spec_tables_is_kept() -> None:
    """Each entry's specification lines are a run of Title Case lines, like a list of other
    stories' headlines, but the entry's paragraph after them is the article."""
    body = clean_text(paragraphs(6) + "".join(_entry(n) for n in range(1, 6)))
    assert "crane 5" in body


def test_the_sentences_and_checklist_above_the_first_paragraphs_are_kept() -> None:
    """The block grows upwards the same way, up to the headline."""
    body = clean_text(HEADLINE + CLOSING + "\n" + STEPS + "\n" + paragraphs(6))
    assert "maintenance office" in body and "Tighten bolt 1" in body


TEASER = (
    "The island ferry timetable changes again this spring, and the people who ride it every "
    "morning are not pleased about it at all.\n"
)


def test_a_teaser_just_above_the_headline_is_not_article_text() -> None:
    """A sentence or two above the headline is the site's teaser, not the article's lede."""
    body = clean_text("Ferries\n" + TEASER + "\n" + HEADLINE + paragraphs(8))
    assert "harbour number 7" in body
    assert "ferry timetable" not in body


def test_a_long_lede_above_the_headline_is_kept() -> None:
    lede = paragraphs(5, "quay")
    body = clean_text(lede + "\n" + HEADLINE + paragraphs(8))
    assert "quay number 4" in body and "harbour number 7" in body


def test_the_block_grows_no_further_than_its_last_prose_line() -> None:
    """A paragraph in an undecided stretch brings the stretch in up to itself, not the menu
    lines past it."""
    menu = "".join(f"Section {n}\n" for n in range(30))
    other = TEASER.replace(".\n", ", the operator admitted after a long meeting on Monday.\n")
    body = clean_text(HEADLINE + paragraphs(8) + "\n" + menu + "\n" + other + menu)
    assert "after a long meeting" in body
    assert "Section" not in body.split("after a long meeting")[1]
