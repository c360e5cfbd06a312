"""Raw bytes in every encoding a curator's tools produce decode to the same clean text."""

from __future__ import annotations

import codecs

import pytest

from dossier.cleaning import clean_bytes
from dossier.cleaning.encoding import BinaryInputError, decode_bytes

TEXT = (
    "Putin’s “sovereign decision”: the café owner said — in Kraków — that prices rose.\n"
    "Second line of the page, with an é and an ü.\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # without BOM
        (TEXT.encode("utf-16-be"), "utf-16-be"),  # without BOM
        (TEXT.replace("ł", "l").encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    expected = TEXT.replace("ł", "l") if encoding == "cp1252" else TEXT
    assert decoded.text == expected


def test_mojibake_is_repaired() -> None:
    # UTF-8 read as cp1252 and saved again as UTF-8: what a mis-configured editor leaves.
    original = "Putin’s “sovereign decision“ – the café owner’s view.\n"
    mojibake = original.encode("utf-8").decode("cp1252").encode("utf-8")
    assert "â€™" in mojibake.decode("utf-8")
    decoded = decode_bytes(mojibake)
    assert decoded.repaired_mojibake
    assert decoded.text == original


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalised(newline: str) -> None:
    decoded = decode_bytes(TEXT.replace("\n", newline).encode("utf-8"))
    assert decoded.text == TEXT


def test_binary_data_is_refused() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)


def test_cleaning_works_the_same_through_any_encoding() -> None:
    page = (
        "The harbour authority said on Monday that the new ferry line will open in the spring.\n"
        "Officials blamed the delay on a shortage of engineers and the late delivery of vessels.\n"
    )
    bodies = {
        clean_bytes(data, "page.txt").body
        for data in (page.encode("utf-8"), page.encode("utf-16"), page.encode("cp1252"))
    }
    assert len(bodies) == 1
