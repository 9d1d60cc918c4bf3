"""Painting a `Layout` with QPainter, on a widget, an image or a PDF page alike.

The painter only draws what the layout decided. A layout may cover more than the view (the
widget lays out a screen ahead on either side), so `view` says which part to show: panning is a
translation, and only the boxes in view are drawn, found by bisection per lane. Everything is
drawn with vector primitives, and the few Qt objects reused between frames are rectangles and
points kept per layout, never pixmaps, so a PDF stays vector.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen

from frise.render.axis import axis_ticks
from frise.render.geometry import EventBox, Layout, LayoutOptions
from frise.render.layout import Elide
from frise.render.metrics import Metrics
from frise.render.paint_frame import paint_axis, paint_gutter, paint_message, paint_today
from frise.render.style import Style

_CERTAINTIES = ("exact", "approximate", "assumed", "unresolved")
CONTEXT_OPACITY = 0.4
"""How opaque background events (importance "context") are drawn, markers and labels."""


class _Scene:
    """Per-layout Qt geometry and per-lane bisection keys, built once and reused every frame."""

    def __init__(self, layout: Layout, style: Style) -> None:
        self.style = style
        o = layout.options
        fm = style.label_metrics
        baseline = (o.text_height - fm.height()) / 2.0 + fm.ascent()
        self.markers = [QRectF(b.rect.x, b.rect.y, b.rect.w, b.rect.h) for b in layout.boxes]
        self.baselines = [QPointF(b.label_rect.x, b.label_rect.y + baseline) for b in layout.boxes]
        self.starts = [[b.footprint_start for b in layout.lane_boxes(i)] for i in range(len(layout.lanes))]
        self.cluster_starts = [[c.rect.x for c in layout.lane_clusters(i)] for i in range(len(layout.lanes))]
        self.cluster_rects = [QRectF(c.rect.x, c.rect.y, c.rect.w, c.rect.h) for c in layout.clusters]
        measure = style.cluster_measure
        cfm = style.cluster_metrics
        self.cluster_texts: list[tuple[str, QPointF]] = []
        for c in layout.clusters:
            text = count_text(c.count)
            tw = measure(text)
            x = c.rect.x + max(6.0, (c.rect.w - tw) / 2.0)
            y = c.rect.y + (c.rect.h - cfm.height()) / 2.0 + cfm.ascent()
            self.cluster_texts.append((text, QPointF(x, y)))
        self.widest_cluster = max((c.rect.w for c in layout.clusters), default=0.0)
        self.by_id: dict[int, list[int]] = {}
        for i, b in enumerate(layout.boxes):
            self.by_id.setdefault(b.item_id, []).append(i)


# The scenes of the last layouts painted, found by identity: a dictionary keyed by the layout
# hashed it (every box and lane, a frozen dataclass's hash) at every frame, 2 ms of a pan frame.
# One list per thread: a PDF export paints its pages on a worker while the window pans.
_SCENES = threading.local()
_KEPT_SCENES = 4


def _scene(layout: Layout, style: Style) -> _Scene:
    kept: list[tuple[weakref.ref[Layout], _Scene]] | None = getattr(_SCENES, "kept", None)
    if kept is None:
        kept = _SCENES.kept = []
    for ref, scene in kept:
        if ref() is layout and scene.style is style:
            return scene
    scene = _Scene(layout, style)
    kept.insert(0, (weakref.ref(layout), scene))
    del kept[_KEPT_SCENES:]
    return scene


def count_text(count: int) -> str:
    """A cluster's count, short enough for its pill: "12", "2500", "12 k"."""
    return str(count) if count < 10_000 else f"{count // 1000}\u202fk"


def paint_timeline(
    painter: QPainter,
    layout: Layout,
    style: Style,
    *,
    today: date | None = None,
    selected: int | None = None,
    rect: QRectF | None = None,
    view: Metrics | None = None,
    scroll_y: float = 0.0,
    message: str | None = None,
    right_inset: float = 0.0,
    fold_marks: bool = True,
) -> None:
    """Draw `layout` into `rect` (default: the layout's size at the origin).

    `view` is the visible part of the laid-out period at the same zoom (default: the layout's own
    metrics); `scroll_y` scrolls the lanes under a fixed axis; `message` is shown centred, for an
    empty timeline; `right_inset` is how much of the right edge something covers (the widget's
    scroll bar), so that labels end before it rather than under it; `fold_marks` draws the
    lanes' fold arrows (not on paper).
    """
    w, h = layout.size
    target = rect if rect is not None else QRectF(0.0, 0.0, w, h)
    view = view or layout.metrics
    o = layout.options
    colors = style.colors
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(target.width() / w if w else 1.0, target.height() / h if h else 1.0)
    painter.setClipRect(QRectF(0.0, 0.0, w, h))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0.0, 0.0, w, h), colors["background"])
    ticks = axis_ticks(view, char_px=style.axis_minor_measure("0000000000") / 10.0)
    top = o.axis_height
    _paint_bands(painter, layout, style, scroll_y)
    _paint_grid(painter, ticks, style, o.gutter, top, w, h)
    dx = view.x(layout.metrics.start) - layout.metrics.x0
    painter.save()
    painter.setClipRect(QRectF(o.gutter, top, w - o.gutter, h - top), Qt.ClipOperation.IntersectClip)
    painter.translate(dx, -scroll_y)
    scene = _scene(layout, style)
    vx0, vx1 = o.gutter - dx, w - dx
    vy0, vy1 = top + scroll_y, h + scroll_y
    for lane in layout.lanes:
        if lane.rect.bottom < vy0 or lane.rect.y > vy1:
            continue
        if lane.collapsed:
            _paint_density(painter, lane.ticks, lane.rect.y, lane.rect.h, vx0, vx1, style)
        else:
            _paint_lane(painter, layout, scene, lane.index, vx0, vx1, style, selected, vx1 - right_inset)
    painter.restore()
    paint_axis(painter, ticks, style, o, w)
    if today is not None:
        paint_today(painter, view.x(today.toordinal() + 0.5), o, style, w, h)
    paint_gutter(painter, layout, style, scroll_y, h, fold_marks)
    if message:
        paint_message(painter, message, style, QRectF(o.gutter, top, w - o.gutter, h - top))
    painter.restore()


def _paint_bands(painter: QPainter, layout: Layout, style: Style, scroll_y: float) -> None:
    colors = style.colors
    w = layout.size[0]
    painter.setPen(Qt.PenStyle.NoPen)
    for lane in layout.lanes:
        y = lane.rect.y - scroll_y
        color = colors["band"] if lane.index % 2 == 0 else colors["band_alt"]
        painter.fillRect(QRectF(0.0, y, w, lane.rect.h), color)
    painter.setPen(QPen(colors["separator"], 1.0))
    for lane in layout.lanes:
        y = lane.rect.bottom - scroll_y - 0.5
        painter.drawLine(QPointF(0.0, y), QPointF(w, y))


def _paint_grid(painter: QPainter, ticks, style: Style, gutter: float, top: float, w: float, h: float) -> None:
    colors = style.colors
    for pen, row in ((QPen(colors["grid_minor"], 1.0), ticks.minor), (QPen(colors["grid_major"], 1.0), ticks.major)):
        painter.setPen(pen)
        for tick in row:
            if gutter <= tick.x <= w:
                x = round(tick.x) + 0.5
                painter.drawLine(QPointF(x, top), QPointF(x, h))


def _paint_density(
    painter: QPainter, ticks: tuple[float, ...], y: float, h: float, vx0: float, vx1: float, style: Style
) -> None:
    painter.setPen(QPen(style.colors["density"], 1.0))
    lo, hi = bisect_left(ticks, vx0), bisect_right(ticks, vx1)
    y0, y1 = y + 4.0, y + h - 4.0
    for x in ticks[lo:hi]:
        painter.drawLine(QPointF(x, y0), QPointF(x, y1))


def _visible_boxes(layout: Layout, scene: _Scene, lane: int, vx0: float, vx1: float) -> list[int]:
    b0, _ = layout.box_spans[lane]
    starts = scene.starts[lane]
    lo = bisect_left(starts, vx0 - layout.max_box_width)
    hi = bisect_right(starts, vx1)
    boxes = layout.boxes
    return [b0 + k for k in range(lo, hi) if boxes[b0 + k].footprint_end >= vx0]


def edge_label(box: EventBox, vx0: float, vx1: float, o: LayoutOptions, elide: Elide) -> tuple[float, str] | None:
    """Where and what `box`'s label shows in the view [vx0, vx1] (layout coordinates): whole, or
    ending in "…" before the right edge; a label starting left of the view is not shown in
    pieces, except the title inside a long bar, which slides along the bar's visible part.
    None: nothing of it can be shown."""
    label, lr = box.label, box.label_rect
    if not label:
        return None
    x, end = lr.x, lr.right
    if x >= vx0 and end <= vx1:
        return x, label
    if x < vx0:
        inside = box.kind == "bar" and x < box.rect.right
        if not inside:
            return None
        x = vx0 + o.bar_label_inset
        end = min(box.rect.right - o.bar_label_inset, vx1 - 2.0)
    else:
        end = vx1 - 3.0
    if end - x < 12.0:
        return None
    shown = elide(label, end - x)
    return (x, shown) if shown else None


def drawn_labels(
    layout: Layout, style: Style, view: Metrics | None = None, right_inset: float = 0.0
) -> list[tuple[int, float, str]]:
    """(item id, x on the view, text) of every label `paint_timeline` draws (for tests)."""
    view = view or layout.metrics
    o = layout.options
    w = layout.size[0]
    dx = view.x(layout.metrics.start) - layout.metrics.x0
    vx0, vx1 = o.gutter - dx, w - dx
    scene = _scene(layout, style)
    found = []
    for lane in layout.lanes:
        if lane.collapsed:
            continue
        for i in _visible_boxes(layout, scene, lane.index, vx0, vx1):
            box = layout.boxes[i]
            shown = edge_label(box, vx0, vx1 - right_inset, o, style.label_measure.elide)
            if shown is not None:
                found.append((box.item_id, shown[0] + dx, shown[1]))
    return found


def _paint_lane(
    painter: QPainter, layout: Layout, scene: _Scene, lane: int, vx0: float, vx1: float, style: Style,
    selected: int | None, label_edge: float,
) -> None:
    colors = style.colors
    boxes = layout.boxes
    visible = _visible_boxes(layout, scene, lane, vx0, vx1)
    if selected is not None:
        for i in visible:
            if boxes[i].item_id == selected:
                _paint_selection(painter, scene, boxes[i], i, style)
    markers = scene.markers
    faint = [i for i in visible if boxes[i].context]
    if faint:
        # Background events (context) are drawn see-through: present, but behind the news.
        painter.save()
        painter.setOpacity(CONTEXT_OPACITY)
        _paint_markers(painter, boxes, markers, faint, style)
        painter.restore()
        _paint_markers(painter, boxes, markers, [i for i in visible if not boxes[i].context], style)
    else:
        _paint_markers(painter, boxes, markers, visible, style)
    conflicts = [i for i in visible if boxes[i].conflicting]
    if conflicts:
        painter.setPen(QPen(colors["background"], 1.0))
        painter.setBrush(colors["conflict"])
        for i in conflicts:
            r = markers[i]
            painter.drawEllipse(QPointF(r.right() - 0.5, r.top() + 0.5), 3.2, 3.2)
    reviewed = [i for i in visible if boxes[i].reviewed]
    if reviewed:
        paint_reviewed_badges(painter, [markers[i] for i in reviewed], style)
    painter.setFont(style.label_font)
    text_color = colors["text"]
    faint_text = QColor(text_color)
    faint_text.setAlphaF(CONTEXT_OPACITY)
    painter.setPen(text_color)
    faint_pen = False
    baselines = scene.baselines
    o = layout.options
    elide = style.label_measure.elide
    for i in visible:
        box = boxes[i]
        label = box.label
        if not label:
            continue
        if box.context is not faint_pen:
            faint_pen = box.context
            painter.setPen(faint_text if faint_pen else text_color)
        lr = box.label_rect
        if lr.x >= vx0 and lr.right <= label_edge:
            painter.drawText(baselines[i], label)
            continue
        shown = edge_label(box, vx0, label_edge, o, elide)
        if shown is not None:
            painter.drawText(QPointF(shown[0], baselines[i].y()), shown[1])
    c0, _ = layout.cluster_spans[lane]
    cstarts = scene.cluster_starts[lane]
    lo = bisect_left(cstarts, vx0 - scene.widest_cluster)
    hi = bisect_right(cstarts, vx1)
    if lo >= hi:
        return
    painter.setPen(QPen(colors["cluster_border"], 1.0))
    painter.setBrush(colors["cluster_fill"])
    rects = scene.cluster_rects
    for k in range(c0 + lo, c0 + hi):
        r = rects[k]
        painter.drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0)
    painter.setFont(style.cluster_font)
    painter.setPen(colors["cluster_text"])
    texts = scene.cluster_texts
    for k in range(c0 + lo, c0 + hi):
        text, point = texts[k]
        painter.drawText(point, text)


def _paint_markers(painter: QPainter, boxes: Sequence[EventBox], markers: list[QRectF], indices: list[int],
                   style: Style) -> None:
    """The points and bars of these boxes, grouped by certainty (one pen and brush per group)."""
    colors = style.colors
    for certainty in _CERTAINTIES:
        group = [i for i in indices if boxes[i].certainty == certainty]
        if not group:
            continue
        color = style.certainty_color(certainty)
        fill = QColor(color)
        fill.setAlpha(64)
        pen = QPen(color, 1.3)
        if certainty == "assumed":
            pen.setStyle(Qt.PenStyle.DashLine)
        for i in group:
            if boxes[i].kind == "bar":
                box = boxes[i]
                if box.soft_start or box.soft_end:
                    _paint_soft_bar(painter, markers[i], color, fill, box.soft_start, box.soft_end)
                else:
                    painter.setPen(pen)
                    painter.setBrush(fill)
                    painter.drawRoundedRect(markers[i], 3.0, 3.0)
        if certainty == "exact":
            painter.setPen(QPen(colors["background"], 1.2))
            painter.setBrush(color)
        elif certainty == "approximate":
            painter.setPen(QPen(color, 2.0))
            painter.setBrush(fill)
        else:
            painter.setPen(pen)
            painter.setBrush(fill if certainty == "assumed" else color)
        for i in group:
            if boxes[i].kind == "point":
                painter.drawEllipse(markers[i])


def paint_reviewed_badges(painter: QPainter, markers: list[QRectF], style: Style) -> None:
    """A small green disc with a check mark at the foot of each reviewed event's marker: what the
    analyst has checked stands apart from what extraction alone proposes."""
    colors = style.colors
    for r in markers:
        centre = QPointF(r.right() - 0.5, r.bottom() - 0.5)
        painter.setPen(QPen(colors["background"], 1.0))
        painter.setBrush(colors["reviewed"])
        painter.drawEllipse(centre, 4.2, 4.2)
        painter.setPen(QPen(colors["background"], 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPolyline([centre + QPointF(-2.2, 0.1), centre + QPointF(-0.6, 1.7), centre + QPointF(2.3, -1.6)])


def _paint_soft_bar(
    painter: QPainter, r: QRectF, color: QColor, fill: QColor, soft_start: bool, soft_end: bool
) -> None:
    """An approximate interval: its ends fade out, since the first and last days are uncertain."""
    fade = min(18.0, r.width() / 3.0) / max(r.width(), 1.0)
    clear = QColor(fill)
    clear.setAlpha(0)
    edge_clear = QColor(color)
    edge_clear.setAlpha(0)
    body = QLinearGradient(r.left(), 0.0, r.right(), 0.0)
    edge = QLinearGradient(r.left(), 0.0, r.right(), 0.0)
    body.setColorAt(0.0, clear if soft_start else fill)
    edge.setColorAt(0.0, edge_clear if soft_start else color)
    body.setColorAt(fade, fill)
    edge.setColorAt(fade, color)
    body.setColorAt(1.0 - fade, fill)
    edge.setColorAt(1.0 - fade, color)
    body.setColorAt(1.0, clear if soft_end else fill)
    edge.setColorAt(1.0, edge_clear if soft_end else color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(body))
    painter.drawRect(r)
    painter.setPen(QPen(QBrush(edge), 1.3))
    painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()))
    painter.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))


def _paint_selection(painter: QPainter, scene: _Scene, box, i: int, style: Style) -> None:
    colors = style.colors
    lr = box.label_rect
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors["selection_fill"])
    left = min(box.rect.x, lr.x) - 4.0
    right = max(box.rect.right, lr.right) + 4.0
    top = min(box.rect.y, lr.y) - 2.0
    bottom = max(box.rect.bottom, lr.bottom) + 2.0
    painter.drawRoundedRect(QRectF(left, top, right - left, bottom - top), 4.0, 4.0)
    painter.setPen(QPen(colors["selection"], 2.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    m = scene.markers[i]
    if box.kind == "point":
        painter.drawEllipse(m.adjusted(-3.0, -3.0, 3.0, 3.0))
    else:
        painter.drawRoundedRect(m.adjusted(-2.5, -2.5, 2.5, 2.5), 4.0, 4.0)
