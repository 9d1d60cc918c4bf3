"""frise.corpus: the archive pipeline on a local Dask cluster gives what `frise-cli import` gives.

Every test here runs real worker processes (a LocalCluster of two), shared by the module; the
fault test starts a cluster of its own, since it kills one of its workers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

import pyarrow.dataset as ds

from frise.cli import main as cli_main
from frise.corpus.extract import MONTH_PARTITIONING
from frise.corpus.load import Slice, load
from frise.corpus.run import client_for, close_client, extract
from frise.library import Library
from frise.store import Store
from frise.store.corrections import record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic_corpus  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::DeprecationWarning:distributed.*",
                                        "ignore::DeprecationWarning:tornado.*")


@pytest.fixture(scope="module")
def client() -> Any:
    client = client_for(workers=2)
    yield client
    close_client(client)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "articles"
    synthetic_corpus.write_articles(folder, 240, seed=11)
    return folder


@pytest.fixture(scope="module")
def imported(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> set[tuple[Any, ...]]:
    """The events `frise-cli import` makes of the corpus."""
    with Store.open(tmp_path_factory.mktemp("import") / "import.frise") as store:
        summary = Library(store).import_paths([corpus])
        assert len(summary.imported) == 240
        return events_of(store)


def events_of(store: Store) -> set[tuple[Any, ...]]:
    """Each event as what the analyst sees of it: interval, certainty, title, the statements it
    merges (by key), its actors, its sources (by article text), how many it contradicts, hidden."""
    out = set()
    for event_id, first, last, certainty, title, hidden in store.db.execute(
            "SELECT id, first, last, certainty, title, hidden FROM events"):
        keys = tuple(sorted(r[0] for r in store.db.execute(
            "SELECT key FROM date_expressions WHERE event_id = ?", [event_id])))
        actors = tuple(sorted(r[0] for r in store.db.execute(
            "SELECT a.key FROM event_actors x JOIN actors a ON a.id = x.actor_id WHERE x.event_id = ?", [event_id])))
        sources = tuple(sorted(r[0] for r in store.db.execute(
            "SELECT a.content_hash FROM event_sources s JOIN articles a ON a.id = s.article_id "
            "WHERE s.event_id = ?", [event_id])))
        conflicts = store.db.execute("SELECT count(*) FROM event_conflicts WHERE event_id = ?", [event_id]).fetchone()
        out.add((first, last, certainty, title, keys, actors, sources, conflicts[0], hidden))
    return out


def loaded(dataset: Path, target: Path) -> set[tuple[Any, ...]]:
    with Store.open(target) as store:
        load(dataset, store, Slice(), chunk=50)
        return events_of(store)


def test_extract_then_load_gives_the_events_of_import(client: Any, corpus: Path, imported: set[tuple[Any, ...]],
                                                      tmp_path: Path) -> None:
    summary = extract([corpus], tmp_path / "dataset", client, partition_size=40)
    assert (summary.partitions, summary.articles, summary.failures) == (6, 240, [])
    events = loaded(tmp_path / "dataset", tmp_path / "corpus.frise")
    assert len(events) == len(imported) > 300
    assert any(len(e[6]) > 1 for e in imported)  # merges across articles happened
    assert events == imported


def test_the_partition_count_changes_nothing(client: Any, corpus: Path, imported: set[tuple[Any, ...]],
                                             tmp_path: Path) -> None:
    summary = extract([corpus], tmp_path / "dataset", client, partition_size=17)
    assert summary.partitions == 15
    assert loaded(tmp_path / "dataset", tmp_path / "corpus.frise") == imported


def test_extract_copies_each_table_into_one_file_that_load_reads(
        client: Any, corpus: Path, imported: set[tuple[Any, ...]], tmp_path: Path) -> None:
    """`corpus extract` ends with a one-file copy of each table (`tables.write_compact`), which
    `corpus load` reads in place of the partitions' small files; a dataset without it (written
    before it) is read file by file, with the same events."""
    import pyarrow.parquet as pq

    extract([corpus], tmp_path / "dataset", client, partition_size=17)
    _assert_copies_match_the_partitions(tmp_path / "dataset")
    for name in ("articles", "statements", "placements", "events"):
        assert pq.ParquetFile(tmp_path / "dataset" / "compact" / f"{name}.parquet").metadata.num_row_groups == 1
    assert len(list((tmp_path / "dataset" / "statements").glob("month=*/*.parquet"))) > 15
    assert loaded(tmp_path / "dataset", tmp_path / "copies.frise") == imported
    for copy in (tmp_path / "dataset" / "compact").iterdir():
        copy.unlink()
    assert loaded(tmp_path / "dataset", tmp_path / "files.frise") == imported


def _assert_copies_match_the_partitions(dataset: Path) -> None:
    """The one-file copies hold the rows of the month directories, in the order they are read."""
    from frise.corpus.buckets import EVENTS, PLACEMENTS
    from frise.corpus.extract import ARTICLES, STATEMENTS
    from frise.corpus.tables import MonthTable

    for name, schema in (("articles", ARTICLES), ("statements", STATEMENTS), ("placements", PLACEMENTS),
                         ("events", EVENTS)):
        copied = MonthTable(dataset / name)
        assert copied.compact is not None
        files = MonthTable(dataset / name, copy=False)
        assert copied.to_table(schema.names).equals(files.to_table(schema.names)), name
        some = ["inconnu", min(p.name.partition("=")[2] for p in (dataset / name).glob("month=2*"))]
        few = [schema.names[0], "month"]
        assert copied.to_table(few, months=some).equals(files.to_table(few, months=some))


@pytest.mark.parametrize("variant", ["no title_of", "other statements"])
def test_load_weighs_the_titles_again_when_the_merge_did_not_record_them_or_for_other_statements(
        client: Any, corpus: Path, imported: set[tuple[Any, ...]], tmp_path: Path, variant: str) -> None:
    """`title_of` saves `corpus load` from weighing the titles; a dataset written before it, or an
    event whose statements at load are not those the merge titled, gets them weighed again."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    extract([corpus], tmp_path / "dataset", client, partition_size=40)
    for file in (tmp_path / "dataset" / "events").glob("month=*/*.parquet"):
        table = pq.read_table(file)
        if variant == "no title_of":
            table = table.drop_columns(["title_of"])
        else:  # a statement more than the event holds, titling it: never used
            lists = [[*keys, "nowhere:0:1"] for keys in table["statements"].to_pylist()]
            table = table.set_column(table.schema.get_field_index("statements"), "statements",
                                     pa.array(lists, pa.list_(pa.string())))
            table = table.set_column(table.schema.get_field_index("title_of"), "title_of",
                                     pa.array([len(keys) - 1 for keys in lists], pa.int32()))
        pq.write_table(table, file)
    (tmp_path / "dataset" / "compact" / "events.parquet").unlink()  # the copy load reads (`tables.write_compact`)
    assert loaded(tmp_path / "dataset", tmp_path / "corpus.frise") == imported


STORY_OF_LONDON = """Le calendrier se resserre

Le délai est tombé mardi 3 mars sans que rien ne bouge.

Le Royaume-Uni a demandé mercredi 4 mars un nouveau report à ses partenaires.

Boris Johnson a écrit jeudi 5 mars une lettre pour expliquer sa position.

Les députés doivent se prononcer samedi 7 mars sur le texte.
"""


def test_the_party_an_article_is_about_goes_through_the_dataset(client: Any, corpus: Path, tmp_path: Path) -> None:
    """A statement naming nobody in an article about someone (`Mention.implied`) gives the event
    `import` gives; statements files of an older Frise, without that column, load as implying
    nobody, the rest as `import` gives."""
    import shutil

    import pyarrow.parquet as pq

    folder = tmp_path / "articles"
    shutil.copytree(corpus, folder, ignore=lambda _, names: names[40:])
    (folder / "2026-03-09-londres.txt").write_text(STORY_OF_LONDON, encoding="utf-8")
    with Store.open(tmp_path / "import.frise") as store:
        Library(store).import_paths([folder])
        assert store.db.execute("SELECT count(*) FROM date_expressions WHERE implied != '[]'").fetchone()[0]
        imported = events_of(store)
    extract([folder], tmp_path / "dataset", client, partition_size=10)
    assert loaded(tmp_path / "dataset", tmp_path / "corpus.frise") == imported
    for file in (tmp_path / "dataset" / "statements").glob("month=*/*.parquet"):
        pq.write_table(pq.read_table(file).drop_columns(["implied"]), file)
    shutil.rmtree(tmp_path / "dataset" / "compact")  # nor the one-file copies (`tables.write_compact`)
    with Store.open(tmp_path / "old.frise") as store:
        load(tmp_path / "dataset", store, Slice(), chunk=50)
        assert store.db.execute("SELECT count(*) FROM date_expressions WHERE implied != '[]'").fetchone()[0] == 0
        events = events_of(store)
    assert {e[:5] + e[6:] for e in events} == {e[:5] + e[6:] for e in imported}
    assert events != imported  # the vote only the implied party took part in has no actor now


def test_a_rerun_skips_written_partitions_and_redoes_changed_ones(client: Any, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    paths = synthetic_corpus.write_articles(folder, 60, seed=5)
    first = extract([folder], tmp_path / "dataset", client, partition_size=20)
    assert (first.partitions, first.skipped, first.articles) == (3, 0, 60)
    again = extract([folder], tmp_path / "dataset", client, partition_size=20)
    assert (again.skipped, again.articles, again.events) == (3, 60, first.events)
    paths[-1].write_text(" date 2017-05-06 \nUne dépêche changée\n\nLe 4 mai 2017, la Russie et la Turquie ont "
                         "signé un accord sur le cessez-le-feu à Astana.\n", encoding="utf-8")
    changed = extract([folder], tmp_path / "dataset", client, partition_size=20)
    assert (changed.skipped, changed.articles) == (2, 60)
    assert sorted(_column(tmp_path / "dataset" / "articles", "order")) == list(range(60))
    _assert_copies_match_the_partitions(tmp_path / "dataset")  # the rerun's copies, not the first run's


def test_markers_written_before_longest_and_counts_merge_the_same(client: Any, tmp_path: Path) -> None:
    """A marker of an older run has no `longest`, `counts` nor `hashes`: the merge then reads the
    reach from the statements, the buckets go in any order and the duplicates are read from the
    articles, with the same result."""
    folder = tmp_path / "articles"
    synthetic_corpus.write_articles(folder, 60, seed=5)
    (folder / "copy.txt").write_bytes(sorted(folder.glob("*.txt"))[3].read_bytes())  # a duplicate
    first = extract([folder], tmp_path / "dataset", client, partition_size=20)
    events = _column(tmp_path / "dataset" / "events", "event_key")
    for marker in (tmp_path / "dataset" / "done").glob("*.json"):
        doc = json.loads(marker.read_text(encoding="utf-8"))
        assert doc.pop("longest") is not None and doc.pop("counts") and doc.pop("hashes")
        marker.write_text(json.dumps(doc), encoding="utf-8")
    again = extract([folder], tmp_path / "dataset", client, partition_size=20)
    assert (again.skipped, again.articles, again.statements, again.events, again.duplicates) == (
        first.partitions, first.articles, first.statements, first.events, first.duplicates)
    assert [tuple(Path(label).name for label in pair) for pair in first.duplicates] == [
        ("synth-000003.txt", "copy.txt")]  # copy.txt comes first in input order
    firsts: dict[str, int] = {}
    for order, content_hash in sorted(zip(_column(tmp_path / "dataset" / "articles", "order"),
                                          _column(tmp_path / "dataset" / "articles", "content_hash"), strict=True)):
        firsts.setdefault(content_hash, order)
    kept = [o for o in _column(tmp_path / "dataset" / "statements", "order") if o in set(firsts.values())]
    assert (first.articles, first.statements) == (60, len(kept))
    assert sorted(_column(tmp_path / "dataset" / "events", "event_key")) == sorted(events)


def test_bad_input_is_reported_per_file_and_never_stops_the_run(client: Any, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    synthetic_corpus.write_articles(folder, 5, seed=3)
    (folder / "vide.txt").write_text("", encoding="utf-8")
    (folder / "binaire.txt").write_bytes(b"\x00\x01\x02" * 200)
    (folder / "image.png").write_bytes(b"\x89PNG")
    (folder / "copie.txt").write_text((folder / "synth-000000.txt").read_text(encoding="utf-8"), encoding="utf-8")
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join([
        json.dumps({"id": "a1", "text": "Le 4 mai 2017, la Russie et l'Iran ont signé un accord à Astana.",
                    "dct": "2017-05-06", "title": "Accord d'Astana", "outlet": "AFP"}, ensure_ascii=False),
        "{pas du json",
        json.dumps({"id": "a3", "text": "Un texte.", "dct": "le 4 mai"}),
        json.dumps({"id": "a4", "dct": "2017-05-06"}),
        json.dumps({"id": "a5", "text": "Le 8 mai, la France a reçu une délégation iranienne à Paris.",
                    "dct": "2017-05"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    summary = extract([folder, archive, tmp_path / "absent.txt", str(tmp_path / "rien-*.txt")],
                      tmp_path / "dataset", client, partition_size=3)
    reasons = {Path(f.label.split(":")[0]).name + (":" + f.label.rsplit(":", 1)[1] if ".jsonl:" in f.label else ""):
               f.code for f in summary.failures}
    assert reasons == {"vide.txt": "empty", "binaire.txt": "binary", "image.png": "unsupported",
                       "archive.jsonl:2": "corrupt", "archive.jsonl:3": "corrupt", "archive.jsonl:4": "corrupt",
                       "absent.txt": "unreadable", "rien-*.txt": "unreadable"}
    assert summary.articles == 5 + 2
    assert [Path(a).name for a, _ in summary.duplicates] == ["synth-000000.txt"]
    with Store.open(tmp_path / "t.frise") as store:
        load(tmp_path / "dataset", store)
        outlets = {row[0] for row in store.db.execute("SELECT outlet FROM articles")}
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 7
        assert "AFP" in outlets


def test_the_command_line_reports_failures_and_loads_a_slice(corpus: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    status = cli_main(["corpus", "extract", str(corpus), str(bad), "--out", str(tmp_path / "d"),
                       "--workers", "2", "--partition-size", "80"])
    out = capsys.readouterr().out
    assert status == 1
    assert f"échec     {bad}:1  (le champ « text » manque" in out
    assert "240 article(s) extrait(s), 0 doublon(s), 1 échec(s)" in out
    (tmp_path / "d" / "merged.json").rename(tmp_path / "merged.json")
    assert cli_main(["corpus", "load", str(tmp_path / "d"), "--db", str(tmp_path / "x.frise")]) == 2
    assert "extraction inachevée" in capsys.readouterr().err
    (tmp_path / "merged.json").rename(tmp_path / "d" / "merged.json")
    timeline = tmp_path / "tranche.frise"
    status = cli_main(["corpus", "load", str(tmp_path / "d"), "--db", str(timeline),
                       "--from", "2016-01-01", "--to", "juin 2016", "--actor", "Russie"])
    assert status == 0
    assert "article(s) chargé(s)" in capsys.readouterr().out
    with Store.open(timeline) as store:
        rows = store.db.execute(
            "SELECT first, last, (SELECT count(*) FROM event_actors x JOIN actors a ON a.id = x.actor_id "
            "WHERE x.event_id = e.id AND a.key = 'country:RU') FROM events e").fetchall()
    assert rows and all(last >= "2016-01-01" and first <= "2016-06-30" and russia for first, last, russia in rows)


def test_corrections_stored_in_the_timeline_are_replayed(client: Any, corpus: Path, tmp_path: Path) -> None:
    extract([corpus], tmp_path / "dataset", client, partition_size=120)
    with Store.open(tmp_path / "a.frise") as store:
        load(tmp_path / "dataset", store)
        key, title = store.db.execute("SELECT key, title FROM events WHERE source_count > 1 LIMIT 1").fetchone()
    with Store.open(tmp_path / "b.frise") as store:
        record(store, key, "hide")
        load(tmp_path / "dataset", store)
        assert store.db.execute("SELECT hidden, title FROM events WHERE key = ?", [key]).fetchone() == (1, title)
        assert store.db.execute("SELECT count(*) FROM events WHERE hidden = 1").fetchone()[0] == 1


@pytest.mark.slow  # about 20 s: a cluster of its own, and a worker restarted
def test_a_worker_killed_mid_run_leaves_every_article_once(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    synthetic_corpus.write_articles(folder, 200, seed=9)
    client = client_for(workers=2)
    try:
        done = tmp_path / "dataset" / "done"
        result: dict[str, Any] = {}
        run = threading.Thread(target=lambda: result.update(
            summary=extract([folder], tmp_path / "dataset", client, partition_size=8)))
        run.start()
        deadline = time.monotonic() + 60
        while not (done.is_dir() and len(list(done.glob("*.json"))) >= 3) and time.monotonic() < deadline:
            time.sleep(0.05)
        pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]
        os.kill(victim, 9)
        run.join(timeout=180)
        assert not run.is_alive()
        summary = result["summary"]
        assert len(list(done.glob("*.json"))) == 25  # some were still to run when it died
        assert summary.articles == 200 and summary.failures == []
        assert victim not in client.run(os.getpid).values()
    finally:
        close_client(client)
    orders = _column(tmp_path / "dataset" / "articles", "order")
    assert sorted(orders) == list(range(200))
    keys = _column(tmp_path / "dataset" / "statements", "key")
    assert len(keys) == len(set(keys)) == summary.statements


def test_neither_import_nor_the_window_loads_dask_or_pyarrow(corpus: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from frise.cli import main\n"
        f"assert main(['--db', {str(tmp_path / 'x.frise')!r}, 'import', '--no-progress', "
        f"{str(corpus / 'synth-000001.txt')!r}]) == 0\n"
        "import frise.app, frise.ui.main_window\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyarrow'))\n"
        "print(loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_corpus_package_imports_no_qt() -> None:
    done = subprocess.run([sys.executable, "-c", "import sys, frise.corpus.run, frise.corpus.load, frise.corpus.cli; "
                           "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _column(folder: Path, name: str) -> list[Any]:
    table = ds.dataset(folder, format="parquet", partitioning=MONTH_PARTITIONING).to_table(columns=[name])
    return table[name].to_pylist()


@pytest.mark.parametrize("argv", [["corpus"], ["corpus", "extract"], ["corpus", "load"]], ids=" ".join)
def test_the_corpus_commands_speak_french(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """What tests/test_cli_french.py checks of the other commands (its count of commands does not
    know these three parsers yet)."""
    import argparse

    from frise import argparse_fr, cli
    from tests import test_cli_french as french

    out = french._help(capsys, *argv)
    assert out.startswith(f"utilisation : frise-cli {' '.join(argv)}")
    assert "afficher cette aide et quitter" in out and "options :" in out
    assert not [english for english in french.ARGPARSE_ENGLISH if english in out]
    assert not french.ENGLISH_WORDS.findall(french._prose(out))
    for line in out.splitlines():
        assert not line.endswith(("«", "-")), line
    parser = cli.build_parser()
    for name in argv:
        parser = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
    assert isinstance(parser, argparse_fr.FrenchArgumentParser)
    assert all(action.help for action in parser._actions)
