"""Pelican settings for local builds (`make html`, `make devserver`).

Production settings (absolute SITEURL, feeds) live in publishconf.py, which imports these.
"""

from __future__ import annotations

SITENAME = "Story Dossiers"
SITESUBTITLE = "Curated, searchable records of how a story was covered"
# No AUTHOR: an article without a byline must not get a made-up one.
SITEURL = ""
RELATIVE_URLS = True  # the local build works from any folder, server or subpath

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
# content/dossiers/*.md are dossier definitions read by the dossiers plugin, not articles.
IGNORE_FILES = [".#*", "*~", "*.bak"]

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
DEFAULT_DATE = None  # an article without a date is reported, never given today's date

THEME = "themes/dossier"
# Autoescape everything: titles, outlets and notes come from copied web pages. Only HTML that
# our own renderer produced (article bodies, summaries, the timeline SVG) is marked |safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

# Plugins are listed explicitly: no namespace plugin installed in the venv loads by accident.
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["markdown_reader", "dossiers", "quotes", "entities", "search"]

# Clean URLs. Articles live under their dossier; slugs come from the file name, which
# `dossier ingest` makes unique within a dossier.
SLUGIFY_SOURCE = "basename"
ARTICLE_URL = "articles/{dossier}/{slug}/"
ARTICLE_SAVE_AS = "articles/{dossier}/{slug}/index.html"
ARTICLE_LANG_URL = "articles/{dossier}/{slug}-{lang}/"
ARTICLE_LANG_SAVE_AS = "articles/{dossier}/{slug}-{lang}/index.html"


def newest_first(article: object) -> tuple[float, str]:
    """Article order for lists and feeds: newest first, ties by URL, so every build agrees.

    Pelican's own "reversed-date" keeps ties in file-reading order, which is not stable.
    """
    date = getattr(article, "date", None)
    return (-date.timestamp() if date else 0.0, str(getattr(article, "url", "")))


ARTICLE_ORDER_BY = newest_first

# Articles of different dossiers may share a slug; they are not translations of each other.
# The dossiers plugin keeps two articles of one dossier from sharing a URL.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = "{slug}-{lang}/"
PAGE_LANG_SAVE_AS = "{slug}-{lang}/index.html"
DOSSIER_URL = "dossiers/{slug}/"
DOSSIER_SAVE_AS = "dossiers/{slug}/index.html"

# Archives nobody asked for are off: dossiers replace categories, tags and authors.
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
ARCHIVES_SAVE_AS = "archives/index.html"
ARCHIVES_URL = "archives/"
DIRECT_TEMPLATES = ["index", "archives", "404"]
# Pagination that cannot collide with an article: /page/2/, never /index2.html.
DEFAULT_PAGINATION = 20
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
INDEX_SAVE_AS = "index.html"

# Feeds are produced by publishconf.py for the published site.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Deterministic output: the same content always gives the same files.
OUTPUT_SOURCES = False
DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False

DOSSIERS = {
    "path": "dossiers",  # definitions: content/dossiers/<slug>.md
}
OUTLET_URL = "outlets/{slug}/"
OUTLET_SAVE_AS = "outlets/{slug}/index.html"
OUTLETS_URL = "outlets/"
OUTLETS_SAVE_AS = "outlets/index.html"
