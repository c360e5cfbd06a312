"""The kinds of page the site has, recognised by their output path.

The accessibility check runs on one page of each kind found in the output, and every HTML
file must belong to a kind, so a new kind of page cannot slip past the checks unseen: when a
plugin adds one, name it here. Patterns are tried in order; the first match wins.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

# (kind, output path patterns). Pagination pages (…/page/2/) are their list's own kind.
PAGE_KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("home", ("index.html", "page/*/index.html")),
    ("404", ("404.html",)),
    ("search", ("search/index.html",)),
    ("dossier", ("dossiers/*/index.html",)),
    ("article", ("articles/*/*/index.html",)),
    ("outlets", ("outlets/index.html",)),
    ("outlet", ("outlets/*/index.html",)),
    ("archives", ("archives/index.html", "archives/page/*/index.html")),
    ("quotes", ("quotes/index.html", "quotes/*/index.html", "dossiers/*/quotes/index.html")),
    ("speaker", ("speakers/*/index.html", "speakers/index.html")),
    ("entity", ("entities/*/index.html", "entities/*/*/index.html", "entities/index.html")),
    ("page", ("*/index.html",)),  # plain pages from content/pages/ (About)
]

# Kinds the sample site must have. Extend it when a kind lands (entity, quotes, search …):
# then a build that stops producing that kind fails instead of quietly checking less.
EXPECTED_KINDS = {
    *("home", "404", "dossier", "article", "outlets", "outlet", "archives", "page", "search"),
    *("quotes", "speaker", "entity"),
}


def kind_of(relative_path: str) -> str | None:
    """The kind of the page at output path ``relative_path``, or None if no pattern fits."""
    for kind, patterns in PAGE_KINDS:
        if any(fnmatchcase(relative_path, pattern) for pattern in patterns):
            return kind
    return None


def pages_by_kind(html_files: list[str]) -> dict[str, list[str]]:
    """Every HTML file grouped by kind (unrecognised ones under the key ``"?"``)."""
    groups: dict[str, list[str]] = {}
    for path in sorted(html_files):
        groups.setdefault(kind_of(path) or "?", []).append(path)
    return groups
