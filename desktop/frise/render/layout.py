"""Where every event, label and cluster goes: a pure function of the items, the zoom and the size.

The sweep: per lane, events come in order of their first day; each goes to the first row whose
last occupant ends (label included) before it starts, else to the first row where shortening that
occupant's label to the minimum makes room; failing both, it joins a cluster in the lane's last
row, absorbing that row's last event if need be. Rows are few, so this is O(n) per lane after the
O(n log n) sort, and never compares pairs of events. When every row is taken and the last row
holds a cluster, the events that cannot fit anywhere are found by bisection and joined in bulk,
which keeps a zoomed-out view of 100,000 events cheap.

Nothing here imports Qt: text is measured through the `measure` callable, and the result is made
of plain dataclasses (`geometry.py`), so the same layout feeds the screen, images and the PDF.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date

from frise.render.geometry import Cluster, ClusterMembers, EventBox, LaneBox, Layout, LayoutOptions, Rect
from frise.render.lanes import LONG_DAYS, PreparedItems, prepare_items
from frise.render.metrics import Metrics
from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem

Measure = Callable[[str], float]
Elide = Callable[[str, float], str]

ELLIPSIS = "…"
DEFAULT_OPTIONS = LayoutOptions()
# Fields of the working record of a placed event (a list: cheaper than an object in the sweep).
_IDX, _POS, _ROW, _LEFT, _XA, _XB, _BAR, _LABEL_X, _FULL_W, _SHOWN_W, _ALIVE = range(11)


def layout_timeline(
    items: Sequence[TimelineItem],
    metrics: Metrics,
    size: tuple[float, float],
    lanes: Sequence[LaneSpec] = (),
    lane_mode: str = "actor",
    measure: Measure = lambda text: 7.0 * len(text),
    *,
    options: LayoutOptions = DEFAULT_OPTIONS,
    other_name: str = "Autres",
    elide: Elide | None = None,
    prepared: PreparedItems | None = None,
) -> Layout:
    """Lay out `items` (sorted by first day) over the period of `metrics` on an area of `size`.

    `metrics` may cover more than the visible width (a margin laid out ahead of panning); lanes
    come from `lanes` in order, or from the items when it is empty. `prepared` skips the lane
    split when the caller kept it from a previous zoom of the same items.
    """
    if prepared is None:
        prepared = prepare_items(items, lanes, lane_mode)
    return layout_prepared(prepared, metrics, size, measure, options=options, other_name=other_name, elide=elide)


def layout_prepared(
    prepared: PreparedItems,
    metrics: Metrics,
    size: tuple[float, float],
    measure: Measure,
    *,
    options: LayoutOptions = DEFAULT_OPTIONS,
    other_name: str = "Autres",
    elide: Elide | None = None,
) -> Layout:
    elide = elide or make_elide(measure)
    width, height = size
    o = options
    ncol = sum(prepared.collapsed)
    nexp = len(prepared.keys) - ncol
    min_lane = o.row_height + 2 * o.lane_padding
    free = height - o.axis_height - ncol * o.collapsed_height
    lane_h = max(min_lane, free / nexp) if nexp else 0.0
    share = max(1, min(o.max_rows, int((lane_h - 2 * o.lane_padding) / o.row_height + 1e-9)))
    rows = max(share, min(o.min_rows, o.max_rows))
    early = _early_long_items(prepared, metrics)
    # A lane with more events than `rows` rows could show even with every label cut short would
    # gather them into clusters anyway: it keeps its share of rows, and the layout of a dense view
    # costs no more than before lanes could grow.
    per_row = metrics.width / (2 * o.point_radius + o.gap + o.min_label)
    sweeps: list[tuple[_LaneSweep, int] | None] = []
    for lane in range(len(prepared.keys)):
        if prepared.collapsed[lane]:
            sweeps.append(None)
            continue
        idxs, by_first = prepared.members[lane], prepared.first.__getitem__
        i = bisect_left(idxs, metrics.start - LONG_DAYS, key=by_first)
        stop = bisect_left(idxs, metrics.end, key=by_first)
        lane_early = early.get(lane, [])
        starting = stop - bisect_left(idxs, metrics.start, i, stop, key=by_first)  # not those ended before
        lane_rows = rows if starting + len(lane_early) <= rows * per_row else share
        sweep = _LaneSweep(prepared, lane, metrics, o, lane_rows, measure)
        before = sweep.run(lane_early, i, stop, metrics.start)
        sweeps.append((sweep, i - len(lane_early) + len(idxs) - stop + before))
    heights = _lane_heights(sweeps, rows, share, lane_h, free, o)
    lanes: list[LaneBox] = []
    boxes: list[EventBox] = []
    clusters: list[Cluster] = []
    box_spans: list[tuple[int, int]] = []
    cluster_spans: list[tuple[int, int]] = []
    shown: set[int] = set()
    max_box = 0.0
    y = o.axis_height
    for lane, key in enumerate(prepared.keys):
        swept = sweeps[lane]
        h = o.collapsed_height if swept is None else heights[lane]
        name = other_name if key == OTHER_LANE else key
        band, header = Rect(0.0, y, width, h), Rect(0.0, y, o.gutter, h)
        b0, c0 = len(boxes), len(clusters)
        if swept is None:
            ticks = _density_ticks(prepared.members[lane], prepared.first, metrics)
            lanes.append(LaneBox(lane, key, name, band, header, True, 0, key == OTHER_LANE, ticks,
                                 hidden=len(prepared.members[lane])))
        else:
            sweep, hidden = swept
            for rec in sweep.placed:
                if rec[_ALIVE]:
                    box = _event_box(prepared, rec, lane, y, o, elide)
                    boxes.append(box)
                    shown.add(box.item_id)
                    max_box = max(max_box, box.footprint_end - rec[_LEFT])
            for raw in sweep.clusters:
                clusters.append(_cluster(prepared, raw, lane, y + o.lane_padding + (sweep.nrows - 1) * o.row_height, o))
            nclustered = sum(raw[4] for raw in sweep.clusters)
            lanes.append(LaneBox(lane, key, name, band, header, False, sweep.nrows, key == OTHER_LANE,
                                 placed=len(boxes) - b0, clustered=nclustered, hidden=hidden))
        box_spans.append((b0, len(boxes)))
        cluster_spans.append((c0, len(clusters)))
        y += h
    return Layout(
        metrics=metrics, size=(width, height), options=o, lanes=tuple(lanes), boxes=tuple(boxes),
        clusters=tuple(clusters), hidden=len(prepared) - len(shown), content_height=y,
        box_spans=tuple(box_spans), cluster_spans=tuple(cluster_spans), max_box_width=max_box,
    )


def _rows_used(sweep: _LaneSweep) -> int:
    """How many rows a lane's events took (a cluster sits in the last one)."""
    if sweep.clusters:
        return sweep.nrows
    return 1 + max((rec[_ROW] for rec in sweep.placed if rec[_ALIVE]), default=0)


def _lane_heights(
    sweeps: Sequence[tuple[_LaneSweep, int] | None], rows: int, share: float, lane_h: float, free: float,
    o: LayoutOptions,
) -> list[float]:
    """Each expanded lane's height. Lanes share the area equally while `share` rows each are all
    they may take. When they may take more (`LayoutOptions.min_rows`), each is as tall as the rows
    its events took; if that leaves room, the room is shared out equally so the lanes still fill
    the area, and if not, the lanes run below it (the view scrolls) rather than gather events
    that had room on a further row into clusters."""
    if rows <= share:
        return [lane_h] * len(sweeps)
    needed = [0.0 if s is None else _rows_used(s[0]) * o.row_height + 2 * o.lane_padding for s in sweeps]
    expanded = sum(s is not None for s in sweeps)
    spare = free - sum(needed)
    extra = spare / expanded if spare > 0 and expanded else 0.0
    return [h + extra for h in needed]


class _LaneSweep:
    """The row state of one lane while its events are placed in order of first day."""

    __slots__ = (
        "prep", "lane", "o", "measure", "nrows", "full_end", "min_end", "tails", "placed", "clusters",
        "cl", "x0", "start", "ppd", "x_lo", "x_hi",
    )

    def __init__(self, prep: PreparedItems, lane: int, m: Metrics, o: LayoutOptions, nrows: int, measure: Measure):
        self.prep, self.lane, self.o, self.measure, self.nrows = prep, lane, o, measure, nrows
        self.x0, self.start, self.ppd = m.x0, m.start, m.ppd
        self.x_lo, self.x_hi = m.x0 - 50.0, m.x0 + m.width + 50.0
        self.full_end = [-math.inf] * nrows  # per row: where its last occupant ends, label whole
        self.min_end = [-math.inf] * nrows  # ... and with its label cut to the minimum
        self.tails: list[list | None] = [None] * nrows
        self.placed: list[list] = []
        self.clusters: list[list] = []
        self.cl: list | None = None  # the cluster ending the last row, while nothing follows it

    def one(self, idx: int, pos: int, f: int, e: int) -> None:
        """Place item `idx` (at `pos` in the lane's list, -1 if it came from the long list)."""
        o = self.o
        r = o.point_radius
        x_left = self.x0 + (f - self.start) * self.ppd - r
        full_end, min_end, gap = self.full_end, self.min_end, o.gap
        row = -1
        for rr in range(self.nrows):
            if full_end[rr] + gap <= x_left:
                row = rr
                break
        else:
            for rr in range(self.nrows):
                if min_end[rr] + gap <= x_left:
                    row = rr
                    tail = self.tails[rr]
                    assert tail is not None
                    tail[_SHOWN_W] = x_left - gap - tail[_LABEL_X]
                    break
        last = self.nrows - 1
        if row >= 0:
            if row == last:
                self.cl = None
            xa, xb = self.x0 + (f - self.start) * self.ppd, self.x0 + (e - self.start) * self.ppd
            width = self.measure(self.prep.table[idx].title)
            if e - f > 1 and xb - xa >= o.min_bar:
                xa, xb = max(xa, self.x_lo), min(xb, self.x_hi)
                if xb - xa >= width + 2 * o.bar_label_inset:  # the label fits inside the bar
                    label_x = xa + o.bar_label_inset
                    fe = me = xb
                else:
                    label_x = xb + o.label_gap
                    fe, me = label_x + width, label_x + min(width, o.min_label)
                rec = [idx, pos, row, x_left, xa, xb, True, label_x, width, width, True]
            else:
                xc = (xa + xb) / 2.0
                label_x = xc + r + o.label_gap
                fe, me = label_x + width, label_x + min(width, o.min_label)
                rec = [idx, pos, row, x_left, xc, xc, False, label_x, width, width, True]
            self.placed.append(rec)
            self.tails[row] = rec
            full_end[row], min_end[row] = fe, me
            return
        cl = self.cl
        if cl is None:  # the last row's last event becomes a cluster with this one
            tail = self.tails[last]
            assert tail is not None
            tail[_ALIVE] = False
            cx = max(tail[_LEFT], x_left + 2 * r - o.cluster_max_width)
            cl = self.cl = [cx, 0.0, [], [], 0, self.prep.first[tail[_IDX]]]
            self.clusters.append(cl)
            _join(cl, tail[_IDX], tail[_POS])
        _join(cl, idx, pos)
        cl[1] = max(cl[1], cl[0] + max(o.cluster_min_width, min(o.cluster_max_width, x_left + 2 * r - cl[0])))
        full_end[last] = min_end[last] = cl[1]

    def run(self, early: list[int], i: int, stop: int, d_lo: float) -> int:
        """Place the long `early` items, then the lane's items from position `i` to `stop`;
        returns how many of the latter end before the period."""
        prep, o = self.prep, self.o
        first, items = prep.first, prep.table
        for idx in early:
            self.one(idx, -1, first[idx], items[idx].last.toordinal() + 1)
        idxs = prep.members[self.lane]
        by_first = first.__getitem__
        x0, start, ppd, r = self.x0, self.start, self.ppd, o.point_radius
        gap, cmin, cmax, last = o.gap, o.cluster_min_width, o.cluster_max_width, self.nrows - 1
        min_end, full_end = self.min_end, self.full_end
        before = 0
        while i < stop:
            idx = idxs[i]
            f = first[idx]
            cl = self.cl
            if cl is not None and f >= d_lo:
                limit = min(min_end) + gap
                if x0 + (f - start) * ppd - r < limit:
                    # No row can take it: it and all that follow as cramped join the cluster.
                    j = max(bisect_left(idxs, start + (limit + r - x0) / ppd, i, stop, key=by_first), i + 1)
                    ranges = cl[2]
                    if ranges and ranges[-1][1] == i:
                        ranges[-1][1] = j
                    else:
                        ranges.append([i, j])
                    cl[4] += j - i
                    right = x0 + (first[idxs[j - 1]] - start) * ppd - r + 2 * r
                    cl[1] = max(cl[1], cl[0] + max(cmin, min(cmax, right - cl[0])))
                    full_end[last] = min_end[last] = cl[1]
                    i = j
                    continue
            e = items[idx].last.toordinal() + 1
            if e <= d_lo:
                before += 1
            else:
                self.one(idx, i, f, e)
            i += 1
        return before


def _join(cl: list, idx: int, pos: int) -> None:
    if pos < 0:
        cl[3].append(idx)
    elif cl[2] and cl[2][-1][1] == pos:
        cl[2][-1][1] = pos + 1
    else:
        cl[2].append([pos, pos + 1])
    cl[4] += 1


def _event_box(prep: PreparedItems, rec: list, lane: int, lane_y: float, o: LayoutOptions, elide: Elide) -> EventBox:
    item = prep.table[rec[_IDX]]
    row = rec[_ROW]
    yc = lane_y + o.lane_padding + (row + 0.5) * o.row_height
    if rec[_BAR]:
        rect = Rect(rec[_XA], yc - o.bar_height / 2.0, rec[_XB] - rec[_XA], o.bar_height)
        kind = "bar"
    else:
        rect = Rect(rec[_XA] - o.point_radius, yc - o.point_radius, 2 * o.point_radius, 2 * o.point_radius)
        kind = "point"
    full_w, shown_w = rec[_FULL_W], rec[_SHOWN_W]
    shortened = shown_w < full_w - 0.01
    label = elide(item.title, shown_w) if shortened else item.title
    label_rect = Rect(rec[_LABEL_X], yc - o.text_height / 2.0, shown_w if shortened else full_w, o.text_height)
    soft = item.certainty == "approximate" and kind == "bar"
    return EventBox(
        item_id=item.id, lane=lane, row=row, kind=kind, rect=rect, label_rect=label_rect, label=label,
        shortened=shortened, certainty=item.certainty, conflicting=item.conflicting,
        reviewed=item.reviewed,
        soft_start=soft, soft_end=soft, footprint_start=rec[_LEFT],
        footprint_end=max(rect.right, label_rect.right), context=item.context,
    )


def _cluster(prep: PreparedItems, raw: list, lane: int, row_y: float, o: LayoutOptions) -> Cluster:
    x, end, ranges, extra, count, first = raw
    rect = Rect(x, row_y + (o.row_height - o.cluster_height) / 2.0, end - x, o.cluster_height)
    members = ClusterMembers(prep.table, prep.members[lane], ranges, extra)
    return Cluster(lane=lane, rect=rect, count=count, first=date.fromordinal(first), members=members)


def _early_long_items(prep: PreparedItems, m: Metrics) -> dict[int, list[int]]:
    """Per lane, the long items starting so early that bisecting the lane would miss them but
    still reaching into the period."""
    early: dict[int, list[int]] = {}
    horizon, d_lo = m.start - LONG_DAYS, m.start
    if prep.earliest is None or prep.earliest >= horizon:
        return early
    first, last = prep.first, prep.last
    for k in prep.long:
        if first[k] >= horizon:
            break
        if last[k] + 1 > d_lo:
            for lane in prep.lanes_of(k):
                early.setdefault(lane, []).append(k)
    return early


def _density_ticks(idxs: Sequence[int], first: Sequence[int], m: Metrics) -> tuple[float, ...]:
    """One tick per pixel column (at most every 2 px) holding the start of an event."""
    ticks: list[float] = []
    by_first = first.__getitem__
    i, stop = bisect_left(idxs, m.start, key=by_first), bisect_left(idxs, m.end, key=by_first)
    while i < stop:
        column = math.floor(m.x(first[idxs[i]]))
        ticks.append(column + 0.5)
        i = bisect_left(idxs, m.day(column + 2.0), i + 1, stop, key=by_first)
    return tuple(ticks)


def make_elide(measure: Measure) -> Elide:
    """Shorten a label to a width, at a word boundary when one is near, ending with "…"."""

    def elide(text: str, width: float) -> str:
        if measure(text) <= width:
            return text
        room = width - measure(ELLIPSIS)
        if room <= 0:
            return ""
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if measure(text[:mid].rstrip()) <= room:
                lo = mid
            else:
                hi = mid - 1
        cut = text[:lo]
        space = cut.rfind(" ")
        if space >= max(1, int(lo * 0.6)):
            cut = cut[:space]
        cut = cut.rstrip(" ,;:–—-'’(«")
        return cut + ELLIPSIS if cut else ""

    return elide


def gutter_width(names: Sequence[str], measure: Measure, minimum: float = 72.0, maximum: float = 168.0) -> float:
    """Room for the lane names at the left: the longest name, within bounds."""
    widest = max((measure(name) for name in names), default=0.0)
    return min(maximum, max(minimum, widest + 34.0))
