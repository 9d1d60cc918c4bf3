"""What merging reads of the stored events, while another connection changes them: the reads are
several SELECTs, each seeing its own moment (no transaction holds them together)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from frise.library import Library
from frise.store import Store

TEXT = (" date 2017-05-05 \nAstana\n\nLa Russie, l'Iran et la Turquie ont signé le 4 mai à Astana un mémorandum "
        "sur des zones de désescalade. Le 3 mai, les délégations étaient arrivées à Astana.\n")


def test_a_statement_deleted_between_the_reads_is_left_out(tmp_path: Path, monkeypatch: Any) -> None:
    """Two imports of one folder at once: the other one re-dated an article, deleting statements
    this one had just listed; reading their rows then failed with a KeyError."""
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Store.open(tmp_path / "t.frise") as store:
        Library(store).import_paths([source])
        spans = [(date(2017, 5, 1), date(2017, 5, 6))]
        listed = store.merge_statements(spans)
        assert len(listed) >= 2
        store._report_cache = {}  # the rows are read again from the database
        gone = listed[0][0]
        execute = store.db.execute

        def racing(sql: str, *args: Any, **kwargs: Any) -> Any:
            if sql.startswith("SELECT id, key, kind"):  # after the ids were listed, before their rows
                store.db.conn.execute("DELETE FROM date_expressions WHERE id = ?", [gone])
            return execute(sql, *args, **kwargs)

        monkeypatch.setattr(store.db, "execute", racing)
        read = store.merge_statements(spans)
        assert [row[0] for row in read] == [row[0] for row in listed if row[0] != gone]
