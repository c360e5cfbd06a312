"""Built-in gazetteers and word lists, as Python data modules.

Python rather than YAML so they ship inside the package with no package-data glob, load with no
parsing cost, and are checked by ruff and mypy like the code that reads them.
"""

from typing import NamedTuple


class Seed(NamedTuple):
    """One built-in entity.

    ``short`` are names used alone that point to this entity wherever they appear ("Putin").
    ``context_short`` are names used alone that are too common to stand alone ("Kim", "Austin",
    "Harris"): they point to this entity only in an article that names it in full, or after a
    title ("Secretary Austin"). A person's last name is a ``context_short`` by default.
    ``ambiguous`` aliases only count with no unknown capitalised word right next to them
    ("Bloomberg" the agency, not "Michael Bloomberg").
    """

    name: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None
    short: tuple[str, ...] = ()
    context_short: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
