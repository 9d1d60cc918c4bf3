"""Rarer forms of French news (branch i-forms): a month far behind the reference beside a future
verb, a bare day number told in the future, « le 15 courant », « la rentrée », day-month numbers
without a year. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.temporal_support import dates

REF = "2023-03-15"  # a Wednesday


def _read(text: str, reference: str = REF) -> list[tuple[str, str | None, str | None]]:
    return dates(text, reference)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le jugement tombera à la mi-octobre.", [("à la mi-octobre", "2023-10-11", "2023-10-20")]),
    ("Les tarifs baisseront en janvier.", [("janvier", "2024-01-01", "2024-01-31")]),
    ("L'activité pourrait rebondir au second semestre.", [("au second semestre", "2023-07-01", "2023-12-31")]),
    ("Les ventes devraient repartir au quatrième trimestre.", [("au quatrième trimestre", "2023-10-01", "2023-12-31")]),
])
def test_a_month_far_behind_beside_a_future_verb_is_the_coming_one(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("L'activité devait rebondir au second semestre.", [("au second semestre", "2022-07-01", "2022-12-31")]),
    ("Les tarifs baissaient en octobre.", [("octobre", "2022-10-01", "2022-10-31")]),
    ("Le bilan de l'opération d'octobre, qui sera publié demain, est lourd.",
     [("octobre", "2022-10-01", "2022-10-31"), ("demain", "2023-03-16", "2023-03-16")]),
])
def test_a_past_or_a_relative_clause_keeps_the_nearest_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Les sénateurs examineront la réforme le 27.", [("le 27", "2023-03-27", "2023-03-27")]),
    ("La cour rendra son arrêt le 4.", [("le 4", "2023-04-04", "2023-04-04")]),
])
def test_a_day_number_closing_a_sentence_told_in_the_future_is_a_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Le capitaine portera le 9.",
    "Les élus amenderont l'article le 12.",
    "Ils s'imposeront 3-1 le 8.",
    "Il veut le 3.",
    "Elle terminera le 14e.",
])
def test_a_number_after_its_verb_or_a_numbered_thing_stays_no_day(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Les candidatures seront closes le 24 courant.", [("le 24 courant", "2023-03-24", "2023-03-24")]),
    ("Suite à notre entretien du 2 courant, voici le devis.", [("du 2 courant", "2023-03-02", "2023-03-02")]),
    ("Le bureau sera fermé jusqu'au 20 du courant.", [("au 20 du courant", "2023-03-20", "2023-03-20")]),
])
def test_day_n_courant_is_that_day_of_the_reference_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


def test_courant_the_noun_after_a_number_is_no_month() -> None:
    assert _read("Le 2 courant alternatif est coupé.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Le conseil se réunira le 22-05 en mairie.", [("le 22-05", "2023-05-22", "2023-05-22")]),
    ("La vente a eu lieu le 1er/02.", [("le 1er/02", "2023-02-01", "2023-02-01")]),
])
def test_a_day_and_padded_month_joined_by_a_dash_or_after_1er(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Nantes l'a emporté 3-1.",
    "Le 2-0 de Rennes a surpris.",
    "Le bilan est de 14-06 cette saison.",
])
def test_scores_and_bare_pairs_joined_by_a_dash_stay_no_date(text: str) -> None:
    assert _read(text) == []


# --- « fin mars, début avril »: the turn of two months, after a comma ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Fin mai, début juin, le chantier reprendra.", [("Fin mai, début juin", "2023-05-21", "2023-06-10")]),
    ("La neige est attendue fin décembre, début janvier.",
     [("fin décembre, début janvier", "2023-12-21", "2024-01-10")]),  # expected: the coming ones
])
def test_the_end_of_a_month_and_the_start_of_the_next_after_a_comma_are_one_span(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # months apart, or two starts: two dates
    ("Fin mai, début juillet, le chantier reprendra.",
     [("Fin mai", "2023-05-21", "2023-05-31"), ("début juillet", "2023-07-01", "2023-07-10")]),
    ("Fin mai, début juin, fin juillet : trois rendez-vous attendent les élus.",
     [("Fin mai", "2023-05-21", "2023-05-31"), ("début juin", "2023-06-01", "2023-06-10"),
      ("fin juillet", "2023-07-21", "2023-07-31")]),
    ("Début mai, début juin, deux scrutins auront lieu.",
     [("Début mai", "2023-05-01", "2023-05-10"), ("début juin", "2023-06-01", "2023-06-10")]),
    # a list of months keeps the word its last one shares
    ("En janvier, février et mars derniers, les ventes ont chuté.",
     [("janvier", "2023-01-01", "2023-01-31"), ("février", "2023-02-01", "2023-02-28"),
      ("mars derniers", "2022-03-01", "2022-03-31")]),
])
def test_other_months_after_a_comma_stay_apart(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


# --- A weekday in a pluperfect looks back from the day the narrative told -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the reference is Wednesday 15 March: the Tuesday read alone would be the 14th
    ("Le 10 mars, la police a indiqué que le suspect était arrivé mardi à Marseille.",
     [("Le 10 mars", "2023-03-10", "2023-03-10"), ("mardi", "2023-03-07", "2023-03-07")]),
    ("Vendredi, la ministre a démissionné. Elle avait été reçue mardi par le président.",
     [("Vendredi", "2023-03-10", "2023-03-10"), ("mardi", "2023-03-07", "2023-03-07")]),
    ("Le 10 mars, le maire a été entendu. Lundi, il s'était rendu à la préfecture.",
     [("Le 10 mars", "2023-03-10", "2023-03-10"), ("Lundi", "2023-03-06", "2023-03-06")]),
])
def test_a_weekday_in_a_pluperfect_is_before_the_day_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the narrative going on (« ensuite »), a plan made then, a day told in a pluperfect itself,
    # an imperfect that is no pluperfect: the weekday read alone
    ("Vendredi, la ministre a démissionné. Elle avait ensuite parlé mardi à la presse.",
     [("Vendredi", "2023-03-10", "2023-03-10"), ("mardi", "2023-03-14", "2023-03-14")]),
    ("Vendredi, la ministre a démissionné. Elle avait prévu de se rendre à Rome mardi.",
     [("Vendredi", "2023-03-10", "2023-03-10"), ("mardi", "2023-03-14", "2023-03-14")]),
    ("Vendredi, ils s'étaient rendus à Rome. La ministre avait parlé lundi à la presse.",
     [("Vendredi", "2023-03-10", "2023-03-10"), ("lundi", "2023-03-13", "2023-03-13")]),
    ("Vendredi, la ministre a démissionné. Le musée était fermé mardi.",
     [("Vendredi", "2023-03-10", "2023-03-10"), ("mardi", "2023-03-14", "2023-03-14")]),
    # found by a review: the telling's day in a clause of its own, a reporting clause after the
    # pluperfect, a list of days
    ("Le 10 mars, le juge a tranché. Il avait été saisi par la famille, a précisé mardi son avocat.",
     [("Le 10 mars", "2023-03-10", "2023-03-10"), ("mardi", "2023-03-14", "2023-03-14")]),
    ("Le 6 mars, une crue a touché la ville. Le pont avait été fermé mardi, a-t-on appris de source sûre.",
     [("Le 6 mars", "2023-03-06", "2023-03-06"), ("mardi", "2023-03-14", "2023-03-14")]),
    ("Le 10 mars, le jury s'est prononcé. Les jurés avaient délibéré lundi, mardi et mercredi.",
     [("Le 10 mars", "2023-03-10", "2023-03-10"), ("lundi", "2023-03-13", "2023-03-13"),
      ("mardi et mercredi", "2023-03-14", "2023-03-15")]),
])
def test_other_weekdays_after_a_narrative_are_read_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


# --- The year of an account or a budget lends no year to its sentence ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Le budget 2024 de la ville sera voté à l'automne.",
     [("2024", "2024-01-01", "2024-12-31"), ("l'automne", "2023-09-01", "2023-11-30")]),
    ("Les comptes 2022 du club ont été publiés en février.",
     [("2022", "2022-01-01", "2022-12-31"), ("février", "2023-02-01", "2023-02-28")]),
])
def test_the_year_of_an_account_dates_the_account_only(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


def test_a_year_after_a_preposition_still_frames_its_sentence() -> None:
    assert _read("En 2022, les comptes du club ont été publiés en février.") == [
        ("En 2022", "2022-01-01", "2022-12-31"), ("février", "2022-02-01", "2022-02-28")]
