"""Shared helpers for the window's tests: seeded databases, built once and copied per test."""

from __future__ import annotations

import shutil
import sqlite3
from functools import lru_cache
from pathlib import Path

from frise.library import import_paths
from frise.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@lru_cache(maxsize=1)
def _seeded_template(folder: str) -> Path:
    target = Path(folder) / "seeds-template.sqlite"
    with Store.open(target) as store:
        import_paths(store, [SEEDS])
    _checkpoint(target)
    return target


def seeded_db(tmp_path: Path, template_dir: Path) -> Path:
    """A fresh copy of a database holding the three seed articles."""
    template = _seeded_template(str(template_dir))
    copy = tmp_path / "seeded.sqlite"
    shutil.copy(template, copy)
    return copy


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so that copying the file copies everything."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def write_article(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


NEW_ARTICLE = """Sommet franco-allemand à Meseberg

Le 19 juin 2018, Emmanuel Macron et Angela Merkel se sont réunis à Meseberg pour préparer le
Conseil européen. Les deux dirigeants ont présenté une feuille de route commune sur la zone euro.
"""
