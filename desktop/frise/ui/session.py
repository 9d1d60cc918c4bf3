"""The open database as the window sees it: its events in memory, the filter, the filtered set.

Every view (timeline, chronology list, filter counts, status bar) reads from one `Session`, so
they always show the same filtered set. The session keeps a read connection for the GUI thread's
small questions (one article's text, one event's sources) and sends everything slow to workers,
each opening its own connection: loading the snapshot, counting facets, importing, re-dating.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from frise.gcpause import FREEZE_FROM, collect_before_bulk, cyclic_gc_paused, freeze_if_large
from frise.library import Library, set_article_date
from frise.render.model import TimelineItem
from frise.store import Store, StoreError, french_reason
from frise.store.snapshot import Selection, Snapshot, narrowing_ids
from frise.store.views import EventFilter, Facets, Unresolved, article_count, event_count, facets, unresolved
from frise.ui.tasks import TaskRunner
from frise.ui.timeline_provider import actor_lanes, build_items

log = logging.getLogger(__name__)

FACETS_DELAY_MS = 250
FOLLOW_UP_DELAY_MS = 150
"""After a load, how long the facet counts and the unresolved dates wait before they are read:
a worker reading them would take the interpreter from the GUI thread while it paints the new
timeline (at 100,000 events, the first paint came 0.2 s later)."""
WATCH_MS = 2000
"""How often the window asks SQLite whether another process changed the timeline."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a reload reads, all of it off the GUI thread."""

    snapshot: Snapshot
    items: dict[int, TimelineItem]
    articles: int
    actor_lanes: list[str]


def _load(path: Path, generation: int) -> Loaded:
    """The worker's half of a reload: the snapshot, every timeline item built from it (at 100,000
    events, a third of a second better spent here), the article count. The unresolved dates
    follow in a second job (`_read_unresolved`), so that the timeline is painted without them."""
    with Store.open(path) as store:
        if event_count(store) >= FREEZE_FROM:  # what is built may end frozen: free cyclic garbage first
            collect_before_bulk()
        with cyclic_gc_paused():  # one pause for all of it, ending with the new objects out of the collector's way
            snapshot = Snapshot.load(store, generation)
            articles = article_count(store)
            loaded = Loaded(snapshot, build_items(snapshot.dated), articles, actor_lanes(snapshot.dated))
            freeze_if_large(len(snapshot))
    return loaded


def _read_unresolved(path: Path, generation: int) -> tuple[int, list[Unresolved]]:
    with Store.open(path) as store:
        return generation, unresolved(store)


def _count_facets(path: Path, f: EventFilter) -> tuple[EventFilter, Facets]:
    with Store.open(path) as store:
        return f, facets(store, f)


def _redate(path: Path, article_id: int, value: str) -> int:
    with Store.open(path) as store:
        set_article_date(store, article_id, value)
    return article_id


def _reextract(path: Path) -> int:
    with Store.open(path) as store:
        return len(Library(store).reextract())


class Session(QObject):
    """One database, its snapshot and the current filter, shared by every view of the window."""

    dataChanged = Signal()
    """The database changed (import, re-dating) and a new snapshot is in place."""
    unresolvedChanged = Signal()
    """The unresolved dates of the new snapshot are in `unresolved` (they follow `dataChanged`)."""
    selectionChanged = Signal()
    """The filtered set changed (new filter or new data): views re-read `selection`."""
    filterChanged = Signal(object)
    facetsChanged = Signal(object)
    loadingChanged = Signal(bool)
    failed = Signal(str)
    """A background job failed; the message is for the status bar."""
    reextracted = Signal(int)
    """`reextract` read this many articles again (a new snapshot follows)."""
    pathChanged = Signal(object)
    """Another timeline file is open (`switch`): its Path."""
    changedOutside = Signal()
    """Another process (`frise-cli import`, a second window) wrote to the timeline: it is read
    again (`watch`)."""

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = Store.open(path)
        self.path = self.store.path
        self.reads = TaskRunner(2, self)
        self.writes = TaskRunner(1, self)
        self.snapshot: Snapshot | None = None
        self.timeline_items: dict[int, TimelineItem] = {}
        self.unresolved: list[Unresolved] = []
        self.article_count = 0
        self.actor_lanes: list[str] = []
        self.filter = EventFilter()
        self.selection = Selection([], [], [], 0)
        self.facets: Facets | None = None
        self._generation = 0
        self._loading = False
        self._facets_timer = QTimer(self)
        self._facets_timer.setSingleShot(True)
        self._facets_timer.setInterval(FACETS_DELAY_MS)
        self._facets_timer.timeout.connect(self._count_facets)
        self._unresolved_timer = QTimer(self)
        self._unresolved_timer.setSingleShot(True)
        self._unresolved_timer.setInterval(FOLLOW_UP_DELAY_MS)
        self._unresolved_timer.timeout.connect(self._read_unresolved)
        self._seen_version: int | None = None
        self._wrote_since_read = False
        self.writes.idle.connect(self._wrote)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.watch)
        self._watch.start()

    # --- data

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Read the database again in the background; views update when it is in."""
        self._seen_version = self._data_version()
        self._wrote_since_read = False
        self._generation += 1
        self._set_loading(True)
        self.reads.submit(_load, self.path, self._generation, on_result=self._loaded,
                          on_error=self._load_failed, name="snapshot")

    def load_now(self) -> None:
        """Read the database on this thread (screenshots and tests that want no wait)."""
        self._seen_version = self._data_version()
        self._wrote_since_read = False
        self._generation += 1
        self._loaded(_load(self.path, self._generation), then_unresolved=False)
        self._unresolved_loaded(_read_unresolved(self.path, self._generation))

    def watch(self) -> None:
        """Read the timeline again if it changed since it was last read and the window is not
        writing to it itself: `PRAGMA data_version` changes on this connection when any other
        connection commits, so an import by `frise-cli` beside the window shows in it within
        `WATCH_MS` (the window's own writes reload it when they end)."""
        if self._loading or self.writes.busy:
            return
        version = self._data_version()
        if version is None or self._seen_version is None:
            self._seen_version = version
            return
        if version != self._seen_version:
            outside = not self._wrote_since_read  # else maybe only the window's own write
            log.info("%s changed%s: reading it again", self.path, " outside the window" if outside else "")
            self.reload()
            if outside:
                self.changedOutside.emit()

    def _wrote(self) -> None:
        self._wrote_since_read = True

    def _data_version(self) -> int | None:
        try:
            row = self.store.db.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            log.warning("cannot read the data version of %s", self.path, exc_info=True)
            return None
        return int(row[0]) if row else None

    def _loaded(self, loaded: Loaded, then_unresolved: bool = True) -> None:
        snapshot = loaded.snapshot
        if snapshot.generation != self._generation:
            return
        self.snapshot = snapshot
        self.timeline_items = loaded.items
        self.article_count = loaded.articles
        self.actor_lanes = loaded.actor_lanes
        self._set_loading(False)
        self._apply()
        self.dataChanged.emit()
        self.selectionChanged.emit()
        self._facets_timer.start(FOLLOW_UP_DELAY_MS)
        self._facets_timer.setInterval(FACETS_DELAY_MS)  # (start(ms) sets it): the debounce of filter changes
        if then_unresolved:
            self._unresolved_timer.start()

    def _read_unresolved(self) -> None:
        if self.snapshot is None:
            return
        self.reads.submit(_read_unresolved, self.path, self.snapshot.generation, on_result=self._unresolved_loaded,
                          on_error=self._unresolved_failed, name="unresolved")

    def _unresolved_loaded(self, outcome: tuple[int, list[Unresolved]]) -> None:
        """The unresolved dates read after a snapshot: taken only while that snapshot is shown."""
        generation, found = outcome
        if self.snapshot is None or generation != self.snapshot.generation or generation != self._generation:
            return
        self.unresolved = found
        self.unresolvedChanged.emit()

    def _unresolved_failed(self, error: BaseException) -> None:
        self.failed.emit(self.tr("Lecture des dates non résolues impossible : {error}").format(error=_reason(error)))

    def _load_failed(self, error: BaseException) -> None:
        self._set_loading(False)
        self.failed.emit(self.tr("Lecture de la base impossible : {error}").format(error=_reason(error)))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    # --- filter

    def set_filter(self, f: EventFilter) -> None:
        if f == self.filter:
            return
        self.filter = f
        self.filterChanged.emit(f)
        if self.snapshot is not None:
            self._apply()
            self.selectionChanged.emit()
        self._facets_timer.start()

    def _apply(self) -> None:
        assert self.snapshot is not None
        self.selection = self.snapshot.select(self.filter, narrowing_ids(self.store, self.filter))

    def _count_facets(self) -> None:
        self.reads.submit(_count_facets, self.path, self.filter, on_result=self._counted, name="facets")

    def _counted(self, outcome: tuple[EventFilter, Facets]) -> None:
        counted_for, counts = outcome
        if counted_for != self.filter:
            return
        self.facets = counts
        self.facetsChanged.emit(counts)

    # --- edits

    def set_article_date(self, article_id: int, value: str) -> None:
        """Date an article by hand and re-resolve everything in it (in the background)."""
        self.writes.submit(_redate, self.path, article_id, value, on_result=lambda _: self.reload(),
                           on_error=self._redate_failed, name="redate")

    def reextract(self) -> None:
        """Read every article again with this engine and actor list (in the background);
        `reextracted` gives the count. The analyst's corrections are kept."""
        self.writes.submit(_reextract, self.path, on_result=self._reextracted,
                           on_error=self._reextract_failed, name="reextract")

    def _reextracted(self, count: int) -> None:
        self.reextracted.emit(count)
        self.reload()

    def _reextract_failed(self, error: BaseException) -> None:
        self.failed.emit(self.tr("Impossible de relire les articles : {error}").format(error=_reason(error)))

    def _redate_failed(self, error: BaseException) -> None:
        self.failed.emit(self.tr("Impossible de dater l'article : {error}").format(error=_reason(error)))

    # --- lifetime

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every background job has finished and been delivered (tests, screenshots)."""
        finished = True
        follow_ups = ((self._facets_timer, self._count_facets), (self._unresolved_timer, self._read_unresolved))
        for _ in range(10):  # a job's result may start follow-ups, whose results start none
            finished = self.writes.wait(timeout_ms) and self.reads.wait(timeout_ms)
            pending = False
            for timer, job in follow_ups:
                if timer.isActive():
                    timer.stop()
                    job()
                    pending = True
            if not pending and not self.writes.busy and not self.reads.busy:
                break
        return finished

    def switch(self, path: str | Path) -> None:
        """Close this timeline and open the one at `path` in its place, then read it in the
        background. A file that cannot be opened raises StoreError and changes nothing."""
        store = Store.open(path)
        self.wait()
        self._facets_timer.stop()
        self._unresolved_timer.stop()
        self.store.close()
        self.store = store
        self.path = store.path
        self.snapshot = None
        self.timeline_items = {}
        self.unresolved = []
        self.unresolvedChanged.emit()  # the other file's dates are no longer listed
        self.article_count = 0
        self.actor_lanes = []
        self.facets = None
        self.selection = Selection([], [], [], 0)
        self.pathChanged.emit(self.path)
        self.reload()

    def close(self) -> None:
        self._watch.stop()
        self._facets_timer.stop()
        self._unresolved_timer.stop()
        self.writes.shutdown()
        self.reads.shutdown()
        self.store.close()


def _reason(error: BaseException) -> str:
    """What went wrong, in French: SQLite's own words ("database is locked") are not."""
    if isinstance(error, StoreError | sqlite3.Error | OSError):
        return french_reason(error)
    if isinstance(error, LookupError):  # "aucun article n° 7", already a sentence
        return str(error.args[0]) if error.args else str(error)
    return str(error)
