"""Merging a whole archive's statements: by month bucket, each widened by the merge reach.

A statement's home is the month of its first day. The bucket of a month sees every statement
that the library's merge could weigh for any statement homed there, and a margin more: its
window runs from OVERLAP before the month's first day to OVERLAP past the furthest day a
statement homed there reaches (`frise.events.merge` looks a statement up over its interval, at
most MAX_MERGE_SPAN past its start, and CONFLICT_WINDOW either side), and it holds each statement
whose own reach meets the window widened by CONFLICT_WINDOW. Within a bucket, `plan` decides the
statements in merge order (`merge_rank`) over an empty `Pool`, exactly as the library decides a
batch; each statement keeps the decision made in its home bucket, and its event is named by the
key of the event's founder (its first statement in merge order), so that the same event seen
from two buckets has one name.

Deterministic whatever the partitioning: a bucket's content depends only on the statements'
dates, never on which partition or worker produced them, and `plan` orders by `merge_rank`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from frise.corpus.extract import MONTH_PARTITIONING, NO_MONTH, mention_of, merge_report
from frise.events.merge import CONFLICT_WINDOW, Pool, Report, agreed_interval, merge_rank, plan

OVERLAP = CONFLICT_WINDOW + timedelta(days=31)
"""How far past what its own statements reach a bucket looks: the conflict window, and a month
for the events that those statements' neighbours build (a chain A-B-C across a boundary)."""

PLACEMENTS = pa.schema([("key", pa.string()), ("event_key", pa.string()), ("month", pa.string())])
EVENTS = pa.schema([
    ("event_key", pa.string()), ("first", pa.date32()), ("last", pa.date32()),
    ("actors", pa.list_(pa.string())), ("statements", pa.list_(pa.string())),
    ("articles", pa.list_(pa.string())), ("passages", pa.list_(pa.string())),
    ("conflicts", pa.list_(pa.string())), ("month", pa.string()),
])


@dataclass(frozen=True, slots=True)
class Window:
    month: str
    start: date
    end: date


def month_bounds(month: str) -> tuple[date, date]:
    year, number = int(month[:4]), int(month[5:7])
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return first, following - timedelta(days=1)


def windows(reach: dict[str, int]) -> list[Window]:
    """Each month holding resolved statements, with its window (`reach`: per month, the ordinal
    of the furthest day a statement homed there reaches)."""
    out = []
    for month in sorted(m for m in reach if m != NO_MONTH):
        first, last = month_bounds(month)
        furthest = max(last, date.fromordinal(reach[month]))
        out.append(Window(month, first - OVERLAP, furthest + OVERLAP))
    return out


def months_between(first: date, last: date) -> list[str]:
    months, year, number = [], first.year, first.month
    while (year, number) <= (last.year, last.month):
        months.append(f"{year:04d}-{number:02d}")
        year, number = year + number // 12, number % 12 + 1
    return months


def merge_bucket(window: Window, out: str, longest: int, dropped: Sequence[int] = ()) -> tuple[int, int]:
    """Merge one bucket (on a worker): writes the placements of the statements homed in its
    month and the events founded by them. `longest`: the most days any statement's reach runs
    past its first day (which months to read); `dropped`: the articles (by order) left out as
    duplicates. Returns (statements placed, events written)."""
    target = Path(out)
    low, high = window.start - CONFLICT_WINDOW, window.end + CONFLICT_WINDOW
    dataset = ds.dataset(target / "statements", format="parquet", partitioning=MONTH_PARTITIONING)
    wanted = (pc.field("month").isin(months_between(low - timedelta(days=longest), high))
              & (pc.field("first") <= pa.scalar(high, pa.date32()))
              & (pc.field("reach") >= pa.scalar(low, pa.date32())))
    if dropped:
        wanted = wanted & ~pc.field("order").isin(list(dropped))
    rows = dataset.to_table(filter=wanted).to_pylist()
    placements, events = decide_bucket(rows, window.month)
    _write(target / "placements", pa.Table.from_pylist(placements, schema=PLACEMENTS), window.month)
    _write(target / "events", pa.Table.from_pylist(events, schema=EVENTS), window.month)
    return len(placements), len(events)


def decide_bucket(rows: Iterable[dict[str, Any]], month: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rules of the library over one bucket's statements: where those homed in `month` go
    (placements) and the events they found (with their interval, actors, passages, conflicts)."""
    ranked: list[tuple[Report, tuple[object, ...]]] = []
    by_id: dict[int, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: r["key"]):  # ids do not depend on the reading order
        report = merge_report(mention_of(row), len(ranked) + 1, row["order"])
        by_id[report.id] = row
        ranked.append((report, merge_rank(report, row["key"])))
    decided = plan(Pool(), ranked)
    members: dict[int, list[Report]] = {}
    reports = {report.id: report for report, _ in ranked}
    for report_id, event in decided.placed.items():
        members.setdefault(event, []).append(reports[report_id])
    founder_key = {event: by_id[founder]["key"] for event, founder in decided.founders.items()}
    placements = [{"key": by_id[r]["key"], "event_key": founder_key[e], "month": month}
                  for r, e in decided.placed.items() if by_id[r]["month"] == month]
    events = []
    for event, founder in decided.founders.items():
        if by_id[founder]["month"] != month:
            continue
        its = sorted(members[event], key=lambda r: by_id[r.id]["key"])
        agreed = agreed_interval(its) or (its[0].first, its[0].last)
        events.append({
            "event_key": founder_key[event], "first": agreed[0], "last": agreed[1],
            "actors": sorted(set().union(*(r.actors for r in its))),
            "statements": [by_id[r.id]["key"] for r in its],
            "articles": sorted({by_id[r.id]["content_hash"] for r in its}),
            "passages": list(dict.fromkeys(by_id[r.id]["passage"] for r in its)),
            "conflicts": sorted(founder_key[o] for o in decided.conflicts.get(event, ())),
            "month": month,
        })
    placements.sort(key=lambda p: p["key"])
    events.sort(key=lambda e: e["event_key"])
    return placements, events


def _write(folder: Path, table: pa.Table, month: str) -> None:
    if table.num_rows == 0:
        return
    ds.write_dataset(table, folder, format="parquet", partitioning=MONTH_PARTITIONING,
                     basename_template=f"bucket-{month}-{{i}}.parquet", existing_data_behavior="overwrite_or_ignore")
