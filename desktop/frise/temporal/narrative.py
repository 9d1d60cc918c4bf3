"""Expressions that count from what the text has already said: a day number without its month
("le 16", "mercredi 13", "la réunion du 7"). A mixin of `Resolver`, kept apart for size.

The resolver notes, after each record, the last date mentioned: its interval and unit (day, ISO
week, month, year) and its month even when its year is unknown ("le 3 mai" in an undated article).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from frise.temporal import calendar as cal
from frise.temporal.context import tense
from frise.temporal.lexicon import WEEKDAYS, fold
from frise.temporal.model import Timex
from frise.temporal.relative import RelativeRules

# What may follow "16" in "au 16" that makes it an address, not a day.
_ADDRESS = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:bis|ter|rue|avenue|av\.|boulevard|bd|place|quai|chemin|allée|"
                      r"impasse|route|cours|square)\b", re.IGNORECASE)
_SENTENCE_END_AFTER = re.compile(r"[ \t\u00a0\u202f]*(?:[.!?]|$)")


def _day_number(word: str) -> int:
    return 1 if fold(word) in ("1er", "1re") else int(word)


class NarrativeRules(RelativeRules):
    """Handlers for expressions read against the dates the text gave before them."""

    if TYPE_CHECKING:
        # What the handlers use of `Resolver`, which defines it (see `Resolver._note`).
        last_date: tuple[date | None, date | None, str] | None
        last_month: tuple[int | None, int] | None

    def _day_alone(self, m: re.Match[str]) -> list[Timex]:
        """"le 16", "la réunion du 7", "mercredi 13": a day number without its month.

        With a weekday, the day nearest the last date mentioned (else the reference) that is
        that weekday. Without, that day in the month of the last date mentioned, unless the tense
        of its sentence puts it on the other side of the reference (then the nearest such day on
        the side the tense says: "s'étaient opposés lors du sommet du 7" after "à partir du 15
        octobre" is the 7th before the reference); with no month mentioned before, the month that
        puts it nearest the reference. "au 16, rue..." is an address.
        """
        day = _day_number(m["day"])
        if not 1 <= day <= 31 or _ADDRESS.match(self.text, m.end()):
            return []
        if m["weekday"]:
            return self._weekday_and_day(m, WEEKDAYS[fold(m["weekday"])], day)
        if self.last_month is None and _SENTENCE_END_AFTER.match(self.text, m.end()):
            return []  # "je veux le 3.": with nothing to date it, a number, not a day
        when_tense = tense(self.text, m.start(), m.end(), self.sentences.bounds(m.start()))
        if self.last_month is not None:
            year, month = self.last_month
            if year is None:
                date(2000, month, day)  # "le 31" after "le 3 avril" is no day
                self._remember_day((None, month, day))
                return [self._timex(m.start(), m.end(), f"XXXX-{month:02d}-{day:02d}", None, "unresolved")]
            when = cal.safe_day(year, month, day)
            if when is None:
                return []
            ref = self.ref_day
            if ref is None or not ((when > ref and when_tense == "past") or (when < ref and when_tense == "future")):
                return self._on_day(m, when, "previous")
        if self.ref_interval is None:
            return [self._timex(m.start(), m.end(), f"XXXX-XX-{day:02d}", None, "unresolved")]
        nearest = self._nearest_day_of_month(day, when_tense)
        if nearest is None:
            return []
        return self._on_day(m, nearest, "document")

    def _nearest_day_of_month(self, day: int, side: str | None) -> date | None:
        """The `day`-th of the month nearest the reference, on the side `side` says if it says one;
        ties go to the past."""
        assert self.ref_interval is not None
        first, last = self.ref_interval
        candidates = []
        for shift in range(-2, 3):
            year, month = cal.shift_months(first.year, first.month, shift)
            when = cal.safe_day(year, month, day)
            if when is None or (side == "past" and when > last) or (side == "future" and when <= last):
                continue
            distance = (first - when).days if when < first else (when - last).days if when > last else 0
            candidates.append((distance, when))
        return min(candidates)[1] if candidates else None

    def _weekday_and_day(self, m: re.Match[str], weekday: int, day: int) -> list[Timex]:
        anchor_day, anchor = self._last_day_or_reference(True)
        if anchor_day is None:
            return [self._timex(m.start(), m.end(), f"XXXX-XX-{day:02d}", None, "unresolved")]
        candidates = []
        for shift in range(-6, 7):
            year, month = cal.shift_months(anchor_day.year, anchor_day.month, shift)
            when = cal.safe_day(year, month, day)
            if when is not None and when.weekday() == weekday:
                candidates.append((abs((when - anchor_day).days), when > anchor_day, when))
        if not candidates:
            return []
        return self._on_day(m, min(candidates)[2], anchor)
