"""Entities of a dossier: the people, organisations and countries its articles name.

Typical use from a Pelican plugin or the CLI::

    from dossier.entities import EntityIndex, EntityTally, extract_entities, resolve_names

    index = EntityIndex.load("content/entities.yml")   # built-ins + curator file
    tally = EntityTally(index)
    for article in articles:
        listed = resolve_names(article.metadata.get("persons", []), index, kind="person")
        mentions = extract_entities(article.text, index, present=[e.id for e in listed])
        tally.add(article.slug, mentions, listed=listed)
    for count in tally.entities():                      # merged across spellings
        print(count.entity.kind, count.entity.name, count.mentions, count.articles)

Everything is deterministic and needs no network or model.
"""

from .curator import CuratorEntry, load_curator_file, parse_curator_text
from .extract import count_entities, extract_entities, resolve_discovered
from .gazetteer import EntityIndex
from .keys import name_key, slugify
from .model import KINDS, Entity, EntityCount, Form, Kind, Mention
from .names import resolve_names
from .tally import EntityTally

__all__ = [
    "KINDS",
    "CuratorEntry",
    "Entity",
    "EntityCount",
    "EntityIndex",
    "EntityTally",
    "Form",
    "Kind",
    "Mention",
    "count_entities",
    "extract_entities",
    "load_curator_file",
    "name_key",
    "parse_curator_text",
    "resolve_discovered",
    "resolve_names",
    "slugify",
]
