"""Readings that depend on which clause, name or plan a date belongs to (resolver and context
docstrings), in sentences written for these tests."""

from __future__ import annotations

import pytest

from frise.temporal import extract
from tests.temporal_support import interval


@pytest.mark.parametrize(
    ("text", "reference", "words", "expected"),
    [
        # A « que » clause after the day has its own tense: the day is the promise's.
        ("Le chef du gouvernement a assuré au médiateur, lors d'un appel mardi, que les troupes "
         "quitteraient la ville jeudi.", "2012-03-07", "mardi", ("2012-03-06", "2012-03-06")),
        ("La ministre a confirmé samedi qu'elle signera le traité.", "2012-03-07", "samedi",
         ("2012-03-03", "2012-03-03")),
        # ... unless the day is the focus of a cleft sentence, whose « que » clause is its own.
        ("C'est samedi que se réunira le conseil.", "2012-03-07", "samedi", ("2012-03-10", "2012-03-10")),
        # The future perfect of a look back is a past: « il aura fallu ».
        ("Il aura fallu une nuit entière de mardi à mercredi pour conclure.", "2012-03-09",
         "mardi à mercredi", ("2012-03-06", "2012-03-07")),
        ("Il aura suffi d'une réunion mardi pour tout débloquer.", "2012-03-09", "mardi",
         ("2012-03-06", "2012-03-06")),
    ],
)
def test_the_tense_of_a_day_is_that_of_its_own_clause(text: str, reference: str, words: str,
                                                      expected: tuple[str, str]) -> None:
    assert interval(text, words, reference) == expected


def test_a_plain_future_perfect_still_looks_ahead() -> None:
    assert interval("Le comité aura rendu son avis vendredi.", "vendredi", "2012-03-07") == ("2012-03-09", "2012-03-09")


@pytest.mark.parametrize(
    ("text", "reference", "words", "expected"),
    [
        # The year an earlier deadline lends would put a past request after the article.
        ("Le Conseil a accepté mardi de prolonger jusqu'au 31 janvier 2013 le mandat de la mission, "
         "répondant à la demande que le gouvernement lui avait adressée le 2 février.", "2012-02-21",
         "le 2 février", ("2012-02-02", "2012-02-02")),
    ],
)
def test_a_year_lent_by_the_sentence_yields_to_a_past_tense(text: str, reference: str, words: str,
                                                          expected: tuple[str, str]) -> None:
    assert interval(text, words, reference) == expected


@pytest.mark.parametrize(
    ("text", "reference"),
    [("Du 28 décembre 2011 au 4 janvier, la frontière est restée fermée.", "2012-01-06"),
     ("Du 28 décembre 2011 au 4 janvier, la frontière sera fermée.", "2011-06-01")],
)
def test_a_range_ending_in_an_earlier_month_ends_the_year_after(text: str, reference: str) -> None:
    assert interval(text, "4 janvier", reference)[1] == "2012-01-04"


def test_a_plan_word_does_not_govern_the_date_of_its_agent() -> None:
    text = ("Prévues par le traité de paix du 3 juin, les négociations sur le statut des deux provinces se sont "
            "ouvertes hier à Vienne.")
    assert interval(text, "3 juin", "2012-09-12") == ("2012-06-03", "2012-06-03")
    # The plan itself still points forward.
    assert interval("Le vote est prévu le 3 juin.", "3 juin", "2012-09-12") == ("2013-06-03", "2013-06-03")


def test_a_starting_point_in_a_past_sentence_is_no_plan() -> None:
    """« à partir de 2010 » in a pluperfect counts as a year the text cites as past (the floor of
    an undated article's year), not a plan."""
    from frise.events.years import read_text_date

    text = "Des contacts avaient été noués en secret à partir de 2010. Vendredi, les deux pays ont signé."
    assert read_text_date(text, extract(text, None)).latest_cited == 2010


@pytest.mark.parametrize(
    "text",
    ["L'Agenda 2040 adopté par l'assemblée en mars fixe le cap.", "L'Euro 2032 se jouera en juin.",
     "Les Jeux de Brisbane 2032 coûteront cher.", "Le plan Horizon 2040 a été dévoilé en mai."],
)
def test_a_year_in_a_name_is_no_date_and_lends_no_year(text: str) -> None:
    records = extract(text, "2024-12-10")
    assert all(not r.text[:1].isdigit() for r in records), records
    assert all(r.first is None or r.first.year in (2024, 2025) for r in records), records


@pytest.mark.parametrize(
    ("text", "words", "year"),
    [("Noël 2019 fut calme.", "2019", 2019), ("Fin 2019, la crise éclate.", "Fin 2019", 2019),
     ("L'an 2000 fut une fête.", "L'an 2000", 2000), ("D'ici 2030, tout change.", "D'ici 2030", 2030),
     ("En 2019, la crise éclate.", "En 2019", 2019), ("Il est revenu. 2019 fut une année noire.", "2019", 2019)],
)
def test_capitalised_date_words_before_a_year_still_date_it(text: str, words: str, year: int) -> None:
    first, _ = interval(text, words, "2024-12-10")
    assert first is not None and first.startswith(str(year))
