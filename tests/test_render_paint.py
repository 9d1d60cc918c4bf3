"""Painting checked on a QImage and read back from a PDF: one renderer for every device."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

from frise.render import french
from frise.render.model import TimelineItem
from frise.render.style import Style
from frise.render.surface import paint_on_device, render_image, render_timeline

START = date(2023, 3, 1)


@pytest.fixture
def items() -> list[TimelineItem]:
    titles = ["Sommet du G7", "Accord sur le gaz", "Visite à Kyiv", "Conseil européen"]
    return [
        TimelineItem(i, day, day, titles[i % 4], "exact", ("France",))
        for i, day in enumerate(START + timedelta(days=3 * k) for k in range(10))
    ]


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance


def paint(items, qapp, **options) -> tuple[QImage, object]:
    image = QImage(1000, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    layout = render_timeline(painter, items, QRectF(0, 0, 1000, 400), **options)
    painter.end()
    return image, layout


def test_a_point_is_drawn_in_its_certainty_colour(qapp, items) -> None:
    image, layout = paint(items, qapp)
    box = layout.boxes[0]
    centre = image.pixelColor(round(box.rect.x + box.rect.w / 2), round(box.rect.y + box.rect.h / 2))
    assert close(centre, QColor(Style().palette.exact))


def test_labels_are_drawn_in_text_colour(qapp, items) -> None:
    image, layout = paint(items, qapp)
    box = layout.boxes[0]
    r = box.label_rect
    dark = [image.pixelColor(x, round(r.y + r.h / 2)) for x in range(round(r.x), round(r.right))]
    assert any(c.lightness() < 120 for c in dark)


def test_reviewed_events_carry_a_green_badge(qapp, items) -> None:
    reviewed = [item._replace(reviewed=item.id == 2) for item in items]
    image, layout = paint(reviewed, qapp)
    green = QColor(Style().palette.reviewed)

    def badge(item_id: int) -> bool:
        box = next(b for b in layout.boxes if b.item_id == item_id)
        r = box.rect
        corner = [image.pixelColor(x, y) for x in range(round(r.right) - 4, round(r.right) + 4)
                  for y in range(round(r.bottom) - 4, round(r.bottom) + 4)]
        return sum(close(c, green) for c in corner) >= 6

    assert badge(2) and not badge(1) and not badge(3)


def test_the_selected_item_is_highlighted(qapp, items) -> None:
    plain, layout = paint(items, qapp)
    chosen, _ = paint(items, qapp, selected=items[3].id)
    box = next(b for b in layout.boxes if b.item_id == items[3].id)
    x, y = round(box.label_rect.right + 2), round(box.label_rect.y + 1)
    assert close(chosen.pixelColor(x, y), QColor(Style().palette.selection_fill), 20)
    assert not close(plain.pixelColor(x, y), QColor(Style().palette.selection_fill), 20)


def test_today_line_is_drawn_when_visible(qapp, items) -> None:
    today = START + timedelta(days=14)
    image, layout = paint(items, qapp, today=today)
    x = round(layout.metrics.x(today.toordinal() + 0.5))
    bottom = image.height() - 3
    assert close(image.pixelColor(x, bottom), QColor(Style().palette.today), 60)
    outside, _ = paint(items, qapp, today=START + timedelta(days=400))
    assert not close(outside.pixelColor(x, bottom), QColor(Style().palette.today), 60)


def test_clusters_are_pills_with_their_count(qapp) -> None:
    days = [START + timedelta(days=i // 40) for i in range(800)]
    crowded = [TimelineItem(i, day, day, "Réunion", "exact", ("A",)) for i, day in enumerate(days)]
    image, layout = paint(crowded, qapp)
    assert layout.clusters
    pill = layout.clusters[0].rect
    inside = image.pixelColor(round(pill.x + 3), round(pill.y + pill.h / 2))
    assert close(inside, QColor(Style().palette.cluster_fill), 40)


def test_render_image_and_empty_message(qapp, items) -> None:
    image = render_image(items, 600, 300, device_pixel_ratio=2.0)
    assert (image.width(), image.height()) == (1200, 600)
    empty = render_image([], 600, 300)
    assert not empty.isNull()
    assert french.empty_message()


def test_pdf_is_vector_with_french_text(qapp, items, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "frise.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(600)
    layout = paint_on_device(writer, items, today=START + timedelta(days=5))
    assert layout.boxes
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Sommet du G7" in text and "mars 2023" in text
    assert not reader.pages[0].images  # drawn with vectors and text, no pixmaps


def test_labels_show_whole_or_end_in_an_ellipsis_inside_the_view(qapp) -> None:
    """« Rex Tillerson a qualifié le 6 juill » was cut by the right edge, and the ends of labels
    whose events sat left of the view showed at its left edge."""
    from frise.render.layout import layout_timeline
    from frise.render.metrics import Metrics
    from frise.render.painter import drawn_labels

    style = Style()
    long_title = "Rex Tillerson a qualifié le 6 juillet ces incidents de « mineurs » et s'est félicité"
    items = [
        TimelineItem(1, date(2017, 6, 20), date(2017, 6, 20), long_title, "exact", ("Syrie",)),
        TimelineItem(2, date(2017, 7, 6), date(2017, 7, 6), long_title, "exact", ("Russie",)),
        TimelineItem(3, date(2017, 7, 1), date(2017, 7, 12), "Deux jours de négociations à Astana", "exact",
                     ("Iran",)),
    ]
    width, gutter = 900.0, 120.0
    options = style.layout_options(gutter)
    start = date(2017, 6, 25).toordinal()
    ppd = (width - gutter) / 16.0
    view = Metrics(start, ppd, width - gutter, gutter)  # 25 June to 10 July
    wide = Metrics(start - 16.0, ppd, 3 * (width - gutter), gutter - 16.0 * ppd)  # a screen either side
    layout = layout_timeline(items, wide, (width, 400.0), measure=style.label_measure, options=options,
                             elide=style.label_measure.elide)
    shown = {item_id: (x, text) for item_id, x, text in drawn_labels(layout, style, view)}
    assert 1 not in shown  # its event is off to the left: no piece of its label
    x, text = shown[2]
    assert text.endswith("…") and x + style.label_measure(text) <= width
    x, text = shown[3]  # the bar starts before the view: its title slides into it, whole
    assert x >= gutter and text == "Deux jours de négociations à Astana"
    narrower = drawn_labels(layout, style, view, right_inset=300.0)
    assert all(x + style.label_measure(text) <= width - 300.0 for _, x, text in narrower)


def test_axis_labels_are_never_cut_at_the_edges(qapp) -> None:
    """« août 2 » at the right edge of the axis."""
    from frise.render.axis import axis_ticks
    from frise.render.metrics import Metrics
    from frise.render.paint_frame import axis_labels

    style = Style()
    width, gutter = 900.0, 120.0
    options = style.layout_options(gutter)
    for offset in range(0, 40, 3):
        view = Metrics(date(2017, 5, 1).toordinal() + offset, (width - gutter) / 95.0, width - gutter, gutter)
        majors, minors = axis_labels(axis_ticks(view), style, options, width)
        assert majors
        for x, text in majors:
            assert gutter <= x and x + style.axis_major_measure(text) <= width
        for x, text in minors:
            assert gutter <= x and x + style.axis_minor_measure(text) <= width
