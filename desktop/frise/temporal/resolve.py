"""From a grammar match to a Timex: the meaning of each expression, anchored as a reader would.

Anchoring, in order of strength:
- the text itself ("le 4 mai 2017", "en 1998": anchor "absolute");
- "dernier" / "prochain" / "depuis": the last one before the reference, the next one after it;
- a year stated earlier in the same sentence ("en 97 (en janvier..., en octobre...)": "previous");
- the reference, by the nearest-year rule of TEMPORAL.md ("document");
- with no reference, a year the article gives the same month elsewhere ("Début mai" beside
  "le 4 mai 2017": "previous"); otherwise the expression stays unresolved with XXXX in its value.
"la veille", "le lendemain", "le même jour" count from the last day-precise date mentioned
before them, else from the reference. A weekday alone takes the date the article gives that
weekday elsewhere ("mardi" beside "mardi 1er juin"), else the last such day on or before the
reference unless the text points forward (see context.py).
Decades and centuries keep their whole span under début/fin ("la fin du XIXe siècle" is
1800-1899, mod END), as the French TimeBank annotates them.

At the ends of the calendar (a reference near 0001-01-01 or 9999-12-31), an expression whose
reading needs a day Python's dates cannot hold, be it its own interval ("demain" on 9999-12-31)
or one of the candidates weighed to choose it (the Christmas after the reference, for "à Noël"),
is kept unresolved, as one whose reference is too vague is. It is never clamped to the first or
last day of the calendar, which would be a date the text does not give. Handlers signal it by
letting OverflowError out (`date + timedelta` past either end, `calendar.OutOfCalendar`), which
`resolve` turns into the unresolved record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from frise.temporal import calendar as cal
from frise.temporal.context import (
    FAR_BEHIND,
    TENSE_BLOCK,
    Sentences,
    clause_before_relative,
    counts_down,
    habitual,
    looks_ahead,
    past_outside_asides,
    sentence_cues,
    sentence_tense,
    tense,
    told_until,
)
from frise.temporal.lexicon import (
    DECADES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAMED_DAYS,
    SEASONS,
    WEEKDAYS,
    fold,
    month_number,
    regex_alternation,
    roman_to_int,
)
from frise.temporal.model import Anchor, Kind, Reference, Timex
from frise.temporal.narrative import _Pending
from frise.temporal.periods import PeriodRules

if TYPE_CHECKING:
    from frise.temporal.rules import Rule

Interval = cal.Interval
_PART_MOD = {"debut": "START", "mi": "MID", "milieu": "MID", "fin": "END"}
_YEAR_PREPOSITIONS = frozenset({"en", "depuis", "des", "de", "d'ici", "avant", "apres", "jusqu'en", "vers",
                                "pour", "l'an", "l'annee", "annee"})
# Words that may follow a year; any other plural word after a number makes it a count.
_FUNCTION_WORDS = frozenset(
    "les des ses ces dans sans sous vers puis depuis alors lors mais plus tres tous des apres jamais nous vous "
    "leurs mes tes nos vos aux pas jusqu".split()
)
_UNITS = frozenset("km kg m cm mm ha t mw kw kwh euros francs dollars livres habitants personnes".split())
_WORD_AFTER = re.compile(r"[ \t\u00a0]*([%‰€$£]|[^\W\d_]+)")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_COUNTED_AFTER = re.compile(r"(?:\d[ \u00a0\u202f]|n°[ \u00a0]?|[€$£][ \u00a0]?)$", re.IGNORECASE)
"""What makes the number after it a count: a digit and a space (« 1 998 »), « n° », a currency."""
_COUNTED_ENDS = frozenset(" \u00a0\u202f°$€£\n")
"""The characters a match of `_COUNTED_AFTER` may end on (or stand before, its « $ » matching
before a line end): a number after any other is no count by it, and needs no search."""


_month_number = month_number


def _day_number(word: str) -> int:
    return 1 if fold(word) in ("1er", "1re", "premier") else int(word)


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    return "next" if fold(word).startswith("prochain") else "last"


_DAY_NUMBER = r"(?<![\d\u00a0\u202f.,/-])(?:[1-9]|[0-3]\d|1er)[ \t\u00a0]+"
_DAY_NUMBER_BEFORE = re.compile(_DAY_NUMBER + "$")
"""A day number written against a month name (« 31 » of « le 31 février »): when only the month
rule reads the pair, the day is one that month does not have (the day rules read every other)."""


_SINCE_DAY = re.compile(r"(?<![\w'’])(?:depuis|remonte|remontent|remontait|remontaient|datant|date|datent)"
                        r"[ \t\u00a0]+(?:(?:le|du|de|au)[ \t\u00a0]+)?$", re.IGNORECASE)
"""What makes a day and month the last such day on or before the reference, whatever the tense:
« depuis le 11 décembre », « remonte au 20 décembre », « date du 6 novembre » (an expression
« depuis » opens, « depuis le 3 mai », holds its word; one it does not, « le 3 mai », follows it)."""


def _since_day(text: str, position: int) -> bool:
    """Whether `_SINCE_DAY` matches just before `position`. Every yearless day asks it: the words
    it reads are looked for first (a regular expression's search would try each of the sixteen
    characters before the day)."""
    low = position - 16 if position > 16 else 0
    before = text[low:position]
    if "epuis" not in before and "emont" not in before and "at" not in before:
        return False
    return _SINCE_DAY.search(text, low, position) is not None


def _day_number_before(text: str, position: int) -> bool:
    """Whether `_DAY_NUMBER_BEFORE` matches just before `position`. A regular expression's search
    costs a setup of its own, and in most places a look at the characters the pattern ends on
    (blanks after a digit or « 1er ») is enough to tell it cannot match; a line end there is left
    to the pattern (its « $ » may match before it)."""
    if position > 1 and text[position - 1] == " ":  # most often a word, a space, then the month
        end = text[position - 2]
        if end not in "r \t\u00a0" and not end.isdecimal():
            return False
    low = position - 8 if position > 8 else 0
    if position and text[position - 1] != "\n":
        words = text[low:position].rstrip(" \t\u00a0")
        if len(words) == position - low or not (words[-1:].isdecimal() or words.endswith("1er")):
            return False
    return _DAY_NUMBER_BEFORE.search(text, low, position) is not None


_NEXT_AFTER = re.compile(r"\bavant\s+(?:de\s|d['’])", re.IGNORECASE)
"""« avant de » with an infinitive, in a sentence told in the past: what came next
(`Resolver._next_in_narrative`)."""


def _blank_before(text: str, position: int) -> bool:
    """Whether a blank (or a line end) comes just before `position`: every pattern read before a
    bare year ends on blanks (`_IMPOSSIBLE_DAY_BEFORE`, `_IDENTIFIER_BEFORE`, `_NAME_BEFORE`), so
    a year written against a slash or a bracket needs none of their searches."""
    return position > 0 and text[position - 1] in " \t\u00a0\n"


_IMPOSSIBLE_DAY_BEFORE = re.compile(
    rf"{_DAY_NUMBER}{regex_alternation([*MONTHS, *(m.rstrip('.') for m in MONTH_ABBREVIATIONS)])}\.?[ \t\u00a0]+$",
    re.IGNORECASE)
"""A day and a month right before a year that only the year rule reads: a day the month does not
have (« le 30 février 2019 »), the day rules reading every other."""
_VALUE_MONTH = re.compile(r"(\d{4}|XXXX)-(\d\d)(?:-(?:\d\d|XX))?$")


_VALUE_UNITS = re.compile(r"(?P<day>(?:\d{4}|XXXX)-\d\d-\d\d)|(?P<week>\d{4}-W\d\d)|(?P<month>(?:\d{4}|XXXX)-\d\d)"
                    r"|(?P<year>\d{4})")


@lru_cache(maxsize=4096)
def _unit_of(value: str) -> str:
    """The unit of a record's value: "day" (2017-05-04), "week" (2017-W18), "month" (2017-05),
    "year" (2017), or "other" (a season, a decade, a week-end)."""
    shape = _VALUE_UNITS.fullmatch(value)
    return shape.lastgroup or "other" if shape else "other"


@lru_cache(maxsize=4096)
def _last_part(value: str | None) -> tuple[str, tuple[int | None, int] | None]:
    """The unit of the last date of a record's value ("2017-05-03", or the end of a range
    "2017-05-03/2017-05-05"), and its year and month when the value writes them ("XXXX-05-03":
    no year); cached, as dense texts repeat their values."""
    last = (value or "").rsplit("/", 1)[-1]
    shape = _VALUE_MONTH.match(last)
    return _unit_of(last), (None if shape[1] == "XXXX" else int(shape[1]), int(shape[2])) if shape else None


@lru_cache(maxsize=4096)  # formatting is slow, and dense texts repeat their months and days
def _iso(year: int | None, month: int, day: int | None = None) -> str:
    head = f"{year:04d}" if year is not None else "XXXX"
    return f"{head}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


# A plan for a day to come, just before it: « prévue le 20 décembre », « les élections, prévues en »,
# and the future of the verbs a happening is scheduled with (« la conférence se tiendra du 3 au 14
# juin », « le vote aura lieu le 3 mars »), which says the same as « est prévue ». Other future
# verbs are no plan (« les services resteront fermés du 30 avril au 2 mai »), nor is the
# conditional, the future of a past telling (« il avait annoncé que le sommet aurait lieu le 20 »).
_FORESEEN = re.compile(
    r"\b(?:prévue?s?|programmée?s?|planifiée?s?|attendue?s?"
    r"|se[ \t\u00a0]+tiendr(?:a|ont)|aur(?:a|ont)[ \t\u00a0]+lieu|se[ \t\u00a0]+dérouler(?:a|ont)"
    r"|s['’]ouvrir(?:a|ont)|débuter(?:a|ont)|commencer(?:a|ont))\b", re.IGNORECASE)
_AGENT = re.compile(r"\bpar\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _plan_governs(words: str, preceded: bool) -> bool:
    """Whether a plan word in `words`, those just before a date, governs it (« une réunion est
    prévue le 20 décembre »), not a complement between them (« prévues par l'accord de
    cessez-le-feu du 12 août »: the agreement's date, of the past). If `preceded`, the first
    character is only seen before them, where a plan word must not begin. Cached by the words,
    as other readings of the context are: a dense text repeats them."""
    plans = list(_FORESEEN.finditer(words, 1 if preceded else 0))
    return bool(plans) and not _AGENT.search(words, plans[-1].end())


_AHEAD_BEFORE = 91
"""How far before a date `_ahead_of` reads: the 90 characters `tense` reads, and the one before
them, which a word boundary at their start looks at (« depuis » is looked for nearer)."""
_AHEAD_AFTER = 90
"""How far after a date `_ahead_of` reads (`clause_before_relative`'s reach, beyond `tense`'s)."""
_SINCE_AFTER = 12
"""How far after a date « depuis » is looked for (`_SINCE_BEFORE`), the sentence's end or not."""


@lru_cache(maxsize=4096)
def _ahead_of(words: str, at: int, first: int, last: int, far: bool) -> str | None:
    """What the words around a date before the reference say of it (`Resolver._future_side`):
    "coming" when the date is a month ended long ago (`far`) beside a future or conditional
    verb (« la décision tombera à la mi-septembre » in March); "plan" when a plan is made for it
    just before (a countdown, « prévue », « jusqu'au » with a future verb), which the sentence
    after it may still tell over; None otherwise.

    `words` are the text's characters the reading looks at, the date at `at` in them, and the
    sentence from `first` (-1: before them) to `last` (clipped to the farthest character read):
    every search is the one the text would have, in the coordinates of `words`. So a dense text,
    repeating itself, reads each window once (cached by the words, as `_tense_between` is)."""
    bounds = (first, last)
    if far and not _THIS_AT.match(words, at) \
            and not _SINCE_BEFORE.search(words, at - 24 if at > 24 else 0, at + _SINCE_AFTER) \
            and tense(words, at, at, clause_before_relative(words, at, bounds)) == "future":
        return "coming"
    low = at - 90 if at - 90 > first else first
    shortly = at - 40 if at - 40 > first else first  # where a plan word may govern the date
    if counts_down(words[low:at]) or _plan_governs(words[shortly - 1 if shortly else 0:at], shortly > 0) \
            or (_BOUND_BEFORE.search(words, at - 16 if at - 16 > low else low, at)
                and tense(words, at, at, bounds) == "future"):
        return "plan"
    return None


_BOUND_BEFORE = re.compile(r"(?:\bjusqu['’](?:au|à|a)?|\bà[ \t\u00a0]+(?:partir|compter)(?:[ \t\u00a0]+du?)?"
                           r"|\bdès(?:[ \t\u00a0]+le)?)[ \t\u00a0]*$", re.IGNORECASE)
"""A bound set just before a date (« jusqu'au », « à partir du », « dès le »): with a future verb,
a plan for the day it names (`Resolver._future_side`)."""

_THIS_AT = re.compile(r"ce(?:tte|t)?[ \t\u00a0\u202f]", re.IGNORECASE)
"""« cette septembre »: the reference year's month, whatever the tense (`_future_side`)."""

_SINCE_BEFORE = re.compile(r"\bdepuis\b", re.IGNORECASE)
"""« depuis la fin août »: a month since which, never the coming one (`_future_side`)."""

_THIS_BEFORE = re.compile(r"\bce[ \t\u00a0\u202f]+$", re.IGNORECASE)
"""« ce » before a day (« ce 11-Septembre »): the one of the year around the reference."""

_PART_LIST_GOES_ON = re.compile(r"[ \t\u00a0]*(?:,|\bet\b|\bou\b)[ \t\u00a0]*(?:d[ée]but|fin|mi)\b", re.IGNORECASE)
"""Another part of a month after two (`_month_range`): a list of them, each its own date."""

_CLOSES_RANGE = re.compile(r"(?:au|jusqu['’](?:au|à|a))[ \t\u00a0\u202f]", re.IGNORECASE)
"""The opening of a date that closes a range (« au 4 janvier », « jusqu'au 4 janvier »)."""

_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-ZÀ-Ý][\w'’-]*)[ \t\u00a0]+$")
"""A capitalised word just before a bare year: « l'Agenda 2030 », « l'Euro 2016 », « Pékin 2008 »,
« Vision 2030 » name a programme, a tournament, games, a plan, not the year (`_YEAR_NOT_NAMING`)."""
_YEAR_NOT_NAMING = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(fold(w) for w in """
    noël paques pâques toussaint pentecôte ascension assomption chandeleur armistice fin début debut mi courant
    an année annee et ou mais donc or ni car puis le la les l un une des ce cet cette en de du d à a au aux dès des
    depuis avant après apres vers pour dans sur sous par entre ici été ete""".split())
"""Capitalised words a year after them dates (« Noël 2015 », « Fin 2016 », « L'an 2000 », « D'ici
2030 » opening a sentence), read after an elision."""

_LABEL_BEFORE = re.compile(
    r"(?<![\w'’])(?:le|la|les|l['’]|son|sa|ses|leur|leurs|du|des|au|aux|ce|cet|cette)[ \t\u00a0]*"
    r"(?:budgets?|bilans?|comptes|exercices?|rapports?|classements?|palmarès|millésimes?|cuvées?|"
    r"promotions?|résultats|chiffres|statistiques|prévisions|loi de finances|projet de loi de finances)"
    r"[ \t\u00a0]+$", re.IGNORECASE)
"""A noun whose year (« le budget 2024 », « le bilan 2022 », « les comptes 2021 ») is the one it
accounts for, not when what the sentence tells happens: it dates the noun, lending no year."""

# What makes a bare four-digit number an identifier rather than a year: a number after a dash
# that is no year (« 2016-1088 », not « la saison 2002/2003 »), a flight's name before it.
_IDENTIFIER_AFTER = re.compile(r"[-–/](?!(?:1[89]|20)\d\d(?!\d))\d{3,}")
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?i:loi|décret|decret|arrêté|arrete|ordonnance|circulaire|directive|règlement|reglement"
    r"|vol(?:[ \t\u00a0]+[A-Z0-9]{1,3})?)[ \t\u00a0]+$")


_TWO_DIGITS_AHEAD = 20
"""How far after the reference a year written in two digits may be (`Resolver._two_digit_year`)."""


def _falls_on(weekday: int, day: int, month: int, year: int) -> bool:
    when = cal.safe_day(year, month, day)
    return when is not None and when.weekday() == weekday


class Taken(list[Timex]):
    """No record, and no other rule may read this stretch either: a malformed numeric date
    ("2015-1-32", "31/02/2017") is neither a year nor a day."""


# Weekday abbreviations, read only before a time ("Jeu 15:12"): alone they are words ("mer", "jeu").
_WEEKDAY_ABBREVIATIONS = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
# Words before "2/3" that make it a fraction ("les 2/3 des votants"), not the 2nd of March.
_BEFORE_FRACTION = frozenset("les des aux sur de soit plus pres presque environ".split())
_NUMBER_SIGN = re.compile(r"(?:n°|nº|no\.?|num[ée]ro|loi|d[ée]cret|arr[êe]t[ée]|article|art\.)[ \t\u00a0]*$",
                          re.IGNORECASE)


_SURVEYED: dict[str, tuple[tuple[tuple[str, str], ...], bool]] = {}


def _surveyed_groups(regex: re.Pattern[str]) -> tuple[tuple[tuple[str, str], ...], bool]:
    """What `Resolver._survey` reads in the matches of a rule: its (month, year) pairs of groups,
    and whether it has a weekday, a day and a month (found once per rule, not per match; kept
    by the pattern's text, which hashes and compares faster than the compiled pattern, and read
    off the rule's own compiled pattern: compiling the text again would cost a compilation per
    rule, the rules' patterns being compiled outside re's cache, `grammar.compile_rule`)."""
    found = _SURVEYED.get(regex.pattern)
    if found is None:
        names = regex.groupindex
        pairs = tuple((f"month{s}", f"year{s}") for s in ("", "1", "2")
                      if f"month{s}" in names and f"year{s}" in names)
        found = _SURVEYED[regex.pattern] = (pairs, all(name in names for name in ("weekday", "day", "month")))
    return found


class Resolver(PeriodRules):
    """Resolves the matches of one text in reading order, remembering what came before."""

    def __init__(self, text: str, reference: Reference, explicit: list[re.Match[str]]) -> None:
        self.text = text
        self.reference = reference
        self.sentences = Sentences(text)
        self._sentence_ends = self.sentences.ends
        ref = reference.day
        self.ref_interval: Interval | None = None
        if ref is not None:
            if reference.precision == "day":
                self.ref_interval = (ref, ref)
            elif reference.precision == "month":
                self.ref_interval = cal.month_interval(ref.year, ref.month)
            else:
                self.ref_interval = cal.year_interval(ref.year)
        self.ref_day = ref if reference.precision == "day" else None
        self.last_day: tuple[int | None, int, int, int | None, int, int] | None = None
        self.last_weekday: tuple[int, date, int] | None = None  # sentence, day, end of a weekday alone
        self.last_date: tuple[date | None, date | None, str] | None = None  # first, last, unit
        self.last_week: tuple[int, date] | None = None  # sentence, Monday of the last week mentioned
        self.last_sentence: int | None = None  # the sentence of the last date mentioned
        self.last_month: tuple[int | None, int] | None = None  # year (None if unknown), month
        self.last_day_record: tuple[int, Timex] | None = None  # sentence, last day-precise record
        self.pending: list[_Pending] = []  # records waiting for a later date (narrative.py)
        self.sentence_year: tuple[int, int, int | None] | None = None  # sentence, year, month
        self.month_years: dict[int, int] = {}
        # `sentence_tense` by sentence and block of `TENSE_BLOCK` characters: it reads the
        # blocks around a position, so dense lists of dates ask the same block again and again.
        self._tenses: dict[tuple[int, int, int], str | None] = {}
        self.weekday_dates: dict[int, date] = {}
        self._survey(explicit)

    # -- what the whole text says, before reading it in order ------------------------------------

    def _survey(self, explicit: list[re.Match[str]]) -> None:
        """The months the article gives with their year, and the weekdays it gives with their date
        ("mardi 1er juin"), from the matches of the rules that survey (rules.py)."""
        pattern = None
        pairs: tuple[tuple[str, str], ...] = ()
        dated_weekday = False
        for m in explicit:
            if m.re is not pattern:  # a dense text gives runs of one rule's matches
                pattern = m.re
                pairs, dated_weekday = _surveyed_groups(pattern)
            for month_group, year_group in pairs:
                month, year = m.group(month_group, year_group)
                if month and year and len(year) == 4 and year.isdigit():
                    self.month_years.setdefault(_month_number(month), int(year))
            if dated_weekday and self.ref_day is not None and all(m.group("weekday", "day", "month")):
                groups = m.groupdict()
                day, month = _day_number(groups["day"]), _month_number(groups["month"])
                year = int(groups["year"]) if groups.get("year") and len(groups["year"]) == 4 else \
                    cal.nearest_year(month, day, (self.ref_day, self.ref_day))
                if year is None:
                    continue
                when = cal.safe_day(year, month, day)
                named = WEEKDAYS[fold(groups["weekday"])]
                if when and abs((when - self.ref_day).days) <= 7 and when.weekday() == named:
                    self.weekday_dates.setdefault(when.weekday(), when)

    # -- building records ------------------------------------------------------------------------

    def _timex(self, start: int, end: int, value: str | None, interval: Interval | None, anchor: Anchor,
               mod: str | None = None, kind: Kind = "date") -> Timex:
        first, last = interval if interval else (None, None)
        if interval is None and anchor != "absolute":
            anchor = "unresolved"
        return Timex(start, end, self.text[start:end], kind, value, first, last, anchor, mod)

    def _remember_day(
        self, first: tuple[int | None, int, int], last: tuple[int | None, int, int] | None = None
    ) -> None:
        self.last_day = (*first, *(last or first))

    def _remember_year(self, position: int, year: int, month: int | None = None) -> None:
        self.sentence_year = (self.sentences.index(position), year, month)

    def _year_in_sentence(self, position: int, month: int | None = None) -> int | None:
        """The year stated earlier in this sentence, unless the month told now comes before the
        one stated then: then the year after if this date closes a range the stated one opens
        (« du 28 décembre 2011 au 4 janvier, la frontière est restée fermée » ends in January
        2012, whatever the tense), else none ("depuis le 30 décembre 2016 et jusqu'au 15
        janvier" is January 2017 as the nearest year)."""
        if not self.sentence_year or self.sentence_year[0] != self.sentences.index(position):
            return None
        _, year, stated_month = self.sentence_year
        if month is not None and stated_month is not None and month < stated_month:
            return year + 1 if _CLOSES_RANGE.match(self.text, position) and cal.valid_year(year + 1) else None
        return year

    def _past_side(self, year: int, month: int, day: int | None, position: int, ref: tuple[date, date],
                   bounds: tuple[int, int], opens: tuple[int, int] | None = None) -> int:
        """The nearest year, unless it puts the day after the reference while the sentence tells
        only of the past (« qui juge quatre hooligans pour le lynchage d'un gendarme, le 21 juin »,
        in a May article, « a marqué des points hier »): then the year before. Not when what comes
        before the day looks ahead: a deadline (« jusqu'au 30 juin »), an infinitive (« avant de
        quitter ses fonctions le 30 octobre », « renoncé à inaugurer le bus le 17 décembre »), a
        plan made, moved or cancelled (« les feux du 14 juillet ont été annulés »). Nor when the
        day closes a range that `opens` (month, day) on or before the reference: the range holds
        it, whatever the tense (« du 1er au 30 septembre, l'exposition est ouverte » on the 1st)."""
        day_then = cal.safe_day(year, month, day or 1)
        if day_then is None or day_then <= ref[1]:
            return year
        if opens is not None and day is not None:
            first = cal.safe_day(year if opens <= (month, day) else year - 1, *opens)
            if first is not None and first <= ref[1]:
                return year
        if self._sentence_tense(position, bounds) != "past" or not past_outside_asides(self.text, position, bounds):
            return year  # « Le projet, qui a été adopté le 3 novembre, est examiné le 20 décembre »
        low = position - 90 if position - 90 > bounds[0] else bounds[0]  # not max(): this runs per date
        high = position + 90 if position + 90 < bounds[1] else bounds[1]
        if looks_ahead(self.text[low:position], self.text[position:high]):
            narrated = self._next_in_narrative(month, day, position, ref, bounds)
            return narrated if narrated is not None else year  # "a donné jusqu'au 30 juin"
        before = cal.safe_day(year - 1, month, day) if day is not None else cal.month_interval(year - 1, month)[1]
        return year - 1 if before is not None and before < ref[0] and cal.valid_year(year - 1) else year

    def _next_in_narrative(self, month: int, day: int | None, position: int, ref: tuple[date, date],
                           bounds: tuple[int, int]) -> int | None:
        """The year of a day (or month) after « avant de » in a sentence told in the past whose
        earlier date fell before the reference: what the subject did next, the first such day
        after that date (« Le chalutier a quitté le port en mars, avant de chavirer en avril », in
        November, is that April, not the coming one). None elsewhere: an infinitive with no date
        told before it still looks ahead (« a achevé sa réforme avant de quitter ses fonctions le
        30 octobre »)."""
        if self.last_date is None or self.last_sentence != self.sentences.index(position):
            return None
        told = self.last_date[1]
        if told is None or told >= ref[0] or not _NEXT_AFTER.search(self.text, bounds[0], position):
            return None
        year = told.year if (month, day or 1) > (told.month, told.day) else told.year + 1
        return year if cal.valid_year(year) else None

    def _sentence_tense(self, position: int, bounds: tuple[int, int]) -> str | None:
        """`sentence_tense`, remembered: it reads whole blocks of the sentence (`TENSE_BLOCK`), so
        every position of one block gets the same answer."""
        key = (bounds[0], bounds[1], (position - bounds[0]) // TENSE_BLOCK)
        if key not in self._tenses:
            self._tenses[key] = sentence_tense(self.text, position, bounds)
        return self._tenses[key]

    def _future_side(self, year: int, month: int, day: int | None, position: int, ref: tuple[date, date],
                     bounds: tuple[int, int]) -> int:
        """The nearest year, unless it puts the day (or month) before the reference while a plan
        is made for it just before (« une réunion est prévue le 20 décembre », « les élections,
        prévues en septembre », in a March article): then the year after, as a weekday a text
        points forward to is the next one. A plan told over (« la réunion prévue le 20 décembre a
        été annulée ») keeps the nearest, and so does a future verb that schedules nothing (« les
        services resteront fermés du 30 avril au 2 mai » in July: the contract's nearest year);
        one that does is a plan (« la conférence se tiendra du 3 au 14 juin », `_FORESEEN`). A
        month (or part of one, or a season) that ended more than `FAR_BEHIND` days before the
        reference, beside a future or conditional verb, is the coming one (« la décision tombera
        à la mi-septembre » in March), as a feast is (`_feast`): no verb of the future tells of a
        month half a year gone. Not « cette septembre » (the reference year's), nor after « depuis », nor when the verb
        is in a relative clause after it (« le recensement de mars-avril, qui devrait être
        affiné »: the verb tells of the results, not of the month). So is a bound a future verb
        sets (« la transition durera jusqu'au 31 décembre », « à
        partir du 1er mars, le tarif augmentera », in a January article: `_BOUND_BEFORE`)."""
        if day is None and (year, month) >= (ref[0].year, ref[0].month):
            return year  # the month ends on or after the reference's first day (its end, unbuilt)
        last = cal.month_interval(year, month)[1] if day is None else cal.safe_day(year, month, day)
        if last is None or last >= ref[0] or not cal.valid_year(year + 1):
            return year
        far = day is None and (ref[0] - last).days > FAR_BEHIND
        # The words `_ahead_of` reads, and the sentence's ends among them (see there).
        # Conditionals rather than max() and min(), slower in a function read for every date.
        start = position - _AHEAD_BEFORE if position > _AHEAD_BEFORE else 0
        reach = bounds[1] if bounds[1] < position + _AHEAD_AFTER else position + _AHEAD_AFTER
        end = reach if reach > position + _SINCE_AFTER else position + _SINCE_AFTER  # sliced: the text's end at most
        first = bounds[0] - start if bounds[0] >= start else -1
        ahead = _ahead_of(self.text[start:end], position - start, first, reach - start, far)
        if ahead != "plan":
            return year + 1 if ahead == "coming" else year
        # « est prévue » reads like a past tense: only what follows the day may say the plan is
        # over, and a reporting clause after it (« , a rappelé la commission ») does not.
        _, past = sentence_cues(self.text, position, (position, told_until(self.text, position, bounds[1])))
        return year if past else year + 1

    def _lent_year_denied(self, year: int, month: int, day: int | None, position: int, ref: tuple[date, date]) -> bool:
        """Whether the year an earlier date of the sentence lends would put this one after the
        reference while the words around it tell of the past: « ont accepté de repousser au 31
        janvier 2020 la date du Brexit, répondant à la demande que Londres leur avait adressée le
        19 octobre », in an October 2019 article, is October 2019. The nearest year is then read
        as for a date alone. Only a year after the reference's is denied: a sentence naming the
        reference's own year for what it tells in the past is taken at its word."""
        first = cal.safe_day(year, month, day or 1)
        if first is None or first <= ref[1] or year <= ref[1].year:
            return False
        return tense(self.text, position, position, self.sentences.bounds(position)) == "past"

    def year_for(self, month: int, day: int | None, direction: str | None, position: int,
                 opens: tuple[int, int] | None = None) -> tuple[int | None, Anchor]:
        """The year of a month (and day) the text gives without one; `opens`, the (month, day)
        of the range it closes, if any."""
        ref = self.ref_interval
        if direction is None and day is not None and ref and _since_day(self.text, position):
            direction = "since"  # « bloquent le dépôt depuis le 11 décembre », « remonte au 20 décembre »
        if direction and ref:
            # Years past the calendar's ends are left out: the first or last of those that remain
            # is then the one sought, or there is none and the date stays unresolved.
            candidates = [y for y in range(ref[0].year - 2, ref[1].year + 3)
                          if date.min.year <= y <= date.max.year]
            if day is None:
                spans = {y: cal.month_interval(y, month) for y in candidates}
                ref_first, ref_last = cal.month_interval(ref[0].year, ref[0].month)[0], ref[1]
            else:
                spans = {y: (d, d) for y in candidates if (d := cal.safe_day(y, month, day))}
                ref_first, ref_last = ref
            if direction == "last":
                years = [y for y, (first, last) in spans.items() if last < ref_first]
                return (max(years), "document") if years else (None, "unresolved")
            if direction == "since":
                years = [y for y, (first, last) in spans.items() if first <= ref_last]
                return (max(years), "document") if years else (None, "unresolved")
            years = [y for y, (first, last) in spans.items() if first > ref_last]
            return (min(years), "document") if years else (None, "unresolved")
        stated = self._year_in_sentence(position, month) if self.sentence_year else None
        if stated is not None and not (ref and self._lent_year_denied(stated, month, day, position, ref)):
            return stated, "previous"
        if ref:
            bounds = self.sentences.bounds(position)
            if habitual(self.text, position, bounds, self.sentences):
                return None, "unresolved"  # "chaque année, le 14 juillet, ..." is every year's
            nearest = cal.nearest_year(month, day, ref)
            if nearest is not None and (day is not None or (nearest, month) > (ref[1].year, ref[1].month)):
                nearest = self._past_side(nearest, month, day, position, ref, bounds, opens)
            if nearest is not None:
                nearest = self._future_side(nearest, month, day, position, ref, bounds)
            return (nearest, "document") if nearest is not None else (None, "unresolved")
        if month in self.month_years:
            return self.month_years[month], "previous"
        return None, "unresolved"

    # -- dispatch --------------------------------------------------------------------------------

    def resolve(self, rule: Rule, m: re.Match[str]) -> list[Timex]:
        try:
            records = rule.handler(self, m)
        except OverflowError:  # a day beyond the calendar's ends (see the module docstring)
            records = [self._timex(m.start(), m.end(), None, None, "unresolved", kind=rule.kind)]
        except ValueError:  # an impossible date such as "31 février"
            return []
        self._note(records)
        return records

    def _note(self, records: list[Timex]) -> None:
        """Remember the last date of `records` as the last date mentioned: its interval, its unit,
        and its month (known even without its year, "XXXX-05-03")."""
        waiting = {id(p.placeholder) for p in self.pending} if self.pending else ()
        for record in records:
            if record.kind not in ("date", "range") or id(record) in waiting:
                continue
            first, last = record.first, record.last
            # `Sentences.index`, inline: every record of a dense text is noted
            sentence = bisect_right(self._sentence_ends, record.start)
            if first is not None and first == last:
                self.last_day_record = (sentence, record)
            unit, month = _last_part(record.value)
            self.last_date = (first, last, unit)
            self.last_sentence = sentence
            if unit == "week" and first is not None and last is not None and (last - first).days == 6:
                self.last_week = (sentence, first)
            if month:
                self.last_month = month
            elif last is not None and unit in ("day", "week", "month"):
                self.last_month = (last.year, last.month)

    # -- absolute and day-precise expressions -----------------------------------------------------

    def _numeric(self, m: re.Match[str]) -> list[Timex]:
        """"06/06/2017", "04.10.17", "21-04-2016", "12/08,2015": day, month, year."""
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        if len(m["y"]) == 2:
            year = self._two_digit_year(year)
        return self._absolute_day(m, year, month, day)

    def _iso(self, m: re.Match[str]) -> list[Timex]:
        """"2017-07-06", "2015/08/12", "2015.5.13": year first, then month and day."""
        return self._absolute_day(m, int(m["y"]), int(m["m"]), int(m["d"]))

    def _numeric_range(self, m: re.Match[str]) -> list[Timex]:
        """"10/1-11/2/2017": two days, the year written once at the end."""
        year = int(m["y"]) if len(m["y"]) == 4 else self._two_digit_year(int(m["y"]))
        day1, month1, day2, month2 = int(m["d1"]), int(m["m1"]), int(m["d"]), int(m["m"])
        if m["y1"]:
            year1 = int(m["y1"]) if len(m["y1"]) == 4 else self._two_digit_year(int(m["y1"]))
        else:
            year1 = year - 1 if (month1, day1) > (month2, day2) else year
        first, last = cal.safe_day(year1, month1, day1), cal.safe_day(year, month2, day2)
        if first is None or last is None or first >= last or not cal.valid_year(year):
            return Taken()
        self._remember_day((first.year, first.month, first.day), (last.year, last.month, last.day))
        self._remember_year(m.start(), year, month2)
        return [self._timex(m.start(), m.end(), f"{first.isoformat()}/{last.isoformat()}", (first, last),
                            "absolute", kind="range")]

    def _numeric_spaced(self, m: re.Match[str]) -> list[Timex]:
        """"02 04 2009", "18 8 78": three numbers a space apart, alone in their stretch of text
        (a phone number has more groups), with no unit after them."""
        if self._is_count(m):
            return []
        return self._numeric(m)

    def _numeric_month(self, m: re.Match[str]) -> list[Timex]:
        """"11/2016", "11 - 2016", "2016/11", "2015-3", "2015.3": a month of a year. Not "n° 2016-11",
        nor "la saison 2011-12", which is two years."""
        year, month = (int(m["y"]), int(m["m"])) if m["y"] else (int(m["y2"]), int(m["m2"]))
        if m["y2"] and month == (year + 1) % 100:
            return []
        start = m.start()
        if _NUMBER_SIGN.search(self.text, start - 12 if start > 12 else 0, start) or self._is_count(m):
            return []
        if not cal.valid_year(year):
            return []
        self._remember_year(m.start(), year, month)
        return [self._timex(m.start(), m.end(), _iso(year, month), cal.month_interval(year, month), "absolute")]

    def _numeric_day(self, m: re.Match[str]) -> list[Timex]:
        """"le 15/02", "du 2/3", "23/12", "le 12-07", "le 1er/07": a day and month without a year,
        in the year nearest the reference as for "le 15 février" (a dash or "1er" only after a word
        that makes it a date and before a padded month: "2-1", "le 3-0" are scores).
        Without a word that makes it a date ("le", "du", a weekday), only a padded month reads
        so ("15/02", "03/04"): "2/3" is a fraction."""
        day, month = int(m["d"]), int(m["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return Taken()
        if (m["sep"] == "-" or m["er"]) and not (m["intro"] and len(m["m"]) == 2 and (day == 1 or not m["er"])):
            # « le 12-07 », « le 1er/07 » need their « le » and a padded month: a bare « 2-1 » is a
            # score, « le 3-0 » too, and « 1er » is only the first.
            return []
        if not m["intro"]:
            padded = len(m["m"]) == 2 and (m["m"][0] == "0" or (len(m["d"]) == 2 and day > 12))
            start = m.start()
            words_before = _LETTER_WORD.findall(self.text, start - 12 if start > 12 else 0, start)
            after = self.text[m.end():m.end() + 5]
            if not padded or (words_before and fold(words_before[-1]) in _BEFORE_FRACTION) \
                    or re.match(r"\s*(?:%|des?\b|d['’])", after):
                return []
        date(2000, month, day)  # rejects "31/04" even without a year
        # From the day on: what looks ahead of it may be its own intro (« jusqu'au 30/09 »).
        year, anchor = self.year_for(month, day, None, m.start("d"))
        self._remember_day((year, month, day))
        if year is None:
            return [self._timex(m.start(), m.end(), _iso(None, month, day), None, "unresolved")]
        when = cal.calendar_day(year, month, day)
        return [self._timex(m.start(), m.end(), cal.iso_day(when), (when, when), anchor)]

    def _weekday_time(self, m: re.Match[str]) -> list[Timex]:
        """"Jeu 15:12", "sam. 10h30": an abbreviated weekday before a time, as headers write it."""
        weekday = _WEEKDAY_ABBREVIATIONS[fold(m["abbr"])]
        when = self._weekday_date(weekday, None, None, m)
        if when is None:
            return self._unresolved(m)
        return self._on_day(m, when)

    def _absolute_day(self, m: re.Match[str], year: int, month: int, day: int) -> list[Timex]:
        when = cal.safe_day(year, month, day)
        if when is None or not cal.valid_year(year):
            return Taken()
        self._remember_day((year, month, day))
        self._remember_year(m.start(), year, month)
        return [self._timex(m.start(), m.end(), cal.iso_day(when), (when, when), "absolute")]

    def _two_digit_year(self, two_digits: int) -> int:
        """A two-digit year ("octobre 98") in the century that puts it nearest the reference, but
        never more than `_TWO_DIGITS_AHEAD` years after it: news writes the years to come in full,
        and « Mai 68 », « l'hiver 54 » in a 2023 article are 1968 and 1954, not 2068 and 2054."""
        pivot = self.reference.year or 2000
        years = [c + two_digits for c in (1900, 2000, 2100) if c + two_digits <= pivot + _TWO_DIGITS_AHEAD]
        return min((abs(year - pivot), year) for year in years or [1900 + two_digits])[1]

    def _day_date(self, day: int, month: int, year_text: str | None, direction: str | None,
                  position: int, opens: tuple[int, int] | None = None) -> tuple[int | None, Anchor]:
        if year_text:
            digits = year_text.lstrip("'’ʼ")
            year = int(digits) if len(digits) == 4 else self._two_digit_year(int(digits))
            self._remember_year(position, year, month)
            return year, "absolute"
        return self.year_for(month, day, direction, position, opens)

    def _day(self, m: re.Match[str]) -> list[Timex]:
        if m["mref"]:  # "le 5 du mois prochain"
            day = _day_number(m["day"])
            referred_year, referred_month = self._referred_month(m["mref"])
            if referred_year is None or referred_month is None:
                return self._unresolved(m)
            return self._on_day(m, cal.calendar_day(referred_year, referred_month, day))
        day, month = _day_number(m["day"]), _month_number(m["month"])
        year_text, end = m["year"], m.end()
        if year_text and "," in self.text[m.end("month"):m.start("year")] and \
                self._is_count_at(m.start("year"), m.end("year")):
            year_text, end = None, m.end("month")  # "le 12 juin, 2017 personnes..."
        if m["thatyear"] and not year_text:  # « le 23 janvier de cette année-là »
            year, anchor = self._that_year(m["thatyear"])
        elif not (year_text or m["weekday"] or m["lastnext"]) and (named := self._year_of_named_day(m, day, month)):
            year, anchor = named, "absolute"
        else:
            year, anchor = self._day_date(day, month, year_text, _direction(m["lastnext"]), m.start())
        if m["weekday"] and year is not None and not year_text:
            weekday = WEEKDAYS[fold(m["weekday"])]
            year = self._year_agreeing_with(weekday, day, month, year)
            if anchor == "previous" and not _falls_on(weekday, day, month, year) and self.ref_interval:
                # « depuis mars 2020, … ont décidé ce mercredi 5 octobre » in 2022: the sentence's
                # year gives a Monday; the weekday says the year is the reference's.
                nearest = cal.nearest_year(month, day, self.ref_interval)
                if nearest is not None and _falls_on(weekday, day, month,
                                                     agreed := self._year_agreeing_with(weekday, day, month, nearest)):
                    year, anchor = agreed, "document"
                    self._remember_year(m.start(), year, month)  # the rest of the sentence is of it too
            elif anchor == "previous" and not _falls_on(weekday, day, month, year):
                # No reference: « depuis mars 2015 » earlier, then « vendredi 10 mars », which was a
                # Tuesday in 2015. The weekday says the year lent is not the date's, and nothing
                # else gives one: the year stays unknown (an undated article's year is then read
                # from the weekdays it names, `frise.events.years`).
                year = None
        self._remember_day((year, month, day))
        if year is None:
            date(2000, month, day)  # rejects "31 avril" even without a year
            return [self._timex(m.start(), end, _iso(None, month, day), None, "unresolved")]
        when = date(year, month, day)
        return [self._timex(m.start(), end, cal.iso_day(when), (when, when), anchor)]

    def _year_of_named_day(self, m: re.Match[str], day: int, month: int) -> int | None:
        """The year of a day written as the name of what happened then (`NAMED_DAYS`: « les
        attentats du 11-Septembre »), hyphened with its month capitalised, told after that day
        (or with no reference); None otherwise, and for the feasts written so (« le 14-Juillet »),
        which come back every year. Not its anniversary: a day with its weekday, « dernier »,
        « prochain » (the caller's tests), « ce 11-Septembre » or a future verb (« la
        cérémonie se tiendra le 11-Septembre ») is the day of the year around the reference."""
        year = NAMED_DAYS.get((day, month))
        if year is None or not self.text.startswith("-", m.end("day")) or not self.text[m.start("month")].isupper():
            return None
        if self.ref_interval is not None and self.ref_interval[1] < date(year, month, day):
            return None
        if _THIS_BEFORE.search(self.text, max(0, m.start("day") - 4), m.start("day")):
            return None
        if tense(self.text, m.start(), m.end(), self.sentences.bounds(m.start())) == "future":
            return None
        return year

    def _week_of(self, m: re.Match[str]) -> list[Timex]:
        """"la semaine du 3 juillet": the ISO week (Monday to Sunday) holding that day, as every
        week of TEMPORAL.md is; the day is its Monday when the writer names one, as is usual. "le
        week-end du 16 septembre": the Saturday and Sunday nearest that day."""
        day, month = _day_number(m["day"]), _month_number(m["month"])
        year, anchor = self._day_date(day, month, m["year"], None, m.start())
        if m["weekday"] and year is not None and not m["year"]:
            year = self._year_agreeing_with(WEEKDAYS[fold(m["weekday"])], day, month, year)
        if year is None:
            date(2000, month, day)  # rejects "la semaine du 31 avril" even without a year
            return [self._timex(m.start(), m.end(), "XXXX-WXX", None, "unresolved")]
        when = date(year, month, day)
        if m["weekend"]:
            # "le week-end du 16 septembre": the Saturday and Sunday nearest that day (a Friday's is
            # the next two days, a Sunday's the day before and that day)
            after = when + timedelta(days=(5 - when.weekday()) % 7)  # the Saturday on or after it
            saturday = after if (after - when).days <= 3 else after - timedelta(days=7)
            return [self._timex(m.start(), m.end(), cal.week_value(saturday) + "-WE",
                                (saturday, saturday + timedelta(days=1)), anchor)]
        return [self._timex(m.start(), m.end(), cal.week_value(when), cal.week_interval(when), anchor)]

    @staticmethod
    def _year_agreeing_with(weekday: int, day: int, month: int, year: int) -> int:
        """"le jeudi 12 septembre": of the years around the one chosen, the nearest where the 12th
        of September is a Thursday; the weekday is the writer's own check on the date."""
        return next((c for c in (year, year - 1, year + 1) if _falls_on(weekday, day, month, c)), year)

    def _referred_month(self, words: str) -> tuple[int | None, int | None]:
        """"de ce mois", "du mois prochain", "du mois dernier": (year, month) of the reference's
        month or the one after or before it; (None, None) without a reference to the month."""
        ref = self.reference
        if ref.day is None or ref.precision == "year":
            return None, None
        folded = fold(words)
        shift = 1 if "prochain" in folded else -1 if ("dernier" in folded or "passe" in folded) else 0
        return cal.shift_months(ref.day.year, ref.day.month, shift)

    def _range_of_days(self, m: re.Match[str], first: tuple[int, int], last: tuple[int, int],
                       year_text: str | None, direction: str | None, start_year_text: str | None = None,
                       known: tuple[int | None, Anchor] | None = None) -> list[Timex]:
        (day1, month1), (day2, month2) = first, last
        year2, anchor = known or self._day_date(day2, month2, year_text, direction, m.start(),
                                                None if start_year_text else (month1, day1))
        if start_year_text:
            year1: int | None = int(start_year_text)
        elif year2 is not None:
            year1 = year2 - 1 if (month1, day1) > (month2, day2) else year2
        else:
            year1 = None
        self._remember_day((year1, month1, day1), (year2, month2, day2))
        value = f"{_iso(year1, month1, day1)}/{_iso(year2, month2, day2)}"
        if year1 is None or year2 is None:
            return [self._timex(m.start(), m.end(), value, None, "unresolved", kind="range")]
        interval = (cal.calendar_day(year1, month1, day1), cal.calendar_day(year2, month2, day2))
        if interval[0] >= interval[1]:
            return []
        return [self._timex(m.start(), m.end(), value, interval, anchor, kind="range")]

    def _night(self, m: re.Match[str]) -> list[Timex]:
        month2 = _month_number(m["month2"])
        month1 = _month_number(m["month1"]) if m["month1"] else month2
        return self._range_of_days(m, (_day_number(m["day1"]), month1), (_day_number(m["day2"]), month2),
                                   m["year2"], None)

    def _second_month(self, m: re.Match[str]) -> tuple[int, tuple[int | None, Anchor] | None]:
        """The month of a range's last day, and its year when the month is "de ce mois"."""
        if m["mref2"]:
            year, month = self._referred_month(m["mref2"])
            if month is None:
                return 1, (None, "unresolved")
            return month, (year, "document")
        return _month_number(m["month2"]), None

    def _day_range(self, m: re.Match[str]) -> list[Timex]:
        """"du 13 au 15 juillet", "13 au 15 juillet", "entre mercredi 11 et jeudi 12 février",
        "du 4 au 22 de ce mois": first to last day."""
        month2, known = self._second_month(m)
        month1 = _month_number(m["month1"]) if m["month1"] else month2
        return self._range_of_days(m, (_day_number(m["day1"]), month1), (_day_number(m["day2"]), month2),
                                   m["year2"], None, m["year1"], known)

    def _day_dash(self, m: re.Match[str]) -> list[Timex]:
        month, known = self._second_month(m)
        return self._range_of_days(m, (_day_number(m["day1"]), month), (_day_number(m["day2"]), month),
                                   m["year2"], None, None, known)

    def _night_weekdays(self, m: re.Match[str]) -> list[Timex]:
        if m["day2"]:
            day2, month2 = _day_number(m["day2"]), _month_number(m["month2"])
            year, anchor = self._day_date(day2, month2, m["year2"], None, m.start())
            if year is None:
                return [self._timex(m.start(), m.end(), None, None, "unresolved", kind="range")]
            second = date(year, month2, day2)
            first = second - timedelta(days=1)
        else:
            # The night begins on the first day named, read as a weekday alone is: "dans la nuit
            # de lundi à mardi" in a Monday article is the coming night, not last week's.
            found = self._weekday_date(WEEKDAYS[fold(m["wd1"])], None, None, m)
            if found is None:
                return [self._timex(m.start(), m.end(), None, None, "unresolved", kind="range")]
            first, anchor = found, "document"
            second = first + timedelta(days=(WEEKDAYS[fold(m["wd2"])] - first.weekday()) % 7 or 7)
        self._remember_day((first.year, first.month, first.day), (second.year, second.month, second.day))
        return [self._timex(m.start(), m.end(), f"{first.isoformat()}/{second.isoformat()}", (first, second),
                            anchor, kind="range")]

    def _weekday_range(self, m: re.Match[str]) -> list[Timex]:
        """"de lundi à mercredi", "du mardi au jeudi", "entre lundi et mercredi": the first day read
        as a weekday alone is (or by its "prochain"), the last the first such day after it."""
        first = self._weekday_date(WEEKDAYS[fold(m["wd1"])], None, _direction(m["lastnext"]), m)
        if first is None:
            return self._unresolved(m, kind="range")
        last = first + timedelta(days=(WEEKDAYS[fold(m["wd2"])] - first.weekday()) % 7 or 7)
        self._remember_day((first.year, first.month, first.day), (last.year, last.month, last.day))
        start = m.start("wd1")
        return [self._timex(start, m.end(), f"{first.isoformat()}/{last.isoformat()}", (first, last), "document",
                            kind="range")]

    def _weekday_pair(self, m: re.Match[str]) -> list[Timex]:
        """"samedi et dimanche": two days that follow each other are one range, the first read as
        a weekday alone is (as "les 5 et 6 juin" are); "lundi et mercredi" are two dates, read by
        the weekday rule."""
        first_day, second_day = WEEKDAYS[fold(m["wd1"])], WEEKDAYS[fold(m["wd2"])]
        if (second_day - first_day) % 7 != 1:
            return []
        return self._weekday_range(m)

    def _day_list(self, m: re.Match[str]) -> list[Timex]:
        """"les 7 et 8 juillet" is one range; "les 6 et 13 avril" two dates, one per day."""
        month = _month_number(m["month2"])
        offset = m.start("days")
        numbers = [(_day_number(d.group()), offset + d.start(), offset + d.end())
                   for d in re.finditer(r"1er|1re|premier|\d+", m["days"], re.IGNORECASE)]
        last_day = _day_number(m["day2"])
        days = [n for n, _, _ in numbers] + [last_day]
        if all(b == a + 1 for a, b in zip(days, days[1:])):
            return self._range_of_days(m, (days[0], month), (last_day, month), m["year2"], _direction(m["lastnext"]))
        year, anchor = self._day_date(last_day, month, m["year2"], _direction(m["lastnext"]), m.start())
        # The first day keeps the article before it ("les 6"); the last carries month and year.
        spans = [(m.start() if i == 0 else start, end) for i, (_, start, end) in enumerate(numbers)]
        spans.append((m.start("day2"), m.end()))
        records = []
        for (start, end), day in zip(spans, days):
            if year is None:
                date(2000, month, day)
                records.append(self._timex(start, end, _iso(None, month, day), None, "unresolved"))
            else:
                when = date(year, month, day)
                records.append(self._timex(start, end, cal.iso_day(when), (when, when), anchor))
            self._remember_day((year, month, day))
        return records

    # -- months, years, seasons, decades, centuries ----------------------------------------------

    @staticmethod
    def _mod(part: str | None, mi: str | None) -> str | None:
        if mi:
            return "MID"
        return _PART_MOD.get(fold(part)) if part else None

    def _starts_sentence(self, position: int) -> bool:
        before = self.text[position - 4 if position > 4 else 0:position].strip(" \t\u00a0«\"“(")
        return before == "" or before[-1] in ".!?:\n"

    def _is_proper_noun(self, m: re.Match[str], word_group: str) -> bool:
        """"Mars", "Juin" or "Vendredi Saint" capitalised in mid-sentence are names: French writes
        months and weekdays in lower case."""
        start, end = m.span(word_group)
        if not self.text[start].isupper():  # most are lower case: the first letter tells, unsliced
            return False
        return not self.text[start:end].isupper() and not self._starts_sentence(start)

    def _month(self, m: re.Match[str]) -> list[Timex]:
        # The groups in one call: month names are the densest expressions a text can hold.
        word, part, mi, this, since, year_text, lastnext, that_year = m.group(
            "month", "part", "mi", "this", "since", "year", "lastnext", "thatyear")
        month = _month_number(word)
        mod = self._mod(part, mi) if part or mi else None
        start, end = m.span()
        # the text lowered, read in place rather than copied out of the match
        introduced = this or m.string.startswith(("mois", "au", "le", "du", "ce"), start, end)
        bare = not (mod or since or year_text or lastnext or introduced)
        if bare and self._is_proper_noun(m, "month"):
            return []
        if not (introduced or mod) and _day_number_before(self.text, start):
            return []  # « le 31 février »: a day that cannot be, whose month alone is no date either
        if year_text:
            year, anchor = self._day_date(1, month, year_text, None, start)
        elif that_year:  # « en mars de l'année suivante »
            year, anchor = self._that_year(that_year)
        else:
            direction = _direction(lastnext) or ("since" if since else None)
            year, anchor = self.year_for(month, None, direction, start)
        if year is None:
            return [self._timex(start, end, _iso(None, month), None, "unresolved", mod)]
        interval = cal.part_of_month(year, month, mod or "")
        return [self._timex(start, end, _iso(year, month), interval, anchor, mod)]

    def _month_range(self, m: re.Match[str]) -> list[Timex]:
        month1, month2 = _month_number(m["month1"]), _month_number(m["month2"])
        mod1, mod2 = self._mod(m["part1"], m["mi1"]), self._mod(m["part2"], m["mi2"])
        connector = self.text[m.end("month1"):m.start("month2")]
        if "," in connector and not (m["part1"] and fold(m["part1"]) == "fin" and m["part2"]
                                     and fold(m["part2"]) == "debut" and month2 == month1 % 12 + 1
                                     and not _PART_LIST_GOES_ON.match(self.text, m.end())):
            # only « fin mars, début avril », the turn of two months, is one span after a comma;
            # not in a list of parts of months (« fin mars, début avril, fin mai : trois échéances »)
            return []
        opener = fold(m.group()[:6])
        enumeration = re.search(r"\bet\b", connector) and not opener.startswith("entre")
        if enumeration or (re.search(r"\b(?:à|au)\b", connector) and not opener.startswith(("de", "d'"))):
            # "mai et juin derniers": two months sharing their year and their "derniers".
            direction = _direction(m["lastnext"])
            records = []
            # The second month's span takes in its "début"/"fin" word and the space after it.
            second_start = m.start("month2") - (len(m["part2"]) + 1 if m["part2"] else 0)
            for month, mod, start, end, year_text in ((month1, mod1, m.start(), m.end("month1"), m["year1"]),
                                                      (month2, mod2, second_start, m.end(), m["year2"])):
                year, anchor = (self._day_date(1, month, year_text, None, start) if year_text
                                else self.year_for(month, None, direction, start))
                interval = cal.part_of_month(year, month, mod or "") if year is not None else None
                records.append(self._timex(start, end, _iso(year, month), interval, anchor, mod))
            return records
        if m["year2"]:
            year2, anchor = self._day_date(1, month2, m["year2"], None, m.start())
        else:
            year2, anchor = self.year_for(month2, None, _direction(m["lastnext"]), m.start())
        year1 = int(m["year1"]) if m["year1"] else (None if year2 is None else year2 - (month1 > month2))
        value = f"{_iso(year1, month1)}/{_iso(year2, month2)}"
        if year1 is None or year2 is None:
            return [self._timex(m.start(), m.end(), value, None, "unresolved", kind="range")]
        interval = (cal.part_of_month(year1, month1, mod1 or "")[0], cal.part_of_month(year2, month2, mod2 or "")[1])
        if interval[0] >= interval[1]:
            return []
        return [self._timex(m.start(), m.end(), value, interval, anchor, kind="range")]

    def _is_count(self, m: re.Match[str]) -> bool:
        """"2017 personnes", "1 998 euros", "n° 2003": numbers that are not years."""
        return self._is_count_at(m.start(), m.end())

    def _is_count_at(self, start: int, end: int) -> bool:
        before = self.text[start - 4 if start > 4 else 0:start]
        if before[-1:] in _COUNTED_ENDS and _COUNTED_AFTER.search(before):
            return True
        after = _WORD_AFTER.match(self.text, end)
        if not after:
            return False
        word = after.group(1)
        if word in "%‰€$£":
            return True
        folded = fold(word)
        if not word[0].islower() or folded in _FUNCTION_WORDS:
            return False
        return folded in _UNITS or (len(folded) > 2 and folded[-1] in "sx")

    def _year(self, m: re.Match[str]) -> list[Timex]:
        year = int(m["year"])
        prep = fold(m["prep"]) if m["prep"] else None
        mod = self._mod(m["part"], m["mi"])
        if not (mod or prep in _YEAR_PREPOSITIONS) and (year < 1900 or year > 2099):
            return []
        if self._is_count(m) or not cal.valid_year(year):
            return []
        start = m.start()
        if not (mod or prep) and _blank_before(self.text, start) \
                and _IMPOSSIBLE_DAY_BEFORE.search(self.text, start - 24 if start > 24 else 0, start):
            return []  # « le 30 février 2019 »: the year of a day that cannot be (see `_month`)
        if not (mod or prep):
            year_start, year_end = m.span("year")  # the windows before it bounded without max(): slower
            blank = _blank_before(self.text, year_start)
            legal = _IDENTIFIER_BEFORE.search(self.text, year_start - 16 if year_start > 16 else 0, year_start) \
                if blank else None
            numbered = _IDENTIFIER_AFTER.match(self.text, year_end)
            name = _NAME_BEFORE.search(self.text, year_start - 40 if year_start > 40 else 0, year_start) \
                if blank else None
            if name and fold(name["word"].replace("’", "'")).rpartition("'")[2] not in _YEAR_NOT_NAMING:
                return []  # « l'Agenda 2030, adopté en septembre »: a name, lending no year either
            if numbered or (legal and legal.group().lower().startswith("vol")):
                # « la loi 2016-1088 », « le décret 2019-1234 », « le vol AF 1954 »: numbers (« la loi
                # 2016 » is the law of 2016). A law's number opens with its year, which the
                # sentence's dates without one take.
                if legal and numbered:
                    self._remember_year(m.start(), year)
                return []
        if not mod and prep != "depuis" and not (
                not prep and _LABEL_BEFORE.search(self.text, start - 40 if start > 40 else 0, start)):
            # "en 1997 (en janvier..., en octobre...)": a year frames its sentence; "son report à
            # début 2020, ... le 17 décembre" does not (a part of a year is a point in it), nor
            # "depuis 1980, elle a accueilli au printemps" (a state running since, to this day),
            # nor the year of an account, a budget, a ranking (« le budget 2024 sera présenté à
            # l'automne », in 2023: the year the budget is for, not when it is presented).
            self._remember_year(m.start(), year)
        return [self._timex(m.start(), m.end(), str(year), cal.part_of_year(year, mod or ""), "absolute", mod)]

    def _year_range(self, m: re.Match[str]) -> list[Timex]:
        """"de 2014 à 2016", "(1950-1953)", "en 2019-2020": one range of years. "de 1500 à 2000
        euros" is a count, a pair of years in parentheses must close them, and "en" takes only
        the dash ("en 2014 à Paris" is a year, then a place)."""
        first, second = int(m["year1"]), int(m["year2"])
        if m["open"] == "(" and (not m["dash"] or not self.text.startswith(")", m.end())):
            return []
        if m["open"] == "en" and not m["dash"]:
            return []
        if not (cal.valid_year(first) and cal.valid_year(second) and first < second) or \
                self._is_count_at(m.start("year2"), m.end("year2")):
            return []
        self._remember_year(m.start(), second)
        start = m.start("year1")
        interval = (cal.year_interval(first)[0], cal.year_interval(second)[1])
        return [self._timex(start, m.end(), f"{first}/{second}", interval, "absolute", kind="range")]

    def _year_pair(self, m: re.Match[str]) -> list[Timex]:
        """"la période 1982-1990": two years, as "entre 1982 et 1990" gives two."""
        first, second = int(m["year1"]), int(m["year2"])
        if not (cal.valid_year(first) and cal.valid_year(second) and first < second):
            return []
        self._remember_year(m.start(), second)
        return [self._timex(m.start("year1"), m.end("year1"), str(first), cal.year_interval(first), "absolute"),
                self._timex(m.start("year2"), m.end("year2"), str(second), cal.year_interval(second), "absolute")]

    def _short_year(self, m: re.Match[str]) -> list[Timex]:
        year = self._two_digit_year(int(m["year"].lstrip("'’ʼ")))
        self._remember_year(m.start(), year)
        start = m.start("year")
        return [self._timex(start, m.end(), str(year), cal.year_interval(year), "absolute")]

    def _decade(self, m: re.Match[str]) -> list[Timex]:
        """"les années 1970", "les années 20", "les années soixante": a decade. "les années
        1960-1970" is the range of both decades, as "les années 1980 et 1990" when they follow
        each other; two decades apart ("les années 1960 et 1980") are two dates."""
        first_year = self._decade_year(m["decade"])
        mod = self._mod(m["part"], None)
        value = f"{first_year // 10:03d}X"
        whole = (date(first_year, 1, 1), date(first_year + 9, 12, 31))
        if m["decade2"] is None:
            return [self._timex(m.start(), m.end(), value, whole, "absolute", mod)]
        second_year = self._decade_year(m["decade2"])
        if second_year <= first_year:
            return []
        if "-" in m["join"] or "–" in m["join"] or "à" in m["join"] or second_year == first_year + 10:
            return [self._timex(m.start(), m.end(), f"{value}/{second_year // 10:03d}X",
                                (whole[0], date(second_year + 9, 12, 31)), "absolute", kind="range")]
        return [self._timex(m.start(), m.end("decade"), value, whole, "absolute", mod),
                self._timex(m.start("decade2"), m.end(), f"{second_year // 10:03d}X",
                            (date(second_year, 1, 1), date(second_year + 9, 12, 31)), "absolute")]

    def _decade_year(self, written: str) -> int:
        """The first year of a decade written "1970", "70" or "soixante-dix"."""
        digits = written if written[0].isdigit() else str(DECADES[fold(written)])
        if len(digits) == 4:
            return int(digits)
        # "les années 20": the latest such decade already begun at the reference.
        now = self.reference.year or 1999
        return max(y for y in (1900 + int(digits), 2000 + int(digits)) if y <= now or y == 1900 + int(digits))

    def _century_relative(self, m: re.Match[str]) -> list[Timex]:
        """"le siècle dernier", "ce siècle", "le siècle prochain": the century before, of or after
        the reference, counted as "le XXe siècle" is (1900-1999); unresolved without a reference."""
        if m["this"] and m.group().startswith(("le ", "au ", "du ")):
            return []  # "du ce siècle" is no French; "ce siècle" stands alone
        year = self.reference.year
        shift = {"dernier": -1, "prochain": 1}.get(m["lastnext"] or "", 0)
        if year is None:
            return [self._timex(m.start(), m.end(), None, None, "unresolved", self._mod(m["part"], None))]
        first_year = (year // 100 + shift) * 100
        if not cal.valid_year(max(first_year, 1)) or not cal.valid_year(first_year + 99):
            return []
        return [self._timex(m.start(), m.end(), f"{first_year // 100:02d}XX",
                            (date(max(first_year, 1), 1, 1), date(first_year + 99, 12, 31)), "document",
                            self._mod(m["part"], None))]

    def _century(self, m: re.Match[str]) -> list[Timex]:
        number = int(m["century"]) if m["century"].isdigit() else roman_to_int(m["century"])
        if not number or not 1 <= number <= 21:
            return []
        first_year = (number - 1) * 100
        if not cal.valid_year(max(first_year, 1000)):
            return []
        value = f"{first_year // 100:02d}XX"
        return [self._timex(m.start(), m.end(), value, (date(max(first_year, 1), 1, 1), date(first_year + 99, 12, 31)),
                            "absolute", self._mod(m["part"], None))]
