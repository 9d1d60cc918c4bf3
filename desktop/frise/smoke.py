"""`frise --smoke-test`: prove that an installation works end to end, with no display and no user.

It opens the window offscreen on a fresh timeline in a temporary folder, lets the first run import
the seed articles as it would for a new user, checks that events came out, that the welcome hint
is shown and that no error dialog or import report opened, exports the chronology as a PDF, prints
one line per step and returns 0. Any failure prints why and returns 1. The PyInstaller bundle runs
the same code (`dist/Frise/Frise --smoke-test`), which is what shows its data files are all there.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frise.store import Store


class SmokeFailure(Exception):
    pass


def run() -> int:
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="frise-smoke-") as folder:
            summary = _run(Path(folder))
    except SmokeFailure as failure:
        print(f"frise --smoke-test: ÉCHEC : {failure}", file=sys.stderr)
        return 1
    except Exception as error:  # the point is to report whatever breaks, then exit non-zero
        import traceback

        traceback.print_exc()
        print(f"frise --smoke-test: ÉCHEC : {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")  # French decimal comma
    print(f"{summary} ({seconds} s)")
    print("frise --smoke-test: OK")
    return 0


def _run(folder: Path) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from frise.store import Store
    from frise.ui.main_window import MainWindow
    from frise.ui.seeds import seeds_dir
    from frise.ui.session import Session
    from frise.ui.settings import Settings

    seeds = seeds_dir()
    if seeds is None:
        raise SmokeFailure("les articles d'exemple (seeds) sont introuvables")
    timeline = folder / "essai.frise"
    session = Session(timeline)
    window = MainWindow(session, Settings.in_memory())
    try:
        window.resize(1280, 800)
        window.show()
        window.start()
        for _ in range(3):
            if not window.wait_idle(120_000):
                raise SmokeFailure("l'import des articles d'exemple ne s'est pas terminé")
        QCoreApplication.processEvents()
        events = len(session.snapshot) if session.snapshot is not None else 0
        articles = session.article_count
        print(f"chronologie : {timeline.name}, {articles} articles d'exemple, {events} événements")
        if articles == 0 or events == 0:
            raise SmokeFailure(f"les articles d'exemple n'ont rien donné ({articles} articles, {events} événements)")
        if not window.hint.isVisible():
            raise SmokeFailure("le message d'accueil n'est pas affiché")
        if window.import_report is not None:
            raise SmokeFailure("un rapport d'erreurs d'import s'est ouvert")
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if dialogs:
            raise SmokeFailure("une boîte de dialogue d'erreur s'est ouverte : " + dialogs[0].text())
    finally:
        window.close()
        session.close()
    return f"PDF : {_export_pdf(Store, timeline, folder / 'essai.pdf')}"


def _export_pdf(store_class: type[Store], timeline: Path, out: Path) -> str:
    try:
        from frise.export.jobs import export_selection
    except ImportError as error:
        raise SmokeFailure(f"l'export PDF n'est pas disponible ({error})") from error
    with store_class.open(timeline) as store:
        report = export_selection(store, None, out, "pdf")
    data = out.read_bytes() if out.exists() else b""
    if not data.startswith(b"%PDF"):
        raise SmokeFailure(f"le PDF n'a pas été écrit ({out})")
    pages = getattr(report, "pages", "?")
    return f"{pages} pages, {len(data) // 1024} Kio"
