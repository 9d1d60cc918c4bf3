"""Seasons named with their year, "la semaine du 3 juillet", and "mercredi prochain", as
TEMPORAL.md reads them (cases from a user trial, in sentences written for these tests).

Reference weekdays: 2017-06-20 Tuesday, 2017-07-04 Tuesday, 2018-01-10 Wednesday.
"""

from __future__ import annotations

import pytest

from frise.temporal import Timex, extract


def only(text: str, reference: str | None) -> Timex:
    dated = [t for t in extract(text, reference) if t.kind in ("date", "range")]
    assert len(dated) == 1, dated
    return dated[0]


def interval(t: Timex) -> tuple[str | None, str | None]:
    return (t.first.isoformat() if t.first else None, t.last.isoformat() if t.last else None)


# --- a season with its year is that season's interval (TEMPORAL.md: Mar-May, Jun-Aug, Sep-Nov,
# Dec-Feb, winter YYYY starting in December YYYY), with or without its article


@pytest.mark.parametrize(
    ("text", "words", "value", "first", "last"),
    [
        ("Il partira à l'été 2018 pour Genève.", "l'été 2018", "2018-SU", "2018-06-01", "2018-08-31"),
        ("Il partira à l’été 2018 pour Genève.", "l’été 2018", "2018-SU", "2018-06-01", "2018-08-31"),
        ("Calendrier du chantier : printemps 2019 pour le premier tronçon.", "printemps 2019", "2019-SP",
         "2019-03-01", "2019-05-31"),
        ("La mise en service, prévue été 2019, a été repoussée.", "été 2019", "2019-SU", "2019-06-01",
         "2019-08-31"),
        ("Les travaux reprendront automne 2019, selon la mairie.", "automne 2019", "2019-FA", "2019-09-01",
         "2019-11-30"),
        ("Les coupures de gaz de hiver 2019 ont marqué les esprits.", "hiver 2019", "2019-WI", "2019-12-01",
         "2020-02-29"),
    ],
)
def test_season_with_its_year(text: str, words: str, value: str, first: str, last: str) -> None:
    found = only(text, "2018-01-10")
    assert (found.text, found.value, interval(found), found.anchor) == (words, value, (first, last), "absolute")


def test_ete_after_avoir_is_the_participle_not_the_summer() -> None:
    found = only("Le meilleur millésime de la décennie a été 2016, selon les viticulteurs.", "2018-01-10")
    assert (found.text, found.value) == ("2016", "2016")
    found = only("Pour le groupe, le pire exercice aura sans doute été 2017.", "2018-01-10")
    assert (found.text, found.value) == ("2017", "2017")


def test_bare_season_without_year_is_still_not_a_date() -> None:
    assert extract("La réunion a été reportée sine die.", "2018-01-10") == []
    assert extract("Les Jeux d'hiver ont commencé.", "2018-01-10") == []


# --- "la semaine du 3 juillet": the ISO week, Monday to Sunday, holding that day


@pytest.mark.parametrize(
    ("text", "reference", "words", "value", "first", "last", "anchor"),
    [
        ("Les négociations reprendront la semaine du 3 juillet à Bruxelles.", "2017-06-20",
         "la semaine du 3 juillet", "2017-W27", "2017-07-03", "2017-07-09", "document"),
        ("La grève de la semaine du 3 juillet 2017 a paralysé le port.", "2018-01-10",
         "la semaine du 3 juillet 2017", "2017-W27", "2017-07-03", "2017-07-09", "absolute"),
        ("Le vote est prévu semaine du mercredi 5 juillet 2017.", "2017-06-20",
         "semaine du mercredi 5 juillet 2017", "2017-W27", "2017-07-03", "2017-07-09", "absolute"),
        ("Les soldes ont commencé la semaine du 31 décembre 2017.", "2018-01-10",
         "la semaine du 31 décembre 2017", "2017-W52", "2017-12-25", "2017-12-31", "absolute"),
    ],
)
def test_week_of_a_day(text: str, reference: str, words: str, value: str, first: str, last: str,
                       anchor: str) -> None:
    found = only(text, reference)
    assert (found.text, found.kind, found.value, interval(found), found.anchor) == (
        words, "date", value, (first, last), anchor)


def test_week_of_a_day_without_year_or_reference_stays_unresolved() -> None:
    found = only("Les négociations reprendront la semaine du 3 juillet.", None)
    assert (found.text, found.value, found.first, found.anchor) == (
        "la semaine du 3 juillet", "XXXX-WXX", None, "unresolved")


def test_week_spelled_as_a_span_of_days_stays_a_range() -> None:
    found = only("La foire se tiendra la semaine du 3 au 9 juillet.", "2017-06-20")
    assert (found.text, found.kind, interval(found)) == ("du 3 au 9 juillet", "range", ("2017-07-03", "2017-07-09"))


def test_week_of_an_impossible_day_is_not_a_week() -> None:
    assert not [t for t in extract("La semaine du 31 avril, rien n'a bougé.", "2017-06-20") if "W" in (t.value or "")]


# --- "mercredi prochain": TEMPORAL.md says "prochain" points forward to the next such day after
# the reference, so in a Tuesday article it is the next day (as "lundi prochain" on a Friday is
# the following Monday in the French TimeBank).


def test_weekday_prochain_is_the_next_occurrence() -> None:
    found = only("Le ministre recevra les syndicats mercredi prochain.", "2017-07-04")
    assert interval(found) == ("2017-07-05", "2017-07-05")
    found = only("Le ministre recevra les syndicats mardi prochain.", "2017-07-04")
    assert interval(found) == ("2017-07-11", "2017-07-11")
