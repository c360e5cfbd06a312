"""``dossier clean FILE...``: print cleaned articles, without writing anything.

A thin layer over :mod:`dossier.cleaning`: Markdown with YAML front matter (what ``ingest``
would write), JSON lines for scripts and the evaluation, or ``--explain`` to see the rule behind
every line. A file that cannot be cleaned is reported on stderr and the others go on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dossier.cleaning import CleanedArticle, clean_file
from dossier.commands.explain import print_explanation
from dossier.errors import UserError

EXIT_OK = 0
EXIT_REJECTED = 1

EPILOG = """\
examples:
  dossier clean raw/north-korean-troops-in-russia/000_fa84120af16b3b1f.txt
  dossier clean --json raw/north-korean-troops-in-russia/*.txt > cleaned.jsonl
  dossier clean --explain raw/north-korean-troops-in-russia/002_9d539e8d0064bc31.txt

Input: text copied from a browser (.txt, any common encoding) or a saved page (.html, .htm,
.html.gz). --json prints one object per file and line with path, title, date (YYYY-MM-DD or
null), author, source, url, body, language, kind, review and extra.

exit codes: 0 every file cleaned, 1 some files rejected (the others were printed), 2 usage.
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "clean",
        help="print raw pages as cleaned articles (nothing is written)",
        description="Clean raw article pages and print them as Markdown or JSON lines.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="raw article files")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object per file and line")
    output.add_argument(
        "--explain", action="store_true", help="show every line as kept (+) or removed (-) and why"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    code = EXIT_OK
    for path in args.files:
        try:
            article = clean_file(path)
        except UserError as error:
            print(f"dossier: {error}", file=sys.stderr)
            code = EXIT_REJECTED
            continue
        if args.json:
            out.write(to_json_line(path, article) + "\n")
        elif args.explain:
            out.flush()  # the explanation goes through rich's console
            print_explanation(path, article)
        else:
            if len(args.files) > 1:
                out.write(f"==> {path} <==\n")
            out.write(to_markdown(article) + "\n")
    return code


def front_matter(article: CleanedArticle) -> dict[str, Any]:
    """The metadata the curator edits, in the order they read it."""
    matter: dict[str, Any] = {
        "title": article.title,
        "date": article.date,
        "author": article.author,
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "kind": article.kind,
    }
    if article.review:
        matter["review"] = list(article.review)
    if article.extra:
        matter["extra"] = article.extra
    return matter


def to_markdown(article: CleanedArticle) -> str:
    """Markdown with YAML front matter; ``safe_dump`` quotes titles with ``:``, ``#``, ``-``."""
    import yaml  # only this output needs it

    matter = yaml.safe_dump(front_matter(article), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{matter}---\n\n{article.body}"


def to_json_line(path: Path, article: CleanedArticle) -> str:
    record = {
        "path": str(path),
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "author": article.author,
        "source": article.source,
        "url": article.url,
        "body": article.body,
        "language": article.language,
        "kind": article.kind,
        "review": article.review,
        "encoding": article.encoding,
        "extra": article.extra,
    }
    return json.dumps(record, ensure_ascii=False)
