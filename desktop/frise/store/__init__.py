"""SQLite through sqlite-utils: the schema, its migrations, and the queries the application asks.

One file holds everything (see `schema.py` for its tables). `Store.open()` checks and migrates it;
`Store.transaction()` wraps a unit of work (one article's import) so that it lands whole or not
at all. Each thread opens its own Store: SQLite connections are not shared between threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

import sqlite_utils

from frise.store.connection import (
    ENV_VAR,
    StoreError,
    check_integrity,
    connect,
    default_path,
    french_reason,
    immediate,
    read_only,
    resolve_path,
    translated_errors,
)
from frise.store.reads import Reads, fold_name
from frise.store.records import ActorInfo, ArticleRow, EventQuery, UserChange
from frise.store.schema import SCHEMA_VERSION
from frise.store.writes import Writes


class Store(Writes, Reads):
    """A Frise database file, open."""

    def __init__(self, db: sqlite_utils.Database, path: Path, *, read_only: bool = False) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self._report_cache = {}
        # Place names compared as people type them (« geneve » finds « Genève »).
        db.conn.create_function("frise_fold", 1, fold_name, deterministic=True)

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True) -> Store:
        """Open (creating it if needed) the database at `path`, `FRISE_DB`, or the default place."""
        target = resolve_path(path)
        db = connect(target, create=create)
        return cls(db, target, read_only=read_only(target))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All or nothing: commits on success, rolls back on any exception (nested: savepoint).

        The outermost level starts with BEGIN IMMEDIATE, taking the write lock at once. A deferred
        BEGIN that reads and then writes cannot wait for another writer: SQLite answers "database
        is locked" at the first write without calling the busy handler, since waiting could
        deadlock two readers that both want to write. Taking the lock first, every writer (an
        import, a correction, `frise-cli set-date` in another process) queues for up to the busy
        timeout instead."""
        if self.read_only:
            raise StoreError(self.path, "la chronologie est en lecture seule (fichier, dossier ou disque protégé en "
                             "écriture) : enregistrez-en une copie pour la modifier",
                             "the timeline is read-only (file, folder or disk write-protected): "
                             "save a copy to change it")
        with translated_errors(self.path):
            if self.db.conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            with immediate(self.db):
                yield self

    def check_integrity(self) -> None:
        check_integrity(self.db, self.path)

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])


__all__ = [
    "ENV_VAR",
    "SCHEMA_VERSION",
    "ActorInfo",
    "ArticleRow",
    "EventQuery",
    "Store",
    "StoreError",
    "UserChange",
    "default_path",
    "french_reason",
]
