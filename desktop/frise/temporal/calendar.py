"""Calendar arithmetic on inclusive day intervals: months, weeks, seasons, fuzzy parts.

Conventions (TEMPORAL.md): début/mi/fin of a month are days 1-10, 11-20 and 21-last; of a year
January-April, May-August, September-December. Seasons are meteorological: spring March-May,
summer June-August, autumn September-November, winter December of its year to February of the
next. Centuries run 1800-1899 for "le XIXe siècle", as news writers and the French TimeBank
count them, not 1801-1900.

Python's dates run from 0001-01-01 to 9999-12-31. Every function here that builds a day from a
year raises OutOfCalendar (an OverflowError, as `date + timedelta` raises past either end) for a
year outside that range, rather than ValueError, which the resolver keeps for days that do not
exist ("31 février"): the first leaves an expression unresolved, the second drops it.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

Interval = tuple[date, date]

# The years the engine reads in a text ("en 1998"); the days it computes may go further.
MIN_YEAR = 1000
MAX_YEAR = 2999


class OutOfCalendar(OverflowError):
    """A day before 0001-01-01 or after 9999-12-31, the ends of Python's calendar."""


def valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def check_year(year: int) -> int:
    """`year`, or OutOfCalendar if Python cannot hold a day of it."""
    if not date.min.year <= year <= date.max.year:
        raise OutOfCalendar(f"year {year} is outside {date.min.year}..{date.max.year}")
    return year


def calendar_day(year: int, month: int, day: int) -> date:
    """date(year, month, day), raising OutOfCalendar for a year beyond the calendar (ValueError
    still for a day that does not exist)."""
    return date(check_year(year), month, day)


@lru_cache(maxsize=4096)  # pure, and called once per expression: dense texts repeat them
def month_interval(year: int, month: int) -> Interval:
    check_year(year)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_interval(year: int) -> Interval:
    check_year(year)
    return date(year, 1, 1), date(year, 12, 31)


@lru_cache(maxsize=4096)  # pure, and called once per expression: dense texts repeat them
def safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # dense texts repeat their days, and date.isoformat formats slowly
def iso_day(day: date) -> str:
    """day.isoformat()."""
    return day.isoformat()


@lru_cache(maxsize=1024)  # a text names each weekday again and again against one reference
def weekday_around(day: date, weekday: int) -> Interval:
    """The `weekday` (0 for Monday) on or before `day`, and the one strictly after it."""
    return (day - timedelta(days=(day.weekday() - weekday) % 7),
            day + timedelta(days=(weekday - day.weekday()) % 7 or 7))


def week_interval(day: date) -> Interval:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def season_interval(year: int, season: str) -> Interval:
    if season == "WI":
        return calendar_day(year, 12, 1), calendar_day(year + 1, 3, 1) - timedelta(days=1)
    start_month = {"SP": 3, "SU": 6, "FA": 9}[season]
    return calendar_day(year, start_month, 1), month_interval(year, start_month + 2)[1]


@lru_cache(maxsize=4096)  # pure, and called once per expression: dense texts repeat them
def part_of_month(year: int, month: int, mod: str) -> Interval:
    first, last = month_interval(year, month)
    if mod == "START":
        return first, date(year, month, 10)
    if mod == "MID":
        return date(year, month, 11), date(year, month, 20)
    if mod == "END":
        return date(year, month, 21), last
    return first, last


def part_of_year(year: int, mod: str) -> Interval:
    check_year(year)
    if mod == "START":
        return date(year, 1, 1), date(year, 4, 30)
    if mod == "MID":
        return date(year, 5, 1), date(year, 8, 31)
    if mod == "END":
        return date(year, 9, 1), date(year, 12, 31)
    return year_interval(year)


@lru_cache(maxsize=4096)  # pure, and called once per expression: dense texts repeat them
def nearest_year(month: int, day: int | None, reference: Interval) -> int | None:
    """The year that puts month (and day) nearest the reference interval; ties go to the past.

    A reference of a whole month or year counts as that whole span, so "le 18 juin" in an
    article dated only "juillet 2017" is June 2017, and "le 3 mai" against "2017" is in 2017.
    None when no year around the reference is one the engine reads (MIN_YEAR..MAX_YEAR): a
    reference far outside them, such as 9999-12-31, places no yearless date.
    """
    ref_first, ref_last = reference
    candidates = []
    for year in range(ref_first.year - 1, ref_last.year + 2):
        if not valid_year(year):
            continue
        if day is None:
            first, last = month_interval(year, month)
        else:
            first = last = safe_day(year, month, day) or date(year, month, 28)
        if last < ref_first:
            distance = (ref_first - last).days
        elif first > ref_last:
            distance = (first - ref_last).days
        else:
            distance = 0
        candidates.append((distance, year))
    # min() keeps the first of equal distances, and years are tried oldest first.
    return min(candidates)[1] if candidates else None


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
