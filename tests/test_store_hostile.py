"""Files that are not what they claim, opened as timelines: each refused in French, none changed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest

from frise.store import Store, StoreError
from frise.store.connection import backup


def test_a_negative_schema_number_is_refused_as_such(tmp_path: Path) -> None:
    """`user_version = -1` was read as an old schema and "migrated": « duplicate column name »."""
    path = tmp_path / "bizarre.frise"
    Store.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = -1")
    with pytest.raises(StoreError, match="numéro de schéma invalide"):
        Store.open(path)


def test_a_failed_backup_leaves_nothing_behind(tmp_path: Path) -> None:
    """A backup that fails half-way (a full disk) left its hot `-journal`: a later backup under
    the same name would have rolled that journal into a new copy."""
    target = tmp_path / "ancienne.frise"
    target.write_bytes(b"")

    def failing_backup(destination: sqlite3.Connection) -> None:
        destination.execute("CREATE TABLE partial (x)")
        (tmp_path / f"{target.name}.bak-v3-journal").write_bytes(b"hot journal")
        raise sqlite3.OperationalError("database or disk is full")

    fake = SimpleNamespace(conn=SimpleNamespace(backup=failing_backup))
    with pytest.raises(StoreError, match="sauvegarde impossible"):
        backup(fake, target, 3)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ancienne.frise"]


def test_a_corrupt_page_behind_a_valid_header_is_named_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "abimee.frise"
    with Store.open(path) as store:
        store.db.execute("CREATE TABLE filler (x)")
        store.db.conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(400)])
        store.db.conn.commit()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\xff" * (page * 3)  # pages past the header and schema
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="endommagée"), Store.open(path) as store:
        store.check_integrity()
