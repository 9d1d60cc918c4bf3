"""Ordinals and parts of periods, and the named days of the year: "le premier mercredi du mois
prochain", "le dernier jour d'octobre", "le premier trimestre 2017", "la première quinzaine de
mars", "le premier week-end d'août", "la fête des pères", "le jour de l'an". A mixin of
`Resolver`, kept apart for size.

Counting within a season starts at its solstice or equinox (20 March, 21 June, 22 September, 21
December), as any French reader counts "le premier jour du printemps"; the season as a whole keeps
the meteorological months of TEMPORAL.md. A week of a year is its ISO week ("la troisième semaine
de 2027" is 2027-W03); a week of a month is its days 1-7, 8-14... ("la dernière semaine de mai"
its last seven days), as a quinzaine is its days 1-15 or 16 to the end.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from dateutil.easter import easter

from frise.temporal import calendar as cal
from frise.temporal.context import FAR_BEHIND, clause_before_relative, tense
from frise.temporal.lexicon import SEASONS, WEEKDAYS, fold, month_number
from frise.temporal.model import Anchor, Timex
from frise.temporal.narrative import NarrativeRules

Interval = cal.Interval

_ORDINALS = {"premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1, "deuxieme": 2, "2e": 2, "2eme": 2,
             "second": 2, "seconde": 2, "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4,
             "cinquieme": 5, "5e": 5, "5eme": 5, "dernier": -1, "derniere": -1, "avant-dernier": -2,
             "avant-derniere": -2}
# The first day of each season for counting within it: equinoxes and solstices, to the day most
# years have them.
_SEASON_STARTS = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}
_NEXT_SEASON = {"SP": "SU", "SU": "FA", "FA": "WI", "WI": "SP"}
_PART_MONTHS = {"trimestre": 3, "quadrimestre": 4, "semestre": 6, "moitie": 6}
_PART_VALUE = {"trimestre": "Q", "semestre": "H", "quadrimestre": "T", "moitie": "H"}
_MEASURED_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:les|des|aux|ses|leurs|ces)[ \t\u00a0]+(?:résultats|chiffres|statistiques|comptes|données|"
    r"bilans|rapports)|(?:le|au|du|son|leur|ce)[ \t\u00a0]+(?:bilan|rapport))[ \t\u00a0]+$", re.IGNORECASE)
"""Figures counted after the fact, whose part of the year follows with « du » (« les chiffres du
troisième trimestre seront publiés demain », « le bilan du premier semestre »): the verb of their
publication does not place the part they measure (`_part_of_period`). Not what is forecast (« la
croissance du premier trimestre devrait atteindre 2 % »)."""


def _ordinal(word: str) -> int:
    return _ORDINALS[fold(word).replace("è", "e")]


T = TypeVar("T")


def _nth(days: list[T], n: int) -> T | None:
    """The n-th of `days` (n < 0 from the end), or None if there are not so many."""
    if n > 0:
        return days[n - 1] if len(days) >= n else None
    return days[n] if len(days) >= -n else None


def _nth_sunday_of(year: int, month: int, n: int) -> date:
    sundays = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)
               if date(year, month, d).weekday() == 6]
    return sundays[n - 1] if n > 0 else sundays[n]


def _mothers_day(year: int) -> date:
    """The last Sunday of May, or the first of June when Pentecost falls on it."""
    last = _nth_sunday_of(year, 5, -1)
    return last + timedelta(days=7) if last == easter(year) + timedelta(days=49) else last


# Named days: their day in a given year (raising OutOfCalendar for a year Python cannot hold).
_NAMED_DAYS: dict[str, Callable[[int], date]] = {
    "fete des peres": lambda y: _nth_sunday_of(y, 6, 3),
    "fete des meres": _mothers_day,
    "fete du travail": lambda y: date(y, 5, 1),
    "fete nationale": lambda y: date(y, 7, 14),
    "fete de la musique": lambda y: date(y, 6, 21),
    "jour de l'an": lambda y: date(y, 1, 1),
    "saint-valentin": lambda y: date(y, 2, 14),
    "saint-jean": lambda y: date(y, 6, 24),
    "saint-nicolas": lambda y: date(y, 12, 6),
    "saint-sylvestre": lambda y: date(y, 12, 31),
    "chandeleur": lambda y: date(y, 2, 2),
    "armistice": lambda y: date(y, 11, 11),
}
# "la fête nationale belge", "la fête nationale de la Chine": another country's day.
_ANOTHER_NATION = re.compile(r"[ \t\u00a0]+(?:de|du|des|d['’]|[a-zéèêàâîïôûç-]+(?:ain|aine|ais|aise|ien|ienne|ois|"
                             r"oise|and|ande|que|e)s?\b)")


class PeriodRules(NarrativeRules):
    """Handlers for ordinals and parts of periods, and for named days."""

    if TYPE_CHECKING:
        def year_for(self, month: int, day: int | None, direction: str | None,
                     position: int, opens: tuple[int, int] | None = None) -> tuple[int | None, Anchor]: ...

        def _referred_month(self, words: str) -> tuple[int | None, int | None]: ...

    def _scope(self, m: re.Match[str]) -> tuple[Interval, str, Anchor] | None:
        """The period an ordinal counts in, its kind ("month", "season", "year") and anchor."""
        year: int | None
        anchor: Anchor
        if m["month"]:
            month = month_number(m["month"])
            if m["year"]:
                year, anchor = int(m["year"]), "absolute"
            else:
                direction = None
                if m["mnext"]:
                    direction = "next" if fold(m["mnext"]).startswith("prochain") else "last"
                year, anchor = self.year_for(month, None, direction, m.start())
            return (cal.month_interval(year, month), "month", anchor) if year is not None else None
        if m["mref"]:
            year, referred = self._referred_month(m["mref"])
            if year is None or referred is None:
                return None
            return cal.month_interval(year, referred), "month", "document"
        if m["season"]:
            season = SEASONS[fold(m["season"])]
            year, anchor = self._season_year(season, m["syear"], m.start())
            if year is None:
                return None
            first = cal.calendar_day(year, *_SEASON_STARTS[season])
            following = _NEXT_SEASON[season]
            last = cal.calendar_day(year + (season == "WI"), *_SEASON_STARTS[following]) - timedelta(days=1)
            return (first, last), "season", anchor
        if m["yearonly"]:
            return cal.year_interval(int(m["yearonly"])), "year", "absolute"
        if m["yref"]:
            year = self._year_of_ref(m["yref"])
            return (cal.year_interval(year), "year", "document") if year is not None else None
        return None

    def _year_of_ref(self, words: str) -> int | None:
        """"l'année", "cette année", "l'année prochaine", "l'an dernier": a year by the reference."""
        if self.reference.year is None:
            return None
        folded = fold(words)
        shift = 1 if "prochain" in folded else -1 if ("dernier" in folded or "passe" in folded) else 0
        return cal.check_year(self.reference.year + shift)

    def _ordinal_day(self, m: re.Match[str]) -> list[Timex]:
        """"le premier mercredi du mois prochain", "le dernier jour d'octobre", "le premier
        week-end d'août", "la troisième semaine de 2027", "le premier dimanche du printemps"."""
        scope = self._scope(m)
        if scope is None:
            return self._unresolved(m)
        (first, last), kind, anchor = scope
        n = _ordinal(m["ord"])
        what = fold(m["what"])
        days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        if what in WEEKDAYS:
            when = _nth([d for d in days if d.weekday() == WEEKDAYS[what]], n)
            return self._on_day(m, when, anchor) if when else []
        if what == "jour":
            when = _nth(days, n)
            return self._on_day(m, when, anchor) if when else []
        if what.startswith("week"):
            saturday = _nth([d for d in days if d.weekday() == 5], n)
            if saturday is None:
                return []
            sunday = saturday + timedelta(days=1)
            self._remember_day((saturday.year, saturday.month, saturday.day), (sunday.year, sunday.month, sunday.day))
            return [self._timex(m.start(), m.end(), cal.week_value(saturday) + "-WE", (saturday, sunday), anchor)]
        # a week: of a year its ISO week, of a month or season its days 1-7, 8-14... (the last: its
        # last seven days)
        week: Interval | None
        if kind == "year":
            week = _nth(sorted({cal.week_interval(d) for d in days if d.isocalendar().year == first.year}), n)
        elif n == -1:
            week = (last - timedelta(days=6), last)
        else:
            week = _nth([(days[k], days[min(k + 6, len(days) - 1)]) for k in range(0, len(days), 7)], n)
        if week is None:
            return []
        value = cal.week_value(week[0]) if kind == "year" else week[0].isoformat() + "/" + week[1].isoformat()
        return [self._timex(m.start(), m.end(), value, week, anchor)]

    def _part_of_period(self, m: re.Match[str]) -> list[Timex]:
        """"le premier trimestre 2017", "le second semestre", "la première quinzaine de mars", "la
        seconde moitié de l'année": that part of the year (or month), in the year written, else
        the year of its sentence, else the one that puts it nearest the reference, unless that one
        ended more than a month before it beside a future or conditional verb (« la croissance
        devrait accélérer au second semestre » in March): then the coming one, as a month is
        (`Resolver._future_side`); one still to come told only in the past is last year's, as a
        month is (`Resolver._past_side`). Not the part figures counted after the fact measure (« les
        chiffres du troisième trimestre seront publiés demain » in November, `_MEASURED_BEFORE`):
        the future verb tells of their publication, and the part stays the nearest."""
        n = _ordinal(m["ord"])
        part = fold(m["part"])
        if part == "quinzaine" or (part == "moitie" and (m["month"] or m["mref"])):
            return self._half_month(m, n)
        size = _PART_MONTHS[part]
        count = 12 // size
        index = n if n > 0 else count + 1 + n
        if not 1 <= index <= count:
            return []
        first_month = (index - 1) * size + 1

        def span(year: int) -> Interval:
            return (cal.month_interval(year, first_month)[0],
                    cal.month_interval(year, first_month + size - 1)[1])

        anchor: Anchor
        if m["year"]:
            year: int | None = int(m["year"])
            anchor = "absolute"
        elif m["yref"]:
            year, anchor = self._year_of_ref(m["yref"]), "document"
        else:
            year, anchor = self._year_in_sentence(m.start()), "previous"
            if year is None and self.ref_interval is not None:
                ref_first, ref_last = self.ref_interval
                candidates = [y for y in range(ref_first.year - 1, ref_last.year + 2) if cal.valid_year(y)]
                year = min(candidates, key=lambda y: (max((span(y)[0] - ref_last).days,
                                                          (ref_first - span(y)[1]).days, 0), y), default=None)
                anchor = "document"
                clause = clause_before_relative(self.text, m.end(), self.sentences.bounds(m.start()))
                told = tense(self.text, m.start(), m.end(), clause) if year is not None else None
                if year is not None and (ref_first - span(year)[1]).days > FAR_BEHIND and cal.valid_year(year + 1) \
                        and told == "future" and not self._measured(m):
                    year += 1  # « la croissance devrait accélérer au second semestre » in March: this year's
                elif year is not None and span(year)[0] > ref_last and told == "past" and cal.valid_year(year - 1):
                    year -= 1  # « le bilan du premier semestre a été présenté » in November: this year's, gone
        if year is None:
            return self._unresolved(m)
        value = f"{year:04d}-{_PART_VALUE[part]}{index}"
        return [self._timex(m.start(), m.end(), value, span(year), anchor)]

    def _measured(self, m: re.Match[str]) -> bool:
        """Whether the part of the year `m` found is the one figures measure (`_MEASURED_BEFORE`)."""
        start = m.start()
        return m.group()[:2].lower() == "du" and \
            _MEASURED_BEFORE.search(self.text, start - 40 if start > 40 else 0, start) is not None

    def _half_month(self, m: re.Match[str], n: int) -> list[Timex]:
        if m["month"]:
            month = month_number(m["month"])
            if m["myear"]:
                year: int | None = int(m["myear"])
                anchor: Anchor = "absolute"
            else:
                year, anchor = self.year_for(month, None, None, m.start())
        elif m["mref"]:
            year, referred = self._referred_month(m["mref"])
            if referred is None:
                return self._unresolved(m)
            month, anchor = referred, "document"
        elif self.last_month is not None:
            (year, month), anchor = self.last_month, "previous"
        elif self.reference.day is not None and self.reference.precision != "year":
            year, month, anchor = self.reference.day.year, self.reference.day.month, "document"
        else:
            return self._unresolved(m)
        if year is None:
            return self._unresolved(m)
        first, last = cal.month_interval(year, month)
        interval = (first, date(year, month, 15)) if n == 1 else (date(year, month, 16), last)
        if n not in (1, 2, -1):
            return []
        return [self._timex(m.start(), m.end(), f"{year:04d}-{month:02d}", interval, anchor)]

    def _named_day(self, m: re.Match[str]) -> list[Timex]:
        """"la fête des pères", "le jour de l'an", "la Saint-Sylvestre", "l'Armistice", "la fête
        nationale" (not another nation's): that day in the year written, else in the year of its
        sentence, else nearest the reference unless the tense says which (`_feast`: « la fête du
        Travail a rassemblé » in March is last May's)."""
        name = re.sub(r"\s+", " ", fold(m["name"] or m["saint"] or m["armistice"]))
        if m["armistice"] and not self.text[m.start("armistice")].isupper():
            return []  # "signer l'armistice", "l'armistice de Panmunjom": only l'Armistice, 11 November
        if name == "fete nationale" and _ANOTHER_NATION.match(self.text, m.end()):
            return []
        on = _NAMED_DAYS[name]

        def day_in(year: int) -> date:
            return on(cal.check_year(year))

        if m["year"]:
            return self._on_day(m, day_in(int(m["year"])), "absolute")
        stated = self._year_in_sentence(m.start())
        if stated is not None:
            return self._on_day(m, day_in(stated), "previous")
        if self.ref_interval is None:
            return self._unresolved(m)
        return self._on_day(m, self._feast(m, day_in))
