"""Only `frise-cli import` starts a timeline: a mistyped --db (or $FRISE_DB) anywhere else is
refused in French with exit code 2, and nothing is created on disk."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from frise.cli import main
from frise.store import Store

READERS = [
    ["events"],
    ["events", "--json", "--from", "mai 2017"],
    ["articles", "--json"],
    ["export", "--csv", "sortie.csv"],
    ["set-date", "1", "4 mai 2017"],
    ["reextract"],
    ["reextract", "1"],
]


@pytest.mark.parametrize("argv", READERS, ids=lambda argv: " ".join(argv))
def test_a_missing_timeline_is_refused_and_not_created(argv: list[str], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nexiste" / "pas.frise"
    code = main([*argv, "--db", str(missing)])
    out, err = capsys.readouterr()
    assert code == 2 and not out
    assert f"frise-cli: {missing} : chronologie introuvable" in err
    assert "seul « frise-cli import » en crée une" in err and "database not found" not in err
    assert not (tmp_path / "nexiste").exists()
    assert list(tmp_path.iterdir()) == []


def test_the_environment_variable_is_checked_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "faute de frappe.frise"
    monkeypatch.setenv("FRISE_DB", str(missing))
    assert main(["events"]) == 2
    assert "chronologie introuvable" in capsys.readouterr().err
    assert not missing.exists()
    assert main(["--db", str(missing), "articles"]) == 2  # --db before the command too
    assert not missing.exists()


def test_import_still_creates_a_new_timeline_and_its_folder(tmp_path: Path, seeds_dir: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "nouveau dossier" / "chronologie.frise"
    assert main(["import", "--db", str(new), "--json", str(seeds_dir / "000_ab7646e036a5585c.txt")]) == 0
    capsys.readouterr()
    assert new.is_file()
    assert main(["articles", "--db", str(new), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_an_empty_file_is_refused_and_left_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A zero-byte file is not a timeline: `events` says so and leaves it empty (only `import`
    creates a timeline; before, `events` silently wrote a schema into whatever file it was given)."""
    empty = tmp_path / "vide.frise"
    empty.touch()
    assert main(["events", "--db", str(empty), "--json"]) == 2
    assert "fichier vide" in capsys.readouterr().err
    assert empty.stat().st_size == 0


def test_import_makes_an_empty_file_a_timeline(tmp_path: Path, seeds_dir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "vide.frise"
    empty.touch()
    assert main(["import", "--db", str(empty), "--json", str(seeds_dir / "000_ab7646e036a5585c.txt")]) == 0
    capsys.readouterr()
    assert main(["articles", "--db", str(empty), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_an_empty_sqlite_database_is_not_a_timeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A valid SQLite file with no table (sqlite3 wrote only its header page) is refused too."""
    target = tmp_path / "vide.sqlite"
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")
    size = target.stat().st_size
    assert main(["events", "--db", str(target), "--json"]) == 2
    assert "base SQLite vide" in capsys.readouterr().err
    assert target.stat().st_size == size


def test_the_window_still_creates_its_default_timeline(tmp_path: Path) -> None:
    """Store.open() creates by default: the window's first start depends on it."""
    target = tmp_path / "premier lancement" / "chronologie.frise"
    with Store.open(target) as store:
        assert store.schema_version > 0
    assert target.is_file()
