"""Writes tests/data/v2_seeds.frise: the seeds imported by Frise at schema v2 (the commit before
71046a9, « Schema v3 »), with an analyst's corrections of every kind. Run it with that commit's
package first on the path:

    git worktree add /tmp/frise-v2 71046a9^
    PYTHONPATH=/tmp/frise-v2/desktop python tests/data/make_v2_timeline.py /tmp/frise-v2/seeds OUT.frise

The test that reads the file (tests/test_store_migration_v2.py) needs only the file."""

import sys
from pathlib import Path

from frise.library import Library
from frise.store import Store
from frise.store.corrections import correction_key, record

seeds, out = Path(sys.argv[1]), Path(sys.argv[2])
out.unlink(missing_ok=True)
with Store.open(out) as store:
    library = Library(store)
    library.import_paths(sorted(seeds.glob("*.txt")))
    events = library.events()
    by_day = {}
    for event in events:
        if event.first is not None:
            by_day.setdefault(event.first.isoformat(), []).append(event)
    memorandum = max(by_day["2017-05-04"], key=lambda e: len(e.sources))
    record(store, correction_key(memorandum), "edit", {"title": "Mémorandum d'Astana sur les zones de désescalade"})
    record(store, correction_key(memorandum), "review")
    others = [e for e in events if e.id != memorandum.id and e.first is not None]
    hidden, redated = others[0], others[1]
    record(store, correction_key(hidden), "hide")
    record(store, correction_key(redated), "edit", {"first": "2017-05-05", "last": "2017-05-06"})
    print("memorandum", correction_key(memorandum), len(memorandum.sources), "sources")
    print("hidden", correction_key(hidden), hidden.title)
    print("redated", correction_key(redated), redated.title)
    print("schema", store.db.execute("PRAGMA user_version").fetchone()[0])
