"""Qt's own dialogs in French, and readable: the strings qtbase_fr.qm lacks, and the columns of
Qt's file dialog.

Qt ships French translations of its dialogs, but they lag behind its sources: Qt 6's file dialog
labels carry keyboard accelerators ("&Look in:", "Files of &type:") that the shipped catalogue
only knows without them, and the type of a folder moved to `QAbstractFileIconProvider`, which
the catalogue does not have at all ("Folder" showed in English in an otherwise French dialog).
`QtFrenchGaps` answers for those strings only and defers to the other translators for the rest.

Qt's own file dialog (used where the desktop offers none) also opens with columns so narrow that
sizes read « 10....KiB »: `fit_file_dialogs` widens them the first time each dialog takes the
focus (a signal that fires once per focus change, not an event filter over every event).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView, QWidget

_NBSP = "\u00a0"
GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): f"&Regarder dans{_NBSP}:",
    ("QFileDialog", "Files of &type:"): f"Fichiers de &type{_NBSP}:",
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
    ("QAbstractFileIconProvider", "File Folder"): "Dossier",
    ("QAbstractFileIconProvider", "File"): "Fichier",
    ("QAbstractFileIconProvider", "%1 File"): "Fichier %1",
    ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    ("QAbstractFileIconProvider", "Shortcut"): "Raccourci",
    ("QAbstractFileIconProvider", "Alias"): "Alias",
    ("QAbstractFileIconProvider", "Unknown"): "Inconnu",
}

#: The columns of the file dialog's detail view (name, size, type, date) and their least widths.
_COLUMNS = (260, 90, 110, 150)
_FITTED = "friseFitted"


class QtFrenchGaps(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None reaches Qt as a null string, "not mine": Qt then asks the next translator. An empty
        # string would be taken as the translation and blank every other label.
        return GAPS.get((context, source))

    def isEmpty(self) -> bool:
        return False


def fit_file_dialog(dialog: QFileDialog) -> None:
    """Give Qt's own file dialog room for its columns (nothing to do for a native one)."""
    if dialog.property(_FITTED):
        return
    dialog.setProperty(_FITTED, True)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:
        return
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    for column, width in enumerate(_COLUMNS):
        if column < header.count():
            header.resizeSection(column, max(header.sectionSize(column), width))
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    if dialog.width() < 860 or dialog.height() < 520:
        dialog.resize(max(dialog.width(), 860), max(dialog.height(), 520))


class _DialogFitter(QObject):
    def fit(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = new.window() if new is not None else None
        if isinstance(window, QFileDialog):
            fit_file_dialog(window)


def fit_file_dialogs(app: QApplication) -> QObject:
    """Fit every Qt file dialog of `app` as it takes the focus (once per application, however
    often this is called); returns the connected object."""
    fitter = app.findChild(_DialogFitter)
    if fitter is not None:
        return fitter
    fitter = _DialogFitter(app)
    app.focusChanged.connect(fitter.fit)
    return fitter
