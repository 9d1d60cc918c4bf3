"""Which lane each item goes to, prepared once per query and reused at every zoom.

Items arrive sorted by their first day. For each lane we keep the indexes of its items (still
sorted), so the layout can bisect into a lane (on their first days) instead of scanning it: that
is what lets a zoomed-out view of 100,000 events lay out in milliseconds. The work here is one
pass over the items, done with C-level `map`s where possible.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from itertools import chain, compress
from operator import attrgetter, sub

from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem

#: Items longer than this many days are also listed apart, so that a layout can find the long
#: bars crossing its left edge without scanning back through every shorter event.
LONG_DAYS = 31


class PreparedItems:
    """Items split by lane.

    `first` holds the first day (day number) of each item; `members` holds, per lane, indexes
    into `items` in order of first day; `route` maps a lane key to its lane. The last days and
    the long items are computed on first use: a view of everything never needs them.
    """

    __slots__ = ("items", "first", "keys", "collapsed", "members", "route", "lane_mode", "_last", "_long")

    def __init__(
        self, items: Sequence[TimelineItem], first: list[int], keys: tuple[str, ...], collapsed: tuple[bool, ...],
        members: tuple[list[int], ...], lane_mode: str,
    ) -> None:
        self.items = items
        self.first = first
        self.keys = keys
        self.collapsed = collapsed
        self.members = members
        self.route = {key: i for i, key in enumerate(keys) if key != OTHER_LANE}
        self.lane_mode = lane_mode
        self._last: list[int] | None = None
        self._long: list[int] | None = None

    def __len__(self) -> int:
        return len(self.items)

    @property
    def last(self) -> list[int]:
        if self._last is None:
            self._last = list(map(date.toordinal, map(attrgetter("last"), self.items)))
        return self._last

    @property
    def long(self) -> list[int]:
        """Indexes of the items longer than `LONG_DAYS`, in order of first day."""
        if self._long is None:
            self._long = list(compress(range(len(self.first)), map(LONG_DAYS.__lt__, map(sub, self.last, self.first))))
        return self._long

    def lanes_of(self, index: int) -> list[int]:
        """The lanes item `index` appears in (the slow way, for the few items that need it)."""
        keys = self.items[index].lane_keys(self.lane_mode)
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


_IGNORE: Callable[[int], object] = {}.get  # a no-op taking one argument, at C speed


def prepare_items(items: Sequence[TimelineItem], lanes: Sequence[LaneSpec], lane_mode: str = "actor") -> PreparedItems:
    """Split `items` (sorted by first day) into `lanes`; an item goes to each shown lane it names,
    or to the "Autres" lane when it names none. With no `lanes`, every lane named is shown,
    busiest first.

    This is the one pass over every fetched item, so it is kept to C-level `map`s and a loop of
    two statements; items naming the same lane twice must not (the store's keys are unique).
    """
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
    arranged = PreparedItems(prepared.items, prepared.first, tuple(keys), collapsed, members, prepared.lane_mode)
    arranged._last, arranged._long = prepared._last, prepared._long
    return arranged
