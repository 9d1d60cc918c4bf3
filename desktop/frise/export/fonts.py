"""The fonts of printed exports: one family with every accent, embedded by Qt in the PDF.

DejaVu Sans covers French typography entirely (accents, « », the em dash, the narrow no-break
space) and is installed nearly everywhere Qt runs on Linux (`fonts-dejavu-core`). When it is
missing the system's general font is used: Qt embeds whatever it draws with, so the PDF stays
searchable either way, only its look changes.

Sizes are pixel sizes in logical pixels (1/96 inch), like `frise.render.style`: the painter is
scaled to the device, so a size means the same on paper at any resolution. Hinting is off so
that the widths measured while paginating are the widths printed.
"""

from __future__ import annotations

import threading
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial")
#: Ligatures print "ff" as one glyph, which text extraction and some viewers' search then read
#: as "ﬀ": "affrontements" would not be found. Print text must stay searchable.
NO_LIGATURES = ("liga", "clig", "dlig")


@cache
def family() -> str:
    """The family every export page uses (looked up once per process)."""
    available = set(QFontDatabase.families())
    for name in PREFERRED_FAMILIES:
        if name in available:
            return name
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


_FONTS: dict[tuple[int, int, bool, bool, float], QFont] = {}


def font(px: int, *, bold: bool = False, italic: bool = False, spacing: float = 0.0) -> QFont:
    """A font of `px` logical pixels (12 px = 9 pt); `spacing` is extra letter spacing in px.

    Fonts are kept per thread: the window may export from a worker, and a QFont instance is
    not to be shared between threads."""
    key = (threading.get_ident(), px, bold, italic, spacing)
    found = _FONTS.get(key)
    if found is None:
        found = _FONTS[key] = _make(px, bold, italic, spacing)
    return found


def _make(px: int, bold: bool, italic: bool, spacing: float) -> QFont:
    f = QFont(family())
    f.setPixelSize(px)
    f.setBold(bold)
    f.setItalic(italic)
    f.setKerning(True)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if spacing:
        f.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    for tag in NO_LIGATURES:
        f.setFeature(QFont.Tag(tag), 0)
    return f
