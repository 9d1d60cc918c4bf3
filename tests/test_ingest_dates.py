"""Publication dates: only from places that state the article's own date, with their precision."""

from __future__ import annotations

from pathlib import Path

import pytest

from frise.ingest import load_file, load_text
from frise.ingest.dates import from_dateline, from_filename, from_url, parse_french_date, strip_header

BODY = "Le mémorandum a été signé le 4 mai 2017 à Astana par les trois pays garants."


@pytest.mark.parametrize(
    ("header", "published", "precision"),
    [
        (" date 2017-07 ", "2017-07", "month"),
        ("date 2017-07-06 ", "2017-07-06", "day"),
        ("Date: 2017 ", "2017", "year"),
    ],
)
def test_header_is_read_and_removed_keeping_the_rest_of_its_line(
    header: str, published: str, precision: str
) -> None:
    article = load_text(header + BODY + "\n\nDeuxième paragraphe.")
    assert (article.published, article.precision) == (published, precision)
    assert article.text == BODY + "\n\nDeuxième paragraphe."


def test_header_alone_on_its_line() -> None:
    article = load_text(" date 2017-07\nTitre de l'article\n\n" + BODY)
    assert article.published == "2017-07"
    assert article.title == "Titre de l'article"
    assert article.text == BODY


def test_invalid_header_is_left_alone() -> None:
    text, found = strip_header(" date 2017-13 Un texte.")
    assert found is None and text == " date 2017-13 Un texte."


def test_dates_in_running_text_are_not_publication_dates() -> None:
    article = load_text(BODY + "\n\nLa réunion du 6 juillet 2017 a été reportée.")
    assert article.published is None and article.precision == "unknown"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Paris, le 5 juillet 2017", "2017-07-05"),
        ("MOSCOU, 1er août 2017 (AFP) -", "2017-08-01"),
        ("Publié le 06/07/2017 à 10h", "2017-07-06"),
        ("Publié le jeudi 6 juillet 2017 à 10h04, mis à jour le 7 juillet 2017", "2017-07-06"),
        ("Mis à jour le 2017-07-08", "2017-07-08"),
        # a byline that gives the day
        ("Par Jeanne Roy | 3 mars 2021 à 07h30", "2021-03-03"),
        ("Par Jean-Marc Roy, à Genève — Publié le 3 mai 2019", "2019-05-03"),
    ],
)
def test_datelines(line: str, expected: str) -> None:
    found = from_dateline(f"Un titre\n{line}\n\n{BODY}")
    assert found is not None and (found.iso, found.precision) == (expected, "day")


def test_a_byline_without_a_day_or_a_date_in_running_text_is_no_publication_date() -> None:
    assert from_dateline(f"Un titre\nPar Anne-Sophie Roy, à Genève\n\n{BODY}") is None
    assert from_dateline(f"Un titre\nPar Anne-Sophie Roy | Le sommet du 6 juillet 2017 a été reporté.\n\n{BODY}") \
        is None


def test_publication_stamp_wins_over_update_and_is_removed_from_text() -> None:
    article = load_text(f"Un titre\nMis à jour le 8 juillet 2017\nPublié le 6 juillet 2017 à 10h\n\n{BODY}")
    assert article.published == "2017-07-06"
    assert "Publié" not in article.text and "Mis à jour" not in article.text
    assert article.title == "Un titre"


def test_dateline_lower_in_the_body_is_ignored() -> None:
    filler = "\n\n".join(f"Paragraphe numéro {n} du texte." for n in range(12))
    assert from_dateline(f"{filler}\n\nParis, le 5 juillet 2017\n\n{filler}") is None


def test_sentence_starting_with_a_date_is_not_a_dateline() -> None:
    assert from_dateline("Le 4 mai 2017, la Russie a signé.") is None
    assert from_dateline("Le 3 mai, le 4 mai 2017 et le 5 mai ont compté.") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2017-07-06-syrie-accord.txt", ("2017-07-06", "day")),
        ("2017_07_syrie.txt", ("2017-07", "month")),
        ("20170706-rt.txt", ("2017-07-06", "day")),
        ("rt-2017-07-06.txt", ("2017-07-06", "day")),
        ("003_6f303cbfbb78ff9b.txt", None),
        ("2017-13-01-faux.txt", None),
        ("2017-02-30-faux.txt", None),
    ],
)
def test_filename_dates(name: str, expected: tuple[str, str] | None) -> None:
    found = from_filename(name)
    assert ((found.iso, found.precision) if found else None) == expected


def test_date_from_file_name_when_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "2017-07-06-tillerson.txt"
    path.write_text(BODY, encoding="utf-8")
    article = load_file(path)
    assert (article.published, article.precision) == ("2017-07-06", "day")


def test_header_wins_over_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2016-01-01-ancien.txt"
    path.write_text(" date 2017-07 " + BODY, encoding="utf-8")
    assert load_file(path).published == "2017-07"


def test_date_from_url_of_pasted_text() -> None:
    article = load_text(BODY, url="https://www.lemonde.fr/international/article/2017/07/06/syrie_1.html")
    assert (article.published, article.precision) == ("2017-07-06", "day")
    assert article.outlet == "Le Monde"
    assert from_url("https://example.org/2017/07/") is not None
    assert from_url("https://example.org/articles/2017/123456") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 juillet 2017", "2017-07-05"),
        ("1er janvier 2018", "2018-01-01"),
        ("06/07/2017", "2017-07-06"),
        ("3 févr. 2016", "2016-02-03"),
        ("31 juin 2017", None),
        ("juillet 2017", None),
    ],
)
def test_parse_french_date(text: str, expected: str | None) -> None:
    found = parse_french_date(text)
    assert (found.iso if found else None) == expected
