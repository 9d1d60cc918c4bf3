"""The time axis: which units to show at a zoom, where their ticks fall, what they say.

Like thetimelineproj's `choose_strip`, the (major, minor) pair follows how many pixels a day
takes: decades and years far out, then years and months, months and days, and days and hours
close in (hours only for events that carry a time of day: none does yet). Labels are French
and shrink (full name, abbreviation, initial, nothing) with the room their cell has. Pure Python:
the painter draws the ticks, the tests read them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from frise.render import french
from frise.render.metrics import MAX_DAY, MIN_DAY, Metrics

#: (minimum pixels per day, major unit, minor unit, minor step); the first row that fits wins.
SCALES: tuple[tuple[float, str, str, int], ...] = (
    (240.0, "day", "hour", 6),
    (16.0, "month", "day", 1),
    (4.0, "month", "day", 5),
    (0.3, "year", "month", 1),
    (0.08, "year", "quarter", 1),
    (0.0, "decade", "year", 1),
)


@dataclass(frozen=True, slots=True)
class Scale:
    major: str
    minor: str
    step: int


@dataclass(frozen=True, slots=True)
class Tick:
    """A unit boundary at `x`; its cell runs to `end_x` (the next boundary of one unit)."""

    day: float
    x: float
    end_x: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    scale: Scale
    major: tuple[Tick, ...]
    minor: tuple[Tick, ...]


@dataclass(frozen=True, slots=True)
class Words:
    """The names the labels use, translated once per axis rather than once per tick."""

    months: tuple[str, ...]
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]
    day_label: Callable[[int], str]

    @classmethod
    def french(cls) -> Words:
        return cls(
            french.month_names(), french.month_abbreviations(), french.weekday_names(),
            french.weekday_abbreviations(), french.day_label,
        )


def choose_scale(ppd: float, hours: bool = False) -> Scale:
    """The units for `ppd` pixels a day. Hours only when `hours`: events known to the day only
    (all of them, today) drawn on 6 h / 12 h / 18 h ticks claimed a precision they lack, so a
    deep zoom keeps months and days."""
    for threshold, major, minor, step in SCALES:
        if minor == "hour" and not hours:
            continue
        if ppd >= threshold:
            return Scale(major, minor, step)
    return Scale("decade", "year", 1)


def axis_ticks(
    metrics: Metrics, words: Words | None = None, char_px: float = 6.5, hours: bool = False
) -> AxisTicks:
    """The major and minor ticks over the view of `metrics`, labelled to fit.

    `char_px` is the average width of a label character, enough to choose between "janvier",
    "janv." and "J" without measuring every label; `hours` allows an hour scale close in (for
    events that carry a time of day).
    """
    words = words or Words.french()
    scale = choose_scale(metrics.ppd, hours)
    first = max(metrics.start, MIN_DAY + 1)
    last = min(metrics.end, MAX_DAY - 400)
    major = tuple(_ticks(metrics, scale.major, 1, first, last, words, char_px, major=True))
    minor = tuple(_ticks(metrics, scale.minor, scale.step, first, last, words, char_px, major=False))
    return AxisTicks(scale, major, minor)


def _ticks(
    m: Metrics, unit: str, step: int, first: float, last: float, words: Words, char_px: float, *, major: bool
) -> Iterator[Tick]:
    unit_px = m.ppd * _NOMINAL_DAYS[unit]
    for day, cell_end in _boundaries(unit, step, first, last):
        yield Tick(day, m.x(day), m.x(cell_end), _label(unit, step, day, unit_px, words, char_px, major))


def _boundaries(unit: str, step: int, first: float, last: float) -> Iterator[tuple[float, float]]:
    """(day number of each boundary, end of its one-unit cell) from the one before `first`."""
    if unit == "hour":
        day = float(int(first))
        while day <= last:
            for hour in range(0, 24, step):
                yield day + hour / 24.0, day + (hour + 1) / 24.0
            day += 1.0
        return
    start = date.fromordinal(int(first))
    if unit == "day":
        d = start.toordinal()
        while d <= last:
            dom = date.fromordinal(d).day
            if step == 1 or dom == 1 or (dom % step == 0 and dom <= 25):
                yield float(d), float(d + 1)
            d += 1
        return
    if unit in ("month", "quarter"):
        months = 3 if unit == "quarter" else 1
        y, mo = start.year, start.month - (start.month - 1) % months
        while True:
            day = float(date(y, mo, 1).toordinal())
            if day > last:
                return
            ny, nm = (y, mo + 1) if mo < 12 else (y + 1, 1)
            yield day, float(date(ny, nm, 1).toordinal())
            y, mo = (y, mo + months) if mo + months <= 12 else (y + 1, mo + months - 12)
        return
    years = 10 if unit == "decade" else 1
    y = max(1, start.year - start.year % years)
    while y <= 9998:
        day = float(date(y, 1, 1).toordinal())
        if day > last:
            return
        yield day, float(date(min(y + 1, 9999), 1, 1).toordinal())
        y += years


#: The length of each unit in days, as far as choosing label lengths goes: every label of a
#: row takes the same form ("janv.", "févr.", "mars"), whatever its own month's length.
_NOMINAL_DAYS = {"hour": 1 / 24, "day": 1.0, "month": 30.44, "quarter": 91.31, "year": 365.25, "decade": 3652.5}


def _label(unit: str, step: int, day: float, cell_px: float, words: Words, char_px: float, major: bool) -> str:
    """`cell_px` is the nominal width of one `unit`; labels shrink until the longest fits."""
    d = date.fromordinal(int(day))
    fits = lambda text: len(text) * char_px + 6 <= (cell_px * 10 if major else cell_px)  # noqa: E731
    if unit == "decade":
        return str(d.year)
    if unit == "year":
        return str(d.year) if major or len(str(d.year)) * char_px + 4 <= cell_px * step else ""
    if unit == "quarter":
        text = words.months_short[d.month - 1]
        return text if len(text) * char_px + 6 <= cell_px else ""
    if unit == "month":
        full, short = words.months[d.month - 1], words.months_short[d.month - 1]
        if major:
            return f"{full} {d.year}" if fits(full + " 2000") else f"{short} {d.year}"
        longest_full = max(len(m) for m in words.months)
        longest_short = max(len(m) for m in words.months_short)
        for text, length in ((full, longest_full), (short, longest_short), (full[:1].upper(), 1)):
            if length * char_px + 6 <= cell_px:
                return text
        return ""
    if unit == "day":
        if major:
            return f"{words.weekdays[d.weekday()]} {words.day_label(d.day)} {words.months[d.month - 1]} {d.year}"
        number = words.day_label(d.day) if step == 1 else str(d.day)
        with_weekday = f"{words.weekdays_short[d.weekday()]} {number}"
        if step == 1 and len(with_weekday) * char_px + 6 <= cell_px:
            return with_weekday
        return number if len(number) * char_px * 0.9 <= cell_px * step else ""
    hour = round((day - int(day)) * 24)
    return f"{hour} h" if hour else ""
