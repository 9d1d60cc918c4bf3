"""When two dated statements report the same event, and when they contradict each other.

Two statements report the same event when they resemble each other (they share content words,
crudely stemmed, beyond the actors both name) and their dates are compatible: they differ only in
precision. "Début mai" (1-10 May) and "le 4 mai" agree, and the event takes the most precise
interval they agree on (4 May); "le 4 mai" and "le 6 mai" do not, nor do "les 3 et 4 mai" and
"le 4 mai" (an explicit span of days is as precise as a day: talks over two days are not the
signing on the second). Statements that resemble each other strongly but give disjoint dates a
week apart, in different articles, are kept apart and flagged as conflicting.

The thresholds count shared stems, not a weighted score: they are meant to be read and argued
with. Two statements of one article must share more than two of different articles, because an
article keeps returning to its own topic words. Two statements that both name actors must name
one in common. A statement joins an event only if it reads like at least half of the event's
reports, so that an event cannot grow by chaining (A like B, B like C, C unlike A).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

CONFLICT_WINDOW = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Report:
    """What merging needs to know of one resolved statement."""

    id: int
    article_id: int
    first: date
    last: date
    precise: bool
    actors: frozenset[str]
    terms: frozenset[str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing event and the statements it is made of."""

    event_id: int
    reports: tuple[Report, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """Join `join` (or found a new event when None); flag the events in `conflicts`."""

    join: int | None
    conflicts: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Resemblance:
    terms: int
    actors: int


def resemblance(a: Report, b: Report) -> Resemblance:
    actors = a.actors & b.actors
    return Resemblance(len(a.terms & b.terms), len(actors))


def same_event(a: Report, b: Report) -> bool:
    """Whether two statements read as reports of one event (dates aside)."""
    return _same(resemblance(a, b), a.article_id == b.article_id, _named_apart(a, b))


def _named_apart(a: Report, b: Report) -> bool:
    """Both name actors, and not one in common: not the same event, whatever the wording."""
    return bool(a.actors) and bool(b.actors) and a.actors.isdisjoint(b.actors)


def _same(r: Resemblance, one_article: bool, named_apart: bool = False) -> bool:
    if named_apart:
        return False
    if one_article:
        return r.terms >= 3
    return r.terms >= 3 or (r.terms >= 2 and r.actors >= 2)


def contradicts(a: Report, b: Report) -> bool:
    """Whether two statements of different articles look like one event dated differently."""
    if a.article_id == b.article_id or not _near_but_apart(a, b):
        return False
    return _contradicting(resemblance(a, b))


def _near_but_apart(a: Report, b: Report) -> bool:
    span = ((a.first, a.last), (b.first, b.last))
    return disjoint(*span) and gap(*span) <= CONFLICT_WINDOW


def _contradicting(r: Resemblance) -> bool:
    return r.terms >= 4 and r.actors >= 2


def agreed_interval(reports: Iterable[Report]) -> tuple[date, date] | None:
    """The most precise interval every report allows (their intersection), None if they clash."""
    first, last = date.min, date.max
    for report in reports:
        first, last = max(first, report.first), min(last, report.last)
    return (first, last) if first <= last else None


def compatible(reports: Sequence[Report], new: Report) -> bool:
    """Whether `new` dates the event of `reports` the same way, maybe more or less precisely."""
    agreed = agreed_interval(reports)
    if agreed is None:
        return False
    has_precise = any(r.precise for r in reports)
    inside = agreed[0] <= new.first and new.last <= agreed[1]
    around = new.first <= agreed[0] and agreed[1] <= new.last
    if new.precise:
        return (new.first, new.last) == agreed if has_precise else inside
    return around or (inside and not has_precise)


def decide(new: Report, candidates: Sequence[Candidate]) -> Decision:
    """Which event `new` belongs to, if any, and which events it contradicts."""
    best: tuple[int, int] | None = None
    conflicts = []
    for candidate in candidates:
        related = [r for r in candidate.reports if not new.terms.isdisjoint(r.terms)]
        if not related:
            continue  # the common case: no word in common, neither the same event nor a contradiction
        fits = compatible(candidate.reports, new)
        score, agreeing, contradicted = None, 0, False
        for report in related:
            r = resemblance(new, report)
            if fits and _same(r, new.article_id == report.article_id, _named_apart(new, report)):
                score = max(score or 0, 2 * r.terms + r.actors)
                agreeing += 1
            elif (not fits and new.article_id != report.article_id and _near_but_apart(new, report)
                  and _contradicting(r)):
                contradicted = True
        if 2 * agreeing < len(candidate.reports):
            score = None  # like one report of the event but not the others: no chaining
        if score is not None and (best is None or (score, -candidate.event_id) > (best[0], -best[1])):
            best = (score, candidate.event_id)
        if contradicted:
            conflicts.append(candidate.event_id)
    join = best[1] if best else None
    return Decision(join, tuple(c for c in conflicts if c != join))


def disjoint(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def gap(a: tuple[date, date], b: tuple[date, date]) -> timedelta:
    if not disjoint(a, b):
        return timedelta(0)
    return b[0] - a[1] if a[1] < b[0] else a[0] - b[1]


def representative(reports: Sequence[Report]) -> Report:
    """The report that shares most with the others: its passage titles the event.

    Ties go to the more precise one, then to the earliest stored.
    """
    def key(report: Report) -> tuple[int, int, int]:
        shared = sum(len(report.terms & other.terms) for other in reports if other is not report)
        return (shared, int(report.precise), -report.id)

    return max(reports, key=key)


_RANK = {"exact": 0, "approximate": 1, "assumed": 2, "unresolved": 3}


def event_certainty(reports: Sequence[tuple[date, date, str]], agreed: tuple[date, date]) -> str:
    """How sure the merged interval is: as sure as the surest report that states it exactly.

    A year assumed from the collection makes the event `assumed` only when no report of known
    year gives the same interval. An interval narrower than every report (the overlap of "début
    mai" and "la première semaine de mai") is `approximate`.
    """
    stating = [certainty for first, last, certainty in reports if (first, last) == agreed]
    if not stating:
        if all(certainty == "assumed" for _, _, certainty in reports):
            return "assumed"
        return "approximate"
    return min(stating, key=_RANK.__getitem__)
