"""The summary after an import: how many articles came in, and every file that did not, with why.

A non-modal dialog: the window keeps working behind it, and a test (or a person importing in
several goes) is never blocked by it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frise.ui import datefmt
from frise.ui.import_controller import Batch
from frise.ui.plain_text import plain_tooltip


def summary_line(batch: Batch) -> str:
    """"3 articles importés · 1 doublon · 2 échecs"."""
    tr = QCoreApplication.translate
    parts = [datefmt.count_phrase(len(batch.imported), tr("Import", "{n} article importé"),
                                  tr("Import", "{n} articles importés"))]
    if batch.duplicates:
        parts.append(datefmt.count_phrase(len(batch.duplicates), tr("Import", "{n} doublon ignoré"),
                                          tr("Import", "{n} doublons ignorés")))
    if batch.failed:
        parts.append(datefmt.count_phrase(len(batch.failed), tr("Import", "{n} échec"), tr("Import", "{n} échecs")))
    return " · ".join(parts)


class ImportReport(QDialog):
    """Lists what was not imported (failures first), each with its reason."""

    def __init__(self, batch: Batch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Résultat de l'import"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.batch = batch
        self.summary = QLabel(summary_line(batch))
        self.summary.setObjectName("importSummary")
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Fichier"), self.tr("Résultat"), self.tr("Raison")])
        self.table.setAlternatingRowColors(True)
        status_names = {"failed": self.tr("échec"), "duplicate": self.tr("doublon"), "imported": self.tr("importé")}
        for outcome in [*batch.failed, *batch.duplicates]:
            item = QTreeWidgetItem([outcome.path, status_names[outcome.status], outcome.reason or ""])
            item.setToolTip(0, plain_tooltip(outcome.path))
            item.setToolTip(2, plain_tooltip(outcome.reason or ""))
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def reasons(self) -> dict[str, str]:
        return {o.path: o.reason or "" for o in [*self.batch.failed, *self.batch.duplicates]}
