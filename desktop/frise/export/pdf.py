"""The PDF export: title block, overview pages drawn by `frise.render`, chronology, sources.

Two passes. The first sets every block and chooses the overview's pages, so the number of pages
is known; the second paints them with QPdfWriter, turning the paper for the landscape overview
and back for the portrait chronology, with "page 3 / 7" in every footer. The PDF is built in
memory and written by one rename: an export that fails, or is refused because the filter keeps
nothing, leaves no file behind.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPdfWriter, QPen

from frise.events.model import Event
from frise.export import chronology, fonts
from frise.export.citations import number_sources
from frise.export.options import PdfOptions
from frise.export.overview import (
    Planner,
    Slice,
    actor_ranking,
    print_style,
    timeline_items,
)
from frise.export.overview_page import paint_page
from frise.export.printpainter import PrintPainter
from frise.export.qt import ensure_gui_application
from frise.export.selection import require_events
from frise.export.sheet import INK, Sheet
from frise.export.typeset import Block, Drawing, Paragraph, TextPage, paginate
from frise.export.writing import write_atomically
from frise.render import datefmt
from frise.render.overview import overview_metrics, paint_overview
from frise.store.records import ArticleRow

RESOLUTION = 1200
LOGICAL_DPI = 96.0
STRIP_HEIGHT = 86.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


@dataclass(frozen=True, slots=True)
class PdfReport:
    """What was written: where, how many pages, of which how many show the overview."""

    path: Path
    pages: int
    events: int
    overview_pages: int = 0


@dataclass(slots=True)
class Document:
    """Every page, set and counted, ready to paint."""

    portrait: Sheet
    landscape: Sheet
    pages: list[TextPage | Slice] = field(default_factory=list)
    planner: Planner | None = None
    overview_pages: int = 0


def export_pdf(
    events: Sequence[Event],
    articles: Mapping[int, ArticleRow],
    path: str | os.PathLike[str],
    options: PdfOptions | None = None,
) -> PdfReport:
    """Write the chronology of `events` (their sources described by `articles`) to `path`.

    Raises EmptySelection, writing nothing, when no event is dated.
    """
    options = options or PdfOptions()
    dated = require_events(events)
    ensure_gui_application()
    document = build_document(dated, articles, options)
    data = paint_document(document, options)
    target = write_atomically(path, data)
    return PdfReport(target, len(document.pages), len(dated), document.overview_pages)


def build_document(events: list[Event], articles: Mapping[int, ArticleRow], options: PdfOptions) -> Document:
    """First pass: set the text, choose the overview's pages, paginate."""
    portrait = Sheet(options.page_size, landscape=False)
    landscape = portrait.turned()
    width = portrait.content.width()
    numbers = number_sources(events)
    facts = chronology.Facts(
        first=min(e.first for e in events if e.first), last=max(e.last for e in events if e.last),
        events=len(events), articles=len(numbers))
    body = chronology.chronology_blocks(events, numbers, width)
    if options.sources:
        body += chronology.sources_blocks(numbers, articles, width)
    title = chronology.title_block(options, facts, width)
    height = portrait.content.height()
    document = Document(portrait, landscape)
    if not options.overview:
        document.pages = list(paginate([title, chronology.reading_block(width), *body], height))
        return document

    planner = Planner(timeline_items(events), actor_ranking(events), landscape, print_style())
    span = options.view_range or (facts.first, facts.last)
    slices = planner.plan(span, clip=options.view_range is not None)
    text_pages = paginate(body, height)

    def cover(pages: int) -> list[Block]:
        """The title page(s) when `pages` long: title block, density strip, contents, key."""
        first_text = pages + 1 + len(slices)
        last_text = first_text + len(text_pages) - 1
        sources_at = next((first_text + k for k, page in enumerate(text_pages) if "sources" in page.tags()), None)
        chronology_end = last_text
        if sources_at is not None:
            chronology_end = sources_at - 1 if _starts_with_sources(text_pages[sources_at - first_text]) else sources_at
        entries = [
            (_tr("Vue d'ensemble"), _pages(pages + 1, pages + len(slices))),
            (_tr("Chronologie"), _pages(first_text, chronology_end)),
        ]
        if sources_at is not None:
            entries.append((_tr("Sources"), _pages(sources_at, last_text)))
        strip = Drawing(width, STRIP_HEIGHT, lambda p, r: _paint_strip(p, r, planner, span, slices, pages + 1))
        return [title, chronology.strip_block(width, strip, _tr("Répartition des événements dans le temps")),
                chronology.contents_block(entries, width), chronology.reading_block(width)]

    # The contents give page numbers, which depend on how many pages the cover takes; its
    # height does not depend on the numbers, so one trial run says.
    cover_pages = paginate(cover(len(paginate(cover(1), height))), height)
    document.pages = [*cover_pages, *slices, *text_pages]
    document.planner = planner
    document.overview_pages = len(slices)
    return document


def _starts_with_sources(page: TextPage) -> bool:
    return bool(page.blocks) and page.blocks[0][1].tag == "sources"


def _pages(first: int, last: int) -> str:
    if last <= first:
        return _tr("page {n}").format(n=first)
    return _tr("pages {first} à {last}").format(first=first, last=last)


def _paint_strip(
    painter: QPainter, rect: QRectF, planner: Planner, span: tuple[date, date], slices: Sequence[Slice], first: int
) -> None:
    """The density of events over the whole span, with a bracket under each overview page."""
    bar = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - 22.0)
    days = (float(span[0].toordinal()), float(span[1].toordinal() + 1))
    density = planner.provider.density(span[0], span[1], max(int(bar.width() / 5.0), 1))
    paint_overview(painter, bar, days, density, planner.style)
    m = overview_metrics(days, bar)
    painter.setFont(fonts.font(10))
    y = bar.bottom() + 6.0
    label_end = -1e9
    for number, page in enumerate(slices, start=first):
        painter.setPen(QPen(INK["accent"], 1.0))
        for period_first, period_last in page.periods():  # a bracket under each panel of the page
            left = max(m.x(period_first.toordinal()), bar.left())
            right = min(m.x(period_last.toordinal() + 1), bar.right())
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.drawLine(QPointF(left, y - 3.0), QPointF(left, y))
            painter.drawLine(QPointF(right, y - 3.0), QPointF(right, y))
        left = max(m.x(page.periods()[-1][0].toordinal()), bar.left())
        right = min(m.x(page.last.toordinal() + 1), bar.right())
        label = _tr("p. {n}").format(n=number)
        width = QFontMetricsF(painter.font()).horizontalAdvance(label)
        x = max((left + right - width) / 2.0, label_end + 6.0)
        if x + width <= rect.right():
            painter.setPen(INK["muted"])
            painter.drawText(QPointF(x, y + 12.0), label)
            label_end = x + width


def paint_document(document: Document, options: PdfOptions) -> bytes:
    """Second pass: paint every page into a PDF held in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(options.document_title)
    writer.setCreator("Frise")
    sheets = [document.landscape if isinstance(page, Slice) else document.portrait for page in document.pages]
    writer.setPageLayout(sheets[0].page_layout())
    painter = PrintPainter()
    if not painter.begin(writer):
        raise OSError(_tr("Impossible de préparer le PDF."))
    scale = RESOLUTION / LOGICAL_DPI
    total = len(document.pages)
    try:
        for index, (page, sheet) in enumerate(zip(document.pages, sheets, strict=True)):
            if index:
                writer.setPageLayout(sheet.page_layout())
                writer.newPage()
            painter.save()
            painter.resetTransform()
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if isinstance(page, Slice):
                assert document.planner is not None
                overview_index = sum(1 for p in document.pages[:index] if isinstance(p, Slice)) + 1
                following = index + 2 if index + 1 < total and isinstance(document.pages[index + 1], Slice) else None
                paint_page(painter, sheet, page, overview_index, document.overview_pages, document.planner,
                           following)
            else:
                _paint_text_page(painter, sheet, page, header=index > 0, options=options)
            _paint_footer(painter, sheet, index + 1, total, options)
            painter.restore()
    finally:
        painter.end()
    return bytes(buffer.data().data())


def _paint_text_page(painter: QPainter, sheet: Sheet, page: TextPage, *, header: bool, options: PdfOptions) -> None:
    c = sheet.content
    if header:
        left = Paragraph(options.collection_name, fonts.font(10), c.width() * 0.6, INK["muted"], max_lines=1)
        right = Paragraph(chronology.running_head(page.tags()), fonts.font(10, bold=True), c.width() * 0.4,
                          INK["muted"], align=Qt.AlignmentFlag.AlignRight, max_lines=1)
        top = sheet.header_baseline - left.height + 4.0
        left.paint(painter, c.left(), top)
        right.paint(painter, c.right() - c.width() * 0.4, top)
        painter.setPen(QPen(INK["rule"], 0.5))
        painter.drawLine(QPointF(c.left(), top + left.height + 4.0), QPointF(c.right(), top + left.height + 4.0))
    for y, block in page.blocks:
        block.paint(painter, c.left(), c.top() + y)


def _paint_footer(painter: QPainter, sheet: Sheet, number: int, total: int, options: PdfOptions) -> None:
    c = sheet.content
    words = _tr("{name} · exporté de Frise le {day}").format(
        name=options.collection_name, day=datefmt.day_phrase(options.exported_on, weekday=False))
    left = Paragraph(words, fonts.font(10), c.width() * 0.7, INK["faint"], max_lines=1)
    right = Paragraph(_tr("page {n} / {total}").format(n=number, total=total), fonts.font(10), c.width() * 0.3,
                      INK["muted"], align=Qt.AlignmentFlag.AlignRight)
    top = sheet.footer_baseline - left.height
    left.paint(painter, c.left(), top)
    right.paint(painter, c.right() - c.width() * 0.3, top)

