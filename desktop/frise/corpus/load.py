"""`corpus load`: a slice of an extracted dataset into a timeline, in bulk, through the store.

The slice is chosen on the dataset's events (`frise.corpus.buckets`): those meeting the period,
naming one of the actors, holding every word searched in their passages. Their statements and
the articles they come from are written by `frise.store.bulk` in one transaction, so a load lands
whole or not at all; the events are the dataset's merges, each row worked out from its statements
as the store's refresh after an import works it out. Then the analyst's corrections stored in the
timeline are replayed (in the same transaction), and the dates of undated articles assumed by the
library (`Library.reassume_years`, as at the end of `frise-cli import`).

Articles already in the timeline (same text) are skipped. The dataset's events are not merged
with events the timeline held before the load (see the README).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from frise.corpus.derived import _json_lists, derived_events
from frise.corpus.extract import NO_MONTH
from frise.corpus.folder import Slice
from frise.corpus.tables import month_table
from frise.events.model import Mention
from frise.gcpause import cyclic_gc_paused
from frise.store import ActorInfo, Store
from frise.store.bulk import STATEMENT_FIELDS
from frise.store.corrections import reapply_corrections
from frise.store.reads import NARROW
from frise.text.folding import fold

Progress = Callable[[int, int, str], None]
CHUNK = 2000
WHOLE = Slice()


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


def select_events(root: Path, chosen: Slice) -> pa.Table:
    """The dataset's events in the slice (event_key, conflicts, and the columns the slice is
    chosen on: first and last for a period, actors, passages for words searched). Only those
    are read: the passages and the statements' keys are most of what the events' files hold."""
    events = month_table(root / "events")
    if events is None:
        return pa.table({"event_key": pa.array([], pa.string())})
    wanted = None
    if chosen.start is not None:
        wanted = pc.field("last") >= pa.scalar(chosen.start, pa.date32())
    if chosen.end is not None:
        clause = pc.field("first") <= pa.scalar(chosen.end, pa.date32())
        wanted = clause if wanted is None else wanted & clause
    columns = ["event_key", "conflicts"]
    columns += ["statements", "title_of"] if events.has_column("title_of") else []
    columns += ["first", "last"] if wanted is not None else []
    columns += ["actors"] if chosen.actors else []
    columns += ["passages"] if chosen.search else []
    table = events.to_table(columns=columns, filter=wanted)
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


def load(root: str | Path, store: Store, chosen: Slice = WHOLE, *, progress: Progress | None = None,
         chunk: int = CHUNK, bulk: bool = True) -> LoadSummary:
    """Write the slice `chosen` of the dataset at `root` into the timeline `store`.

    In one transaction (`frise.store.bulk`) unless `bulk` is False: then through the store's
    per-article path, `chunk` articles per transaction, the reference the bulk writer is tested
    against (tests/test_store_bulk.py)."""
    began = time.perf_counter()
    summary = LoadSummary(preexisting_events=store.count_events())
    # Millions of rows, tuples and strings, none in a reference cycle: the collector's passes
    # over them would only cost (a tenth of a load of 100,000 events).
    with cyclic_gc_paused():
        reading = _read(Path(root), store, chosen, summary)
        if reading is not None:
            from frise.library import default_gazetteer

            gazetteer = default_gazetteer()
            if bulk:
                ids = _write_bulk(store, reading, gazetteer, chunk, progress)
            else:
                ids = _write_by_event(store, reading, gazetteer, chunk, progress)
            summary.events = len(set(ids.values()))
    if reading is not None and reading.undated:
        from frise.library import Library

        summary.redated = len(Library(store, gazetteer).reassume_years())
    if summary.preexisting_events:
        summary.notes.append("preexisting")
    summary.seconds = time.perf_counter() - began
    return summary


@dataclass(slots=True)
class _Reading:
    """The slice as it is to be written: its articles in input order (duplicates and articles the
    timeline holds left out), and their statements article after article, each with the key of
    the event it goes to (`_placed_statements`)."""

    articles: pa.Table
    statements: pa.Table
    conflicts: dict[str, list[str]]
    undated: bool
    events: pa.Table
    """The dataset's events of the slice (`select_events`): which statements each holds and
    which titles it, when the dataset records it (`buckets.EVENTS`)."""


def _read(folder: Path, store: Store, chosen: Slice, summary: LoadSummary) -> _Reading | None:
    events = select_events(folder, chosen)
    event_keys = events["event_key"].to_pylist()
    placements = month_table(folder / "placements")
    placed = pa.table({"key": pa.array([], pa.string()), "event_key": pa.array([], pa.string())})
    if placements is not None and event_keys:
        wanted = None if chosen.whole else pc.field("event_key").isin(_strings(event_keys))
        placed = _last_placements(placements.to_table(columns=["key", "event_key"], filter=wanted))
    statements_set = month_table(folder / "statements")
    articles_set = month_table(folder / "articles")
    if statements_set is None or articles_set is None:
        return None
    # Statements of the slice's events; the unresolved ones (each an event of its own, never
    # merged) of the same articles unless a period was asked for, since they have no date.
    resolved_filter = None if chosen.whole else pc.field("key").isin(placed["key"])
    statements = statements_set.to_table(columns=_STATEMENT_COLUMNS, filter=resolved_filter)
    article_filter = None
    if not chosen.whole:
        hashes = _strings(sorted(set(statements["content_hash"].to_pylist())))
        if chosen.start is None and chosen.end is None and len(hashes):
            unresolved = statements_set.to_table(columns=_STATEMENT_COLUMNS, months=[NO_MONTH],
                                                 filter=pc.field("content_hash").isin(hashes))
            statements = pa.concat_tables([statements, unresolved])
        article_filter = pc.field("content_hash").isin(hashes)
    articles = articles_set.to_table(columns=_ARTICLE_COLUMNS, filter=article_filter).sort_by("order")
    existing = {row[0] for row in store.db.execute("SELECT content_hash FROM articles")}
    kept: list[int] = []
    seen: set[str] = set()
    for number, content_hash in enumerate(articles["content_hash"].to_pylist()):
        if content_hash in seen:
            continue  # the same text again: the first in input order is kept
        seen.add(content_hash)
        if content_hash in existing:
            summary.skipped += 1
            continue
        kept.append(number)
    if len(kept) < articles.num_rows:
        articles = articles.take(pa.array(kept, pa.int64()))
    statements = _placed_statements(statements, placed, articles["order"])
    conflicts = {key: others for key, others in zip(event_keys, events["conflicts"].to_pylist(), strict=True)
                 if others} if "conflicts" in events.column_names else {}
    summary.articles = articles.num_rows
    summary.statements = statements.num_rows
    return _Reading(articles, statements, conflicts, _any_undated(articles), events)


def _last_placements(table: pa.Table) -> pa.Table:
    """The placements (key, event_key), a statement placed twice keeping its last event, as a
    dict of them would (each is placed once, by its home bucket: the check is all it costs)."""
    if pc.count_distinct(table["key"]).as_py() == table.num_rows:
        return table
    placed = dict(zip(table["key"].to_pylist(), table["event_key"].to_pylist(), strict=True))
    return pa.table({"key": pa.array(list(placed), pa.string()), "event_key": pa.array(list(placed.values()),
                                                                                        pa.string())})


def _titles(events: pa.Table, left: set[str]) -> dict[str, tuple[str, list[str]]]:
    """Event key -> (the key of the statement the merge chose to title it, the keys of its
    statements), for the events `left` (to `writes._derived`), when the dataset records it
    (`buckets.EVENTS`)."""
    if "title_of" not in events.column_names or not left:
        return {}
    events = events.filter(pc.is_in(events["event_key"], value_set=_strings(left)))
    titles: dict[str, tuple[str, list[str]]] = {}
    for key, keys, chosen_title in zip(events["event_key"].to_pylist(), events["statements"].to_pylist(),
                                       events["title_of"].to_pylist(), strict=True):
        if keys and chosen_title is not None and len(keys) > 1:
            titles[key] = (keys[chosen_title], keys)
    return titles


def _any_undated(articles: pa.Table) -> bool:
    """Whether any of these articles has no date of publication (null or empty)."""
    dated = pc.fill_null(pc.not_equal(articles["published"], ""), False)
    return articles.num_rows > 0 and not pc.all(dated).as_py()


_ARTICLE_COLUMNS = ["order", "content_hash", "path", "title", "outlet", "published", "precision", "format", "url",
                    "text", "needs_year"]
_STATEMENT_COLUMNS = ["order", "content_hash", "key", "start", "end", "text", "kind", "value", "mod", "anchor",
                      "first", "last", "certainty", "precise", "assumed_year", "passage_start", "passage_end",
                      "passage", "title", "actors", "terms", "happening", "importance", "places", "implied"]


def _placed_statements(statements: pa.Table, placed: pa.Table, orders: pa.ChunkedArray) -> pa.Table:
    """The statements of the articles to write (whose `order`, their place in the input, is in
    `orders`), each with `article` (its article's place in `orders`) and `event` (the key of
    the event it goes to: its placement's, or its own when it has no date), sorted article by
    article, then by place in the text and key.

    A dated statement without a placement (a duplicate article's, or one homed in a bucket not
    merged) is left out. Worked out on the Arrow columns, without a Python object per statement."""
    placement = pc.index_in(statements["key"], value_set=placed["key"])
    article = pc.index_in(statements["order"], value_set=orders.combine_chunks())
    undated = pc.is_null(statements["first"])
    kept = pc.and_(pc.is_valid(article), pc.or_(undated, pc.is_valid(placement)))
    event = pc.if_else(undated, statements["key"], pc.take(placed["event_key"], placement))
    rows = pc.indices_nonzero(kept)
    ordering = pa.table({"article": article, "start": statements["start"], "end": statements["end"],
                         "key": statements["key"]}).take(rows)
    rows = pc.take(rows, pc.sort_indices(ordering, [(name, "ascending") for name in ordering.column_names]))
    # One take of the whole table (whose passages and texts are most of it), by the rows kept, sorted.
    return statements.append_column("article", article).append_column("event", event).take(rows)


def _statement_columns(table: pa.Table) -> dict[str, list[Any]]:
    """The columns of `frise.store.bulk.STATEMENT_FIELDS` for these statements, as
    `writes.statement_row` stores a Mention read back from them (`_mentions`): dates as ISO
    text, the breadth of their interval, actors and places as JSON, terms as the sorted set of
    their words. Each is worked out on the whole Arrow column where Arrow computes the same
    text, and row by row in Python otherwise."""
    first, last = table["first"], table["last"]
    days = pc.subtract(pc.cast(last, pa.int32()), pc.cast(first, pa.int32()))
    breadth = pc.if_else(pc.or_kleene(pc.is_null(days), pc.equal(days, 0)), 0,
                         pc.if_else(pc.less_equal(days, NARROW.days), 1, 2))
    columns = {
        "key": table["key"], "char_start": table["start"], "char_end": table["end"], "text": table["text"],
        "kind": table["kind"], "value": table["value"], "mod": table["mod"], "anchor": table["anchor"],
        "first": pc.cast(first, pa.string()), "last": pc.cast(last, pa.string()), "certainty": table["certainty"],
        "precise": pc.cast(pc.fill_null(table["precise"], False), pa.int64()), "breadth": breadth,
        "assumed_year": table["assumed_year"], "passage_start": table["passage_start"],
        "passage_end": table["passage_end"], "passage": table["passage"], "title": table["title"],
        "happening": table["happening"], "importance": table["importance"],
    }
    out: dict[str, list[Any]] = {name: values.to_pylist() for name, values in columns.items()}
    out["actors"] = _json_lists(table["actors"], ascii_only=True)
    out["places"] = _json_lists(table["places"], ascii_only=False)
    out["implied"] = _json_lists(table["implied"], ascii_only=True)
    out["terms"] = _sorted_terms(table["terms"])
    return {name: out[name] for name in STATEMENT_FIELDS}


_OTHER_SPACES = "[\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
"""The characters but the space that `str.split` splits on (those for which `str.isspace`)."""


def _sorted_terms(terms: pa.ChunkedArray) -> list[str]:
    """Each statement's terms as `writes.statement_row` stores them, `" ".join(sorted(set(terms.split())))`,
    "" when null. `corpus extract` writes them so already (the sorted words of a set): Arrow checks
    it, each word of a row before the next and none empty, and only the others are sorted in Python."""
    text = pc.fill_null(terms, "").combine_chunks()
    words = pc.split_pattern(text, " ")
    flat, row = pc.list_flatten(words), pc.list_parent_indices(words)
    unsorted = pc.and_(pc.equal(row[1:], row[:-1]), pc.greater_equal(flat[:-1], flat[1:]))
    empty = pc.and_(pc.equal(flat, ""), pc.not_equal(pc.take(text, row), ""))
    odd = set(pc.filter(row[:-1], unsorted).to_pylist()) | set(pc.filter(row, empty).to_pylist())
    odd.update(pc.indices_nonzero(pc.match_substring_regex(text, _OTHER_SPACES)).to_pylist())
    out: list[str] = text.to_pylist()
    for n in odd:
        out[n] = " ".join(sorted(set(out[n].split())))
    return out


def _mentions(table: pa.Table) -> Iterable[tuple[int, Mention]]:
    """Each statement row as (its article's place, the Mention `mention_of` makes)."""
    columns = [table[name].to_pylist() for name in ["article", *_STATEMENT_COLUMNS[2:]]]
    for (article, key, start, end, text, kind, value, mod, anchor, first, last, certainty, precise,
         assumed_year, passage_start, passage_end, passage, title, actors, terms, happening, importance,
         places, implied) in zip(*columns, strict=True):
        yield article, Mention(
            key=key, start=start, end=end, text=text, kind=kind, value=value, mod=mod, anchor=anchor, first=first,
            last=last, certainty=certainty, precise=bool(precise), assumed_year=assumed_year,
            passage_start=passage_start, passage_end=passage_end, passage=passage, title=title,
            actors=tuple(actors or ()), terms=frozenset(terms.split()) if terms else frozenset(),
            happening=happening, importance=importance, places=tuple(places or ()), implied=tuple(implied or ()))


def _article_fields(articles: pa.Table) -> dict[str, list[Any]]:
    """The articles' fields as `Writes.insert_article` takes them, a list each."""
    fields = {name: articles[name].to_pylist() for name in _ARTICLE_COLUMNS[1:]}
    return fields | {"assumed_year": [None] * articles.num_rows}


def _write_bulk(store: Store, reading: _Reading, gazetteer: Any, chunk: int,
                progress: Progress | None) -> dict[str, int]:
    from frise.store.bulk import BulkLoad, write_bulk

    statements = reading.statements
    stored = _statement_columns(statements)
    derived = derived_events(statements, stored, reading.events)
    event = statements["event"].to_pylist()
    load = BulkLoad(_article_fields(reading.articles), stored, statements["article"].to_pylist(), event,
                    statements["actors"].to_pylist(), _titles(reading.events, set(event).difference(derived)),
                    derived)
    result = write_bulk(store, load, actors=lambda keys: _actors(gazetteer, keys), conflicts=reading.conflicts,
                        group=chunk, progress=progress)
    return result.event_ids


def _write_by_event(store: Store, reading: _Reading, gazetteer: Any, chunk: int,
                    progress: Progress | None) -> dict[str, int]:
    """The per-article path: each event founded by `Store.new_events`, refreshed once, when the
    last of its statements is written (until then it holds what its founder says), as during an
    import; a chunk of articles per transaction (each chunk lands whole: an interrupted load
    leaves whole articles, and events holding the statements loaded so far)."""
    fields = _article_fields(reading.articles)
    rows = [dict(zip(fields, values, strict=True)) for values in zip(*fields.values(), strict=True)]
    statements: list[list[tuple[Mention, str]]] = [[] for _ in rows]
    for (place, mention), key in zip(_mentions(reading.statements), reading.statements["event"].to_pylist(),
                                     strict=True):
        statements[place].append((mention, key))
    ids: dict[str, int] = {}
    waiting: dict[str, int] = {}
    for mentions in statements:
        for _, key in mentions:
            waiting[key] = waiting.get(key, 0) + 1
    fresh: set[int] = set()
    for start in range(0, len(rows), chunk):
        batch = rows[start : start + chunk]
        with store.transaction():
            statements_of = statements[start : start + chunk]
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
                article_id = store.insert_article(article)
                actor_keys.update(key for m, _ in mentions for key in m.actors)
                store.insert_statements(article_id, [(m, ids[key]) for m, key in mentions])
                for _, key in mentions:
                    waiting[key] -= 1
                    if not waiting[key]:
                        complete.append(ids[key])
            found = _actors(gazetteer, sorted(actor_keys))
            if found:
                store.ensure_actors(found)
            store.refresh_events(complete, fresh.intersection(complete))
            fresh.difference_update(complete)
        if progress is not None:
            progress(min(start + chunk, len(rows)), len(rows), "chargement")
    with store.transaction():
        for key, others in reading.conflicts.items():
            if key in ids:
                store.add_conflicts(ids[key], [ids[o] for o in others if o in ids])
        reapply_corrections(store)
    return ids


def _actors(gazetteer: Any, keys: Iterable[str]) -> list[ActorInfo]:
    """The gazetteer's description of these actors (keys it does not know left out)."""
    found = [gazetteer.get(key) for key in keys]
    return [ActorInfo(a.key, a.name, a.kind, a.country) for a in found if a is not None]
