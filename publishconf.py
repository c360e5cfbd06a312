"""Production settings: `make publish` and the GitHub Pages workflow build with these.

SITEURL comes from the environment so a project page (https://user.github.io/repo/) and a
custom domain both work without editing this file.
"""

from __future__ import annotations

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
