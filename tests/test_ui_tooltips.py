"""Article text is shown as text, never as Qt rich text: tooltips, labels, lists, dialogs.

An article may hold markup (`<img src="/dev/zero">` in a pasted page): Qt would read the image
and freeze on hovering, or show a local file. Each check reads a tooltip the way Qt displays it
(`displayed`) and requires the article's text to appear there literally.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from frise.library import import_paths
from frise.render.geometry import EventBox
from frise.render.model import TimelineItem
from frise.render.provider import ListProvider
from frise.store import Store
from frise.store.views import EventFilter
from frise.ui import settings as keys
from frise.ui.event_editor import EventEditor
from frise.ui.export_dialog import ExportDialog
from frise.ui.hidden_events import EventPicker
from frise.ui.main_window import MainWindow
from frise.ui.plain_text import plain_tooltip
from frise.ui.session import Session
from frise.ui.settings import Settings
from frise.ui.timeline_view import TimelineView
from tests.ui_support import write_article

might_be_rich_text = QtGui.Qt.mightBeRichText  # (QtGui's Qt namespace, not QtCore's)

TITLE = 'Sommet <img src="/dev/zero"> à <b>Meseberg</b> &amp; <a href="http://x">lien</a>'
OUTLET = 'Le <img src="/dev/zero"> <b>Monde</b> & Cie'
URL = 'https://exemple.fr/<b>gras</b>'  # no space: a URL with one is not kept
BODY = ('Le 19 juin 2018, Emmanuel Macron et <b>Angela Merkel</b> se sont réunis à Meseberg <img src="/dev/zero"> '
        'pour préparer le Conseil européen.\n\nLa semaine dernière, &amp; <a href="file:///etc/passwd">ici</a> '
        'rien de neuf.\n')
# Markdown reads inline HTML as markup (and leaves it out); written as entities, the tags are the
# article's text, which is what must never be rendered. Likewise in the front matter.
def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


MARKUP_ARTICLE = (f"---\nsource: {OUTLET}\nurl: {URL}\n---\n\n# {_entities(TITLE)}\n\n"
                  f"{_entities(BODY)}")


def displayed(tip: str) -> str:
    """What Qt shows for `tip`: rich text (as Qt::mightBeRichText decides) rendered, else as is.
    Call it only once `tip` holds no <img>: rendering one would read the file."""
    if not might_be_rich_text(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def assert_literal(tip: str, raw: str) -> None:
    """`tip` holds no markup of the article's and shows `raw` character for character."""
    assert "<img" not in tip.lower() and "<a " not in tip.lower() and "<b>" not in tip.lower(), tip
    assert raw in displayed(tip), (tip, displayed(tip))


@pytest.fixture
def markup_db(tmp_path: Path) -> Path:
    db = tmp_path / "balises.sqlite"
    with Store.open(db) as store:
        import_paths(store, [write_article(tmp_path / "articles", "balises.md", MARKUP_ARTICLE)])
    return db


@pytest.fixture
def window(qtbot: QtBot, markup_db: Path) -> Iterator[MainWindow]:
    QToolTip.hideText()
    opened = MainWindow(Session(markup_db), Settings.in_memory({keys.FIRST_RUN.key: False}))
    qtbot.addWidget(opened)
    opened.resize(1400, 900)
    opened.show()
    qtbot.waitExposed(opened)
    opened.start()
    qtbot.waitUntil(lambda: opened.session.snapshot is not None and len(opened.session.selection) == 2,
                    timeout=30_000)
    opened.wait_idle()
    yield opened
    QToolTip.hideText()
    opened.close()
    opened.session.close()


def event_rows(window: MainWindow) -> list[int]:
    model = window.chronology.chronology_model()
    return [row for row in range(model.rowCount()) if model.event_id(row) is not None]


def dated_event(window: MainWindow) -> int:
    return window.session.selection.dated[0].id


def help_event(widget: QApplication | object, x: float, y: float) -> None:
    """Hover: the ToolTip event Qt sends a widget after the pointer rests on it."""
    pos = QPoint(int(x), int(y))
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))  # type: ignore[attr-defined]


# --- the helper


def test_plain_tooltip_shows_markup_and_line_breaks_literally() -> None:
    text = f"{TITLE}\n  deux espaces & <i>une</i> ligne"
    tip = plain_tooltip(text)
    assert "<img" not in tip and might_be_rich_text(tip)
    assert displayed(tip) == text
    assert plain_tooltip("") == ""  # no empty tooltip box


# --- the window's views


def test_chronology_tooltips_show_the_title_literally(window: MainWindow) -> None:
    model = window.chronology.chronology_model()
    rows = event_rows(window)
    assert len(rows) == 2
    for row in rows:
        title = model.row_data(row).title  # type: ignore[union-attr]
        assert "<b>" in title or "<a " in title  # the article's markup reached the event
        assert model.index(row, 1).data(Qt.ItemDataRole.DisplayRole).endswith(title)  # cells are plain text
        for column in range(model.columnCount()):
            assert_literal(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole), title)


def test_source_pane_shows_titles_outlets_and_text_as_text(qtbot: QtBot, window: MainWindow) -> None:
    event_id = dated_event(window)
    window.select_event(event_id)
    pane = window.sources
    event = pane.shown_event
    assert event is not None
    for label in (pane.heading, pane.details):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert pane.heading.text() == event.title
    assert pane.tabs.tabText(0) == OUTLET.replace("&", "&&")  # "&" is no mnemonic: shown as it is
    assert_literal(pane.tabs.tabToolTip(0), TITLE)
    tab = pane.current_tab()
    assert tab is not None
    for label in (tab.title, tab.meta):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert tab.title.text() == TITLE and OUTLET in tab.meta.text()
    assert_literal(tab.meta.toolTip(), URL)
    assert tab.text.toPlainText() == window.session.store.article_text(tab.article.id)
    assert "<img" in tab.text.toPlainText()  # the article's own text, markup and all, literally

    expression = next(e for e in tab.text.expressions if e.first is not None)
    centre = QPointF(tab.text.expression_rect_center(expression))
    tab.text.resize(600, 400)
    move = QMouseEvent(QEvent.Type.MouseMove, centre, tab.text.viewport().mapToGlobal(centre),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab.text.viewport(), move)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert_literal(QToolTip.text(), f"« {expression.text} »")


def test_unresolved_passages_are_tooltips_of_text(window: MainWindow) -> None:
    entries = window.session.unresolved
    assert entries and "<a " in entries[0].passage
    item = window.unresolved.list.item(0)
    assert item is not None and "<b>" in item.text()  # the list's own rows are plain text
    assert_literal(item.toolTip(), entries[0].passage)


def test_sources_tree_and_filter_line_show_titles_as_text(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.filters.sources
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    outlet = tree.topLevelItem(0)
    assert outlet is not None and outlet.text(0).startswith(OUTLET)
    outlet.setExpanded(True)
    child = outlet.child(0)
    assert child is not None and child.text(0).startswith(TITLE)
    assert_literal(child.toolTip(0), TITLE)

    article = window.session.store.articles()[0].id
    window.filters.set_filter(EventFilter(article_ids=(article,)))
    window.session.set_filter(EventFilter(article_ids=(article,)))
    window.wait_idle()
    label = window.filter_bar.label
    assert "<img" in label.text() and label.textFormat() == Qt.TextFormat.PlainText
    assert_literal(label.toolTip(), label.text())

    description = " · ".join(window.filters.describe(window.session.filter))
    dialog = ExportDialog(2, filter_description=description, parent=window)
    qtbot.addWidget(dialog)
    assert_literal(dialog.whole.toolTip(), description)


def test_event_pickers_show_titles_as_text(qtbot: QtBot, window: MainWindow) -> None:
    events = window.session.store.events()
    hint = f"Choisissez l'événement qui rapporte le même fait que « {events[0].title} »"
    picker = EventPicker("Fusionner avec…", hint, "Fusionner", events, lambda _event: None, window)
    qtbot.addWidget(picker)
    titles = {e.title for e in events}
    for row in range(picker.list.count()):
        item = picker.list.item(row)
        assert item is not None
        assert_literal(item.toolTip(), next(t for t in titles if t in item.text()))
    label = next(w for w in picker.findChildren(QLabel) if "Choisissez" in w.text())
    assert label.textFormat() == Qt.TextFormat.PlainText and events[0].title in label.text()


def test_import_report_shows_paths_as_text(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    empty = write_article(tmp_path / "mauvais", 'vide <img src="zero"> <b>gras.txt', "")
    window.importer.import_paths([empty])
    qtbot.waitUntil(lambda: window.import_report is not None, timeout=20_000)
    report = window.import_report
    assert report is not None
    item = report.table.topLevelItem(0)
    assert item is not None and item.text(0) == str(empty)
    assert_literal(item.toolTip(0), str(empty))
    assert_literal(item.toolTip(2), "fichier vide")
    report.close()


def test_typed_dates_are_echoed_as_text(qtbot: QtBot, window: MainWindow) -> None:
    typed = '<img src="/dev/zero"> <b>mai</b>'
    editor = EventEditor(None, parent=window)
    qtbot.addWidget(editor)
    assert editor.understood.textFormat() == Qt.TextFormat.PlainText
    editor.date.setText(typed)
    assert typed in editor.understood.text()
    panel = window.filters
    assert panel.period_note.textFormat() == Qt.TextFormat.PlainText
    panel.start.text.setText(typed)
    assert typed in panel.period_note.text()
    assert_literal(panel.start.text.toolTip(), typed)


def test_source_lane_names_are_tooltips_of_text(qtbot: QtBot, window: MainWindow) -> None:
    window.set_lane_mode("source")
    view = window.timeline
    layout = view.current_layout()
    lane = next(lane for lane in layout.lanes if "Monde" in lane.name)  # (lanes are named by outlet)
    help_event(view, lane.header.x + 20, lane.header.y + lane.header.h / 2 - view.scroll_position())
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert_literal(QToolTip.text(), lane.name)


# --- the timeline's own tooltips, from a real hover


START = date(2021, 1, 1)


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TimelineView]:
    QToolTip.hideText()
    items = [TimelineItem(i + 1, START + timedelta(days=7 * i), START + timedelta(days=7 * i),
                          TITLE if i == 2 else f"Événement {i + 1}", "exact", ("France",)) for i in range(8)]
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.set_provider(ListProvider(items))
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_visible_range(START - timedelta(days=3), START + timedelta(days=60))
    yield widget
    QToolTip.hideText()


def box_centre(view: TimelineView, item_id: int) -> tuple[float, float]:
    layout = view.current_layout()
    box = next(b for b in layout.boxes if isinstance(b, EventBox) and b.item_id == item_id)
    dx = view._view.x(layout.metrics.start) - layout.metrics.x0
    return box.rect.x + dx + box.rect.w / 2, box.rect.y + box.rect.h / 2 - view.scroll_position()


def test_hovering_an_event_shows_its_tooltip(qtbot: QtBot, view: TimelineView) -> None:
    help_event(view, *box_centre(view, 3))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    shown = QToolTip.text()
    assert_literal(shown, TITLE)
    assert "15 janvier 2021" in displayed(shown)


def test_hovering_nothing_shows_no_tooltip(qtbot: QtBot, view: TimelineView) -> None:
    help_event(view, *box_centre(view, 3))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    help_event(view, view.width() - 30, view.height() - 10)  # below every lane
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
