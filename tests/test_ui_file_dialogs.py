"""The window's file dialogs never open the timeline it holds (see `frise.ui.file_dialogs`).

Closing any descriptor a process holds on an SQLite file releases the process's POSIX locks on
it; the next `frise-cli` to close its connection then believes it is the last user and deletes
the WAL under the open window. Tested with a real second process, as a user meets it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from frise.store import Store
from frise.ui import file_dialogs


def _write_from_another_process(db: Path) -> None:
    subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3
        db = sqlite3.connect({str(db)!r})
        db.execute("INSERT INTO user_changes (event_key, kind, payload, created_at) "
                   "VALUES ('k', 'review', '{{}}', 'x')")
        db.commit()
        db.close()
        """)], check=True)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks by handle")
@pytest.mark.parametrize("aim", ["file", "folder"])
def test_a_dialog_on_the_open_timeline_leaves_its_locks(qtbot: QtBot, tmp_path: Path, aim: str) -> None:
    db = tmp_path / "chronologie.frise"
    with Store.open(db) as store:  # this process holds it, as the window does
        store.db.conn.execute("SELECT count(*) FROM user_changes").fetchall()
        assert Path(f"{db}-wal").exists()
        dialog = file_dialogs._dialog(None, "Enregistrer la chronologie sous",
                                      str(db) if aim == "file" else str(tmp_path), "Chronologies Frise (*.frise)")
        dialog.show()
        qtbot.wait(1500)  # the dialog's model lists the folder in a thread of its own
        dialog.close()
        dialog.deleteLater()
        _write_from_another_process(db)
        # the other process did not think itself the last user: the WAL is still there
        assert Path(f"{db}-wal").exists()
        assert store.db.conn.execute("SELECT count(*) FROM user_changes").fetchone()[0] == 1
