"""The timeline's words: month and day names in the interface's language, and date phrases,
all translatable.

French is the source language. Month and day names come from `QLocale` for the interface's
language, which the translation itself names (the French marker "fr_FR" is translated into the
locale of each translation, "en_GB" for English): no list of names to keep by hand, and the
timeline, the list and the PDF say their dates in the language of the menus. Each phrase is a
literal `QCoreApplication.translate("Timeline", ...)` call so that the translation tools find it;
the pure modules (layout, axis) receive these already translated and never call Qt.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from frise.events.kinds import kind_label

#: Dates typed by people are read in French, whatever the interface's language (the examples
#: the fields give are French, like the articles).
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def interface_locale() -> QLocale:
    """The locale of the interface's language: French unless a translation says otherwise."""
    return _locale(QCoreApplication.translate("Timeline", "fr_FR"))


@lru_cache(maxsize=8)
def _locale(name: str) -> QLocale:
    return QLocale(name)


@lru_cache(maxsize=16)
def _names(name: str, kind: str) -> tuple[str, ...]:
    locale = QLocale(name)
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    if kind == "months":
        return tuple(locale.monthName(m, long) for m in range(1, 13))
    if kind == "months_short":
        return tuple(locale.monthName(m, short) for m in range(1, 13))
    if kind == "weekdays":
        return tuple(locale.dayName(d, long) for d in range(1, 8))
    return tuple(locale.dayName(d, short) for d in range(1, 8))


def month_names(locale: QLocale | None = None) -> tuple[str, ...]:
    """"janvier" … "décembre" (or "January" … in English)."""
    return _names((locale or interface_locale()).name(), "months")


def month_abbreviations(locale: QLocale | None = None) -> tuple[str, ...]:
    """"janv.", "févr.", "mars" …"""
    return _names((locale or interface_locale()).name(), "months_short")


def weekday_names(locale: QLocale | None = None) -> tuple[str, ...]:
    """"lundi" … "dimanche", Monday first."""
    return _names((locale or interface_locale()).name(), "weekdays")


def weekday_abbreviations(locale: QLocale | None = None) -> tuple[str, ...]:
    """"lun." … "dim.", Monday first."""
    return _names((locale or interface_locale()).name(), "weekdays_short")


def other_lane_name() -> str:
    return QCoreApplication.translate("Timeline", "Autres")


def today_label() -> str:
    return QCoreApplication.translate("Timeline", "aujourd'hui")


def day_label(day: int) -> str:
    """"1er" for the first of the month, as French writes it."""
    return QCoreApplication.translate("Timeline", "1er") if day == 1 else str(day)


def format_date(d: date) -> str:
    """"4 janvier 2017"."""
    return f"{day_label(d.day)} {month_names()[d.month - 1]} {d.year}"


def format_period(first: date, last: date) -> str:
    """An interval in words: "4 janvier 2017", "du 4 au 12 janvier 2017", "mai 2017", "2017"."""
    months = month_names()
    if first == last:
        return format_date(first)
    whole_year = first == date(first.year, 1, 1) and last == date(first.year, 12, 31)
    if whole_year:
        return str(first.year)
    next_month = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    if first.day == 1 and last.toordinal() + 1 == next_month.toordinal():
        return f"{months[first.month - 1]} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        left = day_label(first.day)
    elif first.year == last.year:
        left = f"{day_label(first.day)} {months[first.month - 1]}"
    else:
        left = format_date(first)
    return QCoreApplication.translate("Timeline", "du {first} au {last}").format(first=left, last=format_date(last))


def certainty_note(certainty: str) -> str:
    """What a tooltip says about how sure the date is; empty when it is exact."""
    if certainty == "approximate":
        return QCoreApplication.translate("Timeline", "date approximative")
    if certainty == "assumed":
        return QCoreApplication.translate("Timeline", "année supposée")
    if certainty == "unresolved":
        return QCoreApplication.translate("Timeline", "date incertaine")
    return ""


def sources_note(count: int) -> str:
    if count <= 1:
        return QCoreApplication.translate("Timeline", "1 source")
    return QCoreApplication.translate("Timeline", "{n} sources").format(n=count)


def conflict_note() -> str:
    return QCoreApplication.translate("Timeline", "les sources divergent sur la date")


def review_note(reviewed: bool) -> str:
    if reviewed:
        return QCoreApplication.translate("Timeline", "vérifié")
    return QCoreApplication.translate("Timeline", "non vérifié")


def context_note() -> str:
    return QCoreApplication.translate("Timeline", "contexte (arrière-plan rappelé par l'article)")


def kind_name(key: str | None) -> str:
    """A kind of happening (events/kinds.py key) in the interface's language: its French name,
    its English one under an English interface; "" when `key` is None, « sans type » for "none"
    (the filter's value for events of no known kind)."""
    if key is None:
        return ""
    if key == "none":
        return QCoreApplication.translate("Timeline", "sans type")
    english = interface_locale().language() == QLocale.Language.English
    return kind_label(key, "en" if english else "fr")


def cluster_note(count: int, first: date, last: date) -> str:
    return QCoreApplication.translate("Timeline", "{n} événements, {period} (cliquer pour agrandir)").format(
        n=count, period=format_period(first, last)
    )


def lane_note(name: str, collapsed: bool) -> str:
    """The tooltip of a lane's name: the whole name (the column shortens it) and what a click does."""
    action = (QCoreApplication.translate("Timeline", "cliquer pour le déplier") if collapsed
              else QCoreApplication.translate("Timeline", "cliquer pour le replier"))
    return f"{name}\n{action}"


def empty_message() -> str:
    return QCoreApplication.translate("Timeline", "Aucun événement daté à afficher")
