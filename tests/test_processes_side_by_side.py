"""The window and `frise-cli` as separate processes on one timeline, as a user runs them.

The window is the real one (`tests/window_process.py` builds it as `frise PATH` does, offscreen)
and takes its commands on stdin; `frise-cli` is started as a user would start it. Nothing is
mocked between them: they share only the file.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from frise.store import Store
from tests.ui_support import seeded_db, write_article

CLI = [sys.executable, "-m", "frise.cli"]
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
PLAYERS = ("La Russie", "La France", "L'Allemagne", "La Turquie", "L'Iran", "Les États-Unis", "La Chine")
ACTS = ("a signé un accord avec", "a rencontré les représentants de", "a condamné la décision de",
        "a ouvert des négociations avec")


@pytest.fixture(autouse=True)
def _child_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in sys.path if p))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("FRISE_DB", raising=False)


@pytest.fixture
def timeline(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = seeded_db(tmp_path, tmp_path_factory.getbasetemp())
    Store.open(path).close()  # in WAL mode, as Frise leaves every timeline
    return path


class Window:
    """The window process, one JSON command a line."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.window_process", str(path)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, cwd=Path(__file__).parent.parent)
        self.ready = self.read()

    def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the window process ended: {self.process.stderr.read() if self.process.stderr else ''}"
        return json.loads(line)

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return self.read()

    def quit(self) -> str:
        """Close the window; returns what it wrote on stderr."""
        assert self.ask(do="quit")["bye"]
        _, errors = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, errors
        return errors


def cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "--db", str(path), *args], capture_output=True, text=True, timeout=600)


def articles(folder: Path, count: int, seed: int = 3) -> Path:
    """`count` short dated dispatches, each with two or three dated statements and actors."""
    rng = random.Random(seed)
    for number in range(count):
        year, month, day = rng.choice((2016, 2017, 2018)), rng.randrange(12), rng.randrange(1, 28)
        lines = [f"Dépêche {number} : {rng.choice(PLAYERS)} et la diplomatie", "",
                 f"Paris, le {day} {MONTHS[month]} {year}."]
        for _ in range(rng.randrange(2, 4)):
            lines.append(f"Le {rng.randrange(1, 28)} {MONTHS[rng.randrange(12)]} {year}, {rng.choice(PLAYERS)} "
                         f"{rng.choice(ACTS)} {rng.choice(PLAYERS).lower()} à Genève (n° {number}).")
        write_article(folder, f"depeche-{number:03d}.txt", "\n".join(lines) + "\n")
    return folder


def test_the_cli_beside_the_window_leaves_its_wal_alone(timeline: Path, tmp_path: Path) -> None:
    """Before, `frise-cli events` deleted the WAL under the open window, whose next import failed
    with "database disk image is malformed" and whose exports failed until restart."""
    window = Window(timeline)
    try:
        for _ in range(2):
            result = cli(timeline, "events", "--json")
            assert result.returncode == 0, result.stderr
            assert Path(f"{timeline}-wal").exists() and Path(f"{timeline}-shm").exists()
        before = window.ready["events"]
        folder = tmp_path / "nouveaux"
        write_article(folder, "meseberg.txt", "Sommet à Meseberg\n\nLe 19 juin 2018, Emmanuel Macron et Angela "
                      "Merkel se sont réunis à Meseberg pour préparer le Conseil européen.\n")
        imported = window.ask(do="import", paths=[str(folder)])
        assert imported["messages"] == [] and imported["events"] > before
        exported = window.ask(do="export", path=str(tmp_path / "chronologie.pdf"))
        assert exported == {"error": None, "exists": True, "messages": []}
    finally:
        errors = window.quit()
    assert "Traceback" not in errors and "malformed" not in errors and "I/O error" not in errors
    with Store.open(timeline) as store:
        store.check_integrity()


@pytest.mark.slow
def test_the_window_shows_what_frise_cli_imports_beside_it(timeline: Path, tmp_path: Path) -> None:
    """The window read its timeline once: events `frise-cli import` added beside it showed in
    the filters' counts but not in the chronology until the window itself imported."""
    from frise.ui.session import WATCH_MS

    window = Window(timeline)
    try:
        before = window.ready["events"]
        folder = articles(tmp_path / "depeches", 4)
        result = cli(timeline, "import", "--no-progress", str(folder))
        assert result.returncode == 0, result.stderr
        after = window.ask(do="idle", ms=2 * WATCH_MS + 500)
        assert after["events"] > before
        assert "modifiée hors de cette fenêtre" in after["status"]
        assert window.ask(do="idle", ms=WATCH_MS + 500)["events"] == after["events"]
    finally:
        errors = window.quit()
    assert "Traceback" not in errors


def test_the_import_dialog_on_the_timelines_folder_leaves_the_windows_locks(timeline: Path, tmp_path: Path) -> None:
    """Qt's file dialog opened the timeline it listed to guess its type; closing that descriptor
    dropped the window's POSIX locks, and the next `frise-cli` to close believed itself the last
    user and deleted the WAL under the window (a new user's « Importer des articles » in the
    timeline's own folder). The dialog must never open the files it lists."""
    window = Window(timeline)
    try:
        assert window.ask(do="browse", folder=str(timeline.parent))["browsed"]
        result = cli(timeline, "events", "--json")
        assert result.returncode == 0, result.stderr
        assert Path(f"{timeline}-wal").exists() and Path(f"{timeline}-shm").exists()
        folder = tmp_path / "nouveaux"
        write_article(folder, "meseberg.txt", "Sommet à Meseberg\n\nLe 19 juin 2018, Emmanuel Macron et Angela "
                      "Merkel se sont réunis à Meseberg pour préparer le Conseil européen.\n")
        imported = window.ask(do="import", paths=[str(folder)])
        assert imported["messages"] == []
    finally:
        errors = window.quit()
    assert "I/O error" not in errors and "malformed" not in errors
    with Store.open(timeline) as store:
        store.check_integrity()


def test_corrections_in_the_window_during_a_cli_import_of_300_files(timeline: Path, tmp_path: Path) -> None:
    """The stress test: 50 corrections through the window's command while `frise-cli` imports
    300 files into the same timeline. Every correction is on disk, nothing went to stderr."""
    folder = articles(tmp_path / "archive", 300)
    window = Window(timeline)
    try:
        started = time.time()
        importer = subprocess.Popen([*CLI, "--db", str(timeline), "import", str(folder)], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
        reviewed = window.ask(do="review", count=50, pause_ms=60)
        out, errors = importer.communicate(timeout=900)
        ended = time.time()
    finally:
        window_errors = window.quit()
    assert importer.returncode == 0, errors
    assert errors == "" and window_errors == ""
    assert reviewed["messages"] == [] and reviewed["refused"] == 0
    assert len(reviewed["done"]) == 50
    # The corrections really ran beside the import, not before or after it.
    assert started < reviewed["first"] and reviewed["last"] < ended
    toggles = {event_id: reviewed["done"].count(event_id) for event_id in reviewed["done"]}
    with Store.open(timeline) as store:
        store.check_integrity()
        by_event: dict[str, list[str]] = {}
        for key, kind in store.db.execute("SELECT event_key, kind FROM user_changes ORDER BY id"):
            by_event.setdefault(key, []).append(kind)
        assert sorted(len(kinds) for kinds in by_event.values()) == sorted(toggles.values())
        for kinds in by_event.values():  # review, unreview, review…: each toggle saw the one before
            assert kinds == ["review" if n % 2 == 0 else "unreview" for n in range(len(kinds))]
        # Compared by the events' keys, which corrections follow: an event re-dated by the import
        # (an undated article takes the collection's new year) is rebuilt under another id.
        now_reviewed = {row[0] for row in store.db.execute("SELECT key FROM events WHERE reviewed = 1")}
        assert now_reviewed == {key for key, kinds in by_event.items() if len(kinds) % 2}
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 303
    assert "300" in out
