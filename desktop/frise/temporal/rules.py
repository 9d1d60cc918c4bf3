"""The grammar as a table: one declaration per rule, as HeidelTime keeps pattern, normalisation
and example together.

Each `Rule` says everything about one family of expressions:
- `name`: what the logs call it;
- `pattern`: the regular expression that finds it (on the lower-cased text, whole words only),
  built from the pieces of `grammar.py`;
- `heads`: the kinds of head word without which it cannot match (the engine runs it only around
  them);
- `handler`: the Resolver method that reads a match into records (`resolve.py`, `relative.py`);
- `examples`: sentences with what the rule reads in them, which tests/test_temporal_rules.py runs;
- `survey`: whether the resolver looks at its matches before reading the text in order (the
  months and years the article states, the weekdays it dates);
- `kind`: "range" for the rules whose records are ranges, so that one that runs off the calendar
  is kept as an unresolved range.
The strings a rule cannot match without (`needs`) are read off its pattern (grammar.needed_words):
the engine skips a stretch that lacks them.

The order of the table breaks ties: when two rules find the same stretch, the first one listed
reads it. Adding a family is adding one declaration here (and its handler).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from frise.temporal.grammar import (
    ANAPHOR,
    AP,
    APPROX_NUMBER,
    CENTURY,
    DAY,
    DAY_HOURS,
    DAY_NUMBER,
    DAY_TAIL,
    DECADE,
    HOLIDAY,
    LAST_NEXT,
    MONTH,
    MONTH_NAME,
    MONTH_WORD,
    NAMED_DAY,
    NUMBER,
    NUMBER_HEADS,
    ORDINAL,
    OSP,
    PART,
    PERIOD_PART,
    RELATIVE_DAY,
    SAME,
    SEASON,
    SEASON_NAME,
    SP,
    THAT_YEAR,
    UNIT_HEADS,
    WEEKDAY,
    WEEKDAY_NAME,
    WORD_DIGIT,
    WORD_YEAR,
    YEAR4,
    YEAR_AFTER_MONTH,
    YEAR_NUMBER,
    Head,
    compile_rule,
    day_month_year,
    month_part,
    needed_words,
    trigger,
)
from frise.temporal.model import Kind, Timex
from frise.temporal.resolve import Resolver


@dataclass(frozen=True)
class Example:
    """`text` read against `reference`: the record covering `words` spans `first`..`last`."""

    text: str
    reference: str | None
    words: str
    first: str | None
    last: str | None = ""  # "" for the same as first
    kind: Kind = "date"

    @property
    def interval(self) -> tuple[str | None, str | None]:
        return self.first, self.first if self.last == "" else self.last


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    heads: tuple[Head, ...]
    handler: Callable[[Resolver, re.Match[str]], list[Timex]]
    examples: tuple[Example, ...]
    survey: bool = False
    kind: Kind = "date"
    starts_itself: bool = False
    """Its pattern checks its own word start (`grammar.compile_rule`)."""
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    head_names: frozenset[str] = field(init=False, repr=False, compare=False)
    needs: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", compile_rule(self.pattern, self.starts_itself))
        object.__setattr__(self, "head_names", frozenset(head.name for head in self.heads))
        object.__setattr__(self, "needs", needed_words(self.pattern))  # not the guard of compile_rule


E = Example
D = "2017-07-06"  # a Thursday

RULES: tuple[Rule, ...] = (
    Rule(
        "numeric",
        rf"(?P<d>{WORD_DIGIT}\d?)(?P<sep>[./-])(?P<m>\d{{1,2}})(?:(?P=sep)|,(?=\d))(?P<y>\d{{4}}|\d\d)(?![./-]?\d)",
        NUMBER_HEADS, Resolver._numeric,
        (E("L'arrêté du 12/03/2016 a été annulé.", D, "12/03/2016", "2016-03-12"),
         E("Rendez-vous le 3.4.17 au tribunal.", D, "3.4.17", "2017-04-03"),
         E("Audience fixée au 09-11-2015 par le juge.", D, "09-11-2015", "2015-11-09"),
         E("Courrier reçu le 30/01,2014 au greffe.", D, "30/01,2014", "2014-01-30")),
        starts_itself=True,
    ),
    Rule(
        "iso",
        r"(?P<y>[12](?<![\w-][12])(?:(?<=1)\d{3}|(?<=2)0\d\d))(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
        r"(?![./-]?\d)",
        NUMBER_HEADS, Resolver._iso,
        (E("Note datée du 2016-11-30, transmise hier.", D, "2016-11-30", "2016-11-30"),
         E("Version du 2014/02/03 du règlement.", D, "2014/02/03", "2014-02-03"),
         E("Relevé du 2013.9.4 transmis au syndic.", D, "2013.9.4", "2013-09-04")),
        starts_itself=True,
    ),
    Rule(
        "numeric_range",
        rf"(?P<d1>{WORD_DIGIT}\d?)/(?P<m1>\d{{1,2}})(?:/(?P<y1>\d{{4}}|\d\d))?[ \t]*[-–][ \t]*"
        r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}|\d\d)(?![./-]?\d)",
        NUMBER_HEADS, Resolver._numeric_range,
        (E("Inscriptions 2/5-16/5/2016 au secrétariat.", D, "2/5-16/5/2016", "2016-05-02", "2016-05-16", "range"),),
        kind="range", starts_itself=True,
    ),
    Rule(
        "numeric_spaced",
        rf"(?P<d>{WORD_DIGIT}(?<!\d[ \t]\d)(?:(?<=[0-3])\d)?) (?P<m>[01]?\d) (?P<y>1\d{{3}}|20\d\d|\d\d)"
        r"(?![ \t]?\d|[.,]\d)",
        NUMBER_HEADS, Resolver._numeric_spaced,
        (E("Né le 07 03 1961 à Lille.", D, "07 03 1961", "1961-03-07"),
         E("Formulaire signé 9 6 93.", D, "9 6 93", "1993-06-09")),
        starts_itself=True,
    ),
    Rule(
        "numeric_month",
        rf"(?:(?P<m>0?[1-9]|1[0-2]){OSP}[/-]{OSP}(?P<y>1\d{{3}}|20\d\d)"
        rf"|(?P<y2>1\d{{3}}|20\d\d)(?:{OSP}[/-]{OSP}|\.)(?P<m2>0?[1-9]|1[0-2]))(?![\d]|[./-]\d)",
        NUMBER_HEADS, Resolver._numeric_month,
        (E("Facture de 04/2015 restée impayée.", D, "04/2015", "2015-04-01", "2015-04-30"),
         E("Le relevé 2014-9 a été publié.", D, "2014-9", "2014-09-01", "2014-09-30"),
         E("La saison 2011-12 fut la meilleure.", D, "2011", "2011-01-01", "2011-12-31")),
    ),
    Rule(
        "numeric_day",
        rf"(?:(?P<intro>le|du|au|dès{SP}le|depuis{SP}le|jusqu{AP}au|à{SP}partir{SP}du|avant{SP}le|après{SP}le|ce|"
        rf"{WEEKDAY}){SP})?(?P<d>\d{{1,2}})(?P<er>er)?(?P<sep>[/-])(?P<m>\d{{1,2}})(?![\d/-]|[.,]\d)",
        NUMBER_HEADS, Resolver._numeric_day,
        (E("La séance est reportée au 4/3, a dit le maire.", D, "au 4/3", "2017-03-04"),
         E("Permanence : 21/07, de 9 h à 12 h.", D, "21/07", "2017-07-21"),
         E("Le marché se tiendra le 14-08 sur la place.", D, "le 14-08", "2017-08-14"),
         E("Inscriptions closes le 1er/09.", D, "le 1er/09", "2017-09-01")),
    ),
    Rule(
        "weekday_time",
        rf"(?P<abbr>lun|mar|mer|jeu|ven|sam|dim)\.?(?={SP}\d{{1,2}}(?::|h)\d\d)",
        NUMBER_HEADS, Resolver._weekday_time,
        (E("Mar. 10:30 : ouverture des portes.", D, "Mar", "2017-07-04"),),
    ),
    Rule(
        "night",
        rf"dans{SP}la{SP}nuit{SP}(?:du|de){SP}(?:{WEEKDAY}{SP})?(?P<day1>{DAY})(?:{SP}(?P<month1>{MONTH}))?"
        rf"{SP}(?:au|à){SP}(?:{WEEKDAY}{SP})?" + day_month_year("2"),
        NUMBER_HEADS, Resolver._night,
        (E("L'incendie s'est déclaré dans la nuit du 2 au 3 mars.", D, "2 au 3 mars", "2017-03-02", "2017-03-03",
           "range"),),
        survey=True, kind="range",
    ),
    Rule(
        "night_of_days",
        rf"dans{SP}la{SP}nuit{SP}du{SP}(?P<day1>{DAY_NUMBER}){SP}(?:au|à){SP}(?P<day2>{DAY_NUMBER}){DAY_TAIL}",
        NUMBER_HEADS, Resolver._night_of_days,
        (E("Le 12 mars, l'accord a été signé; il est entré en vigueur dans la nuit du 14 au 15.", D,
           "nuit du 14 au 15", "2017-03-14", "2017-03-15", "range"),
         E("Des tirs ont été entendus dans la nuit du 30 au 1er, selon les habitants.", D, "nuit du 30 au 1er",
           "2017-06-30", "2017-07-01", "range")),
        kind="range",
    ),
    Rule(
        "days_of_month",
        rf"(?P<open>du|les|entre{SP}le){SP}(?P<day1>{DAY_NUMBER}){SP}(?:au|et|et{SP}le){SP}(?P<day2>{DAY_NUMBER})"
        rf"{DAY_TAIL}",
        NUMBER_HEADS, Resolver._days_of_month,
        (E("Le 2 mars 2016, la délégation est arrivée. Les pourparlers ont eu lieu les 3 et 4, à huis clos.", D,
           "les 3 et 4", "2016-03-03", "2016-03-04", "range"),
         E("Le programme de juillet est connu : le salon se tiendra du 20 au 24.", D, "du 20 au 24", "2017-07-20",
           "2017-07-24", "range"),
         E("Le 27 juin, les cheminots ont voté la grève ; elle a duré du 28 au 2.", D, "du 28 au 2", "2017-06-28",
           "2017-07-02", "range")),
        kind="range",
    ),
    Rule(
        "weekday_range",
        rf"(?P<open>du|de|entre){SP}(?P<wd1>{WEEKDAY}){SP}(?:au|à|a|et|jusqu{AP}(?:à|au|a)){SP}(?P<wd2>{WEEKDAY})"
        rf"(?:{SP}(?P<lastnext>{LAST_NEXT}))?",
        (WEEKDAY_NAME,), Resolver._weekday_range,
        (E("Le musée sera fermé de lundi à mercredi.", D, "lundi à mercredi", "2017-07-10", "2017-07-12", "range"),
         E("Les grévistes ont occupé l'usine du mardi au jeudi.", D, "mardi au jeudi", "2017-07-04", "2017-07-06",
           "range")),
        kind="range",
    ),
    Rule(
        "weekday_pair",
        rf"(?P<wd1>{WEEKDAY}){SP}et{SP}(?P<wd2>{WEEKDAY})(?:{SP}(?P<lastnext>{LAST_NEXT}))?",
        (WEEKDAY_NAME,), Resolver._weekday_pair,
        (E("Les ministres se sont réunis samedi et dimanche à Kinshasa.", D, "samedi et dimanche", "2017-07-01",
           "2017-07-02", "range"),
         E("Il a parlé lundi et mercredi.", D, "lundi", "2017-07-03")),
        kind="range",
    ),
    Rule(
        "night_weekdays",
        rf"dans{SP}la{SP}nuit{SP}de{SP}(?P<wd1>{WEEKDAY}){SP}(?:à|au){SP}(?P<wd2>{WEEKDAY})"
        rf"(?:{SP}" + day_month_year("2") + ")?",
        (WEEKDAY_NAME,), Resolver._night_weekdays,
        (E("Dans la nuit de lundi à mardi 4 juillet, deux postes ont été attaqués.", D, "lundi à mardi",
           "2017-07-03", "2017-07-04", "range"),),
        kind="range",
    ),
    Rule(
        "day_range",
        rf"(?:(?:du|de|depuis{SP}le|à{SP}partir{SP}du){SP})?(?:{WEEKDAY}{SP})?(?P<day1>{DAY})"
        rf"(?:{SP}(?P<month1>{MONTH})(?:{SP}(?P<year1>{YEAR4}))?)?"
        rf"{SP}(?:au|à|jusqu{AP}(?:au|à|a)){SP}(?:{WEEKDAY}{SP})?" + day_month_year("2", referred=True),
        (MONTH_NAME, MONTH_WORD), Resolver._day_range,
        (E("Le salon se tiendra du 12 au 14 octobre à Lyon.", D, "12 au 14 octobre", "2017-10-12", "2017-10-14",
           "range"),
         E("Les écoles ferment du 28 février au 2 mars.", D, "28 février au 2 mars", "2017-02-28", "2017-03-02",
           "range"),
         E("Exposition ouverte 3 au 9 septembre, entrée libre.", D, "3 au 9 septembre", "2017-09-03",
           "2017-09-09", "range"),
         E("Travaux de voirie du 10 jusqu'au 21 du mois prochain.", D, "10 jusqu'au 21 du mois prochain",
           "2017-08-10", "2017-08-21", "range"),
         E("De mardi 4 à jeudi 6 juillet, la route est coupée.", D, "mardi 4 à jeudi 6 juillet", "2017-07-04",
           "2017-07-06", "range")),
        survey=True, kind="range",
    ),
    Rule(
        "day_between",
        rf"entre{SP}(?:le{SP})?(?:{WEEKDAY}{SP})?(?P<day1>{DAY})(?:{SP}(?P<month1>{MONTH})(?:{SP}(?P<year1>{YEAR4}))?)?"
        rf"{SP}et{SP}(?:le{SP})?(?:{WEEKDAY}{SP})?" + day_month_year("2", referred=True),
        (MONTH_NAME, MONTH_WORD), Resolver._day_range,
        (E("Le vote aura lieu entre le 2 et le 4 octobre.", D, "2 et le 4 octobre", "2017-10-02", "2017-10-04",
           "range"),
         E("Les pluies sont attendues entre lundi 10 et mardi 11 juillet.", D, "lundi 10 et mardi 11 juillet",
           "2017-07-10", "2017-07-11", "range")),
        survey=True, kind="range",
    ),
    Rule(
        "day_list",
        rf"(?:(?:les|des|aux|le){SP})?(?:{WEEKDAY}{SP})?"
        rf"(?P<days>{DAY}(?:{OSP},{OSP}(?:le{SP})?(?:{WEEKDAY}{SP})?{DAY}){{0,5}}){SP}(?:et|ou){SP}(?:le{SP})?"
        rf"(?:{WEEKDAY}{SP})?" + day_month_year("2") + rf"(?:{SP}(?P<lastnext>{LAST_NEXT}))?",
        (MONTH_NAME,), Resolver._day_list,
        (E("Les épreuves ont lieu les 20 et 21 juin.", D, "20 et 21 juin", "2017-06-20", "2017-06-21", "range"),
         E("Grève les 5 et 9 mai dans les transports.", D, "9 mai", "2017-05-09"),
         E("Le congrès se réunit le 4 et le 5 novembre.", D, "4 et le 5 novembre", "2017-11-04", "2017-11-05",
           "range"),
         E("Visites le samedi 8 et le dimanche 9 juillet.", D, "8 et le dimanche 9 juillet", "2017-07-08",
           "2017-07-09", "range")),
        survey=True,
    ),
    Rule(
        "day_dash",
        rf"(?P<day1>{DAY}){OSP}[-–]{OSP}" + day_month_year("2", referred=True),
        NUMBER_HEADS, Resolver._day_dash,
        (E("Festival de jazz, 7-9 juillet, entrée libre.", D, "7-9 juillet", "2017-07-07", "2017-07-09", "range"),
         E("Soldes 12-20 de ce mois dans les magasins.", D, "12-20 de ce mois", "2017-07-12", "2017-07-20",
           "range")),
        survey=True, kind="range",
    ),
    Rule(
        "day",
        rf"(?:(?:le|ce|du|au){SP})?(?:(?P<weekday>{WEEKDAY}){SP})?" + day_month_year(referred=True)
        + rf"(?:{SP}(?P<lastnext>{LAST_NEXT})|{SP}{THAT_YEAR})?",
        (MONTH_NAME, MONTH_WORD), Resolver._day,
        (E("Le traité a été ratifié le 18 mars 1992.", D, "18 mars 1992", "1992-03-18"),
         E("Il est arrivé lundi 3 juillet à Berlin.", D, "lundi 3 juillet", "2017-07-03"),
         E("Le verdict tombera le 1er septembre.", D, "1er septembre", "2017-09-01"),
         E("Le paiement est dû le 5 du mois prochain.", D, "5 du mois prochain", "2017-08-05"),
         E("Nous avons bien reçu votre courrier du 3 courant.", D, "3 courant", "2017-07-03"),
         E("Depuis les attentats du 11-Septembre, la doctrine a changé.", D, "11-Septembre", "2001-09-11"),
         E("La crise de 2019 a tout changé. Le 23 janvier de cette année-là, il s'est proclamé président.", D,
           "23 janvier de cette année-là", "2019-01-23")),
        survey=True,
    ),
    Rule(
        "day_alone",
        rf"(?P<intro>le|du|au|dès{SP}le|depuis{SP}le|jusqu{AP}au|à{SP}partir{SP}du|avant{SP}le|après{SP}le|ce){SP}"
        rf"(?:(?P<weekday>{WEEKDAY}){SP})?(?P<day>{DAY_NUMBER}){DAY_TAIL}",
        NUMBER_HEADS, Resolver._day_alone,
        (E("Le sommet s'est ouvert le 3 mars 2016. Le 5, les ministres ont signé.", D, "Le 5", "2016-03-05"),
         E("La séance du 12, à huis clos, durera six heures.", D, "du 12", "2017-07-12"),
         E("Le jury rendra sa décision le lundi 17, à Paris.", D, "lundi 17", "2017-07-17"),
         E("La réunion du 3 a été annulée.", D, "du 3", "2017-07-03"),
         E("Le sommet du 21 s'est ouvert dans le calme.", D, "du 21", "2017-06-21"),
         E("Le 3 mars, il a signé. Le sommet du 12 devait suivre.", D, "du 12", "2017-03-12")),
    ),
    Rule(
        "weekday_day",
        rf"(?P<weekday>{WEEKDAY}){SP}(?P<day>{DAY_NUMBER}){DAY_TAIL}",
        (WEEKDAY_NAME,), Resolver._day_alone,
        (E("Les grévistes ont défilé mardi 4 devant la préfecture.", D, "mardi 4", "2017-07-04"),
         E("Rendez-vous vendredi 15 au soir.", D, "vendredi 15", "2017-09-15")),
    ),
    Rule(
        "month_range",
        rf"(?:(?:de|entre){SP}|d{AP})?" + month_part("1") + rf"(?P<month1>{MONTH})(?:{SP}(?P<year1>{YEAR4}))?"
        + rf"(?:{OSP}[-–]{OSP}|{SP}(?:à|au|et){SP}|(?(part1),{SP}(?=d[ée]but)|(?!)))" + month_part("2")
        + rf"(?P<month2>{MONTH})(?:{SP}(?P<year2>{YEAR4}))?(?:{SP}(?P<lastnext>{LAST_NEXT}))?",
        (MONTH_NAME,), Resolver._month_range,
        (E("D'octobre à décembre 2016, les ventes ont chuté.", D, "octobre à décembre 2016", "2016-10-01",
           "2016-12-31", "range"),
         E("Les récoltes de mars et avril derniers ont été maigres.", D, "avril derniers", "2017-04-01",
           "2017-04-30"),
         E("Fin août, début septembre, la récolte commencera.", D, "Fin août, début septembre", "2017-08-21",
           "2017-09-10", "range")),
        survey=True, kind="range",
    ),
    Rule(
        "month",
        rf"(?:(?P<since>depuis){SP})?" + month_part("")
        + rf"(?:(?:au{SP}|le{SP}|du{SP}|ce{SP})?mois{SP}(?:de{SP}|d{AP})|(?P<this>ce(?:tte)?){SP})?(?P<month>{MONTH})"
        rf"(?:{SP}(?P<year>{YEAR_AFTER_MONTH}))?(?:{SP}(?P<lastnext>{LAST_NEXT})|{SP}{THAT_YEAR})?",
        (MONTH_NAME,), Resolver._month,
        (E("Les travaux commenceront en novembre.", D, "novembre", "2017-11-01", "2017-11-30"),
         E("Fin octobre 2015, le barrage a cédé.", D, "Fin octobre 2015", "2015-10-21", "2015-10-31"),
         E("Le festival revient ce Septembre avec vingt concerts.", D, "ce Septembre", "2017-09-01", "2017-09-30"),
         E("Au cours du mois de mai, le trafic a doublé.", D, "mois de mai", "2017-05-01", "2017-05-31"),
         E("Il a été élu en 2012. En mars de l'année suivante, il a démissionné.", D, "mars de l'année suivante",
           "2013-03-01", "2013-03-31")),
        survey=True,
    ),
    Rule(
        "year",
        rf"(?:(?P<prep>en|depuis|dès|de|d{AP}ici|avant|après|jusqu{AP}en|vers|pour|l{AP}an|l{AP}année|année){SP})?"
        rf"(?:(?:(?:au|le|la|à{SP}la|en|dès{SP}le|depuis{SP}le){SP})?(?P<part>{PART}){SP}(?:de{SP}(?:l{AP}année{SP})?)?"
        rf"|(?P<mi>mi){OSP}-{OSP})?(?P<year>{YEAR4})",
        (YEAR_NUMBER,), Resolver._year,
        (E("En 2009, la banque a fait faillite.", D, "2009", "2009-01-01", "2009-12-31"),
         E("Le chantier s'achèvera fin 2019.", D, "fin 2019", "2019-09-01", "2019-12-31"),
         E("Une réforme est promise d'ici à la fin de 2019.", D, "la fin de 2019", "2019-09-01", "2019-12-31")),
    ),
    Rule(
        "short_year",
        rf"en{SP}(?P<year>{AP}?\d\d)(?={OSP}(?:[,;:)(!?]|\.(?!\d))|{SP}(?:et|ou|puis)\b)",
        NUMBER_HEADS, Resolver._short_year,
        (E("Il avait été élu en 95, puis réélu.", D, "95", "1995-01-01", "1995-12-31"),),
    ),
    Rule(
        "year_range",
        rf"(?P<open>de|depuis|en|\(){OSP}(?P<year1>{YEAR4})(?P<dash>{OSP}[-–]{OSP})?"
        rf"(?(dash)|{SP}(?:à|a|au|jusqu{AP}(?:en|à|a)){SP})(?P<year2>{YEAR4})",
        (YEAR_NUMBER,), Resolver._year_range,
        (E("Il a dirigé la région de 2004 à 2010.", D, "2004 à 2010", "2004-01-01", "2010-12-31", "range"),
         E("Le peintre Jean Martin (1921-1987) exposait ici.", D, "1921-1987", "1921-01-01", "1987-12-31",
           "range"),
         E("Le chômage a reculé en 2015-2016, selon l'institut.", D, "2015-2016", "2015-01-01", "2016-12-31",
           "range")),
        kind="range",
    ),
    Rule(
        "year_pair",
        rf"(?P<year1>{WORD_YEAR}){OSP}[-–]{OSP}(?P<year2>{YEAR4})",
        (YEAR_NUMBER,), Resolver._year_pair,
        (E("Le plan 2014-2018 a été reconduit.", D, "2018", "2018-01-01", "2018-12-31"),),
        starts_itself=True,
    ),
    Rule(
        "decade",
        rf"(?:(?:(?:au|le|du|dès{SP}le|à{SP}la){SP})?(?P<part>{PART}){SP}des{SP}|les{SP}|des{SP}|aux{SP}|dans{SP}les{SP})"
        rf"années{SP}(?P<decade>{DECADE})"
        rf"(?:(?P<join>{OSP}[-–]{OSP}|{SP}(?:à|et){SP}(?:les{SP}années{SP})?)(?P<decade2>{DECADE}))?",
        UNIT_HEADS, Resolver._decade,
        (E("La ville a doublé de taille dans les années 1970.", D, "années 1970", "1970-01-01", "1979-12-31"),
         E("Le quartier s'est vidé dans les années soixante.", D, "années soixante", "1960-01-01", "1969-12-31"),
         E("La vogue des années quatre-vingt-dix est revenue.", D, "années quatre-vingt-dix", "1990-01-01",
           "1999-12-31"),
         E("Les grèves des années 1960-1970 ont marqué la ville.", D, "années 1960-1970", "1960-01-01",
           "1979-12-31", "range"),
         E("Dans les années 1980 et 1990, le port a décliné.", D, "années 1980 et 1990", "1980-01-01",
           "1999-12-31", "range")),
    ),
    Rule(
        "century",
        rf"(?:(?:(?:au|le|la|à{SP}la|dès{SP}la){SP})?(?P<part>{PART}){SP}du{SP}|(?:le|au|du){SP})?"
        rf"(?P<century>[ivxl]{{1,6}}|\d{{1,2}})(?:e|ème|eme|è){SP}siècle",
        (CENTURY,), Resolver._century,
        (E("Ce pont date du XVIIIe siècle.", D, "XVIIIe siècle", "1700-01-01", "1799-12-31"),),
    ),
    Rule(
        "century_relative",
        rf"(?:(?:(?:au|le|la|à{SP}la|dès{SP}la){SP})?(?P<part>{PART}){SP}du{SP}|(?:le|au|du|ce){SP})?"
        rf"(?:siècle{SP}(?P<lastnext>dernier|prochain)|(?P<this>ce){SP}siècle)",
        (CENTURY,), Resolver._century_relative,
        (E("Au cours du siècle dernier, la ville a triplé.", "2017-07-06", "siècle dernier", "1900-01-01",
           "1999-12-31"),
         E("À la fin du siècle dernier, le port fermait.", "2017-07-06", "fin du siècle dernier", "1900-01-01",
           "1999-12-31"),
         E("Ce siècle verra la fin du charbon.", "2017-07-06", "Ce siècle", "2000-01-01", "2099-12-31")),
    ),
    Rule(
        "season_pair",
        rf"(?P<s1>{SEASON}){SP}comme{SP}(?P<s2>{SEASON})",
        (SEASON_NAME,), Resolver._season_pair,
        (E("Le marché est ouvert hiver comme été.", D, "hiver", None, None),),
    ),
    Rule(
        "season",
        rf"(?:(?P<spart>d[ée]but|fin|milieu){SP}(?:de{SP}|du{SP}|d{AP}))?"
        rf"(?P<det>l{AP}|cet{SP}|en{SP}|au{SP}|le{SP}|ce{SP}|les{SP}mois{SP}d{AP})?"
        rf"(?P<season>{SEASON})(?:{SP}(?P<year>{YEAR4}|{LAST_NEXT}))?",
        (SEASON_NAME,), Resolver._season,
        (E("La récolte de l'automne 2014 fut record.", D, "automne 2014", "2014-09-01", "2014-11-30"),
         E("Les ventes de glaces explosent en été.", D, "été", None, None),
         E("Le sommet se tiendra en automne à Oslo.", D, "automne", "2017-09-01", "2017-11-30"),
         E("Au printemps de l'an dernier, la digue a cédé.", D, "printemps", "2017-03-01", "2017-05-31"),
         E("Cet automne, le parlement votera le budget.", "2019-03-14", "automne", "2019-09-01", "2019-11-30"),
         E("Cet été, les digues ont tenu.", "2019-01-14", "été", "2018-06-01", "2018-08-31"),
         E("Un référendum est prévu à l'automne.", "2019-03-14", "automne", "2019-09-01", "2019-11-30"),
         E("Le référendum a eu lieu à l'automne.", "2019-03-14", "automne", "2018-09-01", "2018-11-30"),
         E("Le scrutin est prévu pour la fin de l'été.", "2019-03-14", "fin de l'été", "2019-08-01", "2019-08-31"),
         E("Au début du printemps 2016, la digue a cédé.", D, "début du printemps 2016", "2016-03-01",
           "2016-03-31"),
         E("À la fin de l'hiver dernier, les routes étaient coupées.", D, "fin de l'hiver dernier", "2017-02-01",
           "2017-02-28")),
    ),
    Rule(
        "relative_day",
        rf"(?P<word>avant[- ]hier|apr[eè]s[- ]demain|aujourd(?:{AP}|{SP})hui(?:{SP}même)?|hier|demain)"
        rf"(?:{SP}(?P<weekday>{WEEKDAY}))?"
        rf"|(?P<today>ce{SP}(?:matin|soir|midi)|cet{SP}après-midi)(?!-là|{SP}(?:de|du|des|d{AP}))",
        (RELATIVE_DAY,), Resolver._relative_day,
        (E("Le ministre a démissionné hier soir.", D, "hier", "2017-07-05"),
         E("La loi sera votée après-demain.", D, "après-demain", "2017-07-08"),
         E("Il a été libéré avant hier, sans charges.", D, "avant hier", "2017-07-04"),
         E("Réunion apres-demain à la mairie.", D, "apres-demain", "2017-07-08"),
         E("Les résultats sont tombés aujourdʹhui.", D, "aujourdʹhui", "2017-07-06"),
         E("Aujourd hui, les guichets restent fermés.", D, "Aujourd hui", "2017-07-06"),
         E("Ce matin, le ministre a reçu les syndicats.", D, "Ce matin", "2017-07-06"),
         E("Le président s'exprimera ce soir à la télévision.", D, "ce soir", "2017-07-06")),
    ),
    Rule(
        "anaphor",
        rf"(?P<prefix>à{SP}la{SP}|à{SP}l{AP}|au{SP}|(?<=jusqu{AP}a )|(?<=jusqu{AP}à )|(?<=, ))"
        rf"(?P<bare>avant-veille|veille|surlendemain|lendemain)"
        rf"|(?P<word>(?:la{SP}|l{AP})avant-veille|la{SP}veille|le{SP}surlendemain|"
        rf"le{SP}lendemain|le{SP}même{SP}jour|ce{SP}même{SP}jour|ce{SP}jour-là|le{SP}jour{SP}même|"
        rf"le{SP}(?:soir|matin){SP}même|"
        rf"le{SP}jour{SP}(?:suivant|précédent|d{AP}après|d{AP}avant))",
        (ANAPHOR, SAME, *UNIT_HEADS), Resolver._anaphor,
        (E("Le décret a paru le 2 mars 2015. Le lendemain, les syndicats ont protesté.", D, "lendemain",
           "2015-03-03"),
         E("La grève a commencé le 4 mai 2016 ; le jour même, le ministre a reçu les syndicats.", D, "jour même",
           "2016-05-04"),
         E("La veille du scrutin du 18 juin, les bureaux étaient prêts.", D, "veille", "2017-06-17"),
         E("Le traité a été signé le 9 mai 2016 ; le soir même, la rue a manifesté.", D, "soir même",
           "2016-05-09"),
         E("Hier, au lendemain de la manifestation, le calme est revenu.", D, "lendemain", "2017-07-05")),
    ),
    Rule(
        "offset",
        rf"(?:(?:(?P<n>{NUMBER}|quelques){SP}|(?P<about>{APPROX_NUMBER}){OSP})"
        rf"(?P<unit>jours?|semaines?|mois|ans?|années?)(?P<half>{SP}et{SP}demie?)?"
        rf"|{DAY_HOURS}{OSP}heures){SP}"
        rf"(?P<dir>plus{SP}tard|plus{SP}tôt|auparavant|avant|après|apres|suivants?|suivantes?|précédents?|"
        rf"précédentes?|d{AP}après|d{AP}avant)",
        UNIT_HEADS, Resolver._offset,
        (E("L'usine a fermé le 3 février 2014. Deux semaines plus tard, elle était rachetée.", D,
           "Deux semaines plus tard", "2014-02-17", "2014-02-23"),
         E("Le pont a rouvert en mars 2012 ; un an et demi plus tôt, il s'était effondré.", D,
           "un an et demi plus tôt", "2010-09-01", "2010-09-30"),
         E("Le 10 mai 2013, il est revenu. Trois jours auparavant, il était à Rome.", D, "Trois jours auparavant",
           "2013-05-07"),
         E("Il a été arrêté le 28 mars 2022. Quarante-huit heures plus tard, il était libéré.", D,
           "Quarante-huit heures plus tard", "2022-03-30"),
         E("L'usine a fermé le 3 février 2014. Une dizaine de jours plus tard, elle était rachetée.", D,
           "Une dizaine de jours plus tard", "2014-02-13")),
    ),
    Rule(
        "unit_relative",
        rf"(?:la{SP}semaine|le{SP}mois|l{AP}année|l{AP}an)"
        rf"{SP}(?P<rel>suivante?|précédente?|d{AP}après|d{AP}avant|qui{SP}suit|qui{SP}a{SP}suivi|qui{SP}suivait)"
        rf"|(?:la|le){SP}même{SP}(?P<same>semaine|mois|année)"
        rf"|(?:cette{SP}(?P<that>semaine|année)|ce{SP}(?P<thatmonth>mois))-là",
        UNIT_HEADS, Resolver._unit_relative,
        (E("Le traité a été signé en juin 2004 ; le mois suivant, il était ratifié.", D, "mois suivant",
           "2004-07-01", "2004-07-31"),
         E("Elle a été élue en 2008 et réélue la même année au conseil.", D, "même année", "2008-01-01",
           "2008-12-31"),
         E("Le pays a connu une crise en 2019. Cette année-là, le président a démissionné.", D,
           "Cette année-là", "2019-01-01", "2019-12-31")),
    ),
    Rule(
        "week",
        rf"(?P<word>cette{SP}semaine|(?:la{SP})?semaine{SP}(?P<lastnext>{LAST_NEXT})"
        rf"|(?P<within>dans{SP}la{SP}semaine)(?![-\w]|{SP}(?:de|du|des|d{AP}|qui|où|suivante?|précédente?|précédant"
        rf"|ayant|écoulée|{LAST_NEXT})))",
        UNIT_HEADS, Resolver._week,
        (E("Le texte sera examiné la semaine prochaine.", D, "semaine prochaine", "2017-07-10", "2017-07-16"),
         E("Le verdict sera rendu dans la semaine, selon l'avocat.", D, "dans la semaine", "2017-07-03",
           "2017-07-09")),
    ),
    Rule(
        "week_of",
        rf"(?:(?:(?:la|cette){SP})?semaine|(?P<weekend>(?:(?:le|ce){SP})?week-?end)){SP}du{SP}"
        rf"(?:(?P<weekday>{WEEKDAY}){SP})?" + day_month_year(),
        UNIT_HEADS, Resolver._week_of,
        (E("La grève est prévue la semaine du 18 septembre.", D, "semaine du 18 septembre", "2017-09-18",
           "2017-09-24"),
         E("La braderie se tiendra le week-end du 16 septembre.", D, "week-end du 16 septembre", "2017-09-16",
           "2017-09-17"),
         E("Le festival a attiré les foules le week-end du 2 juillet.", D, "week-end du 2 juillet",
           "2017-07-01", "2017-07-02")),
        survey=True,
    ),
    Rule(
        "week_part",
        rf"(?:(?P<prefix>en|à|dès|d{AP}ici|jusqu{AP}à|pour|avant|vers){SP})?(?:(?:la|le|au|du){SP})?"
        rf"(?P<part>début|debut|milieu|fin){SP}de{SP}(?P<definite>(?:la|cette){SP})?"
        rf"semaine(?:{SP}(?P<lastnext>{LAST_NEXT}))?(?!{SP}(?:de|du|des|d{AP}|\d)|-)",
        UNIT_HEADS, Resolver._week_part,
        (E("Le ministre rendra sa décision en fin de semaine.", D, "en fin de semaine", "2017-07-07", "2017-07-09"),
         E("La grève a été votée au début de la semaine.", D, "au début de la semaine", "2017-07-03",
           "2017-07-04"),
         E("Les marchés ont rebondi en fin de semaine dernière.", D, "fin de semaine dernière", "2017-06-30",
           "2017-07-02"),
         E("Jusqu'à la fin de la semaine, la route est fermée.", D, "fin de la semaine", "2017-07-07",
           "2017-07-09")),
    ),
    Rule(
        "weekend",
        rf"(?P<word>ce{SP}week-?end|le{SP}week-?end(?:{SP}(?P<lastnext>{LAST_NEXT})|(?!{SP}(?:de|du|des|d{AP})))"
        rf"|du{SP}week-?end(?:{SP}(?P<of_lastnext>{LAST_NEXT})|(?!{SP}(?:de|du|des|d{AP}|suivant|précédent))))",
        UNIT_HEADS, Resolver._weekend,
        (E("Des orages sont attendus le week-end prochain.", D, "week-end prochain", "2017-07-08", "2017-07-09"),
         E("Nous partirons le weekend à la mer.", D, "le weekend", "2017-07-08", "2017-07-09"),
         E("Les rebelles ont pris la ville au cours du week-end.", D, "week-end", "2017-07-01", "2017-07-02"),
         E("Pendant le week-end, deux ponts ont cédé.", D, "week-end", "2017-07-01", "2017-07-02"),
         E("Le bilan du week-end dernier est lourd.", D, "week-end dernier", "2017-07-01", "2017-07-02")),
    ),
    Rule(
        "month_relative",
        rf"(?:ce{SP}mois(?:-ci)?|(?:dans{SP}le{SP}courant|au{SP}cours){SP}du{SP}mois(?!{SP}(?:de|d{AP}))|le{SP}mois{SP}(?P<lastnext>{LAST_NEXT})"
        rf"|(?:(?:à|dès|d{AP}ici|avant|jusqu{AP}à){SP})?(?:la{SP}|le{SP}|au{SP}|en{SP})?(?P<part>{PART}){SP}"
        rf"(?:du{SP}mois(?:{SP}(?P<partnext>{LAST_NEXT}))?|de{SP}ce{SP}mois)(?!{SP}(?:de|d{AP}|\d)|-))",
        UNIT_HEADS, Resolver._month_relative,
        (E("Les loyers ont augmenté le mois dernier.", D, "mois dernier", "2017-06-01", "2017-06-30"),
         E("Le texte doit être voté d'ici la fin du mois.", D, "fin du mois", "2017-07-21", "2017-07-31"),
         E("La mission partira au début du mois prochain.", D, "début du mois prochain", "2017-08-01",
           "2017-08-10")),
    ),
    Rule(
        "year_relative",
        rf"(?:(?:(?:à|dès|depuis){SP})?(?:la{SP}|en{SP}|au{SP}|le{SP})?(?P<part>{PART}){SP}(?:de{SP}(?=l{AP})|d{AP}(?=année))|(?:pour|depuis){SP})?"
        rf"(?:(?P<this>cette{SP}année(?!-là)|l{AP}année{SP}en{SP}cours)|(?:l{AP}an|l{AP}année|année)(?:{SP}(?P<lastnext>{LAST_NEXT}))?)"
        rf"(?!{SP}\d)",
        UNIT_HEADS, Resolver._year_relative,
        (E("Le déficit s'est creusé l'an dernier.", D, "an dernier", "2016-01-01", "2016-12-31"),),
    ),
    Rule(
        "new_year",
        rf"la{SP}nouvelle{SP}année",
        UNIT_HEADS, Resolver._new_year,
        (E("Les soldes ouvriront la nouvelle année.", "2016-12-20", "nouvelle année", "2017-01-01", "2017-12-31"),
         E("Le pays est entré dans la nouvelle année avec l'euro.", "2002-01-03", "nouvelle année", "2002-01-01",
           "2002-12-31")),
    ),
    Rule(
        "ago",
        rf"(?P<dir>il{SP}y{OSP}a|dans|voici|voilà|voila){SP}"
        rf"(?:(?:tout{SP}juste|exactement|presque|environ|quasiment|près{SP}de){SP}|près{SP}d{AP})?"
        rf"(?:(?:(?P<n>{NUMBER})|(?P<about>{APPROX_NUMBER})){OSP}(?P<unit>jours?|semaines?|mois|ans?|années?)"
        rf"|{DAY_HOURS}{OSP}heures)"
        rf"(?:{SP}et{SP}demie?)?(?:(?:{OSP},{OSP}|{SP}et{SP}|{SP}){NUMBER}{OSP}"
        rf"(?:jours?|semaines?|mois|ans?|années?|heures?|minutes?|secondes?)(?:{SP}et{SP}demie?)?){{0,6}}"
        rf"(?:{OSP},?{OSP}(?P<exact>jour{SP}pour{SP}jour))?",
        UNIT_HEADS, Resolver._ago,
        (E("Le pont s'est effondré il y a deux jours.", D, "il y a deux jours", "2017-07-04"),
         E("Le scrutin a eu lieu il y a une quinzaine de jours.", D, "une quinzaine de jours", "2017-06-21"),
         E("Il y a une vingtaine d'années, le port a fermé.", D, "une vingtaine d'années", "1997-01-01",
           "1997-12-31"),
         E("L'usine rouvrira dans trois mois.", D, "dans trois mois", "2017-10-01", "2017-10-31"),
         E("Il est parti il ya cinq jours.", D, "il ya cinq jours", "2017-07-01"),
         E("La crise a éclaté il y a deux ans et demi.", D, "deux ans et demi", "2015-01-01", "2015-01-31"),
         E("Il a signé il y a 2 ans, 3 mois et 4 jours.", D, "3 mois et 4 jours", "2015-04-02"),
         E("Il y a trois ans, jour pour jour, le traité était signé.", D, "jour pour jour", "2014-07-06"),
         E("Le mur tombait il y a trente ans jour pour jour.", D, "jour pour jour", "1987-07-06"),
         E("Voici trois ans, la frontière a été fermée.", D, "Voici trois ans", "2014-01-01", "2014-12-31"),
         E("Il y a tout juste un an, le barrage cédait.", D, "tout juste un an", "2016-01-01", "2016-12-31"),
         E("La mine a fermé il y a près d'un mois.", D, "près d'un mois", "2017-06-01", "2017-06-30"),
         E("Le cessez-le-feu a été rompu il y a 48 heures.", D, "il y a 48 heures", "2017-07-04")),
    ),
    Rule(
        "weekday_relative",
        rf"(?:(?:le|ce){SP})?(?P<weekday>{WEEKDAY}){SP}"
        rf"(?P<rel>suivant|précédent|d{AP}après|d{AP}avant|qui{SP}suit|qui{SP}suivait|qui{SP}a{SP}suivi)",
        (WEEKDAY_NAME,), Resolver._weekday_relative,
        (E("L'usine a fermé le 4 mars 2016. Le lundi suivant, les ouvriers ont manifesté.", D, "lundi suivant",
           "2016-03-07"),
         E("Le traité a été signé le 10 mai 2015 ; le jeudi précédent, les ministres s'étaient vus.", D,
           "jeudi précédent", "2015-05-07")),
    ),
    Rule(
        "weekday_of_week",
        rf"(?P<weekday>{WEEKDAY}){SP}(?:de{SP})?(?:cette{SP}semaine|la{SP}semaine{SP}"
        rf"(?P<which>{LAST_NEXT}|suivante|précédente|d{AP}après|d{AP}avant))",
        (WEEKDAY_NAME,), Resolver._weekday_of_week,
        (E("Le conseil se réunira mardi de la semaine prochaine.", D, "mardi de la semaine prochaine", "2017-07-11"),
         E("Le marché a ouvert lundi de cette semaine.", D, "lundi de cette semaine", "2017-07-03")),
    ),
    Rule(
        "weekday_in_eight",
        rf"(?P<day>{WEEKDAY}|demain|aujourd{AP}hui){SP}en{SP}(?P<n>huit|quinze)",
        (WEEKDAY_NAME, RELATIVE_DAY), Resolver._weekday_in_eight,
        (E("Le jugement sera rendu mardi en huit.", D, "mardi en huit", "2017-07-18"),
         E("Rendez-vous samedi en quinze au stade.", D, "samedi en quinze", "2017-07-22")),
    ),
    Rule(
        "weekday",
        rf"(?:(?P<prefix>ce|cette|dès|depuis|à{SP}partir{SP}de|à{SP}compter{SP}de|jusqu{AP}à|d{AP}ici){SP})?"
        rf"(?P<weekday>{WEEKDAY})(?:{SP}(?P<lastnext>{LAST_NEXT}))?",
        (WEEKDAY_NAME,), Resolver._weekday,
        (E("Le maire a inauguré lundi la nouvelle école.", D, "lundi", "2017-07-03"),
         E("Les négociations reprendront mardi à Vienne.", D, "mardi", "2017-07-11"),
         E("Nous signerons ce lundi, a promis le maire.", D, "ce lundi", "2017-07-10"),
         E("Le vote avait d'abord été prévu mercredi, puis décalé à vendredi.", D, "vendredi", "2017-07-07")),
    ),
    Rule(
        "holiday",
        rf"(?P<prefix>(?:à|au|de|la|le|pour|avant|après|depuis|dès|entre|pendant|durant|jusqu{AP}à|jusqu{AP}au|d{AP}ici"
        rf"|fête{SP}de|jour{SP}de|lundi{SP}de|week-end{SP}de){SP}|l{AP})?"
        rf"(?P<holiday>noël|pâques|pentecôte|toussaint|ascension|assomption|nouvel{SP}an|saint-sylvestre)"
        rf"(?:{SP}(?P<year>{YEAR4}))?",
        (HOLIDAY,), Resolver._holiday,
        (E("Les magasins resteront ouverts à la Toussaint.", D, "Toussaint", "2017-11-01"),
         E("Le lundi de Pâques 2016, la route était fermée.", D, "Pâques 2016", "2016-03-28"),
         E("Pâques tombe tôt cette année.", "2024-01-10", "Pâques", "2024-03-31"),
         E("Les marchés de Noël ont fermé à Noël.", "2017-03-20", "à Noël", "2016-12-25"),
         E("Les stations de ski ouvriront à la Toussaint.", "2017-01-20", "Toussaint", "2017-11-01"),
         E("Les bureaux resteront fermés entre Noël et le jour de l'an.", "2017-12-10", "Noël", "2017-12-25",
           "2018-01-01", "range"),
         E("La trêve tiendra jusqu'à Pâques.", "2017-03-01", "Pâques", "2017-04-16"),
         E("Les prix resteront gelés jusqu'au Nouvel An.", "2017-11-10", "Nouvel An", "2018-01-01")),
    ),
    Rule(
        "ordinal_day",
        rf"(?:(?:le|la|au|du|lors{SP}du|pour{SP}le|dès{SP}le|à{SP}la|pour{SP}la){SP})?(?P<ord>{ORDINAL}){SP}"
        rf"(?P<what>{WEEKDAY}|jour|week-?end|semaine){SP}(?:du{SP}|de{SP}(?:l{AP})?|d{AP})"
        rf"(?:(?:mois{SP}(?:de{SP}|d{AP}))?(?P<month>{MONTH})(?:{SP}(?P<year>{YEAR4}))?(?:{SP}(?P<mnext>{LAST_NEXT}))?"
        rf"|(?P<mref>ce{SP}mois(?:-ci)?|mois{SP}(?:{LAST_NEXT}|en{SP}cours))"
        rf"|(?P<season>{SEASON})(?:{SP}(?P<syear>{YEAR4}|{LAST_NEXT}))?"
        rf"|(?:l{AP}année{SP})?(?P<yearonly>{YEAR4})"
        rf"|(?P<yref>année(?:{SP}(?:{LAST_NEXT}|en{SP}cours))?|cette{SP}année|an{SP}{LAST_NEXT}))",
        (WEEKDAY_NAME, *UNIT_HEADS), Resolver._ordinal_day,
        (E("Le salon ouvre le premier mardi du mois prochain.", D, "premier mardi du mois prochain", "2017-08-01"),
         E("Le dernier jour de février 2016, la neige est tombée.", D, "dernier jour de février 2016", "2016-02-29"),
         E("La braderie a lieu le premier week-end de septembre.", D, "premier week-end de septembre", "2017-09-02",
           "2017-09-03"),
         E("Le chantier débutera la deuxième semaine de 2018.", D, "deuxième semaine de 2018", "2018-01-08",
           "2018-01-14"),
         E("La course aura lieu le premier dimanche du printemps 2018.", D, "premier dimanche du printemps",
           "2018-03-25")),
    ),
    Rule(
        "part_of_period",
        rf"(?:(?:le|la|au|du|ce|cette|pour{SP}le|dès{SP}le|en|sur{SP}le|depuis{SP}le|durant{SP}la|dans{SP}la){SP})?"
        rf"(?P<ord>{ORDINAL}){SP}(?P<part>trimestre|semestre|quadrimestre|quinzaine|moitié)"
        rf"(?:{SP}(?:(?:(?:de|du){SP}|d{AP})?(?:l{AP}année{SP})?(?P<year>{YEAR4})"
        rf"|(?:de{SP}|d{AP})(?P<month>{MONTH})(?:{SP}(?P<myear>{YEAR4}))?"
        rf"|(?:de{SP}|d{AP})(?P<yref>l{AP}année(?:{SP}(?:{LAST_NEXT}|en{SP}cours))?|cette{SP}année|l{AP}an{SP}{LAST_NEXT})"
        rf"|(?:de{SP}|du{SP})(?P<mref>ce{SP}mois(?:-ci)?|mois{SP}(?:{LAST_NEXT}|en{SP}cours))))?",
        (PERIOD_PART,), Resolver._part_of_period,
        (E("Les ventes ont reculé au troisième trimestre 2016.", D, "troisième trimestre 2016", "2016-07-01",
           "2016-09-30"),
         E("La reprise est attendue au second semestre.", D, "second semestre", "2017-07-01", "2017-12-31"),
         E("Les travaux dureront la seconde quinzaine d'août.", D, "seconde quinzaine d'août", "2017-08-16",
           "2017-08-31")),
    ),
    Rule(
        "named_day",
        rf"(?:(?:(?:à|pour|de|depuis|dès|avant|après){SP})?la{SP}(?P<saint>saint-(?:valentin|jean|nicolas|sylvestre)"
        rf"|chandeleur)(?!-)"
        rf"|(?:(?:la|le|à{SP}la|pour{SP}la|de{SP}la|depuis{SP}la|dès{SP}la|avant{SP}la|après{SP}la|du|au|sur){SP}|l{AP})?"
        rf"(?P<name>{NAMED_DAY})"
        rf"|l{AP}(?P<armistice>armistice))"
        rf"(?:{SP}(?:de{SP})?(?P<year>{YEAR4}))?",
        (HOLIDAY, *UNIT_HEADS), Resolver._named_day,
        (E("Les fleuristes attendent la fête des mères 2018.", D, "fête des mères 2018", "2018-05-27"),
         E("Le concert est prévu pour la fête de la musique.", D, "fête de la musique", "2017-06-21"),
         E("Les bureaux ferment le jour de l'an.", D, "jour de l'an", "2018-01-01"),
         E("Les cérémonies de l'Armistice réuniront les élus.", D, "Armistice", "2017-11-11"),
         E("Le feu d'artifice de la fête nationale a été annulé.", D, "fête nationale", "2017-07-14")),
    ),
    Rule(
        "duration",
        rf"(?:(?:pendant|durant|depuis|en|sur|de|pour){SP})?(?P<n>{NUMBER}){SP}(?P<unit>jours?|semaines?|mois|ans|années)",
        UNIT_HEADS, Resolver._duration,
        (E("Les pourparlers ont duré trois semaines.", D, "trois semaines", None, None, "duration"),),
    ),
)

TRIGGER = trigger(head for rule in RULES for head in rule.heads)
