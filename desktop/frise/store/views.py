"""The window's questions to the database: filtered ids, visible rows, facet counts, spans.

`Store.events()` hydrates whole `Event` records, which is right for one event and wrong for a
timeline of 100,000: these functions ask only for the columns a view paints, in one query each,
filtered in SQL by an `EventFilter` (the filter panel's state). Every function takes an open
Store and returns plain records; nothing here knows about Qt, so workers can call them on their
own connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any

from frise.events.model import CERTAINTIES
from frise.store import Store
from frise.store.fts import only_excludes, search_condition
from frise.store.reads import fold_name

_CHUNK = 500
NO_OUTLET = ""
"""The outlet key of articles whose outlet is unknown."""
NO_KIND = "none"
"""The kind key of events of no known kind (as `EventQuery.kinds` has it)."""
IMPORTANCES = ("news", "context")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events the views show. Empty fields mean "no condition"; facets AND together,
    values inside one facet OR together (two actors: events naming either). Outlets and
    articles make one facet, "reported by"."""

    start: date | None = None
    end: date | None = None
    actor_keys: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    article_ids: tuple[int, ...] = ()
    certainties: tuple[str, ...] = ()
    search: str = ""
    reviewed: bool | None = None
    """True: only events the analyst marked "vérifié"; False: only the others; None: both."""
    kinds: tuple[str, ...] = ()
    """Kinds of happening kept (events/kinds.py keys); NO_KIND stands for events of no known kind."""
    importance: str | None = None
    """"news": background events (context) left out; "context": only them; None: both."""
    places: tuple[str, ...] = ()
    """Places kept: events said to happen in one of them (accents and case ignored)."""

    @property
    def is_empty(self) -> bool:
        return self == EventFilter() or (
            replace(self, certainties=()) == EventFilter() and set(self.certainties) >= set(CERTAINTIES)
        )

    def without(self, facet: str) -> EventFilter:
        """This filter with one facet cleared: what that facet's counts are over. Facets are the
        field names, except that "sources" is outlets and articles together."""
        if facet == "sources":
            return replace(self, outlets=(), article_ids=())
        empty = EventFilter()
        return replace(self, **{facet: getattr(empty, facet)})

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "actor_keys": list(self.actor_keys),
            "outlets": list(self.outlets),
            "article_ids": list(self.article_ids),
            "certainties": list(self.certainties),
            "search": self.search,
            "reviewed": self.reviewed,
            "kinds": list(self.kinds),
            "importance": self.importance,
            "places": list(self.places),
        }

    @classmethod
    def from_json(cls, data: object) -> EventFilter:
        """Rebuild a saved filter; anything malformed falls back to "no condition"."""
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for name in ("start", "end"):
            values[name] = _date_or_none(data.get(name))
        values["actor_keys"] = tuple(str(k) for k in _list(data.get("actor_keys")))
        values["outlets"] = tuple(str(k) for k in _list(data.get("outlets")))
        values["article_ids"] = tuple(int(k) for k in _list(data.get("article_ids")) if _is_int(k))
        values["certainties"] = tuple(c for c in _list(data.get("certainties")) if c in CERTAINTIES)
        search = data.get("search")
        values["search"] = search if isinstance(search, str) else ""
        reviewed = data.get("reviewed")
        values["reviewed"] = reviewed if isinstance(reviewed, bool) else None
        values["kinds"] = tuple(str(k) for k in _list(data.get("kinds")) if isinstance(k, str))
        importance = data.get("importance")
        values["importance"] = importance if importance in IMPORTANCES else None
        values["places"] = tuple(p for p in _list(data.get("places")) if isinstance(p, str) and p)
        return cls(**{k: v for k, v in values.items() if k in known})


@dataclass(slots=True)
class Row:
    """One event as lists and timelines paint it. Not frozen only because a frozen dataclass is
    eight times slower to build, and a snapshot builds 100,000 of them: treat it as read-only."""

    id: int
    first: date | None
    last: date | None
    title: str
    certainty: str
    source_count: int
    conflicting: bool
    actors: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    reviewed: bool = False
    happening: str | None = None
    """Its kind of happening (events/kinds.py key), None when none is known."""
    importance: str = "news"
    """"context" for background the articles recall rather than report."""
    places: tuple[str, ...] = ()

    @property
    def context(self) -> bool:
        return self.importance == "context"


@dataclass(frozen=True, slots=True)
class Chronology:
    """The filtered events in reading order, with the month (`YYYY-MM`, None if undated) of each."""

    ids: list[int]
    months: list[str | None]

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, slots=True)
class Facets:
    """How many filtered events each facet value would keep (the other facets applied)."""

    total: int
    matching: int
    actors: list[tuple[str, str, int]] = field(default_factory=list)
    outlets: list[tuple[str, int]] = field(default_factory=list)
    articles: list[tuple[int, str, str, int]] = field(default_factory=list)
    certainties: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    """Kind key (NO_KIND for none) -> count."""
    importance: dict[str, int] = field(default_factory=dict)
    places: list[tuple[str, int]] = field(default_factory=list)
    """(place as most often written, count), busiest first."""


@dataclass(frozen=True, slots=True)
class Expression:
    """A date expression of an article, located in its text, for highlighting."""

    id: int
    start: int
    end: int
    text: str
    certainty: str
    event_id: int | None
    first: date | None
    last: date | None
    passage_start: int
    passage_end: int


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A date expression Frise could not place in time, listed so that none is dropped silently."""

    id: int
    article_id: int
    article_title: str
    text: str
    passage: str
    start: int
    event_id: int | None


# --- the filter in SQL


def where(f: EventFilter, alias: str = "e") -> tuple[str, list[Any]]:
    """The filter as an SQL condition on `events AS alias` (\"1\" when it has none)."""
    clauses: list[str] = [f"{alias}.hidden = 0"]
    params: list[Any] = []
    if f.reviewed is not None:
        clauses.append(f"{alias}.reviewed = ?")
        params.append(int(f.reviewed))
    if f.start is not None:
        clauses.append(f"{alias}.last >= ?")
        params.append(f.start.isoformat())
    if f.end is not None:
        clauses.append(f"{alias}.first <= ?")
        params.append(f.end.isoformat())
    if f.certainties and not set(f.certainties) >= set(CERTAINTIES):
        clauses.append(f"{alias}.certainty IN ({_marks(f.certainties)})")
        params.extend(f.certainties)
    if f.actor_keys:
        clauses.append(
            f"{alias}.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
            f"WHERE a.key IN ({_marks(f.actor_keys)}))"
        )
        params.extend(f.actor_keys)
    if f.outlets or f.article_ids:
        # Outlets and articles are one facet, "reported by": either kind of choice keeps an event.
        sources = []
        if f.outlets:
            sources.append(f"coalesce(ar.outlet, '') IN ({_marks(f.outlets)})")
            params.extend(f.outlets)
        if f.article_ids:
            sources.append(f"s.article_id IN ({_marks(f.article_ids)})")
            params.extend(f.article_ids)
        clauses.append(
            f"{alias}.id IN (SELECT s.event_id FROM event_sources s JOIN articles ar ON ar.id = s.article_id "
            f"WHERE {' OR '.join(sources)})"
        )
    if f.kinds:
        known = [k for k in f.kinds if k != NO_KIND]
        either = [f"{alias}.happening IN ({_marks(known)})"] if known else []
        if NO_KIND in f.kinds:
            either.append(f"{alias}.happening IS NULL")
        clauses.append("(" + " OR ".join(either) + ")")
        params.extend(known)
    if f.importance is not None:
        clauses.append(f"{alias}.importance = ?")
        params.append(f.importance)
    if f.places:
        clauses.append(f"EXISTS (SELECT 1 FROM json_each({alias}.places) p WHERE frise_fold(p.value) IN "
                       f"({', '.join('frise_fold(?)' for _ in f.places)}))")
        params.extend(f.places)
    searched = search_condition(f.search, f"{alias}.id", "events_fts")
    if searched is not None:
        clauses.append(searched[0])
        params.extend(searched[1])
    return (" AND ".join(clauses) if clauses else "1"), params


def facet_ids(store: Store, f: EventFilter) -> list[set[int]]:
    """One id set per SQL-side facet the filter uses (actors, reported by, search), each read
    from its own index without touching the events table; the caller intersects them. (Kinds,
    importance and places are tested in memory by the snapshot.)"""
    db = store.db
    sets: list[set[int]] = []
    if f.actor_keys:
        sets.append({row[0] for row in db.execute(
            "SELECT ea.event_id FROM actors a JOIN event_actors ea ON ea.actor_id = a.id "
            f"WHERE a.key IN ({_marks(f.actor_keys)})", list(f.actor_keys))})
    if f.outlets or f.article_ids:
        articles = set(f.article_ids)
        if f.outlets:
            articles.update(row[0] for row in db.execute(
                f"SELECT id FROM articles WHERE coalesce(outlet, '') IN ({_marks(f.outlets)})", list(f.outlets)))
        chosen = sorted(articles)
        found: set[int] = set()
        for start in range(0, len(chosen), _CHUNK):
            chunk = chosen[start : start + _CHUNK]
            found.update(row[0] for row in db.execute(
                f"SELECT event_id FROM event_sources WHERE article_id IN ({_marks(chunk)})", chunk))
        sets.append(found)
    searched = search_condition(f.search, "id", "events_fts")
    if searched is not None:
        condition, parameters = searched
        if only_excludes(f.search):  # every event but those matching: read from the ids' own index
            sets.append({row[0] for row in db.execute(f"SELECT id FROM events WHERE {condition}", parameters)})
        else:
            sets.append({row[0] for row in db.execute(
                "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", parameters)})
    return sets


# --- lists


def chronology(store: Store, f: EventFilter) -> Chronology:
    """Every filtered event id in reading order (dated by first day, then undated), with months.

    Two index-ordered scans rather than one `ORDER BY first IS NULL, ...`, which would sort."""
    condition, params = where(f)
    ids: list[int] = []
    months: list[str | None] = []
    for event_id, month in store.db.execute(
        f"SELECT e.id, substr(e.first, 1, 7) FROM events e WHERE e.first IS NOT NULL AND {condition} "
        "ORDER BY e.first, e.last, e.id", params
    ):
        ids.append(event_id)
        months.append(month)
    undated = [row[0] for row in store.db.execute(
        f"SELECT e.id FROM events e WHERE e.first IS NULL AND {condition} ORDER BY e.id", params)]
    ids.extend(undated)
    months.extend([None] * len(undated))
    return Chronology(ids, months)


def rows(store: Store, ids: Sequence[int], *, outlets: bool = False) -> dict[int, Row]:
    """The rows of these events, by id (ids no longer in the database are left out)."""
    out: dict[int, Row] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = _marks(chunk)
        actors = _grouped(store.db.execute(
            "SELECT ea.event_id, a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
            f"WHERE ea.event_id IN ({marks}) ORDER BY a.name", chunk))
        sources = _grouped(store.db.execute(
            "SELECT DISTINCT s.event_id, coalesce(ar.outlet, '') FROM event_sources s "
            f"JOIN articles ar ON ar.id = s.article_id WHERE s.event_id IN ({marks}) ORDER BY 2",
            chunk)) if outlets else {}
        for (event_id, first, last, title, certainty, count, conflicting, reviewed, happening, importance,
             places) in store.db.execute(
            "SELECT id, first, last, title, certainty, source_count, conflicting, reviewed, happening, importance, "
            f"places FROM events WHERE id IN ({marks})", chunk
        ):
            out[event_id] = Row(
                event_id, _date_or_none(first), _date_or_none(last), title, certainty, count,
                bool(conflicting), tuple(actors.get(event_id, ())), tuple(sources.get(event_id, ())),
                bool(reviewed), happening, importance or "news", places_of(places),
            )
    return out


def visible(store: Store, f: EventFilter, start: date, end: date, *, outlets: bool = False) -> list[Row]:
    """The filtered, dated events meeting [start, end], in timeline order: a timeline's items."""
    condition, params = where(f)
    ids = [row[0] for row in store.db.execute(
        f"SELECT e.id FROM events e WHERE e.last >= ? AND e.first <= ? AND {condition} "
        "ORDER BY e.first, e.last, e.id", [start.isoformat(), end.isoformat(), *params])]
    found = rows(store, ids, outlets=outlets)
    return [found[i] for i in ids if i in found]


def span(store: Store, f: EventFilter) -> tuple[date, date] | None:
    """First and last day of the filtered, dated events; None when there is none."""
    condition, params = where(f)
    if condition == "1":
        low = store.db.execute("SELECT min(first) FROM events WHERE first IS NOT NULL").fetchone()[0]
        high = store.db.execute("SELECT max(last) FROM events").fetchone()[0]
    else:
        low, high = store.db.execute(
            f"SELECT min(e.first), max(e.last) FROM events e WHERE e.first IS NOT NULL AND {condition}",
            params).fetchone()
    if low is None or high is None:
        return None
    return date.fromisoformat(low), date.fromisoformat(high)


def density(store: Store, f: EventFilter, start: date, end: date, buckets: int) -> list[int]:
    """How many filtered events start in each of `buckets` equal slices of [start, end]."""
    if buckets <= 0:
        return []
    days = max((end - start).days + 1, 1)
    counts = [0] * buckets
    condition, params = where(f)
    for bucket, count in store.db.execute(
        "SELECT CAST((julianday(max(e.first, ?)) - julianday(?)) * ? / ? AS INTEGER) AS b, count(*) "
        f"FROM events e WHERE e.last >= ? AND e.first <= ? AND {condition} GROUP BY b",
        [start.isoformat(), start.isoformat(), buckets, days, start.isoformat(), end.isoformat(), *params],
    ):
        counts[min(max(int(bucket), 0), buckets - 1)] += count
    return counts


def count(store: Store, f: EventFilter = EventFilter()) -> int:
    condition, params = where(f)
    return int(store.db.execute(f"SELECT count(*) FROM events e WHERE {condition}", params).fetchone()[0])


# --- facets


def facets(store: Store, f: EventFilter) -> Facets:
    """Counts for the filter panel: each facet counted over the other facets' selection."""
    db = store.db
    total = count(store)
    matching = count(store, f)

    condition, params = where(f.without("actor_keys"), "e")
    actors = [(key, name, n) for key, name, n in db.execute(
        "SELECT a.key, a.name, count(*) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
        f"{_restricted('ea.event_id', condition)} GROUP BY a.id ORDER BY count(*) DESC, a.name",
        params)]

    condition, params = where(f.without("sources"), "e")
    outlets = [(outlet, n) for outlet, n in db.execute(
        "SELECT coalesce(ar.outlet, ''), count(DISTINCT s.event_id) FROM event_sources s "
        f"JOIN articles ar ON ar.id = s.article_id {_restricted('s.event_id', condition)} "
        "GROUP BY 1 ORDER BY 2 DESC, 1", params)]

    condition, params = where(f.without("sources"), "e")
    per_article = dict(db.execute(
        f"SELECT s.article_id, count(*) FROM event_sources s {_restricted('s.event_id', condition)} "
        "GROUP BY s.article_id", params).fetchall())
    articles = [(article_id, title, outlet, per_article.get(article_id, 0)) for article_id, title, outlet
                in db.execute("SELECT id, title, coalesce(outlet, '') FROM articles ORDER BY id")]

    condition, params = where(f.without("certainties"), "e")
    certainties: dict[str, int] = dict.fromkeys(CERTAINTIES, 0)
    for certainty, n in db.execute(
        f"SELECT e.certainty, count(*) FROM events e WHERE {condition} GROUP BY 1", params
    ):
        certainties[certainty] = n

    kinds: dict[str, int] = {}
    importance = dict.fromkeys(IMPORTANCES, 0)
    if not f.kinds and f.importance is None:
        # Neither facet chosen: both counted over the same events, in one pass over them.
        condition, params = where(f, "e")
        for kind, level, n in db.execute(
            f"SELECT e.happening, e.importance, count(*) FROM events e WHERE {condition} GROUP BY 1, 2", params
        ):
            kinds[kind or NO_KIND] = kinds.get(kind or NO_KIND, 0) + n
            importance[level] = importance.get(level, 0) + n
    else:
        condition, params = where(f.without("kinds"), "e")
        kinds = {kind or NO_KIND: n for kind, n in db.execute(
            f"SELECT e.happening, count(*) FROM events e WHERE {condition} GROUP BY 1", params)}
        condition, params = where(f.without("importance"), "e")
        for level, n in db.execute(
                f"SELECT e.importance, count(*) FROM events e WHERE {condition} GROUP BY 1", params):
            importance[level] = n

    # Grouped as written, then by folded name in Python: folding in SQL is a Python call per row.
    condition, params = where(f.without("places"), "e")
    by_key: dict[str, list[Any]] = {}
    for name, n in db.execute(
        f"SELECT p.value, count(*) FROM events e, json_each(e.places) p WHERE e.places != '[]' AND {condition} "
        "GROUP BY 1", params
    ):
        key = fold_name(name) or str(name)
        found = by_key.get(key)
        if found is None:
            by_key[key] = [name, n, n]
        else:
            found[1] += n
            if n > found[2]:  # the place as most often written
                found[0], found[2] = name, n
    places = sorted(((name, n) for name, n, _ in by_key.values()), key=lambda p: (-p[1], p[0]))
    return Facets(total, matching, actors, outlets, articles, certainties, kinds, importance, places)


# --- articles


def expressions(store: Store, article_id: int) -> list[Expression]:
    """Every date expression of an article, in text order, with the certainty it was read with."""
    return [
        Expression(row[0], row[1], row[2], row[3], row[4], row[5], _date_or_none(row[6]),
                   _date_or_none(row[7]), row[8], row[9])
        for row in store.db.execute(
            "SELECT id, char_start, char_end, text, certainty, event_id, first, last, passage_start, "
            "passage_end FROM date_expressions WHERE article_id = ? ORDER BY char_start, id",
            [article_id])
    ]


def unresolved(store: Store, article_ids: Iterable[int] | None = None) -> list[Unresolved]:
    """The date expressions that could not be placed in time, article by article."""
    sql = ("SELECT x.id, x.article_id, x.text, x.passage, x.char_start, x.event_id "
           "FROM date_expressions x WHERE x.first IS NULL")
    params: list[Any] = []
    if article_ids is not None:
        chosen = list(article_ids)
        sql += f" AND x.article_id IN ({_marks(chosen)})" if chosen else " AND 0"
        params.extend(chosen)
    found = store.db.execute(sql + " ORDER BY x.article_id, x.char_start", params).fetchall()
    # Titles apart: joining would read every article's text pages to reach its title.
    titles = dict(store.db.execute(
        "SELECT id, title FROM articles WHERE id IN (SELECT article_id FROM date_expressions WHERE first IS NULL)"
    ).fetchall()) if found else {}
    return [Unresolved(row[0], row[1], titles.get(row[1], ""), row[2], row[3], row[4], row[5]) for row in found]


def article_count(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM articles").fetchone()[0])


def event_count(store: Store) -> int:
    """Every event, hidden ones included (an upper bound of a snapshot's size, read off an index)."""
    return int(store.db.execute("SELECT count(*) FROM events").fetchone()[0])


def events_of_article(store: Store, article_id: int) -> list[int]:
    return [row[0] for row in store.db.execute(
        "SELECT event_id FROM event_sources WHERE article_id = ? ORDER BY event_id", [article_id])]


# --- helpers


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _restricted(column: str, condition: str) -> str:
    if condition == "1":
        return ""
    return f"WHERE {column} IN (SELECT e.id FROM events e WHERE {condition})"


def _grouped(cursor: Iterable[Sequence[Any]]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for key, value in cursor:
        out.setdefault(key, []).append(value)
    return out


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _date_or_none(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def places_of(stored: object) -> tuple[str, ...]:
    """The places column (a JSON list) as a tuple; anything else as none."""
    if not isinstance(stored, str) or stored in ("", "[]"):
        return ()
    try:
        found = json.loads(stored)
    except ValueError:
        return ()
    return tuple(str(p) for p in found) if isinstance(found, list) else ()


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
