"""Find calendar dates written in a line of page text.

A hand-written matcher instead of ``dateparser``: it is fast enough to run on every line of
every page (dateparser costs milliseconds per call), it never guesses a missing year, and it
only understands unambiguous shapes, because a wrong publication date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Month names and abbreviations in the languages of the boilerplate vocabularies.
_MONTHS: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "janvier",
        "janv",
        "januar",
        "jänner",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
    ),
    2: (
        "february",
        "feb",
        "février",
        "fevrier",
        "févr",
        "fév",
        "februar",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
    ),
    3: ("march", "mar", "mars", "märz", "marz", "mär", "marzo", "março", "maart", "mrt"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
    6: ("june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"),
    7: ("july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"),
    10: (
        "october",
        "oct",
        "octobre",
        "oktober",
        "okt",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
    ),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: (
        "december",
        "dec",
        "décembre",
        "decembre",
        "déc",
        "dezember",
        "dez",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "dezember",
    ),
}
_MONTH_BY_NAME: dict[str, int] = {
    name: number for number, names in _MONTHS.items() for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTH_BY_NAME, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A year glued to a following clock time or reading time by copy-paste ("November 11,
# 20228:23 PM", "November 9, 202211:01 AM", "May 2nd 202511 mins") is still a year; any other
# digit after it makes a longer number.
_YEAR_END = r"(?:(?=\d{1,2}:\d\d|\d{1,3}\s*min)|(?!\d))"
# Between the day, the month name and the year: spaces or dashes, or nothing after a dot
# ("25.Jun.2019").
_SEP = r"(?:[\s\-]+|(?<=\.))"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2025-01-29, 2025/1/29, 2025.01.29, 2025•01•08 (ISO order is unambiguous)
    # (not inside an identifier such as "nightly-2025-11-24")
    re.compile(
        rf"(?<!\d)(?<![^\W\d_]-){_YEAR}(?P<sep>[-/.•])(?P<month_num>[01]?\d)(?P=sep)"
        r"(?P<day>[0-3]?\d)(?!\d)"
    ),
    # January 29, 2025 / Jan. 29 2025 / Jan 29th, 2025
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+{_DAY},?\s+(?:de\s+)?{_YEAR}{_YEAR_END}", re.IGNORECASE),
    # 29 January 2025 / 29. Januar 2025 / 29 de enero de 2025 / 29-Jan-2025 / 29.Jan.2025
    re.compile(
        rf"(?<!\w){_DAY}{_SEP}(?:de\s+)?{_MONTH},?{_SEP}(?:de\s+)?{_YEAR}{_YEAR_END}",
        re.IGNORECASE,
    ),
    # 01/29/2025, 29/01/2025, 29.01.2025, 06.18.2025: decided by which number can be a month
    re.compile(
        r"(?<![\d/.])(?P<first>[0-3]?\d)(?P<sep>[/.])(?P<second>[0-3]?\d)(?P=sep)"
        r"(?P<year>(?:19|20)\d\d)(?!\d)"
    ),
)

_HAS_YEAR = re.compile(r"(?:19|20)\d\d")

# The earliest plausible publication year for a web page.
_MIN_YEAR = 1990


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line, and where, so the caller can weigh nearby cue words."""

    date: dt.date
    start: int
    end: int


def find_dates(
    line: str, *, today: dt.date | None = None, prefer_day_first: bool = False
) -> list[FoundDate]:
    """Every unambiguous date in ``line``, left to right, without dates in the future.

    ``prefer_day_first`` decides ``03/04/2025`` for non-English pages; English pages write the
    month first. A number above 12 settles the order whatever the preference.
    """
    if not _HAS_YEAR.search(line):
        return []  # most lines: every accepted shape has a four-digit year
    limit = (today or dt.date.today()) + dt.timedelta(days=1)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            date = _to_date(match, prefer_day_first)
            if date is None or date > limit or date.year < _MIN_YEAR:
                continue
            found.append(FoundDate(date, match.start(), match.end()))
            taken.append((match.start(), match.end()))
    found.sort(key=lambda item: item.start)
    return found


def _to_date(match: re.Match[str], prefer_day_first: bool) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        day_first = first > 12 or (prefer_day_first and second <= 12)
        day, month = (first, second) if day_first else (second, first)
    else:
        day = int(groups["day"])
        month_name = groups.get("month")
        month = (
            _MONTH_BY_NAME.get(month_name.lower().rstrip("."))
            if month_name
            else int(groups["month_num"])
        ) or 0
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
