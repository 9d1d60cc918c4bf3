"""A dateline opening an article ("Paris, le 10 décembre 2019 — ...") dates the article but is no
event of its own: TEMPORAL.md's "metadata produces no event", as for the ` date 2017-07` header."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from frise.events.mentions import build_mentions
from frise.ingest import load_text
from frise.ingest.dates import dateline_span, from_dateline
from frise.library import Library
from frise.store import Store
from frise.temporal import extract

SUMMIT = ("Paris, le 10 décembre 2019 — Les dirigeants français et allemands se sont rencontrés lundi à "
          "l'Élysée pour relancer les négociations sur le budget européen.")


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (SUMMIT, "Paris, le 10 décembre 2019"),
        ("Genève (Suisse), le 3 février 2022. Le ministre a annoncé hier sa démission.",
         "Genève (Suisse), le 3 février 2022"),
        ("Sommet à Berlin\n\nBerlin, le mardi 4 juin 2019 - La chancelière a reçu hier ses homologues.",
         "Berlin, le mardi 4 juin 2019"),
        ("Sommet à Berlin\nBERLIN, 4 juin 2019 (AFP) — La chancelière a reçu hier ses homologues.",
         "BERLIN, 4 juin 2019 (AFP)"),
        ("Saint-Denis de la Réunion, le 04/06/2019 — Le cyclone a touché l'île hier.",
         "Saint-Denis de la Réunion, le 04/06/2019"),
        ("Aix-en-Provence, le 4 juin 2019\nLe festival a ouvert ses portes hier.", "Aix-en-Provence, le 4 juin 2019"),
        # As agencies write it: no year, then the agency and a dash; two cities for two desks.
        ("OSLO, 12 mars (Reuters) - Le ministre a signé lundi l'accord.", "OSLO, 12 mars (Reuters)"),
        ("KIEV/MOSCOU, 1er avril (AFP) — Les deux camps ont échangé des prisonniers.", "KIEV/MOSCOU, 1er avril (AFP)"),
    ],
)
def test_datelines_are_found_at_the_top(text: str, dateline: str) -> None:
    span = dateline_span(text)
    assert span is not None and text[span[0]:span[1]] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Paris, le 10 décembre 2019, les dirigeants se sont rencontrés à l'Élysée.",  # the date is the event
        "Le 4 mai 2017, la Russie a signé le mémorandum.",
        "Hier, le 3 mai 2017. Une journée sans nouvelles.",
        "Une première phrase. Une seconde.\nParis, le 10 décembre 2019 — Les dirigeants se sont vus.",
        "Paris, le 31 février 2019 — Les dirigeants se sont vus.",
        "Oslo, 12 mars - sans agence, le 12 mars est une date du texte.",
        "Hier, 12 mars (selon la police) - une manifestation.",
    ],
)
def test_other_openings_are_not_datelines(text: str) -> None:
    assert dateline_span(text) is None


def test_a_dateline_with_its_country_dates_the_article() -> None:
    found = from_dateline("Genève (Suisse), le 3 février 2022 - Le ministre a annoncé hier sa démission.")
    assert found is not None and (found.iso, found.precision) == ("2022-02-03", "day")


def test_a_sentence_opening_with_hier_does_not_date_the_article() -> None:
    assert from_dateline("Hier, le 3 mai 2017. Une journée sans nouvelles.") is None


def test_the_dateline_makes_no_statement_and_leaves_the_passage() -> None:
    mentions = build_mentions(SUMMIT, "h", extract(SUMMIT, "2019-12-10"))
    assert [(m.text, m.first.isoformat() if m.first else None) for m in mentions] == [("lundi", "2019-12-09")]
    (lundi,) = mentions
    assert lundi.passage.startswith("Les dirigeants") and lundi.title.startswith("Les dirigeants")


def test_a_short_sentence_after_the_dateline_does_not_borrow_it_as_its_title() -> None:
    text = "Lyon, le 3 février 2022 — Grève lundi."
    (mention,) = build_mentions(text, "h", extract(text, "2022-02-03"))
    assert (mention.text, mention.title) == ("lundi", "Grève lundi")


def test_a_date_later_in_the_text_is_still_a_statement() -> None:
    text = SUMMIT + "\n\nParis, le 12 décembre 2019 — Un second sommet a suivi."
    mentions = build_mentions(text, "h", extract(text, "2019-12-10"))
    assert [m.text for m in mentions] == ["lundi", "le 12 décembre 2019"]


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        (SUMMIT, "lundi", "2019-12-09"),
        ("Paris, le 3 février 2022. Le ministre a annoncé hier une réforme des retraites.", "hier", "2022-02-02"),
        ("Genève (Suisse), le 3 février 2022 - Le ministre a annoncé hier une réforme des retraites.", "hier",
         "2022-02-02"),
    ],
)
def test_a_pasted_article_with_a_dateline_gives_one_event(tmp_path: Path, text: str, expression: str,
                                                          day: str) -> None:
    library = Library(Store.open(tmp_path / "frise.db"))
    library.import_article(load_text(text))
    events = library.events()
    assert [(e.first.isoformat() if e.first else None, [s.expression for s in e.sources]) for e in events] == [
        (day, [expression])]
    assert "février 2022" not in events[0].title and "décembre 2019" not in events[0].title


def test_a_long_hyphenated_first_line_is_read_at_once() -> None:
    # The city pattern once let "a-a-a-..." split in countless ways: 200 of them took 13 s.
    # Checked as growth, not as a time: four times the text may take at most eight times as long
    # (best of five runs each, the two lengths taken in turn, so that a busy neighbour does not
    # decide: with a few milliseconds a run, one scheduling hiccup was once 20 times the shorter).
    def run(repeats: int) -> float:
        text = "Aa-" * repeats + "\n\nLe 4 mai 2017, la Russie a signé le mémorandum."
        started = time.perf_counter()
        assert dateline_span(text) is None and from_dateline(text) is None
        return time.perf_counter() - started

    short, long = [], []
    for _ in range(5):
        short.append(run(10_000))
        long.append(run(40_000))
    assert min(long) < 8 * max(min(short), 1e-3)


def test_a_dateline_is_not_the_articles_title() -> None:
    from frise.ingest.titles import derive

    text = "Paris, le 3 février 2022. Le ministre des Affaires étrangères a reçu hier son homologue allemand."
    assert derive(text, "sans titre") == "Le ministre des Affaires étrangères a reçu hier son homologue allemand"
    assert derive("Le sommet s'est ouvert hier à Bruxelles.", "x") == "Le sommet s'est ouvert hier à Bruxelles"
