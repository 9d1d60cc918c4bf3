"""A timeline written by the Frise of schema v2, with an analyst's corrections, opened by this one:
it is backed up, migrated, read again with today's events (noise dropped, one event per happening,
new titles and participants), and every correction is still there.

tests/data/v2_seeds.frise holds the seeds as that Frise imported them, the 4 May 2017 memorandum
retitled and marked « vérifié », one event hidden and one redated (tests/data/make_v2_timeline.py
wrote it, with the package of the commit before schema v3).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from frise.library import Library
from frise.store import Store
from frise.store.corrections import event_id_for
from frise.store.records import EventQuery

DATA = Path(__file__).parent / "data" / "v2_seeds.frise"
MEMORANDUM = "aa31f4aab84c7cd18b8c5253c659e1698637d997587648bbeb155ef8094ab6e4:1862:1875"
HIDDEN = "60eb39401ce2fbe48ab7c6082d69b6c6865eab7b285e86cd30f87875f5bf4eb5:1391:1412"
REDATED = "60eb39401ce2fbe48ab7c6082d69b6c6865eab7b285e86cd30f87875f5bf4eb5:1186:1200"


def test_an_old_timeline_keeps_every_correction_through_migration_and_reextraction(tmp_path: Path) -> None:
    timeline = tmp_path / "ancienne.frise"
    shutil.copy(DATA, timeline)
    with Store.open(timeline) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] >= 3
    backup = tmp_path / "ancienne.frise.bak-v2"  # the file as the old Frise left it
    assert backup.read_bytes()[:16] == b"SQLite format 3\x00"
    with closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as before:
        assert before.execute("PRAGMA user_version").fetchone()[0] == 2
        assert before.execute("SELECT count(*) FROM user_changes").fetchone()[0] == 4
    with Store.open(timeline) as store:
        library = Library(store)
        library.reextract()
        events = {e.id: e for e in library.events(EventQuery(include_hidden=True))}

        memorandum = events[event_id_for(store, MEMORANDUM)]
        assert memorandum.title == "Mémorandum d'Astana sur les zones de désescalade"
        assert memorandum.reviewed
        assert memorandum.first == memorandum.last == date(2017, 5, 4)
        assert len(memorandum.sources) == 3

        hidden_id = event_id_for(store, HIDDEN)
        assert hidden_id is not None and events[hidden_id].hidden
        assert hidden_id not in {e.id for e in library.events()}

        redated = events[event_id_for(store, REDATED)]
        assert (redated.first, redated.last) == (date(2017, 5, 5), date(2017, 5, 6))
        # Today's reading is there too: kinds and importance were filled in by the re-reading.
        assert memorandum.happening == "agreement"
