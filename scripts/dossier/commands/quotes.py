"""``dossier quotes``: list the direct quotations of articles and who said them.

A thin layer over :func:`dossier.quotes.extract_quotes`. With ``--json`` it prints one JSON
object per input file and line (the contract the evaluation and the Pelican plugin rely on):
``{"path", "quotes": [{"text", "speaker", "spans": [[start, end], ...], ...}]}``. Offsets
index into the file's decoded text (front matter included).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from dossier.quotes import Quote, extract_quotes

EXIT_OK = 0
EXIT_REJECTED = 1

EPILOG = """\
examples:
  dossier quotes raw/north-korean-troops-in-russia/003_1b9fc70f765943f4.txt
  dossier quotes --json content/articles/north-korean-troops-in-russia/*.md > quotes.jsonl

With --json, each line is one file:
  {"path": "...", "quotes": [{"text": "...", "speaker": "Vladimir Putin",
   "spans": [[1234, 1290]], "paragraph": 4, "cue": "stated", "attribution": "pronoun"}]}
"""


class UnreadableFileError(Exception):
    """A file that is not text we can read; the message says what to do."""


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``dossier quotes`` with the main parser."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "quotes",
        help="list direct quotations and their speakers",
        description=(
            "Find the direct quotations in articles (raw text or Markdown with front matter) "
            "and who said them: names, pronouns and surnames resolved within the article."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", type=Path, help="article files (.txt or .md)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per file and line (machine-readable)",
    )
    parser.set_defaults(run=run)
    return parser


def read_article(path: Path) -> str:
    """Decode an article file as UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(
            f"cannot read it ({error.strerror or error}); check the path"
        ) from error
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UnreadableFileError("looks binary, not text; give the article as .txt or .md")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFileError(
            f"is not UTF-8 (byte {error.start}); run 'dossier ingest' on it first, "
            "which repairs encodings"
        ) from error


def quote_record(quote: Quote) -> dict[str, Any]:
    """The JSON form of one quote (the keys the evaluation reads come first)."""
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "spans": [list(span) for span in quote.spans],
        "speaker_kind": quote.speaker_kind,
        "cue": quote.cue,
        "paragraph": quote.paragraph,
        "attribution": quote.attribution,
        "mention": quote.mention,
    }


def _print_listing(path: Path, quotes: list[Quote]) -> None:
    """The readable listing: one block per file, one line per quote."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    console.print(f"[bold]{escape(str(path))}[/bold] — {len(quotes)} quotes")
    for quote in quotes:
        speaker = (
            f"[cyan]{escape(quote.speaker)}[/cyan]" if quote.speaker else "[dim]no speaker[/dim]"
        )
        how = ""
        if quote.attribution:
            how = (
                f" [dim]({quote.attribution}: {escape(quote.mention or quote.speaker or '')})[/dim]"
            )
        console.print(f"  ¶{quote.paragraph + 1} {speaker}{how}")
        console.print(f"      “{escape(quote.text)}”")


def run(args: argparse.Namespace) -> int:
    """Extract quotes from every file; a bad file is reported and the others go on."""
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (``dossier quotes --json ... | head``): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    rejected = 0
    for path in args.files:
        try:
            text = read_article(path)
        except UnreadableFileError as error:
            print(f"dossier quotes: {path}: {error}", file=sys.stderr)
            rejected += 1
            continue
        quotes = extract_quotes(text)
        if args.json:
            record = {"path": str(path), "quotes": [quote_record(q) for q in quotes]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            _print_listing(path, quotes)
    return EXIT_REJECTED if rejected else EXIT_OK
