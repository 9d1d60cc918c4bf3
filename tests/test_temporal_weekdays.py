"""A weekday relative to another date or week, and the tense that places a bare weekday
(TEMPORAL.md, "More forms news writes"), in sentences written for these tests.

Reference: 2017-07-06, a Thursday (so last Monday is 07-03, next Monday 07-10).
"""

from __future__ import annotations

import pytest

from frise.temporal import extract
from tests.temporal_support import D, covering


def day(text: str, words: str, reference: str | None = D) -> str | None:
    record = covering(text, words, reference)
    assert record.first == record.last
    return record.first.isoformat() if record.first else None


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # after / before the last date mentioned
        ("Le parlement a voté le 15 mars 2016. Le mardi suivant, le texte était publié.", "mardi suivant",
         "2016-03-22"),
        ("Le 2 juin 2014, l'usine a fermé ; le lundi d'après, elle était occupée.", "lundi d'après", "2014-06-09"),
        ("Le 9 avril 2015, l'accord a été signé. Le jeudi précédent, les délégués avaient quitté la salle.",
         "jeudi précédent", "2015-04-02"),
        ("Il a été arrêté le 20 octobre 2013 ; le samedi d'avant, il avait été vu à Lyon.", "samedi d'avant",
         "2013-10-19"),
        # with no date before it, the reference
        ("Le vendredi suivant, les syndicats ont appelé à la grève.", "vendredi suivant", "2017-07-07"),
        # a weekday of a given week
        ("Le budget sera présenté lundi de la semaine prochaine.", "lundi de la semaine prochaine", "2017-07-10"),
        ("Le rapport a été remis mardi de la semaine dernière.", "mardi de la semaine dernière", "2017-06-27"),
        ("Il reviendra vendredi de cette semaine.", "vendredi de cette semaine", "2017-07-07"),
        ("Le 3 mai 2016, le texte a été déposé ; il a été voté mercredi de la semaine suivante.",
         "mercredi de la semaine suivante", "2016-05-11"),
        # « en huit », « en quinze »
        ("L'audience est renvoyée à lundi en huit.", "lundi en huit", "2017-07-17"),
        ("Le verdict sera rendu jeudi en quinze.", "jeudi en quinze", "2017-07-27"),
        ("Rendez-vous demain en huit devant la mairie.", "demain en huit", "2017-07-14"),
    ],
)
def test_weekday_relative(text: str, words: str, expected: str) -> None:
    assert day(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a future verb, of any person, places a bare weekday after the reference
        ("Je reviendrai vendredi pour signer.", "vendredi", "2017-07-07"),
        ("Tu partiras lundi avec la délégation.", "lundi", "2017-07-10"),
        ("Nous signerons mardi, promet le ministre.", "mardi", "2017-07-11"),
        ("Le ministre va annoncer lundi un plan d'urgence.", "lundi", "2017-07-10"),
        ("Les Bleus peuvent rêver du titre dimanche à Lyon.", "dimanche", "2017-07-09"),
        ("Le club compte signer mercredi son nouvel entraîneur.", "mercredi", "2017-07-12"),
        ("Je reviendrai ce vendredi, a-t-il dit.", "ce vendredi", "2017-07-07"),
        # "pour" before it, with no tense to say otherwise, points forward
        ("Deux joueurs sont incertains pour la réception de Lille samedi.", "samedi", "2017-07-08"),
        ("Deux joueurs étaient blessés pour la réception de Lille samedi.", "samedi", "2017-07-01"),
        # present tense without a cue: the last one, as the contract says; "bras" is no future verb
        ("Le bras de fer reprend lundi entre les deux camps.", "lundi", "2017-07-03"),
        # a pluperfect keeps the narrative in the past, even with "prévue"
        ("La réunion avait d'abord été prévue mardi à Genève.", "mardi", "2017-07-04"),
        # weekdays chained in one sentence keep its week
        ("Le scrutin avait d'abord été prévu mercredi, puis repoussé à jeudi, avant d'être fixé à vendredi.",
         "vendredi", "2017-07-07"),
        ("Le scrutin avait d'abord été prévu mercredi, puis repoussé à jeudi, avant d'être fixé à vendredi.",
         "mercredi", "2017-07-05"),
    ],
)
def test_tense_places_a_bare_weekday(text: str, words: str, expected: str) -> None:
    assert day(text, words) == expected


def test_weekday_relative_without_any_date_stays_unresolved() -> None:
    assert day("Le mardi suivant, la ville était calme.", "mardi suivant", None) is None


def test_le_week_end_alone_is_the_coming_one_beside_a_future_verb_and_no_date_otherwise() -> None:
    record = covering("Je partirai le week-end à la campagne.", "le week-end")
    assert (record.first.isoformat() if record.first else None, record.last.isoformat() if record.last else None) \
        == ("2017-07-08", "2017-07-09")
    assert not extract("Le musée est ouvert le week-end.", D)
    assert not extract("Le week-end de Pâques 2016, la route était fermée.", D)[0].text.startswith("Le week-end de")


def test_a_week_end_told_in_the_past_after_pendant_or_au_cours_du_is_the_last_one() -> None:
    """« au cours du week-end », « pendant le week-end », « lors du week-end » in the past are the
    week-end on or before the reference; in the imperfect, or after a noun (« les ventes du
    week-end »), every week-end, no date."""
    for text in ("Les rebelles ont pris la ville au cours du week-end.", "Lors du week-end, deux ponts ont cédé.",
                 "La trêve a été signée pendant le week-end."):
        record = covering(text, "week-end")
        assert (record.first.isoformat() if record.first else None) == "2017-07-01", text
    assert not extract("Pendant le week-end, le musée fermait ses portes.", D)
    assert not extract("Les ventes du week-end ont doublé.", D)
    assert not extract("Le musée ouvre pendant le week-end.", D)


def test_dans_la_semaine_is_this_week_unless_it_counts_how_often() -> None:
    record = covering("Le jugement sera rendu dans la semaine.", "dans la semaine")
    assert (record.first.isoformat() if record.first else None, record.last.isoformat() if record.last else None) \
        == ("2017-07-03", "2017-07-09")
    assert not extract("Elle nage trois fois dans la semaine.", D)
    assert not extract("Les prix montent dans la semaine qui précède la rentrée.", D)
