"""Counting entities across a dossier's articles, with one entry per real-world entity.

Extraction works article by article; only across articles can two spellings of a person no
gazetteer knows ("Andrei Lankov" / "Andrey Lankov") be seen as one. The tally merges them
deterministically (the most mentioned spelling names the entity) and keeps the map from every
id it saw to the id it kept, so article pages can link to the merged entity page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .gazetteer import EntityIndex
from .keys import name_key, without_initials
from .model import KINDS, Entity, EntityCount, Mention

# Two unknown people's names this similar (after key folding and dropping middle initials),
# with the same surname initial and number of words, are one person: "Andrei Lankov" /
# "Andrey Lankov" score 92, "Janet L. Yellen" / "Janet Yellen" 100.
FUZZY_MERGE_MIN = 90


@dataclass(slots=True)
class _Stats:
    entity: Entity
    mentions: int = 0
    articles: set[str] = field(default_factory=set)


class EntityTally:
    """Mentions of a dossier (or a whole site) summed per entity, spellings merged."""

    def __init__(self, index: EntityIndex) -> None:
        self._index = index
        self._stats: dict[str, _Stats] = {}
        self._merged: dict[str, str] | None = None

    def add(
        self, article_id: str, mentions: Sequence[Mention], *, listed: Iterable[Entity] = ()
    ) -> None:
        """Count one article's mentions, plus entities listed in its metadata.

        A listed entity the text does not mention counts as one mention, so that an
        aggregator page's lists still put the article on the entity's page.
        """
        self._merged = None
        for mention in mentions:
            stats = self._stats_for(mention.entity_id, mention)
            stats.mentions += 1
            stats.articles.add(article_id)
        mentioned = {m.entity_id for m in mentions}
        for entity in listed:
            stats = self._stats.setdefault(entity.id, _Stats(entity))
            if entity.id not in mentioned:
                stats.mentions += 1
            stats.articles.add(article_id)

    def _stats_for(self, entity_id: str, mention: Mention) -> _Stats:
        stats = self._stats.get(entity_id)
        if stats is None:
            entity = self._index.get(entity_id) or Entity(
                id=entity_id, name=mention.name, kind=mention.kind, known=False
            )
            stats = self._stats[entity_id] = _Stats(entity)
        return stats

    def canonical_id(self, entity_id: str) -> str:
        """The id an entity was merged into (itself when it was not merged)."""
        return self._merges().get(entity_id, entity_id)

    def entities(self) -> list[EntityCount]:
        """Every entity with its counts: by kind, then most mentioned first, then by name."""
        merged: dict[str, _Stats] = {}
        for entity_id, stats in sorted(self._stats.items()):
            target = self.canonical_id(entity_id)
            into = merged.setdefault(target, _Stats(self._stats[target].entity))
            into.mentions += stats.mentions
            into.articles |= stats.articles
        order = {kind: n for n, kind in enumerate(KINDS)}
        counts = [
            EntityCount(s.entity, s.mentions, len(s.articles), tuple(sorted(s.articles)))
            for s in merged.values()
        ]
        counts.sort(key=lambda c: (order[c.entity.kind], -c.mentions, c.entity.name, c.entity.id))
        return counts

    def _merges(self) -> dict[str, str]:
        if self._merged is None:
            self._merged = _merge_unknown_people(self._stats)
        return self._merged


def _merge_unknown_people(stats: dict[str, _Stats]) -> dict[str, str]:
    """Map each unknown person's id to the id of the spelling it merges into.

    Only names in the same block (same surname initial, same number of words) are compared,
    so the cost stays near-linear in the number of distinct names.
    """
    blocks: dict[tuple[str, int], list[_Stats]] = {}
    for entity_id in sorted(stats):
        entry = stats[entity_id]
        if entry.entity.kind != "person" or entry.entity.known:
            continue
        parts = without_initials(name_key(entry.entity.name)).split()
        if parts:
            blocks.setdefault((parts[-1][:1], len(parts)), []).append(entry)
    result: dict[str, str] = {}
    for block in blocks.values():
        # Most mentioned first, so the best-attested spelling names the merged entity.
        block.sort(key=lambda s: (-s.mentions, s.entity.id))
        leaders: list[tuple[str, str]] = []
        for entry in block:
            key = without_initials(name_key(entry.entity.name))
            for leader_key, leader_id in leaders:
                if key[:1] == leader_key[:1] and fuzz.ratio(key, leader_key) >= FUZZY_MERGE_MIN:
                    result[entry.entity.id] = leader_id
                    break
            else:
                leaders.append((key, entry.entity.id))
    return result
