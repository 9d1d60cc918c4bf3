"""The overview pages' plan: which period and which lanes each landscape page shows.

`frise.render` draws every page, so paper and screen cannot drift apart; what is decided here is
the cut, by laying candidate pages out with the renderer itself (into a throwaway QPicture).

- Periods are runs of months. A page grows month by month while its events stay readable: few
  gathered into clusters, few labels cut to a stub, and days still told apart (`crowding`,
  `blur`). Months holding nothing are left out, and each period is cut to its events (a few
  days either side); each page names its period. Beyond `MAX_PAGES` pages the tolerance rises,
  then the span is cut evenly.
- A period holding a handful of events (`HANDFUL`) gets no page of its own: it is drawn on the
  page of its nearest neighbour as a narrow panel, the axis broken between the two, when both
  stay legible; sparse stretches next to each other are gathered likewise.
- The last labels of a page may run past its end: the period painted is then stretched at the
  right (more for a sparse page than a busy one), and the page marks where its own days end.
- Lanes are the page's most active actors, as many as hold `ROWS_PER_LANE` rows, in the order
  of the whole selection so that an actor keeps its place from page to page; the renderer
  puts the rest in "Autres".
"""

from __future__ import annotations

import calendar
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPicture

from frise.events.model import Event
from frise.export import fonts
from frise.export.sheet import Sheet
from frise.render import french
from frise.render.geometry import Layout, LayoutOptions
from frise.render.layout import gutter_width
from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem
from frise.render.provider import ListProvider
from frise.render.style import Style
from frise.render.surface import render_timeline

MAX_LANES = 8
ROWS_PER_LANE = 4
STUB_CHARS = 24
MIN_SEPARATION = 5.0
STUB_WIDTH = 160.0
MAX_STRETCH = 2.0
MIN_STRETCH = 0.25
STRETCH_EVENTS = 6
MAX_PAGES = 12
HEADING_HEIGHT = 44.0
LEGEND_HEIGHT = 30.0
#: Under the timeline, the line saying on which page the next days are (« suite page 5 › »).
NOTE_HEIGHT = 16.0
TOLERANCES = (0.05, 0.15, 0.3)
#: Between two panels of a page: the break in the axis.
PANEL_GAP = 10.0
Month = tuple[int, int]


#: A run of months holding this many events or fewer does not get a page of its own: it is
#: drawn beside the nearest page, as a narrow panel with a break in the axis.
HANDFUL = 4
#: At most this many panels on one page (one main period and its gathered neighbours).
MAX_PANELS = 3
#: The share of the page's width a gathered panel takes.
PANEL_SHARE = 0.15
#: Days left either side of the events of a period cut to them.
PAD_DAYS = 3
#: Events of a sparse period further apart than this many days go in panels of their own.
SPARSE_GAP = 31
#: A page's events more than this many days apart are drawn in panels, the empty days between
#: them left out.
EMPTY_GAP = 75


@dataclass(frozen=True, slots=True)
class Slice:
    """One overview page: the days it shows and how many events meet them. `panels` are the
    periods drawn side by side, when sparse stretches were gathered on the page (the first and
    last days of the whole are `first` and `last`); empty for a page of one period."""

    first: date
    last: date
    count: int
    panels: tuple[tuple[date, date], ...] = ()

    def periods(self) -> tuple[tuple[date, date], ...]:
        return self.panels or ((self.first, self.last),)


def timeline_items(events: Sequence[Event]) -> list[TimelineItem]:
    return [
        TimelineItem(
            id=e.id, first=e.first, last=e.last, title=e.title, certainty=e.certainty, lanes=e.actors,
            sources=len(e.sources), conflicting=e.conflicting, source_titles=tuple(s.title for s in e.sources),
            reviewed=e.reviewed, context=e.importance == "context", happening=e.happening,
        )
        for e in events
        if e.first is not None and e.last is not None
    ]


def actor_ranking(events: Sequence[Event]) -> dict[str, int]:
    """Actor -> rank over the whole selection (0: the most cited), which orders every page's
    lanes alike so that an actor keeps its place relative to the others from page to page."""
    counts = Counter(actor for e in events for actor in e.actors)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {name: rank for rank, (name, _) in enumerate(ranked)}


def choose_lanes(events: Sequence[Event], limit: int = MAX_LANES) -> list[LaneSpec]:
    """The most cited actors of the selection (at most `limit`), for exports with one set of
    lanes (TimelineJS groups); the renderer gathers every other event in "Autres"."""
    return [LaneSpec(name) for name in list(actor_ranking(events))[:limit]]


def page_lanes(items: Sequence[TimelineItem], ranking: dict[str, int], limit: int) -> list[LaneSpec]:
    """The lanes of one page: its own most active actors, `limit` lanes with "Autres", in the
    selection's order. Lanes are chosen per page so that paper is not spent on empty bands."""
    counts = Counter(actor for item in items for actor in item.lanes)
    by_activity = sorted(counts, key=lambda a: (-counts[a], ranking.get(a, len(ranking)), a))
    chosen = by_activity[:limit]
    if len(by_activity) > limit or any(not item.lanes for item in items):
        chosen = by_activity[: max(limit - 1, 1)]
    return [LaneSpec(name) for name in sorted(chosen, key=lambda a: (ranking.get(a, len(ranking)), a))]


def print_style() -> Style:
    """The screen's style a notch smaller (labels 11 px, about 8 pt): more rows per lane."""
    return Style(font_family=fonts.family(), label_px=11, axis_major_px=12, axis_minor_px=10, lane_px=11,
                 cluster_px=10, options=LayoutOptions(row_height=18.0))


def timeline_rect(sheet: Sheet) -> QRectF:
    """Where the timeline goes on an overview page: under the heading, above the legend."""
    c = sheet.content
    return QRectF(c.left(), c.top() + HEADING_HEIGHT, c.width(),
                  c.height() - HEADING_HEIGHT - NOTE_HEIGHT - LEGEND_HEIGHT)


@dataclass(frozen=True, slots=True)
class Frame:
    """What one overview page hands the renderer."""

    period: tuple[date, date]
    items: Sequence[TimelineItem]
    lanes: list[LaneSpec]


class Planner:
    """Chooses the pages' periods and lanes by laying them out with the renderer itself."""

    def __init__(self, items: Sequence[TimelineItem], ranking: dict[str, int], sheet: Sheet, style: Style) -> None:
        self.provider = ListProvider(items)
        self.ranking = ranking
        self.size = timeline_rect(sheet).size()
        self.style = style
        self.layouts = 0
        o = style.layout_options()
        lane = ROWS_PER_LANE * o.row_height + 2 * o.lane_padding
        fitting = int((self.size.height() - o.axis_height) // lane)
        self.lane_limit = max(3, min(MAX_LANES + 1, fitting))

    def frame(self, first: date, last: date, lanes: list[LaneSpec] | None = None) -> Frame:
        items = self.provider.items(first, last)
        return Frame((first, last), items, lanes if lanes is not None else page_lanes(items, self.ranking,
                                                                                       self.lane_limit))

    def layout(self, frame: Frame, size: QSizeF | None = None, gutter: float | None = None) -> Layout:
        """The renderer's layout of `frame` at the page's size (or `size`), drawn into a
        throwaway QPicture."""
        picture = QPicture()
        painter = QPainter(picture)
        try:
            layout = render_timeline(painter, frame.items, QRectF(QPointF(0.0, 0.0), size or self.size),
                                     period=frame.period, lanes=frame.lanes, style=self.style, fold_marks=False,
                                     gutter=gutter)
        finally:
            painter.end()
        self.layouts += 1
        return layout

    def printed(
        self, first: date, last: date, *, size: QSizeF | None = None, lanes: list[LaneSpec] | None = None,
        gutter: float | None = None, stop: date | None = None,
    ) -> tuple[Frame, Layout]:
        """The frame painted for the period, and its layout (at the page's size, or `size` for
        a panel, with `lanes` and `gutter` shared by the page's panels). When the last labels
        would run off the paper, the period is stretched at the right until they fit (by at most
        `MAX_STRETCH` of its length); the stretch shows no event, since the days it covers
        belong to the next page, and the page marks where its own period ends. A panel followed by
        another on its page is not stretched to `stop` (the day before the next panel) or past it:
        it ran years on, its axis naming the next panel's year before the break."""
        size = size or self.size
        frame = self.frame(first, last, lanes)
        layout = self.layout(frame, size, gutter)
        days = (last - first).days + 1
        limit = date.fromordinal(last.toordinal() + max(1, int(days * stretch_limit(len(frame.items)))))
        if stop is not None:
            limit = max(min(limit, stop), last)
        for _ in range(6):
            overflow = max((box.footprint_end for box in layout.boxes), default=0.0) - size.width() + 8.0
            end = frame.period[1]
            if overflow <= 0 or end >= limit:
                break
            end = min(date.fromordinal(end.toordinal() + math.ceil(overflow / layout.metrics.ppd * 1.3) + 1), limit)
            frame = Frame((first, end), frame.items, frame.lanes)
            layout = self.layout(frame, size, gutter)
        return frame, layout

    def panel_lanes(self, page: Slice) -> list[LaneSpec]:
        """The lanes of a page, the same in each of its panels (so that their bands line up):
        "Autres" is named when any event of the page needs it, lest one panel have it and
        another not."""
        items = self._items(page.first, page.last)
        lanes = page_lanes(items, self.ranking, self.lane_limit)
        if len(page.periods()) > 1:
            chosen = {lane.name for lane in lanes}
            if any(not chosen.intersection(item.lanes) for item in items):
                lanes.append(LaneSpec(OTHER_LANE))
        return lanes

    def panel_sizes(self, page: Slice, lanes: Sequence[LaneSpec]) -> list[QSizeF]:
        """The size of each panel of `page`: the busiest takes what the others leave, each of
        them `PANEL_SHARE` of the width, and the first one the lane names besides."""
        periods = page.periods()
        if len(periods) == 1:
            return [self.size]
        width, height = self.size.width(), self.size.height()
        gutter = self.gutter(lanes)
        room = width - gutter - PANEL_GAP * (len(periods) - 1)
        sparse = [len(self._items(a, b)) <= HANDFUL for a, b in periods]
        widths = _shares([(b - a).days + 1 for a, b in periods], room, room * PANEL_SHARE, sparse)
        widths[0] += gutter
        return [QSizeF(w, height) for w in widths]

    def gutter(self, lanes: Sequence[LaneSpec]) -> float:
        other = french.other_lane_name()
        return gutter_width([other if lane.name == OTHER_LANE else lane.name for lane in lanes],
                            self.style.lane_measure)

    def plan(self, span: tuple[date, date], clip: bool = False, max_pages: int = MAX_PAGES) -> list[Slice]:
        """Pages over `span`; `clip` keeps the first and last page within it (a chosen view)
        instead of widening them to whole months."""
        months = _months(span[0], span[1])
        busy = [bool(self._items(*self._period(m, m, span, clip))) for m in months]
        for tolerance in TOLERANCES:
            runs = self._greedy(months, busy, span, clip, tolerance, max_pages)
            if runs is not None:
                break
        else:
            runs = _even(months, busy, max_pages)
        periods: list[tuple[date, date]] = []
        joined: list[bool] = []  # whether each period goes on the page of the one before it
        for a, b in runs:
            period = self._trimmed(*self._period(months[a], months[b], span, clip))
            pieces = self._apart(*period, gap=SPARSE_GAP if len(self._items(*period)) <= HANDFUL else EMPTY_GAP)
            pieces = pieces[:MAX_PANELS - 1] + ([(pieces[MAX_PANELS - 1][0], pieces[-1][1])]
                                                if len(pieces) >= MAX_PANELS else [])
            periods += pieces
            joined += [False] + [True] * (len(pieces) - 1)
        slices = self._gathered(periods, joined)
        return slices or [Slice(span[0], span[1], 0)]

    def _trimmed(self, first: date, last: date) -> tuple[date, date]:
        """The period cut to where its events are, a few days either side (whole months ran
        into empty ones at the right, and sparse pages spread a handful of events thin)."""
        items = self._items(first, last)
        if not items:
            return first, last
        a = max(first, date.fromordinal(min(i.first for i in items).toordinal() - PAD_DAYS))
        b = min(last, date.fromordinal(max(i.last for i in items).toordinal() + PAD_DAYS))
        return a, b

    def _apart(self, first: date, last: date, gap: int = SPARSE_GAP) -> list[tuple[date, date]]:
        """A period split where its events are more than `gap` days apart (two events of
        September 2015 and January 2017 are two short stretches, not seventeen months): the
        page shows them side by side, the axis broken between them."""
        items = sorted(self._items(first, last), key=lambda i: i.first)
        groups: list[list[TimelineItem]] = []
        for item in items:
            if groups and (item.first - max(i.last for i in groups[-1])).days <= gap:
                groups[-1].append(item)
            else:
                groups.append([item])
        return [(max(first, date.fromordinal(g[0].first.toordinal() - PAD_DAYS)),
                 min(last, date.fromordinal(max(i.last for i in g).toordinal() + PAD_DAYS))) for g in groups] or [
            (first, last)]

    def _gathered(self, periods: list[tuple[date, date]], joined: list[bool]) -> list[Slice]:
        """Pages from the periods in order: a period holding a `HANDFUL` of events or fewer goes
        on the page of its nearest neighbour, as a narrow panel (at most `MAX_PANELS` a page),
        when that page stays legible in what is left of its width; sparse periods next to each
        other share a page. Never a page for two or three events that fit on another."""
        counts = [len(self._items(a, b)) for a, b in periods]
        pages: list[list[int]] = []
        for k in range(len(periods)):
            if joined[k] and pages:
                pages[-1].append(k)
            else:
                pages.append([k])

        def sparse(page: list[int]) -> bool:
            return sum(counts[k] for k in page) <= HANDFUL

        def ids(page: list[int]) -> set[int]:
            return {item.id for k in page for item in self._items(*periods[k])}

        changed = True
        while changed and len(pages) > 1:
            changed = False
            for index, page in enumerate(pages):
                if not sparse(page):
                    continue
                neighbours = [j for j in (index - 1, index + 1) if 0 <= j < len(pages)]
                neighbours.sort(key=lambda j: self._distance(periods, pages[j], page))
                if any(ids(page) <= ids(pages[j]) for j in neighbours):
                    del pages[index]  # its events (long ones, crossing into it) are on the next page already
                    changed = True
                    break
                for j in neighbours:
                    together = sorted(pages[j] + page)
                    if len(together) <= MAX_PANELS and self._fits(periods, together, counts):
                        pages[min(index, j)] = together
                        del pages[max(index, j)]
                        changed = True
                        break
                if changed:
                    break
        slices = []
        for page in pages:
            chosen = [periods[k] for k in page]
            count = sum(counts[k] for k in page)
            slices.append(Slice(chosen[0][0], chosen[-1][1], count, tuple(chosen) if len(chosen) > 1 else ()))
        return slices

    @staticmethod
    def _distance(periods: list[tuple[date, date]], a: list[int], b: list[int]) -> int:
        first, last = (a, b) if a[0] < b[0] else (b, a)
        return (periods[last[0]][0] - periods[first[-1]][1]).days

    def _fits(self, periods: list[tuple[date, date]], page: list[int], counts: list[int]) -> bool:
        """Whether each period of `page` stays legible in its panel."""
        chosen = [periods[k] for k in page]
        slice_ = Slice(chosen[0][0], chosen[-1][1], sum(counts[k] for k in page), tuple(chosen))
        busiest = max(range(len(chosen)), key=lambda k: counts[page[k]])
        for k, (frame, layout) in enumerate(self.panels(slice_)):
            # A narrow panel's few labels may end in "…" (the chronology gives them whole): only
            # clusters and days run together make it unreadable.
            unreadable = crowding(layout) if k == busiest else clustered_share(layout)
            if unreadable + blur(frame.items, layout.metrics.ppd) > TOLERANCES[-1]:
                return False
        return True

    def panels(self, page: Slice) -> list[tuple[Frame, Layout]]:
        """Each panel of `page` as printed (one for a page of one period)."""
        periods = page.periods()
        if len(periods) == 1:
            return [self.printed(page.first, page.last)]
        lanes = self.panel_lanes(page)
        sizes = self.panel_sizes(page, lanes)
        stops = [date.fromordinal(after[0].toordinal() - 1) for after in periods[1:]] + [None]
        return [self.printed(first, last, size=size, lanes=lanes, gutter=None if k == 0 else 0.0, stop=stop)
                for k, ((first, last), size, stop) in enumerate(zip(periods, sizes, stops, strict=True))]

    def _greedy(
        self, months: list[Month], busy: list[bool], span: tuple[date, date], clip: bool, tolerance: float,
        max_pages: int,
    ) -> list[tuple[int, int]] | None:
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(months):
            if not busy[i]:
                i += 1
                continue
            j = i
            end = i
            while j + 1 < len(months):
                j += 1
                if not busy[j]:
                    continue
                if not self._legible(*self._period(months[i], months[j], span, clip), tolerance):
                    break
                end = j
            runs.append((i, end))
            if len(runs) > max_pages:
                return None
            i = end + 1
        return runs

    def _period(self, a: Month, b: Month, span: tuple[date, date], clip: bool) -> tuple[date, date]:
        first, last = date(a[0], a[1], 1), date(b[0], b[1], calendar.monthrange(*b)[1])
        if clip:
            first, last = max(first, span[0]), min(last, span[1])
        return first, last

    def _items(self, first: date, last: date) -> Sequence[TimelineItem]:
        return self.provider.items(first, last)

    def _legible(self, first: date, last: date, tolerance: float) -> bool:
        """Whether the renderer shows all but `tolerance` of the page's marks readably."""
        if not self._items(first, last):
            return True
        frame, layout = self.printed(first, last)
        return crowding(layout) + blur(frame.items, layout.metrics.ppd) <= tolerance


def stretch_limit(count: int) -> float:
    """How far a page may be stretched for its last labels, as a share of its period: a page
    of a few events can give its labels room (two events in 17 months read well on a page
    running to 34), a busy page would lose more detail than the labels gain."""
    return max(MIN_STRETCH, min(MAX_STRETCH, STRETCH_EVENTS / max(count, 1)))


def crowding(layout: Layout) -> float:
    """The share of an overview's marks that are unreadable: gathered into a cluster, with a
    label cut to a stub, or running off the paper with little of it shown (an event drawn in
    several lanes counts once per lane)."""
    clustered = sum(lane.clustered for lane in layout.lanes)
    width = layout.size[0]
    stubs = sum(
        1 for box in layout.boxes
        if (box.shortened and len(box.label) < STUB_CHARS)
        or (box.footprint_end > width + 1.0 and width - box.label_rect.x < STUB_WIDTH)
    )
    total = clustered + len(layout.boxes)
    return (clustered + stubs) / total if total else 0.0


def _shares(days: list[int], room: float, least: float, sparse: list[bool]) -> list[float]:
    """`room` shared in proportion to `days`, each share at least `least` (a broken axis: the
    panels keep one scale as far as the narrow ones allow); a `sparse` panel (a handful of
    events) takes `least` and no more, the busy ones the rest."""
    fixed = {k for k, thin in enumerate(sparse) if thin}
    if len(fixed) == len(days):
        fixed = set()
    while True:
        free = room - least * len(fixed)
        total = sum(d for k, d in enumerate(days) if k not in fixed)
        widths = [least if k in fixed else free * d / max(total, 1) for k, d in enumerate(days)]
        short = {k for k, w in enumerate(widths) if w < least and k not in fixed}
        if not short or len(fixed | short) == len(days):
            return widths
        fixed |= short


def clustered_share(layout: Layout) -> float:
    """The share of an overview's marks gathered into clusters."""
    clustered = sum(lane.clustered for lane in layout.lanes)
    total = clustered + len(layout.boxes)
    return clustered / total if total else 0.0


def blur(items: Sequence[TimelineItem], ppd: float) -> float:
    """The share of events drawn too close to an event of another day to tell the days apart:
    on a page spanning years, the 2nd, 3rd and 4th of May fall on one pixel column."""
    days = sorted({item.first.toordinal() for item in items})
    if len(days) < 2:
        return 0.0
    close = sum(1 for a, b in pairwise(days) if (b - a) * ppd < MIN_SEPARATION)
    return close / len(items)


def _months(first: date, last: date) -> list[Month]:
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        months.append((y, m))
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return months


def _even(months: list[Month], busy: list[bool], max_pages: int) -> list[tuple[int, int]]:
    """`max_pages` runs of equal length (fewer when some hold nothing)."""
    step = max(1, math.ceil(len(months) / max_pages))
    runs = []
    for a in range(0, len(months), step):
        b = min(a + step, len(months)) - 1
        if any(busy[a : b + 1]):
            runs.append((a, b))
    return runs
