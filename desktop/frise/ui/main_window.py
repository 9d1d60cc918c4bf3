"""The main window: it composes the panels and wires them together, and holds no logic of its own.

Filters on the left (with the unresolved dates beneath), the timeline and its overview strip at the
top of the centre, the chronology list below it, the selected event's sources on the right. One
`Session` feeds them all; selecting an event anywhere selects it everywhere.
"""

from __future__ import annotations

import base64
import html
import logging
from datetime import date, timedelta
from operator import attrgetter
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frise import __version__
from frise.render.focus import densest_period
from frise.store import StoreError
from frise.store.snapshot import narrowing_ids
from frise.store.views import EventFilter, Facets, article_count
from frise.ui import datefmt
from frise.ui import settings as keys
from frise.ui.actions import Actions, icon
from frise.ui.chronology import ChronologyView
from frise.ui.corrections_controller import CorrectionsController
from frise.ui.dataset_dialog import DatasetLoader
from frise.ui.drop_overlay import DropOverlay
from frise.ui.export_controller import ExportController
from frise.ui.failures import FailureNotice
from frise.ui.filters import FilterBar, FilterPanel
from frise.ui.import_controller import Batch, ImportController
from frise.ui.import_feedback import ImportFeedback
from frise.ui.import_report import ImportReport
from frise.ui.overview import OverviewStrip
from frise.ui.seeds import seeds_dir
from frise.ui.session import Session
from frise.ui.settings import Settings
from frise.ui.source_pane import SourcePane
from frise.ui.timeline_files import TimelineFiles
from frise.ui.timeline_provider import TimelineProvider, source_lane_names, source_lanes
from frise.ui.timeline_view import TimelineView
from frise.ui.unresolved import UnresolvedList

SPLITTER_NAMES = ("mainSplitter", "leftSplitter", "centreSplitter")

_LAST = attrgetter("last")

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Frise — chronologie diplomatique"))
        self.setWindowIcon(icon("frise"))
        self.setAcceptDrops(True)
        self.session = session
        self.settings = settings
        self.current_event: int | None = None
        self._syncing = False
        self._timeline_restored = False
        self._filter_moved = False  # the filter changed: the timeline may need to follow it
        self._reveal_after_load: int | None = None

        self.commands = Actions(self)
        self.failures = FailureNotice(self)
        self.filters = FilterPanel()
        self.unresolved = UnresolvedList()
        self.filter_bar = FilterBar()
        self.timeline = TimelineView()
        self.overview = OverviewStrip(self.timeline)
        self.provider = TimelineProvider()
        self.timeline.set_provider(self.provider)
        self.chronology = ChronologyView()
        self.sources = SourcePane(session.store)
        self.importer = ImportController(session, self)
        self.hint = self._hint_banner()
        self._build_layout()
        self._build_status_bar()
        self.overlay = DropOverlay(self)
        self._wire()
        self.corrections = CorrectionsController(self.session, self, self.sources, self.commands, self.statusBar(),
                                                 self)
        self.files = TimelineFiles(self.session, self.settings, self.commands, self.open_timeline, self.wait_idle,
                                   self)
        self.datasets = DatasetLoader(self, self.session, self.settings, self.failures)
        self.datasets.add_to_menu(before=self.commands.paste_article)  # Fichier, after the imports
        self.session.pathChanged.connect(self._timeline_switched)
        self.session.changedOutside.connect(lambda: self.statusBar().showMessage(
            self.tr("La chronologie a été modifiée hors de cette fenêtre : elle est relue."), 8000))
        self._restore()

    # --- construction

    def _build_layout(self) -> None:
        self.commands.fill_menu_bar(self.menuBar())
        toolbar = self.addToolBar(self.tr("Outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.commands.fill_toolbar(toolbar)
        # The style sheet pads tool buttons by 8 pixels a side; the toolbar's » button, 12 pixels
        # wide, then had no room for its arrow, and the actions past the edge had no sign left.
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setStyleSheet("QToolButton { padding: 0px; }")
        self.commands.lanes_actor.setChecked(True)

        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("leftSplitter")
        # The panel scrolls when the window is too short for it rather than forcing the window's
        # height: with the kinds, context and places it needs about 730 pixels at its smallest.
        filters_area = QScrollArea()
        filters_area.setObjectName("filtersArea")
        filters_area.setWidget(self.filters)
        filters_area.setWidgetResizable(True)
        filters_area.setFrameShape(QFrame.Shape.NoFrame)
        filters_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        filters_area.setMinimumWidth(self.filters.minimumSizeHint().width()
                                     + filters_area.verticalScrollBar().sizeHint().width())
        left.addWidget(filters_area)
        left.addWidget(self.unresolved)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)

        timeline_box = QWidget()
        timeline_box.setObjectName("timelineBox")
        box = QVBoxLayout(timeline_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.hint)
        box.addWidget(self.filter_bar)
        box.addWidget(self.timeline, 1)
        box.addWidget(self.overview)
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.setObjectName("centreSplitter")
        centre.addWidget(timeline_box)
        centre.addWidget(self.chronology)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 2)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.setObjectName("mainSplitter")
        main.addWidget(left)
        main.addWidget(centre)
        main.addWidget(self.sources)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 3)
        main.setStretchFactor(2, 2)
        main.setSizes([270, 820, 510])
        left.setSizes([560, 160])
        centre.setSizes([430, 330])
        for splitter in (left, centre, main):
            splitter.setChildrenCollapsible(False)
        self.splitters = {"mainSplitter": main, "leftSplitter": left, "centreSplitter": centre}
        self.setCentralWidget(main)
        # Until an event is chosen the source pane would only say "choose an event", in 40 % of
        # the width the timeline needs: it opens, as wide as it was left, at the first choice.
        self.sources.hide()

    def _hint_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("hintBanner")
        text = QLabel(self.tr("Bienvenue ! Frise s'ouvre sur quelques articles d'exemple. Glissez vos propres "
                              "articles (fichiers, dossiers, texte ou liens) sur la fenêtre pour les ajouter."))
        text.setWordWrap(True)
        close = QToolButton()
        close.setObjectName("closeHint")
        close.setText("×")
        close.setToolTip(self.tr("Masquer ce message"))
        close.clicked.connect(banner.hide)
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(text, 1)
        layout.addWidget(close)
        banner.hide()
        return banner

    def _build_status_bar(self) -> None:
        self.feedback = ImportFeedback(self, self.importer, self.settings, self.failures)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts)

    def _wire(self) -> None:
        self.exports = ExportController(self, self.session, self.timeline, self.settings)
        a = self.commands
        a.import_files.triggered.connect(self.feedback.choose_files)
        a.import_folder.triggered.connect(self.feedback.choose_folder)
        a.paste_article.triggered.connect(self.feedback.paste)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.filters.focus_search)
        a.clear_filters.triggered.connect(self.filters.clear)
        a.zoom_in.triggered.connect(self.timeline.zoom_in)
        a.zoom_out.triggered.connect(self.timeline.zoom_out)
        a.fit_all.triggered.connect(self.timeline.fit_all)
        a.lanes_actor.triggered.connect(lambda: self.set_lane_mode("actor"))
        a.lanes_source.triggered.connect(lambda: self.set_lane_mode("source"))
        a.previous_event.triggered.connect(lambda: self.chronology.step(-1))
        a.next_event.triggered.connect(lambda: self.chronology.step(1))
        a.full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a.about.triggered.connect(self.about)
        for code in ("system", "fr", "en"):
            a[f"language_{code}"].triggered.connect(lambda _=False, c=code: self.choose_language(c))
        a.guide.triggered.connect(self.show_guide)
        a.open_log.triggered.connect(self.failures.open_log)
        a.reextract.triggered.connect(self.reextract)
        self.importer.finished.connect(self._imported)
        a.export_pdf.triggered.connect(self.exports.export_pdf)
        a.export_csv.triggered.connect(self.exports.export_csv)
        a.export_timelinejs.triggered.connect(self.exports.export_timelinejs)

        s = self.session
        s.selectionChanged.connect(self._selection_changed)
        s.reextracted.connect(self._reextracted)
        s.dataChanged.connect(self._data_changed)
        s.filterChanged.connect(lambda _: setattr(self, "_filter_moved", True))
        s.unresolvedChanged.connect(lambda: self.unresolved.set_entries(self.session.unresolved))
        s.facetsChanged.connect(self._facets_changed)
        s.failed.connect(self._session_failed)
        for runner in (s.reads, s.writes, self.exports.runner):  # tasks nobody else hears fail
            runner.unhandled.connect(self.failures.task_failed)
        s.loadingChanged.connect(self._loading_changed)
        self.filters.filterChanged.connect(s.set_filter)
        self.filter_bar.clearRequested.connect(self.filters.clear)

        self.timeline.eventSelected.connect(lambda event_id: self.select_event(event_id, "timeline"))
        self.timeline.clusterOpened.connect(self._cluster_opened)
        self.chronology.eventSelected.connect(lambda event_id: self.select_event(event_id, "list"))
        self.sources.eventActivated.connect(lambda event_id: self.select_event(event_id, "text"))
        self.sources.dateRequested.connect(self._date_requested)
        self.unresolved.eventActivated.connect(lambda event_id: self.select_event(event_id, "unresolved"))


    # --- state between runs

    def _restore(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1600, 960)
        state = self.settings.get(keys.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        for name, encoded in self.settings.get(keys.SPLITTERS).items():
            splitter = self.splitters.get(name)
            if splitter is not None and isinstance(encoded, str):
                splitter.restoreState(QByteArray(base64.b64decode(encoded)))
        self.sources.hide()  # (a restored state may show it)
        language = self.settings.get(keys.LANGUAGE)
        self.commands[f"language_{language if language in ('fr', 'en') else 'system'}"].setChecked(True)
        mode = self.settings.get(keys.LANE_MODE)
        self.set_lane_mode(mode if mode in ("actor", "source") else "actor")
        saved = EventFilter.from_json(self.settings.get(keys.FILTER))
        self.filters.set_filter(saved)
        self.session.set_filter(saved)

    def save_state(self) -> None:
        s = self.settings
        s.set(keys.GEOMETRY, bytes(self.saveGeometry().data()))
        s.set(keys.WINDOW_STATE, bytes(self.saveState().data()))
        if self.sources.isVisible():
            s.set(keys.SOURCE_WIDTH, self.sources.width())
        s.set(keys.SPLITTERS, {name: base64.b64encode(splitter.saveState().data()).decode("ascii")
                               for name, splitter in self.splitters.items()})
        s.set(keys.TIMELINE_STATE, dict(self.timeline.state()))
        s.set(keys.LANE_MODE, "source" if self.commands.lanes_source.isChecked() else "actor")
        s.set(keys.FILTER, self.session.filter.to_json())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.filters.flush()
        self.save_state()
        super().closeEvent(event)

    # --- first run

    def start(self) -> None:
        """Load the database; on the first run with an empty one, import the seed articles."""
        first_run = self.settings.get(keys.FIRST_RUN)
        empty = article_count(self.session.store) == 0
        if first_run and empty:
            folder = seeds_dir()
            if folder is not None:
                self.hint.show()
                self.importer.import_paths([folder])
        self.settings.set(keys.FIRST_RUN, False)
        self.session.reload()

    @property
    def import_report(self) -> ImportReport | None:
        """The report of the last import that failed somewhere, while it is open."""
        return self.feedback.report

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        """Let every background job finish and its results reach the views (tests, screenshots)."""
        finished = self.session.wait(timeout_ms)
        QCoreApplication.processEvents()
        return finished

    # --- data flowing in

    def _selection_changed(self) -> None:
        session = self.session
        snapshot = session.snapshot
        self.provider.set_selection(session.selection)
        if snapshot is not None:
            self.chronology.set_selection(session.selection, snapshot.rows)
        dated = session.selection.dated
        if dated:
            self.filters.set_collection_span(dated[0].first, dated[-1].last)  # type: ignore[arg-type]
        self.timeline.refresh()
        if (not self._timeline_restored and snapshot is not None and session.selection.dated
                and not self.importer.busy):
            # Not before there is something to show: on a first run the timeline is empty until
            # the sample articles are in, and its view must be chosen on all of them, not on
            # nothing nor on the first article a concurrent load happened to see.
            self._timeline_restored = True
            saved = self.settings.get(keys.TIMELINE_STATE)
            if saved:
                self.timeline.current_layout()  # settles the lane-name column the zoom is relative to
                self.timeline.restore_state(saved)
            else:
                self.open_on_densest_period()
        if self._filter_moved:
            self._filter_moved = False
            if self._timeline_restored:
                self._follow_filter()
        self._update_summary()
        shown = self.current_event
        if (shown is not None and not session.loading and snapshot is not None
                and self.chronology.chronology_model().row_of(shown) is None):
            self.select_event(None)  # the filter left it out: the source pane must not keep showing it
            shown = None
        if shown is not None and self.chronology.chronology_model().row_of(shown) is not None:
            self._syncing = True
            try:
                self.chronology.select_event(shown)
                self.timeline.select_event(shown)
            finally:
                self._syncing = False
            if self._reveal_after_load == shown and not self.session.loading:
                self.timeline.ensure_visible(shown)
        if not self.session.loading:
            self._reveal_after_load = None

    def _session_failed(self, message: str) -> None:
        """The database could not be read, re-read or re-dated: the window may be showing what
        is no longer true, or not what the user just asked for, so a box says it as well."""
        self.failures.report(message, alert=True)
        self._reveal_after_load = None  # a failed load reveals nothing later

    def reveal_after_load(self, event_id: int | None) -> None:
        """Once the snapshot being read is in, bring `event_id` into view on the timeline (an
        edited event whose dates moved: the list follows it by itself, the timeline must too)."""
        self._reveal_after_load = event_id

    def _data_changed(self) -> None:
        snapshot = self.session.snapshot
        self.provider.set_selection(self.session.selection, new_data=True)
        self.provider.adopt_items(self.session.timeline_items)
        self.provider.set_lane_names("actor", self.session.actor_lanes)
        if snapshot is not None and self.commands.lanes_source.isChecked():
            self._load_source_lanes()
        self.sources.refresh()
        articles = self.session.article_count
        self.counts.setText(datefmt.count_phrase(len(snapshot) if snapshot else 0, self.tr("{n} événement"),
                                                 self.tr("{n} événements")) + " · "
                            + datefmt.count_phrase(articles, self.tr("{n} article"), self.tr("{n} articles")))

    def _facets_changed(self, facets: Facets) -> None:
        self.filters.set_facets(facets)
        self._update_summary()

    def _update_summary(self) -> None:
        total = len(self.session.snapshot) if self.session.snapshot is not None else 0
        self.filter_bar.show_summary(self.filters.describe(self.session.filter), len(self.session.selection), total)

    def _loading_changed(self, loading: bool) -> None:
        reading = self.tr("Lecture de la base…")
        if loading and self.session.snapshot is None:
            self.statusBar().showMessage(reading)
        elif not loading and self.statusBar().currentMessage() == reading:
            self.statusBar().clearMessage()

    # --- selection, shared by every view

    def select_event(self, event_id: int | None, origin: str = "") -> None:
        if self._syncing:
            return
        if event_id is not None and event_id < 0:
            event_id = None
        self._syncing = True
        try:
            self.current_event = event_id
            if origin != "timeline":
                self.timeline.select_event(event_id)
                if event_id is not None and self._is_dated(event_id):
                    self.timeline.ensure_visible(event_id)
            if origin != "list":
                self.chronology.select_event(event_id)
            self.sources.show_event(event_id)
            if event_id is not None:
                self.show_source_pane()
        finally:
            self._syncing = False

    def show_source_pane(self) -> None:
        """Open the source pane (hidden until an event is chosen) at the width it was left,
        taking the room from the centre, and keep the chosen event in the timeline's view."""
        if not self.sources.isHidden():
            return
        main = self.splitters["mainSplitter"]
        sizes = main.sizes()
        total = sum(sizes)
        width = self.settings.get(keys.SOURCE_WIDTH) or round(total * 0.32)
        width = max(min(width, round((total - sizes[0]) * 0.6)), self.sources.minimumSizeHint().width(), 200)
        self.sources.show()
        main.setSizes([sizes[0], max(total - sizes[0] - width, 1), width])
        if self.current_event is not None and self._is_dated(self.current_event):
            self.timeline.ensure_visible(self.current_event)

    def _is_dated(self, event_id: int) -> bool:
        snapshot = self.session.snapshot
        row = snapshot.row(event_id) if snapshot is not None else None
        return row is not None and row.first is not None

    def _cluster_opened(self, ids: list[int]) -> None:
        self.statusBar().showMessage(datefmt.count_phrase(len(ids), self.tr("{n} événement regroupé"),
                                                          self.tr("{n} événements regroupés")), 4000)

    def set_lane_mode(self, mode: str) -> None:
        (self.commands.lanes_source if mode == "source" else self.commands.lanes_actor).setChecked(True)
        if mode == "source" and self.session.snapshot is not None:
            self._load_source_lanes()
        self.timeline.set_lane_mode(mode)

    def _load_source_lanes(self) -> None:
        snapshot = self.session.snapshot
        assert snapshot is not None
        # Lanes named by outlet and day (the titles were cut to the same first words)
        names = source_lane_names(self.session.store.articles())
        titles = {event_id: tuple(sorted({names.get(t, t) for t in these}))
                  for event_id, these in snapshot.source_titles(self.session.store).items()}
        self.provider.set_source_titles(titles)
        self.provider.set_lane_names("source", source_lanes(snapshot.dated, titles))

    # --- importing

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()
            self.overlay.show_for_drag()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.overlay.hide()
        if self.importer.import_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            self.statusBar().showMessage(self.tr("Rien à importer dans ce dépôt."), 5000)

    def _date_requested(self, article_id: int, value: str) -> None:
        reading = self.tr("Nouvelle lecture de l'article…")
        self.statusBar().showMessage(reading)

        def done() -> None:
            self.session.dataChanged.disconnect(done)
            if self.statusBar().currentMessage() == reading:
                self.statusBar().showMessage(self.tr("Article relu : ses dates sont à jour."), 5000)

        self.session.dataChanged.connect(done)
        self.session.set_article_date(article_id, value)

    def _imported(self, batch: Batch) -> None:
        """Once the new events are on the timeline, bring them into view if none shows."""
        articles = tuple(o.article_id for o in batch.imported if o.article_id is not None)
        if not articles:
            return

        def reveal() -> None:
            self.session.selectionChanged.disconnect(reveal)
            kept = narrowing_ids(self.session.store, EventFilter(article_ids=articles)) or set()
            new = [row for row in self.session.selection.dated if row.id in kept]
            if not new:
                return
            spans = [(row.first, row.last) for row in new if row.first is not None and row.last is not None]
            first, last = self.timeline.visible_range()
            if not spans or any(a <= last and b >= first for a, b in spans):
                return
            period = densest_period([a.toordinal() for a, _ in spans], [b.toordinal() for _, b in spans],
                                    min_events=1)
            start, end = (date.fromordinal(period[0]), date.fromordinal(period[1] - 1)) if period else (
                spans[0][0], max(b for _, b in spans))
            self.timeline.set_visible_range(start - timedelta(days=3), end + timedelta(days=3))
            said = self.statusBar().currentMessage()  # the import's summary stays in front
            shown = self.tr("la frise montre les événements importés (Ctrl+0 : toute la collection)")
            self.statusBar().showMessage(f"{said} · {shown}" if said else shown[:1].upper() + shown[1:], 10_000)

        # After the window's own handler has given the timeline the new events (it was connected
        # first): before that, the view would be clamped to the previous span.
        self.session.selectionChanged.connect(reveal)

    def reextract(self) -> None:
        self.statusBar().showMessage(self.tr("Nouvelle lecture de tous les articles…"))
        self.session.reextract()

    def _reextracted(self, count: int) -> None:
        self.statusBar().showMessage(datefmt.count_phrase(
            count, self.tr("{n} article relu ; vos corrections sont conservées."),
            self.tr("{n} articles relus ; vos corrections sont conservées.")), 8000)

    def open_on_densest_period(self) -> None:
        """First view of a timeline: the period holding most events, when outliers would otherwise
        squeeze them into clusters (see `frise.render.focus`); else everything."""
        if self._show_densest_period():
            self.statusBar().showMessage(self.tr(
                "La frise s'ouvre sur la période la plus dense ; « Tout afficher » (Ctrl+0) montre toute la "
                "collection."), 10_000)

    def _show_densest_period(self) -> bool:
        """Show the densest period of the filtered events (True), or all of them (False)."""
        self.timeline.scroll_to_top()
        dated = self.session.selection.dated
        period = densest_period(self.session.selection.firsts, list(map(date.toordinal, map(_LAST, dated))))
        if period is None:
            self.timeline.fit_all()
            return False
        self.timeline.show_events_between(date.fromordinal(period[0]), date.fromordinal(period[1] - 1))
        return True

    def _follow_filter(self) -> None:
        """After a filter change, frame what the filter kept.

        The events kept (within the period typed, if any) are framed, on their densest stretch
        when outliers would squeeze them, unless the view already shows that stretch whole:
        then it stays put, and narrowing by an actor whose events are in sight does not make
        the reader lose their place. Search hits off-screen, or half cut at an edge after a
        relaunch, were left there. Clearing every filter moves the view only when nothing is
        in sight.
        """
        selection, f = self.session.selection, self.session.filter
        span = self.provider.span()
        dated = selection.dated
        if not dated or span is None:
            return
        shown_first, shown_last = self.timeline.visible_range()
        if f == EventFilter():
            if not selection.meets(shown_first, shown_last):
                self._show_densest_period()
            return
        firsts = selection.firsts
        lasts = list(map(date.toordinal, map(_LAST, dated)))
        period = densest_period(firsts, lasts, min_events=1)
        first, end = period if period is not None else (firsts[0], max(lasts) + 1)
        if f.start is not None:
            first = max(first, f.start.toordinal())
        if f.end is not None:
            end = min(end, f.end.toordinal() + 1)
        if first >= end:
            return
        start_day, end_day = self.timeline.visible_days()
        pad = (end_day - start_day) * 0.01
        if start_day + pad <= first and end <= end_day - pad:
            return  # all of it is in sight
        self.timeline.scroll_to_top()
        self.timeline.show_events_between(date.fromordinal(first), date.fromordinal(end - 1))

    # --- timeline files

    def open_timeline(self, path: str | Path) -> bool:
        """Show the timeline file at `path` in place of the open one (File > New, Open, Save As,
        recent). False, after saying why, when it cannot be opened; the open one stays."""
        try:
            self.session.switch(path)
        except StoreError as error:
            log.warning("cannot open the timeline %s: %s", error.path, error.french, exc_info=True)
            QMessageBox.warning(self, self.tr("Frise"), self.tr(
                "Impossible d'ouvrir la chronologie\n{path}\n\n{reason}").format(path=error.path, reason=error.french))
            return False
        return True

    def _timeline_switched(self, _path: Path) -> None:
        """Another file is open: forget what belonged to the previous one, fit the new one."""
        self.sources.store = self.session.store
        self.select_event(None)
        if self.sources.isVisible():
            self.settings.set(keys.SOURCE_WIDTH, self.sources.width())
        self.sources.hide()
        self.filters.forget_choices()
        self.session.set_filter(EventFilter())
        self._timeline_restored = False
        self.settings.set(keys.TIMELINE_STATE, {})
        self.hint.hide()

    # --- misc

    def choose_language(self, code: str) -> None:
        """Affichage > Langue: remember the interface's language ("fr", "en", or "system" for
        the system's), spoken from the next start (the window is not rebuilt under the user)."""
        self.settings.set(keys.LANGUAGE, code if code in ("fr", "en") else "")
        self.settings.sync()
        self.statusBar().showMessage(self.tr("La langue choisie s'appliquera au prochain démarrage de Frise."), 8000)

    def show_guide(self) -> QMessageBox:
        """Aide > Guide rapide (F1): what the mouse and keys do, the search language, corrections."""
        sections = [
            (self.tr("Importer"), [
                self.tr("Déposez des fichiers, des dossiers, du texte ou des liens sur la fenêtre, ou Fichier > "
                        "Importer (Ctrl+I). Texte, Markdown, HTML, PDF et Word."),
                self.tr("Un article sans date : saisissez-la dans le panneau de droite (« Dater l'article »)."),
            ]),
            (self.tr("La frise"), [
                self.tr("Molette : zoom autour du pointeur ; glisser : se déplacer ; + et - : zoom ; "
                        "Ctrl+0 : tout afficher."),
                self.tr("Alt+molette, barre de défilement, Page préc./Page suiv. : faire défiler les couloirs."),
                self.tr("Flèches gauche et droite : événement précédent ou suivant ; Début et Fin : le premier "
                        "et le dernier."),
                self.tr("Une pastille chiffrée regroupe des événements faute de place : cliquez pour l'ouvrir."),
                self.tr("Cliquez sur le nom d'un couloir pour le replier ; Ctrl+1 et Ctrl+2 : couloirs par "
                        "acteur ou par source."),
            ]),
            (self.tr("Rechercher et filtrer"), [
                self.tr("Tous les mots, dans n'importe quel ordre ; « une expression » ou \"une expression\" "
                        "telle quelle ; Hambourg ou Astana : l'un ou l'autre ; -Trump : sans ce mot."),
                self.tr("Période : « mai 2017 », « début juin 2017 », « 2016 » ou le calendrier ; Du prend le "
                        "premier jour, Au le dernier."),
                self.tr("Type d'événement (accord, rencontre…), contexte et lieux : le contexte, ce que les "
                        "articles rappellent (« depuis 2015 »), paraît en plus clair ; « Sans le contexte » le "
                        "retire."),
            ]),
            (self.tr("Corriger"), [
                self.tr("F2 : modifier l'événement ; Suppr : le masquer ; Ctrl+M : fusionner ; Ctrl+K : "
                        "marquer vérifié ; Ctrl+Alt+A : ajouter un événement depuis le texte sélectionné."),
                self.tr("Ctrl+Z annule, Ctrl+Maj+Z rétablit ; vos corrections survivent à la relecture des "
                        "articles."),
            ]),
        ]
        body = "".join(
            f"<h3>{html.escape(title)}</h3><ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            + "</ul>" for title, lines in sections)
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Guide rapide"), body, QMessageBox.StandardButton.Close,
                          self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setObjectName("guide")
        box.open()
        return box

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Frise"), self.tr(
            "Frise {version}\n\nTransforme des articles de presse en français en une chronologie datée "
            "et sourcée.\nLicence MIT.").format(version=__version__))
