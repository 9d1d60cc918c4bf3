"""The overview strip: the whole filtered span as a density histogram, and where the view is.

Shared by the widget above the timeline and the PDF's first page, like the timeline itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from frise.render.axis import axis_ticks
from frise.render.metrics import Metrics
from frise.render.style import Style


def overview_metrics(span: tuple[float, float], rect: QRectF) -> Metrics:
    """Day numbers of `span` onto the strip's width, with a little air at both ends."""
    inner = max(rect.width() - 8.0, 1.0)
    return Metrics(start=span[0], ppd=inner / max(span[1] - span[0], 1.0), width=inner, x0=rect.left() + 4.0)


def paint_overview(
    painter: QPainter,
    rect: QRectF,
    span: tuple[float, float] | None,
    density: Sequence[int],
    style: Style,
    *,
    window: tuple[float, float] | None = None,
    today: date | None = None,
) -> None:
    """Draw the strip into `rect`: bars for `density` (items per equal part of `span`, square-root
    scaled so that a quiet month still shows), year labels, `window` (the view) outlined."""
    colors = style.colors
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, colors["gutter"])
    if span is None:
        painter.restore()
        return
    m = overview_metrics(span, rect)
    label_h = style.cluster_font.pixelSize() + 4.0
    base = rect.bottom() - label_h
    height = base - rect.top() - 3.0
    if density:
        peak = max(density) or 1
        step = m.width / len(density)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors["density"])
        for k, count in enumerate(density):
            if count:
                bar = max(1.0, height * math.sqrt(count / peak))
                painter.drawRect(QRectF(m.x0 + k * step, base - bar, max(step - 0.3, 0.7), bar))
    ticks = axis_ticks(m, char_px=style.cluster_measure("0000") / 4.0)
    painter.setFont(style.cluster_font)
    for tick in ticks.major:
        if m.x0 <= tick.x <= m.x0 + m.width:
            painter.setPen(QPen(colors["grid_major"], 1.0))
            painter.drawLine(QPointF(tick.x, rect.top()), QPointF(tick.x, rect.bottom()))
            painter.setPen(colors["axis_minor_text"])
            painter.drawText(QPointF(tick.x + 3.0, rect.bottom() - 3.0), tick.label)
    if today is not None:
        x = m.x(today.toordinal() + 0.5)
        painter.setPen(QPen(colors["today"], 1.5))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, base))
    if window is not None:
        left = max(m.x(window[0]), rect.left())
        right = min(max(m.x(window[1]), left + 3.0), rect.right())
        shade = QColor(colors["background"])
        shade.setAlpha(130)
        painter.fillRect(QRectF(rect.left(), rect.top(), left - rect.left(), rect.height()), shade)
        painter.fillRect(QRectF(right, rect.top(), rect.right() - right, rect.height()), shade)
        painter.setPen(QPen(colors["window"], 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(left, rect.top() + 1.0, right - left, rect.height() - 2.0), 2.0, 2.0)
    painter.restore()
