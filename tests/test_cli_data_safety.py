"""frise-cli when things go wrong outside it: a date at the end of the calendar, a reader that
closes the pipe, a full disk. Each is said in French with a non-zero exit code, never as a
Python traceback, and the timeline is left whole."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from frise import cli
from frise.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A timeline made the way a user makes one: `frise-cli --db tmp import seeds/`, in a process."""
    path = tmp_path_factory.mktemp("safety") / "seeds.frise"
    done = subprocess.run([sys.executable, "-m", "frise.cli", "--db", str(path), "import", "--no-progress", str(SEEDS)],
                          env=ENV, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def db(seeded: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copie.frise"
    with closing(sqlite3.connect(seeded)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    return copy


def _articles(path: Path) -> list[dict[str, object]]:
    with Store.open(path, create=False) as store:
        return [a.to_json() for a in store.articles()]


def _integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


# --- dates at the ends of the calendar


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "9999", "0001-01", "31 décembre 9999"])
def test_set_date_beyond_the_engine_s_years_is_refused_in_french(value: str, db: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before = _articles(db)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["set-date", "--db", str(db), "1", value])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "frise-cli set-date: erreur : argument DATE : " in err and "Traceback" not in err
    assert _articles(db) == before


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01"])
def test_set_date_at_the_end_of_the_calendar_names_the_years_it_takes(value: str, db: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["set-date", "--db", str(db), "1", value])
    assert f"« {value} » : l'année doit aller de 1000 à 2999" in capsys.readouterr().err


def test_the_engine_s_own_years_are_still_taken(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for value in ("2999-12-31", "1000-01-01"):
        assert cli.main(["set-date", "--db", str(db), "1", value]) == 0, capsys.readouterr().err
    assert "daté : le 1er janvier 1000" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01"])
def test_extract_date_at_the_end_of_the_calendar_is_refused_in_french(value: str, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Le jeudi 12 septembre, il a dit qu'il viendrait demain, l'année prochaine.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "frise.cli", "extract", "--date", value, str(article)],
                          env=ENV, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and not done.stdout
    assert "argument --date : " in done.stderr and "l'année doit aller de 1000 à 2999" in done.stderr
    assert "Traceback" not in done.stderr


def test_extract_jsonl_reads_any_reference_of_the_calendar(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    import io

    text = "Le jeudi 12 septembre, demain, l'année prochaine, dans trois semaines, la semaine dernière."
    lines = [json.dumps({"id": dct, "text": text, "dct": dct}) for dct in ("9999-12-31", "0001-01-01", "9999")]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["extract", "--jsonl"]) == 0
    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["id"] for d in documents] == ["9999-12-31", "0001-01-01", "9999"]
    assert all(len(d["timexes"]) == 5 for d in documents)


# --- a reader that closes the pipe: `frise-cli events | head -1`


def _no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr and "Exception ignored" not in stderr, stderr


@pytest.mark.parametrize(("argv", "status"), [(["events"], 1), (["events", "--json"], 1), (["articles"], 1),
                                              (["--help"], 0)])  # argparse itself ignores a failed help
def test_a_closed_pipe_ends_quietly(argv: list[str], status: int, seeded: Path) -> None:
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before the first line: every write meets a closed pipe
    try:
        done = subprocess.run([sys.executable, "-m", "frise.cli", "--db", str(seeded), *argv], stdout=writing,
                              stderr=subprocess.PIPE, env=ENV, text=True, timeout=120, check=False)
    finally:
        os.close(writing)
    _no_traceback(done.stderr)
    assert done.returncode == status  # 1 as Python's documentation has it for EPIPE


def test_piped_into_a_reader_of_one_line(seeded: Path) -> None:
    """`frise-cli --db X events | head -1`, with a reader that closes after one line."""
    writer = subprocess.Popen([sys.executable, "-m", "frise.cli", "--db", str(seeded), "events"], env=ENV,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader = subprocess.Popen([sys.executable, "-c", "import sys; print(sys.stdin.readline(), end='')"],
                              stdin=writer.stdout, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.close()  # only the reader holds the pipe now
    first, _ = reader.communicate(timeout=120)
    stderr = writer.stderr.read().decode()
    writer.stderr.close()
    assert writer.wait(timeout=120) in (0, 1)  # 0 if it wrote everything before the reader left
    assert first.count("\n") == 1 and "source" in first
    _no_traceback(stderr)


# --- a full disk


def _capped(monkeypatch: pytest.MonkeyPatch, extra_pages: int) -> None:
    """Every Store this process opens may grow by `extra_pages` pages only: SQLite then answers
    "database or disk is full" (SQLITE_FULL), as it does on a full disk."""
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def open_capped(cls: type[Store], path: str | Path | None = None, *, create: bool = True) -> Store:
        store = real_open(cls, path, create=create)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_capped))


def test_a_full_disk_during_an_import_is_said_in_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pleine.frise"
    files = sorted(SEEDS.glob("*.txt"))
    assert cli.main(["import", "--db", str(path), "--no-progress", str(files[0])]) == 0
    before = _articles(path)
    capsys.readouterr()
    _capped(monkeypatch, extra_pages=0)
    code = cli.main(["import", "--db", str(path), "--no-progress", *map(str, files[1:])])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"frise-cli: {path} : le disque est plein" in err
    assert "les articles déjà importés sont conservés" in err
    assert "Traceback" not in err and "database or disk is full" not in err
    monkeypatch.undo()
    assert _integrity(path) == "ok"
    assert _articles(path) == before


def test_a_full_disk_during_set_date_leaves_the_article_as_it_was(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = _articles(db)
    _capped(monkeypatch, extra_pages=0)
    code = cli.main(["set-date", "--db", str(db), "1", "4 mai 2016"])
    err = capsys.readouterr().err
    assert code == 1 and f"frise-cli: {db} : le disque est plein" in err and "Traceback" not in err
    monkeypatch.undo()
    assert _integrity(db) == "ok" and _articles(db) == before


@pytest.mark.usefixtures("qapp")
def test_a_full_disk_during_an_export_names_the_file(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from frise.export import writing

    def full(_: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writing.os, "fsync", full)
    out = tmp_path / "chronologie.json"
    code = cli.main(["export", "--db", str(db), "--timelinejs", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and f"frise-cli: {out} : plus de place sur le disque" in err and "Traceback" not in err
    assert not [p.name for p in tmp_path.iterdir() if "chronologie" in p.name]  # nor its temporary file


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_standard_output_on_a_full_disk(seeded: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "frise.cli", "--db", str(seeded), "events"], stdout=full,
                              stderr=subprocess.PIPE, env=ENV, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == "frise-cli: sortie standard : plus de place sur le disque", done.stderr
