"""Hostile raw input: every file gets an article or a one-line reason; nothing runs or is lost."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dossier.cli import main
from dossier.ingest.article_file import read_front_matter
from tests.hostile.corpus import BODY, TEXT_CASES, page, write_corpus
from tests.serve import serve
from tests.sitebuild import BuiltSite, build_site

DOSSIER = "hostile"


def raw_hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("hostile")
    raw = root / "raw" / DOSSIER
    expected = write_corpus(raw)
    before = raw_hashes(raw)
    cwd = Path.cwd()
    os.chdir(root)
    try:
        from _pytest.capture import MultiCapture, SysCapture

        capture = MultiCapture(out=SysCapture(1), err=SysCapture(2), in_=None)
        capture.start_capturing()
        try:
            code = main(["ingest", "raw/"])
        finally:
            out, err = capture.readouterr()
            capture.stop_capturing()
    finally:
        os.chdir(cwd)
    articles = {
        read_front_matter(p).get("raw_file"): p
        for p in (root / "content" / "articles" / DOSSIER).glob("*.md")
    }
    return {
        "root": root,
        "raw": raw,
        "expected": expected,
        "before": before,
        "code": code,
        "out": out,
        "err": err,
        "articles": articles,
    }


def test_exit_code_says_some_files_were_rejected(ingested: dict[str, Any]) -> None:
    assert ingested["code"] == 1
    assert "Traceback" not in ingested["out"] + ingested["err"]


def test_every_file_gets_an_article_or_a_one_line_reason(ingested: dict[str, Any]) -> None:
    err_lines = ingested["err"].splitlines()
    for name, outcome in ingested["expected"].items():
        rejected = [line for line in err_lines if f"raw/{DOSSIER}/{name}:" in line]
        if outcome == "article":
            assert name in ingested["articles"], f"{name}: no article; stderr: {rejected}"
        elif outcome == "rejected":
            assert len(rejected) == 1, f"{name}: expected one rejection line, got {rejected}"
            assert rejected[0].startswith("dossier: ")
            assert name not in ingested["articles"]
        else:
            assert (name in ingested["articles"]) != bool(rejected), name


def test_raw_files_are_never_modified(ingested: dict[str, Any]) -> None:
    assert raw_hashes(ingested["raw"]) == ingested["before"]


@pytest.mark.parametrize(
    "name", ["yaml-colon.txt", "yaml-quotes.txt", "yaml-dash.txt", "yaml-at.txt"]
)
def test_titles_that_break_naive_yaml_round_trip(ingested: dict[str, Any], name: str) -> None:
    title = TEXT_CASES[name][0].decode().splitlines()[0]
    assert read_front_matter(ingested["articles"][name])["title"] == title


def test_same_titles_get_different_files(ingested: dict[str, Any]) -> None:
    one, two = ingested["articles"]["same-title-1.txt"], ingested["articles"]["same-title-2.txt"]
    assert one != two and one.exists() and two.exists()


@pytest.mark.parametrize(
    "name", ["utf16-bom.txt", "utf16-no-bom.txt", "utf8-bom.txt", "cp1252.txt", "mojibake.txt"]
)
def test_encodings_come_out_as_correct_text(ingested: dict[str, Any], name: str) -> None:
    text = ingested["articles"][name].read_text(encoding="utf-8")
    assert "â€" not in text and "\ufeff" not in text and "\x00" not in text
    assert "Officials in Seoul said on Monday" in text
    if name == "cp1252.txt":
        assert "Minister’s “warning” on café talks" in text
    if name == "mojibake.txt":
        assert "Minister’s warning – café talks" in text


def test_unreadable_file_is_rejected_and_the_others_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "raw" / "d"
    raw.mkdir(parents=True)
    (raw / "locked.txt").write_text(page("Locked page"))
    (raw / "open.txt").write_text(page("Open page"))
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", "raw/"]) == 1
    err = capsys.readouterr().err
    assert "raw/d/locked.txt: cannot be read (Permission denied)" in err
    assert len(list((tmp_path / "content" / "articles" / "d").glob("*.md"))) == 1


def test_huge_file_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    raw = tmp_path / "raw" / "big"
    raw.mkdir(parents=True)
    with (raw / "huge.txt").open("wb") as stream:
        stream.write(BODY.encode() * 300_000)  # ~70 MB
    # The child reports its own peak from /proc (VmHWM belongs to its own address space;
    # getrusage's ru_maxrss would carry over the forking pytest's size through exec).
    script = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from dossier.cli import main\n"
        "code = main(['ingest', 'raw/'])\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print('PEAK_KIB', re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "larger than" in result.stderr and "huge.txt" in result.stderr
    peak_kib = int(result.stderr.split("PEAK_KIB")[1].split()[0])
    assert peak_kib < 200 * 1024, f"peak memory {peak_kib / 1024:.0f} MB for a 70 MB file"


@pytest.fixture(scope="module")
def hostile_site(ingested: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_site(tmp_path_factory.mktemp("hostile-site"), content=ingested["root"] / "content")


def test_built_pages_carry_no_script_from_the_input(hostile_site: BuiltSite) -> None:
    pages = sorted(hostile_site.output.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        html = hostile_site.html(path.relative_to(hostile_site.output).as_posix())
        for script in html.select("script"):
            assert script.get("src") and not script.string, f"{path}: inline script"
        assert not html.select("iframe, object, embed"), path
        for tag in html.select("[href], [src]"):
            url = (tag.get("href") or tag.get("src") or "").strip().lower()
            assert not url.startswith(("javascript:", "vbscript:", "data:text")), f"{path}: {url}"
        for tag in html.find_all(True):
            assert not any(attr.startswith("on") for attr in tag.attrs), f"{path}: {tag.name}"


@pytest.mark.browser
def test_nothing_runs_in_the_readers_browser(hostile_site: BuiltSite, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = sorted(hostile_site.output.rglob("*.html"))
    with serve(hostile_site.output) as base:
        for path in pages:
            relative = path.relative_to(hostile_site.output).as_posix()
            page.goto(f"{base}/{relative}")
            inline = page.evaluate(
                "[...document.scripts].filter(s => !s.src).map(s => s.textContent)"
            )
            assert inline == [], f"{relative}: inline scripts {inline}"
            clickable = page.evaluate(
                "[...document.querySelectorAll('a[href]')]"
                ".map(a => a.href).filter(h => h.toLowerCase().startsWith('javascript:'))"
            )
            assert clickable == [], f"{relative}: {clickable}"
    assert dialogs == []
