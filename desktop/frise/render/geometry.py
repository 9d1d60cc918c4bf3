"""What the layout hands the painter: plain rectangles and records, no Qt types.

Keeping Qt out of here is what lets the layout be tested without a window and shared by the
screen, image and PDF painters.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frise.render.metrics import Metrics


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h

    def overlaps(self, other: Rect) -> bool:
        """True when the two share some area (touching edges do not count)."""
        return (
            self.x < other.x + other.w and other.x < self.x + self.w
            and self.y < other.y + other.h and other.y < self.y + self.h
        )


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Sizes in logical pixels (1/96 inch); `Style.layout_options` derives them from the fonts."""

    axis_height: float = 46.0
    gutter: float = 120.0
    row_height: float = 22.0
    lane_padding: float = 3.0
    collapsed_height: float = 16.0
    max_rows: int = 40
    min_rows: int = 1
    """Rows a lane may take, when it needs them, before its events gather into clusters, even if
    the lanes then run taller than the area (the screen scrolls; a page cannot, so 1 there)."""
    point_radius: float = 5.0
    bar_height: float = 16.0
    min_bar: float = 14.0
    label_gap: float = 4.0
    bar_label_inset: float = 5.0
    gap: float = 8.0
    min_label: float = 44.0
    text_height: float = 15.0
    cluster_height: float = 16.0
    cluster_min_width: float = 34.0
    cluster_max_width: float = 90.0


@dataclass(frozen=True, slots=True)
class LaneBox:
    """One lane band: `rect` spans the whole width, `header` is its name cell in the gutter.

    `placed`, `clustered` and `hidden` count the lane's items drawn as events, gathered into
    clusters, and not drawn (outside the laid-out period, or the lane is collapsed).
    """

    index: int
    key: str
    name: str
    rect: Rect
    header: Rect
    collapsed: bool
    rows: int
    other: bool = False
    ticks: tuple[float, ...] = ()
    placed: int = 0
    clustered: int = 0
    hidden: int = 0


@dataclass(frozen=True, slots=True)
class EventBox:
    """An event drawn in a lane: its marker (`rect`) and its label, maybe shortened with "…"."""

    item_id: int
    lane: int
    row: int
    kind: str  # "point" or "bar"
    rect: Rect
    label_rect: Rect
    label: str
    shortened: bool
    certainty: str
    conflicting: bool
    reviewed: bool
    soft_start: bool
    soft_end: bool
    footprint_start: float
    footprint_end: float
    context: bool = False


class ClusterMembers:
    """Who is in a cluster, kept as slices of the lane's item list and resolved only on demand:
    a zoomed-out view may gather 100,000 events into clusters, but only a clicked one needs ids."""

    __slots__ = ("_items", "_lane_members", "_ranges", "_extra")

    def __init__(
        self, items: Sequence[Any], lane_members: Sequence[int], ranges: Sequence[Sequence[int]], extra: Sequence[int]
    ) -> None:
        self._items = items
        self._lane_members = lane_members
        self._ranges = ranges
        self._extra = extra

    def indexes(self) -> Iterator[int]:
        yield from self._extra
        for start, stop in self._ranges:
            yield from self._lane_members[start:stop]

    def ids(self) -> tuple[int, ...]:
        items = self._items
        return tuple(items[i].id for i in self.indexes())

    def last(self) -> date:
        items = self._items
        return max(items[i].last for i in self.indexes())


@dataclass(frozen=True, slots=True)
class Cluster:
    """Events the zoom leaves no room for, drawn as one pill with their count."""

    lane: int
    rect: Rect
    count: int
    first: date
    members: ClusterMembers = field(compare=False, repr=False)

    @property
    def item_ids(self) -> tuple[int, ...]:
        return self.members.ids()

    @property
    def last(self) -> date:
        """The last day any member covers (computed on demand)."""
        return self.members.last()


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Layout:
    """Everything needed to paint one period. Boxes and clusters are grouped by lane and sorted
    by x within a lane (`lane_boxes`, `lane_clusters` give each lane's slice), so that painting a
    narrower window than the laid-out one can bisect rather than scan."""

    metrics: Metrics
    size: tuple[float, float]
    options: LayoutOptions
    lanes: tuple[LaneBox, ...]
    boxes: tuple[EventBox, ...]
    clusters: tuple[Cluster, ...]
    hidden: int
    content_height: float
    box_spans: tuple[tuple[int, int], ...] = ()
    cluster_spans: tuple[tuple[int, int], ...] = ()
    max_box_width: float = 0.0

    def lane_boxes(self, lane: int) -> tuple[EventBox, ...]:
        start, end = self.box_spans[lane]
        return self.boxes[start:end]

    def lane_clusters(self, lane: int) -> tuple[Cluster, ...]:
        start, end = self.cluster_spans[lane]
        return self.clusters[start:end]

    def lane_at(self, y: float) -> LaneBox | None:
        for lane in self.lanes:
            if lane.rect.y <= y < lane.rect.bottom:
                return lane
        return None
