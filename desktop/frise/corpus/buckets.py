"""Merging a whole archive's statements: by date bucket, each widened by the merge reach.

A statement's home is the month of its first day; a bucket is a quarter's months. A bucket sees
every statement that the library's merge could weigh for any statement homed there, and a
margin more: its window runs from OVERLAP before its first day to OVERLAP past the furthest day
a statement homed there reaches (`frise.events.merge` looks a statement up over its interval, at
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

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from frise.corpus.extract import MONTH_PARTITIONING, NO_MONTH, merge_report
from frise.corpus.tables import MonthTable
from frise.events.merge import CONFLICT_WINDOW, Pool, Report, agreed_interval, merge_rank, plan
from frise.events.model import Mention
from frise.store.writes import _titling

OVERLAP = CONFLICT_WINDOW + timedelta(days=31)
"""How far past what its own statements reach a bucket looks: the conflict window, and a month
for the events that those statements' neighbours build (a chain A-B-C across a boundary)."""

PLACEMENTS = pa.schema([("key", pa.string()), ("event_key", pa.string()), ("month", pa.string())])
EVENTS = pa.schema([
    ("event_key", pa.string()), ("first", pa.date32()), ("last", pa.date32()),
    ("actors", pa.list_(pa.string())), ("statements", pa.list_(pa.string())),
    ("articles", pa.list_(pa.string())), ("passages", pa.list_(pa.string())),
    ("conflicts", pa.list_(pa.string())), ("month", pa.string()), ("title_of", pa.int32()),
])
"""`title_of`: which of `statements` titles the event, by the store's rules (`writes._titling`), so
that `corpus load` need not weigh the titles again (datasets written before it lack the column)."""


BUCKET_MONTHS = 3
"""Months per bucket: a quarter. With the overlap on both sides a bucket holds about 1.8 times
its own statements (a month would hold 3.6 times them, each decided in full again)."""


_COLUMNS = ["order", "key", "content_hash", "first", "last", "precise", "actors", "terms", "happening", "passage",
            "title", "month"]
"""What merging reads of a statement (`merge_report` needs no more of its Mention), and its title
(`title_of`)."""


@dataclass(frozen=True, slots=True)
class Window:
    """A bucket: the months whose statements it decides, and the days it sees."""

    name: str
    months: tuple[str, ...]
    start: date
    end: date


def month_bounds(month: str) -> tuple[date, date]:
    year, number = int(month[:4]), int(month[5:7])
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return first, following - timedelta(days=1)


def windows(reach: dict[str, int]) -> list[Window]:
    """The buckets holding resolved statements, with their windows (`reach`: per month, the
    ordinal of the furthest day a statement homed there reaches)."""
    grouped: dict[str, list[str]] = {}
    for month in sorted(m for m in reach if m != NO_MONTH):
        year, number = int(month[:4]), int(month[5:7])
        grouped.setdefault(f"{year:04d}-B{(number - 1) // BUCKET_MONTHS + 1}", []).append(month)
    out = []
    for name, months in grouped.items():
        year, index = int(name[:4]), int(name[6:])
        first = date(year, (index - 1) * BUCKET_MONTHS + 1, 1)
        last = month_bounds(f"{year:04d}-{index * BUCKET_MONTHS:02d}")[1]
        furthest = max([last, *(date.fromordinal(reach[m]) for m in months)])
        out.append(Window(name, tuple(months), first - OVERLAP, furthest + OVERLAP))
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
    wanted = (pc.field("first") <= pa.scalar(high, pa.date32())) & (pc.field("reach") >= pa.scalar(low, pa.date32()))
    if dropped:
        wanted = wanted & ~pc.field("order").isin(list(dropped))
    months = months_between(low - timedelta(days=longest), high)
    table = MonthTable(target / "statements", copy=False).to_table([*_COLUMNS, "reach"], filter=wanted,
                                                                   months=months)
    rows = table.select(_COLUMNS).to_pylist()
    placements, events = decide_bucket(rows, set(window.months))
    _write(target / "placements", pa.Table.from_pylist(placements, schema=PLACEMENTS), window.name)
    _write(target / "events", pa.Table.from_pylist(events, schema=EVENTS), window.name)
    return len(placements), len(events)


def decide_bucket(rows: Iterable[dict[str, Any]], homed: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rules of the library over one bucket's statements: where those homed in its months go
    (placements) and the events they found (with their interval, actors, passages, conflicts)."""
    ranked: list[tuple[Report, tuple[object, ...]]] = []
    by_id: dict[int, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: r["key"]):  # ids do not depend on the reading order
        report = merge_report(_mention(row), len(ranked) + 1, row["order"])
        by_id[report.id] = row
        ranked.append((report, merge_rank(report, row["key"])))
    decided = plan(Pool(), ranked)
    members: dict[int, list[Report]] = {}
    reports = {report.id: report for report, _ in ranked}
    for report_id, event in decided.placed.items():
        members.setdefault(event, []).append(reports[report_id])
    founder_key = {event: by_id[founder]["key"] for event, founder in decided.founders.items()}
    placements = [{"key": by_id[r]["key"], "event_key": founder_key[e], "month": by_id[r]["month"]}
                  for r, e in decided.placed.items() if by_id[r]["month"] in homed]
    events = []
    for event, founder in decided.founders.items():
        if by_id[founder]["month"] not in homed:
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
            "month": by_id[founder]["month"], "title_of": _title_of([by_id[r.id] for r in its]),
        })
    placements.sort(key=lambda p: p["key"])
    events.sort(key=lambda e: e["event_key"])
    return placements, events


def _title_of(statements: list[dict[str, Any]]) -> int:
    """Which of an event's (dated) statements titles it: the one `writes._titling` chooses from
    their rows as the store holds them, which depends on the statements only, not on their ids
    nor their order."""
    if len(statements) == 1:
        return 0
    rows = [(number, row["order"], row["first"].isoformat(), row["last"].isoformat(), int(bool(row["precise"])),
             json.dumps(list(row["actors"])) if row["actors"] else "[]", row["terms"] or "", None, row["title"],
             None, None, None, row["key"], row["happening"], None, None) for number, row in enumerate(statements)]
    return int(_titling(rows)[0])


def _mention(row: dict[str, Any]) -> Mention:
    """A statement as merging sees it: its interval, precision, actors, terms and kind."""
    return Mention(row["key"], 0, 0, "", "date", None, None, "", row["first"], row["last"], "exact",
                   bool(row["precise"]), None, 0, 0, "", "", tuple(row["actors"] or ()),
                   frozenset(row["terms"].split()) if row["terms"] else frozenset(), row["happening"])


def _write(folder: Path, table: pa.Table, bucket: str) -> None:
    if table.num_rows == 0:
        return
    ds.write_dataset(table, folder, format="parquet", partitioning=MONTH_PARTITIONING,
                     basename_template=f"bucket-{bucket}-{{i}}.parquet", existing_data_behavior="overwrite_or_ignore")
