"""Plain records of the events layer: dated statements (mentions) and the events they build.

A *mention* is one date expression in its sentence. An *event* is what one or more mentions
report; it is what the timeline shows. Both are frozen dataclasses so that workers can hand them
between threads and the store can persist them without knowing how they were made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Certainty = Literal["exact", "approximate", "assumed", "unresolved"]
CERTAINTIES: tuple[Certainty, ...] = ("exact", "approximate", "assumed", "unresolved")


def mention_key(content_hash: str, start: int, end: int) -> str:
    """The identity of a dated statement that survives re-extraction.

    The article's content hash rather than its row id: deleting and re-importing the same file
    gives the same keys, so the user's corrections (stored by key) find their statements again.
    """
    return f"{content_hash}:{start}:{end}"


@dataclass(frozen=True, slots=True)
class Mention:
    """One date expression of an article, placed in its sentence and ready to be merged.

    `start`/`end` locate the expression, `passage_start`/`passage_end` the sentence (or two, when
    the sentence alone says nothing, as under an embedded tweet). `terms` and `actors` are what
    merging compares; `precise` says whether the interval is exactly what the text states (a day
    or an explicit span of days) rather than a coarser period such as "début mai".
    """

    key: str
    start: int
    end: int
    text: str
    kind: str
    value: str | None
    mod: str | None
    anchor: str
    first: date | None
    last: date | None
    certainty: Certainty
    precise: bool
    assumed_year: int | None
    passage_start: int
    passage_end: int
    passage: str
    title: str
    actors: tuple[str, ...] = ()
    terms: frozenset[str] = field(default_factory=frozenset)
    happening: str | None = None
    """What kind of happening the clause reports (`events/kinds.py`), None when it names none."""
    importance: str = "news"
    """news, or context: background the article dates (`events/importance.py`); noise never
    becomes a statement."""
    places: tuple[str, ...] = ()
    """Where it happened: the places the passage names (« à Astana »), which are not actors."""
    implied: tuple[str, ...] = ()
    """Who a statement whose passage names nobody is about: the parties of the article's opening,
    which then stand in as its `actors` too (merging compares them), or, when the opening names
    nobody either, the article's protagonist (`mentions._with_protagonist`), which merging does
    not read. Its event takes them only if no report of it names anyone."""

    @property
    def resolved(self) -> bool:
        return self.first is not None and self.last is not None


@dataclass(frozen=True, slots=True)
class Source:
    """One article reporting an event, with the passage that says so.

    An article that reports the event twice ("début mai" then "le 4 mai 2017") is still one
    source; its most precise passage is `passage`, the others are in `other_passages`.
    """

    article_id: int
    title: str
    outlet: str | None
    passage: str
    start: int
    end: int
    expression: str
    expression_start: int
    expression_end: int
    mention_key: str
    other_passages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """What the timeline shows: an interval, a title, who took part and who reported it."""

    id: int
    key: str
    first: date | None
    last: date | None
    title: str
    certainty: Certainty
    actors: tuple[str, ...]
    sources: tuple[Source, ...]
    conflicts_with: tuple[int, ...] = ()
    reviewed: bool = False
    """The analyst checked it ("vérifié"); hand-made events count as checked."""
    hidden: bool = False
    happening: str | None = None
    """Its kind: agreement, meeting, negotiation, statement… (`events/kinds.py`)."""
    importance: str = "news"
    """news, or context when every report of it is the background of its article."""
    places: tuple[str, ...] = ()

    @property
    def conflicting(self) -> bool:
        return bool(self.conflicts_with)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "key": self.key,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "title": self.title,
            "certainty": self.certainty,
            "actors": list(self.actors),
            "conflicting": self.conflicting,
            "conflicts_with": list(self.conflicts_with),
            "reviewed": self.reviewed,
            "kind": self.happening,
            "importance": self.importance,
            "places": list(self.places),
            "sources": [
                {
                    "article_id": s.article_id,
                    "title": s.title,
                    "outlet": s.outlet,
                    "passage": s.passage,
                    "start": s.start,
                    "end": s.end,
                    "expression": s.expression,
                    "expression_start": s.expression_start,
                    "expression_end": s.expression_end,
                    "mention_key": s.mention_key,
                    "other_passages": list(s.other_passages),
                }
                for s in self.sources
            ],
        }
