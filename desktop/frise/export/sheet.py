"""Paper: page sizes, margins and the colours of print, in logical pixels (1/96 inch).

Everything a page draws is placed in logical pixels, like the timeline renderer, and the painter
is scaled to the PDF's resolution; so a margin or a font size means the same on A4 and Letter,
and the overview pages can hand their rectangle straight to `frise.render`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QColor, QPageLayout, QPageSize

from frise.export.options import PageSize

_PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
PX_PER_POINT = 96.0 / 72.0


@dataclass(frozen=True, slots=True)
class Ink:
    """Print colours: dark text on white, one accent (the timeline's blue), greys for apparatus."""

    text: str = "#1f2933"
    body: str = "#323f4b"
    muted: str = "#5b6777"
    faint: str = "#8a94a3"
    accent: str = "#1d4f91"
    rule: str = "#c9d1dc"
    approximate: str = "#0f8b8d"
    assumed: str = "#b35c00"
    conflict: str = "#c22f35"
    reviewed: str = "#2e7d32"

    def __getitem__(self, name: str) -> QColor:
        return QColor(getattr(self, name))


INK = Ink()


@dataclass(frozen=True, slots=True)
class Sheet:
    """One page format and orientation, with its margins and furniture lines."""

    size: PageSize = "A4"
    landscape: bool = False

    @property
    def page_size(self) -> QPageSize:
        return QPageSize(_PAGE_IDS[self.size])

    @property
    def width(self) -> float:
        points = self.page_size.sizePoints()
        side = points.height() if self.landscape else points.width()
        return side * PX_PER_POINT

    @property
    def height(self) -> float:
        points = self.page_size.sizePoints()
        side = points.width() if self.landscape else points.height()
        return side * PX_PER_POINT

    @property
    def margin_x(self) -> float:
        return 44.0 if self.landscape else 64.0

    @property
    def margin_top(self) -> float:
        return 58.0 if self.landscape else 72.0

    @property
    def margin_bottom(self) -> float:
        return 50.0 if self.landscape else 64.0

    @property
    def content(self) -> QRectF:
        return QRectF(self.margin_x, self.margin_top, self.width - 2 * self.margin_x,
                      self.height - self.margin_top - self.margin_bottom)

    @property
    def header_baseline(self) -> float:
        return 40.0

    @property
    def footer_baseline(self) -> float:
        return self.height - 30.0

    def page_layout(self) -> QPageLayout:
        orientation = QPageLayout.Orientation.Landscape if self.landscape else QPageLayout.Orientation.Portrait
        return QPageLayout(self.page_size, orientation, QMarginsF(0.0, 0.0, 0.0, 0.0))

    def turned(self) -> Sheet:
        return Sheet(self.size, not self.landscape)
