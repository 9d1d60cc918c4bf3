"""With the window's style sheet, a toolbar too narrow for its actions shows its » button: the
sheet's padding for tool buttons left the 12-pixel extension button no room to draw its arrow,
so « Effacer les filtres » vanished from a 1024-pixel window with no sign it was there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from frise.resources import resource_path
from frise.ui import settings as keys
from tests.test_ui_main_window import open_window
from tests.ui_support import seeded_db


@pytest.fixture
def styled(qapp: QApplication):
    before = qapp.styleSheet()
    qapp.setStyleSheet(resource_path("styles", "frise.qss").read_text(encoding="utf-8"))
    yield qapp
    qapp.setStyleSheet(before)


def test_the_overflow_button_draws_its_arrow(styled, qtbot: QtBot, tmp_path: Path, tmp_path_factory) -> None:
    window = open_window(qtbot, seeded_db(tmp_path, tmp_path_factory.getbasetemp()), {keys.FIRST_RUN.key: False})
    try:
        window.resize(760, 600)
        QApplication.processEvents()
        toolbar = window.findChild(QToolBar, "mainToolbar")
        assert toolbar is not None
        hidden = [a for a in toolbar.actions() if a.text() and not toolbar.widgetForAction(a).isVisible()]
        assert hidden  # too narrow for every action
        button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert button is not None and button.isVisible()
        image = button.grab().toImage()
        background = QColor(toolbar.grab().toImage().pixel(2, 2)).lightness()
        dark = sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if QColor(image.pixel(x, y)).lightness() < background - 60
        )
        assert dark >= 4, "the » arrow is not drawn"
    finally:
        window.close()
        window.session.close()
