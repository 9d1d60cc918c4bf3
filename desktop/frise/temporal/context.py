"""What the text around an expression says about it: sentence bounds and the direction of time.

A weekday alone ("mardi") is the last one before the article unless the text points forward:
a preposition such as "dès" or "à partir de", or a future or conditional verb near it. Verbs are
recognised by their endings, which in French are regular enough for this: "se tiendra",
"dérouleront", "devrait". Past cues (a past participle after an auxiliary, an imperfect) win when
they are nearer to the weekday than any forward cue.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from frise.text.sentences import Sentences as TextSentences

# Forward words count before the weekday ("dès mardi"); after it, "jusqu'à 17 h" says nothing.
_FORWARD_BEFORE = re.compile(
    r"\b(?:dès|à partir d[eu]|à compter d[eu]|jusqu['’]à|d['’]ici|prévue?s?|doi(?:t|vent)|"
    r"devr(?:a|ait|aient|ont)|vais|vas|va|allons|allez|vont|aura lieu|auront lieu|rendez-vous|attendue?s?)\b"
    # a verb of ability, will or intent in the present with its infinitive: "peuvent rêver", "compte signer"
    r"|\b(?:peu(?:t|vent)|veu(?:t|lent)|compte(?:nt)?|esp[èe]re(?:nt)?|entend(?:ent)?|souhaite(?:nt)?|"
    r"envisage(?:nt)?)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+(?:er|ir|re|oir)\b",
    re.IGNORECASE,
)
_FORWARD_AFTER = re.compile(r"\b(?:prochaine?s?|aura lieu|auront lieu)\b"
                            # « Vendredi, Emmanuel Macron doit se rendre à Canton », « ... va signer »
                            r"|\b(?:doi(?:t|vent)|va|vont)\s+(?:se\s+|s['’])?[\w-]+(?:er|ir|re|oir)\b",
                            re.IGNORECASE)
# Not « il aura fallu », « il aura suffi »: the news' future perfect that looks back (« il aura
# fallu deux semaines et une nuit blanche de vendredi à samedi »), read as a past (`_PAST`).
_FUTURE_VERB = re.compile(r"\b[a-zàâçéèêëîïôûù]+(?:rai|ras|ra|ront|rons|rez|rais|rait|raient)\b"
                          r"(?!\s+(?:fallu|suffi)\b)", re.IGNORECASE)
_NOT_VERBS = frozenset({
    "opéra", "caméra", "extra", "choléra", "tiara", "mantra", "fédéra", "cobra", "zebra",
    "front", "affront", "larron", "chaperon", "marron", "environ", "terra", "sierra", "contra",
    "vrai", "minerai", "bras", "gras", "ras", "embarras", "fatras", "tétras", "frais", "marais", "jamais",
    "désormais", "mais", "anglais", "palais", "rabais", "relais",
    "portrait", "extrait", "retrait", "attrait", "trait", "abstrait",
})
_MOVED_WORDS = (
    r"(?:retourné|ressorti|accouru|(?:r|re|ré)?(?:allé|arrivé|entré|monté|tombé|resté|né|décédé|passé|parti|sorti|"
    r"descendu|venu|devenu|parvenu|intervenu|survenu|advenu|mort|apparu|paru|disparu|demeuré))e?s?")
_MOVED = re.compile(_MOVED_WORDS, re.IGNORECASE)
"""The participles « être » makes a compound past with (« il est arrivé », « elle est retombée »,
« le sous-marin est réapparu »); after « est » or « sont », any other tells a state or a
passive present (« le musée est fermé », « les frontières sont rouvertes »), no past."""
# Past participles: « a signé », « est venue », « ont pris », « a ouvert », and those in -i and
# -int (« a réuni », « a franchi », « a atteint »), but not the adverbs, pronouns and weekdays an
# auxiliary may precede (« est aussi », « a lui-même », « est ici », « est samedi »); after « est »
# and « sont », only the participles of `_MOVED`.
_PAST = re.compile(
    rf"\b(?:est|sont)\s+(?:[\w'’-]+\s+){{0,2}}?{_MOVED_WORDS}\b|"
    r"\b(?:a|ai|as|avons|avez|ont|avait|avaient|eut|eurent|était|étaient|fut|furent|s['’]est|se sont)\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?!(?:aussi|ici|parmi|lui|celui|oui|ainsi|midi|mai|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
    r"(?![\w-]+eu\b)"  # « a lieu », « est en jeu »: only « eu » itself is a participle in -eu
    r"[\w-]+(?:é|ée|és|ées|is|it|ert|erts|erte|ertes|u|us|ue|ues|i|ie|ies|int|inte|ints|intes)\b"
    r"|\b\w+(?<!r)(?:ait|aient)\b|\b\w+èrent\b|\baur(?:a|ont)\s+(?:fallu|suffi)\b",
    re.IGNORECASE,
)
FAR_BEHIND = 31
"""How many days before the reference a month (or part of a year) may have ended and still be the
one a future verb beside it means; farther, the verb means the coming one
(`Resolver._future_side`)."""
_RELATIVE_AFTER = re.compile(r"\b(?:qui|dont|lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)


def clause_before_relative(text: str, position: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The sentence around `position` cut where a relative clause after it begins (« le
    recensement de mars-avril, qui devrait être affiné »): that clause's verb tells of its noun."""
    # Only as far as `tense` reads after an expression: a long sentence is not searched to its end.
    relative = _RELATIVE_AFTER.search(text, position, min(sentence[1], position + 90))
    return (sentence[0], relative.start()) if relative else sentence


_FOR = re.compile(r"\bpour\b", re.IGNORECASE)
# A reporting clause set after what it reports (« le verdict sera rendu samedi, a annoncé la
# cour »): its tense is the telling's, not the happening's.
_REPORTING_AFTER = re.compile(
    r",\s*(?:a|ont|avait|avaient)\s+(?:annoncé|indiqué|déclaré|précisé|affirmé|expliqué|assuré|confirmé|"
    r"souligné|ajouté|rapporté|rappelé|fait savoir|estimé|jugé|prévenu|averti|dit)\b", re.IGNORECASE)


def told_until(text: str, start: int, end: int) -> int:
    """Where a reporting clause set after what it reports begins in text[start:end] (« le second
    tour aura lieu le 12 novembre, a rappelé la commission »), or `end`: what lies beyond it
    tells the telling, not the happening."""
    reporting = _REPORTING_AFTER.search(text, start, end)
    return reporting.start() if reporting else end
# The clause a « que » opens after the expression has a tense of its own (« a promis, lors d'un
# entretien dimanche, que le retrait commencerait lundi »: Sunday is the promise's), unless the
# expression is the focus of a cleft sentence (« c'est dimanche que se tiendra le vote »).
_THAT_AFTER = re.compile(r"\bqu(?:e\b|['’])", re.IGNORECASE)
_CLEFT_BEFORE = re.compile(r"\b(?:c['’]est|c['’]était|ce\s+n['’]est|ce\s+sera)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A pluperfect keeps the narrative in the past: in "avait d'abord été prévue mercredi", "prévue"
# says what was planned then, not that Wednesday is to come.
PLUPERFECT = re.compile(
    r"\b(?:avait|avaient|eut|eurent)\s+(?:[\w'’-]+\s+){0,2}?(?:été\s+)?[\w-]+(?:é|ée|és|ées|is|it|u|us|ue)\b",
    re.IGNORECASE,
)


def _is_verb(word: str) -> bool:
    """A lower-case or shouted word ("FERA") that is not a known noun; "Ankara" is a name; nor an
    imperfect whose stem ends in r (« déclarait », « ignorait », « rouvrait », « offrait »,
    « pleurait »), which no conditional spells so (« déclarerait », « rouvrirait »)."""
    return (word.islower() or word.isupper()) and word.lower() not in _NOT_VERBS \
        and not _IMPERFECT_IN_R.search(word.lower())


_IMPERFECT_IN_R = re.compile(r"(?:[aoéè]|uv|ff|ou|eu)rai(?:s|t|ent)$")


# A countdown to what the day dates: « à trois mois de la présidentielle du 5 novembre », « à
# quelques jours du sommet du 12 »: that day comes after the time the clause tells of.
COUNTDOWN = re.compile(
    r"\bà\s+(?:moins\s+d['’]|plus\s+d['’]|peine\s+)?(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|onze|douze|quinze|vingt|trente|quelques|quarante-huit)\s+"
    r"(?:heures?|jours?|semaines?|mois|ans|années)\s+(?:de|du|des|d['’])(?:(?<=['’])|\s)[^.;:!?]*$",
    re.IGNORECASE,
)


def counts_down(words: str) -> bool:
    """Whether `words` end in a countdown (`COUNTDOWN`). Most words before a date hold no « à »,
    which opens every countdown: they need no reading by the pattern."""
    return ("à" in words or "À" in words) and COUNTDOWN.search(words) is not None


# What looks ahead from a past sentence: a deadline, an infinitive after a preposition. Not « à
# partir de » (nor « à partir » just before an expression holding its « de »): a starting point,
# which takes the tense of its verb (« des pourparlers avaient été engagés à partir de 2021 »
# tells of the past; a plan « à partir du 1er juin » is read by the plan's own words).
_PROSPECTIVE = re.compile(
    r"\bjusqu['’]|\bavant d['’e]|\b(?:à|de|d['’]|pour)\s*(?!partir(?:\s+d|\s*$))(?:se\s+|s['’])?[\w-]+(?:er|ir|re)\b",
    re.IGNORECASE,
)

# A plan made, moved or cancelled in the past is about a day to come; so is a call to an action
# made by a verb (« les syndicats ont appelé à la grève en décembre »: the strike's month, not the
# call's). Not the noun (« l'appel à la grève lancé en novembre a été suivi »: the call's month),
# nor a call to a state of mind (« un appel au calme »). « avancé » is left out: it moves a
# meeting forward (« la réunion a été avancée en novembre ») as often as it puts an idea forward
# or makes ground (« l'hypothèse a été avancée en novembre », « les troupes ont avancé »).
_PLANNED = re.compile(
    r"\b(?:annul|report|repouss|renvoy|ajourn|décal|fix|programm|convoqu|prévu|planifi|envisag|annonc)\w*"
    r"|\bappel(?:é|ée|és|ées|er|ent|lent|le|ait|aient|lera|leront)\s+(?:à|aux?)\s+"
    r"(?:la\s+|l['’]\s*|une?\s+|des\s+|de\s+nouvelles?\s+)?"
    r"(?:grève|manifest|mobilis|boycott|rassembl|marches?\b|journée|vote|scrutin|élection|référendum|sommet)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def looks_ahead(before: str, after: str) -> bool:
    """A deadline or an infinitive just before a day, or a plan around it (cached by the words
    alone: a text repeating itself reads each window once)."""
    return bool(_PROSPECTIVE.search(before) or _PLANNED.search(before) or _PLANNED.search(after)
                or counts_down(before))


class Sentences(TextSentences):
    """The text's sentences (`frise.text.sentences`), with what `habitual` found in them."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.habits: dict[tuple[int, int], bool] = {}  # what `habitual` found, by stretch of this text


def points_forward(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the words around [start, end) place the expression after the reference."""
    return tense(text, start, end, sentence) == "future"


def tense(text: str, start: int, end: int, sentence: tuple[int, int]) -> Literal["future", "past"] | None:
    """Where the words around [start, end) place the expression: after the reference ("future"),
    before it ("past"), or neither said. A semicolon ends the words read: the clauses it parts
    have tenses of their own (« le tarif a augmenté ; le 15, il augmentera encore »)."""
    # Conditionals rather than max() and min(), twice as slow in a function read for every date.
    left = start - 90 if start - 90 > sentence[0] else sentence[0]
    right = end + 70 if end + 70 < sentence[1] else sentence[1]
    semicolon = text.rfind(";", left, start)
    if semicolon >= 0:
        left = semicolon + 1
    semicolon = text.find(";", end, right)
    if semicolon >= 0:
        right = semicolon
    if start - sentence[0] <= _FRONTED_REACH and _FRONTED_PARTICIPLE.match(text, sentence[0], start) \
            and "," not in text[sentence[0]:start]:
        return "past"  # « Battu mardi à Lyon, Marseille recevra Nantes samedi »: the defeat is past
    low = start - 40 if start - 40 > left else left
    if start - low >= _APPOSED_SHORTEST and (text.rfind(",", low, start) >= 0 or text.rfind("(", low, start) >= 0) \
            and _APPOSED_PARTICIPLE.search(text, low, start):
        return "past"  # « La grève, lancée jeudi, se poursuivra »: the launch is past
    return _tense_between(text[left:start], text[end:right])


# A past participle set in apposition just before the expression (« La grève, lancée jeudi, se
# poursuivra lundi », « le ministre, arrivé mardi à Kiev, ... »): what it tells is past, whatever
# the main verb; not a plan's (« la réunion, prévue jeudi, ... »).
_APPOSED_PARTICIPLE = re.compile(
    r"[,(][ \t\u00a0]*(?!(?:prévu|programmé|attendu|reporté|repoussé|fixé|convoqué|annoncé|envisagé|"
    r"décalé|avancé|retardé|espéré|souhaité|promis|remis)e?s?\b)"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)[ \t\u00a0]+$")
_APPOSED_SHORTEST = 4
"""The fewest characters an apposed participle spans (« , lu »)."""


_FRONTED_REACH = 80
"""How far into its sentence an expression may sit and still be in the participle opening it."""
# A past participle opening the sentence, the expression in its phrase (« Élu dimanche, le maire
# prendra ses fonctions lundi »); not a plan's (« Prévu mardi, le vote aura lieu »).
_FRONTED_PARTICIPLE = re.compile(
    r"\s*(?!(?:Prévu|Programmé|Attendu|Reporté|Repoussé|Fixé|Convoqué|Annoncé|Envisagé)e?s?\b)"
    r"(?!(?:Depuis|Puis|Lui|Qui|Oui|Ici|Ainsi|Aussi|Parmi|Voici|Midi|Celui|Lundi|Mardi|Mercredi|Jeudi|"
    r"Vendredi|Samedi|Dimanche|Tous|Plus|Sous|Vous|Nous|Mais|Jamais|Alors|Ceux|Cela|Chacun)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)\b(?![\s'’]*,)")


_STATE_AUXILIARIES = frozenset(("est", "sont", "était", "étaient"))
"""The forms of « être » a state is told with (« le musée est fermé », « étaient ouverts »)."""


def habitual_tense(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the words around [start, end) (as `tense` reads them) tell what is done again
    and again: a present (« le marché se tient le samedi ») or an imperfect (« il venait le
    dimanche »), « être » with a participle that tells a state (« le musée est fermé le lundi »,
    « les commerces étaient ouverts le dimanche »); not a future, nor a compound or simple past
    (« il est arrivé le samedi », « elle s'est rendue le lundi », « ils avaient signé »)."""
    told = tense(text, start, end, sentence)
    if told != "past":
        return told is None
    left = start - 90 if start - 90 > sentence[0] else sentence[0]
    right = end + 70 if end + 70 < sentence[1] else sentence[1]
    return all(_told_again(m.group()) for m in _PAST.finditer(text[left:start] + " " + text[end:right]))


def _told_again(verb: str) -> bool:
    """Whether a past cue `_PAST` found is a tense habits are told in (`habitual_tense`)."""
    words = verb.split()
    if len(words) == 1:
        return verb.lower().endswith(("ait", "aient"))  # the imperfect, not « signèrent »
    return words[0].lower() in _STATE_AUXILIARIES and not _MOVED.fullmatch(words[-1])


@lru_cache(maxsize=8192)
def _tense_between(before: str, after: str) -> Literal["future", "past"] | None:
    """`tense` from the words before and after the expression alone (so a text repeating itself,
    as dense lists of dates do, reads each window once)."""
    pluperfect = [m.span() for m in PLUPERFECT.finditer(before)]

    def free(m: re.Match[str]) -> bool:
        return not any(low <= m.start() < high for low, high in pluperfect)

    if reporting := _REPORTING_AFTER.search(after):
        after = after[:reporting.start()]
    if (that := _THAT_AFTER.search(after)) and not _CLEFT_BEFORE.search(before):
        after = after[:that.start()]
    forward = [(len(before) - m.end(), m) for m in _FORWARD_BEFORE.finditer(before) if free(m)]
    forward += [(m.start(), m) for m in _FORWARD_AFTER.finditer(after)]
    forward += [(len(before) - m.end(), m) for m in _FUTURE_VERB.finditer(before) if _is_verb(m.group())]
    forward += [(m.start(), m) for m in _FUTURE_VERB.finditer(after) if _is_verb(m.group())]
    past = [len(before) - m.end() for m in _PAST.finditer(before)]
    past += [m.start() for m in _PAST.finditer(after)]
    if not forward:
        if past:
            return "past"
        # "pour" before it, with no tense to say otherwise, points forward: "incertains pour la
        # venue de Lyon samedi", "convoqués pour lundi".
        return "future" if _FOR.search(before[-40:]) else None
    nearest_forward = min(distance for distance, _ in forward)
    return "future" if not past or nearest_forward <= min(past) else "past"


_SENTENCE_REACH = 300  # characters either side: a text without full stops stays linear
TENSE_BLOCK = _SENTENCE_REACH
"""The blocks `sentence_tense` reads a long sentence by: the positions of one block get one answer."""
# Statements about every year: a date inside one is no one date ("pendant les mois d'été, entre
# le 15 juillet et le 15 août, le camping affiche complet").
_HABITUAL = re.compile(
    r"\b(?:chaque (?:année|an|été|hiver|printemps|automne)|tous les ans|tous les étés|tous les hivers|"
    r"les mois d['’](?:été|hiver)|pendant l['’](?:été|hiver)|comme chaque année)\b",
    re.IGNORECASE,
)


def sentence_tense(text: str, position: int, sentence: tuple[int, int]) -> Literal["future", "past"] | None:
    """The tense of the whole sentence around `position`: "past" when it holds a past verb and
    nothing that points forward (no future or conditional verb, no « prévu », « prochain »,
    « dès »...), "future" for the converse, None otherwise. A long sentence is read by blocks of
    300 characters, each once (cached), the three around `position` together."""
    forward, past = sentence_cues(text, position, sentence)
    if past and not forward:
        return "past"
    if forward and not past:
        return "future"
    return None


def sentence_cues(text: str, position: int, sentence: tuple[int, int]) -> tuple[bool, bool]:
    """(something points forward, a past verb) in the sentence around `position`, read as
    `sentence_tense` reads it."""
    start, end = sentence
    if end - start <= 2 * _SENTENCE_REACH:
        return _cues(text, start, end)
    block = (position - start) // _SENTENCE_REACH
    forward = past = False
    for b in (block - 1, block, block + 1):
        low = start + b * _SENTENCE_REACH
        if low < start or low >= end:
            continue
        f, p = _cues(text, low, min(end, low + _SENTENCE_REACH))
        forward, past = forward or f, past or p
    return forward, past


def habitual(text: str, position: int, sentence: tuple[int, int], sentences: Sentences) -> bool:
    """Whether the sentence around `position` speaks of every year (« chaque année », « les mois
    d'été »...) in the present: a yearless date in it is every year's, not one. Each stretch is
    read once per text (`sentences` keeps what was found)."""
    start, end = sentence
    # `_stretch`, inline: a dense text asks this of every yearless date.
    if end - start <= 2 * _SENTENCE_REACH:
        stretch = sentence
    else:
        block = (position - start) // _SENTENCE_REACH
        low, high = start + (block - 1) * _SENTENCE_REACH, start + (block + 2) * _SENTENCE_REACH
        stretch = (low if low > start else start, high if high < end else end)  # not max()/min(): slower
    found = sentences.habits.get(stretch)
    if found is None:
        found = sentences.habits[stretch] = _habitual_stretch(text, *stretch, sentence)
    return found


def _stretch(position: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The sentence, or for a sentence longer than 600 characters the 900 around the 300 where
    `position` falls: each stretch is read once (the readers are cached), so that a text without
    full stops stays linear."""
    start, end = sentence
    if end - start <= 2 * _SENTENCE_REACH:
        return start, end
    block = (position - start) // _SENTENCE_REACH
    return (max(start, start + (block - 1) * _SENTENCE_REACH), min(end, start + (block + 2) * _SENTENCE_REACH))


# A relative clause set off by commas (« Le projet, qui a été adopté le 3 novembre, est examiné
# ... »): its verb tells of its noun, not of what the main clause dates.
_RELATIVE_ASIDE = re.compile(r",\s*(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\b[^,;:.!?]*,", re.IGNORECASE)


def past_outside_asides(text: str, position: int, sentence: tuple[int, int]) -> bool:
    """Whether the words around `position` (the sentence, or the stretch of a long one that
    `sentence_cues` reads) hold a past verb outside the relative clauses set off by commas, or,
    for a date inside one of them, in that clause."""
    start, end = _stretch(position, sentence)
    words, kept = text[start:end], []
    at = 0
    for aside in _RELATIVE_ASIDE.finditer(words):
        if not _A_VERB.search(aside.group()):
            continue  # « , dont celui du 20 décembre, »: « including », no clause of its own
        if aside.start() <= position - start < aside.end():
            return bool(_PAST.search(aside.group()))  # the date's own clause tells its tense
        kept.append(words[at:aside.start()])
        at = aside.end()
    kept.append(words[at:])
    return bool(_PAST.search(" , ".join(kept)))


_A_VERB = re.compile(r"(?<![\w'’-])(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|[^\W\d_]{2,}(?<!m)ent"
                     r"|[^\W\d_]{2,}(?:ait|aient|era|eront|ira|iront))(?![\w'’-])", re.IGNORECASE)
"""A verb a relative clause set off by commas is read by: an auxiliary, a plural present, an
imperfect, a future (« qui a été adopté », « qui occupent »); an aside of « dont » and a noun
alone has none (« , dont celui du 20 décembre, »), nor one whose verb this does not read (« qui
démissionne »): either is read as part of its sentence."""


def _cues(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(something points forward, a past verb) in text[start:end]."""
    return _cues_in(text[start:end])


@lru_cache(maxsize=4096)
def _cues_in(words: str) -> tuple[bool, bool]:
    forward = bool(_FORWARD_BEFORE.search(words) or _FORWARD_AFTER.search(words)) or any(
        _is_verb(m.group()) for m in _FUTURE_VERB.finditer(words))
    return forward, bool(_PAST.search(words))


def _habitual_stretch(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    # The cue is looked for with the character before the stretch in view, where it must not begin.
    low = max(0, start - 1)
    cue = _habitual_cue(text[low:end], start - low)
    return cue is not None and tense(text, low + cue[0], low + cue[1], sentence) is None


@lru_cache(maxsize=4096)
def _habitual_cue(words: str, start: int) -> tuple[int, int] | None:
    """The span of the first `_HABITUAL` cue in `words` from `start` on (cached by the words, as
    the other readings of the context are: a dense text repeats its stretches)."""
    cue = _HABITUAL.search(words, start)
    return cue.span() if cue else None
