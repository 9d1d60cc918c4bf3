"""frise-cli import / events / articles / set-date / reextract, through `main()` and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from frise.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "frise.sqlite")
    code, out, _ = run(capsys, "import", "--db", path, str(seeds_dir))
    assert code == 0, out
    return path


def test_import_summary_names_each_file(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_text("")
    path = str(tmp_path / "frise.sqlite")
    code, out, _ = run(capsys, "import", "--db", path, str(seeds_dir), str(empty))
    assert code == 1  # something failed
    assert out.count("importé ") == 3 and "000_ab7646e036a5585c.txt" in out
    assert "échec" in out and "vide.txt" in out and "fichier vide" in out
    # the undated seed: which article, which year, and how to correct it
    assert "« Astana : signature" in out and "placées en 2017" in out and f"frise-cli set-date --db {path} " in out
    _, everything, _ = run(capsys, "events", "--db", path)
    _, with_it, _ = run(capsys, "events", "--db", path, "--search", "Astana")
    code, without, _ = run(capsys, "events", "--db", path, "--search", "-Astana")  # not taken for an option
    assert code == 0 and len(with_it.splitlines()) + len(without.splitlines()) == len(everything.splitlines())
    code, out, _ = run(capsys, "--db", path, "import", str(seeds_dir / "000_ab7646e036a5585c.txt"))
    assert "doublon" in out and "déjà importé" in out


def test_import_json(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", "--json", "--db", str(tmp_path / "f.sqlite"), str(seeds_dir))
    rows = json.loads(out)
    assert code == 0
    assert [r["status"] for r in rows] == ["imported"] * 3


def test_events_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "events", "--db", db, "--json")
    events = json.loads(out)
    assert code == 0 and events
    for event in events:
        assert {"id", "first", "last", "title", "certainty", "actors", "sources"} <= set(event)
        assert event["certainty"] in ("exact", "approximate", "assumed", "unresolved")
        for source in event["sources"]:
            assert {"article_id", "title", "outlet", "passage", "start", "end"} <= set(source)
    signing = [e for e in events if e["first"] == e["last"] == "2017-05-04"]
    assert len(signing) == 1 and len(signing[0]["sources"]) == 3
    assert events[-1]["first"] is None and events[-1]["certainty"] == "unresolved"


def test_events_filters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    def ids(*argv: str) -> list[int]:
        code, out, _ = run(capsys, "events", "--db", db, "--json", *argv)
        assert code == 0
        return [e["id"] for e in json.loads(out)]

    everything = ids()
    may = ids("--from", "2017-05", "--to", "2017-05")
    assert may and set(may) < set(everything)
    _, out, _ = run(capsys, "events", "--db", db, "--json", "--from", "2017-05", "--to", "2017-05")
    assert all(e["last"] >= "2017-05-01" and e["first"] <= "2017-05-31" for e in json.loads(out))
    poutine = ids("--actor", "Poutine")
    assert poutine and set(poutine) < set(everything)
    assert ids("--search", 'mémorandum "Ast')
    # a search holding no word says so, rather than listing every event as if there were none
    for typed in ("(((", "!!!", "« »"):
        code, out, err = run(capsys, "events", "--db", db, "--json", "--search", typed)
        assert code == 1 and out == "" and "ne contient aucun mot" in err and repr(typed) in err
    assert ids("--search", "  ") == everything  # an empty search is no search
    assert ids("--actor", "Poutine", "--from", "2017-05-04", "--to", "2017-05-04", "--search", "mémo")
    assert set(ids("--source", "1")) < set(everything)


def test_events_text(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "events", "--db", db)
    assert code == 0
    assert "2017-05-04" in out and "3 sources" in out and "non résolu" in out


def test_articles_and_set_date(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "articles", "--db", db, "--json")
    articles = json.loads(out)
    assert [set(a) >= {"id", "title", "outlet", "published", "precision", "path"} for a in articles] == [True] * 3
    undated = next(a for a in articles if a["path"].endswith("001_03ed3f44c193236c.txt"))
    assert undated["published"] is None and undated["assumed_year"] == 2017

    code, out, _ = run(capsys, "set-date", "--db", db, undated["path"], "2017-05-05")
    assert code == 0
    code, out, _ = run(capsys, "articles", "--db", db, "--json")
    redated = next(a for a in json.loads(out) if a["id"] == undated["id"])
    assert redated["published"] == "2017-05-05" and redated["precision"] == "day"

    with pytest.raises(SystemExit):
        main(["set-date", "--db", db, str(undated["id"]), "mai"])
    capsys.readouterr()
    code, _, err = run(capsys, "set-date", "--db", db, "999", "2017")
    assert code == 1 and "aucun article" in err


def test_bad_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "events", "--db", str(bad))
    assert code == 2 and "pas une base de données" in err
    assert "not an SQLite database" not in err  # the store's English half is for logs, not for the analyst
    assert bad.read_bytes() == b"garbage" * 1000


def test_environment_variable_and_real_process(tmp_path: Path, seeds_dir: Path) -> None:
    env = {"FRISE_DB": str(tmp_path / "env.sqlite"), "PATH": "", "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "frise.cli"]
    done = subprocess.run([*command, "import", str(seeds_dir)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([*command, "articles", "--json"], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert len(json.loads(listed.stdout)) == 3
    assert (tmp_path / "env.sqlite").exists()


def test_extract_still_works(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(seeds_dir / "003_6f303cbfbb78ff9b.txt"))
    assert code == 0 and "le 7 juillet" in out


def test_reextract_reads_again_and_keeps_corrections(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    from frise.store import Store
    from frise.store.corrections import correction_key, event_id_for, record

    with Store.open(db) as store:
        event = next(e for e in store.events() if e.first is not None)
        key = correction_key(event)
        record(store, key, "edit", {"title": "Titre de l'analyste"})
        before = [(e.first, e.last, e.certainty, len(e.sources)) for e in store.events()]
    code, out, _ = run(capsys, "reextract", "--db", db)
    assert code == 0 and "3 article(s) relu(s)" in out
    code, out, _ = run(capsys, "reextract", "1", "--db", db)
    assert code == 0 and "1 article(s) relu(s)" in out
    code, _, err = run(capsys, "reextract", "999", "--db", db)
    assert code == 1 and "'999'" in err
    with Store.open(db) as store:
        kept = store.events_by_id([event_id_for(store, key)])[0]  # type: ignore[list-item]
        assert kept.title == "Titre de l'analyste"
        assert [(e.first, e.last, e.certainty, len(e.sources)) for e in store.events()] == before  # same engine
