"""The coverage timeline: articles per day (or week, or month), stacked by outlet, as SVG.

Inline SVG needs no JavaScript, prints, scales on a phone, and carries its own accessible
title and description. Outlet colours come from the Okabe–Ito palette, which stays
distinguishable for the common forms of colour blindness.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from html import escape

# Okabe & Ito (2008), "Color Universal Design"; grey is reserved for "other outlets".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
OTHER = "#8a8f98"
# A readable bar needs ~6 px at the 640 px design width, so ~90 bins at most: a longer span
# is binned by week, then by month.
MAX_BINS = 92
WIDTH, HEIGHT = 640, 180
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 28, 28, 8


@dataclass(frozen=True)
class Bin:
    start: dt.date
    counts: tuple[tuple[str, int], ...]  # (outlet, articles) in legend order

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def _bin_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(start: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return start + dt.timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def choose_unit(first: dt.date, last: dt.date) -> str:
    span = (last - first).days + 1
    if span <= MAX_BINS:
        return "day"
    return "week" if span <= MAX_BINS * 7 else "month"


def bins(dated: list[tuple[dt.date, str]], outlets: list[str]) -> tuple[str, list[Bin]]:
    """Every bin from the first to the last report, empty ones included (gaps are news too)."""
    if not dated:
        return "day", []
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    unit = choose_unit(first, last)
    counts: dict[dt.date, Counter[str]] = {}
    for day, outlet in dated:
        counts.setdefault(_bin_start(day, unit), Counter())[outlet] += 1
    result, start = [], _bin_start(first, unit)
    while start <= last:
        found = counts.get(start, Counter())
        result.append(Bin(start, tuple((o, found[o]) for o in outlets if found[o])))
        start = _next(start, unit)
    return unit, result


def legend_colours(outlets: list[str]) -> dict[str, str]:
    """Busiest outlets get the palette; the rest share grey as "other outlets"."""
    return {o: PALETTE[i] if i < len(PALETTE) else OTHER for i, o in enumerate(outlets)}


def _label(start: dt.date, unit: str) -> str:
    if unit == "month":
        return start.strftime("%b %Y")
    if unit == "week":
        return start.strftime("week of %-d %b %Y")
    return start.strftime("%-d %b %Y")


def render_svg(dated: list[tuple[dt.date, str]], outlets: list[str], title: str) -> str:
    """The chart as an SVG string (empty string when no article has a date)."""
    unit, series = bins(dated, outlets)
    if not series:
        return ""
    colours = legend_colours(outlets)
    peak = max(b.total for b in series)
    plot_w = WIDTH - MARGIN_LEFT - 4
    plot_h = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    step = plot_w / len(series)
    bar_w = max(step * 0.8, 1.0)
    parts: list[str] = []
    for index, item in enumerate(series):
        x = MARGIN_LEFT + index * step + (step - bar_w) / 2
        y = float(MARGIN_TOP + plot_h)
        for outlet, count in item.counts:
            h = plot_h * count / peak
            y -= h
            tip = f"{_label(item.start, unit)}: {count} from {outlet}"
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{colours[outlet]}"><title>{escape(tip)}</title></rect>'
            )
    axis_y = MARGIN_TOP + plot_h
    first, last = series[0].start, series[-1].start
    per = {"day": "day", "week": "week", "month": "month"}[unit]
    total = len(dated)
    description = (
        f"{total} dated article{'s' if total != 1 else ''} from {len(outlets)} "
        f"outlet{'s' if len(outlets) != 1 else ''}, per {per}, from {_label(first, unit)} "
        f"to {_label(last, unit)}; at most {peak} in one {per}."
    )
    ticks = (
        f'<text x="{MARGIN_LEFT}" y="{HEIGHT - 8}" class="tick">{_label(first, unit)}</text>'
        f'<text x="{WIDTH - 4}" y="{HEIGHT - 8}" class="tick" text-anchor="end">'
        f"{_label(last, unit)}</text>"
        f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + 10}" class="tick" text-anchor="end">'
        f"{peak}</text>"
        f'<text x="{MARGIN_LEFT - 6}" y="{axis_y}" class="tick" text-anchor="end">0</text>'
    )
    return (
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="timeline-title">{escape(title)}</title>'
        f'<desc id="timeline-desc">{escape(description)}</desc>'
        f'<line x1="{MARGIN_LEFT}" y1="{axis_y}" x2="{WIDTH - 4}" y2="{axis_y}" class="axis"/>'
        + "".join(parts)
        + ticks
        + "</svg>"
    )
