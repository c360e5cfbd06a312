"""Story Dossiers: turn raw news articles about one story into a curated static site.

The package is the library behind the ``dossier`` command line (``dossier.cli``) and the
Pelican plugins under ``plugins/``: cleaning raw pages, extracting quotes and entities, and
writing curated Markdown articles.
"""

__version__ = "0.1.0"
