"""The plugin's one namespaced setting, ``PUBLISHING = {...}``, checked once per run."""

from __future__ import annotations

from typing import Any

from dossier.pelican_support import namespaced_settings

DEFAULTS: dict[str, Any] = {
    "sitemap": "sitemap.xml",  # file name, or None for no sitemap
    "robots": "robots.txt",  # file name, or None for no robots.txt
    "nojekyll": True,  # write .nojekyll so GitHub Pages never runs Jekyll on the output
    # Output paths (prefixes) that are not pages a reader should land on from a search engine.
    "exclude": ("404.html", "drafts/"),
}


def publishing_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Merge ``PUBLISHING`` over the defaults; an unknown key is an error, not a silent typo."""
    return namespaced_settings(settings, "PUBLISHING", DEFAULTS)
