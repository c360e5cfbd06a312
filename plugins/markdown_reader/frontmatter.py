"""Split a Markdown file into its YAML front matter and body, with line-aware errors.

Curators edit these files by hand for weeks, so a mistake must point at the exact line:
``content/articles/x/y.md:4: front matter is not valid YAML: ...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.errors import shown_path
from dossier.yamltext import YamlError, key_lines, load_yaml

# The block opens with '---' on the first line and closes with '---' or '...' on its own line.
_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


class FrontMatterError(ValueError):
    """The front matter of a content file cannot be used; the message names file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str, hint: str = "") -> None:
        self.path = str(path)
        self.line = line
        self.reason = message
        shown = shown_path(path)
        where = f"{shown}:{line}" if line else shown
        super().__init__(f"{where}: {message}" + (f" — {hint}" if hint else ""))


@dataclass(frozen=True)
class SplitFile:
    """A content file cut in two: its metadata mapping and its Markdown body."""

    metadata: dict[str, Any]
    body: str
    body_line: int  # 1-based line number where the body starts in the file
    key_lines: dict[str, int]  # 1-based line of each top-level key, for later error messages


def split_front_matter(text: str, path: Path | str) -> SplitFile:
    """Return the parsed front matter and the body; a file without front matter is all body."""
    opening = _OPEN.match(text)
    if not opening:
        return SplitFile({}, text.lstrip("\ufeff"), 1, {})
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise FrontMatterError(
            path,
            1,
            "front matter is opened with '---' but never closed",
            "add a line with only '---' after the last metadata line",
        )
    block = text[opening.end() : closing.start()]
    first_line = 2  # the block starts on the line after the opening '---'
    try:
        data, node = load_yaml(block)
    except YamlError as problem:
        line = first_line + problem.line - 1 if problem.line else None
        raise FrontMatterError(
            path,
            line,
            f"front matter is {problem.problem}"
            if problem.problem.startswith("not")
            else f"front matter: {problem.problem}",
            "quote values that contain ':' or start with '-', '@', '#', or a quote mark",
        ) from None
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict):
        raise FrontMatterError(
            path,
            first_line,
            "front matter must be a mapping of 'key: value' lines",
            "write one 'key: value' per line between the '---' lines",
        )
    lines = {key: first_line + line - 1 for key, line in key_lines(node).items()}
    body_start = closing.end() + 1
    body_line = text.count("\n", 0, body_start) + 1
    return SplitFile({str(k): v for k, v in data.items()}, text[body_start:], body_line, lines)
