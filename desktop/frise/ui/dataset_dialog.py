"""Fichier > Ouvrir un jeu de données… : a slice of a dataset written by `frise-cli corpus extract`,
loaded into the open timeline as `frise-cli corpus load` loads it.

The window asks for the dataset's folder, then for the slice in `DatasetDialog` (du / au, an actor,
words searched), which shows what the dataset's own summary counts. The load runs on the session's
writer thread, queued with imports (`run_load`, its own connection), with its progress in the
status bar as an import's; the views are read again once it is in. What goes wrong (not a dataset,
the `frise[corpus]` extra missing, an unreadable Parquet file, the timeline busy) is said in French
in the window and written to the journal.

Nothing here imports pyarrow or Dask: `frise.corpus.folder` reads the folder without them, and
`frise.corpus.load` is imported by the worker, once a load has been asked for.
"""

from __future__ import annotations

import importlib.util
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from frise.corpus.folder import NOT_A_DATASET, DatasetInfo, Slice, info, problem
from frise.store import Store, StoreError, french_reason
from frise.ui import datefmt, file_dialogs
from frise.ui import settings as keys
from frise.ui.failures import FailureNotice
from frise.ui.import_controller import Progress
from frise.ui.period_edit import PeriodEdit
from frise.ui.session import Session
from frise.ui.settings import Settings

log = logging.getLogger(__name__)

MISSING = "missing"
UNREADABLE = "unreadable"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatasetDialog", text)


class DatasetError(Exception):
    """The dataset cannot be loaded: `code` says why (MISSING, UNREADABLE), `detail` what was met."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def run_load(report: Callable[[Progress], None], db_path: Path, folder: Path, chosen: Slice) -> Any:
    """The worker: the slice `chosen` of the dataset at `folder` into the timeline at `db_path`,
    on a connection of its own; returns `frise.corpus.load.LoadSummary`."""
    try:
        import pyarrow

        from frise.corpus.load import load
    except ImportError as error:
        raise DatasetError(MISSING, str(error)) from error
    with Store.open(db_path) as store:
        try:
            return load(folder, store, chosen,
                        progress=lambda done, total, what: report(Progress(done, total, what)))
        except (pyarrow.ArrowException, OSError) as error:
            raise DatasetError(UNREADABLE, str(error)) from error


def reason(error: BaseException) -> str:
    """Why a load failed, in French for the person who asked for it."""
    if isinstance(error, DatasetError):
        if error.code == MISSING:
            return missing_extra()
        return _tr("le jeu de données est illisible ou endommagé ({detail})").format(detail=error.detail)
    if isinstance(error, StoreError):
        return error.french
    if isinstance(error, sqlite3.Error | OSError):
        return french_reason(error)
    return str(error) or type(error).__name__


def missing_extra() -> str:
    return _tr("Dask et pyarrow manquent pour lire un jeu de données : installez frise[corpus] "
               "(« pip install 'frise[corpus]' »)")


def problem_text(code: str) -> str:
    if code == NOT_A_DATASET:
        return _tr("ce dossier n'est pas un jeu de données écrit par « frise-cli corpus extract »")
    return _tr("l'extraction de ce jeu de données est inachevée : relancez « frise-cli corpus extract » avec les "
               "mêmes sources, elle reprendra où elle s'est arrêtée")


class DatasetDialog(QDialog):
    """Which slice of the dataset to load: every field empty loads all of it."""

    def __init__(self, folder: Path, counts: DatasetInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetDialog")
        self.setWindowTitle(self.tr("Ouvrir un jeu de données"))
        # wide enough for the fields' examples (« indifférent (ex. mai 2017) ») to be read whole
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 64)
        self.actor_keys: tuple[str, ...] = ()
        about = QLabel(self._about(folder, counts))
        about.setObjectName("datasetCounts")
        about.setWordWrap(True)
        self.start = PeriodEdit("first", "datasetFrom")
        self.end = PeriodEdit("last", "datasetTo")
        self.actor = QLineEdit()
        self.actor.setObjectName("datasetActor")
        self.actor.setPlaceholderText(self.tr("indifférent (ex. Russie)"))
        self.actor.setClearButtonEnabled(True)
        self.search = QLineEdit()
        self.search.setObjectName("datasetSearch")
        self.search.setPlaceholderText(self.tr("indifférent (des mots de leurs passages)"))
        self.search.setClearButtonEnabled(True)
        form = QFormLayout()
        form.addRow(self.tr("Du :"), self.start)
        form.addRow(self.tr("Au :"), self.end)
        form.addRow(self.tr("Acteur :"), self.actor)
        form.addRow(self.tr("Recherche :"), self.search)
        note = QLabel(self.tr("Les événements qui touchent cette période, nomment cet acteur et dont les passages "
                              "ont tous ces mots ; tout le jeu de données si rien n'est choisi."))
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("datasetProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Charger"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _about(self, folder: Path, counts: DatasetInfo) -> str:
        said = [self.tr("Jeu de données : {folder}").format(folder=folder)]
        if counts.articles is not None and counts.events is not None:
            said.append(self.tr("{articles} et {events}").format(
                articles=datefmt.count_phrase(counts.articles, self.tr("{n} article"), self.tr("{n} articles")),
                events=datefmt.count_phrase(counts.events, self.tr("{n} événement"), self.tr("{n} événements"))))
        return "\n".join(said)

    def accept(self) -> None:
        """Closes only on a slice that can be read: dates understood, an actor known."""
        wrong = self.start.problem() or self.end.problem()
        if wrong is None:
            wrong = self._read_actor()
        if wrong is not None:
            self.problem.setText(wrong)
            self.problem.show()
            return
        super().accept()

    def _read_actor(self) -> str | None:
        name = self.actor.text().strip()
        self.actor_keys = ()
        if not name:
            return None
        from frise.library import default_gazetteer

        found = [m.actor.key for m in default_gazetteer().find(name)]
        if not found and ":" not in name:
            return self.tr("Acteur inconnu : « {name} »").format(name=name)
        self.actor_keys = tuple(dict.fromkeys(found or [name]))
        return None

    def chosen(self) -> Slice:
        return Slice(self.start.day(), self.end.day(), self.actor_keys, self.search.text().strip() or None)


@dataclass(frozen=True, slots=True)
class Loaded:
    """A finished load: the dataset and what `frise.corpus.load` did."""

    folder: Path
    summary: Any


class DatasetLoader(QObject):
    """Opens a dataset into the window's timeline: folder, slice, load in the background, views
    read again. `dialog` is the slice dialog while it is open."""

    finished = Signal(object)
    """A `Loaded`."""
    failed = Signal(str)
    """Why nothing was loaded (French)."""

    def __init__(self, window: QMainWindow, session: Session, settings: Settings, failures: FailureNotice) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self.failures = failures
        self.dialog: DatasetDialog | None = None
        self._pending = 0
        self.action = QAction(self.tr("Ouvrir un &jeu de données…"), window)
        self.action.setObjectName("action_open_dataset")
        tip = self.tr("Charger dans cette chronologie une tranche d'un jeu de données écrit par "
                      "« frise-cli corpus extract »")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.choose)
        self.progress = QProgressBar()
        self.progress.setObjectName("datasetProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def add_to_menu(self, before: QAction) -> None:
        """Put the action in the menu that holds `before`, just above it."""
        for menu in before.associatedObjects():
            if isinstance(menu, QMenu):
                menu.insertAction(before, self.action)
                return

    def choose(self) -> None:
        """Fichier > Ouvrir un jeu de données…: ask for the folder, then for the slice."""
        folder = file_dialogs.get_existing_directory(self.window, self.tr("Ouvrir un jeu de données"),
                                                  self.settings.get(keys.IMPORT_DIR))
        if folder:
            self.settings.set(keys.IMPORT_DIR, folder)
            self.open_folder(Path(folder))

    def open_folder(self, folder: Path) -> bool:
        """Check `folder` and open the slice dialog on it (False, after saying why, if it cannot)."""
        wrong = problem(folder)
        if wrong is not None:
            self._fail(_tr("Impossible d'ouvrir le jeu de données {folder} : {reason}").format(
                folder=folder, reason=problem_text(wrong)))
            return False
        if importlib.util.find_spec("pyarrow") is None:
            self._fail(missing_extra())
            return False
        dialog = DatasetDialog(folder, info(folder), self.window)
        dialog.accepted.connect(lambda: self.load(folder, dialog.chosen()))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return True

    def _dialog_closed(self, dialog: DatasetDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def load(self, folder: Path, chosen: Slice) -> None:
        """Load the slice `chosen` of `folder` into the open timeline, in the background."""
        self._pending += 1
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Jeu de données…"))
        self.progress.show()
        self.window.statusBar().showMessage(self.tr("Chargement du jeu de données…"))
        self.session.writes.submit(run_load, self.session.path, folder, chosen, on_progress=self._progressed,
                                   on_result=lambda summary: self._done(Loaded(folder, summary)),
                                   on_error=self._error, name="dataset")

    def _progressed(self, progress: Progress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat(self.tr("Jeu de données %v / %m"))

    def _done(self, loaded: Loaded) -> None:
        self._finish()
        summary = loaded.summary
        if summary.articles or summary.redated:
            self.session.reload()
        said = datefmt.count_phrase(summary.events, self.tr("{n} événement chargé"),
                                    self.tr("{n} événements chargés"))
        said += " " + self.tr("depuis le jeu de données {folder}").format(folder=loaded.folder.name)
        if summary.skipped:
            said += " · " + datefmt.count_phrase(summary.skipped, self.tr("{n} article déjà présent"),
                                                 self.tr("{n} articles déjà présents"))
        if summary.preexisting_events:
            said += " · " + self.tr("non fusionnés avec les événements que la chronologie contenait déjà")
        self.window.statusBar().showMessage(said, 10_000)
        self.finished.emit(loaded)

    def _error(self, error: BaseException) -> None:
        self._finish()
        self._fail(_tr("Le chargement du jeu de données a échoué : {reason}").format(reason=reason(error)))

    def _finish(self) -> None:
        self._pending -= 1
        if not self._pending:
            self.progress.hide()

    def _fail(self, message: str) -> None:
        self.failures.report(message, alert=True)
        self.failed.emit(message)
