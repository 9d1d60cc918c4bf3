"""Where events happen, apart from who takes part, and the chronology filtered by kind, importance
and place (issue H: « a venue is a place, stored apart and filterable »; « event kinds ...
filterable »; « context as a visible, filterable importance »). Articles written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from frise.events.mentions import ActorSpan, places_of
from frise.library import Library
from frise.store import Store
from frise.store.records import EventQuery

ARTICLE = """Syrie : accord à Genève

Réunis lundi 4 mars 2024 à Genève, les représentants de la Russie et de la Turquie ont signé un accord \
sur un cessez-le-feu.

Vladimir Poutine s'était entretenu en Turquie avec Recep Tayyip Erdogan le 2 février 2024, à Sotchi.

La Russie est engagée en Syrie depuis septembre 2015.
"""


def test_places_are_the_venues_no_actor_names() -> None:
    text = "Vladimir Poutine a présenté à Angela Merkel l'accord conclu à Sotchi, en mars, près de Genève."
    merkel = text.index("Angela Merkel")
    actors = [ActorSpan(merkel, merkel + len("Angela Merkel"), "leader:merkel")]
    assert places_of(text, 0, len(text), actors) == ("Sotchi", "Genève")


@pytest.mark.parametrize(("text", "places"), [
    ("Le chef de l'État a reçu le 3 mai son homologue à l'Élysée.", ("Élysée",)),
    ("La conférence de Montréal s'est ouverte le 7 décembre.", ("Montréal",)),
    ("Les négociations de Lausanne ont repris le 29 novembre.", ("Lausanne",)),
    ("Le sommet d'Anchorage a duré trois heures.", ("Anchorage",)),
    ("Le sommet de l'Otan s'est ouvert le 7 décembre à Vilnius.", ("Vilnius",)),
    ("Le ministre a dénoncé le 3 mai la prudence de l'Ouest.", ()),
    ("Il a promis à l'Ouest de ne pas céder.", ()),
    ("Les accords de Minsk ont été signés en février 2015.", ()),
])
def test_a_venue_after_an_article_or_naming_a_gathering_is_a_place(text: str, places: tuple[str, ...]) -> None:
    nato = text.find("Otan")
    actors = [ActorSpan(nato, nato + 4, "org:otan")] if nato >= 0 else []
    assert places_of(text, 0, len(text), actors) == places


def test_events_carry_their_places_and_are_filtered_by_kind_importance_and_place(tmp_path: Path) -> None:
    path = tmp_path / "geneve.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with Store.open(tmp_path / "t.frise") as store:
        library = Library(store)
        library.import_paths([path])
        events = library.events()
        signed = next(e for e in events if e.first is not None and e.first.isoformat() == "2024-03-04")
        assert signed.places == ("Genève",)
        assert signed.happening == "agreement" and signed.importance == "news"
        assert "Russie" in signed.actors and "Genève" not in signed.actors

        assert [e.id for e in library.events(EventQuery(places=["geneve"]))] == [signed.id]
        assert signed.id in [e.id for e in library.events(EventQuery(kinds=["agreement"]))]
        assert signed.id not in [e.id for e in library.events(EventQuery(kinds=["meeting"]))]
        background = library.events(EventQuery(importance=["context"]))
        assert background and all(e.importance == "context" for e in background)
        assert signed.id not in [e.id for e in background]
        assert library.events(EventQuery(kinds=[])) == []
        unknown_kind = library.events(EventQuery(kinds=["none"]))
        assert all(e.happening is None for e in unknown_kind)


def test_the_city_a_correspondent_files_from_takes_no_part() -> None:
    from frise.events.actors import Gazetteer

    gazetteer = Gazetteer.load()
    assert [(m.text, m.kind) for m in gazetteer.scan("Par Marie Dupont (Nairobi, correspondante)")] == [
        ("Nairobi", "place")]
    assert [(m.text, m.kind) for m in gazetteer.scan("MOSCOU, envoyé spécial")] == [("MOSCOU", "place")]
    assert [(m.text, m.kind) for m in gazetteer.scan("Nairobi a condamné l'attaque.")] == [("Nairobi", "actor")]
