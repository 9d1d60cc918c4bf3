"""Ranges without « du », with weekdays, of years, and days the text joins (TEMPORAL.md, "More
forms news writes"), in sentences written for these tests.

Reference weekdays: 2017-07-06 Thursday, 2020-11-09 Monday.
"""

from __future__ import annotations

import pytest

from frise.temporal import Timex, extract
from tests.temporal_support import D, covering


def reading(t: Timex) -> tuple[str, str | None, str | None]:
    return t.kind, t.first.isoformat() if t.first else None, t.last.isoformat() if t.last else None


@pytest.mark.parametrize(
    ("text", "words", "kind", "first", "last"),
    [
        # days without « du »
        ("Le forum se tient 18 au 20 septembre à Nantes.", "18 au 20 septembre", "range", "2017-09-18", "2017-09-20"),
        ("Les soldes ont eu lieu 28 juin au 4 juillet.", "28 juin au 4 juillet", "range", "2017-06-28", "2017-07-04"),
        ("Festival 21-23 juillet, sous chapiteau.", "21-23 juillet", "range", "2017-07-21", "2017-07-23"),
        ("Le colloque dure du 12 juillet au 14 juillet.", "12 juillet au 14 juillet", "range", "2017-07-12",
         "2017-07-14"),
        ("Stage de voile 7 jusqu'au 11 août, complet.", "7 jusqu'au 11 août", "range", "2017-08-07", "2017-08-11"),
        # weekdays with their day numbers
        ("Les discussions ont eu lieu entre mercredi 5 et jeudi 6 juillet.", "mercredi 5 et jeudi 6 juillet",
         "range", "2017-07-05", "2017-07-06"),
        ("La grève a duré du lundi 3 au mercredi 5 juillet.", "lundi 3 au mercredi 5 juillet", "range",
         "2017-07-03", "2017-07-05"),
        # « le 4 et le 5 »: consecutive days are one range
        ("Les ministres se réuniront le 10 et le 11 juillet à Bruxelles.", "10 et le 11 juillet", "range",
         "2017-07-10", "2017-07-11"),
        # a month named by reference to the article's
        ("Inscriptions du 3 au 14 de ce mois en mairie.", "3 au 14 de ce mois", "range", "2017-07-03",
         "2017-07-14"),
        ("Les travaux auront lieu 5-9 du mois prochain.", "5-9 du mois prochain", "range", "2017-08-05",
         "2017-08-09"),
        # weekdays alone
        ("La foire se tiendra de vendredi à dimanche sur la place.", "vendredi à dimanche", "range", "2017-07-07",
         "2017-07-09"),
        ("Les routiers ont bloqué le port du lundi au mercredi.", "lundi au mercredi", "range", "2017-07-03",
         "2017-07-05"),
        ("Le vote se déroulera entre lundi et mercredi prochains.", "lundi et mercredi prochains", "range",
         "2017-07-10", "2017-07-12"),
        # years
        ("Elle a présidé le club de 1998 à 2004.", "1998 à 2004", "range", "1998-01-01", "2004-12-31"),
        ("Le poète Louis Brun (1890-1962) est né ici.", "1890-1962", "range", "1890-01-01", "1962-12-31"),
        ("Le chantier s'étale depuis 2015 jusqu'en 2019.", "2015 jusqu'en 2019", "range", "2015-01-01",
         "2019-12-31"),
        # days the text joins
        ("Exposition du 4 mars 2016 - 18/04/2016 au musée.", "4 mars 2016 - 18/04/2016", "range", "2016-03-04",
         "2016-04-18"),
        ("Le pont reste fermé depuis hier jusqu'à demain.", "hier jusqu'à demain", "range", "2017-07-05",
         "2017-07-07"),
        ("Permanence de 9 h aujourd'hui jusqu'au lendemain midi.", "aujourd'hui jusqu'au lendemain", "range",
         "2017-07-06", "2017-07-07"),
        ("Période couverte : 3/1-14/2/2015.", "3/1-14/2/2015", "range", "2015-01-03", "2015-02-14"),
    ],
)
def test_range(text: str, words: str, kind: str, first: str, last: str) -> None:
    assert reading(covering(text, words)) == (kind, first, last)


def test_night_of_monday_to_tuesday_in_a_monday_article_is_that_night() -> None:
    record = covering("Dans la nuit de lundi à mardi, un accord a été annoncé.", "lundi à mardi", "2020-11-09")
    assert reading(record) == ("range", "2020-11-09", "2020-11-10")
    record = covering("Dans la nuit de dimanche à lundi, la centrale a été touchée.", "dimanche à lundi", "2020-11-09")
    assert reading(record) == ("range", "2020-11-08", "2020-11-09")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les prix sont passés de 1500 à 2000 euros.", "1500 à 2000"),
        ("La mesure concerne les années (2010-2014 incluses).", "2010-2014"),
        ("Il a gagné 3 à 1 face à Lyon le 4 juillet.", "3 à 1"),
    ],
)
def test_not_a_range(text: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words)
    assert not [r for r in extract(text, D) if r.kind == "range" and r.start < end and r.end > start]


def test_days_joined_by_a_dash_stay_apart_when_the_second_comes_first() -> None:
    records = [r for r in extract("Le 5 mai 2016 - 3 mai 2016 : deux dates contradictoires.", D)]
    assert [r.kind for r in records] == ["date", "date"]


def test_non_consecutive_le_et_le_are_separate_dates() -> None:
    records = extract("Les audiences auront lieu le 4 et le 9 juillet.", D)
    assert [(r.kind, r.first.isoformat() if r.first else None) for r in records] == [
        ("date", "2017-07-04"), ("date", "2017-07-09")]
