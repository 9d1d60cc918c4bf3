"""The PDF export's options: what to print (the whole filter or the current view), whether to
add the overview and the list of sources, and on which paper.

The dialog only collects choices; the window turns them into `PdfOptions`, asks where to save,
and runs `frise.export`. It knows how many events each scope holds, so it can refuse an empty
export here, with the reason, rather than after the file dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frise.export.options import PAGE_SIZES, PageSize, PdfOptions
from frise.ui import datefmt
from frise.ui.plain_text import plain_tooltip

Scope = Literal["filter", "view"]


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """What the person chose; the window may keep it in its settings for next time."""

    page_size: PageSize = "A4"
    overview: bool = True
    sources: bool = True
    context: bool = True
    """Whether background events (context) are exported, printed lighter."""
    scope: Scope = "filter"
    title: str = ""
    """The document's title; empty: the timeline's name. Not kept between exports (it belongs to
    one timeline, and the settings to the application)."""

    def to_json(self) -> dict[str, object]:
        return {"page_size": self.page_size, "overview": self.overview, "sources": self.sources,
                "context": self.context, "scope": self.scope}

    @classmethod
    def from_json(cls, data: object) -> ExportChoices:
        """Rebuild saved choices; anything unknown falls back to the default."""
        if not isinstance(data, dict):
            return cls()
        default = cls()
        size = data.get("page_size")
        scope = data.get("scope")
        return cls(
            page_size=size if size in PAGE_SIZES else default.page_size,
            overview=bool(data.get("overview", default.overview)),
            sources=bool(data.get("sources", default.sources)),
            context=bool(data.get("context", default.context)),
            scope=scope if scope in ("filter", "view") else default.scope,
        )

    def apply(self, options: PdfOptions, view_range: tuple[date, date] | None) -> PdfOptions:
        """`options` with these choices; the view range only when the view is exported."""
        return replace(options, page_size=self.page_size, overview=self.overview, sources=self.sources,
                       context=self.context, view_range=view_range if self.scope == "view" else None,
                       collection_name=self.title.strip() or options.collection_name)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """Options of the PDF export. `view_count` is None when there is no current view to offer."""

    def __init__(
        self,
        filter_count: int,
        view_count: int | None = None,
        view_range: tuple[date, date] | None = None,
        choices: ExportChoices | None = None,
        filter_description: str = "",
        parent: QWidget | None = None,
        title: str = "",
        context_counts: tuple[int, int] = (0, 0),
    ) -> None:
        """`context_counts`: how many of the filter's and of the view's events are context, which
        the counts leave out when the context box is unticked."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exporter en PDF"))
        self.filter_count = filter_count
        self.view_count = view_count
        self.view_range = view_range
        self.context_counts = context_counts
        choices = choices or ExportChoices()

        scope_box = QGroupBox(self.tr("Événements à exporter"))
        self.whole = QRadioButton(self.tr("Tout ce que garde le filtre : {count}").format(count=_events(filter_count)))
        self.whole.setObjectName("exportWholeFilter")
        if filter_description:
            self.whole.setToolTip(plain_tooltip(filter_description))
        self.view = QRadioButton(self._view_label(view_count, view_range))
        self.view.setObjectName("exportCurrentView")
        self.view.setEnabled(view_count is not None)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.whole)
        self.scope.addButton(self.view)
        (self.view if choices.scope == "view" and view_count is not None else self.whole).setChecked(True)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.whole)
        scope_layout.addWidget(self.view)

        content_box = QGroupBox(self.tr("Contenu du document"))
        self.overview = QCheckBox(self.tr("Vue d'ensemble de la frise (pages en paysage)"))
        self.overview.setObjectName("exportOverview")
        self.overview.setChecked(choices.overview)
        self.sources = QCheckBox(self.tr("Liste des sources à la fin"))
        self.sources.setObjectName("exportSources")
        self.sources.setChecked(choices.sources)
        self.context = QCheckBox(self.tr("Événements de contexte (arrière-plan), imprimés en plus clair"))
        self.context.setObjectName("exportContext")
        self.context.setToolTip(self.tr("Ce que les articles rappellent plutôt qu'ils ne rapportent "
                                        "(« depuis 2015 », « avait signé »)"))
        self.context.setChecked(choices.context)
        self.context.toggled.connect(self._update)
        self.page_size = QComboBox()
        self.page_size.setObjectName("exportPageSize")
        self.page_size.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.page_size.addItem(self.tr("Lettre US (8,5 × 11 pouces)"), "Letter")
        self.page_size.setCurrentIndex(max(self.page_size.findData(choices.page_size), 0))
        self.title = QLineEdit(title)
        self.title.setObjectName("exportTitle")
        self.title.setPlaceholderText(title or self.tr("Chronologie"))
        self.title.setToolTip(self.tr("Le titre en tête du document et dans ses propriétés"))
        form = QFormLayout(content_box)
        form.addRow(self.tr("Titre :"), self.title)
        form.addRow(self.overview)
        form.addRow(self.sources)
        form.addRow(self.context)
        form.addRow(self.tr("Format du papier :"), self.page_size)

        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Exporter…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.scope.buttonToggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(content_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    def _view_label(self, count: int | None, view_range: tuple[date, date] | None) -> str:
        if count is None:
            return self.tr("La vue actuelle (aucune vue ouverte)")
        if view_range is None:
            return self.tr("La vue actuelle : {count}").format(count=_events(count))
        return self.tr("La vue actuelle, du {first} au {last} : {count}").format(
            first=datefmt.day_phrase(view_range[0], weekday=False),
            last=datefmt.day_phrase(view_range[1], weekday=False), count=_events(count))

    def counts(self) -> tuple[int, int | None]:
        """The filter's and the view's events as exported: without context when it is left out."""
        if self.context.isChecked():
            return self.filter_count, self.view_count
        in_filter, in_view = self.context_counts
        return (max(self.filter_count - in_filter, 0),
                None if self.view_count is None else max(self.view_count - in_view, 0))

    def selected_count(self) -> int:
        in_filter, in_view = self.counts()
        if self.view.isChecked() and in_view is not None:
            return in_view
        return in_filter

    def _update(self) -> None:
        in_filter, in_view = self.counts()
        self.whole.setText(self.tr("Tout ce que garde le filtre : {count}").format(count=_events(in_filter)))
        self.view.setText(self._view_label(in_view, self.view_range))
        empty = self.selected_count() == 0
        self.ok.setEnabled(not empty)
        self.problem.setVisible(empty)
        self.problem.setText(QCoreApplication.translate(
            "Export", "Aucun événement à exporter : le filtre actuel ne retient rien.") if empty else "")

    def choices(self) -> ExportChoices:
        size = self.page_size.currentData()
        return ExportChoices(
            page_size=size if size in PAGE_SIZES else "A4",
            overview=self.overview.isChecked(),
            sources=self.sources.isChecked(),
            context=self.context.isChecked(),
            scope="view" if self.view.isChecked() else "filter",
            title=self.title.text().strip(),
        )


def _events(count: int) -> str:
    return datefmt.count_phrase(count, _tr("{n} événement daté"), _tr("{n} événements datés"))
