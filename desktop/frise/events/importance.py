"""Whether a dated statement is the article's news, its background, or noise.

A chronology lists what happened. An article also dates its background (« la Russie est engagée
en Syrie depuis septembre 2015 », « l'embargo instauré en 2011 ») and things that are not
happenings at all; the three are told apart here, from the statement's own clause, so that the
timeline can show background lighter and leave noise out:

- **noise**: a line that is only a date or a credit (a photo caption, « © AFP », « Publié le … »,
  a byline: « Par Jeanne Roy | 3 mai 2019 »), a year that is part of a name (« Paris 2015 »,
  « Vision 2030 »), a deadline (« d'ici le 15 », « au plus tard le 3 », « date butoir », an
  obligation in the future perfect: « devront avoir retiré … le 10 »), and a plan the text says
  was changed (« d'abord prévue mercredi », « initialement fixé au 16 », « devait se tenir le
  4 » in a sentence that moves it), the day a delay or a moved deadline sets (« un report
  jusqu'au 31 janvier », « repousser au 31 janvier la date du Brexit »; a happening moved keeps
  its new day: « la visite, repoussée à jeudi, a eu lieu »), the day an intention or a promise
  names (« l'objectif d'une sortie le 31 octobre », « ont promis de ratifier le texte dès cette
  année », « engage les signataires à réduire leurs émissions à partir de 2030 »), the day
  something in force will end (« la trêve prendrait fin le 30 novembre »), and a plan for a
  month or a year to come (« un nouveau scrutin est prévu en 2031 »);
  a deadline also when the expression says it (« d'ici fin 2019 ») or when « avant » a date
  closes a clause in the future or the conditional (« seraient échangés avant le 31 décembre »),
  a date the sentence moves again (« repoussée à jeudi, avant d'être fixée à vendredi »), the
  yardstick of a superlative (« sa pire crise depuis 1945 », « au plus haut depuis 2008 »; not
  « les premières depuis 2016 », which dates talks held then), and when anonymous sources spoke
  (« ont fait savoir mardi plusieurs sources », « a-t-on appris lundi »), a market quotation
  (« le baril de Brent s'échangeait autour de 93 dollars mercredi »), and the gap between
  two happenings that the text leaves undated (« en 1993, deux ans après avoir repoussé les
  troupes », « trois jours avant de signer »: how long before or after another happening, which
  the engine could not place);
- **context**: what the clause tells in the pluperfect (« avait signé »), what runs « depuis » a
  date, and what ended long before the article's own date;
- **news**: everything else.

The rules read French grammar and a few fixed expressions, never an article's wording.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from frise.text.folding import WORD, fold, folded_word_list
from frise.text.french import BYLINE_OPENING, FOLDED_MONTHS

Importance = Literal["news", "context", "noise"]

LONG_BEFORE = timedelta(days=92)
"""What ended this long before the article's own date is background, not its news."""

_CREDIT = re.compile(r"©|\(c\)|\bcr[ée]dits?\b|\bphotos?\s*:|\bpubli[ée]e?\s+le\b|\bmis\s+[àa]\s+jour\b"
                     r"|\bmodifi[ée]e?\s+le\b|\b(?:afp|reuters|ap|getty|anadolu|epa|dpa)\b\s*(?:photo|/|$|\))",
                     re.IGNORECASE)
_BYLINE = re.compile(rf"\s*{BYLINE_OPENING}", re.IGNORECASE)
"""A byline giving the day (« Par Jeanne Roy | 3 mars 2021 à 07h30 »): when the article was
written, not a happening."""
_DEADLINE_BEFORE = re.compile(r"(?:\bd'ici(?:\s+(?:au|à|a|la|le|les|l'))?|\bau\s+plus\s+tard(?:\s+(?:le|la|au|en))?"
                              r"|\bdate\s+(?:butoir|limite)\s+(?:du|de|d'|le|au|fix[ée]e\s+au)?"
                              r"|\bultimatum\s+(?:du|expirant|fix[ée]\s+au)?|\bd[ée]lai\s+(?:du|de|expirant\s+le))\s*$",
                              re.IGNORECASE)
_DATE_OF = re.compile(r"\bdates?\s+(?:pr[ée]vues?|fix[ée]es?|retenues?|officielles?|choisies?|annonc[ée]es?)\s+"
                      r"(?:du|de\s+la|de\s+l'|des|de|d'|pour)\s+[^,.;:()]{1,50},\s*$", re.IGNORECASE)
"""A date given as what « la date prévue du Brexit » is, in apposition: the day set for a
happening another clause or article tells, not a happening of its own."""
_MODAL = {"doit", "doivent", "devra", "devront", "devrait", "devraient", "devaient", "devait"}
_MAY_BE_MODAL = re.compile(r"\b(?:doi|dev)", re.IGNORECASE)
_AUXILIARY = {"avoir"}  # « devrait être désigné le 20 » is a happening expected, not a deadline
_PLAN = re.compile(r"\b(?:d'abord|initialement|au\s+d[ée]part|dans\s+un\s+premier\s+temps|à\s+l'origine)\b"
                   r"[^.;]{0,40}?\b(?:pr[ée]vu|fix[ée]|programm[ée]|annonc[ée]|pr[ée]vue?s?|fix[ée]e?s?)"
                   r"|\b(?:pr[ée]vue?s?|fix[ée]e?s?|programm[ée]e?s?)\s+(?:d'abord|initialement|au\s+d[ée]part)\b",
                   re.IGNORECASE)
_WAS_TO = re.compile(r"\bdevai(?:t|ent)\s+(?:avoir\s+lieu|se\s+tenir|se\s+r[ée]unir|[êe]tre\s+sign[ée])", re.IGNORECASE)
_RIGHT_BEFORE = r"[^.;,]{0,12}?\s+(?:(?:le|la|les|au|aux|à|a|pour|en|du|ce|cette)\s+)?$"
"""What may stand between a plan's cue and its date: a few words, no clause break."""
_MOVED = re.compile(r"\b(?:report[ée]|repouss[ée]|avanc[ée]|d[ée]cal[ée]|annul[ée]|ajourn[ée])e?s?\b", re.IGNORECASE)
_PLAN_LEAD = re.compile(f"(?:{_PLAN.pattern}){_RIGHT_BEFORE}", re.IGNORECASE)
_WAS_TO_LEAD = re.compile(f"(?:{_WAS_TO.pattern}){_RIGHT_BEFORE}", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\b(?:avai(?:t|ent)|[ée]tai(?:t|ent)|s'[ée]tai(?:t|ent)|n'avai(?:t|ent))\s+"
                         r"(?:(?:d[ée]j[àa]|alors|pourtant|notamment|aussi|toujours|bien|pas|jamais|encore|"
                         r"longtemps|[^\W\d_]{3,}ment)\s+){0,2}"
                         r"[^\W\d_]+(?:[ée]e?s?|[iu]e?s?|[ie]rte?s?|ite?s?|inte?s?)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bdepuis\s+(?:le\s+|la\s+|l'|les\s+)?$", re.IGNORECASE)
_SINCE_START = re.compile(r"depuis\b", re.IGNORECASE)
_FIRST_SINCE = re.compile(r"\bpremi[eè]re?s?(?:\s+[^\W\d_]+){0,3}\s+$", re.IGNORECASE)
"""« les premiers depuis 2019 », « la première rencontre depuis 2019 »: the date of the last such happening."""
_NAME_BEFORE_YEAR = re.compile(r"(?:^|[\s(«\"'])([A-ZÀ-Ý][\w’'-]*)\s+$")
_YEAR = re.compile(r"^\d{4}$")
_LOCATIVE = {"en", "de", "des", "du", "depuis", "avant", "apres", "dans", "fin", "debut", "mi", "entre", "vers",
             "jusqu'en", "d'ici", "pour", "an", "annee", *FOLDED_MONTHS, "printemps", "ete", "automne",
             "hiver", "l'an", "courant", "cet", "cette"}
_THIN_WORDS = 0
_DEADLINE_EXPRESSION = re.compile(r"^(?:d'ici|au\s+plus\s+tard)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\bavant\s+$", re.IGNORECASE)
_FUTURE_OR_CONDITIONAL = re.compile(r"\b[^\W\d_]{2,}(?:eront|eraient|erait|era|ront|raient|rait)\b", re.IGNORECASE)
_THEN_MOVED = re.compile(r"^[^.;]{0,40}?\b(?:puis|avant\s+d'(?:[êe]tre|avoir\s+[ée]t[ée]))\b[^.;]{0,30}?"
                         r"\b(?:report|repouss|fix|avanc|d[ée]cal|programm|pr[ée]vu)"
                         r"|^\s*,?\s*(?:et\s+)?puis\s+(?:jusqu'(?:au|à|en)|à|au|aux)\s", re.IGNORECASE)
_MOVED_TO = re.compile(r"\b(?:report[ée]|repouss[ée]|avanc[ée]|d[ée]cal[ée])e?s?\s+(?:à|a|au|aux|pour)\s+$",
                       re.IGNORECASE)
_TO = r"(?:jusqu'(?:au|à|a|en)|à|a|au|aux)\s+"
_PUT_OFF = r"\b(?:report|repouss|d[ée]cal|diff[ée]r|prolong)\w*\s+"
_DELAY_TO = re.compile(rf"\b(?:report|prolongation|sursis)s?\s+(?:«[^»]{{0,30}}»\s+)?{_TO}$", re.IGNORECASE)
"""A delay granted to a day: « les Vingt-Sept accordent un report jusqu'au 31 janvier », « en
annonçant son report à début 2020 »: the day it is put off to is set, not a happening."""
_DATE_PUT_OFF = re.compile(rf"\b(?:date|[ée]ch[ée]ance|d[ée]lai)s?\b[^.;:]{{0,50}}?{_PUT_OFF}{_TO}$", re.IGNORECASE)
_PUT_OFF_TO = re.compile(rf"{_PUT_OFF}{_TO}$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"\s*(?:la|l'|l’|le|les)\s*(?:date|[ée]ch[ée]ance|d[ée]lai)s?\b", re.IGNORECASE)
"""« repousser au 31 janvier la date du Brexit », « la date butoir, repoussée au 7 juillet »: a
date moved to another, a deadline. (A happening moved keeps its new day: « la visite, repoussée
à jeudi, a eu lieu sans incident ».)"""
_INTENT_OF = re.compile(r"\b(?:objectif|promesse|engagement|perspective)s?\s+(?:d'|de\s+)(?:une?\s+|la\s+|le\s+|l')?"
                        r"[^\W\d_]+\s+(?:(?:le|la|les|l'|au|en|pour|dès|des)\s*)?$", re.IGNORECASE)
"""A date an intention gives: « il maintient l'objectif d'une sortie le 31 octobre », « sa promesse
d'une sortie le 31 octobre »."""
_PROMISED = re.compile(r"\bprom(?:is|ise|ises|et|ets|ettent|ettait|ettaient|ettre)\s+(?:à\s+[^,.;:]{1,40}?\s+)?"
                       r"(?:de|d')\s*[^.;:,]{0,80}$", re.IGNORECASE)
"""The day a promise names (« ont promis de ratifier le texte dès cette année », « a promis de
sortir son pays de l'UE le 31 octobre »); not the day it was made (« a promis dimanche que »)."""
_COMMITTED_TO = re.compile(r"(?<!été\s)\b(?:s['’]engag|engag)[^\W\d_]*\s+(?:[^,.;:]{1,40}?\s+)?(?:à|a)\s+"
                           r"(?!partir\b)[^\W\d_]+(?:er|ir|re|oir)\b[^.;:]{0,80}$", re.IGNORECASE)
"""The day a commitment names (« le texte engage les signataires à réduire leurs émissions à partir
de 2030 », « les deux camps se sont engagés à retirer leurs armes le 10 »), like a promise's;
not the day it was made (« se sont engagés dimanche à respecter la trêve »), nor talks started
(« des discussions ont été engagées à Doha à partir de mars »)."""
_WAS_DUE_OR_MAY = re.compile(
    r"\b(?:devait|devaient|pourra|pourront|pourrait|pourraient)\s+(?:(?:encore|alors|donc|bien|aussi|ensuite|"
    r"finalement|même|toujours|d[ée]j[àa])\s+)?(?:se\s+|s['’]|en\s+|y\s+)?[^\W\d_]+(?:er|ir|re|oir)\b[^,.;:!?]{0,80}$",
    re.IGNORECASE)
"""A day the clause gives to what was due (« la conférence devait s'achever vendredi », « les deux
dirigeants devaient rejoindre Bruxelles pour le sommet prévu le jour même ») or to what may be
(« le Royaume-Uni pourra partir dès le 1er décembre »): a plan or a possibility, not a
happening. The day of the telling stays (« a fait savoir jeudi qu'il ne pourrait pas »: the
date comes before), and so does the day a happening itself was to take place (« une rencontre
devait avoir lieu à Amman la semaine dernière », `_WAS_TO`): noise only when the sentence moves
it, as « doit se tenir le 19 » is a happening planned."""
_SETTING_CUES = ("report", "repouss", "décal", "decal", "différ", "differ", "ajourn", "prolong", "sursis", "objectif",
                 "promesse", "engag", "perspective", "promi", "prome", "devai", "pourr")
"""What one of `_DELAY_TO`, `_DATE_PUT_OFF`, `_PUT_OFF_TO`, `_INTENT_OF`, `_PROMISED`,
`_COMMITTED_TO` or `_WAS_DUE_OR_MAY` holds, lower-cased: each is searched only when the lead
holds one (a pattern searched at every place of the lead costs ten times more than looking for
these words)."""
_TERM_ENDS = re.compile(r"\b(?:prendr(?:a|ont|ait|aient)\s+fin|expirer(?:a|ont|ait|aient)"
                        r"|arriver(?:a|ont|ait|aient)\s+(?:à|a)\s+(?:son\s+|leur\s+)?(?:échéance|expiration|terme))"
                        r"[^\W\d_]*\s+(?:(?:le|la|les|l'|au|en|à|dès|fin|début|mi)\s*-?\s*)?$", re.IGNORECASE)
"""The day something in force will end (« le cessez-le-feu prendrait fin le 30 novembre », « le
mandat expirera fin juin »): a term set, which may never come, not a happening. Told in the past
(« la trêve a pris fin lundi ») it is one."""
_SUPERLATIVE_SINCE = re.compile(r"\b(?:pires?|(?:plus|moins)\s+(?!de\b|d['’])[^\W\d_]+|records?"
                                r"|sans\s+pr[ée]c[ée]dent)\b[^,.;:()]{0,40}$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:fait\s+savoir|indiqu[ée]|rapport[ée]|confi[ée]|assur[ée]|affirm[ée]|appris|"
                       r"annonc[ée])\s+$", re.IGNORECASE)
_ANONYMOUS = re.compile(r"^\s*,?\s*(?:selon\s+)?(?:(?:plusieurs|des|de|deux|trois|diverses|d')\s*)?"
                        r"(?:sources?|diplomates?|responsables?)\b", re.IGNORECASE)
_HEARD = re.compile(r"\b(?:a-t-on|apprend-on|apprenait-on)\s+(?:appris\s+)?$", re.IGNORECASE)
_GAP = re.compile(r"^(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
                  r"quelques|plusieurs)\s+(?:jours?|semaines?|mois|ans?|années?|décennies?)\s+(?:après|avant)$",
                  re.IGNORECASE)
_QUOTE_VERB = re.compile(r"\b(?:cot(?:ait|aient|é|ée|ée?s)|s['’][ée]chang(?:eait|eaient|e|ent)"
                         r"|se\s+n[ée]goci(?:ait|aient|e|ent)|se\s+trait(?:ait|aient|e|ent)|s['’][ée]tabliss(?:ait|aient)|cl[ôo]tur(?:ait|aient|é)"
                         r"|valai(?:t|ent))\b", re.IGNORECASE)
_PRICE = re.compile(r"\d(?:[\d \u00a0\u202f.,]*\d)?\s*(?:dollars?|euros?|\$|€|points?|yuans?|roubles?|francs?|%)",
                    re.IGNORECASE)
"""A market quotation: « le baril de Brent s'échangeait autour de 93 dollars mercredi », « le CAC 40 a
clôturé jeudi en hausse de 1,2 % »: a price on a day, not a happening."""
_INFINITIVE = re.compile(r"^\s+(?:avoir|être|de\s|d['’])", re.IGNORECASE)
"""What follows « deux ans après » or « trois jours avant » when it measures the gap to another
happening told as an infinitive (« après avoir repoussé », « avant de signer », « avant d'être élu »)."""


def importance(passage: str, start: int, end: int, *, first: date | None = None, last: date | None = None,
               reference: date | None = None) -> Importance:
    """The importance of the statement dated by passage[start:end] (offsets into the passage, its
    sentence), for an article written on `reference` (None when unknown)."""
    if is_noise(passage, start, end):
        return "noise"
    if first is None and _GAP.match(passage[start:end].strip()) and _INFINITIVE.match(passage[end:]):
        return "noise"  # a gap between two happenings, left undated: no date of its own
    before = passage[:start]
    if (first is not None and last is not None and reference is not None and last > reference
            and last - first >= _COARSE and _PLANNED_FOR.search(before[-40:])):
        return "noise"  # « un nouveau scrutin est prévu en 2031 »: a plan for a month or a year to come
    if _SINCE.search(before[-30:]) or (_SINCE_START.match(passage, start, end) and not _FIRST_SINCE.search(before)):
        # « engagée en Syrie depuis septembre 2015 » (« depuis » before the expression or in it);
        # not « les premiers depuis 2019 », which dates the last talks, held then
        return "context"
    clause = _clause(passage, start, end)
    if _PLUPERFECT.search(clause):
        return "context"
    if last is not None and reference is not None and last < reference - LONG_BEFORE:
        return "context"
    return "news"


_PLANNED_FOR = re.compile(r"\b(?:pr[ée]vu|programm[ée]|envisag[ée])e?s?\s+(?:pour\s+)?$", re.IGNORECASE)
_COARSE = timedelta(days=27)
"""A plan for a period this long or longer (a month, a season, a year) after the article's date
(« un nouveau scrutin est prévu en 2031 », « une révision est prévue pour 2030 ») is
noise: what may come one day, with no day of its own yet. A plan for a day stays a happening
foretold (« la signature est prévue le 4 juin »), and so does a past plan (« la visite était
prévue en août »: context)."""
_CAPTION_CREDIT = re.compile(
    r"(?:©|\b(?:AFP|Reuters|REUTERS|AP|EPA|Getty\s+Images|GETTY\s+IMAGES|Anadolu|ANADOLU|Xinhua|XINHUA|Sipa|SIPA|"
    r"Maxppp|MAXPPP|Abaca|ABACA|Hans\s+Lucas|HANS\s+LUCAS)\b)"
    r"(?:\s+PHOTO)?(?:\s*/\s*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]*)?\s*$")
_CITED_BEFORE = re.compile(r"(?:\bl['’]|\bselon|\bde|\bdu|\bà|\bpar)\s*$", re.IGNORECASE)
_CAPTION_WORDS = 30
_CAPTION_REACH = 400
"""Characters a caption line may run before or after its date (30 words fit well within)."""


def is_caption(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits on a short line ending with a photo credit (« Félix Tshisekedi,
    João Lourenço et Paul Kagame à Luanda, le 16 mars 2023. AFP », « ... à Kigali, le 4 janvier
    2018. AFP PHOTO / JEAN DUPONT »): a caption, whose date is the picture's. A sentence that cites
    the agency (« a indiqué l'AFP », « selon Reuters ») is not one."""
    # Only as far as a caption may run either side: a text of one long line stays linear.
    low, high = max(0, start - _CAPTION_REACH), min(len(text), end + _CAPTION_REACH)
    line_start = text.rfind("\n", low, start)
    line_end = text.find("\n", end, high)
    if (line_start < 0 and low > 0) or (line_end < 0 and high < len(text)):
        return False  # a longer line than any caption
    line = text[line_start + 1: high if line_end < 0 else line_end]
    credit = _CAPTION_CREDIT.search(line)
    if credit is None or len(WORD.findall(line)) > _CAPTION_WORDS:
        return False
    return not _CITED_BEFORE.search(line, 0, credit.start())


def is_noise(passage: str, start: int, end: int) -> bool:
    expression = passage[start:end]
    others = sum(1 for m in WORD.finditer(passage) if m.end() <= start or m.start() >= end)
    if others <= _THIN_WORDS:
        return True  # a date line: « 20 janv. 2020 », « Mis à jour le 4 mai »
    if others <= 12 and (_CREDIT.search(passage) or _BYLINE.match(passage)):
        return True  # a caption, a credit line or a byline (« Par Jeanne Roy | 3 mai 2019 »)
    if _YEAR.match(expression.strip()) and _is_name_year(passage[:start]):
        return True
    if _nickname(passage, start, end):
        return True  # « le « super samedi » », « un « mardi noir » »: a name holding a day
    before = passage[max(0, start - 40) : start]
    if _DEADLINE_BEFORE.search(before) or _DEADLINE_EXPRESSION.match(expression):
        return True
    if _DATE_OF.search(passage, max(0, start - 70), start):
        return True  # « à deux semaines de la date prévue du Brexit, le 31 octobre »: a date set for it
    clause = _clause(passage, start, end)
    if _future_perfect_obligation(clause):
        return True
    if _BEFORE.search(before) and _FUTURE_OR_CONDITIONAL.search(clause):
        return True  # « les prisonniers seraient échangés avant le 31 décembre »: a deadline
    if _MOVED_TO.search(before + _opening_word(expression)) and _THEN_MOVED.match(passage[end:]):
        return True  # « repoussée à jeudi, avant d'être fixée à vendredi »: only the last date holds
    # The words before it, with the preposition that opens the expression (« au 12 avril »).
    setting = passage[max(0, start - 90) : start] + _opening_word(expression)
    lowered = setting.lower()
    if any(cue in lowered for cue in _SETTING_CUES):  # most leads hold none of them
        if _DELAY_TO.search(setting) or _DATE_PUT_OFF.search(setting) or (
                _PUT_OFF_TO.search(setting) and _DATE_AFTER.match(passage, end)):
            return True  # a delay granted, a deadline moved: the day set, not a happening
        if _INTENT_OF.search(setting) or _PROMISED.search(setting) or _COMMITTED_TO.search(setting):
            return True  # a day an intention or a promise names
        if _WAS_DUE_OR_MAY.search(setting) and not _WAS_TO.search(setting):
            return True  # what was due, or may be, on that day
    if ("prendr" in lowered or "expirer" in lowered or "arriver" in lowered) and _TERM_ENDS.search(setting):
        return True  # « la trêve prendrait fin le 30 novembre »: the term set, not a happening
    if expression.lower().startswith("depuis") and _SUPERLATIVE_SINCE.search(before):
        return True  # « sa pire crise depuis 1945 »: a yardstick, not a happening in 1945
    if _QUOTE_VERB.search(clause) and _PRICE.search(clause):
        return True  # « le baril s'échangeait autour de 93 dollars mercredi »: a price, not a happening
    if (_REPORTED.search(before) and _ANONYMOUS.match(passage[end:])) or _HEARD.search(before):
        return True  # « ont fait savoir mardi plusieurs sources »: when it was heard, not what happened
    # A plan the sentence says was changed: its cue stands just before this date, not before
    # another one (« d'abord prévue mardi, puis repoussée à jeudi »: only mardi is noise).
    lead = passage[max(0, start - 60) : start]
    if _PLAN_LEAD.search(lead):
        return True
    return bool(_WAS_TO_LEAD.search(lead) and _MOVED.search(passage))


_OPENING_PREPOSITION = re.compile(r"^(?:jusqu['’](?:au|à|a|en)|au|aux|à|dès|le|en)\s+", re.IGNORECASE)


def _opening_word(expression: str) -> str:
    """The preposition or article an expression opens on (« au 12 avril »: « au »), or "": the
    rules reading the words before a date read it with them."""
    match = _OPENING_PREPOSITION.match(expression)
    return match.group() if match else ""


_QUOTED_NAME = re.compile(r"«\s*([^«»\d.,;:!?]{1,30}?)\s*»")
_NOT_A_NAME = frozenset({"a", "au", "des", "depuis", "le", "la", "ce", "cette", "avant", "apres", "jusqu", "d", "l",
                         "de", "du", "en", "pour", "vers", "sauf", "dans", "ou", "et", "peut-etre"})
"""Words that make a quoted day a date (« à lundi », « dès lundi », « ce lundi »), not a name;
an adverb does too (« probablement lundi », « vivement lundi »)."""
_WEEKDAY_NAMES = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})


def _nickname(passage: str, start: int, end: int) -> bool:
    """A weekday's name quoted with a word of its own (« le « super samedi » », « ce « jeudi noir » »):
    a nickname, the name of what happened, not when. A quotation that says more (« nous
    signerons lundi ») is speech, and « à lundi » or « dès lundi » a date."""
    low = passage.rfind("«", max(0, start - 30), start)
    if low < 0:
        return False
    match = _QUOTED_NAME.match(passage, low)
    if match is None or match.end() < end:
        return False
    words = folded_word_list(match.group(1))
    day = folded_word_list(passage[start:end])
    return (len(words) == 2 and len(day) == 1 and day[0] in _WEEKDAY_NAMES
            and not _NOT_A_NAME.intersection(words) and not any(w.endswith("ment") for w in words))


def _is_name_year(before: str) -> bool:
    """« Paris 2015 », « Vision 2030 », « Euro 2016 »: a capitalised word right before a bare year,
    with no preposition between them (« en 2015 », « mai 2015 » are dates)."""
    match = _NAME_BEFORE_YEAR.search(before)
    if match is None:
        return False
    return fold(match.group(1)) not in _LOCATIVE


def _future_perfect_obligation(clause: str) -> bool:
    """« devront avoir retiré », « doivent en avoir fini »: an obligation to have done something by
    a date, which is a deadline, not a happening."""
    if not _MAY_BE_MODAL.search(clause):
        return False  # the common case, told without folding every word
    words = folded_word_list(clause)
    for index, word in enumerate(words[:-2]):
        if word in _MODAL:
            following = words[index + 1 : index + 4]
            if following and following[0] in ("en", "y"):
                following = following[1:]
            if len(following) >= 2 and following[0] in _AUXILIARY and _participle(following[1]):
                return True
    return False


_NOT_PARTICIPLES = frozenset({"lieu", "besoin", "peur", "raison", "tort", "droit", "envie", "soin", "pu", "du"})
"""« doit avoir lieu le 19 » is a happening planned, not an obligation to have done something."""


def _participle(word: str) -> bool:
    if word in _NOT_PARTICIPLES:
        return False
    return word.endswith(("e", "es", "ee", "ees", "i", "is", "u", "us", "it", "ite", "ert", "erte", "int"))


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:mais|puis|et|alors\s+que|tandis\s+que|avant\s+(?:de|d'))\b|\s—\s")


def _clause(passage: str, start: int, end: int) -> str:
    """The part of the sentence the date belongs to, between the clause breaks around it."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(passage, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(passage, end)
    right = right_match.start() if right_match else len(passage)
    return passage[left:right]
