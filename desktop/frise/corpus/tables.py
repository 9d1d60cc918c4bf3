"""Reading a table of an extracted dataset (`articles`, `statements`, `placements`, `events`)
for `corpus load`, the merge's buckets and the summary of `corpus extract`.

The partitions write one small file per partition and month (thousands for 100,000 events), and
pyarrow spends more on each file and row group than on the rows it decodes: the 360,000
statements of 80,000 articles took 2.5-3.4 s to read from 192 files of 80 row groups each,
0.2-0.5 s from one file of large row groups. So `corpus extract` also writes a copy of the two
large tables, each in one file of large row groups (`write_compact`, the folder `compact`),
which is read in their place, and once the merge is over of the placements and events it wrote
(a file per bucket and month: 5,800 files for the 100,000 events of `bench_corpus.py`, read in
1.2 s each, 0.1 s from their copies); the partitions' files stay, since a rerun keeps or
replaces them partition by partition, and the copies are removed as soon as a rerun starts. A dataset written
before the copy is read file by file, with a few threads (pyarrow decodes without the GIL):
opening each file with `ParquetFile` and filtering the table once read costs half of what
`pyarrow.dataset`'s scanner spends on each fragment.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

READERS = min(4, os.cpu_count() or 1)
COMPACT = "compact"
"""The dataset's folder of the one-file copies of its articles and statements (`write_compact`)."""
COMPACT_TABLES = ("articles", "statements", "placements", "events")
EXTRACTED = ("articles", "statements")
"""The tables the partitions write, final once they are all written."""
MERGED_TABLES = ("placements", "events")
"""The tables the merge writes, final once every bucket is merged."""
ROW_GROUP = 64 * 1024
"""Rows per row group of the copies (of statements, some 40 MB)."""


class MonthTable:
    """One table of the dataset: its month directories of Parquet files, read file by file."""

    def __init__(self, folder: Path, *, copy: bool = True) -> None:
        self.folder = folder
        compact = folder.parent / COMPACT / f"{folder.name}.parquet"
        self.compact = compact if copy and folder.name in COMPACT_TABLES and compact.is_file() else None
        """The table's one-file copy, read in place of its month directories when there is one
        (unless `copy` is False: a reader of a few months, as a bucket of the merge, reads their
        directories, where the copy would have it decode every row of the table)."""

    def has_column(self, name: str) -> bool:
        """Whether the table's files hold this column (those of older datasets may lack it)."""
        if self.compact is not None:
            return name in pq.read_schema(self.compact).names
        first = next((f for f in sorted(self.folder.glob("month=*/*.parquet")) if not f.name.startswith((".", "_"))),
                     None)
        return first is not None and name in pq.read_schema(first).names

    def to_table(self, columns: Sequence[str], filter: pc.Expression | None = None,
                 months: Sequence[str] | None = None) -> pa.Table:
        """`columns` of every row (of the month directories `months`, else all) meeting `filter`,
        which may name only these columns."""
        if self.compact is not None:
            return self._from_compact(self.compact, columns, filter, months)
        found = self.folder.glob("month=*/*.parquet") if months is None else (
            f for month in months for f in (self.folder / f"month={month}").glob("*.parquet"))
        files = sorted(f for f in found if not f.name.startswith((".", "_")))  # as pyarrow.dataset skips them
        stored = [c for c in columns if c != "month"]

        def read(file: Path) -> pa.Table:
            parquet = pq.ParquetFile(file)
            present = set(parquet.schema_arrow.names)
            table = self._completed(parquet.read(columns=[c for c in stored if c in present], use_threads=False),
                                    stored)
            if "month" in columns:
                month = file.parent.name.partition("=")[2]
                table = table.append_column("month", pa.array([month] * table.num_rows, pa.string()))
            return table.select(list(columns))

        if not files:
            return empty(self.folder, columns)
        with ThreadPoolExecutor(READERS) as pool:
            tables = list(pool.map(read, files))
        table = pa.concat_tables(tables, promote_options="default")
        return table.filter(filter) if filter is not None else table

    def _from_compact(self, copy: Path, columns: Sequence[str], filter: pc.Expression | None,
                      months: Sequence[str] | None) -> pa.Table:
        """`to_table` from the one-file copy `copy` (its `month` a column of its own)."""
        parquet = pq.ParquetFile(copy)
        present = set(parquet.schema_arrow.names)
        wanted = [*columns, *(["month"] if months is not None and "month" not in columns else [])]
        table = self._completed(parquet.read(columns=[c for c in wanted if c in present]), wanted)
        if months is not None:
            table = table.filter(pc.is_in(table["month"], value_set=pa.array(list(months), pa.string())))
        if filter is not None:
            table = table.filter(filter)
        return table.select(list(columns))

    def _completed(self, table: pa.Table, columns: Sequence[str]) -> pa.Table:
        """`table` with a null column for each of `columns` it lacks (a column a newer Frise
        added, read from an older dataset's file)."""
        for name in columns:
            if name not in table.column_names:
                kind = empty(self.folder, [name]).schema.field(name).type
                table = table.append_column(name, pa.nulls(table.num_rows, kind))
        return table


def empty(folder: Path, columns: Sequence[str]) -> pa.Table:
    """No rows of the table `folder` names, with these columns."""
    from frise.corpus.buckets import EVENTS, PLACEMENTS
    from frise.corpus.extract import ARTICLES, STATEMENTS

    schema = {"articles": ARTICLES, "statements": STATEMENTS, "placements": PLACEMENTS, "events": EVENTS}[folder.name]
    return schema.empty_table().select(list(columns))


def write_compact(dataset: str | Path, tables: Sequence[str] = EXTRACTED) -> None:
    """Write the one-file copies of these tables of `dataset` (the articles and statements once
    its partitions are all written: a task of `corpus extract` beside the merge; the placements
    and events once it is over, `MERGED_TABLES`), rows in the order `MonthTable.to_table` reads
    them from the month directories, a few months at a time. Each copy is written under a
    temporary name and renamed into place, so that a copy present is a whole one. On the 20,000
    articles of `bench_corpus.py` the copies of the articles and statements hold 13 MB beside
    the 102 MB of the partitions' files (their own metadata is most of those)."""
    from frise.corpus.buckets import EVENTS, PLACEMENTS
    from frise.corpus.extract import ARTICLES, STATEMENTS

    root = Path(dataset)
    folder = root / COMPACT
    folder.mkdir(exist_ok=True)
    schemas = {"articles": ARTICLES, "statements": STATEMENTS, "placements": PLACEMENTS, "events": EVENTS}
    for name, schema in ((name, schemas[name]) for name in tables):
        if not (root / name).is_dir():
            continue
        table = MonthTable(root / name, copy=False)  # whatever a copy already there holds
        months = sorted(d.name.partition("=")[2] for d in (root / name).glob("month=*") if d.is_dir())
        partial = folder / f".{name}.parquet.partial"
        with pq.ParquetWriter(partial, schema) as writer:
            waiting: list[pa.Table] = []
            for month in months:
                waiting.append(table.to_table(schema.names, months=[month]).cast(schema))
                if sum(t.num_rows for t in waiting) >= ROW_GROUP:
                    writer.write_table(pa.concat_tables(waiting), row_group_size=ROW_GROUP)
                    waiting = []
            if waiting:
                writer.write_table(pa.concat_tables(waiting), row_group_size=ROW_GROUP)
        os.replace(partial, folder / f"{name}.parquet")


def month_table(folder: Path) -> MonthTable | None:
    """The table at `folder`, or None when no partition wrote any of it."""
    return MonthTable(folder) if folder.is_dir() else None
