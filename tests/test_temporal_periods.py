"""Ordinals and parts of periods, named days computed per year, and seasons that are no date
(TEMPORAL.md, "More forms news writes"). Sentences written for these tests.

Reference: 2017-07-06, a Thursday.
"""

from __future__ import annotations

import pytest

from frise.temporal import extract
from tests.temporal_support import D, interval


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        # an ordinal day of a month, a season, a year
        ("Le conseil se réunit le premier mercredi du mois prochain.", "premier mercredi du mois prochain",
         "2017-08-02", "2017-08-02"),
        ("Le dernier jour d'octobre, les horloges reculent.", "dernier jour d'octobre", "2017-10-31", "2017-10-31"),
        ("Le premier vendredi de ce mois, la grève a été suivie.", "premier vendredi de ce mois", "2017-07-07",
         "2017-07-07"),
        ("Le dernier lundi de mai 2016, le pont était fermé.", "dernier lundi de mai 2016", "2016-05-30",
         "2016-05-30"),
        ("La deuxième semaine de septembre, les écoles rouvrent.", "deuxième semaine de septembre", "2017-09-08",
         "2017-09-14"),
        ("Le premier week-end d'août, les routes seront chargées.", "premier week-end d'août", "2017-08-05",
         "2017-08-06"),
        ("La troisième semaine de 2019 sera décisive.", "troisième semaine de 2019", "2019-01-14", "2019-01-20"),
        ("Le premier jour du printemps, les jardins ouvrent.", "premier jour du printemps", "2017-03-20",
         "2017-03-20"),
        ("Il viendra le dernier jour de l'année.", "dernier jour de l'année", "2017-12-31", "2017-12-31"),
        # parts of a year or a month
        ("Le PIB a progressé au premier trimestre 2017.", "premier trimestre 2017", "2017-01-01", "2017-03-31"),
        ("Les embauches reprendront au second semestre.", "second semestre", "2017-07-01", "2017-12-31"),
        ("La première quinzaine de mars, la neige a bloqué les cols.", "première quinzaine de mars", "2017-03-01",
         "2017-03-15"),
        ("Le quatrième trimestre de l'année dernière a été mauvais.", "quatrième trimestre de l'année dernière",
         "2016-10-01", "2016-12-31"),
        ("Au 1er trimestre, les ventes ont chuté.", "1er trimestre", "2017-01-01", "2017-03-31"),
        # named days, computed per year
        ("La fête des pères tombe tôt cette année.", "fête des pères", "2017-06-18", "2017-06-18"),
        ("Les fleuristes ont préparé la fête des mères 2015.", "fête des mères 2015", "2015-05-31", "2015-05-31"),
        ("Les syndicats défileront pour la fête du Travail 2018.", "fête du Travail 2018", "2018-05-01",
         "2018-05-01"),
        ("Le jour de l'an 2016, les rues étaient calmes.", "jour de l'an 2016", "2016-01-01", "2016-01-01"),
        ("La Saint-Sylvestre 2015 a été fêtée sous la pluie.", "Saint-Sylvestre 2015", "2015-12-31", "2015-12-31"),
        ("Les amoureux se retrouvent à la Saint-Valentin.", "Saint-Valentin", "2017-02-14", "2017-02-14"),
        ("Le 14-Juillet, le défilé descendra les Champs-Élysées.", "14-Juillet", "2017-07-14", "2017-07-14"),
        ("La fête nationale sera célébrée sans feu d'artifice.", "fête nationale", "2017-07-14", "2017-07-14"),
        # a day named by what happened then is of that year, a feast written the same way is not
        ("Depuis le 11-Septembre, les aéroports fouillent tout.", "11-Septembre", "2001-09-11", "2001-09-11"),
        ("Les victimes du 13-Novembre ont été honorées.", "13-Novembre", "2015-11-13", "2015-11-13"),
        ("Le 11 septembre, le conseil se réunira.", "11 septembre", "2017-09-11", "2017-09-11"),
        ("Les anciens combattants se réuniront pour l'Armistice.", "Armistice", "2017-11-11", "2017-11-11"),
        ("À Noël 2016, la neige est tombée sur Paris.", "Noël 2016", "2016-12-25", "2016-12-25"),
        ("À Pâques 2019, les églises étaient pleines.", "Pâques 2019", "2019-04-21", "2019-04-21"),
        ("Les commerces ouvriront à la Toussaint.", "Toussaint", "2017-11-01", "2017-11-01"),
        ("La fete des peres de 2014 a été un succès.", "fete des peres de 2014", "2014-06-15", "2014-06-15"),
        # the new year, by the reference's month
        ("Les ministres entrent dans la nouvelle année avec prudence.", "nouvelle année", "2017-01-01",
         "2017-12-31"),
    ],
)
def test_period_or_named_day(text: str, words: str, first: str, last: str) -> None:
    assert interval(text, words) == (first, last)


def test_what_happens_at_a_feast_keeps_its_day() -> None:
    assert interval("La trêve de Noël a été respectée sur le front.", "Noël") == ("2016-12-25", "2016-12-25")
    assert interval("Le message de Noël du pape a été suivi par des millions de fidèles.", "Noël") == (
        "2016-12-25", "2016-12-25")


def test_new_year_in_december_is_the_next_one() -> None:
    assert interval("Les soldes reprendront avec la nouvelle année.", "nouvelle année", "2016-12-28") == (
        "2017-01-01", "2017-12-31")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les deux pays ont signé l'armistice après dix ans de guerre.", "armistice"),
        ("La fête nationale belge a lieu en juillet.", "fête nationale"),
        ("Le député Noël Mamère a pris la parole.", "Noël"),
        ("Le discours de Noël Mamère a été applaudi.", "Noël"),
        ("Le général de la Toussaint Louverture a été cité.", "Toussaint"),
        ("Le Printemps de l'environnement a réuni trente volontaires.", "Printemps"),
        ("Il habite Saint-Jean-de-Luz depuis dix ans.", "Saint-Jean"),
        # a thing named after a feast
        ("Le marché de Noël de la place Kléber a fermé plus tôt.", "Noël"),
        ("Les illuminations de Noël ont été installées lundi.", "Noël"),
        ("Un séisme a secoué l'île de Pâques dans la nuit.", "Pâques"),
        ("Les œufs de Pâques se vendent moins cher cette année.", "Pâques"),
    ],
)
def test_not_a_named_day(text: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words)
    dated = [r for r in extract(text, D) if r.kind in ("date", "range") and r.start < end and r.end > start
             and r.first is not None]
    assert not dated, dated


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les ventes de glaces connaissent un boom en été.", "été"),
        ("Pendant les mois d'hiver, le refuge affiche complet.", "hiver"),
        ("Le marché est ouvert été comme hiver.", "hiver"),
    ],
)
def test_a_season_in_a_general_statement_is_no_one_season(text: str, words: str) -> None:
    assert interval(text, words) == (None, None)


def test_a_season_with_a_tense_is_one_season() -> None:
    assert interval("Les combats ont repris en hiver.", "hiver") == ("2016-12-01", "2017-02-28")
    assert interval("Le sommet se tiendra en automne.", "automne") == ("2017-09-01", "2017-11-30")


@pytest.mark.parametrize(
    ("text", "reference", "words", "expected"),
    [
        # the future verb of the figures' publication does not place the part they measure: the
        # nearest stays
        ("Les chiffres du troisième trimestre seront publiés vendredi.", "2021-11-08", "troisième trimestre",
         ("2021-07-01", "2021-09-30")),
        ("Les comptes du quatrième trimestre seront arrêtés en février.", "2021-11-08", "quatrième trimestre",
         ("2021-10-01", "2021-12-31")),
        ("Le groupe publiera les résultats du quatrième trimestre en février.", "2023-09-14", "quatrième trimestre",
         ("2023-10-01", "2023-12-31")),
        ("Le rapport du second semestre sera présenté en février prochain.", "2023-06-15", "second semestre",
         ("2023-07-01", "2023-12-31")),
        # a part still to come told only in the past is last year's
        ("Le bilan du premier semestre a été présenté en juillet.", "2023-11-15", "premier semestre",
         ("2023-01-01", "2023-06-30")),
        ("Les chiffres du premier trimestre avaient déçu les marchés.", "2023-11-15", "premier trimestre",
         ("2023-01-01", "2023-03-31")),
        # what is forecast is not counted yet: the coming one beside a future verb
        ("La croissance du premier trimestre devrait atteindre 2 %.", "2021-11-08", "premier trimestre",
         ("2022-01-01", "2022-03-31")),
        ("La croissance devrait accélérer au premier semestre.", "2021-11-08", "premier semestre",
         ("2022-01-01", "2022-06-30")),
    ],
)
def test_figures_are_of_the_nearest_part_whatever_their_publication(
        text: str, reference: str, words: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, reference) == expected
