"""What the timeline view asks for (span, items in a period, density), answered from the database.

The events come from a `Snapshot` of the SQLite database (loaded off the GUI thread) filtered into
a `Selection` by the current filter; this adapter turns its rows into the renderer's
`TimelineItem`s, building each item once per snapshot so that panning and zooming over 100,000
events costs a bisect and a list slice, not a query.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import chain, repeat
from operator import attrgetter

from frise.render.model import TimelineItem
from frise.store.snapshot import Selection, no_cyclic_gc
from frise.store.views import Row

_ID = attrgetter("id")
_ACTORS = attrgetter("actors")


class TimelineProvider:
    """The `provider` of `TimelineView.set_provider`: a Selection seen as timeline items."""

    def __init__(self, selection: Selection | None = None) -> None:
        self._selection = selection
        self._items: dict[int, TimelineItem] = {}
        self._source_titles: dict[int, tuple[str, ...]] = {}
        self._span: tuple[date, date] | None = None
        self._span_known = False
        self._members: dict[int, Row] | None = None
        self._lane_names: dict[str, list[str]] = {}

    @property
    def selection(self) -> Selection | None:
        return self._selection

    def set_selection(self, selection: Selection | None, *, new_data: bool = False) -> None:
        """Show another filtered set; `new_data` when the snapshot itself was reloaded (the
        cached items may be stale)."""
        self._selection = selection
        self._span_known = False
        self._members = None
        if new_data:
            self._items.clear()

    def set_source_titles(self, titles: dict[int, tuple[str, ...]]) -> None:
        """Titles of each event's articles: the lanes of the "source" mode."""
        self._source_titles = titles
        self._items.clear()

    def adopt_items(self, items: dict[int, TimelineItem]) -> None:
        """Take items built off the GUI thread for the current snapshot (see `build_items`)."""
        self._items = items

    def span(self) -> tuple[date, date] | None:
        if not self._span_known:
            self._span = self._selection.span() if self._selection is not None else None
            self._span_known = True
        return self._span

    def items(self, start: date, end: date) -> Sequence[TimelineItem]:
        if self._selection is None:
            return []
        rows = self._selection.between(start, end)
        cache = self._items
        try:
            return list(map(cache.__getitem__, map(_ID, rows)))
        except KeyError:
            make = self._item
            for row in rows:
                if row.id not in cache:
                    cache[row.id] = make(row)
            return list(map(cache.__getitem__, map(_ID, rows)))

    def density(self, start: date, end: date, buckets: int) -> list[int]:
        if self._selection is None:
            return [0] * max(buckets, 0)
        return self._selection.density(start, end, buckets)

    def item(self, event_id: int) -> TimelineItem | None:
        """The item of a dated event the filter keeps, None otherwise."""
        if self._selection is None:
            return None
        if self._members is None:
            self._members = {row.id: row for row in self._selection.dated}
        row = self._members.get(event_id)
        if row is None:
            return None
        item = self._items.get(event_id)
        if item is None:
            item = self._items[event_id] = self._item(row)
        return item

    def lane_names(self, mode: str) -> list[str]:
        """Every lane of the collection, busiest first. The order is the whole collection's, not
        the filtered set's, so that lanes stay in place while the user changes filters."""
        return self._lane_names.get(mode, [])

    def set_lane_names(self, mode: str, names: list[str]) -> None:
        self._lane_names[mode] = names

    def __len__(self) -> int:
        return len(self._selection.dated) if self._selection is not None else 0

    def _item(self, row: Row) -> TimelineItem:
        return make_item(row, self._source_titles.get(row.id, ()))


def make_item(row: Row, source_titles: tuple[str, ...] = ()) -> TimelineItem:
    assert row.first is not None and row.last is not None
    return TimelineItem(row.id, row.first, row.last, row.title, row.certainty, row.actors, row.source_count,
                        row.conflicting, source_titles, row.reviewed)


def busiest_lanes(lanes: Iterable[tuple[str, ...]]) -> list[str]:
    """Lane names by how many events they hold, then by name."""
    counts = Counter(chain.from_iterable(lanes))
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def actor_lanes(rows: Sequence[Row]) -> list[str]:
    return busiest_lanes(map(_ACTORS, rows))


def source_lanes(rows: Sequence[Row], titles: dict[int, tuple[str, ...]]) -> list[str]:
    return busiest_lanes(map(titles.get, map(_ID, rows), repeat((), len(rows))))


def build_items(rows: Iterable[Row]) -> dict[int, TimelineItem]:
    """Every dated row's item, built once per snapshot (a worker does it, off the GUI thread)."""
    with no_cyclic_gc():
        return {row.id: make_item(row) for row in rows}
