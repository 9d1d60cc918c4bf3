"""Plain records the store takes and returns (the events themselves are frise.events.model.Event)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An imported article as listed: everything but its text."""

    id: int
    title: str
    outlet: str | None
    published: str | None
    precision: str
    path: str | None
    format: str | None
    url: str | None
    content_hash: str
    date_source: str
    needs_year: bool
    assumed_year: int | None
    imported_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "precision": self.precision,
            "path": self.path,
            "format": self.format,
            "url": self.url,
            "date_source": self.date_source,
            "assumed_year": self.assumed_year,
            "content_hash": self.content_hash,
            "imported_at": self.imported_at,
        }


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What the store keeps of an actor (frise.events.actors.Actor fits)."""

    key: str
    name: str
    kind: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events to return. Every field narrows; None means "no condition".

    `start`/`end` keep events whose interval meets [start, end] (so undated events drop out);
    `actor_keys` keeps events naming any of these actors (an empty tuple matches nothing);
    `search` is what a person typed, made safe for FTS5 by the store.
    """

    start: date | None = None
    end: date | None = None
    actor_keys: Sequence[str] | None = None
    source: int | None = None
    search: str | None = None
    limit: int | None = None
    offset: int = 0
    include_hidden: bool = False
    """Events the analyst hid are left out unless asked for."""
    reviewed: bool | None = None
    """True: only events marked "vérifié"; False: only the others; None: both."""
    kinds: Sequence[str] | None = None
    """Keeps events of these kinds of happening (events/kinds.py keys: "agreement", "meeting"…);
    "none" stands for events of no known kind."""
    importance: Sequence[str] | None = None
    """Keeps events of these importances ("news", "context")."""
    places: Sequence[str] | None = None
    """Keeps events said to happen in one of these places (accents and case ignored)."""


@dataclass(frozen=True, slots=True)
class UserChange:
    """One of the user's own changes to an event, kept apart from what extraction writes."""

    id: int
    event_key: str
    kind: str
    payload: dict[str, Any]
    created_at: str
