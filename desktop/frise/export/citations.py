"""Numbered references to the articles, shared by every export so that [3] means one article.

Articles are numbered in order of first citation, as endnotes are: the reader meets [1] first,
and the list of sources at the end reads in the same order as the chronology.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from frise.events.model import Event


def number_sources(events: Sequence[Event]) -> dict[int, int]:
    """Article id -> reference number (from 1), for the articles `events` cite, in citation order."""
    numbers: dict[int, int] = {}
    for event in events:
        for source in event.sources:
            if source.article_id not in numbers:
                numbers[source.article_id] = len(numbers) + 1
    return numbers


def references(event: Event, numbers: Mapping[int, int]) -> list[int]:
    """The reference numbers of an event's sources, ascending and without repeats."""
    return sorted({numbers[s.article_id] for s in event.sources if s.article_id in numbers})


def clean(text: str) -> str:
    """A passage on one line: articles break lines and double spaces where print must not."""
    return " ".join(text.split())
