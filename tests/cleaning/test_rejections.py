"""Input that cannot become an article is refused with the path and a hint, never a crash."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dossier.cleaning import MAX_INPUT_BYTES, clean_bytes, clean_file
from dossier.errors import UserError


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n   \n", "whitespace"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50, "binary"),
        (b"Home\nNews\nContact\nLogin\n", "no article text"),
    ],
)
def test_unusable_files_raise_user_error_with_path_and_hint(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        clean_file(path)
    assert message in caught.value.message
    assert caught.value.path == path
    assert caught.value.hint
    assert str(path) in str(caught.value)


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        clean_file(tmp_path / "missing.txt")


def test_oversized_input_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: no memory or disk actually used
    with pytest.raises(UserError, match="MB"):
        clean_file(path)


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"a" * (MAX_INPUT_BYTES + 10))
    assert len(bomb) < MAX_INPUT_BYTES
    with pytest.raises(UserError, match="MB"):
        clean_bytes(bomb, "page.html.gz")


def test_corrupt_gzip_is_a_user_error() -> None:
    with pytest.raises(UserError, match="gzip"):
        clean_bytes(b"not gzip at all", "page.html.gz")
