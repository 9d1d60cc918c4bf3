"""Expressions that count from what the text has already said: a day number without its month
("le 16", "mercredi 13", "la réunion du 7"), "la veille", "le lendemain de la signature", "le
jour même", offsets ("deux jours plus tard", "un an et demi plus tôt"), "la semaine suivante". A
mixin of `Resolver`, kept apart for size.

The resolver notes, after each record, the last date mentioned: its interval and unit (day, ISO
week, month, year) and its month even when its year is unknown ("le 3 mai" in an undated article).

"la veille de X", "au lendemain de X", "deux jours après X" (X an event) are read in this order:
- X holds its own date ("la veille du sommet du 6", "au lendemain de l'élection du 7 mai",
  "à la veille des élections, prévues le 11 juin"): that date moved;
- X is named by a demonstrative ("le lendemain de cette réunion"): the last date mentioned moved;
- the sentence dates the expression itself, before or after it ("hier, au lendemain de la
  démission", "Au lendemain d'un sommet, les deux pays ont signé hier"): that date;
- otherwise "la veille de X" / "le lendemain de X" count from the last day mentioned, as "la
  veille" does (the event is the one the text was telling), while "à la veille de X", "au
  lendemain de X" and "deux jours après X", which often mean no more than "just before" and
  "after", stay unresolved.
The date X holds comes later in the text than the expression: the handler leaves a placeholder,
and `settle` replaces it once the records after it are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from frise.temporal import calendar as cal
from frise.temporal.context import PLUPERFECT, looks_ahead, sentence_cues, tense
from frise.temporal.grammar import HOURS_IN_DAYS
from frise.temporal.lexicon import WEEKDAYS, fold
from frise.temporal.model import Anchor, Timex
from frise.temporal.relative import RelativeRules, _count, _unit

# What may follow "16" in "au 16" that makes it an address, not a day.
_ADDRESS = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:bis|ter|rue|avenue|av\.|boulevard|bd|place|quai|chemin|allée|"
                      r"impasse|route|cours|square)\b", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"\b(?:pass[ée]e?s?|grimp[ée]e?s?|chut[ée]e?s?|mont[ée]e?s?|tomb[ée]e?s?|"
                            r"baiss[ée]e?s?|augment[ée]e?s?|class[ée]e?s?)[ \t\u00a0\u202f]+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t\u00a0\u202f]*$")
"""The word just before an expression."""
_NUMBERED = re.compile(r"(?:.*['’])?(?:articles?|chapitres?|alinéas?|paragraphes?|titres?|pages?|points?|"
                       r"numéros?|n°|tomes?|volumes?|sections?|annexes?|dossards?|maillots?|lignes?|"
                       r"salles?|portes?|quais?|voies?|\d+(?:[-–]\d+)?)$", re.IGNORECASE)
"""Words a number follows as the number of a thing, not a day (« l'article le 28 »)."""
_FUTURE_WORD = re.compile(r"[a-zàâçéèêëîïôûù]+(?:rai|ras|ra|ront|rons|rez|rais|rait|raient)", re.IGNORECASE)
"""A verb in the future or conditional, whose object a number right after it is (« il portera le 10 »)."""
_SENTENCE_END_AFTER = re.compile(r"[ \t\u00a0\u202f]*(?:[.!?]|$)")


_ANAPHORS = (("avant-veille", -2), ("surlendemain", 2), ("veille", -1), ("lendemain", 1), ("meme jour", 0),
             ("jour meme", 0), ("soir meme", 0), ("matin meme", 0),
             ("jour-la", 0), ("jour suivant", 1), ("jour d'apres", 1), ("jour precedent", -1),
             ("jour d'avant", -1))
_SPACE = r"[ \t\u00a0\u202f]"
_OF = re.compile(rf"{_SPACE}+(?:de|du|des|d['’])(?=[\s\w])", re.IGNORECASE)
_LEAD_END = re.compile(r"[^,;:.!?\n]{0,120}?,")
_MAIN_CLAUSE_END = re.compile(r"[,;:.!?()«»\n]|\b(?:que|qu['’]|qui|dont|où|lorsque|quand)\b", re.IGNORECASE)
_OF_THIS = re.compile(rf"{_SPACE}+(?:de|d['’]){_SPACE}*(?:ce|cet|cette|ces){_SPACE}", re.IGNORECASE)
# Between an expression and the date its event holds: no punctuation, or one comma before the
# words that date it ("à la veille des élections, prévues le 11 juin").
_WITHIN = re.compile(r"[^,;:.!?()«»\n]{0,60}")
_DATING = re.compile(r"[^,;:.!?()«»\n]{0,60},[ \t\u00a0\u202f]*(?:prévu|fixé|programmé|organisé|attendu|qui|tenu|"
                     r"célébré|annoncé)[^,;:.!?()«»\n]{0,40}", re.IGNORECASE)
_UNIT_ORDER = {"day": 0, "week": 1, "month": 2, "other": 2.5, "year": 3}


def _day_number(word: str) -> int:
    return 1 if fold(word) in ("1er", "1re") else int(word)


@dataclass
class _Pending:
    """A record that waits for the dates after it: its placeholder, how far it moves from the
    date its event holds, and what it becomes if none comes."""

    placeholder: Timex
    amount: int
    unit: str
    sentence: int
    before: Timex | None  # the last day-precise record earlier in its sentence
    fallback: list[Timex]


class NarrativeRules(RelativeRules):
    """Handlers for expressions read against the dates the text gave before them."""

    if TYPE_CHECKING:
        # What the handlers use of `Resolver`, which defines it (see `Resolver._note`).
        last_date: tuple[date | None, date | None, str] | None
        last_month: tuple[int | None, int] | None
        last_day_record: tuple[int, Timex] | None
        pending: list[_Pending]

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
        if self.last_month is None and _SENTENCE_END_AFTER.match(self.text, m.end()) \
                and not self._told_to_come(m):
            return []  # "je veux le 3.": with nothing to date it, a number, not a day
        found = self._month_of_day(m, day)
        if found is None:
            return []
        if isinstance(found, str):
            return [self._timex(m.start(), m.end(), found, None, "unresolved")]
        return self._on_day(m, *found)

    def _told_to_come(self, m: re.Match[str]) -> bool:
        """Whether a day number closing its sentence, with no month told before it, is a day a
        future verb sets (« les élus trancheront la question le 28. »): its clause is told in the
        future, and the day is no object of that verb (« il portera le 10. ») nor the number of
        a thing (« l'article le 28 », « le match 3-1 le 2 »)."""
        bounds = self.sentences.bounds(m.start())
        before = self.text[max(bounds[0], m.start() - 40):m.start()]
        word = _WORD_BEFORE.search(before)
        if word is None or _NUMBERED.match(word.group(1)) or _FUTURE_WORD.fullmatch(word.group(1)):
            return False
        return tense(self.text, m.start(), m.end(), bounds) == "future"

    def _night_of_days(self, m: re.Match[str]) -> list[Timex]:
        """« dans la nuit du 14 au 15 »: a night without its month, from one day to the next. Its
        morning is read as « le 15 » is (`_day_alone`: tonight's, on the 14th, in the future is
        this month's), and the night starts the day before, which must be the first day named."""
        return self._days_without_month(m, _day_number(m["day1"]), _day_number(m["day2"]), night=True)

    def _days_of_month(self, m: re.Match[str]) -> list[Timex]:
        """« du 20 au 24 », « les 3 et 4 », « entre le 3 et le 5 » without their month: a range
        whose last day is read as « le 24 » is (`_day_alone`), its first in that month or, when
        the first day is the greater (« du 28 au 2 »), in the month before; only after a month
        the text has told (else they are numbers: « les chapitres du 3 au 5 »). « les 3 et 12 »,
        days that do not follow each other, are no range."""
        first_day, last_day = _day_number(m["day1"]), _day_number(m["day2"])
        if first_day == last_day or (fold(m["open"]) != "du" and first_day + 1 != last_day):
            return []
        if self.last_month is None or _CHANGE_BEFORE.search(self.text, max(0, m.start() - 16), m.start()):
            # With no month told before, « les chapitres du 3 au 5 » are numbers; after one,
            # « le taux est passé du 20 au 24 » is still a change of a number, not days.
            return []
        return self._days_without_month(m, first_day, last_day)

    def _days_without_month(self, m: re.Match[str], first_day: int, last_day: int, night: bool = False) -> list[Timex]:
        """The range from `first_day` to `last_day`, day numbers the text gives without a month:
        the last read as « le 24 » is (`_month_of_day`), the first in its month or, when the
        greater, the month before. A `night` runs from one day to the next; across a month's end
        the morning's month may be too short for the evening's day (« du 30 au 1er » in March),
        and the evening is then read as « le 30 », the morning following it."""
        found = self._month_of_day(m, last_day)
        if found is None:
            return []
        if isinstance(found, str):  # "XXXX-MM-24" or "XXXX-XX-24"
            joined = first_day + 1 == last_day if night else first_day < last_day
            value = f"{found[:-2]}{first_day:02d}/{found}" if joined else None
            return [self._timex(m.start(), m.end(), value, None, "unresolved", kind="range")]
        last, how = found
        year, month = (last.year, last.month) if first_day < last_day else cal.shift_months(last.year, last.month, -1)
        first = cal.safe_day(year, month, first_day)
        if night and (first is None or (last - first).days != 1):
            evening = self._month_of_day(m, first_day)
            if not isinstance(evening, tuple) or (evening[0] + timedelta(days=1)).day != last_day:
                return []
            first, how = evening
            last = first + timedelta(days=1)
        if first is None or (last - first).days > 31:
            return []
        self._remember_day((first.year, first.month, first.day), (last.year, last.month, last.day))
        return [self._timex(m.start(), m.end(), f"{cal.iso_day(first)}/{cal.iso_day(last)}", (first, last), how,
                            kind="range")]

    def _month_of_day(self, m: re.Match[str], day: int) -> tuple[date, Anchor] | str | None:
        """The date of `day`, a day number without its month, and how it was found ("previous",
        "document"); the value of an unresolved record when no date can be given; None when
        there is no such day ("le 31" after « le 3 avril »). See `_day_alone`."""
        bounds = self.sentences.bounds(m.start())
        when_tense = tense(self.text, m.start(), m.end(), bounds)
        if when_tense == "past" and looks_ahead(self.text[max(bounds[0], m.start() - 90):m.start()],
                                                self.text[m.end():min(bounds[1], m.end() + 90)]):
            when_tense = None  # « la réunion du 4 a été annulée »: a plan, told in the past, for a day to come
        if self.last_month is not None:
            year, month = self.last_month
            if year is None:
                date(2000, month, day)  # "le 31" after "le 3 avril" is no day
                self._remember_day((None, month, day))
                return f"XXXX-{month:02d}-{day:02d}"
            when = cal.safe_day(year, month, day)
            if when is None:
                return None
            when = self._told_next(when, when_tense, bounds)
            ref = self.ref_day
            if ref is None or not ((when > ref and when_tense == "past") or (when < ref and when_tense == "future")):
                return when, "previous"
        if self.ref_interval is None:
            return f"XXXX-XX-{day:02d}"
        nearest = self._nearest_day_of_month(day, when_tense)
        return (nearest, "document") if nearest is not None else None

    def _told_next(self, when: date, when_tense: str | None, bounds: tuple[int, int]) -> date:
        """A day number below that of the last day mentioned in its month, in a telling that goes
        on forward, is that day of the next month when it is nearer the last day that way: « Le
        28 septembre, le gouvernement a annoncé des restrictions. Le 2, elles sont entrées en
        vigueur » is 2 October. Not in a pluperfect (« Le 2, il avait prévenu »: a look back),
        nor when the next month's day would be after the reference in a sentence not told in the
        future."""
        if self.last_day is None:
            return when
        year, month, last = self.last_day[3:]
        if year != when.year or month != when.month or when.day >= last:
            return when
        next_year, next_month = cal.shift_months(year, month, 1)
        after = cal.safe_day(next_year, next_month, when.day)
        told = date(year, month, last)
        if after is None or (after - told).days >= (told - when).days:
            return when
        if self.ref_day is not None and after > self.ref_day and when_tense != "future":
            return when
        if PLUPERFECT.search(self.text, bounds[0], bounds[1]):
            return when
        return after

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

    # -- la veille, le lendemain, le jour même, and "de X" ----------------------------------------

    def _anaphor(self, m: re.Match[str]) -> list[Timex]:
        word = fold(m["word"] or m["bare"])
        offset = next(delta for key, delta in _ANAPHORS if key in word)
        if _OF.match(self.text, m.end()):
            return self._of_event(m, offset, "day", previous_counts=not m["bare"])
        return self._from_previous_day(m, offset)

    def _from_previous_day(self, m: re.Match[str], offset: int, *, reference: bool = True) -> list[Timex]:
        """The last day-precise date mentioned moved by `offset` days (its first day backwards, its
        last forwards), else the reference's day (unless `reference` is False: « la veille du
        scrutin » with no day mentioned before is the eve of a day nothing dates, unresolved)."""
        if self.last_day is not None:
            year, month, day = self.last_day[:3] if offset <= 0 else self.last_day[3:]
            base_year = year if year is not None else 2001  # any common year, for XXXX arithmetic
            when = date(base_year, month, day) + timedelta(days=offset)
            if year is None:
                value = f"XXXX-{when.month:02d}-{when.day:02d}"
                self._remember_day((None, when.month, when.day))
                return [self._timex(m.start(), m.end(), value, None, "unresolved")]
            return self._on_day(m, when, "previous")
        if self.ref_day is None or not reference:
            return self._unresolved(m)
        return self._on_day(m, self.ref_day + timedelta(days=offset))

    def _of_event(self, m: re.Match[str], amount: int, unit: str, previous_counts: bool) -> list[Timex]:
        """"la veille de X", "deux jours après X": see the module docstring."""
        if _OF_THIS.match(self.text, m.end()):
            moved = self._moved(amount, unit, m)
            return moved if moved is not None else self._unresolved(m)
        if previous_counts:
            fallback = self._moved(amount, unit, m) if unit != "day" else \
                self._from_previous_day(m, amount, reference=False)
        else:
            fallback = self._lead_of_present(m)
        placeholder = self._timex(m.start(), m.end(), None, None, "unresolved")
        sentence = self.sentences.index(m.start())
        before = self.last_day_record if self.last_day_record and self.last_day_record[0] == sentence else None
        self.pending.append(_Pending(placeholder, amount, unit, sentence, before[1] if before else None,
                                     fallback or [placeholder]))
        return [placeholder]

    def _lead_of_present(self, m: re.Match[str]) -> list[Timex] | None:
        """« Au lendemain du sommet, les experts s'interrogent », « À la veille du vote, les
        candidats multiplient les meetings »: opening a sentence whose main clause is in the
        present, the eve or the morrow of X is the day the article is written."""
        if self.ref_day is None or m.groupdict().get("bare") is None or not self._starts_sentence(m.start()):
            return None
        comma = _LEAD_END.match(self.text, m.end())  # the lead phrase itself, up to its comma
        if comma is None:
            return None
        stop = _MAIN_CLAUSE_END.search(self.text, comma.end())
        clause = (comma.end(), stop.start() if stop else len(self.text))
        if clause[1] - clause[0] < 10 or any(sentence_cues(self.text, clause[0], clause)):
            return None
        day = self.ref_day
        return [self._timex(m.start(), m.end(), day.isoformat(), (day, day), "document")]

    def settle(self, records: list[Timex], final: bool = False) -> None:
        """Replace in `records` the placeholders whose event a later record dates (or, once the
        text is read, that none dates); see the module docstring."""
        if not self.pending:
            return
        still: list[_Pending] = []
        for pending in self.pending:
            index = next((i for i in range(len(records) - 1, -1, -1) if records[i] is pending.placeholder), None)
            if index is None:
                continue
            later = [r for r in records[index + 1:] if r.kind in ("date", "range")]
            if not later and not final:
                still.append(pending)
                continue
            records[index] = self._settled(pending, later[0] if later else None)
        self.pending = still

    def _settled(self, pending: _Pending, after: Timex | None) -> Timex:
        placeholder = pending.placeholder
        if after is not None:
            gap = self.text[placeholder.end:after.start]
            if (_WITHIN.fullmatch(gap) or _DATING.fullmatch(gap)) and after.first is not None and after.last:
                base = after.first if pending.amount < 0 else after.last
                moved = _shift(base, pending.amount, pending.unit)
                if moved is not None:
                    value, interval = moved
                    return self._timex(placeholder.start, placeholder.end, value, interval, "previous")
        same: list[Timex] = [pending.before] if pending.before is not None else []
        if after is not None and after.first is not None and after.first == after.last and \
                self.sentences.index(after.start) == pending.sentence:
            same.append(after)
        if same:
            nearest = min(same, key=lambda r: min(abs(r.start - placeholder.end), abs(placeholder.start - r.end)))
            if nearest.first is not None and nearest.last is not None:
                return self._timex(placeholder.start, placeholder.end, nearest.value, (nearest.first, nearest.last),
                                   "previous")
        return pending.fallback[0]

    # -- deux jours plus tard, la semaine suivante ------------------------------------------------

    def _moved(self, amount: int, unit: str, m: re.Match[str]) -> list[Timex] | None:
        """The last date mentioned moved by `amount` units, at the unit's precision; None when
        there is none, or it is vaguer than the unit ("en 2015... deux jours plus tard")."""
        if self.last_date is None:
            return None
        first, last, base_unit = self.last_date
        if first is None or last is None or _UNIT_ORDER.get(base_unit, 9) > _UNIT_ORDER[unit]:
            return None
        moved = _shift(last if amount >= 0 else first, amount, unit)
        if moved is None:
            return None
        value, (low, high) = moved
        if low == high:
            self._remember_day((low.year, low.month, low.day))
        return [self._timex(m.start(), m.end(), value, (low, high), "previous")]

    def _that_year(self, words: str) -> tuple[int | None, Anchor]:
        """The year « de cette année-là », « de la même année », « de l'année suivante » (or
        « précédente ») name: the last date mentioned's, or the one after or before it; none when
        no date precise to the year at least was mentioned."""
        if self.last_date is None:
            return None, "unresolved"
        first, last, unit = self.last_date
        if first is None or last is None or _UNIT_ORDER.get(unit, 9) > _UNIT_ORDER["year"]:
            return None, "unresolved"
        folded = fold(words)
        amount = 1 if folded.endswith(("suivante", "apres")) else -1 if folded.endswith(("precedente", "avant")) else 0
        return cal.check_year((last if amount >= 0 else first).year + amount), "previous"

    def _offset(self, m: re.Match[str]) -> list[Timex]:
        """"deux jours plus tard", "trois semaines après", "dix jours auparavant", "un an et demi plus
        tôt", "une dizaine de jours après" (about ten: ten): the last date mentioned moved by that
        much, at the unit's precision (a day, an ISO week, a month, a year; "et demi" adds half the
        unit: "un an et demi" is 18 months)."""
        if m["hours"]:
            count, unit = HOURS_IN_DAYS[fold(m["hours"])], "day"
        elif m["n"] and fold(m["n"]) == "quelques":
            return []  # "quelques jours plus tard" says no day
        else:
            count, unit = _count(m["n"] or m["about"]), _unit(m["unit"])
        if not count:
            return []
        direction = fold(m["dir"]).replace("\u00a0", " ")
        sign = -1 if direction.startswith(("plus tot", "auparavant", "avant", "prec", "d'avant")) else 1
        amount, unit = _with_half(count, unit, bool(m["half"]))
        if direction in ("avant", "apres") and not re.match(r"[ \t\u00a0]*(?:[,;:.!?)»]|$|et\b|ou\b)",
                                                              self.text[m.end():m.end() + 4]):
            return self._of_event(m, sign * amount, unit, previous_counts=False)
        moved = self._moved(sign * amount, unit, m)
        return moved if moved is not None else self._unresolved(m)

    def _unit_relative(self, m: re.Match[str]) -> list[Timex]:
        """"la semaine suivante", "le mois précédent", "l'année d'après", "la même année": the week,
        month or year after, before or of the last date mentioned."""
        words = fold(m.group())
        unit = "week" if "semaine" in words else "month" if "mois" in words else "year"
        if m["same"] or m["that"] or m["thatmonth"]:
            amount = 0
        else:
            amount = -1 if fold(m["rel"]).startswith(("prec", "d'avant")) else 1
        moved = self._moved(amount, unit, m)
        return moved if moved is not None else self._unresolved(m)


def _with_half(count: int, unit: str, half: bool) -> tuple[int, str]:
    """A count and unit, "et demi" turned into the next unit down: "un an et demi" is 18 months,
    "deux mois et demi" 75 days, "une semaine et demie" 10 days."""
    if not half:
        return count, unit
    if unit == "year":
        return count * 12 + 6, "month"
    if unit == "month":
        return count * 30 + 15, "day"
    if unit == "week":
        return count * 7 + 3, "day"
    return count, unit


def _shift(base: date, amount: int, unit: str) -> tuple[str, tuple[date, date]] | None:
    """`base` moved by `amount` units, as a value and an interval at the unit's precision."""
    if unit == "day":
        day = base + timedelta(days=amount)
        return day.isoformat(), (day, day)
    if unit == "week":
        day = base + timedelta(weeks=amount)
        return cal.week_value(day), cal.week_interval(day)
    if unit == "month":
        year, month = cal.shift_months(base.year, base.month, amount)
        return f"{year:04d}-{month:02d}", cal.month_interval(year, month)
    if unit == "year":
        year = cal.check_year(base.year + amount)
        return f"{year:04d}", cal.year_interval(year)
    return None

