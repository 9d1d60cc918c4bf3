"""Writers side by side on one timeline, as a user runs them: the window, `frise-cli`, an import.

Each test starts real processes (a Python child holding SQLite's write lock, `frise-cli` itself)
next to a connection of this process, the way the window holds one while its workers open more.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from frise.store import Store
from frise.store.corrections import correction_key, record
from frise.ui import settings as keys
from frise.ui.main_window import MainWindow
from tests.test_ui_main_window import list_ids, open_window
from tests.ui_support import seeded_db

CLI = [sys.executable, "-m", "frise.cli"]


@pytest.fixture
def seeded(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' timeline, opened once by Frise (so in WAL mode, as every timeline is)."""
    path = seeded_db(tmp_path, tmp_path_factory.getbasetemp())
    Store.open(path).close()
    return path


class LockHolder:
    """A child process that takes the write lock, writes a row, and commits when told to (or
    after `seconds`): another writer, such as an import in `frise-cli`."""

    def __init__(self, path: Path, seconds: float = 30.0) -> None:
        code = textwrap.dedent(f"""
            import sqlite3, sys, select
            c = sqlite3.connect({str(path)!r}, isolation_level=None)
            c.execute("BEGIN IMMEDIATE")
            c.execute("INSERT INTO user_changes (event_key, kind, payload, created_at) "
                      "VALUES ('held', 'review', '{{}}', 'now')")
            print("locked", flush=True)
            select.select([sys.stdin], [], [], {seconds})
            c.execute("COMMIT")
        """)
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        """Commit now (or, once the holder has already committed, just reap it)."""
        self.process.communicate("go\n", timeout=30)
        assert self.process.returncode == 0


def changes(path: Path) -> list[str]:
    with Store.open(path) as store:
        return [row[0] for row in store.db.execute("SELECT event_key FROM user_changes ORDER BY id")]


# --- the WAL under an open connection


def test_a_second_connection_and_the_cli_leave_the_wal_in_place(seeded: Path) -> None:
    """The window holds a connection; a worker opens another; `frise-cli` reads and exits. The
    CLI, closing, must not believe it is the last user and delete the WAL the window uses: it
    did when opening the worker's connection read the file's header with a plain open(), whose
    close() dropped every POSIX lock this process held on the file."""
    window_store = Store.open(seeded)
    try:
        window_store.db.execute("SELECT count(*) FROM events").fetchone()
        Store.open(seeded).close()  # a worker's connection, opened and closed
        wal = Path(f"{seeded}-wal")
        assert wal.exists()
        result = subprocess.run([*CLI, "--db", str(seeded), "events", "--json"], capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
        assert wal.exists() and Path(f"{seeded}-shm").exists()
        event = window_store.events()[0]
        record(window_store, correction_key(event), "review")
        window_store.check_integrity()
    finally:
        window_store.close()
    assert changes(seeded)[-1] == correction_key(event)


# --- a write beside another writer


def test_a_correction_waits_for_another_writer(seeded: Path) -> None:
    """A correction read its state, then wrote: with a deferred BEGIN the write met SQLITE_BUSY at
    once ("database is locked") while an import held the lock. It now queues for the lock."""
    with Store.open(seeded) as store:
        key = correction_key(store.events()[0])
        holder = LockHolder(seeded, seconds=1.0)
        record(store, key, "review")
        holder.release()
    assert changes(seeded) == ["held", key]


def test_set_date_beside_an_import_lock(seeded: Path) -> None:
    """`frise-cli set-date` while another process writes: it waits, then dates the article."""
    holder = LockHolder(seeded, seconds=1.0)
    result = subprocess.run([*CLI, "--db", str(seeded), "set-date", "1", "5 mai 2017"], capture_output=True,
                            text=True, timeout=120)
    holder.release()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with Store.open(seeded) as store:
        article = store.article(1)
        assert article is not None and article.published == "2017-05-05"


@pytest.fixture
def window(qtbot: QtBot, seeded: Path):
    opened = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    yield opened
    opened.close()
    opened.session.close()


def short_timeout(window: MainWindow) -> None:
    """The window waits 10 s for a busy timeline; a test need not."""
    window.session.store.db.execute("PRAGMA busy_timeout = 200")


def test_a_correction_that_cannot_be_written_is_reported_and_not_undoable(
        window: MainWindow, seeded: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Before, a correction blocked by an import failed with a traceback on stderr while the undo
    stack showed it as done. Now the user reads why, and the stack holds only what is on disk."""
    assert window.wait_idle()
    short_timeout(window)
    window.select_event(list_ids(window)[0])
    holder = LockHolder(seeded)
    try:
        with caplog.at_level(logging.ERROR):
            assert window.corrections.toggle_review() is False
    finally:
        holder.release()
    assert window.corrections.stack.count() == 0
    box = window.findChild(QMessageBox, "correctionFailed")
    assert box is not None and box.isVisible()
    assert "n'a pas été enregistrée" in box.text() and "occupée" in box.text()
    assert "n'a pas été enregistrée" in window.statusBar().currentMessage()
    assert any("n'a pas été enregistrée" in r.getMessage() for r in caplog.records)
    box.close()
    assert changes(seeded) == ["held"]


def test_an_undo_that_cannot_be_written_leaves_the_stack_where_the_database_is(
        window: MainWindow, seeded: Path, qtbot: QtBot) -> None:
    assert window.wait_idle()
    short_timeout(window)
    event_id = list_ids(window)[0]
    window.select_event(event_id)
    assert window.corrections.toggle_review() is True
    assert window.wait_idle()
    stack = window.corrections.stack
    assert (stack.index(), stack.count()) == (1, 1)
    holder = LockHolder(seeded)
    try:
        stack.undo()
        qtbot.waitUntil(lambda: stack.index() == 1)  # put back: the undo was not written
    finally:
        holder.release()
    assert window.session.store.events_by_id([event_id])[0].reviewed
    box = window.findChild(QMessageBox, "correctionFailed")
    assert box is not None and "Impossible d'annuler" in box.text()
    box.close()
    stack.undo()  # the lock is free: now it is undone, once
    assert window.wait_idle()
    assert not window.session.store.events_by_id([event_id])[0].reviewed
    with Store.open(seeded) as store:
        kinds = [row[0] for row in store.db.execute("SELECT kind FROM user_changes ORDER BY id")]
    assert kinds == ["review", "review", "unreview"]  # the holder's row between ours


# --- the process environment of the child processes

@pytest.fixture(autouse=True)
def _child_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Children find the package as this process does and never touch the user's own folders."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in sys.path if p))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))



def test_a_background_failure_is_said_in_french(window: MainWindow, qtbot: QtBot) -> None:
    """SQLite's own words ("database is locked") reached the status bar as they were."""
    with qtbot.waitSignal(window.session.failed) as said:
        window.session._load_failed(sqlite3.OperationalError("database is locked"))
    assert "occupée" in said.args[0] and "database is locked" not in said.args[0]
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and all("database is locked" not in box.text() for box in boxes)  # said in the window too
    for box in boxes:
        box.close()  # else it outlives the window, for the tests after this one to find


def test_three_processes_creating_one_timeline_at_once(tmp_path: Path) -> None:
    """Creating a new timeline from several processes at once failed about one time in ten
    (« database is locked » switching to WAL, or « n'est pas une base Frise » for a file another
    process was migrating): the table check and the WAL switch now wait as writes do."""
    code = "import sys; from frise.store import Store; Store.open(sys.argv[1]).close()"
    for attempt in range(5):
        target = tmp_path / f"nouvelle-{attempt}.frise"
        children = [subprocess.Popen([sys.executable, "-c", code, str(target)], stderr=subprocess.PIPE, text=True)
                    for _ in range(3)]
        for child in children:
            _, errors = child.communicate(timeout=120)
            assert child.returncode == 0, errors
        with Store.open(target) as store:
            store.check_integrity()
