"""The kind facet: which kinds of happening to keep (accord, rencontre… and « sans type »).

A button naming the choice (« Tous les types », « accord, rencontre ») that opens a menu of check
boxes with their counts: one line of the filter panel instead of nine, so the actors keep their
room. The menu stays open while boxes are ticked, since choosing two kinds is common.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from frise.events.kinds import all_kinds
from frise.render import french
from frise.store.views import NO_KIND
from frise.text.folding import fold
from frise.ui.sources_filter import with_count


class _StayingMenu(QMenu):
    """A menu whose check boxes toggle without closing it."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class KindsButton(QToolButton):
    """`changed` when a kind is ticked or unticked; no kind ticked means every kind."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kinds")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Aucun type coché : tous. « sans type » : ce que Frise n'a pas su classer."))
        self.menu_ = _StayingMenu(self)
        self.menu_.setObjectName("kindsMenu")
        self.actions_by_key: dict[str, QAction] = {}
        # Alphabetical in the interface's language (the cue file's order is a priority, not a reading order).
        keys = sorted((kind.key for kind in all_kinds()), key=lambda k: fold(french.kind_name(k)))
        for key in [*keys, NO_KIND]:
            if key == NO_KIND:
                self.menu_.addSeparator()
            action = QAction(french.kind_name(key), self.menu_)
            action.setCheckable(True)
            action.setData(key)
            action.toggled.connect(self._toggled)
            self.menu_.addAction(action)
            self.actions_by_key[key] = action
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Tous les types"), self._clear)
        self.setMenu(self.menu_)
        self._quiet = False
        self._relabel()

    def chosen(self) -> tuple[str, ...]:
        return tuple(key for key, action in self.actions_by_key.items() if action.isChecked())

    def set_chosen(self, keys: Iterable[str]) -> None:
        """Show a saved choice (no `changed`)."""
        wanted = set(keys)
        self._quiet = True
        try:
            for key, action in self.actions_by_key.items():
                action.setChecked(key in wanted)
        finally:
            self._quiet = False
        self._relabel()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        for key, action in self.actions_by_key.items():
            action.setText(with_count(french.kind_name(key), counts.get(key, 0)))

    def _toggled(self, _checked: bool) -> None:
        self._relabel()
        if not self._quiet:
            self.changed.emit()

    def _clear(self) -> None:
        if self.chosen():
            self.set_chosen(())
            self.changed.emit()

    def _relabel(self) -> None:
        chosen = self.chosen()
        if not chosen:
            text = self.tr("Tous les types")
        elif len(chosen) <= 2:
            text = ", ".join(french.kind_name(k) for k in chosen)
        else:
            text = self.tr("{n} types").format(n=len(chosen))
        self.setText(text)
