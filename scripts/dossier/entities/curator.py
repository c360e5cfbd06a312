"""The curator's entity file, ``content/entities.yml``: corrections that beat the gazetteers.

The file is a YAML list. Each entry names one entity::

    - name: Volodymyr Zelenskyy        # canonical name shown on the site (required)
      type: person                      # person | organisation | country | ignore (required)
      aliases: [Zelenskiy, Selenskyj]   # more spellings (optional)
      description: President of Ukraine # optional
      wikidata: Q3874799                # optional, a Wikidata item id
      id: volodymyr-zelenskyy           # optional, keeps an existing page URL when renaming

An entry whose name or alias is already known for an entity of the same type updates that
entity (its name, description and wikidata win; aliases are added). ``type: ignore`` lists
names that must never become entities ("Latest Posts", a false alias). Every mistake is
reported with the file and line, because the curator has to find it in their editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from ..errors import UserError

CuratorKind = Literal["person", "organisation", "country", "ignore"]

_KINDS: dict[str, CuratorKind] = {
    "person": "person",
    "people": "person",
    "persons": "person",
    "organisation": "organisation",
    "organization": "organisation",
    "org": "organisation",
    "organisations": "organisation",
    "organizations": "organisation",
    "country": "country",
    "countries": "country",
    "ignore": "ignore",
}
_KEYS = frozenset({"name", "type", "aliases", "description", "wikidata", "id"})
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FORMAT_HINT = "each entry looks like: - {name: Mark Rutte, type: person, aliases: [Rutte]}"


@dataclass(frozen=True, slots=True)
class CuratorEntry:
    """One validated entry of the curator file."""

    name: str
    kind: CuratorKind
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None
    id: str | None = None
    line: int = 0


def load_curator_file(path: Path | str) -> list[CuratorEntry]:
    """Read and validate the curator file; raise :class:`UserError` at the first mistake."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"cannot read the entity file: {error}", path=path) from None
    return parse_curator_text(text, path)


def parse_curator_text(text: str, path: Path | str = "content/entities.yml") -> list[CuratorEntry]:
    """Validate curator YAML given as text; ``path`` is only used in error messages."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = error.problem or "invalid YAML"
        raise UserError(
            f"invalid YAML: {problem}",
            path=path,
            line=line,
            hint="check the indentation and quote names that contain ':' or '#'",
        ) from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise UserError(
            "the entity file must be a list of entries",
            path=path,
            line=root.start_mark.line + 1,
            hint=_FORMAT_HINT,
        )
    return [_entry(node, path) for node in root.value]


def _entry(node: yaml.Node, path: Path | str) -> CuratorEntry:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise UserError(
            "an entry must be a mapping with name and type", path=path, line=line, hint=_FORMAT_HINT
        )
    fields: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise UserError(
                f"unknown key {key!r}",
                path=path,
                line=key_node.start_mark.line + 1,
                hint=f"known keys: {known}",
            )
        fields[key] = value_node
    name = _string(fields, "name", path, line, required=True)
    assert name is not None  # required=True guarantees it
    kind_text = _string(fields, "type", path, line, required=True) or ""
    kind = _KINDS.get(kind_text.strip().lower())
    if kind is None:
        raise UserError(
            f"unknown type {kind_text!r} for {name!r}",
            path=path,
            line=fields["type"].start_mark.line + 1,
            hint="use person, organisation, country or ignore",
        )
    wikidata = _string(fields, "wikidata", path, line)
    if wikidata is not None and not _WIKIDATA.match(wikidata):
        raise UserError(
            f"wikidata must be an item id like Q7747, not {wikidata!r}",
            path=path,
            line=fields["wikidata"].start_mark.line + 1,
        )
    entity_id = _string(fields, "id", path, line)
    if entity_id is not None and not _SLUG.match(entity_id):
        raise UserError(
            f"id must be a lower-case slug like mark-rutte, not {entity_id!r}",
            path=path,
            line=fields["id"].start_mark.line + 1,
        )
    return CuratorEntry(
        name=name,
        kind=kind,
        aliases=_aliases(fields, path),
        description=_string(fields, "description", path, line),
        wikidata=wikidata,
        id=entity_id,
        line=line,
    )


def _string(
    fields: dict[str, yaml.Node],
    key: str,
    path: Path | str,
    line: int,
    *,
    required: bool = False,
) -> str | None:
    node = fields.get(key)
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value == ""):
        if required:
            raise UserError(f"entry has no {key}", path=path, line=line, hint=_FORMAT_HINT)
        return None
    if not isinstance(node, yaml.ScalarNode):
        raise UserError(
            f"{key} must be a single text value", path=path, line=node.start_mark.line + 1
        )
    return str(node.value).strip()


def _aliases(fields: dict[str, yaml.Node], path: Path | str) -> tuple[str, ...]:
    node = fields.get("aliases")
    if node is None:
        return ()
    if isinstance(node, yaml.ScalarNode):
        return (str(node.value).strip(),) if node.value else ()
    if not isinstance(node, yaml.SequenceNode):
        raise UserError(
            "aliases must be a list of names",
            path=path,
            line=node.start_mark.line + 1,
            hint="aliases: [Zelenskiy, Zelensky]",
        )
    aliases: list[str] = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
            raise UserError(
                "each alias must be a non-empty name", path=path, line=item.start_mark.line + 1
            )
        aliases.append(str(item.value).strip())
    return tuple(aliases)
