"""Dates as a French reader writes them, shared by the window and every export.

The window (`frise.ui.datefmt` re-exports these and adds what only it needs) and the exports
(which cannot import ui/, by the layers contract) print dates with the same functions, so a
printed chronology says exactly what the list on screen says. Translation context: "Dates".

The engine resolves "début mai" to 1–10 May; `period_phrase` reads such intervals back into the
words they came from, so that a chronology says "début mai 2017" rather than "du 1er au 10 mai
2017". Only QtCore is used (for translation), as in `frise.render.french`.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from frise.render.french import day_label, month_names, weekday_names

DASH = "\u2013"
NBSP = "\u00a0"
NNBSP = "\u202f"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dates", text)


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def day_phrase(day: date, weekday: bool = True) -> str:
    """"jeudi 4 mai 2017" (or "4 mai 2017")."""
    text = f"{day_label(day.day)} {month_names()[day.month - 1]} {day.year}"
    return f"{weekday_names()[day.weekday()]} {text}" if weekday else text


def month_phrase(year: int, month: int) -> str:
    return f"{month_names()[month - 1]} {year}"


def month_heading(year: int, month: int) -> str:
    """"Mai 2017": a month as a group heading."""
    phrase = month_phrase(year, month)
    return phrase[:1].upper() + phrase[1:]


def period_phrase(first: date | None, last: date | None) -> str:
    """An inclusive interval in words, recognising the periods the engine produces."""
    if first is None or last is None:
        return _tr("date non résolue")
    if last < first:
        first, last = last, first
    months = month_names()
    if first == last:
        return day_phrase(first)
    if first.year == last.year:
        named = _within_year(first, last)
        if named is not None:
            return named
    if first == date(first.year, 1, 1) and last == date(last.year, 12, 31):
        return f"{first.year}{DASH}{last.year}"
    if first.month == 12 and first.day == 1 and last.month == 2 and last == _month_end(last) \
            and last.year == first.year + 1:
        return _tr("hiver {first}{dash}{last}").format(first=first.year, last=last.year, dash=DASH)
    if first.day == 1 and last == _month_end(last):
        return f"{months[first.month - 1]} {first.year} {DASH} {months[last.month - 1]} {last.year}"
    return f"{day_phrase(first, weekday=False)} {DASH} {day_phrase(last, weekday=False)}"


def _within_year(first: date, last: date) -> str | None:
    months = month_names()
    year = first.year
    name = months[first.month - 1]
    if first == date(year, 1, 1) and last == date(year, 12, 31):
        return str(year)
    if (first.month, first.day, last.month, last.day) == (1, 1, 4, 30):
        return _tr("début {year}").format(year=year)
    if (first.month, first.day, last.month, last.day) == (5, 1, 8, 31):
        return _tr("mi-{year}").format(year=year)
    if (first.month, first.day, last.month, last.day) == (9, 1, 12, 31):
        return _tr("fin {year}").format(year=year)
    seasons = {3: _tr("printemps {year}"), 6: _tr("été {year}"), 9: _tr("automne {year}")}
    if first.day == 1 and first.month in seasons and last == _month_end(date(year, first.month + 2, 1)):
        return seasons[first.month].format(year=year)
    if first.month == last.month:
        if first.day == 1 and last == _month_end(first):
            return month_phrase(year, first.month)
        if first.day == 1 and last.day == 10:
            return _tr("début {month}").format(month=month_phrase(year, first.month))
        if first.day == 11 and last.day == 20:
            return _tr("mi-{month}").format(month=month_phrase(year, first.month))
        if first.day == 21 and last == _month_end(first):
            return _tr("fin {month}").format(month=month_phrase(year, first.month))
        if first.weekday() == 0 and last - first == timedelta(days=6):
            return _tr("semaine du {day}").format(day=day_phrase(first, weekday=False))
        return f"{day_label(first.day)}{DASH}{day_label(last.day)} {name} {year}"
    if first.weekday() == 0 and last - first == timedelta(days=6):
        return _tr("semaine du {day}").format(day=day_phrase(first, weekday=False))
    if first.day == 1 and last == _month_end(last):
        return f"{name}{DASH}{months[last.month - 1]} {year}"
    return f"{day_label(first.day)} {name} {DASH} {day_label(last.day)} {months[last.month - 1]} {year}"


def span_phrase(first: date, last: date) -> str:
    """A span as a title states it: "du 1er mai 2017 au 31 juillet 2017", "le 4 mai 2017"."""
    if first == last:
        return _tr("le {day}").format(day=day_phrase(first, weekday=False))
    return _tr("du {first} au {last}").format(
        first=day_phrase(first, weekday=False), last=day_phrase(last, weekday=False))


def months_phrase(first: tuple[int, int], last: tuple[int, int]) -> str:
    """A run of months, for running heads: "mai 2017", "mai – juillet 2017", "déc. 2016 – …"."""
    months = month_names()
    if first == last:
        return month_phrase(*first)
    if first[0] == last[0]:
        return f"{months[first[1] - 1]} {DASH} {month_phrase(*last)}"
    return f"{month_phrase(*first)} {DASH} {month_phrase(*last)}"


def certainty_label(certainty: str) -> str:
    """The short name of a certainty, as the filter panel shows it."""
    return {
        "exact": _tr("exacte"),
        "approximate": _tr("approximative"),
        "assumed": _tr("année supposée"),
        "unresolved": _tr("non résolue"),
    }.get(certainty, certainty)


def publication_phrase(published: str | None, precision: str) -> str:
    """An article's publication date as stored ("2017-07", "month") in words."""
    if not published:
        return _tr("inconnue")
    try:
        if precision == "day" or len(published) >= 10:
            return day_phrase(date.fromisoformat(published[:10]))
        if precision == "month" or len(published) == 7:
            return month_phrase(int(published[:4]), int(published[5:7]))
        return published[:4]
    except ValueError:
        return published


def count_phrase(count: int, one: str, many: str) -> str:
    """"1 événement", "12 345 événements" (thin spaces between thousands, as French prints)."""
    number = f"{count:,}".replace(",", NNBSP)
    return (one if abs(count) < 2 else many).format(n=number)  # French: "0 événement", "1 événement"
