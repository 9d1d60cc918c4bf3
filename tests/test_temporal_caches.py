"""The engine's caches give what the uncached reading gives, on inputs where a careless key would not."""

from __future__ import annotations

import re
from datetime import date

from frise.temporal import resolve
from frise.temporal.grammar import lowered
from frise.temporal.model import Reference
from frise.temporal.resolve import Resolver
from frise.temporal.rules import RULES


def test_iso_values_are_those_formatted_without_the_cache() -> None:
    # A year of None, a day of None or left out, and the calendar's ends: each its own value.
    cases = [(2017, 5), (2017, 5, None), (2017, 5, 3), (None, 5), (None, 5, 3), (1, 1, 1), (9999, 12, 31), (17, 5)]
    for args in cases * 2:  # the second time from the cache
        assert resolve._iso(*args) == resolve._iso.__wrapped__(*args), args


def _surveyed(text: str) -> list[re.Match[str]]:
    lower = lowered(text)
    found = [(m.start(), -m.end(), order, m) for order, rule in enumerate(RULES) if rule.survey
             for m in rule.regex.finditer(lower)]
    return [m for *_, m in sorted(found, key=lambda f: f[:3])]


def _survey_without_runs(resolver: Resolver, explicit: list[re.Match[str]]) -> tuple[dict[int, int], dict[int, date]]:
    """`Resolver._survey` as it read every match before it looked the groups up once per run."""
    month_years: dict[int, int] = {}
    weekday_dates: dict[int, date] = {}
    probe = Resolver.__new__(Resolver)
    probe.__dict__.update(resolver.__dict__, month_years=month_years, weekday_dates=weekday_dates)
    for m in explicit:  # one match at a time: runs of one, so the groups are looked up for each
        Resolver._survey(probe, [m])
    return month_years, weekday_dates


def test_the_survey_reads_each_match_by_its_own_rule_when_rules_alternate() -> None:
    # Matches of several surveying rules interleaved (a month with its year, a day with its
    # year, a dated weekday, a range of days): groups kept from one rule for the next would miss
    # or misread the years and dated weekdays.
    text = ("En mai 2015, puis le 3 juin 2016 et du 4 au 6 août 2014, mardi 4 juillet 2017, "
            "mars 2013, le 9 septembre 2012, lundi 3 juillet, entre le 2 et le 4 octobre 2011, octobre 2010.")
    for reference in ("2017-07-06", None):
        ref = Reference.parse(reference)
        explicit = _surveyed(text)
        assert len({m.re.pattern for m in explicit}) >= 3  # the runs really alternate
        resolver = Resolver(text, ref, explicit)
        assert (resolver.month_years, resolver.weekday_dates) == _survey_without_runs(resolver, explicit)
        assert resolver.month_years[5] == 2015 and resolver.month_years[6] == 2016
