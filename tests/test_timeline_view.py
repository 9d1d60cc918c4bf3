"""The timeline widget with qtbot: zoom, pan, keys, clusters, lazy queries, state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from frise.render.geometry import Cluster
from frise.render.model import LaneSpec, TimelineItem
from frise.render.provider import ListProvider, first_item, last_item, neighbour
from frise.ui.overview import OverviewStrip
from frise.ui.timeline_view import TimelineView

START = date(2021, 1, 1)
ACTORS = ("France", "Allemagne", "Russie")


def make_items(count: int = 120, spacing: int = 3) -> list[TimelineItem]:
    return [
        TimelineItem(i + 1, START + timedelta(days=spacing * i), START + timedelta(days=spacing * i + (i % 5 == 0) * 4),
                     f"Événement {i + 1}", "exact", (ACTORS[i % 3],))
        for i in range(count)
    ]


@pytest.fixture
def provider() -> ListProvider:
    return ListProvider(make_items())


@pytest.fixture
def view(qtbot, provider) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.set_provider(provider)
    widget.show()
    qtbot.waitExposed(widget)
    widget.repaint()
    return widget


def shown_view(qtbot, items: list[TimelineItem], width: int, height: int) -> TimelineView:
    """A timeline of `items` (ListProvider sorts them), shown offscreen at `width` x `height`."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.set_provider(ListProvider(items))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wheel(widget: TimelineView, x: float, steps: int) -> None:
    pos = QPointF(x, 200.0)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def mouse(widget: TimelineView, kind: QEvent.Type, x: float, y: float, buttons=Qt.MouseButton.LeftButton) -> None:
    pos = QPointF(x, y)
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_opens_fitted_to_everything(view, provider) -> None:
    first, last = view.visible_range()
    span = provider.span()
    assert span is not None
    assert first <= span[0] and last >= span[1]
    view.zoom_in()
    view.fit_all()
    assert view.visible_range()[0] <= span[0]


def test_wheel_zooms_around_the_cursor(view) -> None:
    x = 600.0
    before_day = view._view.day(x)
    before_days = view._view.days
    with_signal = []
    view.visibleRangeChanged.connect(lambda a, b: with_signal.append((a, b)))
    wheel(view, x, 2)
    assert view._view.days < before_days
    assert view._view.day(x) == pytest.approx(before_day, abs=1e-6)
    assert with_signal
    wheel(view, x, -1)
    assert view._view.day(x) == pytest.approx(before_day, abs=1e-6)


def test_dragging_pans(view) -> None:
    view.zoom_in()
    view.zoom_in()
    start = view._view.start
    ppd = view._view.ppd
    mouse(view, QEvent.Type.MouseButtonPress, 500, 300)
    mouse(view, QEvent.Type.MouseMove, 450, 300)
    mouse(view, QEvent.Type.MouseMove, 400, 300)
    mouse(view, QEvent.Type.MouseButtonRelease, 400, 300, Qt.MouseButton.NoButton)
    assert view._view.start == pytest.approx(start + 100 / ppd)
    assert view.selected() is None  # a drag is not a click


def test_click_selects_and_arrows_move_by_date(qtbot, view, provider) -> None:
    view.set_visible_range(START, START + timedelta(days=20))
    view.repaint()
    layout = view.current_layout()
    box = next(b for b in layout.boxes if b.item_id == 2)
    dx = view._view.x(layout.metrics.start) - layout.metrics.x0
    x, y = box.rect.x + box.rect.w / 2 + dx, box.rect.y + box.rect.h / 2
    with qtbot.waitSignal(view.eventSelected) as blocker:
        mouse(view, QEvent.Type.MouseButtonPress, x, y)
        mouse(view, QEvent.Type.MouseButtonRelease, x, y, Qt.MouseButton.NoButton)
    assert blocker.args == [2] and view.selected() == 2
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected() == 3
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected() == 1
    with qtbot.waitSignal(view.eventSelected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert blocker.args == [-1]


def test_right_arrow_walks_past_the_cache(view, provider) -> None:
    view.set_visible_range(START, START + timedelta(days=10))
    view.repaint()
    view.select_event(1)
    for _ in range(60):
        view.select_next(+1)
    assert view.selected() == 61
    first, last = view.visible_range()
    assert first <= START + timedelta(days=180) <= last


def test_home_end_and_keys_for_zoom(qtbot, view, provider) -> None:
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected() == 120
    first, last = view.visible_range()
    assert first <= START + timedelta(days=357) <= last
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected() == 1
    days = view._view.days
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view._view.days < days
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view._view.days > days * 0.99
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[0] <= START


def test_cluster_click_zooms_into_its_period(qtbot) -> None:
    days = [START + timedelta(days=i // 30) for i in range(600)]
    crowded = [TimelineItem(i, day, day, "Réunion", "exact", ("A",)) for i, day in enumerate(days)]
    widget = shown_view(qtbot, crowded, 900, 300)
    layout = widget.current_layout()
    cluster = next(c for c in layout.clusters if widget._view.x0 + 5 < c.rect.x < 800)
    dx = widget._view.x(layout.metrics.start) - layout.metrics.x0
    x, y = cluster.rect.x + dx + 3, cluster.rect.y + cluster.rect.h / 2
    assert isinstance(widget.hit(x, y), Cluster)
    days = widget._view.days
    with qtbot.waitSignal(widget.clusterOpened) as blocker:
        mouse(widget, QEvent.Type.MouseButtonPress, x, y)
        mouse(widget, QEvent.Type.MouseButtonRelease, x, y, Qt.MouseButton.NoButton)
    assert sorted(blocker.args[0]) == sorted(cluster.item_ids)
    assert widget._view.days < days
    first, last = widget.visible_range()
    assert first <= cluster.first and cluster.last <= last


def test_provider_is_queried_lazily(view, provider) -> None:
    view.set_visible_range(START + timedelta(days=100), START + timedelta(days=130))
    view.refresh()  # forget the opening fetch (everything) so that the next one is narrow
    view.repaint()
    calls = provider.calls
    for _ in range(5):
        view.pan(-40)
        view.repaint()
    view.zoom_in()
    view.repaint()
    assert provider.calls == calls  # within the fetched margin: no query
    view.pan(-3000)
    view.repaint()
    assert provider.calls == calls + 1
    view.refresh()
    view.repaint()
    assert provider.calls == calls + 2


def test_filter_change_and_refresh(view, provider) -> None:
    provider.set_filter(lambda item: item.lanes == ("France",))
    view.refresh()
    layout = view.current_layout()
    shown = {b.item_id for b in layout.boxes} | {i for c in layout.clusters for i in c.item_ids}
    assert shown and all(i % 3 == 1 for i in shown)


def test_lanes_mode_toggle_and_state_round_trip(qtbot, view) -> None:
    assert [s.name for s in view.lanes()] == sorted(ACTORS)  # busiest first, then by name
    view.set_lanes([LaneSpec("Russie"), LaneSpec("France", collapsed=True)])
    layout = view.current_layout()
    assert [lane.name for lane in layout.lanes] == ["Russie", "France", "Autres"]
    view.toggle_lane("France")
    assert view.lanes()[1] == LaneSpec("France", False)
    view.set_visible_range(START + timedelta(days=30), START + timedelta(days=60))
    view.select_event(5)
    state = view.state()
    other = TimelineView()
    qtbot.addWidget(other)
    other.resize(1000, 500)
    other.set_provider(view.provider())
    other.restore_state(state)
    other.show()
    qtbot.waitExposed(other)
    assert other.lanes() == view.lanes()
    assert other.selected() == 5
    assert other.visible_range() == view.visible_range()
    view.set_lane_mode("source")
    assert view.lane_mode() == "source"


def test_tooltip_in_french(view) -> None:
    view.set_visible_range(START, START + timedelta(days=20))
    layout = view.current_layout()
    box = next(b for b in layout.boxes if b.item_id == 1)
    dx = view._view.x(layout.metrics.start) - layout.metrics.x0
    text = view._tooltip(box.rect.x + dx + box.rect.w / 2, box.rect.y + box.rect.h / 2)
    assert "Événement 1" in text and "du 1er au 5 janvier 2021" in text and "1 source" in text
    lane = layout.lanes[0]  # a lane's name, which its column may shorten, in full
    text = view._tooltip(lane.header.x + 20, lane.header.y + lane.header.h / 2)
    assert text.startswith(lane.name + "\n") and "replier" in text


def test_overview_strip_moves_the_view(qtbot, view) -> None:
    strip = OverviewStrip(view)
    qtbot.addWidget(strip)
    strip.resize(1000, 46)
    strip.show()
    view.set_visible_range(START, START + timedelta(days=20))
    assert sum(strip.density()) == 120
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(900, 20))
    first, last = view.visible_range()
    assert first > START + timedelta(days=200)
    strip.repaint()


def test_navigation_helpers_use_growing_windows(provider) -> None:
    first = first_item(provider)
    last = last_item(provider)
    assert first is not None and first.id == 1
    assert last is not None and last.id == 120
    calls = provider.calls
    assert neighbour(provider, first, +1) == provider.item(2)
    assert neighbour(provider, last, +1) is None
    assert neighbour(provider, last, -1) == provider.item(119)
    assert provider.calls - calls < 12


def test_list_provider_returns_intervals_that_meet_the_period(provider) -> None:
    found = provider.items(START + timedelta(days=2), START + timedelta(days=3))
    assert [i.id for i in found] == [1, 2]  # item 1 runs four days, item 2 starts on day 3


def test_lanes_below_the_area_get_a_scroll_bar_and_page_keys(qtbot) -> None:
    lanes = [f"Acteur {k:02d}" for k in range(30)]
    items = [TimelineItem(k + 1, START + timedelta(days=k), START + timedelta(days=k), f"Réunion {k}", "exact",
                          (lanes[k],)) for k in range(30)]
    widget = shown_view(qtbot, items, 900, 300)
    widget.repaint()
    layout = widget.current_layout()
    assert layout.content_height > widget.height()
    bar = widget._vbar
    assert bar.isVisible() and bar.maximum() == int(layout.content_height - widget.height() + 0.999)
    bar.setValue(bar.maximum())
    assert widget.scroll_position() == bar.maximum()
    qtbot.keyClick(widget, Qt.Key.Key_PageUp)
    assert 0 < widget.scroll_position() < bar.maximum()
    widget.grab()  # a paint brings the bar along
    assert bar.value() == round(widget.scroll_position())
    bar.setValue(0)
    for angle in (QPoint(0, -120), QPoint(-120, 0)):  # Alt+wheel; X11 delivers it as a horizontal wheel
        before, view = widget.scroll_position(), widget.visible_days()
        pos = QPointF(400.0, 150.0)
        QApplication.sendEvent(widget, QWheelEvent(
            pos, widget.mapToGlobal(pos), QPoint(), angle, Qt.MouseButton.NoButton, Qt.KeyboardModifier.AltModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        assert widget.scroll_position() > before and widget.visible_days() == view
    # A pan repaints the axis all along, the corner above the bar included, but not the bar.
    regions = []

    class Spy(QObject):
        def eventFilter(self, watched, event) -> bool:
            if watched is widget and event.type() == QEvent.Type.Paint:
                regions.append(event.region())
            return False

    spy = Spy()
    QApplication.processEvents()  # (what earlier steps left to paint)
    widget.installEventFilter(spy)
    for _ in range(3):  # (the first may still carry a whole-widget update from the steps above)
        widget.pan(-40.0)
        QApplication.processEvents()
    widget.removeEventFilter(spy)
    assert regions and regions[-1].contains(QPoint(widget.width() - 2, 5))
    assert not regions[-1].contains(QPoint(widget.width() - 2, widget.height() - 5))
    widget.resize(900, 2000)
    widget.grab()
    assert not bar.isVisible() and widget.scroll_position() == 0


def test_choosing_an_event_gathered_in_a_cluster_zooms_in_and_scrolls_to_it(qtbot) -> None:
    """The list or the arrow keys may choose an event the timeline counts in a cluster: the view
    zooms in around it until it has its own box, and scrolls the lanes to that box."""
    crowded = [TimelineItem(100 * k + j, START + timedelta(days=15 * j), START + timedelta(days=15 * j), "Réunion",
                            "exact", (f"Lane {k:02d}",)) for k in range(12) for j in range(40)]
    # 25 events on 25 days in the last lane, far below the area and clustered when fitted
    crowded += [TimelineItem(5000 + d, START + timedelta(days=300 + d), START + timedelta(days=300 + d),
                             "Rencontre", "exact", ("Zone",)) for d in range(25)]
    widget = shown_view(qtbot, crowded, 900, 300)
    widget.fit_all()
    layout = widget.current_layout()
    target = 5012
    assert any(target in c.item_ids for c in layout.clusters)
    assert widget.scroll_position() == 0 and layout.content_height > widget.height()
    days_before = widget._view.days
    widget.select_event(target)
    widget.ensure_visible(target)
    layout = widget.current_layout()
    boxes = [b for b in layout.boxes if b.item_id == target]
    assert boxes and widget._view.days < days_before
    dx = widget._view.x(layout.metrics.start) - layout.metrics.x0
    box = boxes[0]
    assert widget._view.x0 <= box.rect.x + dx <= widget.width()
    top = widget.scroll_position() + layout.options.axis_height
    assert top <= box.rect.y and box.rect.bottom <= widget.scroll_position() + widget.height()


def test_no_scroll_bar_when_the_lanes_just_fill_the_area(qtbot) -> None:
    lanes = [f"Acteur {k:02d}" for k in range(5)]
    items = [TimelineItem(k * 10 + j + 1, START + timedelta(days=40 * j + k), START + timedelta(days=40 * j + k),
                          f"R {k}", "exact", (lanes[k],)) for k in range(5) for j in range(3)]
    widget = shown_view(qtbot, items, 900, 400)
    for height in range(250, 1000, 7):  # the lane heights are floats summing to the area's height
        widget.resize(900, height)
        widget.fit_all()
        widget.grab()
        assert widget._vbar.isVisible() == (widget.current_layout().content_height > height + 0.5), height


def test_an_event_no_zoom_can_separate_leaves_the_view_where_it_was(qtbot) -> None:
    same_day = [TimelineItem(i + 1, START + timedelta(days=300), START + timedelta(days=300), f"Sommet {i}", "exact",
                             ("France",)) for i in range(12)]
    spread = [TimelineItem(100 + d, START + timedelta(days=d * 10), START + timedelta(days=d * 10), "Visite", "exact",
                           ("Allemagne",)) for d in range(70)]
    widget = shown_view(qtbot, same_day + spread, 900, 400)
    widget.fit_all()
    clustered = {i for c in widget.current_layout().clusters for i in c.item_ids}
    target = next(i for i in range(1, 13) if i in clustered)
    before = widget.visible_days()
    widget.select_event(target)
    widget.ensure_visible(target)
    assert widget.visible_days() == before  # twelve on one day never get boxes of their own
    assert any(target in c.item_ids for c in widget.current_layout().clusters)


def test_fit_all_leaves_room_for_the_last_labels(qtbot) -> None:
    items = [TimelineItem(i + 1, START + timedelta(days=30 * i), START + timedelta(days=30 * i),
                          f"Réunion des ministres numéro {i + 1}", "exact", (ACTORS[i % 3],)) for i in range(12)]
    widget = shown_view(qtbot, items, 1000, 400)
    widget.fit_all()
    layout = widget.current_layout()
    view = widget._view
    dx = view.x(layout.metrics.start) - layout.metrics.x0
    last = max((b for b in layout.boxes), key=lambda b: b.rect.x)
    assert last.item_id == 12 and not last.shortened
    assert last.footprint_end + dx <= view.x0 + view.width  # its title is not cut at the edge
    first, end = widget.visible_range()
    assert first <= items[0].first and items[-1].last <= end


def test_revealing_a_long_event_stops_before_it_fills_the_view(qtbot) -> None:
    crowd = [TimelineItem(i + 1, START + timedelta(days=300 + i % 30), START + timedelta(days=300 + i % 30),
                          f"Réunion {i}", "exact", ("A",)) for i in range(200)]
    spread = [TimelineItem(1000 + d, START + timedelta(days=20 * d), START + timedelta(days=20 * d), "Visite",
                           "exact", ("B",)) for d in range(36)]
    long = TimelineItem(999, START + timedelta(days=305), START + timedelta(days=324), "Longue négociation",
                        "exact", ("A",))
    widget = shown_view(qtbot, [*crowd, *spread, long], 900, 300)
    widget.fit_all()
    assert any(999 in c.item_ids for c in widget.current_layout().clusters)
    widget.select_event(999)
    widget.ensure_visible(999)
    view = widget._view
    assert 20 * view.ppd <= 0.6 * view.width + 1e-6  # its title, at its left end, stays on screen


def test_lanes_follow_what_the_visible_period_holds_and_stay_put_while_panning(qtbot) -> None:
    """Lanes were ordered by their count over the whole collection: a lane busy in 2019 and
    silent in view sat between the lanes of the events in view."""
    items = [TimelineItem(k + 1, date(2019, 1, 1) + timedelta(days=k), date(2019, 1, 1) + timedelta(days=k),
                          f"Vieux {k}", "exact", ("Ancien",)) for k in range(40)]
    items += [TimelineItem(100 + k, date(2021, 3, 1) + timedelta(days=2 * k), date(2021, 3, 1) + timedelta(days=2 * k),
                           f"Récent {k}", "exact", (("Bleu", "Vert")[k % 2],)) for k in range(12)]
    items += [TimelineItem(200, date(2021, 3, 10), date(2021, 3, 10), "Seul", "exact", ("Rouge",))]

    class Collection(ListProvider):
        def lane_names(self, mode: str) -> list[str]:  # as the window's provider: busiest overall first
            return ["Ancien", "Bleu", "Vert", "Rouge"]

    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.set_provider(Collection(items))
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_visible_range(date(2021, 2, 20), date(2021, 4, 10))
    keys = [lane.key for lane in widget.current_layout().lanes]
    assert keys.index("Ancien") > max(keys.index("Bleu"), keys.index("Vert"), keys.index("Rouge"))
    assert keys.index("Rouge") > max(keys.index("Bleu"), keys.index("Vert"))  # the busiest in view on top
    for _ in range(6):  # panning a little does not reorder
        widget.pan(-7.0)
        assert [lane.key for lane in widget.current_layout().lanes] == keys
    widget.set_visible_range(date(2018, 12, 20), date(2019, 2, 20))  # Ancien's months
    keys = [lane.key for lane in widget.current_layout().lanes]
    assert keys[0] == "Ancien"
