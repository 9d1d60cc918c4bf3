"""An article's way to its statements, in one direction, as pure functions: text -> dates ->
statements (each with its title, kind, importance, participants and places) -> what merging
reads of them. `frise-cli import` (through `frise.library`) and the corpus pipeline on Dask call
the same functions, so an archive read on a cluster gives the events an import gives.

What needs the collection (the year of an article nobody dated, where a statement goes among the
stored events) stays with the library and the store; everything an article says by itself is here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from frise.events.actors import Gazetteer
from frise.events.kinds import names_agreement
from frise.events.mentions import ActorSpan, build_mentions, is_precise, needs_year
from frise.events.merge import Report, place_key
from frise.events.model import Mention
from frise.temporal import Reference, Timex, extract


@dataclass(frozen=True, slots=True)
class Reading:
    """What one article says by itself: its statements, the actors it names, its date
    expressions, and whether some of them lack only their year (an undated article's « le 3 mai »)."""

    mentions: list[Mention]
    actors: list[ActorSpan]
    timexes: list[Timex]
    needs_year: bool


def actor_spans(text: str, gazetteer: Gazetteer) -> list[ActorSpan]:
    """The actors `text` names, where it names them."""
    return [ActorSpan(m.start, m.end, m.actor.key, m.actor.country or None) for m in gazetteer.find(text)]


def read_article(text: str, content_hash: str, reference: Reference, gazetteer: Gazetteer) -> Reading:
    """An article's statements resolved against `reference` (its publication date, or
    `Reference.unknown()`), with nothing assumed."""
    spans = actor_spans(text, gazetteer)
    timexes = extract(text, reference)
    mentions = build_mentions(text, content_hash, timexes, spans, reference=reference.day)
    return Reading(mentions, spans, timexes, reference.precision == "unknown" and needs_year(timexes))


def sides_of(keys: Iterable[str], gazetteer: Gazetteer) -> frozenset[str]:
    """The states or organisations these actors belong to (« Emmanuel Macron », « l'Élysée »:
    country:FR), and those that belong to none (see `merge.Report.sides`)."""
    sides = set()
    for key in keys:
        actor = gazetteer.get(key)
        sides.add(actor.country if actor is not None and actor.country else key)
    return frozenset(sides)


def report_of(mention: Mention, report_id: int, article_id: int, sides: frozenset[str] = frozenset()) -> Report:
    """What merging reads of a resolved statement."""
    assert mention.first is not None and mention.last is not None
    return Report(report_id, article_id, mention.first, mention.last, mention.precise,
                  frozenset(mention.actors), mention.terms, mention.happening, sides,
                  frozenset(map(place_key, mention.places)), frozenset(mention.implied),
                  names_agreement(mention.passage, mention.start - mention.passage_start))


SAMPLE_WEEK = date(2021, 6, 7)
"""A Monday away from a month's ends: the days an undated article's statements are tried on."""


def may_coincide(a: Mention, b: Mention) -> bool:
    """Whether two statements an undated article leaves unresolved may date one happening: read
    against each day of one week as the article's own, their intervals agree as merging wants
    (the same days, or one inside the other when that one is not precise, `merge.compatible`)
    on most of them. « À partir de mardi » and « la semaine prochaine » in future clauses do
    from Wednesday on; « vendredi » in a past clause and « la semaine prochaine » never do, nor
    « le 4 mai » and « les 3 et 4 mai » (talks over two days are not the signing on the second).
    Two dates of one sentence never do: each dates a happening of its own clause (« a annoncé
    mardi qu'il recevrait le même jour »)."""
    if (a.passage_start, a.passage_end) == (b.passage_start, b.passage_end):
        return False
    agreed = 0
    for offset in range(7):
        reference = Reference.parse((SAMPLE_WEEK + timedelta(days=offset)).isoformat())
        first, second = _read_as(a, reference), _read_as(b, reference)
        if first is not None and second is not None and (_within(first, second) or _within(second, first)):
            agreed += 1
    return agreed >= 4


def _within(inner: tuple[date, date, bool], outer: tuple[date, date, bool]) -> bool:
    """Whether `inner` says the days of `outer` more or as precisely (see `merge.compatible`)."""
    if inner[:2] == outer[:2]:
        return True
    return not outer[2] and outer[0] <= inner[0] and inner[1] <= outer[1]


def _read_as(mention: Mention, reference: Reference) -> tuple[date, date, bool] | None:
    """The interval of a statement's expression, and whether it is precise, its passage read
    against `reference`."""
    start = mention.start - mention.passage_start
    for timex in extract(mention.passage, reference):
        if timex.start == start and timex.first is not None and timex.last is not None:
            return timex.first, timex.last, is_precise(timex)
    return None
