"""The records the timeline draws, independent of where they come from.

The store hydrates full `Event`s with sources and passages; the timeline needs far less and needs
it for up to a hundred thousand rows, so it works on this slim, frozen record. Undated events never
become `TimelineItem`s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

Certainty = Literal["exact", "approximate", "assumed", "unresolved"]
LaneMode = Literal["actor", "source"]

#: The lane that gathers items none of whose lanes is shown. Its visible name is translated.
OTHER_LANE = "\x00autres"


class TimelineItem(NamedTuple):
    """One dated event as the timeline sees it.

    `lanes` holds actor names (the lanes of the "actor" mode); `source_titles` holds the titles of
    the articles reporting it (the lanes of the "source" mode), so that switching modes needs no
    new query. `sources` is how many articles report it.

    A named tuple rather than a frozen dataclass: as immutable, and built two and a half times
    faster (a window opening on 100,000 events builds one per event).
    """

    id: int
    first: date
    last: date
    title: str
    certainty: str = "exact"
    lanes: tuple[str, ...] = ()
    sources: int = 1
    conflicting: bool = False
    source_titles: tuple[str, ...] = ()
    reviewed: bool = False
    """The analyst marked it checked ("vérifié"); unreviewed extracted events carry no badge."""
    context: bool = False
    """Background the articles recall rather than report (importance "context"): drawn lighter."""
    happening: str | None = None
    """Its kind (events/kinds.py key), for the tooltip."""

    def lane_keys(self, mode: str) -> tuple[str, ...]:
        return self.source_titles if mode == "source" else self.lanes


@dataclass(frozen=True, slots=True)
class LaneSpec:
    """A lane the user chose to see, in display order; `collapsed` draws it as a thin strip."""

    name: str
    collapsed: bool = False
