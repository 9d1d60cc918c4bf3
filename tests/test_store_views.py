"""The window's queries: filters in SQL, facets, the in-memory snapshot, spans and densities."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from frise.store import Store, views
from frise.store.snapshot import Snapshot, narrowing_ids
from frise.store.views import EventFilter
from tests.ui_support import ROOT, seeded_db

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic_corpus


@pytest.fixture
def store(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    with Store.open(seeded_db(tmp_path, tmp_path_factory.getbasetemp())) as opened:
        yield opened


def sql_ids(store: Store, f: EventFilter) -> list[int]:
    return views.chronology(store, f).ids


def snapshot_ids(store: Store, f: EventFilter) -> list[int]:
    return Snapshot.load(store).select(f, narrowing_ids(store, f)).ids()


def test_unfiltered_lists_every_event_dated_first(store: Store) -> None:
    chronology = views.chronology(store, EventFilter())
    assert len(chronology) == views.count(store) == 13
    months = [m for m in chronology.months if m is not None]
    assert months == sorted(months)
    assert chronology.months[-1] is None  # la semaine dernière: undated, last


@pytest.mark.parametrize("f", [
    EventFilter(),
    EventFilter(actor_keys=("leader:poutine",)),
    EventFilter(actor_keys=("leader:poutine", "country:JO")),
    EventFilter(certainties=("exact",)),
    EventFilter(certainties=("unresolved",)),
    EventFilter(start=date(2017, 5, 3), end=date(2017, 5, 4)),
    EventFilter(search="Astana"),
    EventFilter(search='"Poutine" OR ('),
    EventFilter(outlets=("RT France",)),
    EventFilter(outlets=("",)),
    EventFilter(article_ids=(1,), certainties=("exact", "assumed")),
])
def test_snapshot_agrees_with_sql(store: Store, f: EventFilter) -> None:
    assert snapshot_ids(store, f) == sql_ids(store, f)


def test_actor_filter_narrows(store: Store) -> None:
    ids = sql_ids(store, EventFilter(actor_keys=("leader:poutine",)))
    assert 0 < len(ids) < 13
    rows = views.rows(store, ids)
    assert all("Vladimir Poutine" in rows[i].actors for i in ids)


def test_certainty_filter(store: Store) -> None:
    rows = views.rows(store, sql_ids(store, EventFilter(certainties=("approximate",))))
    assert rows and {r.certainty for r in rows.values()} == {"approximate"}


@pytest.mark.parametrize("typed", ['"Poutine" OR (', "NOT", "(", '"', "astan", "l'accord \"", "*", "AND OR", ""])
def test_any_search_input_is_safe(store: Store, typed: str) -> None:
    views.chronology(store, EventFilter(search=typed))
    views.facets(store, EventFilter(search=typed))


def test_search_matches_half_typed_words(store: Store) -> None:
    assert sql_ids(store, EventFilter(search="Asta")) == sql_ids(store, EventFilter(search="Astana"))
    assert sql_ids(store, EventFilter(search="Astana"))


def test_date_range_keeps_overlapping_events_and_drops_undated(store: Store) -> None:
    rows = views.rows(store, sql_ids(store, EventFilter(start=date(2017, 7, 5), end=date(2017, 7, 6))))
    assert rows
    for row in rows.values():
        assert row.first is not None and row.last is not None
        assert row.first <= date(2017, 7, 6) and row.last >= date(2017, 7, 5)
    assert any(r.first == date(2017, 7, 1) and r.last == date(2017, 7, 10) for r in rows.values())


def test_facets_count_each_facet_over_the_others(store: Store) -> None:
    f = EventFilter(actor_keys=("leader:poutine",))
    counts = views.facets(store, f)
    assert counts.total == 13
    assert counts.matching == len(sql_ids(store, f))
    actors = {key: n for key, _, n in counts.actors}
    # the actor facet ignores its own choice: Russia is counted over every event
    assert actors["country:RU"] == len(sql_ids(store, EventFilter(actor_keys=("country:RU",))))
    assert sum(counts.certainties.values()) == counts.matching
    assert {title for _, title, _, _ in counts.articles}
    assert dict(counts.outlets).keys() >= {"RT France", "RT en français"}


def test_span_and_density(store: Store) -> None:
    span = views.span(store, EventFilter())
    assert span == (date(2015, 9, 1), date(2017, 7, 10))
    selection = Snapshot.load(store).select(EventFilter())
    assert selection.span() == span
    sql = views.density(store, EventFilter(), span[0], span[1], 12)
    assert sum(sql) == len(selection.dated) == sum(selection.density(span[0], span[1], 12))
    assert sql == selection.density(span[0], span[1], 12)


def test_between_returns_overlapping_rows(store: Store) -> None:
    selection = Snapshot.load(store).select(EventFilter())
    inside = selection.between(date(2017, 7, 9), date(2017, 7, 9))
    assert [(r.first, r.last) for r in inside] == [(date(2017, 7, 1), date(2017, 7, 10))]
    sql = views.visible(store, EventFilter(), date(2017, 5, 1), date(2017, 5, 31))
    assert [r.id for r in sql] == [r.id for r in selection.between(date(2017, 5, 1), date(2017, 5, 31))]


def test_expressions_and_unresolved(store: Store) -> None:
    first_article = store.articles()[0]
    found = views.expressions(store, first_article.id)
    assert [x.start for x in found] == sorted(x.start for x in found)
    text = store.article_text(first_article.id) or ""
    assert all(text[x.start:x.end] == x.text for x in found)
    missing = views.unresolved(store)
    assert "la semaine dernière" in [u.text for u in missing]
    assert all(u.event_id is not None for u in missing)


def test_filter_round_trips_through_json() -> None:
    f = EventFilter(date(2017, 1, 1), None, ("country:RU",), ("Le Monde",), (3,), ("exact",), "Poutine")
    assert EventFilter.from_json(f.to_json()) == f
    assert EventFilter.from_json({"start": "pas une date", "certainties": ["n'importe"], "article_ids": ["x"]}) \
        == EventFilter()
    assert EventFilter.from_json(None) == EventFilter()
    assert EventFilter(certainties=("exact", "approximate", "assumed", "unresolved")).is_empty


def test_snapshot_on_a_synthetic_corpus(tmp_path: Path) -> None:
    path = synthetic_corpus.build(tmp_path / "synthetic.sqlite", 3000, seed=3)
    with Store.open(path) as store:
        snapshot = Snapshot.load(store)
        assert len(snapshot) == 3000
        for f in [EventFilter(), EventFilter(actor_keys=("country:RU",)), EventFilter(certainties=("exact",)),
                  EventFilter(search="Astana"), EventFilter(search="-Astana"), EventFilter(search="Astana ou Doha"),
                  EventFilter(start=date(2000, 1, 1), end=date(2001, 6, 30))]:
            assert snapshot.select(f, narrowing_ids(store, f)).ids() == sql_ids(store, f)
        everything = len(snapshot.select(EventFilter()))
        astana = len(snapshot.select(EventFilter(search="Astana"), narrowing_ids(store, EventFilter(search="Astana"))))
        without = EventFilter(search="-Astana")
        assert 0 < astana < everything
        assert len(snapshot.select(without, narrowing_ids(store, without))) == everything - astana
        outlets = snapshot.outlets(store)
        assert all(outlets[i] for i in list(outlets)[:50])
        text_ok = 0
        for article in store.articles()[:20]:
            text = store.article_text(article.id) or ""
            for x in views.expressions(store, article.id):
                assert text[x.start:x.end] == x.text
                text_ok += 1
        assert text_ok > 0
