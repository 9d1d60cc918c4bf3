"""An import killed with SIGKILL half-way leaves a sound database holding exactly the articles
whose transactions committed, each one whole."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

DATES_PER_ARTICLE = 3
ARTICLES = 120

# The child slows every article's transaction down (after its statements are written, before it
# commits), so that the kill lands inside a transaction, not between two.
CHILD = textwrap.dedent(
    """
    import sys, time
    from frise.library import Library
    from frise.store import Store
    from frise.store.writes import Writes

    original = Writes.refresh_events
    def slow(self, *args, **kwargs):
        original(self, *args, **kwargs)
        time.sleep(0.012)
    Writes.refresh_events = slow

    def report(done, total, path):
        print(path, flush=True)

    with Store.open(sys.argv[1]) as store:
        Library(store).import_paths([sys.argv[2]], progress=report)
    """
)


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    for n in range(ARTICLES):
        day = n % 28 + 1
        (folder / f"article_{n:04d}.txt").write_text(
            f"Dépêche numéro {n}\n"
            f"Le {day} mars 2019, le ministre des Affaires étrangères a reçu son homologue numéro {n}. "
            f"Les deux délégations se retrouveront le {day} avril 2019 à Genève. "
            f"Un accord sur le dossier {n} doit être conclu en juin 2019.\n",
            encoding="utf-8",
        )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_half_way(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "frise.sqlite"
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(corpus)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        reported: list[str] = []
        deadline = time.monotonic() + 60
        while len(reported) < ARTICLES // 3 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            reported.append(line.strip())
        time.sleep(0.013)  # somewhere inside a later article's transaction
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    assert len(reported) == ARTICLES // 3, errors

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in conn.execute("SELECT path FROM articles")}
        # Reported paths committed; at most one more may have committed before its report.
        assert set(reported) <= stored
        assert len(stored) <= len(reported) + 1
        assert len(stored) < ARTICLES
        per_article = conn.execute(
            "SELECT a.id, count(x.id), count(x.event_id) FROM articles a "
            "LEFT JOIN date_expressions x ON x.article_id = a.id GROUP BY a.id"
        ).fetchall()
        assert all(n == linked == DATES_PER_ARTICLE for _, n, linked in per_article), per_article
        orphans = conn.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM date_expressions x WHERE x.event_id = e.id)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()

    from frise.store import Store

    with Store.open(db) as reopened:
        reopened.check_integrity()
        assert len(reopened.articles()) == len(stored)
