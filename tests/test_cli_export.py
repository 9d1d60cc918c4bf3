"""`frise-cli export`: the filtered chronology as PDF, CSV or TimelineJS, refused when empty."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from frise import cli

# In this process pytest-qt owns the QApplication; the export must reuse it rather than
# create the bare QGuiApplication a real `frise-cli` process makes (tested in a subprocess below).
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("export") / "seeds.frise"
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert cli.main(["import", str(seeds), "--db", str(db), "--no-progress"]) == 0
    return db


def test_pdf_of_one_actor(seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "russie.pdf"
    code = cli.main(["export", "--db", str(seeded_db), "--pdf", str(out), "--actor", "Russie", "--letter",
                     "--title", "Syrie, printemps 2017"])
    assert code == 0 and "exporté" in capsys.readouterr().out
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)  # pypdf spaces words with tabs
    assert "Syrie, printemps 2017" in text
    assert "Sotchi" in text  # seed 001: "Le président russe avait rencontré son homologue turc à Sotchi"
    width, height = float(reader.pages[-1].mediabox.width), float(reader.pages[-1].mediabox.height)
    assert round(min(width, height)) == 612  # Letter, 8.5 in


def test_csv_has_one_row_per_event_and_source(seeded_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "chronologie.csv"
    assert cli.main(["export", "--db", str(seeded_db), "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    memorandum = [r for r in rows if r["first"] == "2017-05-04"]
    assert len({r["article_id"] for r in memorandum}) == 3


def test_timelinejs_respects_the_period(seeded_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "frise.json"
    assert cli.main(["export", "--db", str(seeded_db), "--timelinejs", str(out), "--from", "2017-07-01"]) == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert events and all(e["start_date"]["year"] == "2017" and int(e["start_date"]["month"]) == 7
                          or int(e.get("end_date", e["start_date"])["month"]) >= 7 for e in events)


def test_empty_selection_is_refused_and_writes_nothing(seeded_db: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "vide.pdf"
    assert cli.main(["export", "--db", str(seeded_db), "--pdf", str(out), "--search", '"zzz" OR (']) == 1
    assert "Aucun événement" in capsys.readouterr().err
    assert not out.exists()


def test_real_process_makes_its_own_gui_application(seeded_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "process.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "frise.cli", "export", "--db", str(seeded_db), "--pdf", str(out)],
                          env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out).pages) >= 2
