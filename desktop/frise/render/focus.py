"""Where a timeline should open: the densest stretch of time, not the whole span.

A collection is rarely spread evenly. The seed articles report a dozen events between May and
July 2017 and, in passing, one in September 2015 ("engagée militairement depuis septembre
2015"): fitting everything squeezes the dozen into a few pixels where they gather into
clusters. The timeline therefore opens on the shortest period holding most events, and only
when that period is much shorter than the whole; "Tout afficher" and the overview strip still
give the whole span. A sliding window over the sorted first days finds it in linear time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: Share of the events the opening period must hold.
SHARE = 0.8
#: Below this many events the whole span is shown: outliers cannot be told from the story.
MIN_EVENTS = 8
#: The opening period is used only when it is at most this share of the whole span.
MAX_RATIO = 0.5


def densest_period(
    firsts: Sequence[int], lasts: Sequence[int], *, share: float = SHARE, min_events: int = MIN_EVENTS,
    max_ratio: float = MAX_RATIO,
) -> tuple[int, int] | None:
    """The shortest [first, end) in day ordinals that holds `share` of the events, or None when
    fitting everything is better (few events, or no period much shorter than the whole).

    `firsts` must be sorted; `lasts[i]` is the last day of the event starting on `firsts[i]`.
    """
    count = len(firsts)
    if count < min_events or count != len(lasts):
        return None
    whole = (firsts[0], max(lasts) + 1)
    wanted = min(count, max(1, math.ceil(count * share - 1e-9)))
    best = 0
    for start in range(1, count - wanted + 1):
        if firsts[start + wanted - 1] - firsts[start] < firsts[best + wanted - 1] - firsts[best]:
            best = start
    window = range(best, best + wanted)
    period = (firsts[best], max(lasts[i] for i in window) + 1)
    if (period[1] - period[0]) > max_ratio * (whole[1] - whole[0]):
        return None
    return period
