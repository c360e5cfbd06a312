"""The ``dossier`` command line: a thin layer over the library.

Each subcommand lives in ``dossier.commands.<name>`` and provides ``add_parser(subparsers)``
and ``run(args) -> int``. User mistakes (:class:`~dossier.errors.UserError`) are printed as one
line, never as a traceback.

Exit codes: 0 success, 1 some inputs were rejected (the others were processed), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dossier import __version__
from dossier.errors import UserError

COMMANDS = ("clean", "ingest", "quotes")

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """Assemble the parser from every command module."""
    parser = argparse.ArgumentParser(
        prog="dossier",
        description="Turn raw news articles about one story into a curated dossier site.",
        epilog=(
            "examples:\n"
            "  dossier ingest raw/north-korean-troops-in-russia/\n"
            "  dossier clean --json raw/north-korean-troops-in-russia/*.txt\n"
            "  dossier quotes --json content/articles/north-korean-troops-in-russia/*.md\n\n"
            "Run 'dossier COMMAND --help' for the options of each command."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"dossier.commands.{name}")
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dossier`` script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except UserError as error:
        print(f"dossier: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("dossier: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
