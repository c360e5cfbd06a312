"""`dossier ingest`: raw pages → articles, with the curator's work never lost."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from dossier.cli import main
from dossier.ingest.article_file import is_edited, read_front_matter
from dossier.ingest.lock import ingest_lock

SAMPLE = Path(__file__).resolve().parents[2] / "raw" / "north-korean-troops-in-russia"
SLUG = "north-korean-troops-in-russia"

ARTICLE = """Rutte Warns of Deepening Ties

Mark Rutte said on Monday that the alliance was watching the deployment closely and would
consult its partners in the Indo-Pacific region about the next steps.

The ministers will meet again in Brussels next month to review the situation on the ground.
"""


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the sample dossier's raw folder, with the current directory set to it."""
    shutil.copytree(SAMPLE, tmp_path / "raw" / SLUG)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def ingest(*args: str) -> int:
    return main(["ingest", *args])


def articles(root: Path) -> dict[str, dict]:
    folder = root / "content" / "articles" / SLUG
    return {read_front_matter(p)["raw_file"]: read_front_matter(p) for p in folder.glob("*.md")}


def test_sample_dossier_is_ingested_with_the_sidecar(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashes(workspace / "raw" / SLUG)
    assert ingest("raw/") == 0
    assert hashes(workspace / "raw" / SLUG) == before  # raw files are never modified
    found = articles(workspace)
    assert len(found) == 5
    assert found["003_1b9fc70f765943f4.txt"]["title"] == (
        "Putin neither confirms nor denies North Korean troops in Russia"
    )
    assert found["004_478f0a629dc41297.txt"]["source"] == "TDPel Media"
    assert str(found["002_9d539e8d0064bc31.txt"]["date"]) == "2024-10-25"
    assert "needs_review" in found["001_23737e9bac2fadbf.txt"]  # its date is unknown
    raw_bytes = (workspace / "raw" / SLUG / "004_478f0a629dc41297.txt").read_bytes()
    assert found["004_478f0a629dc41297.txt"]["raw_sha256"] == hashlib.sha256(raw_bytes).hexdigest()
    definition = workspace / "content" / "dossiers" / f"{SLUG}.md"
    assert yaml.safe_load(definition.read_text().split("---")[1])["title"] == (
        "North Korean troops in Russia"
    )
    out = capsys.readouterr().out
    assert "5 written" in out


def test_second_run_changes_nothing(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ingest("raw/")
    folder = workspace / "content" / "articles" / SLUG
    before = hashes(folder)
    capsys.readouterr()
    assert ingest("raw/") == 0
    assert hashes(folder) == before
    assert "5 unchanged" in capsys.readouterr().out


def test_curator_edit_is_kept_and_force_keeps_a_backup(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest("raw/")
    folder = workspace / "content" / "articles" / SLUG
    target = next(p for p in folder.glob("*.md") if "rutte" in p.read_text().lower())
    edited = target.read_text() + "\nA curator's note on this article.\n"
    target.write_text(edited)
    assert is_edited(target)
    capsys.readouterr()
    ingest("raw/")
    assert target.read_text() == edited
    assert "kept-edited" in capsys.readouterr().out
    ingest("--force", "raw/")
    assert "A curator's note" not in target.read_text()
    backups = list(folder.glob(f"{target.stem}.*.md.bak"))
    assert len(backups) == 1 and backups[0].read_text() == edited


def test_sidecar_change_updates_an_unedited_article(workspace: Path) -> None:
    ingest("raw/")
    sidecar = workspace / "raw" / SLUG / "sources.yml"
    sidecar.write_text(sidecar.read_text().replace("source: Dagens", "source: Dagens.com"))
    assert ingest("raw/") == 0
    assert articles(workspace)["000_fa84120af16b3b1f.txt"]["source"] == "Dagens.com"


def test_bad_files_are_rejected_by_name_and_the_others_go_on(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = workspace / "raw" / SLUG
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert ingest("raw/") == 1
    assert len(articles(workspace)) == 5
    err = capsys.readouterr().err
    for name in ("empty.txt", "image.txt", "notes.pdf"):
        line = next(line for line in err.splitlines() if name in line)
        assert line.startswith("dossier: ") and "Traceback" not in err


def test_same_title_twice_gives_two_articles(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = workspace / "raw" / "twins"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "b.txt").write_text(ARTICLE.replace("next month", "in December"))
    assert ingest("raw/twins/") == 0
    written = sorted(p.name for p in (workspace / "content" / "articles" / "twins").glob("*.md"))
    assert len(written) == 2 and written[0] != written[1]


def test_broken_sidecar_names_its_line(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sidecar = workspace / "raw" / SLUG / "sources.yml"
    sidecar.write_text("files:\n  a.txt:\n    date: 2024-13-45\n    sorce: X\n")
    ingest("raw/")
    err = capsys.readouterr().err
    assert "sources.yml:3: '2024-13-45' is not a valid value" in err
    assert "YYYY-MM-DD" in err
    sidecar.write_text("files:\n  a.txt:\n    date: 2024-10-24\n    sorce: X\n")
    ingest("raw/")
    assert "sources.yml:4: unknown field 'sorce'" in capsys.readouterr().err


def test_dry_run_writes_nothing(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ingest("--dry-run", "raw/") == 0
    assert not (workspace / "content" / "articles").exists()
    assert "dry run" in capsys.readouterr().out


def test_a_second_ingest_waits_for_the_first(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ingest_lock(workspace / "content"):
        assert ingest("raw/") == 2
    assert "another 'dossier ingest'" in capsys.readouterr().err


def test_missing_folder_is_a_usage_error(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ingest("raw/no-such-dossier/") == 2
    assert "raw/no-such-dossier: does not exist" in capsys.readouterr().err


def test_explain_names_the_rule_for_every_line(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = workspace / "raw" / SLUG / "000_fa84120af16b3b1f.txt"
    assert ingest("--explain", str(raw)) == 0
    out = capsys.readouterr().out
    line_count = len(raw.read_text(encoding="utf-8").splitlines())
    decisions = [line for line in out.splitlines() if line[:6].strip().isdigit()]
    assert len(decisions) == line_count
    removed = next(line for line in decisions if "Others are reading now" in line)
    assert " - " in removed
