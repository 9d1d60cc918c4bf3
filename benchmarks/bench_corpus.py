"""How fast `frise-cli corpus` extracts an archive with 1 and 2 workers, beside `frise-cli import`
of the same files, and how fast `corpus load` writes 100,000 events into a timeline.

Run by hand, never in the test suite:

    python benchmarks/bench_corpus.py [--articles 20000] [--load-events 100000] [--seed 7]
                                      [--partition-size 250] [--skip-import] [--by-event] [--json OUT.json]

1. Writes --articles synthetic article files (`synthetic_corpus.write_articles`: dated text
   files whose happenings several articles report; --undated of them without a date, none by
   default: the pass that assumes their year at the end of an import, `Library.reassume_years`,
   is being reworked and took over ten minutes for 200 undated articles among 20,000 once).
2. Imports them through `Library.import_paths`, what `frise-cli import` runs (one process).
3. Runs `corpus extract` on a LocalCluster of 1 worker process, then of 2, each into a fresh
   dataset; articles per second over extraction and merging (the cluster's start is timed apart),
   and the speed-up of 2 workers over 1. Both runs must give the same number of events.
4. Loads the 2-worker dataset into a fresh timeline, then a dataset of at least --load-events
   events made from it (its rows copied under new article hashes and statement keys, so each copy
   merges as the original did), and reports events per second of `corpus load` (target: 20,000);
   with --by-event, also through the store's per-article path it used before `frise.store.bulk`.

On a machine shared with other work the wall-clock figures move with the neighbours' load; the
script prints the load average before and after each step.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
import pyarrow.dataset as ds  # noqa: E402
import synthetic_corpus  # noqa: E402

from frise.corpus.extract import MONTH_PARTITIONING  # noqa: E402
from frise.corpus.load import load  # noqa: E402
from frise.corpus.run import client_for, close_client, extract  # noqa: E402
from frise.corpus.tables import COMPACT_TABLES, write_compact  # noqa: E402
from frise.library import Library  # noqa: E402
from frise.store import Store  # noqa: E402


def _load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def bench_import(folder: Path, workdir: Path) -> dict[str, Any]:
    last: list[float] = []
    with Store.open(workdir / "import.frise") as store:
        began = time.perf_counter()
        summary = Library(store).import_paths([folder], progress=lambda done, total, _: last.append(time.perf_counter())
                                              if done == total else None)
        seconds = time.perf_counter() - began
        return {"seconds": round(seconds, 1), "articles": len(summary.imported),
                "articles_per_s": round(len(summary.imported) / seconds, 1), "events": store.count_events(),
                "undated_pass_s": round(time.perf_counter() - last[0], 1) if last else None}


def bench_extract(folder: Path, out: Path, workers: int, partition_size: int) -> dict[str, Any]:
    began = time.perf_counter()
    client = client_for(workers=workers)
    started = time.perf_counter() - began
    try:
        summary = extract([folder], out, client, partition_size=partition_size)
    finally:
        close_client(client)
    seconds = summary.seconds["total"]
    return {"workers": workers, "cluster_start_s": round(started, 1), "seconds": round(seconds, 1),
            "extract_s": summary.seconds["extract"], "merge_s": summary.seconds["merge"],
            "articles": summary.articles, "articles_per_s": round(summary.articles / seconds, 1),
            "events": summary.events, "statements": summary.statements, "failures": len(summary.failures)}


def amplify(source: Path, target: Path, events: int) -> int:
    """A dataset of at least `events` events: `source`'s rows copied under new article hashes and
    statement keys (a suffix per copy), each copy merging as the original, with the one-file
    copies of its articles and statements that `corpus extract` writes last. Returns the events."""
    base = ds.dataset(source / "events", format="parquet", partitioning=MONTH_PARTITIONING).count_rows()
    copies = max(1, -(-events // max(base, 1)))
    articles_count = ds.dataset(source / "articles", format="parquet", partitioning=MONTH_PARTITIONING).count_rows()
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source / "done", target / "done")
    renamed = {"articles": ["content_hash"], "statements": ["content_hash", "key"],
               "placements": ["key", "event_key"], "events": ["event_key"]}
    lists = {"events": ["statements", "articles", "conflicts"]}
    for name, columns in renamed.items():
        table = ds.dataset(source / name, format="parquet", partitioning=MONTH_PARTITIONING).to_table()
        for copy in range(copies):
            suffix = f"~{copy}"
            out = table
            for column in columns:
                out = out.set_column(out.schema.get_field_index(column), column,
                                     _suffixed(out[column], suffix, column == "key" or column == "event_key"))
            for column in lists.get(name, []):
                values = [[_rename(v, suffix, column != "articles") for v in (row or [])]
                          for row in out[column].to_pylist()]
                out = out.set_column(out.schema.get_field_index(column), column,
                                     pa.array(values, pa.list_(pa.string())))
            if "order" in out.column_names:
                out = out.set_column(out.schema.get_field_index("order"), "order",
                                     pc.add(out["order"], pa.scalar(copy * articles_count, pa.int64())))
            ds.write_dataset(out, target / name, format="parquet", partitioning=MONTH_PARTITIONING,
                             basename_template=f"copy{copy}-{{i}}.parquet",
                             existing_data_behavior="overwrite_or_ignore")
    write_compact(target, COMPACT_TABLES)  # as `corpus extract` ends
    return base * copies


def _rename(value: str, suffix: str, key: bool) -> str:
    if key:  # content-hash:start:end -> content-hash~n:start:end
        head, _, tail = value.partition(":")
        return f"{head}{suffix}:{tail}"
    return value + suffix


def _suffixed(column: Any, suffix: str, key: bool) -> Any:
    return pa.array([None if v is None else _rename(v, suffix, key) for v in column.to_pylist()], pa.string())


def bench_load(dataset: Path, target: Path, *, bulk: bool = True) -> dict[str, Any]:
    for extra in ("", "-wal", "-shm"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    with Store.open(target) as store:
        summary = load(dataset, store, bulk=bulk)
        events = store.count_events()
    return {"seconds": round(summary.seconds, 1), "articles": summary.articles, "statements": summary.statements,
            "events": events, "events_per_s": round(events / summary.seconds)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--load-events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--undated", type=float, default=0.0,
                        help="the fraction of articles without a date (0 by default: see the README)")
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--skip-import", action="store_true", help="leave out the frise-cli import run")
    parser.add_argument("--by-event", action="store_true",
                        help="also load the big dataset through the store's per-article path (load(bulk=False)), "
                             "what corpus load did before frise.store.bulk")
    parser.add_argument("--json", metavar="OUT", help="also write the figures there")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"cpus": os.cpu_count(), "articles": args.articles}
    with tempfile.TemporaryDirectory(prefix="bench-corpus-", ignore_cleanup_errors=True) as scratch:
        work = Path(scratch)
        folder = work / "articles"
        synthetic_corpus.write_articles(folder, args.articles, args.seed, undated=args.undated)
        steps = [] if args.skip_import else [("import", lambda: bench_import(folder, work))]
        steps += [("corpus_1_worker", lambda: bench_extract(folder, work / "d1", 1, args.partition_size)),
                  ("corpus_2_workers", lambda: bench_extract(folder, work / "d2", 2, args.partition_size))]
        for name, step in steps:
            before = _load_average()
            report[name] = step() | {"load_average_before": before, "load_average_after": _load_average()}
            print(name, json.dumps(report[name], ensure_ascii=False), file=sys.stderr, flush=True)
        one, two = report["corpus_1_worker"], report["corpus_2_workers"]
        report["speedup_2_over_1"] = round(two["articles_per_s"] / one["articles_per_s"], 2)
        report["same_events_1_and_2_workers"] = one["events"] == two["events"]
        if "import" in report:
            imported = report["import"]["articles_per_s"]
            report["speedup_2_workers_over_import"] = round(two["articles_per_s"] / imported, 2)
        report["load_extracted"] = bench_load(work / "d2", work / "load.frise")
        print("load_extracted", json.dumps(report["load_extracted"]), file=sys.stderr, flush=True)
        amplify(work / "d2", work / "big", args.load_events)
        before = _load_average()
        report["load_big"] = bench_load(work / "big", work / "big.frise") | {
            "load_average_before": before, "load_average_after": _load_average()}
        print("load_big", json.dumps(report["load_big"]), file=sys.stderr, flush=True)
        if args.by_event:
            before = _load_average()
            report["load_big_by_event"] = bench_load(work / "big", work / "big-by-event.frise", bulk=False) | {
                "load_average_before": before, "load_average_after": _load_average()}
            print("load_big_by_event", json.dumps(report["load_big_by_event"]), file=sys.stderr, flush=True)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
