"""Build a small site into a temporary folder with the project's real settings.

``build_site(tmp_path, {"articles/d/a.md": "..."}, DEFAULT_PAGINATION=2)`` writes the files,
runs Pelican with pelicanconf.py plus overrides, and returns a :class:`BuiltSite` to query
the output with BeautifulSoup. Used by the plugin tests and the whole-site tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent


def get_settings(**overrides: Any) -> dict[str, Any]:
    """The project's pelicanconf.py with overrides (paths may be relative to the project)."""
    return read_settings(str(ROOT / "pelicanconf.py"), override=overrides)


@dataclass
class BuiltSite:
    output: Path
    settings: dict[str, Any]

    def path(self, relative: str) -> Path:
        path = self.output / relative
        return path / "index.html" if path.is_dir() else path

    def html(self, relative: str) -> BeautifulSoup:
        return BeautifulSoup(self.path(relative).read_text(encoding="utf-8"), "html.parser")

    def files(self) -> list[str]:
        return sorted(
            p.relative_to(self.output).as_posix() for p in self.output.rglob("*") if p.is_file()
        )


def write_tree(root: Path, files: dict[str, str | bytes]) -> None:
    for relative, data in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")


def build_site(
    tmp_path: Path,
    files: dict[str, str | bytes] | None = None,
    *,
    content: Path | None = None,
    **overrides: Any,
) -> BuiltSite:
    """Build ``files`` (or an existing ``content`` folder) into ``tmp_path/output``."""
    if content is None:
        content = tmp_path / "content"
        write_tree(content, files or {})
    output = tmp_path / "output"
    settings = get_settings(PATH=str(content), OUTPUT_PATH=str(output), **overrides)
    Pelican(settings).run()
    return BuiltSite(output, settings)


def article(title: str = "A title", body: str = "A paragraph.", **fields: Any) -> str:
    """A Markdown article with YAML front matter, for fixture content trees."""
    front = yaml.safe_dump({"title": title, **fields}, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n\n{body}\n"
