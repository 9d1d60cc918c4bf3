"""The chronology: the filtered events as a list grouped by month, in reading order.

The model holds event ids only and fetches the rows it is asked to paint, a window at a time,
as Anki's browser table does (`qt/aqt/browser/table/model.py`): 100,000 events cost a list of
ints. Month headings are not stored either: the groups are found by bisecting the sorted first
days at each month boundary, so a new filter rebuilds the list in a few milliseconds. Headings
and events share one flat list of rows; a heading spans the row. A selection's ids are read from
its rows only when asked (`RowIds`): reading 100,000 rows, scattered in memory, to list their ids
would cost a filter change tens of milliseconds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from operator import attrgetter
from typing import Any, overload

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from frise.render import french
from frise.store.snapshot import Selection
from frise.store.views import Row
from frise.ui import datefmt, theme
from frise.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], dict[int, Row]]

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
CERTAINTY_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("date", "title", "actors", "sources", "kind")
KIND_COLUMN = 4
"""The kind of happening: last in the model (columns 0-3 kept their numbers), shown second."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 5
_ROOT = QModelIndex()
_WINDOW = 200
_CACHE_LIMIT = 5_000
_ID = attrgetter("id")
_SECONDARY_BRUSH = QBrush(QColor(theme.SECONDARY_TEXT))
_CONTEXT_BRUSH = QBrush(QColor(theme.CONTEXT_TEXT))


@dataclass(frozen=True, slots=True)
class Group:
    """A month heading: `month` is year * 12 + month - 1 (None: undated); `start` is the index of
    its first event in the id list, `row` the heading's own row in the flat list."""

    month: int | None
    start: int
    count: int
    row: int


def month_groups(firsts: Sequence[int], undated: int) -> list[Group]:
    """Month groups of sorted first days (ordinals), then one group of `undated` events."""
    groups: list[Group] = []
    index, total = 0, len(firsts)
    while index < total:
        day = date.fromordinal(firsts[index])
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1).toordinal()
        end = bisect_left(firsts, following, index)
        groups.append(Group(day.year * 12 + day.month - 1, index, end - index, index + len(groups)))
        index = end
    if undated:
        groups.append(Group(None, total, undated, total + len(groups)))
    return groups


class RowIds(Sequence[int]):
    """The ids of a selection's rows, dated then undated, each read when asked."""

    __slots__ = ("_dated", "_undated", "_split", "_len")

    def __init__(self, dated: Sequence[Row], undated: Sequence[Row]) -> None:
        self._dated = dated
        self._undated = undated
        self._split = len(dated)
        self._len = len(dated) + len(undated)

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        split = self._split
        if isinstance(index, slice):
            start, stop, step = index.indices(self._len)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            rows = chain(self._dated[start:min(stop, split)], self._undated[max(start - split, 0):max(stop - split, 0)])
            return list(map(_ID, rows))
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        return self._dated[index].id if index < split else self._undated[index - split].id

    def __iter__(self) -> Iterator[int]:
        return map(_ID, chain(self._dated, self._undated))


class ChronologyModel(QAbstractTableModel):
    """Event ids grouped by month, with their rows fetched on demand through `fetch`."""

    def __init__(self, fetch: Fetch | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch: Fetch = fetch or (lambda ids: {})
        self._ids: Sequence[int] = []
        self._groups: list[Group] = []
        self._heading_rows: list[int] = []
        self._starts: list[int] = []
        self._cache: dict[int, Row] = {}
        self._row_of: dict[int, int] | None = None
        self._icons: dict[str, QIcon] = {}

    # --- filling

    def set_selection(self, selection: Selection, fetch: Fetch | None = None) -> None:
        """Show a filtered set; `fetch` reads rows by id (the snapshot's, or SQL)."""
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._ids = RowIds(selection.dated, selection.undated)
        self._groups = month_groups(selection.firsts, len(selection.undated))
        self._heading_rows = [group.row for group in self._groups]
        self._starts = [group.start for group in self._groups]
        self._cache = {}
        self._row_of = None
        self.endResetModel()

    def set_ids(self, ids: Sequence[int], firsts: Sequence[int], undated: int, fetch: Fetch) -> None:
        """Show these ids (dated ones first, sorted by `firsts`), reading rows through `fetch`."""
        self.beginResetModel()
        self._fetch = fetch
        self._ids = list(ids)
        self._groups = month_groups(firsts, undated)
        self._heading_rows = [group.row for group in self._groups]
        self._starts = [group.start for group in self._groups]
        self._cache = {}
        self._row_of = None
        self.endResetModel()

    def invalidate_rows(self) -> None:
        """Forget fetched rows (their data changed) and repaint."""
        self._cache = {}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    # --- positions

    @property
    def event_count(self) -> int:
        return len(self._ids)

    @property
    def groups(self) -> list[Group]:
        return self._groups

    def is_heading(self, row: int) -> bool:
        position = bisect_right(self._heading_rows, row) - 1
        return position >= 0 and self._heading_rows[position] == row

    def group_of_row(self, row: int) -> Group | None:
        position = bisect_right(self._heading_rows, row) - 1
        return self._groups[position] if position >= 0 else None

    def event_id(self, row: int) -> int | None:
        """The event shown on `row`, None for a heading or a row out of range."""
        position = bisect_right(self._heading_rows, row)
        if position == 0 or self._heading_rows[position - 1] == row:
            return None
        index = row - position
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def row_of(self, event_id: int) -> int | None:
        """The flat row of an event, None when the filter hides it."""
        if self._row_of is None:
            self._row_of = {event_id: index for index, event_id in enumerate(self._ids)}
        index = self._row_of.get(event_id)
        if index is None:
            return None
        return index + bisect_right(self._starts, index)

    def row_data(self, row: int) -> Row | None:
        event_id = self.event_id(row)
        return None if event_id is None else self._row(event_id, row)

    def _row(self, event_id: int, flat_row: int) -> Row | None:
        found = self._cache.get(event_id)
        if found is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache = {}
            index = flat_row - bisect_right(self._heading_rows, flat_row)
            window = self._ids[max(0, index - _WINDOW // 4): index + _WINDOW]
            self._cache.update(self._fetch(window))
            found = self._cache.get(event_id)
        return found

    # --- Qt model

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids) + len(self._groups)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Événement"), self.tr("Acteurs"), self.tr("Sources"), self.tr("Type"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        position = bisect_right(self._heading_rows, row)
        if position and self._heading_rows[position - 1] == row:
            return self._heading_data(self._groups[position - 1], column, role)
        if role == IS_HEADING_ROLE:
            return False
        event_id = self._ids[row - position] if 0 <= row - position < len(self._ids) else None
        if event_id is None:
            return None
        if role == EVENT_ID_ROLE:
            return event_id
        found = self._row(event_id, row)
        if found is None:
            return self.tr("…") if role == Qt.ItemDataRole.DisplayRole and column == 1 else None
        return self._event_data(found, column, role)

    def _heading_data(self, group: Group, column: int, role: int) -> Any:
        if role == IS_HEADING_ROLE:
            return True
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            if group.month is None:
                name = datefmt.undated_heading()
            else:
                name = datefmt.month_heading(group.month // 12, group.month % 12 + 1)
            count = datefmt.count_phrase(group.count, self.tr("{n} événement"), self.tr("{n} événements"))
            return f"{name}  ·  {count}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(theme.HEADING_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(theme.HEADING_TEXT))
        return None

    def _event_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND_COLUMN:
                return french.kind_name(row.happening)
            if column == 0:
                return datefmt.period_phrase(row.first, row.last)
            if column == 1:
                return ("✓ " + row.title) if row.reviewed else row.title
            if column == 2:
                return ", ".join(row.actors)
            return str(row.source_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.title, datefmt.period_phrase(row.first, row.last),
                     datefmt.certainty_label(row.certainty) + " — " + datefmt.certainty_explanation(row.certainty)]
            if row.actors:
                lines.append(", ".join(row.actors))
            if row.happening or row.places:
                lines.append(" · ".join(p for p in (french.kind_name(row.happening), ", ".join(row.places)) if p))
            if row.context:
                lines.append(self.tr("Contexte : un arrière-plan que l'article rappelle, non une nouvelle."))
            if row.conflicting:
                lines.append(self.tr("⚠ Les sources divergent sur la date."))
            lines.append(self.tr("Vérifié") if row.reviewed else self.tr("Non vérifié (extrait automatiquement)"))
            return plain_tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.FontRole and column == 1 and not row.reviewed:
            # Unreviewed extracted events read in italics: the analyst sees what is left to check.
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._certainty_icon(row.certainty, row.conflicting)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.context:
                # Background the article recalls (« depuis 2015 ») reads lighter than the news.
                return _CONTEXT_BRUSH
            if column in (2, 3, KIND_COLUMN):
                return _SECONDARY_BRUSH
            return None
        if role == CERTAINTY_ROLE:
            return row.certainty
        if role == KIND_ROLE:
            return row.happening
        if role == CONTEXT_ROLE:
            return row.context
        return None

    def _certainty_icon(self, certainty: str, conflicting: bool) -> QIcon:
        key = f"{certainty}:{int(conflicting)}"
        found = self._icons.get(key)
        if found is None:
            found = self._icons[key] = certainty_icon(certainty, conflicting)
        return found


def certainty_icon(certainty: str, conflicting: bool = False, size: int = 12) -> QIcon:
    """A dot in the certainty's colour (ringed in red when sources disagree)."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(theme.CERTAINTY_COLOURS.get(certainty, theme.SECONDARY_TEXT))
    painter.setBrush(colour)
    if conflicting:
        painter.setPen(QColor(theme.CONFLICT))
    else:
        painter.setPen(colour.darker(130))
    if certainty == "exact":
        painter.drawEllipse(1, 1, size - 2, size - 2)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush if certainty == "unresolved" else colour.lighter(125))
        pen = painter.pen()
        pen.setWidthF(1.6)
        if certainty != "approximate":
            pen.setStyle(Qt.PenStyle.DashLine if certainty == "unresolved" else Qt.PenStyle.SolidLine)
        pen.setColor(colour if not conflicting else QColor(theme.CONFLICT))
        painter.setPen(pen)
        painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


_TITLE_SHARE = 0.45
_MIN_DATE = 150
_MIN_ACTORS = 100
_MIN_KIND = 84


class ChronologyView(QTableView):
    """The list itself: one row per event, month headings spanning the width.

    A table rather than a tree: QTreeView lays out every row through the model (a Python call
    per row, a second for 100,000 events), while QTableView only asks about the rows it paints.
    """

    eventSelected = Signal(int)
    """The selected event's id, -1 when the selection is cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chronology")
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(12, 12))
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(24, self.fontMetrics().height() + 10))
        self._model = ChronologyModel(parent=self)
        self.setModel(self._model)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 74)
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.moveSection(header.visualIndex(KIND_COLUMN), 1)
        # The widths the date and actor columns take when there is room (or the user gave them);
        # a narrow list shares what is left so that the event's title keeps a good part of it.
        self._wanted = {0: 190, 2: 230, KIND_COLUMN: 110}
        self._sharing = False
        self._share_columns()
        header.sectionResized.connect(self._section_resized)
        self._quiet = False
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def chronology_model(self) -> ChronologyModel:
        return self._model

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_columns()

    def _share_columns(self) -> None:
        """Date, kind and actors at their wanted widths when the list is wide enough; in a narrow
        list (the source pane open on a laptop screen) they give way: the kind to its minimum, the
        actors to theirs, then the kind leaves, then the date, down to their minimums, until the
        title has _TITLE_SHARE of the width: it was left 85 pixels of 585."""
        header = self.horizontalHeader()
        room = max(self.viewport().width() - header.sectionSize(3), 0)
        spare = room * (1.0 - _TITLE_SHARE)
        date, kind, actors = self._wanted[0], self._wanted[KIND_COLUMN], self._wanted[2]
        if date + kind + actors > spare:
            kind = max(_MIN_KIND, round(spare - date - actors))
        if date + kind + actors > spare:
            actors = max(_MIN_ACTORS, round(spare - date - kind))
        if date + kind + actors > spare:
            # « ren… » would say nothing: the kind leaves the list (its tooltip and the source pane
            # still say it) and gives its room back to the actors.
            kind = 0
            actors = max(_MIN_ACTORS, min(self._wanted[2], round(spare - date)))
        if date + kind + actors > spare:
            date = max(_MIN_DATE, round(spare - kind - actors))
        self._sharing = True
        try:
            header.resizeSection(0, min(date, self._wanted[0]))
            self.setColumnHidden(KIND_COLUMN, kind == 0)
            if kind:
                header.resizeSection(KIND_COLUMN, min(kind, self._wanted[KIND_COLUMN]))
            header.resizeSection(2, min(actors, self._wanted[2]))
        finally:
            self._sharing = False

    def _section_resized(self, index: int, _old: int, new: int) -> None:
        if not self._sharing and index in self._wanted and new > 0:  # (0: hidden, not dragged)
            self._wanted[index] = new  # the user dragged it: that width is wanted from now on

    def set_selection(self, selection: Selection, fetch: Fetch) -> None:
        """Show a new filtered set, keeping the selected event when the filter still shows it."""
        kept = self.selected_event()
        self._quiet = True
        try:
            self._model.set_selection(selection, fetch)
            self._span_headings()
            if kept is not None and self._model.row_of(kept) is not None:
                self.select_event(kept)
        finally:
            self._quiet = False

    def _span_headings(self) -> None:
        self.clearSpans()
        columns = len(COLUMNS)
        for group in self._model.groups:
            self.setSpan(group.row, 0, 1, columns)

    def selected_event(self) -> int | None:
        current = self.currentIndex()
        if not current.isValid() or not self.selectionModel().isSelected(current):
            return None
        return self._model.event_id(current.row())

    def select_event(self, event_id: int | None) -> None:
        """Select and reveal an event without echoing `eventSelected`."""
        self._quiet = True
        try:
            row = None if event_id is None else self._model.row_of(event_id)
            if row is None:
                self.selectionModel().clearSelection()
                self.selectionModel().setCurrentIndex(QModelIndex(), self.selectionModel().SelectionFlag.NoUpdate)
                return
            index = self._model.index(row, 0)
            flags = self.selectionModel().SelectionFlag
            self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter
                          if not self._row_visible(row) else QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._quiet = False

    def center_selected(self) -> None:
        """Scroll the selected event to the middle of the list."""
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    def step(self, delta: int) -> None:
        """Select the next (1) or previous (-1) event, skipping headings."""
        current = self.currentIndex()
        row = current.row() if current.isValid() else (-1 if delta > 0 else self._model.rowCount())
        row += delta
        while 0 <= row < self._model.rowCount() and self._model.is_heading(row):
            row += delta
        event_id = self._model.event_id(row) if 0 <= row < self._model.rowCount() else None
        if event_id is not None:
            self.select_event(event_id)
            self.eventSelected.emit(event_id)

    def _row_visible(self, row: int) -> bool:
        rect = self.visualRect(self._model.index(row, 0))
        return rect.isValid() and self.viewport().rect().contains(rect.center())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        event_id = self._model.event_id(current.row()) if current.isValid() else None
        self.eventSelected.emit(event_id if event_id is not None else -1)
