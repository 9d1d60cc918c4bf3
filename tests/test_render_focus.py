"""The period a timeline opens on: the densest stretch, or None to fit everything."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from frise.render.focus import densest_period


def days(*values: date) -> list[int]:
    return [d.toordinal() for d in values]


def test_a_far_outlier_does_not_squeeze_the_story() -> None:
    story = [date(2017, 5, d) for d in (2, 3, 3, 4, 4, 6, 18)] + [date(2017, 7, d) for d in (1, 6, 7, 10)]
    firsts = days(date(2015, 9, 1), date(2017, 1, 1), *story)
    lasts = list(firsts)
    lasts[0] = date(2015, 9, 30).toordinal()  # "septembre 2015"
    period = densest_period(firsts, lasts)
    assert period is not None
    assert date.fromordinal(period[0]) == date(2017, 5, 2) and date.fromordinal(period[1] - 1) == date(2017, 7, 10)


def test_an_even_spread_or_few_events_fit_everything() -> None:
    even = [date(2017, m, 15).toordinal() for m in range(1, 13)]
    assert densest_period(even, even) is None
    few = days(date(2015, 1, 1), date(2017, 5, 1), date(2017, 5, 2))
    assert densest_period(few, few) is None


def test_the_period_covers_the_last_day_of_long_events_inside_it() -> None:
    firsts = days(date(2010, 1, 1), *[date(2017, 5, d) for d in range(1, 10)])
    lasts = list(firsts)
    lasts[3] = date(2017, 6, 30).toordinal()
    period = densest_period(firsts, lasts)
    assert period is not None and period[1] == date(2017, 7, 1).toordinal()


@given(st.lists(st.integers(min_value=700_000, max_value=740_000), min_size=0, max_size=200),
       st.integers(min_value=1, max_value=10))
def test_the_period_always_holds_the_share_asked(values: list[int], min_events: int) -> None:
    firsts = sorted(values)
    period = densest_period(firsts, firsts, min_events=min_events)
    if period is None:
        return
    inside = sum(period[0] <= day < period[1] for day in firsts)
    assert inside >= 0.8 * len(firsts)
    assert period[1] - period[0] <= 0.5 * (firsts[-1] + 1 - firsts[0])
