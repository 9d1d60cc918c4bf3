"""Every rule of the grammar's table (frise/temporal/rules.py) reads its own examples as it says.

A rule's declaration holds its pattern, head words, handler and examples together; this runs the
examples, so a declaration whose examples fail, or that has none, fails here.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frise.temporal import extract
from frise.temporal.grammar import first_characters, literal_trie, lowered
from frise.temporal.rules import RULES, Example, Rule


def _cases() -> list[object]:
    return [pytest.param(rule, example, id=f"{rule.name}-{index}")
            for rule in RULES for index, example in enumerate(rule.examples)]


def test_every_rule_has_examples_and_a_unique_name() -> None:
    assert all(rule.examples for rule in RULES), [rule.name for rule in RULES if not rule.examples]
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("rule", "example"), _cases())
def test_rule_reads_its_example(rule: Rule, example: Example) -> None:
    records = extract(example.text, example.reference)
    start = example.text.index(example.words)
    end = start + len(example.words)
    assert any(m.start() <= start and m.end() >= end for m in rule.regex.finditer(lowered(example.text))), \
        f"{rule.name}'s pattern does not find {example.words!r}: the example belongs to another rule"
    covering = [r for r in records if r.start <= start and r.end >= end]
    assert covering, f"{rule.name}: nothing covers {example.words!r} in {example.text!r}: {records}"
    record = min(covering, key=lambda r: r.end - r.start)
    got = (record.kind, record.first.isoformat() if record.first else None,
           record.last.isoformat() if record.last else None)
    assert got == (example.kind, *example.interval), f"{rule.name}: {record}"


# The strings a rule needs (grammar.needed_words) let the engine skip the stretches without them:
# a string that a match can do without would lose that match.
_NEAR_MISSES = [
    "dans la nuit du 2 au 3 mars", "du 4 jusqu’au 6 mai", "entre le 2 et le 4", "le 3 et le 5 juin",
    "7-9 juillet", "mi-mai", "l’été 2016", "aujourd’hui même", "il ya 3 ans", "(1950-1953)",
    "12/08,2015", "Jeu 15:12", "au XIXe siècle", "les années 60", "dans la nuit de lundi à mardi",
    "le 14-Juillet", "Hier, au lendemain de la manifestation", "le 5 du mois prochain",
]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_a_rule_never_matches_without_the_strings_it_needs(rule: Rule) -> None:
    texts = [example.text for example in rule.examples] + _NEAR_MISSES
    for text in texts:
        lower = lowered(text)
        for m in rule.regex.finditer(lower):
            # the match and what its lookaheads read: at most to the end of the text
            missing = [need.pattern for need in rule.needs if not need.search(lower, m.start())]
            assert not missing, (rule.name, m.group(), missing)


def test_the_rarest_rules_need_their_words() -> None:
    needs = {rule.name: [need.pattern for need in rule.needs] for rule in RULES}
    assert "nuit" in needs["night"] and "entre" in needs["day_between"] and "siècle" in needs["century"]


@given(st.sets(st.text(alphabet="ab'’ 1", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="ab'’ 1x", max_size=30))
def test_a_literal_trie_is_found_exactly_where_one_of_its_words_is(words: set[str], text: str) -> None:
    # What a rule needs is searched for as a trie (grammar.literal_trie): where the plain
    # alternation of its strings would be found, and nowhere else.
    found = re.compile(literal_trie(words)).search(text) is not None
    assert found == any(word in text for word in words), (sorted(words), text)


def test_first_characters_are_those_a_match_can_begin_with() -> None:
    assert first_characters(r"(?P<a>le|du) \d") == "dl"
    assert first_characters(r"(?:le )?mai") == "lm"
    optional_words = re.compile("[" + (first_characters(r"(?:le|du)?[ ]*\d+") or "") + "]")
    assert [c for c in "ld 7xm" if optional_words.fullmatch(c)] == ["l", "d", " ", "7"]
    assert first_characters(r"x?") is None  # may match nothing: no guard
    assert first_characters(r"[^a]b") is None  # a negated class: no guard
    assert first_characters(r"(?i:le)") is None  # flags of its own: no guard


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_the_guard_of_a_rule_changes_none_of_its_matches(rule: Rule) -> None:
    unguarded = re.compile(("" if rule.starts_itself else r"(?<![\w-])") + rule.pattern + r"(?![\w])")
    for text in [example.text for example in rule.examples] + _NEAR_MISSES:
        lower = lowered(text)
        assert [m.span() for m in rule.regex.finditer(lower)] == [m.span() for m in unguarded.finditer(lower)]


def test_leading_word_is_what_every_match_begins_with() -> None:
    from frise.temporal.grammar import leading_word

    assert leading_word(r"dans[ ]+la") == "dans"
    assert leading_word(r"ab?") == "a"  # the « b » may be missing
    assert leading_word(r"ab|cd") == leading_word(r"(?:le|du) ") == leading_word(r"\d") == ""


def test_opening_words_check_the_word_start_after_each_first_letter() -> None:
    from frise.temporal.grammar import opening_words

    assert opening_words(r"(?P<intro>le|du) x") == r"(?P<intro>l(?<![\w-]l)e|d(?<![\w-]d)u) x"
    assert opening_words(r"(?:le|d[|]u(?:x|y))z") == r"(?:l(?<![\w-]l)e|d(?<![\w-]d)[|]u(?:x|y))z"
    assert opening_words(r"(?:le|du)? x") is None  # an optional group
    assert opening_words(r"(?P<a>l?e|du)") is None  # a letter that may be missing
    assert opening_words(r"(?P<a>le|\(x)") is None  # an alternative opening on no letter
