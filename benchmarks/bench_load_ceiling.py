"""What one SQLite transaction costs for the rows of a `corpus load`, with none of the load's Python:
the rows of a timeline that `corpus load` wrote, written again into a fresh timeline.

Run by hand, never in the test suite:

    python benchmarks/bench_load_ceiling.py LOADED.frise [--runs 3] [--ways select,many,json,copy]

Ways of writing the same rows (each run writes a fresh timeline with each way, in turn):

- select: `INSERT … SELECT` from the loaded timeline, attached, its rows filtered (`WHERE rowid > 0`)
  as a slice's would be. SQLite's own work only, no value bound from Python.
- many: `executemany` of the rows read beforehand into Python tuples, as `frise.store.bulk` writes
  them: SQLite's work plus Python's binding of each value.
- json: one JSON array of the rows per table, `INSERT … SELECT value ->> 0, … FROM json_each(?)`:
  a single bound value per table.
- copy: `INSERT … SELECT *` unfiltered, what a copy of the final rows, ids included, would allow
  (SQLite's transfer optimisation applies only to the actors here: the other tables have foreign
  keys or full-text triggers).

Each way writes as `frise.store.bulk` does: one BEGIN IMMEDIATE transaction through a rollback
journal (the timeline is new), a page cache of 1 GB, the full-text triggers and the secondary
indexes dropped, and the full-text index and the indexes built once the rows are in.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from frise.store import Store  # noqa: E402
from frise.store.bulk import CACHE_KIB  # noqa: E402

TABLES = ("actors", "articles", "events", "date_expressions", "event_sources", "event_actors", "event_conflicts")
FULL_TEXT = {"articles_fts": "articles", "events_fts": "events"}
TRIGGERS = ("articles_ai", "events_ai")


def columns(conn: Any, table: str) -> list[str]:
    """The columns of `table` that hold its rows, `rowid` first unless a column is its alias (the
    rowids of a table the load writes with INSERT OR IGNORE have gaps, which a copy must keep)."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    names = [f'"{row[1]}"' for row in info]
    keys = [row for row in info if row[5]]
    aliased = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
    return names if aliased else ["rowid", *names]


def rows_of(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the timeline at `path`, table by table, as `write` binds them (`columns`)."""
    with closing(sqlite3.connect(path)) as source:
        return {table: source.execute(f'SELECT {", ".join(columns(source, table))} FROM "{table}" '
                                      "ORDER BY rowid").fetchall() for table in TABLES}


def write(source: Path, target: Path, way: str, rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, float]:
    """Write `source`'s rows into a fresh timeline at `target` one `way`; seconds per step."""
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    seconds: dict[str, float] = {}
    with Store.open(target) as store:
        conn = store.db.conn
        began = time.perf_counter()
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("ATTACH ? AS source", [str(source)])

        def step(name: str, sql: str, *args: Any) -> None:
            start = time.perf_counter()
            conn.execute(sql, *args)
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start

        conn.execute("BEGIN IMMEDIATE")
        triggers = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                f"({', '.join('?' * len(TRIGGERS))})", TRIGGERS).fetchall()
        indexes = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               f"AND tbl_name IN ({', '.join('?' * len(TABLES))})", TABLES).fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for table in TABLES:
            names = columns(conn, table)
            listed, width = ", ".join(names), len(names)
            if way == "copy":
                step(table, f'INSERT INTO "{table}" ({listed}) SELECT {listed} FROM source."{table}"')
            elif way == "select":
                step(table, f'INSERT INTO "{table}" ({listed}) SELECT {listed} FROM source."{table}" '
                            "WHERE rowid > 0 ORDER BY rowid")
            elif way == "many":
                start = time.perf_counter()
                conn.executemany(f'INSERT INTO "{table}" ({listed}) VALUES ({", ".join("?" * width)})', rows[table])
                seconds[table] = time.perf_counter() - start
            else:
                start = time.perf_counter()
                text = json.dumps(rows[table], ensure_ascii=False, separators=(",", ":"))
                seconds["json.dumps"] = seconds.get("json.dumps", 0.0) + time.perf_counter() - start
                values = ", ".join(f"value ->> {n}" for n in range(width))
                step(table, f'INSERT INTO "{table}" ({listed}) SELECT {values} FROM json_each(?)', [text])
        for fts, table in FULL_TEXT.items():
            indexed = ", ".join(f'"{c[1]}"' for c in conn.execute(f'PRAGMA table_info("{fts}")'))
            step("full_text", f'INSERT INTO "{fts}" (rowid, {indexed}) SELECT rowid, {indexed} FROM "{table}"')
        for _, sql in indexes:
            step("indexes", sql)
        for _, sql in triggers:
            conn.execute(sql)
        step("commit", "COMMIT")
        seconds["total"] = time.perf_counter() - began
    return {name: round(value, 2) for name, value in seconds.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("loaded", type=Path, help="a timeline written by corpus load")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ways", default="select,many,json,copy")
    args = parser.parse_args(argv)
    ways = args.ways.split(",")
    rows: dict[str, list[tuple[Any, ...]]] = {}
    if {"many", "json"} & set(ways):
        rows = rows_of(args.loaded)
    with tempfile.TemporaryDirectory(prefix="bench-ceiling-") as scratch:
        for run in range(args.runs):
            for way in ways:
                before = " ".join(f"{x:.2f}" for x in os.getloadavg())
                figures = write(args.loaded, Path(scratch) / f"{way}.frise", way, rows)
                print(json.dumps({"run": run + 1, "way": way, "load_average_before": before} | figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
