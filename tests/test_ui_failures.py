"""What fails in the background reaches the user in French, and its traceback the journal.

A user who double-clicked Frise never sees stderr: each failure a worker reports is said in the
status bar (and, when the user must act, in a message box), and written with its traceback to the
journal, which Aide > Ouvrir le journal opens. The journal lives in tmp_path ($FRISE_LOG_DIR).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl, qWarning
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from frise import logs
from frise.store.views import EventFilter
from frise.ui import file_dialogs
from frise.ui import settings as keys
from frise.ui.main_window import MainWindow
from tests.test_ui_main_window import open_window
from tests.ui_support import seeded_db


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(logs.ENV_VAR, str(tmp_path / "journal"))
    path = logs.setup()
    assert path is not None
    yield path
    logs.close()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    opened = open_window(qtbot, seeded_db(tmp_path, tmp_path_factory.getbasetemp()), {keys.FIRST_RUN.key: False})
    yield opened
    if opened.failures.box is not None:
        opened.failures.box.close()
    opened.close()
    opened.session.close()


def broken(message: str, kind: type[Exception] = RuntimeError) -> Any:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise kind(message)
    return fail


def said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def assert_alerted(window: MainWindow, words: str) -> None:
    box = window.failures.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.textFormat() == Qt.TextFormat.PlainText  # the reason may quote an article
    assert words in box.text() and "journal" in box.informativeText()


def assert_logged(journal: Path, *words: str) -> None:
    written = journal.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    for word in words:
        assert word in written, written


def test_a_failed_rereading_is_said_and_logged(qtbot: QtBot, window: MainWindow, journal: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("frise.ui.session._reextract", broken("disque plein simulé"))
    window.commands.reextract.trigger()
    window.wait_idle()
    qtbot.waitUntil(lambda: "Impossible de relire les articles" in said(window), timeout=5000)
    assert "disque plein simulé" in said(window) and "journal" in said(window)
    assert_alerted(window, "Impossible de relire les articles")
    assert_logged(journal, "RuntimeError: disque plein simulé", "Impossible de relire les articles")


def test_a_failure_nobody_listens_to_is_still_said(qtbot: QtBot, window: MainWindow, journal: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("frise.ui.session._count_facets", broken("comptage impossible"))
    window.session.set_filter(EventFilter(search="Merkel"))
    window.wait_idle()
    qtbot.waitUntil(lambda: "Une tâche en arrière-plan a échoué" in said(window), timeout=5000)
    assert "comptage impossible" in said(window)
    assert window.failures.box is None  # counts missing beside the filters: nothing to act on
    assert_logged(journal, "RuntimeError: comptage impossible", "task facets failed")


def test_a_failed_import_is_said_and_logged(qtbot: QtBot, window: MainWindow, journal: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("frise.ui.import_controller.run_import", broken("base verrouillée", OSError))
    window.importer.import_paths([tmp_path / "article.txt"])
    window.wait_idle()
    qtbot.waitUntil(lambda: "L'import a échoué" in said(window), timeout=5000)
    assert "base verrouillée" in said(window)
    assert_alerted(window, "L'import a échoué : base verrouillée")
    assert_logged(journal, "OSError: base verrouillée")


def test_a_failed_export_is_said_in_french_and_logged(qtbot: QtBot, window: MainWindow, journal: Path,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("frise.ui.export_controller.export_selection", broken("colonne absente", KeyError))
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *_args: (str(tmp_path / "chronologie.csv"), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warned.append(text)))
    window.commands.export_csv.trigger()
    assert window.exports.wait(30_000)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "erreur inattendue" in warned[0] and "colonne absente" in warned[0] and "journal" in warned[0]
    assert "KeyError(" not in warned[0]  # a repr is no sentence for the user
    assert_logged(journal, "KeyError: 'colonne absente'")


def test_an_uncaught_exception_is_said_and_logged(window: MainWindow, journal: Path) -> None:
    logs.install_hooks(window.failures.uncaught)
    try:
        raise ZeroDivisionError("division par zéro dans un slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert "Erreur inattendue" in said(window) and "division par zéro dans un slot" in said(window)
    assert_logged(journal, "ZeroDivisionError: division par zéro dans un slot")


def test_qt_warnings_reach_the_journal(journal: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    from frise.app import log_qt_messages

    previous = log_qt_messages()
    try:
        qWarning("avertissement de Qt pour le journal")
        qWarning("This plugin does not support propagateSizeHints()")
    finally:
        qInstallMessageHandler(previous)
    written = journal.read_text(encoding="utf-8")
    assert "avertissement de Qt pour le journal" in written and "WARNING" in written
    assert "propagateSizeHints" not in written  # harmless and repeated at every window shown


def test_the_help_menu_opens_the_journal(window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.ENV_VAR, str(tmp_path / "jamais-ouvert"))
    path = tmp_path / "jamais-ouvert" / logs.FILE_NAME
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    help_menu = menus["Aid&e"]
    assert help_menu is not None and window.commands.open_log in help_menu.actions()
    assert window.commands.open_log.text() == "Ouvrir le &journal"
    window.commands.open_log.trigger()
    from frise.ui.failures import JournalDialog

    dialog = window.findChild(JournalDialog, "journalDialog")
    assert dialog is not None and dialog.isVisible()  # shown in the window, viewer or not
    assert path.exists() and path.read_text(encoding="utf-8") == ""  # created empty to be opened
    assert dialog.text.toPlainText() == "Le journal est vide."
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(path))]
    dialog.close()


def test_the_journal_shows_its_last_entries_and_says_when_nothing_opens_it(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frise.ui.failures import JournalDialog

    monkeypatch.setenv(logs.ENV_VAR, str(tmp_path / "journal"))
    path = tmp_path / "journal" / logs.FILE_NAME
    path.parent.mkdir(parents=True)
    path.write_text("2026-12-06 INFO premier\n2026-12-06 WARNING import refusé : « x.docx »\n", encoding="utf-8")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))  # no viewer on this desktop
    window.commands.open_log.trigger()
    dialog = window.findChild(JournalDialog, "journalDialog")
    assert dialog is not None
    assert "import refusé : « x.docx »" in dialog.text.toPlainText()
    dialog.open_button.click()
    assert "son chemin est ci-dessus" in dialog.status.text()
    dialog.close()


def test_the_gui_entry_starts_the_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    from frise.app import start_logging

    monkeypatch.setenv(logs.ENV_VAR, str(tmp_path / "journal"))
    before = sys.excepthook
    previous = qInstallMessageHandler(None)  # (pytest-qt's, put back below)
    try:
        path = start_logging()
        assert path == tmp_path / "journal" / logs.FILE_NAME and sys.excepthook is not before
        assert "Frise" in path.read_text(encoding="utf-8")  # which version wrote what follows
    finally:
        qInstallMessageHandler(previous)
        logs.close()
    assert sys.excepthook is before
