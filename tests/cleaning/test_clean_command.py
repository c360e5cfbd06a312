"""``dossier clean``: the JSON-lines contract, Markdown front matter, and rejected files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from dossier.cli import main

from .conftest import sample_page

PAGE = (
    "Home\nNews\n\n{title}\n\nBy Jane Doe | May 19, 2024\n\n"
    "The regional parliament approved the new budget on a narrow vote after a debate that "
    "lasted well into the night.\n\n"
    "Opposition members said the spending plan ignored the needs of rural schools and clinics.\n"
)


def test_json_lines_contract(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [sample_page("000"), sample_page("002")]
    assert main(["clean", "--json", *map(str, paths)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["path"] for record in records] == [str(path) for path in paths]
    for record in records:
        assert {"path", "title", "date", "author", "source", "url", "body"} <= set(record)
        assert record["kind"] == "article"
    assert records[1]["source"] == "VoM News"
    assert records[1]["date"] is None


def test_json_date_is_iso(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(title="Budget Passes After All-Night Debate"), "utf-8")
    assert main(["clean", "--json", str(page)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["date"] == "2024-05-19"
    assert record["author"] == "Jane Doe"


@pytest.mark.parametrize(
    "title",
    [
        "Budget: “Our Choice” Says the Minister",
        "#1 Budget Priority Is Housing",
        "- Budget Passes After All-Night Debate",
        "@Council Passes the Budget at Last",
        "Budget 'Passes' After \"All-Night\" Debate",
    ],
)
def test_front_matter_round_trips_awkward_titles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(title=title), "utf-8")
    assert main(["clean", str(page)]) == 0
    out = capsys.readouterr().out
    _, matter, body = out.split("---\n", 2)
    front = yaml.safe_load(matter)
    assert front["title"] == title.removeprefix("- ")
    assert front["date"].isoformat() == "2024-05-19"
    assert body.strip().startswith("The regional parliament")


def test_rejected_file_is_reported_and_others_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["clean", "--json", str(empty), str(sample_page("004"))]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"dossier: {empty}: the file is empty (")
    assert len(captured.err.splitlines()) == 1
    assert json.loads(captured.out)["source"] == "TDPel Media"


def test_explain_names_the_rule_of_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--explain", str(sample_page("002"))]) == 0
    out = capsys.readouterr().out
    assert "- syndication-notice" in out
    assert "- headline-list" in out
    assert "+ body-paragraph" in out


def test_help_shows_a_real_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["clean", "--help"])
    assert "dossier clean --json raw/north-korean-troops-in-russia/" in capsys.readouterr().out
