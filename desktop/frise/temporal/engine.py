"""extract(): French temporal expressions in a text, resolved against the article's date.

Who does what, and why:
- dateparser supplies the French vocabulary (month and weekday names with their variants,
  number words; `lexicon.py`). Its `search_dates` is not used to find expressions: it reads
  "début mai" as one day, "les 7 et 8 juillet" as the 8th, "la veille" as a Saturday (through
  the abbreviation "sa"), and resolves undated articles against today (31-38 % end to end on our
  gold sets), and it is slow.
- Our grammar finds expressions in running text: bounded regular expressions, one per family,
  each declared once in `rules.py` with its head words, handler and examples (the pieces they are
  built from are in `grammar.py`), all run over the text (each only around its head words, and
  only where the strings its pattern needs occur), then the longest match wins at each place,
  left to right.
- Our resolver (`resolve.py`, `relative.py`) gives each its interval: fuzzy parts of months and
  years, ranges and enumerations, and anchoring on the reference, the sentence or the previous
  date, as TEMPORAL.md specifies. Calendar arithmetic is `calendar.py` and `dateutil`.

Readings chosen where TEMPORAL.md leaves the case open (each has its tests):
- "la semaine du 3 juillet" is the ISO week holding that day, Monday to Sunday, as every week of
  the contract is (value `2017-W27`); with no year and no reference it stays `XXXX-WXX`.
- A season without its article is a date when its year follows ("printemps 2017", "été 2018"),
  except "été" after a form of avoir, which is the participle ("le pire a été 2016").
- A season without its year is the one nearest the reference, as a month is, and, as a month
  is, the one to come when a plan is made for it ("un référendum est prévu à l'automne" in
  March); "cet été", "cet automne", "ce printemps" are the reference year's ("Cet automne, le
  parlement votera" in March), the year before's if the sentence tells only of the past and the
  season is still to come ("Cet été, les digues ont tenu" in January); "cet hiver", astride two
  years, is the nearest. "le début", "le milieu", "la fin" of a season ("la fin de l'été", "au
  début du printemps 2016") are its first, middle or last month (mod START, MID, END), last
  year's when still to come in a sentence that tells only of the past.
- "mercredi prochain" is the first Wednesday after the reference, the next day in a Tuesday
  article: the contract's "the next one after it" for a weekday with "prochain".

The forms of TEMPORAL.md's "More forms news writes", family by family (rules.py has one example
or more of each, tests/test_temporal_*.py the rest):
- Numeric and written shapes. Numbers are day/month/year as written, with ".", "/" or "-" between
  them ("21-04-2016", "3-7-07") or a comma before the year ("12/08,2015"); year first is ISO order
  ("2015/08/12", "2015.5.13"); three numbers a space apart are a date only alone in their stretch
  of text ("02 04 2009", not a phone number "08 11 58 54 41"). A month and a year, "11/2016",
  "11 - 2016", "2016/11", "2015-3", "2015.3", is that month, but "la saison 2011-12" is two
  years and "n° 2016-11" a number. A day and month without a year ("le 15/02", "du 2/3") takes
  the nearest year, as "le 15 février" does, and so do "le 12-07" and "le 1er/07" after a word that
  makes them a date and before a padded month ("2-1", "le 3-0" are scores); without a word
  that makes it a date ("le", "du", a weekday) only a padded month reads so ("15/02", "03/04"),
  since "2/3" is a fraction. A numeric date that cannot exist ("2015-1-32") is nothing, not the
  year 2015. A year in two digits is in the century nearest the reference but at most twenty
  years after it ("Mai 68", "le 14.07.52" in 2022 are 1968 and 1952; "30.06.35" is 2035). Written dates take their
  year after a comma or "de" ("12 janvier, 2018", "23 novembre de 1987", but not "le 12 juin,
  2017 personnes"); abbreviations keep their dot ("5 juil.", "28 févr. 2021", "1er déc.", with
  or without their accents) or lose it before a year ("08 déc 2014"); "le 14-Juillet", "le
  1er-Mai" are those days. "Jeu 15:12" is Thursday (an abbreviated
  weekday only before a time). Every apostrophe French text is found with reads as one
  ("aujourdʹhui", "aujourd՚hui"), and "il ya", "avant hier", "apres-demain", "aujourd hui" as
  the words meant; superscript letters as letters ("1ᵉʳ mars", "le XXᵉ siècle").
  "ce matin", "ce soir", "cet après-midi" are the reference's day, as "hier soir" is yesterday
  (not "ce soir-là"). "la fin de 2015", "le début de l'année 2016" are parts of those years; a
  year after "depuis" lends it to nothing after it in its sentence ("en Iran depuis 1980, elle a
  accueilli au printemps" is this spring).
- Ranges. A range of days needs no "du" ("13 au 15 juillet", "13-15 juillet", "7 jusqu'au 11
  août"), may name weekdays ("entre mercredi 11 et jeudi 12 février", "du lundi 3 au mercredi 5")
  and a month by reference ("du 4 au 22 de ce mois", "5-9 du mois prochain"). "le 15 courant",
  "le 4 du courant" (administrative French) are that day of the reference's month; not "courant"
  the noun ("le 3 courant électrique"). "le 4 et le 5 juillet" is a range when the days follow
  each other, separate dates otherwise, as "les 7 et 8" are. "fin mars-début avril" is the
  range from the end of one month to the start of the next, and so is "fin mars, début avril"
  after a comma (only an end then the next month's start: "janvier, février et mars derniers"
  stays a list, each month read alone).
  Weekdays alone, "de lundi à mercredi", "du mardi au jeudi", "entre lundi et mercredi
  prochains": the first is read as a weekday alone is (or by "prochain"), the last is the first
  such day after it. "de 2014 à 2016", "depuis 2015 jusqu'en 2019", "(1950-1953)" and "en
  2019-2020" are ranges of years; a bare "1982-1990" or "entre 1990 et 1999" stays two years, as the French TimeBank
  annotates them (census years are points, not spans). Two days the text joins by a dash or
  "jusqu'à" ("12 janvier 2016 - 22/01/2016", "aujourd'hui jusqu'à demain", "10/1-11/2/2017")
  are the range between them when the second comes after the first, as are two dates joined by
  "et" after "entre" or when they follow each other ("le 31 mai et le 1er juin"; not
  "aujourd'hui et vendredi", which the French TimeBank keeps apart). A range of days without a
  year that holds the reference is this year's, whatever its tense ("du 1er au 30 septembre,
  l'exposition est ouverte" on 1 September). "Dans la nuit de lundi à
  mardi" begins on the first day named, read as a weekday alone is: in a Monday article it is
  that night, not last week's.
- A weekday relative to another date or week. "mardi suivant", "le lundi d'après", "le jeudi
  précédent", "le samedi d'avant": the next or previous such weekday after or before the last
  day-precise date mentioned (the reference when none is). "lundi de la semaine prochaine",
  "vendredi (de) cette semaine", "dimanche la semaine dernière": that day of that ISO week; "de
  la semaine suivante" / "précédente" count from the last date mentioned. "lundi en huit",
  "jeudi en quinze": one or two weeks after the coming such day (the first after the reference);
  "demain en huit" a week after tomorrow.
- Tense. A bare weekday beside a future or conditional verb of any person ("je reviendrai",
  "tu partiras"), "aller" with an infinitive ("va annoncer") or a verb of ability or intent in
  the present with its infinitive ("peuvent rêver", "compte signer") is the next one. A
  pluperfect keeps the narrative in the past, even around "prévue" ("avait d'abord été prévue
  mercredi" is the last Wednesday), and looks back from the day the narrative told just before
  ("Vendredi, la ministre a démissionné. Elle avait été reçue mardi": the Tuesday before that
  Friday; "le suspect était arrivé mardi", with "être", the same), when the pluperfect is in
  the weekday's own clause, unless it goes on forward ("avait ensuite plaidé lundi"), tells a
  plan made then, comes before a reporting clause ("a-t-on appris jeudi"), opens a list of days,
  or that day was itself told in a pluperfect. "être" with a participle makes a past only for
  the verbs it conjugates ("il est arrivé", "ils sont repartis", "elle s'est réunie"); with any
  other it tells a state or a passive present ("le projet de loi est examiné le 20 décembre",
  "les bureaux sont fermés", in November: this December). A day or month after "avant de" in
  a sentence told in the past, after a date of that sentence before the reference, is the first
  such after it ("a quitté le port en mars, avant de chavirer en avril": that April); with no
  date told before, the infinitive still looks ahead. A weekday chained to the one before it in its sentence ("puis
  repoussée à jeudi, avant d'être fixée à vendredi") is the first such day after that one, and a
  weekday after a week its sentence names is that week's ("La semaine dernière, ... à Kiev,
  jeudi, puis à Moscou, vendredi"). A reporting clause after a comma ("le verdict sera rendu
  samedi, a annoncé la cour") tells when it was said, so its tense is not read; an imperfect
  whose stem ends in r ("rouvrait", "déclarait") is no conditional; past participles in -i and
  -int tell the past as those in -é do ("a réuni", "a atteint"), not an adverb after the
  auxiliary ("est aussi"). "ce
  vendredi" is the nearest one unless the text points forward ("je reviendrai ce vendredi" in a
  Monday article is four days on, not three days back). "dès lundi", "à partir de lundi" point
  forward unless their verb is past ("les combats ont repris dès lundi" is last Monday);
  "depuis lundi" is since the last one, whatever else its sentence tells. Two
  weekdays that follow each other, "samedi et dimanche", are one range; others two dates. A
  weekday after "un" or "chaque" ("la première séance un samedi depuis 1982", "chaque lundi") is
  any such day, no date; so is one after "le" told in a tense of habits, a present or an
  imperfect, "être" with a participle of state ("le marché se tient le samedi", "le musée est
  fermé le lundi", "il venait le dimanche"), unless a past or future verb tells one happening
  ("il est arrivé le samedi", "la réunion est prévue le lundi"), the narrative told a day in
  that sentence or the one before, or the sentence tells one thing after another ("interpellé
  le mardi, puis placé en garde à vue"). A day
  or month without a year that a plan is made for just before it ("un sommet est prévu le 20
  décembre", "les élections, prévues en septembre", "la conférence se tiendra du 3 au 14
  juin", in a July article) is the one to come when the nearest year would put it behind
  the reference, unless what follows tells the plan over ("a été annulée"), as is a day a
  bound sets beside a future verb ("la trêve durera jusqu'au 31 mars", "à partir du 1er avril,
  le prix augmentera", in a May article); otherwise the
  contract's nearest year holds, even beside a future verb that schedules nothing ("les services
  resteront fermés du 30 avril au 2 mai"). So
  is a day a countdown points to ("à trois mois de la présidentielle du 5 novembre", "à quelques
  jours du sommet du 12"), which a past verb does not pull back a year either, unless the clause
  tells the past in the imperfect ("à dix jours du scrutin du 2 octobre, rien n'était joué"). A
  weekday in a past participle opening the sentence is past ("Battu mardi à Lyon, Marseille
  recevra Nantes samedi"), except a plan's ("Prévu mardi, le vote..."), and so is one set in
  apposition just before it ("La grève, lancée jeudi, se poursuivra lundi"); "doit" or "va" with an
  infinitive after a weekday points forward ("Vendredi, le président doit se rendre à Canton").
  A weekday written with its day and month takes the year where it falls on that weekday, over
  the year its sentence gave ("depuis mars 2020, ... ce mercredi 5 octobre" in 2022). With no
  reference, a year lent by an earlier month that the weekday denies is no year: "depuis mars
  2015, ... vendredi 10 mars" stays XXXX-03-10 (10 March 2015 was a Tuesday).
- A month, part of a month or of a year without its year ("à la mi-septembre", "en janvier",
  "au second semestre") that the nearest year puts more than a month behind the reference, beside
  a future or conditional verb ("la décision tombera à la mi-septembre", "la croissance devrait
  accélérer au second semestre", in March), is the coming one, as a feast is; not "cette
  septembre" (the reference year's), nor when the verb is in a relative clause after it ("le
  recensement de mars-avril, qui devrait être affiné"), and "devait" is a past.
- Numbers that are no years: a four-digit number followed by a dash and a number that is no year
  ("la loi 2016-1088", "le décret 2019-1234"; a law's number still lends its year to the dates of
  its sentence) or after a flight ("le vol AF 1954").
- A day number without its month, "le 16", "la réunion du 7", "mercredi 13" (`narrative.py`):
  with a weekday, the day nearest the last date mentioned (else the reference) that is that
  weekday; without, that day in the month of the last date mentioned, unless the tense of its
  sentence (its clause, up to a semicolon) puts it on the other side of the reference
  ("s'étaient opposés lors du sommet du 7" after "à partir du 15 octobre" is the 7th before the
  reference), and with no month mentioned
  before, the month that puts it nearest the reference. A day number below the last day told,
  nearer it in the next month, is that month's in a telling going on ("Le 28 septembre, ... a
  annoncé des restrictions. Le 2, elles sont entrées en vigueur" is 2 October), not in a
  pluperfect, nor past the reference unless told in the future. It must be followed by
  punctuation, a time or a preposition ("le 3 rue...", "le 7 de l'équipe" are not days), and
  "je veux le 3." with no month anywhere before is a number, unless its clause is told in the
  future and the number is neither the object of the verb just before it ("il portera le 10.") nor
  the number of a thing ("l'article le 28", a score): "les députés voteront le texte le 28." is
  the 28th nearest the reference on the side the tense says (the contract's "the month that puts
  it nearest the reference"). After a month the text has told,
  "du 20 au 24", "les 3 et 4", "entre le 3 et le 5" without a month are a range whose last day
  is read so, its first in that month or the one before ("du 28 au 2"); "les 3 et 12" are no
  range, nor a number's change ("le taux est passé du 20 au 24"). A night between two such days,
  "dans la nuit du 14 au 15", is a range from the first, read as "le 14" is, to the day after
  (the 30th to the 1st across a month's end); two days that do not follow each other are none.
- Offsets from the previous date (`narrative.py`): "deux jours plus tard", "trois semaines
  après", "dix jours auparavant", "un an et demi plus tôt" move the last date mentioned (a
  range from its end forwards, from its start backwards) by that much, at the unit's precision
  (a day, an ISO week, a month, a year; "et demi" adds half the unit: "un an et demi" is 18
  months, read as a month); nothing to count from, or a date vaguer than the unit ("en 1998...
  deux jours plus tard"), leaves it unresolved, and "quelques jours plus tard" is no date. "la
  semaine suivante", "le mois précédent", "l'année d'après", "la même année": that unit after,
  before or of the last date mentioned, as "cette semaine-là", "ce mois-là", "cette année-là"
  are of it ("cette année" stays the reference's); "le 23 janvier de cette année-là", "en mars
  de l'année suivante", "le 4 mai de la même année" are that day or month in that year, and
  with no date before, unresolved. "le jour même", "ce jour-là", "le même jour", "le jour
  suivant", "le soir même", "le matin même": the last day-precise date mentioned (a weekday
  counts). "il y a 1 an, 1 mois, 1
  semaine, 1 jour", "dans 1 an 2 mois", "il y a un an et demi", "voici trois ans", "voilà deux
  ans": every part counts, at the finest date unit's precision (hours and minutes move no day);
  "il y a trois ans, jour pour jour" is that very day, and a word of measure before the count
  changes nothing ("il y a tout juste un an", "il y a près d'un mois", "environ trois
  semaines"). Whole days told in hours, "il y a 48 heures", "vingt-quatre heures plus tard",
  "dans 72 heures", are those days; other hours ("il y a trois heures") are no date. A count
  of about so many, "il y a une quinzaine de jours", "une dizaine de jours plus tard", "il y a
  une vingtaine d'années", is read as that number (15, 10, 20), as the words of measure are.
- "la veille de X", "le lendemain de X", "au lendemain de X", "deux jours avant X": the date X
  holds, even later in the sentence ("la veille du sommet du 6", "à la veille des élections,
  prévues le 11 juin", "la veille de Noël"); the last date mentioned when X is "ce sommet";
  the date of the sentence itself when it gives one ("hier, au lendemain de la démission", "Au
  lendemain d'un sommet, les deux pays ont signé hier"); otherwise "le lendemain de la
  signature" counts from the last day mentioned, as "le lendemain" does, and "à la veille de
  X", "au lendemain de X", "deux jours après X" stay unresolved (they often mean no more than
  "just before", "in the aftermath"), unless they open a sentence whose main clause is in the
  present ("Au lendemain du sommet, les experts s'interrogent": the day of writing). With no day
  mentioned before it, "la veille du scrutin" is the eve of a day nothing dates: unresolved, not
  the eve of the reference. "à la fin du mois" after a month its sentence told ("En janvier, ...
  à la fin du mois") is that month's end.
- Ordinals and parts (`periods.py`): "le premier mercredi du mois prochain", "le dernier jour
  d'octobre", "le premier week-end d'août" (its Saturday and Sunday), "le premier dimanche du
  printemps" (counted from the equinox, as "le premier jour du printemps" is the 20th of March;
  the season as a whole keeps its meteorological months), "la troisième semaine de 2027" (an ISO
  week; of a month, its days 15-21). "le premier trimestre 2017", "le second semestre", "la
  première quinzaine de mars" (1-15; the second, 16 to the end): in the year written, else the
  year of the sentence, else the one nearest the reference.
- Named days, computed per year (the year written, else the sentence's, else the one nearest
  the reference, unless the tense says which: one still to come this year in a sentence that
  tells only of the past is last year's, « la fête du Travail a rassemblé » in March; one more
  than a month past beside a future verb is the coming one, « les magasins fermeront à Noël »
  in March; a plan told over keeps the nearest): Noël, Pâques and the feasts that follow it,
  la Toussaint, le Nouvel An / le jour de l'an, la Saint-Sylvestre, la Saint-Valentin, la
  Saint-Jean, la fête des pères (third Sunday of June), la fête des mères (last Sunday of May,
  the first of June when Pentecost falls on it), la fête du Travail, la fête de la musique, la
  fête nationale (14 July, but not "la fête nationale belge"), l'Armistice (capitalised:
  "signer l'armistice" is none), le 14-Juillet. "Noël Mamère", "Toussaint Louverture" are
  first names, and a feast of another calendar is no Gregorian one (« le Nouvel An chinois »,
  « le Noël orthodoxe »). A feast with no article or preposition before it is one only opening its
  sentence ("Pâques tombe tôt cette année"). A day named by what happened on it, hyphened
  and capitalised as the feasts are, "le 11-Septembre" (2001) and "le 13-Novembre" (2015)
  (`lexicon.NAMED_DAYS`), is of that year when the reference is later or unknown.
- Decades and centuries: "les années 1970", "les années 70" (the latest such decade begun at the
  reference), "les années soixante", "quatre-vingt-dix" (and "septante", "nonante") are the
  decade; "les années 1960-1970" and "de ... à ..." the range of both decades, as "les années
  1980 et 1990" when they follow each other (otherwise two decades). "le XIXe siècle" is
  1800-1899; "le siècle dernier", "ce siècle", "le siècle prochain" are the century before, of
  or after the reference counted the same way, "la fin du siècle dernier" its last part.
- Parts of the reference's month: "à la fin du mois", "d'ici la fin du mois", "au début du mois
  prochain" are that part of the month, as "fin mai" is (21 to the end); "du mois de mai" is
  May, as "au cours du mois de mai" is.
- Seasons that are no one season: "en été", "les mois d'hiver" in a sentence with no tense to
  place them ("les ventes connaissent un boom en été") and "été comme hiver" are every summer and
  winter: kept, unresolved; so is a date in a statement about every year ("pendant les mois
  d'été, entre le 14 juillet et le 15 août, la plage est pleine", "chaque année, le 21 juin").
  A day and month without a year that the nearest-year rule puts just after the reference, in
  a sentence that tells only of the past ("la cour qui juge trois supporters pour l'agression
  d'un policier, le 21 juin", in a May article that "a marqué des points hier"), is the one
  before it, unless what precedes it looks ahead ("jusqu'au 30 juin", "avant de quitter ses
  fonctions le 30 octobre", "renoncé à inaugurer ... le 17 décembre", a call to an action,
  "les syndicats ont appelé à la grève en décembre", in an October article: the coming one;
  not the noun, "l'appel à la grève lancé en novembre"). So is a month without
  a year ("le traité a été signé en septembre", "ils étaient vingt en mai", in a March article:
  last year's September and May), where the contract's nearest-year rule alone would give the
  months to come; "a lieu", "est en jeu" are no compound past, nor is "sont vingt en mai".
  "le Printemps de l'environnement" is a name. The year of an account, a budget or a ranking
  ("le budget 2024", "le bilan 2022", "les comptes 2021") dates that noun and lends no year to
  its sentence ("le budget 2024 sera présenté à l'automne" in 2023 is this autumn). "la nouvelle année" is
  the year about to begin in an article of October to December, else the one begun. A part of a
  year ("report à début 2020") does not lend its year to the rest of its sentence as "en 1997"
  does. "pour" before a weekday, with no tense to say otherwise, points forward ("incertains
  pour la réception de Lille samedi").
- "le week-end" alone is the coming one beside a future verb ("je partirai le week-end"), and no
  date otherwise ("le musée est ouvert le week-end"); the past says "le week-end dernier". "ce
  week-end" is the nearest one unless the tense says which ("ce week-end, les routes seront
  chargées" on a Wednesday is the coming one, "ce week-end, des orages ont frappé" the last).
  "au cours du week-end", "pendant le week-end", "durant le week-end", "lors du week-end" in a
  sentence told in the past (not the imperfect, which tells every week-end) are the last one;
  "du week-end dernier" is "le week-end dernier", and "les ventes du week-end" no date.
- "le week-end du 16 septembre" is the Saturday and Sunday nearest that day.
- Parts of a week: "en début de semaine", "au milieu de la semaine", "à la fin de la semaine",
  "en fin de semaine prochaine" are Monday-Tuesday, Wednesday-Thursday, Friday-Sunday of that
  ISO week; without "prochaine" or "dernière" the reference's, unless the tense puts it in the
  week before or after ("les marchés ont rebondi en fin de semaine" on a Monday is the last
  one's; not after "jusqu'à", "d'ici"), and "en fin de semaine" with no tense around it is any
  week's ("les ventes montent en fin de semaine"): no date.

extract() never raises on a str, returns offsets into the text as given, and runs in time linear
in the text's length. Against any reference, even 0001-01-01 or 9999-12-31, an expression it finds
is kept: one whose reading would need a day beyond those ends of Python's calendar is unresolved,
never clamped to them (resolve.py).
"""

from __future__ import annotations

import logging
import re
from datetime import date
from operator import itemgetter

from frise.gcpause import cyclic_gc_paused
from frise.temporal.grammar import HEADER, WINDOW, lowered
from frise.temporal.model import Reference, Timex
from frise.temporal.resolve import Resolver, Taken
from frise.temporal.rules import RULES, TRIGGER, Rule

_log = logging.getLogger(__name__)


def extract(text: str, reference: Reference | str | date | None = None) -> list[Timex]:
    """Every temporal expression of `text`, in order, resolved against `reference`."""
    if not isinstance(reference, Reference):
        reference = Reference.parse(reference)
    if not text:
        return []
    # A dense text builds a match, a candidate and a record for every few characters it holds,
    # none in a reference cycle: the cyclic collector's passes over them all (and over whatever
    # the application holds) are up to a fifth of the time of a dense megabyte. Reference counting
    # frees them anyway; the pause nests and ends with the call (`frise.gcpause`).
    with cyclic_gc_paused():
        return _extract(text, reference)


def _extract(text: str, reference: Reference) -> list[Timex]:
    header = HEADER.match(text)
    skip_until = header.end() if header else 0

    lower = lowered(text)
    by_kind = _word_ended(lower, TRIGGER.windows(lower, skip_until, WINDOW))
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    stretches: dict[frozenset[str], list[tuple[int, int]]] = {}
    for order, rule in enumerate(RULES):
        spans = stretches.get(rule.head_names)
        if spans is None:
            spans = stretches[rule.head_names] = _windows(by_kind, rule.head_names)
        for start, end in spans:
            for need in rule.needs:
                if need.search(lower, start, end) is None:
                    break
            else:
                for match in rule.regex.finditer(lower, start, end):
                    match_start, match_end = match.span()  # one call, not two: a dense text has a match a word
                    candidates.append((match_start, -match_end, order, rule, match))
    candidates.sort()  # (start, -end, order) is unique: rules and matches are never compared

    # Indexed rather than unpacked: `*_` would build a list for every candidate.
    resolver = Resolver(text, reference, [c[4] for c in candidates if c[3].survey])
    timexes: list[Timex] = []
    taken_until = 0
    for start, _, _, rule, match in candidates:
        if start < taken_until:
            continue
        try:
            found = resolver.resolve(rule, match)
        except Exception:  # a bug in one rule must not lose the rest of the article
            _log.exception("temporal rule %r failed on %r", rule.name, match.group())
            continue
        if found or isinstance(found, Taken):
            timexes.extend(found)
            taken_until = match.end()
            if resolver.pending:
                resolver.settle(timexes)
    resolver.settle(timexes, final=True)
    return _joined(text, timexes)


# What joins two days into one span: a dash, "jusqu'à" / "jusqu'au", "au" / "à" after "du" / "de",
# and "et" after "entre" or between two days that follow each other.
_JOIN = re.compile(r"[ \t\u00a0\u202f]*[-–][ \t\u00a0\u202f]*|[ \t\u00a0\u202f]+(?:jusqu['’](?:à|a|au)"
                   r"|(?P<to>au|à|a)|(?P<and>et))[ \t\u00a0\u202f]+(?:le[ \t\u00a0\u202f]+)?"
                   r"|[ \t\u00a0\u202f]+(?P<until>jusqu['’])", re.IGNORECASE)
_FROM = re.compile(r"(?:\bdu|\bde|\bdepuis)[ \t\u00a0\u202f]+$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_BETWEEN = re.compile(r"\bentre[ \t\u00a0\u202f]+(?:le[ \t\u00a0\u202f]+)?$", re.IGNORECASE)
_BETWEEN_WITHIN = re.compile(r"entre[ \t\u00a0\u202f]", re.IGNORECASE)


def _joined(text: str, timexes: list[Timex]) -> list[Timex]:
    """Two days the text joins ("12 janvier 2016 - 22/01/2016", "aujourd'hui jusqu'à demain",
    "du 3 mai au 5 juin", "entre le 28 avril et le 3 mai", "le 31 mai et le 1er juin") become the
    range between them, when the second comes after the first."""
    joined: list[Timex] = []
    previous: Timex | None = None  # joined[-1], kept at hand: the loop reads it for every record
    for record in timexes:
        if (previous is not None and previous.kind == record.kind == "date"
                and previous.first is not None and previous.first == previous.last
                and record.first is not None and record.first == record.last
                and previous.last is not None and previous.last < record.first):
            join = _JOIN.fullmatch(text, previous.end, record.start)
            if join and join["until"] and not record.text.lower().startswith(("au ", "à ")):
                join = None  # "jusqu'" then "au lendemain": the record holds the rest of the words
            if join and join["and"] and not (
                    (_DIGIT.search(previous.text) and _DIGIT.search(record.text)
                     and ((record.first - previous.last).days == 1
                          or _BETWEEN.search(text, max(0, previous.start - 10), previous.start)))
                    or _BETWEEN_WITHIN.match(previous.text)):
                # "le 31 mai et le 1er juin", "entre le 28 avril et le 3 mai", "entre Noël et le
                # jour de l'an" (the feast's record holds its "entre"): one span; "le 3 mai et le 12
                # juin" two dates, and so are days told by a word ("aujourd'hui et vendredi")
                join = None
            if join and (not join["to"] or _FROM.search(text, max(0, previous.start - 8), previous.start)):
                anchor = previous.anchor if previous.anchor == record.anchor else "previous"
                previous = joined[-1] = Timex(previous.start, record.end, text[previous.start:record.end], "range",
                                              f"{previous.value}/{record.value}", previous.first, record.last,
                                              anchor)
                continue
        joined.append(record)
        previous = record
    return joined


def _word_ended(text: str, by_kind: dict[str, list[list[int]]]) -> dict[str, list[tuple[int, int, int]]]:
    """The stretches of each kind (`Trigger.windows`) as (low, high, end), `end` being the end of
    the word `high` falls in: found once per stretch, not once per set of kinds it serves."""
    return {kind: [(low, high, _word_end(text, high)) for low, high in spans] for kind, spans in by_kind.items()}


def _windows(by_kind: dict[str, list[tuple[int, int, int]]], kinds: frozenset[str]) -> list[tuple[int, int]]:
    """Disjoint stretches around the head words of `kinds` (`Trigger.windows`), merged where
    they touch: where a rule with those heads may match. A stretch ends at the end of a word
    (« mai » must not be read in a « mais » cut short): the end of the word its farthest head
    reach falls in, which `_word_ended` found (a later place never falls in an earlier word)."""
    if len(kinds) == 1:  # the stretches of one kind are merged already
        return [(low, end) for low, _, end in by_kind.get(next(iter(kinds)), ())]
    spans = [span for kind in kinds for span in by_kind.get(kind, ())]
    spans.sort(key=_low)  # two stretches starting together are merged whatever their order
    windows: list[tuple[int, int]] = []
    low = high = end = -1
    for span_low, span_high, span_end in spans:
        if low >= 0 and span_low <= high:
            if span_high > high:
                high, end = span_high, span_end
        else:
            if low >= 0:
                windows.append((low, end))
            low, high, end = span_low, span_high, span_end
    if low >= 0:
        windows.append((low, end))
    return windows


_low = itemgetter(0)
_WORD_END = re.compile(r"[\w-]*")


def _word_end(text: str, position: int) -> int:
    """The end of the word `position` falls in (the position itself between words)."""
    position = min(position, len(text))
    match = _WORD_END.match(text, position)
    return match.end() if match else position
