"""An outlet's name on a line of its own near the top of a copied text is its masthead: the
publisher, not the title (texts written for these tests)."""

from __future__ import annotations

import pytest

from frise.ingest.load import load_text

BODY = "La ministre a reçu jeudi son homologue à Rome pour parler du commerce des céréales.\n"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"Céréales : Rome et Paris rapprochent leurs positions\n\nLe Monde\n\n{BODY}", "Le Monde"),
        (f"Céréales : Rome et Paris rapprochent leurs positions\nOUEST-FRANCE\n\n{BODY}", "Ouest-France"),
        (f"Libération\n\nCéréales : Rome et Paris rapprochent leurs positions\n\n{BODY}", "Libération"),
    ],
)
def test_a_masthead_line_names_the_outlet_and_is_not_the_title(text: str, outlet: str) -> None:
    article = load_text(text)
    assert article.outlet == outlet
    assert article.title == "Céréales : Rome et Paris rapprochent leurs positions"


def test_an_outlet_named_in_the_text_is_a_source_not_the_publisher() -> None:
    article = load_text(f"Céréales : le ton monte\n\n{BODY}Selon Le Monde, l'accord est proche.\n")
    assert article.outlet is None


def test_an_unknown_name_on_its_own_line_is_no_masthead() -> None:
    article = load_text(f"Céréales : le ton monte\n\nLa Gazette du Port\n\n{BODY}")
    assert article.outlet is None
