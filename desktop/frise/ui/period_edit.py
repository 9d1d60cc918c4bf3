"""A bound of the period filter, typed in French or picked on a calendar.

A `QDateEdit` was first used here, and users could not work with it: with no date chosen it sat
on a sentinel year 1000 (its calendar opened in January 1000), typed digits were ignored over its
"indifférent" text, and a wheel notch over it silently set a filter. This field is a line edit
read by the same French reader as the event editor: "2017", "mai 2017", "début juin 2017",
"4/5/2017" all work. "Du" takes the first day of what was understood and "Au" the last, so
"Du mai 2017 Au juin 2017" means 1 May to 30 June. Empty means no bound. Text that cannot be read
is marked and sets no bound, with the reason in the tooltip. The button beside it opens a
calendar on the bound, else on the collection's own dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from frise.events.date_input import DateInputError, understand
from frise.ui import datefmt
from frise.ui.actions import icon
from frise.ui.plain_text import plain_tooltip


class PeriodEdit(QWidget):
    """One bound: `day()` is the day it sets, or None (empty, or not understood)."""

    changed = Signal()
    """The bound changed (not at every keystroke: only when what it means changes)."""

    def __init__(self, bound: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert bound in ("first", "last")
        self._bound = bound
        self._day: date | None = None
        self._problem: str | None = None
        self._fallback: date | None = None
        self.setObjectName(name)
        self.text = QLineEdit()
        self.text.setObjectName(f"{name}_text")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("indifférent (ex. mai 2017)"))
        self.text.textChanged.connect(self._reread)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._open_calendar)
        self._menu = menu
        self.button = QToolButton()
        self.button.setObjectName(f"{name}_calendar")
        self.button.setIcon(icon("calendar"))
        self.button.setAutoRaise(True)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setToolTip(self.tr("Choisir sur un calendrier"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)

    # --- the value

    def day(self) -> date | None:
        return self._day

    def set_day(self, day: date | None) -> None:
        """Show `day` (or nothing) without emitting `changed`."""
        with QSignalBlocker(self.text):
            self.text.setText(datefmt.day_phrase(day, weekday=False) if day else "")
        self._day = day
        self._mark(None)

    def set_fallback(self, day: date | None) -> None:
        """Where the calendar opens while the field is empty (the collection's first or last day)."""
        self._fallback = day

    def understood(self) -> bool:
        return not self.text.text().strip() or self._day is not None

    def problem(self) -> str | None:
        """Why the text sets no bound (French, for the user), or None."""
        return self._problem

    # --- reading

    def _reread(self, text: str) -> None:
        before, said = self._day, self._problem
        if not text.strip():
            self._day = None
            self._mark(None)
        else:
            try:
                found = understand(text)
            except DateInputError as error:
                self._day = None
                self._mark(str(error))
            else:
                self._day = found.first if self._bound == "first" else found.last
                self._mark(None)
        if self._day != before or self._problem != said:  # (what there is to say about it counts too)
            self.changed.emit()

    def _mark(self, problem: str | None) -> None:
        self._problem = problem
        self.text.setProperty("invalid", problem is not None)
        self.text.setToolTip(plain_tooltip(problem or (self.tr("Compris : {day}").format(
            day=datefmt.day_phrase(self._day, weekday=False)) if self._day else "")))
        self.text.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if problem else "")

    # --- the calendar

    def _open_calendar(self) -> None:
        shown = self._day or self._fallback or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, value: QDate) -> None:
        self._menu.hide()
        day = date(value.year(), value.month(), value.day())
        self.set_day(day)
        self.changed.emit()
