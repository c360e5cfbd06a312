"""Author boxes: one detector (``bios``) serves the body rules and the author search alike.

Every page here is invented. A box closing the article gives the author and leaves the body;
a listicle's entry, a product blurb or a testimonial shaped like a box does neither.
"""

from __future__ import annotations

import pytest

from dossier.cleaning.bios import bio_subject, first_person_bio, name_line_over
from dossier.cleaning.page import Page
from tests.cleaning.test_authors import BODY, HEADLINE, MENU, clean_text


@pytest.mark.parametrize(
    ("bio", "first"),
    [
        ("Marta Olsen is a transport reporter on the islands.", "Marta"),
        ("Marta Olsen, MD, writes about health at sea.", "Marta"),
        ("Marta explores the history of the harbor towns.", "Marta"),
        ("Marta founded the ferry users' association in 2011.", "Marta"),
        ("The ferry is late again this morning.", None),
    ],
)
def test_the_subject_a_biography_opens_with(bio: str, first: str | None) -> None:
    page = Page.from_text(bio)
    assert bio_subject(page.lines[0]) == first


def test_the_name_line_may_stand_over_a_label() -> None:
    page = Page.from_text("Marta Olsen\nWritten by\nMarta is a transport reporter on the islands.")
    bio = page.lines[2]
    assert name_line_over(page, bio, "Marta", reach=3, max_words=5) is page.lines[0]
    assert name_line_over(page, bio, "Marta", reach=1, max_words=5) is None


def test_a_numbered_entry_is_not_the_name_line() -> None:
    page = Page.from_text("3. Marta Olsen\nMarta is a transport reporter on the islands.")
    assert name_line_over(page, page.lines[1], "Marta", reach=1, max_words=5) is None


@pytest.mark.parametrize(
    ("bio", "name"),
    [
        ("I'm a transport reporter who has covered the islands for ten years.", ""),
        ("Hi, I’m Marta, a transport writer living on the largest island.", ""),
        ("Marta Olsen I'm a transport reporter who has covered the islands.", "Marta Olsen"),
        ("I'm so glad I found this ferry company, the crossings were perfect.", None),
        # "owner" and "her" are someone else in the first person: a testimonial
        ("I'm so glad I found this ferry company, the owner was lovely and her crew kind.", None),
    ],
)
def test_a_biography_in_the_first_person(bio: str, name: str | None) -> None:
    assert first_person_bio(Page.from_text(bio).lines[0]) == name


@pytest.mark.parametrize(
    ("box", "author", "bio_words"),
    [
        (
            "Marta Olsen\nMarta Olsen is a transport reporter who has covered the islands for "
            "ten years. She lives on the largest of them.",
            "Marta Olsen",
            "covered the islands for ten years",
        ),
        (  # a biography that "explores"
            "Marta Olsen\nMarta explores the harbor towns and their ferries for the weekly "
            "paper. Her columns run on Sundays.",
            "Marta Olsen",
            "Her columns run on Sundays",
        ),
        (  # Line.words splits the first name; the box still names it
            "Jean-Luc Picard\nJean-Luc is a transport reporter who has covered the islands for "
            "ten years. He lives on the largest of them.",
            "Jean-Luc Picard",
            "covered the islands for ten years",
        ),
        (  # a trade and no pronoun: the body and the metadata agree it is a box
            "Marta Olsen\nMarta Olsen is a transport reporter who has covered the islands for "
            "ten years.",
            "Marta Olsen",
            "covered the islands",
        ),
    ],
)
def test_author_box_under_the_article_names_the_author_and_leaves_the_body(
    box: str, author: str, bio_words: str
) -> None:
    article = clean_text(HEADLINE + "\n\n" + BODY + "\n" + box + "\n")
    assert article.author == author
    assert bio_words not in article.body


def test_name_over_a_biography_in_the_first_person() -> None:
    box = (
        "\nMarta Olsen\nI’m a transport reporter and the founder of the ferry users' "
        "newsletter, which I have written since 2015.\n"
    )
    assert clean_text(HEADLINE + "\n\n" + BODY + box).author == "Marta Olsen"


def test_name_glued_to_a_biography_in_the_first_person_under_the_headline() -> None:
    box = (
        "Marta Olsen I'm a transport writer and editor. In my spare time I sail between "
        "the islands.\n\n"
    )
    assert clean_text(HEADLINE + "\n" + box + BODY).author == "Marta Olsen"


def test_section_heading_over_a_first_person_paragraph_is_not_the_author() -> None:
    story = (
        "Night Shifts\nI'm a freelance photographer, and last winter I rode the night "
        "ferries for a month to see who works on them.\n\n"
    )
    page = MENU + HEADLINE + "\nMarta Olsen\n\n" + BODY + story + BODY
    assert clean_text(page).author == "Marta Olsen"
    assert clean_text(page.replace("Marta Olsen\n", "")).author is None


def test_testimonial_in_the_first_person_is_not_an_author_box() -> None:
    quote = (
        "\nPer Lund\nI am so happy with the new crossings, the boat was on time every "
        "morning this week.\n"
    )
    assert clean_text(HEADLINE + "\n\n" + BODY + quote).author is None


def test_listicle_entry_shaped_like_a_box_stays_in_the_body() -> None:
    entry = (
        "\nMemorial Park\nMemorial Park is home to the oldest ferry slip on the coast, with "
        "benches along the water.\n"
    )
    article = clean_text(HEADLINE + "\n\n" + BODY + entry)
    assert article.author is None
    assert "oldest ferry slip" in article.body
