"""Opening a Frise database: where it lives, checking it is one, bringing its schema up to date.

A file that is not a SQLite database, is damaged, or was written by a newer Frise raises
`StoreError` with a message in French and English. Nothing is ever reset or recreated silently:
the user's corrections live in that file.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import platformdirs
import sqlite_utils

from frise.store.schema import MIGRATIONS, SCHEMA_VERSION

ENV_VAR = "FRISE_DB"
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
    """A checked, migrated connection with WAL and foreign keys on.

    A file that cannot be written (read-only file, folder or file system) is opened read-only:
    it can be listed, searched and exported, and every write says it is read-only."""
    target = resolve_path(path)
    _check_file(target, create)
    if target.exists() and read_only(target):
        return _connect_read_only(target, create)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(target)
        db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        version = _version(target, db, create)
        if 0 < version < SCHEMA_VERSION:
            backup(db, target, version)
        if db.journal_mode != "wal":
            _enable_wal(db)
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


def read_only(target: Path) -> bool:
    """Whether SQLite could not write the file or create its WAL beside it. access() answers
    for root too on a read-only file system, and never opens the file."""
    return not (os.access(target, os.W_OK) and os.access(target.parent, os.W_OK | os.X_OK))


def _connect_read_only(target: Path, create: bool) -> sqlite_utils.Database:
    """`mode=ro` reads a WAL file while its -shm can be used; in a read-only folder with no WAL
    left behind (Frise's last connection folds it into the file), `immutable=1` reads the file
    as it is. A WAL that holds writes and cannot be read is refused rather than ignored."""
    uri = "file:" + urllib.parse.quote(str(target.absolute())) + "?mode=ro"
    wal = Path(f"{target}-wal")
    try:
        try:
            db = sqlite_utils.Database(sqlite3.connect(uri, uri=True, check_same_thread=False))
            version = _version(target, db, create)
        except sqlite3.OperationalError:
            if wal.exists() and wal.stat().st_size > 0:
                raise StoreError(target, "chronologie en lecture seule dont le journal (-wal) ne peut être lu",
                                 "read-only timeline whose write-ahead log cannot be read") from None
            db = sqlite_utils.Database(sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False))
            version = _version(target, db, create)
        if version < SCHEMA_VERSION:
            raise StoreError(target, "chronologie en lecture seule écrite par une version antérieure de Frise : "
                             "copiez-la dans un dossier modifiable pour la mettre à jour",
                             "read-only timeline written by an older Frise: copy it somewhere writable to upgrade it")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise _damaged(target, error) from error
    return db


def _version(target: Path, db: sqlite_utils.Database, create: bool) -> int:
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise _not_sqlite(target) from error
        raise
    _check_version(target, db, version, create)
    return version


def _check_file(target: Path, create: bool) -> None:
    """What can be told of the file without opening it.

    Nothing here may open the database file: POSIX advisory locks belong to the process, and
    closing *any* descriptor of a file drops every lock the process holds on it. A plain
    `open()` and `close()` of the file while a connection of this process lives (the window's,
    when a worker connects) silently releases that connection's shared lock; another process
    closing its own connection then believes it is the last user and deletes the WAL under the
    window. The header is checked through SQLite itself (`_not_sqlite`), whose descriptors are
    shared between connections of one process."""
    if target.is_dir():
        raise StoreError(target, "c'est un dossier, pas un fichier de base de données",
                         "this is a directory, not a database file")
    try:
        size = target.stat().st_size
    except FileNotFoundError:
        if not create:
            raise StoreError(target, "base de données introuvable", "database not found") from None
        return
    except OSError as error:
        raise StoreError(target, f"fichier illisible ({error.strerror})",
                         f"cannot read the file ({error.strerror})") from error
    if size == 0 and not create:
        raise StoreError(target, "fichier vide : ce n'est pas une chronologie (seul « import » en crée une)",
                         "empty file: not a timeline (only « import » creates one)")


def _not_sqlite(target: Path) -> StoreError:
    return StoreError(target, "ce fichier n'est pas une base de données SQLite (corrompu ?)",
                      "this file is not an SQLite database (corrupt?)")


def _check_version(target: Path, db: sqlite_utils.Database, version: int, create: bool) -> None:
    if version < 0:
        raise StoreError(target, f"numéro de schéma invalide ({version}) : ce n'est pas une base Frise",
                         f"invalid schema number ({version}): not a Frise database")
    if version > SCHEMA_VERSION:
        raise StoreError(
            target,
            f"base créée par une version plus récente de Frise (schéma {version}, "
            f"cette version connaît le schéma {SCHEMA_VERSION}) ; mettez Frise à jour",
            f"written by a newer Frise (schema {version}, this version knows {SCHEMA_VERSION}); "
            "please upgrade Frise",
        )
    if version == 0 and not create:
        raise StoreError(target, "base SQLite vide : ce n'est pas une chronologie (seul « import » en crée une)",
                         "empty SQLite database: not a timeline (only « import » creates one)")


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
        for leftover in (copy, *(Path(f"{copy}{suffix}") for suffix in ("-journal", *_SIDECARS))):
            leftover.unlink(missing_ok=True)
        raise StoreError(target, f"copie de sauvegarde impossible avant la mise à jour ({error})",
                         f"cannot back the file up before upgrading it ({error})") from error
    return copy


@contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that holds the write lock from its first statement (see
    `Store.transaction`): committed on success, rolled back on any exception."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise


def _enable_wal(db: sqlite_utils.Database) -> None:
    """Switching to WAL needs the file to itself and, unlike a write, does not wait for the busy
    handler: two processes creating one timeline at once met « database is locked ». Retry for
    as long as a write would wait."""
    deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def target_of(db: sqlite_utils.Database) -> str:
    row = db.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    """Each step in a write transaction that reads the version again: another process opening
    the same old file at the same moment migrates it first, and this one then has nothing to do."""
    for number in range(version, SCHEMA_VERSION):
        with immediate(db):
            if db.execute("PRAGMA user_version").fetchone()[0] != number:
                continue
            if number == 0 and db.table_names():  # read under the lock: not a half-made timeline
                raise StoreError(target_of(db), "ce fichier SQLite n'est pas une base Frise",
                                 "this SQLite file is not a Frise database")
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")


def _damaged(target: Path, error: sqlite3.DatabaseError) -> StoreError:
    """A StoreError for what SQLite said, which is not always damage: a lock held past the busy
    timeout, a full disk or a read-only file are named as such."""
    if isinstance(error, sqlite3.OperationalError) and not _is_corruption(error):
        return StoreError(target, french_reason(error), str(error))
    return StoreError(
        target,
        f"base de données endommagée ou illisible ({error})",
        f"the database is damaged or unreadable ({error})",
    )


def french_reason(error: BaseException) -> str:
    """Why a write did not happen, in words for the person who asked for it."""
    if isinstance(error, StoreError):
        return error.french
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return ("la chronologie est occupée par une autre écriture (un import ou frise-cli) depuis plus de "
                f"{_BUSY_TIMEOUT_MS // 1000} s ; réessayez dans un instant")
    if "disk is full" in message or getattr(error, "errno", None) == errno.ENOSPC:
        return "le disque est plein ; libérez de la place puis réessayez"
    if "readonly" in message or "read-only" in message or getattr(error, "errno", None) in (errno.EROFS, errno.EACCES):
        return "la chronologie est en lecture seule"
    if _is_corruption(error):
        return f"la chronologie est endommagée ({error})"
    return f"erreur de la base de données ({error})"


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
        if _is_corruption(error):
            raise _damaged(Path(path), error) from error
        raise


def _is_corruption(error: BaseException) -> bool:
    message = str(error).lower()
    return "malformed" in message or "not a database" in message or "corrupt" in message
