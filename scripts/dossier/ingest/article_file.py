"""Write and recognise the Markdown articles that ingest generates.

An article records its raw file, the raw file's hash, and ``ingest_hash``: the hash of the
article text exactly as ingest wrote it (with the ``ingest_hash`` value itself blanked). When
the file's current text no longer hashes to that value, a curator has edited it, and ingest
must leave it alone. This works from a fresh clone: no state outside the file is needed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

HASH_KEY = "ingest_hash"
_HASH_LINE = re.compile(rf"^{HASH_KEY}:[ \t]*(\S*)[ \t]*$", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
# Hand-edited files may carry a BOM, CRLF line ends or a closing '...' line.
_ANY_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?\n(?:---|\.\.\.)[ \t]*\r?\n", re.DOTALL)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _blank_hash(text: str) -> str:
    return _HASH_LINE.sub(f"{HASH_KEY}: ", text, count=1)


def render_article(metadata: dict[str, Any], body: str) -> str:
    """Front matter (safe YAML: any title round-trips) + body, with its own hash filled in."""
    fields = {key: value for key, value in metadata.items() if value not in (None, "", [], {})}
    fields[HASH_KEY] = ""
    front = yaml.safe_dump(
        fields, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    text = f"---\n{front}---\n\n{body.strip()}\n"
    digest = sha256_hex(_blank_hash(text).encode("utf-8"))[:16]
    return _HASH_LINE.sub(f"{HASH_KEY}: {digest}", text, count=1)


def read_front_matter(path: Path) -> dict[str, Any]:
    """The front matter of an existing article, or {} when it has none or is unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def article_body(path: Path) -> str:
    """An article's Markdown without its front matter: the text a reader reads."""
    text = path.read_text(encoding="utf-8")
    match = _ANY_FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


def is_edited(path: Path) -> bool:
    """True when the file differs from what ingest wrote (or was never written by ingest)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    match = _HASH_LINE.search(text)
    if not match or not match.group(1):
        return True
    return sha256_hex(_blank_hash(text).encode("utf-8"))[:16] != match.group(1)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a killed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise
