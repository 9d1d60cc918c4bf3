"""`frise-cli extract`: the JSON-lines contract of TEMPORAL.md and the readable table."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from frise import cli


def _run(argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert monkeypatch is not None
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


def test_jsonl_keeps_input_order_and_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        {"id": "b", "text": "Le sommet s'est tenu les 7 et 8 juillet.", "dct": "2017-07-10"},
        {"id": "a", "text": "Rien à signaler.", "dct": None},
        {"id": 3, "text": "Début mai, un accord fut signé le 4 mai 2017.", "dct": "2017"},
    ]
    code, out, _ = _run(["extract", "--jsonl"], "\n".join(json.dumps(line) for line in lines) + "\n", monkeypatch)
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["b", "a", 3]
    first = docs[0]["timexes"][0]
    assert (first["text"], first["kind"], first["first"], first["last"]) == (
        "les 7 et 8 juillet", "range", "2017-07-07", "2017-07-08")
    assert set(first) >= {"start", "end", "text", "kind", "value", "first", "last", "anchor"}
    assert docs[1]["timexes"] == []
    assert docs[2]["timexes"][0]["mod"] == "START"


def test_jsonl_reports_bad_lines_and_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = '{"id": 1, "text": "hier", "dct": "2017-07-06"}\nnot json\n{"id": 2, "text": "x", "dct": "juillet"}\n' \
            '{"id": 3, "text": "demain", "dct": "2017-07-06"}\n'
    code, out, err = _run(["extract", "--jsonl"], stdin, monkeypatch)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 3]
    assert "ligne 2 ignorée : ce n'est pas du JSON" in err
    assert "ligne 3 ignorée : « dct » n'est pas une date" in err and "'juillet'" in err
    assert "line" not in err and "skipped" not in err


def test_table_mode_reads_the_article_and_its_header(monkeypatch: pytest.MonkeyPatch, seeds_dir: Path) -> None:
    code, out, _ = _run(["extract", str(seeds_dir / "003_6f303cbfbb78ff9b.txt")], monkeypatch=monkeypatch)
    assert code == 0
    assert "2017-07-07 → 2017-07-08" in out
    assert "les 7 et 8 juillet" in out


def test_table_mode_date_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Le ministre est arrivé hier à Moscou.", encoding="utf-8")
    code, out, _ = _run(["extract", str(article), "--date", "2017-07-06"], monkeypatch=monkeypatch)
    assert code == 0 and "2017-07-05" in out
    code, french, _ = _run(["extract", str(article), "--date", "6 juillet 2017"], monkeypatch=monkeypatch)
    assert code == 0 and french == out and "référence : 2017-07-06" in out
    with pytest.raises(SystemExit):
        _run(["extract", str(article), "--date", "6 juillet"], monkeypatch=monkeypatch)


def test_table_mode_speaks_french(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Le 4 mai 2017, un accord fut signé ; les négociations ont duré trois jours.", encoding="utf-8")
    code, out, _ = _run(["extract", str(article), "--date", "2017-05-06"], monkeypatch=monkeypatch)
    assert code == 0
    assert "absolue" in out and "durée" in out
    assert not {"absolute", "duration", "document", "unresolved"} & set(out.split())
