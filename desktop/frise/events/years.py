"""Which year an article with no date and no year of its own most likely speaks of.

An undated article saying "le 4 mai" is read in the light of the collection it came with:

1. the year in which its statements meet the events other articles report (if "le 4 mai, ...
   ont signé un mémorandum" matches a memorandum signed on 4 May 2017 elsewhere, it is 2017);
2. failing that, the year most of the collection's dated articles were published in;
3. failing that, the year most of the collection's explicitly dated statements fall in.

With no evidence at all there is no year: the expressions stay unresolved rather than invented.
The result is always marked as assumed, and the user's own date for the article replaces it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date

MAX_CANDIDATES = 3
_YEARLESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")


def candidate_years(published: Mapping[int, int], explicit: Mapping[int, int]) -> list[int]:
    """The few years worth trying, most frequent first (publication years before text years).

    `published` counts the collection's articles by publication year, `explicit` its dated
    statements by year.
    """
    published_counts = Counter(published)
    explicit_counts = Counter(explicit)
    ranked = sorted(
        set(published_counts) | set(explicit_counts),
        key=lambda y: (-published_counts[y], -explicit_counts[y], -y),
    )
    return ranked[:MAX_CANDIDATES]


def choose_year(
    matches: Mapping[int, int], published: Mapping[int, int], explicit: Mapping[int, int]
) -> int | None:
    """The assumed year, from how many statements meet other articles' events in each year."""
    published_counts = Counter(published)
    explicit_counts = Counter(explicit)
    if any(count > 0 for count in matches.values()):
        return max(
            matches,
            key=lambda y: (matches[y], published_counts[y], explicit_counts[y], y),
        )
    for counts in (published_counts, explicit_counts):
        counts = Counter({year: n for year, n in counts.items() if n > 0})
        if counts:
            return max(counts, key=lambda y: (counts[y], y))
    return None


def days_in_year(value: str | None, year: int) -> tuple[date, date] | None:
    """The interval a yearless day or span of days (`XXXX-05-04`, `XXXX-05-03/XXXX-05-04`) has
    in `year`, for trying years cheaply; None for anything else (months, invalid days)."""
    if not value:
        return None
    days = []
    for part in value.split("/"):
        match = _YEARLESS_DAY.match(part)
        if match is None:
            return None
        try:
            days.append(date(year, int(match.group(1)), int(match.group(2))))
        except ValueError:
            return None  # 29 February in a common year
    return (days[0], days[-1]) if days[0] <= days[-1] else None
