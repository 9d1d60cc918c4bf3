"""One partition of input -> its articles and dated statements, written as Parquet.

Each article goes through exactly what `frise-cli import` runs on it before anything is stored
(`frise.events.pipeline.read_article`, which `Library._statements` calls, the year of an undated
article being left to the end of the batch as `import_paths` leaves it): the gazetteer's actor
spans, the temporal engine against the article's date, and `build_mentions`.

A partition writes its rows under `articles/` and `statements/`, one hive directory per month
(`month=2017-05`, of the article's date or of the statement's first day), in files named after
the partition, then a marker `done/<id>.json` with its failures: a partition with a marker is
complete, and a worker killed before writing it leaves files that the retry overwrites.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from frise.corpus.sources import Failure, Item, Partition, read_items
from frise.events.merge import CONFLICT_WINDOW, MAX_MERGE_SPAN, Report
from frise.events.model import Mention
from frise.events.pipeline import read_article, report_of, sides_of
from frise.temporal import Reference

NO_MONTH = "inconnu"
"""The month directory of an undated article, or of a statement without an interval."""

ARTICLES = pa.schema([
    ("order", pa.int64()), ("content_hash", pa.string()), ("source", pa.string()), ("path", pa.string()),
    ("record_id", pa.string()), ("title", pa.string()), ("outlet", pa.string()), ("published", pa.string()),
    ("precision", pa.string()), ("format", pa.string()), ("url", pa.string()), ("text", pa.string()),
    ("needs_year", pa.bool_()), ("partition", pa.string()), ("month", pa.string()),
])
STATEMENTS = pa.schema([
    ("order", pa.int64()), ("content_hash", pa.string()), ("key", pa.string()), ("start", pa.int64()),
    ("end", pa.int64()), ("text", pa.string()), ("kind", pa.string()), ("value", pa.string()),
    ("mod", pa.string()), ("anchor", pa.string()), ("first", pa.date32()), ("last", pa.date32()),
    ("reach", pa.date32()), ("certainty", pa.string()), ("precise", pa.bool_()),
    ("assumed_year", pa.int64()), ("passage_start", pa.int64()), ("passage_end", pa.int64()),
    ("passage", pa.string()), ("title", pa.string()), ("actors", pa.list_(pa.string())),
    ("terms", pa.string()), ("happening", pa.string()), ("importance", pa.string()),
    ("places", pa.list_(pa.string())), ("implied", pa.list_(pa.string())), ("month", pa.string()),
])
MONTH_PARTITIONING = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a partition did: how many items and articles, its failures, and per month of its
    statements the furthest day any of them reaches (the merge widens its buckets by that)."""

    id: str
    items: int
    articles: int
    statements: int
    failures: tuple[Failure, ...]
    reach: dict[str, int]
    skipped: bool = False
    longest: int | None = None
    """The most days any of its statements' reach runs past its first day (None in a marker
    written before it was recorded: the merge then reads it from the statements)."""
    counts: dict[str, int] | None = None
    """Its statements per month directory (None in a marker written before it was recorded)."""
    hashes: tuple[tuple[int, str], ...] | None = None
    """(order, content hash) of each article it wrote, for finding duplicates without reading
    the articles back (None in a marker written before it was recorded)."""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "items": self.items, "articles": self.articles, "statements": self.statements,
                "failures": [f.to_json() for f in self.failures], "reach": self.reach, "longest": self.longest,
                "counts": self.counts, "hashes": None if self.hashes is None else [list(h) for h in self.hashes]}

    @classmethod
    def from_json(cls, doc: dict[str, Any], *, skipped: bool = False) -> PartitionResult:
        counts, hashes = doc.get("counts"), doc.get("hashes")
        return cls(doc["id"], doc["items"], doc["articles"], doc["statements"],
                   tuple(Failure(**f) for f in doc["failures"]), dict(doc["reach"]), skipped,
                   doc.get("longest"), dict(counts) if counts is not None else None,
                   None if hashes is None else tuple((int(order), str(h)) for order, h in hashes))


def reach(first: date, last: date) -> date:
    """The last day a statement is looked up from, as `frise.events.merge` indexes it."""
    return min(last, first + MAX_MERGE_SPAN + CONFLICT_WINDOW)


def statements_of(text: str, content_hash: str, published: str | None) -> tuple[list[Mention], bool]:
    """An article's dated statements as `frise-cli import` makes them (`read_article`, what
    `Library._statements` runs when the year of an undated article is left to the end of the
    batch), and whether it needs a year."""
    from frise.library import default_gazetteer

    reference = Reference.parse(published) if published else Reference.unknown()
    reading = read_article(text, content_hash, reference, default_gazetteer())
    return reading.mentions, reading.needs_year


def merge_report(mention: Mention, report_id: int, article_id: int) -> Report:
    """What the library's `_plan` hands `frise.events.merge.plan` for a new statement."""
    from frise.library import default_gazetteer

    return report_of(mention, report_id, article_id, sides_of(mention.actors, default_gazetteer()))


def done_path(out: Path, partition_id: str) -> Path:
    return out / "done" / f"{partition_id}.json"


def run_partition(partition: Partition, out: str) -> PartitionResult:
    """Read, extract and write one partition (on a worker); skipped if its marker exists."""
    target = Path(out)
    marker = done_path(target, partition.id)
    if marker.exists():
        return PartitionResult.from_json(json.loads(marker.read_text(encoding="utf-8")), skipped=True)
    articles: dict[str, list[Any]] = {name: [] for name in ARTICLES.names}
    statements: dict[str, list[Any]] = {name: [] for name in STATEMENTS.names}
    failures: list[Failure] = []
    furthest: dict[str, int] = {}
    counts: dict[str, int] = {}
    longest = 0
    for item, article, record_id, failure in read_items(partition.items):
        if failure is not None or article is None:
            failures.append(failure or Failure(item.label, "internal", "erreur interne"))
            continue
        try:
            mentions, undated = statements_of(article.text, article.content_hash, article.published)
        except Exception as error:  # one article's bug is reported with it, as import does
            failures.append(Failure(item.label, "internal", f"erreur interne : {type(error).__name__}: {error}"))
            continue
        _add_article(articles, item, article, record_id, undated, partition.id)
        for m in mentions:
            month = _add_statement(statements, item.order, article.content_hash, m)
            counts[month] = counts.get(month, 0) + 1
            if m.first is not None and m.last is not None:
                far = reach(m.first, m.last).toordinal()
                furthest[month] = max(furthest.get(month, far), far)
                longest = max(longest, far - m.first.toordinal())
    result = PartitionResult(partition.id, len(partition.items), len(articles["order"]),
                             len(statements["order"]), tuple(failures), furthest, longest=longest, counts=counts,
                             hashes=tuple(zip(articles["order"], articles["content_hash"], strict=True)))
    _write(target / "articles", pa.table(articles, schema=ARTICLES), partition.id)
    _write(target / "statements", pa.table(statements, schema=STATEMENTS), partition.id)
    marker.parent.mkdir(parents=True, exist_ok=True)
    temporary = marker.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(result.to_json(), ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, marker)
    return result


def _add_article(columns: dict[str, list[Any]], item: Item, article: Any, record_id: str | None,
                 undated: bool, partition_id: str) -> None:
    row = {
        "order": item.order, "content_hash": article.content_hash, "source": item.label, "path": article.path,
        "record_id": record_id, "title": article.title, "outlet": article.outlet, "published": article.published,
        "precision": article.precision, "format": article.format, "url": article.url, "text": article.text,
        "needs_year": undated, "partition": partition_id,
        "month": article.published[:7] if article.published and len(article.published) >= 7 else NO_MONTH,
    }
    for name, value in row.items():
        columns[name].append(value)


def _add_statement(columns: dict[str, list[Any]], order: int, content_hash: str, m: Mention) -> str:
    resolved = m.first is not None and m.last is not None
    month = m.first.isoformat()[:7] if m.first is not None and resolved else NO_MONTH
    row = {
        "order": order, "content_hash": content_hash, "key": m.key, "start": m.start, "end": m.end,
        "text": m.text, "kind": m.kind, "value": m.value, "mod": m.mod, "anchor": m.anchor,
        "first": m.first if resolved else None, "last": m.last if resolved else None,
        "reach": reach(m.first, m.last) if resolved else None,  # type: ignore[arg-type]
        "certainty": m.certainty, "precise": m.precise, "assumed_year": m.assumed_year,
        "passage_start": m.passage_start, "passage_end": m.passage_end, "passage": m.passage,
        "title": m.title, "actors": list(m.actors), "terms": " ".join(sorted(m.terms)),
        "happening": m.happening, "importance": m.importance, "places": list(m.places), "implied": list(m.implied),
        "month": month,
    }
    for name, value in row.items():
        columns[name].append(value)
    return month


def _write(folder: Path, table: pa.Table, partition_id: str) -> None:
    """A partition's rows, one file per month directory, named after the partition (a retry
    overwrites the same files)."""
    if table.num_rows == 0:
        return
    ds.write_dataset(table, folder, format="parquet", partitioning=MONTH_PARTITIONING,
                     basename_template=f"part-{partition_id}-{{i}}.parquet",
                     existing_data_behavior="overwrite_or_ignore")


def mention_of(row: dict[str, Any]) -> Mention:
    """A statement row read back from the dataset as the Mention `frise-cli import` would store."""
    return Mention(
        key=row["key"], start=row["start"], end=row["end"], text=row["text"], kind=row["kind"],
        value=row["value"], mod=row["mod"], anchor=row["anchor"], first=row["first"], last=row["last"],
        certainty=row["certainty"], precise=bool(row["precise"]), assumed_year=row["assumed_year"],
        passage_start=row["passage_start"], passage_end=row["passage_end"], passage=row["passage"],
        title=row["title"], actors=tuple(row["actors"] or ()),
        terms=frozenset(row["terms"].split()) if row["terms"] else frozenset(),
        happening=row["happening"], importance=row["importance"], places=tuple(row["places"] or ()),
        implied=tuple(row.get("implied") or ()),
    )


def clear_stale(out: Path, keep: Sequence[str]) -> int:
    """Remove the files and markers of partitions not in `keep` (inputs changed since): the
    dataset holds what the current sources give, once. Returns how many partitions went."""
    wanted = set(keep)
    gone: set[str] = set()
    for marker in (out / "done").glob("*.json") if (out / "done").is_dir() else ():
        if marker.stem not in wanted:
            marker.unlink()
            gone.add(marker.stem)
    for table in ("articles", "statements"):
        for file in (out / table).glob("month=*/part-*.parquet") if (out / table).is_dir() else ():
            partition_id = file.name.split("-")[1]
            if partition_id not in wanted:
                file.unlink()
                gone.add(partition_id)
    return len(gone)
