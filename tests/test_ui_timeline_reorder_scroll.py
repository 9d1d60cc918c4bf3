"""When a zoom or a filter orders the lanes again, the timeline does not stay scrolled onto the
empty lanes the new order puts at the bottom: it shows the chosen event, or the top."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from frise.render.model import TimelineItem
from frise.render.provider import ListProvider
from frise.ui.timeline_view import TimelineView

OLD = [f"Ancien {k:02d}" for k in range(12)]
NEW = ["Nouveau A", "Nouveau B"]


class Collection(ListProvider):
    def lane_names(self, mode: str) -> list[str]:  # as the window's provider: busiest overall first
        return OLD + NEW


def _items() -> list[TimelineItem]:
    items = [
        TimelineItem(
            100 * lane + k + 1,
            date(2019, 3, 1) + timedelta(days=3 * k),
            date(2019, 3, 1) + timedelta(days=3 * k),
            f"Vieux {lane}-{k}",
            "exact",
            (name,),
        )
        for lane, name in enumerate(OLD)
        for k in range(5)
    ]
    items += [
        TimelineItem(
            5000 + k,
            date(2021, 6, 1) + timedelta(days=4 * k),
            date(2021, 6, 1) + timedelta(days=4 * k),
            f"Récent {k}",
            "exact",
            (NEW[k % 2],),
        )
        for k in range(6)
    ]
    return items


def _view(qtbot: QtBot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 260)  # far fewer lanes fit than there are
    widget.set_provider(Collection(_items()))
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_visible_range(date(2019, 2, 20), date(2019, 4, 10))
    widget.current_layout()
    return widget


def _lane_top(widget: TimelineView, key: str) -> float:
    layout = widget.current_layout()
    return next(lane.rect.y for lane in layout.lanes if lane.key == key)


def test_scrolled_down_then_a_zoom_elsewhere_shows_the_busy_lanes_on_top(qtbot: QtBot) -> None:
    widget = _view(qtbot)
    widget.ensure_visible(1100 + 3)  # an event of the last old lane: the lanes scroll down to it
    assert widget.scroll_position() > 0
    widget.set_visible_range(date(2021, 5, 25), date(2021, 7, 1))
    layout = widget.current_layout()
    assert [lane.key for lane in layout.lanes][:2] == NEW
    assert widget.scroll_position() == 0.0


def test_the_chosen_event_stays_in_sight_when_the_lanes_are_ordered_again(qtbot: QtBot) -> None:
    widget = _view(qtbot)
    widget.ensure_visible(600 + 2)  # scrolled to the middle of the old lanes
    before = widget.scroll_position()
    assert before > 0
    widget.select_event(5000 + 1)  # a recent event, chosen in the list
    widget.set_visible_range(date(2021, 5, 25), date(2021, 7, 1))
    layout = widget.current_layout()
    top = widget.scroll_position() + layout.options.axis_height
    boxes = [box.rect for box in layout.boxes if box.item_id == 5001]
    assert boxes and any(top <= r.y and r.bottom <= widget.scroll_position() + widget.height() for r in boxes)
    lane = next(box.lane for box in layout.boxes if box.item_id == 5001)
    lane_top = next(band.rect.y for band in layout.lanes if band.index == lane)
    assert lane_top >= top  # its lane's name is in sight, not cut under the axis


def test_a_pan_that_keeps_the_order_keeps_the_scroll(qtbot: QtBot) -> None:
    widget = _view(qtbot)
    widget.ensure_visible(1100 + 3)
    position = widget.scroll_position()
    widget.pan(-5.0)
    widget.current_layout()
    assert widget.scroll_position() == position
