"""The ``dossier quotes`` command: JSON contract, readable listing, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.cli import main

TEXT = "“We will rebuild the bridge by spring,” Maria Lopez said on Monday.\n"


def test_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["quotes", "--json", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["path"] == str(path)
    (quote,) = record["quotes"]
    assert quote["speaker"] == "Maria Lopez"
    assert quote["text"] == "We will rebuild the bridge by spring,"
    ((start, end),) = quote["spans"]
    assert TEXT[start:end] == quote["text"]
    assert quote["paragraph"] == 0


def test_one_line_per_file_and_bad_files_do_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    missing = tmp_path / "missing.txt"
    assert main(["quotes", "--json", str(binary), str(good), str(missing)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["path"] for line in captured.out.splitlines()] == [str(good)]
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert str(binary) in errors[0] and "binary" in errors[0]
    assert str(missing) in errors[1]
    assert "Traceback" not in captured.err


def test_utf16_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "u16.txt"
    path.write_text(TEXT, encoding="utf-16")
    assert main(["quotes", "--json", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["quotes"][0]["speaker"] == "Maria Lopez"


def test_readable_listing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["quotes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Maria Lopez" in out and "rebuild the bridge" in out


def test_help_has_a_real_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["quotes", "--help"])
    out = capsys.readouterr().out
    assert "dossier quotes --json" in out
    assert "raw/north-korean-troops-in-russia" in out
