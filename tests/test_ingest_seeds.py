"""The three seed articles the application opens with, read the way the timeline needs them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from frise.ingest import Article, load_file

Seed = Callable[[str], Article]


@pytest.fixture
def seed(seeds_dir: Path) -> Seed:
    def read(prefix: str) -> Article:
        (path,) = seeds_dir.glob(f"{prefix}_*.txt")
        return load_file(path)

    return read


def test_seed_000_headline_lead_and_no_date(seed: Seed) -> None:
    article = seed("000")
    assert article.title.startswith(
        "La Russie et les États-Unis ont eu au moins deux « rencontres secrètes »"
    )
    assert article.title.endswith("proches du dossier")
    # The headline runs straight into the body (no blank line): it is also the lead and stays.
    assert article.text.startswith(article.title + "\nSelon le Wall Street Journal")
    # "le 4 mai 2017" is an event the article reports, not its publication date.
    assert "la signature le 4 mai 2017" in article.text
    assert article.published is None and article.precision == "unknown"
    assert article.outlet is None
    assert article.format == "txt"


def test_seed_001_title_outlet_and_boilerplate(seed: Seed) -> None:
    article = seed("001")
    assert (
        article.title
        == "Astana : signature d’un mémorandum sur la création des zones de «désescalade» en Syrie"
    )
    assert article.outlet == "RT en français"
    assert article.published is None and article.precision == "unknown"
    assert article.text.startswith("La Russie, l'Iran et la Turquie ont signé un mémorandum")
    for gone in (
        "cookies",
        "Cookies",
        "Telegram",
        "Lire aussi",
        "©",
        "Source: AFP",
        "Tout Accepter",
        "Raconter l'actualité",
        "En cliquant",
        "Paramétrer vos choix",
    ):
        assert gone not in article.text, gone
    assert "\nOK\n" not in f"\n{article.text}\n"
    assert article.text.endswith("réduire la violence en Syrie».")


@pytest.mark.parametrize(
    "sentence",
    [
        "Cette proposition avait été discutée par Vladimir Poutine et Recep Tayyip Erdogan, le 3 mai.",
        "Le 4 mai, les chefs des délégations russe, iranienne et turque",
        "a eu lieu les 3 et 4 mai à Astana",
        "en place depuis janvier",
        "depuis septembre 2015",
        "Le 3 mai, le président russe avait rencontré son homologue turc à Sotchi.",
        "Pourtant, la veille, Vladimir Poutine et Donald Trump s’étaient entretenus par téléphone",
        "Du côté de Washington, on a salué la décision, mais avec une grande prudence.",
    ],
)
def test_seed_001_keeps_every_dated_sentence(seed: Seed, sentence: str) -> None:
    # Compared with whitespace normalised: the seed has no-break spaces ("Poutine\xa0et").
    assert sentence in " ".join(seed("001").text.split())


def test_seed_001_keeps_paragraphs(seed: Seed) -> None:
    paragraphs = seed("001").text.split("\n\n")
    assert len(paragraphs) == 10
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in paragraphs)


def test_seed_003_header_date_removed_and_first_sentence_kept(seed: Seed) -> None:
    article = seed("003")
    assert article.published == "2017-07" and article.precision == "month"
    assert "date 2017-07" not in article.text
    assert article.text.startswith(
        "Washington est prêt à travailler avec Moscou pour établir des zones d'exclusion aérienne en Syrie,"
    )
    assert "prévue le 7 juillet." in article.text.split("\n")[0]


def test_seed_003_title_is_the_shortened_first_sentence(seed: Seed) -> None:
    title = seed("003").title
    assert title.endswith("…")
    assert len(title) <= 101
    assert (
        title == "Washington est prêt à travailler avec Moscou pour établir des zones d'exclusion aérienne "
        "en Syrie…"
    )


def test_seed_003_outlet_and_tweets(seed: Seed) -> None:
    article = seed("003")
    assert article.outlet == "RT France"
    for gone in ("pic.twitter.com", "@RTenfrancais", "5 juillet 2017", "6 juillet 2017", "#Syrie", "D'INFOS"):
        assert gone not in article.text, gone
    for kept in (
        "le 18 juin",
        "Rex Tillerson a qualifié le 6 juillet",
        "début mai à Astana",
        "négociations début juillet",
        "Daesh enchaîne les revers",
        "les 7 et 8 juillet",
        "Moscou vient en outre d'annoncer",
    ):
        assert kept in article.text, kept


def test_seed_hashes_differ_and_are_stable(seed: Seed) -> None:
    hashes = [seed(prefix).content_hash for prefix in ("000", "001", "003")]
    assert len(set(hashes)) == 3
    assert hashes == [seed(prefix).content_hash for prefix in ("000", "001", "003")]
    assert all(len(value) == 64 for value in hashes)
