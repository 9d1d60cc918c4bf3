"""Importing in the background: files, folders, dropped text, bad files with their reasons."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QTimer, QUrl
from pytestqt.qtbot import QtBot

from frise.library import Library
from frise.ui.import_controller import Dropped, ImportController, read_mime
from frise.ui.import_report import ImportReport, summary_line
from frise.ui.session import Session
from tests.ui_support import NEW_ARTICLE, seeded_db, write_article


@pytest.fixture
def session(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, qtbot: QtBot):
    opened = Session(seeded_db(tmp_path, tmp_path_factory.getbasetemp()))
    opened.load_now()
    yield opened
    opened.close()


def test_read_mime_sorts_what_is_dropped(tmp_path: Path) -> None:
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt")), QUrl("https://example.org/article")])
    assert read_mime(files) == Dropped((str(tmp_path / "a.txt"),), (), ("https://example.org/article",))
    text = QMimeData()
    text.setText("Le 4 mai 2017, un accord a été signé.")
    assert read_mime(text).texts == ("Le 4 mai 2017, un accord a été signé.",)
    link = QMimeData()
    link.setText("  https://example.org/x  ")
    assert read_mime(link).urls == ("https://example.org/x",)
    assert not read_mime(QMimeData())


def test_import_runs_in_the_background(qtbot: QtBot, session: Session, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    controller = ImportController(session)
    path = write_article(tmp_path / "in", "meseberg.txt", NEW_ARTICLE)
    for number in range(12):
        write_article(tmp_path / "in", f"autre{number:02d}.txt",
                      NEW_ARTICLE.replace("19 juin 2018", f"{number + 1} mars 2019") + f"\nVariante {number}.\n" * 40)
    before = len(session.snapshot or [])
    ticks: list[float] = []
    loop_turned = threading.Event()

    def count_tick() -> None:
        ticks.append(time.perf_counter())
        if len(ticks) >= 5:
            loop_turned.set()

    # The worker's first article waits until the GUI thread's event loop has turned five times:
    # were the import run on the GUI thread, that could never happen and the wait would time out.
    real_import = Library.import_article
    waited: list[bool] = []

    def import_after_ticks(self: Library, *args: object, **kwargs: object):
        if not waited:
            waited.append(loop_turned.wait(timeout=10))
        return real_import(self, *args, **kwargs)

    monkeypatch.setattr(Library, "import_article", import_after_ticks)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(count_tick)
    timer.start()
    progress: list[object] = []
    controller.progressed.connect(progress.append)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as finished:
        # Handed to a worker, not done here: the worker waits for the event loop to turn, which
        # it could not while import_paths held it.
        assert controller.import_paths([path.parent])
    batch = finished.args[0]
    with qtbot.waitSignal(session.dataChanged, timeout=20_000):
        pass
    timer.stop()
    assert waited == [True]  # the event loop kept turning while the worker held the import
    assert {o.status for o in batch.outcomes} == {"imported"} and len(batch.outcomes) == 13
    assert len(progress) == 13
    assert len(session.snapshot or []) > before
    assert any("Meseberg" in row.title or "Merkel" in " ".join(row.actors) for row in session.selection.rows)
    assert len(ticks) > 1  # the 10 ms timer kept firing while the worker imported


def test_bad_files_are_reported_with_their_reason(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    controller = ImportController(session)
    folder = tmp_path / "bad"
    empty = write_article(folder, "vide.txt", "")
    binary = folder / "image.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    odd = write_article(folder, "notes.xyz", "Le 4 mai 2017.")
    with qtbot.waitSignal(controller.finished, timeout=20_000) as finished:
        controller.import_paths([empty, binary, odd, folder / "absent.txt"])
    batch = finished.args[0]
    reasons = {Path(o.path).name: o.reason for o in batch.failed}
    assert reasons["vide.txt"] == "fichier vide"
    assert "binaire" in reasons["image.txt"]
    assert "format non pris en charge" in reasons["notes.xyz"]
    assert "introuvable" in reasons["absent.txt"]
    report = ImportReport(batch)
    qtbot.addWidget(report)
    assert report.table.topLevelItemCount() == 4
    assert "4 échecs" in summary_line(batch)


def test_dropped_text_becomes_an_article(qtbot: QtBot, session: Session) -> None:
    controller = ImportController(session)
    mime = QMimeData()
    mime.setText(NEW_ARTICLE)
    with qtbot.waitSignal(controller.finished, timeout=20_000) as finished:
        controller.import_mime(mime)
    batch = finished.args[0]
    assert [o.status for o in batch.outcomes] == ["imported"]
    assert "Meseberg" in batch.outcomes[0].path  # named by its title
    with qtbot.waitSignal(controller.finished, timeout=20_000) as again:
        controller.import_mime(mime)
    assert [o.status for o in again.args[0].outcomes] == ["duplicate"]


def test_unreachable_link_is_a_failure_not_a_crash(qtbot: QtBot, session: Session) -> None:
    controller = ImportController(session)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as finished:
        controller.import_dropped(Dropped(urls=("http://127.0.0.1:9/nothing-here",)))
    batch = finished.args[0]
    assert batch.failed and "téléchargement impossible" in (batch.failed[0].reason or "")
