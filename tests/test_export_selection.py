"""What an export holds, and the filter in words for its title block."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from frise.export import (
    describe_query,
    describe_selection,
    load_selection,
    undated_count,
)
from frise.export.selection import as_filter
from frise.library import import_paths
from frise.store import EventQuery, Store
from frise.store.views import EventFilter

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = Store.open(tmp_path_factory.mktemp("sel") / "frise.sqlite")
    import_paths(s, [ROOT / "seeds"])
    yield s
    s.close()


def test_selection_is_dated_chronological_and_cites_its_articles(store: Store) -> None:
    events, articles = load_selection(store)
    assert events and all(e.first is not None for e in events)
    assert [(e.first, e.last) for e in events] == sorted((e.first, e.last) for e in events)  # type: ignore[type-var]
    assert set(articles) == {s.article_id for e in events for s in e.sources}
    assert undated_count(store) == sum(1 for e in store.events() if e.first is None) >= 1


def test_query_and_filter_select_alike(store: Store) -> None:
    keys = store.actor_keys_matching("Turquie")
    by_query, _ = load_selection(store, EventQuery(actor_keys=keys))
    by_filter, _ = load_selection(store, EventFilter(actor_keys=tuple(keys)))
    assert [e.id for e in by_query] == [e.id for e in by_filter]
    assert by_query and all("Turquie" in e.actors for e in by_query)
    assert load_selection(store, EventQuery(actor_keys=())) == ([], {})


def test_view_range_narrows(store: Store) -> None:
    view = (date(2017, 5, 1), date(2017, 5, 31))
    events, _ = load_selection(store, EventQuery(), view)
    assert events and all(e.first <= view[1] and e.last >= view[0] for e in events)  # type: ignore[operator]
    assert as_filter(EventQuery(start=date(2017, 6, 1)), view) is None  # disjoint: nothing
    narrowed = as_filter(EventQuery(start=date(2017, 5, 10)), view)
    assert narrowed is not None and (narrowed.start, narrowed.end) == (date(2017, 5, 10), date(2017, 5, 31))


def test_describe_query_in_french() -> None:
    assert describe_query(None) == "Tous les événements"
    assert describe_query(EventQuery()) == "Tous les événements"
    text = describe_query(
        EventQuery(start=date(2017, 5, 1), end=date(2017, 7, 31), actor_keys=["country:RU"], search="mémorandum"),
        {"country:RU": "Russie"})
    assert text == "Acteur : Russie ; du 1er mai 2017 au 31 juillet 2017 ; recherche «\u00a0mémorandum\u00a0»"
    assert describe_query(EventQuery(start=date(2017, 5, 4))) == "À partir du 4 mai 2017"
    assert describe_query(EventQuery(end=date(2017, 5, 4))) == "Jusqu'au 4 mai 2017"
    assert describe_query(EventQuery(source=3), article_titles={3: "Astana"}) == "Source : «\u00a0Astana\u00a0»"
    f = EventFilter(actor_keys=("a", "b"), outlets=("RT France", ""), certainties=("exact",))
    assert describe_query(f, {"a": "Iran", "b": "Syrie"}) == (
        "Acteurs : Iran, Syrie ; Médias : RT France, média inconnu ; dates : exacte")
    assert describe_query(EventFilter(certainties=("exact", "approximate", "assumed", "unresolved"))) == (
        "Tous les événements")
    assert describe_query(None, view_range=(date(2017, 5, 1), date(2017, 5, 31))) == (
        "Vue du 1er mai 2017 au 31 mai 2017")


def test_describe_selection_names_actors_from_the_store(store: Store) -> None:
    keys = store.actor_keys_matching("Russie")
    text = describe_selection(store, EventQuery(actor_keys=keys[:1], source=1))
    assert "Russie" in text and "Source : «" in text
