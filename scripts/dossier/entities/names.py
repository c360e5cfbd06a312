"""Resolve structured lists of names (aggregator pages, front matter) to the same entities.

Aggregator story pages list ``countries: ["Korea, Democratic People's Republic of", ...]``,
``organizations: ["North Atlantic Treaty Organisation", ...]`` and ``persons: ["Kim Jong-Un",
...]``. These must land on the very entities the text extractor finds ("North Korea", "NATO",
"Kim Jong Un"), or the dossier page would list each of them twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pycountry

from .extract import resolve_discovered
from .gazetteer import EntityIndex
from .model import Entity, Kind

_NUMBERING = re.compile(r"^\s*(?:[-*•]\s*)?(?:\d+[.)]\s*)?")


def resolve_names(
    names: Iterable[str], index: EntityIndex, kind: Kind | None = None
) -> list[Entity]:
    """The entities a list of names stands for, in list order, each once.

    With ``kind`` given, a name no gazetteer knows becomes a new entity of that kind (an
    analyst in a list of persons); without it, unknown names are left out, since there is no
    telling what they are.
    """
    result: dict[str, Entity] = {}
    for raw in names:
        name = _NUMBERING.sub("", str(raw)).strip()
        if not name or index.is_ignored(name):
            continue
        entity = _resolve_one(name, index, kind)
        if entity is not None and entity.id not in result:
            result[entity.id] = entity
    return list(result.values())


def _resolve_one(name: str, index: EntityIndex, kind: Kind | None) -> Entity | None:
    known = index.lookup(name, kind)
    if known is not None:
        return known
    if kind in (None, "country"):
        country = _iso_country(name, index)
        if country is not None or kind == "country":
            return country
    if kind is None:
        return None
    return resolve_discovered(name, kind, index)


def _iso_country(name: str, index: EntityIndex) -> Entity | None:
    """Codes ("KP", "PRK") and any name pycountry knows, mapped to our country entity."""
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return None
    return index.lookup(country.name, "country")
