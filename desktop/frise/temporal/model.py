"""Plain records the temporal engine returns: the reference date and one record per expression."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "month", "year", "unknown"]
Kind = Literal["date", "range", "duration", "set"]
Anchor = Literal["absolute", "document", "previous", "collection", "unresolved"]

_REFERENCE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


@dataclass(frozen=True, slots=True)
class Reference:
    """What the article's own date says: a day, only a month, only a year, or nothing.

    `day` is the first day of whatever is known (so a month-only reference of July 2017 has
    day 2017-07-01 and precision "month"); it is None when nothing is known.
    """

    day: date | None
    precision: Precision

    @classmethod
    def unknown(cls) -> Reference:
        return cls(None, "unknown")

    @classmethod
    def parse(cls, value: str | date | None) -> Reference:
        """Read "2017-07-06", "2017-07", "2017", a date, or None. Raises ValueError otherwise."""
        if value is None or value == "":
            return cls.unknown()
        if isinstance(value, date):
            return cls(value, "day")
        match = _REFERENCE.match(value)
        if not match:
            raise ValueError(f"not a reference date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = match.groups()
        if month is None:
            return cls(date(int(year), 1, 1), "year")
        if day is None:
            return cls(date(int(year), int(month), 1), "month")
        return cls(date(int(year), int(month), int(day)), "day")

    @property
    def year(self) -> int | None:
        return self.day.year if self.day else None

    def iso(self) -> str | None:
        if self.day is None:
            return None
        return {
            "day": self.day.isoformat(),
            "month": self.day.isoformat()[:7],
            "year": self.day.isoformat()[:4],
        }[self.precision]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text (see TEMPORAL.md for every field)."""

    start: int
    end: int
    text: str
    kind: Kind
    value: str | None
    first: date | None
    last: date | None
    anchor: Anchor
    mod: str | None = None

    def __init__(self, start: int, end: int, text: str, kind: Kind, value: str | None, first: date | None,
                 last: date | None, anchor: Anchor, mod: str | None = None) -> None:
        # The one a frozen dataclass generates calls object.__setattr__ for every field, and a
        # dense text builds one record per expression: the record is filled as an `_Unfrozen`
        # (the same slots, so the same layout) by plain stores, then made a Timex again. Twice as
        # fast as nine object.__setattr__, and as frozen once built.
        _set_class(self, "__class__", _Unfrozen)
        unfrozen: Any = self
        unfrozen.start = start
        unfrozen.end = end
        unfrozen.text = text
        unfrozen.kind = kind
        unfrozen.value = value
        unfrozen.first = first
        unfrozen.last = last
        unfrozen.anchor = anchor
        unfrozen.mod = mod
        unfrozen.__class__ = Timex

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # __init__ makes the record a Timex again by name: a subclass would come out a Timex.
        raise TypeError("Timex is not meant to be subclassed (see Timex.__init__)")

    @property
    def resolved(self) -> bool:
        return self.first is not None and self.last is not None

    def to_json(self) -> dict[str, Any]:
        record = asdict(self)
        record["first"] = self.first.isoformat() if self.first else None
        record["last"] = self.last.isoformat() if self.last else None
        if record["mod"] is None:
            del record["mod"]
        return record


class _Unfrozen:
    """Timex's slots without its freezing: what a Timex is while its __init__ fills it."""

    __slots__ = Timex.__slots__


_set_class = object.__setattr__
