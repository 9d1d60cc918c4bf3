"""The Edit menu's corrections in the window: each one done, undone and redone, and an edit that
survives re-extraction and a restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from frise.store import Store
from frise.store.corrections import correction_key, event_id_for, hidden_events
from frise.store.views import EventFilter
from frise.ui import settings as keys
from frise.ui.event_editor import EventEditor, EventValues
from frise.ui.main_window import MainWindow
from tests.test_ui_main_window import list_ids, open_window
from tests.ui_support import seeded_db


@pytest.fixture
def seeded(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_db(tmp_path, tmp_path_factory.getbasetemp())


@pytest.fixture
def window(qtbot: QtBot, seeded: Path):
    opened = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    yield opened
    opened.close()
    opened.session.close()


def settle(window: MainWindow) -> None:
    assert window.wait_idle()


def pick(window: MainWindow, index: int = 0) -> int:
    event_id = list_ids(window)[index]
    window.select_event(event_id)
    return event_id


def title_of(window: MainWindow, key: str) -> str:
    event_id = event_id_for(window.session.store, key)
    assert event_id is not None
    return window.session.store.events_by_id([event_id])[0].title


def test_edit_menu_holds_the_corrections(window: MainWindow) -> None:
    c = window.corrections
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Édition")
    names = [a.objectName() for a in menu.actions()]
    for name in ("action_undo", "action_redo", "action_edit_event", "action_hide_event", "action_hidden_events",
                 "action_merge_event", "action_split_event", "action_add_event", "action_review_event"):
        assert name in names
    assert QKeySequence("Ctrl+Shift+Z") in c.redo.shortcuts()
    assert c.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert c.edit.shortcut() == QKeySequence("F2")


def test_edit_undo_redo(window: MainWindow, qtbot: QtBot) -> None:
    c = window.corrections
    event_id = pick(window)
    event = window.session.store.events_by_id([event_id])[0]
    key = correction_key(event)
    assert c.edit_event(EventValues("Titre de l'analyste", date(2017, 6, 1), date(2017, 6, 10), ("Lavrov",)))
    settle(window)
    edited = window.session.store.events_by_id([event_id_for(window.session.store, key)])[0]
    assert (edited.title, edited.first, edited.last, edited.actors) == (
        "Titre de l'analyste", date(2017, 6, 1), date(2017, 6, 10), ("Lavrov",))
    assert window.session.snapshot is not None
    assert window.session.snapshot.row(edited.id).title == "Titre de l'analyste"  # type: ignore[union-attr]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.chronology.setFocus()
    qtbot.keyClick(window.chronology, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the keys, not the action
    settle(window)
    assert title_of(window, key) == event.title
    restored = window.session.store.events_by_id([event_id_for(window.session.store, key)])[0]
    assert (restored.first, restored.actors) == (event.first, event.actors)
    qtbot.keyClick(window.chronology, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(window)
    assert title_of(window, key) == "Titre de l'analyste"
    qtbot.keyClick(window.chronology, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    qtbot.keyClick(window.chronology, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert title_of(window, key) == "Titre de l'analyste"


def test_hide_restore_undo_redo(window: MainWindow, qtbot: QtBot) -> None:
    c = window.corrections
    event_id = pick(window)
    key = correction_key(window.session.store.events_by_id([event_id])[0])
    before = len(list_ids(window))
    assert c.hide_event()
    assert "Événement masqué" in window.statusBar().currentMessage()
    settle(window)
    assert len(list_ids(window)) == before - 1 and event_id not in list_ids(window)
    assert [correction_key(e) for e in hidden_events(window.session.store)] == [key]
    assert window.timeline.selected() is None and window.chronology.selected_event() is None
    c.stack.undo()
    settle(window)
    assert event_id in list_ids(window)
    assert window.timeline.selected() is None  # restored, not drawn as selected while the list is not
    assert window.statusBar().currentMessage().startswith("Annulé : Masquer « ")  # not "Événement masqué"
    c.stack.redo()
    settle(window)
    assert event_id not in list_ids(window)
    assert window.statusBar().currentMessage().startswith("Rétabli : Masquer « ")
    dialog = c.show_hidden()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.act_on_current()
    settle(window)
    assert event_id in list_ids(window) and not hidden_events(window.session.store)
    c.stack.undo()
    settle(window)
    assert event_id not in list_ids(window)


def test_review_toggle_filter_undo_redo(window: MainWindow) -> None:
    c = window.corrections
    event_id = pick(window)
    assert c.toggle_review()
    settle(window)
    assert window.session.store.events_by_id([event_id])[0].reviewed
    model = window.chronology.chronology_model()
    row = model.row_of(event_id)
    assert row is not None and model.index(row, 1).data().startswith("✓ ")
    window.filters.review.setCurrentIndex(1)
    window.filters.flush()
    settle(window)
    assert list_ids(window) == [event_id]
    window.filters.review.setCurrentIndex(2)
    window.filters.flush()
    settle(window)
    assert event_id not in list_ids(window) and list_ids(window)
    window.session.set_filter(EventFilter())
    c.stack.undo()
    settle(window)
    assert not window.session.store.events_by_id([event_id])[0].reviewed
    c.stack.redo()
    settle(window)
    assert window.session.store.events_by_id([event_id])[0].reviewed


def test_merge_split_undo_redo(window: MainWindow) -> None:
    c = window.corrections
    store = window.session.store
    event, other = next((e, c.merge_candidates(e)[0]) for e in store.events_by_id(list_ids(window))
                        if c.merge_candidates(e))
    window.select_event(event.id)
    before = len(list_ids(window))
    sources = len(event.sources) + len(other.sources)
    assert c.merge_event(other)
    settle(window)
    assert len(list_ids(window)) == before - 1
    merged = store.events_by_id([event_id_for(store, correction_key(event))])[0]  # type: ignore[list-item]
    assert sum(1 + len(s.other_passages) for s in merged.sources) >= sources
    window.select_event(merged.id)
    assert c.split_event()
    settle(window)
    assert len(list_ids(window)) == before
    c.stack.undo()
    settle(window)
    assert len(list_ids(window)) == before - 1
    c.stack.undo()
    settle(window)
    assert len(list_ids(window)) == before
    c.stack.redo()
    settle(window)
    assert len(list_ids(window)) == before - 1


def test_add_from_selection_undo_redo(window: MainWindow) -> None:
    c = window.corrections
    pick(window)
    tab = window.sources.current_tab()
    assert tab is not None
    cursor = tab.text.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 20)
    tab.text.setTextCursor(cursor)
    passage = tab.text.toPlainText()[:20]
    before = len(list_ids(window))
    assert c.add_from_selection(EventValues("Fait relevé à la main", date(2016, 1, 2), date(2016, 1, 2), ()))
    settle(window)
    assert len(list_ids(window)) == before + 1
    store = window.session.store
    manual = [e for e in store.events() if e.title == "Fait relevé à la main"]
    assert len(manual) == 1 and manual[0].sources[0].passage == passage and manual[0].reviewed
    c.stack.undo()
    settle(window)
    assert len(list_ids(window)) == before
    c.stack.redo()
    settle(window)
    assert len(list_ids(window)) == before + 1


def test_editor_dialog_reads_french_dates(qtbot: QtBot) -> None:
    dialog = EventEditor(None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.title.setText("Sommet")
    dialog.date.setText("début juin 2017")
    assert dialog.understood.text() == "compris : du 1er au 10 juin 2017" and ok.isEnabled()
    dialog.date.setText("7-8 juillet 2017")
    values = dialog.values()
    assert values is not None and (values.first, values.last) == (date(2017, 7, 7), date(2017, 7, 8))
    dialog.date.setText("bientôt peut-être")
    assert "non comprise" in dialog.understood.text() and not ok.isEnabled() and dialog.values() is None


def test_an_undated_event_opens_with_its_title_and_actors(window: MainWindow, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    undated = window.session.selection.undated[0]
    window.select_event(undated.id)
    opened: list[EventEditor] = []

    def look(dialog: EventEditor) -> int:
        opened.append(dialog)
        return 0  # cancelled

    monkeypatch.setattr(EventEditor, "exec", look)
    assert not window.corrections.edit_event()
    dialog = opened[0]
    assert dialog.title.text() == undated.title and dialog.title.text()
    assert dialog.actors.text() == ", ".join(undated.actors)
    assert dialog.date.text() == "" and dialog.minimumWidth() >= 600


def test_edit_survives_reextraction_and_restart(qtbot: QtBot, seeded: Path) -> None:
    window = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    event_id = pick(window)
    event = window.session.store.events_by_id([event_id])[0]
    key = correction_key(event)
    article_id = event.sources[0].article_id
    assert window.corrections.edit_event(EventValues("Correction durable", date(2017, 6, 1), date(2017, 6, 10), ()))
    settle(window)
    published = window.session.store.article(article_id).published  # type: ignore[union-attr]
    window.session.set_article_date(article_id, published or "2017-05-04")  # everything re-extracted
    settle(window)
    with qtbot.waitSignal(window.session.reextracted, timeout=30_000) as reread:
        window.commands.reextract.trigger()  # File > Relire tous les articles
    settle(window)
    assert reread.args == [3] and "corrections sont conservées" in window.statusBar().currentMessage()
    path = window.session.store.article(article_id).path  # type: ignore[union-attr]
    assert path is not None
    with qtbot.waitSignal(window.importer.finished, timeout=30_000) as imported:
        window.importer.import_paths([path])  # the same file dropped again
    assert [o.status for o in imported.args[0].outcomes] == ["duplicate"]
    settle(window)
    assert title_of(window, key) == "Correction durable"
    window.close()
    window.session.close()

    with Store.open(seeded) as store:
        assert [c.kind for c in store.changes(key)] == ["edit"]
    again = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    try:
        store = again.session.store
        kept = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
        assert (kept.title, kept.first, kept.last) == ("Correction durable", date(2017, 6, 1), date(2017, 6, 10))
        assert again.session.snapshot is not None
        assert again.session.snapshot.row(kept.id).title == "Correction durable"  # type: ignore[union-attr]
    finally:
        again.close()
        again.session.close()


def test_an_edited_date_reads_as_typed_and_the_timeline_follows_the_event(window: MainWindow) -> None:
    """« début juin 2017 » typed for an event is approximate, as it would be in an article, and
    the timeline moves to where the event now is (the list does by itself)."""
    c = window.corrections
    event_id = pick(window)
    event = window.session.store.events_by_id([event_id])[0]
    key = correction_key(event)
    window.timeline.set_visible_range(date(2017, 5, 1), date(2017, 5, 31))
    assert c.edit_event(EventValues(event.title, date(2017, 12, 1), date(2017, 12, 10), event.actors, "approximate"))
    settle(window)
    edited = window.session.store.events_by_id([event_id_for(window.session.store, key)])[0]
    assert (edited.first, edited.certainty) == (date(2017, 12, 1), "approximate")
    first, last = window.timeline.visible_range()
    assert first <= date(2017, 12, 1) and date(2017, 12, 10) <= last
    assert window.timeline.selected() == edited.id
    # a title alone changes no certainty, even though the dialog's date field reads "exact"
    assert c.edit_event(EventValues("Autre titre", date(2017, 12, 1), date(2017, 12, 10), event.actors, "exact"))
    settle(window)
    assert window.session.store.events_by_id([edited.id])[0].certainty == "approximate"


def test_the_editor_corrects_the_kind_and_the_importance(window: MainWindow, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store = window.session.store
    event = store.events_by_id([pick(window)])[0]
    key = correction_key(event)
    opened: list[EventEditor] = []

    def choose(dialog: EventEditor) -> int:
        opened.append(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("sanction"))
        dialog.importance.setCurrentIndex(dialog.importance.findData("context"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(EventEditor, "exec", choose)
    assert window.corrections.edit_event()
    dialog = opened[0]
    assert dialog.kind.itemText(0) == "sans type" and dialog.importance.itemText(0) == "Actualité"
    settle(window)
    edited = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (edited.happening, edited.importance) == ("sanction", "context")
    assert (edited.title, edited.first, edited.actors) == (event.title, event.first, event.actors)
    window.corrections.undo.trigger()
    settle(window)
    restored = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (restored.happening, restored.importance) == (event.happening, event.importance)


def test_the_editor_opens_on_the_event_s_kind(qtbot: QtBot) -> None:
    dialog = EventEditor(EventValues("Sommet", date(2017, 7, 7), date(2017, 7, 8), (), happening="meeting",
                                     importance="context"))
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "meeting" and dialog.importance.currentData() == "context"
    values = dialog.values()
    assert values is not None and (values.happening, values.importance) == ("meeting", "context")
