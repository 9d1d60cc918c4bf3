"""The analyst's corrections as QUndoCommands: each step is a change appended to the log.

A command holds the changes its redo appends and those its undo appends (the inverse), never a
deletion: the `user_changes` table stays an audit trail, and the state of an event is always the
fold of its log (see `frise.store.corrections`). A command's appends are written and applied at
once, in one transaction, then the session re-reads the database so that every view shows it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from frise.store import Store, StoreError
from frise.store.corrections import record

Step = tuple[str, str, dict[str, Any]]
"""(event key, kind, payload): one change to append."""


class ChangeCommand(QUndoCommand):
    """A correction: `forward` changes on redo, `backward` (their inverses) on undo.

    The steps of one direction are written in one transaction: all of them or none. A step that
    cannot be written (another writer held the timeline past the busy timeout, a full disk, a
    read-only file) leaves the database as it was, and `failed` is told; the controller then puts
    the stack back where the database is, replaying nothing (`_skip_next`).

    The controller applies a new command itself (`apply()`) before pushing it, so that a
    correction that could not be written never reaches the undo stack."""

    def __init__(self, text: str, store: Callable[[], Store], forward: Sequence[Step], backward: Sequence[Step],
                 done: Callable[[], None], failed: Callable[[ChangeCommand, Exception, bool], None]) -> None:
        super().__init__(text)
        self._store = store
        self._forward = list(forward)
        self._backward = list(backward)
        self._done = done
        self._failed = failed
        self._skip_next = False

    def apply(self) -> bool:
        """Write the forward steps now; on success the push that follows replays nothing."""
        try:
            self._write(self._forward)
        except WRITE_ERRORS as error:
            self._failed(self, error, False)
            return False
        self._skip_next = True
        self._done()
        return True

    def skip_next(self) -> None:
        """The next redo or undo only moves the stack: the database is already there."""
        self._skip_next = True

    def redo(self) -> None:
        self._play(self._forward, undoing=False)

    def undo(self) -> None:
        self._play(self._backward, undoing=True)

    def _play(self, steps: Sequence[Step], *, undoing: bool) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        try:
            self._write(steps)
        except WRITE_ERRORS as error:
            self._failed(self, error, undoing)
            return
        self._done()

    def _write(self, steps: Sequence[Step]) -> None:
        store = self._store()
        with store.transaction():
            for key, kind, payload in steps:
                record(store, key, kind, payload)


WRITE_ERRORS = (StoreError, sqlite3.Error, OSError)
"""What writing a change can meet that is not a bug: the user is told, and nothing is lost."""


INVERSE = {"hide": "unhide", "unhide": "hide", "review": "unreview", "unreview": "review",
           "merge": "split", "split": "merge", "manual": "discard"}
