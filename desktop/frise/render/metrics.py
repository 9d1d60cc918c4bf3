"""Time to pixels and back, in one place.

Every part of the timeline (layout, axis, hit-testing, the overview strip, the PDF) converts with
the same `Metrics`, so a date cannot land on two different pixels. Days are float "day numbers"
(`date.toordinal()`): day *n* covers [n, n + 1). A `Metrics` is immutable; zooming and panning
return a new one, already clamped to the `Bounds` given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

MIN_DAY = float(date.min.toordinal())
MAX_DAY = float(date.max.toordinal())
# QPainter misbehaves far outside the device (fixed-point overflow in the raster engine).
_FAR = 1.0e6


def day_number(d: date) -> float:
    return float(d.toordinal())


def to_date(day: float) -> date:
    """The calendar day containing the day number `day`, clamped to what `date` can hold."""
    return date.fromordinal(int(min(max(day, MIN_DAY), MAX_DAY)))


@dataclass(frozen=True, slots=True)
class Bounds:
    """How far the user may zoom and pan: a view never shows less than `min_days` nor more than
    `max_days`, and never leaves [`first`, `last`] entirely."""

    first: float = MIN_DAY
    last: float = MAX_DAY
    min_days: float = 2.0
    max_days: float = 365.25 * 400


@dataclass(frozen=True, slots=True)
class Metrics:
    """Maps the day numbers [`start`, `end`) onto the pixels [`x0`, `x0 + width`)."""

    start: float
    ppd: float
    width: float
    x0: float = 0.0

    @classmethod
    def fit(cls, first: float, last: float, width: float, x0: float = 0.0, margin: float = 0.04) -> Metrics:
        """A view showing [first, last) whole, with `margin` of the width free on either side."""
        width = max(width, 1.0)
        days = max(last - first, 1.0)
        usable = width * (1.0 - 2.0 * margin)
        ppd = max(usable, 1.0) / days
        return cls(start=first - width * margin / ppd, ppd=ppd, width=width, x0=x0)

    @property
    def end(self) -> float:
        return self.start + self.width / self.ppd

    @property
    def days(self) -> float:
        return self.width / self.ppd

    def x(self, day: float) -> float:
        return self.x0 + (day - self.start) * self.ppd

    def x_clamped(self, day: float) -> float:
        """Like `x`, kept within a safe distance of the device so painting never overflows."""
        return min(max(self.x(day), self.x0 - _FAR), self.x0 + self.width + _FAR)

    def x_of(self, d: date) -> float:
        return self.x(float(d.toordinal()))

    def day(self, x: float) -> float:
        return self.start + (x - self.x0) / self.ppd

    def date_at(self, x: float) -> date:
        return to_date(self.day(x))

    def visible_dates(self) -> tuple[date, date]:
        """The first and last calendar days at least partly visible."""
        return to_date(self.start), to_date(self.end - 1e-9)

    def resized(self, width: float, x0: float | None = None) -> Metrics:
        """The same left edge and zoom on a wider or narrower area."""
        return replace(self, width=max(width, 1.0), x0=self.x0 if x0 is None else x0)

    def widened(self, screens: float) -> Metrics:
        """The same zoom and origin over `screens` widths either side: the range laid out ahead."""
        extra = self.width * screens
        return Metrics(start=self.day(self.x0 - extra), ppd=self.ppd, width=self.width + 2 * extra, x0=self.x0 - extra)

    def zoomed(self, factor: float, about_x: float, bounds: Bounds | None = None) -> Metrics:
        """Zoom by `factor` (> 1 zooms in) keeping the day under `about_x` where it is."""
        anchor = self.day(about_x)
        ppd = self.ppd * factor
        if bounds is not None:
            ppd = min(max(ppd, self.width / bounds.max_days), self.width / bounds.min_days)
        start = anchor - (about_x - self.x0) / ppd
        return Metrics(start, ppd, self.width, self.x0).clamped(bounds)

    def panned(self, dx: float, bounds: Bounds | None = None) -> Metrics:
        """Move the content by `dx` pixels (positive moves it right, showing earlier days)."""
        return replace(self, start=self.start - dx / self.ppd).clamped(bounds)

    def centered_on(self, day: float, bounds: Bounds | None = None) -> Metrics:
        return replace(self, start=day - self.days / 2.0).clamped(bounds)

    def showing(self, first: float, last: float, bounds: Bounds | None = None, margin: float = 0.08) -> Metrics:
        """A view of [first, last) at the zoom that fits it, within `bounds`."""
        return Metrics.fit(first, last, self.width, self.x0, margin).clamped(bounds)

    def clamped(self, bounds: Bounds | None) -> Metrics:
        """Within the zoom limits, and overlapping at least part of [bounds.first, bounds.last]."""
        if bounds is None:
            return self
        days = min(max(self.days, bounds.min_days), bounds.max_days)
        ppd = self.width / days
        start = self.start
        if ppd != self.ppd:  # keep the centre where it was
            start = self.start + self.days / 2.0 - days / 2.0
        keep = min(days * 0.2, (bounds.last - bounds.first) / 2.0 + 0.5)
        low, high = bounds.first - days + keep, bounds.last + 1.0 - keep
        start = min(max(start, low), max(high, low))
        start = min(max(start, MIN_DAY), MAX_DAY - days)
        return Metrics(start, ppd, self.width, self.x0)
