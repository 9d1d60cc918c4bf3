"""Timeline files in the window: New, Open, Save As, the recent list, the title, `frise X.frise`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from frise.app import parse_args
from frise.store import Store
from frise.store.views import EventFilter, article_count
from frise.ui import file_dialogs
from frise.ui import settings as keys
from frise.ui.actions import specs
from frise.ui.main_window import MainWindow
from frise.ui.session import Session
from frise.ui.settings import Settings
from frise.ui.timeline_files import MAX_RECENT, recent_timelines, remember, with_suffix
from tests.ui_support import seeded_db


@pytest.fixture
def values() -> dict[str, Any]:
    return {keys.FIRST_RUN.key: False}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, values: dict[str, Any]):
    seeded = seeded_db(tmp_path, tmp_path_factory.getbasetemp())
    timeline = seeded.rename(tmp_path / "seeds.frise")
    session = Session(timeline)
    opened = MainWindow(session, Settings.in_memory(values))
    qtbot.addWidget(opened)
    opened.resize(1200, 800)
    opened.show()
    opened.start()
    loaded(qtbot, opened)
    yield opened
    opened.close()
    opened.session.close()


def loaded(qtbot: QtBot, window: MainWindow) -> None:
    window.wait_idle()
    qtbot.waitUntil(lambda: window.session.snapshot is not None and not window.session.loading, timeout=30_000)
    window.wait_idle()


def answer(monkeypatch: pytest.MonkeyPatch, method: str, path: Path | str) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(file_dialogs, method, dialog)
    return asked


def test_the_title_names_the_open_timeline(window: MainWindow) -> None:
    assert window.windowTitle() == "seeds.frise — Frise"


def test_shortcuts_are_standard_and_unique() -> None:
    by_name = {spec.name: spec.key for spec in specs()}
    S = QKeySequence.StandardKey
    assert by_name["new_timeline"] == S.New and by_name["open_timeline"] == S.Open
    assert by_name["save_timeline_as"] == S.SaveAs
    sequences = [QKeySequence(key).toString() for key in by_name.values() if key is not None]
    sequences = [s for s in sequences if s]
    assert len(sequences) == len(set(sequences)), sequences


def test_file_menu_holds_the_timeline_commands_and_the_recent_list(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    names = [a.objectName() for a in menu.actions()]
    assert names[:2] == ["action_new_timeline", "action_open_timeline"]
    assert window.files.recent_menu.menuAction() in menu.actions()
    assert "action_save_timeline_as" in names


def test_new_creates_an_empty_timeline_and_switches_to_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = window.session.article_count
    assert before > 0
    answer(monkeypatch, "get_save_file_name", tmp_path / "vide")
    assert window.files.new()
    loaded(qtbot, window)
    assert window.session.path == tmp_path / "vide.frise"
    assert (tmp_path / "vide.frise").is_file()
    assert window.session.article_count == 0 and len(window.session.snapshot or []) == 0
    assert window.chronology.chronology_model().rowCount() == 0
    assert window.filters.actors.count() == 0  # the seeds' actors and outlets are not offered, at (0)
    assert window.filters.sources.topLevelItemCount() == 0
    assert window.windowTitle() == "vide.frise — Frise"
    assert recent_timelines(window.settings)[:2] == [tmp_path / "vide.frise", tmp_path / "seeds.frise"]


def test_open_reads_another_timeline_and_clears_the_filter(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "autre.frise"
    Store.open(other).close()
    window.filters.set_filter(EventFilter(search="Sommet"))
    window.session.set_filter(EventFilter(search="Sommet"))
    answer(monkeypatch, "get_open_file_name", other)
    window.commands.open_timeline.trigger()
    loaded(qtbot, window)
    assert window.session.path == other
    assert window.session.filter == EventFilter()
    assert window.session.article_count == 0
    # and back through the recent list
    window.files.fill_recent()
    entries = [a for a in window.files.recent_menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries] == [other, tmp_path / "seeds.frise"]
    assert not entries[0].isEnabled()  # the open one
    entries[1].trigger()
    loaded(qtbot, window)
    assert window.session.path == tmp_path / "seeds.frise"
    assert window.session.article_count > 0 and len(window.session.selection) > 0


def test_save_as_copies_everything_and_continues_in_the_copy(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = len(window.session.snapshot or [])
    articles = window.session.article_count
    answer(monkeypatch, "get_save_file_name", tmp_path / "copie.frise")
    window.commands.save_timeline_as.trigger()
    loaded(qtbot, window)
    assert window.session.path == tmp_path / "copie.frise"
    assert len(window.session.snapshot or []) == events and window.session.article_count == articles
    with Store.open(tmp_path / "seeds.frise") as original:
        assert article_count(original) == articles
    assert window.windowTitle() == "copie.frise — Frise"


def test_a_file_that_is_not_a_timeline_is_refused_and_the_open_one_stays(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "faux.frise"
    bad.write_bytes(b"pas une base" * 100)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warned.append(text)))
    answer(monkeypatch, "get_open_file_name", bad)
    assert not window.files.open()
    assert warned and "faux.frise" in warned[0]
    assert window.session.path == tmp_path / "seeds.frise"
    assert window.windowTitle() == "seeds.frise — Frise"


def test_recent_list_is_short_and_forgets_missing_files(tmp_path: Path) -> None:
    settings = Settings.in_memory()
    files = []
    for number in range(MAX_RECENT + 3):
        path = tmp_path / f"c{number}.frise"
        path.write_bytes(b"")
        files.append(path)
        remember(settings, path)
    recent = recent_timelines(settings)
    assert recent == list(reversed(files))[:MAX_RECENT]
    recent[0].unlink()
    assert recent_timelines(settings) == list(reversed(files))[1:MAX_RECENT]
    remember(settings, files[3])
    assert recent_timelines(settings)[0] == files[3] and len(set(recent_timelines(settings))) == len(
        recent_timelines(settings))


def test_with_suffix() -> None:
    assert with_suffix("/x/chrono") == Path("/x/chrono.frise")
    assert with_suffix("/x/chrono.FRISE") == Path("/x/chrono.FRISE")


def test_a_frise_file_on_the_command_line_is_the_timeline() -> None:
    args = parse_args(["/tmp/ma chronologie.frise", "article.txt"])
    assert args.timeline == "/tmp/ma chronologie.frise" and args.articles == ["article.txt"]
    assert parse_args([]).timeline is None


@pytest.mark.parametrize("command", ["save_as", "new"])
def test_a_timeline_open_elsewhere_is_not_replaced(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    """Save As or New onto a file another process has open used to delete its write-ahead log
    under it; now it is refused and the other timeline keeps what it had written."""
    import subprocess
    import sys
    import textwrap

    other = tmp_path / "autre.frise"
    with Store.open(other):
        pass
    # Another process holds it open in WAL mode, with a write not yet folded into the file.
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        db = sqlite3.connect({str(other)!r})
        db.execute("PRAGMA wal_autocheckpoint = 0")
        db.execute("INSERT INTO user_changes (event_key, kind, payload, created_at) "
                   "VALUES ('k', 'review', '{{}}', 'x')")
        db.commit()
        print("ready", flush=True)
        sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert Path(f"{other}-wal").exists()
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warned.append(text)))
        answer(monkeypatch, "get_save_file_name", other)
        assert not getattr(window.files, command)()
        assert warned and "autre.frise" in warned[0] and "ouverte ailleurs" in warned[0]
        assert window.session.path == tmp_path / "seeds.frise"
        assert Path(f"{other}-wal").exists()
    finally:
        holder.communicate("\n", timeout=30)
    with Store.open(other) as store:
        assert store.db.execute("SELECT count(*) FROM user_changes WHERE event_key = 'k'").fetchone()[0] == 1
