"""How the engine scans a text: the trie its word lists are written as, the head words found in
one pass, and the stretches each rule runs over (frise/temporal/lexicon.py, grammar.py,
engine.py). What they find must be what a plain alternation over the whole text would."""

from __future__ import annotations

import gc
import re
import re._parser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frise.temporal import extract
from frise.temporal.grammar import (
    MONTH_NAME,
    UNIT,
    WEEKDAY_NAME,
    WINDOW,
    first_character_code,
    lowered,
    trigger,
)
from frise.temporal.lexicon import _symbols, fold, regex_alternation
from frise.temporal.rules import RULES, TRIGGER, Rule

WORDS = ["an", "ans", "année", "années", "mai", "mars", "mardi", "mercredi", "sept", "septembre", "été", "jour-là",
         "aujourd'hui"]


def _plain(words: list[str]) -> re.Pattern[str]:
    """The alternation the trie stands for, written flat: every spelling, each vowel with or
    without its accents, longest first."""
    spellings = sorted({w for word in words for w in (word, fold(word))}, key=len, reverse=True)
    return re.compile("|".join(dict.fromkeys("".join(_symbols(w)) for w in spellings)))


def test_the_trie_accepts_every_word_with_or_without_accents_and_nothing_else() -> None:
    trie = re.compile(regex_alternation(WORDS))
    for word in WORDS:
        assert trie.fullmatch(word) and trie.fullmatch(fold(word)), word
    assert trie.fullmatch("aujourd’hui") and trie.fullmatch("ÉTÉ".lower())
    for other in ("a", "anné", "ma", "sep", "septembr", "jour", "mardis"):
        assert not trie.fullmatch(other), other


@given(st.text(alphabet="anéesmirdjoutp -'lcb", max_size=40))
def test_the_trie_prefers_the_longest_word_as_the_plain_alternation_does(text: str) -> None:
    trie, plain = re.compile(regex_alternation(WORDS)), _plain(WORDS)
    for position in range(len(text) + 1):
        ours, theirs = trie.match(text, position), plain.match(text, position)
        assert (ours and ours.group()) == (theirs and theirs.group()), (text, position)


def test_the_trigger_names_each_head_by_its_kind() -> None:
    found = trigger([MONTH_NAME, WEEKDAY_NAME, UNIT]).heads("lundi 3 fevr 2017, deux années en août, mais pas mardis")
    assert [kind for *_, kind in found] == ["weekday", "month", "unit", "month"]


def test_a_rule_stretch_never_ends_inside_a_word() -> None:
    """« mais » where the stretch around « novembre » would end after its « mai »."""
    lead = "Le sommet a eu lieu en novembre"
    filler = " et rien n'a été conclu " + "x" * (WINDOW - 4 - len(" et rien n'a été conclu ")) + " "
    text = lead + filler + "mais les négociations continuent."
    assert text.index("mais") == len(lead) + WINDOW - 3
    found = [t.text for t in extract(text, "2018-12-11")]
    assert found == ["novembre", "été"] or found == ["novembre"], found
    assert "mai" not in found


@pytest.mark.parametrize("rule", [rule for rule in RULES if rule.starts_itself], ids=lambda rule: rule.name)
def test_a_rule_that_starts_itself_still_reads_whole_words_only(rule: Rule) -> None:
    """The word start its pattern checks after its first digit is the one compile_rule would add."""
    for example in rule.examples:
        text = lowered(example.text)
        found = rule.regex.search(text)
        assert found, text
        for glue in ("x", "-", "é"):
            glued = text[:found.start()] + glue + text[found.start():]
            assert not any(m.start() == found.start() + 1 for m in rule.regex.finditer(glued)), glued


@pytest.mark.parametrize("text", [
    "La pluie battait sa face soir après soir.",  # « ce soir » inside « face »
    "Le titre de France Soir était connu de tous.",
    "Ils se sont retrouvés à la veilleuse.",  # « à la veille » opening « veilleuse »
    "Les lendemains qui chantent sont loin.",
])
def test_each_alternative_of_a_rule_is_whole_words(text: str) -> None:
    """A rule written as alternatives (« hier|…|ce soir ») checks the start and the end of its
    word for each of them, not only the first and the last (grammar.compile_rule)."""
    assert extract(text, "2017-07-06") == []


def test_an_alternative_still_dates_where_it_stands_alone() -> None:
    found = extract("Le président parlera ce soir. Au lendemain du vote, rien.", "2017-07-06")
    assert [t.text for t in found] == ["ce soir", "Au lendemain"]


_RULE_WORDS = sorted({word for rule in RULES for example in rule.examples
                      for word in re.findall(r"\w+|[^\w\s]", lowered(example.text))})


_PLAIN = [(regex, re.compile(regex.pattern)) for regex in [rule.regex for rule in RULES] + [TRIGGER.regex]]
"""Each pattern as searched, and as re.compile gives it (compiled once: the rules are long)."""


@given(st.lists(st.sampled_from(_RULE_WORDS + [" ", "  ", "-", "\u00a0", "٣", "x"]), max_size=60))
def test_a_pattern_searched_by_its_first_character_finds_what_the_plain_one_finds(words: list[str]) -> None:
    """The search block `searched_by_first_character` adds only skips places where the pattern's
    own lookahead fails: every rule, and the trigger, find the same matches, groups and all."""
    text = " ".join(words)
    for regex, plain in _PLAIN:
        found = [(m.span(), m.groups()) for m in regex.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], regex.pattern[:60]
        for start in (1, len(text) // 2):
            assert [m.span() for m in regex.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


def test_most_rules_are_searched_by_their_first_character() -> None:
    """The rules opening on a lookbehind and a lookahead for their first characters get the search
    block (a compiler whose internals changed would silently lose it: this says so)."""
    guarded = [rule for rule in RULES if rule.regex.pattern.startswith(r"(?<![\w-])(?=[")]
    assert guarded
    for rule in guarded:
        plain = re.compile(rule.regex.pattern)
        assert first_character_code(re._parser.parse(rule.regex.pattern))[1], rule.name
        assert (rule.regex.pattern, rule.regex.flags, rule.regex.groupindex, rule.regex.groups) \
            == (plain.pattern, plain.flags, plain.groupindex, plain.groups)


def test_extract_pauses_the_cyclic_collector_only_while_it_runs() -> None:
    """The pause around extract() ends with it, leaves a collector paused by the caller paused,
    and changes nothing it finds."""
    text = "Le sommet du 3 mai 2017 a été reporté au lendemain, puis à mardi. " * 20
    assert gc.isenabled()
    found = extract(text, "2017-07-06")
    assert gc.isenabled()
    gc.disable()
    try:
        assert extract(text, "2017-07-06") == found
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert extract("", None) == [] and gc.isenabled()
