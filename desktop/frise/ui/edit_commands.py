"""The analyst's corrections as QUndoCommands: each step is a change appended to the log.

A command holds the changes its redo appends and those its undo appends (the inverse), never a
deletion: the `user_changes` table stays an audit trail, and the state of an event is always the
fold of its log (see `frise.store.corrections`). Each append is written and applied at once, in
its own transaction, then the session re-reads the database so that every view shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from frise.store import Store
from frise.store.corrections import record

Step = tuple[str, str, dict[str, Any]]
"""(event key, kind, payload): one change to append."""


class ChangeCommand(QUndoCommand):
    """A correction: `forward` changes on redo, `backward` (their inverses) on undo."""

    def __init__(self, text: str, store: Callable[[], Store], forward: Sequence[Step], backward: Sequence[Step],
                 done: Callable[[], None]) -> None:
        super().__init__(text)
        self._store = store
        self._forward = list(forward)
        self._backward = list(backward)
        self._done = done

    def redo(self) -> None:
        self._play(self._forward)

    def undo(self) -> None:
        self._play(self._backward)

    def _play(self, steps: Sequence[Step]) -> None:
        for key, kind, payload in steps:
            record(self._store(), key, kind, payload)
        self._done()


INVERSE = {"hide": "unhide", "unhide": "hide", "review": "unreview", "unreview": "review",
           "merge": "split", "split": "merge", "manual": "discard"}
