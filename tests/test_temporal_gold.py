"""The engine against the annotated sets in tests/data, scored as ../shared/eval scores them.

The thresholds are what the engine reaches today: a change that loses accuracy fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frise.temporal import extract
from tests.scoring import score

DATA = Path(__file__).parent / "data"


def _predict(gold: dict[str, dict]) -> dict[str, dict]:
    return {
        doc_id: {"id": doc_id, "timexes": [t.to_json() for t in extract(doc["text"], doc["dct"])]}
        for doc_id, doc in gold.items()
    }


def _load(name: str) -> dict[str, dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, handle))}


def test_seeds_are_read_exactly() -> None:
    gold = _load("seeds.jsonl")
    result = score(gold, _predict(gold))
    assert result["end_to_end"] == 1.0
    assert result["predicted"] == result["gold"] == 19
    assert result["value_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("figure", "floor"),
    [("relaxed_f1", 0.975), ("relaxed_precision", 0.995), ("interval_accuracy", 0.95), ("end_to_end", 0.91)],
)
def test_french_timebank_does_not_regress(figure: str, floor: float) -> None:
    gold = _load("ftib.jsonl")
    result = score(gold, _predict(gold))
    assert result["gold"] == 226
    assert result[figure] >= floor, result


# Microsoft Recognizers-Text's French date cases (tests/data/Recognizers-Text-LICENSE.txt): 105
# dates in 221 short sentences; the 116 without a date measure false alarms, hence the precision.
@pytest.mark.parametrize(
    ("figure", "floor"),
    [("relaxed_precision", 1.0), ("relaxed_f1", 0.98), ("interval_accuracy", 0.99), ("end_to_end", 0.96)],
)
def test_recognizers_text_cases_do_not_regress(figure: str, floor: float) -> None:
    gold = _load("recognizers_fr.jsonl")
    result = score(gold, _predict(gold))
    assert result["gold"] == 105
    assert result[figure] >= floor, result


# dateparser's own French test cases (tests/data/dateparser-LICENSE.txt): 28 dates.
@pytest.mark.parametrize(
    ("figure", "floor"),
    [("relaxed_precision", 1.0), ("relaxed_f1", 0.99), ("end_to_end", 0.99)],
)
def test_dateparser_cases_do_not_regress(figure: str, floor: float) -> None:
    gold = _load("dateparser_tests_fr.jsonl")
    result = score(gold, _predict(gold))
    assert result["gold"] == 28
    assert result[figure] >= floor, result
