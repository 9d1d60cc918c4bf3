"""Issue H in the window: each event's kind in the list, background (context) events lighter in
the list and on the timeline, and the filter panel keeping kinds, context or not, and places —
in memory (the snapshot) exactly as in SQL, and reframing the views like every other filter.
The seed articles hold agreements at Astana, a meeting at Sotchi told as background, and more."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frise.app import setup_application
from frise.render.model import TimelineItem
from frise.render.style import Style
from frise.render.surface import render_timeline
from frise.store import Store
from frise.store.snapshot import Snapshot, narrowing_ids
from frise.store.views import EventFilter, chronology, facets
from frise.ui import settings as keys
from frise.ui import theme
from frise.ui.chronology import CONTEXT_ROLE, KIND_COLUMN, ChronologyModel
from frise.ui.filters import _KEY_ROLE, FilterPanel
from frise.ui.main_window import MainWindow
from tests.test_ui_main_window import list_ids, open_window
from tests.ui_support import seeded_db

SOTCHI = "Le président russe avait rencontré son homologue turc à Sotchi"


@pytest.fixture
def seeded(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_db(tmp_path, tmp_path_factory.getbasetemp())


@pytest.fixture
def window(qtbot: QtBot, seeded: Path):
    opened = open_window(qtbot, seeded, {keys.FIRST_RUN.key: False})
    yield opened
    opened.close()
    opened.session.close()


FILTERS = [
    EventFilter(kinds=("agreement",)),
    EventFilter(kinds=("meeting", "none")),
    EventFilter(kinds=("none",)),
    EventFilter(importance="news"),
    EventFilter(importance="context"),
    EventFilter(places=("astana",)),
    EventFilter(places=("Sotchi", "Hambourg")),
    EventFilter(places=("amman",)),  # an undated event: kept by the in-memory test of the undated rows
    EventFilter(kinds=("agreement",), importance="news", places=("ASTANA",)),
]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: repr(f.to_json()))
def test_the_snapshot_keeps_what_sql_keeps(seeded: Path, f: EventFilter) -> None:
    with Store.open(seeded) as store:
        snapshot = Snapshot.load(store)
        kept = snapshot.select(f, narrowing_ids(store, f)).ids()
        assert kept == chronology(store, f).ids
        everything = store.events()
    chosen = [e for e in everything if e.id in kept]
    assert chosen, "every filter of the test keeps some seed event"
    assert len(chosen) < len(everything)
    for event in chosen:
        if f.kinds:
            assert (event.happening or "none") in f.kinds
        if f.importance:
            assert event.importance == f.importance
        if f.places:
            assert {p.casefold() for p in event.places} & {p.casefold() for p in f.places}


def test_facets_count_kinds_importance_and_places(seeded: Path) -> None:
    with Store.open(seeded) as store:
        counted = facets(store, EventFilter(importance="news"))
        events = [e for e in store.events() if not e.hidden]
    assert counted.kinds["agreement"] == sum(e.happening == "agreement" and e.importance == "news" for e in events)
    # A facet is counted over the other facets: the importance counts ignore the importance chosen.
    assert counted.importance["context"] == sum(e.importance == "context" for e in events) > 0
    assert dict(counted.places)["Astana"] >= 2


def test_a_saved_filter_keeps_kinds_context_and_places() -> None:
    f = EventFilter(kinds=("agreement", "none"), importance="news", places=("geneve",))
    assert EventFilter.from_json(f.to_json()) == f
    assert EventFilter.from_json({"importance": "nonsense", "kinds": [3]}) == EventFilter()


def _model_over(seeded: Path) -> tuple[ChronologyModel, Snapshot]:
    with Store.open(seeded) as store:
        snapshot = Snapshot.load(store)
    model = ChronologyModel()
    model.set_selection(snapshot.select(EventFilter()), snapshot.rows)
    return model, snapshot


def _row_of_title(model: ChronologyModel, start: str) -> int:
    return next(r for r in range(model.rowCount()) if str(model.index(r, 1).data() or "").startswith(start))


def test_the_list_shows_the_kind_and_context_lighter(qapp, seeded: Path) -> None:
    model, _ = _model_over(seeded)
    assert model.headerData(KIND_COLUMN, Qt.Orientation.Horizontal) == "Type"
    context = _row_of_title(model, SOTCHI)
    news = _row_of_title(model, "Les représentants de la Russie, de l’Iran et de la Turquie")
    assert model.index(context, KIND_COLUMN).data() == "rencontre"
    assert model.index(news, KIND_COLUMN).data() == "accord"
    assert model.index(context, 1).data(CONTEXT_ROLE) is True and model.index(news, 1).data(CONTEXT_ROLE) is False
    lighter = model.index(context, 1).data(Qt.ItemDataRole.ForegroundRole).color()
    assert lighter == QColor(theme.CONTEXT_TEXT)
    normal = model.index(news, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert normal is None  # the palette's text colour
    assert lighter.lightness() > QApplication.palette().text().color().lightness() + 60
    assert "Contexte" in model.index(context, 1).data(Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def english(qapp):
    """The interface in English for one test, then back to the French source."""
    locale, style = QLocale(), qapp.style().name()
    installed = setup_application(qapp, "en")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    QLocale.setDefault(locale)


def test_the_list_names_kinds_in_english_under_an_english_interface(qapp, seeded: Path, english) -> None:
    model, _ = _model_over(seeded)
    assert model.index(_row_of_title(model, SOTCHI), KIND_COLUMN).data() == "meeting"
    assert model.headerData(KIND_COLUMN, Qt.Orientation.Horizontal) == "Type"


def _timeline(items: list[TimelineItem]) -> tuple[QImage, object]:
    image = QImage(900, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    layout = render_timeline(painter, items, QRectF(0, 0, 900, 300))
    painter.end()
    return image, layout


def test_the_timeline_draws_context_events_lighter(qapp) -> None:
    from datetime import date

    items = [TimelineItem(1, date(2017, 5, 3), date(2017, 5, 3), "Rencontre à Sotchi", "exact", ("Russie",),
                          context=True),
             TimelineItem(2, date(2017, 5, 20), date(2017, 5, 20), "Mémorandum d'Astana", "exact", ("Russie",))]
    image, layout = _timeline(items)
    boxes = {box.item_id: box for box in layout.boxes}  # type: ignore[attr-defined]
    assert boxes[1].context and not boxes[2].context

    def centre(box) -> QColor:
        return image.pixelColor(round(box.rect.x + box.rect.w / 2), round(box.rect.y + box.rect.h / 2))

    exact = QColor(Style().palette.exact)
    assert abs(centre(boxes[2]).lightness() - exact.lightness()) < 12  # the news in its full colour
    assert centre(boxes[1]).lightness() > exact.lightness() + 40  # the background see-through

    def darkest_label_pixel(box) -> int:
        r = box.label_rect
        return min(image.pixelColor(x, round(r.y + r.h / 2)).lightness() for x in range(round(r.x), round(r.right)))

    assert darkest_label_pixel(boxes[1]) > darkest_label_pixel(boxes[2]) + 60


def test_the_panel_gives_kinds_context_and_places(qtbot: QtBot, seeded: Path) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    with Store.open(seeded) as store:
        panel.set_facets(facets(store, EventFilter()))
    assert panel.current_filter() == EventFilter()
    panel.kinds.actions_by_key["agreement"].setChecked(True)
    panel.kinds.actions_by_key["none"].setChecked(True)
    assert "accord" in panel.kinds.text() and "sans type" in panel.kinds.text()
    assert "(" in panel.kinds.actions_by_key["agreement"].text()  # its count
    panel.context.setCurrentIndex(panel.context.findData("news"))
    astana = next(panel.places.item(i) for i in range(panel.places.count())
                  if panel.places.item(i).text().startswith("Astana"))
    astana.setCheckState(Qt.CheckState.Checked)
    f = panel.current_filter()
    assert f.kinds == ("agreement", "none") and f.importance == "news" and f.places == (astana.data(_KEY_ROLE),)
    words = " · ".join(panel.describe(f))
    assert "accord / sans type" in words and "sans le contexte" in words and "Astana" in words
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as emitted:
        panel.flush()
    assert emitted.args == [f]

    panel.set_filter(EventFilter())
    assert panel.current_filter() == EventFilter()
    panel.set_filter(f)
    assert panel.current_filter() == f
    panel.place_search.setText("sotch")
    assert astana.isHidden() is False  # a checked place stays in sight
    sotchi = next(panel.places.item(i) for i in range(panel.places.count())
                  if panel.places.item(i).text().startswith("Sotchi"))
    assert not sotchi.isHidden()
    others = [panel.places.item(i) for i in range(panel.places.count())
              if panel.places.item(i) not in (astana, sotchi)]
    assert others and all(item.isHidden() for item in others)


def test_the_context_filter_reframes_the_views(window: MainWindow, qtbot: QtBot) -> None:
    snapshot = window.session.snapshot
    assert snapshot is not None
    background = [i for i in list_ids(window) if (row := snapshot.row(i)) is not None and row.context]
    assert background
    window.filters.context.setCurrentIndex(window.filters.context.findData("news"))
    window.filters.flush()
    qtbot.waitUntil(lambda: not set(background) & set(list_ids(window)) and not window.session.loading,
                    timeout=10_000)
    assert window.session.filter.importance == "news"
    assert "sans le contexte" in window.filter_bar.label.text()
    shown = list_ids(window)
    assert shown and all(not snapshot.row(i).context for i in shown)  # type: ignore[union-attr]

    window.filters.context.setCurrentIndex(window.filters.context.findData("context"))
    window.filters.kinds.actions_by_key["meeting"].setChecked(True)
    window.filters.flush()
    qtbot.waitUntil(lambda: window.session.filter.kinds == ("meeting",) and not window.session.loading,
                    timeout=10_000)
    shown = list_ids(window)
    assert shown and all(snapshot.row(i).context and snapshot.row(i).happening == "meeting"  # type: ignore[union-attr]
                         for i in shown)


def test_the_source_pane_says_kind_context_and_place(window: MainWindow) -> None:
    snapshot = window.session.snapshot
    assert snapshot is not None
    event_id = next(i for i in list_ids(window) if (row := snapshot.row(i)) is not None
                    and row.title.startswith(SOTCHI))
    window.select_event(event_id, "list")
    details = window.sources.details.text()
    assert "rencontre · contexte" in details and details.rstrip().split(" · ")[-2] == "Sotchi"


def test_the_kind_column_leaves_a_narrow_list_and_comes_back(qtbot: QtBot) -> None:
    from frise.ui.chronology import ChronologyView

    view = ChronologyView()
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    view.resize(1200, 300)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert not view.isColumnHidden(KIND_COLUMN) and header.sectionSize(KIND_COLUMN) >= 100
    assert header.visualIndex(KIND_COLUMN) == 1  # right after the date
    view.resize(585, 300)
    QApplication.processEvents()
    assert view.isColumnHidden(KIND_COLUMN)  # an elided « ren… » would say nothing
    view.resize(800, 300)
    QApplication.processEvents()
    assert not view.isColumnHidden(KIND_COLUMN) and header.sectionSize(KIND_COLUMN) >= 84


def test_the_timeline_tooltip_names_the_kind_and_the_context(window: MainWindow) -> None:
    timeline = window.timeline
    snapshot = window.session.snapshot
    assert snapshot is not None
    event_id = next(i for i in list_ids(window) if (row := snapshot.row(i)) is not None
                    and row.title.startswith(SOTCHI))
    window.select_event(event_id, "list")
    QApplication.processEvents()
    layout = timeline.current_layout()
    box = next(b for b in layout.boxes if b.item_id == event_id)
    dx = timeline._view.x(layout.metrics.start) - layout.metrics.x0
    text = timeline._tooltip(box.rect.x + dx + box.rect.w / 2, box.rect.y + box.rect.h / 2)
    assert text.startswith(SOTCHI) and "rencontre · " in text and "contexte" in text
