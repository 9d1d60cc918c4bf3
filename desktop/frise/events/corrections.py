"""The analyst's corrections as data: an append-only log folded into one state per event.

Every change the user makes to an event is one row of the `user_changes` table (see
`frise.store.schema`), named by the event's *correction key*: the key of the statement that
founded it (article content hash, start, end), which re-extraction gives back unchanged. Undoing
a change appends its inverse rather than deleting the row, so the log stays an audit trail and
the effective state is always `fold(log)`. This module is that fold, with no database and no Qt,
so that it can be tested on plain lists.

Kinds and payloads:

    edit      {"title"?, "first"?, "last"?, "actors"?, "certainty"?, "happening"?, "importance"?}
              null drops the override; "happening" is a kind's key (events/kinds.py) or "none"
              (no kind), "importance" "news" or "context"
    hide / unhide, review / unreview                     {}
    merge     {"other": key, "mentions": [statement keys]}  the other event is absorbed
    split     {"other": key}                              undoes a merge with `other`
    manual    {"content_hash", "start", "end", "title", "first", "last", "actors", "certainty"?,
               "happening"?, "importance"?}
    discard   {}                                         removes a hand-made event
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

KINDS = ("edit", "hide", "unhide", "review", "unreview", "merge", "split", "manual", "discard")
EDITABLE = ("title", "first", "last", "actors", "certainty", "happening", "importance")
NO_KIND = "none"
"""The value of a "happening" override that says the event is of no kind."""
IMPORTANCES = ("news", "context")
MANUAL_PREFIX = "manual:"


class ChangeLike(Protocol):
    @property
    def event_key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...


@dataclass(slots=True)
class Correction:
    """What the log says about one event, all changes applied in order."""

    key: str
    overrides: dict[str, Any] = field(default_factory=dict)
    hidden: bool = False
    reviewed: bool = False
    merged: dict[str, list[str]] = field(default_factory=dict)
    """Absorbed events: their correction key -> the statement keys they brought."""
    manual: dict[str, Any] | None = None

    @property
    def title(self) -> str | None:
        value = self.overrides.get("title")
        return value if isinstance(value, str) else None

    @property
    def first(self) -> date | None:
        return as_day(self.overrides.get("first"))

    @property
    def last(self) -> date | None:
        return as_day(self.overrides.get("last"))

    @property
    def actors(self) -> tuple[str, ...] | None:
        value = self.overrides.get("actors")
        return tuple(str(a) for a in value) if isinstance(value, list) else None

    @property
    def is_default(self) -> bool:
        """Nothing left to apply: every change has been undone."""
        return not (self.overrides or self.hidden or self.reviewed or self.merged or self.manual)


def fold(changes: Iterable[ChangeLike]) -> dict[str, Correction]:
    """The effective corrections, by key, of a log read in order (oldest first)."""
    out: dict[str, Correction] = {}
    for change in changes:
        state = out.setdefault(change.event_key, Correction(change.event_key))
        apply_change(state, change.kind, change.payload)
    return out


def apply_change(state: Correction, kind: str, payload: Mapping[str, Any]) -> None:
    """One change, applied to one event's state (unknown kinds are ignored: a newer Frise's)."""
    if kind == "edit":
        for name in EDITABLE:
            if name in payload:
                if payload[name] is None:
                    state.overrides.pop(name, None)
                else:
                    state.overrides[name] = payload[name]
    elif kind in ("hide", "unhide"):
        state.hidden = kind == "hide"
    elif kind in ("review", "unreview"):
        state.reviewed = kind == "review"
    elif kind == "merge":
        other = str(payload.get("other", ""))
        if other and other != state.key:
            state.merged[other] = [str(m) for m in payload.get("mentions", [])]
    elif kind == "split":
        state.merged.pop(str(payload.get("other", "")), None)
    elif kind == "manual":
        state.manual = dict(payload)
    elif kind == "discard":
        state.manual = None


def inverse_edit(before: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The edit payload that puts `fields` back as `before` had them (null: no override)."""
    return {name: before.get(name) for name in fields}


def manual_key(content_hash: str, start: int, end: int) -> str:
    return f"{MANUAL_PREFIX}{content_hash}:{start}:{end}"


def base_key(event_key: str) -> str:
    """The statement key an event key was made from (the store suffixes duplicates with +n)."""
    return event_key.split("+", 1)[0]


def as_day(value: object) -> date | None:
    """A correction payload's day: a date, or an ISO string; anything else is no day."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
