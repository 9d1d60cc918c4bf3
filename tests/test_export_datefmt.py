"""render.datefmt: the date phrases the exports print (and the window re-exports)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication

from frise.render import datefmt
from frise.ui import datefmt as window_datefmt


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


@pytest.mark.parametrize(("first", "last", "expected"), [
    ("2017-05-04", "2017-05-04", "jeudi 4 mai 2017"),
    ("2017-07-07", "2017-07-08", "7–8 juillet 2017"),
    ("2017-05-01", "2017-05-10", "début mai 2017"),
    ("2017-07-01", "2017-07-10", "début juillet 2017"),
    ("2017-05-01", "2017-06-30", "mai–juin 2017"),
    ("2016-12-01", "2017-02-28", "hiver 2016–2017"),
    ("2017-06-30", "2017-07-02", "30 juin – 2 juillet 2017"),
])
def test_period_phrases(first: str, last: str, expected: str) -> None:
    assert datefmt.period_phrase(date.fromisoformat(first), date.fromisoformat(last)) == expected


def test_the_window_uses_the_same_phrases() -> None:
    start = date(2017, 1, 1)
    for offset in range(0, 365, 7):
        first = start + timedelta(days=offset)
        for length in (0, 1, 9, 30):
            last = first + timedelta(days=length)
            assert datefmt.period_phrase(first, last) == window_datefmt.period_phrase(first, last)


def test_other_phrases() -> None:
    assert datefmt.day_phrase(date(2017, 5, 1)) == "lundi 1er mai 2017"
    assert datefmt.month_heading(2017, 5) == "Mai 2017"
    assert datefmt.span_phrase(date(2017, 5, 1), date(2017, 7, 31)) == "du 1er mai 2017 au 31 juillet 2017"
    assert datefmt.span_phrase(date(2017, 5, 4), date(2017, 5, 4)) == "le 4 mai 2017"
    assert datefmt.months_phrase((2017, 5), (2017, 7)) == "mai – juillet 2017"
    assert datefmt.months_phrase((2016, 12), (2017, 1)) == "décembre 2016 – janvier 2017"
    assert datefmt.count_phrase(12345, "{n} événement", "{n} événements") == "12\u202f345 événements"
    for published, precision in (("2017-07", "month"), ("2017-05-04", "day"), (None, "unknown"), ("2017", "year")):
        assert datefmt.publication_phrase(published, precision) == window_datefmt.publication_phrase(
            published, precision)
