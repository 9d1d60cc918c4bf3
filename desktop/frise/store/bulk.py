"""Writing many articles and the events they found in one transaction, for `frise-cli corpus load`.

The per-article path (`Writes.insert_article`, `insert_statements`, `new_events`, then
`refresh_events` once an event's last statement is in) asks the database for what it has just
written: each event is inserted from its founder, read back with its statements and rewritten.
When every statement of every event is known before the first write, as in a dataset extracted
by `frise-cli corpus extract`, all of that can be worked out in Python by the same functions
(`writes._derived`, `writes.statement_row`) and each table written once with executemany.

The rows are those the per-article path writes, ids included, so that the two stay comparable row
by row (tests/test_store_bulk.py): articles, statements and events take the ids SQLite would have
given them in the same order, actors are registered a group of articles at a time as that path
registers them chunk by chunk, and the derived rows (an event's sources and actors, the
contradictions) go in the order of its refreshes. Nothing is deferred or switched off: the write
is one ordinary BEGIN IMMEDIATE transaction in WAL mode, with every index and full-text trigger
in place, so readers of the timeline see nothing of it until it commits, then all of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from frise.events.model import Mention
from frise.store import writes
from frise.store.corrections import reapply_corrections
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


@dataclass(frozen=True, slots=True)
class BulkArticle:
    """An article to store, with its statements in storing order, each with the key of the event
    it belongs to (the event's founding statement's key, as the dataset's merge chose it)."""

    fields: Mapping[str, Any]
    """As `Writes.insert_article` takes them."""
    statements: Sequence[tuple[Mention, str]]


@dataclass(slots=True)
class BulkResult:
    event_ids: dict[str, int]
    """Event key (as given) -> the id of the event stored for it."""
    articles: int = 0
    statements: int = 0


def write_bulk(store: Store, articles: Sequence[BulkArticle], *,
               actors: Callable[[list[str]], Iterable[ActorInfo]],
               conflicts: Mapping[str, Sequence[str]] | None = None,
               group: int = GROUP, progress: Progress | None = None) -> BulkResult:
    """Store `articles`, their statements and the events these make, in one transaction, then put
    the analyst's corrections back (`reapply_corrections`), as the per-article path leaves them.

    `actors(keys)` describes the actors a group of articles names (sorted keys; unknown ones may be
    left out); they are registered a `group` of articles at a time, in order, so that their ids
    are the ones the per-article path, writing that many articles per transaction, gives them.
    `conflicts`: event key -> keys of the events it contradicts (both sides are marked)."""
    with store.transaction():
        conn = store.db.conn
        plan = _Plan(conn, articles, group)
        if progress is not None:
            progress(0, 4, "préparation")
        plan.number_events(lambda keys: _taken(conn, keys))
        for keys in plan.actor_groups:
            found = list(actors(keys)) if keys else []
            if found:
                store.ensure_actors(found)
        actor_ids = dict(conn.execute("SELECT key, id FROM actors").fetchall())
        events, sources, event_actors = plan.events(actor_ids)
        pairs, conflicting = plan.conflicts(conflicts or {})
        with _full_text_after(conn, plan), _cache(conn):
            if progress is not None:
                progress(1, 4, "écriture des articles")
            conn.executemany(_INSERT_ARTICLE, plan.article_rows)
            if progress is not None:
                progress(2, 4, "écriture des événements")
            conn.executemany(_INSERT_EVENT, [(*row[:6], int(row[0] in conflicting), *row[6:]) for row in events])
            if progress is not None:
                progress(3, 4, "écriture des dates")
            conn.executemany(_INSERT_STATEMENT, plan.statement_rows)
            conn.executemany("INSERT INTO event_sources (event_id, article_id, expression_id, other_expressions) "
                             "VALUES (?, ?, ?, ?)", sources)
            conn.executemany("INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)", event_actors)
            conn.executemany("INSERT OR IGNORE INTO event_conflicts VALUES (?, ?)", pairs)
        reapply_corrections(store)
        if progress is not None:
            progress(4, 4, "écriture")
    return BulkResult(plan.ids, len(plan.article_rows), len(plan.statement_rows))


_FULL_TEXT = {"articles": ("articles_ai", "articles_fts"), "events": ("events_ai", "events_fts")}
"""The tables whose rows the full-text index follows, by their insert trigger (`schema._v1`)."""
CACHE_KIB = 256 * 1024


@contextmanager
def _full_text_after(conn: Any, plan: _Plan) -> Iterator[None]:
    """Index the new articles and events in the full-text tables with one INSERT … SELECT each
    once they are written, instead of a trigger call per row (three to ten times slower).

    The insert triggers are dropped and created again, from their own SQL, inside the caller's
    transaction: readers, in WAL mode, see the schema and the index as they were until it
    commits and both as they are after; a rollback puts the triggers back with the rest. A
    table whose trigger is not the one the schema makes keeps it, and its rows are indexed by it."""
    first = {"articles": plan.first_article, "events": plan.next_event}
    found = []
    for table, (trigger, fts) in _FULL_TEXT.items():
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone()
        columns = [f'"{c[1]}"' for c in conn.execute(f"PRAGMA table_info([{fts}])")]
        expected = (f'INSERT INTO "{fts}" (rowid, {", ".join(columns)}) '
                    f'VALUES (new.rowid, {", ".join("new." + c for c in columns)});')
        if row is not None and columns and expected in row[0]:
            found.append((table, trigger, fts, columns, row[0]))
    for _, trigger, *_ in found:
        conn.execute(f'DROP TRIGGER "{trigger}"')
    yield
    for table, _, fts, columns, sql in found:
        listed = ", ".join(columns)
        conn.execute(f'INSERT INTO "{fts}" (rowid, {listed}) SELECT rowid, {listed} FROM "{table}" WHERE rowid >= ?',
                     [first[table]])
        conn.execute(sql)


@contextmanager
def _cache(conn: Any) -> Iterator[None]:
    """A page cache large enough to hold the indexes being written (this connection only): with
    SQLite's 2 MB, pages of the statement and event indexes are spilled to the log and read back."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


class _Plan:
    """Every row to write, worked out from the articles before anything is written."""

    def __init__(self, conn: Any, articles: Sequence[BulkArticle], group: int) -> None:
        next_article = self.first_article = (conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1
        sequence = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'date_expressions'").fetchone()
        highest = conn.execute("SELECT max(id) FROM date_expressions").fetchone()[0] or 0
        next_statement = max(sequence[0] if sequence else 0, highest) + 1  # AUTOINCREMENT: never reused
        self.next_event = (conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0) + 1
        now = writes.now()
        self.now = now
        self.ids: dict[str, int] = {}
        """Event key -> id, numbered in the order the keys first come, as `Writes.new_events` numbers
        the events each chunk founds."""
        self.order: list[str] = []  # event keys by id
        self.keys: dict[str, str] = {}
        """Event key -> the key stored (see `number_events`)."""
        self.article_rows: list[tuple[Any, ...]] = []
        self.statement_rows: list[tuple[Any, ...]] = []
        self.actor_groups: list[list[str]] = []
        self.by_event: dict[str, list[tuple[Any, ...]]] = {}
        """Event key -> its statements as `writes._derived` reads them, by id."""
        self.completed: dict[str, int] = {}
        """Event key -> the group whose articles bring its last statement (when it is refreshed)."""
        waiting: dict[str, int] = {}
        for article in articles:
            for _, key in article.statements:
                waiting[key] = waiting.get(key, 0) + 1
        article_id, statement_id = next_article, next_statement
        for number, start in enumerate(range(0, len(articles), group)):
            actor_keys: set[str] = set()
            for article in articles[start : start + group]:
                self.article_rows.append(_article_row(article_id, article.fields, now))
                for mention, key in article.statements:
                    event_id = self.ids.get(key)
                    if event_id is None:
                        event_id = self.ids[key] = self.next_event + len(self.order)
                        self.order.append(key)
                    row = writes.statement_row(article_id, mention)
                    self.statement_rows.append((statement_id, *row, event_id))
                    self.by_event.setdefault(key, []).append(
                        (statement_id, article_id, row[9], row[10], row[12], row[19], row[20], row[11], row[18],
                         row[17], row[2], row[3], row[1], row[21], row[22], row[23]))
                    actor_keys.update(mention.actors)
                    waiting[key] -= 1
                    if not waiting[key]:
                        self.completed[key] = number
                    statement_id += 1
                article_id += 1
            self.actor_groups.append(sorted(actor_keys))

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
        derived: dict[str, tuple[list[tuple[int, int, list[int]]], list[str]]] = {}
        for key in self.order:
            wanted, its_sources, its_actors = writes._derived(self.by_event[key])
            first, last, title, certainty, count, passages, happening, importance, places = wanted
            rows.append((self.ids[key], self.keys[key], first, last, title, certainty, count, passages, self.now,
                         happening, importance, places))
            derived[key] = (its_sources, its_actors)
        sources: list[tuple[Any, ...]] = []
        actors: list[tuple[int, int]] = []
        for key in sorted(self.order, key=lambda k: (self.completed[k], self.ids[k])):
            event_id = self.ids[key]
            its_sources, its_actors = derived[key]
            sources += [(event_id, article, primary, writes.ids_json(others))
                        for article, primary, others in its_sources]
            actors += [(event_id, actor_ids[k]) for k in its_actors if k in actor_ids]
        return rows, sources, actors

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


def _article_row(article_id: int, fields: Mapping[str, Any], now: str) -> tuple[Any, ...]:
    """What `Writes.insert_article` stores, with its id first."""
    row = {c: fields.get(c) for c in _ARTICLE_COLUMNS[1:]}
    row["date_source"] = row["date_source"] or "file"
    row["needs_year"] = int(bool(row["needs_year"]))
    row["imported_at"] = row["imported_at"] or now
    return (article_id, *(row[c] for c in _ARTICLE_COLUMNS[1:]))


def _taken(conn: Any, keys: Sequence[str]) -> set[str]:
    """Which of these event keys the timeline already holds."""
    found: set[str] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        found.update(row[0] for row in conn.execute(
            f"SELECT key FROM events WHERE key IN ({', '.join('?' * len(chunk))})", chunk))
    return found
