"""Beyond French: the interface in English, chosen from the system's locale or in the menu, and
the dates of the timeline and of the PDF in the interface's language."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frise.app import choose_language, setup_application
from frise.render import french
from frise.render.axis import axis_ticks
from frise.render.metrics import Metrics
from frise.ui import settings as keys
from tests.test_ui_main_window import open_window
from tests.ui_support import seeded_db


@pytest.fixture
def seeded(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_db(tmp_path, tmp_path_factory.getbasetemp())


@pytest.fixture
def speaking(qapp: QApplication):
    """Switch the interface's language for a test, and back to the French source after it."""
    installed: list[Any] = []
    locale, style = QLocale(), qapp.style().name()

    def switch(language: str) -> None:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        installed[:] = setup_application(qapp, language)

    yield switch
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    QLocale.setDefault(locale)


def test_the_language_follows_the_system_unless_chosen() -> None:
    english, french_, c = (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
                           QLocale(QLocale.Language.French, QLocale.Country.Canada), QLocale.c())
    assert choose_language("", english) == "en"
    assert choose_language("", french_) == "fr"
    assert choose_language("", c) == "fr"  # a bare terminal: the source language
    assert choose_language("fr", english) == "fr" and choose_language("en", french_) == "en"
    assert choose_language("xx", QLocale(QLocale.Language.German)) == "en"


def menu_titles(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_english_translates_the_menus_and_the_dates(qtbot: QtBot, seeded: Path, speaking) -> None:
    speaking("en")
    window = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    try:
        assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
        edit = window.menuBar().actions()[1].menu()
        assert "&Undo" in [a.text() for a in edit.actions()]
        assert window.commands.hide_event.text() == "&Hide the event"
        view = window.menuBar().actions()[2].menu()
        language = next(a.menu() for a in view.actions() if a.menu() is not None)
        assert language.title() == "&Language"
        assert [a.text() for a in language.actions() if a.text()] == ["As the system’s language", "Français",
                                                                        "English"]
        assert french.month_names()[4] == "May" and french.weekday_names()[0] == "Monday"
        ticks = axis_ticks(Metrics(date(2017, 5, 1).toordinal(), 1400 / 60, 1400.0))
        assert "May 2017" in [t.label for t in ticks.major]
        model = window.chronology.chronology_model()
        headings = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
        assert any(isinstance(h, str) and h.startswith("May 2017") for h in headings), headings
        window.commands.language_fr.trigger()
        assert window.settings.get(keys.LANGUAGE) == "fr"
    finally:
        window.close()
        window.session.close()
    speaking("fr")
    again = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    try:
        assert menu_titles(again) == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
        assert french.month_names()[4] == "mai"
    finally:
        again.close()
        again.session.close()


def test_the_pdf_speaks_the_interface_language(tmp_path: Path, speaking) -> None:
    from frise.export import PdfOptions, export_pdf
    from tests.test_export_pdf import synthetic

    events, articles = synthetic(12)
    speaking("en")
    export_pdf(events, articles, tmp_path / "en.pdf", PdfOptions(exported_on=date(2026, 1, 15)))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(tmp_path / "en.pdf").pages))
    assert "Overview" in text and "Chronology" in text and "15 January 2026" in text
    assert "Vue d'ensemble" not in text and "janvier" not in text
