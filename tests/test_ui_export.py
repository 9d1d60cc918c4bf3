"""File > Exporter in the window: the filtered set, in the background, refused when empty."""

from __future__ import annotations

import csv
import html
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from frise.store.corrections import correction_key, event_id_for
from frise.store.views import EventFilter
from frise.ui import file_dialogs
from frise.ui import settings as keys
from frise.ui.event_editor import EventValues
from frise.ui.export_dialog import ExportDialog
from frise.ui.main_window import MainWindow
from tests.test_ui_main_window import open_window
from tests.ui_support import seeded_db


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    opened = open_window(qtbot, seeded_db(tmp_path, tmp_path_factory.getbasetemp()), {keys.FIRST_RUN.key: False})
    yield opened
    opened.close()
    opened.session.close()


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(path), ""))


def test_export_pdf_from_the_menu_prints_the_filtered_events(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "russie.pdf"
    _save_as(monkeypatch, out)
    def accept_with_a_title(self: ExportDialog) -> QDialog.DialogCode:
        assert self.title.text()  # it opens on the timeline's name
        self.title.setText("Poutine et Erdogan à Sotchi")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept_with_a_title)
    window.session.set_filter(EventFilter(search="Sotchi"))
    qtbot.waitUntil(lambda: len(window.session.selection.dated) == 1, timeout=10_000)
    window.commands.export_pdf.trigger()
    assert window.exports.wait(60_000)
    qtbot.waitUntil(lambda: out.exists() and window.exports.last_result is not None, timeout=60_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Sotchi" in text and "1 événement daté" in text
    assert "Poutine et Erdogan à Sotchi" in text
    assert PdfReader(out).metadata.title == "Poutine et Erdogan à Sotchi — chronologie"
    assert window.settings.get(keys.EXPORT_CHOICES)["page_size"] == "A4"


def test_export_csv_from_the_menu(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "chronologie.csv"
    _save_as(monkeypatch, out)
    window.commands.export_csv.trigger()
    assert window.exports.wait(60_000)
    qtbot.waitUntil(lambda: out.exists(), timeout=30_000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len({r["event_id"] for r in rows}) == len(window.session.selection.dated)
    # the seeds hold one undated statement (« la semaine dernière »): the status bar says it is not there
    qtbot.waitUntil(lambda: "Exporté" in window.statusBar().currentMessage(), timeout=5000)
    said = window.statusBar().currentMessage()
    assert f"({len(window.session.selection.dated)} événements datés)" in said
    assert "1 événement sans date n'y figure pas" in said


def test_an_empty_selection_is_refused_before_asking_for_a_file(qtbot: QtBot, window: MainWindow,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: said.append(text)))
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: pytest.fail("asked for a file"))
    window.session.set_filter(EventFilter(search="introuvablezzz"))
    qtbot.waitUntil(lambda: len(window.session.selection.dated) == 0, timeout=10_000)
    window.commands.export_timelinejs.trigger()
    assert said and "Aucun événement" in said[0]


def test_exports_show_the_analysts_corrections(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    c = window.corrections
    ids = [row.id for row in window.session.selection.dated]
    store = window.session.store
    edited, hidden, checked = store.events_by_id(ids[:3])
    window.select_event(edited.id)
    assert c.edit_event(EventValues("Titre corrigé par l'analyste", edited.first, edited.last, edited.actors))
    assert window.wait_idle()
    window.select_event(hidden.id)
    assert c.hide_event()
    assert window.wait_idle()
    checked_id = event_id_for(store, correction_key(checked))
    window.select_event(checked_id)
    assert c.toggle_review()
    assert window.wait_idle()
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def export(action: str, name: str) -> Path:
        out = tmp_path / name
        _save_as(monkeypatch, out)
        getattr(window.commands, action).trigger()
        assert window.exports.wait(60_000)
        qtbot.waitUntil(out.exists, timeout=60_000)
        return out

    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(export("export_pdf", "c.pdf")).pages)
    assert "Titre corrigé par l'analyste" in pdf  # (the old title may still be read in the passage)
    assert hidden.title not in pdf and "✓ vérifié" in pdf
    with export("export_csv", "c.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    titles = {r["title"] for r in rows}
    assert "Titre corrigé par l'analyste" in titles and hidden.title not in titles and edited.title not in titles
    assert {r["reviewed"] for r in rows if r["title"] == checked.title} == {"true"}
    slides = json.loads(export("export_timelinejs", "c.json").read_text(encoding="utf-8"))["events"]
    headlines = [html.unescape(s["text"]["headline"]) for s in slides]  # TimelineJS reads HTML
    assert "Titre corrigé par l'analyste" in headlines and hidden.title not in headlines


def test_save_dialog_remembers_the_folder_adds_the_extension_and_explains_failures(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []

    def save_as(target: Path):
        def dialog(parent, caption, start, pattern):
            offered.append(start)
            return str(target), ""
        monkeypatch.setattr(file_dialogs, "get_save_file_name", dialog)

    folder = tmp_path / "exports"
    folder.mkdir()
    save_as(folder / "frise")
    window.commands.export_timelinejs.trigger()
    assert window.exports.wait(60_000)
    qtbot.waitUntil((folder / "frise.json").exists, timeout=30_000)
    assert window.settings.get(keys.EXPORT_DIR) == str(folder)

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    save_as(tmp_path / "absent" / "c.csv")
    window.commands.export_csv.trigger()
    assert window.exports.wait(60_000)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert offered[1].startswith(str(folder))  # the second dialog opened where the first export went
    assert "le dossier n'existe pas" in said[0] and ".tmp" not in said[0]
