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

from frise.events.actors import Gazetteer
from frise.events.mentions import ActorSpan, build_mentions, needs_year
from frise.events.merge import Report
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
    return [ActorSpan(m.start, m.end, m.actor.key) for m in gazetteer.find(text)]


def read_article(text: str, content_hash: str, reference: Reference, gazetteer: Gazetteer) -> Reading:
    """An article's statements resolved against `reference` (its publication date, or
    `Reference.unknown()`), with nothing assumed."""
    spans = actor_spans(text, gazetteer)
    timexes = extract(text, reference)
    mentions = build_mentions(text, content_hash, timexes, spans)
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
                  frozenset(mention.actors), mention.terms, mention.happening, sides)
