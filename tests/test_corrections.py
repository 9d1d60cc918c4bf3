"""The analyst's corrections: the fold of the log, their effect on every read, and their survival
through re-extraction and re-import."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from frise.events.corrections import Correction, fold
from frise.events.date_input import DateInputError, describe_interval, understand
from frise.export.csv_export import export_csv
from frise.export.selection import load_selection
from frise.library import Library, import_paths
from frise.store import EventQuery, Store, UserChange
from frise.store.corrections import correction_key, event_id_for, hidden_events, record
from frise.store.snapshot import Snapshot
from frise.store.views import EventFilter
from tests.ui_support import write_article

ARTICLE = """Tensions diplomatiques

Le 4 mai 2017, le ministre des affaires étrangères a reçu son homologue russe à Paris pour parler
de la Syrie. Plus tard, le 19 juin 2017, Emmanuel Macron a rencontré Angela Merkel à Berlin au
sujet de la zone euro.
"""


def change(key: str, kind: str, **payload: object) -> UserChange:
    return UserChange(0, key, kind, dict(payload), "")


def test_fold_applies_changes_in_order_and_inverses_cancel() -> None:
    log = [
        change("k", "edit", title="Nouveau", first="2017-06-01"),
        change("k", "hide"),
        change("k", "review"),
        change("k", "edit", title=None),
        change("k", "unhide"),
        change("k", "merge", other="o", mentions=["o"]),
        change("j", "manual", title="Fait", first="2017-01-01", last="2017-01-01"),
        change("j", "discard"),
    ]
    state = fold(log)
    assert state["k"].overrides == {"first": "2017-06-01"}
    assert state["k"].first == date(2017, 6, 1) and state["k"].title is None
    assert not state["k"].hidden and state["k"].reviewed
    assert state["k"].merged == {"o": ["o"]}
    assert state["j"].is_default
    state = fold([*log, change("k", "split", other="o"), change("k", "unreview"), change("k", "edit", first=None)])
    assert state["k"] == Correction("k")


def test_date_field_understands_french() -> None:
    assert (understand("début juin 2017").first, understand("début juin 2017").last) == (
        date(2017, 6, 1), date(2017, 6, 10))
    assert understand("début juin 2017").describe() == "du 1er au 10 juin 2017"
    seventh = understand("7-8 juillet 2017")
    assert (seventh.first, seventh.last) == (date(2017, 7, 7), date(2017, 7, 8))
    assert understand("le 4 mai", reference=date(2017, 5, 1)).first == date(2017, 5, 4)


def test_a_corrected_date_is_as_sure_as_it_reads() -> None:
    assert understand("début juin 2017").certainty == "approximate"
    assert understand("la semaine du 3 juillet 2017").certainty == "approximate"
    assert understand("7-8 juillet 2017").certainty == "exact"
    assert understand("juin 2017").certainty == "exact"
    assert understand("du 4 mai à fin juin 2017").certainty == "approximate"


def test_an_edited_interval_takes_its_certainty_and_undo_gives_the_extracted_one_back(
        store: Store, tmp_path: Path) -> None:
    event = store.events_by_id([by_day(store, date(2017, 6, 19))])[0]
    assert event.certainty == "exact"
    key = correction_key(event)
    record(store, key, "edit", {"first": "2017-06-01", "last": "2017-06-10", "certainty": "approximate"})
    edited = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (edited.first, edited.certainty) == (date(2017, 6, 1), "approximate")
    assert Snapshot.load(store).row(edited.id).certainty == "approximate"  # type: ignore[union-attr]
    Library(store).set_article_date(store.articles()[0].id, "2017-05-02")  # re-extraction keeps it
    assert store.events_by_id([event_id_for(store, key)])[0].certainty == "approximate"  # type: ignore[list-item]
    record(store, key, "edit", {"first": None, "last": None, "certainty": None})
    restored = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (restored.first, restored.certainty) == (date(2017, 6, 19), "exact")
    assert describe_interval(date(2017, 6, 1), date(2017, 6, 30)) == "juin 2017"
    with pytest.raises(DateInputError, match="non comprise"):
        understand("n'importe quoi")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "c.sqlite")
    import_paths(opened, [write_article(tmp_path / "in", "a.txt", ARTICLE)])
    yield opened
    opened.close()


def by_day(store: Store, day: date) -> int:
    return next(e.id for e in store.events(EventQuery(include_hidden=True)) if e.first == day)


def test_edit_hide_review_reach_every_read_and_survive_reextraction(store: Store, tmp_path: Path) -> None:
    event = store.events_by_id([by_day(store, date(2017, 5, 4))])[0]
    key = correction_key(event)
    record(store, key, "edit", {"title": "Visite de Lavrov", "first": "2017-05-03", "last": "2017-05-05",
                                "actors": ["Sergueï Lavrov"]})
    record(store, key, "review")
    edited = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (edited.title, edited.first, edited.last) == ("Visite de Lavrov", date(2017, 5, 3), date(2017, 5, 5))
    assert edited.actors == ("Sergueï Lavrov",) and edited.reviewed
    assert store.events(EventQuery(search="Lavrov"))[0].key == edited.key
    assert [e.key for e in store.events(EventQuery(reviewed=True))] == [edited.key]

    article = store.articles()[0]
    Library(store).set_article_date(article.id, "2017-05-02")  # everything re-extracted
    again = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (again.title, again.first, again.actors, again.reviewed) == (
        "Visite de Lavrov", date(2017, 5, 3), ("Sergueï Lavrov",), True)

    record(store, key, "hide")
    assert key not in {correction_key(e) for e in store.events()}
    assert [correction_key(e) for e in hidden_events(store)] == [key]
    assert all(row.id != again.id for row in Snapshot.load(store).dated)
    # deleting the article and importing it again: the statement keys come back, so do the changes
    store.db.execute("DELETE FROM articles")
    store.db.execute("DELETE FROM events")
    import_paths(store, [write_article(tmp_path / "again", "a.txt", ARTICLE)])
    assert [correction_key(e) for e in hidden_events(store)] == [key]
    record(store, key, "unhide")
    shown = {correction_key(e): e for e in store.events()}[key]
    assert shown.title == "Visite de Lavrov"


def test_undo_of_edit_restores_extracted_values(store: Store) -> None:
    event = store.events_by_id([by_day(store, date(2017, 6, 19))])[0]
    key = correction_key(event)
    record(store, key, "edit", {"title": "Autre"})
    record(store, key, "edit", {"title": None})
    assert store.events_by_id([event.id])[0].title == event.title
    assert [c.kind for c in store.changes(key)] == ["edit", "edit"]  # append-only


def test_merge_and_split(store: Store, tmp_path: Path) -> None:
    may, june = (store.events_by_id([by_day(store, d)])[0] for d in (date(2017, 5, 4), date(2017, 6, 19)))
    target, other = correction_key(may), correction_key(june)
    record(store, target, "merge", {"other": other, "mentions": [other]})
    merged = store.events()
    assert len(merged) == 1 and len(merged[0].sources[0].other_passages) == 1
    Library(store).set_article_date(store.articles()[0].id, "2017-05-02")
    assert len(store.events()) == 1
    record(store, target, "split", {"other": other})
    assert sorted(e.first for e in store.events()) == [date(2017, 5, 4), date(2017, 6, 19)]  # type: ignore[type-var]


def test_manual_event_and_export_show_corrections(store: Store, tmp_path: Path) -> None:
    article = store.articles()[0]
    text = store.article_text(article.id) or ""
    start = text.index("Plus tard")
    end = start + len("Plus tard")
    key = f"manual:{article.content_hash}:{start}:{end}"
    record(store, key, "manual", {"content_hash": article.content_hash, "start": start, "end": end,
                                  "title": "Fait ajouté", "first": "2017-05-10", "last": "2017-05-12",
                                  "actors": []})
    may = store.events_by_id([by_day(store, date(2017, 5, 4))])[0]
    record(store, correction_key(may), "edit", {"title": "Titre corrigé"})
    june = store.events_by_id([by_day(store, date(2017, 6, 19))])[0]
    record(store, correction_key(june), "hide")

    events, articles = load_selection(store, EventFilter())
    target = tmp_path / "out.csv"
    export_csv(events, articles, target)
    with target.open(encoding="utf-8-sig") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    assert titles == ["Titre corrigé", "Fait ajouté"]
    manual = next(e for e in events if e.title == "Fait ajouté")
    assert manual.sources[0].passage == "Plus tard" and manual.reviewed

    Library(store).set_article_date(article.id, "2017-05-02")
    assert [e.title for e in store.events()] == ["Titre corrigé", "Fait ajouté"]
    record(store, key, "discard")
    assert [e.title for e in store.events()] == ["Titre corrigé"]


def test_the_kind_and_the_importance_are_corrected_filtered_and_kept(store: Store) -> None:
    event = store.events_by_id([by_day(store, date(2017, 6, 19))])[0]
    key = correction_key(event)
    record(store, key, "edit", {"happening": "sanction", "importance": "context"})
    edited = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (edited.happening, edited.importance) == ("sanction", "context")
    assert [e.key for e in store.events(EventQuery(kinds=["sanction"]))] == [edited.key]
    assert edited.key in [e.key for e in store.events(EventQuery(importance=["context"]))]
    assert Snapshot.load(store).row(edited.id).happening == "sanction"  # type: ignore[union-attr]

    Library(store).set_article_date(store.articles()[0].id, "2017-06-02")  # everything re-extracted
    again = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
    assert (again.happening, again.importance) == ("sanction", "context")

    record(store, key, "edit", {"happening": "none"})  # of no kind at all
    assert store.events_by_id([again.id])[0].happening is None
    record(store, key, "edit", {"happening": "not-a-kind-of-this-frise"})  # a newer Frise's, say
    assert store.events_by_id([again.id])[0].happening == event.happening
    record(store, key, "edit", {"happening": None, "importance": None})  # undone: extraction's again
    restored = store.events_by_id([again.id])[0]
    assert (restored.happening, restored.importance) == (event.happening, event.importance)
