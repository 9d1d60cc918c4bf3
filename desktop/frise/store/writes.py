"""Writing articles, their dated statements and the events those statements build.

Writes go through plain SQL on the sqlite-utils connection: an article's import is one
transaction holding dozens of statements, and the callers open it (`Store.transaction()`), so
nothing here commits on its own. Event rows are derived data: `refresh_event` recomputes one from
its statements (interval, certainty, title, sources, actors) whenever they change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import sqlite_utils

from frise.events.kinds import kind_rank
from frise.events.merge import (
    Report,
    event_certainty,
    representative,
    statement_order,
)
from frise.events.model import Mention
from frise.events.titles import is_lead_fragment, is_subjectless, telling
from frise.store.reads import NARROW
from frise.store.records import ActorInfo


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Writes:
    db: sqlite_utils.Database
    _report_cache: dict[int, tuple[str, bool, Report]]  # see Reads

    # --- articles

    def insert_article(self, fields: dict[str, Any]) -> int:
        columns = (
            "content_hash path title outlet published precision date_source format url text "
            "needs_year assumed_year imported_at"
        ).split()
        row = {c: fields.get(c) for c in columns}
        row["date_source"] = row["date_source"] or "file"
        row["needs_year"] = int(bool(row["needs_year"]))
        row["imported_at"] = row["imported_at"] or now()
        cursor = self.db.execute(
            f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [row[c] for c in columns],
        )
        return _rowid(cursor)

    def update_article_dating(
        self, article_id: int, *, published: str | None = None, precision: str | None = None,
        date_source: str | None = None, needs_year: bool, assumed_year: int | None
    ) -> None:
        sets = ["needs_year = ?", "assumed_year = ?"]
        values: list[Any] = [int(needs_year), assumed_year]
        if date_source is not None:
            sets += ["published = ?", "precision = ?", "date_source = ?"]
            values += [published, precision, date_source]
        self.db.execute(f"UPDATE articles SET {', '.join(sets)} WHERE id = ?", [*values, article_id])

    # --- actors

    def ensure_actors(self, actors: Iterable[ActorInfo]) -> None:
        self.db.conn.executemany(
            "INSERT INTO actors (key, name, kind, country) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "country = excluded.country",
            [(a.key, a.name, a.kind, a.country) for a in actors],
        )

    # --- statements

    def insert_expressions(self, article_id: int, mentions: Sequence[Mention]) -> list[int]:
        return [self.insert_expression(article_id, m) for m in mentions]

    def insert_expression(self, article_id: int, m: Mention, event_id: int | None = None) -> int:
        cursor = self.db.conn.execute(_INSERT_EXPRESSION, _expression_row(article_id, m, event_id))
        return _rowid(cursor)

    def insert_statements(self, article_id: int, placed: Iterable[tuple[Mention, int | None]]) -> None:
        """Store an article's statements, each in its event, in one batch."""
        self.db.conn.executemany(
            _INSERT_EXPRESSION, (_expression_row(article_id, m, event_id) for m, event_id in placed))

    def move_statements(self, moves: Iterable[tuple[int, int]]) -> None:
        """Put stored statements (id) into other events (event id): merging decided them again."""
        self.db.conn.executemany(
            "UPDATE date_expressions SET event_id = ? WHERE id = ?", ((e, i) for i, e in moves))

    def delete_expressions(self, article_id: int) -> set[int]:
        """Remove an article's statements; returns the events they belonged to (to refresh)."""
        events = {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT event_id FROM date_expressions WHERE article_id = ? "
                "AND event_id IS NOT NULL", [article_id]
            )
        }
        self.db.execute("DELETE FROM date_expressions WHERE article_id = ?", [article_id])
        self._report_cache = {}
        return events

    # --- events

    def new_event(self, key: str, founder: Mention | None = None) -> int:
        """A new event keyed by the statement that founds it, filled in from that statement so
        that its refresh usually has nothing left to rewrite."""
        unique, n = key, 1
        while self.db.execute("SELECT 1 FROM events WHERE key = ?", [unique]).fetchone():
            n += 1
            unique = f"{key}+{n}"
        cursor = self.db.execute(_INSERT_EVENT, _event_row(unique, founder))
        return _rowid(cursor)

    def new_events(self, founders: Sequence[tuple[str, Mention | None]]) -> list[int]:
        """`new_event` for each (key, founder), in one batch; the ids in the same order."""
        out: list[int] = []
        for start in range(0, len(founders), _CHUNK):
            chunk = founders[start : start + _CHUNK]
            keys = [key for key, _ in chunk]
            taken = {row[0] for row in self.db.execute(
                f"SELECT key FROM events WHERE key IN ({', '.join('?' * len(keys))})", keys)}
            if taken or len(set(keys)) < len(keys):  # rare: let new_event find free keys
                out += [self.new_event(key, founder) for key, founder in chunk]
                continue
            self.db.conn.executemany(_INSERT_EVENT, [_event_row(key, founder) for key, founder in chunk])
            ids = dict(self.db.execute(
                f"SELECT key, id FROM events WHERE key IN ({', '.join('?' * len(keys))})", keys).fetchall())
            out += [ids[key] for key in keys]
        return out

    def attach(self, expression_id: int, event_id: int) -> None:
        self.db.execute("UPDATE date_expressions SET event_id = ? WHERE id = ?", [event_id, expression_id])

    def add_conflicts(self, event_id: int, others: Iterable[int]) -> None:
        pairs = [(event_id, o) for o in others if o != event_id]
        pairs += [(o, e) for e, o in pairs]
        if not pairs:
            return
        self.db.conn.executemany("INSERT OR IGNORE INTO event_conflicts VALUES (?, ?)", pairs)
        ids = {e for pair in pairs for e in pair}
        self.db.execute(
            f"UPDATE events SET conflicting = 1 WHERE id IN ({', '.join('?' * len(ids))})", list(ids)
        )

    def refresh_event(self, event_id: int, *, fresh: bool = False) -> None:
        """Recompute an event from its statements; delete it when none is left.

        `fresh` says the event was created in this transaction: it has no source or actor rows
        to clear yet.
        """
        self.refresh_events([event_id], fresh={event_id} if fresh else ())

    def refresh_events(self, event_ids: Iterable[int], fresh: Collection[int] = ()) -> None:
        """`refresh_event` for many events, a few hundred at a time; `fresh`: those created in
        this transaction."""
        ordered = sorted(set(event_ids))
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            by_event: dict[int, list[Sequence[Any]]] = {}
            for row in self.db.execute(
                "SELECT event_id, id, article_id, first, last, precise, actors, terms, certainty, title, "
                f"passage, char_start, char_end, key, happening, importance, places, implied FROM date_expressions "
                f"WHERE event_id IN ({marks}) "
                "ORDER BY event_id, id", chunk,
            ):
                by_event.setdefault(row[0], []).append(row[1:])
            current = {row[0]: tuple(row[1:]) for row in self.db.execute(
                "SELECT id, first, last, title, certainty, source_count, passages, happening, importance, places "
                f"FROM events WHERE id IN ({marks})",
                chunk)}
            stale = [e for e in chunk if e not in fresh and e in by_event]
            if stale:
                stale_marks = ", ".join("?" * len(stale))
                self.db.execute(f"DELETE FROM event_sources WHERE event_id IN ({stale_marks})", stale)
                self.db.execute(f"DELETE FROM event_actors WHERE event_id IN ({stale_marks})", stale)
            sources: list[tuple[int, int, int, str]] = []
            actors: list[tuple[int, str]] = []
            updates: list[tuple[Any, ...]] = []
            for event_id in chunk:
                rows = by_event.get(event_id)
                if not rows:
                    self._delete_event(event_id)
                    continue
                wanted, its_sources, actor_keys = _derived(rows)
                sources += [(event_id, article, primary, ids_json(others))
                            for article, primary, others in its_sources]
                actors += [(event_id, key) for key in actor_keys]
                if event_id in current and current[event_id] != wanted:  # an unchanged row keeps its FTS entry
                    updates.append((*wanted, now(), event_id))
            self.db.conn.executemany(
                "INSERT INTO event_sources (event_id, article_id, expression_id, other_expressions) "
                "VALUES (?, ?, ?, ?)", sources)
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO event_actors (event_id, actor_id) SELECT ?, id FROM actors WHERE key = ?",
                actors)
            self.db.conn.executemany(
                "UPDATE events SET first = ?, last = ?, title = ?, certainty = ?, source_count = ?, "
                "passages = ?, happening = ?, importance = ?, places = ?, updated_at = ? WHERE id = ?", updates)

    def _delete_event(self, event_id: int) -> None:
        others = [r[0] for r in self.db.execute(
            "SELECT other_id FROM event_conflicts WHERE event_id = ?", [event_id])]
        self.db.execute("DELETE FROM events WHERE id = ?", [event_id])
        if others:
            self.db.execute(
                "UPDATE events SET conflicting = EXISTS (SELECT 1 FROM event_conflicts c "
                f"WHERE c.event_id = events.id) WHERE id IN ({', '.join('?' * len(others))})",
                others,
            )

    # --- the user's own changes

    def add_change(self, event_key: str, kind: str, payload: dict[str, Any] | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO user_changes (event_key, kind, payload, created_at) VALUES (?, ?, ?, ?)",
            [event_key, kind, json.dumps(payload or {}, ensure_ascii=False), now()],
        )
        return _rowid(cursor)


_CHUNK = 500
_INSERT_EVENT = (
    "INSERT INTO events (key, first, last, title, certainty, source_count, passages, happening, importance, "
    "places, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _event_row(key: str, founder: Mention | None) -> tuple[Any, ...]:
    if founder is None:
        return (key, None, None, "", "unresolved", 0, "", None, "news", "[]", now())
    return (key, _iso(founder.first), _iso(founder.last), founder.title, founder.certainty, 1,
            founder.passage, founder.happening, founder.importance,
            json.dumps(list(founder.places), ensure_ascii=False), now())


def _derived(rows: Sequence[Sequence[Any]], titling: Sequence[Any] | None = None,
             ) -> tuple[tuple[Any, ...], list[tuple[int, int, list[int]]], list[str]]:
    """What an event's row holds (first, last, title, certainty, source count, passages, kind of
    happening, importance), its sources and its actors' keys, from its statements (id, article,
    first, last, precise, actors, terms, certainty, title, passage, char_start, char_end, key,
    happening, importance, places, implied; by id). A dated event is titled by one of its most factual
    statements, of the first kind in the cue list's order among them (a meeting and what was
    said at it is a meeting; talks concluded by an agreement, an agreement), and takes that
    kind; an undated one, its first statement's title and kind; either, when that statement
    has no kind, the first of the others'. The event is news when any report of it is.

    `titling`: the row that titles a dated event when it is known already (what `_titling`
    chooses among these rows, all dated; `frise.store.bulk`)."""
    if len(rows) == 1:  # most events: what the one statement says
        r = rows[0]
        certainty = r[7] if r[2] is not None else "unresolved"
        return ((r[2], r[3], r[8], certainty, 1, r[9], r[13], r[14], r[15]), [(r[1], r[0], [])],
                sorted(_actor_set(r[5]) or _actor_set(r[16])))
    resolved = [r for r in rows if r[2] is not None]
    if resolved:
        firsts, lasts = [_day(r[2]) for r in resolved], [_day(r[3]) for r in resolved]
        agreed = (max(firsts), min(lasts))  # `agreed_interval`, or the first report's when they clash
        if agreed[0] > agreed[1]:
            agreed = (firsts[0], lasts[0])
        certainty = event_certainty(list(zip(firsts, lasts, (r[7] for r in resolved), strict=True)), agreed)
        titling = _titling(resolved) if titling is None else titling
        title, happening = titling[8], titling[13]
        first, last = agreed[0].isoformat(), agreed[1].isoformat()
        happening = happening or min((r[13] for r in resolved if r[13]), key=kind_rank, default=None)
    else:  # an undated happening one article tells again: its first telling
        title, certainty, first, last = rows[0][8], "unresolved", None, None
        happening = rows[0][13]
    sources = _sources(rows)
    # The participants its reports name; only when none names any, the parties their articles are
    # about (a report whose actors stand in for the article's opening has them as implied too).
    actor_keys = sorted({key for r in rows if not _actor_set(r[16]) for key in _actor_set(r[5])}
                        or {key for r in rows for key in _actor_set(r[5]) | _actor_set(r[16])})
    passages = "\n".join(dict.fromkeys(r[9] for r in rows))
    happening = happening or min((r[13] for r in rows if r[13]), key=kind_rank, default=None)
    importance = "news" if any(r[14] == "news" for r in rows) else "context"
    places = _places(rows)
    return (first, last, title, certainty, len(sources), passages, happening, importance, places), sources, actor_keys


def _titling(resolved: Sequence[Sequence[Any]]) -> Sequence[Any]:
    """The statement that titles a dated event, among its dated ones (see `_derived`).

    Each step narrows the candidates, and once one is left it is the one: most events have a
    report or two, and the terms they share (`representative`) are counted only between those
    still tied after the tense, the lead phrase and the kind."""
    if len(resolved) == 1:
        return resolved[0]
    # The most factual report titles it: « Fabius s'est rendu à Téhéran » rather than
    # « Fabius se rendra à Téhéran » once one outlet reports it done.
    told = [telling(r[8]) for r in resolved]
    best = min(told)
    factual = [r for r, tense in zip(resolved, told, strict=True) if tense == best]
    # A lead phrase (« Une semaine après l'échange ... ») or a clause that lost its subject (« Ne
    # devrait pas intervenir … ») titles it only when no report does better.
    factual = [r for r in factual if not (is_lead_fragment(r[8]) or is_subjectless(r[8]))] or factual
    if len(factual) == 1:
        return factual[0]
    kinds = [kind_rank(r[13]) for r in factual]
    top = min(kinds)
    among = [r for r, kind in zip(factual, kinds, strict=True) if kind == top]
    if len(among) == 1:
        return among[0]
    # Ties go to the statement first by key (article, position), not by id: the title must
    # not depend on the order the articles came in.
    by_id = {r[0]: r for r in factual}
    reports = {r[0]: _report(tuple(r[:7])) for r in factual}
    chosen = representative(list(reports.values()), lambda report: statement_order(by_id[report.id][12]),
                            among=[reports[r[0]] for r in among])
    return by_id[chosen.id]


_INSERT_EXPRESSION = (
    "INSERT INTO date_expressions (article_id, key, char_start, char_end, text, kind, "
    "value, mod, anchor, first, last, certainty, precise, breadth, assumed_year, "
    "passage_start, passage_end, passage, title, actors, terms, happening, importance, places, implied, "
    "event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)  # STATEMENT_COLUMNS, then event_id


def statement_row(article_id: int, m: Mention) -> tuple[Any, ...]:
    """A statement as its row stores it (STATEMENT_COLUMNS, in that order)."""
    return (
        article_id, m.key, m.start, m.end, m.text, m.kind, m.value, m.mod, m.anchor,
        _iso(m.first), _iso(m.last), m.certainty, int(m.precise), _breadth(m.first, m.last),
        m.assumed_year, m.passage_start, m.passage_end, m.passage, m.title,
        json.dumps(list(m.actors)) if m.actors else "[]", " ".join(sorted(m.terms)), m.happening, m.importance,
        json.dumps(list(m.places), ensure_ascii=False) if m.places else "[]",
        json.dumps(list(m.implied)) if m.implied else "[]",
    )


def _expression_row(article_id: int, m: Mention, event_id: int | None) -> tuple[Any, ...]:
    return (*statement_row(article_id, m), event_id)


def _rowid(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None  # always set after an INSERT into a rowid table
    return cursor.lastrowid


def _breadth(first: date | None, last: date | None) -> int:
    if first is None or last is None or first == last:
        return 0
    return 1 if last - first <= NARROW else 2


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _report(row: tuple[Any, ...]) -> Report:
    return Report(
        id=row[0],
        article_id=row[1],
        first=_day(row[2]),
        last=_day(row[3]),
        precise=bool(row[4]),
        actors=_actor_set(row[5]),
        terms=_term_set(row[6]),
    )


# An event's statements are read back whenever it is refreshed; the caches are keyed by value,
# so they can never return something stale.
_day = lru_cache(maxsize=65536)(date.fromisoformat)


@lru_cache(maxsize=65536)
def _actor_set(stored: str) -> frozenset[str]:
    return frozenset(json.loads(stored))


@lru_cache(maxsize=4096)
def _place_list(stored: str) -> tuple[str, ...]:
    return tuple(json.loads(stored))


@lru_cache(maxsize=65536)
def _term_set(stored: str) -> frozenset[str]:
    return frozenset(stored.split())


def ids_json(ids: list[int]) -> str:
    """Statement ids as a source row stores them (`json.dumps`'s text; most lists are empty)."""
    return json.dumps(ids) if ids else "[]"


def _places(rows: Sequence[Sequence[Any]]) -> str:
    """The places of an event's statements, each once, as stored (most statements name none)."""
    named = [r[15] for r in rows if r[15] != "[]"]
    if not named:
        return "[]"
    return json.dumps(list(dict.fromkeys(place for stored in named for place in _place_list(stored))),
                      ensure_ascii=False)


def _sources(rows: Sequence[Sequence[Any]]) -> list[tuple[int, int, list[int]]]:
    """One source per article: its most precise statement first, the others listed after it."""
    by_article: dict[int, list[Sequence[Any]]] = {}
    for row in rows:
        by_article.setdefault(row[1], []).append(row)

    def rank(row: Sequence[Any]) -> tuple[int, int, int]:
        span = (_day(row[3]) - _day(row[2])).days if row[2] else 10**6
        return (-int(row[4]), span, row[10])

    out: list[tuple[int, int, list[int]]] = []
    for article, statements in by_article.items():
        if len(statements) == 1:  # most sources
            out.append((article, statements[0][0], []))
            continue
        ordered = sorted(statements, key=rank)
        out.append((article, ordered[0][0], [r[0] for r in ordered[1:]]))
    return out
