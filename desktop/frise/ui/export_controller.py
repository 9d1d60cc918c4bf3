"""File > Exporter: the window's side of `frise.export`.

It asks for the options (PDF) and the file name, then exports on a worker with its own database
connection, so a thousand-page PDF never freezes the window; the result or the reason for a
refusal comes back in the status bar or a message box. What is exported is what the window
shows: the session's filter, and for "current view" the timeline's visible period.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from frise.export import EmptySelection, PdfOptions, export_selection
from frise.export.writing import os_error_reason
from frise.store import Store
from frise.store.views import EventFilter
from frise.ui import datefmt, file_dialogs
from frise.ui import settings as keys
from frise.ui.export_dialog import ExportChoices, ExportDialog
from frise.ui.failures import describe
from frise.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from frise.ui.session import Session
    from frise.ui.settings import Settings
    from frise.ui.timeline_view import TimelineView

def _filters() -> dict[str, tuple[str, str]]:
    """Per format: the file name offered and the dialog's filter, translated when asked."""
    return {
        "pdf": ("chronologie.pdf", _tr("Document PDF (*.pdf)")),
        "csv": ("chronologie.csv", _tr("Tableur CSV (*.csv)")),
        "timelinejs": ("frise-timelinejs.json", _tr("TimelineJS (*.json)")),
    }


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _run_export(db_path: str, event_filter: EventFilter, path: str, fmt: str, options: PdfOptions,
                view_range: tuple[date, date] | None) -> Any:
    with Store.open(db_path, create=False) as store:
        return export_selection(store, event_filter, path, fmt, options=options, view_range=view_range)  # type: ignore[arg-type]


class ExportController(QObject):
    """Runs the three exports for one window."""

    def __init__(self, window: QWidget, session: Session, timeline: TimelineView, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.session, self.timeline, self.settings = window, session, timeline, settings
        self.runner = TaskRunner(1, self)
        self.last_result: Any = None
        self.last_error: BaseException | None = None

    def export_pdf(self) -> None:
        view_range = self.timeline.visible_range()
        in_view = self._count_in(view_range)
        stored = self.settings.get(keys.EXPORT_CHOICES)
        dialog = ExportDialog(self._count_in(None), in_view, view_range,
                              ExportChoices.from_json(stored) if stored else None, parent=self.window,
                              title=self._collection_name(),
                              context_counts=(self._count_in(None, context=True),
                                              self._count_in(view_range, context=True) if view_range else 0))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choices = dialog.choices()
        self.settings.set(keys.EXPORT_CHOICES, choices.to_json())
        options = choices.apply(PdfOptions(collection_name=self._collection_name()), view_range)
        self._export("pdf", options, view_range if choices.scope == "view" else None)

    def export_csv(self) -> None:
        self._export("csv", PdfOptions(collection_name=self._collection_name()), None)

    def export_timelinejs(self) -> None:
        self._export("timelinejs", PdfOptions(collection_name=self._collection_name()), None)

    def _count_in(self, period: tuple[date, date] | None, *, context: bool = False) -> int:
        """How many dated events of the selection meet `period` (all when None); with `context`,
        only the background ones among them."""
        dated = self.session.selection.dated
        if context:
            dated = [row for row in dated if row.importance == "context"]
        if period is None:
            return len(dated)
        start, end = period
        return sum(1 for row in dated if row.first is not None and row.last is not None
                   and row.first <= end and row.last >= start)

    def _collection_name(self) -> str:
        name = Path(str(self.session.path)).stem.replace("_", " ").replace("-", " ").strip()
        return name[:1].upper() + name[1:] if name else _tr("Chronologie")

    def _export(self, fmt: str, options: PdfOptions, view_range: tuple[date, date] | None) -> None:
        exported = self._count_in(view_range) - (0 if options.context else self._count_in(view_range, context=True))
        if exported == 0:
            QMessageBox.information(self.window, _tr("Exporter"), str(EmptySelection()))
            return
        name, pattern = _filters()[fmt]
        folder = Path(self.settings.get(keys.EXPORT_DIR) or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        path, _ = file_dialogs.get_save_file_name(self.window, _tr("Exporter"), str(folder / name), pattern)
        if not path:
            return
        if not Path(path).suffix:  # "frise" typed without its extension: a browser needs ".json"
            path += Path(name).suffix
        self.settings.set(keys.EXPORT_DIR, str(Path(path).parent))
        self.window.statusBar().showMessage(_tr("Export en cours : {path}…").format(path=path))  # type: ignore[attr-defined]
        dated, undated = exported, len(self.session.selection.undated)
        self.runner.submit(_run_export, str(self.session.path), self.session.filter, path, fmt, options, view_range,
                           on_result=lambda result: self._done(path, result, dated, undated),
                           on_error=lambda error: self._failed(path, error), name=f"export-{fmt}")

    def _done(self, path: str, result: Any, dated: int = 0, undated: int = 0) -> None:
        self.last_result, self.last_error = result, None
        message = _tr("Exporté : {path}").format(path=path) + " (" + datefmt.count_phrase(
            dated, _tr("{n} événement daté"), _tr("{n} événements datés")) + ")"
        if undated:  # a CSV row or a TimelineJS slide needs a date: say what stayed out
            message += " — " + datefmt.count_phrase(undated, _tr("{n} événement sans date n'y figure pas"),
                                                     _tr("{n} événements sans date n'y figurent pas"))
        self.window.statusBar().showMessage(message, 15_000)  # type: ignore[attr-defined]

    def _failed(self, path: str, error: BaseException) -> None:
        self.last_error = error
        if isinstance(error, OSError):
            reason = os_error_reason(error)
        elif isinstance(error, EmptySelection):
            reason = str(error)
        else:  # a bug: its words, in a French sentence (a repr is none), and its traceback in the journal
            reason = _tr("erreur inattendue ({error})").format(error=describe(error))
        self.window.statusBar().clearMessage()  # type: ignore[attr-defined]
        QMessageBox.warning(self.window, _tr("Exporter"),
                            _tr("L'export vers {path} a échoué : {reason}").format(path=path, reason=reason)
                            + "\n\n" + _tr("Le détail technique est dans le journal : Aide > Ouvrir le journal."))

    def wait(self, timeout_ms: int = 60_000) -> bool:
        return self.runner.wait(timeout_ms)
