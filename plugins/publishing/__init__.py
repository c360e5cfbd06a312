"""Publishing: the files a static host needs beside the pages.

Writes ``sitemap.xml`` (every page written in this run, with absolute URLs when SITEURL is
set), ``robots.txt`` (pointing at the sitemap) and ``.nojekyll`` (so GitHub Pages serves the
output as it is, folders starting with ``_`` included).
"""

from .plugin import register

__all__ = ["register"]
