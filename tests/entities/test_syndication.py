"""Republished copies of one wire story are found; different stories on one topic are not."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.syndication import Republication, fingerprints, republications_of_prints

from .conftest import SAMPLE_DOSSIER

Article = tuple[str, date | str | None, str]  # id, publication date, body

WIRE = (
    "President Vladimir Putin said on Friday that it was Russia's business whether or not it "
    "decided to use North Korean troops and said that if Ukraine wanted to join NATO then Moscow "
    "could do what it wanted to ensure its own security. The United States said on Wednesday "
    "that it had seen evidence that North Korea has sent 3,000 troops to Russia for possible "
    "deployment in Ukraine, a move that the West is casting as a significant escalation of the "
    "war. Ukraine's military intelligence service said that the first North Korean units "
    "trained in Russia had been deployed in the Kursk region, a Russian border area where "
    "Ukrainian forces took a chunk of Russian land in August. Putin said that the West had "
    "repeatedly said that it was up to Ukraine how it ensured its security."
)

OTHER_STORY = (
    "Russian President Vladimir Putin, responding to reports that North Korean soldiers have "
    "been deployed in Russia, said that decisions about military alliances with Pyongyang are "
    "Moscow's own business. His comments come amid claims from the United States and South "
    "Korea that North Korea recently sent troops to Russia. Speaking at a press event during "
    "the BRICS summit in Kazan, Putin addressed satellite images showing possible movements of "
    "North Korean soldiers, saying the images are serious. Putin said that it was Russia's "
    "business whether or not it decided to use North Korean troops, and he accused the West "
    "of fuelling the war in Ukraine while Russian forces advance on all fronts."
)


def _copy(body: str, outlet: str) -> str:
    return (
        f"{outlet} — World news\nPutin on N. Korean troops\n{body}\n"
        f"(Except for the headline, this story has not been edited by {outlet} staff and is "
        "published from a syndicated feed.)\nShare on Facebook Share on Twitter"
    )


def _republications(articles: Sequence[Article]) -> list[Republication[str]]:
    """What a build does: fingerprint each body, then compare the fingerprints."""
    return republications_of_prints([(i, when, fingerprints(body)) for i, when, body in articles])


def _copies(articles: Sequence[Article]) -> dict[str, str]:
    """Each republished article's id mapped to the id of the original it copies."""
    return {found.copy: found.original for found in _republications(articles)}


def test_copy_with_other_header_and_footer_is_found() -> None:
    articles = [
        ("vom", date(2024, 10, 26), _copy(WIRE, "VoM News")),
        ("reuters", date(2024, 10, 25), WIRE),
        ("tdpel", "2024-10-27", _copy(WIRE, "TDPel Media")),
    ]
    assert _copies(articles) == {"vom": "reuters", "tdpel": "reuters"}


def test_same_topic_different_story_is_not_a_copy() -> None:
    articles = [("a", date(2024, 10, 25), WIRE), ("b", date(2024, 10, 25), OTHER_STORY)]
    assert _copies(articles) == {}


def test_excerpt_is_a_copy_but_a_brief_inside_an_analysis_is_not() -> None:
    half = WIRE[: len(WIRE) // 2]
    assert _copies([("w", None, WIRE), ("x", None, half)]) == {"x": "w"}
    analysis = OTHER_STORY + " " + WIRE + " " + OTHER_STORY.replace("Putin", "He") * 3
    assert _copies([("w", "2024-10-25", half), ("y", "2024-10-26", analysis)]) == {}


def test_original_is_the_earliest_then_smallest_id_and_input_order_does_not_matter() -> None:
    articles = [("b", None, WIRE), ("c", date(2024, 1, 2), WIRE), ("a", None, WIRE)]
    expected = {"a": "c", "b": "c"}
    for seed in range(5):
        random.Random(seed).shuffle(articles)
        assert _copies(articles) == expected


def test_short_texts_are_never_matched() -> None:
    assert _copies([("a", None, "Putin said no."), ("b", None, "Putin said no.")]) == {}


def test_sample_dossier_has_no_copies() -> None:
    articles = [
        (path.stem, None, path.read_text(encoding="utf-8"))
        for path in sorted(SAMPLE_DOSSIER.glob("*.txt"))
    ]
    assert _copies(articles) == {}


def test_scores_are_reported() -> None:
    [found] = _republications([("v", None, _copy(WIRE, "VoM")), ("w", "2024-10-25", WIRE)])
    assert (found.copy, found.original) == ("v", "w")
    assert found.containment >= 0.8
