"""The author of a copied page: bylines, datelines, labels, author boxes — and traps.

Every page here is invented; each test names the shape of byline it covers. A page that
states no author must come out with none: the product never invents metadata.
"""

from __future__ import annotations

import pytest

from dossier.cleaning import CleanedArticle, clean_bytes
from dossier.cleaning.authors import _may_be_byline, byline_over_text, name_on_dateline
from dossier.cleaning.names import bare_name, clean_name, cued_name, unglue
from dossier.cleaning.page import Page

HEADLINE = "Harbor Council Approves New Ferry Timetable"
BODY = (
    "The harbor council approved the new ferry timetable on Tuesday after a long debate about "
    "the early morning crossings and the cost of running them in winter.\n\n"
    "Commuters from the islands had asked for a boat before seven, and the operator said it "
    "could add one if the council covered part of the fuel bill for the first two years.\n\n"
    "The timetable takes effect in the spring, when the second ferry returns from its refit "
    "at the shipyard and the crews have finished their training on the new route.\n"
)
MENU = "Home\nLocal\nHarbor\nWeather\nSport\n\n"


def clean_text(text: str) -> CleanedArticle:
    return clean_bytes(text.encode("utf-8"), "page.txt")


def test_name_opening_the_dateline_with_a_role_between() -> None:
    article = clean_text(
        MENU + HEADLINE + "\n\nMarta Olsen | Senior Writer | July 2, 2025\n\n" + BODY
    )
    assert article.author == "Marta Olsen"


def test_name_after_the_date_on_the_dateline() -> None:
    article = clean_text(MENU + HEADLINE + "\nDec 26, 2025 • Marta Olsen in Transport\n\n" + BODY)
    assert article.author == "Marta Olsen"


def test_name_between_other_parts_of_the_dateline() -> None:
    article = clean_text(
        MENU + HEADLINE + "\n12 Comments | Marta Olsen | Last Updated: March 11, 2019\n\n" + BODY
    )
    assert article.author == "Marta Olsen"


def test_by_label_alone_far_into_the_page() -> None:
    lede = "".join(
        f"Paragraph {n} of a long introduction to the story, set apart.\n\n" for n in range(12)
    )
    article = clean_text(MENU + HEADLINE + "\n\n" + lede + "By\n\nMarta Olsen\n\n" + BODY)
    assert article.author == "Marta Olsen"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By The Harbor Gazette editors", "The Harbor Gazette editors"),
        ("by News Desk", "News Desk"),
        ("Posted by pixelfox on May 3, 2024", "pixelfox"),
        ("By PixelFox", "PixelFox"),
    ],
)
def test_group_and_user_names_after_a_byline_cue(byline: str, author: str) -> None:
    article = clean_text(MENU + HEADLINE + "\n" + byline + "\n\n" + BODY)
    assert article.author == author


@pytest.mark.parametrize(
    "line", ["By Region", "By clicking Subscribe you agree to our terms", "Author Website"]
)
def test_filters_and_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    article = clean_text(MENU + HEADLINE + "\n" + line + "\n\n" + BODY)
    assert article.author is None


def test_author_box_under_the_article() -> None:
    box = (
        "\nMarta Olsen\nMarta is a transport reporter who has covered the islands for ten "
        "years. She lives on the largest of them.\n"
    )
    assert clean_text(HEADLINE + "\n\n" + BODY + box).author == "Marta Olsen"


def test_product_description_is_not_an_author_box() -> None:
    box = (
        "\nTide Planner Pro\nTide Planner is a scheduling tool for ferry operators, with "
        "timetables and crew rosters in one place.\n"
    )
    assert clean_text(HEADLINE + "\n\n" + BODY + box).author is None


def test_menu_entries_under_the_headline_are_not_a_name() -> None:
    article = clean_text(HEADLINE + "\nCustomer Care\nOpening Hours\nGift Cards\n\n" + BODY)
    assert article.author is None


def test_heading_joined_by_and_is_not_a_name() -> None:
    article = clean_text(HEADLINE + "\n\nAwards and Scholarships\n\n" + BODY)
    assert article.author is None


def test_label_with_a_number_beside_the_date_is_not_a_name() -> None:
    article = clean_text(MENU + HEADLINE + "\nJuly 2, 2025\nReading Time: 3 minutes\n\n" + BODY)
    assert article.author is None


def test_name_glued_to_a_capitalised_update_cue() -> None:
    assert unglue("MARTA OLSENLAST UPDATED NOV 6, 2025").startswith("MARTA OLSEN LAST")
    article = clean_text(MENU + HEADLINE + "\nMARTA OLSENLAST UPDATED NOV 6, 2025\n\n" + BODY)
    assert article.author == "Marta Olsen"


def test_roles_are_cut_and_credentials_kept() -> None:
    assert clean_name("Marta Olsen Executive Editor") == "Marta Olsen"
    assert clean_name("Marta Olsen, Print Managing Editor") == "Marta Olsen"
    assert clean_name("Marta Olsen, MS, RDN") == "Marta Olsen, MS, RDN"
    assert clean_name("Marta Olsen, CFP®") == "Marta Olsen, CFP®"


def test_cued_and_bare_names() -> None:
    assert cued_name("infuy", strong_cue=True) == "infuy"
    assert cued_name("infuy") is None
    assert cued_name("THE HARBOR TEAM") == "The Harbor Team"
    assert bare_name("Get Started") is None
    assert bare_name("Marta Olsen") == "Marta Olsen"


def test_author_card_with_a_writing_role_but_not_a_menu() -> None:
    card = "\nMarta Olsen\nSenior Writer\n\nMarta has covered the islands for a decade.\n"
    menu = "\nHarbor Tours\nContributors\nOnline Services\nCode of Conduct\n"
    assert clean_text(HEADLINE + "\n\n" + BODY + card).author == "Marta Olsen"
    assert clean_text(HEADLINE + "\n\n" + BODY + menu).author is None


def test_byline_after_a_reviewer_on_the_same_line() -> None:
    line = (
        "Medically reviewed by Ivo Brandt, MD — Written by Marta Olsen, MS — Updated on May 3, 2025"
    )
    assert clean_text(MENU + HEADLINE + "\n" + line + "\n\n" + BODY).author == "Marta Olsen, MS"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("September 1st, 2023 By Marta Olsen", "Marta Olsen"),
        ("Article by:\nMarta Olsen", "Marta Olsen"),
        ("Contributors: Marta Olsen", "Marta Olsen"),
        ("By Marta Olsen (Staff Writer)", "Marta Olsen"),
    ],
)
def test_more_byline_shapes(byline: str, author: str) -> None:
    assert clean_text(MENU + HEADLINE + "\n" + byline + "\n\n" + BODY).author == author


def test_by_inside_a_heading_is_not_a_group_byline() -> None:
    article = clean_text(MENU + HEADLINE + "\nGuidance by Sector Expand or Collapse\n\n" + BODY)
    assert article.author is None


def test_section_led_by_an_acronym_is_not_a_name() -> None:
    assert bare_name("SEO Agencies") is None
    article = clean_text(
        MENU + "HR Strategy\n" + HEADLINE + "\nHR Strategy\nJuly 2, 2025\n\n" + BODY
    )
    assert article.author is None


def test_month_closing_a_name_is_cut_but_not_a_surname() -> None:
    assert clean_name("Marta Olsen July") == "Marta Olsen"
    assert clean_name("Tom May") == "Tom May"


def test_user_name_under_a_written_by_label_with_a_role() -> None:
    article = clean_text(MENU + HEADLINE + "\nWritten by\nmarta - Product marketer\n\n" + BODY)
    assert article.author == "marta"


def test_one_word_name_after_by_beside_the_date() -> None:
    beside = clean_text(MENU + HEADLINE + "\nBy Marta · March 14, 2024\n\n" + BODY)
    alone = clean_text(MENU + HEADLINE + "\nBy Marta\n\n" + BODY)
    assert beside.author == "Marta"
    assert alone.author is None


def test_one_word_user_name_between_headline_and_date() -> None:
    article = clean_text(MENU + HEADLINE + "\nmjolsen\nMarch 3, 2025\n\n" + BODY)
    assert article.author == "mjolsen"


@pytest.mark.parametrize("word", ["Feature", "Tuesday", "Published", "Share"])
def test_one_word_section_or_label_over_the_date_is_not_an_author(word: str) -> None:
    article = clean_text(MENU + HEADLINE + f"\n{word}\nMarch 3, 2025\n\n" + BODY)
    assert article.author is None


def test_one_word_over_the_date_under_a_menu_is_not_an_author() -> None:
    article = clean_text(MENU + "About Harbor Life\nFerries\nMarch 3, 2025\n\n" + BODY)
    assert article.author is None


def test_one_word_user_name_opening_the_dateline() -> None:
    named = clean_text(MENU + HEADLINE + "\nmarta42 March 3, 2025 0 Comments\n\n" + BODY)
    dated = clean_text(MENU + HEADLINE + "\nOn 8 Oct 2022\n\n" + BODY)
    assert named.author == "marta42"
    assert dated.author is None


def test_list_of_people_over_the_date() -> None:
    people = "Ana Lima, Marta Olsen, Jonas Berg"
    article = clean_text(MENU + HEADLINE + f"\n\n{people}\n\n24 Apr 2000 • 3 min read\n\n" + BODY)
    assert article.author == people


def test_co_authors_joined_by_an_ampersand_after_commas() -> None:
    names = "Ana Lima, Jonas Berg Silva & Marta Olsen"
    assert clean_name(names) == names


def test_one_word_name_after_by_over_the_date() -> None:
    article = clean_text(MENU + HEADLINE + "\nBy Marta\nMarch 14, 2024\n\n" + BODY)
    assert article.author == "Marta"


def test_name_over_a_role_over_the_date() -> None:
    article = clean_text(
        MENU + HEADLINE + "\nMarta Olsen\nSocial Media Expert\nJuly 2, 2025\n\n" + BODY
    )
    assert article.author == "Marta Olsen"


def test_role_over_the_date_under_the_headline_is_not_an_author() -> None:
    article = clean_text(MENU + HEADLINE + "\nSenior Editor\nJuly 2, 2025\n\n" + BODY)
    assert article.author is None


def test_team_name_over_the_date() -> None:
    article = clean_text(MENU + HEADLINE + "\nThe Harbor Post Team\nJuly 2, 2025\n\n" + BODY)
    assert article.author == "The Harbor Post Team"


def test_team_heading_over_the_date_is_not_a_team_byline() -> None:
    article = clean_text(MENU + HEADLINE + "\nMeet the team\nJuly 2, 2025\n\n" + BODY)
    assert article.author is None


def test_long_byline_after_an_authors_label() -> None:
    line = "Authors: Ana Lima and Jonas Berg, harbor historians at the city museum"
    article = clean_text(MENU + HEADLINE + "\n\n" + BODY + "\n" + line + "\n")
    assert article.author == "Ana Lima and Jonas Berg"


def test_long_sentence_opening_with_by_is_not_a_byline() -> None:
    line = "By signing up, Ana Lima and you agree to our terms of use"
    article = clean_text(MENU + HEADLINE + "\n\n" + BODY + "\n" + line + "\n")
    assert article.author is None


def test_name_under_a_separator_under_the_date() -> None:
    article = clean_text(MENU + HEADLINE + "\nJuly 2, 2025\n/\nMarta Olsen\n\n" + BODY)
    assert article.author == "Marta Olsen"


def test_disclosure_button_under_the_date_is_not_an_author() -> None:
    article = clean_text(MENU + HEADLINE + "\nJuly 2, 2025\n•\nAdvertiser Disclosure\n\n" + BODY)
    assert article.author is None


def test_name_under_an_article_by_label_beside_the_date() -> None:
    article = clean_text(MENU + HEADLINE + "\nArticle by\nMarta Olsen\nJuly 2, 2025\n\n" + BODY)
    assert article.author == "Marta Olsen"


@pytest.mark.parametrize("label", ["Modified", "Created", "Released", "Date", "Revised", "Issued"])
def test_a_word_labelling_the_date_is_not_a_user_name(label: str) -> None:
    assert name_on_dateline(f"{label} May 3, 2025") is None


def test_name_and_role_over_a_separator_over_the_date() -> None:
    article = clean_text(
        MENU + HEADLINE + "\nMarta Olsen, Ferry Expert\n•\nJuly 2, 2025\n•\nShare\n\n" + BODY
    )
    assert article.author == "Marta Olsen, Ferry Expert"


def test_name_under_the_date_wins_over_a_heading_across_a_separator() -> None:
    page = MENU + HEADLINE + "\n/\nHarbor Basics\n/\nJuly 2, 2025\n/\nMarta Olsen\n"
    article = clean_text(page + "\n" + BODY)
    assert article.author == "Marta Olsen"


def test_by_part_after_the_reading_time_on_the_dateline() -> None:
    line = "July 2, 2025 · 3 min read · By Harbor Online"
    assert name_on_dateline(line) == "Harbor Online"


@pytest.mark.parametrize(("label", "author"), [("Author", "Quayline"), ("Author:", "Quayline")])
def test_one_word_name_under_an_author_label(label: str, author: str) -> None:
    article = clean_text(MENU + HEADLINE + f"\nJuly 2, 2025\n\n{label}\n\n{author}\n\n" + BODY)
    assert article.author == author


@pytest.mark.parametrize("word", ["Themes", "MO"])
def test_menu_entry_or_initials_under_an_author_label_is_not_an_author(word: str) -> None:
    """A journal's menu ("Authors" / "Themes"), the initials on an avatar ("Author" / "MO")."""
    label = "Authors" if word == "Themes" else "Author"
    article = clean_text(MENU + HEADLINE + f"\nJuly 2, 2025\n\n{label}\n{word}\n\n" + BODY)
    assert article.author is None


def test_headline_beside_the_date_is_not_the_author() -> None:
    headline = "Ferry Timetables"
    page = MENU + f"July 2, 2025\n{headline}\n\n" + BODY + "\nPosted by Marta at 10:15 AM\n"
    article = clean_text(page)
    assert article.title == headline
    assert article.author == "Marta"


FIRST_PERSON_BODY = (
    "I have been riding the harbor ferry every morning for ten years, and my favourite part "
    "is the quiet crossing before the city wakes up and the gulls follow the boat.\n\n"
    "When the council asked for comments on the new timetable, I wrote to them about my own "
    "commute, and I was surprised that they answered me within a week.\n\n"
    "I think the early boat will change my mornings, and I will report back here once I have "
    "tried it for a month in the winter weather.\n"
)


def test_owner_named_over_a_personal_site_in_the_first_person() -> None:
    page = "Marta Olsen\nPosts\nProjects\nAbout\n\n" + HEADLINE + "\n\n" + FIRST_PERSON_BODY
    assert clean_text(page).author == "Marta Olsen"


def test_a_headline_on_top_of_a_first_person_page_is_not_its_owner() -> None:
    page = "Morning Ferries\nJuly 2, 2025\n\n" + FIRST_PERSON_BODY
    article = clean_text(page)
    assert article.author != "Morning Ferries"


def test_a_headline_about_a_job_under_the_headline_names_no_author() -> None:
    page = MENU + HEADLINE + "\nHarbor Council Director Resigns\n\n" + BODY
    assert clean_text(page).author != "Harbor Council"


def test_company_named_over_its_own_page_is_not_an_author() -> None:
    page = "Harbor Ferries\nRoutes\nTickets\nAbout\n\n" + HEADLINE + "\n\n" + BODY
    assert clean_text(page).author is None


def test_name_glued_to_the_menu_is_not_a_name() -> None:
    assert bare_name("Marta Olsenpostsprojectsaboutcontact") is None


def test_credential_with_a_footnote_mark_stays() -> None:
    assert clean_name("Marta Olsen, MD*") == "Marta Olsen, MD"


def test_name_under_an_about_the_author_heading() -> None:
    card = "About Our Expert\nMarta Olsen\nWriter, Harbor Desk\n\nMy Experience\n\n"
    article = clean_text(MENU + HEADLINE + "\n\n" + BODY + "\n" + card + "I ride ferries.\n")
    assert article.author == "Marta Olsen"


def test_about_the_author_wins_over_a_heading_beside_the_date() -> None:
    page = MENU + "•\nFerry Notes\n•\nJuly 2, 2025\n\n" + HEADLINE + "\n\n" + BODY
    box = "\nMeet the Writer\nMarta Olsen\nMarta Olsen writes about ferries for the Harbor Post.\n"
    assert clean_text(page + box).author == "Marta Olsen"


def test_expert_presented_under_the_article_does_not_replace_the_byline() -> None:
    page = MENU + HEADLINE + "\nBy Marta Olsen\nJuly 2, 2025\n\n" + BODY
    box = "\nAbout the expert\nJonas Berg\n\nJonas is our expert on ferries and timetables.\n"
    assert clean_text(page + box).author == "Marta Olsen"


def test_byline_a_few_lines_from_the_date_wins_over_a_credit_under_it() -> None:
    header = (
        "By\nMarta Olsen\nMarta Olsen is a reporter who covers the harbor and its ferries.\n"
        "Learn about our editorial process\nUpdated July 2, 2025\n\nHarbor Post\n\n"
    )
    article = clean_text(MENU + HEADLINE + "\n\n" + header + BODY)
    assert article.author == "Marta Olsen"


def test_written_by_label_where_the_comments_rule_took_the_lines() -> None:
    """The comments' rule takes everything from the first time stamp under the article on."""
    tail = (
        "\n3 days ago\nWritten by\n\nMarta Olsen\n\nA ferry fan says\nGreat article!\nReply\n"
        "2 days ago\nReply\n"
    )
    article = clean_text(MENU + HEADLINE + "\n\n" + BODY + "\n" + BODY + tail)
    assert article.author == "Marta Olsen"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Marta OlsenFounder at Harbor Post", "Marta Olsen"),
        ("Marta Olsen Contributing Writer | Ferries", "Marta Olsen"),
        ("Marta Olsen and Jonas Berg | Guest Columnists", "Marta Olsen and Jonas Berg"),
    ],
)
def test_name_with_its_job_under_the_headline(line: str, author: str) -> None:
    article = clean_text(MENU + HEADLINE + f"\n{line}\nShare\n\n" + BODY)
    assert article.author == author


def test_job_line_without_a_name_under_the_headline_is_not_an_author() -> None:
    article = clean_text(MENU + HEADLINE + "\nFor Every Writer and Editor\nShare\n\n" + BODY)
    assert article.author is None


def test_topics_shaped_like_a_name_and_credential_are_not_a_name() -> None:
    """A list of topics beside the date ("Logistics, SEO") is not a name and credential."""
    assert clean_name("Logistics, SEO") is None
    article = clean_text(MENU + HEADLINE + "\nJuly 2, 2025\nLogistics, SEO\n\n" + BODY)
    assert article.author is None


def test_byline_glued_to_the_menu_is_passed_over_for_the_clean_one() -> None:
    header = "By MartaOlsenharborpostfollow Ferry Desk\n\nBy Marta Olsen in Harbor News\n\n"
    assert cued_name("MartaOlsenharborpostfollow Ferry Desk") is None
    article = clean_text(MENU + HEADLINE + "\n" + header + BODY)
    assert article.author == "Marta Olsen"


def test_team_byline_opening_with_a_lowercase_the() -> None:
    article = clean_text(MENU + HEADLINE + "\n\nBy the Harbor Post Team 2–3 minutes\n\n" + BODY)
    assert article.author == "the Harbor Post Team"


def test_by_the_numbers_heading_is_not_a_team_byline() -> None:
    article = clean_text(MENU + HEADLINE + "\n\n" + BODY + "\nBy the Numbers\n\n" + BODY)
    assert article.author is None


def test_headline_cut_before_its_year_is_not_the_author() -> None:
    article = clean_text(MENU + "Ferry Timetables for 2026\nJuly 2, 2025\n\n" + BODY)
    assert article.title == "Ferry Timetables for 2026"
    assert article.author is None


def test_a_long_hyphenated_surname_is_not_glued_text() -> None:
    assert bare_name("Clara Wolstenholme-Ashworth") == "Clara Wolstenholme-Ashworth"


def test_author_card_with_a_copywriter_role() -> None:
    card = "\nMarta Olsen\n\nSEO Copywriter\n"
    assert clean_text(HEADLINE + "\n\n" + BODY + card).author == "Marta Olsen"


@pytest.mark.parametrize(
    ("footer", "author"),
    [
        ("Ferry NewsMarta OlsenJune 17, 2021ferries, harbor, timetable3 Comments", "Marta Olsen"),
        ("ISLAND LIFEmarta olsenMarch 11, 2024islands, winter", "marta olsen"),
        ("harbor towns and ferriesMartaMar 11, 2024crossings", "Marta"),
    ],
)
def test_author_in_a_post_footer_glued_by_copy_paste(footer: str, author: str) -> None:
    article = clean_text(HEADLINE + "\n\n" + BODY + "\n" + footer + "\nPrevious\nNext\n")
    assert article.author == author


@pytest.mark.parametrize(
    "line",
    [
        "Comments by Per Lund on June 17, 2021 at 4:10 pm",
        "Ferry NewsContact UsJune 17, 2021ferries",
        "The timetable was agreed on June 17, 2021 after a long debate.",
    ],
)
def test_dates_in_other_lines_name_no_footer_author(line: str) -> None:
    article = clean_text(HEADLINE + "\n\n" + BODY + "\n" + line + "\n")
    assert article.author is None


def test_name_signing_the_end_of_the_article() -> None:
    signed = "\nThanks for reading, and see you on the next crossing!\n\n<3 Marta Olsen\n\nTags\n"
    assert clean_text(HEADLINE + "\n\n" + BODY + signed).author == "Marta Olsen"


@pytest.mark.parametrize(
    "tail",
    [
        "\nThe crossing is calm in summer.\n\n— Per\n",  # a first name attributes a quotation
        "\nSee our other pages.\n\n- Ferry Tickets\n- Harbor Maps\n- Season Passes\n",  # a list
    ],
)
def test_dashed_lines_that_are_no_signature(tail: str) -> None:
    assert clean_text(HEADLINE + "\n\n" + BODY + tail).author is None


def test_name_under_the_lede_over_a_table_of_contents() -> None:
    lede = "A short lede that sets out what the council decided and why it matters so much.\n\n"
    article = clean_text(HEADLINE + "\n\n" + lede + "Marta Olsen\n\nContents\n\n" + BODY)
    assert article.author == "Marta Olsen"


def test_writer_introducing_themselves_by_full_name() -> None:
    intro = "Welcome to the harbor notes. I’m Marta Olsen, a transport writer on the islands.\n\n"
    assert clean_text(HEADLINE + "\n\n" + intro + BODY).author == "Marta Olsen"


def test_reader_introducing_themselves_in_the_comments_is_not_the_author() -> None:
    comments = (
        "\n3 Comments\n\nPer Lund\nMay 3, 2025 at 4:10 pm\nHi, I'm Per Lund, and I take "
        "this ferry every day.\nReply\n\nAnna Berg\nMay 4, 2025 at 9:00 am\nSame here.\nReply\n"
        "\nOla Dahl\nMay 5, 2025 at 7:30 am\nMe too.\nReply\n"
    )
    assert clean_text(HEADLINE + "\n\n" + BODY + comments).author is None


def test_long_dateline_opening_with_the_byline() -> None:
    line = "By Marta Olsen, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Per Lund"
    lede = "".join(f"Paragraph {n} of a long lede, set apart from the rest.\n\n" for n in range(10))
    article = clean_text(MENU + HEADLINE + "\n\n" + lede + line + "\n\n" + BODY)
    assert article.author == "Marta Olsen, CFP"


def test_long_line_with_by_inside_is_not_a_byline() -> None:
    # Longer than a signpost: only a line opening with its byline may be that long.
    inside = "The report on the northern crossings was written in the spring by Marta Olsen Lund"
    opening = "By Marta Olsen – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Per Lund"
    lines = Page.from_text(inside + "\n" + opening).lines
    assert [_may_be_byline(line) for line in lines] == [False, True]
    assert clean_text(HEADLINE + "\n\n" + BODY + "\n" + inside + "\n").author is None


@pytest.mark.parametrize(
    "tail",
    [
        "\nSee also:\n\n- Harbor Maps\n",  # a label heads a list, it ends no sentence
        "\nSources:\n\n— Harbor Council\n",
        "\n“The sea gives and the sea takes.”\n\n— Jacques Cousteau\n",  # a quotation's speaker
    ],
)
def test_dashed_name_under_a_label_or_a_quotation_is_no_signature(tail: str) -> None:
    assert clean_text(HEADLINE + "\n\n" + BODY + tail).author is None


def test_newsdesk_alone_under_the_date() -> None:
    article = clean_text(MENU + HEADLINE + "\n19 Dec, 2025\nNewsdesk\n" + BODY)
    assert article.author == "Newsdesk"


def test_newsroom_menu_entry_over_the_date_is_not_an_author() -> None:
    article = clean_text(MENU + "Newsroom\n19 Dec, 2025\n" + HEADLINE + "\n\n" + BODY)
    assert article.author is None


def test_outlet_initials_before_the_role_are_no_credential() -> None:
    assert clean_name("Marta Olsen, HGZ Columnist") == "Marta Olsen"
    assert clean_name("Marta Olsen, HGZ Senior Columnist") == "Marta Olsen"
    assert clean_name("Marta Olsen, MD") == "Marta Olsen, MD"
    article = clean_text(MENU + HEADLINE + "\nBy Marta Olsen, HGZ Columnist\n\n" + BODY)
    assert article.author == "Marta Olsen"


def test_byline_just_over_the_text() -> None:
    lines = [HEADLINE, "By Marta Olsen", "Published a day ago", "", *BODY.splitlines()]
    page = Page.from_text("\n".join(lines))
    page.block = (4, len(lines) - 1)
    assert byline_over_text(page) == "Marta Olsen"


def test_byline_far_over_the_text_is_not_its_own() -> None:
    lines = ["By Marta Olsen", "Ferries", "Harbor", "Weather", "Sport", HEADLINE, "", BODY]
    page = Page.from_text("\n".join(lines))
    page.block = (7, 7)
    assert byline_over_text(page) is None


def test_listicle_heading_over_its_paragraph_is_not_a_name_under_the_headline() -> None:
    lede = "A short lede that sets out the best places to ride along the harbor this spring.\n\n"
    entry = "Memorial Park\n\nMemorial Park is home to the oldest trails on the coast.\n\n"
    article = clean_text(HEADLINE + "\n\n" + lede + entry + BODY)
    assert article.author is None
    assert "Memorial Park\n" in article.body
