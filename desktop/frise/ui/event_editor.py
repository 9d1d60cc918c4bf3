"""The dialog that corrects an event: title, interval written in French, actors, its kind of
happening and whether it is news or context.

The date field is read by the temporal engine as the analyst types and said back in words
("compris : du 1er au 10 juin 2017"), so a misreading shows before it is saved; text the engine
cannot place disables OK and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from frise.events.corrections import NO_KIND
from frise.events.date_input import (
    DateInputError,
    Understood,
    describe_interval,
    understand,
)
from frise.events.kinds import all_kinds
from frise.render import french
from frise.text.folding import fold


@dataclass(frozen=True, slots=True)
class EventValues:
    title: str
    first: date
    last: date
    actors: tuple[str, ...]
    certainty: str = "exact"
    """How the typed date reads: "début juin 2017" is approximate, as it would be in an article."""
    happening: str | None = None
    """Its kind of happening (events/kinds.py key), `NO_KIND` for none; None leaves it as it is."""
    importance: str | None = None
    """"news" or "context"; None leaves it as it is."""


@dataclass(frozen=True, slots=True)
class EventDraft:
    """What the dialog opens with: an undated event still has a title and actors to keep."""

    title: str
    first: date | None
    last: date | None
    actors: tuple[str, ...]
    happening: str | None = None
    importance: str = "news"


class EventEditor(QDialog):
    def __init__(self, values: EventValues | EventDraft | None, reference: date | None = None,
                 parent: QWidget | None = None, *, heading: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.setWindowTitle(heading or self.tr("Modifier l'événement"))
        self.setMinimumWidth(640)  # a whole title and a list of actors, without scrolling inside the fields
        self._reference = reference
        self._understood: Understood | None = None
        self.title = QLineEdit(values.title if values else "")
        self.title.setObjectName("editTitle")
        dated = values is not None and values.first is not None and values.last is not None
        self.date = QLineEdit(describe_interval(values.first, values.last) if dated else "")  # type: ignore[union-attr,arg-type]
        self.date.setObjectName("editDate")
        self.date.setPlaceholderText(self.tr("ex. début juin 2017, 7-8 juillet 2017"))
        self.understood = QLabel()
        self.understood.setObjectName("editUnderstood")
        self.understood.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.understood.setWordWrap(True)
        self.actors = QLineEdit(", ".join(values.actors) if values else "")
        self.actors.setObjectName("editActors")
        self.actors.setPlaceholderText(self.tr("noms séparés par des virgules"))
        self.kind = QComboBox()
        self.kind.setObjectName("editKind")
        self.kind.addItem(french.kind_name("none"), NO_KIND)
        for key in sorted((kind.key for kind in all_kinds()), key=lambda k: fold(french.kind_name(k))):
            self.kind.addItem(french.kind_name(key), key)
        self.kind.setCurrentIndex(max(self.kind.findData(values.happening if values and values.happening
                                                         else NO_KIND), 0))
        self.importance = QComboBox()
        self.importance.setObjectName("editImportance")
        self.importance.addItem(self.tr("Actualité"), "news")
        self.importance.addItem(self.tr("Contexte (rappelé plutôt que rapporté)"), "context")
        self.importance.setCurrentIndex(max(self.importance.findData(values.importance if values else "news"), 0))
        form = QFormLayout()
        form.addRow(self.tr("Titre"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.understood)
        form.addRow(self.tr("Acteurs"), self.actors)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Importance"), self.importance)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.textChanged.connect(self._reread)
        self.title.textChanged.connect(self._reread)
        self._reread()

    def _reread(self) -> None:
        try:
            self._understood = understand(self.date.text(), self._reference)
        except DateInputError as error:
            self._understood = None
            self.understood.setText(str(error))
            self.understood.setStyleSheet("color: #b00020")
        else:
            self.understood.setText(self.tr("compris : {period}").format(period=self._understood.describe()))
            self.understood.setStyleSheet("")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._understood is not None and bool(self.title.text().strip()))

    def values(self) -> EventValues | None:
        """What the analyst entered, or None while the date is not understood."""
        if self._understood is None or not self.title.text().strip():
            return None
        actors = tuple(dict.fromkeys(a.strip() for a in self.actors.text().split(",") if a.strip()))
        return EventValues(self.title.text().strip(), self._understood.first, self._understood.last, actors,
                           self._understood.certainty, str(self.kind.currentData()),
                           str(self.importance.currentData()))
