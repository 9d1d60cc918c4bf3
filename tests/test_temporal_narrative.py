"""Expressions read against the dates the text gave before them (TEMPORAL.md, "More forms news
writes"): a day number without its month, offsets from the previous date, « le jour même », « la
semaine suivante », « la veille de X ». Sentences written for these tests.

Reference: 2017-07-06, a Thursday.
"""

from __future__ import annotations

import pytest

from frise.temporal import Timex, extract

D = "2017-07-06"


def covering(text: str, words: str, reference: str | None = D) -> Timex:
    start = text.index(words)
    end = start + len(words)
    records = [r for r in extract(text, reference) if r.start <= start and r.end >= end]
    assert records, (words, extract(text, reference))
    return min(records, key=lambda r: r.end - r.start)


def interval(text: str, words: str, reference: str | None = D) -> tuple[str | None, str | None]:
    record = covering(text, words, reference)
    return (record.first.isoformat() if record.first else None, record.last.isoformat() if record.last else None)


# --- a day number without its month


@pytest.mark.parametrize(
    ("text", "words", "reference", "expected"),
    [
        # the month of the last date mentioned
        ("L'offensive a commencé le 2 février 2015. Le 9, la ville était encerclée.", "Le 9", D, "2015-02-09"),
        ("Le scrutin est fixé au 14 mai. La campagne s'ouvrira le 2, selon la commission.", "le 2", "2017-04-20",
         "2017-05-02"),
        ("En mars 2012, les pluies ont redoublé ; la digue a cédé dans la nuit, le 18.", "le 18", D, "2012-03-18"),
        # no month before: the month that puts it nearest the reference
        ("La conférence du 28, à Genève, a tourné court.", "du 28", D, "2017-06-28"),
        ("Le conseil se réunira le 11 au matin.", "le 11", D, "2017-07-11"),
        # the tense may put it on the other side of the reference than the last date mentioned
        ("Le retrait débutera le 15 août. Les deux camps s'étaient affrontés lors des pourparlers du 2, en vain.",
         "du 2", D, "2017-07-02"),
        # a weekday says which month
        ("Les manifestants se sont rassemblés mercredi 14 devant l'ambassade.", "mercredi 14", D, "2017-06-14"),
        ("Le procès s'ouvrira lundi 24, à Rennes.", "lundi 24", D, "2017-07-24"),
        ("Le 3 novembre 2014, les juges ont été saisis. Le jeudi 20, ils ont rendu leur avis.", "jeudi 20", D,
         "2014-11-20"),
        # an undated article: unresolved, unless the month was given
        ("Le 3 avril, le maire a démissionné. Le 5, son adjoint l'a remplacé.", "Le 5", None, None),
    ],
)
def test_day_without_its_month(text: str, words: str, reference: str | None, expected: str | None) -> None:
    assert interval(text, words, reference) == (expected, expected)


def test_day_without_its_month_keeps_the_month_when_the_year_is_unknown() -> None:
    record = covering("Le 3 avril, le maire a démissionné. Le 5, son adjoint l'a remplacé.", "Le 5", None)
    assert record.value == "XXXX-04-05"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le siège est au 16, rue de la Paix.", "16"),
        ("Il a choisi le 3.", "3"),
        ("Le 7 de l'équipe a marqué deux buts.", "7"),
        ("Le score est de 2 à 1, le 9 ayant manqué son penalty.", "9 ayant"),
        ("Il habite le 12 bis de l'avenue.", "12"),
        ("Lundi 3 personnes ont été blessées.", "3"),
    ],
)
def test_not_a_day_without_its_month(text: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words.split()[0])
    assert not [r for r in extract(text, D) if r.kind in ("date", "range") and r.start < end and r.end > start]
