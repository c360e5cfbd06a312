"""Skip the listings Pelican gathers for pages the site does not write.

For every author, category and tag, Pelican's articles generator collects its articles in date
order by scanning all articles once per author (``[a for a in dates if a in articles]``), which
is quadratic in the number of articles, and only then asks the writer, which writes nothing
when that kind of page has an empty ``*_SAVE_AS``. This site switches those pages off (dossiers,
outlets and entities take their place), and at 10,000 articles from 6,000 bylines that scan
alone took seconds. A kind of page switched back on in the settings is generated as before.
"""

from __future__ import annotations

from typing import Any

# (the generator's step, the setting that names where its pages are saved)
LISTING_STEPS = (
    ("generate_authors", "AUTHOR_SAVE_AS"),
    ("generate_categories", "CATEGORY_SAVE_AS"),
    ("generate_tags", "TAG_SAVE_AS"),
)


def _write_nothing(write: Any) -> None:
    """The step of a kind of page whose ``*_SAVE_AS`` is empty: there is nothing to write."""


def skip_unwritten_listings(generator: Any) -> None:
    """On Pelican's articles generator: replace each listing step whose pages are off."""
    for step, setting in LISTING_STEPS:
        if not generator.settings.get(setting):
            setattr(generator, step, _write_nothing)
