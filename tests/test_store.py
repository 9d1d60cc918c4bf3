"""The SQLite store: opening, refusing what it cannot use, queries, and the user's own changes."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frise.events.model import Mention
from frise.store import (
    SCHEMA_VERSION,
    ActorInfo,
    EventQuery,
    Store,
    StoreError,
    default_path,
)
from frise.store.fts import match_expression


def mention(key: str, first: str | None, title: str, *, start: int = 0, actors: tuple[str, ...] = ()) -> Mention:
    day = date.fromisoformat(first) if first else None
    return Mention(
        key=key, start=start, end=start + 5, text="le 4 mai", kind="date", value=first, mod=None,
        anchor="absolute" if day else "unresolved", first=day, last=day,
        certainty="exact" if day else "unresolved", precise=day is not None, assumed_year=None,
        passage_start=0, passage_end=40, passage=title + ".", title=title, actors=actors,
        terms=frozenset(title.lower().split()),
    )


def add_article(store: Store, content_hash: str, mentions: list[Mention]) -> int:
    with store.transaction():
        article_id = store.insert_article({
            "content_hash": content_hash, "path": f"/tmp/{content_hash}.txt", "title": content_hash,
            "outlet": "Le Monde", "published": "2017-05-05", "precision": "day", "format": "txt",
            "text": "texte " + content_hash, "needs_year": False,
        })
        store.ensure_actors([ActorInfo("country:RU", "Russie", "country"),
                             ActorInfo("leader:poutine", "Vladimir Poutine", "leader")])
        for expression_id, m in zip(store.insert_expressions(article_id, mentions), mentions):
            event_id = store.new_event(m.key)
            store.attach(expression_id, event_id)
            store.refresh_event(event_id)
    return article_id


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "frise.sqlite") as opened:
        yield opened


class TestOpening:
    def test_new_file_is_migrated_with_wal_and_foreign_keys(self, store: Store) -> None:
        assert store.schema_version == SCHEMA_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {"articles", "date_expressions", "events", "event_sources", "actors", "event_actors",
                "event_conflicts", "user_changes", "articles_fts", "events_fts"} <= set(store.db.table_names())
        store.check_integrity()

    def test_reopening_keeps_data(self, tmp_path: Path) -> None:
        path = tmp_path / "frise.sqlite"
        with Store.open(path) as first:
            add_article(first, "a", [mention("a:0:5", "2017-05-04", "Signature")])
        with Store.open(path) as again:
            assert [a.content_hash for a in again.articles()] == ["a"]

    def test_newer_schema_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "frise.sqlite"
        Store.open(path).close()
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
        with pytest.raises(StoreError, match="plus récente.*newer"):
            Store.open(path)

    def test_not_a_database_is_refused_and_left_alone(self, tmp_path: Path) -> None:
        path = tmp_path / "frise.sqlite"
        path.write_bytes(b"this is not sqlite at all" * 100)
        with pytest.raises(StoreError, match="pas une base de données SQLite"):
            Store.open(path)
        assert path.read_bytes() == b"this is not sqlite at all" * 100

    def test_damaged_database_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "frise.sqlite"
        with Store.open(path) as store:
            add_article(store, "a", [mention("a:0:5", "2017-05-04", "Signature")])
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = bytearray(path.read_bytes())
        data[100:4096] = b"\xff" * (4096 - 100)  # the first page: the schema
        path.write_bytes(bytes(data))
        with pytest.raises(StoreError, match="endommagée"), Store.open(path) as broken:
            broken.check_integrity()

    def test_another_sqlite_file_is_not_taken_over(self, tmp_path: Path) -> None:
        path = tmp_path / "other.sqlite"
        sqlite_utils.Database(path)["things"].insert({"a": 1})
        with pytest.raises(StoreError, match="pas une base Frise"):
            Store.open(path)

    def test_default_path_follows_the_environment(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("FRISE_DB", str(tmp_path / "env.sqlite"))
        assert default_path() == tmp_path / "env.sqlite"
        monkeypatch.delenv("FRISE_DB")
        assert default_path().name in ("chronologie.frise", "frise.sqlite")  # frise.sqlite: a legacy one kept


class TestTransactions:
    def test_a_failed_article_leaves_nothing(self, store: Store) -> None:
        with pytest.raises(RuntimeError), store.transaction():
            store.insert_article({"content_hash": "x", "title": "x", "precision": "unknown",
                                  "text": "x", "needs_year": False})
            raise RuntimeError("boom")
        assert store.articles() == []

    def test_deleting_an_article_takes_its_statements_and_lonely_events(self, store: Store) -> None:
        article_id = add_article(store, "a", [mention("a:0:5", "2017-05-04", "Signature")])
        with store.transaction():
            for event_id in store.delete_expressions(article_id):
                store.refresh_event(event_id)
        assert store.events() == []


class TestQueries:
    @pytest.fixture
    def filled(self, store: Store) -> Store:
        add_article(store, "a", [
            mention("a:0:5", "2017-05-04", "Signature du mémorandum d'Astana", actors=("country:RU",)),
            mention("a:10:15", "2017-07-07", "Rencontre au G20 de Hambourg", start=10, actors=("leader:poutine",)),
            mention("a:20:25", None, "Une rencontre la semaine dernière", start=20),
        ])
        add_article(store, "b", [mention("b:0:5", "2018-01-02", "Vœux du président")])
        return store

    def titles(self, store: Store, query: EventQuery) -> list[str]:
        return [e.title for e in store.events(query)]

    def test_everything_in_time_order_unresolved_last(self, filled: Store) -> None:
        assert self.titles(filled, EventQuery()) == [
            "Signature du mémorandum d'Astana", "Rencontre au G20 de Hambourg", "Vœux du président",
            "Une rencontre la semaine dernière",
        ]

    def test_interval_filter(self, filled: Store) -> None:
        assert self.titles(filled, EventQuery(date(2017, 6, 1), date(2017, 12, 31))) == ["Rencontre au G20 de Hambourg"]
        assert filled.count_events(EventQuery(start=date(2017, 5, 4))) == 3

    def test_actor_source_and_search_filters(self, filled: Store) -> None:
        assert self.titles(filled, EventQuery(actor_keys=["leader:poutine"])) == ["Rencontre au G20 de Hambourg"]
        assert self.titles(filled, EventQuery(actor_keys=[])) == []
        b = filled.article_by_hash("b")
        assert b is not None
        assert self.titles(filled, EventQuery(source=b.id)) == ["Vœux du président"]
        assert self.titles(filled, EventQuery(search="memorandum")) == ["Signature du mémorandum d'Astana"]
        assert self.titles(filled, EventQuery(search="renc")) == [
            "Rencontre au G20 de Hambourg", "Une rencontre la semaine dernière"]

    def test_event_json_shape(self, filled: Store) -> None:
        event = filled.events(EventQuery(search="Astana"))[0].to_json()
        assert {"id", "first", "last", "title", "certainty", "actors", "sources"} <= set(event)
        assert event["actors"] == ["Russie"] and event["first"] == "2017-05-04"
        source = event["sources"][0]
        assert {"article_id", "title", "outlet", "passage", "start", "end"} <= set(source)

    def test_actor_names_are_matched_loosely(self, filled: Store) -> None:
        assert filled.actor_keys_matching("poutine") == ["leader:poutine"]
        assert filled.actor_keys_matching("RUSSIE") == ["country:RU"]

    @settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(max_size=40))
    def test_any_typed_search_is_a_valid_query(self, filled: Store, typed: str) -> None:
        filled.events(EventQuery(search=typed))

    @pytest.mark.parametrize("typed", ['"Astana', "(Poutine", "NOT", "a AND OR", "mémo*", "l'accord\"", "-x",
                                       "NEAR(a b)"])
    def test_operators_lose_their_meaning(self, filled: Store, typed: str) -> None:
        filled.events(EventQuery(search=typed))

    @pytest.mark.parametrize("typed", ["« Astana", "OR", "OU OU", "-", "- -x", '""', "«»", "a OR -b", '"a" OR'])
    def test_the_search_language_never_fails(self, filled: Store, typed: str) -> None:
        filled.events(EventQuery(search=typed))

    def test_match_expression(self) -> None:
        assert match_expression("  ") is None
        assert match_expression('l\'accord "Ast') == '"l accord" AND "Ast"*'
        assert match_expression('"zones de désescalade" Syrie') == '"zones de désescalade" AND "Syrie"*'
        assert match_expression("« zones de désescalade »") == '"zones de désescalade"'
        assert match_expression("Hambourg OR Astana ") == '("Hambourg" OR "Astana")'
        assert match_expression("guerre ou paix") == '("guerre" OR "paix"*)'  # as people type it
        assert match_expression('"guerre ou paix"') == '"guerre ou paix"'  # in a phrase, a word
        assert match_expression("Poutine -Trump") == '("Poutine") NOT "Trump"'
        assert match_expression('Poutine -"deux mots"') == '("Poutine") NOT "deux mots"'  # an excluded phrase

    def test_phrases_or_and_exclusion_select_as_people_expect(self, store: Store) -> None:
        add_article(store, "a", [mention("a:0:5", "2017-05-04", "Création de zones de désescalade à Astana")])
        add_article(store, "b", [mention("b:0:5", "2017-07-07", "Désescalade : les zones du sud à Hambourg")])
        add_article(store, "c", [mention("c:0:5", "2017-05-03", "Poutine et Trump au téléphone")])

        def titles(typed: str) -> list[str]:
            return sorted(e.title for e in store.events(EventQuery(search=typed)))

        assert len(titles("zones désescalade")) == 2
        assert titles('"zones de désescalade"') == ["Création de zones de désescalade à Astana"]
        assert len(titles("Hambourg OR Astana")) == 2 and titles("Hambourg Astana") == []
        assert titles("Poutine -Trump") == [] and titles("zones -Hambourg") == titles('"zones de"')
        assert titles("Hambourg ou Astana") == titles("Hambourg OU Astana")
        # a lone exclusion keeps what does not match, as it does with the other facets in the window
        assert titles("-Trump") == sorted(["Création de zones de désescalade à Astana",
                                           "Désescalade : les zones du sud à Hambourg"])
        assert titles("-Trump -Astana") == ["Désescalade : les zones du sud à Hambourg"]
        assert store.search_articles("-Astana") and set(store.search_articles("-Astana")).isdisjoint(
            store.search_articles("Astana"))


class TestUserChanges:
    def test_changes_are_kept_by_event_key(self, store: Store) -> None:
        add_article(store, "a", [mention("a:0:5", "2017-05-04", "Signature")])
        event = store.events()[0]
        with store.transaction():
            store.add_change(event.key, "edit_title", {"title": "Signature à Astana"})
        changes = store.changes(event.key)
        assert [(c.kind, c.payload) for c in changes] == [("edit_title", {"title": "Signature à Astana"})]
        assert event.key == "a:0:5"


def test_the_file_reads_as_plain_tables_without_frise(tmp_path: Path) -> None:
    path = tmp_path / "frise.sqlite"
    with Store.open(path) as store:
        add_article(store, "a", [mention("a:0:5", "2017-05-04", "Signature du mémorandum d'Astana")])
    plain = sqlite_utils.Database(path)
    assert plain["events"].count == 1
    assert [row["title"] for row in plain["events"].search("memorandum")] == ["Signature du mémorandum d'Astana"]
    assert plain["articles"].detect_fts() == "articles_fts"
    row = next(plain.query("SELECT e.title, a.title AS article FROM events e JOIN event_sources s ON "
                           "s.event_id = e.id JOIN articles a ON a.id = s.article_id"))
    assert row == {"title": "Signature du mémorandum d'Astana", "article": "a"}
    plain.close()
