"""The plugin's one namespaced setting, ``DOSSIERS = {...}``, checked once per run."""

from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    "path": "dossiers",  # folder of dossier definitions, relative to PATH
    "template": "dossier",  # template used for each dossier page
}


class SettingsError(ValueError):
    """A DOSSIERS setting the plugin does not understand."""


def dossier_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Merge ``DOSSIERS`` over the defaults; an unknown key is an error, not a silent typo."""
    given = settings.get("DOSSIERS") or {}
    unknown = sorted(set(given) - set(DEFAULTS))
    if unknown:
        raise SettingsError(
            f"DOSSIERS has unknown key(s) {', '.join(unknown)}; "
            f"known keys are {', '.join(sorted(DEFAULTS))}"
        )
    return {**DEFAULTS, **given}
