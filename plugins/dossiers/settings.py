"""The plugin's one namespaced setting, ``DOSSIERS = {...}``, checked once per run."""

from __future__ import annotations

from typing import Any

from dossier.pelican_support import namespaced_settings

DEFAULTS: dict[str, Any] = {
    "path": "dossiers",  # folder of dossier definitions, relative to PATH
    "template": "dossier",  # template used for each dossier page
}


def dossier_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Merge ``DOSSIERS`` over the defaults; an unknown key is an error, not a silent typo."""
    return namespaced_settings(settings, "DOSSIERS", DEFAULTS)
