"""The date expressions Frise could not place in time, listed so that none is dropped silently.

"la semaine dernière" in an article with no date cannot go on a timeline, but it is still a
statement someone may need: each one is listed with its article, and choosing it opens the
article at that passage (through its undated event), where the article can be dated by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from frise.store import Store
from frise.store.views import Unresolved, unresolved
from frise.ui import datefmt
from frise.ui.plain_text import plain_tooltip

SHOWN = 2_000
"""The list stops there: past a few thousand, nobody scrolls a list, they search or filter."""
_EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
_ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2


class UnresolvedList(QWidget):
    """A titled list of the unresolved expressions of the whole collection."""

    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unresolvedPanel")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setObjectName("unresolved")
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.entries: list[Unresolved] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self._set_title(0)

    def reload(self, store: Store) -> None:
        self.set_entries(unresolved(store))

    def set_entries(self, entries: list[Unresolved]) -> None:
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        label = self.tr("« {text} » — {article}")  # asked once: a translator answers in Python
        for entry in entries[:SHOWN]:
            item = QListWidgetItem(label.format(text=entry.text, article=_short(entry.article_title)))
            item.setData(_EVENT_ROLE, entry.event_id)
            item.setData(_ARTICLE_ROLE, entry.article_id)
            item.setToolTip(plain_tooltip(entry.passage))
            self.list.addItem(item)
        if len(entries) > SHOWN:
            more = QListWidgetItem(self.tr("… et {n} autres").format(n=len(entries) - SHOWN))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        if not entries:
            item = QListWidgetItem(self.tr("Toutes les dates ont été placées."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._set_title(len(entries))

    def texts(self) -> list[str]:
        return [entry.text for entry in self.entries]

    def _set_title(self, count: int) -> None:
        self.title.setText(self.tr("Dates non résolues") + (f"  ({count})" if count else ""))
        self.title.setToolTip(datefmt.certainty_explanation("unresolved"))

    def _chosen(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is None:
            return
        event_id = item.data(_EVENT_ROLE)
        if isinstance(event_id, int):
            self.eventActivated.emit(event_id)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
