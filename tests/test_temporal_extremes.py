"""References at the ends of the calendar (0001-01-01, 9999-12-31): extract() never raises there,
never drops an expression it finds elsewhere, and what it resolves is right or left unresolved.

"Right" is checked against the same text read 2000 or 8000 years away from the edge: the
Gregorian calendar repeats every 400 years (weekdays and leap years alike), so a relative
expression read against 9999-12-31 means exactly what it means against 1999-12-31, 8000 years on.
Easter does not repeat so (its cycle is 5,700,000 years): the feasts that follow it are checked
to fall on the feast of their own year, within a year of the reference.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta

import pytest
from dateutil.easter import easter
from hypothesis import given, settings
from hypothesis import strategies as st

from frise.temporal import Reference, Timex, extract

# Every kind of expression whose reading depends on the reference (relative.py, and the dates
# and months resolve.py places by the reference), with their last/next/this variants.
EXPRESSIONS = [
    "hier", "avant-hier", "aujourd'hui", "demain", "après-demain",
    "la veille", "l'avant-veille", "le lendemain", "le surlendemain", "le même jour",
    "cette semaine", "la semaine dernière", "la semaine prochaine",
    "ce week-end", "le week-end dernier", "le week-end prochain",
    "ce mois-ci", "le mois dernier", "le mois prochain",
    "cette année", "l'année dernière", "l'année prochaine", "l'an dernier", "l'an prochain",
    "à la fin de l'année", "au début de l'année prochaine",
    "il y a trois jours", "il y a deux semaines", "il y a six mois", "il y a trois ans",
    "dans trois jours", "dans trois semaines", "dans six mois", "dans deux ans",
    "mardi", "mardi dernier", "mardi prochain", "ce vendredi", "dès lundi",
    "le printemps", "l'été", "l'automne", "l'hiver", "l'été dernier", "l'hiver prochain", "cet automne",
    "à Noël", "à Pâques", "à la Toussaint", "le lundi de Pâques", "à la Pentecôte", "le Nouvel An",
    "le 3 mai", "le 31 décembre", "le 1er janvier", "en mai", "fin décembre", "début janvier", "mi-juin",
    "mai dernier", "décembre prochain", "janvier prochain", "depuis janvier", "le 31 décembre dernier",
    "le 1er janvier prochain", "le jeudi 12 septembre", "le vendredi 31 décembre", "le lundi 3 janvier",
    "du 3 au 5 mai", "du 30 décembre au 2 janvier", "les 7 et 8 juillet", "les 6 et 13 avril",
    "dans la nuit du 31 décembre au 1er janvier", "dans la nuit de jeudi à vendredi",
    "la semaine du 27 décembre", "de novembre à janvier", "mai et juin derniers",
]

# Days after Easter Sunday.
_EASTER_FEASTS = {"à Pâques": 0, "le lundi de Pâques": 1, "à la Pentecôte": 49}
_LOW_DAYS = (0, 1, 2, 6, 7, 13, 30, 59, 60, 364, 365, 366, 400, 731)


def _moved(reference: str, years: int) -> str:
    return f"{int(reference[:4]) + years:04d}{reference[4:]}"


EXTREMES = (
    [(date.min + timedelta(days=k)).isoformat() for k in _LOW_DAYS]
    + [(date.max - timedelta(days=k)).isoformat() for k in _LOW_DAYS]
    + ["0001-01", "0001-12", "0001", "0002", "9999-12", "9999-01", "9999", "9998"]
)


def _shift(reference: str) -> int:
    """How far to move a reference at an end of the calendar to land in the engine's years."""
    return 2000 if reference < "5000" else -8000


def _text(expression: str) -> str:
    return f"Le ministre l'a dit {expression}."


def _covered(records: list[Timex], start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in records)


def _check(expression: str, reference: str) -> None:
    text = _text(expression)
    start = text.index(expression)
    years = _shift(reference)
    at_edge = extract(text, Reference.parse(reference))
    inside = extract(text, Reference.parse(_moved(reference, years)))
    assert _covered(inside, start, start + len(expression)), (expression, "not found at all", inside)
    assert _covered(at_edge, start, start + len(expression)), (expression, reference, "dropped", inside)
    by_span = {(r.start, r.end): r for r in inside}
    for record in at_edge:
        if record.first is None or record.anchor == "absolute":
            continue  # unresolved is always allowed; absolute readings do not depend on the reference
        if expression in _EASTER_FEASTS:
            assert record.first == record.last == easter(record.first.year) + timedelta(_EASTER_FEASTS[expression])
            assert abs(record.first.year - int(reference[:4])) <= 1, (reference, record)
            continue
        twin = by_span.get((record.start, record.end))
        assert twin is not None and twin.first is not None and twin.last is not None, (expression, reference, record)
        moved = (twin.first.replace(year=twin.first.year - years), twin.last.replace(year=twin.last.year - years))
        assert (record.first, record.last) == moved, (reference, record, twin)
        assert record.kind == twin.kind and record.anchor == twin.anchor, (reference, record, twin)
        assert record.value is not None and twin.value is not None
        moved_back = re.sub(r"\d{4}", lambda year: f"{int(year.group()) - years:04d}", twin.value)
        assert record.value == moved_back, (reference, record.value, twin.value)


@pytest.mark.parametrize("reference", EXTREMES)
def test_every_relative_expression_at_the_ends_of_the_calendar(reference: str,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="frise.temporal"):
        for expression in EXPRESSIONS:
            _check(expression, reference)
    assert not caplog.records, "a rule failed and was logged"


def test_the_issue_s_examples_do_not_raise() -> None:
    text = "Il viendra demain ; l'année prochaine, dans trois semaines, comme la semaine dernière."
    for reference in ("9999-12-31", "0001-01-01"):
        found = extract(text, Reference.parse(reference))
        assert [t.text for t in found] == ["demain", "l'année prochaine", "dans trois semaines", "la semaine dernière"]


def test_beyond_the_calendar_is_unresolved_not_clamped() -> None:
    demain, = extract("Il viendra demain.", "9999-12-31")
    assert (demain.first, demain.last, demain.anchor) == (None, None, "unresolved")
    hier, = extract("Il est venu hier.", "0001-01-01")
    assert (hier.first, hier.anchor) == (None, "unresolved")
    # Still within it: resolved as anywhere else.
    hier, = extract("Il est venu hier.", "9999-12-31")
    assert hier.first == date(9999, 12, 30) and hier.anchor == "document"


@settings(max_examples=150, deadline=None)
@given(expression=st.sampled_from(EXPRESSIONS), days=st.integers(0, 1200), high=st.booleans(),
       precision=st.sampled_from(["day", "month", "year"]))
def test_any_reference_near_either_end(expression: str, days: int, high: bool, precision: str) -> None:
    day = date.max - timedelta(days=days) if high else date.min + timedelta(days=days)
    reference = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
    _check(expression, reference)
