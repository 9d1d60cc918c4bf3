"""A day and month without a year in a sentence that tells only of the past, and a date inside a
statement about every year (TEMPORAL.md, resolver docstring), in sentences written for these
tests. The reference is an article of late May; « le 21 juin » is nearest in the coming June."""

from __future__ import annotations

from datetime import date

import pytest

from frise.temporal import Timex
from tests.temporal_support import covering as covering_at
from tests.temporal_support import interval

REFERENCE = date(2011, 5, 27)


def covering(text: str, words: str) -> Timex:
    return covering_at(text, words, REFERENCE)


@pytest.mark.parametrize(
    "text",
    [
        "La défense a marqué des points hier devant la cour qui juge trois supporters pour l'agression "
        "d'un policier, le 21 juin à Lille.",
        "Les enquêteurs ont retrouvé les images de la fusillade du 21 juin devant la gare.",
    ],
)
def test_a_past_sentence_puts_the_day_before_the_reference(text: str) -> None:
    record = covering(text, "21 juin")
    assert record.first is not None and record.first < REFERENCE
    assert (record.first.month, record.first.day) == (6, 21)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a donné jusqu'au 21 juin aux syndicats pour répondre.",
        "Venu saluer ses troupes avant de quitter ses fonctions le 21 juin, le général a parlé hier.",
        "Le maire a renoncé à inaugurer la médiathèque le 21 juin.",
        "Le festival aura lieu le 21 juin.",
        "Les feux d'artifice du 21 juin ont été annulés.",
        "Le préfet a annoncé que le festival se tiendra le 21 juin.",
    ],
)
def test_what_looks_ahead_keeps_the_nearest_year(text: str) -> None:
    record = covering(text, "21 juin")
    assert record.first is not None and record.first > REFERENCE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pendant les mois d'été, et surtout entre le 14 juillet et le 15 août, la plage est pleine.",
         "le 14 juillet"),
        ("Chaque année, le 21 juin, les musiciens envahissent les rues.", "le 21 juin"),
    ],
)
def test_a_date_in_a_statement_about_every_year_is_no_one_date(text: str, words: str) -> None:
    record = covering(text, words)
    assert record.first is None and record.last is None


def test_a_summer_told_in_the_past_is_still_dated() -> None:
    record = covering("L'été dernier, la plage était pleine le 14 juillet.", "le 14 juillet")
    assert record.first is not None


# --- A month without a day, told in the past ---------------------------------------------------
# Reference late May: the nearest September or August is the coming one.

@pytest.mark.parametrize(
    "text",
    [
        "Le traité a été signé en septembre par les deux gouvernements.",
        "Les prix ont encore augmenté en août, selon l'institut.",
        "Les négociateurs étaient déjà réunis à Genève en septembre.",
        # a step made (a noun), a call to a state of mind: of the month they were made in
        "Les pourparlers ont marqué une avancée en septembre, selon Berlin.",
        "Le pape avait lancé un appel au calme en août.",
        # the noun: the call's month; « avancé » of an idea put forward, of ground made
        "L'appel à la grève lancé en septembre a été largement suivi.",
        "Cette hypothèse a été avancée en août par les enquêteurs.",
        "Les troupes ont avancé en septembre jusqu'aux portes de la ville.",
    ],
)
def test_a_past_sentence_puts_a_month_before_the_reference(text: str) -> None:
    month = "septembre" if "septembre" in text else "août"
    record = covering(text, month)
    assert record.first is not None and record.first.year == REFERENCE.year - 1


@pytest.mark.parametrize(
    "text",
    [
        "Le festival a lieu en août dans la vieille ville.",  # « a lieu »: a present
        "La conférence est prévue en septembre à Genève.",  # a plan
        "Les gouvernements signeront le traité en septembre.",
        # a call to an action in the past: the action's month
        "Les syndicats ont appelé à la grève en septembre contre la réforme.",
        "L'opposition a appelé à des élections anticipées en août.",
    ],
)
def test_a_month_told_in_the_present_or_ahead_keeps_the_nearest_year(text: str) -> None:
    month = "septembre" if "septembre" in text else "août"
    record = covering(text, month)
    assert record.first is not None and record.first.year == REFERENCE.year


def test_the_month_may_is_no_past_participle() -> None:
    # « sont vingt en mai » once read as « sont … ma-i », a compound past, so a March article's
    # coming May went to the year before
    record = covering_at("Ils sont vingt en mai à Genève.", "mai", date(2011, 3, 10))
    assert record.first == date(2011, 5, 1)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # « être » with a participle of state or a passive present is no compound past
        ("Le projet de loi est examiné le 20 décembre par les députés.", "20 décembre",
         ("2023-12-20", "2023-12-20")),
        ("Le sommet est consacré le 18 décembre au climat.", "18 décembre", ("2023-12-18", "2023-12-18")),
        ("Les bureaux sont fermés le 26 décembre et le 2 janvier.", "26 décembre", ("2023-12-26", "2023-12-26")),
        # the verbs of motion make one with « être »
        ("Le ministre est arrivé à Kiev le 20 décembre.", "20 décembre", ("2022-12-20", "2022-12-20")),
        ("Les négociateurs sont repartis le 18 décembre sans accord.", "18 décembre", ("2022-12-18", "2022-12-18")),
        ("La délégation s'est réunie le 20 décembre.", "20 décembre", ("2022-12-20", "2022-12-20")),
        ("Elle est retombée malade le 30 novembre.", "30 novembre", ("2022-11-30", "2022-11-30")),
        ("Le sous-marin est réapparu le 25 novembre.", "25 novembre", ("2022-11-25", "2022-11-25")),
        ("Les pompiers sont accourus le 30 novembre.", "30 novembre", ("2022-11-30", "2022-11-30")),
    ],
)
def test_etre_makes_a_past_only_with_the_verbs_it_conjugates(text: str, words: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, "2023-11-15") == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a past in a relative clause set off by commas tells of its noun, not of the main clause
        ("Le projet, qui a été adopté le 3 novembre, est examiné le 20 décembre.", "20 décembre",
         ("2023-12-20", "2023-12-20")),
        ("La ministre, qui a démissionné hier, quitte ses fonctions le 15 décembre.", "15 décembre",
         ("2023-12-15", "2023-12-15")),
        # a date inside that clause takes its tense
        ("Le budget, qui est voté le 18 décembre, a été remanié en commission.", "18 décembre",
         ("2023-12-18", "2023-12-18")),
        ("Le budget, qui a été rejeté le 18 décembre, avait été remanié en commission.", "18 décembre",
         ("2022-12-18", "2022-12-18")),
        # with no relative clause, the past still sends the day back a year
        ("La ministre a démissionné le 15 décembre.", "15 décembre", ("2022-12-15", "2022-12-15")),
        # « , dont celui du 20 décembre, » (« including ») is no clause: the sentence's tense holds
        ("Trois attentats ont frappé la ville, dont celui du 20 décembre, le plus meurtrier.", "20 décembre",
         ("2022-12-20", "2022-12-20")),
        ("Plusieurs marches ont été organisées, dont une le 20 décembre, à Lyon.", "20 décembre",
         ("2022-12-20", "2022-12-20")),
    ],
)
def test_a_relative_clause_set_off_by_commas_has_a_tense_of_its_own(
        text: str, words: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, "2023-11-15") == expected


def test_a_state_in_the_present_after_a_lead_is_the_day_of_writing() -> None:
    # « le climat est tendu » is a present, as « les candidats multiplient les meetings » is
    assert interval("À la veille des élections, le climat est tendu.", "À la veille", "2023-11-15") == (
        "2023-11-15", "2023-11-15")


def test_between_two_feasts_is_one_span() -> None:
    text = "Entre Noël et le jour de l'an, les bureaux sont fermés."
    assert interval(text, "Noël et le jour de l'an", "2023-11-15") == ("2023-12-25", "2024-01-01")
    text = "Les piscines ferment entre Pâques et la Pentecôte pour travaux."
    assert interval(text, "Pâques et la Pentecôte", "2023-11-15") == ("2024-03-31", "2024-05-19")
    # the span's end is the first such feast after its start, not the one nearest the reference
    text = "Entre Noël et Pâques, le chantier restera à l'arrêt."
    assert interval(text, "Noël et Pâques", "2023-11-15") == ("2023-12-25", "2024-03-31")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # « avant de » after a past clause and its date: what was done next, after that date
        ("Le chalutier a quitté le port en mars, avant de chavirer en avril.", "avril", ("2023-04-01", "2023-04-30")),
        ("Le ministre a été hué le 3 mai avant d'être applaudi le 10 mai.", "10 mai", ("2023-05-10", "2023-05-10")),
        ("Les rebelles ont encerclé la capitale en janvier, avant de s'en emparer en février.", "février",
         ("2023-02-01", "2023-02-28")),
        # with no date told before it, an infinitive still looks ahead
        ("Il a achevé sa réforme avant de quitter ses fonctions le 30 décembre.", "30 décembre",
         ("2023-12-30", "2023-12-30")),
    ],
)
def test_what_was_done_next_follows_the_date_told_before(text: str, words: str, expected: tuple[str, str]) -> None:
    assert interval(text, words, "2023-11-15") == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # « depuis », « remonte à », « date de »: the last such day on or before the reference,
        # whatever the tense around it
        ("Les grévistes bloquent le dépôt depuis le 11 décembre.", "11 décembre"),
        ("Les manifestants, qui occupent le site depuis le 20 décembre, ont été évacués.", "20 décembre"),
        ("Selon l'enquête, l'incendie remonte au 20 décembre.", "20 décembre"),
        ("L'appel des syndicats date du 6 décembre.", "6 décembre"),
    ],
)
def test_a_day_since_which_is_never_after_the_reference(text: str, words: str) -> None:
    first, last = interval(text, words, "2023-11-15")
    assert first is not None and first < "2023-11-15" and first.startswith("2022-12"), (first, last)


def test_a_day_since_which_on_or_before_the_reference_keeps_its_year() -> None:
    assert interval("Le magasin est ouvert depuis le 2 novembre.", "2 novembre", "2023-11-15") == (
        "2023-11-02", "2023-11-02")
