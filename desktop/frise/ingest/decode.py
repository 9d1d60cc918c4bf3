"""Bytes to text for plain-text articles.

French news files arrive as UTF-8, UTF-8 with a BOM (Windows editors), cp1252 or latin-1 (older
archives and exports). Strict UTF-8 comes first because a legacy single-byte file almost never
happens to be valid UTF-8. charset-normalizer then tells text from binary, but on short French
text it readily answers cp1250 or cp037; so when cp1252 decodes the bytes into plausible Latin
text it wins. cp1252 also covers latin-1: the two differ only in 0x80-0x9F, which latin-1 maps to
control characters no real article contains.

A file with NUL bytes is binary, unless it is UTF-16 or UTF-32: with a byte order mark, or UTF-16
without one, as some Windows tools write it, recognisable because its NUL bytes (the high byte of
every Latin character) fall on one side of the byte pairs only. Such a file that does not decode
is said to be broken text in that encoding, not binary.
"""

from __future__ import annotations

import re
from pathlib import Path

from charset_normalizer import from_bytes

from .model import IngestError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")  # checked first: they start like UTF-16's
# UTF-16 without a BOM: NUL in at least this share of one side's bytes (French text: nearly all of them,
# Cyrillic or Greek: the spaces and punctuation), and in at most this share of the other's.
_UTF16_NUL_SIDE = 0.1
_UTF16_NUL_OTHER_SIDE = 0.01
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Control characters (Unicode's Cc) but the whitespace ones: tab, line feed, vertical tab, form
feed, carriage return."""
# Above this share of non-ASCII letters, a cp1252 reading is mojibake of another script
# (cp1251 Russian comes out as "Ðîññèÿ"); French text sits around 2-5 %.
_MAX_NON_ASCII_LETTERS = 0.3
_MAX_CONTROLS = 0.01


def decode_text(data: bytes, path: str | Path) -> str:
    """Decode a text file's bytes; raise IngestError("binary") when they are not text."""
    if data.startswith(_UTF32_BOMS):
        return _checked(_decoded(data, "utf-32", path), path)
    if data.startswith(_UTF16_BOMS):
        return _checked(_decoded(data, "utf-16", path), path)
    if b"\x00" in data:
        encoding = bomless_utf16(data)
        if encoding is None:
            raise IngestError(path, "binary")
        return _checked(_decoded(data, encoding, path), path)
    try:
        return _checked(data.decode("utf-8-sig"), path)
    except UnicodeDecodeError:
        pass
    guesses = from_bytes(data)
    best = guesses.best()
    if best is None:
        raise IngestError(path, "binary")
    legacy = _as_cp1252(data)
    if legacy is not None:
        return _checked(legacy, path)
    return _checked(str(best), path)


def bomless_utf16(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" if `data` reads as UTF-16 without a byte order mark, else None."""
    low, high = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) / 2
    if high >= _UTF16_NUL_SIDE * pairs and low <= _UTF16_NUL_OTHER_SIDE * pairs:
        return "utf-16-le"
    if low >= _UTF16_NUL_SIDE * pairs and high <= _UTF16_NUL_OTHER_SIDE * pairs:
        return "utf-16-be"
    return None


def _decoded(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        shown = encoding[:6].upper()  # "UTF-16", "UTF-32"
        raise IngestError(path, "corrupt", f"texte {shown} tronqué ou mal formé") from None


def _as_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return text
    foreign = sum(1 for c in letters if not c.isascii())
    return text if foreign / len(letters) <= _MAX_NON_ASCII_LETTERS else None


def _checked(text: str, path: str | Path) -> str:
    if not text:
        return text
    controls = sum(1 for _ in _CONTROLS.finditer(text))
    if controls / len(text) > _MAX_CONTROLS:
        raise IngestError(path, "binary")
    return text
