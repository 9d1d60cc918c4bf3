"""Timeline files: File > New, Open, Save As, and the recent timelines.

A timeline is one SQLite file ending in `.frise`. The window shows one at a time; switching is
`MainWindow.open_timeline`, which asks the session to close the open file and read the other. The
recent list lives in the settings (last opened first, at most `MAX_RECENT`, files that have gone
missing left out), and the `frise` command reopens its first entry when given no file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from frise.store import Store
from frise.ui import file_dialogs
from frise.ui import settings as keys
from frise.ui.actions import Actions
from frise.ui.plain_text import plain_tooltip
from frise.ui.settings import Settings

if TYPE_CHECKING:
    from frise.ui.session import Session

log = logging.getLogger(__name__)

SUFFIX = ".frise"
MAX_RECENT = 8
_SIDECARS = ("-wal", "-shm", "-journal")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineFiles", text)


def file_filter() -> str:
    return _tr("Chronologies Frise (*.frise);;Tous les fichiers (*)")


def with_suffix(path: str | Path) -> Path:
    """`path` ending in `.frise` (added when the user typed a bare name)."""
    path = Path(path)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def recent_timelines(settings: Settings) -> list[Path]:
    """The recent timelines that still exist, last opened first."""
    raw = settings.get(keys.RECENT_TIMELINES).get("paths", [])
    if not isinstance(raw, list):
        return []
    return [Path(p) for p in raw if isinstance(p, str) and Path(p).is_file()][:MAX_RECENT]


def remember(settings: Settings, path: str | Path) -> list[Path]:
    """Put `path` first in the recent list (pruning missing files); returns the new list."""
    first = Path(path).resolve()
    paths = [first] + [p for p in recent_timelines(settings) if p.resolve() != first]
    paths = paths[:MAX_RECENT]
    settings.set(keys.RECENT_TIMELINES, {"paths": [str(p) for p in paths]})
    return paths


def remove_file(path: Path) -> None:
    """Delete a timeline file and SQLite's companions of it (a stale WAL would corrupt a new file)."""
    for suffix in _SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def in_use(target: Path) -> bool:
    """Whether a timeline file seems open elsewhere: its write-ahead log or shared memory is
    beside it (Frise's last connection folds them back into the file on closing). Replacing it
    then would delete a log another window or `frise-cli` still writes to."""
    return any(Path(f"{target}{suffix}").exists() for suffix in ("-wal", "-shm"))


def copy_timeline(store: Store, target: Path) -> Path:
    """Copy the open timeline to `target` through SQLite's backup API (consistent even while the
    WAL holds recent writes), into a temporary file renamed over `target` once complete."""
    target = target.resolve()
    partial = target.with_name(f".{target.name}.partial")
    remove_file(partial)
    try:
        with closing(sqlite3.connect(partial)) as destination:
            store.db.conn.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        for suffix in _SIDECARS:
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(partial, target)
    finally:
        remove_file(partial)
    return target


class TimelineFiles(QObject):
    """The File menu's timeline commands for one window, and its title.

    It is handed what it works on, not the window: the session (the open file), the settings
    (the recent list), the actions and the recent submenu declared in `actions.py`, how to open
    another file and to wait for the background work (`open_timeline`, `wait_idle`, the
    window's), and the window it titles and parents its dialogs to."""

    def __init__(
        self, session: Session, settings: Settings, actions: Actions, open_timeline: Callable[[str | Path], bool],
        wait_idle: Callable[[], bool], window: QWidget,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.settings = settings
        self.window = window
        self._open_timeline = open_timeline
        self._wait_idle = wait_idle
        self.recent_menu = actions.submenu("recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        actions.new_timeline.triggered.connect(self.new)
        actions.open_timeline.triggered.connect(self.open)
        actions.save_timeline_as.triggered.connect(self.save_as)
        session.pathChanged.connect(self._opened)
        self._opened(session.path)

    @property
    def path(self) -> Path:
        return Path(self.session.path)

    def _folder(self) -> str:
        return str(self.path.parent)

    def _opened(self, path: Path) -> None:
        remember(self.settings, path)
        self.window.setWindowTitle(_tr("{name} — Frise").format(name=Path(path).name))
        self.window.setWindowFilePath(str(path))
        self.fill_recent()

    # --- commands

    def new(self) -> bool:
        chosen, _ = file_dialogs.get_save_file_name(self.window, _tr("Nouvelle chronologie"),
                                                str(Path(self._folder()) / _tr("nouvelle-chronologie.frise")),
                                                file_filter())
        if not chosen:
            return False
        target = with_suffix(chosen)
        if target.exists() and target.resolve() == self.path.resolve():
            self._warn(_tr("Cette chronologie est ouverte : choisissez un autre nom."))
            return False
        if target.exists() and in_use(target):
            self._warn_in_use(target)
            return False
        remove_file(target)  # the dialog has asked before replacing it
        return self._open_timeline(target)

    def open(self) -> bool:
        chosen, _ = file_dialogs.get_open_file_name(self.window, _tr("Ouvrir une chronologie"), self._folder(),
                                                file_filter())
        return bool(chosen) and self._open_timeline(chosen)

    def save_as(self) -> bool:
        chosen, _ = file_dialogs.get_save_file_name(self.window, _tr("Enregistrer la chronologie sous"),
                                                str(self.path), file_filter())
        if not chosen:
            return False
        target = with_suffix(chosen)
        if target.exists() and target.resolve() == self.path.resolve():
            return True
        if target.exists() and in_use(target):
            self._warn_in_use(target)
            return False
        self._wait_idle()
        try:
            copy_timeline(self.session.store, target)
        except (OSError, sqlite3.Error) as error:
            log.warning("cannot save the timeline as %s", target, exc_info=True)
            self._warn(_tr("Impossible d'enregistrer la chronologie sous {path} :\n{error}").format(
                path=target, error=error))
            return False
        return self._open_timeline(target)

    def fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        current = self.path.resolve()
        recent = recent_timelines(self.settings)
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {path.name}", menu)
            action.setToolTip(plain_tooltip(str(path)))
            action.setStatusTip(str(path))
            action.setData(str(path))
            if path.resolve() == current:
                action.setCheckable(True)
                action.setChecked(True)
                action.setEnabled(False)
            action.triggered.connect(lambda _=False, p=path: self._open_timeline(p))
            menu.addAction(action)
        if not recent:
            empty = menu.addAction(_tr("Aucune chronologie récente"))
            empty.setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(_tr("Vider la liste"), self.clear_recent)

    def clear_recent(self) -> None:
        self.settings.set(keys.RECENT_TIMELINES, {})
        remember(self.settings, self.path)
        self.fill_recent()

    def _warn_in_use(self, target: Path) -> None:
        log.warning("not replacing %s: it seems open elsewhere", target)
        self._warn(_tr("{name} semble ouverte ailleurs (une autre fenêtre ou frise-cli) : la remplacer "
                       "effacerait ce qui n'y est pas encore écrit. Fermez-la d'abord, ou choisissez un "
                       "autre nom.").format(name=target.name))

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, _tr("Frise"), message)
