"""Curator edits survive every re-ingest; killed or concurrent runs never corrupt an article."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.cli import main
from dossier.ingest.article_file import is_edited, read_front_matter
from tests.hostile.corpus import page

SAMPLE = Path(__file__).resolve().parents[2] / "raw" / "north-korean-troops-in-russia"
SLUG = "north-korean-troops-in-russia"


@contextlib.contextmanager
def sample_workspace() -> Iterator[Path]:
    """A fresh copy of the sample raw folder, already ingested once, as the working directory."""
    cwd = Path.cwd()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(SAMPLE, root / "raw" / SLUG)
        os.chdir(root)
        try:
            with contextlib.redirect_stdout(None), contextlib.redirect_stderr(None):
                main(["ingest", "raw/"])
            yield root
        finally:
            os.chdir(cwd)


def quiet_ingest(*args: str) -> int:
    with Path(os.devnull).open("w") as sink, contextlib.redirect_stdout(sink):
        return main(["ingest", *args])


edits = st.one_of(
    st.tuples(st.just("append"), st.text(min_size=1, max_size=80).filter(str.strip)),
    st.tuples(st.just("retitle"), st.text(min_size=1, max_size=60).filter(str.strip)),
    st.tuples(st.just("replace-word"), st.sampled_from(["Putin", "NATO", "troops", "the"])),
    st.tuples(st.just("truncate"), st.integers(min_value=1, max_value=400)),
)


def apply_edit(path: Path, edit: tuple[str, object]) -> None:
    kind, value = edit
    text = path.read_text(encoding="utf-8")
    if kind == "append":
        text += f"\n{value}\n"
    elif kind == "retitle":
        front_end = text.index("\n---\n")
        lines = text[:front_end].splitlines()
        lines = [f"title: {value!r}" if line.startswith("title:") else line for line in lines]
        text = "\n".join(lines) + text[front_end:]
    elif kind == "replace-word":
        text = text.replace(str(value), f"[{value}]", 1) + "\n"
    else:
        text = text[: -int(value)] if len(text) > int(value) + 50 else text + "x"
    path.write_text(text, encoding="utf-8")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit=edits, which=st.integers(min_value=0, max_value=4), force=st.booleans())
def test_every_curator_edit_survives(edit: tuple[str, object], which: int, force: bool) -> None:
    with sample_workspace() as root:
        folder = root / "content" / "articles" / SLUG
        target = sorted(folder.glob("*.md"))[which]
        apply_edit(target, edit)
        edited = target.read_text(encoding="utf-8")
        if edited == target.read_text(encoding="utf-8") and not is_edited(target):
            return  # the edit happened to change nothing
        quiet_ingest(*(["--force"] if force else []), "raw/")
        if force:
            backups = list(folder.glob(f"{target.stem}.*.md.bak"))
            assert [b.read_text(encoding="utf-8") for b in backups] == [edited]
            assert not is_edited(target)
        else:
            assert target.read_text(encoding="utf-8") == edited


def many_raw_files(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text(page(f"Report number {n} on the deployment"))


@dataclass
class IngestRun:
    """An ingest in a child process; its output goes to files (a full pipe would block it)."""

    process: subprocess.Popen[str]
    err: Path

    def wait(self, timeout: float = 120) -> int:
        return self.process.wait(timeout=timeout)


def run_ingest(root: Path) -> IngestRun:
    log = root / f"ingest-{time.monotonic_ns()}"
    with log.with_suffix(".out").open("w") as out, log.with_suffix(".err").open("w") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "dossier.cli", "ingest", "raw/"],
            cwd=root,
            stdout=out,
            stderr=err,
            text=True,
        )
    return IngestRun(process, log.with_suffix(".err"))


def test_a_killed_run_leaves_every_article_old_or_new(tmp_path: Path) -> None:
    count = 1500  # enough work that the kill lands mid-run (ingest takes a few seconds)
    raw = tmp_path / "raw" / "many"
    many_raw_files(raw, count)
    assert run_ingest(tmp_path).wait() == 0
    folder = tmp_path / "content" / "articles" / "many"
    old = {p.name: p.read_text() for p in folder.glob("*.md")}
    (raw / "sources.yml").write_text(
        "files:\n" + "".join(f"  {n:04d}.txt:\n    source: Wire {n}\n" for n in range(count))
    )
    started = time.time()
    run = run_ingest(tmp_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.process.poll() is None:
        rewritten = sum(1 for p in folder.glob("*.md") if p.stat().st_mtime >= started)
        if rewritten >= 20:  # some, but surely not all, articles are new: kill it now
            break
        time.sleep(0.002)
    run.process.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    new = 0
    for path in folder.glob("*.md"):
        text = path.read_text()
        assert text == old[path.name] or "source: Wire" in text, path.name
        assert not is_edited(path), f"{path.name} is truncated or mixed"
        new += text != old[path.name]
    assert 0 < new < count, f"the kill did not land mid-run ({new} of {count} rewritten)"
    assert set(old) == {p.name for p in folder.glob("*.md")}
    assert run_ingest(tmp_path).wait() == 0  # the next run finishes the job
    assert not list(folder.glob(".*.tmp"))
    assert all("source: Wire" in p.read_text() for p in folder.glob("*.md"))


def test_two_ingests_at_once_do_not_corrupt_anything(tmp_path: Path) -> None:
    many_raw_files(tmp_path / "raw" / "many", 300)
    first, second = run_ingest(tmp_path), run_ingest(tmp_path)
    results = [(first.wait(), first.err.read_text()), (second.wait(), second.err.read_text())]
    codes = sorted(code for code, _ in results)
    assert codes[0] == 0 and codes[1] in (0, 2)
    for code, err in results:
        if code == 2:
            assert "another 'dossier ingest'" in err and "Traceback" not in err
    folder = tmp_path / "content" / "articles" / "many"
    articles = list(folder.glob("*.md"))
    assert len(articles) == 300
    assert len({read_front_matter(p)["raw_file"] for p in articles}) == 300
    assert not any(is_edited(p) for p in articles)
