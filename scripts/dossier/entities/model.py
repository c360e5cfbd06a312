"""The value objects of entity extraction: what an entity is, and where it is mentioned.

They are plain frozen dataclasses so that a Pelican plugin can cache, sort, compare and
serialise them (``dataclasses.asdict``) without knowing anything about how they were found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["person", "organisation", "country"]
KINDS: tuple[Kind, ...] = ("person", "organisation", "country")

# How a mention was written. The site may want to link only full names, or weigh adjectives
# ("North Korean troops") less than names when ranking countries.
Form = Literal["name", "short", "demonym", "metonym", "acronym"]


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, organisation or country, with every name it goes by.

    ``id`` is a slug of the canonical name: it is the entity page's URL and must not change
    when another article is added, so it never depends on which spelling was seen first for
    entities from a gazetteer or the curator file.
    """

    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None
    # False for entities found by rules rather than listed in a gazetteer or by the curator:
    # the site can show them with less confidence, and the curator can promote them.
    known: bool = True


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in an article's text where an entity is named.

    ``start``/``end`` are character offsets into the text given to the extractor, so
    ``text[start:end] == surface``. ``paragraph`` is the 0-based index of the non-empty line
    the mention sits in (ingest writes one paragraph per line), which is what paragraph
    permalinks are numbered by.
    """

    entity_id: str
    surface: str
    start: int
    end: int
    paragraph: int
    kind: Kind
    name: str
    form: Form = "name"
    known: bool = True


@dataclass(frozen=True, slots=True)
class EntityCount:
    """An entity with how often, and in how many articles, a dossier names it."""

    entity: Entity
    mentions: int
    articles: int
    article_ids: tuple[str, ...] = field(default=())
