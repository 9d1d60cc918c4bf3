"""The events' rows of a `corpus load`, worked out on the statements' Arrow columns.

`writes._derived` works out an event's row, sources and actors from its statements, one Python
call per event; for the 100,000 events of a large load that was a sixth of the load, spent in
small lists, sets and sorts. Here the same rules are applied to whole columns, every event at
once: each field is one Arrow column over the events, turned into Python values only to be
handed to `frise.store.bulk`.

Only the events whose row follows from their statements alone are worked out here: those of one
statement, and those of several, all dated, that are exactly the statements the dataset's merge
recorded for them with the one that titles them (`buckets.EVENTS`' `title_of`, the choice
`writes._titling` makes). The others (an event some of whose statements were left out of the
load, a dataset without `title_of`, a certainty the merge does not rank) are left to
`writes._derived` by `frise.store.bulk`, which is also the reference these rules are tested
against (tests/test_corpus_derived.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from itertools import accumulate
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from frise.events.kinds import kind_rank
from frise.events.merge import CERTAINTY_RANK

Derived = tuple[tuple[Any, ...], list[tuple[int, int, list[int]]], list[str]]
"""What `writes._derived` returns for an event (its row's fields, its sources, its actors' keys),
with the statements and articles named by their place in the load instead of their ids."""

_BY_RANK = pa.array([name for name, _ in sorted(CERTAINTY_RANK.items(), key=lambda item: item[1])], pa.string())


def derived_events(statements: pa.Table, stored: Mapping[str, Sequence[Any]], events: pa.Table) -> dict[str, Derived]:
    """Event key -> what `writes._derived` gives for it, for the events of `statements` (in storing
    order, with `article` and `event` as `load._placed_statements` adds them) that these rules
    decide; `stored`: the statements' columns as stored (`load._statement_columns`); `events`:
    the dataset's events (event_key, and statements and title_of when it records them)."""
    count = statements.num_rows
    if count == 0:
        return {}
    keys = pc.unique(statements["event"])  # in the order they first come, as the events are numbered
    event = pc.index_in(statements["event"], value_set=keys)
    place = pa.array(range(count), pa.int64())
    rows = pa.table({"event": event, "dated": pc.is_valid(statements["first"]), "place": place})
    per = rows.group_by("event").aggregate([("dated", "count"), ("dated", "all"), ("place", "min")]).sort_by("event")
    alone = pc.equal(per["dated_count"], 1)
    titling = pc.if_else(alone, per["place_min"], _titling_rows(statements, event, keys, events, per["dated_count"]))
    chosen = pc.fill_null(pc.or_(alone, pc.and_(per["dated_all"], pc.is_valid(titling))), False)

    # The interval the reports agree on, or the first report's when they clash (`agreed_interval`).
    first, last = statements["first"], statements["last"]
    by_event = pa.table({"event": event, "first": first, "last": last, "article": statements["article"],
                         "news": pc.fill_null(pc.equal(statements["importance"], "news"), False)})
    spans = by_event.group_by("event").aggregate([("first", "max"), ("last", "min"), ("article", "count_distinct"),
                                                  ("news", "any")]).sort_by("event")
    clash = pc.fill_null(pc.greater(spans["first_max"], spans["last_min"]), False)
    agreed_first = pc.if_else(clash, pc.take(first, per["place_min"]), spans["first_max"])
    agreed_last = pc.if_else(clash, pc.take(last, per["place_min"]), spans["last_min"])

    # As sure as the surest report stating that interval exactly (`event_certainty`); a statement
    # alone keeps its own, and an undated one is unresolved.
    stating = pc.fill_null(pc.and_(pc.equal(first, pc.take(agreed_first, event)),
                                   pc.equal(last, pc.take(agreed_last, event))), False)
    rank = pc.index_in(statements["certainty"], value_set=_BY_RANK)
    sure = pa.table({"event": event, "rank": pc.if_else(stating, rank, pa.scalar(None, pa.int32())),
                     "unknown": pc.and_(stating, pc.is_null(rank)),
                     "assumed": pc.fill_null(pc.equal(statements["certainty"], "assumed"), False)})
    surest = sure.group_by("event").aggregate([("rank", "min"), ("unknown", "any"), ("assumed", "all")]
                                              ).sort_by("event")
    certainty = pc.if_else(pc.is_null(surest["rank_min"]),
                           pc.if_else(surest["assumed_all"], "assumed", "approximate"),
                           pc.take(_BY_RANK, surest["rank_min"]))
    own_certainty = pc.take(statements["certainty"], per["place_min"])
    certainty = pc.if_else(alone, pc.if_else(pc.is_valid(agreed_first), own_certainty, "unresolved"), certainty)
    chosen = pc.and_(chosen, pc.or_(alone, pc.invert(surest["unknown_any"])))  # an unranked one: writes._derived

    # Of its title's kind, or else of the first kind in the cue list's order among its reports.
    happening = statements["happening"]
    kinds = pc.unique(happening)
    ranks = pc.take(pa.array([kind_rank(kind) for kind in kinds.to_pylist()], pa.int64()),
                    pc.index_in(happening, value_set=kinds))
    told = pc.fill_null(pc.not_equal(happening, ""), False)
    weighed = pc.if_else(told, pc.add(pc.multiply(ranks, count), place), pa.scalar(None, pa.int64()))
    kind_of = pa.table({"event": event, "weighed": weighed}).group_by("event").aggregate(
        [("weighed", "min")]).sort_by("event")["weighed_min"]
    first_kind = pc.take(happening, pc.subtract(kind_of, pc.multiply(pc.divide(kind_of, count), count)))
    own_kind = pc.take(happening, titling)
    kind = pc.if_else(pc.fill_null(pc.not_equal(own_kind, ""), False), own_kind, first_kind)
    kind = pc.if_else(alone, own_kind, kind)

    importance = pc.if_else(alone, pc.take(statements["importance"], per["place_min"]),
                            pc.if_else(spans["news_any"], "news", "context"))
    passages = pc.binary_join(_distinct(event, statements["passage"], place, len(keys)), "\n")
    places = pc.if_else(alone, pc.take(pa.array(stored["places"], pa.string()), per["place_min"]),
                        pa.array(_json_lists(_distinct_places(statements["places"], event, len(keys)),
                                             ascii_only=False), pa.string()))
    # As `writes._derived`: what the reports name, else every party they stand for or imply.
    stands_in = pc.greater(pc.list_value_length(statements["implied"]), 0)
    named = pc.if_else(stands_in, pa.scalar([], statements["actors"].type), statements["actors"])
    actors = _sorted_sets(named, event, len(keys))
    both = pa.chunked_array([*statements["actors"].chunks, *statements["implied"].chunks], statements["actors"].type)
    twice = pa.chunked_array([event, event]).combine_chunks()
    implied = _sorted_sets(both, twice, len(keys))
    actors = pc.if_else(pc.equal(pc.list_value_length(actors), 0), implied, actors)

    wanted = zip(pc.cast(agreed_first, pa.string()).to_pylist(), pc.cast(agreed_last, pa.string()).to_pylist(),
                 pc.take(statements["title"], titling).to_pylist(), certainty.to_pylist(),
                 spans["article_count_distinct"].to_pylist(), passages.to_pylist(), kind.to_pylist(),
                 importance.to_pylist(), places.to_pylist(), strict=True)
    together = zip(keys.to_pylist(), chosen.to_pylist(), wanted, _sources(statements, event, len(keys)),
                   actors.to_pylist(), strict=True)
    return {key: (row, its_sources, its_actors) for key, decided, row, its_sources, its_actors in together if decided}


def _titling_rows(statements: pa.Table, event: pa.Array, keys: pa.Array, events: pa.Table,
                  sizes: pa.ChunkedArray) -> pa.Array:
    """For each event (numbered as `keys`), the statement (by place) that titles it according to
    the dataset's record of it, when that record lists exactly the event's statements (as `load`
    checks `BulkLoad.titles`); null otherwise, and for every event of a dataset that does not
    record the titles, or records an event twice (`load._read` would keep the last record)."""
    nothing = pa.nulls(len(keys), pa.int64())
    if ("title_of" not in events.column_names or events.num_rows == 0
            or pc.count_distinct(events["event_key"]).as_py() < events.num_rows):
        return nothing
    listed = events["statements"].combine_chunks()
    owner = pc.list_parent_indices(listed)
    flat = pc.list_flatten(listed)
    row = pc.index_in(flat, value_set=statements["key"])  # where each listed statement is in the load
    record_event = pc.index_in(events["event_key"], value_set=keys)
    same = pc.fill_null(pc.equal(pc.take(event, row), pc.take(record_event, owner)), False)
    within = pc.subtract(pa.array(range(len(flat)), pa.int64()), pc.take(listed.offsets, owner))
    titles = pc.fill_null(pc.equal(within, pc.take(events["title_of"], owner)), False)
    entries = pa.table({"owner": owner, "row": row, "title": pc.if_else(pc.and_(same, titles), row, None)})
    found = entries.filter(same).group_by("owner").aggregate([("row", "count_distinct"), ("title", "min")])
    record = pc.index_in(keys, value_set=events["event_key"])  # each event's record
    at = pc.index_in(record, value_set=found["owner"])
    exact = pc.and_(pc.equal(pc.take(found["row_count_distinct"], at), sizes),
                    pc.equal(pc.cast(pc.take(pc.list_value_length(listed), record), pa.int64()), sizes))
    return pc.if_else(pc.fill_null(exact, False), pc.cast(pc.take(found["title_min"], at), pa.int64()), nothing)


def _offsets(numbers: pa.Array, groups: int) -> pa.Array:
    """List offsets for values sorted by their group (`numbers`, each in range(groups)), empty
    groups included."""
    sizes = [0] * groups
    counted = pc.value_counts(numbers)
    for number, size in zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True):
        sizes[number] = size
    return pa.array([0, *accumulate(sizes)], pa.int32())


def _distinct(group: pa.Array, values: Any, order: pa.Array, groups: int) -> pa.ListArray:
    """Each group's values, each once, in `order` of their first appearance."""
    firsts = pa.table({"group": group, "value": values, "order": order}).group_by(
        ["group", "value"]).aggregate([("order", "min")])
    firsts = firsts.take(pc.sort_indices(firsts, [("group", "ascending"), ("order_min", "ascending")]))
    offsets = _offsets(firsts["group"].combine_chunks(), groups)
    return pa.ListArray.from_arrays(offsets, firsts["value"].combine_chunks())


def _distinct_places(lists: pa.ChunkedArray, event: pa.Array, groups: int) -> pa.ListArray:
    """Each event's places, each once in the order they come (`writes._places`)."""
    lists = lists.combine_chunks()
    flat = pc.list_flatten(lists)
    return _distinct(pc.take(event, pc.list_parent_indices(lists)), flat, pa.array(range(len(flat)), pa.int64()),
                     groups)


def _sorted_sets(lists: pa.ChunkedArray, event: pa.Array, groups: int) -> pa.ListArray:
    """The sorted set of the strings of each event's lists (Arrow orders strings by their UTF-8
    bytes, which is the order of their code points, as `sorted` orders them)."""
    lists = lists.combine_chunks()
    pairs = pa.table({"group": pc.take(event, pc.list_parent_indices(lists)), "key": pc.list_flatten(lists)})
    pairs = pairs.group_by(["group", "key"]).aggregate([]).sort_by([("group", "ascending"), ("key", "ascending")])
    return pa.ListArray.from_arrays(_offsets(pairs["group"].combine_chunks(), groups), pairs["key"].combine_chunks())


def _sources(statements: pa.Table, event: pa.Array, groups: int) -> list[list[tuple[int, int, list[int]]]]:
    """Each event's sources as `writes._sources` makes them: one per article, in the order the
    articles come, its most precise statement first (then the narrowest, the first in the text,
    the first stored) and the others after it in that order; by place, not id."""
    first, last = statements["first"], statements["last"]
    span = pc.fill_null(pc.subtract(pc.cast(last, pa.int32()), pc.cast(first, pa.int32())), 10**6)
    ranked = pa.table({"event": event, "article": statements["article"],
                       "precise": pc.fill_null(statements["precise"], False), "span": span,
                       "start": statements["start"], "place": pa.array(range(statements.num_rows), pa.int64())})
    ranked = ranked.take(pc.sort_indices(ranked, [("event", "ascending"), ("article", "ascending"),
                                                  ("precise", "descending"), ("span", "ascending"),
                                                  ("start", "ascending"), ("place", "ascending")]))
    numbers, articles = ranked["event"].combine_chunks(), ranked["article"].combine_chunks()
    new = pc.or_(pc.not_equal(numbers[1:], numbers[:-1]), pc.not_equal(articles[1:], articles[:-1]))
    heads = pa.concat_arrays([pa.array([True]), new])  # each source's primary statement
    starts = pc.indices_nonzero(heads)
    # Most sources have one statement: they share one empty list of others.
    others: list[list[int]] = [[]] * len(starts)
    followers = pc.indices_nonzero(pc.invert(heads))
    source_of = pc.subtract(pc.cumulative_sum(pc.cast(heads, pa.int64())), 1)
    for source, place in zip(pc.take(source_of, followers).to_pylist(),
                             pc.take(ranked["place"], followers).to_pylist(), strict=True):
        if not others[source]:
            others[source] = []
        others[source].append(place)
    flat = list(zip(pc.take(articles, starts).to_pylist(), pc.take(ranked["place"], starts).to_pylist(), others,
                    strict=True))
    bounds = _offsets(pc.take(numbers, starts), groups).to_pylist()
    return [flat[start:end] for start, end in zip(bounds, bounds[1:], strict=False)]


_PLAIN_ASCII = r"^[ !#-\[\]-~]*$"
"""Strings `json.dumps` writes as they are, between quotes: printable ASCII but `"` and `\\`."""
_PLAIN = r'^[^\x00-\x1f"\\]*$'
"""The same with `ensure_ascii=False`, which escapes only control characters, `"` and `\\`."""


def _json_lists(lists: pa.ChunkedArray | pa.ListArray, *, ascii_only: bool) -> list[str]:
    """Each list of strings as `json.dumps(list(values), ensure_ascii=ascii_only)` writes it, "[]"
    when empty or null (`writes.statement_row`). Joined by Arrow when no string needs escaping."""
    flat = pc.list_flatten(lists)
    plain = pc.match_substring_regex(flat, _PLAIN_ASCII if ascii_only else _PLAIN)
    if len(flat) and (flat.null_count or not pc.all(plain).as_py()):
        return [json.dumps(values, ensure_ascii=ascii_only) if values else "[]" for values in lists.to_pylist()]
    joined = pc.binary_join_element_wise('["', pc.binary_join(lists, '", "'), '"]', "")
    empty = pc.or_kleene(pc.is_null(lists), pc.equal(pc.list_value_length(lists), 0))
    return pc.if_else(empty, "[]", joined).to_pylist()
