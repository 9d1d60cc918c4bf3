"""Metrics: the one conversion between days and pixels, and the axis built on it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frise.render.axis import Words, axis_ticks, choose_scale
from frise.render.metrics import Bounds, Metrics, to_date

D = float(date(2017, 1, 1).toordinal())


@settings(max_examples=100, deadline=None)
@given(
    start=st.floats(700_000, 750_000), ppd=st.floats(0.001, 500), width=st.floats(50, 4000),
    x0=st.floats(0, 300), x=st.floats(-5000, 5000),
)
def test_day_and_x_round_trip(start: float, ppd: float, width: float, x0: float, x: float) -> None:
    m = Metrics(start, ppd, width, x0)
    assert m.x(m.day(x)) == pytest.approx(x, abs=1e-6 * max(1.0, abs(x)) + 1e-4)
    assert m.x(m.start) == pytest.approx(x0)
    assert m.x(m.end) == pytest.approx(x0 + width)


def test_x_clamped_stays_near_the_device() -> None:
    m = Metrics(D, 1000.0, 800.0)
    assert m.x_clamped(D + 10_000_000) <= 800.0 + 1.0e6
    assert m.x_clamped(D - 10_000_000) >= -1.0e6
    assert to_date(-5.0) == date.min and to_date(1e12) == date.max


def test_zoom_keeps_the_day_under_the_cursor() -> None:
    m = Metrics(D, 2.0, 1000.0, 100.0)
    anchor = m.day(430.0)
    for factor in (1.25, 3.0, 0.4):
        zoomed = m.zoomed(factor, 430.0)
        assert zoomed.day(430.0) == pytest.approx(anchor)
        assert zoomed.ppd == pytest.approx(m.ppd * factor)


def test_zoom_is_clamped_by_bounds() -> None:
    bounds = Bounds(first=D, last=D + 365, min_days=2.0, max_days=1000.0)
    m = Metrics(D, 2.0, 1000.0)
    assert m.zoomed(1000.0, 500.0, bounds).days == pytest.approx(2.0)
    assert m.zoomed(0.0001, 500.0, bounds).days == pytest.approx(1000.0)


def test_pan_moves_content_and_stops_at_the_bounds() -> None:
    bounds = Bounds(first=D, last=D + 365)
    m = Metrics(D + 100, 10.0, 1000.0)
    assert m.panned(50.0).start == pytest.approx(D + 95)
    far = m.panned(1.0e7, bounds)
    assert far.end > D  # part of the span stays in view
    far = m.panned(-1.0e7, bounds)
    assert far.start < D + 366


def test_fit_shows_the_period_with_margins() -> None:
    m = Metrics.fit(D, D + 100, 1000.0, 50.0, margin=0.05)
    assert m.x(D) == pytest.approx(100.0)
    assert m.x(D + 100) == pytest.approx(1000.0)


@pytest.mark.parametrize(
    ("days", "major", "minor"),
    [(3, "month", "day"), (30, "month", "day"), (120, "month", "day"), (700, "year", "month"),
     (7300, "year", "quarter"), (60_000, "decade", "year")],
)
def test_axis_units_follow_the_zoom(days: int, major: str, minor: str) -> None:
    scale = choose_scale(1400.0 / days)
    assert (scale.major, scale.minor) == (major, minor)


def _labels(days: float, width: float = 1400.0) -> tuple[list[str], list[str]]:
    ticks = axis_ticks(Metrics(D, width / days, width), Words.french())
    return [t.label for t in ticks.major], [t.label for t in ticks.minor]


def test_axis_labels_are_french() -> None:
    major, minor = _labels(45)
    assert "janvier 2017" in major and "février 2017" in major
    assert "1er" in minor and "4" in minor
    major, minor = _labels(400)
    assert "2017" in major and "mai" in minor and "décembre" in minor
    major, minor = _labels(1100)
    assert "janv." in minor and "févr." in minor and "juil." in minor
    major, minor = _labels(3)
    assert major[0] == "janvier 2017" and "dim. 1er" in minor


def test_deep_zoom_stops_at_days_unless_events_carry_a_time() -> None:
    """Events known to the day only were drawn on 6 h / 12 h / 18 h ticks at deep zoom."""
    m = Metrics(D, 1400.0 / 2, 1400.0)
    ticks = axis_ticks(m)
    assert (ticks.scale.major, ticks.scale.minor) == ("month", "day")
    assert not any(t.label.endswith(" h") for t in ticks.minor)
    hours = axis_ticks(m, hours=True)
    assert hours.scale.minor == "hour" and hours.major[0].label == "dimanche 1er janvier 2017"


def test_axis_ticks_are_ordered_and_cover_the_view() -> None:
    m = Metrics(D, 0.5, 1400.0)
    ticks = axis_ticks(m)
    xs = [t.x for t in ticks.minor]
    assert xs == sorted(xs)
    assert xs[0] <= 0.0 + 31 * m.ppd and xs[-1] >= 1400.0 - 31 * m.ppd
