"""Colours, fonts and sizes of the timeline, chosen to read well on screen and on paper.

Fonts use pixel sizes in logical pixels (1/96 inch): the painter scales to the device, so the
same style gives the same proportions on a monitor, in a PNG and in a PDF at any resolution.
QFont and QColor objects are built once per style, never per event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from frise.render.geometry import LayoutOptions
from frise.render.text import TextMeasurer


@dataclass(frozen=True)
class Palette:
    background: str = "#ffffff"
    band: str = "#f4f6f9"
    band_alt: str = "#ffffff"
    separator: str = "#dfe4eb"
    gutter: str = "#eef1f5"
    gutter_text: str = "#2f3b4c"
    axis_background: str = "#ffffff"
    axis_major_text: str = "#1f2933"
    axis_minor_text: str = "#5b6777"
    grid_major: str = "#c9d1dc"
    grid_minor: str = "#edf0f4"
    text: str = "#1f2933"
    exact: str = "#1d4f91"
    approximate: str = "#0f8b8d"
    assumed: str = "#d9730d"
    unresolved: str = "#7b8794"
    conflict: str = "#d1343a"
    reviewed: str = "#2e8540"
    cluster_fill: str = "#dde3ec"
    cluster_border: str = "#aab6c6"
    cluster_text: str = "#243447"
    selection: str = "#f2a900"
    selection_fill: str = "#fff1c2"
    today: str = "#d1343a"
    density: str = "#7f93ad"
    window: str = "#1d4f91"


@dataclass(frozen=True)
class Style:
    """How the timeline looks. `font_family` empty means the application's default font."""

    palette: Palette = field(default_factory=Palette)
    font_family: str = ""
    label_px: int = 12
    axis_major_px: int = 12
    axis_minor_px: int = 11
    lane_px: int = 12
    cluster_px: int = 11
    options: LayoutOptions = field(default_factory=LayoutOptions)

    def scaled(self, factor: float) -> Style:
        """The same style with every font `factor` times larger (the sizes follow)."""
        return replace(
            self,
            label_px=max(6, round(self.label_px * factor)), axis_major_px=max(6, round(self.axis_major_px * factor)),
            axis_minor_px=max(6, round(self.axis_minor_px * factor)), lane_px=max(6, round(self.lane_px * factor)),
            cluster_px=max(6, round(self.cluster_px * factor)),
        )

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(self.font_family) if self.font_family else QFont()
        font.setPixelSize(px)
        font.setBold(bold)
        font.setKerning(True)
        return font

    @cached_property
    def label_font(self) -> QFont:
        return self._font(self.label_px)

    @cached_property
    def label_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.label_font)

    @cached_property
    def axis_major_font(self) -> QFont:
        return self._font(self.axis_major_px, bold=True)

    @cached_property
    def axis_minor_font(self) -> QFont:
        return self._font(self.axis_minor_px)

    @cached_property
    def lane_font(self) -> QFont:
        return self._font(self.lane_px, bold=True)

    @cached_property
    def cluster_font(self) -> QFont:
        return self._font(self.cluster_px, bold=True)

    @cached_property
    def cluster_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.cluster_font)

    @cached_property
    def label_measure(self) -> TextMeasurer:
        return TextMeasurer(self.label_font)

    @cached_property
    def axis_major_measure(self) -> TextMeasurer:
        return TextMeasurer(self.axis_major_font)

    @cached_property
    def axis_minor_measure(self) -> TextMeasurer:
        return TextMeasurer(self.axis_minor_font)

    @cached_property
    def lane_measure(self) -> TextMeasurer:
        return TextMeasurer(self.lane_font)

    @cached_property
    def cluster_measure(self) -> TextMeasurer:
        return TextMeasurer(self.cluster_font)

    @cached_property
    def colors(self) -> dict[str, QColor]:
        return {name: QColor(value) for name, value in vars(self.palette).items()}

    def certainty_color(self, certainty: str) -> QColor:
        return self.colors.get(certainty, self.colors["unresolved"])

    def layout_options(self, gutter: float | None = None) -> LayoutOptions:
        """Layout sizes that match these fonts: rows one label high plus air."""
        fm = self.label_metrics
        text_h = fm.height()
        cluster_fm = QFontMetricsF(self.cluster_font)
        row = max(self.options.row_height, text_h + 7.0)
        axis = QFontMetricsF(self.axis_major_font).height() + QFontMetricsF(self.axis_minor_font).height() + 16.0
        return replace(
            self.options,
            row_height=row, text_height=text_h, bar_height=min(row - 4.0, text_h + 2.0),
            axis_height=max(self.options.axis_height, axis),
            cluster_height=min(row - 4.0, cluster_fm.height() + 3.0),
            cluster_min_width=max(self.options.cluster_min_width, cluster_fm.horizontalAdvance("8888") + 12.0),
            min_label=max(self.options.min_label, fm.horizontalAdvance("Abcde…")),
            gutter=self.options.gutter if gutter is None else gutter,
        )
