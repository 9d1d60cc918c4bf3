"""Reading a table of an extracted dataset (`articles`, `statements`, `placements`, `events`)
file by file, for `corpus load`, the merge's buckets and the summary of `corpus extract`.

A dataset holds one small file per partition and month (thousands for 100,000 events), and
`pyarrow.dataset`'s scanner spends more on each fragment than reading it costs: opening each
file with `ParquetFile` and filtering the table once read takes half the time. The files are
read by a few threads (pyarrow decodes without the GIL).
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


class MonthTable:
    """One table of the dataset: its month directories of Parquet files, read file by file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def has_column(self, name: str) -> bool:
        """Whether the table's files hold this column (those of older datasets may lack it)."""
        first = next((f for f in sorted(self.folder.glob("month=*/*.parquet")) if not f.name.startswith((".", "_"))),
                     None)
        return first is not None and name in pq.read_schema(first).names

    def to_table(self, columns: Sequence[str], filter: pc.Expression | None = None,
                 months: Sequence[str] | None = None) -> pa.Table:
        """`columns` of every row (of the month directories `months`, else all) meeting `filter`,
        which may name only these columns."""
        found = self.folder.glob("month=*/*.parquet") if months is None else (
            f for month in months for f in (self.folder / f"month={month}").glob("*.parquet"))
        files = sorted(f for f in found if not f.name.startswith((".", "_")))  # as pyarrow.dataset skips them
        stored = [c for c in columns if c != "month"]

        def read(file: Path) -> pa.Table:
            parquet = pq.ParquetFile(file)
            present = set(parquet.schema_arrow.names)
            table = parquet.read(columns=[c for c in stored if c in present], use_threads=False)
            for name in stored:
                if name not in present:  # a column a newer Frise added (a file from an older dataset): null
                    kind = empty(self.folder, [name]).schema.field(name).type
                    table = table.append_column(name, pa.nulls(table.num_rows, kind))
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


def empty(folder: Path, columns: Sequence[str]) -> pa.Table:
    """No rows of the table `folder` names, with these columns."""
    from frise.corpus.buckets import EVENTS, PLACEMENTS
    from frise.corpus.extract import ARTICLES, STATEMENTS

    schema = {"articles": ARTICLES, "statements": STATEMENTS, "placements": PLACEMENTS, "events": EVENTS}[folder.name]
    return schema.empty_table().select(list(columns))


def month_table(folder: Path) -> MonthTable | None:
    """The table at `folder`, or None when no partition wrote any of it."""
    return MonthTable(folder) if folder.is_dir() else None
