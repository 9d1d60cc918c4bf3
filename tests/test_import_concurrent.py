"""Two imports at once into one timeline, and what another connection commits in the meantime.

Everything but the writing of an article happens outside its write transaction (reading it,
its statements, where merging puts them); inside, the duplicate check is made again and the
merge plan made again if another connection committed since it was read.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

import frise.library
from frise.ingest import load_text
from frise.library import Library
from frise.store import Store

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin"]
SUBJECTS = ["La Russie et la Turquie", "La France et l'Allemagne", "L'Iran et la Russie", "Les États-Unis et la Chine"]
ACTS = ["ont signé un accord de coopération énergétique", "ont repris les négociations sur le nucléaire",
        "ont annoncé une initiative commune sur les armements"]


def folder_of_articles(root: Path, seeds_dir: Path) -> Path:
    """The three seed articles and 27 small dispatches, some reporting the same events."""
    folder = root / "arrivage"
    folder.mkdir()
    for seed in seeds_dir.iterdir():
        shutil.copy(seed, folder / seed.name)
    for n in range(27):
        day, month = n % 9 + 1, MONTHS[n % 6]
        (folder / f"depeche_{n:02d}.txt").write_text(
            f" date 2017-07-{n % 20 + 1:02d} \nDépêche {n}\n\n"
            f"Le {day} {month} 2017, {SUBJECTS[n % 4].lower()} {ACTS[n % 3]} à Genève. "
            f"Début {month}, les délégations s'étaient réunies pour préparer le texte (dépêche n° {n}).\n",
            encoding="utf-8")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="two processes on one file: checked on POSIX")
def test_two_imports_of_the_same_folder_at_once(tmp_path: Path, seeds_dir: Path) -> None:
    folder = folder_of_articles(tmp_path, seeds_dir)
    db = tmp_path / "commune.frise"
    # The timeline exists already: two processes creating one file at once is the business of
    # the opening code (store/connection.py), not of importing.
    Store.open(db).close()
    command = [sys.executable, "-m", "frise.cli", "--db", str(db), "import", "--no-progress", "--json", str(folder)]
    runs = [subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [run.communicate(timeout=300) for run in runs]
    imported: list[str] = []
    for run, (out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err, err
        outcomes = json.loads(out)
        assert len(outcomes) == 30
        assert {o["status"] for o in outcomes} <= {"imported", "duplicate"}, outcomes
        imported += [o["path"] for o in outcomes if o["status"] == "imported"]
    assert sorted(imported) == sorted(str(path) for path in folder.iterdir())  # each file once
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (30, 30)
        assert conn.execute("SELECT count(*) FROM date_expressions WHERE event_id IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                            "(SELECT 1 FROM date_expressions x WHERE x.event_id = e.id)").fetchone()[0] == 0


def dispatch(text: str, name: str) -> frise.library.Article:
    return replace(load_text(text, name=name), published="2017-05-10", precision="day")


FIRST = dispatch("Accord énergétique\nLe 4 mai 2017, la Russie et la Turquie ont signé à Ankara un accord "
                 "de coopération énergétique sur le gazoduc TurkStream.", "a")
SECOND = dispatch("Gazoduc\nLe 4 mai, la Russie et la Turquie ont signé à Ankara un accord de coopération "
                  "énergétique sur le gazoduc TurkStream, selon Moscou.", "b")


def test_a_commit_between_planning_and_writing_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another connection stores a report of the same event after this one read the events and
    before it writes: the transaction notices (PRAGMA data_version) and decides again, so the two
    reports make one event rather than two."""
    path = tmp_path / "t.frise"
    with Store.open(path) as store, Store.open(path) as other:
        library = Library(store)
        real_plan = Library._plan
        planned: list[bool] = []

        def plan_then_let_another_commit(self: Library, *args: object) -> object:
            made = real_plan(self, *args)  # type: ignore[arg-type]
            if self is library:
                planned.append(store.db.conn.in_transaction)
                if len(planned) == 1:
                    assert Library(other).import_article(SECOND).status == "imported"
            return made

        monkeypatch.setattr(Library, "_plan", plan_then_let_another_commit)
        assert library.import_article(FIRST).status == "imported"
        assert planned == [False, True]  # planned outside the transaction, then again inside it
        events = library.events()
        assert len(events) == 1 and len(events[0].sources) == 2


def test_a_duplicate_committed_in_between_is_a_duplicate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.frise"
    with Store.open(path) as store, Store.open(path) as other:
        library = Library(store)
        real_plan = Library._plan

        def plan_then_let_another_commit(self: Library, *args: object) -> object:
            made = real_plan(self, *args)  # type: ignore[arg-type]
            if self is library:
                assert Library(other).import_article(FIRST).status == "imported"
            return made

        monkeypatch.setattr(Library, "_plan", plan_then_let_another_commit)
        outcome = library.import_article(FIRST)
        assert outcome.status == "duplicate" and outcome.duplicate_of == other.articles()[0].id
        assert len(store.articles()) == 1


def test_extraction_and_merging_happen_outside_the_write_transaction(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Store.open(tmp_path / "t.frise") as store:
        library = Library(store)
        seen: list[bool] = []
        import frise.events.pipeline

        watch = [(frise.library, name) for name in ("extract", "build_mentions", "plan")]
        watch += [(frise.events.pipeline, name) for name in ("extract", "build_mentions")]
        for module, name in watch:
            real = getattr(module, name)

            def watched(*args: object, _real: object = real, **kwargs: object) -> object:
                seen.append(store.db.conn.in_transaction)
                return _real(*args, **kwargs)  # type: ignore[operator]

            monkeypatch.setattr(module, name, watched)
        library.import_paths([seeds_dir])
        seed = library.articles()[0].id
        library.set_article_date(seed, "2017-05-05")
        library.reextract()
        assert seen and not any(seen)
