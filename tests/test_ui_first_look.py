"""The window as a new user finds it (issue J): room for the timeline, a source pane that
follows the filter, the period fields' tab order, filters that frame what they keep."""

from __future__ import annotations

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
