"""Reading a date typed by the analyst ("début juin 2017", "7-8 juillet 2017") into an interval.

The same temporal engine that reads the articles reads the field, so what a person writes is
understood the way the chronology itself is; the answer is said back in words ("du 1er au 10 juin
2017") so that a misreading is seen before it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from frise.temporal import Reference, extract

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


@dataclass(frozen=True, slots=True)
class Understood:
    first: date
    last: date

    def describe(self) -> str:
        return describe_interval(self.first, self.last)


class DateInputError(ValueError):
    """The text names no date the engine can place; `str()` is a French message for the user."""


def understand(text: str, reference: date | None = None) -> Understood:
    """The interval `text` names, resolved against `reference` (for "le 4 mai"), or an error."""
    cleaned = text.strip()
    if not cleaned:
        raise DateInputError("Indiquez une date, par exemple « début juin 2017 » ou « 7-8 juillet 2017 ».")
    iso = _iso_interval(cleaned)
    if iso is not None:
        return iso
    ref = Reference.parse(reference.isoformat()) if reference else Reference.unknown()
    for timex in extract(cleaned, ref):
        if timex.kind in ("date", "range") and timex.first is not None and timex.last is not None:
            return Understood(timex.first, timex.last)
    raise DateInputError(f"Date non comprise : « {cleaned} ». Écrivez par exemple « 4 mai 2017 », "
                         "« début juin 2017 » ou « 7-8 juillet 2017 ».")


def _iso_interval(text: str) -> Understood | None:
    parts = [p.strip() for p in text.split("/")] if "/" in text else [text]
    try:
        days = [date.fromisoformat(p) for p in parts]
    except ValueError:
        return None
    if len(days) == 1:
        return Understood(days[0], days[0])
    if len(days) == 2 and days[0] <= days[1]:
        return Understood(days[0], days[1])
    return None


def _day(d: date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def describe_interval(first: date, last: date) -> str:
    """French words for an interval: "le 4 mai 2017", "du 1er au 10 juin 2017", "juin 2017"."""
    month = MONTHS[first.month - 1]
    if first == last:
        return f"le {_day(first)} {month} {first.year}"
    if first.day == 1 and first.month == 1 and last.month == 12 and last.day == 31 and first.year == last.year:
        return f"l'année {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        if first.day == 1 and _is_month_end(last):
            return f"{month} {first.year}"
        return f"du {_day(first)} au {_day(last)} {month} {first.year}"
    last_month = MONTHS[last.month - 1]
    if first.year == last.year:
        return f"du {_day(first)} {month} au {_day(last)} {last_month} {first.year}"
    return f"du {_day(first)} {month} {first.year} au {_day(last)} {last_month} {last.year}"


def _is_month_end(day: date) -> bool:
    return (day + timedelta(days=1)).month != day.month
