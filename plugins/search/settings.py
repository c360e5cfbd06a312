"""The plugin's one namespaced setting, ``SEARCH = {...}``, checked once at the start of a run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dossier.pelican_support import PluginSettingsError, namespaced_settings

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


def search_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Merge ``SEARCH`` over the defaults; an unknown key or a wrong type is an error."""
    options = namespaced_settings(settings, "SEARCH", DEFAULTS)
    for key in ("page_url", "page_save_as", "template"):
        if not isinstance(options[key], str) or not options[key]:
            raise PluginSettingsError(f"SEARCH['{key}'] must be a non-empty string")
    if not isinstance(options["enabled"], bool):
        raise PluginSettingsError("SEARCH['enabled'] must be True or False")
    language = options["language"] or settings.get("DEFAULT_LANG") or "en"
    if not isinstance(language, str):
        raise PluginSettingsError(
            "SEARCH['language'] must be an ISO 639-1 code such as 'en', or None"
        )
    options["language"] = language
    selectors = options["exclude_selectors"]
    if isinstance(selectors, str) or not isinstance(selectors, Sequence):
        raise PluginSettingsError("SEARCH['exclude_selectors'] must be a list of CSS selectors")
    options["exclude_selectors"] = [str(s) for s in selectors]
    return options
