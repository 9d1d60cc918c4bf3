"""The finding grammar: one regular expression per family of French temporal expressions.

Each rule only finds and names the pieces of an expression (day, month, year, modifier...);
`resolve.py` decides what they mean. Every pattern is bounded in length and free of nested
quantifiers, so scanning stays linear in the size of the text whatever it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frise.temporal.lexicon import MONTH_ABBREVIATIONS, MONTHS, NUMBERS, WEEKDAYS, regex_alternation

AP = "['’ʼ]"
_S = r"[ \t\u00a0\u202f]+"  # spaces within a line; an expression never spans a line break
_OS = r"[ \t\u00a0\u202f]*"

MONTH = "(?:" + regex_alternation(MONTHS) + "|" + "|".join(re.escape(a) for a in MONTH_ABBREVIATIONS) + ")"
WEEKDAY = regex_alternation(WEEKDAYS)
DAY = r"(?<![\d,.])(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])(?!\d|,\d)"  # not "2,5"
YEAR4 = r"(?<![\d.,])(?:1\d{3}|20\d\d)(?![\d]|[.,]\d)"
YEAR_AFTER_MONTH = rf"(?:{YEAR4}|{AP}?\d\d(?![\d]|[.,]\d|{_OS}(?:h\b|heures?\b|%)))"
NUMBER = r"(?:\d{1,3}|" + regex_alternation([w for w in NUMBERS if len(w) > 1]) + ")"
LAST_NEXT = r"(?:derni[eè]re?s?|prochaine?s?|pass[ée]e?s?)"
PART = r"(?:d[ée]but|fin|milieu)"
SEASON = regex_alternation(["printemps", "été", "automne", "hiver"])


def _named(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def _day_month_year(suffix: str = "") -> str:
    return (
        _named(f"day{suffix}", DAY) + _S + _named(f"month{suffix}", MONTH)
        + f"(?:{_S}" + _named(f"year{suffix}", YEAR_AFTER_MONTH) + ")?"
    )


def _month_part(suffix: str) -> str:
    """An optional début/mi/fin before a month: "fin mai", "début de septembre", "mi-juin"."""
    return (
        rf"(?:(?:(?:au|le|dans{_S}le|en){_S})?(?P<part{suffix}>{PART}|courant){_S}(?:du{_S}mois{_S})?(?:de{_S}|d{AP})?"
        rf"|(?:(?:à{_S})?la{_S})?(?P<mi{suffix}>mi){_OS}-?{_OS})?"
    )


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    heads: frozenset[str]  # the kinds of head word (see TRIGGER) without which it cannot match


_RULE_HEADS = {
    "night_weekdays": "weekday", "weekday": "weekday", "month_range": "month", "month": "month",
    "century": "century", "season": "season", "relative_day": "relative", "anaphor": "anaphor unit",
    "week": "unit", "week_of": "unit", "weekend": "unit", "month_relative": "unit", "year_relative": "unit",
    "ago": "unit", "duration": "unit", "holiday": "holiday",
}


def _rule(name: str, pattern: str) -> Rule:
    # Rules run on the lower-cased text (see `lowered`): case-sensitive matching is several times
    # faster than re.IGNORECASE, and the resolver reads case from the original text.
    heads = frozenset(_RULE_HEADS.get(name, "digit").split())
    return Rule(name, re.compile(r"(?<![\w-])" + pattern + r"(?![\w])"), heads)


RULES: tuple[Rule, ...] = (
    _rule("numeric", r"(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![./]\d)"),
    _rule("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
    _rule(
        "night",
        rf"dans{_S}la{_S}nuit{_S}(?:du|de){_S}(?:{WEEKDAY}{_S})?(?P<day1>{DAY})(?:{_S}(?P<month1>{MONTH}))?"
        rf"{_S}(?:au|à){_S}(?:{WEEKDAY}{_S})?" + _day_month_year("2"),
    ),
    _rule(
        "night_weekdays",
        rf"dans{_S}la{_S}nuit{_S}de{_S}(?P<wd1>{WEEKDAY}){_S}(?:à|au){_S}(?P<wd2>{WEEKDAY})"
        rf"(?:{_S}" + _day_month_year("2") + ")?",
    ),
    _rule(
        "day_range",
        rf"(?:(?:du|entre{_S}le|depuis{_S}le|à{_S}partir{_S}du){_S})(?:{WEEKDAY}{_S})?(?P<day1>{DAY})"
        rf"(?:{_S}(?P<month1>{MONTH})(?:{_S}(?P<year1>{YEAR4}))?)?"
        rf"{_S}(?:au|et{_S}le|jusqu{AP}au){_S}(?:{WEEKDAY}{_S})?" + _day_month_year("2"),
    ),
    _rule(
        "day_list",
        rf"(?:(?:les|des|aux){_S})?(?P<days>{DAY}(?:{_OS},{_OS}{DAY}){{0,5}}){_S}(?:et|ou){_S}"
        + _day_month_year("2") + rf"(?:{_S}(?P<lastnext>{LAST_NEXT}))?",
    ),
    _rule("day_dash", rf"(?P<day1>{DAY}){_OS}[-–]{_OS}" + _day_month_year("2")),
    _rule(
        "day",
        rf"(?:(?:le|ce|du|au){_S})?(?:(?P<weekday>{WEEKDAY}){_S})?" + _day_month_year()
        + rf"(?:{_S}(?P<lastnext>{LAST_NEXT}))?",
    ),
    _rule(
        "month_range",
        rf"(?:(?:de|entre){_S}|d{AP})?" + _month_part("1") + rf"(?P<month1>{MONTH})(?:{_S}(?P<year1>{YEAR4}))?"
        + rf"(?:{_OS}[-–]{_OS}|{_S}(?:à|au|et){_S})" + _month_part("2")
        + rf"(?P<month2>{MONTH})(?:{_S}(?P<year2>{YEAR4}))?(?:{_S}(?P<lastnext>{LAST_NEXT}))?",
    ),
    _rule(
        "month",
        rf"(?:(?P<since>depuis){_S})?" + _month_part("")
        + rf"(?:(?:au{_S}|le{_S}|du{_S})?mois{_S}(?:de{_S}|d{AP}))?(?P<month>{MONTH})"
        rf"(?:{_S}(?P<year>{YEAR_AFTER_MONTH}))?(?:{_S}(?P<lastnext>{LAST_NEXT}))?",
    ),
    _rule(
        "year",
        rf"(?:(?P<prep>en|depuis|dès|de|d{AP}ici|avant|après|jusqu{AP}en|vers|pour|l{AP}an|l{AP}année|année){_S})?"
        rf"(?:(?:(?:au|le|en|dès{_S}le|depuis{_S}le){_S})?(?P<part>{PART}){_S}(?:de{_S}l{AP}année{_S})?"
        rf"|(?P<mi>mi){_OS}-{_OS})?(?P<year>{YEAR4})",
    ),
    _rule("short_year", rf"en{_S}(?P<year>{AP}?\d\d)(?={_OS}(?:[,;:)(!?]|\.(?!\d))|{_S}(?:et|ou|puis)\b)"),
    _rule("year_pair", rf"(?P<year1>{YEAR4}){_OS}[-–]{_OS}(?P<year2>{YEAR4})"),
    _rule(
        "decade",
        rf"(?:(?:(?:au|le|du|dès{_S}le|à{_S}la){_S})?(?P<part>{PART}){_S}des{_S}|les{_S}|des{_S}|aux{_S}|dans{_S}les{_S})"
        rf"années{_S}(?P<decade>(?:19|20)?\d0)(?!\d)",
    ),
    _rule(
        "century",
        rf"(?:(?:(?:au|le|la|à{_S}la|dès{_S}la){_S})?(?P<part>{PART}){_S}du{_S}|(?:le|au|du){_S})?"
        rf"(?P<century>[ivxl]{{1,6}}|\d{{1,2}})(?:e|ème|eme|è){_S}siècle",
    ),
    _rule(
        "season",
        rf"(?P<det>l{AP}|cet{_S}|en{_S}|au{_S}|le{_S}|ce{_S}|les{_S}mois{_S}d{AP})?"
        rf"(?P<season>{SEASON})(?:{_S}(?P<year>{YEAR4}|{LAST_NEXT}))?",
    ),
    _rule("relative_day", rf"(?P<word>avant-hier|après-demain|aujourd{AP}hui(?:{_S}même)?|hier|demain)"
          rf"(?:{_S}(?P<weekday>{WEEKDAY}))?"),
    _rule(
        "anaphor",
        rf"(?P<prefix>à{_S}la{_S}|à{_S}l{AP}|au{_S})(?P<bare>avant-veille|veille|surlendemain|lendemain)"
        rf"|(?P<word>(?:la{_S}|l{AP})avant-veille|la{_S}veille|le{_S}surlendemain|"
        rf"le{_S}lendemain|le{_S}même{_S}jour|ce{_S}même{_S}jour|ce{_S}jour-là)",
    ),
    _rule("week", rf"(?P<word>cette{_S}semaine|(?:la{_S})?semaine{_S}(?P<lastnext>{LAST_NEXT}))"),
    _rule(
        "week_of",
        rf"(?:(?:la|cette){_S})?semaine{_S}du{_S}(?:(?P<weekday>{WEEKDAY}){_S})?" + _day_month_year(),
    ),
    _rule("weekend", rf"(?P<word>ce{_S}week-?end|le{_S}week-?end{_S}(?P<lastnext>{LAST_NEXT}))"),
    _rule(
        "month_relative",
        rf"(?:ce{_S}mois(?:-ci)?|(?:dans{_S}le{_S}courant|au{_S}cours){_S}du{_S}mois|le{_S}mois{_S}(?P<lastnext>{LAST_NEXT}))",
    ),
    _rule(
        "year_relative",
        rf"(?:(?:(?:à|dès|depuis){_S})?(?:la{_S}|en{_S}|au{_S}|le{_S})?(?P<part>{PART}){_S}(?:de{_S}(?=l{AP})|d{AP}(?=année))|(?:pour|depuis){_S})?"
        rf"(?:(?P<this>cette{_S}année|l{AP}année{_S}en{_S}cours)|(?:l{AP}an|l{AP}année|année)(?:{_S}(?P<lastnext>{LAST_NEXT}))?)"
        rf"(?!{_S}\d)",
    ),
    _rule(
        "ago",
        rf"(?P<dir>il{_S}y{_S}a|dans){_S}(?P<n>{NUMBER}){_S}(?P<unit>jours?|semaines?|mois|ans|années?)",
    ),
    _rule(
        "weekday",
        rf"(?:(?P<prefix>ce|dès|depuis|à{_S}partir{_S}de|à{_S}compter{_S}de|jusqu{AP}à|d{AP}ici){_S})?"
        rf"(?P<weekday>{WEEKDAY})(?:{_S}(?P<lastnext>{LAST_NEXT}))?",
    ),
    _rule(
        "holiday",
        rf"(?:(?:à|de|la|le|pour|avant|après|depuis|dès|fête{_S}de|jour{_S}de|lundi{_S}de|week-end{_S}de){_S}|l{AP})"
        rf"(?P<holiday>noël|pâques|pentecôte|toussaint|ascension|assomption|nouvel{_S}an|saint-sylvestre)"
        rf"(?:{_S}(?P<year>{YEAR4}))?",
    ),
    _rule(
        "duration",
        rf"(?:(?:pendant|durant|depuis|en|sur|de|pour){_S})?(?P<n>{NUMBER}){_S}(?P<unit>jours?|semaines?|mois|ans|années)",
    ),
)

def lowered(text: str) -> str:
    """The text in lower case, character for character, so that offsets stay valid."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowers to two


# A metadata line such as " date 2017-07" opening a file: the article's date, not its text.
HEADER = re.compile(r"\A\s*date\s+\d{4}(?:-\d\d){0,2}(?!\d)", re.IGNORECASE)

# Every expression holds at least one head word, of one of these kinds. One pass finds them; each
# rule then runs only in the windows around heads of its kinds, so text without any (a digit run,
# "le le le") costs a single scan, and news text a few rules over a few words.
_HEADS = {
    "digit": r"\d{1,4}(?:er|re|e|ème|eme|è)?",
    "month": regex_alternation(list(MONTHS)) + "|" + "|".join(re.escape(a[:-1]) for a in MONTH_ABBREVIATIONS),
    "weekday": regex_alternation(list(WEEKDAYS)),
    "relative": regex_alternation(["hier", "avant-hier", "demain", "après-demain", "aujourd'hui"]),
    "anaphor": regex_alternation(["veille", "avant-veille", "lendemain", "surlendemain", "jour-là"]),
    "unit": regex_alternation(["jour", "jours", "semaine", "semaines", "week-end", "weekend", "mois", "an", "ans",
                               "année", "années"]),
    "century": regex_alternation(["siècle"]),
    "season": SEASON,
    "holiday": regex_alternation(["noël", "pâques", "pentecôte", "toussaint", "ascension", "assomption", "nouvel",
                                  "saint-sylvestre"]),
}
TRIGGER = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _HEADS.items())
                     + r")(?![\w])")
# How far an expression reaches from its nearest head: the farthest are the openings of "dans la
# nuit de jeudi..." and "à compter du ..." (about 20 characters) and the tails "2017 derniers".
WINDOW = 48
