"""The PDF export's options dialog: scope, parts, paper, and an empty export refused up front."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frise.export import PdfOptions
from frise.ui.export_dialog import ExportChoices, ExportDialog

VIEW = (date(2017, 5, 1), date(2017, 7, 31))


def test_defaults_and_choices(qtbot: QtBot) -> None:
    dialog = ExportDialog(filter_count=13, view_count=6, view_range=VIEW)
    qtbot.addWidget(dialog)
    assert dialog.choices() == ExportChoices()
    assert "13 événements datés" in dialog.whole.text()
    assert "du 1er mai 2017 au 31 juillet 2017" in dialog.view.text() and "6 événements" in dialog.view.text()
    dialog.view.setChecked(True)
    dialog.overview.setChecked(False)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    assert dialog.choices() == ExportChoices(page_size="Letter", overview=False, sources=True, scope="view")
    assert dialog.ok.isEnabled()


def test_choices_become_pdf_options() -> None:
    options = ExportChoices(page_size="Letter", overview=False, sources=False, scope="view").apply(
        PdfOptions(collection_name="Syrie"), VIEW)
    assert (options.page_size, options.overview, options.sources, options.view_range) == ("Letter", False, False, VIEW)
    assert options.collection_name == "Syrie"
    assert ExportChoices(scope="filter").apply(PdfOptions(), VIEW).view_range is None
    titled = ExportChoices(title="  Syrie : zones de désescalade ").apply(PdfOptions(collection_name="Syrie"), None)
    assert titled.collection_name == "Syrie : zones de désescalade"
    assert "title" not in ExportChoices(title="x").to_json()  # one timeline's, not kept in the settings


def test_an_empty_scope_cannot_be_exported(qtbot: QtBot) -> None:
    dialog = ExportDialog(filter_count=4, view_count=0, view_range=VIEW)
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled()
    dialog.view.setChecked(True)
    assert not dialog.ok.isEnabled()
    assert "Aucun événement à exporter" in dialog.problem.text()
    dialog.whole.setChecked(True)
    assert dialog.ok.isEnabled() and dialog.problem.text() == ""
    empty = ExportDialog(filter_count=0)
    qtbot.addWidget(empty)
    assert not empty.ok.isEnabled() and not empty.view.isEnabled()


def test_initial_choices_are_shown_and_accepted(qtbot: QtBot) -> None:
    chosen = ExportChoices(page_size="Letter", overview=False, sources=False, scope="view")
    dialog = ExportDialog(filter_count=3, view_count=2, view_range=VIEW, choices=chosen)
    qtbot.addWidget(dialog)
    assert dialog.choices() == chosen
    dialog.show()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_no_view_falls_back_to_the_filter(qtbot: QtBot) -> None:
    dialog = ExportDialog(filter_count=3, choices=ExportChoices(scope="view"))
    qtbot.addWidget(dialog)
    assert dialog.whole.isChecked() and dialog.choices().scope == "filter"


def test_saved_choices_round_trip() -> None:
    chosen = ExportChoices(page_size="Letter", overview=False, sources=True, scope="view")
    assert ExportChoices.from_json(chosen.to_json()) == chosen
    assert ExportChoices.from_json({"page_size": "A0", "scope": "ailleurs"}) == ExportChoices()
    assert ExportChoices.from_json("nonsense") == ExportChoices()
