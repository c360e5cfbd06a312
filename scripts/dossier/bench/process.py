"""Run one step of the benchmark as a child process: its wall time and its peak memory.

Every build runs in a fresh interpreter, as ``make html`` does, so start-up is counted and the
memory figure is that build's own: ``os.wait4`` returns the child's resource usage, whose
``ru_maxrss`` is the largest resident set of the child or of any process it waited for
(Pagefind's binary included), in KiB on Linux.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PELICAN_RUN = Path(__file__).with_name("pelican_run.py")


class StepFailedError(RuntimeError):
    """A measured step exited with an error: its figures would mean nothing."""


@dataclass
class Step:
    """What one child process took."""

    seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0  # user + system time of the child and what it waited for
    figures: dict[str, Any] = field(default_factory=dict)  # what the child reported


def run_step(command: list[str], log: Path, *, cwd: Path | None = None) -> Step:
    """Run ``command`` with its output in ``log``; raise :class:`StepFailedError` if it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        out.write(f"$ {' '.join(command)}\n".encode())
        out.flush()
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise StepFailedError(f"{command[0]} ... exited with {child.returncode}; see {log}")
    cpu = usage.ru_utime + usage.ru_stime
    return Step(seconds=seconds, peak_rss_mb=usage.ru_maxrss / 1024, cpu_seconds=cpu)


def pelican_step(
    python: Path,
    settings: Path | None,
    overrides: dict[str, Any],
    work: Path,
    name: str,
    *,
    profile: bool = False,
) -> Step:
    """One instrumented Pelican build with ``python`` (ours or the baseline's venv)."""
    figures = work / f"{name}.json"
    command = [str(python), str(PELICAN_RUN), "--json", str(figures)]
    if settings is not None:
        command += ["--settings", str(settings)]
    for key, value in overrides.items():
        command += ["--set", f"{key}={json.dumps(value)}"]
    if profile:
        command += ["--profile", str(work / f"{name}.prof")]
    step = run_step(command, work / f"{name}.log", cwd=work)
    step.figures = json.loads(figures.read_text(encoding="utf-8"))
    return step


def tree_bytes(folder: Path) -> int:
    """Bytes of every file under ``folder`` (0 when it does not exist)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
