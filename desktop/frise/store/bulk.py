"""Writing many articles and the events they found in one transaction, for `frise-cli corpus load`.

The per-article path (`Writes.insert_article`, `insert_statements`, `new_events`, then
`refresh_events` once an event's last statement is in) asks the database for what it has just
written: each event is inserted from its founder, read back with its statements and rewritten.
When every statement of every event is known before the first write, as in a dataset extracted
by `frise-cli corpus extract`, all of that can be worked out in Python by the same function
(`writes._derived`), from the statements' stored columns (`BulkLoad`, which the caller makes as
`writes.statement_row` would), and each table written once with executemany. The caller may
hand the events' rows worked out beforehand on whole columns (`BulkLoad.derived`, by the same
rules); the others are worked out here.

The rows are those the per-article path writes, ids included, so that the two stay comparable row
by row (tests/test_store_bulk.py): articles, statements and events take the ids SQLite would have
given them in the same order, actors are registered a group of articles at a time as that path
registers them chunk by chunk, and the derived rows (an event's sources and actors, the
contradictions) go in the order of its refreshes. The write is one ordinary BEGIN IMMEDIATE
transaction, in WAL mode unless the timeline is empty (`_rollback_journal`); inside it, the
full-text insert triggers and the secondary indexes of the tables being filled are dropped and
rebuilt once the rows are in (`_full_text_after`, `_indexes_after`), so readers of the timeline
see nothing of it until it commits, then all of it, and a failed load leaves the schema as it was.
"""

from __future__ import annotations

import sqlite3
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from frise.store import writes
from frise.store.corrections import reapply_corrections
from frise.store.reads import STATEMENT_COLUMNS
from frise.store.records import ActorInfo

if TYPE_CHECKING:
    from frise.store import Store

GROUP = 2000
"""Articles whose new actors are registered together (see `write_bulk`)."""

Progress = Callable[[int, int, str], None]

_ARTICLE_COLUMNS = (
    "id content_hash path title outlet published precision date_source format url text needs_year "
    "assumed_year imported_at"
).split()
_INSERT_ARTICLE = f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * 14)})"
_INSERT_STATEMENT = writes._INSERT_EXPRESSION.replace("(article_id,", "(id, article_id,", 1).replace(
    "VALUES (?,", "VALUES (?, ?,", 1)
_INSERT_EVENT = (
    "INSERT INTO events (id, key, first, last, title, certainty, conflicting, source_count, passages, updated_at, "
    "happening, importance, places) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_CHUNK = 500


STATEMENT_FIELDS = tuple(STATEMENT_COLUMNS.split(", ")[1:])
"""The columns of a statement row but its id, article and event, as `writes.statement_row`
stores them (`BulkLoad.statements`)."""


@dataclass(frozen=True, slots=True)
class BulkLoad:
    """What `write_bulk` stores, column by column: one list per column, rows in storing order.

    Columns rather than an object per article and statement: a load of 100,000 events holds
    some 270,000 statements, and the rows SQLite is given are zipped from these lists, with no
    Python call per row. The caller (`frise.corpus.load`) makes them from the dataset's Arrow
    columns the same way."""

    articles: Mapping[str, Sequence[Any]]
    """`Writes.insert_article`'s fields (content_hash, path, title…), a list each, rows in
    storing order; a field left out is None in every row, and is then stored as that method
    stores it (date_source 'file', imported_at now)."""
    statements: Mapping[str, Sequence[Any]]
    """Every column of `STATEMENT_FIELDS`, as `writes.statement_row` gives it (dates as ISO
    text, actors and places as JSON), the statements of each article in storing order."""
    article: Sequence[int]
    """Each statement's article, by its place in `articles` (non-decreasing)."""
    event: Sequence[str]
    """The key of the event each statement belongs to (the event's founding statement's key,
    as the dataset's merge chose it)."""
    actors: Sequence[Sequence[str] | None]
    """The keys of the actors each statement names (what its `actors` column holds as JSON)."""
    titles: Mapping[str, tuple[str, Sequence[str]]] | None = None
    """Event key -> (the key of the statement that titles it, the keys of all its statements),
    as worked out beforehand by `writes._titling`'s rules (at the merge of `corpus extract`);
    used for an event that holds exactly those statements, all dated, the title being weighed
    again otherwise."""
    derived: Mapping[str, tuple[tuple[Any, ...], Sequence[tuple[int, int, Sequence[int]]], Sequence[str]]] | None = None
    """Event key -> what `writes._derived` gives for it, worked out beforehand from the same
    statements (`frise.corpus.derived`, on their Arrow columns), its sources naming articles and
    statements by their place in `articles` and the statement rows instead of their ids. The
    events left out are worked out here by `writes._derived`."""


@dataclass(slots=True)
class BulkResult:
    event_ids: dict[str, int]
    """Event key (as given) -> the id of the event stored for it."""
    articles: int = 0
    statements: int = 0


def write_bulk(store: Store, load: BulkLoad, *,
               actors: Callable[[list[str]], Iterable[ActorInfo]],
               conflicts: Mapping[str, Sequence[str]] | None = None,
               group: int = GROUP, progress: Progress | None = None) -> BulkResult:
    """Store `load`'s articles, their statements and the events these make, in one transaction, then put
    the analyst's corrections back (`reapply_corrections`), as the per-article path leaves them.

    `actors(keys)` describes the actors a group of articles names (sorted keys; unknown ones may be
    left out); they are registered a `group` of articles at a time, in order, so that their ids
    are the ones the per-article path, writing that many articles per transaction, gives them.
    `conflicts`: event key -> keys of the events it contradicts (both sides are marked)."""
    with _rollback_journal(store), store.transaction():
        conn = store.db.conn
        plan = _Plan(conn, load, group)
        if progress is not None:
            progress(0, 4, "préparation")
        plan.number_events(lambda keys: _taken(conn, keys))
        for keys in plan.actor_groups:
            found = list(actors(keys)) if keys else []
            if found:
                store.ensure_actors(found)
        actor_ids = dict(conn.execute("SELECT key, id FROM actors").fetchall())
        with _full_text_after(conn, plan) as full_text, _cache(conn):
            if progress is not None:
                progress(1, 4, "écriture des articles")
            conn.executemany(_INSERT_ARTICLE, plan.article_rows)
            # The articles' full-text index is SQLite's work alone (one statement, run without
            # the GIL): built while a thread works out the events' rows, Python's work alone.
            events, sources, event_actors, pairs = _beside(lambda: plan.rows(actor_ids, conflicts or {}),
                                                           lambda: full_text.index("articles"))
            written = {"events": len(events), "date_expressions": len(plan.statement_rows),
                       "event_sources": len(sources), "event_actors": len(event_actors)}
            with _indexes_after(conn, written):
                if progress is not None:
                    progress(2, 4, "écriture des événements")
                conn.executemany(_INSERT_EVENT, events)
                if progress is not None:
                    progress(3, 4, "écriture des dates")
                conn.executemany(_INSERT_STATEMENT, plan.statement_rows)
                conn.executemany("INSERT INTO event_sources (event_id, article_id, expression_id, other_expressions) "
                                 "VALUES (?, ?, ?, ?)", sources)
                conn.executemany("INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)",
                                 event_actors)
                conn.executemany("INSERT OR IGNORE INTO event_conflicts VALUES (?, ?)", pairs)
        reapply_corrections(store)
        if progress is not None:
            progress(4, 4, "écriture")
    return BulkResult(plan.ids, len(plan.article_rows), len(plan.statement_rows))


@contextmanager
def _rollback_journal(store: Store) -> Iterator[None]:
    """Write a load into an empty timeline through a rollback journal rather than the WAL, when
    no other connection has the file open; the WAL is put back once the transaction is over.

    In WAL mode every page of the load is written twice: into the log at the commit, then into
    the file by the checkpoint that follows (a tenth of a load of 100,000 events). A rollback
    journal keeps only the pages the transaction overwrites, and in a new file it overwrites
    next to nothing: the new pages go straight into the file. It is as safe: a crash leaves the
    journal, which SQLite plays back at the next opening (synced at each step, `synchronous =
    FULL`, while it is in use). Only while the load runs, a reader opening the file waits for it
    instead of reading the timeline as it was; hence an empty timeline only, whose readers
    would find nothing in it anyway. SQLite leaves WAL mode only when no other connection has
    the file open: otherwise, or when the timeline holds anything, the load goes through the
    WAL as any other write."""
    conn = store.db.conn
    switched = False
    if not store.read_only and not conn.in_transaction and conn.execute("SELECT EXISTS (SELECT 1 FROM articles) OR "
                                            "EXISTS (SELECT 1 FROM events)").fetchone()[0] == 0:
        try:
            switched = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        except sqlite3.OperationalError:  # another connection has the file open: « database is locked »
            switched = False
    if not switched:
        yield
        return
    synchronous = int(conn.execute("PRAGMA synchronous").fetchone()[0])
    conn.execute("PRAGMA synchronous = FULL")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        with suppress(sqlite3.OperationalError):  # a reader opened it meanwhile: its next opening puts WAL back
            conn.execute("PRAGMA journal_mode = WAL")


_FULL_TEXT = {"articles": ("articles_ai", "articles_fts"), "events": ("events_ai", "events_fts")}
"""The tables whose rows the full-text index follows, by their insert trigger (`schema._v1`)."""
CACHE_KIB = 1024 * 1024


class _FullText:
    """The full-text tables `_full_text_after` indexes: each once, by `index` or at the end."""

    def __init__(self, conn: Any, first: Mapping[str, int]) -> None:
        self.conn = conn
        self.first = first
        self.waiting: dict[str, tuple[str, list[str]]] = {}
        """Table -> (its full-text table, their columns), for the tables not indexed yet."""

    def index(self, table: str) -> None:
        """Index the rows written into `table` since the load began (nothing if it keeps its trigger)."""
        found = self.waiting.pop(table, None)
        if found is None:
            return
        fts, columns = found
        listed = ", ".join(columns)
        self.conn.execute(f'INSERT INTO "{fts}" (rowid, {listed}) SELECT rowid, {listed} FROM "{table}" '
                          "WHERE rowid >= ?", [self.first[table]])


@contextmanager
def _full_text_after(conn: Any, plan: _Plan) -> Iterator[_FullText]:
    """Index the new articles and events in the full-text tables with one INSERT … SELECT each
    once they are written (`_FullText.index`, or when the block ends), instead of a trigger call
    per row (three to ten times slower).

    The insert triggers are dropped and created again, from their own SQL, inside the caller's
    transaction: readers, in WAL mode, see the schema and the index as they were until it
    commits and both as they are after; a rollback puts the triggers back with the rest. A
    table whose trigger is not the one the schema makes keeps it, and its rows are indexed by it."""
    full_text = _FullText(conn, {"articles": plan.first_article, "events": plan.next_event})
    found = []
    for table, (trigger, fts) in _FULL_TEXT.items():
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone()
        columns = [f'"{c[1]}"' for c in conn.execute(f"PRAGMA table_info([{fts}])")]
        expected = (f'INSERT INTO "{fts}" (rowid, {", ".join(columns)}) '
                    f'VALUES (new.rowid, {", ".join("new." + c for c in columns)});')
        if row is not None and columns and expected in row[0]:
            found.append((trigger, row[0]))
            full_text.waiting[table] = (fts, columns)
    for trigger, _ in found:
        conn.execute(f'DROP TRIGGER "{trigger}"')
    yield full_text
    for table in list(full_text.waiting):
        full_text.index(table)
    for _, sql in found:
        conn.execute(sql)


_T = TypeVar("_T")


def _beside(work: Callable[[], _T], statement: Callable[[], None]) -> _T:
    """`work()`, run in a thread while `statement()` runs one SQL statement in this one (the
    connection's), which `work` must not use: SQLite runs a statement without holding the GIL,
    so that Python's work and SQLite's go on at once, on two processors. Both are over when
    this returns or raises (the statement's error first, then the work's)."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # raised in the caller's thread
            outcome.append((False, error))

    thread = threading.Thread(target=run, name="frise-bulk-rows", daemon=True)
    thread.start()
    try:
        statement()
    finally:
        thread.join()
    done, value = outcome[0]
    if not done:
        raise value
    return cast(_T, value)


@contextmanager
def _indexes_after(conn: Any, written: Mapping[str, int]) -> Iterator[None]:
    """Build the secondary indexes of the tables that get at least as many rows as they hold
    once their rows are in, instead of inserting each row into each of them.

    The rows come in id order, and the indexes (on dates, events, articles…) in another: every
    row lands somewhere else in each of them, while CREATE INDEX sorts the whole table once.
    The indexes are dropped and created again from their own SQL inside the caller's
    transaction, as `_full_text_after` does the triggers: readers see them as they were until
    it commits, and a rollback puts them back. The unique indexes behind a table's constraints
    (`sqlite_autoindex_…`, which have no SQL) stay: the inserts are checked against them. A
    table holding more rows than the load brings keeps its indexes, which are then cheaper to
    add to than to rebuild."""
    dropped: list[str] = []
    for table, count in written.items():
        held = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
        if count < held or count == 0:
            continue
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                      "AND sql IS NOT NULL ORDER BY name", [table]).fetchall():
            conn.execute(f'DROP INDEX "{name}"')
            dropped.append(sql)
    yield
    for sql in dropped:
        conn.execute(sql)


@contextmanager
def _cache(conn: Any) -> Iterator[None]:
    """A page cache large enough to hold the indexes being written (this connection only): with
    SQLite's 2 MB, pages of the statement and event indexes are spilled to the log and read back.
    Up to 1 GB, the pages of a load of 100,000 events (370 MB) all stay there until the commit:
    at 256 MB the cache spilled and read back pages of the unique indexes, which the rows reach
    in no order (0.7-1.2 s of 11-13 s of SQL). Pages are taken as they are written, so a
    smaller load takes less; the rows the load holds in Python weigh more than that anyway."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


class _Plan:
    """Every row to write, worked out from the articles before anything is written."""

    def __init__(self, conn: Any, load: BulkLoad, group: int) -> None:
        next_article = self.first_article = (conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1
        sequence = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'date_expressions'").fetchone()
        highest = conn.execute("SELECT max(id) FROM date_expressions").fetchone()[0] or 0
        next_statement = max(sequence[0] if sequence else 0, highest) + 1  # AUTOINCREMENT: never reused
        self.next_event = (conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0) + 1
        self.now = writes.now()
        self.article_rows = _article_rows(next_article, load.articles, self.now)
        self.ids: dict[str, int] = {key: self.next_event + n for n, key in enumerate(dict.fromkeys(load.event))}
        """Event key -> id, numbered in the order the keys first come, as `Writes.new_events` numbers
        the events each chunk founds."""
        self.order = list(self.ids)  # event keys by id
        self.keys: dict[str, str] = {}
        """Event key -> the key stored (see `number_events`)."""
        article_ids = [next_article + n for n in load.article]
        statement_ids = range(next_statement, next_statement + len(load.event))
        columns = load.statements
        self.statement_rows = list(zip(statement_ids, article_ids, *(columns[c] for c in STATEMENT_FIELDS),
                                       map(self.ids.__getitem__, load.event), strict=True))
        self.titles = load.titles or {}
        self.derived = load.derived or {}
        self.first_statement = next_statement
        self.by_event: dict[str, list[tuple[Any, ...]]] = {key: [] for key in self.order if key not in self.derived}
        """Event key -> its statements as `writes._derived` reads them, by id (the events not
        `derived` already)."""
        fields = [columns[c] for c in _DERIVED_FIELDS]
        for n, key in enumerate(load.event):
            if key in self.by_event:
                self.by_event[key].append((statement_ids[n], article_ids[n], *(values[n] for values in fields)))
        last = {key: n for n, key in enumerate(load.event)}  # each event's last statement
        self.completed: dict[str, int] = {key: load.article[n] // group for key, n in last.items()}
        """Event key -> the group whose articles bring its last statement (when it is refreshed)."""
        self.actor_groups: list[list[str]] = []
        for start in range(0, len(self.article_rows), group):
            named: set[str] = set()
            for actors in load.actors[bisect_left(load.article, start) : bisect_left(load.article, start + group)]:
                if actors:
                    named.update(actors)
            self.actor_groups.append(sorted(named))

    def number_events(self, taken: Callable[[list[str]], set[str]]) -> None:
        """Give each event its stored key: the key, or `key+2`, `key+3`… when the timeline
        already has an event of that key, as `Writes.new_event` chooses."""
        clashes = taken(self.order)
        assigned: set[str] = set()
        for key in self.order:
            unique, n = key, 1
            if clashes:
                while unique in assigned or unique in clashes or (n > 1 and taken([unique])):
                    n += 1
                    unique = f"{key}+{n}"
            self.keys[key] = unique
            assigned.add(unique)

    def events(self, actor_ids: Mapping[str, int]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]],
                                                         list[tuple[int, int]]]:
        """The events' rows (id, key, first, last, title, certainty, source count, passages,
        updated_at, happening, importance, places), their sources and their actors, the latter
        two in the order the per-article path's refreshes write them."""
        rows: list[tuple[Any, ...]] = []
        derived: dict[str, tuple[Sequence[tuple[int, int, Sequence[int]]], Sequence[str], int, int]] = {}
        """Event key -> its sources, its actors, and what to add to the sources' article and
        statement numbers to make ids (nothing once `writes._derived` gave them)."""
        titles = self.titles
        first_article, first_statement = self.first_article, self.first_statement
        for key in self.order:
            given = self.derived.get(key)
            if given is not None:
                wanted, placed, its_actors = given
                rows.append((self.ids[key], self.keys[key], *wanted[:6], self.now, *wanted[6:]))
                derived[key] = (placed, its_actors, first_article, first_statement)
                continue
            statements = self.by_event[key]
            chosen = titles.get(key)
            titling = None
            if chosen is not None and len(chosen[1]) == len(statements) and all(r[2] is not None for r in statements):
                keys = {r[12]: r for r in statements}  # key (see _DERIVED_FIELDS) -> row
                if keys.keys() == set(chosen[1]):
                    titling = keys[chosen[0]]
            wanted, its_sources, its_actors = writes._derived(statements, titling)
            first, last, title, certainty, count, passages, happening, importance, places = wanted
            rows.append((self.ids[key], self.keys[key], first, last, title, certainty, count, passages, self.now,
                         happening, importance, places))
            derived[key] = (its_sources, its_actors, 0, 0)
        sources: list[tuple[Any, ...]] = []
        actors: list[tuple[int, int]] = []
        for key in sorted(self.order, key=lambda k: (self.completed[k], self.ids[k])):
            event_id = self.ids[key]
            found, its_actors, to_article, to_statement = derived[key]
            sources += [(event_id, to_article + article, to_statement + primary,
                         writes.ids_json([to_statement + other for other in others]) if others else "[]")
                        for article, primary, others in found]
            actors += [(event_id, actor_ids[k]) for k in its_actors if k in actor_ids]
        return rows, sources, actors

    def rows(self, actor_ids: Mapping[str, int], conflicts: Mapping[str, Sequence[str]]) -> tuple[
            list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[int, int]], list[tuple[int, int]]]:
        """The rows of `_INSERT_EVENT` (`events`' with `conflicting`), the sources, the actors
        of the events (`events`) and the contradiction pairs (`conflicts`)."""
        events, sources, actors = self.events(actor_ids)
        pairs, conflicting = self.conflicts(conflicts)
        return [(*row[:6], int(row[0] in conflicting), *row[6:]) for row in events], sources, actors, pairs

    def conflicts(self, conflicts: Mapping[str, Sequence[str]]) -> tuple[list[tuple[int, int]], set[int]]:
        """The contradiction pairs both ways, in the order `Writes.add_conflicts` would insert
        them event after event, and the events they mark."""
        ids = self.ids
        pairs: dict[tuple[int, int], None] = {}
        for key, others in conflicts.items():
            if key not in ids:
                continue
            event_id = ids[key]
            one_way = [(event_id, ids[o]) for o in others if o in ids and ids[o] != event_id]
            pairs.update(dict.fromkeys(one_way))
            pairs.update(dict.fromkeys((o, e) for e, o in one_way))
        return list(pairs), {e for pair in pairs for e in pair}


_DERIVED_FIELDS = ("first", "last", "precise", "actors", "terms", "certainty", "title", "passage", "char_start",
                   "char_end", "key", "happening", "importance", "places", "implied")
"""What `writes._derived` reads of a statement after its id and article."""


def _article_rows(first_id: int, fields: Mapping[str, Sequence[Any]], now: str) -> list[tuple[Any, ...]]:
    """What `Writes.insert_article` stores, with the ids from `first_id` first."""
    count = len(fields["content_hash"])

    def column(name: str) -> Sequence[Any]:
        values = fields.get(name)
        return [None] * count if values is None else values

    stored = {name: column(name) for name in _ARTICLE_COLUMNS[1:]}
    stored["date_source"] = [value or "file" for value in stored["date_source"]]
    stored["needs_year"] = [int(bool(value)) for value in stored["needs_year"]]
    stored["imported_at"] = [value or now for value in stored["imported_at"]]
    return list(zip(range(first_id, first_id + count), *stored.values(), strict=True))


def _taken(conn: Any, keys: Sequence[str]) -> set[str]:
    """Which of these event keys the timeline already holds."""
    found: set[str] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        found.update(row[0] for row in conn.execute(
            f"SELECT key FROM events WHERE key IN ({', '.join('?' * len(chunk))})", chunk))
    return found
