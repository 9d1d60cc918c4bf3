"""Who takes part in a dated statement: read from the clause its date is in (a clause that only
sets the scene, « , où… », « alors que… », and, around a dated participial phrase, the rest of
the sentence bring no participants: `mentions._dated_clause`), and, for a background statement
that names no one, the opening's states rather than its people (`mentions._as_sides`). Articles
written for the test."""

from __future__ import annotations

from frise.events.actors import Gazetteer
from frise.events.pipeline import read_article
from frise.temporal import Reference

STORY = """Le Tchad et le Soudan signent un accord

À Genève, où la Suisse accueillait les délégations, le Tchad a signé mardi 3 mars un accord avec le Soudan.

Le Tchad a fermé lundi 2 mars sa frontière, alors que la Libye réclamait une médiation.

En échange d'un cessez-le-feu promis par l'Algérie, les troupes françaises, déployées au Mali depuis janvier 2013, \
quitteront le pays.

Alors que la Libye a rouvert mercredi 4 mars sa frontière, le Tchad hésite.
"""


def _actors(text: str) -> dict[str, tuple[str, ...]]:
    reading = read_article(text, "t" * 64, Reference.parse("2026-03-09"), Gazetteer.load())
    return {m.text: m.actors for m in reading.mentions}


def test_an_aside_without_the_date_brings_no_participant() -> None:
    said = _actors(STORY)
    assert set(said["mardi 3 mars"]) == {"country:TD", "country:SD"}  # not Switzerland, « où » sets the scene
    assert said["lundi 2 mars"] == ("country:TD",)  # not Libya, « alors que » tells of something else


def test_the_aside_that_holds_the_date_is_the_statement() -> None:
    assert "country:LY" in _actors(STORY)["mercredi 4 mars"]


def test_a_dated_participial_phrase_takes_its_own_actors() -> None:
    # « Les troupes françaises, déployées au Mali depuis janvier 2013 »: Algeria promised the truce.
    assert set(_actors(STORY)["depuis janvier 2013"]) == {"country:FR", "country:ML"}


OPENING = """Emmanuel Macron et Olaf Scholz se sont retrouvés lundi 2 mars à Paris.

La dernière rencontre de ce genre remontait à janvier 2019.

La prochaine rencontre aura lieu vendredi 13 mars.
"""


def test_a_background_statement_naming_no_one_takes_the_openings_states() -> None:
    said = _actors(OPENING)
    # What came long before the news is the two countries', not that day's leaders'.
    assert set(said["janvier 2019"]) == {"country:FR", "country:DE"}
    # The news the opening tells keeps its people.
    assert set(said["vendredi 13 mars"]) == {"leader:macron", "leader:scholz"}


TOLD_IN_ASIDES = """Le ministre américain en tournée

Le ministre américain Antony Blinken s'est rendu jeudi 5 mars à Kiev, où il a rencontré Volodymyr Zelensky.

La France a voté pour vendredi 6 mars, tandis que les États-Unis et Israël ont voté contre.

Le Qatar a suspendu mardi 3 mars sa médiation, alors qu'il accueillait le bureau du Hamas.
"""


def test_an_aside_telling_a_happening_in_the_compound_past_brings_its_participants() -> None:
    said = _actors(TOLD_IN_ASIDES)
    assert "leader:zelensky" in said["jeudi 5 mars"]
    assert {"country:US", "country:IL"} <= set(said["vendredi 6 mars"])
    # an imperfect still sets the scene
    assert "group:hamas" not in said["mardi 3 mars"]


PEOPLE_IN_THE_BACKGROUND = """Emmanuel Macron reçoit Vladimir Poutine

Emmanuel Macron a reçu lundi 9 mars Vladimir Poutine à Paris.

Ils s'étaient rencontrés pour la dernière fois en 2019 au même endroit.

La dernière rencontre de ce genre remontait à janvier 2019.
"""


def test_a_background_statement_whose_subject_is_a_personal_pronoun_keeps_the_people() -> None:
    said = _actors(PEOPLE_IN_THE_BACKGROUND)
    assert {"leader:macron", "leader:poutine"} <= set(said["en 2019"])
    assert "leader:macron" not in said["janvier 2019"]
