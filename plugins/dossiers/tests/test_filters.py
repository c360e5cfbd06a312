"""The theme's date filter formats exactly as Pelican's own dates do."""

from __future__ import annotations

import datetime as dt

import pytest
from pelican.utils import SafeDatetime

from dossiers.filters import date_text

PATTERNS = ["%Y-%m-%d", "%-d %b %Y", "%-d %B %Y"]
DATES = [SafeDatetime(2024, 10, 5, 23, 59), SafeDatetime(1999, 1, 31), SafeDatetime(2025, 12, 1)]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("value", DATES)
def test_date_text_is_what_pelican_strftime_gives(value: SafeDatetime, pattern: str) -> None:
    assert date_text(value, pattern) == value.strftime(pattern)


def test_date_text_takes_plain_dates_and_defaults_to_iso() -> None:
    assert date_text(dt.date(2024, 3, 7)) == "2024-03-07"
    assert date_text(dt.date(2024, 3, 7), "%-d %B %Y") == "7 March 2024"
