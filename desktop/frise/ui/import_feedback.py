"""The window's side of importing: file dialogs, the clipboard, and what the user sees meanwhile
(a progress bar in the status bar, a summary line, the report when something failed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QProgressBar

from frise.ingest import SUPPORTED_SUFFIXES
from frise.ui import file_dialogs
from frise.ui import settings as keys
from frise.ui.failures import FailureNotice
from frise.ui.import_controller import Batch, ImportController, Progress
from frise.ui.import_report import ImportReport, summary_line
from frise.ui.settings import Settings


class ImportFeedback(QObject):
    """Starts imports from dialogs and the clipboard and reports on every import in `window`."""

    def __init__(self, window: QMainWindow, importer: ImportController, settings: Settings,
                 failures: FailureNotice | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.failures = failures or FailureNotice(window)
        self.importer = importer
        self.settings = settings
        self.report: ImportReport | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        importer.started.connect(self._started)
        importer.progressed.connect(self._progressed)
        importer.finished.connect(self._finished)
        importer.failed.connect(self._failed)

    # --- starting

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
        paths, _ = file_dialogs.get_open_file_names(
            self.window, self.tr("Importer des articles"), self.settings.get(keys.IMPORT_DIR),
            self.tr("Articles ({patterns});;Tous les fichiers (*)").format(patterns=patterns))
        if paths:
            self.settings.set(keys.IMPORT_DIR, str(Path(paths[0]).parent))
            self.importer.import_paths(paths)

    def choose_folder(self) -> None:
        folder = file_dialogs.get_existing_directory(self.window, self.tr("Importer un dossier"),
                                                  self.settings.get(keys.IMPORT_DIR))
        if folder:
            self.settings.set(keys.IMPORT_DIR, folder)
            self.importer.import_paths([folder])

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.importer.import_mime(mime):
            self._say(self.tr("Le presse-papiers ne contient ni texte ni lien."), 5000)

    # --- reporting

    def _say(self, message: str, timeout_ms: int = 0) -> None:
        self.window.statusBar().showMessage(message, timeout_ms)

    def _started(self, _count: int) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Import…"))
        self.progress.show()
        self._say(self.tr("Import en cours…"))

    def _progressed(self, progress: Progress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat(self.tr("Import %v / %m"))
        self._say(self.tr("Import : {name}").format(name=Path(progress.label).name or progress.label))

    def _finished(self, batch: Batch) -> None:
        if not self.importer.busy:
            self.progress.hide()
        self._say(summary_line(batch), 10_000)
        if batch.failed or (batch.duplicates and not batch.imported):
            if self.report is not None:
                self.report.close()
            self.report = ImportReport(batch, self.window)
            self.report.destroyed.connect(self._report_closed)
            self.report.show()

    def _report_closed(self) -> None:
        self.report = None

    def _failed(self, message: str) -> None:
        if not self.importer.busy:
            self.progress.hide()
        # Nothing was imported, and the user asked for it: a box says so, the journal says why.
        self.failures.report(self.tr("L'import a échoué : {error}").format(error=message), alert=True)
