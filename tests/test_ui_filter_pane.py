"""Issue J, item 7: the source pane never keeps showing an event the current filter left out,
whichever filter does it (typed through the filter panel as a user would), wherever the event
was chosen (the list or the timeline), and when the event is hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frise.ui import settings as keys
from frise.ui.filters import _KEY_ROLE
from frise.ui.main_window import MainWindow
from tests.test_ui_main_window import list_ids, open_window
from tests.ui_support import seeded_db


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    opened = open_window(qtbot, seeded_db(tmp_path, tmp_path_factory.getbasetemp()), {keys.FIRST_RUN.key: False})
    yield opened
    opened.close()
    opened.session.close()


def _choose(window: MainWindow, origin: str) -> int:
    snapshot = window.session.snapshot
    assert snapshot is not None
    event_id = next(i for i in list_ids(window) if (row := snapshot.row(i)) is not None and row.first is not None)
    window.select_event(event_id, origin)
    assert window.sources.shown_event is not None and window.sources.shown_event.id == event_id
    return event_id


def _settle(window: MainWindow, qtbot: QtBot, event_id: int) -> None:
    window.filters.flush()
    qtbot.waitUntil(lambda: not window.session.loading and event_id not in list_ids(window), timeout=10_000)
    window.wait_idle()
    QApplication.processEvents()


def _assert_pane_empty(window: MainWindow, event_id: int) -> None:
    assert event_id not in list_ids(window)
    assert window.sources.shown_event is None and window.current_event is None
    assert window.timeline.selected() is None
    assert window.chronology.chronology_model().row_of(event_id) is None


@pytest.mark.parametrize("origin", ["list", "timeline"])
def test_a_period_typed_after_the_event_empties_the_pane(window: MainWindow, qtbot: QtBot, origin: str) -> None:
    event_id = _choose(window, origin)
    row = window.session.snapshot.row(event_id)  # type: ignore[union-attr]
    assert row is not None and row.last is not None
    window.filters.start.text.setFocus()
    qtbot.keyClicks(window.filters.start.text, f"{row.last.year + 1}")
    qtbot.keyClick(window.filters.start.text, Qt.Key.Key_Return)
    _settle(window, qtbot, event_id)
    _assert_pane_empty(window, event_id)


def test_unticking_the_events_certainty_empties_the_pane(window: MainWindow, qtbot: QtBot) -> None:
    event_id = _choose(window, "list")
    certainty = window.session.snapshot.row(event_id).certainty  # type: ignore[union-attr]
    others = [box for name, box in window.filters.certainty_boxes.items() if name != certainty]
    for box in others:
        box.setChecked(True)
    window.filters.certainty_boxes[certainty].setChecked(False)
    _settle(window, qtbot, event_id)
    _assert_pane_empty(window, event_id)


def test_only_reviewed_events_empties_the_pane(window: MainWindow, qtbot: QtBot) -> None:
    event_id = _choose(window, "timeline")
    window.filters.review.setCurrentIndex(1)  # « vérifiés » only: none is yet
    _settle(window, qtbot, event_id)
    _assert_pane_empty(window, event_id)


def test_a_search_typed_in_the_box_empties_the_pane(window: MainWindow, qtbot: QtBot) -> None:
    event_id = _choose(window, "list")
    qtbot.keyClicks(window.filters.search, "zzzintrouvable")
    _settle(window, qtbot, event_id)
    _assert_pane_empty(window, event_id)


def test_an_actor_the_event_does_not_name_empties_the_pane(window: MainWindow, qtbot: QtBot) -> None:
    event_id = _choose(window, "list")
    actors = set(window.session.snapshot.row(event_id).actors)  # type: ignore[union-attr]
    items = [window.filters.actors.item(i) for i in range(window.filters.actors.count())]
    other = next(item for item in items if item.data(_KEY_ROLE) and not any(item.text().startswith(a) for a in actors))
    other.setCheckState(Qt.CheckState.Checked)
    _settle(window, qtbot, event_id)
    _assert_pane_empty(window, event_id)


def test_hiding_the_shown_event_empties_the_pane(window: MainWindow, qtbot: QtBot) -> None:
    event_id = _choose(window, "list")
    assert window.corrections.hide_event()
    qtbot.waitUntil(lambda: not window.session.loading and event_id not in list_ids(window), timeout=10_000)
    window.wait_idle()
    QApplication.processEvents()
    _assert_pane_empty(window, event_id)
