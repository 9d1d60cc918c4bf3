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


@pytest.mark.parametrize("text", [
    "Le Nouvel An chinois sera célébré dans le quartier asiatique.",
    "Les familles se sont réunies pour le nouvel an lunaire.",
    "Les fidèles ont célébré le Noël orthodoxe à Moscou.",
    "À Pâques orthodoxe, les églises de Belgrade étaient pleines.",
])
def test_a_feast_of_another_calendar_is_not_the_gregorian_one(text: str) -> None:
    """« le Nouvel An chinois » is not 1 January, nor « le Noël orthodoxe » 25 December."""
    assert extract(text, "2021-06-10") == []


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


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    # a range of days that holds the reference is this year's, whatever the tense
    ("Du 1er au 31 mai, la piscine est fermée pour travaux.", "1er au 31 mai", "2022-05-03",
     ("2022-05-01", "2022-05-31")),
    ("Depuis le 15 avril jusqu'au 20 mai, la pêche est fermée.", "15 avril jusqu'au 20 mai", "2022-05-03",
     ("2022-04-15", "2022-05-20")),
    ("Du 2 avril au 8 mai, le musée est fermé.", "2 avril au 8 mai", "2022-05-03", ("2022-04-02", "2022-05-08")),
])
def test_a_range_holding_the_reference(text: str, words: str, reference: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, reference) == expected


def test_a_range_wholly_after_the_reference_told_in_the_past_is_still_last_years() -> None:
    """A guard, true before: only a range that opens by the reference is held to it."""
    assert interval("Du 10 au 20 mai, le musée a été fermé.", "10 au 20 mai", "2022-05-03") == (
        "2021-05-10", "2021-05-20")


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("Ce week-end, la foire aux vins attirera les foules.", "2022-05-04", ("2022-05-07", "2022-05-08")),
    ("Ce week-end, la foire aux vins attirera les foules.", "2022-05-02", ("2022-05-07", "2022-05-08")),
    ("Ce week-end, des grêlons ont endommagé les vignes.", "2022-05-05", ("2022-04-30", "2022-05-01")),
])
def test_ce_week_end_placed_by_the_tense(text: str, reference: str, expected: tuple[str, str]) -> None:
    assert interval(text, "week-end", reference) == expected


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    ("Le jury rendra son verdict en fin de semaine.", "fin de semaine", "2022-05-04", ("2022-05-06", "2022-05-08")),
    ("La grève a commencé au début de la semaine.", "début de la semaine", "2022-05-04",
     ("2022-05-02", "2022-05-03")),
    ("Le texte sera examiné en milieu de semaine prochaine.", "milieu de semaine prochaine", "2022-05-04",
     ("2022-05-11", "2022-05-12")),
    ("À la fin de la semaine dernière, le fleuve est sorti de son lit.", "fin de la semaine dernière",
     "2022-05-04", ("2022-04-29", "2022-05-01")),
    # the tense may put it in another week
    ("La Bourse a fortement reculé en fin de semaine.", "fin de semaine", "2022-05-02", ("2022-04-29", "2022-05-01")),
    ("Le préfet réunira les maires en début de semaine.", "début de semaine", "2022-05-06",
     ("2022-05-09", "2022-05-10")),
    ("D'ici la fin de la semaine, les routes resteront fermées.", "fin de la semaine", "2022-05-04",
     ("2022-05-06", "2022-05-08")),
])
def test_parts_of_a_week(text: str, words: str, reference: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, reference) == expected


def test_en_fin_de_semaine_with_no_tense_is_any_week() -> None:
    """A guard, true before « fin de semaine » was read."""
    assert [r for r in extract("Les boulangeries vendent plus de pain en fin de semaine.", "2022-05-04")
            if r.kind in ("date", "range")] == []


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    ("Mai 68 a changé la société française.", "Mai 68", "2022-05-04", ("1968-05-01", "1968-05-31")),
    ("Il est né le 14.07.52 à Brest.", "14.07.52", "2022-05-04", ("1952-07-14", "1952-07-14")),
    ("La crue de janvier 55 reste dans les mémoires.", "janvier 55", "2022-05-04", ("1955-01-01", "1955-01-31")),
])
def test_two_digit_years_are_not_far_in_the_future(text: str, words: str, reference: str,
                                                   expected: tuple[str, str]) -> None:
    assert interval(text, words, reference) == expected


def test_a_two_digit_year_within_twenty_years_after_the_reference_is_to_come() -> None:
    """A guard, true before: the century to come stays the nearest one's."""
    assert interval("Le bail court jusqu'au 30.06.35.", "30.06.35", "2022-05-04") == ("2035-06-30", "2035-06-30")


@pytest.mark.parametrize(("text", "words", "expected"), [
    # « depuis » before a weekday is since the last one, whatever the verbs around it tell of later
    ("Les délégués, réunis depuis mardi, signeront l'accord demain.", "depuis mardi", "2022-05-03"),
    ("Le ministre, en grève de la faim depuis lundi, sera reçu vendredi.", "depuis lundi", "2022-05-02"),
])
def test_depuis_a_weekday_looks_back(text: str, words: str, expected: str) -> None:
    assert interval(text, words, "2022-05-05") == (expected, expected)


def test_a_participle_in_i_of_finir_tells_the_past() -> None:
    assert interval("Les travaux ont fini le 20 mai.", "20 mai", "2022-05-10") == ("2021-05-20", "2021-05-20")


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    # a day number below the last day told, nearer it in the next month, in a telling going on
    ("Le 27 avril, la mairie a fermé le pont. Le 3, il a rouvert.", "Le 3", "2022-05-10", "2022-05-03"),
    ("Le 29 janvier, la grève a été votée. Le 1er, les trains se sont arrêtés.", "Le 1er", "2022-02-15",
     "2022-02-01"),
])
def test_a_day_number_in_the_month_after_the_last_day_told(text: str, words: str, reference: str,
                                                          expected: str) -> None:
    assert interval(text, words, reference) == (expected, expected)


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    # guards, true before: a pluperfect looks back, a day nearer back stays, the future stays bound
    ("Le 27 avril, la mairie a fermé le pont. Le 3, elle avait été prévenue.", "Le 3", "2022-05-10", "2022-04-03"),
    ("Le 16 avril, la mairie a fermé le pont. Le 3, il a rouvert.", "Le 3", "2022-05-10", "2022-04-03"),
    ("Le 27 avril, la mairie a fermé le pont. Le 3, il a rouvert.", "Le 3", "2022-05-01", "2022-04-03"),
])
def test_a_day_number_that_stays_in_the_month_of_the_last_day_told(text: str, words: str, reference: str,
                                                                  expected: str) -> None:
    assert interval(text, words, reference) == (expected, expected)


@pytest.mark.parametrize(("text", "words", "expected"), [
    # a participle in apposition before a weekday tells the past, whatever the main verb
    ("La grève des éboueurs, lancée lundi, durera jusqu'à samedi.", "lundi", "2022-05-02"),
    ("Le ministre, arrivé mardi à Kiev, rencontrera le président demain.", "mardi", "2022-05-03"),
])
def test_a_participle_in_apposition_before_a_weekday(text: str, words: str, expected: str) -> None:
    assert interval(text, words, "2022-05-05") == (expected, expected)


def test_a_plan_in_apposition_still_points_forward() -> None:
    """A guard, true before."""
    assert interval("La réunion, prévue lundi, portera sur le budget.", "lundi", "2022-05-05") == (
        "2022-05-09", "2022-05-09")


@pytest.mark.parametrize(("text", "words", "reference", "expected"), [
    # a bound a future verb sets is a day to come
    ("La trêve hivernale durera jusqu'au 31 mars.", "31 mars", "2022-05-05", "2023-03-31"),
    ("À partir du 1er avril, le prix du timbre augmentera.", "1er avril", "2022-05-05", "2023-04-01"),
    ("Dès le 15 mars, les inscriptions seront ouvertes.", "15 mars", "2022-05-05", "2023-03-15"),
])
def test_a_bound_a_future_verb_sets(text: str, words: str, reference: str, expected: str) -> None:
    assert interval(text, words, reference) == (expected, expected)


def test_a_bound_told_in_the_past_stays_behind() -> None:
    """A guard, true before."""
    assert interval("Le stade est resté fermé jusqu'au 31 mars.", "31 mars", "2022-05-05") == (
        "2022-03-31", "2022-03-31")


@pytest.mark.parametrize(("text", "words", "expected"), [
    # « il y a » with a word of measure before its count
    ("Il y a tout juste un an, le barrage cédait.", "tout juste un an", ("2021-01-01", "2021-12-31")),
    ("La mine a fermé il y a près d'un mois.", "près d'un mois", ("2022-04-01", "2022-04-30")),
    ("Il y a environ trois semaines, le préfet a fermé la plage.", "environ trois semaines",
     ("2022-04-11", "2022-04-17")),
    # « le week-end du ... »: its Saturday and Sunday
    ("La braderie se tiendra le week-end du 21 mai.", "week-end du 21 mai", ("2022-05-21", "2022-05-22")),
    ("Le festival aura lieu le week-end du dimanche 29 mai.", "week-end du dimanche 29 mai",
     ("2022-05-28", "2022-05-29")),
    # two days joined by « et »: one span when they follow each other or « entre » opens them
    ("Le 31 mai et le 1er juin, les trains ne circuleront pas.", "31 mai et le 1er juin", ("2022-05-31", "2022-06-01")),
    ("Entre le 28/05 et le 03/06, la route sera coupée.", "28/05 et le 03/06", ("2022-05-28", "2022-06-03")),
])
def test_more_shapes_of_round_two(text: str, words: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, "2022-05-05") == expected


def test_two_days_joined_by_et_that_do_not_follow_each_other_stay_two() -> None:
    """A guard, true before."""
    records = extract("Le 3 mai et le 12 juin, il a voté.", "2022-06-20")
    assert [(r.kind, r.first.isoformat() if r.first else None) for r in records] == [
        ("date", "2022-05-03"), ("date", "2022-06-12")]
