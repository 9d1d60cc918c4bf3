"""The timeline widget: zoom, pan, select and navigate; drawing is `frise.render`'s.

The widget holds the view (a `Metrics`) and the interaction state; a `TimelineScene` fetches from
the provider and lays out only when the view leaves what it already has, and `paint_timeline`
draws. Everything happens on the GUI thread; the provider is expected to answer quickly (the
store's indexed range query).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QRegion, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QToolTip, QWidget

from frise.gcpause import cyclic_gc_paused
from frise.render import french
from frise.render.geometry import Cluster, EventBox, Layout, Rect
from frise.render.metrics import Bounds, Metrics, to_date
from frise.render.model import LaneSpec, TimelineItem
from frise.render.painter import paint_timeline
from frise.render.provider import TimelineProvider, first_item, last_item, neighbour
from frise.render.scene import TimelineScene
from frise.render.style import Style
from frise.ui.plain_text import plain_tooltip

ZOOM_STEP = 1.5
WHEEL_STEP = 1.2
DRAG_THRESHOLD = 4
MIN_ZOOM_OUT_DAYS = 730.0
FIT_MARGIN = 0.03
"""Share of the width left free on either side of a period shown whole."""
REVEAL_ZOOMS = 12
"""How many times the view may double its zoom to bring an event out of a cluster."""
REVEAL_WIDEST = 0.6
"""Zooming in to reveal an event stops before it would span this share of the view."""


class TimelineView(QWidget):
    """A zoomable, pannable timeline over a `TimelineProvider`.

    Signals: `eventSelected(id)` (-1 when nothing is selected), `visibleRangeChanged(first,
    last)` (dates), `clusterOpened(ids)` when a cluster is clicked, and `refreshed()` when the data
    changed (for the overview strip).
    """

    eventSelected = Signal(int)
    visibleRangeChanged = Signal(object, object)
    clusterOpened = Signal(list)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None, style: Style | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 160)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._style = style or Style()
        self._scene = TimelineScene(self._style)
        today = float(date.today().toordinal())
        width = self._area_width(120.0)
        self._view = Metrics(start=today - 182.0, ppd=width / 365.0, width=width, x0=120.0)
        self._fit_pending = True
        # A period asked for (fit all, a range, a restored state) and shown exactly while the
        # size or the lane column changes, until the user zooms or pans: (first, end, margin).
        self._keep: tuple[float, float, float] | None = None
        self._selected: TimelineItem | None = None
        self._selected_id: int | None = None
        self._scroll_y = 0.0
        self._lane_keys: tuple[str, ...] = ()  # the lanes' order the last layout showed
        # Lanes may run below the area (a lane grows to a few rows before it gathers events
        # into clusters): a scroll bar says so and moves them; Alt+wheel, dragging and the page
        # keys do too.
        self._vbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._vbar.setCursor(Qt.CursorShape.ArrowCursor)
        self._vbar.hide()
        self._vbar.valueChanged.connect(self._bar_moved)
        self._bar_width: int | None = None
        self._bar_state: tuple[QRect, int, int, int] | None = None
        self._press: tuple[QPointF, Metrics, float] | None = None
        self._dragging = False
        self._emitted: tuple[date, date] | None = None

    # --- data and lanes

    def set_provider(self, provider: TimelineProvider | None) -> None:
        self._scene.set_provider(provider)
        self._fit_pending = True
        self._selected = None
        self._selected_id = None
        self.refreshed.emit()
        self._repaint()

    def provider(self) -> TimelineProvider | None:
        return self._scene.provider

    def refresh(self) -> None:
        """The filters or the data changed: forget what was fetched and paint again."""
        self._scene.invalidate()
        if self._selected_id is not None:
            self._selected = self._scene.find(self._selected_id)
        self.refreshed.emit()
        self._repaint()

    def set_lane_mode(self, mode: str) -> None:
        """"actor": a lane per actor; "source": a lane per reporting article."""
        self._scene.set_lane_mode(mode)
        self._scroll_y = 0.0
        self._repaint()

    def lane_mode(self) -> str:
        return self._scene.lane_mode

    def set_lanes(self, lanes: Sequence[LaneSpec] | None) -> None:
        self._scene.set_lanes(lanes)
        self._repaint()

    def lanes(self) -> list[LaneSpec]:
        return self._scene.lanes()

    def toggle_lane(self, name: str) -> None:
        """Collapse an open lane or open a collapsed one (clicking its name does this)."""
        self.set_lanes([LaneSpec(s.name, not s.collapsed if s.name == name else s.collapsed) for s in self.lanes()])

    # --- view

    def visible_range(self) -> tuple[date, date]:
        return self._view.visible_dates()

    def visible_days(self) -> tuple[float, float]:
        return self._view.start, self._view.end

    def span(self) -> tuple[date, date] | None:
        span = self._scene.span()
        return (to_date(span[0]), to_date(span[1] - 1)) if span else None

    def zoom_at(self, x: float, factor: float) -> None:
        self._set_view(self._view.zoomed(factor, x, self._bounds()))

    def zoom_in(self) -> None:
        self.zoom_at(self._view.x0 + self._view.width / 2.0, ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_at(self._view.x0 + self._view.width / 2.0, 1.0 / ZOOM_STEP)

    def pan(self, dx: float) -> None:
        """Move the content `dx` pixels to the right (earlier days come into view)."""
        self._set_view(self._view.panned(dx, self._bounds()))

    def fit_all(self) -> None:
        self._fit_pending = False
        span = self._scene.span()
        if span is not None:
            self._show_period(span[0], span[1], FIT_MARGIN)
            self._room_for_last_labels(span[0], span[1])

    def show_events_between(self, first: date, last: date) -> None:
        """Show the days `first` to `last` for reading their events: a little air either side,
        and room on the right for the labels of the last ones."""
        self._fit_pending = False
        start, end = float(first.toordinal()), float(last.toordinal() + 1)
        self._show_period(start, end, FIT_MARGIN)
        self._room_for_last_labels(start, end)

    def _room_for_last_labels(self, first: float, end: float) -> None:
        """Labels run to the right of their events, so fitting the span cuts those of the last
        ones at the edge: widen the period on the right by what they need, up to a quarter of
        the width (the rest of the timeline is squeezed that much)."""
        if not self.isVisible():
            return
        layout = self.current_layout()
        view = self._view
        dx = view.x(layout.metrics.start) - layout.metrics.x0
        edge = view.x0 + view.width
        overflow = max((box.footprint_end + dx - edge for box in layout.boxes
                        if view.x0 <= box.rect.x + dx <= edge), default=0.0)
        if overflow <= 1.0:
            return
        extra = min(overflow + 8.0, view.width * 0.25)
        ppd = (view.width - extra) / max(end - first, 1.0) * (1.0 - 2 * FIT_MARGIN)
        self._show_period(first, end + extra / max(ppd, 1e-9), FIT_MARGIN)

    def set_visible_range(self, first: date, last: date) -> None:
        self._fit_pending = False
        self._show_period(first.toordinal(), last.toordinal() + 1, 0.0)

    def _show_period(self, first: float, end: float, margin: float) -> None:
        self._keep = (first, end, margin)
        self._set_view(self._view.showing(first, end, self._bounds(), margin=margin), keep=True)

    def center_on(self, day: float) -> None:
        self._fit_pending = False
        self._set_view(self._view.centered_on(day, self._bounds()))

    def _bounds(self) -> Bounds:
        span = self._scene.span()
        if span is None:
            return Bounds()
        length = span[1] - span[0]
        # Zooming out stops at three times the span, but never closer than two years: a filter
        # keeping a week must not squeeze the reader's view of three months to sixty days.
        return Bounds(first=span[0], last=span[1] - 1, min_days=2.0, max_days=max(length * 3.0, MIN_ZOOM_OUT_DAYS))

    def _area_width(self, gutter: float) -> float:
        return max(float(self.width()) - gutter, 1.0)

    def _set_view(self, view: Metrics, keep: bool = False) -> None:
        self._view = view
        if not keep:
            self._keep = None
        shown = view.visible_dates()
        if shown != self._emitted:
            self._emitted = shown
            self.visibleRangeChanged.emit(*shown)
        self._repaint()

    # --- selection and navigation

    def selected(self) -> int | None:
        return self._selected_id

    def select_event(self, item_id: int | None) -> None:
        if item_id == self._selected_id:
            return
        self._selected_id = item_id
        self._selected = self._scene.find(item_id) if item_id is not None else None
        self.eventSelected.emit(-1 if item_id is None else item_id)
        self._repaint()

    def ensure_visible(self, item_id: int) -> None:
        item = self._scene.find(item_id)
        if item is None:
            return
        first, end = float(item.first.toordinal()), float(item.last.toordinal() + 1)
        view = self._view
        pad = 12.0 / view.ppd
        if not (view.start + pad <= first and end <= view.end - pad):
            if end - first <= view.days * 0.8:
                self._set_view(view.centered_on((first + end) / 2.0, self._bounds()))
            else:
                self._set_view(view.showing(first, end, self._bounds()))
        self._reveal(item, (first + end) / 2.0)

    def _reveal(self, item: TimelineItem, day: float) -> None:
        """Make the event's own box visible: zoom in around `day` while it is counted in a
        cluster, then scroll the lanes until one of its boxes shows. When no zoom separates it
        (more events on its day than a lane has rows), the view goes back to where it was and
        the lanes scroll to the cluster holding it."""
        start = self._view
        for _ in range(REVEAL_ZOOMS):
            layout = self.current_layout()
            boxes = [box for box in layout.boxes if box.item_id == item.id]
            if boxes:
                self._scroll_to([box.rect for box in boxes], layout)
                return
            holding = _clusters_holding(layout, item)
            if not holding:
                return  # not on the timeline (filtered out, or undated)
            view = self._view
            closer = view.zoomed(2.0, view.x(day), self._bounds()).centered_on(day, self._bounds())
            length = item.last.toordinal() + 1 - item.first.toordinal()
            # As close as the timeline goes, or so close that the event would fill the view and its
            # title, which starts at its left end, could not be read.
            if closer.ppd <= view.ppd * 1.01 or length * closer.ppd > REVEAL_WIDEST * closer.width:
                if view is not start:
                    self._set_view(start)
                    layout = self.current_layout()
                    holding = _clusters_holding(layout, item)
                self._scroll_to([c.rect for c in holding], layout)
                return
            self._fit_pending = False
            self._set_view(closer)

    def _scroll_to(self, rects: Sequence[Rect], layout: Layout) -> None:
        if not rects:
            return
        top = layout.options.axis_height
        seen_from, seen_to = self._scroll_y + top, self._scroll_y + self.height()
        if any(seen_from <= rect.y and rect.bottom <= seen_to for rect in rects):
            return
        box = rects[0]
        pad = layout.options.row_height / 2.0
        if box.y < seen_from:
            self._scroll_y = max(box.y - top - pad, 0.0)
        else:
            self._scroll_y = box.bottom - self.height() + pad
        self._repaint()

    def _go(self, item: TimelineItem | None) -> None:
        if item is not None:
            self.select_event(item.id)
            self._selected = item
            self.ensure_visible(item.id)

    def select_next(self, step: int) -> None:
        provider = self._scene.provider
        if provider is None:
            return
        current = self._selected
        if current is None:
            anchor = self._view.visible_dates()[0 if step > 0 else 1]
            probe = TimelineItem(-1 if step > 0 else 2**62, anchor, anchor, "")
            self._go(neighbour(provider, probe, step, self._scene.cached_items(), self._scene.cached_range()))
        else:
            self._go(neighbour(provider, current, step, self._scene.cached_items(), self._scene.cached_range()))

    def select_first(self) -> None:
        if self._scene.provider is not None:
            self._go(first_item(self._scene.provider))

    def select_last(self) -> None:
        if self._scene.provider is not None:
            self._go(last_item(self._scene.provider))

    # --- state for QSettings

    def state(self) -> dict[str, Any]:
        lanes = None if self._scene.automatic_lanes else [[s.name, s.collapsed] for s in self.lanes()]
        return {
            "start": self._view.start, "days": self._view.days, "lane_mode": self.lane_mode(), "lanes": lanes,
            "selected": self._selected_id,
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        """Apply what `state()` returned; missing or malformed entries are ignored."""
        mode = state.get("lane_mode")
        if mode in ("actor", "source"):
            self.set_lane_mode(str(mode))
        lanes = state.get("lanes")
        if isinstance(lanes, list):
            specs = [LaneSpec(str(e[0]), bool(e[1])) for e in lanes if isinstance(e, (list, tuple)) and len(e) == 2]
            self.set_lanes(specs or None)
        try:
            start, days = float(state["start"]), float(state["days"])
        except (KeyError, TypeError, ValueError):
            start = days = 0.0
        if days > 0:
            self._fit_pending = False
            self._show_period(start, start + days, 0.0)
        selected = state.get("selected")
        if isinstance(selected, int):
            self.select_event(selected)

    # --- painting

    def current_layout(self) -> Layout:
        """The layout of the current view (fetching and laying out if needed)."""
        with cyclic_gc_paused():  # one pause over the fetch and the layout: each pause's end costs a collection
            return self._current_layout()

    def _current_layout(self) -> Layout:
        if self._fit_pending and self._scene.span() is not None and self.isVisible():
            self.fit_all()
        gutter = self._scene.gutter(self._view)
        if gutter != self._view.x0 or self._view.width != self._area_width(gutter):
            self._view = Metrics(self._view.start, self._view.ppd, self._area_width(gutter), gutter)
            if self._keep is not None:
                self._show_period(*self._keep)
        layout = self._scene.layout(self._view, (float(self.width()), float(self.height())))
        keys = tuple(lane.key for lane in layout.lanes)
        if keys != self._lane_keys:
            if self._lane_keys and self._scroll_y > 0.0:
                self._scroll_after_reorder(layout)
            self._lane_keys = keys
        self._scroll_y = min(max(self._scroll_y, 0.0), max(layout.content_height - self.height(), 0.0))
        self._sync_bar(layout)
        return layout

    def _scroll_after_reorder(self, layout: Layout) -> None:
        """The lanes were ordered again (a zoom or a filter puts the busiest in view on top): the
        scroll offset kept from the old order showed other lanes, often the empty ones at the
        bottom, and the chosen event scrolled out of sight. Show the chosen event's box when it
        has one, else the top, where the busy lanes now are."""
        top = layout.options.axis_height
        boxes = [box for box in layout.boxes if box.item_id == self._selected_id]
        if not boxes:
            self._scroll_y = 0.0
            return
        seen_from, seen_to = self._scroll_y + top, self._scroll_y + self.height()
        if any(seen_from <= box.rect.y and box.rect.bottom <= seen_to for box in boxes):
            return
        box = boxes[0]
        lane_top = next((lane.rect.y for lane in layout.lanes if lane.index == box.lane), box.rect.y)
        if box.rect.bottom - lane_top > self.height() - top:  # (a lane taller than the area)
            lane_top = box.rect.y - layout.options.row_height / 2.0
        self._scroll_y = max(lane_top - top, 0.0)  # its lane from the top, its name in sight

    def _repaint(self) -> None:
        """Ask for a repaint of the timeline, not of the scroll bar over its right edge: Qt
        repaints the children a dirty region covers, and the bar repainted at every pan frame
        cost 5 to 8 ms of a 16 ms budget. It repaints itself when its value changes."""
        if self._vbar.isHidden():
            self.update()
        else:  # (the bar starts below the axis, which moves with every pan)
            self.update(QRegion(self.rect()).subtracted(QRegion(self._vbar.geometry())))

    def _sync_bar(self, layout: Layout) -> None:
        overflow = int(math.ceil(layout.content_height - self.height() - 0.5))  # (sums of float heights)
        bar = self._vbar
        if overflow <= 0:
            if not bar.isHidden():
                bar.hide()
            return
        top = int(layout.options.axis_height)
        if self._bar_width is None:
            self._bar_width = bar.sizeHint().width()
        geometry = QRect(self.width() - self._bar_width, top, self._bar_width, max(self.height() - top, 0))
        state = (geometry, overflow, int(layout.options.row_height), int(round(self._scroll_y)))
        if state == self._bar_state and not bar.isHidden():
            return  # (a pan frame: nothing to tell the bar)
        self._bar_state = state
        if bar.geometry() != geometry:
            bar.setGeometry(geometry)
        bar.blockSignals(True)
        bar.setRange(0, overflow)
        bar.setPageStep(max(self.height() - top, 1))
        bar.setSingleStep(state[2])
        bar.setValue(state[3])
        bar.blockSignals(False)
        if bar.isHidden():
            bar.show()

    def _bar_moved(self, value: int) -> None:
        self._scroll_y = float(value)
        self._repaint()

    def scroll_to_top(self) -> None:
        self._scroll_y = 0.0
        self._repaint()

    def scroll_position(self) -> float:
        """How far the lanes are scrolled up, in pixels."""
        return self._scroll_y

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.current_layout()
        painter = QPainter(self)
        try:
            message = None if self._scene.span() is not None else french.empty_message()
            paint_timeline(
                painter, layout, self._style, today=date.today(), selected=self._selected_id, view=self._view,
                scroll_y=self._scroll_y, message=message,
                right_inset=0.0 if self._vbar.isHidden() else float(self._vbar.width()),
            )
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        view = self._view
        self._view = Metrics(view.start, view.ppd, self._area_width(view.x0), view.x0)
        if self._fit_pending and self._scene.span() is not None:
            self.fit_all()
        elif self._keep is not None:
            self._show_period(*self._keep)
        super().resizeEvent(event)

    # --- hit-testing

    def hit(self, x: float, y: float) -> EventBox | Cluster | str | None:
        """What is under (x, y): an event box, a cluster, a lane name (str), or nothing."""
        layout = self.current_layout()
        o = layout.options
        if y < o.axis_height:
            return None
        ly = y + self._scroll_y
        lane = layout.lane_at(ly)
        if lane is None:
            return None
        if x < o.gutter:
            return lane.key
        lx = x - (self._view.x(layout.metrics.start) - layout.metrics.x0)
        for box in layout.lane_boxes(lane.index):
            r, t = box.rect, box.label_rect
            if (r.x - 3 <= lx <= r.right + 3 and r.y - 3 <= ly <= r.bottom + 3) or t.contains(lx, ly):
                return box
        for cluster in layout.lane_clusters(lane.index):
            if cluster.rect.contains(lx, ly):
                return cluster
        return None

    # --- input

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.AltModifier:
            # Qt on X11 turns Alt+wheel into a horizontal wheel: either axis scrolls the lanes.
            self._scroll(-(delta.y() or delta.x()) / 2.0)
        elif mods & Qt.KeyboardModifier.ShiftModifier or delta.x():
            self.pan((delta.x() or delta.y()) / 2.0)
        elif delta.y():
            self.zoom_at(event.position().x(), WHEEL_STEP ** (delta.y() / 120.0))
        event.accept()

    def _scroll(self, dy: float) -> None:
        self._scroll_y = max(self._scroll_y + dy, 0.0)
        self._repaint()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self._view, self._scroll_y)
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        origin, view, scroll = self._press
        delta = event.position() - origin
        if not self._dragging and abs(delta.x()) + abs(delta.y()) >= DRAG_THRESHOLD:
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self._fit_pending = False
            self._scroll_y = max(scroll - delta.y(), 0.0)
            self._set_view(view.panned(delta.x(), self._bounds()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        clicked = not self._dragging
        self._press = None
        self._dragging = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if clicked:
            self._click(event.position().x(), event.position().y())

    def _click(self, x: float, y: float) -> None:
        target = self.hit(x, y)
        if isinstance(target, EventBox):
            self.select_event(target.item_id)
        elif isinstance(target, Cluster):
            ids = list(target.item_ids)
            self._fit_pending = False
            self._set_view(self._view.showing(target.first.toordinal(), target.last.toordinal() + 1, self._bounds()))
            self.clusterOpened.emit(ids)
        elif isinstance(target, str):
            self.toggle_lane(target)
        else:
            self.select_event(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Right:
            self.select_next(+1)
        elif key == Qt.Key.Key_Left:
            self.select_next(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Home:
            self.select_first()
        elif key == Qt.Key.Key_End:
            self.select_last()
        elif key == Qt.Key.Key_F or (ctrl and key == Qt.Key.Key_0):
            self.fit_all()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            page = max(self.height() - self.current_layout().options.axis_height, 20.0) * 0.9
            self._scroll(page if key == Qt.Key.Key_PageDown else -page)
        elif key == Qt.Key.Key_Escape:
            self.select_event(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # (QHelpEvent has pos(), not position(): tooltips never showed while it asked for that)
            text = self._tooltip(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip(self, x: float, y: float) -> str:
        target = self.hit(x, y)
        if isinstance(target, Cluster):
            return french.cluster_note(target.count, target.first, target.last)
        if isinstance(target, str):  # a lane's name, shortened in its column
            lane = next((lane for lane in self.current_layout().lanes if lane.key == target), None)
            return french.lane_note(lane.name, lane.collapsed) if lane is not None else ""
        if not isinstance(target, EventBox):
            return ""
        item = self._scene.find(target.item_id)
        if item is None:
            return ""
        lines = [item.title, french.format_period(item.first, item.last)]
        notes = [n for n in (french.kind_name(item.happening), french.certainty_note(item.certainty),
                             french.sources_note(item.sources)) if n]
        if item.conflicting:
            notes.append(french.conflict_note())
        notes.append(french.review_note(item.reviewed))
        if item.context:
            notes.append(french.context_note())
        lines.append(" · ".join(notes))
        return "\n".join(lines)


def _clusters_holding(layout: Layout, item: TimelineItem) -> list[Cluster]:
    """The clusters counting `item` (only those starting by its first day are read through)."""
    return [c for c in layout.clusters if c.first <= item.first and item.id in c.item_ids]
