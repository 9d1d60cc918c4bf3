"""Fichier > Ouvrir un jeu de données… : a dataset of `frise-cli corpus extract` into the open timeline.

The folder dialog is answered programmatically; the slice dialog is filled and accepted as a
person would; the load runs on the session's writer thread and the views are read again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from frise.store.views import article_count
from frise.ui import dataset_dialog, file_dialogs
from frise.ui import settings as keys
from frise.ui.main_window import MainWindow
from frise.ui.session import Session
from frise.ui.settings import Settings
from tests.test_store_bulk import extract_dataset
from tests.ui_support import seeded_db

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic_corpus  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::DeprecationWarning:distributed.*",
                                        "ignore::DeprecationWarning:tornado.*")

ARTICLES = 30


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ui-dataset") / "articles"
    synthetic_corpus.write_articles(folder, ARTICLES, seed=21)
    return extract_dataset([folder], folder.parent / "dataset", partition_size=15)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    seeded = seeded_db(tmp_path, tmp_path_factory.getbasetemp())
    session = Session(seeded.rename(tmp_path / "seeds.frise"))
    opened = MainWindow(session, Settings.in_memory({keys.FIRST_RUN.key: False}))
    qtbot.addWidget(opened)
    opened.resize(1200, 800)
    opened.show()
    opened.start()
    settle(qtbot, opened)
    yield opened
    if opened.failures.box is not None:
        opened.failures.box.close()
    opened.close()
    opened.session.close()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    window.wait_idle()
    qtbot.waitUntil(lambda: window.session.snapshot is not None and not window.session.loading, timeout=30_000)
    window.wait_idle()


def state(window: MainWindow) -> tuple[int, int, int]:
    """Events and articles stored, events shown."""
    store = window.session.store
    return store.count_events(), article_count(store), len(window.session.snapshot or ())


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def dialog(*args: Any, **kwargs: Any) -> str:
        asked.append(args)
        return str(folder)

    monkeypatch.setattr(file_dialogs, "get_existing_directory", dialog)
    return asked


def open_dataset_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "action_open_dataset")
    assert action is not None
    return action


def test_the_file_menu_opens_a_dataset_into_the_timeline(qtbot: QtBot, window: MainWindow, dataset: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    action = open_dataset_action(window)
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("action_open_dataset") == names.index("action_import_folder") + 1
    assert action.text() == "Ouvrir un &jeu de données…"
    events_before = window.session.store.count_events()
    articles_before = article_count(window.session.store)
    asked = choose_folder(monkeypatch, dataset)
    action.trigger()
    assert asked and asked[0][1] == "Ouvrir un jeu de données"
    dialog = window.datasets.dialog
    assert dialog is not None and dialog.isVisible()
    assert f"{ARTICLES} articles" in dialog.findChild(QLabel, "datasetCounts").text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.datasets.busy, timeout=60_000)
    settle(qtbot, window)
    store = window.session.store
    assert article_count(store) == articles_before + ARTICLES
    added = store.count_events() - events_before
    assert added > ARTICLES
    assert len(window.session.snapshot or ()) == window.session.store.db.execute(
        "SELECT count(*) FROM events WHERE hidden = 0").fetchone()[0]
    new = {row[0] for row in store.db.execute(
        "SELECT s.event_id FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE a.path LIKE ?",
        [f"%{os.sep}synth-%"])}
    snapshot, model = window.session.snapshot, window.chronology.chronology_model()
    assert snapshot is not None and len(new) == added
    assert all(snapshot.row(event_id) is not None and model.row_of(event_id) is not None for event_id in new)
    assert "chargés depuis le jeu de données dataset" in window.statusBar().currentMessage()
    assert window.failures.box is None


def test_the_slice_dialog_loads_only_the_slice(qtbot: QtBot, window: MainWindow, dataset: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    choose_folder(monkeypatch, dataset)
    open_dataset_action(window).trigger()
    dialog = window.datasets.dialog
    assert dialog is not None
    dialog.actor.setText("Narnia")
    dialog.accept()
    assert dialog.isVisible() and "Acteur inconnu" in dialog.problem.text()
    dialog.actor.setText("Russie")
    dialog.start.text.setText("2016")
    dialog.end.text.setText("2017")
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not window.datasets.busy, timeout=60_000)
    settle(qtbot, window)
    rows = window.session.store.db.execute(
        "SELECT e.first, e.last, (SELECT count(*) FROM event_actors x JOIN actors a ON a.id = x.actor_id "
        "WHERE x.event_id = e.id AND a.key = 'country:RU') FROM events e JOIN event_sources s ON s.event_id = e.id "
        "JOIN articles ar ON ar.id = s.article_id WHERE ar.path LIKE '%synth-%'").fetchall()
    assert rows and all(last >= "2016-01-01" and first <= "2017-12-31" and russia for first, last, russia in rows)


def test_a_folder_that_is_no_dataset_is_said_and_nothing_is_lost(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "note.txt").write_text("Le 4 mai 2017, rien.", encoding="utf-8")
    before = state(window)
    choose_folder(monkeypatch, folder)
    open_dataset_action(window).trigger()
    assert window.datasets.dialog is None
    box = window.failures.box
    assert box is not None and box.isVisible()
    assert "n'est pas un jeu de données" in box.text() and str(folder) in box.text()
    assert "n'est pas un jeu de données" in window.statusBar().currentMessage()
    settle(qtbot, window)
    assert state(window) == before


def test_a_damaged_dataset_is_said_and_leaves_the_timeline_as_it_was(
        qtbot: QtBot, window: MainWindow, dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    damaged = tmp_path / "damaged"
    shutil.copytree(dataset, damaged)
    for victim in (sorted((damaged / "articles").rglob("*.parquet"))[0], damaged / "compact" / "articles.parquet"):
        victim.write_bytes(b"PAR1 not really parquet")  # a partition's file, and the copy load reads
    before = (window.session.store.count_events(), article_count(window.session.store))
    choose_folder(monkeypatch, damaged)
    open_dataset_action(window).trigger()
    assert window.datasets.dialog is not None
    window.datasets.dialog.accept()
    qtbot.waitUntil(lambda: not window.datasets.busy, timeout=60_000)
    settle(qtbot, window)
    box = window.failures.box
    assert box is not None and "Le chargement du jeu de données a échoué" in box.text()
    assert "illisible ou endommagé" in box.text()
    assert any("dataset" in r.getMessage() and "failed" in r.getMessage() for r in caplog.records)  # the journal
    assert (window.session.store.count_events(), article_count(window.session.store)) == before


def test_without_the_corpus_extra_the_window_says_what_to_install(window: MainWindow, dataset: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = dataset_dialog.importlib.util.find_spec
    monkeypatch.setattr(dataset_dialog.importlib.util, "find_spec",
                        lambda name, *a: None if name == "pyarrow" else real(name, *a))
    choose_folder(monkeypatch, dataset)
    open_dataset_action(window).trigger()
    assert window.datasets.dialog is None
    assert window.failures.box is not None and "installez frise[corpus]" in window.failures.box.text()
    error = dataset_dialog.DatasetError(dataset_dialog.MISSING, "No module named 'pyarrow'")
    assert "installez frise[corpus]" in dataset_dialog.reason(error)


def test_a_busy_timeline_is_said_in_french() -> None:
    import sqlite3

    assert "occupée par une autre écriture" in dataset_dialog.reason(sqlite3.OperationalError("database is locked"))


def test_the_window_imports_neither_dask_nor_pyarrow() -> None:
    script = ("import sys\nimport frise.ui.main_window, frise.ui.dataset_dialog\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyarrow')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_every_string_of_the_dataset_dialog_has_its_english() -> None:
    from PySide6.QtCore import QTranslator

    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    import update

    keys = [key for key in update.extract() if key[0] in ("DatasetDialog", "DatasetLoader")]
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "frise_en.qm"))
    assert len(keys) > 30
    assert [key for key in keys if not translator.translate(*key)] == []
    assert translator.translate("DatasetLoader", "Ouvrir un &jeu de données…") == "Open a &dataset…"
