"""The frame around the events: the time axis, the lane names, the today line, a message.

Drawn after the events so that they stay readable over them, with the same style everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF

from frise.render import french
from frise.render.axis import AxisTicks
from frise.render.geometry import Layout, LayoutOptions
from frise.render.style import Style
from frise.render.text import TextMeasurer


def paint_axis(painter: QPainter, ticks: AxisTicks, style: Style, o: LayoutOptions, w: float) -> None:
    """Two rows: the major units (sticky at the left edge, like a calendar's month), the minor."""
    colors = style.colors
    top = o.axis_height
    painter.fillRect(QRectF(0.0, 0.0, w, top), colors["axis_background"])
    major_h = style.axis_major_font.pixelSize() + 12.0
    painter.save()
    painter.setClipRect(QRectF(o.gutter, 0.0, w - o.gutter, top), Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(colors["grid_major"], 1.0))
    for tick in ticks.major:
        x = round(tick.x) + 0.5
        painter.drawLine(QPointF(x, 4.0), QPointF(x, top))
    painter.setPen(QPen(colors["grid_minor"].darker(115), 1.0))
    for tick in ticks.minor:
        x = round(tick.x) + 0.5
        painter.drawLine(QPointF(x, top - 5.0), QPointF(x, top))
    majors, minors = axis_labels(ticks, style, o, w)
    painter.setFont(style.axis_major_font)
    painter.setPen(colors["axis_major_text"])
    baseline = major_h - 8.0
    for x, text in majors:
        painter.drawText(QPointF(x, baseline), text)
    painter.setFont(style.axis_minor_font)
    painter.setPen(colors["axis_minor_text"])
    baseline = top - 9.0
    for x, text in minors:
        painter.drawText(QPointF(x, baseline), text)
    painter.restore()
    painter.setPen(QPen(colors["grid_major"], 1.0))
    painter.drawLine(QPointF(0.0, top - 0.5), QPointF(w, top - 0.5))


def axis_labels(
    ticks: AxisTicks, style: Style, o: LayoutOptions, w: float
) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """Where the axis's major and minor labels go, (x, text) each: the major ones stick to the
    left edge like a calendar's month; a label that the gutter or the right edge would cut is
    left out rather than shown in part (« août 2 » said nothing)."""
    major_fm = style.axis_major_measure
    minor_fm = style.axis_minor_measure
    majors: list[tuple[float, str]] = []
    row = ticks.major
    for k, tick in enumerate(row):
        if not tick.label:
            continue
        width = major_fm(tick.label)
        next_x = row[k + 1].x if k + 1 < len(row) else w + 10_000.0
        x = max(tick.x + 5.0, o.gutter + 6.0)
        x = min(x, next_x - 6.0 - width)
        if x < o.gutter + 5.0 or x + width > w - 3.0:
            continue  # pushed under the gutter by the next period's label, or cut at the right
        majors.append((x, tick.label))
    minors: list[tuple[float, str]] = []
    for tick in ticks.minor:
        if not tick.label:
            continue
        width = minor_fm(tick.label)
        cell = tick.end_x - tick.x
        x = tick.x + (cell - width) / 2.0 if width + 4.0 <= cell else tick.x + 3.0
        if x < o.gutter + 2.0 or x + width > w - 2.0:
            continue
        minors.append((x, tick.label))
    return majors, minors


def paint_gutter(
    painter: QPainter, layout: Layout, style: Style, scroll_y: float, h: float, fold_marks: bool = True
) -> None:
    """The lane names at the left, with a triangle saying whether the lane is open or collapsed
    (on screen: `fold_marks`)."""
    colors = style.colors
    o = layout.options
    top = o.axis_height
    painter.save()
    painter.setClipRect(QRectF(0.0, top, o.gutter, h - top), Qt.ClipOperation.IntersectClip)
    painter.fillRect(QRectF(0.0, top, o.gutter, h - top), colors["gutter"])
    measure = style.lane_measure
    for lane in layout.lanes:
        y = lane.rect.y - scroll_y
        if y > h or y + lane.rect.h < top:
            continue
        painter.setPen(QPen(colors["separator"], 1.0))
        painter.drawLine(QPointF(0.0, y + lane.rect.h - 0.5), QPointF(o.gutter, y + lane.rect.h - 0.5))
        line_h = min(lane.rect.h, o.row_height + 2 * o.lane_padding)
        cy = y + line_h / 2.0
        if fold_marks:
            _triangle(painter, 9.0, cy, lane.collapsed, style)
        font = style.cluster_font if lane.collapsed else style.lane_font
        painter.setFont(font)
        painter.setPen(colors["gutter_text"])
        name = lane_label(lane.name, measure, o.gutter - 26.0)
        fm_h = font.pixelSize()
        painter.drawText(QPointF(18.0 if fold_marks else 8.0, cy + fm_h * 0.36), name)
    painter.setPen(QPen(colors["separator"], 1.0))
    painter.drawLine(QPointF(o.gutter - 0.5, top), QPointF(o.gutter - 0.5, h))
    painter.restore()


_PARTS = " · "
_LEAST_HEAD = 4  # characters of an outlet kept before its « … »


def lane_label(name: str, measure: TextMeasurer, room: float) -> str:
    """A lane's name as its column shows it: whole, or shortened by the middle.

    A source lane's name (« La Gazette des Nations · 14 avril 2021 · 2 ») keeps its day and number
    whole and shortens the outlet by its end, while a few letters of the outlet still fit; the middle
    cut took the « · » with it (« La Gazette des… 14 avril 2021 ») or half the day.
    """
    if measure(name) <= room:
        return name
    head, separator, tail = name.partition(_PARTS)
    if separator and len(head) > _LEAST_HEAD:
        rest = separator + tail
        shown = measure.elide(head, room - measure(rest))
        if shown.endswith("…") and len(shown.rstrip("…").rstrip()) >= _LEAST_HEAD:
            return shown + rest
    return measure.elide_middle(name, room)


def _triangle(painter: QPainter, x: float, y: float, collapsed: bool, style: Style) -> None:
    if collapsed:
        points = [QPointF(x - 2.5, y - 4.0), QPointF(x + 3.0, y), QPointF(x - 2.5, y + 4.0)]
    else:
        points = [QPointF(x - 4.0, y - 2.5), QPointF(x + 4.0, y - 2.5), QPointF(x, y + 3.0)]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.colors["axis_minor_text"])
    painter.drawPolygon(QPolygonF(points))


def paint_today(painter: QPainter, x: float, o: LayoutOptions, style: Style, w: float, h: float) -> None:
    """A red line through the lanes and an "aujourd'hui" tag on the axis, if today is in view."""
    if not o.gutter <= x <= w:
        return
    color = style.colors["today"]
    painter.setPen(QPen(color, 1.5))
    painter.drawLine(QPointF(x, o.axis_height - 2.0), QPointF(x, h))
    label = french.today_label()
    painter.setFont(style.cluster_font)
    width = style.cluster_measure(label) + 10.0
    height = style.cluster_font.pixelSize() + 6.0
    left = min(max(x - width / 2.0, o.gutter + 2.0), w - width - 2.0)
    box = QRectF(left, o.axis_height - height - 2.0, width, height)
    path = QPainterPath()
    path.addRoundedRect(box, 3.0, 3.0)
    painter.fillPath(path, color)
    painter.setPen(style.colors["background"])
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def paint_message(painter: QPainter, message: str, style: Style, area: QRectF) -> None:
    painter.setFont(style.lane_font)
    painter.setPen(style.colors["axis_minor_text"])
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, message)
