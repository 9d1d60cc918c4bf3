"""Expressions read against the dates the text gave before them (TEMPORAL.md, "More forms news
writes"): a day number without its month, offsets from the previous date, « le jour même », « la
semaine suivante », « la veille de X ». Sentences written for these tests.

Reference: 2017-07-06, a Thursday.
"""

from __future__ import annotations

import pytest

from frise.temporal import extract
from tests.temporal_support import D, covering, interval

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


# --- offsets from the previous date, at the unit's precision


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("Le barrage a cédé le 12 mars 2011. Deux jours plus tard, la vallée était évacuée.", "Deux jours plus tard",
         "2011-03-14", "2011-03-14"),
        ("Le 4 avril 2016, le juge a été saisi ; trois semaines après, il a classé l'affaire.",
         "trois semaines après", "2016-04-25", "2016-05-01"),
        ("L'accord a été signé le 20 juin 2015. Dix jours auparavant, les négociations avaient échoué.",
         "Dix jours auparavant", "2015-06-10", "2015-06-10"),
        ("Elle a été élue en mai 2012 ; six mois plus tard, elle démissionnait.", "six mois plus tard",
         "2012-11-01", "2012-11-30"),
        ("Le musée a ouvert en 1998. Deux ans plus tôt, le chantier avait commencé.", "Deux ans plus tôt",
         "1996-01-01", "1996-12-31"),
        ("La loi a été votée en octobre 2014 ; un an et demi plus tôt, le projet était déposé.",
         "un an et demi plus tôt", "2013-04-01", "2013-04-30"),
        ("Le 2 juillet 2013, il a été libéré. Trois jours après, il quittait le pays.", "Trois jours après",
         "2013-07-05", "2013-07-05"),
        # a range moves from its end forwards, from its start backwards
        ("Le salon s'est tenu du 3 au 5 mai 2016. Deux jours plus tard, les stands étaient démontés.",
         "Deux jours plus tard", "2016-05-07", "2016-05-07"),
        # the week, month or year after or before the last date mentioned
        ("Le 14 mars 2017, le texte a été adopté ; la semaine suivante, il était promulgué.", "semaine suivante",
         "2017-03-20", "2017-03-26"),
        ("Le rapport a été publié en septembre 2010. Le mois précédent, l'enquête avait été close.",
         "mois précédent", "2010-08-01", "2010-08-31"),
        ("Il a été nommé en 2009 ; l'année suivante, il était limogé.", "année suivante", "2010-01-01",
         "2010-12-31"),
        ("Le parc a ouvert le 3 juin 2015 et a accueilli dix mille visiteurs la même semaine.", "même semaine",
         "2015-06-01", "2015-06-07"),
        # « le jour même », « ce jour-là », « le même jour »: the last day mentioned (a weekday counts)
        ("Le ministre a démissionné mardi. Le jour même, son successeur était nommé.", "jour même", "2017-07-04",
         "2017-07-04"),
        ("Le 9 novembre 1989, le mur est tombé. Ce jour-là, la foule a envahi Berlin.", "Ce jour-là",
         "1989-11-09", "1989-11-09"),
        ("Le sommet a eu lieu le 3 juin 2016. En juin, les prix ont baissé. Le même jour, un accord a été signé.",
         "même jour", "2016-06-03", "2016-06-03"),
        ("L'attentat a eu lieu le 7 janvier 2015 ; le jour suivant, la police a arrêté deux suspects.",
         "jour suivant", "2015-01-08", "2015-01-08"),
    ],
)
def test_offset_from_the_previous_date(text: str, words: str, first: str, last: str) -> None:
    assert interval(text, words) == (first, last)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # nothing before to count from
        ("Deux jours plus tard, la vallée était évacuée.", "Deux jours plus tard"),
        # a year is too vague to count days from
        ("Le musée a ouvert en 1998. Deux jours plus tard, il était fermé.", "Deux jours plus tard"),
    ],
)
def test_offset_without_a_date_to_count_from_is_unresolved(text: str, words: str) -> None:
    assert interval(text, words) == (None, None)


def test_quelques_jours_plus_tard_is_no_date() -> None:
    text = "Le barrage a cédé le 12 mars 2011. Quelques jours plus tard, la vallée était évacuée."
    start = text.index("Quelques")
    assert not [r for r in extract(text, D) if r.kind in ("date", "range") and r.start <= start < r.end]


# --- « la veille de X », « le lendemain de X », « au lendemain de X »


@pytest.mark.parametrize(
    ("text", "words", "reference", "expected"),
    [
        # X holds its own date, later in the sentence
        ("La veille du conseil européen du 22 juin, les ministres se sont réunis.", "veille", D, "2017-06-21"),
        ("Au lendemain de l'élection présidentielle du 7 mai 2017, les marchés ont progressé.", "lendemain", D,
         "2017-05-08"),
        ("À la veille des législatives, prévues le 11 juin, le président a parlé.", "veille", D, "2017-06-10"),
        ("La veille de Noël, les rues seront vides.", "veille", D, "2017-12-24"),
        ("Deux jours avant le scrutin du 18 juin, les sondages étaient serrés.", "Deux jours avant", D, "2017-06-16"),
        # X is named by a demonstrative: the last date mentioned
        ("Le sommet s'est tenu le 3 avril 2014. Au lendemain de ce sommet, les tensions ont repris.", "lendemain",
         D, "2014-04-04"),
        # the sentence dates the expression itself
        ("Le ministre a parlé hier, au lendemain de la manifestation.", "lendemain", D, "2017-07-05"),
        ("Au lendemain d'une nuit de violences, le préfet a décrété lundi un couvre-feu.", "lendemain", D,
         "2017-07-03"),
        # « le lendemain de X » otherwise counts from the last day mentioned
        ("Le traité a été signé le 2 février 2016 à Rome. Le lendemain de la signature, la Bourse a bondi.",
         "lendemain", D, "2016-02-03"),
    ],
)
def test_eve_or_morrow_of_an_event(text: str, words: str, reference: str | None, expected: str) -> None:
    assert interval(text, words, reference) == (expected, expected)


@pytest.mark.parametrize(
    "text",
    [
        "À la veille des élections, le climat s'était tendu.",
        "Au lendemain de la guerre, le pays était ruiné.",
        "Deux jours après l'attentat, la ville restait sous le choc.",
    ],
)
def test_eve_or_morrow_of_an_undated_event_stays_unresolved(text: str) -> None:
    records = [r for r in extract(text, D) if r.kind in ("date", "range")]
    assert records and all(r.first is None for r in records), records


def test_a_part_of_a_year_does_not_frame_its_sentence() -> None:
    text = "Le ministre a repoussé la réforme à début 2018, et avait renoncé à visiter l'usine le 9 juillet."
    assert interval(text, "9 juillet") == ("2017-07-09", "2017-07-09")
    text = "En 2015, la ville a connu deux crues, en janvier et en octobre."
    assert interval(text, "octobre") == ("2015-10-01", "2015-10-31")
