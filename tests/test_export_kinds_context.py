"""Issue H in the exports: the CSV and the TimelineJS JSON carry each event's kind (key and French
label), importance and places; the PDF prints the kind beside each entry and background
(context) entries in greys, and can leave the context out, as the export dialog offers."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from frise.export import PdfOptions, export_selection
from frise.export.chronology import event_block
from frise.export.options import describe_query
from frise.export.sheet import INK
from frise.export.typeset import Paragraph
from frise.store import EventQuery, Store
from frise.store.views import EventFilter
from frise.ui.export_dialog import ExportChoices, ExportDialog
from tests.ui_support import seeded_db

SOTCHI = "Le président russe avait rencontré son homologue turc à Sotchi"
MEMORANDUM = "Les représentants de la Russie, de l’Iran et de la Turquie ont signé un mémorandum"


@pytest.fixture
def store(qapp: QCoreApplication, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    with Store.open(seeded_db(tmp_path, tmp_path_factory.getbasetemp())) as opened:
        yield opened


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_csv_carries_kind_importance_and_places(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    export_selection(store, EventFilter(), out, "csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    sotchi = next(r for r in rows if r["title"].startswith(SOTCHI))
    assert (sotchi["kind"], sotchi["kind_fr"], sotchi["importance"], sotchi["places"]) == (
        "meeting", "rencontre", "context", "Sotchi")
    memorandum = next(r for r in rows if r["title"].startswith(MEMORANDUM))
    assert (memorandum["kind"], memorandum["kind_fr"], memorandum["importance"]) == ("agreement", "accord", "news")
    assert "Astana" in memorandum["places"].split("; ")
    assert any(r["kind"] == "" and r["kind_fr"] == "" for r in rows)  # no known kind: empty, not "None"


def test_timelinejs_carries_them_in_its_slides(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    export_selection(store, EventFilter(kinds=("meeting",)), out, "timelinejs")
    document = json.loads(out.read_text(encoding="utf-8"))
    sotchi = next(e for e in document["events"] if e["text"]["headline"].startswith(SOTCHI))
    assert sotchi["frise"] == {"kind": "meeting", "kind_fr": "rencontre", "importance": "context",
                               "places": ["Sotchi"]}
    assert "Rencontre, contexte" in sotchi["text"]["text"] and "Lieu\u00a0: Sotchi" in sotchi["text"]["text"]
    assert all(e["frise"]["kind"] == "meeting" for e in document["events"])
    assert "Type : rencontre" in document["title"]["text"]["text"]


def test_the_pdf_prints_kinds_and_leaves_context_out_when_asked(store: Store, tmp_path: Path) -> None:
    whole, news = tmp_path / "all.pdf", tmp_path / "news.pdf"
    export_selection(store, EventFilter(), whole, "pdf", options=PdfOptions(overview=False))
    export_selection(store, EventFilter(), news, "pdf",
                     options=PdfOptions(overview=False, context=False))
    text = _pdf_text(whole)
    assert "RENCONTRE · CONTEXTE" in text and "ACCORD" in text
    assert "Sous la date, le type d'événement" in text  # the reading notes say what the marks mean
    assert SOTCHI in text
    without = _pdf_text(news)
    assert SOTCHI not in without and MEMORANDUM in without
    assert "CONTEXTE" not in without and "Filtre Sans le contexte" in without  # said in the title block's filter


def test_context_entries_print_in_greys(store: Store) -> None:
    events = {e.title: e for e in store.events()}
    sotchi = next(e for title, e in events.items() if title.startswith(SOTCHI))
    memorandum = next(e for title, e in events.items() if title.startswith(MEMORANDUM))

    def title_colour(event) -> str:
        block = event_block(event, {}, 500.0)
        paragraph = next(p for _, _, p in block.parts
                         if isinstance(p, Paragraph) and p.text.startswith(event.title[:30]))
        return paragraph.color.name()

    assert title_colour(sotchi) == INK["faint"].name()
    assert title_colour(memorandum) == INK["text"].name()


def test_the_filter_in_words_names_kinds_context_and_places() -> None:
    words = describe_query(EventQuery(kinds=["agreement", "none"], importance=["news"], places=["Genève"]))
    assert words == "Types : accord, sans type ; sans le contexte ; Lieu : Genève"
    assert describe_query(EventFilter(importance="context")) == "Contexte seulement"


def test_the_export_dialog_can_leave_context_out(qtbot: QtBot) -> None:
    dialog = ExportDialog(filter_count=3, view_count=None, view_range=None, choices=ExportChoices())
    qtbot.addWidget(dialog)
    assert dialog.context.isChecked()
    dialog.context.setChecked(False)
    choices = dialog.choices()
    assert choices.context is False
    assert ExportChoices.from_json(choices.to_json()).context is False
    assert choices.apply(PdfOptions(), None).context is False



def test_the_dialog_counts_without_the_context_it_leaves_out(qtbot: QtBot) -> None:
    from datetime import date

    dialog = ExportDialog(filter_count=3, view_count=2, view_range=(date(2017, 5, 1), date(2017, 5, 31)),
                          context_counts=(2, 2))
    qtbot.addWidget(dialog)
    assert "3 événements datés" in dialog.whole.text() and dialog.ok.isEnabled()
    dialog.context.setChecked(False)
    assert "1 événement daté" in dialog.whole.text() and "0 événement" in dialog.view.text()
    assert dialog.ok.isEnabled()
    dialog.view.setChecked(True)
    assert dialog.selected_count() == 0 and not dialog.ok.isEnabled()  # only context in view: nothing to export
    dialog.context.setChecked(True)
    assert dialog.selected_count() == 2 and dialog.ok.isEnabled()
