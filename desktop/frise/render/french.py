"""The timeline's words: French month and day names and date phrases, all translatable.

Each string is a literal `QCoreApplication.translate("Timeline", ...)` call so that lupdate finds
it; the pure modules (layout, axis) receive these already translated and never call Qt.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication


def month_names() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Timeline", "janvier"),
        QCoreApplication.translate("Timeline", "février"),
        QCoreApplication.translate("Timeline", "mars"),
        QCoreApplication.translate("Timeline", "avril"),
        QCoreApplication.translate("Timeline", "mai"),
        QCoreApplication.translate("Timeline", "juin"),
        QCoreApplication.translate("Timeline", "juillet"),
        QCoreApplication.translate("Timeline", "août"),
        QCoreApplication.translate("Timeline", "septembre"),
        QCoreApplication.translate("Timeline", "octobre"),
        QCoreApplication.translate("Timeline", "novembre"),
        QCoreApplication.translate("Timeline", "décembre"),
    )


def month_abbreviations() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Timeline", "janv."),
        QCoreApplication.translate("Timeline", "févr."),
        QCoreApplication.translate("Timeline", "mars"),
        QCoreApplication.translate("Timeline", "avr."),
        QCoreApplication.translate("Timeline", "mai"),
        QCoreApplication.translate("Timeline", "juin"),
        QCoreApplication.translate("Timeline", "juil."),
        QCoreApplication.translate("Timeline", "août"),
        QCoreApplication.translate("Timeline", "sept."),
        QCoreApplication.translate("Timeline", "oct."),
        QCoreApplication.translate("Timeline", "nov."),
        QCoreApplication.translate("Timeline", "déc."),
    )


def weekday_names() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Timeline", "lundi"),
        QCoreApplication.translate("Timeline", "mardi"),
        QCoreApplication.translate("Timeline", "mercredi"),
        QCoreApplication.translate("Timeline", "jeudi"),
        QCoreApplication.translate("Timeline", "vendredi"),
        QCoreApplication.translate("Timeline", "samedi"),
        QCoreApplication.translate("Timeline", "dimanche"),
    )


def weekday_abbreviations() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Timeline", "lun."),
        QCoreApplication.translate("Timeline", "mar."),
        QCoreApplication.translate("Timeline", "mer."),
        QCoreApplication.translate("Timeline", "jeu."),
        QCoreApplication.translate("Timeline", "ven."),
        QCoreApplication.translate("Timeline", "sam."),
        QCoreApplication.translate("Timeline", "dim."),
    )


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
