"""The overview strip above the timeline: the whole span, its density, and the view's window.

Clicking centres the timeline on the clicked day; dragging the window pans it. The density comes
from the provider's `density()` when it has one (the store counts in SQL), else from its items.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from frise.render.overview import overview_metrics, paint_overview
from frise.render.style import Style
from frise.ui.timeline_view import TimelineView


class OverviewStrip(QWidget):
    def __init__(self, view: TimelineView, parent: QWidget | None = None, style: Style | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._style = style or Style()
        self._density: list[int] | None = None
        self._grab: float | None = None  # days between the pointer and the window's centre
        self.setFixedHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        view.visibleRangeChanged.connect(self._on_range)
        view.refreshed.connect(self._on_refreshed)

    def _on_range(self, first: date, last: date) -> None:
        self.update()

    def _on_refreshed(self) -> None:
        self._density = None
        self.update()

    def _buckets(self) -> int:
        return max(8, min(400, self.width() // 3))

    def density(self) -> list[int]:
        if self._density is None:
            self._density = self._compute_density()
        return self._density

    def _compute_density(self) -> list[int]:
        provider = self._view.provider()
        span = self._view.span()
        if provider is None or span is None:
            return []
        buckets = self._buckets()
        counted = getattr(provider, "density", None)
        if callable(counted):
            return list(counted(span[0], span[1], buckets))
        first, end = span[0].toordinal(), span[1].toordinal() + 1
        scale = buckets / max(end - first, 1)
        counts = [0] * buckets
        for item in provider.items(span[0], span[1]):
            counts[min(buckets - 1, max(0, int((item.first.toordinal() - first) * scale)))] += 1
        return counts

    def _days(self) -> tuple[float, float] | None:
        span = self._view.span()
        return (float(span[0].toordinal()), float(span[1].toordinal() + 1)) if span else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_overview(
                painter, QRectF(self.rect()), self._days(), self.density(), self._style,
                window=self._view.visible_days(), today=date.today(),
            )
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._density = None
        super().resizeEvent(event)

    def _day_at(self, pos: QPointF) -> float | None:
        days = self._days()
        if days is None:
            return None
        return overview_metrics(days, QRectF(self.rect())).day(pos.x())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position())
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self._view.visible_days()
        centre = (start + end) / 2.0
        self._grab = day - centre if start <= day <= end else 0.0
        self._view.center_on(day - self._grab)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position())
        if day is not None and self._grab is not None:
            self._view.center_on(day - self._grab)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None
