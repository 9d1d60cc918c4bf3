"""What an export holds: the filtered, dated events in reading order and the articles they cite.

The command line filters with an `EventQuery`, the window with an `EventFilter`; both are read
here through the window's own SQL (`frise.store.views`), so the exported chronology is exactly
the list the window shows, minus the undated events, which a chronology cannot place: they are
counted instead, and the title block says how many were left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from frise.events.model import Event
from frise.export.options import describe_query
from frise.store import ArticleRow, EventQuery, Store, views
from frise.store.views import EventFilter

Query = EventQuery | EventFilter | None


class EmptySelection(ValueError):
    """Nothing to export: a file with no events in it would only mislead whoever opens it."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or QCoreApplication.translate(
            "Export", "Aucun événement à exporter : le filtre actuel ne retient rien."))


def require_events(events: Sequence[Event]) -> list[Event]:
    """The dated events in chronological order; EmptySelection when there are none.

    Every exporter calls this before touching the file system, so a refused export writes
    nothing at all.
    """
    dated = [e for e in events if e.first is not None and e.last is not None]
    if not dated:
        raise EmptySelection()
    return sorted(dated, key=lambda e: (e.first, e.last, e.id))


def as_filter(query: Query, view_range: tuple[date, date] | None = None) -> EventFilter | None:
    """The query as the window's filter, narrowed to `view_range`; None when it keeps nothing
    (an `EventQuery` naming no actor key matches no event, an `EventFilter` with none has no
    actor condition)."""
    if query is None:
        f = EventFilter()
    elif isinstance(query, EventFilter):
        f = query
    else:
        if any(wanted is not None and not wanted for wanted in
               (query.actor_keys, query.kinds, query.importance, query.places)):
            return None
        levels = set(query.importance or ())
        f = EventFilter(
            start=query.start, end=query.end, actor_keys=tuple(query.actor_keys or ()),
            article_ids=(query.source,) if query.source is not None else (), search=query.search or "",
            reviewed=query.reviewed, kinds=tuple(query.kinds or ()), places=tuple(query.places or ()),
            importance=next(iter(levels)) if len(levels) == 1 else None,
        )
    if view_range is not None:
        first, last = view_range
        start = max(first, f.start) if f.start else first
        end = min(last, f.end) if f.end else last
        if start > end:
            return None
        f = replace(f, start=start, end=end)
    return f


def without_context(query: Query) -> Query:
    """The query with background events (importance "context") left out; one keeping only them
    then keeps nothing."""
    f = as_filter(query)
    if f is None:
        return query
    if f.importance == "context":
        return EventQuery(actor_keys=())
    return replace(f, importance="news")


def load_selection(
    store: Store, query: Query = None, view_range: tuple[date, date] | None = None
) -> tuple[list[Event], dict[int, ArticleRow]]:
    """The dated events `query` keeps (within `view_range` if given), in chronological order,
    and the articles they cite, by id."""
    f = as_filter(query, view_range)
    if f is None:
        return [], {}
    chronology = views.chronology(store, f)
    ids = [event_id for event_id, month in zip(chronology.ids, chronology.months, strict=True) if month]
    if isinstance(query, EventQuery) and query.limit is not None:
        ids = ids[query.offset : query.offset + query.limit]
    events = store.events_by_id(ids)
    cited = {source.article_id for event in events for source in event.sources}
    articles = {row.id: row for row in store.articles() if row.id in cited}
    return events, articles


def undated_count(store: Store, query: Query = None) -> int:
    """How many undated events the query's other conditions keep (dates cannot apply to them)."""
    f = as_filter(query)
    if f is None:
        return 0
    condition, params = views.where(replace(f, start=None, end=None))
    row = store.db.execute(f"SELECT count(*) FROM events e WHERE e.first IS NULL AND {condition}", params)
    return int(row.fetchone()[0])


def describe_selection(store: Store, query: Query = None, view_range: tuple[date, date] | None = None) -> str:
    """`describe_query` with the actors' and articles' names looked up in the store."""
    keys = list(query.actor_keys or ()) if query is not None else []
    actor_names: dict[str, str] = {}
    if keys:
        marks = ", ".join("?" * len(keys))
        actor_names = dict(store.db.execute(f"SELECT key, name FROM actors WHERE key IN ({marks})", keys))
    article_ids: list[int] = []
    if isinstance(query, EventFilter):
        article_ids = list(query.article_ids)
    elif isinstance(query, EventQuery) and query.source is not None:
        article_ids = [query.source]
    titles = {a: row.title for a in article_ids if (row := store.article(a)) is not None}
    return describe_query(query, actor_names, titles, view_range)
