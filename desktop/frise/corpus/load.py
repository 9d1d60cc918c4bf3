"""`corpus load`: a slice of an extracted dataset into a timeline, in bulk, through the store.

The slice is chosen on the dataset's events (`frise.corpus.buckets`): those meeting the period,
naming one of the actors, holding every word searched in their passages. Their statements and
the articles they come from are written through `frise.store`, a chunk of articles per
transaction (each chunk lands whole: an interrupted load leaves whole articles, and events
holding the statements loaded so far); the events are the dataset's merges, refreshed from
their statements by the store as an import refreshes them. Then the analyst's corrections
stored in the timeline are replayed, and the dates of undated articles assumed by the library
(`Library.reassume_years`, as at the end of `frise-cli import`).

Articles already in the timeline (same text) are skipped. The dataset's events are not merged
with events the timeline held before the load (see the README).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from frise.corpus.extract import MONTH_PARTITIONING, NO_MONTH, mention_of
from frise.events.model import Mention
from frise.store import ActorInfo, Store
from frise.store.corrections import reapply_corrections
from frise.text.folding import fold

Progress = Callable[[int, int, str], None]
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class Slice:
    """Which part of the dataset to load; every field None (or empty) loads all of it."""

    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    """Actor keys (`country:RU`); an event naming any of them is kept."""
    search: str | None = None

    @property
    def whole(self) -> bool:
        return self.start is None and self.end is None and not self.actors and not self.search


@dataclass(slots=True)
class LoadSummary:
    articles: int = 0
    skipped: int = 0
    statements: int = 0
    events: int = 0
    preexisting_events: int = 0
    redated: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def _dataset(folder: Path) -> ds.Dataset | None:
    return ds.dataset(folder, format="parquet", partitioning=MONTH_PARTITIONING) if folder.is_dir() else None


def select_events(root: Path, chosen: Slice) -> pa.Table:
    """The dataset's events in the slice (event_key, statements, conflicts)."""
    events = _dataset(root / "events")
    if events is None:
        return pa.table({"event_key": pa.array([], pa.string())})
    wanted = None
    if chosen.start is not None:
        wanted = pc.field("last") >= pa.scalar(chosen.start, pa.date32())
    if chosen.end is not None:
        clause = pc.field("first") <= pa.scalar(chosen.end, pa.date32())
        wanted = clause if wanted is None else wanted & clause
    table = events.to_table(columns=["event_key", "actors", "passages", "statements", "conflicts"], filter=wanted)
    if chosen.actors:
        table = table.filter(_any_actor(table, chosen.actors))
    if chosen.search:
        words = fold(chosen.search).split()
        passages = [fold("\n".join(p or ())) for p in table["passages"].to_pylist()]
        table = table.filter(pa.array([all(w in text for w in words) for text in passages]))
    return table


def _strings(values: Iterable[str]) -> pa.Array:
    return pa.array(list(values), pa.string())


def _any_actor(table: pa.Table, actors: Sequence[str]) -> pa.Array:
    wanted = set(actors)
    return pa.array([bool(wanted.intersection(row or ())) for row in table["actors"].to_pylist()])


def load(root: str | Path, store: Store, chosen: Slice = Slice(), *, progress: Progress | None = None,
         chunk: int = CHUNK) -> LoadSummary:
    """Write the slice `chosen` of the dataset at `root` into the timeline `store`."""
    began = time.perf_counter()
    folder = Path(root)
    summary = LoadSummary(preexisting_events=store.count_events())
    events = select_events(folder, chosen)
    event_keys = events["event_key"].to_pylist()
    placements = _dataset(folder / "placements")
    placed: dict[str, str] = {}
    if placements is not None and event_keys:
        wanted = None if chosen.whole else pc.field("event_key").isin(_strings(event_keys))
        table = placements.to_table(columns=["key", "event_key"], filter=wanted)
        placed = dict(zip(table["key"].to_pylist(), table["event_key"].to_pylist(), strict=True))
    statements_set = _dataset(folder / "statements")
    articles_set = _dataset(folder / "articles")
    if statements_set is None or articles_set is None:
        summary.seconds = time.perf_counter() - began
        return summary
    # Statements of the slice's events; the unresolved ones (each an event of its own, never
    # merged) of the same articles unless a period was asked for, since they have no date.
    resolved_filter = None if chosen.whole else pc.field("key").isin(_strings(placed))
    statements = statements_set.to_table(filter=resolved_filter) if resolved_filter is not None \
        else statements_set.to_table()
    hashes = set(statements["content_hash"].to_pylist())
    if not chosen.whole and chosen.start is None and chosen.end is None and hashes:
        unresolved = statements_set.to_table(filter=(pc.field("month") == NO_MONTH)
                                             & pc.field("content_hash").isin(_strings(sorted(hashes))))
        statements = pa.concat_tables([statements, unresolved])
    article_filter = None if chosen.whole else pc.field("content_hash").isin(_strings(sorted(hashes)))
    articles = articles_set.to_table(filter=article_filter).sort_by("order")
    by_article: dict[int, list[dict[str, Any]]] = {}  # by the article's place in the input
    for row in statements.to_pylist():
        if row["first"] is not None and row["key"] not in placed:
            continue  # a duplicate article's, or homed in a bucket not merged
        by_article.setdefault(row["order"], []).append(row)
    existing = {row[0] for row in store.db.execute("SELECT content_hash FROM articles")}
    rows = []
    seen: set[str] = set()
    for article in articles.to_pylist():
        if article["content_hash"] in seen:
            continue  # the same text again: the first in input order is kept
        seen.add(article["content_hash"])
        if article["content_hash"] in existing:
            summary.skipped += 1
            continue
        rows.append(article)
    conflicts = {key: others for key, others in zip(event_keys, events["conflicts"].to_pylist(), strict=True)
                 if others} if "conflicts" in events.column_names else {}
    ids: dict[str, int] = {}
    undated = False
    from frise.library import default_gazetteer

    gazetteer = default_gazetteer()

    def event_key(row: dict[str, Any]) -> str:
        return placed.get(row["key"], row["key"]) if row["first"] is not None else row["key"]

    # Each event is refreshed once, when the last of its statements is written: until then it
    # holds what its founder says (`Store.new_events`), as during an import.
    waiting: dict[str, int] = {}
    for article in rows:
        for row in by_article.get(article["order"], ()):
            waiting[event_key(row)] = waiting.get(event_key(row), 0) + 1
    fresh: set[int] = set()
    for start in range(0, len(rows), chunk):
        batch = rows[start : start + chunk]
        with store.transaction():
            statements_of = [[(mention_of(r), event_key(r)) for r in sorted(
                by_article.get(article["order"], ()), key=lambda r: (r["start"], r["end"], r["key"]))]
                for article in batch]
            founding: dict[str, Mention | None] = {}
            for mentions in statements_of:
                for mention, key in mentions:
                    if key not in ids and founding.get(key) is None:
                        founding[key] = mention if key == mention.key else None  # filled in by its founder
            founders = list(founding.items())
            for (key, _), event_id in zip(founders, store.new_events(founders) if founders else [], strict=True):
                ids[key] = event_id
                fresh.add(event_id)
            complete: list[int] = []
            actor_keys: set[str] = set()
            for article, mentions in zip(batch, statements_of, strict=True):
                article_id = store.insert_article({
                    "content_hash": article["content_hash"], "path": article["path"], "title": article["title"],
                    "outlet": article["outlet"], "published": article["published"],
                    "precision": article["precision"], "format": article["format"], "url": article["url"],
                    "text": article["text"], "needs_year": article["needs_year"], "assumed_year": None,
                })
                undated = undated or not article["published"]
                actor_keys.update(key for m, _ in mentions for key in m.actors)
                store.insert_statements(article_id, [(m, ids[key]) for m, key in mentions])
                for _, key in mentions:
                    waiting[key] -= 1
                    if not waiting[key]:
                        complete.append(ids[key])
                summary.statements += len(mentions)
                summary.articles += 1
            _ensure_actors(store, gazetteer, actor_keys)
            store.refresh_events(complete, fresh.intersection(complete))
            fresh.difference_update(complete)
        if progress is not None:
            progress(min(start + chunk, len(rows)), len(rows), "chargement")
    with store.transaction():
        for key, others in conflicts.items():
            if key in ids:
                store.add_conflicts(ids[key], [ids[o] for o in others if o in ids])
        reapply_corrections(store)
    summary.events = len(set(ids.values()))
    if undated:
        from frise.library import Library

        summary.redated = len(Library(store, gazetteer).reassume_years())
    if summary.preexisting_events:
        summary.notes.append("preexisting")
    summary.seconds = time.perf_counter() - began
    return summary


def _ensure_actors(store: Store, gazetteer: Any, keys: Iterable[str]) -> None:
    actors = [gazetteer.get(key) for key in sorted(keys)]
    if actors:
        store.ensure_actors(ActorInfo(a.key, a.name, a.kind, a.country) for a in actors if a is not None)
