"""A panel of the overview stretched for its last labels stops before the next panel's period:
the first panel of « Syrie 2017 et Vienne 2021 » ran on to 2017, and « 2017 » was printed twice."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QCoreApplication

from frise.export.overview import Planner, print_style
from frise.export.sheet import Sheet
from frise.render.model import TimelineItem

LONG = "Les signataires de l'accord de 2015 sur le nucléaire iranien se sont retrouvés mardi à Vienne"


def _item(i: int, first: date, last: date | None = None, title: str = "") -> TimelineItem:
    return TimelineItem(i, first, last or first, title or f"Événement {i}", lanes=(("Syrie", "Russie")[i % 2],))


def test_a_stretched_panel_stops_before_the_next_one(qapp: QCoreApplication) -> None:
    items = [
        _item(1, date(2015, 1, 1), date(2015, 12, 31), LONG),
        _item(3, date(2015, 9, 1), date(2015, 9, 30), LONG),
        _item(2, date(2017, 1, 1), date(2017, 1, 31), LONG),
    ]
    items += [_item(10 + k, date(2017, 5, 2) + timedelta(days=7 * k)) for k in range(10)]
    planner = Planner(items, {"Syrie": 0, "Russie": 1}, Sheet("A4", landscape=True), print_style())
    slices = planner.plan((date(2015, 1, 1), max(i.last for i in items)))
    multi = [page for page in slices if len(page.periods()) > 1]
    assert multi, [page.periods() for page in slices]
    for page in multi:
        frames = planner.panels(page)
        for (frame, _), (after, _) in pairwise(frames):
            assert frame.period[1] < after.period[0], (frame.period, after.period)
        for (frame, layout), (first, last) in zip(frames, page.periods(), strict=True):
            assert frame.period[0] == first and frame.period[1] >= last
            assert all(box.item_id in {i.id for i in frame.items} for box in layout.boxes)
