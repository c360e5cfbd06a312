"""The headline chosen among the candidate lines of a copied page, and the traps around it."""

from __future__ import annotations

from dossier.cleaning import clean_bytes
from dossier.cleaning.metadata import _is_subheading, clean_title
from dossier.cleaning.model import CleanedArticle
from dossier.cleaning.page import Page
from dossier.cleaning.title import (
    WEIGHTS,
    _glued_lines,
    _without_label,
    candidate_features,
    find_title,
)

PROSE = (
    "The town council of Millbrook voted on Tuesday evening to expand the community garden "
    "programme to three more parks, after a year in which volunteers grew more than two tonnes "
    "of vegetables for the local food bank.\n\n"
    "Organisers said the new plots would open in early spring, and that residents could apply "
    "for a plot through the library or at the council offices on the high street.\n\n"
    "Several councillors asked for a report on water use before the summer, noting that the "
    "existing gardens had relied on mains water during the dry weeks of last August.\n"
)
MENU = "Home\nNews\nGardening\nEvents\nContact\n"


def clean_text(text: str) -> CleanedArticle:
    return clean_bytes(text.encode("utf-8"), "page.txt")


def test_headline_under_the_dateline() -> None:
    text = (
        f"{MENU}\nCommunity\nMarch 4, 2025\n"
        "Millbrook Council Expands Community Gardens to Three Parks\n"
        "Harriet Quill\n\n"
        f"{PROSE}"
    )
    assert clean_text(text).title == "Millbrook Council Expands Community Gardens to Three Parks"


def test_breadcrumb_glued_to_the_headline_loses_to_the_headline() -> None:
    text = (
        f"{MENU}\nHome Blog Millbrook Council Expands Community Gardens\n\n"
        "Millbrook Council Expands Community Gardens\n"
        "By Harriet Quill\nMarch 4, 2025\n\n"
        f"{PROSE}"
    )
    assert clean_text(text).title == "Millbrook Council Expands Community Gardens"


def test_call_to_action_above_the_article_is_not_the_headline() -> None:
    text = (
        f"{MENU}\nGarden Plots for Every Neighbourhood in Millbrook\n\n"
        f"{PROSE.split(chr(10))[0]}\n\nRead more in Community Gardening\n\n{PROSE}"
    )
    assert clean_text(text).title == "Garden Plots for Every Neighbourhood in Millbrook"


def test_headline_above_its_dek() -> None:
    text = (
        f"{MENU}\nMillbrook Council Expands Community Gardens to Three Parks\n"
        "Three more parks will get vegetable plots next spring, the council decided\n"
        "By Harriet Quill\n\n"
        f"{PROSE}"
    )
    assert clean_text(text).title == "Millbrook Council Expands Community Gardens to Three Parks"


def test_page_without_headline_gets_no_section_heading_as_title() -> None:
    text = (
        f"{PROSE}\nWhat the Plots Will Cost\n\n"
        "Each plot will cost twenty pounds a year, and the council will waive the fee for "
        "households that receive housing support, the report said.\n"
    )
    article = clean_text(text)
    assert article.title is None
    assert "## What the Plots Will Cost" in article.body


def test_glued_lines_pair_the_long_line_with_the_headline() -> None:
    page = Page.from_text(
        "Home BlogSpring Planting Guide\nSpring Planting Guide\nSpring Planting Guide for You\n"
    )
    glued, inside = _glued_lines(page.lines)
    assert glued == {0}
    assert inside == {1}


def test_features_name_a_byline_and_a_call_to_action() -> None:
    page = Page.from_text("Search the Millbrook Archive\nHarriet Quill, Staff Writer\n")
    page.block = (0, 1)
    by_text = {line.text: names for line, names in candidate_features(page)}
    assert "action-word" in by_text["Search the Millbrook Archive"]
    assert "name-like" in by_text["Harriet Quill, Staff Writer"]


def test_features_tell_the_headline_taken_up_by_its_lede() -> None:
    page = Page.from_text(
        f"Library Opens New Reading Room\nMillbrook Council Expands Community Gardens\n{PROSE}"
    )
    page.block = (2, len(page.lines) - 1)
    by_text = {line.text: names for line, names in candidate_features(page)}
    assert "lede:high" in by_text["Millbrook Council Expands Community Gardens"]
    assert "lede:zero" in by_text["Library Opens New Reading Room"]


def test_related_story_above_the_headline_is_not_the_headline() -> None:
    text = (
        f"{MENU}\nVolunteers Report Record Vegetable Harvest\n\nMarch 4, 2025\n"
        "Millbrook Council Expands Community Gardens\n"
        f"{PROSE}\nVolunteers say the vegetable harvest set a record this year.\n"
    )
    assert clean_text(text).title == "Millbrook Council Expands Community Gardens"


def test_find_title_picks_the_best_scoring_candidate() -> None:
    """Skipping the costly features of hopeless candidates never changes the choice."""
    page = Page.from_text(
        f"{MENU}\nMillbrook Council Expands Community Gardens\nBy Harriet Quill\n"
        f"Read more in Community Gardening\nWhat the Plots Will Cost\n{PROSE}"
    )
    page.block = (8, len(page.lines) - 1)
    scored = [
        (sum(WEIGHTS.get(name, 0.0) for name in names), line.index)
        for line, names in candidate_features(page)
    ]
    best_score, best_index = max(scored, key=lambda item: (item[0], -item[1]))
    found = find_title(page)
    assert found is not None
    assert found.line.index == best_index
    assert abs(found.score - best_score) < 1e-6


def test_features_find_the_lede_below_a_long_header() -> None:
    """A standfirst, a byline box and picture credits between headline and lede: still its lede."""
    furniture = "".join(f"Photo {number}: Garden plot\n" for number in range(12))
    page = Page.from_text(
        f"Millbrook Council Expands Community Gardens\nBy Harriet Quill\n{furniture}{PROSE}"
    )
    page.block = (14, len(page.lines) - 1)
    by_text = {line.text: names for line, names in candidate_features(page)}
    headline = by_text["Millbrook Council Expands Community Gardens"]
    assert "lede:high" in headline
    assert "prose-below:none" in headline  # the first paragraph is too far for that feature


def test_features_see_no_lede_beyond_the_reach() -> None:
    filler = "".join(f"Plot {number} Opening Hours\n" for number in range(45))
    page = Page.from_text(f"Millbrook Council Expands Community Gardens\n{filler}{PROSE}")
    page.block = (46, len(page.lines) - 1)
    by_text = {line.text: names for line, names in candidate_features(page)}
    assert "lede:none" in by_text["Millbrook Council Expands Community Gardens"]


def test_label_glued_to_the_winning_headline_is_dropped() -> None:
    text = (
        f"Millbrook Council Expands Community Gardens\n{MENU}\n"
        "Project: Millbrook Council Expands Community Gardens\n"
        "By Harriet Quill\nMarch 4, 2025\n\n"
        f"{PROSE}"
    )
    assert clean_text(text).title == "Millbrook Council Expands Community Gardens"


def test_only_a_short_label_is_cut_from_a_headline() -> None:
    """A longer part before the separator is the headline's own wording, not a label."""
    lines = Page.from_text(
        "Community Gardening for Beginners - Three New Parks\nThree New Parks\n"
        "Home / Three New Parks\nGardens: Three New Parks\n"
    ).lines
    assert _without_label(lines[0], lines) is None
    assert _without_label(lines[2], lines) == lines[1]
    assert _without_label(lines[3], lines) == lines[1]
    assert _without_label(lines[1], lines) is None
    hyphenated = Page.from_text("Anti-Inflation Act Passes Senate\nInflation Act Passes Senate\n")
    assert _without_label(hyphenated.lines[0], hyphenated.lines) is None  # "Anti-" is no label


def test_headline_inside_the_block_after_a_short_intro_is_the_title() -> None:
    intro = PROSE.split("\n\n")[0]
    page = Page.from_text(
        f"{intro}\n\nMillbrook Council Expands Community Gardens\n\n{PROSE}\n"
        "What the Plots Will Cost\n"
    )
    page.block = (0, len(page.lines) - 1)
    headline = next(line for line in page.lines if line.text.startswith("Millbrook Council"))
    heading = next(line for line in page.lines if line.text == "What the Plots Will Cost")
    assert not _is_subheading(page, headline)
    assert _is_subheading(page, heading)


def test_outlet_named_in_the_copyright_line_is_cut_from_the_headline() -> None:
    text = (
        f"{MENU}\nMillbrook Council Expands Community Gardens – Millbrook Gazette\n"
        "By Harriet Quill\nMarch 4, 2025\n\n"
        f"{PROSE}\n© 2025 Millbrook Gazette. All rights reserved.\n"
    )
    assert clean_text(text).title == "Millbrook Council Expands Community Gardens"


def test_headline_suffix_that_is_not_the_outlet_stays() -> None:
    text = (
        f"{MENU}\nMillbrook Council Expands Community Gardens – Part Two\n"
        "By Harriet Quill\nMarch 4, 2025\n\n"
        f"{PROSE}\n© 2025 Millbrook Gazette. All rights reserved.\n"
    )
    assert clean_text(text).title == "Millbrook Council Expands Community Gardens – Part Two"


def test_reading_time_is_never_a_candidate() -> None:
    page = Page.from_text(
        "Reading time: 4 minutes\n3 min read\nTen Minutes in the Community Garden\n"
        "The Best Time to Read in the Garden\n"
    )
    page.block = (0, 3)
    texts = [line.text for line, _ in candidate_features(page)]
    assert texts == ["Ten Minutes in the Community Garden", "The Best Time to Read in the Garden"]


def test_link_aggregator_domain_and_points_are_cut_from_the_title() -> None:
    assert clean_title("Garden Plots Open Next Spring (millbrook-gazette.co.uk) 87") == (
        "Garden Plots Open Next Spring"
    )
    assert clean_title("Garden Plots Open (Again) in 2025") == "Garden Plots Open (Again) in 2025"


def test_teaser_links_are_never_candidates() -> None:
    page = Page.from_text(
        "Spring Seed Swap at the Library Read More\nBig Garden Tool Deals. Click here\n"
        "Ten Minutes in the Community Garden\nWhy Volunteers Read More Than Ever\n"
    )
    page.block = (0, 3)
    texts = [line.text for line, _ in candidate_features(page)]
    assert texts == ["Ten Minutes in the Community Garden", "Why Volunteers Read More Than Ever"]


def test_post_furniture_is_never_a_candidate() -> None:
    page = Page.from_text(
        "Posted in Gardening, Council News\nTags: compost, allotments\n"
        "Next: Millbrook Opens Its Seed Library\n« Winter Pruning for Beginners\n"
        "Email this article\nQuick Summary: What the Plots Will Cost\n"
        "Next Steps for the Millbrook Gardens\nTen Minutes in the Community Garden\n"
        "« Nous sommes prêts » : le maire défend les nouveaux jardins\n"
    )
    page.block = (0, 8)
    texts = [line.text for line, _ in candidate_features(page)]
    assert texts == [
        "Next Steps for the Millbrook Gardens",
        "Ten Minutes in the Community Garden",
        "« Nous sommes prêts » : le maire défend les nouveaux jardins",  # a quotation opens it
    ]


def test_headline_named_under_the_post_is_marked() -> None:
    page = Page.from_text(
        "Millbrook Garden Notes\nWhy Our Tomatoes Split This Summer\n"
        f"{PROSE}\n3 thoughts on “Why Our Tomatoes Split This Summer”\n"
        "The post Winter Pruning for Beginners appeared first on Millbrook Garden Notes.\n"
        "There are three responses to a dry summer, the council said\n"
    )
    page.block = (2, 8)
    named = {
        line.text for line, features in candidate_features(page) if "named-by-page" in features
    }
    assert named == {"Why Our Tomatoes Split This Summer"}


def test_comment_heading_picks_the_headline_over_a_header_line() -> None:
    text = (
        f"{MENU}\nGarden Notes from the Allotment Society\n\n"
        "Why Our Tomatoes Split This Summer\n\n"
        f"{PROSE}\n2 responses to “Why Our Tomatoes Split This Summer”\n"
    )
    assert clean_text(text).title == "Why Our Tomatoes Split This Summer"


def test_menu_run_is_never_a_candidate() -> None:
    page = Page.from_text(
        "Home Blog About\nNews Events Shop Gardening Tools Seeds Community Contact\n"
        "Best Home Garden Products\nHome > Blog > Ten Minutes in the Community Garden\n"
        "Garden Tools Reviews and Guides\n"
    )
    page.block = (0, 4)
    texts = [line.text for line, _ in candidate_features(page)]
    assert texts == [
        "Best Home Garden Products",
        "Home > Blog > Ten Minutes in the Community Garden",
        "Garden Tools Reviews and Guides",
    ]


def test_reading_time_counts_as_the_header_above_the_headline() -> None:
    page = Page.from_text(
        f"{MENU}Travel\nMarch 4, 2025\n4 min read\n"
        "Millbrook Council Expands Community Gardens\n\n"
        f"{PROSE}"
    )
    page.block = (10, 15)
    features = next(
        features
        for line, features in candidate_features(page)
        if line.text.startswith("Millbrook Council")
    )
    assert "signpost-above:0" in features
