"""Search records that are not whole pages: the contract other plugins use.

A plugin that knows about something worth finding on its own — a quote, an entity — appends a
plain dict to ``context["search_records"]`` during its context phase (``generate_context``)::

    context.setdefault("search_records", []).append({
        "url": "articles/north-korean-troops-in-russia/putin-neither/#q-3",  # site-relative
        "title": "“What we do within this framework is our business.”",
        "content": "What we do within this framework is our business.",  # plain text
        "kind": "quote",  # article | quote | dossier | entity
        "filters": {"speaker": ["Vladimir Putin"], "outlet": ["Kyiv Post"],
                    "dossier": ["North Korean troops in Russia"]},
        "meta": {"speaker": "Vladimir Putin", "outlet": "Kyiv Post", "date": "2024-10-24"},
        "sort": {"date": "2024-10-24"},  # ISO date, so results can be sorted by date
    })

A record may also carry ``"parts"``: passages of one page that each have their own anchor,
``[{"id": "q-3f2a9c1b", "text": "…"}, …]``. The search page links every matching passage to
``<page of url>#<id>``, so related things (a speaker's quotes in one dossier) make one record
instead of many: every record costs every reader bytes of the index metadata Pagefind loads
before the first query, whether or not it is ever found.

``url`` is the page URL as Pelican gives it (``article.url``) plus the element's ``#id``; the
search page adds the site's base path, so it works under a subpath. Filter names shared with
the HTML pages are listed in :data:`FILTERS`; ``kind`` is set from ``"kind"``. Meta keys the
search page shows: ``title``, ``speaker``, ``outlet``, ``date`` (ISO). A record that breaks
the contract is logged with the reason and skipped; the other records and pages are indexed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FILTERS = ("dossier", "outlet", "speaker", "kind")
KINDS = ("article", "quote", "dossier", "entity")
_KEYS = frozenset(
    {"url", "title", "content", "parts", "kind", "filters", "meta", "sort", "language"}
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:|^//", re.IGNORECASE)
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_ANCHOR = re.compile(r"^[A-Za-z][A-Za-z0-9_:.-]*$")


class RecordError(ValueError):
    """A search record that does not follow the contract; the message says what to fix."""


@dataclass(frozen=True)
class SearchRecord:
    """One validated record, ready to be indexed."""

    url: str  # site-relative, always starting with "/"
    title: str
    content: str
    kind: str
    filters: dict[str, list[str]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    sort: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    parts: tuple[tuple[str, str], ...] = ()  # (anchor id, text) of each passage

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """Records are indexed in a stable order, so the same input gives the same bundle."""
        return (self.url, self.title, self.content)


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RecordError(f"'{key}' must be a non-empty string, got {value!r}")
    return " ".join(value.split())


def _names(mapping: Any, key: str) -> dict[str, Any]:
    if mapping is None:
        return {}
    if not isinstance(mapping, Mapping):
        raise RecordError(f"'{key}' must be a mapping of name to value, got {mapping!r}")
    for name in mapping:
        if not isinstance(name, str) or not _NAME.match(name):
            raise RecordError(f"'{key}' name {name!r} must be lowercase letters, digits or '_'")
    return dict(mapping)


def _filters(raw: Mapping[str, Any], kind: str) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for name, value in _names(raw.get("filters"), "filters").items():
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
            raise RecordError(f"filter '{name}' must be a string or a list of strings")
        cleaned = sorted({" ".join(v.split()) for v in values if v.strip()})
        if cleaned:
            filters[name] = cleaned
    filters["kind"] = [kind]
    return dict(sorted(filters.items()))


def _parts(raw: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The passages and their ids: an id becomes a link target, so it must be a valid one."""
    parts = raw.get("parts") or []
    if not isinstance(parts, list | tuple):
        raise RecordError(f"'parts' must be a list of {{'id': …, 'text': …}}, got {parts!r}")
    checked: list[tuple[str, str]] = []
    for part in parts:
        if not isinstance(part, Mapping) or set(part) != {"id", "text"}:
            raise RecordError(f"a part must be {{'id': …, 'text': …}}, got {part!r}")
        anchor = part["id"]
        if not isinstance(anchor, str) or not _ANCHOR.match(anchor):
            raise RecordError(f"a part's 'id' must be an HTML id like 'q-3f2a9c1b', got {anchor!r}")
        checked.append((anchor, _text(part, "text")))
    return tuple(checked)


def _strings(raw: Mapping[str, Any], key: str) -> dict[str, str]:
    values = _names(raw.get(key), key)
    for name, value in values.items():
        if not isinstance(value, str):
            raise RecordError(f"{key} '{name}' must be a string, got {value!r}")
    return {name: " ".join(value.split()) for name, value in sorted(values.items())}


def record_from_dict(raw: Any) -> SearchRecord:
    """Check one record against the contract above and normalise it."""
    if not isinstance(raw, Mapping):
        raise RecordError(f"a search record must be a dict, got {type(raw).__name__}")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise RecordError(
            f"unknown key(s) {', '.join(map(str, unknown))}; "
            f"known keys are {', '.join(sorted(_KEYS))}"
        )
    url = _text(raw, "url")
    if _SCHEME.match(url):
        raise RecordError(
            f"'url' must be a path inside the site like 'articles/x/#q-1', not {url!r}"
        )
    kind = _text(raw, "kind")
    if kind not in KINDS:
        raise RecordError(f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    language = raw.get("language")
    if language is not None and not isinstance(language, str):
        raise RecordError(f"'language' must be an ISO 639-1 code like 'en', got {language!r}")
    title = _text(raw, "title")
    meta = _strings(raw, "meta")
    meta.update(title=title, kind=kind)
    return SearchRecord(
        url="/" + url.lstrip("/"),
        title=title,
        content=_text(raw, "content"),
        parts=_parts(raw),
        kind=kind,
        filters=_filters(raw, kind),
        meta=dict(sorted(meta.items())),
        sort=_strings(raw, "sort"),
        language=language,
    )


def describe(raw: Any) -> str:
    """How to name a raw record in an error message: its url or title when it has one."""
    if isinstance(raw, Mapping):
        for key in ("url", "title"):
            if isinstance(raw.get(key), str):
                return f"{key} {raw[key]!r}"
    return repr(raw)[:80]


def record_html(record: SearchRecord, language: str) -> str:
    """A record as a tiny HTML page for Pagefind.

    Pagefind's Python ``add_custom_record`` costs one round trip of at least 0.1 s per record
    (its client polls the binary's stdout every 100 ms), so a site with 2,000 quotes would
    spend minutes on every build. Written as files, every record is indexed in one
    ``add_directory`` call. The record's real address travels as ``meta.url``, which the
    search page uses for the link (Pagefind UIs do the same). Values go in element text,
    never in ``key:value`` attributes, where a comma in a name would split it.
    """
    e = html.escape
    hidden = [f'<span data-pagefind-meta="url">{e(record.url)}</span>']
    hidden += [f'<span data-pagefind-meta="{k}">{e(v)}</span>' for k, v in record.meta.items()]
    hidden += [
        f'<span data-pagefind-filter="{name}">{e(value)}</span>'
        for name, values in record.filters.items()
        for value in values
    ]
    hidden += [f'<span data-pagefind-sort="{k}">{e(v)}</span>' for k, v in record.sort.items()]
    passages = "".join(f'<p id="{e(anchor)}">{e(text)}</p>\n' for anchor, text in record.parts)
    return (
        f'<!DOCTYPE html>\n<html lang="{e(record.language or language)}">\n'
        f'<head><meta charset="utf-8"><title>{e(record.title)}</title></head>\n'
        f"<body><div data-pagefind-body>\n"
        f"<div data-pagefind-ignore>{''.join(hidden)}</div>\n"
        f"<p>{e(record.content)}</p>\n{passages}</div></body>\n</html>\n"
    )
