"""``dossier ingest``: raw/<dossier>/ files → content/articles/<dossier>/*.md."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from dossier.cleaning import clean_file
from dossier.commands.explain import print_explanation
from dossier.errors import UserError
from dossier.ingest import DossierIngest, FileResult, IngestOptions, Outcome, dossier_folders
from dossier.ingest.lock import ingest_lock

OUTCOME_STYLES = {
    Outcome.REJECTED: "red",
    Outcome.KEPT_EDITED: "yellow",
    Outcome.WRITTEN: "green",
    Outcome.UPDATED: "green",
}
# Below this many files a progress bar is only flicker.
PROGRESS_MIN_FILES = 20

EPILOG = """\
examples:
  dossier ingest raw/                               every dossier under raw/
  dossier ingest raw/north-korean-troops-in-russia/ one dossier
  dossier ingest --dry-run raw/                     show what would change, write nothing
  dossier ingest --explain raw/north-korean-troops-in-russia/000_fa84120af16b3b1f.txt

Each raw file becomes content/articles/<dossier>/<slug>.md. Facts the text cannot give go in
raw/<dossier>/sources.yml. An article you have edited is never overwritten (use --force to
regenerate it; your version is kept as <slug>.<time>.md.bak). Raw files are never modified.

exit codes: 0 all files ingested, 1 some files rejected (the others were ingested), 2 usage.
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="clean raw pages into curated Markdown articles",
        description="Clean every raw page of one or more dossiers into Markdown articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        default=[Path("raw")],
        help="raw/, raw/<dossier>/ folders or single raw files (default: raw/)",
    )
    parser.add_argument(
        "--content",
        type=Path,
        default=Path("content"),
        help="the site's content folder (default: content/)",
    )
    parser.add_argument("--dry-run", action="store_true", help="write nothing; report only")
    parser.add_argument(
        "--force",
        action="store_true",
        help="regenerate articles you edited, keeping a .bak of your version",
    )
    parser.add_argument(
        "--explain",
        type=Path,
        metavar="FILE",
        help="show each line of FILE as kept (+) or removed (-) and the rule",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.explain:
        return explain(args.explain)
    for path in args.paths:
        if not path.exists() and not path.is_symlink():
            raise UserError("does not exist", path=path, hint="give raw/ or raw/<dossier>/")
    options = IngestOptions(content=args.content, dry_run=args.dry_run, force=args.force)
    with ingest_lock(args.content):
        results = ingest_all(list(dossier_folders(args.paths)), options)
    print_summary(results, dry_run=args.dry_run)
    return 1 if any(r.outcome is Outcome.REJECTED for r in results) else 0


def ingest_all(
    folders: list[tuple[Path, list[Path] | None]], options: IngestOptions
) -> list[FileResult]:
    err = Console(stderr=True)
    jobs: list[tuple[DossierIngest, Path]] = []
    for folder, only in folders:
        try:
            dossier = DossierIngest(folder, options)
        except UserError as error:  # a broken sidecar stops its own dossier only
            print(f"dossier: error: {error}", file=sys.stderr)
            continue
        dossier.remove_stale_temporaries()
        created = dossier.ensure_definition()
        if created:
            err.print(f"created dossier definition {created}")
        jobs.extend((dossier, raw) for raw in (only or dossier.files()))
    results: list[FileResult] = []
    show = err.is_terminal and len(jobs) >= PROGRESS_MIN_FILES
    with Progress(console=err, transient=True, disable=not show) as progress:
        task = progress.add_task("Ingesting", total=len(jobs))
        for dossier, raw in jobs:
            results.append(dossier.ingest(raw))
            progress.advance(task)
    return results


def print_summary(results: list[FileResult], *, dry_run: bool) -> None:
    """One row per raw file, then what needs the curator's attention, then the totals."""
    out = Console(highlight=False)
    folders = sorted({str(r.raw.parent) for r in results})
    title = "dossier ingest " + ", ".join(folders)
    table = Table(title=title + (" (dry run: nothing written)" if dry_run else ""))
    table.add_column("raw file", overflow="fold")
    table.add_column("result", no_wrap=True)
    table.add_column("article", overflow="fold")
    for result in results:
        style = OUTCOME_STYLES.get(result.outcome, "")
        article = result.article.name if result.article else ""
        label = result.outcome.value + (" +review" if result.review else "")
        table.add_row(result.raw.name, Text(label, style=style), article)
    out.print(table)
    for result in results:
        if result.reason and result.outcome is not Outcome.REJECTED:
            name = result.article.name if result.article else result.raw.name
            out.print(f"{escape(name)}: {escape(result.reason)}")
    for result in results:
        if result.review and result.outcome is not Outcome.REJECTED:
            name = result.article.name if result.article else result.raw.name
            out.print(f"[yellow]needs review[/] {escape(name)}")
            for reason in result.review:
                out.print(f"  - {escape(reason)}")
    counts = Counter(r.outcome for r in results)
    review = sum(1 for r in results if r.review and r.outcome is not Outcome.REJECTED)
    parts = [f"{counts[o]} {o.value}" for o in Outcome if counts[o]]
    out.print(", ".join([*parts, f"{review} need review"]) if results else "no raw files found")
    for result in results:
        if result.outcome is Outcome.REJECTED:
            print(f"dossier: {result.raw}: {result.reason}", file=sys.stderr)


def explain(path: Path) -> int:
    """Print every raw line with the rule that kept or removed it."""
    print_explanation(path, clean_file(path))
    return 0
