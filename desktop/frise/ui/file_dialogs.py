"""File dialogs that never open the files they list.

To show a file's icon and type, Qt's file dialog guesses its MIME type, and for a name it does
not know (« .frise ») it opens the file and reads its first bytes. In a process that holds an
SQLite connection to that very file, closing that descriptor releases every POSIX lock the
process holds on it (locks belong to the process, not to the descriptor): the window loses its
shared lock without knowing, and the next `frise-cli` to close its connection on the timeline
believes it is the last user and deletes the WAL under the open window (issue G, found again
by a new user choosing « Importer des articles » in the folder of the open timeline). The
desktop's own dialogs run in our process on Linux and may read files the same way.

So on every system where SQLite locks with POSIX advisory locks (all but Windows), Frise shows
Qt's own dialog with `PlainIcons`, which tells files and folders apart by what the directory
listing says and types a file by its suffix alone. Windows locks by handle, where a dialog
reading a file costs nothing, and keeps its native dialog.

The functions take and return what the static `QFileDialog` functions do.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

SAFE_FROM_SNIFFING = sys.platform == "win32"
"""Whether the platform's own dialogs may be used (see the module docstring)."""


class PlainIcons(QFileIconProvider):
    """Icons and types from the directory listing alone: never opens a file."""

    def icon(self, what: QFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("QAbstractFileIconProvider", "File")
        return QCoreApplication.translate("QAbstractFileIconProvider", "%1 File").replace("%1", suffix.upper())


_ICONS: PlainIcons | None = None


def _icons() -> PlainIcons:
    global _ICONS
    if _ICONS is None:
        _ICONS = PlainIcons()
    return _ICONS


_EMPTY: str | None = None


def _empty_folder() -> str:
    """A folder with nothing in it, where a dialog is built before it is given `PlainIcons`."""
    global _EMPTY
    if _EMPTY is None or not os.path.isdir(_EMPTY):
        _EMPTY = tempfile.mkdtemp(prefix="frise-dialog-")
        atexit.register(shutil.rmtree, _EMPTY, True)
    return _EMPTY


def _dialog(parent: QWidget | None, caption: str, directory: str | None, filter: str = "") -> QFileDialog:
    if SAFE_FROM_SNIFFING:
        return QFileDialog(parent, caption, directory or "", filter)
    # Built in an empty folder: a dialog built on its folder, or on a file it selects (« Enregistrer
    # sous » offers the open timeline's own name), lists and types what is there with Qt's own
    # icon provider before `setIconProvider` can be called, and so opened the open timeline.
    dialog = QFileDialog(parent, caption, _empty_folder(), filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_icons())
    aimed = Path(directory) if directory else Path.cwd()
    if aimed.is_dir():
        dialog.setDirectory(str(aimed))
    else:
        dialog.setDirectory(str(aimed.parent))
        dialog.selectFile(aimed.name)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def get_open_file_name(parent: QWidget | None, caption: str, directory: str | None = None,
                       filter: str = "") -> tuple[str, str]:
    dialog = _dialog(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def get_open_file_names(parent: QWidget | None, caption: str, directory: str | None = None,
                        filter: str = "") -> tuple[list[str], str]:
    dialog = _dialog(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    chosen = _run(dialog)
    return (chosen, dialog.selectedNameFilter()) if chosen else ([], "")


def get_save_file_name(parent: QWidget | None, caption: str, directory: str | None = None,
                       filter: str = "") -> tuple[str, str]:
    """A file to write; the dialog asks before replacing one that exists."""
    dialog = _dialog(parent, caption, directory, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def get_existing_directory(parent: QWidget | None, caption: str, directory: str | None = None) -> str:
    dialog = _dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
