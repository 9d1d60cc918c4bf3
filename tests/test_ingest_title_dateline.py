"""A headline directly followed by a dateline is the title, not the article's lead: it leaves the
body (a « Publié le ... » stamp between them, taken out, left no blank line)."""

from __future__ import annotations

import pytest

from frise.ingest.load import load_text

BODY = "Les négociateurs réunis à Vienne se sont séparés dimanche sans accord.\n\nLa suite du texte."


@pytest.mark.parametrize(
    "opening",
    [
        "VIENNE (AFP) - ",
        "GENÈVE, 6 juillet (Reuters) — ",
        "Genève (Suisse), le 3 février 2022. ",
    ],
)
def test_the_headline_above_a_dateline_leaves_the_body(opening: str) -> None:
    article = load_text(f"Nucléaire iranien : les pourparlers suspendus\nPublié le 21 juin 2021\n{opening}{BODY}")
    assert article.title == "Nucléaire iranien : les pourparlers suspendus"
    assert article.text.startswith(opening.strip()[:6])
    assert "Nucléaire iranien" not in article.text


def test_a_first_line_followed_by_its_text_stays_the_lead() -> None:
    article = load_text(f"Sommet à Genève sur la trêve\n{BODY}")
    assert article.text.startswith("Sommet à Genève sur la trêve\n")
