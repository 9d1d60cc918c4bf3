"""The "reported by" facet: outlets, each with its articles beneath, every one with a check box.

A collection of 10,000 articles must not cost 10,000 tree items on every filter change, so the
choice lives in two sets (outlets chosen whole, articles chosen one by one) and an outlet's
articles become items only when the outlet is opened. Checking an outlet keeps everything it
published, including articles imported later; checking articles keeps just those.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from frise.store.views import NO_OUTLET
from frise.ui.plain_text import plain_tooltip

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_CHECKED, _PARTLY, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.PartiallyChecked, Qt.CheckState.Unchecked


def with_count(name: str, count: int | None) -> str:
    return name if count is None else f"{name}  ({count:,})".replace(",", "\u202f")


class SourcesTree(QTreeWidget):
    """Outlets and their articles; `changed` when the user checks or unchecks one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outlets: set[str] = set()
        self.articles: set[int] = set()
        self._outlet_items: dict[str, QTreeWidgetItem] = {}
        self._outlet_counts: dict[str, int] = {}
        self._by_outlet: dict[str, list[tuple[int, str, int]]] = {}
        self._outlet_of: dict[int, str] = {}
        self._titles: dict[int, str] = {}
        self.itemChanged.connect(self._item_changed)
        self.itemExpanded.connect(self._populate)

    # --- the choice

    def chosen(self) -> tuple[tuple[str, ...], tuple[int, ...]]:
        articles = sorted(a for a in self.articles if self._outlet_of.get(a) not in self.outlets)
        return tuple(sorted(self.outlets)), tuple(articles)

    def set_chosen(self, outlets: Iterable[str], articles: Iterable[int]) -> None:
        """Show a saved choice (no `changed`)."""
        self.outlets = set(outlets)
        self.articles = set(articles)
        for outlet in self.outlets:
            self._outlet_item(outlet)
        self._refresh_checks()

    def outlet_name(self, outlet: str) -> str:
        return outlet if outlet != NO_OUTLET else self.tr("Média inconnu")

    def title_of(self, article_id: int) -> str:
        return self._titles.get(article_id, str(article_id))

    def forget(self) -> None:
        """Drop every outlet and article (another timeline file is open)."""
        with QSignalBlocker(self):
            self.clear()
        self.outlets, self.articles = set(), set()
        self._outlet_items, self._outlet_counts, self._by_outlet = {}, {}, {}
        self._outlet_of, self._titles = {}, {}

    # --- counts

    def set_counts(self, outlets: list[tuple[str, int]], articles: list[tuple[int, str, str, int]]) -> None:
        """Relabel outlets and the shown articles; remember the rest for when they are opened."""
        self._outlet_counts = dict(outlets)
        by_outlet: dict[str, list[tuple[int, str, int]]] = {}
        for article_id, title, outlet, count in articles:
            by_outlet.setdefault(outlet, []).append((article_id, title, count))
            self._outlet_of[article_id] = outlet
            self._titles[article_id] = title
        self._by_outlet = by_outlet
        with QSignalBlocker(self):
            for outlet in [*self._outlet_counts, *by_outlet]:
                self._outlet_item(outlet)
            for outlet, item in self._outlet_items.items():
                item.setText(0, with_count(self.outlet_name(outlet), self._outlet_counts.get(outlet, 0)))
                if item.childCount():
                    self._fill_children(item, outlet)
        self._refresh_checks()

    # --- items

    def _outlet_item(self, outlet: str) -> QTreeWidgetItem:
        item = self._outlet_items.get(outlet)
        if item is None:
            with QSignalBlocker(self):
                item = QTreeWidgetItem([self.outlet_name(outlet)])
                item.setData(0, _KEY_ROLE, outlet)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, _UNCHECKED)
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                self.addTopLevelItem(item)
            self._outlet_items[outlet] = item
        return item

    def _populate(self, item: QTreeWidgetItem) -> None:
        outlet = item.data(0, _KEY_ROLE)
        if item.parent() is None and isinstance(outlet, str):
            with QSignalBlocker(self):
                self._fill_children(item, outlet)
            self._refresh_checks()

    def _fill_children(self, item: QTreeWidgetItem, outlet: str) -> None:
        existing = {item.child(i).data(0, _KEY_ROLE): item.child(i) for i in range(item.childCount())}  # type: ignore[union-attr]
        for article_id, title, count in self._by_outlet.get(outlet, []):
            child = existing.get(article_id)
            if child is None:
                child = QTreeWidgetItem([title])
                child.setData(0, _KEY_ROLE, article_id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, _UNCHECKED)
                child.setToolTip(0, plain_tooltip(title))
                item.addChild(child)
            child.setText(0, with_count(title, count))

    def _refresh_checks(self) -> None:
        with QSignalBlocker(self):
            for outlet, item in self._outlet_items.items():
                whole = outlet in self.outlets
                some = any(self._outlet_of.get(a) == outlet for a in self.articles)
                item.setCheckState(0, _CHECKED if whole else _PARTLY if some else _UNCHECKED)
                for index in range(item.childCount()):
                    child = item.child(index)
                    if child is not None:
                        chosen = whole or child.data(0, _KEY_ROLE) in self.articles
                        child.setCheckState(0, _CHECKED if chosen else _UNCHECKED)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, _KEY_ROLE)
        checked = item.checkState(0) == _CHECKED
        if item.parent() is None:
            outlet = str(key)
            if checked or item.checkState(0) == _PARTLY:
                self.outlets.add(outlet)
            else:
                self.outlets.discard(outlet)
            self.articles = {a for a in self.articles if self._outlet_of.get(a) != outlet}
        else:
            outlet = self._outlet_of.get(int(key), "")
            if outlet in self.outlets and not checked:
                self.outlets.discard(outlet)
                self.articles |= {a for a, _, _ in self._by_outlet.get(outlet, []) if a != key}
            elif checked:
                self.articles.add(int(key))
            else:
                self.articles.discard(int(key))
        self._refresh_checks()
        self.changed.emit()
