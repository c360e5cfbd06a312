"""The curator's sidecar, ``raw/<dossier>/sources.yml``: facts the text cannot give.

Any field given for a raw file wins over what the cleaner found. The format::

    dossier:
      title: North Korean troops in Russia
      summary: How outlets reported ...
    files:
      000_fa84120af16b3b1f.txt:
        source: Dagens
        date: 2025-06-19
        url: https://...
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import UserError
from dossier.yamltext import YamlError, load_yaml

SIDECAR_NAME = "sources.yml"
FILE_FIELDS = frozenset({"title", "source", "date", "author", "url", "language", "notes"})
YAML_HINT = "quote values that contain ':' or start with '-', '@' or '#'"
VALUE_HINT = "dates are written YYYY-MM-DD"
DOSSIER_FIELDS = frozenset({"title", "summary", "state"})


@dataclass
class Sidecar:
    """What the curator knows about a dossier and each of its raw files."""

    path: Path | None = None
    dossier: dict[str, Any] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_file(self, name: str) -> dict[str, Any]:
        return self.files.get(name, {})


def _line_of(node: yaml.Node | None, *keys: str) -> int | None:
    """1-based line of a nested key in a composed YAML document, for error messages."""
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return None
        for key_node, value_node in node.value:
            if key_node.value == key:
                node = value_node
                line = key_node.start_mark.line + 1
                break
        else:
            return None
    return line if keys else None


def load_sidecar(folder: Path) -> Sidecar:
    """Read ``folder/sources.yml``; a missing file is an empty sidecar, a broken one an error."""
    path = folder / SIDECAR_NAME
    if not path.is_file():
        return Sidecar()
    text = path.read_text(encoding="utf-8-sig")
    try:
        data, node = load_yaml(text)
    except YamlError as problem:
        raise UserError(
            problem.problem,
            path=path,
            line=problem.line,
            hint=YAML_HINT if problem.problem.startswith("not valid") else VALUE_HINT,
        ) from None
    data = data or {}
    if not isinstance(data, dict):
        raise UserError("must be a mapping with 'dossier:' and 'files:'", path=path, line=1)
    unknown = sorted(set(data) - {"dossier", "files"})
    if unknown:
        raise UserError(
            f"unknown section '{unknown[0]}'",
            path=path,
            line=_line_of(node, unknown[0]),
            hint="the sections are 'dossier:' and 'files:'",
        )
    dossier = data.get("dossier") or {}
    files = data.get("files") or {}
    if not isinstance(dossier, dict) or not isinstance(files, dict):
        raise UserError("'dossier:' and 'files:' must be mappings", path=path)
    _check_fields(dossier, DOSSIER_FIELDS, path, node, ("dossier",))
    clean_files: dict[str, dict[str, Any]] = {}
    for name, fields in files.items():
        if not isinstance(fields, dict):
            raise UserError(
                f"entry '{name}' must be a mapping of fields",
                path=path,
                line=_line_of(node, "files", str(name)),
            )
        _check_fields(fields, FILE_FIELDS, path, node, ("files", str(name)))
        if "date" in fields and fields["date"] is not None:
            fields["date"] = _as_date(fields["date"], path, _line_of(node, "files", str(name)))
        clean_files[str(name)] = fields
    return Sidecar(path=path, dossier=dossier, files=clean_files)


def _check_fields(
    fields: dict[str, Any],
    known: frozenset[str],
    path: Path,
    node: yaml.Node | None,
    where: tuple[str, ...],
) -> None:
    for key in fields:
        if key not in known:
            raise UserError(
                f"unknown field '{key}'",
                path=path,
                line=_line_of(node, *where, key),
                hint=f"known fields: {', '.join(sorted(known))}",
            )


def _as_date(value: Any, path: Path, line: int | None) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise UserError(
            f"date '{value}' is not a date", path=path, line=line, hint="write it as YYYY-MM-DD"
        ) from None
