"""The panels on their own: chronology list, source pane, filters, unresolved dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from frise.ingest import load_text
from frise.library import Library
from frise.store import Store
from frise.store.snapshot import Selection, Snapshot
from frise.store.views import EventFilter, Facets, facets, rows
from frise.ui.chronology import EVENT_ID_ROLE, IS_HEADING_ROLE, ChronologyView, month_groups
from frise.ui.filters import FilterPanel
from frise.ui.source_pane import SourcePane, Utf16
from frise.ui.unresolved import UnresolvedList
from tests.ui_support import seeded_db


@pytest.fixture
def store(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    with Store.open(seeded_db(tmp_path, tmp_path_factory.getbasetemp())) as opened:
        yield opened


def texts(view: ChronologyView, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


# --- chronology


def test_month_groups_bisect_the_days() -> None:
    days = [date(2017, 5, 3), date(2017, 5, 4), date(2017, 7, 1), date(2018, 1, 9)]
    groups = month_groups([d.toordinal() for d in days], undated=2)
    assert [(g.month, g.start, g.count, g.row) for g in groups] == [
        (2017 * 12 + 4, 0, 2, 0), (2017 * 12 + 6, 2, 1, 3), (2018 * 12, 3, 1, 5), (None, 4, 2, 7)]


def test_chronology_groups_by_month_with_french_dates(qtbot: QtBot, store: Store) -> None:
    view = ChronologyView()
    qtbot.addWidget(view)
    snapshot = Snapshot.load(store)
    view.set_selection(snapshot.select(EventFilter()), snapshot.rows)
    model = view.model()
    headings = [r for r in range(model.rowCount()) if model.index(r, 0).data(IS_HEADING_ROLE)]
    labels = [model.index(r, 0).data() for r in headings]
    assert labels[0].startswith("Septembre 2015")
    assert any(label.startswith("Mai 2017") for label in labels)
    assert labels[-1].startswith("Sans date")
    shown = texts(view)
    assert "jeudi 4 mai 2017" in shown
    assert "7–8 juillet 2017" in shown
    assert "début juillet 2017" in shown
    assert "date non résolue" in shown
    assert model.rowCount() == 13 + len(headings)
    titles = texts(view, 1)
    assert any("mémorandum" in (t or "") for t in titles)
    sources = texts(view, 3)
    assert "3" in sources


def test_chronology_fetches_rows_lazily(qtbot: QtBot, store: Store) -> None:
    asked: list[int] = []

    def fetch(ids):
        asked.extend(ids)
        return rows(store, ids)

    view = ChronologyView()
    qtbot.addWidget(view)
    snapshot = Snapshot.load(store)
    selection = snapshot.select(EventFilter())
    view.chronology_model().set_ids(selection.ids(), selection.firsts, len(selection.undated), fetch)
    assert asked == []
    model = view.chronology_model()
    assert model.index(1, 1).data()
    assert asked and len(asked) <= 13
    assert len(selection.ids()) == 13


def test_chronology_selection_round_trip(qtbot: QtBot, store: Store) -> None:
    view = ChronologyView()
    qtbot.addWidget(view)
    snapshot = Snapshot.load(store)
    everything = snapshot.select(EventFilter())
    view.set_selection(everything, snapshot.rows)
    first, second, third = everything.dated[6].id, everything.dated[2].id, everything.dated[0].id
    with qtbot.assertNotEmitted(view.eventSelected):
        view.select_event(first)
    assert view.selected_event() == first
    row = view.chronology_model().row_of(first)
    assert view.model().index(row, 0).data(EVENT_ID_ROLE) == first
    other = view.chronology_model().row_of(second)
    with qtbot.waitSignal(view.eventSelected) as signal:
        view.setCurrentIndex(view.model().index(other, 1))
    assert signal.args == [second]
    view.set_selection(snapshot.select(EventFilter(), {second, third}), snapshot.rows)
    assert view.selected_event() == second  # still shown: still selected
    view.set_selection(snapshot.select(EventFilter(), {third}), snapshot.rows)
    assert view.selected_event() is None


def test_headings_are_not_selectable(qtbot: QtBot, store: Store) -> None:
    view = ChronologyView()
    qtbot.addWidget(view)
    snapshot = Snapshot.load(store)
    view.set_selection(snapshot.select(EventFilter()), snapshot.rows)
    flags = view.model().flags(view.model().index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsSelectable
    assert view.model().index(0, 0).data(EVENT_ID_ROLE) is None
    assert view.model().rowCount(view.model().index(0, 0)) == 0
    assert view.model().data(QModelIndex()) is None


def test_chronology_handles_a_hundred_thousand_ids(qtbot: QtBot) -> None:
    view = ChronologyView()
    qtbot.addWidget(view)
    start = date(1990, 1, 1).toordinal()
    firsts = [start + i // 8 for i in range(100_000)]
    fetched: list[int] = []
    model = view.chronology_model()
    model.set_ids(list(range(1, 100_001)), firsts, 0, lambda ids: fetched.extend(ids) or {})
    assert model.event_count == 100_000
    assert model.rowCount() == 100_000 + len(model.groups)
    assert model.row_of(99_999) is not None
    assert model.event_id(model.row_of(50_000)) == 50_000
    assert len(fetched) == 0


# --- source pane


def add_article(store: Store, text: str) -> int:
    outcome = Library(store).import_article(load_text(text, name="test"))
    assert outcome.article_id is not None
    return outcome.article_id


def test_source_pane_highlights_and_scrolls_to_the_passage(qtbot: QtBot, store: Store) -> None:
    padding = "\n".join(f"Paragraphe de remplissage numéro {i}, sans aucune date." for i in range(120))
    article = add_article(store, "Titre de test\n\n" + padding +
                          "\nLe 4 mai 2017, Vladimir Poutine a reçu Recep Tayyip Erdogan à Sotchi.\n" + padding)
    event_id = next(e for e in store.event_ids()
                    if any(s.article_id == article for s in store.events_by_id([e])[0].sources))
    pane = SourcePane(store)
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_event(event_id)
    tab = pane.tab_for_article(article)
    assert tab is not None and pane.current_tab() is tab
    focus = tab.text.focus
    assert focus is not None
    text = store.article_text(article) or ""
    assert "Le 4 mai 2017" in text[focus.passage_start:focus.passage_end]
    qtbot.waitUntil(tab.text.passage_visible, timeout=2000)
    selections = tab.text.extraSelections()
    assert any(s.cursor.selectionStart() == focus.passage_start for s in selections)
    assert any(s.cursor.selectedText() == "Le 4 mai 2017" for s in selections)


def test_markup_in_an_article_is_shown_as_text(qtbot: QtBot, store: Store) -> None:
    article = add_article(store, "Balises\n\nLe 6 juillet 2017, <b>x</b> et <script>alert(1)</script> "
                                 "à Hambourg avec l'Allemagne.")
    event_id = next(e.id for e in store.events() if any(s.article_id == article for s in e.sources))
    pane = SourcePane(store)
    qtbot.addWidget(pane)
    pane.show_event(event_id)
    tab = pane.tab_for_article(article)
    assert tab is not None
    assert "<b>x</b>" in tab.text.toPlainText()
    assert "<script>" in tab.text.toPlainText()
    assert tab.title.textFormat() == Qt.TextFormat.PlainText


def test_clicking_a_highlighted_date_selects_its_event(qtbot: QtBot, store: Store) -> None:
    seed = store.articles()[1]
    event = next(e for e in store.events() if any(s.article_id == seed.id for s in e.sources))
    pane = SourcePane(store)
    qtbot.addWidget(pane)
    pane.resize(600, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_event(event.id)
    tab = pane.tab_for_article(seed.id)
    assert tab is not None
    other = next(x for x in tab.text.expressions if x.event_id not in (None, event.id))
    tab.text.setTextCursor(tab.text.textCursor())
    cursor = tab.text.textCursor()
    cursor.setPosition(other.start)
    tab.text.setTextCursor(cursor)
    tab.text.ensureCursorVisible()
    point = tab.text.expression_rect_center(other)
    with qtbot.waitSignal(pane.eventActivated) as signal:
        qtbot.mouseClick(tab.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [other.event_id]


def test_set_date_asks_for_the_parsed_date(qtbot: QtBot, store: Store) -> None:
    seed = store.articles()[0]
    event = next(e for e in store.events() if any(s.article_id == seed.id for s in e.sources))
    pane = SourcePane(store)
    qtbot.addWidget(pane)
    pane.show_event(event.id)
    tab = pane.tab_for_article(seed.id)
    assert tab is not None
    tab.date_input.setText("n'importe quoi")
    with qtbot.assertNotEmitted(pane.dateRequested):
        tab.date_button.click()
    assert tab.date_input.property("invalid") is True
    tab.date_input.setText("12 mai 2017")
    with qtbot.waitSignal(pane.dateRequested) as signal:
        tab.date_button.click()
    assert signal.args == [seed.id, "2017-05-12"]


def test_utf16_offsets() -> None:
    text = "a😀b le 4 mai"
    offsets = Utf16(text)
    assert offsets.to_qt(0) == 0 and offsets.to_qt(2) == 3 and offsets.to_qt(4) == 5
    assert [offsets.from_qt(offsets.to_qt(i)) for i in range(len(text))] == list(range(len(text)))


def test_emoji_before_a_date_keeps_highlights_in_place(qtbot: QtBot, store: Store) -> None:
    article = add_article(store, "Émojis 😀😀\n\n😀 Le 7 juillet 2017, Vladimir Poutine et Donald Trump se sont "
                                 "rencontrés à Hambourg.")
    event_id = next(e.id for e in store.events() if any(s.article_id == article for s in e.sources))
    pane = SourcePane(store)
    qtbot.addWidget(pane)
    pane.show_event(event_id)
    tab = pane.tab_for_article(article)
    assert tab is not None
    assert any(s.cursor.selectedText() == "Le 7 juillet 2017" for s in tab.text.extraSelections())


# --- filters


def test_filter_panel_emits_one_debounced_filter(qtbot: QtBot, store: Store) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_facets(facets(store, EventFilter()))
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as signal:
        panel.search.setText("Pou")
        panel.search.setText("Poutine")
    assert signal.args[0] == EventFilter(search="Poutine")
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as signal:
        panel.certainty_boxes["unresolved"].setChecked(False)
    assert signal.args[0].certainties == ("exact", "approximate", "assumed")
    row = next(r for r in range(panel.actors.count()) if panel.actors.item(r).text().startswith("Vladimir Poutine"))
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as signal:
        panel.actors.item(row).setCheckState(Qt.CheckState.Checked)
    assert signal.args[0].actor_keys == ("leader:poutine",)


def test_filter_panel_keeps_one_certainty(qtbot: QtBot) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    for certainty in ("exact", "approximate", "assumed"):
        panel.certainty_boxes[certainty].setChecked(False)
    panel.certainty_boxes["unresolved"].setChecked(False)
    assert panel.certainty_boxes["unresolved"].isChecked()


def test_filter_panel_shows_a_saved_filter(qtbot: QtBot, store: Store) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    saved = EventFilter(start=date(2017, 5, 1), actor_keys=("leader:poutine",), outlets=("RT France",),
                        certainties=("exact",), search="Astana")
    with qtbot.assertNotEmitted(panel.filterChanged, wait=300):
        panel.set_filter(saved)
    assert panel.current_filter() == saved
    panel.set_facets(facets(store, saved))
    assert panel.current_filter() == saved
    described = panel.describe(saved)
    assert "« Astana »" in described and "Vladimir Poutine" in described


def test_sources_facet(qtbot: QtBot, store: Store) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    counts: Facets = facets(store, EventFilter())
    panel.set_facets(counts)
    names = [panel.sources.topLevelItem(i).text(0) for i in range(panel.sources.topLevelItemCount())]
    assert any(n.startswith("RT France") for n in names)
    assert any(n.startswith("Média inconnu") for n in names)
    top = next(panel.sources.topLevelItem(i) for i in range(panel.sources.topLevelItemCount())
               if panel.sources.topLevelItem(i).text(0).startswith("RT France"))
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as signal:
        top.setCheckState(0, Qt.CheckState.Checked)
    assert signal.args[0].outlets == ("RT France",)


# --- unresolved


def test_unresolved_list_shows_the_seed_expression(qtbot: QtBot, store: Store) -> None:
    panel = UnresolvedList()
    qtbot.addWidget(panel)
    panel.reload(store)
    assert "la semaine dernière" in panel.texts()
    assert "(1)" in panel.title.text() or "(" in panel.title.text()
    with qtbot.waitSignal(panel.eventActivated) as signal:
        panel.list.setCurrentRow(0)
    assert signal.args[0] == panel.entries[0].event_id


def test_selection_type_is_plain() -> None:
    empty = Selection([], [], [], 0)
    assert len(empty) == 0 and empty.span() is None
    assert empty.density(date(2017, 1, 1), date(2017, 12, 31), 4) == [0] * 4
