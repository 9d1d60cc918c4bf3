"""frise.store.bulk: `corpus load` in one transaction writes the rows the per-article path writes.

The per-article path (`load(..., bulk=False)`: `Store.new_events`, `insert_statements`,
`refresh_events`, a chunk of articles per transaction) is the reference. Both load the same
dataset into copies of the same timeline, and every table is compared row by row, rowids
included; the full-text indexes by their contents (their b-tree pages depend on the order of
writes, not what they hold). The clock is stopped so that the timestamps agree.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

import pyarrow.dataset as ds

from frise.corpus.extract import MONTH_PARTITIONING
from frise.corpus.load import WHOLE, Slice, load
from frise.corpus.run import extract
from frise.library import Library
from frise.store import Store, writes
from frise.store.corrections import record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic_corpus  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::DeprecationWarning:distributed.*",
                                        "ignore::DeprecationWarning:tornado.*")

NOW = "2026-01-01T00:00:00+00:00"


def extract_dataset(sources: list[Path], out: Path, partition_size: int = 40) -> Path:
    """`corpus extract` on a cluster inside this process (threads): enough for a small dataset."""
    from dask.distributed import Client

    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as client:
        extract(sources, out, client, partition_size=partition_size)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bulk") / "articles"
    synthetic_corpus.write_articles(folder, 160, seed=13, undated=0.05)
    for name, published, day in (("zz-astana-1.txt", "2017-05-06", 4), ("zz-astana-2.txt", "2017-05-09", 2)):
        (folder / name).write_text(  # two dates for one signing: a contradiction
            f" date {published} \nAccord à Astana\n\nLe {day} mai 2017, la Russie et la Turquie ont signé un "
            "accord sur le cessez-le-feu en Syrie à Astana.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def dataset(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return extract_dataset([corpus], tmp_path_factory.mktemp("bulk-dataset") / "dataset")


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writes, "now", lambda: NOW)


def contents(path: Path) -> dict[str, list[Any]]:
    """Every table of the timeline, row by row with its rowid; the full-text indexes as the
    (term, row, column, offset) instances they hold, after checking them."""
    connection = sqlite3.connect(path)
    try:
        out: dict[str, list[Any]] = {}
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            if name.endswith(("_fts", "_fts_data", "_fts_idx")):
                continue
            try:
                out[name] = connection.execute(f"SELECT rowid, * FROM [{name}] ORDER BY rowid").fetchall()
            except sqlite3.OperationalError:  # WITHOUT ROWID (the FTS config)
                out[name] = sorted(connection.execute(f"SELECT * FROM [{name}]").fetchall(), key=repr)
        for fts in ("articles_fts", "events_fts"):
            connection.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
            connection.execute(f"CREATE VIRTUAL TABLE temp.vocab_{fts} USING fts5vocab(main, '{fts}', 'instance')")
            out[f"{fts} (contents)"] = connection.execute(
                f"SELECT * FROM temp.vocab_{fts} ORDER BY 1, 2, 3, 4").fetchall()
        out["schema"] = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return out
    finally:
        connection.close()


def load_both_ways(dataset: Path, start: Path, tmp_path: Path, chosen: Slice = WHOLE,
                   chunk: int = 30) -> tuple[dict[str, list[Any]], dict[str, list[Any]], Any, Any]:
    """Load `dataset` into two copies of the timeline `start` (per article, then in bulk)."""
    summaries = []
    for name, bulk in (("by-event", False), ("bulk", True)):
        target = tmp_path / f"{name}.frise"
        shutil.copy(start, target)
        with Store.open(target) as store:
            summaries.append(load(dataset, store, chosen, chunk=chunk, bulk=bulk))
            assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    by_event, bulk_load = (contents(tmp_path / f"{n}.frise") for n in ("by-event", "bulk"))
    return by_event, bulk_load, summaries[0], summaries[1]


def empty_timeline(tmp_path: Path) -> Path:
    path = tmp_path / "start.frise"
    Store.open(path).close()
    _fold_wal(path)
    return path


def _fold_wal(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def assert_same(by_event: dict[str, list[Any]], bulk: dict[str, list[Any]]) -> None:
    assert sorted(by_event) == sorted(bulk)
    for table, rows in by_event.items():
        assert bulk[table] == rows, table


def _same_summary(a: Any, b: Any) -> bool:
    fields = ("articles", "skipped", "statements", "events", "preexisting_events", "redated", "notes")
    return all(getattr(a, f) == getattr(b, f) for f in fields)


def test_bulk_load_of_a_whole_dataset_writes_the_rows_of_the_per_article_path(
        dataset: Path, tmp_path: Path, frozen_clock: None) -> None:
    by_event, bulk, first, second = load_both_ways(dataset, empty_timeline(tmp_path), tmp_path)
    assert len(bulk["events"]) > 200 and len(bulk["articles"]) == 162
    assert bulk["event_conflicts"]  # contradictions
    assert any(row[12] for row in bulk["articles"])  # undated articles, their year assumed afterwards
    assert first.redated and _same_summary(first, second)
    assert_same(by_event, bulk)


def test_bulk_load_into_a_timeline_with_articles_and_corrections(
        corpus: Path, dataset: Path, tmp_path: Path, frozen_clock: None) -> None:
    """Some articles of the dataset imported already (skipped; events they founded hold the same
    keys, so the loaded ones take `key+2`), and corrections recorded before the load."""
    events = ds.dataset(dataset / "events", format="parquet", partitioning=MONTH_PARTITIONING).to_table(
        columns=["event_key", "statements", "articles"]).to_pylist()
    start = tmp_path / "start.frise"
    with Store.open(start) as store:
        Library(store).import_paths(sorted(corpus.glob("*.txt"))[:12])
        hashes = {row[0] for row in store.db.execute("SELECT content_hash FROM articles")}
        own = [row[0] for row in store.db.execute("SELECT key FROM events ORDER BY id LIMIT 2")]
        record(store, own[0], "hide")
        record(store, own[1], "edit", {"title": "Titre corrigé par l'analyste"})
        later = [e for e in events if not hashes.intersection(e["articles"])]  # events the load brings
        record(store, later[0]["event_key"], "review")
        record(store, later[1]["event_key"], "hide")
        merging = [e for e in later if len(e["statements"]) > 1][:2]
        record(store, merging[0]["event_key"], "merge",
               {"other": merging[1]["event_key"], "mentions": merging[1]["statements"]})
        keys = {*own, later[0]["event_key"], later[1]["event_key"], merging[0]["event_key"]}
    _fold_wal(start)
    by_event, bulk, first, second = load_both_ways(dataset, start, tmp_path)
    assert first.skipped == 12 and first.preexisting_events and _same_summary(first, second)
    assert any("+" in row[2] for row in bulk["events"])  # the clash of keys, settled as new_event does
    assert {row[2] for row in bulk["user_changes"]} == keys
    stored = {row[2]: row for row in bulk["events"]}
    assert merging[1]["event_key"] not in stored  # merged into the other: its event is gone
    assert_same(by_event, bulk)


def test_bulk_load_of_a_slice(dataset: Path, tmp_path: Path, frozen_clock: None) -> None:
    from datetime import date

    chosen = Slice(date(2016, 1, 1), date(2016, 12, 31), ("country:RU", "country:FR"), None)
    by_event, bulk, first, second = load_both_ways(dataset, empty_timeline(tmp_path), tmp_path, chosen, chunk=7)
    assert bulk["events"] and len(bulk["articles"]) < 162 and _same_summary(first, second)
    assert_same(by_event, bulk)
    searched = Slice(search="accord")
    by_event, bulk, first, second = load_both_ways(dataset, empty_timeline(tmp_path), tmp_path, searched)
    assert bulk["events"] and _same_summary(first, second)
    assert_same(by_event, bulk)


def test_bulk_load_writes_in_one_transaction(dataset: Path, tmp_path: Path) -> None:
    """Every row goes in between one BEGIN IMMEDIATE and its COMMIT (the undated articles'
    years are assumed after it, in transactions of the library's own)."""
    statements: list[str] = []
    with Store.open(tmp_path / "t.frise") as store:
        store.db.conn.set_trace_callback(statements.append)
        load(dataset, store)
        store.db.conn.set_trace_callback(None)
    writes_at = [i for i, s in enumerate(statements) if s.lstrip().upper().startswith("INSERT")]
    began = [i for i, s in enumerate(statements) if s.strip().upper() == "BEGIN IMMEDIATE"]
    committed = [i for i, s in enumerate(statements) if s.strip().upper() == "COMMIT"]
    assert began and began[0] < writes_at[0]
    end = next(i for i in committed if i > began[0])
    first_of_the_rest = next((i for i in began[1:]), len(statements))
    inserts = [statements[i] for i in writes_at if i < first_of_the_rest]
    assert all(began[0] < i < end for i in writes_at if i < first_of_the_rest)
    assert any("INTO articles" in s for s in inserts) and any("INTO events" in s for s in inserts)
    assert any("INTO date_expressions" in s for s in inserts) and any("INTO event_sources" in s for s in inserts)


def test_a_failed_bulk_load_leaves_the_timeline_as_it_was(dataset: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from frise.store import bulk

    def broken(_store: Store) -> None:
        raise RuntimeError("corrections")

    monkeypatch.setattr(bulk, "reapply_corrections", broken)
    with Store.open(tmp_path / "t.frise") as store:
        with pytest.raises(RuntimeError):
            load(dataset, store)
        counts = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "date_expressions", "events", "event_sources", "event_actors", "actors")]
    assert counts == [0] * 6


def test_a_load_whose_rows_fail_while_the_articles_are_indexed_leaves_the_timeline_as_it_was(
        dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The events' rows are worked out in a thread while SQLite indexes the articles' text
    (`bulk._beside`): an error there is raised once the index is built, the transaction is rolled
    back with the triggers and indexes the load dropped, and the timeline takes a load again."""
    from frise.store import bulk

    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    real = bulk._Plan.events
    threads: list[str] = []

    def broken(self: Any, actor_ids: Any) -> Any:
        import threading

        threads.append(threading.current_thread().name)
        raise RuntimeError("rows")

    with Store.open(tmp_path / "t.frise") as store:
        before = store.db.execute(schema).fetchall()
        monkeypatch.setattr(bulk._Plan, "events", broken)
        with pytest.raises(RuntimeError, match="rows"):
            load(dataset, store)
        assert threads == ["frise-bulk-rows"]
        assert store.db.execute(schema).fetchall() == before
        assert [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "articles_fts", "date_expressions", "events", "actors")] == [0] * 5
        monkeypatch.setattr(bulk._Plan, "events", real)
        load(dataset, store)
        assert store.count_events() > 200
        assert store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 162


def test_beside_runs_the_work_in_a_thread_and_raises_the_statement_error_first() -> None:
    import threading

    from frise.store.bulk import _beside

    ran: list[str] = []

    def work() -> int:
        ran.append(threading.current_thread().name)
        return 7

    assert _beside(work, lambda: ran.append(threading.current_thread().name)) == 7
    assert sorted(ran) == sorted(["frise-bulk-rows", threading.current_thread().name])

    def failing_work() -> int:
        raise ValueError("work")

    def failing_statement() -> None:
        raise sqlite3.OperationalError("statement")

    with pytest.raises(ValueError, match="work"):
        _beside(failing_work, lambda: None)
    with pytest.raises(sqlite3.OperationalError, match="statement"):
        _beside(failing_work, failing_statement)
    assert threading.active_count() == 1 or all(t.name != "frise-bulk-rows" for t in threading.enumerate())


_DIES_BEFORE_COMMIT = """
import os, sys
from pathlib import Path
from frise.corpus.load import load
from frise.store import Store, bulk

def crash(_store):  # every row written, the transaction still open: the process dies there
    target = Path(sys.argv[1])
    print(os.path.getsize(f"{target}-journal") if os.path.exists(f"{target}-journal") else -1, flush=True)
    os._exit(3)

bulk.reapply_corrections = crash
with Store.open(sys.argv[1]) as store:
    load(sys.argv[2], store)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a process killed holding a lock")
def test_a_load_into_an_empty_timeline_that_dies_before_its_commit_is_rolled_back(
        dataset: Path, tmp_path: Path) -> None:
    """Into an empty timeline the load writes through a rollback journal rather than the WAL
    (`bulk._rollback_journal`): a process that dies before the commit leaves that journal, which
    the next opening plays back, and the timeline is as it was, in WAL mode again."""
    import subprocess

    target = empty_timeline(tmp_path)
    done = subprocess.run([sys.executable, "-c", _DIES_BEFORE_COMMIT, str(target), str(dataset)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 3, done.stderr
    assert int(done.stdout.split()[0]) > 0  # the hot journal the crash left
    with Store.open(target) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "date_expressions", "events", "event_sources")] == [0] * 4
        load(dataset, store)  # and the timeline takes the load afterwards
        assert store.count_events() > 200


@pytest.mark.parametrize("way", ["select", "many", "json", "copy"])
def test_the_ceiling_benchmark_writes_again_the_rows_a_load_wrote(dataset: Path, tmp_path: Path, way: str) -> None:
    """`benchmarks/bench_load_ceiling.py` times writing the rows of a loaded timeline again, with
    no Python of the load: its figures are those of the same rows only if it writes exactly them
    (every table, the full-text indexes, the schema put back), whichever way it binds them."""
    import bench_load_ceiling

    loaded = empty_timeline(tmp_path)
    with Store.open(loaded) as store:
        load(dataset, store)
    _fold_wal(loaded)
    rows = bench_load_ceiling.rows_of(loaded) if way in ("many", "json") else {}
    again = tmp_path / "again.frise"
    figures = bench_load_ceiling.write(loaded, again, way, rows)
    assert figures["total"] > 0
    _fold_wal(again)
    assert_same(contents(loaded), contents(again))
