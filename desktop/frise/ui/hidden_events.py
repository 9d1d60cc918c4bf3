"""The list of events the analyst hid, each restorable: hiding never deletes anything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frise.events.model import Event
from frise.ui import datefmt
from frise.ui.plain_text import plain_tooltip

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class EventPicker(QDialog):
    """A list of events to act on: the hidden ones (restore), or candidates to merge with."""

    def __init__(self, title: str, hint: str, button: str, events: list[Event],
                 act: Callable[[Event], None], parent: QWidget | None = None, *, close_on_act: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._act = act
        self._close_on_act = close_on_act
        self._events = {e.id: e for e in events}
        self.list = QListWidget()
        self.list.setObjectName("eventPickerList")
        self.list.setWordWrap(True)  # long titles wrap instead of needing a horizontal scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        for event in events:
            period = datefmt.period_phrase(event.first, event.last)  # « date non résolue » without one
            actors = ", ".join(event.actors[:4])
            lines = [f"{period} — {event.title}"]
            if actors:
                lines.append(actors)
            item = QListWidgetItem("\n".join(lines))
            item.setToolTip(plain_tooltip(event.title))
            item.setData(_KEY_ROLE, event.id)
            self.list.addItem(item)
        if events:
            self.list.setCurrentRow(0)
        self.action = QPushButton(button)
        self.action.setObjectName("eventPickerAction")
        self.action.clicked.connect(self.act_on_current)
        self.action.setEnabled(bool(events))
        self.list.itemDoubleClicked.connect(lambda _item: self.act_on_current())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(hint if events else self.tr("Aucun événement."))
        label.setTextFormat(Qt.TextFormat.PlainText)  # the hint may quote an event's title
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.action)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def act_on_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        event = self._events[item.data(_KEY_ROLE)]
        self._act(event)
        self.list.takeItem(self.list.row(item))
        self.action.setEnabled(self.list.count() > 0)
        if self._close_on_act:
            self.accept()
