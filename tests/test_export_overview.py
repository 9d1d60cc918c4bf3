"""The overview's plan: few legible pages, in order, covering every event, lanes per page."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication

from frise.export.overview import (
    HANDFUL,
    MAX_PAGES,
    Planner,
    actor_ranking,
    blur,
    page_lanes,
    print_style,
    stretch_limit,
    timeline_items,
)
from frise.export.sheet import Sheet
from frise.render.model import TimelineItem
from tests.test_export_pdf import synthetic


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


def plan(count: int) -> tuple[list[TimelineItem], list]:
    events, _ = synthetic(count)
    items = timeline_items(events)
    planner = Planner(items, actor_ranking(events), Sheet("A4", landscape=True), print_style())
    span = (min(i.first for i in items), max(i.last for i in items))
    return items, planner.plan(span)


@pytest.mark.parametrize("count", [5, 60, 1500])
def test_pages_are_ordered_disjoint_and_cover_every_event(count: int) -> None:
    items, slices = plan(count)
    assert 1 <= len(slices) <= MAX_PAGES
    assert all(a.last < b.first for a, b in pairwise(slices))
    for item in items:
        assert any(item.first <= last and item.last >= first for s in slices for first, last in s.periods()), item
    assert sum(s.count for s in slices) >= len(items)
    assert all(s.count > HANDFUL for s in slices) or len(slices) == 1  # no page for a handful of events


def test_sparse_stretches_are_gathered_beside_the_busy_period() -> None:
    """The seeds' overview spent a landscape page on two events (September 2015 and January
    2017, over seventeen months) and another on the eleven of May to July 2017."""
    def item(i: int, first: date, last: date | None = None) -> TimelineItem:
        return TimelineItem(i, first, last or first, f"Événement {i}", lanes=(("Syrie", "Russie")[i % 2],))

    items = [item(1, date(2015, 9, 1), date(2015, 9, 30)), item(2, date(2017, 1, 1), date(2017, 1, 31))]
    items += [item(10 + k, date(2017, 5, 2) + (date(2017, 5, 9) - date(2017, 5, 2)) * k) for k in range(10)]
    planner = Planner(items, {"Syrie": 0, "Russie": 1}, Sheet("A4", landscape=True), print_style())
    slices = planner.plan((date(2015, 9, 1), max(i.last for i in items)))
    assert len(slices) == 1 and slices[0].count == len(items)
    panels = slices[0].periods()
    assert len(panels) == 3
    assert panels[0][1] < date(2015, 11, 1) and date(2016, 12, 1) < panels[1][0]  # cut to the events
    assert panels[2][0] > date(2017, 4, 20) and panels[2][1] < date(2017, 8, 1)
    frames = planner.panels(slices[0])
    assert [len(frame.items) for frame, _ in frames] == [1, 1, 10]
    lanes = {tuple(lane.key for lane in layout.lanes) for _, layout in frames}
    assert len(lanes) == 1  # the panels' lanes line up


def test_a_page_is_stretched_for_its_last_labels_but_shows_only_its_own_events() -> None:
    events, _ = synthetic(12)
    items = timeline_items(events)
    planner = Planner(items, actor_ranking(events), Sheet("A4", landscape=True), print_style())
    last = max(items, key=lambda i: i.first)
    frame, layout = planner.printed(date(last.first.year, last.first.month, 1), last.last)
    assert frame.period[1] >= last.last
    assert all(box.footprint_end <= layout.size[0] for box in layout.boxes)
    assert all(i.first <= last.last for i in frame.items)


def test_lanes_per_page_follow_the_selection_order() -> None:
    def item(i: int, *actors: str) -> TimelineItem:
        return TimelineItem(i, date(2017, 5, i), date(2017, 5, i), f"e{i}", lanes=actors)

    ranking = {"Russie": 0, "Syrie": 1, "Iran": 2, "Turquie": 3}
    items = [item(1, "Turquie"), item(2, "Turquie", "Iran"), item(3, "Syrie"), item(4, "Qatar")]
    lanes = [lane.name for lane in page_lanes(items, ranking, limit=3)]
    assert lanes == ["Syrie", "Turquie"]  # the two busiest (ties by rank), then "Autres" from the renderer
    assert [lane.name for lane in page_lanes(items[:3], ranking, limit=3)] == ["Syrie", "Iran", "Turquie"]


def test_blur_and_stretch_limits() -> None:
    days = [TimelineItem(i, date(2017, 5, d), date(2017, 5, d), "x") for i, d in enumerate((2, 3, 4, 20))]
    assert blur(days, ppd=1.0) == pytest.approx(2 / 4)
    assert blur(days, ppd=10.0) == 0.0
    assert stretch_limit(2) == 2.0 and stretch_limit(1000) == 0.25


def _lines(page: object) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text on a PDF page, as pypdf reads it back."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], " ".join(text.split())))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


def test_the_continuation_note_hides_no_label_and_no_fold_arrow_is_printed(tmp_path) -> None:
    """« suite page 5 › » was printed over the last line of labels; the lanes' ▼ were printed."""
    from pypdf import PdfReader

    from frise.export import PdfOptions, export_pdf

    events, articles = synthetic(20)
    path = tmp_path / "apercu.pdf"
    report = export_pdf(events, articles, path, PdfOptions(exported_on=date(2026, 1, 15)))
    assert report.overview_pages >= 2
    reader = PdfReader(path)
    notes = 0
    for page in reader.pages:
        pieces = _lines(page)
        for x, y, text in pieces:
            if not text.startswith("suite page"):
                continue
            notes += 1
            others = [(ox, oy, t) for ox, oy, t in pieces if t != text and abs(oy - y) < 8.0 and not t.startswith(
                ("date exacte", "période", "année", "sources en", "vérifié", "événements regroupés", "12"))]
            assert not [o for o in others if o[0] + 40 > x], others  # nothing on its line to its right
    assert notes >= 1


def test_printed_lanes_have_no_fold_arrows(app) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from frise.render.surface import render_timeline

    items = [TimelineItem(i, date(2017, 5, 1 + i), date(2017, 5, 1 + i), f"e{i}", lanes=("Russie",)) for i in range(5)]
    for marks in (True, False):
        image = QImage(800, 300, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        layout = render_timeline(painter, items, QRectF(0, 0, 800, 300), style=print_style(), fold_marks=marks)
        painter.end()
        lane = layout.lanes[0]
        cy = lane.rect.y + min(lane.rect.h, layout.options.row_height + 2 * layout.options.lane_padding) / 2
        arrow = image.pixelColor(7, round(cy - 2.0))  # inside the ▼, left of where the name starts
        assert (arrow.lightness() < 200) is marks
