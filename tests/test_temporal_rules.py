"""Every rule of the grammar's table (frise/temporal/rules.py) reads its own examples as it says.

A rule's declaration holds its pattern, head words, handler and examples together; this runs the
examples, so a declaration whose examples fail, or that has none, fails here.
"""

from __future__ import annotations

import pytest

from frise.temporal import extract
from frise.temporal.grammar import lowered
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
