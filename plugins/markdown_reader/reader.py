"""The Pelican reader: YAML front matter + markdown-it-py body.

Metadata keeps YAML's types (lists and mappings survive for the dossier, quote and entity
plugins); only the keys Pelican itself interprets (date, tags, ...) go through Pelican's
processors. A broken file raises :class:`FrontMatterError`, which Pelican logs with the file
name and line and then goes on with the other files.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.readers import BaseReader, Readers

from .frontmatter import FrontMatterError, split_front_matter
from .render import make_renderer, render

log = logging.getLogger(__name__)

# Keys Pelican expects as comma-separated strings; YAML lists are joined for them.
_LIST_AS_TEXT = frozenset({"tags", "authors"})
_DATE_KEYS = frozenset({"date", "modified"})


class YamlMarkdownReader(BaseReader):  # type: ignore[misc]
    """Read ``.md`` files: YAML front matter between ``---`` lines, then Markdown."""

    enabled = True
    file_extensions = ["md", "markdown", "mkd", "mdown"]  # noqa: RUF012 (Pelican API)

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self._md = make_renderer()

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Return (HTML, metadata) for one file, or log and raise a line-aware error.

        Pelican's own "Could not process FILE" message drops the reason unless --debug is
        given, so the reason is logged here first, with the file and line.
        """
        try:
            return self._read(source_path)
        except FrontMatterError as error:
            log.error("%s", error)
            raise

    def _read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        path = Path(source_path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            line = path.read_bytes()[: error.start].count(b"\n") + 1
            raise FrontMatterError(
                source_path, line, "file is not valid UTF-8", "save it as UTF-8"
            ) from None
        split = split_front_matter(text, source_path)
        html, paragraphs = render(split.body, self._md)
        metadata: dict[str, Any] = {}
        for key, value in split.metadata.items():
            name = key.lower()
            metadata[name] = self._process(name, value, source_path, split.key_lines.get(key))
        metadata["paragraph_count"] = paragraphs
        return html, metadata

    def _process(self, name: str, value: Any, source_path: str, line: int | None) -> Any:
        """Turn one YAML value into what Pelican and our plugins expect."""
        if value is None:
            return None
        if name in _DATE_KEYS:
            return self._date(name, value, source_path, line)
        if name in _LIST_AS_TEXT and isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        if name == "title":
            return str(value)
        if name == "summary" and isinstance(value, str):
            return self._md.renderInline(value)
        if isinstance(value, str) or name in {"slug", "status", "category", "author"}:
            return self.process_metadata(name, str(value))
        return value

    def _date(self, name: str, value: Any, source_path: str, line: int | None) -> Any:
        if isinstance(value, dt.date):
            value = value.isoformat()
        try:
            return self.process_metadata(name, str(value))
        except (ValueError, OverflowError):
            raise FrontMatterError(
                source_path,
                line,
                f"'{name}: {value}' is not a date",
                "write it as YYYY-MM-DD (or YYYY-MM-DD HH:MM)",
            ) from None


def add_reader(readers: Readers) -> None:
    """Register the reader for every Markdown extension, replacing Pelican's own."""
    for extension in YamlMarkdownReader.file_extensions:
        readers.reader_classes[extension] = YamlMarkdownReader


def forget_disabled_markdown(generator: Any) -> None:
    """Drop Pelican's disabled Python-Markdown reader, whose warning would be misleading."""
    for extension in YamlMarkdownReader.file_extensions:
        generator.readers.disabled_readers.pop(extension, None)


def register() -> None:
    """Pelican plugin entry point."""
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(forget_disabled_markdown)
