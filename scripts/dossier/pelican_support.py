"""Small pieces every project plugin needs, kept in one place so they behave alike.

- One namespaced dict setting per plugin (``DOSSIERS = {...}``), checked once per run: an
  unknown key is a typo, and a typo must stop the build with the list of known keys.
- Writing a page with the site's relative-URL policy, and a JSON export, the same way.
- The article files a build will read, for the plugins that start extracting before Pelican
  has read them (see :mod:`dossier.parallel`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any


class PluginSettingsError(ValueError):
    """A plugin setting the plugin does not understand; the message lists the known keys."""


def namespaced_settings(
    settings: Mapping[str, Any], name: str, defaults: Mapping[str, Any]
) -> dict[str, Any]:
    """``settings[name]`` merged over ``defaults``, refusing unknown keys and non-dicts."""
    given = settings.get(name) or {}
    if not isinstance(given, Mapping):
        raise PluginSettingsError(f"{name} must be a dict of options, not {given!r}")
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        raise PluginSettingsError(
            f"{name} has unknown key(s) {', '.join(unknown)}; "
            f"known keys are {', '.join(sorted(defaults))}"
        )
    return {**defaults, **given}


def article_files(generator: Any) -> list[Path]:
    """The files Pelican's articles generator is about to read, in a stable order."""
    settings = generator.settings
    found = generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"])
    return [Path(generator.path) / name for name in sorted(found)]


def url_settings(settings: Mapping[str, Any], defaults: Mapping[str, str]) -> dict[str, str]:
    """Pelican-style ``*_URL`` / ``*_SAVE_AS`` settings, each defaulted when not given."""
    return {key: str(settings.get(key, value)) for key, value in defaults.items()}


def write_page(
    generator: Any, writer: Any, template: str, save_as: str, url: str, **values: Any
) -> None:
    """Render ``template`` to ``save_as`` with the generator's context and URL policy."""
    writer.write_file(
        save_as,
        generator.get_template(template),
        generator.context,
        relative_urls=generator.settings["RELATIVE_URLS"],
        url=url,
        page_name=values.pop("page_name", url),
        **values,
    )


def write_json(path: Path, data: Any) -> None:
    """A JSON export: UTF-8, indented, keys in the order given, so builds are reproducible."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
