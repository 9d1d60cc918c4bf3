"""Dates as a French reader writes them: "jeudi 4 mai 2017", "7–8 juillet 2017", "début mai 2017".

The phrases themselves live one layer down, in `frise.render.datefmt`, so that the exports print
exactly what the window shows; this module re-exports them and adds what only the window needs:
explanations for tooltips, the "Sans date" heading, and reading a date the user types.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from frise.render.datefmt import (
    DASH,
    certainty_label,
    count_phrase,
    day_phrase,
    month_heading,
    month_phrase,
    period_phrase,
    publication_phrase,
)
from frise.render.french import FRENCH, month_names, weekday_names

__all__ = [
    "DASH",
    "certainty_explanation",
    "certainty_label",
    "count_phrase",
    "day_phrase",
    "month_heading",
    "month_phrase",
    "parse_user_date",
    "period_phrase",
    "publication_phrase",
    "undated_heading",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dates", text)


def undated_heading() -> str:
    return _tr("Sans date")


def certainty_explanation(certainty: str) -> str:
    """A tooltip saying what a certainty means for the reader."""
    return {
        "exact": _tr("La date est écrite en toutes lettres dans l'article."),
        "approximate": _tr("L'article ne donne qu'une période (« début mai », « mi-juillet »)."),
        "assumed": _tr("L'article ne donne pas l'année : Frise l'a supposée d'après la collection."),
        "unresolved": _tr("L'expression n'a pas pu être placée dans le temps."),
    }.get(certainty, "")


def parse_user_date(text: str) -> str | None:
    """What a person types as an article's date, as "YYYY-MM-DD", "YYYY-MM" or "YYYY".

    Accepts ISO forms, "04/05/2017", "05/2017", "4 mai 2017", "1er mai 2017", "mai 2017" and
    "2017"; returns None for anything else (or an impossible day such as "31/02/2017").
    """
    cleaned = " ".join(text.strip().lower().replace("1er", "1").split())
    if not cleaned:
        return None
    numbers = [int(part) for part in _split_numbers(cleaned)] if _numeric(cleaned) else None
    try:
        if numbers is not None:
            if "-" in cleaned and len(numbers) >= 1 and numbers[0] > 31:
                numbers = list(reversed(numbers))
            if len(numbers) == 1:
                return _year_text(numbers[0])
            if len(numbers) == 2:
                month, year = numbers
                date(year, month, 1)
                return f"{_year_text(year)}-{month:02d}"
            if len(numbers) == 3:
                day, month, year = numbers
                return date(year, month, day).isoformat() if 1000 <= year <= 2999 else None
            return None
        words = cleaned.split()
        months = [m.lower() for m in month_names(FRENCH)]
        if len(words) == 2 and words[0] in months:
            return f"{_year_text(int(words[1]))}-{months.index(words[0]) + 1:02d}"
        if len(words) == 3 and words[1] in months:
            if words[0] in [w.lower() for w in weekday_names(FRENCH)]:
                return None
            return date(int(words[2]), months.index(words[1]) + 1, int(words[0])).isoformat()
        if len(words) == 4 and words[0] in [w.lower() for w in weekday_names(FRENCH)] and words[2] in months:
            return date(int(words[3]), months.index(words[2]) + 1, int(words[1])).isoformat()
    except ValueError:
        return None
    return None


def _numeric(text: str) -> bool:
    return all(ch.isdigit() or ch in "-/. " for ch in text)


def _split_numbers(text: str) -> list[str]:
    for separator in "/.- ":
        text = text.replace(separator, " ")
    return text.split()


def _year_text(year: int) -> str:
    if not 1000 <= year <= 2999:
        raise ValueError(year)
    return f"{year:04d}"
