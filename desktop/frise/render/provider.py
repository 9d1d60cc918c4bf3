"""Where the timeline gets its items: a small protocol, a list-backed provider, and navigation.

The timeline never holds the whole chronology. It asks a provider for the span of what the
filters keep (cheap) and for the items of a period (only the visible one and a margin), as the
store does with `WHERE last >= ? AND first <= ?` on indexed columns. `ListProvider` serves a
sorted list the same way, for tests, benchmarks and exports.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from operator import attrgetter
from typing import Protocol, runtime_checkable

from frise.render.lanes import LaneIndex, Subset
from frise.render.model import TimelineItem

_ORDER = attrgetter("first", "id")


@runtime_checkable
class TimelineProvider(Protocol):
    """What the timeline needs. Providers may also offer `item(id) -> TimelineItem | None`,
    `density(start, end, buckets) -> list[int]` and `lane_names(mode) -> Sequence[str]`."""

    def span(self) -> tuple[date, date] | None:
        """First and last day of everything the filters keep, or None when nothing is dated."""

    def items(self, start: date, end: date) -> Sequence[TimelineItem]:
        """Items whose interval meets [start, end] (both inclusive), sorted by (first, id)."""


class ListProvider:
    """A provider over a list in memory, with an optional filter; `calls` counts the queries.

    Like the window's provider, it serves a period as a `Subset` of its whole sorted list, which
    a `LaneIndex` made once splits into lanes without reading every item at each filter change.
    """

    def __init__(self, items: Sequence[TimelineItem] = ()) -> None:
        self._predicate: Callable[[TimelineItem], bool] | None = None
        self.calls = 0
        self.set_items(items)

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        self._all = sorted(items, key=_ORDER)
        everything = self._all  # (the index reads this list, not the provider: no reference cycle)
        self._lanes = LaneIndex(
            [i.first.toordinal() for i in everything], [i.last.toordinal() for i in everything],
            lambda mode: (i.lane_keys(mode) for i in everything))
        self._index()

    def set_filter(self, predicate: Callable[[TimelineItem], bool] | None) -> None:
        """Keep only the items `predicate` accepts (None keeps all), as a filter panel would."""
        self._predicate = predicate
        self._index()

    def _index(self) -> None:
        if self._predicate is None:
            self._positions: Sequence[int] = range(len(self._all))
            kept = self._all
        else:
            predicate = self._predicate
            self._positions = [p for p, item in enumerate(self._all) if predicate(item)]
            kept = [self._all[p] for p in self._positions]
        self._items = kept
        self._firsts = [item.first for item in kept]
        self._longest = max((item.last.toordinal() - item.first.toordinal() for item in kept), default=0)
        self._by_id = {item.id: item for item in kept}
        self._last_day = max((item.last for item in kept), default=None)

    def span(self) -> tuple[date, date] | None:
        if not self._items or self._last_day is None:
            return None
        return self._firsts[0], self._last_day

    def items(self, start: date, end: date) -> Subset:
        self.calls += 1
        lo = bisect_left(self._firsts, date.fromordinal(max(1, start.toordinal() - self._longest)))
        hi = bisect_right(self._firsts, end)
        head = bisect_left(self._firsts, start, lo, hi)
        items, positions = self._items, self._positions
        meeting = [positions[k] for k in range(lo, head) if items[k].last >= start]
        rest = positions[head:hi]
        if not meeting and isinstance(rest, range):
            return Subset(self._all, self._lanes, rest)
        return Subset(self._all, self._lanes, [*meeting, *rest])

    def item(self, item_id: int) -> TimelineItem | None:
        return self._by_id.get(item_id)

    def density(self, start: date, end: date, buckets: int) -> list[int]:
        """How many items start in each of `buckets` equal parts of [start, end]."""
        first, stop = start.toordinal(), end.toordinal() + 1
        step = (stop - first) / max(buckets, 1)
        counts = []
        lo = bisect_left(self._firsts, start)
        for k in range(buckets):
            edge = date.fromordinal(min(int(first + step * (k + 1)), date.max.toordinal()))
            hi = bisect_left(self._firsts, edge, lo)
            counts.append(hi - lo)
            lo = hi
        return counts


def _key(item: TimelineItem) -> tuple[date, int]:
    return item.first, item.id


def neighbour(
    provider: TimelineProvider, current: TimelineItem, step: int, cached: Sequence[TimelineItem] = (),
    cached_range: tuple[date, date] | None = None,
) -> TimelineItem | None:
    """The item just after (`step` > 0) or before `current` in (first, id) order.

    Looks in `cached` first (items meeting `cached_range`), then asks the provider for windows
    that double in length, so that a jump over a long empty stretch costs a few queries.
    """
    key = _key(current)
    if cached and cached_range is not None:
        lo, hi = cached_range
        if step > 0:
            found = [i for i in cached if _key(i) > key and i.first <= hi]
            if found:
                return min(found, key=_key)
        else:
            found = [i for i in cached if _key(i) < key and i.first >= lo]
            if found:
                return max(found, key=_key)
    span = provider.span()
    if span is None:
        return None
    days = 8
    origin = current.first.toordinal()
    while True:
        if step > 0:
            edge = min(origin + days, span[1].toordinal())
            found = [i for i in provider.items(current.first, date.fromordinal(edge)) if _key(i) > key]
            if found:
                return min(found, key=_key)
            if edge >= span[1].toordinal():
                return None
        else:
            edge = max(origin - days, span[0].toordinal())
            window = provider.items(date.fromordinal(edge), current.first)
            found = [i for i in window if _key(i) < key and i.first.toordinal() >= edge]
            if found:
                return max(found, key=_key)
            if edge <= span[0].toordinal():
                return None
        days *= 4


def first_item(provider: TimelineProvider) -> TimelineItem | None:
    span = provider.span()
    if span is None:
        return None
    found = provider.items(span[0], span[0])
    return min(found, key=_key) if found else None


def last_item(provider: TimelineProvider) -> TimelineItem | None:
    """The item that starts last, found from the end of the span with growing windows."""
    span = provider.span()
    if span is None:
        return None
    end = span[1].toordinal()
    days = 8
    while True:
        edge = max(end - days, span[0].toordinal())
        found = [i for i in provider.items(date.fromordinal(edge), span[1]) if i.first.toordinal() >= edge]
        if found:
            return max(found, key=_key)
        if edge <= span[0].toordinal():
            return None
        days *= 4
