"""French dates as the chronology list writes them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from frise.ui import datefmt


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


@pytest.mark.parametrize(("first", "last", "expected"), [
    ("2017-05-04", "2017-05-04", "jeudi 4 mai 2017"),
    ("2017-05-01", "2017-05-01", "lundi 1er mai 2017"),
    ("2017-07-07", "2017-07-08", "7–8 juillet 2017"),
    ("2017-05-01", "2017-05-10", "début mai 2017"),
    ("2017-05-11", "2017-05-20", "mi-mai 2017"),
    ("2017-02-21", "2017-02-28", "fin février 2017"),
    ("2017-05-01", "2017-05-31", "mai 2017"),
    ("2017-05-01", "2017-06-30", "mai–juin 2017"),
    ("2017-01-01", "2017-12-31", "2017"),
    ("2017-01-01", "2017-04-30", "début 2017"),
    ("2017-09-01", "2017-12-31", "fin 2017"),
    ("2017-06-01", "2017-08-31", "été 2017"),
    ("2016-12-01", "2017-02-28", "hiver 2016–2017"),
    ("2017-05-08", "2017-05-14", "semaine du 8 mai 2017"),
    ("2017-06-30", "2017-07-02", "30 juin – 2 juillet 2017"),
    ("2016-12-30", "2017-01-02", "30 décembre 2016 – 2 janvier 2017"),
    ("2015-01-01", "2017-12-31", "2015–2017"),
])
def test_period_phrase(first: str, last: str, expected: str) -> None:
    assert datefmt.period_phrase(date.fromisoformat(first), date.fromisoformat(last)) == expected


def test_undated() -> None:
    assert datefmt.period_phrase(None, None) == "date non résolue"
    assert datefmt.undated_heading() == "Sans date"
    assert datefmt.month_heading(2017, 5) == "Mai 2017"


@pytest.mark.parametrize(("typed", "expected"), [
    ("2017-05-04", "2017-05-04"), ("2017-05", "2017-05"), ("2017", "2017"),
    ("04/05/2017", "2017-05-04"), ("05/2017", "2017-05"), ("4 mai 2017", "2017-05-04"),
    ("1er mai 2017", "2017-05-01"), ("Mai 2017", "2017-05"), ("jeudi 4 mai 2017", "2017-05-04"),
    ("31/02/2017", None), ("demain", None), ("", None), ("99", None), ("13/2017", None),
])
def test_parse_user_date(typed: str, expected: str | None) -> None:
    assert datefmt.parse_user_date(typed) == expected


def test_counts_and_publication() -> None:
    assert datefmt.count_phrase(1, "{n} événement", "{n} événements") == "1 événement"
    assert datefmt.count_phrase(12345, "{n} événement", "{n} événements") == "12\u202f345 événements"
    assert datefmt.publication_phrase("2017-07", "month") == "juillet 2017"
    assert datefmt.publication_phrase(None, "unknown") == "inconnue"
