"""Every page of the published site is valid HTML, as the W3C Nu validator judges it.

One JVM run checks every page (and the stylesheet and SVG files): starting the validator
takes seconds, checking a page milliseconds. The jar comes from npm's ``vnu-jar``, pinned
in package-lock.json; it needs Java 11 or newer.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.published import PublishedSite
from tests.tools import require_node_file, require_tool

JAVA_HINT = "install a Java runtime with: apt-get install default-jre-headless"


def validate(files: list[Path]) -> list[dict[str, object]]:
    """The Nu validator's errors (not warnings) for ``files``, each naming its file and line."""
    java = require_tool("java", JAVA_HINT)
    jar = require_node_file("vnu-jar/build/dist/vnu.jar")
    command = [java, "-Xss4m", "-jar", str(jar), "--errors-only", "--exit-zero-always"]
    command += ["--format", "json", "--also-check-css", "--also-check-svg", *map(str, files)]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    messages: list[dict[str, object]] = json.loads(result.stderr or result.stdout)["messages"]
    return [m for m in messages if m.get("type") in {"error", "non-document-error"}]


def describe(message: dict[str, object], root: Path) -> str:
    where = str(message.get("url", "")).removeprefix("file:").removeprefix(str(root) + "/")
    return f"{where}:{message.get('lastLine', '?')}: {message.get('message')}"


def test_every_page_is_valid_html(published: PublishedSite) -> None:
    files = [
        published.output / f
        for f in published.files()
        if f.endswith((".html", ".css", ".svg")) and not f.startswith("pagefind/")
    ]
    assert any(f.name == "index.html" for f in files)
    errors = validate(files)
    assert [describe(m, published.output) for m in errors] == []


def test_the_validator_reports_invalid_html(tmp_path: Path) -> None:
    """The check can fail: a page with a duplicate id and a stray end tag gives errors."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
        '<body><p id="a">1</p><p id="a">2</p></span></body></html>',
        encoding="utf-8",
    )
    errors = validate([page])
    text = "\n".join(describe(m, tmp_path) for m in errors)
    assert "Duplicate ID" in text and "bad.html" in text
