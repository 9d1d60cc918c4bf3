"""Bytes to text for plain-text articles.

French news files arrive as UTF-8, UTF-8 with a BOM (Windows editors), cp1252 or latin-1 (older
archives and exports). Strict UTF-8 comes first because a legacy single-byte file almost never
happens to be valid UTF-8. charset-normalizer then tells text from binary, but on short French
text it readily answers cp1250 or cp037; so when cp1252 decodes the bytes into plausible Latin
text it wins. cp1252 also covers latin-1: the two differ only in 0x80-0x9F, which latin-1 maps to
control characters no real article contains.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from .model import IngestError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Above this share of non-ASCII letters, a cp1252 reading is mojibake of another script
# (cp1251 Russian comes out as "Ðîññèÿ"); French text sits around 2-5 %.
_MAX_NON_ASCII_LETTERS = 0.3
_MAX_CONTROLS = 0.01


def decode_text(data: bytes, path: str | Path) -> str:
    """Decode a text file's bytes; raise IngestError("binary") when they are not text."""
    if data.startswith(_UTF16_BOMS):
        try:
            return _checked(data.decode("utf-16"), path)
        except UnicodeDecodeError:
            raise IngestError(path, "binary") from None
    if b"\x00" in data:
        raise IngestError(path, "binary")
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
    controls = sum(1 for c in text if c not in _ALLOWED_CONTROLS and unicodedata.category(c) == "Cc")
    if controls / len(text) > _MAX_CONTROLS:
        raise IngestError(path, "binary")
    return text
