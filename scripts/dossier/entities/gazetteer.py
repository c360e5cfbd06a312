"""The entity index: every known entity and a token trie of all the names it goes by.

Built once per site build from the built-in gazetteers (``data/``), pycountry and the curator's
``content/entities.yml``. Matching an article walks the trie once per token, so the cost is
linear in the article's length whatever the size of the gazetteer: no regex alternation of
thousands of names, no fuzzy matching against every entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pycountry

from .curator import CuratorEntry, load_curator_file
from .data import Seed
from .data import countries as country_data
from .data.organisations import ORGANISATIONS
from .data.people import PEOPLE
from .keys import fold_word, name_key, slugify, without_initials, words
from .model import Entity, Form, Kind

# How a word of an alias must be written in the text for the alias to match.
CASE_ANY, CASE_CAP, CASE_UPPER = 0, 1, 2
_ROMAN = re.compile(r"^[IVX]+$")


@dataclass(frozen=True, slots=True)
class Alias:
    """One name of an entity as the matcher sees it, with the guards it needs."""

    entity_id: str
    text: str
    form: Form
    case: tuple[int, ...]
    ambiguous: bool = False  # drop when an unknown capitalised word stands next to it
    capital: bool = False  # a capital city standing for its state: drop after "in", "to"...
    context_only: bool = False  # a bare surname: only with the full name or a title nearby
    needs_context: tuple[str, ...] = ()  # name keys, one of which the article must contain

    @property
    def length(self) -> int:
        return len(self.case)


@dataclass(slots=True)
class TrieNode:
    """One word of the trie of names: the aliases that end here, the words that go on."""

    children: dict[str, TrieNode] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)


class EntityIndex:
    """All known entities, their names compiled into a trie, and lookups by name.

    Use :meth:`load` (built-ins plus an optional curator file) or :meth:`builtin`. The index is
    read-only once built, so one instance can serve every article of a build.
    """

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        self._root = TrieNode()
        self._lookup: dict[str, list[str]] = {}
        self._surnames: dict[str, list[str]] = {}  # surname key -> person ids (resolution)
        self._blocks: dict[str, list[tuple[str, str]]] = {}  # fuzzy blocks: (name key, id)
        self._ignored: set[str] = set()

    # -- building -------------------------------------------------------------------------

    @classmethod
    def builtin(cls) -> EntityIndex:
        """The index of the built-in gazetteers and pycountry only."""
        return cls.load(None)

    @classmethod
    def load(cls, curator_file: Path | str | None = None) -> EntityIndex:
        """Build the index; curator entries from ``curator_file`` (if it exists) win.

        Raises :class:`dossier.errors.UserError` naming the line when the file is invalid.
        """
        index = cls()
        index._add_countries()
        index._add_seeds(ORGANISATIONS, "organisation")
        index._add_seeds(PEOPLE, "person")
        if curator_file is not None and Path(curator_file).exists():
            index.apply_curator(load_curator_file(curator_file))
        return index

    def apply_curator(self, entries: Iterable[CuratorEntry]) -> None:
        """Merge curator entries: override names and descriptions, add aliases and entities."""
        for entry in entries:
            if entry.kind == "ignore":
                self._ignore(entry.name, *entry.aliases)
                continue
            existing = self._find_existing(entry)
            if existing is None:
                entity = Entity(
                    id=entry.id or slugify(entry.name),
                    name=entry.name,
                    kind=entry.kind,
                    aliases=entry.aliases,
                    description=entry.description,
                    wikidata=entry.wikidata,
                )
                self._add_entity(entity, forms={})
                continue
            aliases = _unique((*existing.aliases, existing.name, *entry.aliases), entry.name)
            merged = replace(
                existing,
                name=entry.name,
                aliases=aliases,
                description=entry.description or existing.description,
                wikidata=entry.wikidata or existing.wikidata,
            )
            self._entities[merged.id] = merged
            for alias in (entry.name, *entry.aliases):
                self._add_alias(merged, alias, _form_of(alias))

    def _find_existing(self, entry: CuratorEntry) -> Entity | None:
        if entry.id and entry.id in self._entities:
            return self._entities[entry.id]
        for name in (entry.name, *entry.aliases):
            for entity_id in self._lookup.get(name_key(name), ()):
                entity = self._entities[entity_id]
                if entity.kind == entry.kind:
                    return entity
        return self._entities.get(slugify(entry.name))

    def _ignore(self, *names: str) -> None:
        keys = {name_key(name) for name in names}
        self._ignored |= keys
        for key in keys:
            self._lookup.pop(key, None)
            node = self._walk(key.split())
            if node is not None:
                node.aliases.clear()

    def _walk(self, keys: Sequence[str]) -> TrieNode | None:
        node: TrieNode | None = self._root
        for key in keys:
            node = node.children.get(key) if node else None
        return node

    def _add_countries(self) -> None:
        for country in pycountry.countries:
            code = country.alpha_2
            common = getattr(country, "common_name", None)
            official = getattr(country, "official_name", None)
            name = country_data.CANONICAL.get(code) or common or country.name
            names = [country.name, common, official, *country_data.ALIASES.get(code, ())]
            self._add_country(code, name, [n for n in names if n])
        for code, (name, aliases) in country_data.EXTRA.items():
            self._add_country(code, name, list(aliases))

    def _add_country(self, code: str, name: str, names: list[str]) -> None:
        entity = Entity(
            id=slugify(name),
            name=name,
            kind="country",
            aliases=_unique((n for n in names if "," not in n and "(" not in n), name),
            wikidata=country_data.WIKIDATA.get(code),
        )
        forms: dict[str, Form] = {n: "demonym" for n in country_data.DEMONYMS.get(code, ())}
        forms |= {n: "metonym" for n in country_data.CAPITALS.get(code, ())}
        prose = [n for n in names if "," not in n and "(" not in n]
        self._add_entity(entity, forms=forms, spellings=prose)
        # ISO names like "Korea, Democratic People's Republic of" only appear in lists.
        for iso_name in names:
            self._add_lookup(iso_name, entity.id)

    def _add_seeds(self, seeds: Iterable[Seed], kind: Kind) -> None:
        for seed in seeds:
            entity = Entity(
                id=slugify(seed.name),
                name=seed.name,
                kind=kind,
                aliases=_unique((*seed.aliases, *seed.short), seed.name),
                description=seed.description,
                wikidata=seed.wikidata,
            )
            context = list(seed.context_short)
            last = words(seed.name)[-1]
            if kind == "person" and not seed.short and not context and not _ROMAN.match(last):
                context.append(last)
            forms: dict[str, Form] = {s: "short" for s in (*seed.short, *context)}
            self._add_entity(
                entity,
                forms=forms,
                context_only=set(context),
                ambiguous=set(seed.ambiguous),
                spellings=(*seed.aliases, *seed.short),
            )

    def _add_entity(
        self,
        entity: Entity,
        *,
        forms: dict[str, Form],
        context_only: set[str] | None = None,
        ambiguous: set[str] | None = None,
        spellings: Iterable[str] = (),
    ) -> None:
        """Index an entity under its name, aliases, extra ``forms`` and every ``spellings``.

        ``spellings`` may differ from the aliases only in case ("Nato" beside "NATO"): the
        page lists one, but the matcher needs both, since acronyms must match exactly.
        """
        self._entities[entity.id] = entity
        for alias in dict.fromkeys((entity.name, *entity.aliases, *spellings, *forms)):
            form = forms.get(alias) or _form_of(alias)
            self._add_alias(
                entity,
                alias,
                form,
                context_only=alias in (context_only or ()),
                ambiguous=alias in (ambiguous or ()),
            )
        if entity.kind == "person":
            self._register_person(entity)

    def _add_alias(
        self,
        entity: Entity,
        alias: str,
        form: Form,
        *,
        context_only: bool = False,
        ambiguous: bool = False,
    ) -> None:
        tokens = words(alias)
        if not tokens or name_key(alias) in self._ignored:
            return
        if not context_only:
            self._add_lookup(alias, entity.id)
        record = Alias(
            entity_id=entity.id,
            text=alias,
            form=form,
            case=tuple(_case_of(token, alias) for token in tokens),
            # A one-word country name next to an unknown capitalised word is part of another
            # name: "Lisa O. Monaco", "Jim Jordan", "New Jersey", "Latin American".
            ambiguous=ambiguous
            or alias in country_data.AMBIGUOUS
            or (entity.kind == "country" and len(tokens) == 1 and form != "acronym"),
            capital=form == "metonym",
            context_only=context_only,
            needs_context=tuple(name_key(w) for w in country_data.NEEDS_CONTEXT.get(alias, ())),
        )
        node = self._root
        for token in tokens:
            node = node.children.setdefault(fold_word(token), TrieNode())
        if all(
            (a.entity_id, a.form, a.case) != (entity.id, form, record.case) for a in node.aliases
        ):
            node.aliases.append(record)
        if entity.kind == "person" and len(tokens) > 1:
            self._register_person_name(alias, entity.id)

    def _add_lookup(self, name: str, entity_id: str) -> None:
        ids = self._lookup.setdefault(name_key(name), [])
        if entity_id not in ids:
            ids.append(entity_id)

    def _register_person(self, entity: Entity) -> None:
        self._register_person_name(entity.name, entity.id)

    def _register_person_name(self, name: str, entity_id: str) -> None:
        key = name_key(name)
        surname = key.split()[-1]
        ids = self._surnames.setdefault(surname, [])
        if entity_id not in ids:
            ids.append(entity_id)
        block = self._blocks.setdefault(surname[:1], [])
        if (key, entity_id) not in block:
            block.append((key, entity_id))

    # -- reading --------------------------------------------------------------------------

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __iter__(self) -> Iterator[Entity]:
        return iter(sorted(self._entities.values(), key=lambda e: e.id))

    def __len__(self) -> int:
        return len(self._entities)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, if it is known."""
        return self._entities.get(entity_id)

    def lookup(self, name: str, kind: Kind | None = None) -> Entity | None:
        """The entity whose name or alias is ``name`` (any spelling with the same key).

        People are also found without middle initials: "James B. Comey" is James Comey.
        """
        key = name_key(name)
        keys = [key] if kind not in (None, "person") else [key, without_initials(key)]
        for candidate in keys:
            for entity_id in self._lookup.get(candidate, ()):
                entity = self._entities[entity_id]
                if kind is None or entity.kind == kind:
                    return entity
        return None

    def is_ignored(self, name: str) -> bool:
        """Whether the curator asked never to list this name."""
        return name_key(name) in self._ignored

    def person_blocks(self, surname_key: str) -> list[tuple[str, str]]:
        """Known person names (key, id) whose surname starts like ``surname_key``: the only
        candidates a fuzzy comparison needs to look at."""
        return self._blocks.get(surname_key[:1], [])

    @property
    def root(self) -> TrieNode:
        """The trie the matcher walks (read-only by convention)."""
        return self._root


def _unique(names: Iterable[str], canonical: str) -> tuple[str, ...]:
    """Aliases without duplicates or the canonical name itself, in a stable order."""
    seen = {name_key(canonical)}
    result: list[str] = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            result.append(name)
    return tuple(result)


def _case_of(token: str, alias: str) -> int:
    """How a word of the alias must be written: acronyms exactly, names capitalised."""
    letters = [ch for ch in alias if ch.isalpha()]
    if token.isupper() and (len(token) > 1 or all(ch.isupper() for ch in letters)):
        return CASE_UPPER
    if token[0].isupper() or token[0].isdigit():
        return CASE_CAP
    return CASE_ANY


def _form_of(alias: str) -> Form:
    tokens = words(alias)
    if len(tokens) == 1 and alias.replace(".", "").isupper() and len(alias) > 1:
        return "acronym"
    if all(len(t) == 1 and t.isupper() for t in tokens):
        return "acronym"
    return "name"
