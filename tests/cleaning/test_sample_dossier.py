"""The five raw pages of the sample dossier: what the published sample site is built from."""

from __future__ import annotations

import pytest

from dossier.cleaning import CleanedArticle, clean_file

from .conftest import sample_page

FURNITURE = (
    "Others are reading now",
    "Also read",
    "Share the article",
    "Latest Posts",
    "Thanks for reading",
    "Share on Facebook",
    "Kremlin.ru / Wikimedia Commons",
    "- home",
    "has not been edited by VoM News staff",
    "syndicated feed",
    "February 11, 2026",
    "Vande Mataram",
    "Rafale Jets",
)


def cleaned(prefix: str) -> CleanedArticle:
    return clean_file(sample_page(prefix))


def raw_lines(prefix: str) -> list[str]:
    return [line.strip() for line in sample_page(prefix).read_text("utf-8").splitlines()]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_furniture_in_any_body(prefix: str) -> None:
    body = cleaned(prefix).body
    for phrase in FURNITURE:
        assert phrase not in body, phrase


def test_000_title_subheadings_and_paragraphs() -> None:
    article = cleaned("000")
    assert article.title == "Putin Downplays NATO Threat as North Korean Troops Arrive in Russia"
    assert "## North Korean Support and Iranian Risk" in article.body
    assert "## Ukraine’s Deadly Week and NATO Diplomacy" in article.body
    assert article.title not in article.body
    assert "\nPutin\n" not in f"\n{article.body}\n"  # the photo caption
    for line in raw_lines("000"):
        if (
            len(line.split()) >= 8
            and line != article.title
            and not line.startswith(("Homepage", "Did you"))
        ):
            assert line in article.body


def test_002_title_once_outlet_from_syndication_and_no_list_date() -> None:
    article = cleaned("002")
    assert article.title == "Putin on N. Korean Troops: “Our Choice, Just as NATO Welcomes Ukraine”"
    assert article.source == "VoM News"
    assert article.title not in article.body
    assert article.date is None  # only the "Latest Posts" list has dates
    assert "no publication date found" in article.review
    paragraphs = raw_lines("002")[3:12]
    for paragraph in paragraphs:
        assert article.body.count(paragraph) == 1


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_pages_without_headline_get_no_invented_title(prefix: str) -> None:
    article = cleaned(prefix)
    assert article.title is None
    assert "no title found" in article.review
    first_line = raw_lines(prefix)[0]
    assert article.body.startswith(first_line)


def test_003_and_004_subheadings() -> None:
    assert "## Neither Confirming Nor Denying" in cleaned("003").body
    assert "## Accuses the West of Escalation" in cleaned("003").body
    body = cleaned("004").body
    for heading in (
        "North Korea’s Role Escalates the Conflict",
        "Ukraine Calls for Stronger Western Support",
        "Tension Rises Between Russian and North Korean Forces",
        "Putin and North Korea Deny the Allegations",
        "What’s Next?",
    ):
        assert f"## {heading}" in body


def test_004_outlet_and_every_paragraph() -> None:
    article = cleaned("004")
    assert article.source == "TDPel Media"
    for line in raw_lines("004"):
        if len(line.split()) >= 8 and not line.startswith("This article was published"):
            assert line in article.body


def test_001_is_an_aggregator_page_with_structured_lists() -> None:
    article = cleaned("001")
    assert article.kind == "aggregator"
    assert article.title == "North Korea troops in Russia not denied by Putin"
    assert article.body == ""
    extra = article.extra
    assert extra["summary"].startswith("Putin is quoted as stating")
    assert len(extra["quotes"]) == 16
    assert extra["quotes"][-1].startswith("They cannot be isolated")
    assert extra["related"] == [
        "North Korea confirms troop deployment to Russia, hails fighters in Ukraine conflict",
        "South Korea says North Korea is sending more troops to Russia",
        "Zelenskyy says North Korean troops back on Russia front line",
    ]
    assert extra["sources"][:2] == ["France 24", "CNA News"]
    assert len(extra["sources"]) == 12
    assert "Russia-North Korea Relations" in extra["perspectives"]
    assert "Korea, Democratic People's Republic of" in extra["countries"]
    assert "North Atlantic Treaty Organisation" in extra["organizations"]
    assert extra["persons"][0] == "Vladimir Putin"
    assert len(article.decisions) == len(raw_lines("001"))
    assert {decision.rule for decision in article.decisions} >= {
        "aggregator-summary",
        "aggregator-quote",
        "aggregator-sources",
    }
