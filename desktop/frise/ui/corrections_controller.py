"""The Edit menu's corrections: undo/redo, edit, hide, hidden events, merge, split, add from the
selection, mark reviewed.

Its actions are declared here rather than in `actions.py`, beside the only code that uses them,
and added to the window's existing "Édition" menu. Every correction goes through one
`QUndoStack` as a `ChangeCommand`, so Ctrl+Z / Ctrl+Shift+Z undo and redo each of them, and each
step is written to the `user_changes` log at once.

Methods take their input as optional arguments (the values of the dialog, the event to merge
with) so tests drive them without a modal dialog; without them, the dialog is shown.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from frise.events.corrections import EDITABLE, manual_key
from frise.events.date_input import DateInputError, understand
from frise.events.model import Event
from frise.store import EventQuery, Store, french_reason
from frise.store.corrections import (
    correction_key,
    correction_state,
    event_id_for,
    hidden_events,
    statement_keys,
)
from frise.ui.edit_commands import ChangeCommand, Step
from frise.ui.event_editor import EventDraft, EventEditor, EventValues
from frise.ui.hidden_events import EventPicker
from frise.ui.source_pane import Utf16

if TYPE_CHECKING:
    from frise.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


class CorrectionsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        # Say what Ctrl+Z and Ctrl+Shift+Z did: a message of the change itself ("Événement
        # masqué…") otherwise stayed in the status bar after it was undone.
        self._index = 0
        self._pushing = False
        self.stack.indexChanged.connect(self._moved)
        changed = getattr(window.session, "pathChanged", None)
        if changed is not None:  # another database opened: its history is not this one's
            changed.connect(lambda *_: self.stack.clear())
        self.undo = self.stack.createUndoAction(self, _tr("&Annuler"))
        self.undo.setObjectName("action_undo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = self.stack.createRedoAction(self, _tr("&Rétablir"))
        self.redo.setObjectName("action_redo")
        # Linux's standard Redo is Ctrl+Shift+Z already on some desktops and Ctrl+Y on others:
        # both are accepted everywhere. Each only once: a sequence bound twice to one action is
        # "ambiguous" for Qt, which then triggers nothing.
        redo_keys: list[QKeySequence] = []
        for key in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                    QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo.setShortcuts(redo_keys)
        self.edit = self._action("edit_event", _tr("&Modifier l'événement…"), "F2", self.edit_event)
        self.hide = self._action("hide_event", _tr("&Masquer l'événement"), QKeySequence.StandardKey.Delete,
                                 self.hide_event)
        self.hidden = self._action("hidden_events", _tr("Événements &masqués…"), None, self.show_hidden)
        self.merge = self._action("merge_event", _tr("&Fusionner avec…"), "Ctrl+M", self.merge_event)
        self.split = self._action("split_event", _tr("&Scinder"), "Ctrl+Shift+M", self.split_event)
        self.add = self._action("add_event", _tr("&Ajouter un événement depuis la sélection"), "Ctrl+Alt+A",
                                self.add_from_selection)
        self.review = self._action("review_event", _tr("Marquer comme &vérifié"), "Ctrl+K", self.toggle_review)
        self._fill_menu()

    def _action(self, name: str, text: str, key: Any, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _fill_menu(self) -> None:
        menu = self._edit_menu()
        first = menu.actions()[0] if menu.actions() else None
        for action in (self.undo, self.redo):
            menu.insertAction(first, action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.addSeparator()
        for action in (self.edit, self.hide, self.hidden, self.merge, self.split, self.add, self.review):
            menu.addAction(action)

    def _edit_menu(self) -> QMenu:
        wanted = _tr("É&dition").replace("&", "")
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.text().replace("&", "") in (wanted, "Édition"):
                return menu
        return self.window.menuBar().addMenu(_tr("É&dition"))

    # --- helpers

    @property
    def store(self) -> Store:
        return self.window.session.store

    def current(self) -> Event | None:
        event_id = self.window.current_event
        if event_id is None:
            return None
        found = self.store.events_by_id([event_id])
        return found[0] if found else None

    def _push(self, text: str, forward: list[Step], backward: list[Step], select: str | None = None) -> bool:
        """Write a correction, then put it on the undo stack; False (the user told why) when it
        could not be written: the stack then never shows a change the database does not hold."""
        def done() -> None:
            self.window.session.reload()
            if select is not None:
                event_id = event_id_for(self.store, select)
                self.window.current_event = event_id
                self.window.sources.show_event(event_id)
                self.window.reveal_after_load(event_id)
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
        log.error("%s (%s)", message, self.window.session.path, exc_info=error)
        self._say(message)
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Frise"), message, QMessageBox.StandardButton.Ok,
                          self.window)
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
        self.window.statusBar().showMessage(message, 6000)

    # --- the commands

    def edit_event(self, values: EventValues | None = None) -> bool:
        event = self.current()
        if event is None:
            self._say(_tr("Sélectionnez d'abord un événement."))
            return False
        if values is None:
            dialog = EventEditor(_values(event), _reference(event, self.store), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values() is None:
                return False
            values = dialog.values()
            assert values is not None
        key = correction_key(event)
        before = correction_state(self.store, key).overrides
        new = {"title": values.title, "first": values.first.isoformat(), "last": values.last.isoformat(),
               "actors": list(values.actors)}
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
        self.window.select_event(None)  # everywhere: the timeline kept it selected, and showed it so after Ctrl+Z
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
                             _tr("Restaurer"), hidden_events(self.store), self.unhide, self.window)
        dialog.setObjectName("hiddenEvents")
        dialog.show()
        return dialog

    def merge_candidates(self, event: Event) -> list[Event]:
        """Events near this one (within a month either side): those it may be the same as."""
        if event.first is None or event.last is None:
            found = self.store.events(EventQuery(limit=200))
        else:
            found = self.store.events(EventQuery(start=event.first - timedelta(days=31),
                                                 end=event.last + timedelta(days=31), limit=200))
        return [e for e in found if e.id != event.id]

    def merge_event(self, other: Event | None = None) -> bool:
        event = self.current()
        if event is None:
            return False
        if other is None:
            chosen: list[Event] = []
            dialog = EventPicker(_tr("Fusionner avec…"),
                                 _tr("Choisissez l'événement qui rapporte le même fait que « {title} » : "
                                     "leurs sources seront réunies.").format(title=event.title),
                                 _tr("Fusionner"), self.merge_candidates(event), chosen.append, self.window,
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
        tab = self.window.sources.current_tab()
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
            dialog = EventEditor(guess, reference, self.window, heading=_tr("Ajouter un événement"))
            if guess is None:
                dialog.title.setText(" ".join(passage.split())[:100])
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values() is None:
                return False
            values = dialog.values()
            assert values is not None
        key = manual_key(article.content_hash, start, end)
        payload = {"content_hash": article.content_hash, "start": start, "end": end, "passage": passage,
                   "title": values.title, "first": values.first.isoformat(), "last": values.last.isoformat(),
                   "actors": list(values.actors), "certainty": values.certainty}
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
    return EventDraft(event.title, event.first, event.last, event.actors)


def _current_value(event: Event, name: str) -> object:
    return {"title": event.title, "first": event.first.isoformat() if event.first else None,
            "last": event.last.isoformat() if event.last else None, "actors": list(event.actors)}[name]


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
