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
one in common, or one of the same side (`Report.sides`: « Emmanuel Macron » and « l'Élysée » are
both France), and actors in common are counted by side when that finds more. A statement joins an
event only if it reads like at least half of the event's reports, so that an event cannot grow by
chaining (A like B, B like C, C unlike A).

An article tells its news more than once (« dimanche » in the lead, « dimanche 19 janvier » further
down): two statements of one article on exactly the same precise day or days are one happening
(`one_happening`) when they share two words, or tell the same kind of happening with a word or an
actor in common; such a statement joins its own article's event first, whatever other outlets'
reports of it say. Outlets word one summit differently: two reports of different articles on the
same precise day, both of a meeting and naming two parties in common, are one event with no word
in common (`one_meeting`). Two outlets' reports of a month and of the year holding it, at the same
place and of the same party, are one event with only the place in common when one of them has
neither kind nor actor of its own (`one_period_placed`: « elle », talks named sentences before).
An outlet naming an agreement by its day (« l'accord du 12 août », « le texte signé le 12 août »)
means the one made that day: with another outlet's report of an agreement that day, a word and a
party in common, it is one event (`one_agreement_named`).
Undated statements of one article saying the same expression of the same happening, or
expressions that may date the same days, are one event too (`undated_groups`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice

from frise.events.kinds import REPLIES
from frise.events.model import Event
from frise.events.terms import terms as content_terms
from frise.text.folding import strip_accents

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
    happening: str | None = None  # its kind of happening (events/kinds.py), None without a cue
    sides: frozenset[str] = frozenset()
    """The states or organisations its actors belong to (« Emmanuel Macron », « l'Élysée » ->
    country:FR), with the actors that belong to none; empty means its actors themselves."""
    places: frozenset[str] = frozenset()
    """Where its passage says it happened (`Mention.places`, « à Genève »), folded (`place_key`)."""
    implied: frozenset[str] = frozenset()
    """The party its article is about, when it names no one (`Mention.implied`)."""
    names_agreement: bool = False
    """Whether its date names an agreement by its day (`kinds.names_agreement`: « l'accord du 12 août »)."""

    def parties(self) -> frozenset[str]:
        return self.sides or self.actors


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
    passed: tuple[int, ...] = ()
    """Events `Pool.decide` weighed for joining and did not join (its choice had more in common)."""


@dataclass(frozen=True, slots=True)
class Resemblance:
    terms: int
    actors: int


def resemblance(a: Report, b: Report) -> Resemblance:
    actors = a.actors & b.actors
    return Resemblance(len(a.terms & b.terms), len(actors))


def same_event(a: Report, b: Report) -> bool:
    """Whether two statements read as reports of one event (dates aside)."""
    if _answers(a.happening, b.happening):
        return False
    if one_happening(a, b) or one_meeting(a, b) or one_day_told(a, b) or one_period_told(a, b) \
            or one_period_placed(a, b) or one_agreement_named(a, b):
        return True
    return _same(resemblance(a, b), a.article_id == b.article_id, _named_apart(a, b))


def one_day_told(a: Report, b: Report) -> bool:
    """Whether two outlets tell one happening of the same precise day in two words they share,
    of the same kind and with one party in common (« Le sommet avait été annulé le 24 mai par
    Donald Trump », « Le 24 mai, Donald Trump annulait le sommet dans une lettre à Kim Jong-un »):
    what two words and two parties make one event on any day, two words, the day itself and the
    kind make on that day. A report that names no one (« La cérémonie de signature est prévue le
    22 avril à New York ») has no party to share, and none to name apart: the words, the day and
    the kind decide; one that names no one and has no kind either (« elle avait abouti le 3 mai
    à un compromis », its subject a negotiation named sentences before) says only its words and its
    day, and is told by another outlet's report of any kind that shares two of them
    (`_told_alike`). A night or a week (« une semaine plus tard ») tells the day another outlet
    gives inside it (`_told_days`)."""
    if a.article_id == b.article_id or not _told_days(a, b):
        return False
    return (_told_alike(a, b) and len(a.terms & b.terms) >= 2
            and not _named_apart(a, b) and (bool(a.parties() & b.parties()) or not a.actors or not b.actors))


def one_period_told(a: Report, b: Report) -> bool:
    """Whether two outlets tell one happening of a month or a year, the one inside the other, in
    two words they share, with a party in common and of the same kind, or both without one
    (« La conférence de Copenhague s'était achevée en 2009 sur un échec », « En décembre 2009,
    la conférence danoise avait tourné à l'échec »): what the day does for `one_day_told`, a
    party does here. Dates aside, as for `same_event`: `_fits` checks them."""
    if a.article_id == b.article_id or a.precise or b.precise or len(a.terms & b.terms) < 2:
        return False
    return _loosely_alike(a, b) and bool(a.parties() & b.parties())


def one_period_placed(a: Report, b: Report) -> bool:
    """Whether two outlets tell one happening of a month or a year, the one inside the other, at
    the same place (`Report.places`), of the same kind or one of them with neither kind nor actor
    of its own (`_placed_alike`), and a party in common, the party its article is about standing in for a
    report that names no one (`Report.implied`): « Lancée à Vienne en mars 2015, elle avait duré
    des mois », its subject talks named sentences before, in an article about Iran, and « Il y a
    dix ans, à Vienne, les pourparlers avec l'Iran commençaient ». The place they both name is a
    word in common, and says more than most. Dates aside, as for `same_event`: `_fits` checks them."""
    if a.article_id == b.article_id or a.precise or b.precise:
        return False
    return _placed_alike(a, b) and _placed_parties(a, b)


def one_agreement_named(a: Report, b: Report) -> bool:
    """Whether two outlets tell one agreement of the same day: one names an agreement by its date
    (`Report.names_agreement`: « l'accord de cessez-le-feu du 12 août », « le texte négocié le 12
    août »), and the other does too or tells an agreement, on exactly the same precise day or days,
    or a week at most holding them (`_told_days`: « le compromis trouvé la semaine dernière »),
    with a word and a party in common, the party its article is about standing in for a report
    that names no one (`Report.implied`). An outlet naming an agreement by its day means the one
    made that day, whatever its clause does with it (« Prévues par l'accord du 12 août, les
    discussions se sont ouvertes mercredi »), in words of its own. Dates aside, as for
    `same_event`: `_fits` checks them."""
    if a.article_id == b.article_id or a.terms.isdisjoint(b.terms) or not _told_days(a, b):
        return False
    return _agreement_named(a, b) and _placed_parties(a, b)


def _agreement_named(a: Report, b: Report) -> bool:
    """The kinds of `one_agreement_named`: one report names an agreement by its date, the other
    too or tells one, and neither is a reply."""
    if a.happening in REPLIES or b.happening in REPLIES:
        return False
    return (a.names_agreement and (b.names_agreement or b.happening == "agreement")
            or b.names_agreement and a.happening == "agreement")


def _placed_parties(a: Report, b: Report) -> bool:
    """Whether two reports have a party in common for `one_period_placed` and `one_agreement_named`:
    one they name (by side), or the one their article is about for a report that names no one."""
    theirs = b.parties() | b.actors | b.implied
    return not (a.parties() | a.actors | a.implied).isdisjoint(theirs)


def _placed_alike(a: Report, b: Report) -> bool:
    """The words of `one_period_placed` (the dates and parties aside): a place in common, the
    same kind or one report with no kind that names no one itself (its actors, if any, those its
    article opens with or is about: `Report.implied`), and neither of them a reply."""
    if a.places.isdisjoint(b.places) or a.happening in REPLIES or b.happening in REPLIES:
        return False
    return (a.happening is not None and a.happening == b.happening
            or a.happening is None and a.actors <= a.implied or b.happening is None and b.actors <= b.implied)


def place_key(place: str) -> str:
    """A place as `Report.places` holds it: lower case, without accents (« Genève » -> « geneve »)."""
    return strip_accents(" ".join(place.lower().split()))


def _loosely_alike(a: Report, b: Report) -> bool:
    return a.happening == b.happening and a.happening not in REPLIES


def _told_alike(a: Report, b: Report) -> bool:
    """Whether two reports tell the same kind of happening for `one_day_told`: the same kind, or
    one of them with neither kind nor actor, which says nothing against the other's."""
    return (a.happening is not None and a.happening == b.happening
            or (a.happening is None and not a.actors) or (b.happening is None and not b.actors))


WEEK = timedelta(days=6)
"""How long a loose interval may be and still tell the day another outlet gives inside it (first
to last day): « dans la nuit du 7 au 8 août » and « le 7 août », « une semaine plus tard » and
« le 1er juin », for the same kind told in two shared words (`one_day_told`)."""


def _told_days(a: Report, b: Report) -> bool:
    """Whether two reports give the same day or days (`one_day_told`): exactly the same precise
    interval, or a precise one inside the other's loose one of a week at most (`WEEK`)."""
    if a.precise and b.precise:
        return (a.first, a.last) == (b.first, b.last)
    inner, outer = (a, b) if a.precise else (b, a)
    return (inner.precise and outer.last - outer.first <= WEEK
            and outer.first <= inner.first and inner.last <= outer.last)


KINDS_OF_ONE_HAPPENING = frozenset({
    frozenset({"agreement", "negotiation"}),
    frozenset({"meeting", "statement"}),
    frozenset({"agreement", "statement"}),
    frozenset({"negotiation", "statement"}),
})
"""Kinds that one happening may be told as, within a day: talks concluded by an agreement (« ont
scellé vendredi un accord », « vendredi, les Vingt-Huit ont donné leur aval à un projet négocié
toute la matinée »), and what was said of a meeting, talks or an agreement that day, since a
kind is read from each statement's own clause (« Réunis dimanche à Rome, les participants ont
promis... », « Les ministres se sont engagés dimanche 12 mars..., a indiqué l'ONU »). A strike
and what was said of it stay two entries."""


def _answers(a: str | None, b: str | None) -> bool:
    """Whether one of two kinds answers the other (`kinds.REPLIES`): never one event. « Bakou a
    affirmé lundi s'être emparé de la ville » and « ce que le dirigeant arménien contestait ce
    lundi » share their words, their day and their parties, and are two entries of a
    chronology, the claim and its denial."""
    return a != b and (a in REPLIES or b in REPLIES)


TOLD_AGAIN = 1000
"""What telling its own article's happening again adds to a statement's score with an event."""


def _kinds_agree(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and (a == b or frozenset({a, b}) in KINDS_OF_ONE_HAPPENING)


def one_happening(a: Report, b: Report) -> bool:
    """Whether two statements of one article date one happening to the same day or days.

    An article comes back to its news: « dimanche » in the lead, « dimanche 19 janvier » further
    down, « le 9 décembre » and « ce jour-là ». Two statements of one article are one happening
    when they give exactly the same precise interval, do not name their actors apart, and either
    share two content words or tell the same kind of happening with a word or an actor in
    common. A remark made the same day (« mardi matin, il s'était réjoui ») has no kind of its
    own and stays apart; so do two happenings of different kinds that share nothing.
    """
    if a.article_id != b.article_id or not (a.precise and b.precise):
        return False
    if (a.first, a.last) != (b.first, b.last) or _named_apart(a, b):
        return False
    common = len(a.actors & b.actors) or int(not a.parties().isdisjoint(b.parties()))
    return _happening_score(len(a.terms & b.terms), common, a.happening, b.happening) is not None


def one_meeting(a: Report, b: Report) -> bool:
    """Whether two statements of different articles report one happening of the same parties on
    the same day: both give exactly the same precise interval, at least two states or
    organisations in common (`Report.parties`), none named apart, and both a meeting or talks (a
    summit, a visit, negotiations: `MEETINGS`), or a meeting and what exactly the same parties
    said that day (`SAID_AT_MEETING`); or one in common and both of a kind that befalls a party
    once (`ONCE`: a ruler's fall) or both a vote held once (`HELD_ONCE`: a referendum). Outlets
    word a summit differently (« la conférence de Berlin sur la Libye », « Berlin accueillera un
    sommet »), so they may share no content word; the parties meet once that day. Other kinds
    are not read so: the same parties sign a text one day and see it come into force the next,
    strike twice, speak several times a day."""
    if a.article_id == b.article_id or not (a.precise and b.precise):
        return False
    if (a.first, a.last) != (b.first, b.last) or _named_apart(a, b):
        return False
    return _meeting_score(len(a.terms & b.terms), len(a.parties() & b.parties()), a.happening,
                          b.happening, a.parties() == b.parties(), _held_once(a, b)) is not None


def _meeting_score(shared: int, sides: int, kind: str | None, other: str | None, alike: bool = False,
                   once: bool = False) -> int | None:
    """What `one_meeting` scores two statements of different articles on the same precise day;
    `alike` when they name exactly the same parties, `once` when both tell a vote held once
    (`_held_once`)."""
    if sides < 1:
        return None
    if sides >= MEETING_SIDES and (kind in MEETINGS and other in MEETINGS
                                   or alike and frozenset({kind, other}) == SAID_AT_MEETING):
        return 2 * shared + sides
    if kind == other and kind in ONCE or once:
        return 2 * shared + sides
    return None


MEETINGS = frozenset({"meeting", "negotiation"})
"""Kinds one outlet's summit and another's talks of the same parties on the same day are told as
(« la conférence de Berlin sur la Libye », « l'issue des discussions »)."""

SAID_AT_MEETING = frozenset({"meeting", "statement"})
"""One outlet's meeting and another's statement of exactly the same parties that day are one
happening: what they announced there (« le sommet historique qui avait réuni la veille » Abiy
Ahmed and Isaias Afwerki, « les annonces faites dimanche » by the same two)."""

MEETING_SIDES = 2
"""How many parties two outlets' reports of one day must share to be one happening without a
word in common (`one_meeting`)."""

ONCE = frozenset({"ouster"})
"""Kinds that befall a party once on a given day: two outlets telling that day's fall of the same
ruler (« la chute d'Omar el-Béchir », « l'armée a renversé Omar el-Béchir ») tell one happening,
with one party in common."""


HELD_ONCE = frozenset({"referend", "scrutin", "elect", "plebisc"})
"""The stems (`events.terms`) of the votes a country holds once on a given day: a referendum, an
election, a poll. Two outlets telling that day's vote by one of these words, with one party in
common, tell one happening (« les électeurs, appelés à se prononcer par référendum dimanche 5
mars », « le référendum du 5 mars a divisé le pays »), where a parliament's votes of one day
(« adopté », « voté ») may be several."""


def _vote_held_once(report: Report, terms: frozenset[str] | None = None) -> bool:
    """Whether `report` tells a vote by a word of one held once (`HELD_ONCE`), among `terms` when
    given (the words it shares with another report)."""
    return report.happening == "vote" and not (report.terms if terms is None else terms).isdisjoint(HELD_ONCE)


def _held_once(a: Report, b: Report) -> bool:
    """Whether two reports both tell a vote and share a word of one held once (`HELD_ONCE`)."""
    return a.happening == b.happening and _vote_held_once(a, a.terms & b.terms)


def _sides_needed(report: Report) -> int:
    """How many parties another outlet's report of the day must share to be weighed (`one_meeting`)."""
    return 1 if report.happening in ONCE or _vote_held_once(report) else MEETING_SIDES


def undated_groups(
    statements: Sequence[tuple[str, frozenset[str], frozenset[str], str | None]],
    may_coincide: Callable[[int, int], bool] | None = None,
) -> list[int]:
    """For the unresolved statements of one article, given as (expression, terms, actors, kind),
    the index of the first statement each one tells again (itself when none).

    An article without a date cannot date « la semaine prochaine », but when it says it twice of
    the same talks (the same expression, the same kind of happening or two actors in common, and
    two content words shared, actors named not apart) it speaks of one happening, which makes one
    event, as `one_happening` does for dated ones. Two different expressions that may date the
    same days whatever the article's own (`may_coincide(i, j)`: « à partir de mardi » and « la
    semaine prochaine » in future clauses) tell one happening when the statements say it as two
    of one article must (three content words shared) and of the same kind."""
    firsts: list[int] = []
    for index, (text, terms, actors, kind) in enumerate(statements):
        target = index
        said = " ".join(text.lower().split())
        for earlier in dict.fromkeys(firsts):
            other_text, other_terms, other_actors, other_kind = statements[earlier]
            if actors and other_actors and actors.isdisjoint(other_actors):
                continue
            shared = len(terms & other_terms)
            if " ".join(other_text.lower().split()) != said:
                if (shared >= 3 and _kinds_agree(kind, other_kind) and may_coincide is not None
                        and may_coincide(earlier, index)):
                    target = earlier
                    break
                continue
            if shared >= 2 and (_kinds_agree(kind, other_kind) or len(actors & other_actors) >= 2):
                target = earlier
                break
        firsts.append(target)
    return firsts


def _happening_score(shared: int, common: int, kind: str | None, other: str | None) -> int | None:
    """What `one_happening` scores two statements of one article on the same precise day: two
    shared words will do, three when they tell two kinds of happening that are never one (a
    vote and the letter sent that evening), or the same kind and one word or actor in common."""
    apart = kind is not None and other is not None and not _kinds_agree(kind, other)
    if shared >= (3 if apart else 2) or (_kinds_agree(kind, other) and (shared or common)):
        return 2 * shared + common
    return None


def _named_apart(a: Report, b: Report) -> bool:
    """Both name actors, and not one in common, nor one of the same side (« Emmanuel Macron »
    and « l'Élysée » are both France): not the same event, whatever the wording."""
    return (bool(a.actors) and bool(b.actors) and a.actors.isdisjoint(b.actors)
            and a.parties().isdisjoint(b.parties()))


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
    return _fits(agreed_interval(reports), any(r.precise for r in reports), new)


def _fits(agreed: tuple[date, date] | None, has_precise: bool, new: Report) -> bool:
    if agreed is None:
        return False
    inside = agreed[0] <= new.first and new.last <= agreed[1]
    around = new.first <= agreed[0] and agreed[1] <= new.last
    if new.precise:
        return (new.first, new.last) == agreed if has_precise else inside
    return around or (inside and not has_precise)


def decide(new: Report, candidates: Sequence[Candidate]) -> Decision:
    """Which event `new` belongs to, if any, and which events it contradicts.

    Between two events it reads equally like, `new` joins one that tells its kind of happening,
    then the one with the lower id."""
    return _choose(new, (
        (c.event_id, (c.event_id,), [(r, 1) for r in c.reports], len(c.reports),
         agreed_interval(c.reports), any(r.precise for r in c.reports), None)
        for c in candidates
    ))


_Entry = tuple[int, tuple[object, ...], Iterable[tuple[Report, int]], int, tuple[date, date] | None, bool, int | None]
"""An event as `_choose` weighs it: its id and place in merge order; its reports grouped (a
report and how many read exactly alike) and how many there are in all; the interval they agree
on and whether one is precise; and the most the new statement could score with it, if known
(entries with a bound come highest first, and one that cannot beat the best found is skipped)."""


def _choose(new: Report, entries: Iterable[_Entry]) -> Decision:
    """The rules of `decide` over grouped reports: a group of n identical reports counts n times.

    Between two events `new` reads equally like, one with a report of its kind wins (« la
    semaine dernière, les députés avaient approuvé le texte » joins the vote of Tuesday, not the
    bill's presentation on Monday told in the same sentence), then the one whose order is lower. An entry
    with a bound is one whose interval `new` fits (so it cannot be contradicted)."""
    best: tuple[int, bool, tuple[object, ...], int] | None = None
    conflicts = []
    # The rules of `same_event` and `contradicts`, written out: this runs for every candidate of
    # every statement merged.
    terms, actors, article, parties = new.terms, new.actors, new.article_id, new.parties()
    # The day or days `new` gives exactly, which one of its article's statements may tell again.
    new_day = (new.first, new.last) if new.precise else None
    unplaced = _unplaced(parties)
    for event_id, order, groups, total, agreed, precise, bound in entries:
        if bound is not None and best is not None and bound < best[0]:
            continue  # could not beat the best, nor be contradicted (the dates fit)
        fits = _fits(agreed, precise, new)
        score, agreeing, contradicted, related, told_again = None, 0, False, False, False
        alike = False
        for report, count in groups:
            shared = len(terms & report.terms)
            on_day = new_day is not None and report.precise and (report.first, report.last) == new_day
            same_day = on_day and article == report.article_id
            on_day = on_day and not same_day
            theirs, sides = report.actors, report.parties()
            if _answers(new.happening, report.happening):
                continue  # a denial and what it denies
            if not shared and not (fits and (same_day or on_day) and not parties.isdisjoint(sides)):
                # The common case: no word in common, neither the same event nor a contradiction,
                # unless it is one happening of this article told again (`one_happening`) or
                # another outlet's report of the same parties' day (`one_meeting`).
                continue
            related = True
            # Actors in common, counted by side when that finds more (« Emmanuel Macron » and
            # « la France », « Berlin » and « Angela Merkel »).
            common = max(len(actors & theirs), len(parties & sides)) if actors and theirs else 0
            agreed_before = agreeing
            if fits:
                if common == 0 and actors and theirs and parties.isdisjoint(sides) \
                        and not (unplaced or _unplaced(sides)):
                    continue  # named apart (a person nobody places, « l'opposante X », is no side)
                if shared >= 3 or (article != report.article_id and shared >= 2 and (
                        common >= 2 or (_told_alike(new, report) and _told_days(new, report)  # `one_day_told`
                                        and (not parties.isdisjoint(sides) or not actors or not theirs))
                        or (not new.precise and not report.precise and _loosely_alike(new, report)
                            and not parties.isdisjoint(sides)))) \
                        or (article != report.article_id and not new.precise  # `one_period_placed`
                            and not report.precise and _placed_alike(new, report) and _placed_parties(new, report)) \
                        or (article != report.article_id and shared and _told_days(new, report)  # `one_agreement_named`
                            and _agreement_named(new, report) and _placed_parties(new, report)):
                    # Its own article's happening of that day comes first, as below.
                    score = max(score or 0, 2 * shared + common + (TOLD_AGAIN if same_day else 0))
                    agreeing += count
                elif same_day and (happening := _happening_score(
                        shared, common or int(not parties.isdisjoint(sides)), new.happening,
                        report.happening)) is not None:
                    # Its own article's happening comes first: joining another outlet's report
                    # instead would leave the article's two reports of it in two events.
                    score = max(score or 0, happening + TOLD_AGAIN)
                    agreeing += count
                    told_again = True
                elif on_day and (meeting := _meeting_score(
                        shared, len(parties & sides), new.happening, report.happening, parties == sides,
                        _held_once(new, report))) is not None:
                    score = max(score or 0, meeting)
                    agreeing += count
            elif (article != report.article_id and shared >= 4 and common >= 2
                  and _near_but_apart(new, report)):
                contradicted = True
            if agreeing > agreed_before and not alike:
                alike = _kinds_agree(new.happening, report.happening)  # the tie-break below
        if not related:
            continue
        if 2 * agreeing < total and not told_again:
            # Like one report of the event but not the others: no chaining. A happening of its
            # own article told again is that report's event whatever the others say.
            score = None
        if score is not None and (best is None or score > best[0] or score == best[0] and (
                alike > best[1] or alike == best[1] and order < best[2])):
            best = (score, alike, order, event_id)
        if contradicted:
            conflicts.append(event_id)
    join = best[3] if best else None
    return Decision(join, tuple(c for c in conflicts if c != join))


def _unplaced(parties: frozenset[str]) -> bool:
    """Parties that are only people the gazetteer does not know: on no known side, so naming
    them says nothing of who else takes part."""
    return all(party.startswith("person:") for party in parties)


def disjoint(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def gap(a: tuple[date, date], b: tuple[date, date]) -> timedelta:
    if not disjoint(a, b):
        return timedelta(0)
    return b[0] - a[1] if a[1] < b[0] else a[0] - b[1]


def representative(
    reports: Sequence[Report], order: Callable[[Report], tuple[object, ...]] | None = None,
    among: Sequence[Report] | None = None,
) -> Report:
    """The report that shares most with the others: its passage titles the event. With `among`,
    the one of those that shares most with all `reports`.

    Ties go to the more precise one, then to the lowest `order` (by default the earliest stored).
    What a report shares with the others is the sum of its overlaps with each other report: for a
    few reports (most events have two to five) one set intersection per pair, in C; for more,
    counted term by term (a term found in n reports gives each of them n - 1), in linear time.
    """
    candidates = reports if among is None else among
    if len(candidates) * len(reports) <= _PAIRWISE:
        def shared(report: Report) -> int:
            return sum(len(report.terms & other.terms) for other in reports) - len(report.terms)
    else:
        counts = Counter(term for report in reports for term in report.terms)

        def shared(report: Report) -> int:
            return sum(counts[term] for term in report.terms) - len(report.terms)

    def key(report: Report) -> tuple[int, int, tuple[object, ...]]:
        return (-shared(report), -int(report.precise), order(report) if order is not None else (report.id,))

    return min(candidates, key=key)


_PAIRWISE = 36
"""Up to this many (candidate, report) pairs `representative` intersects term sets pair by pair."""


CERTAINTY_RANK = {"exact": 0, "approximate": 1, "assumed": 2, "unresolved": 3}
"""Certainties from the surest (`event_certainty`; `frise.corpus.derived` ranks them alike)."""


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
    return min(stating, key=CERTAINTY_RANK.__getitem__)


# --- merging many statements at once

MAX_MERGE_SPAN = timedelta(days=366)
"""A statement is found from the weeks of its interval, but no further than this past its start:
"les années 60" does not stand in every week of a decade (nor did it in the store's index)."""

BUCKET_DAYS = 7

MAX_CANDIDATES = 24
"""How many events one statement may weigh for joining, and as many for contradicting. Only
events it could join (their interval fits its own, and they share two terms with it, or three
within one article) or contradict (four terms, two actors, another article) count at all; those
it could join come by the most it could score with them (twice the terms shared plus the actors,
an upper bound), and once one is chosen, those that cannot score as much are not weighed. The
bound, deterministic since ties go to the first in merge order, is what keeps a crowded day
(a 10 MB text whose relative dates all fall on "hier") from costing as much as all of it. On
the benchmark corpus (1,000 articles, 6,400 statements over four years, a small vocabulary)
merging with these bounds gives exactly the events it gives without them; a collection three
times as dense over the same years differed in 0.3% of its events with bounds of 12 and 16."""

MAX_GROUPS = 64
"""How many distinct reports of one event a statement is weighed against. Reports that read
exactly alike (same article, interval, actors and terms: a sentence repeated) form one group
counted as many times as it occurs, so this bounds only the variety; an event past it is
weighed by its first 64 groups in merge order, and the "half of its reports" rule is applied
to those. No event of the benchmark corpus has more than 6."""

CROWDED = 64
"""A term found in more events than this near a statement's date (in the weeks looked up) says
little about which of them it reports, and gathering them all would make a crowded week cost as
much as all of it: such a term finds no candidate there, it is only counted for those found
through the statement's other terms. In the benchmark corpus no term is in more than 24 events
of a week."""


def statement_order(key: str) -> tuple[str, int, int]:
    """A statement key ("content-hash:start:end") as a sortable tuple: article, then position."""
    parts = key.rsplit(":", 2)
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return parts[0], int(parts[1]), int(parts[2])
    return key, 0, 0


def merge_rank(report: Report, key: str) -> tuple[object, ...]:
    """A statement's place in the merge order: precise statements first, then wider ones by width
    (a "début mai" then finds the day it narrows to instead of founding an event a later "le 4
    mai" could not join), then by statement key, which no import order changes."""
    return (0 if report.precise else 1, (report.last - report.first).days, *statement_order(key))


Rank = tuple[object, ...]


class _PoolEvent:
    __slots__ = ("id", "order", "latest", "groups", "total", "first", "last", "precise", "members", "pinned",
                 "articles", "actors", "sides", "days", "places", "named")

    def __init__(self, event_id: int, order: Rank) -> None:
        self.id = event_id
        self.order = order  # the first of its statements in merge order
        self.latest = order  # the last
        self.groups: dict[tuple[object, ...], tuple[Report, int]] = {}
        self.total = 0
        self.first, self.last = date.min, date.max
        self.precise = False
        self.members: list[tuple[Report, Rank]] = []
        self.pinned = False
        self.articles: set[int] = set()
        self.actors: set[str] = set()
        self.sides: set[str] = set()
        self.days: set[tuple[int, date, date]] = set()  # (article, first, last) of its precise statements
        self.places: set[str] = set()  # of its loose statements (`one_period_placed`)
        self.named = False  # one of its statements names an agreement by its date (`one_agreement_named`)


class Pool:
    """Events near the statements being merged, indexed by week and by term, held in memory
    while one article's statements are decided.

    An event is found from a term and a week when one of its statements has that term and
    covers that week. A statement can only join an event whose interval meets its own, or
    contradict one reported within CONFLICT_WINDOW of it, and only through a shared term, so
    looking up its terms in the weeks of its interval widened by CONFLICT_WINDOW finds every
    event `decide` could choose (and a few more, which it turns down). Each decision costs what
    MAX_CANDIDATES and MAX_GROUPS allow, however many statements the pool holds.
    """

    def __init__(self, stored: Iterable[tuple[int, Report, Rank, bool]] = ()) -> None:
        """`stored`: (event id, statement, merge rank, made by the analyst) of the stored events
        near what is to be decided. They are set aside by week, and indexed only once `bring`
        finds that a statement to be decided has two of its terms in one of them near its date
        (with fewer, the event could not count for it)."""
        self._events: dict[int, _PoolEvent] = {}
        self._index: dict[tuple[str, int], set[int]] = {}
        # Events by (article, first, last) of their precise statements: one happening of an
        # article told twice may share no word beyond its actors (`one_happening`).
        # (Ordered dicts used as sets: the last MAX_CANDIDATES placed are weighed.)
        self._days: dict[tuple[int, date, date], dict[int, None]] = {}
        # The same by day alone, every article's: another outlet's report of the same parties'
        # day may share no word either (`one_meeting`).
        self._on_day: dict[tuple[date, date], dict[int, None]] = {}
        self._next_id = -1
        self._articles: set[int] = set()  # of every statement placed (never shrinks)
        self._stored = 0  # stored events in the pool
        self._aside: dict[int, list[tuple[Report, Rank, bool]]] = {}
        self._aside_terms: dict[int, set[str]] = {}
        self._aside_weeks: dict[int, set[int]] = {}
        self._aside_days: dict[tuple[date, date], set[int]] = {}  # of their precise statements
        self._aside_sides: dict[int, set[str]] = {}
        self._aside_places: dict[int, set[str]] = {}  # of their loose statements
        self._aside_named: set[int] = set()  # with a statement naming an agreement by its date
        aside = self._aside
        for event_id, report, rank, pinned in stored:
            rows = aside.get(event_id)
            if rows is None:
                aside[event_id] = [(report, rank, pinned)]
            else:
                rows.append((report, rank, pinned))
        weeks, days = self._aside_weeks, self._aside_days
        for event_id, rows in aside.items():
            self._aside_terms[event_id] = set().union(*(report.terms for report, _, _ in rows))
            self._aside_sides[event_id] = set().union(*(report.parties() for report, _, _ in rows))
            self._aside_places[event_id] = set().union(*(r.places for r, _, _ in rows if not r.precise))
            if any(r.names_agreement for r, _, _ in rows):
                self._aside_named.add(event_id)
            for report, _, _ in rows:
                if report.precise:
                    days.setdefault((report.first, report.last), set()).add(event_id)
            first = min(report.first for report, _, _ in rows)
            for week in _buckets(first, max(_reach(report) for report, _, _ in rows)):
                ids = weeks.get(week)
                if ids is None:
                    weeks[week] = {event_id}
                else:
                    ids.add(event_id)

    def bring(self, reports: Iterable[Report]) -> None:
        """Index the stored events set aside that these statements could weigh."""
        if not self._aside:
            return
        seen: set[tuple[date, date, frozenset[str]]] = set()
        aside, weeks = self._aside_terms, self._aside_weeks
        for report in reports:
            if report.precise and (on_day := self._aside_days.get((report.first, report.last))):
                parties = report.parties()
                for event_id in sorted(on_day):
                    sides = self._aside_sides.get(event_id)
                    if sides is not None and len(parties & sides) >= _sides_needed(report):
                        self._take(event_id)
            profile = (report.first, report.last, report.terms)
            placed = report.places if not report.precise else frozenset()
            agreement = report.names_agreement or report.happening == "agreement"
            if profile in seen or len(report.terms) < (1 if placed or agreement else 2):
                continue
            seen.add(profile)
            for week in _buckets(report.first - CONFLICT_WINDOW, report.last + CONFLICT_WINDOW):
                for event_id in weeks.get(week, ()):
                    terms = aside.get(event_id)
                    if terms is not None and (len(report.terms & terms) >= 2 or not report.terms.isdisjoint(terms) and (
                            placed and not placed.isdisjoint(self._aside_places[event_id])
                            or agreement and (report.names_agreement or event_id in self._aside_named))):
                        self._take(event_id)

    def left(self, event_ids: Iterable[int]) -> list[int]:
        """Of these stored events, those in the pool (brought in if set aside) and not pinned."""
        out = []
        for event_id in sorted(set(event_ids)):
            if event_id in self._aside:
                self._take(event_id)
            event = self._events.get(event_id)
            if event is not None and event_id > 0 and not event.pinned:
                out.append(event_id)
        return out

    def _take(self, event_id: int) -> None:
        del self._aside_terms[event_id]
        del self._aside_sides[event_id]
        del self._aside_places[event_id]
        self._aside_named.discard(event_id)
        for report, rank, pinned in sorted(self._aside.pop(event_id), key=lambda row: row[1]):
            self.add(event_id, report, rank, pinned=pinned)

    def add(self, event_id: int, report: Report, rank: Rank, *, pinned: bool = False) -> None:
        """A statement of a stored event (or of one founded here)."""
        event = self._events.get(event_id)
        if event is None:
            event = self._events[event_id] = _PoolEvent(event_id, rank)
            self._stored += event_id > 0
        event.pinned = event.pinned or pinned
        self._place(event, report, rank)

    def found(self, report: Report, rank: Rank) -> int:
        """A new event, founded by `report`; its id is negative."""
        event_id, self._next_id = self._next_id, self._next_id - 1
        self.add(event_id, report, rank)
        return event_id

    def join(self, event_id: int, report: Report, rank: Rank) -> None:
        self._place(self._events[event_id], report, rank)

    def remove(self, event_id: int) -> list[tuple[Report, Rank]]:
        """Take an event out of the pool; returns its statements."""
        event = self._events.pop(event_id)
        self._stored -= event_id > 0
        index = self._index
        for report, _ in event.groups.values():
            for key in _keys(report):
                ids = index.get(key)  # gone already when another group of it has the same key
                if ids is not None:
                    ids.discard(event_id)
                    if not ids:
                        del index[key]
        for day in event.days:
            on_day = self._days.get(day)
            if on_day is not None:
                on_day.pop(event_id, None)
                if not on_day:
                    del self._days[day]
            any_article = self._on_day.get(day[1:])
            if any_article is not None:
                any_article.pop(event_id, None)
                if not any_article:
                    del self._on_day[day[1:]]
        return event.members

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._events

    def members(self, event_id: int) -> list[tuple[Report, Rank]]:
        """An event's statements, in the order they were placed (its founder first)."""
        return self._events[event_id].members

    def order(self, event_id: int) -> Rank:
        return self._events[event_id].order

    def candidates(self, new: Report) -> list[int]:
        """The events `new` is weighed against (see `_weighed`)."""
        joinable, contradicted = self._weighed(new)
        return [event_id for event_id, _ in joinable] + contradicted

    def _weighed(self, new: Report) -> tuple[list[tuple[int, int]], list[int]]:
        """The events `new` could join, with the most it could score with each, highest first
        (then first in merge order); and those it could contradict, most shared terms first.
        At most MAX_CANDIDATES of each, judged by the number of its terms found in them near its
        date (counted over all their statements, so at least what any one of them shares), by
        their interval and by their actors.

        Joining takes an event whose interval `new` fits and two shared terms with a report of
        another article, or three with one of the same; contradicting takes an event it does not
        fit, another article and four shared terms. An event short of that is never chosen nor
        flagged, so it is not weighed. While the pool holds statements of `new`'s article only
        (an article alone, or the first of a collection), nothing can be contradicted, and only
        the weeks of `new`'s own interval are looked up: an event it joins must meet it."""
        foreign = len(self._articles) > 1 or new.article_id not in self._articles
        events = self._events
        joinable, contradicted = [], []
        may_contradict = foreign and len(new.actors) >= 2
        same_day: Collection[int] = ()
        if new.precise and (told := self._days.get((new.article_id, new.first, new.last))):
            # A crowded day (a long text whose « hier » all fall on one day) weighs its latest.
            same_day = set(islice(reversed(told), MAX_CANDIDATES)) if len(told) > MAX_CANDIDATES else told.keys()
        meeting = self._meetings(new) if foreign else set()
        # Weighed whatever their words, and their words counted in full (crowded ones too), so
        # that the bound below is one.
        hits = self._hits(new, wide=foreign, also=(*same_day, *meeting))
        placed = new.places if foreign and not new.precise else frozenset()
        agreement = foreign and (new.names_agreement or new.happening == "agreement")
        for event_id, count in hits.items():
            told_again = event_id in same_day
            if count < 2 and not told_again and event_id not in meeting and not (count and (
                    placed and not placed.isdisjoint(events[event_id].places)  # `one_period_placed`
                    or agreement and (new.names_agreement or events[event_id].named))):  # `one_agreement_named`
                continue
            event = events[event_id]
            other = len(event.articles) > 1 or new.article_id not in event.articles
            agreed = (event.first, event.last) if event.first <= event.last else None
            if _fits(agreed, event.precise, new):
                if count >= 3 or other or told_again:
                    # No report of it can score more than this (see `_choose`).
                    bound = 2 * count + (max(len(new.actors & event.actors), len(new.parties() & event.sides))
                                         if new.actors else 0) + (TOLD_AGAIN if told_again else 0)
                    joinable.append((-bound, event.order, event_id))
            elif may_contradict and count >= 4 and other and len(new.actors & event.actors) >= 2:
                contradicted.append((-count, event.order, event_id))
        if len(joinable) > 1:
            joinable.sort()
        if len(contradicted) > 1:
            contradicted.sort()
        return ([(event_id, -bound) for bound, _, event_id in joinable[:MAX_CANDIDATES]],
                [event_id for _, _, event_id in contradicted[:MAX_CANDIDATES]])

    def _meetings(self, new: Report) -> set[int]:
        """The events with another article's report of `new`'s precise day naming two of its
        parties, or one for a kind that befalls a party once (`one_meeting`), among the latest
        MAX_CANDIDATES placed on that day."""
        if not new.precise or not (on_day := self._on_day.get((new.first, new.last))):
            return set()
        parties, events, needed = new.parties(), self._events, _sides_needed(new)
        return {e for e in islice(reversed(on_day), MAX_CANDIDATES)
                if len(parties & events[e].sides) >= needed
                and (len(events[e].articles) > 1 or new.article_id not in events[e].articles)}

    def _hits(self, new: Report, *, wide: bool, also: Iterable[int] = ()) -> Counter[int]:
        """How many of `new`'s terms each event has near it: in the weeks of its interval, and
        with `wide` CONFLICT_WINDOW either side; the events `also` are counted even with none.
        A term found in more than CROWDED events is counted only for those found otherwise."""
        if wide:
            buckets = _lookup(new.first - CONFLICT_WINDOW, new.last + CONFLICT_WINDOW)
        else:
            buckets = _lookup(new.first, new.last)
        hits: Counter[int] = Counter(dict.fromkeys(also, 0))
        index = self._index
        crowded: list[list[set[int]]] = []
        for term in new.terms:
            sets = [ids for bucket in buckets if (ids := index.get((term, bucket)))]
            if not sets:
                continue
            if len(sets) == 1:
                if len(sets[0]) > CROWDED:
                    crowded.append(sets)
                else:
                    hits.update(sets[0])
            elif sum(map(len, sets)) > CROWDED:
                crowded.append(sets)
            else:
                hits.update(set().union(*sets))
        for sets in crowded:  # counted for the events found otherwise, and only for them
            if hits:
                hits.update(sets[0].intersection(hits) if len(sets) == 1
                            else set().union(*(ids.intersection(hits) for ids in sets)))
        return hits

    def touching(self, new: Report, rank: Rank) -> list[int]:
        """The stored events (not pinned) that `new` may change: those with a statement that
        `new`, alone beside it, would make one event with or contradict, and one that comes
        after `new` in merge order (when all come before, `new` would have been decided after
        them in any order of import, which is what deciding it now does)."""
        out: list[int] = []
        if not self._stored:
            return out
        placed = new.places if not new.precise else frozenset()
        agreement = new.names_agreement or new.happening == "agreement"
        near = [e for e, count in self._hits(new, wide=True).items()
                if count >= 2 or count and (placed and not placed.isdisjoint(self._events[e].places)
                                            or agreement and (new.names_agreement or self._events[e].named))]
        for event_id in dict.fromkeys([*near, *sorted(self._meetings(new))]):
            event = self._events[event_id]
            if (event_id > 0 and not event.pinned and rank < event.latest
                    and any(_interact(new, r) for r, _ in event.groups.values())):
                out.append(event_id)
        return out

    def decide(self, new: Report) -> Decision:
        joinable, contradicted = self._weighed(new)
        events = self._events
        decision = _choose(new, [*(self._entry(events[e], bound) for e, bound in joinable),
                                 *(self._entry(events[e], None) for e in contradicted)])
        if decision.join is None or len(joinable) < 2:
            return decision
        return Decision(decision.join, decision.conflicts, tuple(e for e, _ in joinable if e != decision.join))

    @staticmethod
    def _entry(event: _PoolEvent, bound: int | None) -> _Entry:
        agreed = (event.first, event.last) if event.first <= event.last else None
        if len(event.groups) <= MAX_GROUPS:
            return (event.id, event.order, event.groups.values(), event.total, agreed, event.precise, bound)
        groups = list(islice(event.groups.values(), MAX_GROUPS))
        return (event.id, event.order, groups, sum(n for _, n in groups), agreed, event.precise, bound)

    def _place(self, event: _PoolEvent, report: Report, rank: Rank) -> None:
        event.members.append((report, rank))
        if rank < event.order:
            event.order = rank
        elif rank > event.latest:
            event.latest = rank
        event.total += 1
        if report.first > event.first:
            event.first = report.first
        if report.last < event.last:
            event.last = report.last
        event.precise = event.precise or report.precise
        event.articles.add(report.article_id)
        self._articles.add(report.article_id)
        if report.actors:
            event.actors.update(report.actors)
            event.sides.update(report.parties())
        if report.places and not report.precise:
            event.places.update(report.places)
        event.named = event.named or report.names_agreement
        if report.precise:
            day = (report.article_id, report.first, report.last)
            if day not in event.days:
                event.days.add(day)
                on_day = self._days.get(day)
                if on_day is None:
                    self._days[day] = {event.id: None}
                else:
                    on_day[event.id] = None
                self._on_day.setdefault(day[1:], {})[event.id] = None
        profile = (report.article_id, report.first, report.last, report.precise, report.actors, report.terms,
                   report.happening, report.places, report.implied, report.names_agreement)
        groups = event.groups
        group = groups.get(profile)
        if group is not None:
            groups[profile] = (group[0], group[1] + 1)
            return
        groups[profile] = (report, 1)
        index, event_id, terms = self._index, event.id, report.terms
        for bucket in _buckets_of(report):
            for term in terms:
                ids = index.get((term, bucket))
                if ids is None:
                    index[term, bucket] = {event_id}
                else:
                    ids.add(event_id)


def _buckets_of(report: Report) -> range:
    """The weeks a statement is indexed in: each week it covers."""
    return _buckets(report.first, _reach(report))


def _lookup(first: date, last: date) -> range:
    """The buckets holding every statement that meets [first, last] (and some more)."""
    return _buckets(first, last)


def _keys(report: Report) -> Iterator[tuple[str, int]]:
    """Where a statement is indexed: each of its terms in each of its buckets."""
    for bucket in _buckets_of(report):
        for term in report.terms:
            yield term, bucket


def _reach(report: Report) -> date:
    """The last day a statement is found from: its last, or MAX_MERGE_SPAN past its first."""
    return min(report.last, report.first + MAX_MERGE_SPAN + CONFLICT_WINDOW)


def _interact(a: Report, b: Report) -> bool:
    """Whether two statements alone would make one event, or contradict each other."""
    if same_event(a, b) and (compatible((b,), a) or compatible((a,), b)):
        return True
    return contradicts(a, b)


def _buckets(first: date, last: date) -> range:
    return range(first.toordinal() // BUCKET_DAYS, last.toordinal() // BUCKET_DAYS + 1)


@dataclass(frozen=True, slots=True)
class Plan:
    """Where each statement goes. Events are stored ids (> 0) or new events (< 0).

    `placed` gives the event of every statement decided (new ones and stored ones decided
    again); `before` the event a stored statement was in; `founders` the statement each new
    event is keyed by; `conflicts` which events each event contradicts; `emptied` the stored
    events left with none of their resolved statements."""

    placed: dict[int, int]
    before: dict[int, int]
    founders: dict[int, int]
    conflicts: dict[int, frozenset[int]]
    emptied: frozenset[int]


def _second_look(pool: Pool, placed: dict[int, int], conflicts: dict[int, set[int]], passed: set[int],
                 keepers: set[int]) -> None:
    """Decide again, against every event now placed, each statement that founded an event of its
    own here and that a later statement weighed but passed over for another event: in merge
    order it was decided before the report that ties it to that event (A and C read alike only
    through B, which comes after both and joins C), and it joins that event now if the rules of
    `decide` let it. Singletons only, in merge order, so that the result stays one order's: an
    event of several statements was chosen by what it holds. On the events dev set this merged
    one more real event across outlets (idlib-dmz: 9 -> 10 of 15 wholly merged) and nothing
    wrongly."""
    alone = [e for e in dict.fromkeys(placed.values()) if e < 0 and e in passed and len(pool.members(e)) == 1]
    for event_id in sorted(alone, key=pool.order):
        if len(pool.members(event_id)) != 1:
            continue  # another one joined it
        report, rank = pool.members(event_id)[0]
        pool.remove(event_id)
        decision = pool.decide(report)
        if decision.join is None:
            pool.add(event_id, report, rank)
            continue
        _move(pool, placed, conflicts, event_id, decision.join, [(report, rank)], decision.conflicts)
    told_twice = [e for e in dict.fromkeys(placed.values())
                  if e < 0 and e in keepers and e in pool and _one_day_of_one_article(pool.members(e))]
    for event_id in sorted(told_twice, key=pool.order):
        _told_elsewhere(pool, placed, conflicts, event_id)


MAX_TELLINGS = 8
"""The most statements of one article's happening `_told_elsewhere` decides again: an article
tells its news two or three times, and a text repeating one sentence thousands of times is not
weighed twice."""


def _one_day_of_one_article(members: Sequence[tuple[Report, Rank]]) -> bool:
    """A few statements of one article giving exactly the same precise day or days."""
    first = members[0][0]
    return 1 < len(members) <= MAX_TELLINGS and all(
        r.article_id == first.article_id and r.precise and (r.first, r.last) == (first.first, first.last)
        for r, _ in members)


def _told_elsewhere(pool: Pool, placed: dict[int, int], conflicts: dict[int, set[int]], event_id: int) -> None:
    """One article's happening told twice (« Réunis dimanche à Berlin, les participants ont
    promis... », « Les dirigeants se sont engagés dimanche 19 janvier..., a déclaré Angela Merkel
    à la fin de la réunion ») joins another outlet's event when one of its tellings would on its
    own and none would join a third: each telling stays with the other (`TOLD_AGAIN`), and the
    first one decided, naming too few parties to be that outlet's report, had founded the event
    that kept the second."""
    members = pool.remove(event_id)
    decisions = [pool.decide(report) for report, _ in members]
    targets = {d.join for d in decisions if d.join is not None}
    if len(targets) != 1:
        for report, rank in members:
            pool.add(event_id, report, rank)
        return
    target = targets.pop()
    found = [c for d in decisions for c in d.conflicts]
    _move(pool, placed, conflicts, event_id, target, members, found)


def _move(pool: Pool, placed: dict[int, int], conflicts: dict[int, set[int]], event_id: int, target: int,
          members: Sequence[tuple[Report, Rank]], found: Iterable[int]) -> None:
    """Place the statements of event `event_id`, taken out of the pool, in event `target`; the
    events either was flagged against become the target's."""
    for report, rank in members:
        pool.join(target, report, rank)
        placed[report.id] = target
    moved = conflicts.pop(event_id, set()) | set(found)
    for others in conflicts.values():
        if event_id in others:
            others.discard(event_id)
            others.add(target)
    if moved - {target}:
        conflicts.setdefault(target, set()).update(moved - {target})


def plan(pool: Pool, new: Sequence[tuple[Report, Rank]], left: Iterable[int] = ()) -> Plan:
    """Decide where the statements `new` go, with the events they touch decided again, and the
    stored events `left` too: those the statements being replaced were in (an article dated
    again leaves its old day, and what stays of the event there may now join another).

    Greedy merging depends on the order statements arrive in: "début mai" joins the only event it
    finds, and a "le 4 mai" or a "le 6 mai" that comes later cannot take it back. So the stored
    events the new statements could join or contradict are taken apart, and their statements
    are decided again with the new ones, all in merge order (`merge_rank`), against the rest of
    the pool; each rebuilt event keeps the id of the stored event most of its statements come
    from. Two imports of the same articles in different orders therefore give the same events
    whenever the events each import touches are the whole of what its statements interact with,
    which is the usual case; a chain of events reaching further than that (A touches B, B
    touches C) can still keep a trace of the order, since only one step of it is decided again.
    Events holding a statement the analyst made (`pinned`) are never taken apart.
    """
    pool.bring(report for report, _ in new)
    touched = sorted({*(e for report, rank in new for e in pool.touching(report, rank)), *pool.left(left)})
    before: dict[int, int] = {}
    redo: list[tuple[Report, Rank]] = []
    for event_id in touched:
        for report, rank in pool.remove(event_id):
            before[report.id] = event_id
            redo.append((report, rank))
    pool.bring(report for report, _ in redo)
    placed: dict[int, int] = {}
    conflicts: dict[int, set[int]] = {}
    passed: set[int] = set()
    keepers: set[int] = set()  # the events chosen over those
    for report, rank in sorted([*redo, *new], key=lambda pair: pair[1]):
        decision = pool.decide(report)
        if decision.join is None:
            target = pool.found(report, rank)
        else:
            target = decision.join
            pool.join(target, report, rank)
            passed.update(decision.passed)
            if decision.passed:
                keepers.add(target)
        placed[report.id] = target
        if decision.conflicts:
            conflicts.setdefault(target, set()).update(decision.conflicts)
    _second_look(pool, placed, conflicts, passed, keepers)
    # A rebuilt event takes the id of the stored event most of its statements come from, the
    # events founded first in merge order choosing first; the others are new.
    renamed: dict[int, int] = {}
    claimed: set[int] = set()
    for cluster in sorted({e for e in placed.values() if e < 0}, key=pool.order):
        tally = Counter(before[r.id] for r, _ in pool.members(cluster) if r.id in before)
        for old, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])):
            if old not in claimed:
                claimed.add(old)
                renamed[cluster] = old
                break
    founders = {cluster: pool.members(cluster)[0][0].id
                for cluster in {e for e in placed.values() if e < 0} if cluster not in renamed}

    def final(event_id: int) -> int:
        return renamed.get(event_id, event_id)

    return Plan(
        placed={r: final(e) for r, e in placed.items()},
        before=before,
        founders=founders,
        conflicts={final(e): frozenset(final(o) for o in others) for e, others in conflicts.items()},
        emptied=frozenset(e for e in touched if e not in claimed),
    )


def likely_same(event: Event, candidates: Sequence[Event]) -> list[Event]:
    """The candidates to merge `event` with by hand, the likeliest first: most content words of
    their titles and passages in common, then most actors in common, then nearest in time (an
    undated one last), then as given. What an analyst picks from should start with the
    duplicate, not with the earliest event of the month."""
    words = _event_terms(event)
    actors = set(event.actors)

    def key(other: Event) -> tuple[int, int, int]:
        if event.first is None or other.first is None or other.last is None or event.last is None:
            distance = 10**6
        else:
            distance = gap((event.first, event.last), (other.first, other.last)).days
        return (-len(words & _event_terms(other)), -len(actors.intersection(other.actors)), distance)

    return sorted(candidates, key=key)


def _event_terms(event: Event) -> frozenset[str]:
    return content_terms(" ".join([event.title, *(source.passage for source in event.sources)]))
