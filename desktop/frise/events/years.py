"""Which date an article nobody dated most likely has, and the evidence for it.

From the article's own text first (`read_text_date`): a line holding only a full date (a page's
stamp), a dateline without its year (« DOHA, 29 février (Reuters) - »), a day named with « ce »
or right after « hier » / « demain » (« hier, jeudi 13 décembre »: the 14th), « il y a deux ans,
en 2015 »; the years its weekdays allow (`years_fitting`: « jeudi 13 décembre » falls on a
Thursday in few years, 29 February only in leap years; the latest such year within the
collection's span, `year_window`, unless the collection's events say otherwise); the years in
which the leaders it names held office, by the terms the gazetteer gives their roles
(`tenure_years`: among the years its weekdays allow, those); the latest day it dates with its
weekday, moved on past the bare weekdays it reports (`latest_reported_day`).
Then from the articles it shares events and actors with (the library places its statements on
their days and years and keeps what joins their events; `actor_years` weighs the years of the
events naming its actors); only then from the collection:

1. the year in which its statements meet the events other articles report (if "le 4 mai, ...
   ont signé un mémorandum" matches a memorandum signed on 4 May 2017 elsewhere, it is 2017);
2. failing that, the year most of the collection's dated articles were published in;
3. failing that, the year most of the collection's explicitly dated statements fall in.

With no evidence at all there is no year: the expressions stay unresolved rather than invented.
The result is always marked as assumed (`DateGuess.how` says from what), and the user's own date
for the article replaces it.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from frise.temporal.context import PLUPERFECT, Sentences, looks_ahead, tense
from frise.temporal.lexicon import MONTH_ABBREVIATIONS, MONTHS, month_number, regex_alternation
from frise.text.folding import fold

MAX_CANDIDATES = 3
_YEARLESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_FULL_DAY = re.compile(r"^\d{4}-(\d{2})-(\d{2})$")


def candidate_years(published: Mapping[int, int], explicit: Mapping[int, int]) -> list[int]:
    """The few years worth trying, most frequent first (publication years before text years).

    `published` counts the collection's articles by publication year, `explicit` its dated
    statements by year.
    """
    published_counts = Counter(published)
    explicit_counts = Counter(explicit)
    ranked = sorted(
        set(published_counts) | set(explicit_counts),
        key=lambda y: (-published_counts[y], -explicit_counts[y], -y),
    )
    return ranked[:MAX_CANDIDATES]


def choose_year(
    matches: Mapping[int, int], published: Mapping[int, int], explicit: Mapping[int, int]
) -> int | None:
    """The assumed year, from how many statements meet other articles' events in each year."""
    published_counts = Counter(published)
    explicit_counts = Counter(explicit)
    if any(count > 0 for count in matches.values()):
        return max(
            matches,
            key=lambda y: (matches[y], published_counts[y], explicit_counts[y], y),
        )
    for counts in (published_counts, explicit_counts):
        counts = Counter({year: n for year, n in counts.items() if n > 0})
        if counts:
            return max(counts, key=lambda y: (counts[y], y))
    return None


def days_in_year(value: str | None, year: int) -> tuple[date, date] | None:
    """The interval a yearless day or span of days (`XXXX-05-04`, `XXXX-05-03/XXXX-05-04`) has
    in `year`, for trying years cheaply; None for anything else (months, invalid days)."""
    if not value:
        return None
    days = []
    for part in value.split("/"):
        match = _YEARLESS_DAY.match(part)
        if match is None:
            return None
        try:
            days.append(date(year, int(match.group(1)), int(match.group(2))))
        except ValueError:
            return None  # 29 February in a common year
    return (days[0], days[-1]) if days[0] <= days[-1] else None


# --- what an undated article's own text says of its date

WEEKDAY_WORDS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY_RE = "|".join(WEEKDAY_WORDS)
_MONTH_RE = regex_alternation([*MONTHS, *(m.rstrip(".") for m in MONTH_ABBREVIATIONS)])
# A line holding only a date with its year, perhaps a time: a page's stamp (« 20 janv. 2020, 00:01 »).
_TIME = r"(?:[ \t]*(?:,|à|-|–)?[ \t]*\d{1,2}[ \t]*[:h][ \t]*\d{2})?[ \t]*$"
_STAMP_LINE = re.compile(
    rf"^[ \t]*(?:(?:{_WEEKDAY_RE})[ \t]+)?(?P<d>1er|\d{{1,2}})[ \t]+(?P<m>{_MONTH_RE})\.?[ \t]+(?P<y>\d{{4}}){_TIME}"
    rf"|^[ \t]*(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})/(?P<ny>\d{{4}}){_TIME}",
    re.IGNORECASE | re.MULTILINE,
)
# A dateline without its year opening a paragraph: « DOHA, 29 février (Reuters) - ».
_YEARLESS_DATELINE = re.compile(
    rf"^[ \t]*[^\W\d_][\w'’.\-]*(?:[ /][^\W\d_][\w'’.\-]*){{0,3}},[ \t]*(?:le[ \t]+)?(?:(?:{_WEEKDAY_RE})[ \t]+)?"
    rf"(?P<d>1er|\d{{1,2}})[ \t]+(?P<m>{_MONTH_RE})\.?(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*[-–—]",
    re.IGNORECASE | re.MULTILINE,
)
# The day an expression names is the article's own, or one day off: « ce vendredi 22 juillet »,
# « hier, jeudi 13 décembre », « aujourd'hui 5 mai », « demain, samedi 7 ».
_DEICTIC_BEFORE = {"hier": 1, "avant-hier": 2, "avant hier": 2, "aujourd'hui": 0, "demain": -1,
                   "apres-demain": -2, "apres demain": -2}
_CE_DAY = re.compile(rf"^ce (?:(?:{_WEEKDAY_RE}) )?(?:1er|\d)")
_GAP = re.compile(r"^[ \t]*[,(]?[ \t]*$")
_NUMBER_WORDS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                 "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
                 "seize": 16, "vingt": 20, "trente": 30}
_AGO = r"il y a (?P<n{i}>\d{{1,3}}|{words}) ans?"
_YEAR_AGO = re.compile(
    "(?:" + _AGO.format(i=1, words="|".join(_NUMBER_WORDS))
    + r"[ \t]*,?[ \t]*(?:soit[ \t]+)?(?:en|le[^.\n]{0,20}?)[ \t]+"
    r"(?P<y1>\d{4})(?!\d)"
    r"|(?:en|le[^.\n]{0,20}?)[ \t]+(?P<y2>\d{4})(?!\d)[ \t]*,?[ \t]*(?:soit[ \t]+)?(?:\(|il y a)?[ \t]*"
    + _AGO.format(i=2, words="|".join(_NUMBER_WORDS)) + ")",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TextDate:
    """What an article's own text says of its date: a day (month and day, perhaps its year),
    the years its weekdays allow, and the words it was read from."""

    month_day: tuple[int, int] | None = None
    year: int | None = None
    """A year the text gives outright (a stamp, « il y a deux ans, en 2015 »)."""
    weekday_days: tuple[tuple[int, int, int], ...] = ()
    """(weekday, month, day) of every yearless day the text names with its weekday."""
    leap_day: bool = False
    latest_cited: int | None = None
    """The latest year the text cites outside a future statement: the article is not older."""
    detail: str = ""
    day_detail: str = ""


def read_text_date(text: str, timexes: Sequence[Any]) -> TextDate:
    """Read an undated article's date from its own words (`timexes`: its expressions resolved
    against no reference). Rules, strongest first: a line holding only a full date near the top
    or the bottom (a page's stamp); a dateline without its year opening a paragraph (« DOHA, 29
    février (Reuters) - »); a day named with « ce », or right after « hier », « aujourd'hui »,
    « demain » (the article's day, or one day off). Years: a stamp's, or « il y a N ans, en
    YYYY »; every yearless day named with its weekday (« jeudi 13 décembre ») keeps only the
    years where it falls on that weekday, and 29 February only leap years."""
    month_day: tuple[int, int] | None = None
    year: int | None = None
    detail = day_detail = ""
    lines = text.splitlines()
    edge = "\n".join(lines[:6] + [""] + lines[-4:]) if len(lines) > 10 else text
    stamp = _STAMP_LINE.search(edge)
    if stamp is not None:
        try:
            if stamp.group("d"):
                day = date(int(stamp.group("y")), month_number(stamp.group("m")),
                           1 if stamp.group("d").lower() == "1er" else int(stamp.group("d")))
            else:
                day = date(int(stamp.group("ny")), int(stamp.group("nm")), int(stamp.group("nd")))
            month_day, year = (day.month, day.day), day.year
            detail = day_detail = stamp.group().strip()
        except (ValueError, KeyError):
            pass
    if month_day is None:
        head = text[:2000]
        line = _YEARLESS_DATELINE.search(head)
        if line is not None:
            got = _month_day(line.group("m"), line.group("d"))
            if got is not None:
                month_day, day_detail = got, line.group().strip(" -–—")
    if month_day is None:
        month_day, day_detail = _deictic_day(text, timexes)
    weekday_days: list[tuple[int, int, int]] = []
    sentences = Sentences(text)
    leap_day = False
    latest_cited: int | None = None
    for timex in timexes:
        value = timex.value or ""
        match = _YEARLESS_DAY.match(value)
        if match is not None:
            month, day_number = int(match.group(1)), int(match.group(2))
            if (month, day_number) == (2, 29):
                leap_day = True
            words = fold(timex.text).split()
            weekdays = [WEEKDAY_WORDS.index(w) for w in words if w in WEEKDAY_WORDS]
            if len(weekdays) == 1:
                weekday_days.append((weekdays[0], month, day_number))
        elif (timex.first is not None and timex.anchor == "absolute" and re.match(r"^\d{4}", value)
              and not _future(text, sentences, timex) and not _planned(text, sentences, timex)):
                latest_cited = max(latest_cited or 0, timex.first.year)
    if month_day == (2, 29):
        leap_day = True
    if year is None:
        ago = _YEAR_AGO.search(text)
        if ago is not None:
            n = ago.group("n1") or ago.group("n2")
            cited = ago.group("y1") or ago.group("y2")
            years = int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
            year, detail = int(cited) + years, ago.group().strip()
    return TextDate(month_day, year, tuple(weekday_days), leap_day, latest_cited,
                    detail, day_detail)


def years_fitting(clues: TextDate, window: tuple[int, int], today: int | None = None) -> list[int]:
    """The years in `window` (inclusive) the text's weekdays and leap day allow, latest first;
    all of them when nothing in the text constrains the year. A year the text gives is alone.

    The article is not older than the latest year it cites as past (`TextDate.latest_cited`):
    when no year of the window at or after it fits, the few years after the window are tried,
    earliest first, up to AFTER_CITED years past the year cited and never after `today`
    (« depuis avril 2021 » and « vendredi 10 mars » in a collection that ends in 2021: 2023)."""
    if clues.year is not None:
        return [clues.year]
    low, high = window
    years = _allowed(clues, list(range(high, low - 1, -1)))
    cited = clues.latest_cited
    if cited is not None and constrains_year(clues):
        later = [y for y in years if y >= cited]
        if not later and today is not None:
            beyond = list(range(max(high + 1, cited), min(cited + AFTER_CITED, today) + 1))
            later = [y for y in _allowed(clues, beyond) if _fits(clues, y)]
        years = later or years
    return years


AFTER_CITED = 5
"""How many years past the latest year it cites an article of unknown date may be from, when the
collection's own years are all earlier: news cites the recent past."""


def _allowed(clues: TextDate, years: list[int]) -> list[int]:
    """`years` narrowed by each of the text's clues in turn, a clue that would leave none skipped
    (a text contradicting itself keeps what the other clues allow)."""
    if clues.leap_day:
        years = [y for y in years if calendar.isleap(y)]
    for weekday, month, day in clues.weekday_days:
        fitting = [y for y in years if _weekday(y, month, day) == weekday]
        if fitting:
            years = fitting
    return years


def _fits(clues: TextDate, year: int) -> bool:
    """Whether `year` meets every clue of the text (leap day, weekdays)."""
    return (not clues.leap_day or calendar.isleap(year)) and all(
        _weekday(year, month, day) == weekday for weekday, month, day in clues.weekday_days)


def constrains_year(clues: TextDate) -> bool:
    return clues.year is not None or clues.leap_day or bool(clues.weekday_days)


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _month_day(month_word: str, day_word: str) -> tuple[int, int] | None:
    try:
        month = month_number(month_word)
    except KeyError:
        return None
    day = 1 if day_word.lower() == "1er" else int(day_word)
    return (month, day) if 1 <= day <= calendar.monthrange(2000, month)[1] else None


def _deictic_day(text: str, timexes: Sequence[Any]) -> tuple[tuple[int, int] | None, str]:
    """The article's day from « ce 17 septembre », « hier, jeudi 13 décembre »: (month, day) of
    the article, or None. Only days in the past or the present tense count for « ce »."""
    ordered = sorted(timexes, key=lambda t: t.start)
    sentences = Sentences(text)
    for index, timex in enumerate(ordered):
        match = _YEARLESS_DAY.match(timex.value or "") or _FULL_DAY.match(timex.value or "")
        if match is None:
            continue
        month, day = int(match.group(1)), int(match.group(2))
        words = fold(timex.text)
        offset: int | None = None
        start = timex.start
        if _CE_DAY.match(words) and not _future(text, sentences, timex):
            offset = 0
        elif index > 0:
            before = ordered[index - 1]
            if _GAP.match(text[before.end:timex.start]):
                offset = _DEICTIC_BEFORE.get(fold(before.text))
                start = before.start
        if offset is None:
            continue
        try:
            moved = date(2000, month, day) + timedelta(days=offset)  # a leap year: 29 February exists
        except ValueError:
            continue
        return (moved.month, moved.day), text[start:timex.end]
    return None, ""


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends (`frise.text.sentences`)."""
    s_start, s_end = _sentences_of(text).span(start)
    return min(s_start, start), max(s_end, end)


@lru_cache(maxsize=4)
def _sentences_of(text: str) -> Sentences:
    """The sentences of the article being dated: asked for each of its relative expressions."""
    return Sentences(text)


def _future(text: str, sentences: Sentences, timex: Any) -> bool:
    """Whether the words around an expression place it after the article's day (the engine's
    own reading of tense: a future or conditional verb, « prévu », « doit »...)."""
    return tense(text, timex.start, timex.end, sentences.bounds(timex.start)) == "future"


def _planned(text: str, sentences: Sentences, timex: Any) -> bool:
    """Whether the year is that of a plan, a deadline or a postponement (« en annonçant son report
    à début 2020 », « jusqu'en 2025 »): a year to come, whatever the tense of the verb."""
    low, high = sentences.bounds(timex.start)
    return looks_ahead(text[max(low, timex.start - 60):timex.start], text[timex.end:min(high, timex.end + 40)])


def _sentence_around(text: str, start: int, end: int) -> str:
    s_start, s_end = sentence_bounds(text, start, end)
    return text[s_start:s_end]


@dataclass(frozen=True, slots=True)
class DateGuess:
    """The date assumed for an article nobody dated, and how: from its own `text`, from the
    articles it shares events and actors with (`related`), or from the whole `collection`."""

    value: str
    """ISO: a day (« 2018-12-14 ») or only a year (« 2018 »)."""
    how: str
    detail: str = ""


def year_window(published: Mapping[int, int], explicit: Mapping[int, int], clues: TextDate,
                today: date) -> tuple[int, int]:
    """The years an undated article of this collection may be from: up to the latest year the
    collection (or the article) gives, never after today; forty years back at most."""
    years = [y for y, n in (*published.items(), *explicit.items()) if n > 0 and y <= today.year]
    if clues.latest_cited is not None and clues.latest_cited <= today.year:
        years.append(clues.latest_cited)
    high = max(years, default=today.year)
    low = max(min(years, default=high - 40), high - 40)
    return low, high


def actor_years(events: Sequence[tuple[int, frozenset[str]]], keys: frozenset[str]) -> Counter[int]:
    """How strongly each year is tied to these actors: every dated event (year, actors) shares
    some of them, each shared actor weighing less the more events name it (« ONU » is everywhere,
    « Houthis » is not)."""
    frequency: Counter[str] = Counter()
    for _, actors in events:
        frequency.update(actors & keys)
    weights: Counter[int] = Counter()
    for year, actors in events:
        shared = actors & keys
        if shared:
            # In thousandths, so that the weights stay whole numbers.
            weights[year] += round(sum(1000 / frequency[key] for key in shared))
    return weights


_DEICTIC = re.compile(rf"\b(?:{_WEEKDAY_RE}|hier|aujourd'hui|demain|week-end|weekend)\b")


def is_deictic(expression: str) -> bool:
    """Whether an expression is read from the article's own day: a weekday, « hier »,
    « demain », « le week-end dernier » (not « le lendemain », read from another date)."""
    return bool(_DEICTIC.search(fold(expression)))


def latest_reported_day(text: str, timexes: Sequence[Any]) -> date | None:
    """The day of an undated article, read as news reads: the latest day it names with its
    weekday and its day number outside a future statement (« diffusé vendredi 15 novembre »;
    news gives the weekday of the days of its own week, « le 6 mai » alone may be weeks old;
    not « le 11 avril dernier »), moved on to the first day by which every bare weekday it
    reports in the past has come (« le dimanche 12 janvier » then « lundi » and « mardi »:
    Tuesday 14). A weekday of another week does not move it: one told in the pluperfect
    (« elle avait plaidé lundi »: before the time of the story), or after words naming that
    week in its sentence (« la semaine dernière, ils s'étaient rendus à Kiev, jeudi »). None
    when it names no such day. `timexes` are its expressions resolved against its year (or
    against nothing: then only days its text dates in full count)."""
    latest: date | None = None
    weekdays: set[int] = set()
    sentences = Sentences(text)
    for timex in timexes:
        if timex.kind not in ("date", "range"):
            continue
        words = fold(timex.text)
        future = _future(text, sentences, timex) or "prochain" in words or "dernier" in words
        if timex.first is not None and timex.first == timex.last and re.search(r"\d", timex.text):
            dated_with_weekday = any(w in WEEKDAY_WORDS for w in words.split())
            if not future and dated_with_weekday and timex.value and re.match(r"^\d{4}-\d{2}-\d{2}$", timex.value):
                latest = max(latest or timex.first, timex.first)
        elif timex.first is None and not future and not _of_another_week(text, sentences, timex):
            bare = words.split()
            named = [WEEKDAY_WORDS.index(w) for w in bare if w in WEEKDAY_WORDS]
            if len(named) == 1 and len(bare) <= 2:
                weekdays.add(named[0])
    if latest is None:
        return None
    return latest + timedelta(days=max(((w - latest.weekday()) % 7 for w in weekdays), default=0))


# Words before a weekday, in its sentence, that place it in another week than the article's.
_ANOTHER_WEEK = re.compile(
    r"\bsemaine\s+(?:derniere|precedente|passee|d'avant|d'apres|suivante)\b|\bil y a\b|\bsemaines?\s+plus\s+tot\b")


def _of_another_week(text: str, sentences: Sentences, timex: Any) -> bool:
    """Whether a bare weekday belongs to another week than the article's own: told in the
    pluperfect, or after words naming that other week in its sentence (`_ANOTHER_WEEK`)."""
    low, _ = sentences.bounds(timex.start)
    before = text[max(low, timex.start - 90):timex.start]
    return PLUPERFECT.search(before) is not None or _ANOTHER_WEEK.search(fold(text[low:timex.start])) is not None


_TERM = re.compile(r"(?:(?P<first>\d{4})\s*-\s*(?P<last>\d{4})|depuis\s+(?P<since>\d{4}))")
_TERMS = re.compile(r"\(([^()]*\d{4}[^()]*)\)\s*$")

TENURE_MARGIN = 1
"""How many years before and after their term news still names a leader as an actor: the
minister about to become president, the president just out of office."""


def terms_of_office(role: str | None) -> tuple[tuple[int, int | None], ...]:
    """The years a gazetteer role gives for its terms (« président de la Colombie (2010-2018) »,
    « (2013-2015, 2021-2024) », « (depuis 2022) »: to this day); none for a role without years or
    with a year that is no term (« (mort en 2019) »)."""
    found = _TERMS.search(role or "")
    if not found:
        return ()
    terms: list[tuple[int, int | None]] = []
    for part in found.group(1).split(","):
        term = _TERM.fullmatch(part.strip())
        if term is None:
            return ()
        if term.group("since"):
            terms.append((int(term.group("since")), None))
        else:
            terms.append((int(term.group("first")), int(term.group("last"))))
    return tuple(terms)


def tenure_years(roles: Sequence[str | None], today: int) -> frozenset[int] | None:
    """The years an article naming leaders with these roles is likely from: those in which most
    of them were in office, give or take TENURE_MARGIN years (a president of 2010-2018, a
    secretary of state of 2013-2017 and a president of 1998-2002 recalled: 2012-2018, when the
    first two held office); None when no role says its years."""
    counts: Counter[int] = Counter()
    for role in roles:
        counts.update({y for first, last in terms_of_office(role)
                       for y in range(first - TENURE_MARGIN, min(today, (last or today) + TENURE_MARGIN) + 1)})
    if not counts:
        return None
    most = max(counts.values())
    return frozenset(y for y, n in counts.items() if n == most)


_FORMER = re.compile(r"\b(?:ancien|ancienne|anciens|ex)[\s-]+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def leaders_in_office(text: str, spans: Sequence[Any]) -> frozenset[str]:
    """The leaders `text` names (its actor spans: start, end, key) as they are, not only as what
    they were (« l'ancien président Álvaro Uribe », « l'ex-Premier ministre »): those whose terms
    say when the text was written (`tenure_years`)."""
    return frozenset(a.key for a in spans if a.key.startswith("leader:")
                     and not _FORMER.search(text, max(0, a.start - 50), a.start))


def within_tenure(years: Sequence[int], tenure: frozenset[int] | None) -> list[int]:
    """`years` in the tenure of the leaders the article names, or all of them when none is."""
    if tenure is None:
        return list(years)
    return [y for y in years if y in tenure] or list(years)
