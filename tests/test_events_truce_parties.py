"""A truce binds two sides: a statement about a ceasefire or a bilateral undertaking that names
one of the article's two parties takes the other too (`mentions._with_other_party`). Articles
written for the test."""

from __future__ import annotations

from frise.events.actors import Gazetteer
from frise.events.pipeline import read_article
from frise.temporal import Reference

STORY = """Le Soudan et le Tchad discutent

Le Tchad a fermé lundi 2 mars sa frontière avec le Soudan.

Khartoum a protesté mardi 3 mars contre cette décision.

Le Tchad a rappelé mercredi 4 mars son ambassadeur au Soudan.

Selon le Tchad, la trêve conclue jeudi 5 mars sera respectée.

Le Tchad a inauguré vendredi 6 mars une nouvelle école.
"""

ONE_PARTY = """Le Tchad se réforme

Le Tchad a adopté lundi 2 mars une nouvelle loi.

Le Tchad a promulgué mardi 3 mars le texte.

Selon le Tchad, la trêve conclue jeudi 5 mars sera respectée.
"""


def _actors(text: str) -> dict[str, tuple[str, ...]]:
    reading = read_article(text, "t" * 64, Reference.parse("2026-03-09"), Gazetteer.load())
    return {m.text: m.actors for m in reading.mentions}


def test_a_truce_naming_one_party_takes_the_articles_other_party() -> None:
    said = _actors(STORY)
    assert set(said["jeudi 5 mars"]) == {"country:TD", "country:SD"}
    # What is no truce keeps whom it names.
    assert said["vendredi 6 mars"] == ("country:TD",)


def test_no_second_party_no_one_added() -> None:
    assert _actors(ONE_PARTY)["jeudi 5 mars"] == ("country:TD",)
