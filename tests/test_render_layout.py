"""The layout is a pure function: no window, no Qt, plain rectangles; these tests hold it to its
promises over random inputs (no overlaps, every item accounted for once per lane)."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import frise.render
import frise.render.lanes
from frise.render.geometry import Layout, LayoutOptions, Rect
from frise.render.lanes import LaneIndex, PreparedItems, Subset, prepare_items
from frise.render.layout import layout_prepared, layout_timeline, make_elide
from frise.render.metrics import Metrics
from frise.render.model import OTHER_LANE, LaneSpec, TimelineItem

START = date(2023, 3, 1)
ACTORS = ("France", "Allemagne", "Russie", "Ukraine")


def measure(text: str) -> float:
    return 6.5 * len(text)


def item(i: int, day: int, length: int = 0, title: str = "Sommet", lanes: tuple[str, ...] = ("France",),
         certainty: str = "exact") -> TimelineItem:
    first = START + timedelta(days=day)
    return TimelineItem(i, first, first + timedelta(days=length), title, certainty, lanes)


def view(days: float, width: float = 1000.0, gutter: float = 100.0, start: date = START) -> Metrics:
    return Metrics(start.toordinal() - 2.0, width / days, width, gutter)


def run(items: list[TimelineItem], metrics: Metrics, height: float = 400.0, lanes=()) -> Layout:
    items = sorted(items, key=lambda i: (i.first, i.id))
    options = LayoutOptions(gutter=metrics.x0)
    size = (metrics.x0 + metrics.width, height)
    return layout_timeline(items, metrics, size, lanes, "actor", measure, options=options)


def rects_overlap(rects: list[tuple[object, Rect]]) -> list[tuple[object, object]]:
    """Pairs of overlapping rectangles, by a sweep over x (as the layout itself works)."""
    found = []
    ordered = sorted(rects, key=lambda r: r[1].x)
    for k, (a, ra) in enumerate(ordered):
        for b, rb in ordered[k + 1:]:
            if rb.x >= ra.right:
                break
            if ra.overlaps(rb) and a != b:
                found.append((a, b))
    return found


def test_layout_modules_import_no_qt() -> None:
    root = Path(frise.render.__file__).parent
    for name in ("layout.py", "geometry.py", "lanes.py", "metrics.py", "model.py", "provider.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not [m for m in modules if m.startswith("PySide6")], name


items_strategy = st.lists(
    st.tuples(
        st.integers(0, 90), st.sampled_from([0, 0, 0, 1, 3, 9, 30]), st.text("abcdefghij ", min_size=0, max_size=40),
        st.sets(st.sampled_from(ACTORS), max_size=3), st.sampled_from(["exact", "approximate", "assumed"]),
    ),
    max_size=70,
)


@settings(max_examples=100, deadline=None)
@given(
    raw=items_strategy, days=st.sampled_from([4.0, 20.0, 60.0, 120.0, 400.0]),
    height=st.sampled_from([150.0, 400.0, 900.0]), offset=st.integers(-20, 60),
)
def test_no_overlaps_and_every_item_counted_once_per_lane(raw, days, height, offset) -> None:
    items = [item(i, d, n, t, tuple(sorted(ls)), c) for i, (d, n, t, ls, c) in enumerate(raw)]
    m = view(days, start=START + timedelta(days=offset))
    layout = run(items, m, height)
    # Labels, markers and clusters never overlap (a label may sit on its own bar).
    shapes: list[tuple[object, Rect]] = []
    for box in layout.boxes:
        shapes.append(((box.lane, box.item_id), box.label_rect))
        if box.kind == "point" or box.label_rect.x >= box.rect.right:
            shapes.append(((box.lane, box.item_id, "marker"), box.rect))
    shapes += [(("cluster", c.lane, c.rect.x), c.rect) for c in layout.clusters]
    bad = [(a, b) for a, b in rects_overlap(shapes) if a[:2] != b[:2]]
    assert not bad
    # Each lane accounts for each of its items exactly once: placed, clustered or hidden.
    prepared = prepare_items(sorted(items, key=lambda i: (i.first, i.id)), (), "actor")
    for lane in layout.lanes:
        members = {prepared.items[k].id for k in prepared.members[lane.index]}
        placed = [b.item_id for b in layout.lane_boxes(lane.index)]
        clustered = [i for c in layout.lane_clusters(lane.index) for i in c.item_ids]
        assert len(placed) + len(clustered) == len(set(placed) | set(clustered))
        assert set(placed) | set(clustered) <= members
        assert lane.placed + lane.clustered + lane.hidden == len(members)
        assert lane.clustered == len(clustered)
    # Shown labels fit their rectangles.
    for box in layout.boxes:
        assert measure(box.label) <= box.label_rect.w + 0.01


def test_crowded_lane_gathers_into_clusters() -> None:
    items = [item(i, i // 20, title=f"Événement numéro {i}") for i in range(400)]
    layout = run(items, view(30.0), height=120.0)
    (lane,) = layout.lanes
    assert layout.clusters and lane.clustered > 0
    assert lane.placed + lane.clustered + lane.hidden == 400
    assert all(c.count == len(c.item_ids) for c in layout.clusters)
    big = max(layout.clusters, key=lambda c: c.count)
    assert big.first <= big.last
    assert layout.hidden >= lane.clustered - lane.placed


def test_zoomed_out_100k_lays_out_by_bisection() -> None:
    items = [item(i, i % 3650, title="Rencontre", lanes=(ACTORS[i % 4],)) for i in range(20_000)]
    items.sort(key=lambda i: (i.first, i.id))
    layout = run(items, view(3700.0, width=1200.0), height=600.0)
    assert sum(lane.clustered for lane in layout.lanes) > 19_000
    assert len(layout.clusters) < 4 * 1200 / 30


def test_labels_shorten_before_clustering() -> None:
    long_title = "Visite du ministre des Affaires étrangères à Kyiv et à Varsovie"
    items = [item(0, 0, title=long_title), item(1, 4, title="Suite")]
    layout = run(items, view(30.0), height=60.0)  # one row: the first label must give way
    first = next(b for b in layout.boxes if b.item_id == 0)
    assert first.shortened and first.label.endswith("…")
    assert len(layout.boxes) == 2 and not layout.clusters


def test_rows_stack_when_room() -> None:
    items = [item(i, 0, title="Conseil européen") for i in range(3)]
    layout = run(items, view(30.0), height=400.0)
    assert sorted(b.row for b in layout.boxes) == [0, 1, 2]


def test_points_bars_and_soft_ends() -> None:
    items = [item(0, 5), item(1, 10, 9, certainty="approximate"), item(2, 20, 9)]
    layout = run(items, view(40.0), height=300.0)
    kinds = {b.item_id: b for b in layout.boxes}
    assert kinds[0].kind == "point"
    assert kinds[1].kind == "bar" and kinds[1].soft_start and kinds[1].soft_end
    assert kinds[2].kind == "bar" and not kinds[2].soft_start
    assert kinds[2].rect.w > 100


def test_an_item_appears_in_each_of_its_lanes_and_others_go_to_autres() -> None:
    items = [item(0, 1, lanes=("France", "Russie")), item(1, 2, lanes=("Chine",)), item(2, 3, lanes=())]
    layout = run(items, view(30.0), lanes=[LaneSpec("France"), LaneSpec("Russie")])
    lanes = {lane.key: lane for lane in layout.lanes}
    assert list(lanes) == ["France", "Russie", OTHER_LANE]
    assert lanes[OTHER_LANE].name == "Autres"
    ids = {key: [b.item_id for b in layout.lane_boxes(lane.index)] for key, lane in lanes.items()}
    assert ids == {"France": [0], "Russie": [0], OTHER_LANE: [1, 2]}


def test_collapsed_lane_is_a_strip_with_density_ticks() -> None:
    items = [item(i, i, lanes=("France",)) for i in range(10)] + [item(10, 3, lanes=("Russie",))]
    layout = run(items, view(30.0), lanes=[LaneSpec("France", collapsed=True), LaneSpec("Russie")])
    france = layout.lanes[0]
    assert france.collapsed and france.rect.h == LayoutOptions().collapsed_height
    assert len(france.ticks) == 10 and france.hidden == 10 and not layout.lane_boxes(0)


def test_long_bar_starting_far_left_is_still_laid_out() -> None:
    items = [item(0, -400, 500, title="Guerre")] + [item(i, i, title="x") for i in range(1, 5)]
    layout = run(items, view(30.0, gutter=100.0), height=300.0)
    assert 0 in {b.item_id for b in layout.boxes}


def test_elide_prefers_word_boundaries() -> None:
    elide = make_elide(measure)
    assert elide("Sommet de l'OTAN à Vilnius", 110.0) == "Sommet de…"
    assert elide("Court", 100.0) == "Court"
    assert elide("Anticonstitutionnellement", 60.0).endswith("…")


# --- a LaneIndex splits a subset of its list exactly as prepare_items splits the subset's items

LANE_NAMES = ("France", "Allemagne", "Russie", "Ukraine", "Chine")
lane_specs_strategy = st.one_of(
    st.just(()),
    st.lists(
        st.builds(LaneSpec, st.sampled_from((*LANE_NAMES, "Inconnu", OTHER_LANE)), st.booleans()), max_size=6,
    ),
)


def resolved(p: PreparedItems) -> tuple:
    """What a split says, whatever it indexes (its own items, or a LaneIndex's whole list)."""
    return (
        len(p), [i.id for i in p.items], p.keys, p.collapsed, p.lane_mode, p.earliest,
        [[(p.table[k].id, p.first[k], p.last[k]) for k in m] for m in p.members], [p.table[k].id for k in p.long],
    )


def same_prepared(a: PreparedItems, b: PreparedItems) -> None:
    assert resolved(a) == resolved(b)


def same_layout(a: Layout, b: Layout) -> None:
    assert a == b  # boxes, lanes, clusters (without their members), counts
    assert [c.item_ids for c in a.clusters] == [c.item_ids for c in b.clusters]


@settings(max_examples=200, deadline=None)
@given(
    raw=st.lists(
        st.tuples(st.integers(0, 90), st.sampled_from([0, 0, 1, 9, 40]), st.sets(st.sampled_from(LANE_NAMES),
                  max_size=3), st.sets(st.sampled_from(("Le Monde", "AFP")), max_size=2), st.booleans()),
        max_size=80,
    ),
    run_of=st.one_of(st.none(), st.tuples(st.integers(0, 80), st.integers(0, 80))),
    lanes=lane_specs_strategy, mode=st.sampled_from(["actor", "source"]),
    days=st.sampled_from([5.0, 30.0, 120.0]), offset=st.integers(-20, 80),
)
def test_lane_index_splits_a_subset_as_prepare_items_does(raw, run_of, lanes, mode, days, offset) -> None:
    """The optimized path (a Subset split by its LaneIndex) against the straightforward one
    (prepare_items reading the same items as a plain list), and the layouts both give."""
    universe = sorted(
        (TimelineItem(i, START + timedelta(days=d), START + timedelta(days=d + n), f"Événement {i}", "exact",
                      tuple(sorted(ls)), 1, False, tuple(sorted(ts))) for i, (d, n, ls, ts, _) in enumerate(raw)),
        key=lambda i: (i.first, i.id),
    )
    index = LaneIndex([i.first.toordinal() for i in universe], [i.last.toordinal() for i in universe],
                      lambda m: (i.lane_keys(m) for i in universe))
    if run_of is None:  # what a filter keeps
        positions: list[int] | range = [p for p, (*_, kept) in zip(range(len(universe)), raw, strict=True) if kept]
    else:  # what an unfiltered view of a period fetches
        positions = range(min(run_of[0], len(universe)), min(max(run_of), len(universe)))
    subset = Subset(universe, index, positions)
    plain = prepare_items(list(subset), lanes, mode)
    with mock.patch.object(frise.render.lanes, "_sparse", lambda *_: False):  # always filter the lanes
        optimized = index.prepare(subset, lanes, mode)
    assert optimized is not None
    same_prepared(optimized, plain)
    same_prepared(prepare_items(subset, lanes, mode), plain)  # whichever path it chooses
    m = view(days, start=START + timedelta(days=offset))
    size, options = (m.x0 + m.width, 400.0), LayoutOptions(gutter=m.x0)
    same_layout(layout_prepared(optimized, m, size, measure, options=options),
                layout_prepared(plain, m, size, measure, options=options))


def test_lane_index_leaves_a_lane_named_autres_to_prepare_items() -> None:
    items = [item(0, 1, lanes=(OTHER_LANE,)), item(1, 2, lanes=("France",))]
    index = LaneIndex([i.first.toordinal() for i in items], [i.last.toordinal() for i in items],
                      lambda m: (i.lane_keys(m) for i in items))
    subset = Subset(items, index, range(2))
    assert index.prepare(subset, (), "actor") is None
    same_prepared(prepare_items(subset, (), "actor"), prepare_items(items, (), "actor"))


# --- lanes grow to a few rows (on screen) before they gather events into clusters


def crowded_lanes() -> list[TimelineItem]:
    """Four lanes, each with three events on nearby days whose labels need three rows."""
    return [item(10 * k + j, j, title=f"Rencontre numéro {j} des ministres", lanes=(ACTORS[k],))
            for k in range(4) for j in range(3)]


def test_a_short_area_clusters_unless_lanes_may_grow() -> None:
    m = view(30.0)
    size = (m.x0 + m.width, 46.0 + 4 * 28.0)  # room for one row per lane
    items = sorted(crowded_lanes(), key=lambda i: (i.first, i.id))
    one = layout_timeline(items, m, size, (), "actor", measure, options=LayoutOptions(gutter=m.x0))
    assert one.clusters and one.content_height <= size[1] + 1e-6
    grown = layout_timeline(items, m, size, (), "actor", measure, options=LayoutOptions(gutter=m.x0, min_rows=3))
    assert not grown.clusters and len(grown.boxes) == 12
    assert {box.row for box in grown.boxes} == {0, 1, 2}
    assert grown.content_height > size[1]  # the lanes run below: the view scrolls
    for lane in grown.lanes:  # each lane as tall as its three rows, none overlapping the next
        assert lane.rect.h == pytest.approx(3 * 22.0 + 2 * 3.0)
    assert not rects_overlap([(b.item_id, b.rect) for b in grown.boxes])


def test_lanes_that_may_grow_share_out_the_room_they_leave() -> None:
    m = view(30.0)
    items = sorted(crowded_lanes()[:3] + [item(99, 20, lanes=("Russie",))], key=lambda i: (i.first, i.id))
    options = LayoutOptions(gutter=m.x0, min_rows=3)
    # Two rows each if shared equally; France needs three and Russia one, which leaves 10 px.
    size = (m.x0 + m.width, 46.0 + 110.0)
    laid = layout_timeline(items, m, size, (), "actor", measure, options=options)
    assert not laid.clusters and laid.content_height == pytest.approx(size[1])
    france, russia = laid.lanes
    assert france.rect.h == pytest.approx(3 * 22.0 + 6.0 + 5.0) and russia.rect.h == pytest.approx(22.0 + 6.0 + 5.0)
    # With room for three rows each, lanes share the area equally, as without min_rows.
    tall = layout_timeline(items, m, (size[0], 46.0 + 400.0), (), "actor", measure, options=options)
    assert [lane.rect.h for lane in tall.lanes] == [200.0, 200.0]


def test_lanes_grow_no_further_than_min_rows() -> None:
    m = view(30.0)
    many = sorted((item(j, j % 3, title=f"Rencontre numéro {j} des ministres") for j in range(12)),
                  key=lambda i: (i.first, i.id))
    size = (m.x0 + m.width, 46.0 + 28.0)
    laid = layout_timeline(many, m, size, (), "actor", measure, options=LayoutOptions(gutter=m.x0, min_rows=3))
    assert laid.clusters and {box.row for box in laid.boxes} <= {0, 1, 2}
    assert laid.clusters[0].rect.y > 46.0 + 2 * 22.0  # in the last of the three rows


def test_events_ended_before_the_period_do_not_stop_a_lane_growing() -> None:
    start = date(2021, 6, 1).toordinal()
    shown = [TimelineItem(1000 + k, date.fromordinal(start + 5), date.fromordinal(start + 5), f"Sommet {k}",
                          lanes=("A",)) for k in range(3)]
    ended = [TimelineItem(k, date.fromordinal(start - 30 + k % 30), date.fromordinal(start - 30 + k % 30), "Ancien",
                          lanes=("A",)) for k in range(200)]
    m = Metrics(start=start, ppd=20.0, width=600.0, x0=120.0)
    laid = layout_timeline(sorted(ended + shown, key=lambda i: (i.first, i.id)), m, (720.0, 80.0),
                           options=LayoutOptions(min_rows=3))
    assert sorted(b.item_id for b in laid.boxes) == [1000, 1001, 1002] and not laid.clusters


@settings(max_examples=150, deadline=None)
@given(
    raw=st.lists(st.tuples(st.integers(0, 90), st.sampled_from([0, 0, 1, 9, 40]),
                           st.sets(st.sampled_from(LANE_NAMES), max_size=3), st.booleans()), max_size=60),
    filtered=st.booleans(), period=st.tuples(st.integers(-10, 100), st.integers(0, 60)),
    mode=st.sampled_from(["actor", "source"]),
)
def test_list_provider_serves_what_a_plain_reading_serves(raw, filtered, period, mode) -> None:
    from frise.render.provider import ListProvider

    items = [TimelineItem(i, START + timedelta(days=d), START + timedelta(days=d + n), f"Événement {i}", "exact",
                          tuple(sorted(ls)), 1, False, (f"Article {i % 3}",)) for i, (d, n, ls, _) in enumerate(raw)]
    keep = {i for i, (*_, kept) in enumerate(raw) if kept}
    provider = ListProvider(items)
    if filtered:
        provider.set_filter(lambda item: item.id in keep)
    first = START + timedelta(days=period[0])
    last = first + timedelta(days=period[1])
    expected = sorted((i for i in items if (not filtered or i.id in keep) and i.last >= first and i.first <= last),
                      key=lambda i: (i.first, i.id))
    served = provider.items(first, last)
    assert list(served) == expected
    same_prepared(prepare_items(served, (), mode), prepare_items(expected, (), mode))
