"""Timings of the timeline widget on a large synthetic chronology, run by hand.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui.py [--events 100000] [--years 20]
        [--lanes 40] [--seed 7] [--repeat 3]

Measures, on an offscreen 1400x800 `TimelineView`:
- first paint: from `show()` to the end of the first paint (the provider is queried, the items
  split into lanes, laid out and painted);
- refresh: a filter change (the provider drops one certainty) then `refresh()` and a repaint,
  at the opening view (everything) and zoomed in to three months;
- pan: the median time of one pan step (40 px) and its repaint over 60 steps, at several zooms.
Targets (issue C): first paint < 1.5 s, refresh < 100 ms, median pan frame < 16 ms.

The provider is `ListProvider`: a sorted list, bisect, and the lane index the window's own
provider uses (a period is served as a `Subset` of the whole list, split into lanes by filtering
position lists). `benchmarks/bench_ui_store.py` measures the window on a real database.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from frise.gcpause import freeze_if_large
from frise.render.model import TimelineItem
from frise.render.provider import ListProvider, TimelineProvider
from frise.ui.timeline_view import TimelineView

WIDTH, HEIGHT = 1400, 800
TARGETS = {"first paint": 1.5, "refresh": 0.100, "pan median": 0.016}
_WORDS = (
    "sommet rencontre accord visite entretien sanctions déclaration traité conférence négociations "
    "cessez-le-feu élection réunion appel ministre président Moscou Kyiv Bruxelles Pékin gaz"
).split()


def synthetic_items(count: int, years: int, lanes: int, seed: int) -> list[TimelineItem]:
    """`count` events over `years` from 2005, most single days, some weeks or months, each with
    one to three of `lanes` actors; certainties and conflicts in plausible proportions."""
    rnd = random.Random(seed)
    actors = [f"Acteur {i:02d}" for i in range(lanes)]
    base = date(2005, 1, 1).toordinal()
    days = int(365.25 * years)
    items = []
    # Created in date order, as a store query creates them (objects then lie in memory in the
    # order the timeline walks them).
    for i, first in enumerate(sorted(base + rnd.randrange(days) for _ in range(count))):
        roll = rnd.random()
        length = 0 if roll < 0.7 else rnd.randrange(1, 12) if roll < 0.93 else rnd.randrange(12, 120)
        certainty = rnd.choices(("exact", "approximate", "assumed"), (0.75, 0.2, 0.05))[0]
        involved = tuple(rnd.sample(actors, rnd.choices((1, 2, 3), (0.5, 0.35, 0.15))[0]))
        title = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randrange(2, 7))).capitalize()
        items.append(TimelineItem(
            i + 1, date.fromordinal(first), date.fromordinal(first + length), title, certainty, involved,
            1 + rnd.randrange(3), rnd.random() < 0.02,
        ))
    return items


def memory_provider(args: argparse.Namespace) -> ListProvider:
    items = synthetic_items(args.events, args.years, args.lanes, args.seed)
    provider = ListProvider(items)
    # As the window does with a loaded snapshot (frise.ui.session._load): the long-lived items
    # are moved out of the cyclic collector's sight, so that its full passes do not walk them in
    # the middle of a measured frame.
    freeze_if_large(len(items))
    return provider


PROVIDERS: dict[str, Callable[[argparse.Namespace], TimelineProvider]] = {"memory": memory_provider}


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


class _CountingView(TimelineView):
    """Counts its paints, so that the first one can be waited for."""

    painted = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted += 1


def first_paint(app: QApplication, provider: TimelineProvider) -> tuple[TimelineView, float]:
    """From `show()` to the end of the first paint, as the event loop delivers it."""
    view = _CountingView()
    view.resize(WIDTH, HEIGHT)
    view.set_provider(provider)

    def show_and_paint() -> None:
        view.show()
        deadline = time.perf_counter() + 10.0
        while not view.painted and time.perf_counter() < deadline:
            app.processEvents()

    seconds = timed(show_and_paint)
    if not view.painted:
        raise RuntimeError("the view was never painted")
    return view, seconds


def painted(view: TimelineView) -> None:
    """Deliver the update the last change asked for, as the event loop does: the dirty region
    is painted (not the whole widget, as `repaint()` would: the lanes' scroll bar over the right
    edge is not part of a pan frame)."""
    before = view.painted  # type: ignore[attr-defined]
    QApplication.processEvents()
    if view.painted == before:  # type: ignore[attr-defined]
        raise RuntimeError("the change asked for no repaint")


def refresh(view: TimelineView, provider: ListProvider, certainty: str) -> float:
    """A filter change as the filter panel makes it, then the repaint it causes."""
    provider.set_filter(lambda item: item.certainty != certainty)

    def refresh_and_paint() -> None:
        view.refresh()
        painted(view)

    return timed(refresh_and_paint)


def pan_frames(view: TimelineView, steps: int = 60, dx: float = 40.0) -> list[float]:
    """Pan steps of `dx` px, each repainted; 60 x 40 px crosses the laid-out margin twice."""
    frames = []
    for _ in range(steps):
        frames.append(timed(lambda: (view.pan(-dx), painted(view))))
    return frames


def zoom_to(view: TimelineView, app: QApplication, middle: date, days: int) -> None:
    view.set_visible_range(middle - timedelta(days=days // 2), middle + timedelta(days=days - days // 2))
    view.repaint()
    app.processEvents()


def run(args: argparse.Namespace) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    made = time.perf_counter()
    provider = PROVIDERS[args.provider](args)
    print(f"{args.events:,} events, {args.lanes} lanes, {args.years} years "
          f"(made in {time.perf_counter() - made:.1f} s; provider: {args.provider})")
    results: dict[str, float] = {}
    firsts = []
    for _ in range(args.repeat):
        view, seconds = first_paint(app, provider)
        firsts.append(seconds)
        view.close()
        view.deleteLater()
        app.processEvents()
    results["first paint"] = statistics.median(firsts)
    view, _ = first_paint(app, provider)
    assert isinstance(provider, ListProvider), "refresh needs a filterable provider"
    whole = [refresh(view, provider, c) for c in ("approximate", "assumed", "exact", "assumed")]
    provider.set_filter(None)
    view.refresh()
    middle = date(2005 + args.years // 2, 6, 1)
    zoom_to(view, app, middle, 90)
    zoomed = [refresh(view, provider, c) for c in ("approximate", "assumed", "exact", "assumed")]
    results["refresh"] = statistics.median(whole)
    results["refresh (3 months)"] = statistics.median(zoomed)
    provider.set_filter(None)
    view.refresh()
    for label, days in (("pan median", 365), ("pan median (3 months)", 90), ("pan median (2 weeks)", 14)):
        zoom_to(view, app, middle, days)
        frames = pan_frames(view)
        results[label] = statistics.median(frames)
        results[label.replace("median", "worst")] = max(frames)
    view.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--lanes", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--provider", choices=sorted(PROVIDERS), default="memory")
    args = parser.parse_args(argv)
    results = run(args)
    failed = False
    for label, seconds in results.items():
        target = TARGETS.get(label)
        verdict = "" if target is None else ("  ok" if seconds < target else f"  OVER {target * 1000:.0f} ms")
        failed |= target is not None and seconds >= target
        print(f"{label:28s} {seconds * 1000:8.1f} ms{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
