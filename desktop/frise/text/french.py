"""The French words every layer names: months and weekdays, as written and folded.

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
