"""Reading events and articles back, asking SQLite only for what is wanted.

The event query filters in SQL on indexed columns (`last >= ? AND first <= ?`, the actor and
source link tables, the FTS5 index) and returns ids in timeline order; only then are the rows of
those ids hydrated into `Event` records, a few hundred at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import sqlite_utils

from frise.events.kinds import names_agreement
from frise.events.merge import CONFLICT_WINDOW, MAX_MERGE_SPAN, Report, place_key
from frise.events.model import Event, Source
from frise.store.fts import match_expression, only_excludes, search_condition
from frise.store.records import ArticleRow, EventQuery, UserChange
from frise.text.folding import name_key

_CHUNK = 500
NARROW = timedelta(days=31)
"""Statements are stored by breadth: one day (0), up to NARROW (1), wider (2); see schema."""
_ARTICLE_COLUMNS = (
    "id, title, outlet, published, precision, path, format, url, content_hash, date_source, "
    "needs_year, assumed_year, imported_at"
)


class Reads:
    db: sqlite_utils.Database

    _report_cache: dict[int, tuple[str, bool, Report]]
    """What `merge_statements` read of each statement (key, made by the analyst, report), by id.
    Merging reads the statements near every article it imports, the same ones again and again;
    nothing a statement row gives here is ever updated (its event is read afresh each time), and
    statement ids are never reused (see schema), so an entry is never stale. It is still
    dropped when statements are deleted, to stay small."""

    # --- events

    def event_ids(self, query: EventQuery | None = None) -> list[int]:
        sql, params = _event_sql(query or EventQuery())
        if sql is None:
            return []
        return [row[0] for row in self.db.execute(sql, params)]

    def count_events(self, query: EventQuery | None = None) -> int:
        q = query or EventQuery()
        sql, params = _event_sql(EventQuery(q.start, q.end, q.actor_keys, q.source, q.search,
                                            include_hidden=q.include_hidden, reviewed=q.reviewed))
        if sql is None:
            return 0
        return int(self.db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])

    def events(self, query: EventQuery | None = None) -> list[Event]:
        return self.events_by_id(self.event_ids(query))

    def events_by_id(self, ids: Sequence[int]) -> list[Event]:
        found: dict[int, Event] = {}
        for chunk in _chunks(list(ids)):
            found.update(self._hydrate(chunk))
        return [found[i] for i in ids if i in found]

    def event_by_key(self, key: str) -> Event | None:
        row = self.db.execute("SELECT id FROM events WHERE key = ?", [key]).fetchone()
        return self.events_by_id([row[0]])[0] if row else None

    def _hydrate(self, ids: list[int]) -> dict[int, Event]:
        marks = ", ".join("?" * len(ids))
        actors: dict[int, list[str]] = {}
        for event_id, name in self.db.execute(
            f"SELECT ea.event_id, a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
            f"WHERE ea.event_id IN ({marks}) ORDER BY a.name", ids
        ):
            actors.setdefault(event_id, []).append(name)
        conflicts: dict[int, list[int]] = {}
        for event_id, other in self.db.execute(
            f"SELECT event_id, other_id FROM event_conflicts WHERE event_id IN ({marks}) "
            "ORDER BY other_id", ids
        ):
            conflicts.setdefault(event_id, []).append(other)
        sources: dict[int, list[Source]] = {}
        for row in self.db.execute(
            "SELECT s.event_id, s.article_id, a.title, a.outlet, x.passage, x.passage_start, "
            "x.passage_end, x.text, x.char_start, x.char_end, x.key, s.other_expressions "
            "FROM event_sources s JOIN date_expressions x ON x.id = s.expression_id "
            f"JOIN articles a ON a.id = s.article_id WHERE s.event_id IN ({marks}) "
            "ORDER BY s.event_id, s.article_id", ids
        ):
            others = json.loads(row[11])
            other_passages: tuple[str, ...] = ()
            if others:
                other_passages = tuple(dict.fromkeys(
                    p for (p,) in self.db.execute(
                        f"SELECT passage FROM date_expressions WHERE id IN ({', '.join('?' * len(others))}) "
                        "ORDER BY char_start", others)
                    if p != row[4]
                ))
            sources.setdefault(row[0], []).append(Source(
                article_id=row[1], title=row[2], outlet=row[3], passage=row[4], start=row[5],
                end=row[6], expression=row[7], expression_start=row[8], expression_end=row[9],
                mention_key=row[10], other_passages=other_passages,
            ))
        out = {}
        rows = self.db.execute(
            "SELECT id, key, first, last, title, certainty, reviewed, hidden, happening, importance, places "
            f"FROM events WHERE id IN ({marks})", ids)
        for event_id, key, first, last, title, certainty, reviewed, hidden, happening, importance, places in rows:
            out[event_id] = Event(
                id=event_id, key=key,
                first=date.fromisoformat(first) if first else None,
                last=date.fromisoformat(last) if last else None,
                title=title, certainty=certainty,
                actors=tuple(actors.get(event_id, ())),
                sources=tuple(sources.get(event_id, ())),
                conflicts_with=tuple(conflicts.get(event_id, ())),
                reviewed=bool(reviewed), hidden=bool(hidden), happening=happening, importance=importance,
                places=tuple(json.loads(places or "[]")),
            )
        return out

    # --- merging

    def data_version(self) -> int:
        """Changes when another connection commits (never for this connection's own commits):
        whether what was read before a write transaction may have gone stale."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def merge_statements(
        self, spans: Iterable[tuple[date, date]], exclude_article: int | None = None,
    ) -> list[MergeRow]:
        """The resolved statements of every event with one near these intervals: all that new
        statements dated so may join or contradict, read once for a whole article.

        An event is near an interval when one of its statements ends on or after the interval's
        start less CONFLICT_WINDOW and begins no later than its end plus CONFLICT_WINDOW (and no
        earlier than MAX_MERGE_SPAN before its start); each breadth of statement is looked up in
        the index range it can reach from. Intervals that overlap once widened are read as one range. The
        statements of `exclude_article` (being replaced) are left out."""
        events: set[int] = set()
        tier = ("SELECT event_id FROM date_expressions WHERE breadth = ? AND first BETWEEN ? AND ? "
                "AND last >= ? AND article_id IS NOT ?")
        for low, high in _reach(spans):
            start, end = low.isoformat(), high.isoformat()
            rows = self.db.execute(
                f"{tier} UNION {tier} UNION {tier}",
                [0, start, end, start, exclude_article,
                 1, (low - NARROW).isoformat(), end, start, exclude_article,
                 2, (low - MAX_MERGE_SPAN).isoformat(), end, start, exclude_article],
            )
            events.update(row[0] for row in rows if row[0] is not None)
        pairs: list[tuple[int, int]] = []
        for chunk in _chunks(sorted(events)):
            pairs += self.db.execute(
                f"SELECT id, event_id FROM date_expressions WHERE event_id IN ({', '.join('?' * len(chunk))}) "
                "AND first IS NOT NULL AND article_id IS NOT ?", [*chunk, exclude_article]).fetchall()
        known = self._report_cache
        missing = [i for i, _ in pairs if i not in known]
        countries = dict(self.db.execute("SELECT key, country FROM actors").fetchall()) if missing else {}
        for chunk in _chunks(missing):
            for row in self.db.execute(
                "SELECT id, key, kind, article_id, first, last, precise, actors, terms, happening, places, implied, "
                "passage, char_start - passage_start "
                f"FROM date_expressions WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            ):
                known[row[0]] = (row[1], row[2] == "manual", Report(
                    row[0], row[3], _day(row[4]), _day(row[5]), bool(row[6]), _actor_set(row[7]),
                    _term_set(row[8]), row[9], _sides(_actor_set(row[7]), countries), _place_set(row[10]),
                    _actor_set(row[11]), names_agreement(row[12], row[13])))
        # Outside a transaction each read sees its own moment: a statement another connection
        # deleted between the reads above (an import re-dating its articles) is left out, as if
        # read a moment later. The plan is made again inside the write transaction if anything
        # was committed meanwhile (`Library._current`).
        out = [(i, e, *known[i]) for i, e in pairs if i in known]
        if len(known) > 200_000:
            self._report_cache = {i: known[i] for i, _ in pairs}
        return out

    # --- actors

    def actor_keys_matching(self, name: str) -> list[str]:
        """Keys of the stored actors whose name or key contains `name` (accents and case ignored)."""
        wanted = _fold(name)
        if not wanted:
            return []
        return [
            key for key, actor_name in self.db.execute("SELECT key, name FROM actors")
            if wanted in _fold(actor_name) or wanted == _fold(key) or wanted == _fold(key.split(":")[-1])
        ]

    # --- the collection's years, for articles that have none

    def collection_years(self, exclude_article: int | None = None) -> tuple[dict[int, int], dict[int, int]]:
        """(articles by publication year, statements of known year by year), leaving one article
        out: the evidence an undated article's year is assumed from. An article dated from its
        own text (a stamp « 3 févr. 2020, 18:40 », a dateline) counts by the year it gave, as a
        dated one does; one dated from other articles or from the collection does not."""
        published = dict(self.db.execute(
            "SELECT CASE WHEN published IS NOT NULL THEN CAST(substr(published, 1, 4) AS INTEGER) "
            "ELSE assumed_year END AS year, count(*) FROM articles "
            "WHERE (published IS NOT NULL OR (date_source = 'text' AND assumed_year IS NOT NULL)) "
            "AND id IS NOT ? GROUP BY 1", [exclude_article]).fetchall())
        explicit = dict(self.db.execute(
            "SELECT CAST(substr(first, 1, 4) AS INTEGER), count(*) FROM date_expressions "
            "WHERE first IS NOT NULL AND assumed_year IS NULL AND article_id IS NOT ? GROUP BY 1",
            [exclude_article]).fetchall())
        return published, explicit

    def year_counts(self, article_id: int) -> dict[int, int]:
        """One article's statements of known year, by year (its share of `collection_years`)."""
        return dict(self.db.execute(
            "SELECT CAST(substr(first, 1, 4) AS INTEGER), count(*) FROM date_expressions "
            "WHERE article_id = ? AND first IS NOT NULL AND assumed_year IS NULL GROUP BY 1",
            [article_id]).fetchall())

    # --- articles

    def articles(self) -> list[ArticleRow]:
        return [_article(row) for row in self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id")]

    def article(self, article_id: int) -> ArticleRow | None:
        row = self.db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id]).fetchone()
        return _article(row) if row else None

    def article_by_hash(self, content_hash: str) -> ArticleRow | None:
        row = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return _article(row) if row else None

    def article_by_path(self, path: str) -> ArticleRow | None:
        row = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE path = ? ORDER BY id DESC", [path]
        ).fetchone()
        return _article(row) if row else None

    def statement_events(self, article_id: int) -> list[tuple[date, date, int]]:
        """The interval and event of each of an article's resolved statements, the analyst's own
        aside: where replacing them leaves something behind."""
        return [(_day(first), _day(last), event_id) for first, last, event_id in self.db.execute(
            "SELECT first, last, event_id FROM date_expressions WHERE article_id = ? AND kind != 'manual' "
            "AND first IS NOT NULL AND last IS NOT NULL AND event_id IS NOT NULL", [article_id])]

    def statement_rows(self, article_id: int) -> list[tuple[Any, ...]]:
        """An article's statements as stored (STATEMENT_COLUMNS), the analyst's own aside."""
        return [tuple(row) for row in self.db.execute(
            f"SELECT {STATEMENT_COLUMNS} FROM date_expressions WHERE article_id = ? AND kind != 'manual'",
            [article_id])]

    def article_text(self, article_id: int) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def search_articles(self, typed: str) -> list[int]:
        expression = match_expression(typed)
        if expression is None:
            return []
        if only_excludes(typed):
            condition, params = search_condition(typed, "id", "articles_fts") or ("0", [])
            return [row[0] for row in self.db.execute(f"SELECT id FROM articles WHERE {condition} ORDER BY id", params)]
        return [row[0] for row in self.db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank", [expression])]

    def unresolved_statements(self, article_id: int | None = None) -> list[dict[str, Any]]:
        """Date expressions that could not be placed in time, for listing to the reader."""
        sql = ("SELECT x.id, x.article_id, x.text, x.value, x.title, x.passage, x.event_id "
               "FROM date_expressions x WHERE x.first IS NULL")
        params: list[Any] = []
        if article_id is not None:
            sql += " AND x.article_id = ?"
            params.append(article_id)
        columns = ["id", "article_id", "text", "value", "title", "passage", "event_id"]
        return [dict(zip(columns, row)) for row in self.db.execute(sql + " ORDER BY x.id", params)]

    # --- the user's own changes

    def changes(self, event_key: str | None = None) -> list[UserChange]:
        sql, params = "SELECT id, event_key, kind, payload, created_at FROM user_changes", []
        if event_key is not None:
            sql, params = sql + " WHERE event_key = ?", [event_key]
        return [UserChange(r[0], r[1], r[2], json.loads(r[3]), r[4])
                for r in self.db.execute(sql + " ORDER BY id", params)]


def _event_sql(query: EventQuery) -> tuple[str | None, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not query.include_hidden:
        clauses.append("e.hidden = 0")
    if query.reviewed is not None:
        clauses.append("e.reviewed = ?")
        params.append(int(query.reviewed))
    if query.start is not None:
        clauses.append("e.last >= ?")
        params.append(query.start.isoformat())
    if query.end is not None:
        clauses.append("e.first <= ?")
        params.append(query.end.isoformat())
    if query.actor_keys is not None:
        if not query.actor_keys:
            return None, []
        clauses.append(
            "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
            f"WHERE a.key IN ({', '.join('?' * len(query.actor_keys))}))"
        )
        params.extend(query.actor_keys)
    if query.source is not None:
        clauses.append("e.id IN (SELECT event_id FROM event_sources WHERE article_id = ?)")
        params.append(query.source)
    if query.kinds is not None:
        if not query.kinds:
            return None, []
        known = [k for k in query.kinds if k != "none"]
        either = [f"e.happening IN ({', '.join('?' * len(known))})"] if known else []
        if "none" in query.kinds:
            either.append("e.happening IS NULL")
        clauses.append("(" + " OR ".join(either) + ")")
        params.extend(known)
    if query.importance is not None:
        if not query.importance:
            return None, []
        clauses.append(f"e.importance IN ({', '.join('?' * len(query.importance))})")
        params.extend(query.importance)
    if query.places is not None:
        if not query.places:
            return None, []
        clauses.append("EXISTS (SELECT 1 FROM json_each(e.places) p WHERE "
                       + " OR ".join("frise_fold(p.value) = frise_fold(?)" for _ in query.places) + ")")
        params.extend(query.places)
    if query.search is not None:
        searched = search_condition(query.search, "e.id", "events_fts")
        if searched is not None:
            clauses.append(searched[0])
            params.extend(searched[1])
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT e.id FROM events e {where} ORDER BY e.first IS NULL, e.first, e.last, e.id"
    if query.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([query.limit, query.offset])
    return sql, params


STATEMENT_COLUMNS = (
    "article_id, key, char_start, char_end, text, kind, value, mod, anchor, first, last, certainty, "
    "precise, breadth, assumed_year, passage_start, passage_end, passage, title, actors, terms, happening, "
    "importance, places, implied"
)
"""What a statement row holds but its id and event (`writes.statement_row` makes one)."""

MergeRow = tuple[int, int, str, bool, Report]
"""(statement id, event id, statement key, made by the analyst, what merging reads of it)."""


def _reach(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """The intervals widened by CONFLICT_WINDOW, those that overlap made one."""
    ranges: list[tuple[date, date]] = []
    for first, last in sorted((start - CONFLICT_WINDOW, end + CONFLICT_WINDOW) for start, end in spans):
        if ranges and first <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], last))
        else:
            ranges.append((first, last))
    return ranges


# Merging reads back the statements near every article it imports; parsing the same stored
# strings again and again was much of an import's time. The caches are keyed by value, so they
# can never return something stale.
_day = lru_cache(maxsize=65536)(date.fromisoformat)


def _sides(actors: frozenset[str], countries: dict[str, str | None]) -> frozenset[str]:
    """The states or organisations stored actors belong to (see merge.Report.sides)."""
    return frozenset(countries.get(key) or key for key in actors)


@lru_cache(maxsize=65536)
def _actor_set(stored: str) -> frozenset[str]:
    return frozenset(json.loads(stored))


@lru_cache(maxsize=65536)
def _term_set(stored: str) -> frozenset[str]:
    return frozenset(stored.split())


@lru_cache(maxsize=4096)
def _place_set(stored: str) -> frozenset[str]:
    """A statement's stored places as `Report.places` holds them (most statements name none)."""
    return frozenset(map(place_key, json.loads(stored))) if stored != "[]" else frozenset()


def _article(row: Sequence[Any]) -> ArticleRow:
    return ArticleRow(
        id=row[0], title=row[1], outlet=row[2], published=row[3], precision=row[4], path=row[5],
        format=row[6], url=row[7], content_hash=row[8], date_source=row[9],
        needs_year=bool(row[10]), assumed_year=row[11], imported_at=row[12],
    )


_fold = name_key


def fold_name(text: object) -> str | None:
    """`_fold` as an SQL function (frise_fold): NULL stays NULL."""
    return _fold(text) if isinstance(text, str) else None


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
