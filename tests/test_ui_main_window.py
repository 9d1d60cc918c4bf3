"""The main window driven as a user would: first run, filters, selection, sources, drops, state."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frise.render.model import OTHER_LANE
from frise.store.views import EventFilter
from frise.ui import settings as keys
from frise.ui.main_window import MainWindow
from frise.ui.session import Session
from frise.ui.settings import Settings
from tests.ui_support import NEW_ARTICLE, seeded_db, write_article


def open_window(qtbot: QtBot, db: Path, values: dict[str, Any] | None = None) -> MainWindow:
    session = Session(db)
    values = values if values is not None else {}
    window = MainWindow(session, Settings.in_memory(values))
    qtbot.addWidget(window)
    if keys.GEOMETRY.key not in values:
        window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    assert window.wait_idle(30_000)
    qtbot.waitUntil(lambda: window.session.snapshot is not None and not window.importer.busy, timeout=30_000)
    window.wait_idle()
    return window


@pytest.fixture
def seeded(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_db(tmp_path, tmp_path_factory.getbasetemp())


@pytest.fixture
def window(qtbot: QtBot, seeded: Path):
    opened = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    yield opened
    opened.close()
    opened.session.close()


def list_ids(window: MainWindow) -> list[int]:
    model = window.chronology.chronology_model()
    return [i for i in (model.event_id(r) for r in range(model.rowCount())) if i is not None]


def timeline_ids(window: MainWindow) -> list[int]:
    provider = window.provider
    span = provider.span()
    return [item.id for item in provider.items(*span)] if span else []


def apply_filter(window: MainWindow, f: EventFilter) -> None:
    window.filters.set_filter(f)
    window.session.set_filter(f)
    QApplication.processEvents()


def drop(window: MainWindow, mime: QMimeData) -> None:
    centre = QPointF(window.width() / 2, window.height() / 2)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:  # PySide6 6.12 takes a QPointF (the QPoint form is deprecated); 6.11 only a QPoint
        enter = QDragEnterEvent(centre, *args)
    except TypeError:
        enter = QDragEnterEvent(centre.toPoint(), *args)
    QApplication.sendEvent(window, enter)
    assert window.overlay.isVisible()
    event = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert not window.overlay.isVisible()


# --- first run


def test_first_run_opens_on_the_seed_events(qtbot: QtBot, tmp_path: Path) -> None:
    values: dict[str, Any] = {}
    window = open_window(qtbot, tmp_path / "neuve.sqlite", values)
    qtbot.waitUntil(lambda: len(list_ids(window)) == 13, timeout=30_000)
    assert len(timeline_ids(window)) == 12  # the 13th has no date: it is in the list, not on the timeline
    first, last = window.timeline.visible_range()  # opened on the seeds' events, not on today's empty dates
    assert date(2017, 3, 1) <= first <= date(2017, 6, 1) and date(2017, 7, 1) <= last <= date(2017, 9, 30)
    assert window.hint.isVisible()
    assert window.import_report is None
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert values[keys.FIRST_RUN.key] is False
    assert "la semaine dernière" in window.unresolved.texts()
    assert "13 événements" in window.counts.text()
    window.close()
    window.session.close()
    again = open_window(qtbot, tmp_path / "neuve.sqlite", values)
    assert not again.hint.isVisible()
    assert len(list_ids(again)) == 13  # not imported twice
    again.close()
    again.session.close()


# --- filters


def test_filtering_by_an_actor_narrows_both_views(qtbot: QtBot, window: MainWindow) -> None:
    everything_list, everything_timeline = list_ids(window), timeline_ids(window)
    row = next(r for r in range(window.filters.actors.count())
               if window.filters.actors.item(r).text().startswith("Vladimir Poutine"))
    with qtbot.waitSignal(window.session.selectionChanged, timeout=3000):
        window.filters.actors.item(row).setCheckState(Qt.CheckState.Checked)
    narrowed_list, narrowed_timeline = list_ids(window), timeline_ids(window)
    assert 0 < len(narrowed_list) < len(everything_list)
    assert 0 < len(narrowed_timeline) < len(everything_timeline)
    assert set(narrowed_timeline) <= set(narrowed_list)
    snapshot = window.session.snapshot
    assert snapshot is not None
    assert all("Vladimir Poutine" in snapshot.row(i).actors for i in narrowed_list)  # type: ignore[union-attr]
    assert all("Vladimir Poutine" in item.lanes for item in window.provider.items(*window.provider.span()))  # type: ignore[misc]
    assert "Vladimir Poutine" in window.filter_bar.label.text()
    assert window.filter_bar.clear.isVisible()
    window.filter_bar.clear.click()
    qtbot.waitUntil(lambda: len(list_ids(window)) == len(everything_list), timeout=3000)


def test_certainty_and_search_filters(qtbot: QtBot, window: MainWindow) -> None:
    apply_filter(window, EventFilter(certainties=("approximate",)))
    snapshot = window.session.snapshot
    assert snapshot is not None
    assert list_ids(window) and all(snapshot.row(i).certainty == "approximate" for i in list_ids(window))  # type: ignore[union-attr]
    for typed in ['"Poutine" OR (', "(", '"', "NOT", "Pout"]:
        apply_filter(window, EventFilter(search=typed))
    assert list_ids(window)  # "Pout": a half-typed word matches as a prefix
    apply_filter(window, EventFilter(search="Astana"))
    astana = list_ids(window)
    assert astana and len(astana) < 13
    assert set(timeline_ids(window)) <= set(astana)


def test_typing_in_the_search_box_applies_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.selectionChanged, timeout=3000):
        qtbot.keyClicks(window.filters.search, '"Poutine" OR (')
    assert window.session.filter.search == '"Poutine" OR ('


def test_find_shortcut_focuses_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    assert window.commands.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.commands.open_timeline.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.commands.import_files.shortcut() == QKeySequence("Ctrl+I")
    assert window.commands.quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    window.commands.find.trigger()
    qtbot.waitUntil(window.filters.search.hasFocus, timeout=2000)


# --- selection


def test_selecting_in_the_list_selects_on_the_timeline_and_shows_the_passage(qtbot: QtBot, window: MainWindow) -> None:
    model = window.chronology.chronology_model()
    event_id = next(i for i in list_ids(window) if (window.session.snapshot.row(i).source_count == 3))  # type: ignore[union-attr]
    with qtbot.waitSignal(window.chronology.eventSelected):
        window.chronology.setCurrentIndex(model.index(model.row_of(event_id), 1))  # type: ignore[arg-type]
    assert window.timeline.selected() == event_id
    assert window.sources.shown_event is not None and window.sources.shown_event.id == event_id
    assert window.sources.tabs.count() == 3
    tab = window.sources.current_tab()
    assert tab is not None
    qtbot.waitUntil(tab.text.passage_visible, timeout=3000)
    focus = tab.text.focus
    assert focus is not None
    assert any(s.cursor.selectionStart() == focus.passage_start and s.cursor.selectionEnd() == focus.passage_end
               for s in tab.text.extraSelections())


def test_clicking_an_event_on_the_timeline_selects_it_in_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.timeline.set_visible_range(date(2017, 6, 10), date(2017, 7, 20))
    QApplication.processEvents()
    layout = window.timeline.current_layout()
    offset = window.timeline._view.x(layout.metrics.start) - layout.metrics.x0
    # the layout reaches beyond the view (laid out ahead of panning): the first box on screen
    box = next(b for b in layout.boxes if window.timeline._view.x0 + 5 < b.rect.x + b.rect.w / 2 + offset
               and b.rect.bottom < window.timeline.height())
    point = QPoint(round(box.rect.x + box.rect.w / 2 + offset), round(box.rect.y + box.rect.h / 2))
    assert window.timeline.hit(point.x(), point.y()) == box
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=point)
    assert window.chronology.selected_event() == box.item_id
    assert window.sources.shown_event is not None and window.sources.shown_event.id == box.item_id
    tab = window.sources.current_tab()
    assert tab is not None
    qtbot.waitUntil(tab.text.passage_visible, timeout=3000)


def test_clicking_a_date_in_the_text_selects_its_event(qtbot: QtBot, window: MainWindow) -> None:
    first = list_ids(window)[3]
    window.select_event(first)
    tab = window.sources.current_tab()
    assert tab is not None
    target = next(x for x in tab.text.expressions if x.event_id not in (None, first))
    cursor = tab.text.textCursor()
    cursor.setPosition(target.start)
    tab.text.setTextCursor(cursor)
    tab.text.ensureCursorVisible()
    qtbot.mouseClick(tab.text.viewport(), Qt.MouseButton.LeftButton, pos=tab.text.expression_rect_center(target))
    assert window.current_event == target.event_id
    assert window.chronology.selected_event() == target.event_id
    assert window.timeline.selected() == target.event_id
    assert window.sources.shown_event is not None and window.sources.shown_event.id == target.event_id


def test_unresolved_dates_are_listed_and_open_their_article(qtbot: QtBot, window: MainWindow) -> None:
    assert "la semaine dernière" in window.unresolved.texts()
    window.unresolved.list.setCurrentRow(window.unresolved.texts().index("la semaine dernière"))
    assert window.sources.shown_event is not None
    assert window.sources.shown_event.certainty == "unresolved"
    tab = window.sources.current_tab()
    assert tab is not None and "la semaine dernière" in tab.text.toPlainText()


def test_setting_an_article_date_resolves_its_dates_again(qtbot: QtBot, window: MainWindow) -> None:
    row = window.unresolved.texts().index("la semaine dernière")
    window.unresolved.list.setCurrentRow(row)
    tab = window.sources.current_tab()
    assert tab is not None
    article_id = tab.article.id
    tab.date_input.setText("6 juillet 2017")
    with qtbot.waitSignal(window.session.dataChanged, timeout=30_000):
        tab.date_button.click()
    window.wait_idle()
    assert window.statusBar().currentMessage() == "Article relu : ses dates sont à jour."  # not "…" forever
    assert "la semaine dernière" not in window.unresolved.texts()
    article = window.session.store.article(article_id)
    assert article is not None and article.published == "2017-07-06" and article.date_source == "user"
    resolved = [x for x in window.session.store.events() if any(
        s.article_id == article_id and s.expression == "la semaine dernière" for s in x.sources)]
    assert resolved and resolved[0].first is not None and resolved[0].first < date(2017, 7, 6)
    shown = window.sources.shown_event  # the pane followed the statement to its new event
    assert shown is not None and shown.id == resolved[0].id == window.current_event
    assert window.chronology.selected_event() == shown.id


# --- drops


def test_dropping_a_new_article_adds_its_events_without_blocking(qtbot: QtBot, window: MainWindow,
                                                                  tmp_path: Path) -> None:
    before = set(list_ids(window))
    path = write_article(tmp_path / "depot", "meseberg.txt", NEW_ARTICLE)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop(window, mime)
    assert window.importer.busy  # the drop has returned while a worker imports
    qtbot.waitUntil(lambda: set(list_ids(window)) > before, timeout=30_000)
    added = set(list_ids(window)) - before
    snapshot = window.session.snapshot
    assert snapshot is not None
    assert any(snapshot.row(i).first == date(2018, 6, 19) for i in added)  # type: ignore[union-attr]
    assert window.import_report is None
    qtbot.waitUntil(lambda: "événements importés" in window.statusBar().currentMessage(), timeout=10_000)
    assert "1 article importé" in window.statusBar().currentMessage()
    first, last = window.timeline.visible_range()  # the view went to the new article's 2018 events
    assert first <= date(2018, 6, 19) <= last


def test_dropping_a_bad_file_reports_its_reason(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    bad = write_article(tmp_path / "depot", "vide.txt", "   \n")
    odd = write_article(tmp_path / "depot", "tableur.xlsx", "pas un article")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad)), QUrl.fromLocalFile(str(odd))])
    drop(window, mime)
    qtbot.waitUntil(lambda: window.import_report is not None, timeout=30_000)
    report = window.import_report
    assert report is not None and report.isVisible()
    reasons = {Path(path).name: reason for path, reason in report.reasons().items()}
    assert reasons["vide.txt"] == "fichier vide"
    assert "format non pris en charge" in reasons["tableur.xlsx"]
    assert "2 échecs" in report.summary.text()


def test_dropped_text_is_imported(qtbot: QtBot, window: MainWindow) -> None:
    before = len(list_ids(window))
    mime = QMimeData()
    mime.setText(NEW_ARTICLE)
    drop(window, mime)
    qtbot.waitUntil(lambda: len(list_ids(window)) > before, timeout=30_000)


# --- state between runs


def test_state_persists_across_a_new_window(qtbot: QtBot, seeded: Path) -> None:
    values: dict[str, Any] = {keys.FIRST_RUN.key: False}
    window = open_window(qtbot, seeded, values)
    window.resize(760, 640)  # inside the offscreen screen (800×800), which restoreGeometry() respects
    window.splitters["mainSplitter"].setSizes([200, 320, 238])
    chosen = EventFilter(actor_keys=("country:RU",), certainties=("exact", "assumed"), search="Syrie")
    apply_filter(window, chosen)
    window.timeline.set_visible_range(date(2017, 4, 1), date(2017, 8, 1))
    window.set_lane_mode("source")
    QApplication.processEvents()
    shown_range = window.timeline.visible_range()
    sizes = window.splitters["mainSplitter"].sizes()
    size = (window.width(), window.height())
    window.close()
    window.session.close()
    assert values[keys.FILTER.key]

    again = open_window(qtbot, seeded, values)
    assert again.session.filter == chosen
    assert again.filters.current_filter() == chosen
    assert (again.width(), again.height()) == size
    assert again.splitters["mainSplitter"].sizes() == sizes
    assert again.commands.lanes_source.isChecked() and again.timeline.lane_mode() == "source"
    assert again.timeline.visible_range() == shown_range
    assert "Syrie" in again.filter_bar.label.text()
    again.close()
    again.session.close()


def test_file_import_uses_the_same_background_import(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from frise.ui import file_dialogs

    path = write_article(tmp_path / "choisis", "meseberg.txt", NEW_ARTICLE)
    monkeypatch.setattr(file_dialogs, "get_open_file_names", lambda *a, **k: ([str(path)], ""))
    before = len(list_ids(window))
    window.commands.import_files.trigger()
    qtbot.waitUntil(lambda: len(list_ids(window)) > before, timeout=30_000)
    assert window.settings.get(keys.IMPORT_DIR) == str(path.parent)


def test_next_and_previous_event_follow_the_list(qtbot: QtBot, window: MainWindow) -> None:
    ids = list_ids(window)
    window.select_event(ids[0])
    window.commands.next_event.trigger()
    assert window.current_event == ids[1]
    assert window.timeline.selected() == ids[1]
    window.commands.previous_event.trigger()
    assert window.current_event == ids[0]


def test_the_period_is_typed_in_french_and_its_calendar_opens_on_the_events(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.filters
    with qtbot.waitSignal(window.session.selectionChanged, timeout=5000):
        panel.start.text.setText("juin 2017")  # "Du" takes the first day of what it understood
        panel.flush()
    assert window.session.filter.start == date(2017, 6, 1)
    assert all(row.last >= date(2017, 6, 1) for row in window.session.selection.dated)
    with qtbot.waitSignal(window.session.selectionChanged, timeout=5000):
        panel.end.text.setText("début juillet 2017")  # "Au" the last day
        panel.flush()
    assert window.session.filter.end == date(2017, 7, 10)
    assert "du 1er juin 2017 au 10 juillet 2017" in window.filter_bar.label.text()
    panel.start.text.setText("bientôt")
    assert panel.start.day() is None and not panel.start.understood() and panel.start.text.toolTip()
    assert not panel.period_note.isHidden() and "bientôt" in panel.period_note.text()  # said in words
    panel.start.text.setText("août 2017")  # after the end: nothing can be in between, and it says so
    assert not panel.period_note.isHidden() and "précède" in panel.period_note.text()
    panel.start.text.setText("mai 2017")
    assert panel.period_note.isHidden()
    panel.start.text.setText("zzz")
    assert not panel.period_note.isHidden()
    panel.start.text.clear()  # unreadable, then empty: nothing left to say
    assert panel.period_note.isHidden()
    panel.start.text.clear()
    panel.end.text.clear()
    panel.flush()
    qtbot.waitUntil(lambda: window.session.filter.start is None and window.session.filter.end is None, timeout=5000)
    panel.start._open_calendar()  # no bound: the calendar shows the events' first month, not year 1000
    shown = panel.start.calendar.selectedDate()
    assert (shown.year(), shown.month()) == (2015, 9)
    panel.set_filter(EventFilter(start=date(2017, 5, 4)))
    assert panel.start.text.text() == "4 mai 2017" and panel.start.day() == date(2017, 5, 4)


def test_first_run_view_waits_for_all_the_sample_articles(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # A load that lands while the seeds are being imported sees only some of them; the view must
    # still be chosen on all of them (CI once opened on the lone 2015 article's span).
    import threading

    from frise.library import Library

    first_done, go = threading.Event(), threading.Event()
    real = Library.import_article

    def import_slowly(self: Library, *args: Any, **kwargs: Any):
        outcome = real(self, *args, **kwargs)
        if not first_done.is_set():
            first_done.set()
            go.wait(10)
        return outcome

    monkeypatch.setattr(Library, "import_article", import_slowly)
    window = MainWindow(Session(tmp_path / "neuve.frise"), Settings.in_memory({}))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.start()
    qtbot.waitUntil(first_done.is_set, timeout=30_000)
    with qtbot.waitSignal(window.session.dataChanged, timeout=30_000):
        window.session.reload()  # a snapshot holding the first article only
    assert window.session.selection.dated
    go.set()
    qtbot.waitUntil(lambda: not window.importer.busy and len(list_ids(window)) == 13, timeout=30_000)
    window.wait_idle()
    first, last = window.timeline.visible_range()
    assert date(2017, 3, 1) <= first <= date(2017, 6, 1) and date(2017, 7, 1) <= last <= date(2017, 9, 30)
    window.close()
    window.session.close()


def test_the_timeline_follows_a_filter_that_leaves_it_looking_at_nothing(window: MainWindow) -> None:
    """A period typed in the filters is shown; a filter whose events are all out of sight moves
    the view to them; one that keeps some in sight leaves the reader where they were."""
    timeline = window.timeline
    timeline.set_visible_range(date(2015, 8, 1), date(2015, 10, 31))  # the seeds' lone 2015 event
    apply_filter(window, EventFilter(start=date(2017, 7, 1), end=date(2017, 12, 31)))
    first, last = timeline.visible_range()
    assert first <= date(2017, 7, 6) and date(2017, 7, 7) <= last <= date(2018, 1, 31)
    assert window.provider.items(first, last)

    apply_filter(window, EventFilter())
    timeline.set_visible_range(date(2015, 8, 1), date(2015, 10, 31))
    apply_filter(window, EventFilter(actor_keys=("leader:tillerson",)))
    assert window.session.selection.dated
    first, last = timeline.visible_range()
    assert window.provider.items(first, last)  # moved to Tillerson's events

    apply_filter(window, EventFilter())
    timeline.set_visible_range(date(2017, 5, 1), date(2017, 7, 15))
    apply_filter(window, EventFilter(actor_keys=("country:RU",)))
    assert timeline.visible_range() == (date(2017, 5, 1), date(2017, 7, 15))  # Russia is in sight: stay
    # nor does a filter keeping a few days squeeze the opening view to that filter's zoom-out limit
    apply_filter(window, EventFilter())
    window.open_on_densest_period()
    opening = timeline.visible_range()
    for f in (EventFilter(actor_keys=("country:IR",)), EventFilter(start=date(2017, 7, 1))):
        apply_filter(window, f)
        timeline.current_layout()
        assert timeline.visible_range() == opening


def test_a_narrow_filter_shows_only_the_lanes_of_its_events(window: MainWindow) -> None:
    all_lanes = {lane.key for lane in window.timeline.current_layout().lanes}
    apply_filter(window, EventFilter(search="Sotchi"))
    kept = window.session.selection.dated
    assert 0 < len(kept) < 5
    named = {actor for row in kept for actor in row.actors}
    lanes = [lane.key for lane in window.timeline.current_layout().lanes]
    assert lanes and set(lanes) <= named | {OTHER_LANE} and len(lanes) < len(all_lanes)
    apply_filter(window, EventFilter())
    assert {lane.key for lane in window.timeline.current_layout().lanes} == all_lanes


def test_a_search_without_a_word_is_no_filter(window: MainWindow) -> None:
    for typed in ('"', "« ", "-", " OU "):
        window.filters.search.setText(typed)
        assert window.filters.current_filter().search == ""
    window.filters.search.setText('"zones de')
    assert window.filters.current_filter().search == '"zones de'


def test_help_has_a_quick_guide_in_french(window: MainWindow, qtbot: QtBot) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    help_menu = window.menuBar().actions()[titles.index("Aid&e")].menu()
    assert [a.text() for a in help_menu.actions() if a.text()] == [
        "&Guide rapide", "Ouvrir le &journal", "À &propos de Frise"]
    box = window.show_guide()
    qtbot.addWidget(box)
    text = box.text()
    assert "Alt+molette" in text and "-Trump" in text and "Ctrl+Z" in text and "<h3>" in text
    box.close()
