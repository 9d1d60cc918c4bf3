"""Expressions that only mean something against a reference: hier, la veille, la semaine dernière,
mardi, l'été, il y a trois jours, Pâques. A mixin of `Resolver`, kept apart for size.

Each needs a reference of the right precision: "hier" needs a day, "le mois dernier" a month,
"l'an prochain" a year. Without it the expression is kept, unresolved, never guessed. So is one
that would fall beyond the ends of the calendar ("demain" on 9999-12-31): the handlers let the
OverflowError out and `Resolver.resolve` keeps the expression unresolved (see resolve.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from frise.temporal import calendar as cal
from frise.temporal.context import PLUPERFECT, habitual_tense, looks_ahead, points_forward, tense
from frise.temporal.grammar import APPROX_NUMBER, HOURS_IN_DAYS, NUMBER
from frise.temporal.lexicon import APPROXIMATE, MONTHS, NUMBERS, SEASONS, WEEKDAYS, fold, regex_alternation
from frise.temporal.model import Anchor, Kind, Timex

if TYPE_CHECKING:
    from frise.temporal.context import Sentences
    from frise.temporal.model import Reference

_RELATIVE_DAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "apres-demain": 2}
_OTHER_CALENDAR = re.compile(
    r"[ \t\u00a0]+(?:chinois|lunaire|juif|iranien|persan|kurde|vietnamien|tibétain|coréen|berbère|amazigh|"
    r"musulman|islamique|hégirien|bouddhiste|tamoul|éthiopien|orthodoxe|copte|julien)(?![\w'’])", re.IGNORECASE)
"""An adjective after a feast that moves it to another calendar: « le Nouvel An chinois », « le
Noël orthodoxe » (7 January), « la Pâques orthodoxe », not the days the Gregorian feasts give."""
_NAMED_AFTER_FEAST = re.compile(
    r"(?<![\w-])(?:marchés?|sapins?|arbres?|décorations?|illuminations?|guirlandes?|boules?|cadeaux?"
    r"|contes?|crèches?|bûches?|cartes?|films?|pulls?|villages?|œufs?|oeufs?|chocolats?|lapins?|îles?"
    r"|calendriers?)[ \t\u00a0\u202f]+$", re.IGNORECASE)
"""A thing named after a feast, before « de » and the feast: « le marché de Noël », « les œufs de
Pâques », « l'île de Pâques » are no date. What happens at the feast keeps it (« la trêve de
Noël », « le message de Noël du pape », « les vacances de Pâques »)."""
_BETWEEN_OPENS = re.compile(r"entre[ \t\u00a0\u202f]", re.IGNORECASE)
_THEN_AND = re.compile(r"[ \t\u00a0\u202f]+et[ \t\u00a0\u202f]+", re.IGNORECASE)
_FIXED_HOLIDAYS = {"noel": (12, 25), "toussaint": (11, 1), "assomption": (8, 15), "nouvel an": (1, 1),
                   "saint-sylvestre": (12, 31)}
_EASTER_OFFSETS = {"paques": 0, "ascension": 39, "pentecote": 49}
_WEEK_PARTS = {"deb": (0, 1), "mil": (2, 3), "fin": (4, 6)}
"""The days of an ISO week (Monday 0) its début, milieu and fin hold: Monday-Tuesday,
Wednesday-Thursday, Friday-Sunday."""
_FEAST_REACH = 31
"""How many days after a feast a future verb still leaves it the nearest one (« le concert est
prévu pour la fête de la musique », two weeks after it): farther, the verb means the next."""
_FORWARD_PREFIXES = ("des", "a partir de", "a compter de", "jusqu'a", "d'ici")
# The forms of avoir that make "été" a past participle ("a été", "n'avait jamais été", "ayant été").
_AVOIR = frozenset("a ai as avons avez ont avait avais avions aviez avaient aura aurai auras aurons aurez auront "
                   "aurait aurais aurions auriez auraient eut eurent ait aies aient ayons ayez ayant "
                   "avoir".split())
_PRECISION = ("day", "week", "month", "year")
# What follows a season that makes it a name: "de l'environnement", "des festivals" (but "de
# l'année dernière", "de l'an prochain", "de cette année" date it).
_OF_SOMETHING = re.compile(r"[ \t\u00a0]+(?:de|du|des|d['’])[ \t\u00a0]*(?!l['’]an|cette[ \t\u00a0]+ann|\d)\w",
                           re.IGNORECASE)
# One part of "il y a 1 an, 1 mois et 2 jours".
_AGO_PART = re.compile(rf"(?P<n>{NUMBER}|{APPROX_NUMBER})[ \t\u00a0\u202f]*"
                       r"(?P<unit>jours?|semaines?|mois|ans?|ann[ée]es?|heures?|minutes?|secondes?)"
                       r"(?P<half>[ \t\u00a0\u202f]+et[ \t\u00a0\u202f]+demie?)?")
_THERE_ARE = re.compile(r"[ \t\u00a0\u202f]+(?:f[ée]ri[ée]s|ouvr[ée]s|ouvrables|d['’](?!ailleurs|après|abord|ici)"
                        r"|de[ \t\u00a0\u202f]+(?!cela\b|ça\b))", re.IGNORECASE)
"""What follows « il y a deux jours » when « il y a » is « there are »: a kind of day (« fériés »),
or what the days hold (« de retard », « d'avance »); not « de cela »."""
_AND_A_DATE = re.compile(r"[ \t\u00a0\u202f]+et[ \t\u00a0\u202f]+(?:(?:le|la|l['’])[ \t\u00a0\u202f]*)?"
                         r"(?:jour[ \t\u00a0\u202f]+de[ \t\u00a0\u202f]+l['’]an|nouvel[ \t\u00a0\u202f]+an|"
                         r"pâques|noël|toussaint|pentecôte|ascension|assomption|saint-|fête|\d|début|mi-|fin|"
                         rf"{regex_alternation(MONTHS)})",
                         re.IGNORECASE)
_THAT = re.compile(r"-l[àa]\b")
_COUNT_BEFORE = re.compile(r"\b(?:fois|jours?|heures?|soirs?|matins?|soirées|nuits?)[ \t\u00a0\u202f]+$", re.IGNORECASE)
_DURING_THE = re.compile(r"\b(?:pendant|durant)[ \t\u00a0\u202f]+$", re.IGNORECASE)
_IN_THE_COURSE_OF = re.compile(r"\b(?:au[ \t\u00a0\u202f]+cours|lors)[ \t\u00a0\u202f]+$", re.IGNORECASE)
_IMPERFECT_WORD = re.compile(r"\b\w{2,}(?<![rf])(?:ait|aient)\b")
"""An imperfect (« fermait », « ouvraient »); not a conditional (« se retirerait »), nor a noun
or participle in -rait, -fait (« le retrait », « satisfait »)."""
_HABIT = re.compile(r"\b(?:toujours|souvent|chaque|régulièrement|habituellement|généralement|parfois|d[ée]sormais"
                    r"|depuis[ \t\u00a0\u202f]+(?:des|plusieurs)[ \t\u00a0\u202f]+(?:années|mois|semaines))\b",
                    re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\b(?:qui|que|qu['’]|dont|où)", re.IGNORECASE)
_UNIT_DAYS = {"jour": "day", "semaine": "week", "mois": "month", "an": "year", "annee": "year"}
# Words that chain a weekday to the one before it in the sentence: "prévue mercredi, puis
# repoussée à jeudi, avant d'être fixée à vendredi".
_SUCCESSION = re.compile(r"\b(?:puis|ensuite|avant\s+d|repouss|report|décal|avancé|fixé|finalement)", re.IGNORECASE)
_SUCCESSION_LENGTH = 4
"""The fewest characters a match of `_SUCCESSION` spans (« puis », « fixé »): two weekdays closer
than that (« lundi mardi ») need no search."""


_PLUPERFECT_REACH = 60
"""How far around a weekday its pluperfect verb may be (`_looked_back`)."""
_LIST_GAP = 12
"""Two days closer than this (« lundi et mardi », « vendredi 3, samedi 4 ») are a list, with no
verb between them to tell the second from the first (`_looked_back`)."""
_BEEN_PLUPERFECT = re.compile(
    r"\b(?:(?:s['’]|se\s+)?(?:était|étaient)\s+(?:[\w'’-]+\s+)?(?:arriv|part|ven|revenu|entr|sort|rentr|retourn|"
    r"tomb|né|mort|décéd|devenu|all)\w*|s['’](?:était|étaient)\s+(?:[\w'’-]+\s+)?[\w-]+(?:é|ée|és|ées|u|ue|us|ues|"
    r"i|ie|is|ies|it|ite|its|ites))\b",
    re.IGNORECASE,
)
"""A pluperfect with « être »: the verbs of motion and change French conjugates with it
(« le suspect était arrivé », « ils étaient partis »), and the reflexive verbs (« il s'était
rendu »). Not « était » with another participle, an imperfect passive or a state (« la réunion
était prévue », « le magasin était fermé »)."""


@lru_cache(maxsize=4096)
def _looks_back(before: str, words: str, after: str) -> bool:
    """Whether the words around a weekday (`words`) hold a pluperfect that looks back
    (`RelativeRules._looked_back`): in the weekday's own clause (« Il avait été reçu mardi par le
    président, a indiqué jeudi son entourage »: Thursday is the telling's, in a clause of its own);
    not a plan made then (« il avait prévu de se rendre à Kiev mardi », `looks_ahead`), nor what
    came next (« avait ensuite plaidé lundi »), nor what a reporting clause after it dates from
    its own day (« le site avait été fermé mardi, a-t-on appris jeudi »), nor the first of a list
    of days (« avaient siégé lundi, mardi et mercredi »). Cached by the words: dense texts repeat
    them."""
    if _LIST_AFTER.match(after) or _TOLD_AFTER.search(after):
        return False
    opens = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    clause_before = before[opens + 1:]
    if not clause_before.strip() and after.lstrip().startswith(","):
        after = after.lstrip()[1:]  # « Lundi, il s'était rendu… »: a fronted day dates the clause after it
    closes = _CLAUSE_BREAK.search(after)
    clause = clause_before + words + (after[:closes.start()] if closes else after)
    return _in_pluperfect(clause, 0, len(clause)) and not looks_ahead(before, after) \
        and not _SUCCESSION.search(clause_before)


_CLAUSE_BREAK = re.compile(r"[,;:]")
_LIST_AFTER = re.compile(rf"\s*(?:,|\bet\b|\bou\b)\s*(?:{regex_alternation(WEEKDAYS)})\b", re.IGNORECASE)
"""Another weekday right after one: a list of days, which a pluperfect dates as one."""
_TOLD_AFTER = re.compile(
    r",\s*(?:a|ont|avait|avaient)(?:-t-(?:on|il|elle|ils|elles))?\s+(?:[\w'’-]+\s+)?(?:appris|annoncé|"
    r"indiqué|déclaré|précisé|affirmé|expliqué|assuré|confirmé|souligné|ajouté|rapporté|rappelé|"
    r"fait savoir|dit|révélé|raconté|écrit)\b", re.IGNORECASE)
"""A reporting clause after the words told (« , a-t-on appris jeudi », « , a indiqué son
entourage »): a pluperfect before it looks back from the telling, not from the narrative's day."""


def _in_pluperfect(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a pluperfect, with « avoir » or « être »."""
    return bool(PLUPERFECT.search(text, start, end) or _BEEN_PLUPERFECT.search(text, start, end))


_ANY_SUCH_DAY = re.compile(r"(?<![\w'’])(?:un|chaque)\s+$", re.IGNORECASE)
"""What makes a weekday any such day rather than a date: « un samedi », « chaque lundi »."""


def _any_such_day(text: str, position: int) -> bool:
    """Whether `_ANY_SUCH_DAY` matches just before `position`. Its search costs a setup of its
    own, and blanks after a word ending in « n » or « e » (« un », « chaque ») are what it needs
    there: most weekdays are turned away by a look at them."""
    low = position - 12 if position > 12 else 0
    words = text[low:position]
    word = words.rstrip()
    return len(word) < len(words) and word[-1:] in ("n", "N", "e", "E") \
        and _ANY_SUCH_DAY.search(text, low, position) is not None


_THE_BEFORE = re.compile(
    r"(?<![\w'’])(?<!depuis )(?<!dès )(?<!avant )(?<!après )(?<!pour )(?<!pendant )(?<!durant )"
    r"le[ \t\u00a0]+$", re.IGNORECASE)
"""The article before a weekday that makes it every such day in the present (« les magasins
ferment le dimanche »), after no preposition that points at one day (« depuis le lundi »)."""


def _the_before(text: str, position: int) -> bool:
    """Whether `_THE_BEFORE` matches just before `position`; most weekdays follow no « le », which
    the two letters before the blank tell without a search."""
    low = position - 12 if position > 12 else 0
    words = text[low:position].rstrip(" \t\u00a0")
    return len(words) < position - low and words[-2:].lower() == "le" \
        and _THE_BEFORE.search(text, low, position) is not None


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    return "next" if fold(word).startswith("prochain") else "last"


def _unit(word: str) -> str:
    folded = fold(word)
    return _UNIT_DAYS.get(folded.rstrip("s"), _UNIT_DAYS.get(folded, "year"))


_ABOUT = re.compile(r"\b[a-z]+aine\b")
"""The noun of a count of about so many in folded words (« une quinzaine de »: quinzaine)."""


def _count(word: str) -> int:
    """The number a count's words give: digits, a number word, or about so many (« une quinzaine
    de »: 15, `APPROXIMATE`)."""
    if word.isdigit():
        return int(word)
    folded = fold(word)
    if about := _ABOUT.search(folded):
        return APPROXIMATE[about.group()]
    return NUMBERS.get(folded, 0)


class RelativeRules:
    """Handlers for reference-relative expressions; see the module docstring."""

    if TYPE_CHECKING:
        # What the handlers use of `Resolver`, which defines all of it (mypy checks that its
        # definitions agree with these).
        text: str
        reference: Reference
        sentences: Sentences
        ref_day: date | None
        ref_interval: cal.Interval | None
        last_day: tuple[int | None, int, int, int | None, int, int] | None
        last_weekday: tuple[int, date, int] | None
        last_day_record: tuple[int, Timex] | None
        last_week: tuple[int, date] | None
        last_sentence: int | None
        last_date: tuple[date | None, date | None, str] | None
        last_month: tuple[int | None, int] | None
        weekday_dates: dict[int, date]

        def _timex(self, start: int, end: int, value: str | None, interval: cal.Interval | None, anchor: Anchor,
                   mod: str | None = None, kind: Kind = "date") -> Timex: ...

        def _remember_day(self, first: tuple[int | None, int, int],
                          last: tuple[int | None, int, int] | None = None) -> None: ...

        def _remember_year(self, position: int, year: int, month: int | None = None) -> None: ...

        def _year_in_sentence(self, position: int, month: int | None = None) -> int | None: ...

        @staticmethod
        def _mod(part: str | None, mi: str | None) -> str | None: ...

        def _starts_sentence(self, position: int) -> bool: ...

        def _is_proper_noun(self, m: re.Match[str], word_group: str) -> bool: ...

        def _past_side(self, year: int, month: int, day: int, position: int, ref: tuple[date, date],
                       bounds: tuple[int, int]) -> int: ...

        def _future_side(self, year: int, month: int, day: int | None, position: int, ref: tuple[date, date],
                         bounds: tuple[int, int]) -> int: ...

        def _that_year(self, words: str) -> tuple[int | None, Anchor]: ...

    def _unresolved(self, m: re.Match[str], value: str | None = None, kind: Kind = "date") -> list[Timex]:
        return [self._timex(m.start(), m.end(), value, None, "unresolved", kind=kind)]

    def _on_day(self, m: re.Match[str], when: date, anchor: Anchor = "document") -> list[Timex]:
        year, month, day = when.year, when.month, when.day
        self.last_day = (year, month, day, year, month, day)  # `_remember_day`, inline: weekdays are dense
        start, end = m.span()
        return [self._timex(start, end, cal.iso_day(when), (when, when), anchor)]

    def _relative_day(self, m: re.Match[str]) -> list[Timex]:
        """"hier", "demain", "avant-hier", "aujourd'hui"; "ce matin", "ce soir", "cet après-midi":
        the reference's day (its time of day refines it, as "hier soir" is yesterday)."""
        word = "aujourd'hui" if m["today"] else fold(m["word"]).replace(" ", "-")  # "avant hier", as written
        offset = _RELATIVE_DAYS["aujourd'hui" if word.startswith("aujourd") else word]
        if self.ref_day is None:
            return self._unresolved(m)
        return self._on_day(m, self.ref_day + timedelta(days=offset))

    def _week(self, m: re.Match[str]) -> list[Timex]:
        """"cette semaine", "la semaine dernière / prochaine": ISO weeks. "dans la semaine" (« le
        verdict sera rendu dans la semaine ») is this week beside a future verb only: told in the
        past it is the week of a date the text was telling (« Il a été arrêté le 2 février. Il a
        été libéré dans la semaine »), in the present any week (« les livraisons arrivent dans
        la semaine »), and after a count every week (« deux fois dans la semaine »)."""
        if m["within"]:
            bounds = self.sentences.bounds(m.start())
            if _COUNT_BEFORE.search(self.text, max(0, m.start() - 12), m.start()) \
                    or _HABIT.search(self.text, bounds[0], bounds[1]) \
                    or not points_forward(self.text, m.start(), m.end(), bounds):
                return []
        if self.ref_day is None:
            return self._unresolved(m)
        shift = {"last": -7, "next": 7}.get(_direction(m["lastnext"]) or "", 0)
        day = self.ref_day + timedelta(days=shift)
        return [self._timex(m.start(), m.end(), cal.week_value(day), cal.week_interval(day), "document")]

    def _week_part(self, m: re.Match[str]) -> list[Timex]:
        """"en début de semaine", "à la fin de la semaine", "en milieu de semaine prochaine":
        Monday-Tuesday, Wednesday-Thursday, Friday-Sunday of the reference's ISO week (or the
        one after or before it). Without "prochaine" or "dernière", the tense may say it is
        another week's: a part still to come told in the past is last week's (« les marchés ont
        rebondi en fin de semaine » on a Monday), a part gone by told in the future next week's
        (« il recevra les syndicats en début de semaine » on a Friday), except after a word that
        looks ahead (« jusqu'à la fin de la semaine, la route est fermée »). "en fin de semaine" with
        no tense around it is any week's (« les ventes montent en fin de semaine »): no date."""
        if self.ref_day is None:
            return self._unresolved(m)
        ref = self.ref_day
        first_day, last_day = _WEEK_PARTS[fold(m["part"])[:3]]
        monday = ref - timedelta(days=ref.weekday())
        direction = _direction(m["lastnext"])
        if direction:
            monday += timedelta(days=7 if direction == "next" else -7)
        elif m["prefix"] and fold(m["prefix"]).startswith(_FORWARD_PREFIXES):
            pass  # « jusqu'à la fin de la semaine », « d'ici la fin de la semaine »: this week's, ahead
        else:
            said = tense(self.text, m.start(), m.end(), self.sentences.bounds(m.start()))
            if said is None and not m["definite"]:
                return []
            if said == "past" and monday + timedelta(days=first_day) > ref:
                monday -= timedelta(days=7)
            elif said == "future" and monday + timedelta(days=last_day) < ref:
                monday += timedelta(days=7)
        mod = self._mod(m["part"], None)
        return [self._timex(m.start(), m.end(), cal.week_value(monday),
                            (monday + timedelta(days=first_day), monday + timedelta(days=last_day)), "document", mod)]

    def _weekend(self, m: re.Match[str]) -> list[Timex]:
        if self.ref_day is None:
            return self._unresolved(m)
        ref = self.ref_day
        saturdays = [ref + timedelta(days=(5 - ref.weekday()) % 7 + k) for k in (-14, -7, 0, 7)]
        direction = _direction(m["lastnext"] or m["of_lastnext"])
        if not direction and not fold(m["word"]).startswith("ce"):
            # "le week-end" alone: the coming one beside a future verb; otherwise every week-end
            # ("le musée est ouvert le week-end"), which is no date (the past says "le week-end
            # dernier").
            bounds = self.sentences.bounds(m.start())
            after_noun = fold(m["word"]).startswith("du")  # « les horaires du week-end seront… »: no date
            if not after_noun and points_forward(self.text, m.start(), m.end(), bounds):
                saturday = min(s for s in saturdays if s + timedelta(days=1) >= ref)
            elif self._last_weekend_told(m, bounds):
                saturday = max(s for s in saturdays if s <= ref)
            else:
                return []
            return [self._timex(m.start(), m.end(), cal.week_value(saturday) + "-WE",
                                (saturday, saturday + timedelta(days=1)), "document")]
        if direction == "last":
            saturday = max(s for s in saturdays if s + timedelta(days=1) < ref)
        elif direction == "next":
            saturday = min(s for s in saturdays if s > ref)
        else:
            # "ce week-end": the nearest, unless the tense says which (« ce week-end, les routes
            # seront chargées » on a Wednesday is the coming one, « ce week-end, des orages ont
            # frappé » on a Monday the last).
            said = tense(self.text, m.start(), m.end(), self.sentences.bounds(m.start()))
            if said == "future":
                saturday = min(s for s in saturdays if s + timedelta(days=1) >= ref)
            elif said == "past":
                saturday = max(s for s in saturdays if s <= ref)
            else:
                def distance(s: date) -> tuple[int, date]:
                    return min(abs((s - ref).days), abs((s + timedelta(days=1) - ref).days)), s

                saturday = min(saturdays, key=distance)
        interval = (saturday, saturday + timedelta(days=1))
        return [self._timex(m.start(), m.end(), cal.week_value(saturday) + "-WE", interval, "document")]

    def _last_weekend_told(self, m: re.Match[str], bounds: tuple[int, int]) -> bool:
        """« La trêve a été signée au cours du week-end », « pendant le week-end », « durant le
        week-end », « lors du week-end » in a sentence told in the past: one week-end, the last
        (the nearest on or before the reference, as « ce week-end » in the past). Not in the
        imperfect beside it, which tells every week-end (« pendant le week-end, le musée
        fermait »), nor in a sentence of habits (« a toujours fermé pendant le week-end »)."""
        before = self.text[max(bounds[0], m.start() - 12):m.start()]
        word = fold(m["word"])
        if not (_DURING_THE.search(before) if word.startswith("le") else _IN_THE_COURSE_OF.search(before)):
            return False
        low, high = max(bounds[0], m.start() - 60), min(bounds[1], m.end() + 60)
        if relative := _RELATIVE_PRONOUN.search(self.text, m.end(), high):
            high = relative.start()  # « a arrêté pendant le week-end un homme qui tentait de fuir »
        if _IMPERFECT_WORD.search(self.text, low, high) or _HABIT.search(self.text, bounds[0], bounds[1]):
            return False
        return tense(self.text, m.start(), m.end(), bounds) == "past"

    def _month_relative(self, m: re.Match[str]) -> list[Timex]:
        ref = self.reference
        if ref.day is None or ref.precision == "year":
            return self._unresolved(m)
        shift = {"last": -1, "next": 1}.get(_direction(m["lastnext"] or m["partnext"]) or "", 0)
        year, month = cal.shift_months(ref.day.year, ref.day.month, shift)
        anchor: Anchor = "document"
        told = self._month_of_sentence(m) if m["part"] and not m["partnext"] else None
        if told is not None:  # « En janvier, les combats avaient repris ..., à la fin du mois »: January's
            (year, month), anchor = told, "previous"
        # "à la fin du mois", "début du mois prochain": that part of the month, as "fin mai" is.
        mod = self._mod(m["part"], None)
        return [self._timex(m.start(), m.end(), f"{year:04d}-{month:02d}", cal.part_of_month(year, month, mod or ""),
                            anchor, mod)]

    def _month_of_sentence(self, m: re.Match[str]) -> tuple[int, int] | None:
        """The month of a date told earlier in the sentence, to the day or the month: the one « le
        mois » then refers to."""
        if self.last_sentence != self.sentences.index(m.start()) or self.last_date is None \
                or self.last_date[2] not in ("day", "month") or self.last_month is None:
            return None
        year, month = self.last_month
        return (year, month) if year is not None else None

    def _year_relative(self, m: re.Match[str]) -> list[Timex]:
        if not (m["this"] or m["lastnext"] or m["part"]):
            return []  # "l'année" alone: which year is for the sentence to say
        if m["part"] and "'ann" in fold(m.group()) and not re.match(r"(?:la|en|a|au|des|depuis)\s", fold(m.group())):
            return []  # "une fête de fin d'année": a kind of party, not a date
        mod = self._mod(m["part"], None)
        if self.reference.year is None:
            return self._unresolved(m)
        year = self.reference.year + {"last": -1, "next": 1}.get(_direction(m["lastnext"]) or "", 0)
        interval = cal.part_of_year(year, mod or "")
        self._remember_year(m.start(), year)
        return [self._timex(m.start(), m.end(), f"{year:04d}", interval, "document", mod)]

    def _new_year(self, m: re.Match[str]) -> list[Timex]:
        """"la nouvelle année": the year about to begin in an article of October to December,
        else the one begun."""
        ref = self.reference
        if ref.day is None:
            return self._unresolved(m)
        year = ref.day.year + (ref.precision != "year" and ref.day.month >= 10)
        return [self._timex(m.start(), m.end(), f"{year:04d}", cal.year_interval(year), "document")]

    def _ago(self, m: re.Match[str]) -> list[Timex]:
        """"il y a trois jours", "dans six mois", "il y a un an et demi", "il y a 1 an, 1 mois, 1
        semaine, 1 jour": the reference moved back or on by every part, at the precision of the
        finest part that is a date unit (hours and minutes move no day); "et demi" adds half its
        unit, so "un an et demi" is 18 months, at a month's precision. "jour pour jour" after it
        ("il y a trois ans, jour pour jour") makes it that very day."""
        sign = -1 if fold(m["dir"]).startswith(("il", "voi")) else 1
        if sign > 0 and re.match(r"\s+(?:de|d['’])", self.text[m.end():m.end() + 4]):
            return []  # "dans un jour de grande forme": a kind of day, not a date
        if sign < 0 and _THERE_ARE.match(self.text, m.end()):
            return []  # « il y a une dizaine de jours fériés », « … de jours de retard »: there are
        years = months = days = 0
        finest = "year"
        if m["hours"]:  # "il y a 48 heures": two days back
            days, finest = HOURS_IN_DAYS[fold(m["hours"])], "day"
        for part in () if m["hours"] else _AGO_PART.finditer(m.group()):
            word = fold(part["unit"])
            if word.startswith(("heure", "minute", "seconde")):
                continue
            count, unit = _count(part["n"]), _unit(word)
            if not count:
                return self._unresolved(m)
            if unit == "year":
                years += count
                months += 6 if part["half"] else 0
            elif unit == "month":
                months += count
                days += 15 if part["half"] else 0
            else:
                days += count * (7 if unit == "week" else 1) + (3 if part["half"] and unit == "week" else 0)
            unit = {"year": "month", "month": "day", "week": "day"}.get(unit, unit) if part["half"] else unit
            finest = min(finest, unit, key=_PRECISION.index)
        if m["exact"]:
            finest = "day"
        ref = self.reference
        if ref.day is None or (finest in ("day", "week") and self.ref_day is None) or \
                (finest == "month" and ref.precision == "year"):
            return self._unresolved(m)
        if finest == "day":
            return self._on_day(m, ref.day + relativedelta(years=sign * years, months=sign * months,
                                                            days=sign * days))
        if finest == "week":
            day = ref.day + timedelta(days=sign * days)
            return [self._timex(m.start(), m.end(), cal.week_value(day), cal.week_interval(day), "document")]
        if finest == "month":
            year, month = cal.shift_months(ref.day.year, ref.day.month, sign * (years * 12 + months))
            interval = cal.month_interval(year, month)
            return [self._timex(m.start(), m.end(), f"{year:04d}-{month:02d}", interval, "document")]
        year = cal.check_year(ref.day.year + sign * years)  # beyond the calendar: unresolved
        if not cal.valid_year(year):
            return []  # "il y a 2000 ans" is not a year the engine places
        return [self._timex(m.start(), m.end(), str(year), cal.year_interval(year), "document")]

    def _duration(self, m: re.Match[str]) -> list[Timex]:
        count, unit = _count(m["n"]), _unit(m["unit"])
        if not count:
            return []
        value = f"P{count}{ {'day': 'D', 'week': 'W', 'month': 'M', 'year': 'Y'}[unit] }"
        return [self._timex(m.start(), m.end(), value, None, "absolute", kind="duration")]

    def _season(self, m: re.Match[str]) -> list[Timex]:
        season = SEASONS[fold(m["season"])]
        if not m["det"] and not m["spart"] \
                and not (self.text[m.start("season")].isupper() and self._starts_sentence(m.start())) \
                and not self._season_of_year(m):
            # "a été" is the participle of être, "jeux d'hiver" a kind of games; a season that is
            # a date comes with its article ("l'été", "en hiver", "cet automne"), opens a sentence,
            # or names its year ("printemps 2017", "été 2018").
            return []
        if not m["year"] and _OF_SOMETHING.match(self.text, m.end()):
            return []  # "le printemps de l'environnement", "l'été des festivals": a name, not a season
        if m["det"] and fold(m["det"]).strip() in ("en", "les mois d'") and not m["year"] and \
                tense(self.text, m.start(), m.end(), self.sentences.bounds(m.start())) is None:
            # "les ventes connaissent un boom en été": in the present, with nothing to place it,
            # "en été" is every summer, not one (kept, unresolved).
            return self._unresolved(m, f"XXXX-{season}")
        this = bool(m["det"]) and fold(m["det"]).strip() in ("ce", "cet")
        if this and not m["year"] and _THAT.match(self.text, m.end()):
            # « cet été-là »: the summer of the year the text was telling, as « cette année-là »
            year, anchor = self._that_year("cette année-là")
        else:
            year, anchor = self._season_year(season, m["year"], m.start(), this=this)
        if year is None:
            return self._unresolved(m, f"XXXX-{season}")
        interval = cal.season_interval(year, season)
        if m["spart"]:
            # « la fin de l'été », « au début du printemps »: its last or first month, the middle
            # one for « au milieu de l'hiver ».
            part = fold(m["spart"])
            part_year, part_month = cal.shift_months(interval[0].year, interval[0].month,
                                                     {"debut": 0, "milieu": 1, "fin": 2}[part])
            if self.ref_interval is not None and not m["year"] and anchor == "document":
                # The part still to come in a sentence that tells only of the past is last
                # year's (« À la fin du printemps, le pays a voté » in March), as a day is.
                told_year = self._past_side(part_year, part_month, 1, m.start(), self.ref_interval,
                                            self.sentences.bounds(m.start()))
                year -= part_year - told_year  # the season's year moves as its month's does
                part_year = told_year
            interval = cal.month_interval(part_year, part_month)
            return [self._timex(m.start(), m.end(), f"{year:04d}-{season}", interval, anchor,
                                {"debut": "START", "milieu": "MID", "fin": "END"}[part])]
        return [self._timex(m.start(), m.end(), f"{year:04d}-{season}", interval, anchor)]

    def _season_year(self, season: str, tail: str | None, position: int, *,
                     this: bool = False) -> tuple[int | None, Anchor]:
        """The year of a season: the one written after it, else "dernier" / "prochain" or a year of
        its sentence, else the one nearest the reference. « cet été », « cet automne » (`this`)
        are the reference year's, past or to come (« Cet automne, le pays votera » in March is
        the coming autumn, not the last: that one is « l'automne dernier »), unless the tense
        beside it puts it on the other side of the reference; « cet hiver » keeps
        the nearest, the winter astride two years. A season the nearest year puts behind the
        reference that a plan is made for (« le vote est prévu à l'automne », « le sommet se
        tiendra au printemps » in a July article) is the one to come, as a month is
        (`Resolver._future_side`)."""
        if tail and tail.isdigit():
            return int(tail), "absolute"
        if self.ref_interval is None:
            return self._year_in_sentence(position), "previous"
        ref_first, ref_last = self.ref_interval
        if this and not tail and season != "WI" and ref_first.year == ref_last.year \
                and not self._year_in_sentence(position):
            # The reference year's, unless the words beside it say the season is on the other
            # side: one still to come told in the past is last year's (« Cet été, il a fait
            # chaud » in January), one gone by told in the future next year's (« Ce printemps,
            # le parlement votera » in December).
            year = ref_first.year
            first, last = cal.season_interval(year, season)
            said = tense(self.text, position, position, self.sentences.bounds(position))
            if first > ref_last and said == "past":
                year -= 1
            elif last < ref_first and said == "future":
                year += 1
            if not cal.valid_year(year):
                raise cal.OutOfCalendar(f"no year {year} for a season")
            return year, "document"
        spans = {y: cal.season_interval(y, season) for y in range(ref_first.year - 2, ref_last.year + 2)}
        direction = _direction(tail)
        stated = None if direction else self._year_in_sentence(position)
        if direction == "last":
            return max(y for y, (first, last) in spans.items() if last < ref_first), "document"
        if direction == "next":
            return min(y for y, (first, last) in spans.items() if first > ref_last), "document"
        if stated is not None:
            return stated, "previous"

        def gap(y: int) -> tuple[int, int]:
            return max((spans[y][0] - ref_last).days, (ref_first - spans[y][1]).days, 0), y

        nearest = min(spans, key=gap)
        last = spans[nearest][1]
        if last < ref_first:
            moved = self._future_side(last.year, last.month, None, position, self.ref_interval,
                                      self.sentences.bounds(position))
            nearest += moved - last.year
        return nearest, "document"

    def _season_pair(self, m: re.Match[str]) -> list[Timex]:
        """"été comme hiver": every season, all year round; two records, unresolved."""
        records = []
        for group in ("s1", "s2"):
            season = SEASONS[fold(m[group])]
            records.append(self._timex(m.start(group), m.end(group), f"XXXX-{season}", None, "unresolved"))
        return records

    def _season_of_year(self, m: re.Match[str]) -> bool:
        """"printemps 2017", "été 2018" without an article: a season followed by its year is a
        date, unless "été" is the participle of a compound tense ("le pire a été 2016", "n'a
        jamais été 2017 fois")."""
        if not (m["year"] and m["year"].isdigit()):
            return False
        if fold(m["season"]) != "ete":
            return True
        before = self.text[max(self.sentences.bounds(m.start())[0], m.start() - 40):m.start()]
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", before)[-3:]]  # "a", not "à"
        return not any(w in _AVOIR for w in words)

    def _holiday(self, m: re.Match[str]) -> list[Timex]:
        """Noël, Pâques and the feasts Easter fixes, la Toussaint...: that day in the year written,
        else the sentence's, else the one nearest the reference, unless the tense says which
        (« les magasins fermeront à Noël » in March is the coming one, « les ventes ont bondi à
        Noël » in October the last): a feast comes back every year, as a weekday every week. With
        no article or preposition it must open its sentence, capitalised (« Pâques tombe tôt »), or
        close a span « entre » opens (« entre Noël et Pâques »): that span's end is then the first
        such day after its start."""
        opened = self._between_opened(m.start())
        if not m["prefix"] and opened is None and not (self.text[m.start()].isupper()
                                                       and self._starts_sentence(m.start())):
            return []
        if m["prefix"] and fold(m["prefix"]).strip() == "entre" and not _AND_A_DATE.match(self.text, m.end()):
            return []  # « un accord entre Noël et ses associés »: a first name; « entre Noël et le jour de l'an »
        if m["prefix"] and fold(m["prefix"]).strip() == "de" and _NAMED_AFTER_FEAST.search(
                self.text, max(0, m.start() - 16), m.start()):
            return []  # « le marché de Noël », « l'île de Pâques »: a name, not the day
        if not m["year"] and re.match(r"[ \t\u00a0]+[A-ZÀ-Ý][a-zà-ÿ]", self.text[m.end():m.end() + 3]):
            return []  # "Noël Mamère", "Toussaint Louverture": a first name
        if _OTHER_CALENDAR.match(self.text, m.end()):
            return []  # « le Nouvel An chinois », « le Noël orthodoxe »: the day of another calendar
        name = fold(m["holiday"]).replace("\u00a0", " ")
        name = "nouvel an" if name.startswith("nouvel") else name
        monday = fold(m.group()).startswith("lundi")

        def on(year: int) -> date:
            cal.check_year(year)
            if name in _FIXED_HOLIDAYS:
                return date(year, *_FIXED_HOLIDAYS[name])
            return easter(year) + timedelta(days=_EASTER_OFFSETS[name] + monday)

        if m["year"]:
            return self._on_day(m, on(int(m["year"])), "absolute")
        if opened is not None:  # « entre Pâques et la Pentecôte », « entre Noël et Pâques »
            year = opened.year if on(opened.year) > opened else opened.year + 1
            return self._on_day(m, on(year), "previous")
        stated = self._year_in_sentence(m.start())
        if stated is not None:
            return self._on_day(m, on(stated), "previous")
        if self.ref_interval is None:
            return self._unresolved(m)
        return self._on_day(m, self._feast(m, on))

    def _between_opened(self, position: int) -> date | None:
        """The day « entre » opened just before « et » and the date at `position`, if the text
        reads so: the range's end is the first such day after it, whatever the nearest year."""
        told = self.last_day_record
        if told is None or told[0] != self.sentences.index(position):
            return None
        record = told[1]
        if not _BETWEEN_OPENS.match(record.text) or not _THEN_AND.fullmatch(self.text, record.end, position):
            return None
        return record.last

    def _feast(self, m: re.Match[str], on: Callable[[int], date]) -> date:
        """The day a feast (`on` gives it per year) falls on nearest the reference, unless the
        tense says which: one after the reference in a sentence that tells only of the past is
        the one before, as a day and month are (`_past_side`: « la fête du Travail a rassemblé
        des milliers de manifestants » in March is last May's, but « les feux de la fête
        nationale ont été annulés » stays this July's); one more than a month before it beside a
        future or conditional verb is the next (« les magasins fermeront à Noël » in March)."""
        assert self.ref_interval is not None
        ref = ref_first, ref_last = self.ref_interval
        candidates = [on(y) for y in range(ref_first.year - 1, ref_last.year + 2)]
        when = min(candidates, key=lambda d: (max((d - ref_last).days, (ref_first - d).days, 0), d))
        if not (cal.valid_year(when.year - 1) and cal.valid_year(when.year + 1)):
            # Beyond the years the engine reads, the year before or after cannot be taken: the
            # tense could not be read, so no reading is given (unresolved, as `resolve` keeps it).
            raise cal.OutOfCalendar(f"no year around {when.year} to read a feast's tense against")
        position = m.start()
        bounds = self.sentences.bounds(position)
        if when > ref_last:
            if self._past_side(when.year, when.month, when.day, position, ref, bounds) < when.year:
                return on(when.year - 1)
        elif (ref_first - when).days > _FEAST_REACH and cal.valid_year(when.year + 1) \
                and tense(self.text, position, m.end(), bounds) == "future":
            return on(when.year + 1)
        return when

    def _weekday_date(self, weekday: int, prefix: str | None, direction: str | None, m: re.Match[str]) -> date | None:
        ref = self.ref_day
        if ref is None:
            return None
        back, ahead = cal.weekday_around(ref, weekday)  # on or before, strictly after
        if direction == "last":
            return back if back < ref else back - timedelta(days=7)
        if direction == "next":
            return ahead
        sentence = self.sentences.bounds(m.start())
        if prefix == "ce":
            # "ce vendredi": the nearest one, unless the text points forward ("je reviendrai ce
            # vendredi" in a Monday article is this week's, four days on).
            if points_forward(self.text, m.start(), m.end(), sentence):
                return ahead if back < ref else back
            return min((back, ahead), key=lambda d: (abs((d - ref).days), d > ref))
        if weekday in self.weekday_dates:
            return self.weekday_dates[weekday]
        if prefix == "depuis":
            return back  # « réunis depuis jeudi »: since, whatever the verbs around say of later
        said = tense(self.text, m.start(), m.end(), sentence)
        if prefix in _FORWARD_PREFIXES:
            # "dès lundi" is from Monday on, unless its verb is past: "les combats ont repris dès
            # lundi", "il avait donné le ton dès lundi soir" are as early as last Monday.
            return back if said == "past" else ahead
        return ahead if said == "future" else back

    def _weekday(self, m: re.Match[str]) -> list[Timex]:
        # The groups, offsets and sentence found once: weekdays are among the densest expressions.
        word, prefix_text, lastnext = m.group("weekday", "prefix", "lastnext")
        start, end = m.span()
        if not prefix_text and (self._is_proper_noun(m, "weekday") or _any_such_day(self.text, start)):
            return []  # « la première séance un samedi depuis 1982 », « chaque lundi »: no day in particular
        if not (prefix_text or lastnext) and _the_before(self.text, start) and self._every_such_day(start, end):
            return []  # « le musée ferme le lundi »: every Monday
        weekday = WEEKDAYS[fold(word)]
        prefix = fold(prefix_text).replace("\u00a0", " ") if prefix_text else None
        prefix = "ce" if prefix == "cette" else prefix
        sentence = self.sentences.index(start)
        when = None if (prefix or lastnext) else (
            self._chained_weekday(weekday, start, sentence) or self._weekday_of_stated_week(weekday, sentence))
        if when is None:
            when = self._weekday_date(weekday, prefix, _direction(lastnext), m)
            told = self.last_day_record
            # Not the next of a list of days (« lundi, mardi et mercredi »: no verb between), tested
            # here: in a list, every weekday would ask `_looked_back`.
            if when is not None and told is not None and not (prefix or lastnext) and start - told[1].end >= _LIST_GAP:
                when = self._looked_back(weekday, when, start, end, sentence)
        if when is None:
            return self._unresolved(m)
        self.last_weekday = (sentence, when, end)
        return self._on_day(m, when)

    def _every_such_day(self, start: int, end: int) -> bool:
        """Whether a weekday after « le » (`_the_before`) is every such day: told in a tense of
        habits (`habitual_tense`: « le marché se tient le samedi », « le musée est fermé le lundi »,
        « il venait le dimanche »), and not in a narrative that told a day in this sentence or the
        one before (« Le 3 mars, il arrive à Genève. Le samedi, il rencontre… », a narrative's
        present), nor in a sentence that tells one thing after another (« le suspect est interpellé
        le mardi, puis placé en garde à vue », `_SUCCESSION`). « Il est arrivé le samedi » is
        that Saturday."""
        told = self.last_day_record
        if told is not None and told[0] >= self.sentences.index(start) - 1:
            return False
        bounds = self.sentences.bounds(start)
        return not _SUCCESSION.search(self.text, *bounds) and habitual_tense(self.text, start, end, bounds)

    def _looked_back(self, weekday: int, when: date, start: int, end: int, sentence: int) -> date:
        """A weekday alone, read as `when`, in a pluperfect (« elle avait été reçue mardi », « le
        suspect était arrivé mardi à Lyon ») just after the narrative told a day in the past (in
        this sentence or the one before: « Vendredi, le ministre a démissionné », « Le 10 mars, les
        enquêteurs ont appris que… »): the pluperfect looks back from that day, so the weekday is
        the last such day before it, not one after it nearer the reference. Not when the words
        around it say otherwise (`_looks_back`: a plan made then, what comes next, a reporting
        clause, a list of days, a pluperfect in another clause), nor after a day told in a
        pluperfect itself (« ils s'étaient rendus à Moscou vendredi ; la chancelière avait plaidé
        lundi »: the narrative goes on, forward, at that level)."""
        assert self.last_day_record is not None  # `_weekday` asks only after a day was told
        told_in, told = self.last_day_record
        if told_in < sentence - 1 or told.first is None or told.first >= when:
            return when
        low, high = self.sentences.bounds(start)
        low = start - _PLUPERFECT_REACH if start - _PLUPERFECT_REACH > low else low
        high = end + _PLUPERFECT_REACH if end + _PLUPERFECT_REACH < high else high
        if not _looks_back(self.text[low:start], self.text[start:end], self.text[end:high]):
            return when
        # The day told in a pluperfect itself (« ils s'étaient rendus à Moscou, vendredi »): the
        # narrative goes on at that level, forward.
        told_from = self.sentences.bounds(told.start)[0]
        told_until = told.end + _PLUPERFECT_REACH if told.end + _PLUPERFECT_REACH < low else low
        if told_until > told_from and _in_pluperfect(self.text, told_from, told_until):
            return when
        return told.first - timedelta(days=(told.first.weekday() - weekday) % 7 or 7)

    def _chained_weekday(self, weekday: int, start: int, sentence: int) -> date | None:
        """A weekday that follows another in its sentence (the `sentence`-th, from `start` on),
        chained by "puis", "repoussée à"...: the first such day after that one, so that the
        sentence keeps the week of its narrative."""
        if self.last_weekday is None:
            return None
        previous_sentence, previous, end = self.last_weekday
        if previous_sentence != sentence or start - end < _SUCCESSION_LENGTH \
                or not _SUCCESSION.search(self.text, end, start):
            return None
        return previous + timedelta(days=(weekday - previous.weekday()) % 7 or 7)

    def _weekday_of_stated_week(self, weekday: int, sentence: int) -> date | None:
        """A weekday after a week its sentence (the `sentence`-th) names: that week's (« La semaine
        dernière, ils se sont rendus à Kiev, jeudi, puis à Moscou, vendredi »)."""
        if self.last_week is None or self.last_week[0] != sentence:
            return None
        return self.last_week[1] + timedelta(days=weekday)

    def _last_day_or_reference(self, end: bool) -> tuple[date | None, Anchor]:
        """The last day-precise date mentioned (its last day if `end`, else its first), else the
        reference's day."""
        if self.last_day is not None:
            year, month, day = self.last_day[3:] if end else self.last_day[:3]
            if year is None:
                return None, "unresolved"
            return cal.calendar_day(year, month, day), "previous"
        if self.ref_day is not None:
            return self.ref_day, "document"
        return None, "unresolved"

    def _weekday_relative(self, m: re.Match[str]) -> list[Timex]:
        """"mardi suivant", "le lundi d'après", "le jeudi précédent": the next or previous such
        weekday after or before the last date mentioned (the reference when none is)."""
        weekday = WEEKDAYS[fold(m["weekday"])]
        after = not fold(m["rel"]).startswith(("prec", "d'avant"))
        base, anchor = self._last_day_or_reference(after)
        if base is None:
            return self._unresolved(m)
        if after:
            when = base + timedelta(days=(weekday - base.weekday()) % 7 or 7)
        else:
            when = base - timedelta(days=(base.weekday() - weekday) % 7 or 7)
        return self._on_day(m, when, anchor)

    def _weekday_of_week(self, m: re.Match[str]) -> list[Timex]:
        """"lundi de la semaine prochaine", "vendredi cette semaine", "dimanche de la semaine
        dernière": that weekday of that ISO week; "de la semaine suivante" / "précédente" count
        from the last date mentioned."""
        weekday = WEEKDAYS[fold(m["weekday"])]
        which = fold(m["which"] or "")
        anchor: Anchor = "document"
        if which.startswith(("suivant", "d'apres", "prec", "d'avant")):
            base, anchor = self._last_day_or_reference(True)
            shift = -7 if which.startswith(("prec", "d'avant")) else 7
        else:
            base, shift = self.ref_day, {"last": -7, "next": 7}.get(_direction(m["which"]) or "", 0)
        if base is None:
            return self._unresolved(m)
        monday = base - timedelta(days=base.weekday()) + timedelta(days=shift)
        return self._on_day(m, monday + timedelta(days=weekday), anchor)

    def _weekday_in_eight(self, m: re.Match[str]) -> list[Timex]:
        """"lundi en huit", "jeudi en quinze": one or two weeks after the coming such day (the first
        after the reference); "demain en huit", "aujourd'hui en quinze" count from that day."""
        ref = self.ref_day
        if ref is None:
            return self._unresolved(m)
        weeks = 1 if fold(m["n"]) == "huit" else 2
        word = fold(m["day"])
        if word in WEEKDAYS:
            coming = ref + timedelta(days=(WEEKDAYS[word] - ref.weekday()) % 7 or 7)
        else:
            coming = ref + timedelta(days=1 if word == "demain" else 0)
        return self._on_day(m, coming + timedelta(weeks=weeks))
