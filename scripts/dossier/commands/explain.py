"""``--explain``: every raw line as kept (+) or removed (-), with the rule that decided.

Shared by ``dossier clean --explain`` and ``dossier ingest --explain`` so a curator sees the
same account of a page whichever command they reach for.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from dossier.cleaning import CleanedArticle

METADATA_FIELDS = ("title", "date", "source", "author", "url", "language")


def print_explanation(path: Path, article: CleanedArticle) -> None:
    """The metadata found, then one line per raw line, then what needs review."""
    out = Console(highlight=False)
    out.print(f"[bold]{escape(str(path))}[/] (decoded as {article.encoding or 'utf-8'})")
    for field in METADATA_FIELDS:
        value = getattr(article, field)
        out.print(f"  {field:9} {escape(str(value)) if value else '[dim]— not found[/]'}")
    width = max((len(d.rule) for d in article.decisions), default=4)
    for decision in article.decisions:
        mark, style = ("+", "green") if decision.kept else ("-", "red")
        out.print(
            f"[{style}]{decision.lineno:5} {mark} {decision.rule:<{width}}[/] "
            f"{escape(decision.text)}"
        )
    kept = sum(1 for d in article.decisions if d.kept)
    out.print(f"{kept} lines kept, {len(article.decisions) - kept} removed")
    for reason in article.review:
        out.print(f"[yellow]needs review:[/] {escape(reason)}")
