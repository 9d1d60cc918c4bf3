"""The items near the view and their layout, fetched and laid out again only when needed.

The widget asks for a layout at every frame; this object answers from what it has as long as it
can: the provider is queried only when the view leaves the fetched period (the view plus one
screen on either side), and the layout is redone only when the view leaves the laid-out period,
the zoom changes, or the lanes or the size do. Panning within a screen is therefore a pure
translation of the last layout. No Qt widgets here; the text measurer is the style's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from frise.gcpause import cyclic_gc_paused
from frise.render import french
from frise.render.geometry import Layout, LayoutOptions
from frise.render.lanes import LONG_DAYS, PreparedItems, arrange, prepare_items
from frise.render.layout import gutter_width, layout_prepared
from frise.render.metrics import Metrics, to_date
from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem
from frise.render.provider import TimelineProvider
from frise.render.style import Style

MARGIN_SCREENS = 1.0
#: The widest lane-name column, by actor and by source.
GUTTER = 168.0
SOURCE_GUTTER = 236.0
#: Zoom changes below this ratio keep the lanes' order (a pan is not a zoom).
_SAME_ZOOM = 1e-6
#: On screen a lane grows to this many rows before its events gather into counted clusters: the
#: view scrolls vertically, and reading three titles beats clicking a pill that says "3".
SCREEN_MIN_ROWS = 3


@dataclass(slots=True)
class _Fetched:
    first: float  # day numbers covered: [first, end)
    end: float
    prepared: PreparedItems  # in the order shown
    gutter: float
    raw: PreparedItems  # as split, before automatic lanes are ordered


class TimelineScene:
    def __init__(self, style: Style) -> None:
        self.style = style
        self._provider: TimelineProvider | None = None
        self._span: tuple[float, float] | None = None
        self._span_known = False
        self._lane_mode = "actor"
        self._lanes: list[LaneSpec] | None = None  # None: automatic
        self._auto_order: list[str] = []
        self._order_ppd = 0.0  # the zoom the automatic order was chosen at (0: choose again)
        self._fetched: _Fetched | None = None
        self._layout: Layout | None = None
        self._options: dict[float, LayoutOptions] = {}
        self.queries = 0

    # --- configuration

    @property
    def provider(self) -> TimelineProvider | None:
        return self._provider

    def set_provider(self, provider: TimelineProvider | None) -> None:
        self._provider = provider
        self.invalidate()

    def invalidate(self) -> None:
        """Forget everything fetched: the filters or the data changed."""
        self._span_known = False
        self._fetched = None
        self._layout = None
        self._auto_order = []
        self._order_ppd = 0.0

    def set_style(self, style: Style) -> None:
        self.style = style
        self._options = {}
        self._fetched = None
        self._layout = None

    @property
    def lane_mode(self) -> str:
        return self._lane_mode

    def set_lane_mode(self, mode: str) -> None:
        if mode not in ("actor", "source"):
            raise ValueError(f"unknown lane mode: {mode!r}")
        if mode != self._lane_mode:
            self._lane_mode = mode
            self._lanes = None
            self._auto_order = []
            self._order_ppd = 0.0
            self._fetched = None
            self._layout = None

    def set_lanes(self, lanes: Sequence[LaneSpec] | None) -> None:
        """Show these lanes in this order (None or empty: every lane, busiest first)."""
        self._lanes = list(lanes) if lanes else None
        self._order_ppd = 0.0
        self._fetched = None
        self._layout = None

    def lanes(self) -> list[LaneSpec]:
        if self._lanes is not None:
            return list(self._lanes)
        if self._fetched is not None:
            prepared = self._fetched.prepared
            return [LaneSpec(k, c) for k, c in zip(prepared.keys, prepared.collapsed, strict=True)]
        return [LaneSpec(name) for name in self._auto_order]

    @property
    def automatic_lanes(self) -> bool:
        return self._lanes is None

    # --- data

    def span(self) -> tuple[float, float] | None:
        """The whole filtered period as day numbers [first, end), asked once per refresh."""
        if not self._span_known:
            span = self._provider.span() if self._provider is not None else None
            self._span = (float(span[0].toordinal()), float(span[1].toordinal() + 1)) if span else None
            self._span_known = True
        return self._span

    def cached_items(self) -> Sequence[TimelineItem]:
        return self._fetched.prepared.items if self._fetched is not None else ()

    def cached_range(self) -> tuple[date, date] | None:
        if self._fetched is None:
            return None
        return to_date(self._fetched.first), to_date(self._fetched.end - 1)

    def find(self, item_id: int) -> TimelineItem | None:
        for item in self.cached_items():
            if item.id == item_id:
                return item
        lookup = getattr(self._provider, "item", None)
        return lookup(item_id) if callable(lookup) else None

    def gutter(self, view: Metrics) -> float:
        """The lane-name column for the lanes around `view` (fetching them if needed)."""
        return self._fetch(view).gutter

    def _fetch(self, view: Metrics) -> _Fetched:
        fetched = self._fetched
        if fetched is not None and fetched.first <= view.start and view.end <= fetched.end:
            return fetched
        margin = view.days * MARGIN_SCREENS
        first, end = view.start - margin, view.end + margin
        items: Sequence[TimelineItem] = ()
        if self._provider is not None and self.span() is not None:
            self.queries += 1
            items = self._provider.items(to_date(first), to_date(end))
        with cyclic_gc_paused():
            raw = prepare_items(items, self._lanes or (), self._lane_mode)
        prepared = raw
        if self._lanes is None:
            prepared = arrange(raw, self._sticky_order(raw))
        other = french.other_lane_name()
        names = [other if key == OTHER_LANE else key for key in prepared.keys]
        # Source lanes are named by outlet and day, longer than an actor's name: more room
        gutter = gutter_width(names, self.style.lane_measure, maximum=SOURCE_GUTTER if self._lane_mode == "source"
                              else GUTTER)
        self._fetched = _Fetched(first, end, prepared, gutter, raw)
        self._layout = None
        return self._fetched

    def _order_for_view(self, fetched: _Fetched, view: Metrics) -> None:
        """Automatic lanes follow what the visible period holds: the lanes with events in view
        first, the busiest in view on top, those with nothing in view after them (their order
        over the whole collection put empty bands between busy ones). Chosen again at each zoom
        or filter change; while panning, only when a lane with nothing in view sits above one
        with events in view, and then by moving the empty ones down, the others keeping their
        order, so that lanes do not jump about under a dragging hand."""
        if self._lanes is not None or not self._auto_order:
            return
        counts = _counts_in_view(fetched.raw, view)
        order = [key for key in self._auto_order if key != OTHER_LANE]
        if self._order_ppd and abs(view.ppd / self._order_ppd - 1.0) < _SAME_ZOOM:
            seen_empty = False
            for key in order:
                if counts.get(key, 0) == 0:
                    seen_empty = True
                elif seen_empty:
                    break
            else:
                return  # no lane with events in view sits below an empty one: keep the order
            busy = [key for key in order if counts.get(key, 0)]
            order = busy + [key for key in order if not counts.get(key, 0)]
        else:
            rank = {key: i for i, key in enumerate(order)}
            order.sort(key=lambda key: (-counts.get(key, 0), rank[key]))
        self._order_ppd = view.ppd
        self._auto_order = order
        fetched.prepared = arrange(fetched.raw, order)

    def _sticky_order(self, prepared: PreparedItems) -> list[str]:
        """Automatic lanes keep their order between fetches; new names join at the end."""
        if not self._auto_order:
            names = getattr(self._provider, "lane_names", None)
            if callable(names):
                self._auto_order = list(names(self._lane_mode))
            else:  # the first fetch's lanes, busiest first
                self._auto_order = [key for key in prepared.keys if key != OTHER_LANE]
        known = set(self._auto_order)
        self._auto_order += [key for key in prepared.keys if key not in known and key != OTHER_LANE]
        return self._auto_order

    def layout(self, view: Metrics, size: tuple[float, float]) -> Layout:
        """A layout covering `view` at its zoom, reused while it still does."""
        fetched = self._fetch(view)
        layout = self._layout
        if layout is not None:
            lm = layout.metrics
            if (
                lm.ppd == view.ppd and layout.size == size and lm.start <= view.start + 1e-9
                and view.end <= lm.end + 1e-9 and layout.options.gutter == fetched.gutter
            ):
                return layout
        self._order_for_view(fetched, view)
        margin = view.days * MARGIN_SCREENS
        start = max(view.start - margin, fetched.first)
        end = min(view.end + margin, fetched.end)
        laid = Metrics(start=start, ppd=view.ppd, width=(end - start) * view.ppd, x0=view.x(start))
        measure = self.style.label_measure
        options = self._options.get(fetched.gutter)
        if options is None:
            options = self._options[fetched.gutter] = replace(self.style.layout_options(fetched.gutter),
                                                              min_rows=SCREEN_MIN_ROWS)
        with cyclic_gc_paused():
            self._layout = layout_prepared(
                fetched.prepared, laid, size, measure, options=options, other_name=french.other_lane_name(),
                elide=measure.elide,
            )
        return self._layout


def _counts_in_view(prepared: PreparedItems, view: Metrics) -> dict[str, int]:
    """Lane key -> how many of its items meet the view (those starting in it, and the ones
    started up to `LONG_DAYS` before it that still run into it), by bisection per lane."""
    first = prepared.first
    by_first = first.__getitem__
    start, end = view.start, view.end
    last: Sequence[int] | None = None
    counts: dict[str, int] = {}
    for key, members in zip(prepared.keys, prepared.members, strict=True):
        lo = bisect_left(members, start, key=by_first)
        hi = bisect_left(members, end, lo, key=by_first)
        count = hi - lo
        early = bisect_left(members, start - LONG_DAYS, 0, lo, key=by_first)
        if early < lo:
            last = last if last is not None else prepared.last
            count += sum(1 for k in range(early, lo) if last[members[k]] + 1 > start)
        counts[key] = count
    return counts
