"""The window as a new user finds it (issue J): room for the timeline, a source pane that
follows the filter, the period fields' tab order, filters that frame what they keep."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frise.store.views import EventFilter
from frise.ui import settings as keys
from frise.ui.main_window import MainWindow
from tests.test_ui_main_window import apply_filter, list_ids, open_window
from tests.ui_support import seeded_db


@pytest.fixture
def seeded(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_db(tmp_path, tmp_path_factory.getbasetemp())


@pytest.fixture
def window(qtbot: QtBot, seeded: Path):
    opened = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    yield opened
    opened.close()
    opened.session.close()


def test_the_timeline_has_the_room_until_an_event_is_chosen(qtbot: QtBot, seeded: Path) -> None:
    values: dict[str, Any] = {keys.FIRST_RUN.key: False}
    window = open_window(qtbot, seeded, values)
    window.resize(790, 700)  # inside the offscreen screen (800×800), which restoreGeometry() respects
    QApplication.processEvents()
    assert window.sources.isHidden()
    assert window.timeline.width() > 0.6 * window.width()  # the empty pane took about 40 % of it
    event_id = list_ids(window)[2]
    window.select_event(event_id, "list")
    assert window.sources.isVisible() and window.sources.shown_event is not None
    assert window.timeline.width() < 0.6 * window.width()
    main = window.splitters["mainSplitter"]
    sizes = main.sizes()
    main.setSizes([sizes[0], sizes[1] + sizes[2] - 290, 290])
    QApplication.processEvents()
    chosen = window.sources.width()
    window.close()
    window.session.close()

    again = open_window(qtbot, seeded, values)  # on the event chosen last, at the width left
    assert again.current_event == event_id and again.sources.isVisible()
    assert again.sources.width() == chosen
    again.close()
    again.session.close()


def test_a_filter_that_leaves_the_shown_event_out_empties_the_source_pane(window: MainWindow) -> None:
    ids = list_ids(window)
    window.select_event(ids[0], "list")
    title = window.sources.shown_event.title  # type: ignore[union-attr]
    apply_filter(window, EventFilter(search=title.split()[0] + " -" + title.split()[-1].strip(".…,")))
    window.wait_idle()
    if ids[0] in list_ids(window):  # (the words chosen kept it: a filter that cannot)
        apply_filter(window, EventFilter(search="zzzintrouvable"))
        window.wait_idle()
    assert ids[0] not in list_ids(window)
    assert window.sources.shown_event is None and window.current_event is None
    assert window.timeline.selected() is None


def test_tab_goes_from_du_to_au(window: MainWindow, qtbot: QtBot) -> None:
    """Tab from « Du » reached its calendar button, where a space opened the calendar."""
    filters = window.filters
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    filters.start.text.setFocus()
    qtbot.waitUntil(filters.start.text.hasFocus, timeout=2000)
    assert filters.start.text.nextInFocusChain() is filters.end.text
    from PySide6.QtCore import Qt
    qtbot.keyClick(filters.start.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is filters.end.text


def _hits_in_view(window: MainWindow) -> tuple[list[tuple[date, date]], tuple[date, date]]:
    hits = [(row.first, row.last) for row in window.session.selection.dated]
    return hits, window.timeline.visible_range()  # type: ignore[return-value]


def test_a_search_frames_its_hits(window: MainWindow) -> None:
    """After a search the hits off-screen stayed off-screen."""
    window.timeline.set_visible_range(date(2017, 5, 1), date(2017, 5, 12))  # some of the hits, not all
    apply_filter(window, EventFilter(search="Astana"))
    window.wait_idle()
    hits, (first, last) = _hits_in_view(window)
    assert len(hits) >= 2 and any(a > date(2017, 5, 12) for a, _ in hits)
    assert all(first <= a and b <= last for a, b in hits)
    # a filter whose events are all in sight leaves the view where it is
    shown = window.timeline.visible_range()
    apply_filter(window, EventFilter(search="Astana", certainties=("exact", "approximate", "assumed")))
    window.wait_idle()
    assert window.timeline.visible_range() == shown


def test_a_relaunch_frames_the_saved_filter(qtbot: QtBot, seeded: Path) -> None:
    """After a relaunch the hits sat half cut at the left edge of the restored view."""
    values: dict[str, Any] = {keys.FIRST_RUN.key: False}
    window = open_window(qtbot, seeded, values)
    apply_filter(window, EventFilter(search="Hambourg"))
    window.wait_idle()
    hits, _ = _hits_in_view(window)
    day = min(a for a, _ in hits)
    window.timeline.set_visible_range(day, day + timedelta(days=40))  # the hits at the very edge
    window.close()
    window.session.close()

    again = open_window(qtbot, seeded, values)
    hits, (first, last) = _hits_in_view(again)
    start, end = again.timeline.visible_days()
    assert hits and all(first <= a and b <= last for a, b in hits)
    assert start < min(a for a, _ in hits).toordinal() - (end - start) * 0.01  # not at the very edge
    again.close()
    again.session.close()


def test_source_lanes_are_told_apart_by_outlet_and_day(qapp) -> None:
    """In « couloirs par source » the titles were cut to the same first words."""
    from frise.render.layout import gutter_width
    from frise.render.paint_frame import lane_label
    from frise.render.scene import SOURCE_GUTTER
    from frise.render.style import Style
    from frise.store.records import ArticleRow
    from frise.ui.timeline_provider import source_lane_names

    def article(k: int, title: str, outlet: str | None, published: str | None) -> ArticleRow:
        return ArticleRow(k, title, outlet, published, "day", None, "txt", None, f"h{k}", "text", False, None, "")

    titles = ["Syrie : les pourparlers d'Astana reprennent sous l'égide de la Russie",
              "Syrie : les pourparlers d'Astana échouent sur les zones de désescalade",
              "Syrie : les pourparlers d'Astana vus de Washington",
              "Syrie : les pourparlers d'Astana, un mémorandum signé"]
    articles = [article(1, titles[0], "RT France", "2017-05-03"), article(2, titles[1], "Le Monde", "2017-07-05"),
                article(3, titles[2], None, None), article(4, titles[3], "Le Monde", "2017-07-05")]
    names = source_lane_names(articles)
    assert names[titles[0]] == "RT France · 3 mai 2017"
    style = Style()
    measure = style.lane_measure
    room = gutter_width(list(names.values()), measure, maximum=SOURCE_GUTTER) - 26.0  # the column's room
    shown = [lane_label(name, measure, room) for name in names.values()]
    assert len(set(shown)) == len(shown), shown
