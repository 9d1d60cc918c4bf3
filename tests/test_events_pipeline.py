"""The article's way to its statements (frise.events.pipeline). Sentences written for these tests."""

from __future__ import annotations

from frise.events.mentions import build_mentions
from frise.events.pipeline import may_coincide
from frise.temporal import Reference, extract

TEXT = ("Les deux pays ont accepté vendredi d'ouvrir des pourparlers. Le ministre prendra part la semaine "
        "prochaine à Oslo à des discussions sur l'accord. Son adjoint discutera à partir de mardi à Oslo de "
        "l'accord. Il a annoncé mardi qu'il recevrait le même jour ses homologues. Les pourparlers ont eu lieu "
        "les 3 et 4 mai à Oslo. Le 4 mai, les délégués ont signé le texte.")


def statements() -> dict[str, list]:
    found: dict[str, list] = {}
    for mention in build_mentions(TEXT, "h", extract(TEXT, Reference.unknown())):
        assert mention.first is None  # the article gives no date: nothing is resolved
        found.setdefault(mention.text, []).append(mention)
    return found


def test_statements_of_an_undated_article_that_may_date_the_same_days() -> None:
    said = statements()
    next_week, from_tuesday = said["la semaine prochaine"][0], said["à partir de mardi"][0]
    assert may_coincide(next_week, from_tuesday)
    assert may_coincide(from_tuesday, next_week)


def test_a_past_weekday_never_falls_in_next_week() -> None:
    said = statements()
    assert not may_coincide(said["vendredi"][0], said["la semaine prochaine"][0])


def test_two_dates_of_one_sentence_are_two_happenings() -> None:
    said = statements()
    tuesday = next(m for m in said["mardi"] if "annoncé" in m.passage)
    assert not may_coincide(tuesday, said["le même jour"][0])


def test_a_day_is_not_one_of_two_days_said_as_precisely() -> None:
    said = statements()
    assert not may_coincide(said["les 3 et 4 mai"][0], said["Le 4 mai"][0])
