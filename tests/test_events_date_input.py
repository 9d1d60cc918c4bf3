"""The analyst's date field (events.date_input): an impossible day is not understood at all,
seasons and weeks are read as TEMPORAL.md reads them, two dates joined by a dash are one span."""

from __future__ import annotations

from datetime import date

import pytest

from frise.events.date_input import DateInputError, understand

MAY_2017 = date(2017, 5, 1)


@pytest.mark.parametrize(
    "typed",
    [
        "32 juin 2017",
        "le 32 juin 2017",
        "mardi 32 juin",
        "31 février 2017",
        "0 juin 2017",
        "31/02/2017",
        "2017-02-31",
        "du 30 juin au 32 juillet 2017",
        "juin 2017 32",
    ],
)
def test_an_impossible_day_makes_the_whole_input_not_understood(typed: str) -> None:
    with pytest.raises(DateInputError, match="non comprise"):
        understand(typed, MAY_2017)


def test_the_message_names_the_number_left_over() -> None:
    with pytest.raises(DateInputError, match="« 32 »"):
        understand("32 juin 2017")


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("juin 2017", date(2017, 6, 1), date(2017, 6, 30)),
        ("30 juin 2017", date(2017, 6, 30), date(2017, 6, 30)),
        ("4 mai 2017 10 h 30", date(2017, 5, 4), date(2017, 5, 4)),
        ("4 mai 2017 à 10h", date(2017, 5, 4), date(2017, 5, 4)),
        ("du 30 juin au 2 juillet 2017", date(2017, 6, 30), date(2017, 7, 2)),
        ("29 février 2016", date(2016, 2, 29), date(2016, 2, 29)),
    ],
)
def test_possible_days_and_times_of_day_still_pass(typed: str, first: date, last: date) -> None:
    found = understand(typed, MAY_2017)
    assert (found.first, found.last) == (first, last)


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("été 2017", date(2017, 6, 1), date(2017, 8, 31)),
        ("printemps 2017", date(2017, 3, 1), date(2017, 5, 31)),
        ("l'été 2018", date(2018, 6, 1), date(2018, 8, 31)),
        ("automne 2016", date(2016, 9, 1), date(2016, 11, 30)),
        ("hiver 2017", date(2017, 12, 1), date(2018, 2, 28)),
    ],
)
def test_a_season_with_its_year_is_that_season(typed: str, first: date, last: date) -> None:
    found = understand(typed, MAY_2017)
    assert (found.first, found.last) == (first, last)


def test_the_week_of_a_day_is_its_iso_week() -> None:
    found = understand("semaine du 3 juillet 2017")
    assert (found.first, found.last) == (date(2017, 7, 3), date(2017, 7, 9))
    assert found.describe() == "du 3 au 9 juillet 2017"
    found = understand("la semaine du 3 juillet", MAY_2017)
    assert (found.first, found.last) == (date(2017, 7, 3), date(2017, 7, 9))
    found = understand("semaine du jeudi 6 juillet 2017")
    assert (found.first, found.last) == (date(2017, 7, 3), date(2017, 7, 9))


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("2016-2017", date(2016, 1, 1), date(2017, 12, 31)),
        ("de 2016 à 2018", date(2016, 1, 1), date(2018, 12, 31)),
        ("entre 2015 et 2017", date(2015, 1, 1), date(2017, 12, 31)),
        ("4 mai 2017 - 6 juin 2017", date(2017, 5, 4), date(2017, 6, 6)),
        ("4 mai – 6 juin 2017", date(2017, 5, 4), date(2017, 6, 6)),
    ],
)
def test_two_dates_joined_are_one_span(typed: str, first: date, last: date) -> None:
    found = understand(typed, MAY_2017)
    assert (found.first, found.last) == (first, last)


def test_a_passage_still_gives_its_first_date() -> None:
    # The window's "add from a passage" reads a whole selected sentence with the same function.
    found = understand("Le 4 mai 2017, 3 000 personnes ont manifesté à Paris ; le 6 mai, 500.", MAY_2017)
    assert (found.first, found.last) == (date(2017, 5, 4), date(2017, 5, 4))
