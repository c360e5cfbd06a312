"""Two clean production builds of the same content are byte-identical, search index included.

Builds are made in different folders (as two CI runs would be) with the same SITEURL, so a
path, a timestamp, a random id or a set's iteration order leaking into the output shows up.

One known exception, upstream: Pagefind (1.5.2) writes its filter indexes in the iteration
order of a Rust HashMap, which is seeded at random per run (Pagefind/pagefind#638: fragment
hashes are stable since 1.3.0, "other files will still change, such as the filter/metadata
indexes"). So ``pagefind/filter/*``, the ``pf_meta`` file naming them and
``pagefind-entry.json`` carrying its hash may differ in order, never in content: for those
the test checks that the same number of files hold the same (decompressed) amount of data.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

from tests.published import build_published
from tests.sitebuild import BuiltSite

SITEURL = "https://user.github.io/dossier-site"
UNSTABLE_UPSTREAM = re.compile(
    r"^pagefind/(filter/[^/]+\.pf_filter|pagefind\.[^/]+\.pf_meta|pagefind-entry\.json)$"
)


def digests(site: BuiltSite) -> dict[str, str]:
    return {
        relative: hashlib.sha256((site.output / relative).read_bytes()).hexdigest()
        for relative in site.files()
        if not UNSTABLE_UPSTREAM.match(relative)
    }


def unstable_sizes(site: BuiltSite) -> list[int]:
    """Decompressed sizes of Pagefind's order-unstable files (pagefind-entry.json as is)."""
    sizes = []
    for relative in site.files():
        if UNSTABLE_UPSTREAM.match(relative):
            data = (site.output / relative).read_bytes()
            sizes.append(len(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data))
    return sorted(sizes)


def test_two_clean_builds_are_byte_identical(tmp_path: Path) -> None:
    one = build_published(tmp_path / "one" / "output", SITEURL)
    two = build_published(tmp_path / "two" / "output", SITEURL)
    first, second = digests(one), digests(two)
    assert sorted(first) == sorted(second), "the two builds wrote different files"
    assert sorted(name for name in first if first[name] != second[name]) == []
    assert "sitemap.xml" in first and "feeds/all.atom.xml" in first
    assert unstable_sizes(one) == unstable_sizes(two)


def test_only_pagefinds_known_files_are_exempt() -> None:
    assert UNSTABLE_UPSTREAM.match("pagefind/filter/en_24c42ed.pf_filter")
    assert UNSTABLE_UPSTREAM.match("pagefind/pagefind-entry.json")
    for stable in ("pagefind/fragment/en_1.pf_fragment", "pagefind/index/en_1.pf_index"):
        assert not UNSTABLE_UPSTREAM.match(stable)
    assert not UNSTABLE_UPSTREAM.match("feeds/pagefind-entry.json")
