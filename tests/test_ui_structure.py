"""The window's controllers take narrow inputs, and every action is declared in `actions.py`.

The corrections and timeline-files controllers took the whole MainWindow (a cycle main_window ↔
corrections_controller ↔ timeline_files), and the corrections controller made its nine actions
itself, finding the « Édition » menu by its translated title."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMenuBar
from pytestqt.qtbot import QtBot

import frise.ui
from frise.store import Store
from frise.ui.actions import Actions, menus, specs
from frise.ui.corrections_controller import CorrectionsController
from frise.ui.session import Session
from frise.ui.source_pane import SourcePane

UI = Path(frise.ui.__file__).parent
CORRECTIONS = ("undo", "redo", "edit_event", "hide_event", "hidden_events", "merge_event", "split_event",
               "add_event", "review_event")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_controller_knows_the_main_window() -> None:
    for name in ("corrections_controller.py", "timeline_files.py"):
        source = (UI / name).read_text(encoding="utf-8")
        assert "frise.ui.main_window" not in _imports(UI / name), name
        assert "menuBar" not in source and "É&dition" not in source, name
    assert "QAction(" not in (UI / "corrections_controller.py").read_text(encoding="utf-8")  # none made there


def test_every_correction_is_declared_with_the_other_actions() -> None:
    declared = {spec.name for spec in specs()}
    assert set(CORRECTIONS) <= declared
    edit_menu = next(names for title, names in menus() if title.replace("&", "") == "Édition")
    assert all(name in edit_menu for name in CORRECTIONS)


class _Chosen:
    current_event: int | None = None

    def select_event(self, event_id: int | None, origin: str = "") -> None:
        self.current_event = event_id

    def reveal_after_load(self, event_id: int | None) -> None:
        pass


def test_the_corrections_work_without_a_window(qtbot: QtBot, tmp_path: Path) -> None:
    Store.open(tmp_path / "vide.frise").close()
    session = Session(tmp_path / "vide.frise")
    host = QMainWindow()
    qtbot.addWidget(host)
    actions = Actions(host)
    actions.fill_menu_bar(host.menuBar() if isinstance(host.menuBar(), QMenuBar) else QMenuBar())
    try:
        controller = CorrectionsController(session, _Chosen(), SourcePane(session.store), actions, host.statusBar(),
                                           host)
        assert controller.edit is actions.edit_event and not actions.undo.isEnabled()
        actions.edit_event.trigger()
        assert host.statusBar().currentMessage() == "Sélectionnez d'abord un événement."
    finally:
        session.close()
