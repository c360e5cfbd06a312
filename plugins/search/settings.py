"""The plugin's one namespaced setting, ``SEARCH = {...}``, checked once at the start of a run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

DEFAULTS: dict[str, Any] = {
    "enabled": True,  # False: no index, no search page, no search box
    "page_url": "search/",  # where the search page lives (the header box submits there)
    "page_save_as": "search/index.html",
    "template": "search",  # theme template of the search page
    # One language for the whole index. Pagefind otherwise splits the index by <html lang>,
    # and the one search page would only search pages in its own language. None: DEFAULT_LANG.
    "language": None,
    "exclude_selectors": [],  # extra CSS selectors never indexed (chrome a theme cannot mark)
}


class SettingsError(ValueError):
    """A SEARCH setting the plugin does not understand."""


def search_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Merge ``SEARCH`` over the defaults; an unknown key or a wrong type is an error."""
    given = settings.get("SEARCH") or {}
    if not isinstance(given, dict):
        raise SettingsError(f"SEARCH must be a dict like {{'enabled': True}}, not {given!r}")
    unknown = sorted(set(given) - set(DEFAULTS))
    if unknown:
        raise SettingsError(
            f"SEARCH has unknown key(s) {', '.join(unknown)}; "
            f"known keys are {', '.join(sorted(DEFAULTS))}"
        )
    options = {**DEFAULTS, **given}
    for key in ("page_url", "page_save_as", "template"):
        if not isinstance(options[key], str) or not options[key]:
            raise SettingsError(f"SEARCH['{key}'] must be a non-empty string")
    if not isinstance(options["enabled"], bool):
        raise SettingsError("SEARCH['enabled'] must be True or False")
    language = options["language"] or settings.get("DEFAULT_LANG") or "en"
    if not isinstance(language, str):
        raise SettingsError("SEARCH['language'] must be an ISO 639-1 code such as 'en', or None")
    options["language"] = language
    selectors = options["exclude_selectors"]
    if isinstance(selectors, str) or not isinstance(selectors, Sequence):
        raise SettingsError("SEARCH['exclude_selectors'] must be a list of CSS selectors")
    options["exclude_selectors"] = [str(s) for s in selectors]
    return options
