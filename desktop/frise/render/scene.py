"""The items near the view and their layout, fetched and laid out again only when needed.

The widget asks for a layout at every frame; this object answers from what it has as long as it
can: the provider is queried only when the view leaves the fetched period (the view plus one
screen on either side), and the layout is redone only when the view leaves the laid-out period,
the zoom changes, or the lanes or the size do. Panning within a screen is therefore a pure
translation of the last layout. No Qt widgets here; the text measurer is the style's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from frise.gcpause import cyclic_gc_paused
from frise.render import french
from frise.render.geometry import Layout, LayoutOptions
from frise.render.lanes import PreparedItems, arrange, prepare_items
from frise.render.layout import gutter_width, layout_prepared
from frise.render.metrics import Metrics, to_date
from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem
from frise.render.provider import TimelineProvider
from frise.render.style import Style

MARGIN_SCREENS = 1.0
#: On screen a lane grows to this many rows before its events gather into counted clusters: the
#: view scrolls vertically, and reading three titles beats clicking a pill that says "3".
SCREEN_MIN_ROWS = 3


@dataclass(frozen=True, slots=True)
class _Fetched:
    first: float  # day numbers covered: [first, end)
    end: float
    prepared: PreparedItems
    gutter: float


class TimelineScene:
    def __init__(self, style: Style) -> None:
        self.style = style
        self._provider: TimelineProvider | None = None
        self._span: tuple[float, float] | None = None
        self._span_known = False
        self._lane_mode = "actor"
        self._lanes: list[LaneSpec] | None = None  # None: automatic
        self._auto_order: list[str] = []
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
            self._fetched = None
            self._layout = None

    def set_lanes(self, lanes: Sequence[LaneSpec] | None) -> None:
        """Show these lanes in this order (None or empty: every lane, busiest first)."""
        self._lanes = list(lanes) if lanes else None
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
            prepared = prepare_items(items, self._lanes or (), self._lane_mode)
        if self._lanes is None:
            prepared = arrange(prepared, self._sticky_order(prepared))
        other = french.other_lane_name()
        names = [other if key == OTHER_LANE else key for key in prepared.keys]
        gutter = gutter_width(names, self.style.lane_measure)
        self._fetched = _Fetched(first, end, prepared, gutter)
        self._layout = None
        return self._fetched

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
