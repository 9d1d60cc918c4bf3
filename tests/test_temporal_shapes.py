"""Numeric and written shapes of dates (TEMPORAL.md, "More forms news writes"), in sentences
written for these tests, and the look-alikes that are not dates.

Reference: 2017-07-06, a Thursday.
"""

from __future__ import annotations

import pytest

from frise.temporal import Timex, extract
from tests.temporal_support import D, covering


def interval(t: Timex) -> tuple[str | None, str | None]:
    return (t.first.isoformat() if t.first else None, t.last.isoformat() if t.last else None)


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        # day, month, year with dashes, or a comma before the year
        ("Le jugement du 14-02-2013 a été cassé.", "14-02-2013", "2013-02-14", "2013-02-14"),
        ("Le bail court depuis le 1-9-98.", "1-9-98", "1998-09-01", "1998-09-01"),
        ("Le registre porte la date du 05/11,2012.", "05/11,2012", "2012-11-05", "2012-11-05"),
        # year first
        ("Mise à jour : 2016/03/09.", "2016/03/09", "2016-03-09", "2016-03-09"),
        ("Relevé du 2012.7.1, signé par l'huissier.", "2012.7.1", "2012-07-01", "2012-07-01"),
        # month and year
        ("Les chiffres de 09/2016 ont été révisés.", "09/2016", "2016-09-01", "2016-09-30"),
        ("Échéance : 3 / 2018.", "3 / 2018", "2018-03-01", "2018-03-31"),
        ("Le rapport 2015 - 12 est en ligne.", "2015 - 12", "2015-12-01", "2015-12-31"),
        ("Les données 2014.6 sont provisoires.", "2014.6", "2014-06-01", "2014-06-30"),
        # day and month without a year: the nearest year
        ("Le conseil se réunira le 12/09 en séance publique.", "12/09", "2017-09-12", "2017-09-12"),
        ("Le dossier a été déposé le 2/3 au tribunal.", "2/3", "2017-03-02", "2017-03-02"),
        ("Fermeture exceptionnelle 26/12, réouverture le 27.", "26/12", "2017-12-26", "2017-12-26"),
        # three numbers a space apart
        ("Date de naissance : 04 11 1983.", "04 11 1983", "1983-11-04", "1983-11-04"),
        ("Il est entré en poste le 3 9 2001.", "3 9 2001", "2001-09-03", "2001-09-03"),
        # written forms
        ("La cérémonie a eu lieu le 9 mars, 2015 à Rome.", "9 mars, 2015", "2015-03-09", "2015-03-09"),
        ("Il est mort le 2 juin de 1954.", "2 juin de 1954", "1954-06-02", "1954-06-02"),
        ("Version publiée le 17 nov 2016.", "17 nov 2016", "2016-11-17", "2016-11-17"),
        ("Courrier du 3 févr, 2011 adressé au préfet.", "3 févr, 2011", "2011-02-03", "2011-02-03"),
        ("Le musée a rouvert le 5 juil. après travaux.", "5 juil.", "2017-07-05", "2017-07-05"),
        ("Les feux d'artifice du 14-Juillet ont été annulés.", "14-Juillet", "2017-07-14", "2017-07-14"),
        ("Le défilé du 1er-Mai a réuni des milliers de personnes.", "1er-Mai", "2017-05-01", "2017-05-01"),
        # apostrophes and spellings the press keeps
        ("Il est arrivé aujourd՚hui à Paris.", "aujourd՚hui", "2017-07-06", "2017-07-06"),
        ("Il est arrivé aujourd′hui à Paris.", "aujourd′hui", "2017-07-06", "2017-07-06"),
        ("Les bureaux ont fermé avant hier.", "avant hier", "2017-07-04", "2017-07-04"),
        ("Le vote aura lieu apres demain.", "apres demain", "2017-07-08", "2017-07-08"),
        ("Il a quitté le pays il ya trois semaines.", "il ya trois semaines", "2017-06-12", "2017-06-18"),
        ("Les travaux reprendront cette Octobre.", "cette Octobre", "2017-10-01", "2017-10-31"),
        # an abbreviated weekday before a time, as a header writes it
        ("Lun 09:45 - Le conseil s'ouvre.", "Lun", "2017-07-03", "2017-07-03"),
    ],
)
def test_shape_reads_as_written(text: str, words: str, first: str, last: str) -> None:
    assert interval(covering(text, words)) == (first, last)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les 2/3 des votants se sont abstenus.", "2/3"),
        ("Il a obtenu une note de 15/20 à l'examen.", "15/20"),
        ("Le service fonctionne 24/7 toute l'année.", "24/7"),
        ("Appelez le 06 12 34 56 78 après 18 heures.", "06 12 34"),
        ("Appelez le 01-45-67-89-10 pour réserver.", "01-45-67"),
        ("La loi n° 2016-11 a été promulguée.", "2016-11"),
        ("Ils ont battu Lyon 3-1 dimanche.", "3-1"),
        ("Une surface de 12 3 45 hectares.", "12 3 45"),
        ("Le 12 juin, 2017 personnes ont été évacuées.", "2017"),
        ("Le stock atteint 1 200 000 tonnes.", "1 200"),
        ("La version 2.1.3 du logiciel est sortie.", "2.1.3"),
        ("Il a bu un jeu de cartes, puis mer agitée.", "jeu"),
    ],
)
def test_look_alike_is_not_a_date(text: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words)
    dated = [r for r in extract(text, D) if r.kind in ("date", "range") and r.start < end and r.end > start]
    assert not dated, dated


def test_malformed_iso_date_is_not_a_year() -> None:
    assert [r for r in extract("Référence 2015-1-32 du registre.", D) if r.kind == "date"] == []


def test_la_saison_2011_12_is_two_years_not_december() -> None:
    record = covering("La saison 2011-12 fut la meilleure du club.", "2011")
    assert record.value == "2011"
