"""A QPainter for PDF pages that prints translucent gradients as their colours over white.

Qt's PDF engine writes a gradient whose stops are translucent with a soft mask that PDF
viewers ignore (poppler and MuPDF both paint it opaque): the renderer's approximate periods,
a faint teal band fading at both ends on screen, would print as solid teal bars hiding the
labels inside them. Paper is white, so compositing each stop over white gives the colour the
screen shows, with no transparency left to lose. Plain translucent fills print correctly and
are left alone. Once `frise.render` avoids translucent gradients on PDF devices itself, this
class can go.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QGradient, QLinearGradient, QPainter, QPen


def over_white(color: QColor) -> QColor:
    """`color` composited over white, opaque."""
    a = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * a + (1.0 - a), color.greenF() * a + (1.0 - a), color.blueF() * a + (1.0 - a), 1.0)


def flattened(brush: QBrush) -> QBrush:
    """A linear gradient brush with every stop made opaque over white (others unchanged)."""
    gradient = brush.gradient()
    if gradient is None or gradient.type() != QGradient.Type.LinearGradient:
        return brush
    if all(stop[1].alpha() == 255 for stop in gradient.stops()):
        return brush
    source = QLinearGradient(gradient)  # type: ignore[call-overload]
    flat = QLinearGradient(source.start(), source.finalStop())
    flat.setSpread(gradient.spread())
    flat.setCoordinateMode(gradient.coordinateMode())
    flat.setStops([(position, over_white(color)) for position, color in gradient.stops()])
    return QBrush(flat)


class PrintPainter(QPainter):
    """QPainter whose gradient brushes and pens are flattened over white (see the module)."""

    def setBrush(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], QBrush):
            super().setBrush(flattened(args[0]))
        else:
            super().setBrush(*args)

    def setPen(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], QPen) and args[0].brush().gradient() is not None:
            pen = QPen(args[0])
            pen.setBrush(flattened(pen.brush()))
            super().setPen(pen)
        else:
            super().setPen(*args)
