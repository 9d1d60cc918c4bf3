"""Opening a timeline an older Frise wrote: a backup copy first, then the migration; the default
file's name and the move from the old `frise.sqlite`."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlite_utils

from frise.store import Store, connection
from frise.store.schema import MIGRATIONS, SCHEMA_VERSION
from frise.store.views import article_count
from tests.ui_support import SEEDS


def _newer_schema(monkeypatch: pytest.MonkeyPatch) -> int:
    """Pretend this Frise knows one schema more than the files written so far."""

    def add_note_column(db: sqlite_utils.Database) -> None:
        db.execute("ALTER TABLE articles ADD COLUMN note_de_test TEXT")

    monkeypatch.setattr(connection, "MIGRATIONS", [*MIGRATIONS, add_note_column])
    monkeypatch.setattr(connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    return SCHEMA_VERSION + 1


def _version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def test_an_older_file_is_backed_up_then_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frise.library import import_paths

    path = tmp_path / "ancienne.frise"
    with Store.open(path) as store:
        import_paths(store, [SEEDS])
        articles = article_count(store)
    assert articles > 0
    current = _newer_schema(monkeypatch)

    with Store.open(path) as store:
        assert article_count(store) == articles
        assert "note_de_test" in store.db["articles"].columns_dict
    backup = tmp_path / f"ancienne.frise.bak-v{SCHEMA_VERSION}"
    assert backup.is_file()
    assert _version(backup) == SCHEMA_VERSION and _version(path) == current
    with closing(sqlite3.connect(backup)) as db:  # the copy holds the data, WAL included
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
        assert "note_de_test" not in [row[1] for row in db.execute("PRAGMA table_info(articles)")]

    with Store.open(path):  # up to date now: no second backup
        pass
    assert sorted(p.name for p in tmp_path.glob("*.bak-*")) == [backup.name]


def test_a_second_backup_never_overwrites_the_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.frise"
    Store.open(path).close()
    first = tmp_path / f"c.frise.bak-v{SCHEMA_VERSION}"
    first.write_bytes(b"earlier backup")
    _newer_schema(monkeypatch)
    Store.open(path).close()
    assert first.read_bytes() == b"earlier backup"
    assert (tmp_path / f"c.frise.bak-v{SCHEMA_VERSION}-2").is_file()


def test_a_new_file_needs_no_backup(tmp_path: Path) -> None:
    Store.open(tmp_path / "neuve.frise").close()
    assert list(tmp_path.glob("*.bak-*")) == []


def test_the_default_timeline_is_a_frise_file_and_the_old_database_moves_into_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRISE_DB", raising=False)
    monkeypatch.setattr(connection.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path))
    assert connection.default_path() == tmp_path / "chronologie.frise"
    assert not (tmp_path / "chronologie.frise").exists()

    with Store.open(tmp_path / "frise.sqlite") as old:
        old.db.execute("PRAGMA user_version")
    legacy_count = _version(tmp_path / "frise.sqlite")
    assert connection.default_path() == tmp_path / "chronologie.frise"
    assert (tmp_path / "chronologie.frise").is_file() and not (tmp_path / "frise.sqlite").exists()
    assert _version(tmp_path / "chronologie.frise") == legacy_count
