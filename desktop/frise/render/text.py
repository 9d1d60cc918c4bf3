"""Measuring and shortening label text through Qt, with memory.

The layout asks for the width of every label it places, again at every zoom; Qt's font metrics
are fast but not free from Python, so widths and shortened forms are remembered per string.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from frise.render.layout import make_elide

_LIMIT = 200_000


class TextMeasurer:
    """A `measure` callable for the layout (`measurer(text) -> width`), plus `elide`."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)
        self._widths: dict[str, float] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._middle: dict[tuple[str, int], str] = {}
        self._elide = make_elide(self)

    def __call__(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > _LIMIT:
                self._widths.clear()
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def elide(self, text: str, width: float) -> str:
        key = (text, int(width))
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) > _LIMIT:
                self._elided.clear()
            shown = self._elided[key] = self._elide(text, float(int(width)))
        return shown

    def elide_middle(self, text: str, width: float) -> str:
        """`text` shortened to `width` by its middle ("Recep…Erdogan", "Le Monde · 5 j…17 · 2"): both
        ends are kept, so that names sharing their first words stay apart."""
        key = (text, int(width))
        shown = self._middle.get(key)
        if shown is None:
            if len(self._middle) > _LIMIT:
                self._middle.clear()
            shown = self._middle[key] = self._metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, float(int(width)))
        return shown
