"""Production settings: `make publish` and the GitHub Pages workflow build with these.

SITEURL comes from the environment so a project page (https://user.github.io/repo/) and a
custom domain both work without editing this file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The project's pelicanconf.py, whatever folder Pelican is started from.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: F403

# e.g. https://user.github.io/repo (the workflow passes configure-pages' base_url) or
# https://dossiers.example.org for a custom domain. Every link, feed and the sitemap use it.
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True  # nothing stale from an earlier build gets published

# The site feed holds every dated article; each dossier has its own feed (dossiers plugin).
# Undated articles are left out of all feeds rather than shown with a placeholder date.
FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"

# sitemap.xml, robots.txt and .nojekyll for GitHub Pages (plugins/publishing).
PLUGINS = [*PLUGINS, "publishing"]  # noqa: F405
