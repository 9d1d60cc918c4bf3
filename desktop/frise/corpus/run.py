"""`corpus extract` on a Dask cluster: partitions of input, then the merge by month bucket.

The client expands the sources and cuts them into partitions (`frise.corpus.sources`); each
partition is one task (`frise.corpus.extract.run_partition`), skipped when a previous run wrote
it. Once all are written, the client reads the small columns it needs to drop duplicate
articles (the same text twice: the first in input order is kept, as `frise-cli import` keeps
the first it meets) and submits one merge task per month bucket (`frise.corpus.buckets`). The
shuffle goes through the month-partitioned Parquet dataset: a bucket's task reads the month
directories its window covers. The output directory must therefore be one every worker sees (a
shared or network file system, as for any Dask job writing Parquet). Beside the merge, one task copies
the articles and statements into one file each (`frise.corpus.tables.write_compact`), which
`corpus load` reads in place of the partitions' thousands of small files; once the merge is
over, another copies the placements and events it wrote, which `corpus load` reads as well.

A worker that dies mid-task is replaced (a local cluster's nanny restarts it) and its task run
again elsewhere; each task's files have fixed names, so a task run twice writes them once.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyarrow.compute as pc

from frise.corpus.buckets import Window, merge_bucket, months_between, windows
from frise.corpus.extract import NO_MONTH, PartitionResult, clear_stale, run_partition
from frise.corpus.folder import MERGED
from frise.corpus.sources import Failure, expand, partitions
from frise.corpus.tables import COMPACT, MERGED_TABLES, MonthTable, month_table, write_compact

Progress = Callable[[int, int, str], None]
"""progress(done, total, what): after each partition (items done of all items), then each bucket."""

DEFAULT_PARTITION_SIZE = 250


@dataclass(slots=True)
class ExtractSummary:
    items: int = 0
    partitions: int = 0
    skipped: int = 0
    articles: int = 0
    statements: int = 0
    events: int = 0
    buckets: int = 0
    failures: list[Failure] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    """(the item left out, the item whose text it repeats)."""
    seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"items": self.items, "partitions": self.partitions, "skipped": self.skipped,
                "articles": self.articles, "statements": self.statements, "events": self.events,
                "buckets": self.buckets, "failures": [f.to_json() for f in self.failures],
                "duplicates": [{"label": a, "of": b} for a, b in self.duplicates], "seconds": self.seconds}


def client_for(scheduler: str | None = None, workers: int = 2) -> Any:
    """A client of the scheduler at `scheduler`, or of a local cluster of `workers` processes
    (one thread each: extraction is pure Python and holds the GIL)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=40)  # any free port: never a clash
    return Client(cluster)


def close_client(client: Any) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def extract(sources: Iterable[str | Path], out: str | Path, client: Any, *,
            partition_size: int = DEFAULT_PARTITION_SIZE, progress: Progress | None = None) -> ExtractSummary:
    """Extract every article of `sources` into the dataset at `out`, then merge; restartable."""
    from dask.distributed import as_completed

    target = Path(out).absolute()
    target.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    items, listing_failures = expand(sources)
    parts = partitions(items, partition_size)
    shutil.rmtree(target / COMPACT, ignore_errors=True)  # the copies of a previous run: stale from now on
    clear_stale(target, [p.id for p in parts])
    summary = ExtractSummary(items=len(items), partitions=len(parts), failures=list(listing_failures))
    sizes = {p.id: len(p.items) for p in parts}
    futures = client.map(run_partition, parts, out=str(target), pure=False,
                         key=[f"frise-extract-{p.id}" for p in parts])
    results: list[PartitionResult] = []
    done = 0
    for future in as_completed(futures):
        result = future.result()
        results.append(result)
        done += sizes[result.id]
        if progress is not None:
            progress(done, len(items), f"partition {result.id}")
    del futures
    summary.seconds["extract"] = round(time.perf_counter() - began, 3)
    order = {p.id: n for n, p in enumerate(parts)}
    results.sort(key=lambda r: order[r.id])
    summary.skipped = sum(r.skipped for r in results)
    for result in results:
        summary.failures.extend(result.failures)

    merged = time.perf_counter()
    dropped, summary.duplicates = _duplicates(target, results, {item.order: item.label for item in items})
    reach: dict[str, int] = {}
    for result in results:
        for month, far in result.reach.items():
            reach[month] = max(reach.get(month, far), far)
    statements = month_table(target / "statements")
    longest = _longest(results, statements)
    (target / MERGED).unlink(missing_ok=True)
    for folder in ("placements", "events"):
        shutil.rmtree(target / folder, ignore_errors=True)
    buckets = windows(reach)
    summary.buckets = len(buckets)
    # The largest buckets first (by the statements of the months they see, when the partitions
    # said how many), so that the last to finish is a small one and no worker waits long for it.
    weights = _bucket_sizes(buckets, results, longest)
    ranked = sorted(range(len(buckets)), key=lambda n: -weights[n])
    # The one-file copies of the articles and statements (final once the partitions are written),
    # on a worker beside the first buckets: first in line, so that no worker waits for it at the end.
    compacting = client.submit(write_compact, str(target), pure=False, key="frise-compact",
                               priority=len(buckets) + 1)
    merging = [client.submit(merge_bucket, buckets[n], out=str(target), longest=longest, dropped=sorted(dropped),
                             pure=False, key=f"frise-merge-{buckets[n].name}", priority=len(buckets) - rank)
               for rank, n in enumerate(ranked)]
    for index, future in enumerate(as_completed(merging), start=1):
        _, events = future.result()
        summary.events += events
        if progress is not None:
            progress(index, len(buckets), "fusion par trimestre")
    compacting.result()
    client.submit(write_compact, str(target), MERGED_TABLES, pure=False, key="frise-compact-merged").result()
    summary.seconds["merge"] = round(time.perf_counter() - merged, 3)
    # Counted from what the partitions said they wrote (the dataset holds exactly their files:
    # `clear_stale`), less the duplicates' rows, read only when there are duplicates.
    summary.articles = sum(r.articles for r in results) - len(dropped)
    summary.statements = sum(r.statements for r in results)
    if statements is not None and dropped:
        kept = statements.to_table(columns=["order"])
        summary.statements -= int(pc.sum(pc.is_in(kept["order"], value_set=_ints(dropped))).as_py() or 0)
    summary.seconds["total"] = round(time.perf_counter() - began, 3)
    (target / MERGED).write_text(json.dumps(summary.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def _longest(results: Iterable[PartitionResult], statements: MonthTable | None) -> int:
    """The most days a dated statement's reach runs past its first day, as the partitions
    recorded it; read from the statements when a partition's marker predates that record."""
    recorded = [r.longest for r in results]
    if all(days is not None for days in recorded):
        return max((days for days in recorded if days is not None), default=0)
    if statements is None:
        return 0
    spans = statements.to_table(columns=["first", "reach", "month"], filter=pc.field("month") != NO_MONTH)
    if not spans.num_rows:
        return 0
    days = pc.subtract(pc.cast(spans["reach"], "int32"), pc.cast(spans["first"], "int32"))
    return int(pc.max(days).as_py())


def _bucket_sizes(buckets: list[Window], results: Iterable[PartitionResult], longest: int) -> list[int]:
    """How many statements each bucket reads, roughly (those of the months it reads), from
    the partitions' counts; 0 for every bucket when a marker predates them."""
    counts: dict[str, int] = {}
    for result in results:
        if result.counts is None:
            return [0] * len(buckets)
        for month, count in result.counts.items():
            counts[month] = counts.get(month, 0) + count
    return [sum(counts.get(m, 0) for m in months_between(w.start - timedelta(days=longest), w.end))
            for w in buckets]


def _ints(values: Iterable[int]) -> Any:
    import pyarrow as pa

    return pa.array(sorted(values), pa.int64())


def _duplicates(target: Path, results: Iterable[PartitionResult],
                labels: dict[int, str]) -> tuple[set[int], list[tuple[str, str]]]:
    """The articles whose text an earlier one (in input order) already has: from the content
    hashes the partitions reported (`labels`: each item's label by its order, what an article's
    `source` column holds), or read from the articles when a marker predates that report."""
    reported = [r.hashes for r in results]
    rows: list[tuple[int, str, str]]
    if all(hashes is not None for hashes in reported):
        rows = [(order, content_hash, labels[order]) for hashes in reported for order, content_hash in hashes or ()]
    else:
        articles = month_table(target / "articles")
        if articles is None:
            return set(), []
        table = articles.to_table(["order", "content_hash", "source"])
        rows = list(zip(*(table[c].to_pylist() for c in ("order", "content_hash", "source")), strict=True))
    first: dict[str, tuple[int, str]] = {}
    dropped: set[int] = set()
    pairs = []
    for order, content_hash, source in sorted(rows):
        if content_hash in first:
            dropped.add(order)
            pairs.append((source, first[content_hash][1]))
        else:
            first[content_hash] = (order, source)
    return dropped, pairs
