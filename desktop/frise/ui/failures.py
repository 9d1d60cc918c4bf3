"""What the window says when something fails: a line in the status bar, a message box when the
user must act, and where the details are: the journal (`frise.logs`).

A user who double-clicked Frise never sees stderr, so a worker's failure that only reached it was
a failure nobody heard of. Failures reach `FailureNotice` on the GUI thread: from the workers
(`frise.ui.tasks` has already written their traceback to the log), from an exception nobody
caught (`frise.logs.install_hooks`). The message is French and shown as plain text, since a
reason may quote an article's title or a file name.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from frise import logs

log = logging.getLogger(__name__)

SHOWN_MS = 15_000
"""How long a failure stays in the status bar."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Failures", text)


def describe(error: BaseException) -> str:
    """An error in the words it carries, else its kind (a bare `KeyError()` says nothing)."""
    return str(error) or type(error).__name__


def open_log() -> bool:
    """Open the journal with the system's viewer. It is created empty first: before anything
    was logged, or when the journal is not set up, there is no file, and opening none shows an
    error from the viewer instead of an empty journal."""
    path = logs.log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
    except OSError:
        log.warning("cannot create the journal %s", path, exc_info=True)
        return False
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


JOURNAL_TAIL = 256 * 1024
"""How much of the journal's end the window shows (its last entries; the file may be larger)."""


def journal_tail(path: Path | None = None) -> str:
    """The end of the journal, as text (empty when there is none yet)."""
    target = logs.log_path() if path is None else path
    try:
        with open(target, "rb") as stream:
            stream.seek(0, 2)
            size = stream.tell()
            stream.seek(max(0, size - JOURNAL_TAIL))
            data = stream.read()
    except OSError:
        return ""
    text = data.decode("utf-8", errors="replace")
    return text.split("\n", 1)[1] if size > JOURNAL_TAIL and "\n" in text else text


class JournalDialog(QDialog):
    """Aide > Ouvrir le journal: the journal's last entries in the window itself, its path to
    copy, and a button to open it with the system's viewer. Shown in the window because a
    desktop without a viewer for text files (or without a desktop) opens nothing and says
    nothing: the journal must be readable wherever Frise runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalDialog")
        self.setWindowTitle(_tr("Journal de Frise"))
        self.resize(900, 560)
        path = logs.log_path()
        where = QLabel(_tr("Fichier : {path}").format(path=path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(journal_tail(path) or _tr("Le journal est vide."))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(_tr("Ouvrir avec le système"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(_tr("Copier le chemin"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._open_outside)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
        buttons.rejected.connect(self.reject)
        self.status = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _open_outside(self) -> None:
        if not open_log():
            self.status.setText(_tr("Aucune application ne sait ouvrir le journal ici : son chemin est ci-dessus."))


class FailureNotice(QObject):
    """Says failures in `window`. One message box at most: a second failure while it is open
    replaces its text rather than stacking boxes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None

    def report(self, message: str, *, alert: bool = False) -> None:
        """Say `message` (French, for the user) in the status bar, and in a message box when
        `alert`: the failure of something the user asked for, or that leaves the window wrong."""
        log.warning("told the user: %s", message)
        self.window.statusBar().showMessage(
            _tr("{message} — détails : Aide > Ouvrir le journal").format(message=message), SHOWN_MS)
        if alert:
            self._alert(message)

    def task_failed(self, _name: str, error: BaseException) -> None:
        """A background task nobody else listens to failed (the counts beside the filters):
        nothing for the user to do, but they should know why something is missing."""
        self.report(_tr("Une tâche en arrière-plan a échoué : {error}").format(error=describe(error)))

    def uncaught(self, error: BaseException) -> None:
        """An exception nobody caught, in a slot: what the user just did may not have happened."""
        self.report(_tr("Erreur inattendue : {error}").format(error=describe(error)))

    def open_log(self) -> None:
        """Aide > Ouvrir le journal: the journal in the window (`JournalDialog`)."""
        try:
            path = logs.log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(exist_ok=True)
        except OSError:
            log.warning("cannot create the journal %s", logs.log_path(), exc_info=True)
        dialog = JournalDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _alert(self, message: str) -> None:
        box = self.box
        if box is None:
            box = QMessageBox(QMessageBox.Icon.Warning, _tr("Frise"), "", QMessageBox.StandardButton.Close,
                              self.window)
            box.setObjectName("failureBox")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowModality(Qt.WindowModality.NonModal)  # the window keeps working behind it
            box.setInformativeText(_tr("Le détail technique est enregistré dans le journal de Frise."))
            journal = box.addButton(_tr("Ouvrir le journal"), QMessageBox.ButtonRole.ActionRole)
            journal.clicked.connect(self.open_log)
            box.finished.connect(self._box_closed)
            self.box = box
        box.setText(message)
        box.show()

    def _box_closed(self) -> None:
        if self.box is not None:
            self.box.deleteLater()
            self.box = None
