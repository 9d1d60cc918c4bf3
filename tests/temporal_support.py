"""Shared helpers for the temporal engine's tests: the record covering some words of a text."""

from __future__ import annotations

from datetime import date

from frise.temporal import Timex, extract

D = "2017-07-06"
"""The reference most tests read against: a Thursday."""


def covering(text: str, words: str, reference: str | date | None = D) -> Timex:
    """The narrowest record of `text`, read against `reference`, that covers `words`."""
    start = text.index(words)
    end = start + len(words)
    records = [r for r in extract(text, reference) if r.start <= start and r.end >= end]
    assert records, (words, extract(text, reference))
    return min(records, key=lambda r: r.end - r.start)


def interval(text: str, words: str, reference: str | date | None = D) -> tuple[str | None, str | None]:
    """The first and last days (ISO) of the record covering `words`."""
    record = covering(text, words, reference)
    return (record.first.isoformat() if record.first else None, record.last.isoformat() if record.last else None)


def dates(text: str, reference: str | date | None = D) -> list[tuple[str, str | None, str | None]]:
    """Every date record of `text` (durations left out) as (text, first, last), days in ISO."""
    return [(t.text, t.first.isoformat() if t.first else None, t.last.isoformat() if t.last else None)
            for t in extract(text, reference) if t.kind != "duration"]
