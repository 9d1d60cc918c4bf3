"""One call to draw a whole timeline on any paint device: an image, a PDF page, a printer.

Sizes are logical pixels (1/96 inch); a device of another resolution gets a scaled painter, so
text and lines keep their physical size and a PDF stays vector. The widget does not use this
(it keeps its layout between frames), but it paints with the same `paint_timeline`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import attrgetter

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPaintDevice, QPainter

from frise.render import french
from frise.render.geometry import Layout
from frise.render.lanes import prepare_items
from frise.render.layout import gutter_width, layout_prepared
from frise.render.metrics import Metrics
from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem
from frise.render.painter import paint_timeline
from frise.render.style import Style

_FIRST = attrgetter("first")
_LAST = attrgetter("last")

LOGICAL_DPI = 96.0


def render_timeline(
    painter: QPainter,
    items: Sequence[TimelineItem],
    rect: QRectF,
    *,
    period: tuple[date, date] | None = None,
    lanes: Sequence[LaneSpec] = (),
    lane_mode: str = "actor",
    style: Style | None = None,
    today: date | None = None,
    selected: int | None = None,
    fold_marks: bool = True,
    gutter: float | None = None,
) -> Layout:
    """Lay out `items` over `period` (default: all of them) and paint them into `rect`;
    `fold_marks` False leaves out the lanes' fold arrows (paper cannot fold a lane), `gutter`
    sets the lane-name column's width (0: none, for a panel beside another that names them)."""
    style = style or Style()
    prepared = prepare_items(items, lanes, lane_mode)
    other = french.other_lane_name()
    names = [other if key == OTHER_LANE else key for key in prepared.keys]
    options = style.layout_options(gutter_width(names, style.lane_measure) if gutter is None else gutter)
    w, h = rect.width(), rect.height()
    if period is None and prepared.items:  # (`first` and `last` may be columns of a larger table)
        period = (min(map(_FIRST, prepared.items)), max(map(_LAST, prepared.items)))
    first, last = period or (date.today(), date.today())
    metrics = Metrics.fit(first.toordinal(), last.toordinal() + 1, w - options.gutter, options.gutter, margin=0.02)
    measure = style.label_measure
    layout = layout_prepared(prepared, metrics, (w, h), measure, options=options, other_name=other, elide=measure.elide)
    message = None if prepared.items else french.empty_message()
    paint_timeline(painter, layout, style, today=today, selected=selected, rect=rect, message=message,
                   fold_marks=fold_marks)
    return layout


def device_scale(device: QPaintDevice) -> float:
    """Device pixels per logical pixel."""
    return device.logicalDpiX() / LOGICAL_DPI


def paint_on_device(device: QPaintDevice, items: Sequence[TimelineItem], **options: object) -> Layout:
    """Fill `device` with the timeline of `items` (see `render_timeline` for the options)."""
    scale = device_scale(device)
    painter = QPainter(device)
    try:
        painter.scale(scale, scale)
        rect = QRectF(0.0, 0.0, device.width() / scale, device.height() / scale)
        return render_timeline(painter, items, rect, **options)  # type: ignore[arg-type]
    finally:
        painter.end()


def render_image(
    items: Sequence[TimelineItem], width: int, height: int, device_pixel_ratio: float = 1.0, **options: object
) -> QImage:
    """The timeline as an image of `width` x `height` logical pixels."""
    size = (round(width * device_pixel_ratio), round(height * device_pixel_ratio))
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        render_timeline(painter, items, QRectF(0.0, 0.0, width, height), **options)  # type: ignore[arg-type]
    finally:
        painter.end()
    return image
