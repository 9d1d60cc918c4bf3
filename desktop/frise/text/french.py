"""The French words every layer names: months and weekdays, as written and folded, and how a
byline opens.

The temporal engine takes its month names (with their abbreviations) from dateparser's French
data; the other layers (titles, stop words, places, typed dates) read them here rather than each
listing them again."""

from __future__ import annotations

from frise.text.folding import fold

MONTHS: tuple[str, ...] = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                           "septembre", "octobre", "novembre", "décembre")
WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

FOLDED_MONTHS: tuple[str, ...] = tuple(fold(month) for month in MONTHS)
"""« fevrier », « aout », « decembre »: as folded text spells them."""


def alternation(words: tuple[str, ...]) -> str:
    """`words` as a regular-expression alternation (« lundi|mardi|... »)."""
    return "|".join(words)


BYLINE_OPENING = r"(?:par|by)\s+(?-i:[A-ZÀ-Ý])[^|•·\n]{0,80}?\s*(?:[|•·]|\s[-–—])"
"""A byline up to the mark before its date, as many sites print it (« Par Jeanne Roy | », « Par
Jeanne Roy — »), for a case-insensitive pattern: the name opens on a capital, and a dash counts
only set apart (« Par Anne-Sophie Roy » holds one). Import reads the date after it as the
publication's; the events leave the line out."""
