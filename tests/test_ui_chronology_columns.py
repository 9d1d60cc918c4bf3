"""The chronology's columns share a narrow list so that the event's title keeps its part."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frise.ui.chronology import ChronologyView


def _widths(view: ChronologyView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(i) for i in range(4)]


def test_a_narrow_list_leaves_the_title_its_share(qtbot: QtBot) -> None:
    view = ChronologyView()
    qtbot.addWidget(view)
    view.resize(585, 300)  # the list beside an open source pane in a 1280-pixel window
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    date, title, actors, sources = _widths(view)
    assert title >= 0.35 * view.viewport().width()  # it was left 85 pixels
    assert date >= 150 and actors >= 100


def test_a_wide_list_keeps_the_usual_widths_and_the_users(qtbot: QtBot) -> None:
    view = ChronologyView()
    qtbot.addWidget(view)
    view.resize(1200, 300)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert _widths(view)[0] == 190 and _widths(view)[2] == 230
    view.horizontalHeader().resizeSection(2, 300)  # as a drag of the handle does
    view.resize(1250, 300)
    QApplication.processEvents()
    assert _widths(view)[2] == 300
    view.resize(585, 300)
    QApplication.processEvents()
    assert _widths(view)[2] < 300
    view.resize(1250, 300)
    QApplication.processEvents()
    assert _widths(view)[2] == 300  # given back once there is room again
