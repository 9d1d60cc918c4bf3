"""Where a new reading must stop: a named day's anniversary, « cet été » told across the
reference, a night starting tonight, « il y a » meaning « there are », a week-end of habits,
« Noël » the first name. Sentences written for these tests; each was read wrongly once.
"""

from __future__ import annotations

import pytest

from frise.temporal import extract
from tests.temporal_support import interval


@pytest.mark.parametrize(
    ("text", "words", "reference", "expected"),
    [
        # « le 11-Septembre » is 2001, not on its anniversary
        ("Les attentats du 11-Septembre ont changé la donne.", "11-Septembre", "2019-03-14",
         ("2001-09-11", "2001-09-11")),
        ("Ce mercredi 11-Septembre, la ville a rendu hommage aux victimes.", "11-Septembre", "2019-09-11",
         ("2019-09-11", "2019-09-11")),
        ("Le 11-Septembre prochain, une cérémonie sera organisée.", "11-Septembre", "2019-03-14",
         ("2019-09-11", "2019-09-11")),
        ("Ce 11-Septembre, la ville rend hommage aux victimes.", "11-Septembre", "2019-09-11",
         ("2019-09-11", "2019-09-11")),
        ("La cérémonie se tiendra le 11-Septembre devant le mémorial.", "11-Septembre", "2019-03-14",
         ("2019-09-11", "2019-09-11")),
        # « cet été », « ce printemps »: the reference year's unless the tense beside says otherwise
        ("Ce printemps, le parlement votera la réforme.", "printemps", "2019-12-10", ("2020-03-01", "2020-05-31")),
        ("Ce printemps prochain, le parlement votera la réforme.", "printemps", "2019-12-10",
         ("2020-03-01", "2020-05-31")),
        ("Cet automne, la réforme a été votée ; elle entrera en vigueur en juillet.", "automne", "2019-03-14",
         ("2018-09-01", "2018-11-30")),
        ("En 2012, la sécheresse a frappé le pays. Cet été-là, les rivières ont tari.", "été", "2019-03-10",
         ("2012-06-01", "2012-08-31")),
        # a night starting on the reference day, told in the future, is tonight
        ("Des orages sont attendus dans la nuit du 20 au 21, selon les prévisionnistes.", "nuit du 20 au 21",
         "2019-03-20", ("2019-03-20", "2019-03-21")),
    ],
)
def test_a_reading_holds_only_where_its_words_say_so(
    text: str, words: str, reference: str, expected: tuple[str, str]
) -> None:
    assert interval(text, words, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il y a une dizaine de jours fériés dans le pays.",
        "Il y a une quinzaine de jours de retard sur le chantier.",
        "Les horaires du week-end seront modifiés.",
        "Depuis des années, le musée a toujours fermé pendant le week-end.",
        "Un accord a été trouvé entre Noël et ses associés.",
        "Le ministre a consulté Noël, son conseiller.",
        # « dans la semaine » beside no future verb, or naming another week
        "Les livraisons arrivent généralement dans la semaine.",
        "Les ventes ont bondi dans la semaine précédant l'annonce.",
        "Le musée ouvre dans la semaine, de neuf heures à midi.",
    ],
)
def test_no_date_where_the_words_are_not_one(text: str) -> None:
    assert [r for r in extract(text, "2019-03-13") if r.kind in ("date", "range")] == []


def test_a_week_end_told_in_the_past_survives_nouns_in_rait_and_a_relative_in_the_imperfect() -> None:
    for text in ("Lors du week-end, le retrait des troupes a été acté.",
                 "La police a arrêté pendant le week-end un homme qui tentait de fuir."):
        assert interval(text, "week-end", "2019-03-13") == ("2019-03-09", "2019-03-10"), text


def test_il_y_a_deux_ans_d_ailleurs_is_still_two_years_ago() -> None:
    assert interval("Il y a deux ans d'ailleurs, il avait été condamné.", "Il y a deux ans", "2019-03-14") == (
        "2017-01-01", "2017-12-31")


def test_two_numbers_after_du_are_days_only_after_a_month_and_not_as_a_change() -> None:
    """« du 3 au 5 » with no month told before is two numbers (chapters, ranks), and « est passé
    du 20 au 24 » a number's change; after a month, a range of its days."""
    for text in ("Les chapitres du 3 au 5 ont été réécrits.", "Le 2 mars, le taux est passé du 20 au 24."):
        assert not any(r.kind == "range" for r in extract(text, "2019-03-14")), text
    assert interval("Le 2 mars, la délégation est arrivée ; les pourparlers ont eu lieu du 4 au 6.", "du 4 au 6",
                    "2019-03-14") == ("2019-03-04", "2019-03-06")


def test_entre_noel_et_a_month_is_christmas() -> None:
    assert interval("Les bureaux ferment entre Noël et fin janvier.", "Noël", "2018-12-10") == (
        "2018-12-25", "2018-12-25")


@pytest.mark.parametrize(
    "text",
    [
        "Le marché se tient le samedi sur la place de la mairie.",
        "Le conseil des ministres se réunit le mercredi à l'Élysée.",
        "Le musée est fermé le lundi, comme la bibliothèque.",
        "Les boutiques de la gare restent ouvertes le dimanche.",
        "Les boutiques de la gare étaient ouvertes le dimanche.",
        "Enfant, il rendait visite à sa grand-mère le jeudi.",
        "Le lundi, les négociateurs font le point par téléphone.",
    ],
)
def test_a_weekday_after_le_in_a_tense_of_habits_is_every_such_day(text: str) -> None:
    assert [t.text for t in extract(text, "2023-11-15") if t.kind in ("date", "range")] == []


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Le ministre est arrivé à Rome le samedi, sans escorte.", "samedi", ("2023-11-11", "2023-11-11")),
        ("La délégation s'est rendue à Kiev le lundi.", "lundi", ("2023-11-13", "2023-11-13")),
        ("Les deux camps avaient signé le mardi un premier texte.", "mardi", ("2023-11-14", "2023-11-14")),
        ("La réunion est prévue le lundi à Bruxelles.", "lundi", ("2023-11-20", "2023-11-20")),
        ("Les grévistes occupent le site depuis le lundi.", "lundi", ("2023-11-13", "2023-11-13")),
        ("Le suspect est interpellé le mardi à son domicile, puis placé en garde à vue.", "mardi",
         ("2023-11-14", "2023-11-14")),
        # a narrative's present, after a day it told: that week's day
        ("Le 10 novembre, le ministre arrive à Genève. Le samedi, il rencontre son homologue.", "samedi",
         ("2023-11-11", "2023-11-11")),
    ],
)
def test_a_weekday_after_le_told_as_a_happening_keeps_its_day(
        text: str, words: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, "2023-11-15") == expected
