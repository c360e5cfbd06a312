"""Markdown with YAML front matter, rendered by markdown-it-py.

Replaces Pelican's Python-Markdown reader: front matter is real YAML (lists and mappings
survive), raw HTML is never passed through, and every heading and paragraph gets a stable id
so that readers can cite a paragraph (``#p-3``).
"""

from .reader import YamlMarkdownReader, register

__all__ = ["YamlMarkdownReader", "register"]
