"""`frise-cli events` and `frise-cli export` filter by kind (`--type`, repeatable, in French or
English or by key), by importance (`--sans-contexte`, `--contexte-seul`) and by place (`--lieu`,
repeatable, accents and case ignored), as the window's filter panel does (issue H)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from frise import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("filters") / "seeds.frise"
    assert cli.main(["import", str(SEEDS), "--db", str(path), "--no-progress"]) == 0
    return str(path)


def events(capsys: pytest.CaptureFixture[str], db: str, *flags: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert cli.main(["events", "--db", db, "--json", *flags]) == 0
    return json.loads(capsys.readouterr().out)


def test_kinds_by_french_name_english_name_or_key(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    every = events(capsys, db)
    agreements = events(capsys, db, "--type", "accord")
    assert agreements and all(e["kind"] == "agreement" and e["kind_fr"] == "accord" for e in agreements)
    assert len(agreements) == sum(e["kind"] == "agreement" for e in every)
    assert events(capsys, db, "--type", "agreement") == agreements
    assert events(capsys, db, "--type", "ACCORD") == agreements
    both = events(capsys, db, "--type", "accord", "--type", "Rencontre")
    assert {e["kind"] for e in both} == {"agreement", "meeting"}
    none = events(capsys, db, "--type", "sans-type")
    assert none and all(e["kind"] is None and e["kind_fr"] is None for e in none)


def test_an_unknown_kind_is_refused_in_french(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["events", "--db", db, "--type", "pique-nique"])
    assert done.value.code == 2
    assert "type inconnu : 'pique-nique'" in capsys.readouterr().err


def test_context_in_or_out(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    every = events(capsys, db)
    news = events(capsys, db, "--sans-contexte")
    background = events(capsys, db, "--contexte-seul")
    assert news and background
    assert all(e["importance"] == "news" for e in news)
    assert all(e["importance"] == "context" for e in background)
    assert len(news) + len(background) == len(every)
    with pytest.raises(SystemExit):
        cli.main(["events", "--db", db, "--sans-contexte", "--contexte-seul"])


def test_places_ignore_accents_and_case(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    astana = events(capsys, db, "--lieu", "astana")
    assert astana and all("Astana" in e["places"] for e in astana)  # type: ignore[operator]
    either = events(capsys, db, "--lieu", "ASTANA", "--lieu", "sotchi")
    assert {p for e in either for p in e["places"]} >= {"Astana", "Sotchi"}  # type: ignore[attr-defined]
    kept = events(capsys, db, "--lieu", "Astana", "--type", "accord", "--sans-contexte")
    assert kept and all(e["kind"] == "agreement" and e["importance"] == "news" for e in kept)
    assert events(capsys, db, "--lieu", "Tombouctou") == []


def test_the_table_says_kind_context_and_place(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli.main(["events", "--db", db, "--lieu", "Sotchi", "--contexte-seul"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("[rencontre · contexte · Sotchi]" in line for line in lines)


def test_export_takes_the_same_flags(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "accords.csv"
    assert cli.main(["export", "--db", db, "--csv", str(out), "--type", "accord", "--sans-contexte",
                     "--lieu", "Astana"]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and all(r["kind"] == "agreement" and r["importance"] == "news" and "Astana" in r["places"]
                        for r in rows)
    expected = {e["id"] for e in events(capsys, db, "--type", "accord", "--sans-contexte", "--lieu", "Astana")}
    assert {int(r["event_id"]) for r in rows} == expected


def test_an_export_keeping_nothing_is_refused(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rien.pdf"
    assert cli.main(["export", "--db", db, "--pdf", str(out), "--lieu", "Tombouctou"]) == 1
    assert not out.exists()


@pytest.mark.parametrize("command", ["events", "export"])
def test_the_new_options_say_in_french_what_they_are_for(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    out = capsys.readouterr().out
    for option in ("--type TYPE", "--sans-contexte", "--contexte-seul", "--lieu LIEU"):
        assert option in out
    assert "répétable : l'un ou l'autre" in out and "seulement les événements de contexte" in out
