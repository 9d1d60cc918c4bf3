"""Which lane each item goes to, prepared once per query and reused at every zoom.

Items arrive sorted by their first day. For each lane we keep the indexes of its items (still
sorted), so the layout can bisect into a lane (on their first days) instead of scanning it: that
is what lets a zoomed-out view of 100,000 events lay out in milliseconds. The work here is one
pass over the items, done with C-level `map`s where possible.

That pass still reads every item at every filter change. A provider that serves subsets of one
fixed sorted list (the snapshot's) can do better: a `LaneIndex` splits that list once per lane
mode, and the items it hands out come as a `Subset` carrying their positions in the list; for
those, `prepare_items` keeps the subset's positions in each lane of the whole list instead of
reading the items again (`PreparedItems.table`).
"""

from __future__ import annotations

import struct
from array import array
from bisect import bisect_left
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter, sub
from typing import cast, overload

from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem

#: Items longer than this many days are also listed apart, so that a layout can find the long
#: bars crossing its left edge without scanning back through every shorter event.
LONG_DAYS = 31


class PreparedItems:
    """Items split by lane.

    `members` holds, per lane, indexes into `table` in order of first day; `first` holds the
    first day (day number) at each index of `table`; `route` maps a lane key to its lane. `table`
    is `items` itself, unless a `LaneIndex` split a subset of its list: `table` is then that whole
    list (and `first`, `last` its columns), so that the lanes are the list's own positions, kept
    or dropped, with no renumbering. `earliest` is the first day of the earliest of `items`. The
    last days and the long items are computed on first use: a view of everything never needs them.
    """

    __slots__ = (
        "items", "table", "first", "keys", "collapsed", "members", "route", "lane_mode", "earliest", "_last", "_long",
    )

    def __init__(
        self, items: Sequence[TimelineItem], first: Sequence[int], keys: tuple[str, ...],
        collapsed: tuple[bool, ...], members: tuple[Sequence[int], ...], lane_mode: str, *,
        table: Sequence[TimelineItem] | None = None, earliest: int | None = None, last: Sequence[int] | None = None,
        long: list[int] | None = None,
    ) -> None:
        self.items = items
        self.table = items if table is None else table
        self.first = first
        self.keys = keys
        self.collapsed = collapsed
        self.members = members
        self.route = {key: i for i, key in enumerate(keys) if key != OTHER_LANE}
        self.lane_mode = lane_mode
        self.earliest = earliest if table is not None else (first[0] if first else None)
        self._last = last
        self._long = long

    def __len__(self) -> int:
        return len(self.items)

    @property
    def last(self) -> Sequence[int]:
        if self._last is None:
            self._last = list(map(date.toordinal, map(attrgetter("last"), self.table)))
        return self._last

    @property
    def long(self) -> list[int]:
        """Indexes of the items longer than `LONG_DAYS`, in order of first day."""
        if self._long is None:
            self._long = list(compress(range(len(self.first)), map(LONG_DAYS.__lt__, map(sub, self.last, self.first))))
        return self._long

    def lanes_of(self, index: int) -> list[int]:
        """The lanes item `index` appears in (the slow way, for the few items that need it)."""
        keys = self.table[index].lane_keys(self.lane_mode)
        found = list(dict.fromkeys(self.route[k] for k in keys if k in self.route))
        if not found and OTHER_LANE in self.keys:
            found = [self.keys.index(OTHER_LANE)]
        return found


def auto_lanes(items: Sequence[TimelineItem], lane_mode: str) -> list[LaneSpec]:
    """Every lane the items mention, busiest first: the default before the user chooses."""
    keys = map(attrgetter("source_titles" if lane_mode == "source" else "lanes"), items)
    counts = Counter(chain.from_iterable(keys))
    return [LaneSpec(name) for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


class _Routes(dict[str, Callable[[int], object]]):
    """Lane key -> the `append` of that lane's list. A key not met yet opens a lane when lanes
    are automatic, and is ignored (noted in `unknown`) when the user chose the lanes."""

    def __init__(self, specs: list[LaneSpec], members: list[list[int]], auto: bool) -> None:
        super().__init__((s.name, m.append) for s, m in zip(specs, members, strict=True) if s.name != OTHER_LANE)
        self.specs, self.members, self.auto, self.unknown = specs, members, auto, False

    def __missing__(self, key: str) -> Callable[[int], object]:
        if self.auto:
            self.specs.append(LaneSpec(key))
            self.members.append([])
            append: Callable[[int], object] = self.members[-1].append
        else:
            self.unknown = True
            append = _IGNORE
        self[key] = append
        return append


_IGNORE = cast(Callable[[int], object], {}.get)  # a no-op taking one argument, at C speed


def prepare_items(items: Sequence[TimelineItem], lanes: Sequence[LaneSpec], lane_mode: str = "actor") -> PreparedItems:
    """Split `items` (sorted by first day) into `lanes`; an item goes to each shown lane it names,
    or to the "Autres" lane when it names none. With no `lanes`, every lane named is shown,
    busiest first.

    This is the one pass over every fetched item, so it is kept to C-level `map`s and a loop of
    two statements; items naming the same lane twice must not (the store's keys are unique).
    A `Subset` skips that pass: its index splits it from what it prepared for the whole list.
    """
    if isinstance(items, Subset):
        prepared = items.lane_index.prepare(items, lanes, lane_mode)
        if prepared is not None:
            return prepared
        items = list(items)  # read below at every index: a list answers fastest
    first = list(map(date.toordinal, map(attrgetter("first"), items)))
    if first != sorted(first):
        items = sorted(items, key=attrgetter("first", "id"))
        first = list(map(date.toordinal, map(attrgetter("first"), items)))
    auto = not lanes
    specs = list(lanes)
    members: list[list[int]] = [[] for _ in specs]
    other: list[int] = next((m for s, m in zip(specs, members, strict=True) if s.name == OTHER_LANE), [])
    add_other = other.append
    route = _Routes(specs, members, auto)
    for i, keys in enumerate(map(attrgetter("source_titles" if lane_mode == "source" else "lanes"), items)):
        if keys:
            for key in keys:
                route[key](i)
        else:
            add_other(i)
    if route.unknown:  # items naming only lanes not shown go to "Autres" too
        shown: set[int] = set()
        for m in members:
            shown.update(m)
        if other:
            shown.update(other)
        other.extend(i for i in range(len(first)) if i not in shown)
        other.sort()
    if auto:
        order = sorted(range(len(specs)), key=lambda j: (-len(members[j]), specs[j].name))
        specs, members = [specs[j] for j in order], [members[j] for j in order]
    if other and not any(spec.name == OTHER_LANE for spec in specs):
        specs.append(LaneSpec(OTHER_LANE))
        members.append(other)
    return PreparedItems(
        items, first, tuple(spec.name for spec in specs), tuple(spec.collapsed for spec in specs), tuple(members),
        lane_mode,
    )


def arrange(prepared: PreparedItems, order: Sequence[str]) -> PreparedItems:
    """The same split with lanes in `order` (names it lacks come empty, names it has that `order`
    lacks come after), "Autres" last: automatic lanes that do not jump about as the view moves."""
    position = {key: i for i, key in enumerate(prepared.keys)}
    keys = [key for key in order if key != OTHER_LANE]
    known = set(keys)
    keys += [key for key in prepared.keys if key not in known and key != OTHER_LANE]
    if OTHER_LANE in position:
        keys.append(OTHER_LANE)
    if tuple(keys) == prepared.keys:
        return prepared
    empty: list[int] = []
    members = tuple(prepared.members[position[k]] if k in position else empty for k in keys)
    collapsed = tuple(prepared.collapsed[position[k]] if k in position else False for k in keys)
    return PreparedItems(
        prepared.items, prepared.first, tuple(keys), collapsed, members, prepared.lane_mode, table=prepared.table,
        earliest=prepared.earliest, last=prepared._last, long=prepared._long,
    )


def packed(values: Sequence[int]) -> array[int]:
    """`array("q", values)` for a list or tuple of ints, twice as fast by way of `struct`."""
    return array("q", struct.pack(f"{len(values)}q", *values))


class LaneIndex:
    """Per lane mode, the positions of the items of one fixed list naming each lane.

    `first` and `last` hold the first and last day of each item of the list, which is sorted by
    first day; `keys(mode)` gives the lane keys of each item, in order (read once per mode, on
    first use). A subset of the list, given by its increasing positions, is then split into lanes
    by keeping, in each lane's positions, those of the subset: slices of the lanes when the subset
    is a run of positions (an unfiltered period), else a pass at C speed over each lane through a
    mask of the subset. A filter keeping 70,000 of 100,000 events no longer reads 70,000 items and
    appends them one by one, nor renumbers anything: the lanes index the whole list.

    Each lane is kept as a list (read fastest) and as an `array` (sliced fastest); the lanes handed
    out are arrays, which the cyclic garbage collector does not walk: walking 200,000 positions
    after every filter change cost more than packing them.
    """

    __slots__ = ("first", "last", "_keys", "_modes", "_others", "_long")

    def __init__(
        self, first: list[int], last: list[int], keys: Callable[[str], Iterable[tuple[str, ...]] | None],
    ) -> None:
        self.first = first
        self.last = last
        self._keys = keys
        self._modes: dict[str, _Split | None] = {}
        self._others: dict[str, tuple[frozenset[str], _Lane]] = {}
        self._long: _Lane | None = None

    def split(self, lane_mode: str) -> _Split | None:
        """Lane key -> positions naming it, and the positions naming no lane; None when an item
        names the "Autres" key itself (`prepare_items`'s own pass knows what to do then), or when
        `keys` answers None (it can no longer say)."""
        if lane_mode in self._modes:
            return self._modes[lane_mode]
        each = self._keys(lane_mode)
        if each is None:  # the keys can no longer be read
            return None
        by_key: dict[str, list[int]] = {}
        keyless: list[int] = []
        add_keyless = keyless.append
        route = _Opening(by_key)
        for i, keys in enumerate(each):
            if keys:
                for key in keys:
                    route[key](i)
            else:
                add_keyless(i)
        split = None
        if OTHER_LANE not in by_key:
            split = _Split({key: _Lane(lst) for key, lst in by_key.items()}, _Lane(keyless))
        self._modes[lane_mode] = split
        return split

    def keep_split(self, other: LaneIndex, lane_mode: str) -> None:
        """Reuse the split `other` (an index of the same list) made for `lane_mode`, if any."""
        if lane_mode in other._modes:
            self._modes[lane_mode] = other._modes[lane_mode]

    def _other(self, lane_mode: str, split: _Split, shown: frozenset[str]) -> _Lane:
        """Positions naming none of the `shown` lanes (kept for the last lanes chosen)."""
        cached = self._others.get(lane_mode)
        if cached is not None and cached[0] == shown:
            return cached[1]
        covered = bytearray(len(self.first))
        for key in shown:
            lane = split.lanes.get(key)
            if lane is not None:
                deque(map(covered.__setitem__, lane.listed, repeat(1)), maxlen=0)
        other = _Lane(list(compress(range(len(covered)), map((0).__eq__, covered))))
        self._others[lane_mode] = (shown, other)
        return other

    @property
    def long(self) -> _Lane:
        """Positions of the items longer than `LONG_DAYS`."""
        if self._long is None:
            self._long = _Lane(list(compress(
                range(len(self.first)), map(LONG_DAYS.__lt__, map(sub, self.last, self.first)))))
        return self._long

    def prepare(self, items: Subset, lanes: Sequence[LaneSpec], lane_mode: str) -> PreparedItems | None:
        """What `prepare_items(list(items), lanes, lane_mode)` returns, but indexing this index's
        whole list (see `PreparedItems.table`); None when this index cannot say."""
        split = self.split(lane_mode)
        if split is None:
            return None
        positions = items.positions
        if not isinstance(positions, range) and _sparse(split, positions):
            return None  # reading its items costs less than going through every lane
        take = _Restriction(positions)
        members: list[Sequence[int]]
        if not lanes:
            found = [(key, m) for key, m in ((key, take(lane)) for key, lane in split.lanes.items()) if m]
            found.sort(key=lambda km: (-len(km[1]), km[0]))
            specs = [LaneSpec(key) for key, _ in found]
            members = [m for _, m in found]
            other = take(split.keyless)
        else:
            specs = list(lanes)
            routed = {spec.name: j for j, spec in enumerate(specs) if spec.name != OTHER_LANE}
            members = [
                take(split.lanes.get(spec.name, _NONE)) if routed.get(spec.name) == j else array("q")
                for j, spec in enumerate(specs)
            ]
            other = take(self._other(lane_mode, split, frozenset(routed)))
            at = next((j for j, spec in enumerate(specs) if spec.name == OTHER_LANE), None)
            if at is not None:
                members[at] = other
        if other and not any(spec.name == OTHER_LANE for spec in specs):
            specs.append(LaneSpec(OTHER_LANE))
            members.append(other)
        return PreparedItems(
            items, self.first, tuple(spec.name for spec in specs), tuple(spec.collapsed for spec in specs),
            tuple(members), lane_mode, table=items.table, earliest=self.first[positions[0]] if positions else None,
            last=self.last, long=list(take(self.long)),
        )


class _Lane:
    """Increasing positions, as a list and as an array."""

    __slots__ = ("listed", "packed")

    def __init__(self, listed: list[int]) -> None:
        self.listed = listed
        self.packed = packed(listed)


class _Split:
    """A lane mode's split: lane key -> its positions, and the positions naming no lane."""

    __slots__ = ("lanes", "keyless")

    def __init__(self, lanes: dict[str, _Lane], keyless: _Lane) -> None:
        self.lanes = lanes
        self.keyless = keyless


_NONE = _Lane([])
#: Going through a lane position costs about a twentieth of reading an item and routing it, and
#: each lane about a hundred positions' worth: past this many positions per kept item,
#: `prepare_items` reads the items instead (measured on 100,000 events, by actor and by source).
_WORTH = 16
_PER_LANE = 100


class _Opening(dict[str, Callable[[int], object]]):
    """Lane key -> the `append` of its list in `lists`, opening the list on first sight."""

    def __init__(self, lists: dict[str, list[int]]) -> None:
        super().__init__()
        self.lists = lists

    def __missing__(self, key: str) -> Callable[[int], object]:
        found = self.lists[key] = []
        append = self[key] = found.append
        return append


class _Restriction:
    """Keeps, of a lane's increasing positions in the whole list, those of a subset (given by
    its own increasing positions): a slice when the subset is a run of positions; otherwise the
    slice between its first and last is read through `mask` (1 at the subset's positions) by an
    `itemgetter` and `compress`ed, two C loops without a Python call per position."""

    __slots__ = ("low", "high", "mask")

    def __init__(self, positions: Sequence[int]) -> None:
        self.low = positions[0] if positions else 0
        self.high = positions[-1] + 1 if positions else 0
        self.mask: bytearray | None = None
        if not isinstance(positions, range) or positions.step != 1:
            self.mask = bytearray(self.high)
            deque(map(self.mask.__setitem__, positions, repeat(1)), maxlen=0)

    def __call__(self, lane: _Lane) -> array[int]:
        lst = lane.listed
        a = bisect_left(lst, self.low)
        b = bisect_left(lst, self.high, a)
        if self.mask is None or a == b:
            return lane.packed[a:b]
        if b - a == 1:
            return lane.packed[a:b] if self.mask[lst[a]] else array("q")
        run = lst[a:b]
        return packed(list(compress(run, itemgetter(*run)(self.mask))))


def _sparse(split: _Split, positions: Sequence[int]) -> bool:
    """Whether going through the lanes would cost more than reading the kept items: past
    `_WORTH` lane positions (between the first and the last kept) per kept item, counting
    `_PER_LANE` for each lane's own overhead."""
    budget = _WORTH * len(positions) - _PER_LANE * len(split.lanes)
    if budget < 0 or not positions:
        return budget < 0
    low, high = positions[0], positions[-1] + 1
    return sum(bisect_left(lane.listed, high) - bisect_left(lane.listed, low) for lane in split.lanes.values()) > budget


class Subset(Sequence[TimelineItem]):
    """The items of `table` (the list a `LaneIndex` was made for) at `positions` (increasing),
    read when asked: a view, so that serving 70,000 of them builds no list (nor gives the cyclic
    garbage collector one more to walk). `prepare_items` asks the index to split them."""

    __slots__ = ("table", "lane_index", "positions")

    def __init__(self, table: Sequence[TimelineItem], lane_index: LaneIndex, positions: Sequence[int]) -> None:
        self.table = table
        self.lane_index = lane_index
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, index: int) -> TimelineItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[TimelineItem]: ...

    def __getitem__(self, index: int | slice) -> TimelineItem | list[TimelineItem]:
        if isinstance(index, slice):
            return list(map(self.table.__getitem__, self.positions[index]))
        return self.table[self.positions[index]]

    def __iter__(self) -> Iterator[TimelineItem]:
        return map(self.table.__getitem__, self.positions)
