"""Opening a Frise database: where it lives, checking it is one, bringing its schema up to date.

A file that is not a SQLite database, is damaged, or was written by a newer Frise raises
`StoreError` with a message in French and English. Nothing is ever reset or recreated silently:
the user's corrections live in that file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import platformdirs
import sqlite_utils

from frise.store.schema import MIGRATIONS, SCHEMA_VERSION

ENV_VAR = "FRISE_DB"
_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be used as it is; `str()` says why in French, then in English."""

    def __init__(self, path: str | Path, french: str, english: str) -> None:
        self.path = str(path)
        self.french = french
        self.english = english
        super().__init__(f"{self.path}: {french} / {english}")


DEFAULT_NAME = "chronologie.frise"
_LEGACY_NAME = "frise.sqlite"
_SIDECARS = ("-wal", "-shm")


def default_path() -> Path:
    """`FRISE_DB` if set, else `chronologie.frise` in the user data directory.

    Frise before timeline files kept its database as `frise.sqlite` there: it is renamed (with
    its WAL files) the first time, or, if it cannot be, used where it is."""
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    folder = Path(platformdirs.user_data_dir("frise", appauthor=False))
    target, legacy = folder / DEFAULT_NAME, folder / _LEGACY_NAME
    if legacy.is_file() and not target.exists():
        try:
            for suffix in _SIDECARS:
                old = Path(f"{legacy}{suffix}")
                if old.exists():
                    old.rename(f"{target}{suffix}")
            legacy.rename(target)
        except OSError:
            return legacy
    return target


def resolve_path(path: str | Path | None) -> Path:
    return Path(path).expanduser() if path else default_path()


def connect(path: str | Path | None = None, *, create: bool = True) -> sqlite_utils.Database:
    """A checked, migrated connection with WAL and foreign keys on."""
    target = resolve_path(path)
    _check_file(target, create)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(target)
        db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        _check_version(target, db, version)
        if 0 < version < SCHEMA_VERSION:
            backup(db, target, version)
        if db.journal_mode != "wal":
            db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
        # Imports commit once per article; checkpointing (and syncing) every 4,000 pages rather
        # than SQLite's 1,000 keeps that cheap, and the log is cut back once checkpointed.
        db.execute("PRAGMA wal_autocheckpoint = 4000")
        db.execute(f"PRAGMA journal_size_limit = {64 * 1024 * 1024}")
        db.execute("PRAGMA foreign_keys = ON")
        _migrate(db, version)
    except sqlite3.DatabaseError as error:
        raise _damaged(target, error) from error
    return db


def _check_file(target: Path, create: bool) -> None:
    if target.is_dir():
        raise StoreError(target, "c'est un dossier, pas un fichier de base de données",
                         "this is a directory, not a database file")
    if not target.exists():
        if not create:
            raise StoreError(target, "base de données introuvable", "database not found")
        return
    try:
        with target.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as error:
        raise StoreError(target, f"fichier illisible ({error.strerror})",
                         f"cannot read the file ({error.strerror})") from error
    if header and header != _HEADER:
        raise StoreError(target, "ce fichier n'est pas une base de données SQLite (corrompu ?)",
                         "this file is not an SQLite database (corrupt?)")


def _check_version(target: Path, db: sqlite_utils.Database, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            target,
            f"base créée par une version plus récente de Frise (schéma {version}, "
            f"cette version connaît le schéma {SCHEMA_VERSION}) ; mettez Frise à jour",
            f"written by a newer Frise (schema {version}, this version knows {SCHEMA_VERSION}); "
            "please upgrade Frise",
        )
    if version == 0 and db.table_names():
        raise StoreError(target, "ce fichier SQLite n'est pas une base Frise",
                         "this SQLite file is not a Frise database")


def backup(db: sqlite_utils.Database, target: Path, version: int) -> Path:
    """Copy a file an older Frise wrote to `NAME.bak-v<version>` before migrating it, through
    SQLite's backup API so that what its WAL holds is copied too. Never overwrites a backup."""
    copy = target.with_name(f"{target.name}.bak-v{version}")
    number = 1
    while copy.exists():
        number += 1
        copy = target.with_name(f"{target.name}.bak-v{version}-{number}")
    try:
        with closing(sqlite3.connect(copy)) as destination:
            db.conn.backup(destination)
    except (OSError, sqlite3.Error) as error:
        copy.unlink(missing_ok=True)
        raise StoreError(target, f"copie de sauvegarde impossible avant la mise à jour ({error})",
                         f"cannot back the file up before upgrading it ({error})") from error
    return copy


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    for number in range(version, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")


def _damaged(target: Path, error: sqlite3.DatabaseError) -> StoreError:
    return StoreError(
        target,
        f"base de données endommagée ou illisible ({error})",
        f"the database is damaged or unreadable ({error})",
    )


def check_integrity(db: sqlite_utils.Database, path: str | Path = "") -> None:
    """Run `PRAGMA integrity_check`; raise StoreError listing the first problems found."""
    try:
        rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as error:
        raise _damaged(Path(path), error) from error
    if rows != ["ok"]:
        raise StoreError(path, "base endommagée : " + "; ".join(rows[:3]),
                         "damaged database: " + "; ".join(rows[:3]))


@contextmanager
def translated_errors(path: str | Path) -> Iterator[None]:
    """Turn SQLite's corruption errors met later on (a bad page deep in the file) into StoreError."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            raise
        message = str(error).lower()
        if "malformed" in message or "not a database" in message or "corrupt" in message:
            raise _damaged(Path(path), error) from error
        raise
