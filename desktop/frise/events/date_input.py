"""Reading a date typed by the analyst ("début juin 2017", "7-8 juillet 2017") into an interval.

The same temporal engine that reads the articles reads the field, so what a person writes is
understood the way the chronology itself is; the answer is said back in words ("du 1er au 10 juin
2017") so that a misreading is seen before it is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from frise.events.mentions import certainty_of
from frise.temporal import Reference, extract
from frise.temporal.lexicon import regex_alternation
from frise.text.french import MONTHS as FRENCH_MONTHS

MONTHS = FRENCH_MONTHS


@dataclass(frozen=True, slots=True)
class Understood:
    first: date
    last: date
    certainty: str = "exact"
    """"approximate" for what the engine reads as such ("début juin 2017", a week, a season),
    as an extracted date would be; "exact" otherwise."""

    def describe(self) -> str:
        return describe_interval(self.first, self.last)


class DateInputError(ValueError):
    """The text names no date the engine can place; `str()` is a French message for the user."""


SPANS = "« 4 mai 2017 », « début juin 2017 » ou « 7-8 juillet 2017 »"
"""What an error suggests writing where any stretch of time may be typed (an event's date)."""
DAYS_MONTHS_YEARS = "« 4 mai 2017 », « mai 2017 » ou « 2017 »"
"""What it suggests where only a day, a month or a year is taken (an article's date)."""


def understand(text: str, reference: date | None = None, *, examples: str = SPANS) -> Understood:
    """The interval `text` names, resolved against `reference` (for "le 4 mai"), or an error.

    A number beside the date read but left out of it makes the whole input not understood: the
    engine skips a day that cannot be ("32 juin 2017", "31 février 2017") and reads what is left
    ("juin 2017"), which would silently turn the day meant into a month. Two dates joined by a
    dash, "à" or "au" ("2016-2017", "4 mai 2017 - 6 juin 2017") are one span from the first's
    start to the second's end, as TEMPORAL.md reads "de mai à juillet 2017". An error's message
    suggests `examples` (what the field takes: `SPANS` or `DAYS_MONTHS_YEARS`)."""
    cleaned = text.strip()
    if not cleaned:
        raise DateInputError(f"Indiquez une date, par exemple {examples}.")
    iso = _iso_interval(cleaned)
    if iso is not None:
        return iso
    ref = Reference.parse(reference.isoformat()) if reference else Reference.unknown()
    dates = [t for t in extract(cleaned, ref) if t.kind in ("date", "range")]
    for timex in dates:
        stray = _stray_number(cleaned, timex.start, timex.end)
        if stray and not any(other.start <= stray[0] < other.end for other in dates):
            raise _left_over(cleaned, cleaned[stray[0]:stray[1]], examples)
    for against in _DAY_AGAINST_MONTH.finditer(cleaned):
        # The engine reads no date from a day the month does not have (« 32 juin 2017 »), nor
        # from its month or year: the day is named, not left to « Date non comprise ».
        if not any(t.start <= against.start() < t.end for t in dates):
            raise _left_over(cleaned, against["day"], examples)
    resolved = [t for t in dates if t.first is not None and t.last is not None]
    if len(resolved) == 2 and len(dates) == 2:
        (first, second) = resolved
        opening, joined = _OPENING.fullmatch(cleaned[:first.start]), _JOINED.fullmatch(cleaned[first.end:second.start])
        if opening and joined and (joined["and"] is None) == (opening["between"] is None) \
                and first.first <= second.last:  # type: ignore[operator]
            both = {certainty_of(first, False), certainty_of(second, False)}
            return Understood(first.first, second.last, "approximate" if "approximate" in both else "exact")  # type: ignore[arg-type]
    if resolved:
        return Understood(resolved[0].first, resolved[0].last, certainty_of(resolved[0], False))  # type: ignore[arg-type]
    raise DateInputError(f"Date non comprise : « {cleaned} ». Écrivez par exemple {examples}.")


def _left_over(cleaned: str, number: str, examples: str) -> DateInputError:
    return DateInputError(f"Date non comprise : « {cleaned} » (« {number} » ne se lit pas avec le reste : "
                          f"un jour qui n'existe pas ?). Écrivez par exemple {examples}.")


_DAY_AGAINST_MONTH = re.compile(
    rf"(?<![\d/.-])(?P<day>\d+)(?:er)?[ \t]+{regex_alternation(MONTHS)}\b", re.IGNORECASE)
"""A number written against a month name: the day of « 32 juin 2017 » or « 31 février »."""

# What may stand between two dates read as one span, and before the first: "de 2016 à 2017",
# "2016-2017", "entre 2015 et 2017".
_JOINED = re.compile(r"\s*(?:[–—-]|à|au|jusqu['’]au|jusqu['’]à|(?P<and>et))\s*", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:(?:de|du|d['’]|depuis|(?P<between>entre))\s*)?", re.IGNORECASE)

# A number written against the date read, which the engine left out of it: the day of "32 juin
# 2017" or "31 février 2017", the month and day of "2017-02-31", the "31/02/" of "31/02/2017".
_NUMBER_BEFORE = re.compile(r"(\d+(?:er|re|e)?(?:[ \t]*[/.–—-][ \t]*\d+)*)[ \t]*[/.–—-]?[ \t]*$")
_NUMBER_AFTER = re.compile(
    r"[ \t]*[/.–—-]?[ \t]*((?>\d+(?:[ \t]*[/.–—-][ \t]*\d+)*))(?![ \t]*(?:h\b|h\d|heures?\b|:\d))")  # not "10 h"


def _stray_number(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the number written right beside text[start:end] is, if there is one. A time of day
    after the date ("4 mai 2017 10 h 30") is not such a number."""
    found = _NUMBER_BEFORE.search(text, max(0, start - 40), start) or _NUMBER_AFTER.match(text, end)
    return found.span(1) if found else None


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
