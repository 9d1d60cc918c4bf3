"""Forms of French news the engine reads since the probe of issue I: abbreviations with accents,
years and decades joined, decades in words, the century before, whole days in hours, « voici »,
and the parts of the reference's month. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frise.temporal import extract
from tests.temporal_support import dates

REF = "2019-03-25"  # a Monday


def _read(text: str, reference: str = REF) -> list[tuple[str, str | None, str | None]]:
    return dates(text, reference)


@pytest.mark.parametrize(("text", "expected"), [
    ("La trêve a été signée le 28 févr. 2021 à Doha.", [("le 28 févr. 2021", "2021-02-28", "2021-02-28")]),
    ("Rendez-vous le 5 fév. au ministère.", [("le 5 fév.", "2019-02-05", "2019-02-05")]),
    ("Le sommet du 12 déc. dernier a échoué.", [("du 12 déc. dernier", "2018-12-12", "2018-12-12")]),
    ("Les députés voteront le 1er DÉC. prochain.", [("le 1er DÉC. prochain", "2019-12-01", "2019-12-01")]),
])
def test_abbreviated_months_with_their_accents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


def test_years_joined_after_en_are_one_range_and_en_before_a_place_is_a_year() -> None:
    assert _read("Les exportations ont chuté en 2019-2020.") == [("2019-2020", "2019-01-01", "2020-12-31")]
    assert _read("Il s'était installé en 2014 à Lyon.") == [("en 2014", "2014-01-01", "2014-12-31")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Un tube des années quatre-vingt.", [("années quatre-vingt", "1980-01-01", "1989-12-31")]),
    ("La mode des années septante revient.", [("années septante", "1970-01-01", "1979-12-31")]),
    ("Les conflits des années 1990-2000 ont laissé des traces.",
     [("années 1990-2000", "1990-01-01", "2009-12-31")]),
    ("Dans les années 60 et 70, le bassin employait 40 000 mineurs.",
     [("années 60 et 70", "1960-01-01", "1979-12-31")]),
    ("Les crises des années 1970 et 1990 se ressemblent.",
     [("années 1970", "1970-01-01", "1979-12-31"), ("1990", "1990-01-01", "1999-12-31")]),
])
def test_decades(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = _read(text)
    assert [(f[1], f[2]) for f in found] == [(e[1], e[2]) for e in expected]
    assert all(e[0] in f[0] for f, e in zip(found, expected, strict=True))


def test_the_century_before_the_reference() -> None:
    found = _read("À la fin du siècle dernier, le canal fut élargi.")
    assert [(f[1], f[2]) for f in found] == [("1900-01-01", "1999-12-31")]
    assert extract("À la fin du siècle dernier, le canal fut élargi.", REF)[0].mod == "END"


@pytest.mark.parametrize(("text", "expected"), [
    ("L'otage a été enlevé le 2 mars 2019. Soixante-douze heures plus tard, il était relâché.",
     ("2019-03-05", "2019-03-05")),
    ("Le navire a été arraisonné il y a 48 heures.", ("2019-03-23", "2019-03-23")),
    ("Une réponse est attendue dans 24 heures.", ("2019-03-26", "2019-03-26")),
    ("Voici deux ans, le pays rompait avec Doha.", ("2017-01-01", "2017-12-31")),
])
def test_whole_days_told_in_hours_and_voici(text: str, expected: tuple[str, str]) -> None:
    assert _read(text)[-1][1:] == expected


def test_hours_that_are_not_whole_days_are_no_date() -> None:
    assert _read("L'explosion a eu lieu il y a trois heures.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Le texte doit être adopté d'ici la fin du mois.", ("2019-03-21", "2019-03-31")),
    ("La délégation arrivera au début du mois prochain.", ("2019-04-01", "2019-04-10")),
    ("Les combats ont repris à la fin du mois dernier.", ("2019-02-21", "2019-02-28")),
    ("La réunion aura lieu à la fin du mois de mai.", ("2019-05-21", "2019-05-31")),
])
def test_parts_of_the_month_of_the_reference(text: str, expected: tuple[str, str]) -> None:
    assert _read(text)[-1][1:] == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    # A plan made for a day the nearest year would put behind the reference: the one to come.
    ("Un nouveau sommet est prévu le 20 décembre à Addis-Abeba.", "2023-03-16", ("2023-12-20", "2023-12-20")),
    ("Les législatives, prévues en septembre, inquiètent Bruxelles.", "2018-02-13", ("2018-09-01", "2018-09-30")),
    # The future of a verb a happening is scheduled with says as much as « prévu ».
    ("La prochaine session se tiendra du 4 au 9 octobre à Nairobi.", "2021-12-02", ("2022-10-04", "2022-10-09")),
    ("Le second tour aura lieu le 12 novembre, a rappelé la commission.", "2021-12-02",
     ("2022-11-12", "2022-11-12")),
    # The plan told over, or no plan: the nearest year, as the contract says.
    ("La visite prévue le 20 décembre a finalement été annulée.", "2023-03-16", ("2022-12-20", "2022-12-20")),
    ("Le 20 décembre, les deux pays ont rompu leurs relations.", "2023-03-16", ("2022-12-20", "2022-12-20")),
    # A future verb that schedules nothing, or the future of a past telling: the nearest year.
    ("Les frontières resteront fermées du 4 au 9 octobre.", "2021-12-02", ("2021-10-04", "2021-10-09")),
    ("Il avait assuré que le second tour aurait lieu le 12 novembre.", "2021-12-02",
     ("2021-11-12", "2021-11-12")),
])
def test_a_plan_for_a_yearless_day_looks_ahead(text: str, reference: str, expected: tuple[str, str]) -> None:
    assert _read(text, reference)[-1][1:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le chef de la diplomatie avait donné le ton dès lundi soir.", "2019-11-11"),
    ("Les bombardements ont repris dès mercredi.", "2019-11-13"),
    ("Le couvre-feu sera levé dès lundi.", "2019-11-18"),
    ("Dès lundi, les écoles rouvrent.", "2019-11-18"),
])
def test_des_before_a_weekday_points_forward_unless_the_verb_is_past(text: str, expected: str) -> None:
    assert _read(text, "2019-11-14")[-1][1] == expected  # a Thursday


def test_two_weekdays_that_follow_each_other_are_one_range() -> None:
    assert _read("Réunis samedi et dimanche à Kinshasa, les présidents ont signé.", "2021-06-07") == [
        ("samedi et dimanche", "2021-06-05", "2021-06-06")]
    assert [r[1] for r in _read("Il s'est exprimé mardi et jeudi.", "2021-06-11")] == ["2021-06-08", "2021-06-10"]


def test_the_eve_of_a_happening_nothing_dates_stays_unresolved() -> None:
    # TEMPORAL.md: « la veille du sommet du 6 », « au lendemain de la signature »: the day before or
    # after the date it names; left unresolved when nothing dates it (not the reference's eve).
    assert _read("La veille du scrutin, les candidats doivent cesser leur campagne.", "2021-06-22") == [
        ("La veille", None, None)]
    assert _read("Il a été élu le 3 mai. Le lendemain de son élection, il a nommé son gouvernement.",
                 "2021-06-22")[-1] == ("Le lendemain", "2021-05-04", "2021-05-04")
    assert _read("La veille, les négociateurs s'étaient quittés sans accord.", "2021-06-22") == [
        ("La veille", "2021-06-21", "2021-06-21")]


def test_a_semicolon_parts_the_tenses_of_its_clauses() -> None:
    assert _read("Le 1er octobre, le tarif a augmenté ; le 15, il augmentera encore.", "2023-10-03")[-1] == (
        "le 15", "2023-10-15", "2023-10-15")


def test_the_weekday_given_with_a_day_chooses_its_year_over_the_sentences() -> None:
    # 5 October 2020 was a Monday: « ce mercredi 5 octobre » in a 2022 article is 2022's.
    text = ("Réunis à Vienne pour la première fois depuis mars 2020, les membres ont décidé, ce mercredi 5 octobre, "
            "de réduire.")
    assert _read(text, "2022-10-05")[-1] == ("ce mercredi 5 octobre", "2022-10-05", "2022-10-05")
    later = _read(text.replace("de réduire.", "de réduire leurs quotas à partir de novembre."), "2022-10-05")
    assert later[-1][1:] == ("2022-11-01", "2022-11-30")  # the rest of the sentence is of that year
    assert _read("En 2016, le sommet s'est ouvert le mardi 4 octobre.", "2022-10-05")[-1][1] == "2016-10-04"


@pytest.mark.parametrize(("text", "expected"), [
    ("Battu mardi à Lyon, Marseille recevra Nantes samedi.", ["2019-03-12", "2019-03-16"]),
    ("Élu dimanche, le maire prendra ses fonctions lundi.", ["2019-03-10", "2019-03-18"]),
    ("Vendredi, le président doit se rendre à Canton.", ["2019-03-15"]),
    ("Prévu mardi, le vote aura lieu au Sénat.", ["2019-03-19"]),
])
def test_a_weekday_in_a_fronted_past_participle_is_past_and_doit_points_forward(
        text: str, expected: list[str]) -> None:
    assert [r[1] for r in _read(text, "2019-03-14")] == expected  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("La loi 2016-1088 du 8 août a été promulguée.", [("du 8 août", "2016-08-08", "2016-08-08")]),
    ("Le décret 2019-1234 est paru au Journal officiel.", []),
    ("Le vol AF 1954 a atterri sans encombre.", []),
    ("Pour cette saison 2002/2003, le club a recruté.", None),  # two years, as the French TimeBank has them
    ("Le décret 2019 sur les retraites a été retiré.", [("2019", "2019-01-01", "2019-12-31")]),
])
def test_numbers_that_name_a_text_or_a_flight_are_no_years(
        text: str, expected: list[tuple[str, str, str]] | None) -> None:
    found = _read(text, "2021-07-28")
    if expected is None:
        assert found and found[0][1] == "2002-01-01"
    else:
        assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le pays a traversé une crise en 2019. Le 23 janvier de cette année-là, l'opposant s'est proclamé président.",
     ("Le 23 janvier de cette année-là", "2019-01-23", "2019-01-23")),
    ("Élu en 2012, il a démissionné en mars de l'année suivante.",
     ("mars de l'année suivante", "2013-03-01", "2013-03-31")),
    ("Le traité a été signé en 2004 ; le 4 mai de la même année, il était ratifié.",
     ("le 4 mai de la même année", "2004-05-04", "2004-05-04")),
    ("La guerre a éclaté en 1991. Cette année-là, des milliers de familles ont fui.",
     ("Cette année-là", "1991-01-01", "1991-12-31")),
    ("Le sommet s'est ouvert le 3 mars 2015 ; ce mois-là, les prix ont flambé.",
     ("ce mois-là", "2015-03-01", "2015-03-31")),
])
def test_that_year_is_the_year_of_the_last_date_mentioned(text: str, expected: tuple[str, str, str]) -> None:
    assert _read(text)[-1] == expected


def test_that_year_with_no_date_before_is_unresolved_and_this_year_is_the_references() -> None:
    assert _read("Cette année-là, tout a changé.") == [("Cette année-là", None, None)]
    assert _read("Cette année, tout a changé.") == [("Cette année", "2019-01-01", "2019-12-31")]


@pytest.mark.parametrize(("text", "reference", "day"), [
    # Nearest would be the year before: the countdown says the day is still to come.
    ("À six mois des élections du 2 février, le parti lance sa campagne.", "2024-08-01", "2025-02-02"),
    # The past tense would pull the nearest day a year back; the countdown keeps it ahead.
    ("À trois mois de la présidentielle du 5 novembre, le candidat s'est interrogé.", "2024-08-01", "2024-11-05"),
    ("À quelques jours du sommet du 12 octobre, les diplomates restent prudents.", "2022-10-03", "2022-10-12"),
    # Told in the imperfect, the countdown is of the narrative's time: the day may be past.
    ("À dix jours du scrutin du 2 octobre, rien n'était encore joué.", "2022-10-13", "2022-10-02"),
])
def test_a_countdown_to_a_day_puts_it_after_the_time_of_the_clause(text: str, reference: str, day: str) -> None:
    assert _read(text, reference)[-1][1] == day


@pytest.mark.parametrize(("text", "reference", "expression", "expected"), [
    # A state running « depuis » a year lends that year to nothing after it.
    ("Puissance protectrice en Iran depuis 1980, la Suisse a accueilli au printemps une session.", "2015-07-20",
     "au printemps", ("2015-03-01", "2015-05-31")),
    ("Une large autonomie est promise d'ici à la fin de 2015.", "2015-02-13", "d'ici à la fin de 2015",
     ("2015-09-01", "2015-12-31")),
    # A weekday after the week its sentence names is that week's.
    ("La semaine dernière, ils se sont rendus à Kiev, jeudi, puis à Moscou, vendredi.", "2015-02-13", "jeudi",
     ("2015-02-05", "2015-02-05")),
    # « le mois » is the month its sentence told before.
    ("En janvier, les combats avaient repris autour de l'aéroport, tombé à la fin du mois.", "2015-02-15",
     "à la fin du mois", ("2015-01-21", "2015-01-31")),
    # Opening a sentence in the present, the morrow of X is the day of writing.
    ("Au lendemain du sommet, les experts cherchent encore ce que le président a obtenu.", "2018-06-13",
     "Au lendemain", ("2018-06-13", "2018-06-13")),
    # The reporting verb after a comma tells when it was said, not when it happens.
    ("Le verdict sera rendu samedi, a annoncé la cour.", "2019-10-24", "samedi", ("2019-10-26", "2019-10-26")),
    ("Le procès a été renvoyé au 14 mars.", "2022-03-09", "au 14 mars", ("2022-03-14", "2022-03-14")),
    ("Le concours est ouvert jusqu'au 30/09.", "2024-09-06", "jusqu'au 30/09", ("2024-09-30", "2024-09-30")),
    ("La réunion du 4 a été annulée à la demande des syndicats.", "2018-11-30", "du 4", ("2018-12-04", "2018-12-04")),
    # An imperfect whose stem ends in r is no conditional: the day stays in the narrative's month.
    ("Le 3 février, l'usine a fermé. Le 24, elle rouvrait partiellement.", "2020-02-27", "Le 24",
     ("2020-02-24", "2020-02-24")),
    ("Il y a cinquante ans, la fusée décollait.", "2019-07-13", "Il y a cinquante ans", ("1969-01-01", "1969-12-31")),
    ("Ce matin, le ministre a reçu les syndicats.", "2022-08-31", "Ce matin", ("2022-08-31", "2022-08-31")),
    ("Le président s'exprimera ce soir à la télévision.", "2022-08-31", "ce soir", ("2022-08-31", "2022-08-31")),
    ("Vendredi, veille de Noël, les files s'allongeaient.", "2021-12-27", "veille", ("2021-12-24", "2021-12-24")),
])
def test_forms_of_the_third_probe(text: str, reference: str, expression: str, expected: tuple[str, str]) -> None:
    found = {t[0]: t[1:] for t in _read(text, reference)}
    assert expression in found, found
    assert found[expression] == expected


def test_ce_soir_la_is_no_time_of_today() -> None:
    found = _read("Le 3 mai 2015, il a signé. Ce soir-là, il a fêté.")
    assert not any(t[0].lower().startswith("ce soir") for t in found)


@pytest.mark.parametrize(("text", "weekday"), [
    ("Le Sénat siège pour la première fois un samedi depuis la guerre.", "samedi"),
    ("Un lundi de mars, tout a changé dans la capitale.", "lundi"),
    ("Les négociateurs se retrouvent chaque jeudi à Genève.", "jeudi"),
])
def test_a_weekday_after_un_or_chaque_is_no_day_in_particular(text: str, weekday: str) -> None:
    assert not [t for t, _, _ in _read(text) if weekday in t.lower()]


def test_a_weekday_after_ce_or_alone_is_still_a_day() -> None:
    assert [t for t, _, _ in _read("Le Sénat siège ce samedi, puis lundi.")] == ["ce samedi", "lundi"]


@pytest.mark.parametrize("text", [
    "Le sommet aurait eu lieu le 31 février.",
    "Le texte daté du 30 février 2019 circule.",
    "Une lettre du 31 avril fait débat.",
    "Le 31 sept. 2018, selon le communiqué.",
])
def test_a_day_the_month_does_not_have_is_no_date_nor_its_month_or_year(text: str) -> None:
    # A careful reader sees a typo or a fake: neither the month nor the year is the day meant.
    assert _read(text) == []


def test_the_days_a_month_has_and_a_number_before_en_still_read() -> None:
    assert _read("Le 29 février 2020, ils ont signé.") == [("Le 29 février 2020", "2020-02-29", "2020-02-29")]
    # an imperfect tells of the past: the May before this March article
    assert _read("Ils étaient 20 en mai.") == [("mai", "2018-05-01", "2018-05-31")]
    assert _read("En 2016, 31 mai.") == [("En 2016", "2016-01-01", "2016-12-31"),
                                         ("31 mai", "2016-05-31", "2016-05-31")]
