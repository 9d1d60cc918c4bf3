"""The window's timeline provider serves a filtered set from numbered items (`Universe`) rather
than row by row: it must answer exactly what the straightforward path answers (items of a period,
span, one item, and the lanes and layout made of them), for any filter."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import chain

from hypothesis import given, settings
from hypothesis import strategies as st

from frise.render.geometry import LayoutOptions
from frise.render.lanes import Subset, prepare_items
from frise.render.layout import layout_prepared
from frise.render.metrics import Metrics
from frise.render.model import OTHER_LANE, LaneSpec
from frise.store.snapshot import Snapshot
from frise.store.views import EventFilter, Row
from frise.ui.chronology import RowIds
from frise.ui.timeline_provider import ItemTable, TimelineProvider, build_items
from tests.test_render_layout import resolved

START = date(2001, 1, 1)
ACTORS = ("France", "Russie", "Chine", "Iran")


def snapshot_of(raw: list[tuple[int, int, frozenset[str], str, bool]], backwards: bool = False) -> Snapshot:
    """Rows in the snapshot's order (first, last, id); `backwards`: the last row ends before it
    begins (a store never holds one, but the provider must not depend on it)."""
    rows = []
    for i, (day, length, actors, certainty, reviewed) in enumerate(raw):
        first = START + timedelta(days=day)
        rows.append(Row(i + 1, first, first + timedelta(days=length), f"Événement {i}", certainty, 1, False,
                        tuple(sorted(actors)), (), reviewed))
    if backwards and rows:
        rows[-1].last = rows[-1].first - timedelta(days=3)
    rows.sort(key=lambda r: (r.first, r.last, r.id))
    undated = [Row(10_000, None, None, "Sans date", "unresolved", 1, False)]
    return Snapshot(rows, undated)


def providers(snapshot: Snapshot) -> tuple[TimelineProvider, TimelineProvider]:
    """The optimized provider (items from the worker's `ItemTable`) and the straightforward one
    (the same items in a plain dict: one lookup per row)."""
    table = build_items(snapshot.dated)
    assert isinstance(table, ItemTable) and table.universe is not None
    fast, plain = TimelineProvider(), TimelineProvider()
    fast.adopt_items(table)
    plain.adopt_items(dict(table))
    return fast, plain


def ids(items) -> list[int]:
    return [i.id for i in items]


def same_lanes_and_layout(fast_items, plain_items, lanes, mode: str, first: date, days: int) -> None:
    a, b = prepare_items(fast_items, lanes, mode), prepare_items(plain_items, lanes, mode)
    assert resolved(a) == resolved(b)
    assert list(a.items) == list(b.items)
    m = Metrics(first.toordinal(), 900.0 / max(days, 1), 900.0, 100.0)
    size, options = (1000.0, 500.0), LayoutOptions(gutter=100.0)
    la, lb = layout_prepared(a, m, size, len, options=options), layout_prepared(b, m, size, len, options=options)
    assert la == lb
    assert [c.item_ids for c in la.clusters] == [c.item_ids for c in lb.clusters]


rows_strategy = st.lists(
    st.tuples(st.integers(0, 400), st.sampled_from([0, 0, 0, 2, 15, 45, 200]),
              st.frozensets(st.sampled_from(ACTORS), max_size=3), st.sampled_from(["exact", "approximate"]),
              st.booleans()),
    max_size=120,
)
filters_strategy = st.builds(
    EventFilter,
    certainties=st.sampled_from([(), ("exact",), ("approximate",)]),
    start=st.one_of(st.none(), st.integers(0, 400).map(lambda d: START + timedelta(days=d))),
    end=st.one_of(st.none(), st.integers(0, 450).map(lambda d: START + timedelta(days=d))),
    reviewed=st.sampled_from([None, True, False]),
)


@settings(max_examples=150, deadline=None)
@given(
    raw=rows_strategy, f=filters_strategy, allowed=st.one_of(st.none(), st.sets(st.integers(1, 130))),
    periods=st.lists(st.tuples(st.integers(-50, 460), st.integers(0, 500)), min_size=1, max_size=4),
    lanes=st.sampled_from([(), (LaneSpec("Russie"), LaneSpec("France", True)), (LaneSpec(OTHER_LANE),
                           LaneSpec("Iran"), LaneSpec("Inconnu"))]),
    backwards=st.booleans(), titled=st.booleans(),
)
def test_fast_provider_answers_as_the_straightforward_one(raw, f, allowed, periods, lanes, backwards, titled) -> None:
    snapshot = snapshot_of(raw, backwards)
    fast, plain = providers(snapshot)
    mode = "actor"
    if titled:  # the "source" lanes: items are built again, with the titles of their articles
        titles = {row.id: (f"Article {row.id % 7}",) for row in snapshot.dated if row.id % 5}
        fast.set_source_titles(titles)
        plain.set_source_titles(titles)
        mode = "source"
    selection = snapshot.select(f, allowed)
    fast.set_selection(selection)
    plain.set_selection(selection)
    assert fast.span() == selection.span() == plain.span()
    assert len(fast) == len(plain)
    for offset, days in periods:
        first = START + timedelta(days=offset)
        end = first + timedelta(days=days)
        fast_items, plain_items = fast.items(first, end), plain.items(first, end)
        assert ids(fast_items) == ids(plain_items) == [row.id for row in selection.between(first, end)]
        assert list(fast_items) == list(plain_items)
        if not backwards:
            assert isinstance(fast_items, Subset)  # the optimized path did answer
        same_lanes_and_layout(fast_items, plain_items, lanes, mode, first, days)
    for event_id in (*range(0, 130, 7), 10_000):
        assert fast.item(event_id) == plain.item(event_id)


def test_unfiltered_selection_is_served_without_reading_rows() -> None:
    raw = [(d % 50, d % 3, frozenset({ACTORS[d % 4]}), "exact", False) for d in range(200)]
    snapshot = snapshot_of(raw)
    fast, _ = providers(snapshot)
    fast.set_selection(snapshot.select(EventFilter()))
    items = fast.items(START, START + timedelta(days=60))
    assert isinstance(items, Subset) and isinstance(items.positions, range) and len(items) == 200


def test_new_data_drops_the_numbering() -> None:
    snapshot = snapshot_of([(1, 0, frozenset({"France"}), "exact", False)])
    fast, _ = providers(snapshot)
    other = snapshot_of([(2, 0, frozenset({"Iran"}), "exact", False), (3, 0, frozenset(), "exact", False)])
    fast.set_selection(other.select(EventFilter()), new_data=True)
    found = fast.items(START, START + timedelta(days=10))
    assert not isinstance(found, Subset) and [i.lanes for i in found] == [("Iran",), ()]


def test_row_ids_read_ids_on_demand() -> None:
    snapshot = snapshot_of([(d, 0, frozenset(), "exact", False) for d in range(5)])
    ids_ = RowIds(snapshot.dated, snapshot.undated)
    expected = [row.id for row in snapshot.dated] + [10_000]
    assert len(ids_) == 6 and list(ids_) == expected
    assert [ids_[i] for i in range(-6, 6)] == expected + expected
    for start in range(-7, 8):
        for stop in range(-7, 8):
            assert ids_[start:stop] == expected[start:stop]
    assert ids_[::2] == expected[::2]


def test_span_ends_with_the_interval_ending_last_not_the_one_starting_last() -> None:
    raw = [(0, 0, frozenset(), "exact", False), (10, 300, frozenset(), "exact", False),
           (200, 5, frozenset(), "exact", False), (250, 0, frozenset(), "approximate", False)]
    snapshot = snapshot_of(raw)
    fast, _ = providers(snapshot)
    for f in (EventFilter(), EventFilter(certainties=("exact",))):
        fast.set_selection(snapshot.select(f))
        assert fast.span() == (START, START + timedelta(days=310))


@settings(max_examples=200, deadline=None)
@given(raw=rows_strategy, f=filters_strategy, allowed=st.one_of(st.none(), st.sets(st.integers(1, 130))),
       odd=st.booleans())
def test_select_keeps_what_a_plain_reading_of_the_filter_keeps(raw, f, allowed, odd) -> None:
    """`Snapshot.select` filters through byte masks and positions: it must keep exactly the rows
    a plain test of each row keeps, and say where they stand in the snapshot's rows."""
    snapshot = snapshot_of(raw)
    if odd and snapshot.dated:  # a certainty typed into the database by hand
        snapshot.dated[0].certainty = "douteuse"
        snapshot = Snapshot(snapshot.dated, snapshot.undated)
    since, until = f.start, f.end

    def kept(row: Row) -> bool:
        return ((allowed is None or row.id in allowed) and (not f.certainties or row.certainty in f.certainties)
                and (f.reviewed is None or row.reviewed is f.reviewed)
                and (since is None or row.last >= since) and (until is None or row.first <= until))

    selection = snapshot.select(f, allowed)
    assert selection.dated == [row for row in snapshot.dated if kept(row)]
    for offset in (-30, 0, 100, 390, 500):
        first, end = START + timedelta(days=offset), START + timedelta(days=offset + 20)
        assert selection.meets(first, end) == bool(selection.between(first, end))
    assert selection.firsts == [row.first.toordinal() for row in selection.dated]
    assert selection.base is snapshot.dated
    assert [snapshot.dated[p] for p in selection.positions] == selection.dated
    assert list(selection.positions) == sorted(set(selection.positions))


def test_items_are_freed_by_reference_counting_alone() -> None:
    """No cycle may hold a snapshot's items: the cyclic collector is paused while snapshots are
    built, and a full collection of 100,000 items stalls a paint by a fifth of a second."""
    import gc
    import weakref

    snapshot = snapshot_of([(d % 40, d % 3, frozenset({ACTORS[d % 4]}), "exact", False) for d in range(60)])
    table = build_items(snapshot.dated)
    assert isinstance(table, ItemTable) and table.universe is not None
    table.universe.lanes.split("source")
    gone = weakref.ref(table.universe)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del table
        assert gone() is None
    finally:
        if was_enabled:
            gc.enable()


def test_items_kept_from_a_replaced_numbering_are_still_split_into_lanes() -> None:
    snapshot = snapshot_of([(d % 40, 0, frozenset({ACTORS[d % 4]}), "exact", False) for d in range(30)])
    fast, _ = providers(snapshot)
    fast.set_selection(snapshot.select(EventFilter()))
    kept = fast.items(START, START + timedelta(days=60))
    assert isinstance(kept, Subset)
    fast.adopt_items({})  # a new snapshot's items arrive; a cached layout still holds `kept`
    prepared = prepare_items(kept, (), "source")
    assert len(prepared) == 30 and sorted(chain.from_iterable(prepared.members)) == list(range(30))
