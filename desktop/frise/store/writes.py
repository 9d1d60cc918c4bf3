"""Writing articles, their dated statements and the events those statements build.

Writes go through plain SQL on the sqlite-utils connection: an article's import is one
transaction holding dozens of statements, and the callers open it (`Store.transaction()`), so
nothing here commits on its own. Event rows are derived data: `refresh_event` recomputes one from
its statements (interval, certainty, title, sources, actors) whenever they change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

import sqlite_utils

from frise.events.merge import (
    CONFLICT_WINDOW,
    Candidate,
    Report,
    agreed_interval,
    event_certainty,
    representative,
)
from frise.events.model import Mention
from frise.store.records import ActorInfo

# Statements spanning more than this are never merge candidates ("les années 60" merges with
# nothing), which keeps the candidate search a bounded index range.
MAX_MERGE_SPAN = timedelta(days=366)
NARROW = timedelta(days=31)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Writes:
    db: sqlite_utils.Database
    _report_cache: dict[int, Report]

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
        cursor = self.db.conn.execute(
            "INSERT INTO date_expressions (article_id, key, char_start, char_end, text, kind, "
            "value, mod, anchor, first, last, certainty, precise, breadth, assumed_year, "
            "passage_start, passage_end, passage, title, actors, terms, event_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id, m.key, m.start, m.end, m.text, m.kind, m.value, m.mod, m.anchor,
                _iso(m.first), _iso(m.last), m.certainty, int(m.precise), _breadth(m.first, m.last),
                m.assumed_year, m.passage_start, m.passage_end, m.passage, m.title,
                json.dumps(list(m.actors)), " ".join(sorted(m.terms)), event_id,
            ),
        )
        return _rowid(cursor)

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

    def candidates(self, first: date, last: date, sharing: frozenset[str] | None = None) -> list[Candidate]:
        """Events with a statement dated near [first, last]: those a new statement may join or
        contradict. Each breadth is looked up in the index range it can reach from: single days
        in the window itself, wider statements further back (bounded by MAX_MERGE_SPAN).

        With `sharing`, only events with a statement sharing one of these terms are returned
        (with all their statements): the others can neither be joined nor contradicted."""
        reach = (first - CONFLICT_WINDOW).isoformat()
        high = (last + CONFLICT_WINDOW).isoformat()
        tier = "SELECT event_id FROM date_expressions WHERE breadth = ? AND first BETWEEN ? AND ? AND last >= ?"
        pairs = self.db.execute(
            f"SELECT id, event_id FROM date_expressions WHERE event_id IN "
            f"({tier} UNION ALL {tier} UNION ALL {tier}) AND first IS NOT NULL",
            [0, reach, high, reach,
             1, (first - CONFLICT_WINDOW - NARROW).isoformat(), high, reach,
             2, (first - CONFLICT_WINDOW - MAX_MERGE_SPAN).isoformat(), high, reach],
        ).fetchall()
        reports = self._reports([expression_id for expression_id, _ in pairs])
        related = None
        if sharing is not None:
            related = {e for i, e in pairs if not sharing.isdisjoint(reports[i].terms)}
        grouped: dict[int, list[Report]] = {}
        for expression_id, event_id in pairs:
            if related is None or event_id in related:
                grouped.setdefault(event_id, []).append(reports[expression_id])
        return [Candidate(event_id, tuple(group)) for event_id, group in grouped.items()]

    def _reports(self, ids: list[int]) -> dict[int, Report]:
        """Reports by statement id, read once and then kept: merging reads the same statements
        for every new one nearby. Nothing in a statement row that a Report holds is ever
        updated, and statement ids are never reused (see schema), so a cached Report is never
        stale; the cache is still dropped when statements are deleted, to stay small."""
        cache = self._report_cache
        missing = [i for i in ids if i not in cache]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            for row in self.db.execute(
                "SELECT id, article_id, first, last, precise, actors, terms FROM date_expressions "
                f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            ):
                cache[row[0]] = _report(tuple(row))
        if len(cache) > 200_000:
            self._report_cache = {i: cache[i] for i in ids}
        return cache

    def new_event(self, key: str, founder: Mention | None = None) -> int:
        """A new event keyed by the statement that founds it, filled in from that statement so
        that its refresh usually has nothing left to rewrite."""
        unique, n = key, 1
        while self.db.execute("SELECT 1 FROM events WHERE key = ?", [unique]).fetchone():
            n += 1
            unique = f"{key}+{n}"
        values: list[Any]
        if founder is None:
            values = [unique, None, None, "", "unresolved", 0, "", now()]
        else:
            values = [unique, _iso(founder.first), _iso(founder.last), founder.title, founder.certainty,
                      1, founder.passage, now()]
        cursor = self.db.execute(
            "INSERT INTO events (key, first, last, title, certainty, source_count, passages, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        return _rowid(cursor)

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
        rows = self.db.execute(
            "SELECT id, article_id, first, last, precise, actors, terms, certainty, title, "
            "passage, char_start, char_end FROM date_expressions WHERE event_id = ? ORDER BY id",
            [event_id],
        ).fetchall()
        if not rows:
            self._delete_event(event_id)
            return
        resolved = [r for r in rows if r[2] is not None]
        if resolved:
            reports = [_report(tuple(r[:7])) for r in resolved]
            agreed = agreed_interval(reports) or (reports[0].first, reports[0].last)
            certainty = event_certainty(
                [(date.fromisoformat(r[2]), date.fromisoformat(r[3]), r[7]) for r in resolved], agreed
            )
            chosen = representative(reports).id
            title = next(r[8] for r in rows if r[0] == chosen)
            first, last = agreed[0].isoformat(), agreed[1].isoformat()
        else:
            title, certainty, first, last = rows[0][8], "unresolved", None, None
        sources = _sources(rows)
        if not fresh:
            self.db.execute("DELETE FROM event_sources WHERE event_id = ?", [event_id])
        self.db.conn.executemany(
            "INSERT INTO event_sources (event_id, article_id, expression_id, other_expressions) "
            "VALUES (?, ?, ?, ?)",
            [(event_id, article, primary, json.dumps(others)) for article, primary, others in sources],
        )
        actor_keys = sorted({key for r in rows for key in json.loads(r[5])})
        if not fresh:
            self.db.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
        if actor_keys:
            self.db.execute(
                "INSERT OR IGNORE INTO event_actors (event_id, actor_id) SELECT ?, id FROM actors "
                f"WHERE key IN ({', '.join('?' * len(actor_keys))})",
                [event_id, *actor_keys],
            )
        passages = "\n".join(dict.fromkeys(r[9] for r in rows))
        wanted = (first, last, title, certainty, len(sources), passages)
        current = self.db.execute(
            "SELECT first, last, title, certainty, source_count, passages FROM events WHERE id = ?",
            [event_id],
        ).fetchone()
        if current is None or tuple(current) != wanted:  # an unchanged row keeps its FTS entry
            self.db.execute(
                "UPDATE events SET first = ?, last = ?, title = ?, certainty = ?, source_count = ?, "
                "passages = ?, updated_at = ? WHERE id = ?",
                [*wanted, now(), event_id],
            )

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


# Every statement near a new one is read back for each merge decision; parsing the same stored
# strings again and again was most of an import's time. The caches are keyed by value, so they
# can never return something stale.
_day = lru_cache(maxsize=65536)(date.fromisoformat)


@lru_cache(maxsize=65536)
def _actor_set(stored: str) -> frozenset[str]:
    return frozenset(json.loads(stored))


@lru_cache(maxsize=65536)
def _term_set(stored: str) -> frozenset[str]:
    return frozenset(stored.split())


def _sources(rows: Sequence[Sequence[Any]]) -> list[tuple[int, int, list[int]]]:
    """One source per article: its most precise statement first, the others listed after it."""
    by_article: dict[int, list[Sequence[Any]]] = {}
    for row in rows:
        by_article.setdefault(row[1], []).append(row)

    def rank(row: Sequence[Any]) -> tuple[int, int, int]:
        span = (date.fromisoformat(row[3]) - date.fromisoformat(row[2])).days if row[2] else 10**6
        return (-int(row[4]), span, row[10])

    out = []
    for article, statements in by_article.items():
        ordered = sorted(statements, key=rank)
        out.append((article, ordered[0][0], [r[0] for r in ordered[1:]]))
    return out
