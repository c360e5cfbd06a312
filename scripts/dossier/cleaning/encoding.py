"""Stage 1: turn the raw bytes of a page into clean Unicode text.

Curators save pages with whatever their browser or editor produced: UTF-8 (with or without a
byte-order mark), UTF-16 from Windows tools (sometimes without a BOM), cp1252 from older
editors, and text that was already decoded wrongly once (mojibake such as ``â€™`` for ``’``).
Every later stage assumes clean text with ``\\n`` line endings, so all of that is settled here.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Byte-order marks, longest first so UTF-32 is not mistaken for UTF-16.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Share of NUL bytes at odd (or even) offsets above which BOM-less bytes are read as UTF-16.
# Text in Latin scripts has a NUL in every other byte (≈ 0.5); 0.3 leaves room for CJK and
# emoji while staying far above binary files with a stray NUL. Calibrated on hand-made samples.
_UTF16_NUL_SHARE = 0.3

# Control characters other than tab and newline; their share tells text from binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# More than 1 % control characters is not something a person copied from a browser.
_MAX_CONTROL_SHARE = 0.01

# Sequences that only appear when UTF-8 bytes were decoded as cp1252/latin-1 (``â€™``, ``Ã©``).
# Cheap to test, so ftfy's slower repair runs only on pages that need it.
_MOJIBAKE = re.compile(r"[ÂÃâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


class BinaryInputError(ValueError):
    """The bytes are not text (NUL bytes or many control characters)."""


@dataclass(frozen=True)
class DecodedText:
    """Text ready for cleaning, and how it was obtained (shown in provenance)."""

    text: str
    encoding: str
    repaired_mojibake: bool = False


def decode_bytes(data: bytes) -> DecodedText:
    """Decode ``data`` into normalised text, or raise :class:`BinaryInputError`.

    Order matters: a BOM is the strongest evidence, then UTF-16 without a BOM (its NUL bytes
    would otherwise look binary), then strict UTF-8 (valid UTF-8 is almost never an accident),
    then cp1252, which covers Windows editors and decodes every byte but five.
    """
    text, encoding = _decode(data)
    if text and len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise BinaryInputError(encoding)
    repaired = False
    if _MOJIBAKE.search(text):
        fixed = _repair_mojibake(text)
        repaired = fixed != text
        text = fixed
    return DecodedText(text=normalise_text(text), encoding=encoding, repaired_mojibake=repaired)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if b"\x00" in data:
        # A few stray NULs (a bad copy, a broken editor) are dropped; many mean binary data.
        if data.count(b"\x00") > _MAX_CONTROL_SHARE * len(data):
            raise BinaryInputError("binary")
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    return _decode_with_detector(data)


def _guess_bomless_utf16(data: bytes) -> str | None:
    """Return ``utf-16-le``/``utf-16-be`` when NUL bytes sit regularly at one parity."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    odd_nuls = sample[1::2].count(0) / half
    even_nuls = sample[0::2].count(0) / half
    if odd_nuls > _UTF16_NUL_SHARE and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > _UTF16_NUL_SHARE and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _decode_with_detector(data: bytes) -> tuple[str, str]:
    """Last resort for legacy code pages; imported lazily because most pages never need it."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return data.decode("latin-1"), "latin-1"
    return str(best), best.encoding


def _repair_mojibake(text: str) -> str:
    import ftfy

    return ftfy.fix_encoding(text)


def normalise_text(text: str) -> str:
    """Unify line endings and invisible characters so rules can compare lines reliably."""
    text = _LINE_BREAKS.sub("\n", text)
    text = text.replace("\ufeff", "").replace("\u00ad", "").replace("\u200b", "")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)
