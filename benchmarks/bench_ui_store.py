"""How fast the window's data side is on a large collection (run by hand, never in the tests).

    python benchmarks/bench_ui_store.py [--events 100000] [--db PATH] [--no-window | --no-data]

Builds (or reuses) a synthetic database, then times what stands between the user and a repaint:
loading the snapshot, applying a filter (SQL facets + in-memory selection), rebuilding the
chronology list model, answering the timeline provider at full and at year zoom, and the whole
window (offscreen): first paint after opening, and filter change to repainted list and timeline.
Targets (issue C): first paint < 1.5 s, filter change to repaint < 100 ms, at 100,000 events.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic_corpus

from frise.store import Store
from frise.store.snapshot import Snapshot, narrowing_ids
from frise.store.views import EventFilter, facets

FILTERS: dict[str, EventFilter] = {
    "aucun filtre": EventFilter(),
    "un acteur (Russie)": EventFilter(actor_keys=("country:RU",)),
    "certitude exacte": EventFilter(certainties=("exact",)),
    "recherche « Poutine »": EventFilter(search="Poutine"),
    'recherche « "Poutine" OR ( »': EventFilter(search='"Poutine" OR ('),
    "période 2000–2004": EventFilter(start=date(2000, 1, 1), end=date(2004, 12, 31)),
    "acteur + période + exacte": EventFilter(actor_keys=("leader:poutine",), start=date(1995, 1, 1),
                                             end=date(2015, 12, 31), certainties=("exact",)),
}


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    """Median wall time in milliseconds over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), result


def row(label: str, ms: float, note: str = "") -> None:
    print(f"  {label:<44} {ms:9.1f} ms  {note}")


def data_side(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from frise.render.lanes import prepare_items
    from frise.ui.chronology import ChronologyView
    from frise.ui.timeline_provider import TimelineProvider, build_items

    QApplication.instance() or QApplication([])
    store = Store.open(path)
    print("Données (sans fenêtre)")
    ms, snapshot = timed(lambda: Snapshot.load(store), repeat=3)
    assert isinstance(snapshot, Snapshot)
    row("chargement du snapshot (en tâche de fond)", ms, f"{len(snapshot)} événements")
    ms, _ = timed(lambda: snapshot.source_titles(store) and None, repeat=1)
    row("titres des sources (couloirs par source)", ms)

    ms, table = timed(lambda: build_items(snapshot.dated), repeat=1)
    row("éléments de la frise (en tâche de fond)", ms, "numérotés, couloirs par acteur")

    view = ChronologyView()
    view.resize(900, 500)
    provider = TimelineProvider()
    provider.adopt_items(table)  # as the window does with the worker's items
    for label, f in FILTERS.items():
        ms_sql, allowed = timed(lambda f=f: narrowing_ids(store, f))
        ms_select, selection = timed(lambda f=f, allowed=allowed: snapshot.select(f, allowed))  # type: ignore[misc]
        ms_list, _ = timed(lambda selection=selection: view.set_selection(selection, snapshot.rows))  # type: ignore[misc]
        provider.set_selection(selection)  # type: ignore[arg-type]
        span = provider.span() or (date(2000, 1, 1), date(2000, 1, 1))
        year = (span[0], span[0] + timedelta(days=365))
        ms_items_cold, items = timed(lambda span=span: provider.items(*span), repeat=1)
        ms_items, items = timed(lambda span=span: provider.items(*span))
        ms_year, _ = timed(lambda year=year: provider.items(*year))
        ms_density, _ = timed(lambda span=span: provider.density(*span, 600))
        ms_lanes, _ = timed(lambda items=items: prepare_items(items, (), "actor"))
        total = ms_sql + ms_select + ms_list
        print(f"- {label}: {len(selection)} événements")  # type: ignore[arg-type]
        row("facettes SQL (ids)", ms_sql)
        row("sélection en mémoire", ms_select)
        row("liste chronologique (modèle + titres de mois)", ms_list)
        row("= filtre -> liste prête", total)
        row("frise, tout (1re fois / ensuite)", ms_items, f"{len(items)} éléments, 1re fois {ms_items_cold:.0f} ms")  # type: ignore[arg-type]
        row("frise, une année", ms_year)
        row("couloirs de la frise, tout (prepare_items)", ms_lanes)
        row("densité (600 colonnes)", ms_density)
    ms, _ = timed(lambda: facets(store, FILTERS["un acteur (Russie)"]), repeat=1)
    row("comptes des facettes (en tâche de fond)", ms)
    store.close()


def window_side(path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    try:
        from frise.ui.main_window import MainWindow
    except ImportError as missing:
        print(f"Fenêtre : non mesurée ({missing})")
        return
    from frise.app import setup_application
    from frise.ui.session import Session
    from frise.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    setup_application(app)
    print("Fenêtre (hors écran, 1600×960)")
    began = time.perf_counter()
    session = Session(path)
    window = MainWindow(session, Settings.in_memory({"app/first_run": False}))
    window.resize(1600, 960)
    window.show()
    QCoreApplication.processEvents()
    row("fenêtre ouverte (vide, « Lecture de la base… »)", (time.perf_counter() - began) * 1000)
    loop = QEventLoop()
    session.selectionChanged.connect(loop.quit)
    window.start()
    loop.exec()  # the GUI thread idles while the worker reads, as it does under app.exec()
    window.grab()
    row("ouverture -> frise et liste peintes", (time.perf_counter() - began) * 1000,
        f"{len(session.selection)} événements")
    window.wait_idle()

    def change(f: EventFilter) -> float:
        """Filter applied, list and timeline repainted: processEvents() delivers the update
        requests, and the offscreen platform paints every dirty widget into its backing store."""
        window.filters.set_filter(f)  # what the panel shows; not timed (a user's click does it)
        began = time.perf_counter()
        session.set_filter(f)
        QCoreApplication.processEvents()
        return (time.perf_counter() - began) * 1000

    other = EventFilter(search="Genève")
    for label, f in FILTERS.items():
        times = []
        for _ in range(3):
            change(other)
            window.wait_idle()  # the facet counts that follow a change, as a pausing user lets them
            times.append(change(f))
            window.wait_idle()
        row(f"filtre « {label} » -> liste et frise redessinées", statistics.median(times))
    window.close()
    session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="reuse or create this database")
    parser.add_argument("--no-window", action="store_true", help="only the data side")
    parser.add_argument("--no-data", action="store_true", help="only the window (a fresh process opening it)")
    args = parser.parse_args(argv)
    path = Path(args.db) if args.db else Path(tempfile.gettempdir()) / f"frise-bench-{args.events}.sqlite"
    if not path.exists():
        began = time.perf_counter()
        synthetic_corpus.build(path, args.events)
        print(f"corpus synthétique : {args.events} événements en {time.perf_counter() - began:.1f} s -> {path}")
    if not args.no_data:
        data_side(path)
    if not args.no_window:
        window_side(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
