"""Aggregator pages' structured lists resolve to the entities the text extractor finds."""

from __future__ import annotations

from dossier.entities import EntityIndex, EntityTally, extract_entities, resolve_names


def test_iso_country_names(index: EntityIndex) -> None:
    listed = [
        "Korea, Democratic People's Republic of",
        "Russian Federation",
        "Iran, Islamic Republic of",
        "Korea, Republic of",
        "Palestine, State of",
        "China",
    ]
    found = resolve_names(listed, index, kind="country")
    assert [e.name for e in found] == [
        "North Korea",
        "Russia",
        "Iran",
        "South Korea",
        "Palestine",
        "China",
    ]


def test_country_codes(index: EntityIndex) -> None:
    assert [e.name for e in resolve_names(["KP", "UKR"], index, kind="country")] == [
        "North Korea",
        "Ukraine",
    ]


def test_organisations_and_new_names(index: EntityIndex) -> None:
    listed = ["1.BRICS", "2.North Atlantic Treaty Organisation", "Kremlin", "Kookmin University"]
    found = resolve_names(listed, index, kind="organisation")
    assert [(e.name, e.known) for e in found] == [
        ("BRICS", True),
        ("NATO", True),
        ("Kremlin", True),
        ("Kookmin University", False),
    ]


def test_persons_merge_with_text_mentions(index: EntityIndex) -> None:
    listed = resolve_names(
        ["Kim Jong-Un", "Volodymyr Zelenskiy", "António Guterres", "Hugh Griffiths"],
        index,
        kind="person",
    )
    assert [e.id for e in listed] == [
        "kim-jong-un",
        "volodymyr-zelenskyy",
        "antonio-guterres",
        "hugh-griffiths",
    ]
    text = "Zelenskyy met Kim Jong Un's envoy? No: Zelensky denied it."
    tally = EntityTally(index)
    tally.add("001", extract_entities(text, index), listed=listed)
    counts = {c.entity.name: (c.mentions, c.articles) for c in tally.entities()}
    assert counts["Volodymyr Zelenskyy"] == (2, 1)
    assert counts["Kim Jong Un"] == (1, 1)
    assert counts["Hugh Griffiths"] == (1, 1)  # only listed: counted once


def test_unknown_name_without_kind_is_left_out(index: EntityIndex) -> None:
    assert resolve_names(["Somebody Unknown", "NATO"], index) == [index.lookup("NATO")]


def test_duplicates_collapse(index: EntityIndex) -> None:
    found = resolve_names(["Nato", "NATO", "North Atlantic Treaty Organization"], index)
    assert [e.id for e in found] == ["nato"]
