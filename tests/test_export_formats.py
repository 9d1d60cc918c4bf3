"""CSV and TimelineJS exports: one row per event and source, valid JSON with escaped markup."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from frise.events.model import Event, Source
from frise.export import EmptySelection, export_csv, export_selection, export_timelinejs
from frise.export.csv_export import COLUMNS
from frise.library import import_paths
from frise.store import ArticleRow, EventQuery, Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


def article(article_id: int, url: str | None = None) -> ArticleRow:
    return ArticleRow(article_id, f"Titre {article_id} « Genève » & <b>gras</b>", "Le Monde", "2017-05-04", "day",
                      f"/home/moi/articles/{article_id}.txt", "txt", url, "0" * 64, "text", False, None, "2026-01-01")


def source(article_id: int, passage: str) -> Source:
    return Source(article_id, f"Titre {article_id}", "Le Monde", passage, 0, len(passage), "le 4 mai", 0, 8,
                  f"{article_id}:x")


def events() -> list[Event]:
    return [
        Event(2, "h:10:20", date(2017, 5, 1), date(2017, 5, 10), "=SOMME(A1) début des pourparlers", "approximate",
              ("Iran", "Russie"), (source(1, "Début mai, <script>alert(1)</script> « accord »"),
                                   source(2, "Les pourparlers ont commencé début mai."))),
        Event(1, "h:1:5", date(2017, 5, 4), date(2017, 5, 4), "Signature du mémorandum d’Astana", "exact",
              ("Russie", "Turquie"), (source(1, "Le 4 mai 2017, à Astana, le mémorandum a été signé."),)),
        Event(3, "h:30:40", None, None, "La semaine dernière à Amman", "unresolved", ("Jordanie",),
              (source(2, "la semaine dernière"),)),
    ]


def test_csv_has_one_row_per_event_and_source(tmp_path: Path) -> None:
    path = tmp_path / "chronologie.csv"
    rows = export_csv(events(), {1: article(1), 2: article(2)}, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for Excel
    table = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows == len(table) == 3  # two sources + one source; the undated event is left out
    assert tuple(table[0]) == COLUMNS
    assert [r["event_id"] for r in table] == ["2", "2", "1"]  # chronological by first day
    first = table[0]
    assert first["date_fr"] == "début mai 2017"
    assert first["title"] == "'=SOMME(A1) début des pourparlers"  # a formula is neutralised
    assert first["actors"] == "Iran; Russie"
    assert first["source_number"] == "1" and first["article_id"] == "1"
    assert first["passage"] == "Début mai, <script>alert(1)</script> « accord »"
    assert first["path"] == "/home/moi/articles/1.txt"
    assert table[2]["title"] == "Signature du mémorandum d’Astana"
    assert table[2]["source_number"] == "1"  # the same article keeps its number
    assert table[1]["source_number"] == "2"


def test_timelinejs_is_valid_json_with_escaped_markup(tmp_path: Path) -> None:
    path = tmp_path / "timeline.json"
    count = export_timelinejs(events(), {1: article(1, "https://exemple.fr/a?x=1&y=2"), 2: article(2)}, path,
                              title="Syrie <2017>", description="Acteurs : Russie")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert count == len(data["events"]) == 2
    assert data["title"]["text"]["headline"] == "Syrie &lt;2017&gt;"
    first, second = data["events"]
    assert first["start_date"] == {"year": "2017", "month": "5", "day": "1"}
    assert first["end_date"] == {"year": "2017", "month": "5", "day": "10"}
    assert "end_date" not in second
    assert first["display_date"] == "début mai 2017"
    assert second["display_date"] == "jeudi 4 mai 2017"
    text = first["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "&lt;b&gt;gras&lt;/b&gt;" in text  # article titles are escaped too
    assert 'href="https://exemple.fr/a?x=1&amp;y=2"' in text
    assert "/home/moi" not in json.dumps(data)  # local paths stay private
    assert first["group"] in ("Iran", "Russie")
    assert second["group"] == "Russie"
    assert first["unique_id"] != second["unique_id"] and ":" not in first["unique_id"]


def test_both_refuse_an_empty_selection(tmp_path: Path) -> None:
    undated = [e for e in events() if e.first is None]
    with pytest.raises(EmptySelection):
        export_csv(undated, {}, tmp_path / "a.csv")
    with pytest.raises(EmptySelection):
        export_timelinejs([], {}, tmp_path / "a.json")
    assert list(tmp_path.iterdir()) == []


def test_seeds_through_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "frise.sqlite") as store:
        import_paths(store, [ROOT / "seeds"])
        dated = [e for e in store.events(EventQuery()) if e.first is not None]
        rows = export_selection(store, EventQuery(), tmp_path / "seeds.csv", "csv")
        count = export_selection(store, EventQuery(), tmp_path / "seeds.json", "timelinejs")
        with pytest.raises(EmptySelection):
            export_selection(store, EventQuery(actor_keys=()), tmp_path / "rien.csv", "csv")
    assert rows == sum(len(e.sources) for e in dated)
    assert count == len(dated)
    data = json.loads((tmp_path / "seeds.json").read_text(encoding="utf-8"))
    assert data["events"][0]["text"]["headline"].startswith("La Russie est engagée")
    assert not (tmp_path / "rien.csv").exists()
