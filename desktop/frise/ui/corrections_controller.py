"""The Edit menu's corrections: undo/redo, edit, hide, hidden events, merge, split, add from the
selection, mark reviewed.

The actions are declared with every other in `actions.py` and placed in the Édition menu there;
this controller gives them their behaviour. It is handed what it works on, not the window: the
session (the store, its reloads), the current event (`CurrentEvent`), the source pane (for the
passage selected in an article), the status bar it speaks in and the widget its dialogs belong
to. Every correction goes through one `QUndoStack` as a `ChangeCommand`, so Ctrl+Z /
Ctrl+Shift+Z undo and redo each of them, and each step is written to the `user_changes` log at
once.

Methods take their input as optional arguments (the values of the dialog, the event to merge
with) so tests drive them without a modal dialog; without them, the dialog is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from frise.events.corrections import EDITABLE, NO_KIND, manual_key
from frise.events.date_input import DateInputError, understand
from frise.events.merge import likely_same
from frise.events.model import Event
from frise.store import EventQuery, Store, french_reason
from frise.store.corrections import (
    correction_key,
    correction_state,
    event_id_for,
    hidden_events,
    statement_keys,
)
from frise.ui.actions import Actions
from frise.ui.edit_commands import ChangeCommand, Step
from frise.ui.event_editor import EventDraft, EventEditor, EventValues
from frise.ui.hidden_events import EventPicker
from frise.ui.source_pane import SourcePane, Utf16

if TYPE_CHECKING:
    from frise.ui.session import Session


class CurrentEvent(Protocol):
    """The event chosen in the window, and how to choose another (the window provides it)."""

    current_event: int | None

    def select_event(self, event_id: int | None, origin: str = "") -> None: ...

    def reveal_after_load(self, event_id: int | None) -> None: ...


log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


class _Naming(QObject):
    """Names its parent action after the change it would undo or redo."""

    def __init__(self, action: QAction, prefix: str) -> None:
        super().__init__(action)
        self.action = action
        self.prefix = prefix

    def name(self, change: str) -> None:
        self.action.setText(f"{self.prefix} {change}" if change else self.prefix)


class CorrectionsController(QObject):
    def __init__(
        self, session: Session, chosen: CurrentEvent, sources: SourcePane, actions: Actions, status: QStatusBar,
        dialogs: QWidget,
    ) -> None:
        super().__init__(dialogs)
        self.session = session
        self.chosen = chosen
        self.sources = sources
        self.status = status
        self.dialogs = dialogs
        self.stack = QUndoStack(self)
        # Say what Ctrl+Z and Ctrl+Shift+Z did: a message of the change itself ("Événement
        # masqué…") otherwise stayed in the status bar after it was undone.
        self._index = 0
        self._pushing = False
        self.stack.indexChanged.connect(self._moved)
        changed = getattr(session, "pathChanged", None)
        if changed is not None:  # another database opened: its history is not this one's
            changed.connect(lambda *_: self.stack.clear())
        self.undo = self._stack_action(actions.undo, self.stack.undo, self.stack.canUndoChanged,
                                       self.stack.undoTextChanged, _tr("&Annuler"))
        self.redo = self._stack_action(actions.redo, self.stack.redo, self.stack.canRedoChanged,
                                       self.stack.redoTextChanged, _tr("&Rétablir"))
        self.edit = self._connect(actions.edit_event, self.edit_event)
        self.hide = self._connect(actions.hide_event, self.hide_event)
        self.hidden = self._connect(actions.hidden_events, self.show_hidden)
        self.merge = self._connect(actions.merge_event, self.merge_event)
        self.split = self._connect(actions.split_event, self.split_event)
        self.add = self._connect(actions.add_event, self.add_from_selection)
        self.review = self._connect(actions.review_event, self.toggle_review)

    @staticmethod
    def _connect(action: QAction, slot: Callable[[], object]) -> QAction:
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @staticmethod
    def _stack_action(action: QAction, slot: Callable[[], None], enabled: SignalInstance, text: SignalInstance,
                      prefix: str) -> QAction:
        """Undo or Redo as `QUndoStack.createUndoAction` makes them: enabled while there is
        something to undo, and naming it ("Annuler Masquer « … »")."""
        action.setEnabled(False)
        action.triggered.connect(lambda _checked=False: slot())
        enabled.connect(action.setEnabled)
        text.connect(_Naming(action, prefix).name)  # (a QObject of the action's: gone with it, as a lambda is not)
        return action

    # --- helpers

    @property
    def store(self) -> Store:
        return self.session.store

    def current(self) -> Event | None:
        event_id = self.chosen.current_event
        if event_id is None:
            return None
        found = self.store.events_by_id([event_id])
        return found[0] if found else None

    def _push(self, text: str, forward: list[Step], backward: list[Step], select: str | None = None) -> bool:
        """Write a correction, then put it on the undo stack; False (the user told why) when it
        could not be written: the stack then never shows a change the database does not hold."""
        def done() -> None:
            self.session.reload()
            if select is not None:
                event_id = event_id_for(self.store, select)
                self.chosen.current_event = event_id
                self.sources.show_event(event_id)
                self.chosen.reveal_after_load(event_id)
        command = ChangeCommand(text, lambda: self.store, forward, backward, done, self._failed)
        if not command.apply():
            return False
        self._pushing = True
        try:
            self.stack.push(command)
        finally:
            self._pushing = False
            self._index = self.stack.index()
        return True

    def _failed(self, command: ChangeCommand, error: Exception, undoing: bool) -> None:
        """A change was not written: say so, log it, and, for an undo or redo, move the stack back
        to where the database is (later, outside the stack's own undo/redo call)."""
        if undoing:
            message = _tr("Impossible d'annuler « {change} » : {reason}.")
        elif any(self.stack.command(i) is command for i in range(self.stack.count())):
            message = _tr("Impossible de rétablir « {change} » : {reason}.")
        else:
            message = _tr("La correction « {change} » n'a pas été enregistrée : {reason}.")
        message = message.format(change=command.text(), reason=french_reason(error))
        log.error("%s (%s)", message, self.session.path, exc_info=error)
        self._say(message)
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Frise"), message, QMessageBox.StandardButton.Ok,
                          self.dialogs)
        box.setObjectName("correctionFailed")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        position = next((i for i in range(self.stack.count()) if self.stack.command(i) is command), None)
        if position is not None:
            command.skip_next()
            restore = position + 1 if undoing else position
            QTimer.singleShot(0, lambda: self._restore_index(restore))

    def _restore_index(self, index: int) -> None:
        self._pushing = True  # a silent move: the status bar keeps the failure's message
        try:
            self.stack.setIndex(index)
        finally:
            self._pushing = False
            self._index = self.stack.index()

    def _moved(self, index: int) -> None:
        before, self._index = self._index, index
        if self._pushing or index == before:
            return
        command = self.stack.command(index if index < before else index - 1)
        if command is None:  # the history was cleared (another timeline opened)
            return
        text = _tr("Annulé : {change}") if index < before else _tr("Rétabli : {change}")
        self._say(text.format(change=command.text()))

    def _say(self, message: str) -> None:
        self.status.showMessage(message, 6000)

    # --- the commands

    def edit_event(self, values: EventValues | None = None) -> bool:
        event = self.current()
        if event is None:
            self._say(_tr("Sélectionnez d'abord un événement."))
            return False
        if values is None:
            dialog = EventEditor(_values(event), _reference(event, self.store), self.dialogs)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values() is None:
                return False
            values = dialog.values()
            assert values is not None
        key = correction_key(event)
        before = correction_state(self.store, key).overrides
        new: dict[str, object] = {"title": values.title, "first": values.first.isoformat(),
                                  "last": values.last.isoformat(), "actors": list(values.actors)}
        new |= {k: v for k, v in (("happening", values.happening), ("importance", values.importance)) if v}
        changed = {k: v for k, v in new.items() if v != _current_value(event, k)}
        if ("first" in changed or "last" in changed) and values.certainty != event.certainty:
            changed["certainty"] = values.certainty  # the new date is as sure as it reads
        if not changed:
            return False
        return self._push(_tr("Modifier « {title} »").format(title=event.title),
                          [(key, "edit", changed)], [(key, "edit", {k: before.get(k) for k in changed})], key)

    def hide_event(self) -> bool:
        event = self.current()
        if event is None:
            return False
        key = correction_key(event)
        if not self._push(_tr("Masquer « {title} »").format(title=event.title), [(key, "hide", {})],
                          [(key, "unhide", {})]):
            return False
        self.chosen.select_event(None)  # everywhere: the timeline kept it selected, and showed it so after Ctrl+Z
        self._say(_tr("Événement masqué : « {title} ». Ctrl+Z l'affiche de nouveau ; "
                      "Édition > Événements masqués les liste.").format(title=event.title))
        return True

    def unhide(self, event: Event) -> None:
        key = correction_key(event)
        self._push(_tr("Restaurer « {title} »").format(title=event.title), [(key, "unhide", {})],
                   [(key, "hide", {})], key)

    def show_hidden(self) -> EventPicker:
        dialog = EventPicker(_tr("Événements masqués"), _tr("Ces événements sont masqués de la frise, "
                                                           "de la liste et des exports."),
                             _tr("Restaurer"), hidden_events(self.store), self.unhide, self.dialogs)
        dialog.setObjectName("hiddenEvents")
        dialog.show()
        return dialog

    def merge_candidates(self, event: Event) -> list[Event]:
        """Events near this one (within a month either side): those it may be the same as, the
        likeliest first (`frise.events.merge.likely_same`)."""
        if event.first is None or event.last is None:
            found = self.store.events(EventQuery(limit=200))
        else:
            found = self.store.events(EventQuery(start=event.first - timedelta(days=31),
                                                 end=event.last + timedelta(days=31), limit=200))
        return likely_same(event, [e for e in found if e.id != event.id])

    def merge_event(self, other: Event | None = None) -> bool:
        event = self.current()
        if event is None:
            return False
        if other is None:
            chosen: list[Event] = []
            dialog = EventPicker(_tr("Fusionner avec…"),
                                 _tr("Choisissez l'événement qui rapporte le même fait que « {title} » : "
                                     "leurs sources seront réunies.").format(title=event.title),
                                 _tr("Fusionner"), self.merge_candidates(event), chosen.append, self.dialogs,
                                 close_on_act=True)
            dialog.exec()
            if not chosen:
                return False
            other = chosen[0]
        if other.id == event.id:
            return False
        key, other_key = correction_key(event), correction_key(other)
        mentions = statement_keys(self.store, other.id)
        return self._push(_tr("Fusionner « {a} » et « {b} »").format(a=event.title, b=other.title),
                          [(key, "merge", {"other": other_key, "mentions": mentions})],
                          [(key, "split", {"other": other_key})], key)

    def split_event(self) -> bool:
        event = self.current()
        if event is None:
            return False
        key = correction_key(event)
        merged = correction_state(self.store, key).merged
        if not merged:
            self._say(_tr("Cet événement n'a pas été fusionné : rien à scinder."))
            return False
        forward = [(key, "split", {"other": other}) for other in merged]
        backward = [(key, "merge", {"other": other, "mentions": mentions}) for other, mentions in merged.items()]
        return self._push(_tr("Scinder « {title} »").format(title=event.title), forward, backward, key)

    def add_from_selection(self, values: EventValues | None = None) -> bool:
        tab = self.sources.current_tab()
        cursor = tab.text.textCursor() if tab is not None else None
        if tab is None or cursor is None or not cursor.hasSelection():
            self._say(_tr("Sélectionnez d'abord un passage dans l'article."))
            return False
        text = tab.text.toPlainText()
        offsets = Utf16(text)
        start, end = offsets.from_qt(cursor.selectionStart()), offsets.from_qt(cursor.selectionEnd())
        passage = text[start:end]
        article = tab.article
        published = article.published or ""
        reference = date.fromisoformat(published[:10]) if len(published) >= 10 else None
        if values is None:
            guess = None
            try:
                found = understand(passage, reference)
                guess = EventValues(" ".join(passage.split())[:100], found.first, found.last, (), found.certainty)
            except DateInputError:
                pass
            dialog = EventEditor(guess, reference, self.dialogs, heading=_tr("Ajouter un événement"))
            if guess is None:
                dialog.title.setText(" ".join(passage.split())[:100])
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values() is None:
                return False
            values = dialog.values()
            assert values is not None
        key = manual_key(article.content_hash, start, end)
        payload = {"content_hash": article.content_hash, "start": start, "end": end, "passage": passage,
                   "title": values.title, "first": values.first.isoformat(), "last": values.last.isoformat(),
                   "actors": list(values.actors), "certainty": values.certainty,
                   "happening": values.happening or NO_KIND, "importance": values.importance or "news"}
        return self._push(_tr("Ajouter « {title} »").format(title=values.title), [(key, "manual", payload)],
                          [(key, "discard", {})], key)

    def toggle_review(self) -> bool:
        event = self.current()
        if event is None:
            return False
        key = correction_key(event)
        kind, inverse = ("unreview", "review") if event.reviewed else ("review", "unreview")
        text = _tr("Marquer « {title} » non vérifié") if event.reviewed else _tr("Marquer « {title} » vérifié")
        return self._push(text.format(title=event.title), [(key, kind, {})], [(key, inverse, {})], key)


def _values(event: Event) -> EventDraft:
    return EventDraft(event.title, event.first, event.last, event.actors, event.happening, event.importance)


def _current_value(event: Event, name: str) -> object:
    return {"title": event.title, "first": event.first.isoformat() if event.first else None,
            "last": event.last.isoformat() if event.last else None, "actors": list(event.actors),
            "happening": event.happening or NO_KIND, "importance": event.importance}[name]


def _reference(event: Event, store: Store) -> date | None:
    """What a typed date is read against: the event's own day, else its article's publication day."""
    if event.first is not None:
        return event.first
    for source in event.sources:
        article = store.article(source.article_id)
        if article is not None and article.published and len(article.published) >= 10:
            return date.fromisoformat(article.published[:10])
    return None


__all__ = ["EDITABLE", "CorrectionsController"]
