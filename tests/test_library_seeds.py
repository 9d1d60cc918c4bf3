"""Acceptance on the seed articles: the chronology a careful reader would sign.

How sources are counted: a source is an article reporting the event. Seed 000 reports the
memorandum twice ("Début mai ... ont signé" and "la signature le 4 mai 2017"); that is one source
whose passage is the more precise statement, the other passage being kept beside it. The 4 May
memorandum therefore has three sources: seeds 000, 001 and 003.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from frise.events.model import Event
from frise.ingest import load_file
from frise.library import Library
from frise.store import EventQuery, Store
from frise.temporal import Reference, extract

SEED_000 = "000_ab7646e036a5585c.txt"
SEED_001 = "001_03ed3f44c193236c.txt"
SEED_003 = "003_6f303cbfbb78ff9b.txt"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    with Store.open(tmp_path / "frise.sqlite") as store:
        yield Library(store)


def memorandum(events: list[Event]) -> Event:
    found = [e for e in events if e.first == date(2017, 5, 4) and e.last == date(2017, 5, 4)
             and any("mémorandum" in s.passage for s in e.sources)]
    assert len(found) == 1, [e.title for e in found]
    return found[0]


def article_id(library: Library, name: str) -> int:
    return next(a.id for a in library.articles() if a.path and a.path.endswith(name))


def check_chronology(library: Library) -> None:
    events = library.events()
    signing = memorandum(events)
    assert signing.certainty == "exact"
    by_article = {s.article_id: s for s in signing.sources}
    assert set(by_article) == {article_id(library, n) for n in (SEED_000, SEED_001, SEED_003)}
    assert by_article[article_id(library, SEED_000)].expression == "le 4 mai 2017"
    assert any("Début mai" in p for p in by_article[article_id(library, SEED_000)].other_passages)
    assert by_article[article_id(library, SEED_001)].expression == "Le 4 mai"
    assert by_article[article_id(library, SEED_003)].expression == "début mai"
    assert {"Russie", "Iran", "Turquie"} <= set(signing.actors)

    seed_001 = article_id(library, SEED_001)
    for event in library.events(EventQuery(source=seed_001)):
        if event.first is None:
            continue
        if event.id == signing.id:
            continue
        assert event.first.year in (2015, 2017)
        if event.first.year == 2017:
            assert event.certainty == "assumed", event.title
    row = library.store.article(seed_001)
    assert row is not None and row.assumed_year == 2017 and row.published is None

    unresolved = [e for e in events if e.first is None]
    assert [e.sources[0].expression for e in unresolved] == ["la semaine dernière"]
    assert unresolved[0].certainty == "unresolved"
    for event in events:
        assert event.title and len(event.title) <= 100 and event.title[0].isalnum()


def test_seeds_make_a_chronology(library: Library, seeds_dir: Path) -> None:
    summary = library.import_paths([seeds_dir])
    assert [o.status for o in summary.outcomes] == ["imported"] * 3
    check_chronology(library)


def test_every_dated_statement_is_an_event(library: Library, seeds_dir: Path) -> None:
    library.import_paths([seeds_dir])
    statements = 0
    for path in sorted(seeds_dir.iterdir()):
        article = load_file(path)
        timexes = extract(article.text, Reference.parse(article.published))
        statements += sum(1 for t in timexes if t.kind in ("date", "range"))
    stored = library.store.db.execute("SELECT count(*) FROM date_expressions WHERE event_id IS NOT NULL").fetchone()[0]
    assert stored == statements
    merged_away = sum(len(e.sources) - 1 + sum(len(s.other_passages) for s in e.sources) for e in library.events())
    assert len(library.events()) == statements - merged_away


def test_import_order_does_not_matter(library: Library, seeds_dir: Path, tmp_path: Path) -> None:
    """The undated article first: its year is only known once the others are in."""
    for name in (SEED_001, SEED_003, SEED_000):
        library.import_paths([seeds_dir / name])
    check_chronology(library)


def test_undated_article_alone_stays_unresolved(library: Library, seeds_dir: Path) -> None:
    library.import_paths([seeds_dir / SEED_001])
    events = library.events()
    years = {e.first.year for e in events if e.first}
    assert years == {2015}  # only "depuis septembre 2015" is dated; nothing is invented
    assert sum(1 for e in events if e.first is None) == 6


def test_setting_the_date_re_resolves_everything(library: Library, seeds_dir: Path) -> None:
    library.import_paths([seeds_dir])
    seed_001 = article_id(library, SEED_001)
    library.set_article_date(seed_001, "2017-05-05")
    row = library.store.article(seed_001)
    assert row is not None and row.published == "2017-05-05" and row.date_source == "user"
    assert row.assumed_year is None
    events = library.events(EventQuery(source=seed_001))
    assert all(e.certainty != "assumed" for e in events)
    assert memorandum(library.events()).certainty == "exact"

    library.set_article_date(seed_001, "2016")
    signing = memorandum(library.events())
    assert seed_001 not in {s.article_id for s in signing.sources}
    assert any(e.first == date(2016, 5, 4) for e in library.events(EventQuery(source=seed_001)))
    library.store.check_integrity()


def test_event_keys_survive_re_extraction(library: Library, seeds_dir: Path) -> None:
    library.import_paths([seeds_dir])
    before = {e.key for e in library.events()}
    seed_003 = article_id(library, SEED_003)
    library.set_article_date(seed_003, "2017-07")
    assert {e.key for e in library.events()} == before


def test_reimporting_is_a_duplicate(library: Library, seeds_dir: Path, tmp_path: Path) -> None:
    library.import_paths([seeds_dir])
    copy = tmp_path / "copie.txt"
    shutil.copy(seeds_dir / SEED_000, copy)
    summary = library.import_paths([copy])
    assert summary.outcomes[0].status == "duplicate"
    assert summary.outcomes[0].duplicate_of == article_id(library, SEED_000)


def test_incompatible_reports_are_kept_apart_and_flagged(library: Library) -> None:
    from dataclasses import replace

    from frise.ingest import load_text

    def article(text: str, name: str) -> None:
        loaded = replace(load_text(text, name=name), published="2017-05-10", precision="day")
        assert library.import_article(loaded).status == "imported"

    article("Accord énergétique\nLe 4 mai 2017, la Russie et la Turquie ont signé à Ankara un accord "
            "de coopération énergétique sur le gazoduc TurkStream.", "a")
    article("Gazoduc\nLe 6 mai 2017, la Russie et la Turquie ont signé à Ankara un accord de "
            "coopération énergétique sur le gazoduc TurkStream.", "b")
    article("Énergie\nDébut mai, la Russie et la Turquie ont signé un accord de coopération "
            "énergétique sur le gazoduc TurkStream, à Ankara.", "c")
    events = library.events()
    assert len(events) == 2
    assert all(e.conflicting for e in events)
    assert {e.first for e in events} == {date(2017, 5, 4), date(2017, 5, 6)}
    assert sorted(len(e.sources) for e in events) == [1, 2]  # "début mai" joined one, not both
