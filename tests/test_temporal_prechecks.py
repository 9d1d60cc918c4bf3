"""The looks that spare the resolver a regular expression's search (frise/temporal/resolve.py,
relative.py): each must answer as the pattern it stands before does, on any text and at any place."""

from __future__ import annotations

import re._parser as _parser  # the syntax tree, as grammar.py reads it

from hypothesis import given
from hypothesis import strategies as st

from frise.temporal.relative import _ANY_SUCH_DAY, _SUCCESSION, _SUCCESSION_LENGTH, _any_such_day
from frise.temporal.resolve import (
    _COUNTED_AFTER,
    _COUNTED_ENDS,
    _DAY_NUMBER_BEFORE,
    _IDENTIFIER_BEFORE,
    _IMPOSSIBLE_DAY_BEFORE,
    _NAME_BEFORE,
    _blank_before,
    _day_number_before,
)

# What the patterns read, and what looks alike: digits of two scripts, « 1er », blanks and line
# ends, the words they end on, case.
_PIECES = ["1", "2", "3", "0", "9", "٣", "1er", "er", "r", " ", "\t", "\u00a0", "\u202f", "\n", "a", "n", "N",
           "e", "E", "un", "UN", "chaque", "Chaque", "°", "n°", "€", "$", "£", "/", ".", ",", "-", "'", "’", "mai",
           "février", "Loi", "vol", "AF", "Agenda", "É", "x"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)
_SUCCESSION_PIECES = ["puis", "PUIS", "fixé", "FIXÉ", "avant d", "avant\u00a0d", "décal", "x", " ", "é", "s"]


@given(_TEXTS, st.integers(min_value=0, max_value=60))
def test_each_look_answers_as_its_pattern(text: str, place: int) -> None:
    position = min(place, len(text))
    assert _day_number_before(text, position) == bool(_DAY_NUMBER_BEFORE.search(text, max(0, position - 8), position))
    assert _any_such_day(text, position) == bool(_ANY_SUCH_DAY.search(text, max(0, position - 12), position))
    for pattern, reach in ((_IMPOSSIBLE_DAY_BEFORE, 24), (_IDENTIFIER_BEFORE, 16), (_NAME_BEFORE, 40)):
        if pattern.search(text, max(0, position - reach), position):
            assert _blank_before(text, position), (pattern.pattern[-30:], text, position)
    before = text[max(0, position - 4):position]
    if _COUNTED_AFTER.search(before):
        assert before[-1:] in _COUNTED_ENDS, before


def test_the_succession_pattern_spans_at_least_its_bound() -> None:
    assert _parser.parse(_SUCCESSION.pattern, _SUCCESSION.flags).getwidth()[0] >= _SUCCESSION_LENGTH


@given(st.lists(st.sampled_from(_SUCCESSION_PIECES), max_size=6).map("".join))
def test_no_succession_word_is_shorter_than_its_bound(text: str) -> None:
    for match in _SUCCESSION.finditer(text):
        assert len(match.group()) >= _SUCCESSION_LENGTH, match.group()
