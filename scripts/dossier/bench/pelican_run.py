"""One Pelican build in a child process, timed per phase; its figures go to a JSON file.

Run as a script (``python pelican_run.py ...``), not imported: the baseline's venv has Pelican
but not this project, so the file needs nothing beyond Pelican and the standard library. Each
generator's ``generate_context`` and ``generate_output`` is timed (Pelican's two phases, see
``Pelican.run``), reading (``Readers.read_file``) is timed within the context phase, and the
``finalized`` signal — our search plugin's Pagefind run — is timed as a phase of its own.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from pelican import Pelican, signals
from pelican.log import init as init_logging
from pelican.readers import Readers
from pelican.settings import read_settings


class _Counter(logging.Handler):
    """Counts warnings and errors, so a benchmark never times a build that went wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1


def _timed(phases: dict[str, float], key: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            phases[key] = phases.get(key, 0.0) + time.perf_counter() - start

    return wrapper


def _instrument(phases: dict[str, float]) -> None:
    def on_generator_init(generator: Any) -> None:
        name = type(generator).__name__
        for method in ("generate_context", "generate_output"):
            original = getattr(generator, method, None)
            if original is not None:
                label = f"{method.removeprefix('generate_')}: {name}"
                setattr(generator, method, _timed(phases, label, original))

    signals.generator_init.connect(on_generator_init, weak=False)
    Readers.read_file = _timed(phases, "reading files (within context)", Readers.read_file)
    signals.finalized.send = _timed(phases, "finalized (search index)", signals.finalized.send)


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--settings", help="a pelicanconf.py; default: Pelican's defaults")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=JSON")
    parser.add_argument("--json", required=True, help="where to write the figures")
    parser.add_argument("--profile", help="write cProfile stats of the build here")
    args = parser.parse_args(argv)
    init_logging(level=logging.WARNING)
    counter = _Counter()
    logging.getLogger().addHandler(counter)
    phases: dict[str, float] = {}
    _instrument(phases)
    overrides = {key: _value(value) for key, _, value in (s.partition("=") for s in args.set)}
    start = time.perf_counter()
    settings = read_settings(args.settings, override=overrides)
    pelican = Pelican(settings)
    phases["start-up (settings, plugins)"] = time.perf_counter() - start
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    pelican.run()
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    figures = {
        "seconds": time.perf_counter() - start,
        "phases": phases,
        "log": counter.counts,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }
    with open(args.json, "w", encoding="utf-8") as out:  # noqa: PTH123 (no pathlib needed)
        json.dump(figures, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
