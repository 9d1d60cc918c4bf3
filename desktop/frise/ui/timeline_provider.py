"""What the timeline view asks for (span, items in a period, density), answered from the database.

The events come from a `Snapshot` of the SQLite database (loaded off the GUI thread) filtered into
a `Selection` by the current filter; this adapter turns its rows into the renderer's
`TimelineItem`s, building each item once per snapshot so that panning and zooming over 100,000
events costs a bisect and a list slice, not a query.

A filter change must not cost a pass over every kept row either: the rows are scattered in memory
(loaded in storage order, read in date order), so merely reading 100,000 of them takes tens of
milliseconds. The worker that builds the items also numbers them (`Universe`: the snapshot's dated
rows in order, their items, first and last days, and their split into lanes), and a filtered set
is then served as positions in that numbering: no row is read when nothing is filtered, each kept
row's id once otherwise, and the lanes come from filtering position lists (`frise.render.lanes`).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from functools import partial
from itertools import chain, compress, islice, repeat
from operator import attrgetter, is_, le
from typing import Literal

from frise.gcpause import cyclic_gc_paused
from frise.render.datefmt import day_phrase, publication_phrase
from frise.render.lanes import LaneIndex, Subset
from frise.render.model import TimelineItem
from frise.store.records import ArticleRow
from frise.store.snapshot import Selection
from frise.store.views import Row

_ID = attrgetter("id")
_ACTORS = attrgetter("actors")
_FIRST = attrgetter("first")
_LAST = attrgetter("last")
_LANES = attrgetter("lanes")
_IS_NONE = partial(is_, None)
_new = tuple.__new__


PRESENCE_LIMIT = 20_000
"""Up to this many filtered events, the lanes none of them is in are left out."""


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
        self._universe: Universe | None = None

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
            self._universe = None

    def set_source_titles(self, titles: dict[int, tuple[str, ...]]) -> None:
        """Titles of each event's articles: the lanes of the "source" mode."""
        self._source_titles = titles
        self._items.clear()
        if self._universe is not None:
            self._universe = self._universe.retitled(titles)

    def adopt_items(self, items: dict[int, TimelineItem]) -> None:
        """Take items built off the GUI thread for the current snapshot (see `build_items`)."""
        self._items = items
        self._universe = items.universe if isinstance(items, ItemTable) else None

    def span(self) -> tuple[date, date] | None:
        if not self._span_known:
            self._span = self._selection.span() if self._selection is not None else None
            self._span_known = True
        return self._span

    def items(self, start: date, end: date) -> Sequence[TimelineItem]:
        if self._selection is None:
            return []
        if self._universe is not None:
            found = self._universe.between(self._selection, start, end)
            if found is not None:
                return found
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
        if self._universe is not None:
            found = self._universe.item(self._selection, event_id)
            if found is not False:
                return found
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
        """The lanes of the filtered events, in the whole collection's order (busiest first), so
        that lanes stay in place while the user changes filters. A narrow filter leaves out the
        lanes none of its events is in, which would otherwise take a row each; a filter keeping
        more than `PRESENCE_LIMIT` events keeps them all (reading that many rows would cost a
        filter change tens of milliseconds, and with so many events few lanes are empty)."""
        names = self._lane_names.get(mode, [])
        selection = self._selection
        if selection is None or len(selection.dated) > PRESENCE_LIMIT:
            return names
        if mode == "source":
            keys = _source_keys(list(map(_ID, selection.dated)), self._source_titles)
        else:
            keys = map(_ACTORS, selection.dated)
        present = set(chain.from_iterable(keys))
        return [name for name in names if name in present]

    def set_lane_names(self, mode: str, names: list[str]) -> None:
        self._lane_names[mode] = names

    def __len__(self) -> int:
        return len(self._selection.dated) if self._selection is not None else 0

    def _item(self, row: Row) -> TimelineItem:
        return make_item(row, self._source_titles.get(row.id, ()))


def make_item(row: Row, source_titles: tuple[str, ...] = ()) -> TimelineItem:
    """The item of a dated row (built through `tuple.__new__`, every field given: 100,000 of
    them a snapshot, and the named tuple's own constructor costs twice as much)."""
    assert row.first is not None and row.last is not None
    return _new(TimelineItem, (row.id, row.first, row.last, row.title, row.certainty, row.actors, row.source_count,
                               row.conflicting, source_titles, row.reviewed, row.importance == "context",
                               row.happening))


def busiest_lanes(lanes: Iterable[tuple[str, ...]]) -> list[str]:
    """Lane names by how many events they hold, then by name."""
    counts = Counter(chain.from_iterable(lanes))
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def actor_lanes(rows: Sequence[Row]) -> list[str]:
    return busiest_lanes(map(_ACTORS, rows))


def source_lanes(rows: Sequence[Row], titles: dict[int, tuple[str, ...]]) -> list[str]:
    return busiest_lanes(_source_keys(list(map(_ID, rows)), titles))


def _source_keys(ids: Sequence[int], titles: dict[int, tuple[str, ...]]) -> Iterable[tuple[str, ...]]:
    """The lane keys of the "source" mode: the titles of each event's articles."""
    return map(titles.get, ids, repeat((), len(ids)))


def build_items(rows: Iterable[Row]) -> dict[int, TimelineItem]:
    """Every dated row's item, built once per snapshot (a worker does it, off the GUI thread), as
    an `ItemTable` numbering them when `rows` are the snapshot's (a list in order of first day)."""
    with cyclic_gc_paused():
        listed = rows if isinstance(rows, list) else list(rows)
        table = ItemTable((row.id, make_item(row)) for row in listed)
        table.universe = Universe.of(listed, table)
        return table


class ItemTable(dict[int, TimelineItem]):
    """Items by id (what `build_items` returns), with their `Universe` when one could be made."""

    __slots__ = ("universe",)

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.universe: Universe | None = None


class Universe:
    """A snapshot's dated rows, numbered in their order (first, last, id), with their items.

    `rows` is the snapshot's own list, so that an unfiltered selection (which shares it) is
    recognised without reading it; `first` and `last` are day numbers by position; `lanes` splits
    the items into lanes per mode. Items are built lazily once the source titles are known.
    """

    __slots__ = (
        "rows", "ids", "position", "first", "last", "ordered", "items", "missing", "lanes", "titles", "__weakref__",
    )

    def __init__(
        self, rows: list[Row], ids: list[int], position: dict[int, int], first: list[int], last: list[int],
        items: list[TimelineItem | None], titles: dict[int, tuple[str, ...]] | None = None,
        ordered: bool | None = None,
    ) -> None:
        self.rows, self.ids, self.position, self.first, self.last = rows, ids, position, first, last
        # whether no interval ends before it begins (a store never holds one)
        self.ordered = all(map(le, first, last)) if ordered is None else ordered
        self.items = items
        self.missing = sum(map(_IS_NONE, items))
        self.titles = titles
        # Through a weak reference: a bound method would make a cycle (universe -> index ->
        # universe), and a cycle keeps the whole snapshot's items alive until a full collection.
        self.lanes = LaneIndex(first, last, partial(_lane_keys, weakref.ref(self)))

    @classmethod
    def of(cls, rows: list[Row], table: dict[int, TimelineItem]) -> Universe | None:
        """The numbering of `rows` (each with its item in `table`), None unless they are sorted by
        first day with distinct ids."""
        ids = list(table)
        if len(ids) != len(rows):
            return None
        items: list[TimelineItem | None] = list(table.values())
        first = list(map(date.toordinal, map(_FIRST, items)))
        if not all(map(le, first, islice(first, 1, None))):
            return None
        last = list(map(date.toordinal, map(_LAST, items)))
        universe = cls(rows, ids, dict(zip(ids, range(len(ids)))), first, last, items)
        universe.lanes.split("actor")  # while still off the GUI thread
        return universe

    def retitled(self, titles: dict[int, tuple[str, ...]]) -> Universe:
        """The same rows, their items to be built again (when first asked) naming the articles
        reporting them."""
        fresh = Universe(self.rows, self.ids, self.position, self.first, self.last, [None] * len(self.ids), titles,
                         self.ordered)
        fresh.lanes.keep_split(self.lanes, "actor")  # the actors did not change
        return fresh

    def _keys(self, lane_mode: str) -> Iterable[tuple[str, ...]]:
        if lane_mode == "source":
            return _source_keys(self.ids, self.titles or {})
        return map(_ACTORS, self.rows) if self.missing else map(_LANES, self.items)

    def take(self, positions: Sequence[int]) -> Subset:
        """The items at `positions` (increasing), building those not built yet."""
        items = self.items
        if self.missing:
            titles, rows = self.titles or {}, self.rows
            for p in compress(positions, map(_IS_NONE, map(items.__getitem__, positions))):
                row = rows[p]
                items[p] = make_item(row, titles.get(row.id, ()))
                self.missing -= 1
        return Subset(items, self.lanes, positions)  # type: ignore[arg-type]

    def positions(self, selection: Selection, low: int, high: int) -> Sequence[int] | None:
        """The positions of the selection's dated rows `low` to `high`; None when they are not
        this snapshot's rows."""
        if selection.dated is self.rows:
            return range(low, high)
        if selection.base is not self.rows or selection.positions is None:
            return None
        found = selection.positions[low:high]
        if isinstance(found, range) or not found or found[-1] - found[0] + 1 != len(found):
            return found
        return range(found[0], found[-1] + 1)  # a run: what a period alone keeps

    def between(self, selection: Selection, start: date, end: date) -> Subset | None:
        """`Selection.between(start, end)` as items (None: ask the selection)."""
        since, until = start.toordinal(), end.toordinal()
        firsts = selection.firsts
        low = bisect_left(firsts, since - selection.longest)
        high = bisect_right(firsts, until)
        if low >= high:
            return Subset((), self.lanes, range(0))
        positions = self.positions(selection, low, high)
        if positions is None:
            return None
        # Rows meet the period when they end on or after `since`; those starting on or after it
        # do when no interval ends before it begins.
        head = bisect_left(firsts, since, low, high) - low if self.ordered else high - low
        if head:
            last = self.last
            ends = [last[p] for p in positions[:head]]
            if not all(map(since.__le__, ends)):
                positions = (*compress(positions[:head], map(since.__le__, ends)), *positions[head:])
        return self.take(positions)

    def item(self, selection: Selection, event_id: int) -> TimelineItem | None | Literal[False]:
        """The item of a dated event the selection keeps, None when it does not keep it; False
        when the selection's rows are not (all) this snapshot's: ask the selection."""
        p = self.position.get(event_id)
        if p is None:
            return False
        if selection.dated is not self.rows:  # look among the selection's rows of that day
            day = self.first[p]
            low = bisect_left(selection.firsts, day)
            high = bisect_right(selection.firsts, day, low)
            same = [row for row in selection.dated[low:high] if row.id == event_id]
            if not same:
                return None
            if same[0] is not self.rows[p]:
                return False
        return self.take(range(p, p + 1))[0]


def _lane_keys(universe: weakref.ref[Universe], lane_mode: str) -> Iterable[tuple[str, ...]] | None:
    """The lane keys of a universe's items; None once it is gone (a layout kept from an older
    snapshot then splits its items the plain way)."""
    alive = universe()
    return None if alive is None else alive._keys(lane_mode)


def source_lane_names(articles: Iterable[ArticleRow]) -> dict[str, str]:
    """Article title -> the name of its lane in « couloirs par source »: the outlet and the day
    (« RT France · 4 mai 2017 »). Titles of news articles often share their first words, and the
    lane column cut them all to the same prefix; articles of one outlet on one day are numbered,
    and an article without an outlet is named by its title (the source pane gives it whole)."""
    named: dict[str, str] = {}
    for article in articles:
        if article.title in named:
            continue
        if article.outlet:
            when = _published(article)
            named[article.title] = f"{article.outlet} · {when}" if when else article.outlet
        else:
            named[article.title] = _shortened(article.title)
    seen: dict[str, list[str]] = {}
    for title, name in named.items():
        seen.setdefault(name, []).append(title)
    for name, titles in seen.items():
        if len(titles) > 1:  # one outlet, one day: numbered in the order of import
            for number, title in enumerate(titles, start=1):
                named[title] = f"{name} · {number}"
    return named


def _published(article: ArticleRow) -> str:
    published = article.published or ""
    if not published:
        return ""
    try:
        if len(published) >= 10:
            return day_phrase(date.fromisoformat(published[:10]), weekday=False)
    except ValueError:
        return published
    return publication_phrase(published, article.precision)


def _shortened(text: str, limit: int = 36) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
