"""Dates on the command line: --from, --to, set-date and extract --date read French as the
window's date fields do (frise.events.date_input), and ISO as they always did."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

import pytest

from frise import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("dates") / "seeds.frise"
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert cli.main(["import", str(seeds), "--db", str(path), "--no-progress", "--json"]) == 0
    return str(path)


@pytest.fixture
def db(seeded: str, tmp_path: Path) -> str:
    copy = tmp_path / "copy.frise"
    copy.write_bytes(Path(seeded).read_bytes())
    return str(copy)


def _ids(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> list[int]:
    code, out, err = run(capsys, "events", "--db", db, "--json", *argv)
    assert code == 0, err
    return [event["id"] for event in json.loads(out)]


@pytest.mark.parametrize(("french", "iso"), [
    (("--from", "4 mai 2017", "--to", "4 mai 2017"), ("--from", "2017-05-04", "--to", "2017-05-04")),
    (("--from", "04/05/2017", "--to", "04/05/2017"), ("--from", "2017-05-04", "--to", "2017-05-04")),
    (("--from", "1er mai 2017", "--to", "4 mai 2017"), ("--from", "2017-05-01", "--to", "2017-05-04")),
    (("--from", "mai 2017", "--to", "mai 2017"), ("--from", "2017-05", "--to", "2017-05")),
    (("--from", "début juin 2017"), ("--from", "2017-06-01")),  # the first day of 1-10 June
    (("--to", "début juin 2017"), ("--to", "2017-06-10")),  # its last
    (("--from", "Juillet 2017", "--to", "2017"), ("--from", "2017-07-01", "--to", "2017-12-31")),
])
def test_french_dates_filter_as_their_iso_forms(french: tuple[str, ...], iso: tuple[str, ...], seeded: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    expected = _ids(capsys, seeded, *iso)
    assert _ids(capsys, seeded, *french) == expected


def test_the_filters_narrow_the_chronology(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    everything = _ids(capsys, seeded)
    may = _ids(capsys, seeded, "--from", "mai 2017", "--to", "mai 2017")
    fourth = _ids(capsys, seeded, "--from", "4 mai 2017", "--to", "4 mai 2017")
    assert fourth and set(fourth) < set(may) < set(everything)


@pytest.mark.parametrize(("typed", "first", "last"), [
    ("2017-05-04", date(2017, 5, 4), date(2017, 5, 4)),
    ("2017-05", date(2017, 5, 1), date(2017, 5, 31)),
    ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
    ("2017", date(2017, 1, 1), date(2017, 12, 31)),
    ("2017-12", date(2017, 12, 1), date(2017, 12, 31)),
    ("4 mai 2017", date(2017, 5, 4), date(2017, 5, 4)),
    (" mai 2017 ", date(2017, 5, 1), date(2017, 5, 31)),
    ("début juin 2017", date(2017, 6, 1), date(2017, 6, 10)),
    ("7-8 juillet 2017", date(2017, 7, 7), date(2017, 7, 8)),
])
def test_from_takes_the_first_day_and_to_the_last(typed: str, first: date, last: date) -> None:
    parser = cli.build_parser()
    args = parser.parse_args(["events", "--from", typed, "--to", typed])
    assert (args.start, args.end) == (first, last)


@pytest.mark.parametrize(("typed", "stored", "precision"), [
    ("4 mai 2017", "2017-05-04", "day"),
    ("04/05/2017", "2017-05-04", "day"),
    ("mai 2017", "2017-05", "month"),
    ("2017", "2017", "year"),
    ("2017-05-05", "2017-05-05", "day"),
    ("2017-05", "2017-05", "month"),
])
def test_set_date_takes_a_day_a_month_or_a_year(typed: str, stored: str, precision: str, db: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "set-date", "--db", db, "1", typed)
    assert code == 0, err
    assert out.startswith("article 1 daté : ") and "dates relues" in out
    _, listed, _ = run(capsys, "articles", "--db", db, "--json")
    article = next(a for a in json.loads(listed) if a["id"] == 1)
    assert (article["published"], article["precision"]) == (stored, precision)


def test_set_date_says_the_date_back_in_words(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "set-date", "--db", db, "1", "4 mai 2017")[1].startswith("article 1 daté : le 4 mai 2017 ;")
    assert run(capsys, "set-date", "--db", db, "1", "mai 2017")[1].startswith("article 1 daté : mai 2017 ;")
    assert run(capsys, "set-date", "--db", db, "1", "2017")[1].startswith("article 1 daté : l'année 2017 ;")


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main(list(argv))
    assert done.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize("typed", ["début juin 2017", "7-8 juillet 2017", "mai-juin 2017"])
def test_set_date_refuses_a_stretch_that_is_no_day_month_or_year(typed: str, db: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, "set-date", "--db", db, "1", typed)
    assert f"« {typed} » se lit « " in err and "indiquez un jour, un mois ou une année" in err


@pytest.mark.parametrize(("argv", "named"), [
    (["events", "--from", "15 mai"], "« 15 mai »"),  # no year: nothing to place it in
    (["events", "--to", "n'importe quand"], "« n'importe quand »"),
    (["events", "--from", "2017-13"], "« 2017-13 »"),
    (["events", "--to", "2017-02-30"], "« 2017-02-30 »"),
    (["export", "--csv", "x.csv", "--from", "bientôt"], "« bientôt »"),
    (["set-date", "1", "mai"], "« mai »"),
    (["set-date", "1", "2017-00"], "« 2017-00 »"),
    (["extract", "article.txt", "--date", "6 juillet"], "« 6 juillet »"),
])
def test_a_date_not_understood_is_a_french_error_naming_it(argv: list[str], named: str, db: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, *argv[:1], "--db", db, *argv[1:]) if argv[0] != "extract" else _refused(capsys, *argv)
    assert named in err and "erreur : argument " in err
    for english in ("not a reference date", "month must be", "day is out of range", "error:", "invalid"):
        assert english not in err


def test_a_bad_date_is_refused_before_the_database_is_touched(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nulle part" / "chronologie.frise"
    _refused(capsys, "events", "--db", str(missing), "--from", "15 mai")
    assert not missing.parent.exists()


def test_the_reference_date_reader_directly() -> None:
    assert cli._reference_date("2017-5-4") == "2017-05-04"
    assert cli._reference_date("4 mai 2017") == "2017-05-04"
    assert cli._reference_date("mai 2017") == "2017-05"
    assert cli._reference_date("2017") == "2017"
    with pytest.raises(argparse.ArgumentTypeError, match="« début juin 2017 » se lit « du 1er au 10 juin 2017 »"):
        cli._reference_date("début juin 2017")
    with pytest.raises(argparse.ArgumentTypeError, match="Indiquez une date"):
        cli._first_day("  ")


@pytest.mark.parametrize(("argv", "suggested", "not_suggested"), [
    (["set-date", "1", "bientôt"], "« mai 2017 »", "début juin"),  # an article's date: a day, a month, a year
    (["set-date", "1", "32 juin 2017"], "« mai 2017 »", "du 4 mai"),
    (["events", "--from", "bientôt"], "« début juin 2017 »", None),  # a period may be any stretch
])
def test_a_date_not_understood_suggests_only_what_the_argument_takes(
        argv: list[str], suggested: str, not_suggested: str | None, db: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, *argv[:1], "--db", db, *argv[1:])
    assert suggested in err, err
    assert not_suggested is None or not_suggested not in err, err
    if argv[0] == "set-date":  # what it suggests, it takes
        for example in re.findall(r"« ([^»]+) »", err.split("par exemple", 1)[1]):
            assert run(capsys, "set-date", "--db", db, "1", example)[0] == 0, example
