"""Readings the engine gained from the dates probe (benchmarks/probes/dates_probe): typography
(« aujourd hui », superscript ordinals), a month after « au cours du mois de », feasts opening a
sentence and feasts placed by the tense. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frise.temporal import extract
from tests.temporal_support import interval


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    ("Aujourd hui, la circulation reprend sur l'A7.", "Aujourd hui", "2022-04-12", ("2022-04-12", "2022-04-12")),
    ("Le conseil se prononcera aujourd hui même.", "aujourd hui même", "2022-04-12", ("2022-04-12", "2022-04-12")),
    ("Le 1ᵉʳ juin, les tarifs du gaz augmenteront.", "1ᵉʳ juin", "2022-04-12", ("2022-06-01", "2022-06-01")),
    ("Au XVIIIᵉ siècle, le port était prospère.", "XVIIIᵉ siècle", "2022-04-12", ("1700-01-01", "1799-12-31")),
    ("Au cours du mois de février, les importations ont chuté.", "février", "2022-04-12",
     ("2022-02-01", "2022-02-28")),
])
def test_typography_and_months_by_name(text: str, words: str, reference: str,
                                       expected: tuple[str, str]) -> None:
    assert interval(text, words, reference) == expected


def test_au_cours_du_mois_before_a_month_name_is_no_date_of_its_own() -> None:
    records = extract("Au cours du mois de février, les importations ont chuté.", "2022-04-12")
    assert [(r.text, r.first.isoformat() if r.first else None) for r in records] == [
        ("du mois de février", "2022-02-01")]


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    # a feast opening its sentence needs no article
    ("Pâques a été fêté sous la pluie cette année.", "Pâques", "2021-06-10", "2021-04-04"),
    ("Noël approche et les commerçants s'inquiètent.", "Noël", "2021-12-10", "2021-12-25"),
    # the tense says which year: a past verb and a feast still to come this year is last year's
    ("La fête du Travail a réuni des milliers de manifestants à Lyon.", "fête du Travail", "2021-03-02",
     "2020-05-01"),
    ("La Toussaint a été marquée par des orages.", "Toussaint", "2021-09-20", "2020-11-01"),
    # a future verb and a feast long past this year is the coming one
    ("Les pistes de ski fermeront à Pâques.", "Pâques", "2021-07-20", "2022-04-17"),
    ("Les bureaux de poste fermeront à Noël.", "Noël", "2021-02-16", "2021-12-25"),
    ("Les élus se retrouveront pour la fête nationale.", "fête nationale", "2021-11-20", "2022-07-14"),
])
def test_feasts(text: str, words: str, reference: str, expected: str) -> None:
    assert interval(text, words, reference) == (expected, expected)


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    ("Les feux d'artifice de la Saint-Sylvestre ont été annulés.", "Saint-Sylvestre", "2021-12-05", "2021-12-31"),
    ("Les vitrines resteront décorées après Noël.", "Noël", "2022-01-06", "2021-12-25"),
])
def test_feasts_the_tense_leaves_nearest(text: str, words: str, reference: str, expected: str) -> None:
    """Guards, true before the tense was read too: a plan told over keeps the nearest feast, and
    so does a future verb just after it."""
    assert interval(text, words, reference) == (expected, expected)


def test_a_bare_feast_inside_a_sentence_is_no_date() -> None:
    """A guard, true before feasts could open a sentence bare."""
    assert extract("Les chocolats Pâques et Noël sont en vente.", "2021-06-10") == []


@pytest.mark.parametrize(("text", "words", "expected"), [
    # past participles in -i and -int tell the past as those in -é do
    ("Le syndicat a réuni ses adhérents le 20 juin à Rennes.", "20 juin", "2021-06-20"),
    ("Le fleuve a atteint la cote d'alerte le 28 mai.", "28 mai", "2021-05-28"),
])
def test_past_participles_in_i_and_int(text: str, words: str, expected: str) -> None:
    assert interval(text, words, "2022-05-10") == (expected, expected)
