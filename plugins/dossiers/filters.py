"""Jinja filters of the theme, registered on every generator's environment.

``date_text`` formats dates for the templates. Pelican's dates are ``SafeDatetime`` objects,
whose ``strftime`` goes through Pelican's own Python re-implementation (for ``%-d`` and
non-ASCII locales) at about 70 µs a call; the site formats about half a million dates at
10,000 articles (every row of every article list), so that alone was seconds of a build.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def date_text(value: dt.date, pattern: str = "%Y-%m-%d") -> str:
    """``value.strftime(pattern)`` as Pelican formats it, with ``%-d`` (day without zero);
    a date only: the time of day is not kept."""
    plain = dt.date(value.year, value.month, value.day)
    return plain.strftime(pattern.replace("%-d", str(value.day)))


FILTERS = {"date_text": date_text}


def add_filters(generator: Any) -> None:
    """On every generator: the theme's filters join its Jinja environment."""
    generator.env.filters.update(FILTERS)
