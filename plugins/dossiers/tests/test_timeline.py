"""The coverage timeline SVG."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from dossiers.timeline import bins, choose_unit, render_svg

SVG = "{http://www.w3.org/2000/svg}"
D = dt.date


def test_days_weeks_months_by_span() -> None:
    assert choose_unit(D(2024, 10, 1), D(2024, 10, 31)) == "day"
    assert choose_unit(D(2024, 10, 1), D(2025, 6, 19)) == "week"
    assert choose_unit(D(2020, 1, 1), D(2025, 6, 19)) == "month"


def test_empty_days_are_kept_and_outlets_stacked() -> None:
    unit, series = bins(
        [(D(2024, 10, 24), "A"), (D(2024, 10, 24), "B"), (D(2024, 10, 27), "A")], ["A", "B"]
    )
    assert unit == "day"
    assert [b.start.day for b in series] == [24, 25, 26, 27]
    assert [b.total for b in series] == [2, 0, 0, 1]
    assert series[0].counts == (("A", 1), ("B", 1))


def test_svg_is_accessible_and_has_one_rect_per_outlet_and_day() -> None:
    svg = render_svg(
        [(D(2024, 10, 24), "A"), (D(2024, 10, 24), "B"), (D(2024, 10, 25), "A")],
        ["A", "B"],
        "Coverage of X",
    )
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Coverage of X"
    desc = root.find(f"{SVG}desc").text
    assert "3 dated articles from 2 outlets, per day" in desc
    rects = root.findall(f"{SVG}rect")
    assert len(rects) == 3
    assert rects[0].get("fill") != rects[1].get("fill")
    assert "24 Oct 2024: 1 from A" in rects[0].find(f"{SVG}title").text


def test_no_dates_no_chart() -> None:
    assert render_svg([], ["A"], "t") == ""
