"""Painting one overview page: its heading, the timeline by `frise.render`, the legend.

`overview.Planner` decides each page's period and lanes; this module only draws them, with the
renderer doing the timeline itself so that paper shows what the screen shows.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from frise.export import fonts
from frise.export.overview import NOTE_HEIGHT, PAD_DAYS, PANEL_GAP, Planner, Slice, timeline_rect
from frise.export.sheet import INK, Sheet
from frise.export.typeset import Paragraph
from frise.render import datefmt
from frise.render.painter import CONTEXT_OPACITY, paint_reviewed_badges
from frise.render.style import Style
from frise.render.surface import render_timeline


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def paint_page(
    painter: QPainter, sheet: Sheet, page: Slice, number: int, total: int, planner: Planner,
    continued_on: int | None = None,
) -> None:
    """One overview page: heading, the timeline of `page` by the renderer, legend. When the
    period was stretched for the last labels, a dashed line marks where the page's own period
    ends, with the page that takes over (`continued_on`)."""
    c = sheet.content
    heading = Paragraph(_tr("Vue d'ensemble"), fonts.font(17, bold=True), 200.0, INK["accent"])
    period = Paragraph(_period_words(page), fonts.font(17), c.width() - 440.0, INK["text"], max_lines=1)
    side = Paragraph(
        "{count}  ·  {label}".format(
            count=datefmt.count_phrase(page.count, _tr("{n} événement"), _tr("{n} événements")),
            label=_tr("planche {n} / {total}").format(n=number, total=total)),
        fonts.font(11), 220.0, INK["muted"], align=Qt.AlignmentFlag.AlignRight)
    heading.paint(painter, c.left(), c.top())
    period.paint(painter, c.left() + heading_width(heading) + 12.0, c.top())
    side.paint(painter, c.right() - 220.0, c.top() + heading.height - side.height - 2.0)
    rect = timeline_rect(sheet)
    x = rect.left()
    panels = planner.panels(page)
    for k, (frame, planned) in enumerate(panels):
        area = QRectF(x, rect.top(), planned.size[0], rect.height())
        layout = render_timeline(painter, frame.items, area, period=frame.period, lanes=frame.lanes,
                                 style=planner.style, fold_marks=False,
                                 gutter=planned.options.gutter if len(panels) > 1 else None)
        if k + 1 < len(panels):
            _paint_break(painter, QRectF(area.right(), rect.top(), PANEL_GAP, rect.height()),
                         layout.options.axis_height)
        own_last = page.periods()[k][1]
        if k + 1 == len(panels) and frame.period[1] > own_last and continued_on is not None:
            _paint_page_end(painter, area, area.left() + layout.metrics.x(own_last.toordinal() + 1.0),
                            layout.options.axis_height, continued_on)
        x = area.right() + PANEL_GAP
    painter.setPen(QPen(INK["rule"], 0.75))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    legend_top = rect.bottom() + NOTE_HEIGHT + 4.0
    paint_legend(painter, QRectF(c.left(), legend_top, c.width(), c.bottom() - legend_top), planner.style)


def _paint_break(painter: QPainter, gap: QRectF, axis_height: float) -> None:
    """Between two panels of a page: blank paper and a broken axis (two slanted strokes), the
    days between the two periods holding no event."""
    painter.save()
    painter.fillRect(gap, QColor("#ffffff"))
    painter.setPen(QPen(INK["rule"], 0.9))
    y = gap.top() + axis_height / 2.0
    for dx in (1.5, 5.5):
        painter.drawLine(QPointF(gap.left() + dx, y + 6.0), QPointF(gap.left() + dx + 3.0, y - 6.0))
    painter.restore()


def page_end_note(rect: QRectF, x: float, continued_on: int) -> tuple[QRectF, str]:
    """Where « suite page N › » goes and what it says: under the timeline, at the line marking
    the end of the page's own days (over the last lane it hid a line of labels)."""
    label = _tr("suite page {n} ›").format(n=continued_on)
    width = QFontMetricsF(_note_font()).horizontalAdvance(label) + 10.0
    box = QRectF(min(max(x - 4.0, rect.left()), rect.right() - width), rect.bottom() + 2.0, width, NOTE_HEIGHT - 3.0)
    return box, label


def _note_font() -> QFont:
    return fonts.font(10, bold=True)


def _paint_page_end(painter: QPainter, rect: QRectF, x: float, axis_height: float, continued_on: int) -> None:
    painter.save()
    pen = QPen(INK["accent"], 1.2)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, rect.top() + axis_height - 18.0), QPointF(x, rect.bottom() + 2.0))
    # The days beyond the line belong to the next plate: their dates on the axis are faded. The
    # lanes are not: the labels running past the line changed colour there, mid-word.
    beyond = QColor("#ffffff")
    beyond.setAlpha(150)
    painter.fillRect(QRectF(x + 0.6, rect.top(), rect.right() - x - 0.6, axis_height - 1.0), beyond)
    box, label = page_end_note(rect, x, continued_on)
    painter.setFont(_note_font())
    painter.setPen(INK["accent"])
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
    painter.restore()


def heading_width(paragraph: Paragraph) -> float:
    return QFontMetricsF(paragraph.font).horizontalAdvance(paragraph.text)


def _period_words(page: Slice) -> str:
    if not page.panels:
        return _words(page.first, page.last)
    # Panels in months (« septembre 2015 · janvier 2017 · mai – juillet 2017 »): their days,
    # padded around their events, would not fit on the line.
    pad = timedelta(days=PAD_DAYS)
    words = []
    for first, last in page.panels:
        a, b = min(first + pad, last), max(last - pad, first)
        words.append(datefmt.months_phrase((a.year, a.month), (b.year, b.month)))
    return " · ".join(words)


def _words(first: date, last: date) -> str:
    if first == last:
        return datefmt.day_phrase(first, weekday=False)
    whole_first = first.day == 1
    whole_last = last.day == calendar.monthrange(last.year, last.month)[1]
    if whole_first and whole_last:
        return datefmt.months_phrase((first.year, first.month), (last.year, last.month))
    return datefmt.span_phrase(first, last)


def paint_legend(painter: QPainter, rect: QRectF, style: Style) -> None:
    """What the marks mean, in the renderer's own colours, on one line."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    small = fonts.font(10)
    painter.setFont(small)
    x, y = rect.left(), rect.top() + rect.height() / 2.0
    entries = (
        ("exact", _tr("date exacte")),
        ("approximate", _tr("période approximative")),
        ("assumed", _tr("année supposée")),
        ("conflict", _tr("sources en désaccord sur la date")),
        ("reviewed", _tr("vérifié")),
        ("context", _tr("contexte (arrière-plan)")),
        ("cluster", _tr("événements regroupés faute de place")),
    )
    metrics = QFontMetricsF(small)
    for kind, label in entries:
        x = _mark(painter, kind, x, y, style)
        painter.setPen(INK["muted"])
        painter.drawText(QPointF(x + 5.0, y + metrics.ascent() / 2.0 - 1.0), label)
        x += 5.0 + metrics.horizontalAdvance(label) + 22.0
    note = _tr("Un couloir par acteur parmi les plus cités ; « Autres » réunit le reste. "
               "Un événement figure dans le couloir de chacun de ses acteurs.")
    painter.setPen(INK["faint"])
    width = metrics.horizontalAdvance(note)
    if x + width < rect.right():
        painter.drawText(QPointF(rect.right() - width, y + metrics.ascent() / 2.0 - 1.0), note)
    painter.restore()


def _mark(painter: QPainter, kind: str, x: float, y: float, style: Style) -> float:
    """Draws one legend mark at (x, y centre); returns where its label starts."""
    color = style.certainty_color(kind if kind in ("exact", "approximate", "assumed") else "exact")
    fill = QColor(color)
    fill.setAlpha(64)
    if kind == "exact":
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(x + 5.0, y), 5.0, 5.0)
        return x + 10.0
    if kind == "approximate":
        painter.setPen(QPen(color, 1.3))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(x, y - 6.0, 26.0, 12.0), 3.0, 3.0)
        return x + 26.0
    if kind == "assumed":
        pen = QPen(color, 1.3)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(x + 5.0, y), 5.0, 5.0)
        return x + 10.0
    if kind == "conflict":
        painter.setPen(QPen(QColor("#ffffff"), 1.0))
        painter.setBrush(style.colors["conflict"])
        painter.drawEllipse(QPointF(x + 4.0, y), 3.5, 3.5)
        return x + 8.0
    if kind == "reviewed":
        paint_reviewed_badges(painter, [QRectF(x, y - 4.5, 4.5, 4.5)], style)
        return x + 9.0
    if kind == "context":
        painter.setOpacity(CONTEXT_OPACITY)
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(x + 5.0, y), 5.0, 5.0)
        painter.setOpacity(1.0)
        return x + 10.0
    painter.setPen(QPen(style.colors["cluster_border"], 1.0))
    painter.setBrush(style.colors["cluster_fill"])
    painter.drawRoundedRect(QRectF(x, y - 7.0, 30.0, 14.0), 7.0, 7.0)
    painter.setFont(style.cluster_font)
    painter.setPen(style.colors["cluster_text"])
    painter.drawText(QRectF(x, y - 7.0, 30.0, 14.0), Qt.AlignmentFlag.AlignCenter, "12")
    painter.setFont(fonts.font(10))
    return x + 30.0
