"""A short French title for a dated statement, taken from the clause around its date.

The date itself is left out (the timeline already shows it). The sentence is cut into clauses at
commas, semicolons, colons and spaced dashes, after dropping parentheticals; the clause holding the
date is the title when it says enough. When it does not, the title borrows what a reader needs:

- a date fronted before the main clause ("Début mai, les représentants ... ont signé ...") takes
  the clauses that follow, skipping appositions ("pays garants de la trêve en Syrie") up to the verb;
- a clause that starts with its verb ("ont adopté début mai à Astana un plan") or a participle
  ("abattu le 18 juin par ...") gets its subject back from the start of the sentence;
- a date at the very end ("..., le 3 mai.") takes the clauses just before it;
- a participle joined to a compound tense (« a été adopté en 2001, puis révisé en 2005 ») takes
  that clause's subject and auxiliary, and an infinitive in a compound form with a date of its
  own (« …, avant d'être relancé en 2019 », « Après avoir signé le traité en 2015, … ») that
  clause's subject and tense, and so does a simple one after « avant de » (« …, avant de
  chavirer en avril »: « Le chalutier a chaviré en avril »), its object pronoun named for the
  object of that clause (« avant de le rétablir »: « a rétabli le sommet »);
- a participle fronted before a clause in the present (« Fondée en 1962, l'association compte
  aujourd'hui… ») is said of that clause's subject: « L'association, fondée en 1962 ».

Web addresses, @handles, hashtag signs and pictographs are dropped. Titles stay under `limit`
characters, cut at a word boundary with an ellipsis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frise.text.french import MONTHS, WEEKDAYS, alternation

LIMIT = 100
_MARK = "\x00"

_AUX = frozenset(
    """a ont est sont avait avaient était étaient sera seront serait seraient va vont doit doivent
    devait devaient devrait devraient pourrait pourraient peut peuvent fut furent aura auront
    aurait auraient vient viennent venait venaient se ne y reste restent demeure""".split()
)
_FUNCTION = frozenset(
    """le la les l un une des du de d au aux à en dans sur sous pour par avec son sa ses leur leurs
    ce cet cette ces et ou ni notamment dont qui que où entre vers chez contre""".split()
)
_CONNECTIVE = re.compile(
    r"^(?:mais|et|or|donc|puis|pourtant|cependant|toutefois|ainsi|en outre|par ailleurs|alors que|"
    r"tandis que|lorsque|lorsqu['’]|quand|(?:à l['’]occasion|lors) (?:du|des|de la|de l['’]|d['’])|"
    r"(?:avant|après)(?= (?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cette)\b))"
    r"(?:(?<=['’])|\b)\s*",  # a whole word: « Maison Blanche » does not start with « mais »
    re.IGNORECASE,
)
_LEADS = re.compile(r"^(?:selon|d['’]après|pour|de son côté|de leur côté)\b", re.IGNORECASE)
_TRAILING_WEAK = frozenset(
    """de du des la le les l d et ou à au aux en sur pour par un une avec dans son sa ses leur
    leurs ce cette ces qui que dont entre puis mais ni afin lors avant après selon depuis dès vers
    jusqu prochain prochaine dernier dernière matin soir
    ici ont a est sont avait avaient était étaient sera seront va vont doit doivent devait devrait
    pourrait peut se ne n s y""".split()
) | frozenset(WEEKDAYS) | frozenset(MONTHS)
_PARTICIPLE = re.compile(r"^[^\W\d_]{3,}(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|(?:(?<=[uda])|(?<=cr))(?:it|ite|ites)"
                         r"|ert|erte)$")
"""A past participle: in « -it » only after u, d, a or cr (« conduit », « interdit », « extrait »,
« inscrit »); « réunit », « établit », « choisit » are presents of verbs in -ir, « petites » and
« élite » no verb at all."""
_FRONTED_PARTICIPLE = re.compile(r"^[^\W\d_]{3,}(?:i|ie|ies)$")
_NOT_FRONTED_PARTICIPLES = frozenset("""lundi mardi mercredi jeudi vendredi samedi midi aussi ainsi parmi ici
    celui lui oui aujourd hui voici jusqu ami amie amies ennemi ennemie ennemies""".split())
_NOISE = re.compile(
    r"https?://\S+|\b\S+\.(?:com|fr|org|net|co|ly)/\S*|\(@\w+\)|@\w+|\+\s*D['’]INFOS|#(?=\w)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*[,;]\s+|\s+:\s+|\s*:\s+(?=[A-ZÀ-Ý«\"“])|\s+[–—]\s+|\s*[–—]\s+(?=[A-ZÀ-Ý])")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Arrows, dingbats, emoji, their variation selectors and joiners, stray combining marks.
_PICTOGRAPHS = re.compile(
    "[\u0300-\u036f\u200b-\u200f\u2060-\u206f\u2190-\u2bff\u2600-\u27bf\ufe00-\ufe0f"
    "\U0001f000-\U0001faff\u00a9\u00ae]"
)
_COMPLEMENT = re.compile(r"^(?:du|des|de la|de l['’]|d['’])", re.IGNORECASE)
_WHERE = re.compile(r"^(?:à|au|aux|sur|dans|en|près|devant|chez)\b", re.IGNORECASE)
_INDIRECT = re.compile(r"^(?:au|aux)\b", re.IGNORECASE)  # « ont procédé jeudi, à Ankara, au plus grand échange »
_OBJECT = re.compile(r"^(?:un|une)\b", re.IGNORECASE)  # « signé le 4 mai, à Astana, un mémorandum »
_DEFINITE_OBJECT = re.compile(r"^(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos)"
                              r"(?:(?<=['’])|\b)", re.IGNORECASE)
"""« a endossé ce lundi, à l'unanimité, l'accord », « a présenté lundi, devant les députés, son
projet »: a definite or possessive noun phrase after an incise is the verb's object when it has
no verb of its own (else it is the next clause: « …, les ministres ont »)."""
_RELATIVE = re.compile(r"^(qui|que|qu['’]|où|dont|ce que|ce qu['’]|ce qui)(?:(?<=['’])|\b)\s*", re.IGNORECASE)
_INFINITIVE = r"(?:(?:se |s['’]|l['’]|les |le |la |en |y |lui |leur )?[^\W\d_]+(?:er|ir|re|oir)|être|avoir)\b"
_GOVERNED = re.compile(
    rf"^(?:(?:à|de|d['’]|pour|afin de|afin d['’]|avant de|avant d['’]|sans|après) ?{_INFINITIVE}"
    r"|en [^\W\d_]+ant\b)", re.IGNORECASE)
_GERUND = re.compile(r"^en [^\W\d_]+ant\b", re.IGNORECASE)
_FRONTED = re.compile(
    r"^(?:à|au|aux|dans|lors|après|avant|d['’]après|selon|pendant|depuis|face|sous|sur|en|par|avec|"
    r"pour|au terme|à l['’]issue|au cours|au lendemain|à la veille|dès|vers|malgré|outre)\b", re.IGNORECASE)
_DETERMINER = re.compile(
    r"(?<![\w'’])(?:le|la|les|l['’]|un|une|des|du|d['’](?=un|une)|son|sa|ses|leur|leurs|ce|cet|cette|ces)"
    r"(?:(?<=['’])|\b)", re.IGNORECASE)
_PARTITIVE = re.compile(r"^(d['’](?=un|une)|du\b|des\b)\s*", re.IGNORECASE)
_PARTITIVE_AS = {"d'": "", "d’": "", "du": "le ", "des": "les "}
_CLEFT = re.compile(r"^c['’]est (?:donc |ainsi |aussi |bien |alors )?(.+?) (qui|que|qu['’])\s*(.+)$",
                    re.IGNORECASE)
_IMPERSONAL = (r"(?:n['’]|ne\s+)?(?:y\s+(?:a|avait|aura|aurait)\b"
               r"(?!\s+(?:été|(?!eu\b)[^\W\d_]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte)\b))|"
               r"s['’](?:agit|agissait|est\s+agi)\b|"
               r"(?:faut|fallait|faudra|faudrait)\b|(?:a|avait|aura|aurait)\s+(?:pas\s+|plus\s+)?fallu\b|"
               r"(?:est|était|sera|serait)\s+(?:pas\s+|plus\s+|donc\s+|aussi\s+|peu\s+|bien\s+)?"
               r"(?:prévu|question|probable|possible|impossible|clair|vrai|temps|difficile|important|"
               r"nécessaire|urgent|évident|certain\s+que|hors\s+de\s+question)\b)")
"""What follows an impersonal « il » (« Il y a deux ans », « Il s'agit », « Il faut », « Il est
prévu que », « Il n'est pas question »): no one the pronoun stands for. Not « il y a rencontré »,
« il y a été accueilli » (« y » and a compound past), nor « il est certain de réussir »."""
_PRONOUN_SUBJECT = re.compile(r"^(?:[Ii]l|[Ee]lle|Le ministre|La ministre|Le président|La présidente)\s+"
                              rf"(?!{_IMPERSONAL})(?=(?:a|avait|"
                              r"aura|est|était|sera|va|doit|devait|s['’]|n['’]|l['’]|y|en|lui|leur|se|ne)\b)")
_PERSON_SUBJECT = re.compile(rf"\s*(?:il|elle|ils|elles)\s+(?!{_IMPERSONAL})", re.IGNORECASE)


def opens_on_person(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] opens on a personal pronoun standing for someone (« Ils s'étaient
    rencontrés », « Il avait été réélu »), not an impersonal « il » (« Il y a quatre ans », « Il
    faut »)."""
    return _PERSON_SUBJECT.match(text, start, len(text) if end is None else end) is not None


_DATE_WORDS = re.compile(rf"\b(?:{alternation(WEEKDAYS)}|{alternation(MONTHS)}|veille|lendemain|"
                         r"hier|aujourd['’]hui|demain|semaine|mois|année)\b", re.IGNORECASE)
_ROLE_BEFORE_NAME = re.compile(
    r"(?<![\w'’])[Ll](?:e |a |['’])(?i:président|présidente|Premier ministre|Première ministre|ministre|"
    r"chancelier|chancelière|secrétaire général|secrétaire d['’]État|chef de la diplomatie|porte-parole|"
    r"émissaire|roi|reine|prince|émir|maréchal|général)(?: [a-zéèêëàâîïôûç-]+){0,3}? (?=[A-ZÀ-Ý][\w'’-]+ [A-ZÀ-Ý])")
_REPORTING_VERBS = ("indiqué|déclaré|annoncé|affirmé|expliqué|précisé|estimé|ajouté|souligné|assuré|rappelé|confié|"
                    "dit|fait savoir|confirmé|prévenu|averti|répété|insisté|jugé|admis|reconnu")
_REPORTING = re.compile(rf"^(?:a|ont|avait|avaient)\s+(?:{_REPORTING_VERBS})\b", re.IGNORECASE)
_INVERTED = re.compile(
    _REPORTING.pattern + rf"(?:\s+(?:{alternation(WEEKDAYS)}|matin|soir|hier|"
    rf"aujourd['’]hui|dernier|prochain|ce|cette|\d+(?:er)?|{alternation(MONTHS)}"
    r"))*\s+(?:le|la|les|l['’]|un|une|plusieurs|des|son|sa|ses|(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE)
_PRONOUNS = frozenset("""tous toutes tout elles ils il elle on nous vous chacun chacune aucun aucune
    plusieurs certains certaines ceux celles celui celle rien personne cela ce ça""".split())
_NOT_PARTICIPLES = frozenset("""depuis puis pris mis lui plus sous tous vous nous alors ainsi parmi ceux
    celui jusqu aussi aucun aucune chacun chacune quelque quelques trois""".split())


_FORETOLD_WORDS = frozenset("""sera seront serait seraient devra devront devrait devraient doit doivent pourra
    pourront pourrait pourraient va vont compte comptent envisage envisagent aura auront aurait auraient fera
    feront ferait feraient ira iront irait iraient""".split())
"""Auxiliaries and verbs that foretell what follows (« doit signer », « va se rendre »), in any case."""
_FUTURE_FORM = re.compile(r"(?<!\w)[a-zàâçéèêëîïôûùüÿœ]{2,}[eidtu]r(?:a|ont|ait|aient)(?!\w)")
"""A lowercase verb in the future or the conditional (« signera », « rendraient », « conclurait »)."""
_FORETOLD_PHRASE = re.compile(
    r"\bs['’]apprêt(?:e|ent)\b|\b(?:prévue?s?|programmée?s?|attendue?s?)\s+(?:pour|le|la|les|à|au|en|dans|d['’]ici)\b",
    re.IGNORECASE)
_PHRASE_WORD = re.compile("apprêt|prévu|programmé|attendu")


def telling(title: str) -> int:
    """How a title tells its happening: 0 as done or going on (« ont signé », « signe »), 1 as
    foretold (« signera », « doit signer », « devrait être signé », « prévue pour »).

    Run on every statement of an event each time it is refreshed: the words are looked up in a
    set, and the phrases searched only in a title holding one of their words (one regex
    alternation of every auxiliary, tried at each word, took four fifths of the time)."""
    lowered = title.lower()
    if not _FORETOLD_WORDS.isdisjoint(_WORD.findall(lowered)) or _FUTURE_FORM.search(title):
        return 1
    return 1 if _PHRASE_WORD.search(lowered) and _FORETOLD_PHRASE.search(title) else 0


_GAP_LEAD = re.compile(r"^(?:une?|deux|trois|quatre|cinq|dix|quelques|plusieurs|\d{1,3})\s+"
                       r"(?:heures?|jours?|semaines?|mois|ans|années)\s+(?:après|avant|plus\s+tard)\b", re.IGNORECASE)


def is_lead_fragment(title: str) -> bool:
    """A title that is only a lead phrase, with no verb of its own (« Une semaine après l'échange de
    prisonniers conclu à Ankara le 1er août », « Au lendemain de la signature »): what the event
    came after, not the event. An event another report titles with a clause takes that one."""
    return bool(_FRONTED.match(title) or _GAP_LEAD.match(title)) and not _has_aux(title)


_AGENT_DATED = re.compile(
    rf"^[^\W\d_]+\s+(?:par|lors\s+d['’]|lors\s+du|lors\s+de|depuis|après|avant)\s*(?P<noun>(?:le|la|les|l['’]|un|une|du|des)"
    rf"(?:(?<=['’])|\s+)[^,;:]{{1,70}}?)\s*{_MARK}$", re.IGNORECASE)
_OF_DATE_TEXT = re.compile(r"^(?:du|de\s+la|de\s+l['’]|d['’])\s*\S", re.IGNORECASE)


def _dated_agent(clause: str, date_text: str, before: list[tuple[str, str]], after: list[tuple[str, str]]) -> str:
    """A participle opening the sentence whose date complements the noun after it (« Prévues par
    l'accord de cessez-le-feu du 12 août, les discussions se sont ouvertes mercredi »): the date
    is that noun's, which titles it (« L'accord de cessez-le-feu du 12 août »), not the main
    clause's happening; "" otherwise."""
    if before or not after or not _OF_DATE_TEXT.match(date_text) or not _opens_on_participle(clause):
        return ""
    agent = _AGENT_DATED.match(clause.strip())
    if agent is None or _has_aux(agent["noun"]) or _count_words(agent["noun"]) > _NOUN_WORDS:
        return ""
    noun = _PARTITIVE.sub(lambda p: _PARTITIVE_AS[p.group(1).lower()], agent["noun"])
    return f"{noun[:1].upper()}{noun[1:]} {date_text}"


def is_subjectless(title: str) -> bool:
    """A title opening on its verb, its subject lost (« Ne devrait pas intervenir avant début
    2016 », « A signé le traité »): an event another report titles with its subject takes that one."""
    return _starts_with_verb(title)


def make_title(passage: str, date_start: int | None = None, date_end: int | None = None,
               limit: int = LIMIT, *, antecedent: str | None = None) -> str:
    """The title of the statement whose date sits at `passage[date_start:date_end]`.

    Without a date span the whole passage is summarised (a tweet whose date line says nothing).
    `antecedent` is the person the sentences before named last (« Heiko Maas »): a title that
    would open with « Il » or a bare « Le ministre » opens with that name instead.
    """
    date_text = ""
    if date_start is not None and date_end is not None:
        date_text = " ".join(passage[date_start:date_end].split())
        marked = passage[:date_start] + _MARK + passage[date_end:]
    else:
        marked = passage
    marked = _unwrapped(_quote_first(_clean(marked)))
    segments = _segments(marked)
    index = next((i for i, (text, _) in enumerate(segments) if _MARK in text), None)
    if index is None:
        return _finish(_named(_compose(segments), antecedent), limit)
    clause = segments[index][0]
    own = _with_date(_without_later_conjunct(clause), date_text)
    before, after = segments[:index], segments[index + 1 :]
    dated = _dated_noun(before[-1][0], own) if before else ""
    shared = _shared_verb(before, clause.replace(_MARK, date_text), after)
    if not shared and before and _only_dates(own):
        # « …, puis au 31 octobre lors d'un sommet extraordinaire, le 10 avril »: the decision's day.
        shared = _shared_verb(before[:-1], before[-1][0], after)
        shared = f"{shared}, {date_text}" if shared else ""
    if agent := _dated_agent(clause, date_text, before, after):
        title = agent
    elif infinitive := _infinitive_happening(clause, date_text, before, after) or _inner_infinitive(clause, date_text,
                                                                                                   before, after):
        title = infinitive
    elif shared:
        title = shared
    elif before and (conjunct := _shared_auxiliary(_written_out(before), clause, own)):
        title = conjunct
    elif dated:
        # « Réunis samedi pour leur première séance depuis la crise de Suez, en novembre 1956, les
        # sénateurs… »: the date between commas dates the crisis, whatever the sentence opens on.
        title = dated
    elif _is_fronted(own, after) or _governs_complement(clause, after) or _circumstance(own, before, after) \
            or (not before and _DURING.match(clause) and _is_fronted(clause.replace(_MARK, date_text), after)):
        # « Vendredi à la mi-journée, les Vingt-Huit ont ... », « Au lendemain d'un sommet
        # historique, l'Érythrée et l'Éthiopie ont signé ... », « Réunis lundi à Genève, les
        # ministres ont adopté ... »
        title = _compose(_from_clause(after))
    elif before and _DURING.match(clause) and _has_aux(head := _compose(_without_leads(before))) \
            and _is_clause(head) and not (after and _starts_with_verb(after[0][0])):
        # « Le président russe a promis à Nicolas Sarkozy, lors d'un entretien téléphonique
        # dimanche, que le retrait commencerait lundi »: the date is the call's, in which the
        # clause before it happened; what was said follows when it fits.
        title = f"{head}, {_with_circumstance(clause, date_text)}"
        said = _said(after)
        if said and len(title) + len(said) < LIMIT:
            title = f"{title}, {said}"
    elif _count_words(clause.replace(_MARK, " ")) >= 4:
        title = own + _complement(after) if clause.rstrip(" .").endswith(_MARK) else own
        title = _attached(title, own, before, after, named=antecedent is not None)
        said = _said(after)
        if clause.rstrip(" .").endswith(_MARK) and said:
            # « la ministre a annoncé hier, mardi 4 avril, que ... »: what was said
            title = f"{title} {said}" if len(title) + len(said) < LIMIT else _RELATIVE.sub("", said)
    else:
        title = ""
        if before and _starts_with_participle(own):  # « ..., déployées en Afghanistan depuis 2001, »
            title = _attached(own, own, before, after)
        elif not before and after and _opens_on_participle(own) and not _only_dates(own) \
                and (attached := _attached(own, own, before, after, named=antecedent is not None)) != own:
            title = attached  # « Élu en mai 2017, le président a nommé … »: with its subject found
        elif not before and after and _opens_on_participle(own) and not _only_dates(own) \
                and _first_word(composed_after := _compose(after)) in _PERSONAL_PRONOUNS and _dated(composed_after):
            # « Ouverte à Oslo en octobre 2012, elle avait abouti en août »: the clause after is
            # another date's; a participle alone with its date says too little to stand as a title
            # (« Élue en 2014, elle a démissionné en 2020 »: « Elle a été élue en 2014 »)
            thin = _count_words(own.replace(_MARK, " ")) < _THIN_PARTICIPLE
            title = _participle_told(_first_word(composed_after), own, composed_after) if thin else own
        elif before and _starts_with_verb(own) and _RELATIVE.match(before[-1][0]):
            # « Le Congrès, où le gouvernement a la majorité, doit se prononcer la semaine prochaine »:
            # the short clause is the sentence's own, its subject the noun before the relative.
            title = _after_relative(before, own)
        elif before and after and _starts_with_verb(own) and not _only_dates(own) \
                and _COORDINATED.match(after[0][0]) and (subject := _subject(before)):
            # « L'ambassadeur, Philippe Étienne, retournera à Washington la semaine prochaine, et
            # les deux dirigeants se rencontreront… »: a short clause of its own, with its subject.
            title = f"{subject} {own}"
        elif before and _starts_with_verb(own) and not _only_dates(own) and not _says_after(after) \
                and (subject := _short_subject(before, own)):
            title = f"{subject} {own}"  # « Le sommet, prévu à Paris, a été annulé lundi »
        elif (_has_aux(own) or _has_tensed_verb(own)) and _is_clause(own) and not _only_dates(own) \
                and not _says_after(after) and not (after and _WHEN_OR_BUT.match(after[0][0])):
            title = own  # « Selon la police, il est reparti lundi »: a short clause of its own
        while after and _only_dates(after[0][0]):  # « a annoncé hier, mardi 4 avril, que ... »
            after = after[1:]
        if before and after and _only_dates(own) and _COMPLEMENT.match(after[0][0]):
            # « l'accord est intervenu après la dispersion sanglante, début juin, d'un sit-in »:
            # the date was slipped between a noun and its complement.
            head = before[-1][0] if _is_clause(before[-1][0]) else _compose(_without_leads(before))
            noun = re.search(r"\b(?:après|avant|depuis|lors\s+de|pendant|malgré)\s+(.+)$", head, re.IGNORECASE)
            if noun:  # « ... est intervenu après la dispersion » is dated by the dispersal, not the accord
                title = f"{noun.group(1)} {after[0][0]}"
            elif _is_clause(head):
                title = f"{_CONNECTIVE.sub('', head)} {after[0][0]}"
        elif before and after and _only_dates(own) and (object_after := _object_after(before[-1][0], after[0][0])):
            title = object_after  # « elle a accueilli à Lausanne, au printemps, l'une des sessions »
        composed = _compose(after)
        if not title and _count_words(composed) >= 3:
            if _is_clause(composed):
                title = composed
            elif before and (_starts_with_verb(composed) or _RELATIVE.match(composed)):
                title = _attached(composed, composed, before, [])  # « Ces discussions, [date], sont ... »
        if not title and before and _RELATIVE.match(own) and _count_words(own.replace(_MARK, " ")) >= 2:
            title = _attached(own, own, before, after)  # « ..., qui reviendra le 9 mars »: the noun, then the verb
        if not title:
            title = _backward(before)
        if not title:
            title = own
    title = _named(_uncleft(title), antecedent)
    if date_text and len(title) > limit and len(_ROLE_BEFORE_NAME.sub("", title)) > limit:
        title = _without_date(title, date_text)  # when the role before a name is not enough
    # A title too long may end before a subordinate clause, unless the date is in one (« ont signé
    # une déclaration qui prévoit l'arrêt des hostilités à partir du 10 novembre »).
    whole = not _SUBORDINATE.search(", " + clause[:max(clause.find(_MARK), 0)])
    return _finish(title, limit, whole=whole) or _finish(marked.replace(_MARK, date_text), limit)


_BOUNDING = re.compile(r"^(?:depuis|jusqu|d['’]ici|à partir|dès|avant|après|entre|vers)\b", re.IGNORECASE)
_TIME_OF_DAY_AFTER = re.compile(r"[ ](?:matin|soir|midi|après-midi|prochain|prochaine|dernier|dernière)(?=[ ,])")
_PREPOSITION_BEFORE = re.compile(r"[ ](?:en|le|ce|au|à|dans les|dans le)$")
_PLACE_INCISE = re.compile(r",[ ](?P<place>(?:à|au|aux|sur|dans|en|près|devant|chez)\b[^,]{1,60}),[ ]", re.IGNORECASE)


def _without_date(title: str, date_text: str) -> str:
    """A title too long for the chronology without its date, which the chronology prints beside
    it (« ont adopté lundi 11 novembre un dispositif… » would lose its object to the cut); with
    the preposition that introduced it and the time of day after it (« condamné en avril 2023
    à », « a félicité jeudi soir »). A date that bounds (« réunis depuis jeudi ») stays. (Found
    by `str.find`, not by a pattern built for each date: those are compiled anew every time.)"""
    if _BOUNDING.match(date_text):
        return title
    at = title.find(date_text)
    while at > 0 and not (title[at - 1] == " " and title[at + len(date_text):at + len(date_text) + 1] in (" ", ",")):
        at = title.find(date_text, at + 1)
    if at <= 0:
        return title
    start, end = at - 1, at + len(date_text)
    if preposition := _PREPOSITION_BEFORE.search(title, 0, start):
        start = preposition.start()
    if _BOUNDING.match(title[max(0, start - 12):start].split(" ")[-1] or " "):
        return title
    if time_of_day := _TIME_OF_DAY_AFTER.match(title, end):
        end = time_of_day.end()
    rest = title[end:]
    if incise := _PLACE_INCISE.match(rest):  # « ont procédé jeudi, sur l'aéroport d'Ankara, au plus grand »
        moved = f"{title[:start]} {incise['place']} {rest[incise.end():]}"
        # Still too long: the verb and its object come before where (« a endossé, à l'unanimité
        # de ses quinze membres, l'accord sur le nucléaire iranien »).
        return moved if len(moved) <= LIMIT else f"{title[:start]} {rest[incise.end():]}"
    return title[:start] + rest


def _attached(title: str, own: str, before: list[tuple[str, str]], after: list[tuple[str, str]], *,
              named: bool = False) -> str:
    """A clause that cannot stand alone, given what it hangs on in the clauses before: its
    subject for a verb (« ont adopté ... ») or a participle (« abattu le 18 juin ... »), its
    antecedent for a relative (« qui prendra ses fonctions ... », « dont l'ouverture ... »),
    the clause it completes for an infinitive or a gerund (« à appliquer l'embargo ... »).
    `named`: the sentences before name whom « il » or « elle » stands for, so that a fronted
    participle before that pronoun is told as its clause (`_participle_told`)."""
    if not before:
        if _opens_on_participle(own) and after:  # « Prévu le 16 mai, le sommet ... »
            # past the participles joined to it: « Lancée à Genève en mars, puis poursuivie à
            # Vienne, la négociation a échoué » is the negotiation's
            while len(after) > 1 and after[0][0][:1].islower() \
                    and _opens_on_participle(_JOINED_LEAD.sub("", after[0][0])):
                after = after[1:]
            composed = _compose(after)
            subject = _subject_of(composed) or _subject_of_present(composed)
            if named and subject.lower() in ("il", "elle"):
                return _participle_told(subject, title, composed)  # « Élue en 2017, elle a démissionné »
            if not subject or subject.lower() in _PRONOUNS:  # « Elle, ouverte à Oslo » says less than the participle
                return title
            return f"{subject}, {title[:1].lower()}{title[1:]}"
        return title
    if _starts_with_verb(own):
        subject = _subject(before, own)
        if _INVERTED.match(own) and _reported(before[-1][0]):  # « ..., a indiqué mardi le ministre » keeps its comma
            return _compose(before) + ", " + title
        return f"{subject} {title}" if subject else title
    if _starts_with_participle(own):  # « les forces américaines, déployées en ... depuis 2001 »
        clause, participle = before[-1][0], _first_word(own)
        relative = _LAST_RELATIVE.search(clause)
        # the noun phrase the clause ends with, or that its closing relative is about
        agreeing = _said_of(clause[:relative.start()] if relative else clause, participle) \
            if relative or len(before) == 1 else []
        agreeing = [n for n in agreeing if _first_word(n) not in _POSSESSIVES] if len(agreeing) == 1 else agreeing
        noun = agreeing[0] if len(agreeing) == 1 else ""
        if not noun:
            noun = _trailing_noun(clause) if len(before) > 1 else _subject(before)
            if len(noun) > _CROWDED:
                # the clause before would crowd the participle out: the likeliest noun, if any
                noun = agreeing[0] if agreeing and _first_word(agreeing[0]) not in _POSSESSIVES else ""
                if not noun:
                    return title
        return f"{noun[:1].upper()}{noun[1:]}, {title}" if noun else title
    if own[:1].islower() and _first_word(own) not in _PRONOUNS and not _RELATIVE.match(own) \
            and not _GOVERNED.match(own) and not _DETERMINER.match(own) \
            and not _has_aux(own):
        head = _compose(_without_leads(before))  # « ... russe, turque et iranienne à la veille »
        if not head or not _is_clause(head):
            return title
        if "," not in head and not (_has_aux(head) or _has_tensed_verb(head)) and _first_word(own) not in _NOT_A_VERB \
                and not _DATE_WORDS.fullmatch(_first_word(own)) and _WORD.fullmatch(_first_word(own)):
            # « La rencontre, organisée sous l'égide du ministre, met en œuvre l'accord »: the
            # appositions skipped, the noun phrase is the subject of the verb that follows
            return f"{head} {title}"
        return f"{head}, {title}"
    relative = _RELATIVE.match(own)
    if relative:
        word = relative.group(1).lower()
        rest = title[relative.end():]
        if word in ("qui", "dont"):
            # « C'est Liu He, qui dirige les négociateurs, qui signera ... »: the relative before
            # is an aside about the same noun.
            host = before
            while len(host) > 1 and _RELATIVE.match(host[-1][0]):
                host = host[:-1]
            noun = _trailing_noun(_uncleft_focus(host[-1][0]))
            if noun and word == "qui":
                return f"{noun} {rest}"
            if word == "dont" and (owned := _whose(rest, _last_noun_phrase(_uncleft_focus(host[-1][0])))):
                return owned
            return f"{noun}, {title[:1].lower()}{title[1:]}" if noun else title
        return rest  # « que l'armée avait renversé ... », « où les deux camps sont réunis ... »
    if _GOVERNED.match(own):
        head = _compose(_without_leads(before))
        lowered = title[:1].lower() + title[1:]
        if _GERUND.match(own):
            head = _subject_of(head)
            return f"{head}, {lowered}" if head else title
        if head and _is_clause(head):
            if len(head) + len(title) < LIMIT:
                return f"{head} {lowered}"
            infinitive = _GOVERNED.match(own)
            rest = title[infinitive.end():].strip() if infinitive else ""
            if _DETERMINER.match(rest) and not _only_dates(rest):
                # « à appliquer l'embargo instauré en 2011 » -> « L'embargo ... »; not « avant de
                # le rétablir le 1er juin », whose pronoun object leaves only the date.
                return rest
            subject = _subject_of(head)
            # Without its subject, the clause as written: the head cut to the limit would be
            # another happening's title (« avant de le rétablir le 1er juin »).
            return f"{subject}, {lowered}" if subject else title
    return title


_OWNED_DETERMINER = re.compile(r"(les|le|la)\s+|(l['’])\s*", re.IGNORECASE)
_OWNED_VERB = re.compile(r"(?:ne|n['’]|est|sont|était|étaient|a|ont|avait|avaient|sera|seront|aura|auront|devrait|"
                         r"devraient|doit|doivent|pourrait|pourraient|va|vont|reste|restent|[^\W\d_]{2,}(?:era|eront|ira|"
                         r"iront|ent|e))(?:\b|(?<=['’]))", re.IGNORECASE)
_OWNED_WORDS = 4
"""How many words the noun « dont » owns may hold (« la mise en œuvre », « la conférence de presse »)."""
_OF_WHICH_VERBS = frozenset("""débattu débattre débat débattent parlé parle parlent parler discuté discute discutent
    état part mention question besoin saisi saisis saisie saisies informé informés informée informées chargé chargés
    chargée chargées victime victimes membre membres responsable responsables auteur auteurs accusé accusés
    soupçonné soupçonnés coupable coupables témoin témoins bénéficie bénéficient bénéficié profite profitent profité
    dispose disposent disposé dépend dépendent souvenu plaint plaints félicité félicités réjoui inquiété inquiétés
    occupé occupés fier fière fiers conscient conscients issu issus issue issues objet doté dotés dotée""".split())
"""Words of a verb phrase that take « de », so that « dont » is their complement, not a genitive:
« dont le gouvernement a débattu », « dont la presse a fait état », « dont la France est membre »."""
_OF_THE = {"le": "du", "les": "des"}
_COORDINATED_NOUNS = re.compile(r"(?:(?!\b(?:de|du|des|d['’]|entre|avec|sur|contre)\b)[^,])*?\s(?:et|ou)\s",
                                re.IGNORECASE)
"""Two noun phrases joined before any complement (« les talibans et le gouvernement de Kaboul »)."""


def _whose(rest: str, noun: str) -> str:
    """« dont » as the genitive of the noun before it, written out: « son homologue français, dont
    le pays exerce la présidence de l'UE » -> « Le pays de son homologue français exerce la
    présidence de l'UE »; "" when « dont » is the complement of a verb (« dont il a parlé ») or
    what follows it reads otherwise."""
    determiner = _OWNED_DETERMINER.match(rest)
    if not noun or determiner is None or _COORDINATED_NOUNS.match(noun):
        return ""  # « Les talibans et le gouvernement, dont… » would need « des talibans et du gouvernement »
    words = rest[determiner.end():].split(" ")
    for size in range(1, min(_OWNED_WORDS, len(words) - 1) + 1):
        thing, verb = words[:size], words[size]
        if thing[-1].lower() in _FUNCTION or not _OWNED_VERB.fullmatch(verb.rstrip(",;:.")) \
                or verb.lower().endswith("ment"):
            continue
        if any(w.lower().strip(",;:.") in _OF_WHICH_VERBS for w in words[size:size + 5]):
            return ""  # « dont le gouvernement a débattu »
        if _FIRST_IS_NAME.match(noun) is None:
            noun = noun[:1].lower() + noun[1:]  # « L'entreprise » opened the sentence; « de l'entreprise »
        article = re.match(r"(le|les)\s+", noun, re.IGNORECASE)
        of = f"{_OF_THE[article.group(1).lower()]} {noun[article.end():]}" if article else f"de {noun}"
        det = (determiner.group(1) or determiner.group(2)).lower()
        space = "" if det.endswith(("'", "’")) else " "
        return f"{det[:1].upper()}{det[1:]}{space}{' '.join(thing)} {of} {' '.join(words[size:])}"
    return ""


_FIRST_IS_NAME = re.compile(r"(?!(?i:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)"
                            r"(?:\b|(?<=['’])))[A-ZÀ-Ý]")
"""A noun phrase opening on a name, not a determiner: its capital stays."""


_THIN_PARTICIPLE = 3
"""Fewer words than this, its date told apart (« Élue _ »), and a fronted participle is told as
its pronoun's clause rather than left alone (a title that thin is read as no title at all)."""
_PERSONAL_PRONOUNS = {"il": ("", 0), "elle": ("e", 0), "ils": ("s", 1), "elles": ("es", 1)}
"""The subject pronouns of the third person, with the agreement and the number they tell."""


def _participle_told(pronoun: str, participle: str, main: str) -> str:
    """A participle fronted before a clause whose subject is a pronoun (« Élue en 2017, elle a
    démissionné en 2020 »), told as a clause of that pronoun: in the compound past of a verb taking
    « être » (« Arrivé le 2 mai, il… »: « Il est arrivé le 2 mai »), else as a passive in the
    tense of the main clause (« Il a été élu… », « Il avait été élu… » before « il avait… »)."""
    plural = _PERSONAL_PRONOUNS[pronoun.lower()][1]
    finite = _FINITE_AUXILIARY.match(main)
    tense = _TENSE_OF[finite["aux"].lower()][0] if finite else "past"
    tense = "pluperfect" if tense == "pluperfect" else "past"
    verb = _ETRE[tense][plural] if _TAKES_ETRE.match(_first_word(participle)) else f"{_AVOIR[tense][plural]} été"
    return f"{pronoun[:1].upper()}{pronoun[1:].lower()} {verb} {participle[:1].lower()}{participle[1:]}"


def _after_relative(before: list[tuple[str, str]], own: str) -> str:
    """A verb's clause given the noun the relatives before it describe (« Les manœuvres, qui
    mobilisent des milliers de soldats, étaient prévues en août »): that noun, then the verb; ""
    when what stands before the relatives is itself a clause."""
    host = before
    while len(host) > 1 and _RELATIVE.match(host[-1][0]):
        host = host[:-1]
    if _RELATIVE.match(host[-1][0]):
        return ""
    noun = re.split(r"\s[:;]\s", host[-1][0])[-1].strip()
    noun = _CONNECTIVE.sub("", noun)
    if not noun or _has_aux(noun) or not _is_clause(noun) or _count_words(noun) > 12:
        return ""
    return f"{noun[:1].upper()}{noun[1:]} {own}"


def _reported(segment: str) -> bool:
    """What an inverted reporting verb may follow (« l'accord sera signé, a indiqué mardi le
    ministre »): a clause or a quotation, not the subject itself (« le premier ministre, Abiy
    Ahmed, a annoncé lundi la poursuite du remplissage »)."""
    return "»" in segment or '"' in segment or _has_aux(segment)


def _object_after(clause: str, following: str) -> str:
    """A verb's clause and its object with a date slipped between them (« elle a accueilli à
    Lausanne, au printemps, l'une des sessions décisives »): the clause holds an auxiliary and
    its participle, what follows opens on a determiner and holds no verb of its own. The two
    read as one clause; "" otherwise."""
    clause, following = clause.replace(_MARK, " ").strip(), following.replace(_MARK, " ").strip()
    if not _has_aux(clause) or _has_aux(following) or not _DETERMINER.match(following) \
            or _count_words(following) < 2 or not _is_clause(clause) \
            or _GERUND_OR_PASSIVE.search(f"{clause} {following}"):
        return ""
    words = _WORD.findall(clause)
    aux = max(i for i, w in enumerate(words) if w.lower() in _AUX)
    if any(_DETERMINER.fullmatch(w) or w.lower() in _DETERMINERS for w in words[aux + 2:]):
        return ""  # « Le Sénat a adopté le texte, mardi, … »: the verb has its object already
    return f"{_CONNECTIVE.sub('', clause)} {following}"


_GERUND_OR_PASSIVE = re.compile(r"(?<![\w'’])(?:ayant|étant|été)(?![\w'’])", re.IGNORECASE)


def _only_dates(text: str) -> bool:
    """A clause that only gives a date: « mardi 4 avril », « le 3 »."""
    words = re.findall(r"[\w'’]+", text.replace(_MARK, " "))
    return all(_DATE_WORDS.fullmatch(w) or w.isdigit() or w.lower() in ("le", "er", "1er") for w in words)


def _without_leads(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The clauses without « Selon X » in front and without those that only give a date."""
    segments = [(t, sep) for t, sep in segments if not _only_dates(t)]
    while len(segments) > 1 and _LEADS.match(segments[0][0]):
        segments = segments[1:]
    return segments


def _is_fronted(own: str, after: list[tuple[str, str]]) -> bool:
    """A date's clause that only says when or where, before the main clause: « à la mi-journée »,
    « à l'issue de leur entretien ... », « d'après un communiqué diffusé ... »."""
    if not after or not _FRONTED.match(own) or _GOVERNED.match(own):
        return False
    if _has_aux(own):
        return False
    composed = _compose(after)
    return _count_words(composed) >= 3 and _is_clause(composed)


_CIRCUMSTANTIAL = re.compile(r"^(?:réuni|rassemblé|interrogé|interviewé|questionné|invité)e?s?$", re.IGNORECASE)
"""Participles that say where the subject was when it did what the main clause tells (« Réunis
lundi à Genève, les ministres ont adopté ... », « Interrogé mardi par une radio, le ministre a
affirmé ... »): their date dates the main clause. Not « Prévu le 16 mai, le sommet a été annulé »
nor « Signé en 2015, l'accord prévoit »: the date of a plan or of an earlier act is that act's."""


def _circumstance(own: str, before: list[tuple[str, str]], after: list[tuple[str, str]]) -> bool:
    """A sentence opening on a participle of circumstance (`_CIRCUMSTANTIAL`) that holds the date,
    before a main clause."""
    if before or not after or not _CIRCUMSTANTIAL.match(_first_word(own)):
        return False
    composed = _compose(_from_clause(after))
    return _count_words(composed) >= 3 and _is_clause(composed)


def _from_clause(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The segments from the first that is more than a date (« , en novembre 1956, les sénateurs ont
    ... »: the main clause, not the date before it)."""
    rest = list(segments)
    while len(rest) > 1 and (_only_dates(_DATE_PREPOSITION.sub("", rest[0][0]))
                             or _FRONTED.match(rest[0][0]) and not _has_aux(rest[0][0])
                             and _is_clause(_compose(rest[1:]))):
        rest = rest[1:]  # « ..., à l'invitation du roi, les délégations ont conclu »
    return rest


_DATE_PREPOSITION = re.compile(r"^(?:en|au|à|dès|vers)\s+", re.IGNORECASE)
_NOUN_OF_TIME = re.compile(r"\bdepuis\s+((?:le|la|les|l['’])\s*[^,;:]+)$", re.IGNORECASE)


_NOUN_WORDS = 10
"""How many words the noun phrase `_dated_noun` takes may hold (« la fin du mandat du chef de l'État »)."""


def _dated_noun(segment: str, own: str) -> str:
    """The noun a date in apposition dates: « ... depuis la crise de Suez, en novembre 1956, »
    -> « La crise de Suez », when the date's clause is only the date and the clause
    before ends with a noun governed by « depuis »: the date says when that began, as « depuis
    novembre 1956 » would. After « après », « avant » or « lors de » the date between commas is
    the main clause's (« Après le rappel de l'ambassadeur, le 13 février, Paris a convoqué »);
    empty then and otherwise."""
    if not _only_dates(_DATE_PREPOSITION.sub("", own)):
        return ""
    found = _NOUN_OF_TIME.search(segment)
    if not found or _has_aux(found.group(1)) or _count_words(found.group(1)) > _NOUN_WORDS:
        return ""
    noun = found.group(1).strip()
    return noun[:1].upper() + noun[1:]


def _is_clause(text: str) -> bool:
    """Text that reads as a sentence: not a relative, an infinitive, a prepositional phrase or a
    connective's tail (« puis au G7 de Biarritz »)."""
    stripped = _CONNECTIVE.sub("", text).strip()
    if not stripped or _RELATIVE.match(stripped) or _GOVERNED.match(stripped):
        return False
    if _FRONTED.match(stripped) and not _has_aux(stripped):
        return False
    return not _starts_with_verb(stripped)


def _trailing_noun(clause: str) -> str:
    """The noun phrase a clause ends with, which a relative after it (« , qui ... ») is about:
    « le jeune Premier ministre », « une contestation sans précédent », « Geir Pedersen »."""
    clause = _CONNECTIVE.sub("", clause.strip(" ,"))
    if not _has_aux(clause) and _count_words(clause) <= 8 \
            and not _FRONTED.match(clause) and not _COMPLEMENT.match(clause):
        return clause  # the clause is a noun phrase itself
    name = re.search(r"(?:[A-ZÀ-Ý][\w'’-]+ ){1,3}[A-ZÀ-Ý][\w'’-]+$", clause)
    if name:
        return name.group()
    starts = [m for m in _DETERMINER.finditer(clause)]
    if not starts:
        return ""
    chosen = starts[-1]
    inner = _FRONTED.match(clause) or _COMPLEMENT.match(clause)  # « du nom de la première rencontre »
    for m in reversed(starts if not inner else []):  # the head of « le président de la République », not its complement
        if not re.search(r"(?:\bde|\bdu|\bdes|d['’])\s*$", clause[:m.start()]):
            chosen = m
            break
    noun = clause[chosen.start():]
    return _PARTITIVE.sub(lambda m: _PARTITIVE_AS[m.group(1).lower()], noun)


_LAST_RELATIVE = re.compile(r"\s(?:qui|que|qu['’]|dont)(?:(?<=['’])|\b)[^,;:]*$", re.IGNORECASE)
_PLURAL_DETERMINER = re.compile(r"^(?:les|des|ces|ses|leurs|nos|vos|mes)\b", re.IGNORECASE)


_OF_A_NOUN = r"\bde|\bd['’]|\bentre|\bavec|\bsur|\bcontre"
"""The prepositions that join a complement to a noun (« l'accord avec le Canada », « la loi sur »)."""
_JOINS_NOUNS = re.compile(rf"(?:{_OF_A_NOUN}|\bet|\bou|\benvers)\s*$", re.IGNORECASE)
_BESIDE = re.compile(r"(?:\baux\s+côtés|\bà\s+côté|\ben\s+présence|\bauprès|\blors|\bprès|\bautour|\bà\s+l['’]issue"
                     r"|\bau\s+cours|\ben\s+faveur|\bau\s+sujet|\bà\s+propos|\ben\s+dépit)\s+(?:de|d['’])?\s*$",
                     re.IGNORECASE)
"""A preposition of more than one word ending on « de »: what follows it is a noun phrase of its
own, not the complement of the noun before (« aux côtés de son homologue »)."""


_OPENING_PREPOSITIONS = frozenset("à par pour avec sur sous sans contre chez vers entre parmi dans après avant".split())


def _opens_phrase(word: str) -> bool:
    """Whether « du », « des » or « d' » after `word` is an article opening a noun phrase (after a
    preposition or a verb: « par des pourparlers », « a signé des accords ») rather than « de »
    joining a complement to the noun before (« le chef du Kremlin »)."""
    word = word.lower()
    return word in _OPENING_PREPOSITIONS or word in _AUX or (
        _is_past_participle(word) and not word.endswith(("que", "ques", "gue", "gues")))  # not « l'attaque des »


def _last_noun_phrase(text: str) -> str:
    """The noun phrase `text` ends with, from its head: « des pourparlers entre les talibans et le
    gouvernement de Kaboul », « le chef du Kremlin », but « son homologue français » after « aux
    côtés de ». A determiner after « de », « entre », « et », « ou », « avec », « sur », « contre »
    or « envers » opens a complement or a conjunct of the noun before (« l'accord avec le
    Canada »), as « du », « des » or « d' » do after a noun (`_opens_phrase`: « le chef du
    Kremlin », « le crash d'un avion »); "" when the phrase would hold a verb or run long."""
    for m in reversed(list(_DETERMINER.finditer(text))):
        if text[m.start() - 1:m.start()] == "-" or text[m.end():m.end() + 1] == "-":
            continue  # « cessez-le-feu »: a word of a compound
        before = text[:m.start()]
        if not _BESIDE.search(before):
            if _JOINS_NOUNS.search(before):
                continue
            words = _WORD.findall(before)
            if m.group().lower() in ("du", "des", "d'", "d’") and words and not _opens_phrase(words[-1]):
                continue  # « le secrétaire général des Nations unies », not « a signé des accords »
        noun = text[m.start():].strip(" ,")
        if _count_words(noun) > _NOUN_WORDS or _has_aux(noun) or _has_tensed_verb(noun):
            return ""
        return _PARTITIVE.sub(lambda p: _PARTITIVE_AS[p.group(1).lower()], noun)
    return ""


_CROWDED = LIMIT - 25
"""How long the clause before a participle may be and still lead its title: longer, the cut would
leave little or nothing of the participle's own words."""
_COMPLEMENT_START = re.compile(rf"(?:{_OF_A_NOUN})\s*$", re.IGNORECASE)


def _said_of(text: str, participle: str) -> list[str]:
    """The noun phrases a participle set after `text` may be said of (`participle`, its first
    word): the one `text` ends with and the complements within it that agree with the participle,
    in that order. One alone tells (« les eaux de la centrale de Fukushima, endommagée » is the
    plant's; « les guerres qui les ont ravagées dans les années 1990, conclues », with the relative
    cut off by the caller, the wars'); several do not (« le dégel du corps électoral, figé »).
    None for a possessive, whose owner the phrase would lose (« ses prévisions »), nor for a date
    (« le 8 mars au Quai d'Orsay »)."""
    noun = _last_noun_phrase(text)
    if not noun or _first_word(noun) in _POSSESSIVES or _opens_on_date(noun):
        return []
    candidates = [noun]
    for m in _DETERMINER.finditer(noun, 1):
        if m.group().lower() in ("du", "des") or _COMPLEMENT_START.search(noun, 0, m.start()):
            inner = _PARTITIVE.sub(lambda p: _PARTITIVE_AS[p.group(1).lower()], noun[m.start():])
            if inner and not _opens_on_date(inner):
                candidates.append(inner)  # a possessive one too: agreeing, it leaves the head in doubt
    return [c for c in candidates if _agreeing(c, participle)]


_POSSESSIVES = frozenset("son sa ses leur leurs notre nos votre vos".split())
def _opens_on_date(noun: str) -> bool:
    """A noun phrase that is a date (« le 8 mars au Quai d'Orsay », « la veille »): its first word
    past the article a number or a date word (not « la mairie »)."""
    words = noun.split()
    if words and words[0].lower() in ("le", "la"):
        words = words[1:]
    first = words[0] if words else ""
    return first[:1].isdigit() or bool(_DATE_WORDS.fullmatch(first))


def _agreeing(noun: str, participle: str) -> str:
    """`noun` when the participle said of it agrees with it in number, and in gender where its
    determiner tells one (« la France, ratifié » does not), else ""."""
    participle = participle.lower()
    plural = participle.endswith(("s", "x"))
    if not noun or bool(_PLURAL_DETERMINER.match(noun)) != plural:
        return ""
    feminine = participle.rstrip("s").endswith("e")
    determiner = _first_word(noun)
    if (feminine and determiner in _MASCULINE) or (not feminine and determiner in _FEMININE):
        return ""
    return noun


_NOT_A_VERB = _FUNCTION | frozenset("""lors pendant depuis après avant dès jusqu selon face près malgré durant
    parmi sans hors loin puis ensuite enfin également aussi ainsi alors déjà encore toujours""".split())
"""Words that open a lowercase segment and are no verb: prepositions, adverbs, connectives."""
_MASCULINE = frozenset(("le", "un", "ce", "cet"))
_FEMININE = frozenset(("la", "une", "cette", "sa"))


def _subject_of(clause: str) -> str:
    """The words of a clause before its first auxiliary: « Emmanuel Macron » in « Emmanuel Macron
    l'avait annulé »; empty when no auxiliary comes early."""
    words = clause.split()
    for i, word in enumerate(words[:10]):
        bare = re.sub(r"^(?:[ln]['’]|s['’]|se$|ne$)", "", word.lower())
        if i and (bare in _AUX or word.lower() in _AUX or (
                _IMPERFECT.match(word) and words[i - 1].lower() not in _DETERMINERS)):
            return " ".join(words[:i]).rstrip(" ,")
    return ""


_AFTER_PRESENT_VERB = re.compile(
    r"^(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|chaque|plusieurs|quelque|quelques|"
    r"aujourd['’]hui|désormais|toujours|encore|déjà|près|environ|plus|moins|\d[\d\s.,]*)(?:(?<=['’])|\b)",
    re.IGNORECASE)
"""What follows a verb in the present, not a noun or an adjective: a determiner, a number or an
adverb of time or quantity (« compte aujourd'hui », « accueille chaque été », « emploie 300 »)."""


_ADVERBS_AFTER_VERB = frozenset("""bientôt souvent toujours encore déjà désormais parfois aussi également jamais
    plus pas notamment actuellement longtemps""".split())
"""Adverbs that follow a verb in the present (« compte désormais », « accueille aussi »)."""
_ADVERB_OF_TIME = re.compile(r"^(?:aujourd['’]hui|désormais|toujours|encore|déjà)(?:(?<=['’])|\b)", re.IGNORECASE)


def _subject_of_present(clause: str) -> str:
    """The subject of a clause whose verb is in the present, with no auxiliary to find it by
    (« l'Union européenne compte aujourd'hui 27 membres »: « l'Union européenne »): the noun
    phrase before the first lowercase word, no article, preposition or participle, that a
    determiner, a number or an adverb of time follows (`_AFTER_PRESENT_VERB`); "" when the clause
    opens on no determiner or name, or no such word comes within its first ten words (nor after
    a preposition or an article, where it is a noun: « entre en vigueur »)."""
    words = clause.split()
    if not words or not (_DETERMINER.match(words[0]) or words[0][:1].isupper()) or "," in clause:
        return ""
    for i in range(1, min(len(words) - 1, 10)):
        word = words[i]
        bare = word.lower()
        if not word.isalpha() or not word.islower() or bare in _FUNCTION or bare in _DETERMINERS \
                or bare in _PRONOUNS or bare.endswith("ment") or words[i - 1].lower() in _FUNCTION:
            continue  # « en vigueur », « les députés »: a noun after a preposition or an article
        following = " ".join(words[i + 1:])
        if _FUTURE_VERB.fullmatch(bare) or bare in _SHORT_FUTURES:
            return " ".join(words[:i])  # « l'organisation comptera bientôt 30 membres »
        if bare in _ADVERBS_AFTER_VERB:
            # « la ligue compte désormais 40 clubs »: the verb is the word before the adverb
            return " ".join(words[:i - 1]) if i > 1 and words[i - 1].islower() else ""
        if _is_past_participle(bare) and not bare.endswith("oit"):  # « prévoit », « reçoit » are no participles
            # « l'accord signé le 3 mai », but « brigue aujourd'hui »: a verb in -ue, -it, -is
            # only before an adverb of time
            if _ADVERB_OF_TIME.match(following):
                return " ".join(words[:i])
            continue
        if _AFTER_PRESENT_VERB.match(following):
            return " ".join(words[:i])
    return ""


_IMPERFECT = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ait|aient)$")
"""A verb in the imperfect (« Donald Trump annulait le sommet »), after a word that is no
determiner (« le retrait », « un portrait » are nouns)."""
_DETERMINERS = frozenset("le la les l un une des du de d son sa ses leur leurs ce cet cette ces notre".split())


def _governs_complement(clause: str, after: list[tuple[str, str]]) -> bool:
    """A clause that is only its date governing a complement (« Au lendemain d'un sommet
    historique entre leurs dirigeants »), before a main clause."""
    if not clause.startswith(_MARK) or not after:
        return False
    rest = clause[len(_MARK):].strip()
    if not _COMPLEMENT.match(rest) or _has_aux(rest):
        return False
    composed = _compose(after)
    return _count_words(composed) >= 3 and _is_clause(composed)


def _uncleft_focus(clause: str) -> str:
    """« C'est le vice-Premier ministre Liu He » is its focus, « le vice-Premier ministre Liu He »."""
    match = re.match(r"^c['’]est (?:donc |ainsi |aussi |bien |alors )?(.+)$", clause, re.IGNORECASE)
    return match.group(1) if match else clause


def _uncleft(title: str) -> str:
    """« C'est X qui signera ... » is « X signera ... »; « C'est à Pau que le sommet se tiendra »
    is « Le sommet se tiendra à Pau » (the phrase put in front goes back to the end, when short)."""
    match = _CLEFT.match(title)
    if not match:
        return title
    focus, word, rest = match.group(1).strip(" ,"), match.group(2).lower(), match.group(3)
    if word == "qui":
        return f"{focus} {rest}"
    if _count_words(focus) <= 5 and not re.search(r"\d", focus) and not _DATE_WORDS.search(focus):
        return f"{rest} {focus}"
    return rest


def _named(title: str, antecedent: str | None) -> str:
    """« Il a signé ... » is « Heiko Maas a signé ... » when the sentences before name him."""
    if not antecedent:
        return title
    return _PRONOUN_SUBJECT.sub(antecedent + " ", title, count=1)


_QUOTE_FIRST = re.compile(
    r"^«\s*(?P<quote>[^«»\x00]{1,300}?)\s*»\s*,\s*"
    rf"(?P<verb>(?:a|ont|avait|avaient)\s+(?:{_REPORTING_VERBS}|"
    r"lancé|martelé|tranché|réagi|commenté|lâché|résumé|plaidé|déploré|dénoncé|salué|promis)(?:\s*\x00)?)"
    r"\s+(?P<subject>(?-i:[A-ZÀ-Ý])[^,;.:«»\x00]{1,80}?|(?:le|la|les|l['’])\s*[^,;.:«»\x00]{1,80}?)"
    r"(?P<rest>\s*[,;.:].*)?$", re.IGNORECASE | re.DOTALL)
"""A sentence opening with what was said, then who said it: « « Nous avons un accord », a
déclaré jeudi le président, en annonçant une trêve »."""


_GERUND_REST = re.compile(r"\s*,\s*en [^\W\d_]+ant\b")
_SUBJECT_ENDS = frozenset("devant depuis à au aux dans lors sur en dès après avant pendant hier".split()) | frozenset(
    WEEKDAYS)


def _quote_first(text: str) -> str:
    """« « Q », a déclaré [date] le président[, en annonçant …] » told in the order of an entry:
    « le président a déclaré [date] « Q »[, en annonçant …] », so that the title has its subject.
    Only when the date is the saying's, or the gerund's that goes with it; a date inside the
    quotation, or in what the sentence goes on to say, leaves it as it is."""
    match = _QUOTE_FIRST.match(text)
    if match is None:
        return text
    if _MARK not in match["verb"] and not _GERUND_REST.match(match["rest"] or ""):
        return text  # the date dates something else the sentence goes on to say
    # « a lancé Vladimir Poutine devant la presse »: the subject ends where a preposition begins.
    words = match["subject"].strip().split(" ")
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _SUBJECT_ENDS), len(words))
    subject, where = " ".join(words[:cut]), " ".join(words[cut:])
    tail = f" {where}" if where else ""
    return f"{subject[:1].upper()}{subject[1:]} {match['verb']} « {match['quote']} »{tail}{match['rest'] or ''}"


_VERB_BEFORE_INCISE = re.compile(
    rf"(?<![\w'’])((?:[^\W\d_]+['’])?[^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s*,\s*{_MARK}\s*,\s*(?=[^\W\d_])(?!(?i:que|qu['’]))")
_INCISE_REACH = 80  # characters before the date: three words, an elided pronoun among them
_SHORT_PARTICIPLES = frozenset("pris mis dit fait eu vu été lu su pu dû".split())  # « a pris, lundi, une dimension »
_ADVERBS = frozenset("déjà aussi également enfin finalement bien pourtant encore toutefois alors".split())


def _unwrapped(text: str) -> str:
    """The date set between commas right after a verb in a compound tense (« a vivement rejeté,
    jeudi, les critiques », « a annoncé, lundi 3 mars, le retrait ») read as the verb's: without
    the commas, which would part the verb from its object (what was said, « a confirmé, jeudi, que
    ... », is read on its own, below). Not after a noun (« Lors du sommet, jeudi, les dirigeants »,
    « le rappel de l'ambassadeur rwandais, le 13 février, Bruxelles »). Only the three words before
    the date are read."""
    mark = text.find(_MARK)
    if mark < 0:
        return text
    match = _VERB_BEFORE_INCISE.search(text, max(0, mark - _INCISE_REACH), mark + _INCISE_REACH)
    if match is None:
        return text
    first, adverb, last = (word.lower() if word else None for word in match.groups())
    if adverb is not None and not (adverb in _ADVERBS or adverb.endswith("ment")):
        first = adverb  # « ... X a reçu »: the auxiliary is the word right before
    first = re.sub(r"^[^\W\d_]+['’]", "", first or "")  # « l'a reçu », « s'est »
    last = last or ""
    participle = last in _SHORT_PARTICIPLES or (bool(_PARTICIPLE.match(last)) and last not in _NOT_PARTICIPLES)
    if first not in _AUX - {"se", "ne", "y"} or not participle:
        return text
    return f"{text[:match.end(3)]} {_MARK} {text[match.end():]}"


_AGENCY_DATELINE = re.compile(
    r"^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40}?(?:\s*\([^()]{1,30}\)){0,2}|[A-ZÀ-Ý][\w'’ .-]{1,40}?"
    r"(?:\s*\([^()]{1,30}\))?\s*\((?:AFP|Reuters|AP|ATS|Belga|Xinhua|Yonhap|Anadolu|APS|MAP)\))"
    r"\s*(?:--?|–|—)\s+(?=\S)")
"""« ANKARA (AFP) - », « SÉOUL -- », « Genève (ATS) — », « LIMA (Pérou) (AFP) - »: where a dispatch
was filed, before its text."""


def _clean(text: str) -> str:
    text = _AGENCY_DATELINE.sub("", text, count=1)
    text = _NOISE.sub(" ", text)
    text = _PICTOGRAPHS.sub("", text)
    text = re.sub(r"\s*\([^()" + _MARK + r"]*\)", "", text)
    text = re.sub(r"\s+[–—]\s+[^–—" + _MARK + r"]{1,120}?\s+[–—]\s+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_ENUMERATION_GOES_ON = re.compile(r"[a-zà-ÿœ-]+(?:, [a-zà-ÿœ-]+)* (?:et|ou) [a-zà-ÿœ-]+\b")
_LOWER_WORD_BEFORE = re.compile(r"\b(?i:les?|la|des|aux?|du) [a-zà-ÿœ-]+ [a-zà-ÿœ-]+$")
"""An enumeration of words after a noun (« les dirigeants égyptien, éthiopien et soudanais »)."""
_NAMED = r"(?:(?:l['’]|le |la |les )?[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)"
_NAMES_GO_ON = re.compile(rf"{_NAMED}(?:, {_NAMED})* (?:et|ou) {_NAMED}(?![\w'’-])")
_NAME_PIECE = re.compile(r"(?i:la |le |les |l['’])?[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?")
"""An enumeration of names, its first one a clause of its own (« la France, l'Allemagne et le Royaume-Uni »)."""


def _enumerated(text: str, position: int, comma: re.Match[str]) -> bool:
    """Whether the comma goes on an enumeration begun by the piece before it (from `position`)."""
    if _ENUMERATION_GOES_ON.match(text, comma.end()):
        return bool(_LOWER_WORD_BEFORE.search(text, max(position, comma.start() - 80), comma.start()))
    return bool(_NAMES_GO_ON.match(text, comma.end())
                and comma.start() - position <= 60 and _NAME_PIECE.fullmatch(text[position:comma.start()].strip()))


def _segments(text: str) -> list[tuple[str, str]]:
    """Clauses with the separator that preceded each ("" for the first)."""
    segments: list[tuple[str, str]] = []
    position, separator = 0, ""
    for match in _SEPARATOR.finditer(text):
        if match.group().strip() == "," and _enumerated(text, position, match):
            continue  # « les dirigeants égyptien, éthiopien et soudanais », « la France, l'Allemagne et ... »
        piece = text[position : match.start()].strip()
        if piece:
            segments.append((piece, separator))
        separator = match.group().strip()
        separator = ", " if separator in (",", "") else f" {separator} " if separator != ";" else "; "
        position = match.end()
    tail = text[position:].strip()
    if tail:
        segments.append((tail, separator))
    return segments


_ASIDE = re.compile(
    r"^(?:chacun|chacune|ensemble|après|avant|selon|d['’]après|avec|sans|comme|malgré|pendant|lors|"
    r"au terme|à l['’]issue|en présence|par ailleurs|enfin|finalement|notamment|toutefois|pourtant)\b",
    re.IGNORECASE)
"""How a verbless aside between a verb and its object opens (« chacune de son côté », « après des
mois de discussions »); not a noun phrase, which is the next clause's subject (« le nouveau texte
intègre »)."""
_CLAUSE_ASIDE = re.compile(
    r"^(?:alors\s+qu|tandis\s+qu|lorsqu|pendant\s+qu|bien\s+qu|après\s+qu|avant\s+qu|dès\s+qu|comme|quand)"
    r"(?:e\b|['’]|(?<=comme)\b|(?<=quand)\b)", re.IGNORECASE)
"""How a subordinate clause set between a verb and its object opens (« a présenté lundi, alors que
la grève se poursuivait, son plan », « comme il l'avait promis »)."""
_CLAUSE_ASIDE_WORDS = 12
"""The most words such a clause, a place with what qualifies it (« devant les députés réunis en
séance plénière au Palais-Bourbon ») or a longer verbless aside (`_ASIDE`) may have for the
object after it to be joined."""
_INCISE_WORDS = 5
"""The most words a verbless aside between a verb and its object may have (« chacune de son
côté », « après des mois de discussions ») for the object to be joined to the title."""


_NO_OBJECT = re.compile(r"\b(?:depuis|plus\s+tard|plus\s+tôt|auparavant)\b", re.IGNORECASE)
"""What an apposition after an aside says of the happening (« une première depuis 2017 », « sa
pire séance depuis 2020 », « une heure plus tard »): it is no object of the verb."""


def _complement(after: list[tuple[str, str]]) -> str:
    """The noun complement a date and a place were slipped before ("la signature, le 4 mai, à
    Astana, du mémorandum ..."), or the verb's object: short inserted clauses, then one starting
    with "du"/"de"/"des", "un"/"une", "au"/"aux" (or a definite noun phrase after an incise). A
    longer verbless aside (« ont signé le 22 juillet, chacune de son côté, un accord »), a
    subordinate clause (« a présenté lundi, alors que la grève durait, son plan ») or a longer
    place (`_CLAUSE_ASIDE`) is left out of what is joined, and what follows it must then be no
    clause of its own."""
    taken, crossed = "", False
    for text, separator in after[:3]:
        if _COMPLEMENT.match(text) or _OBJECT.match(text) or _INDIRECT.match(text) or (
                (taken or crossed) and _DEFINITE_OBJECT.match(text) and not _has_aux(text)):
            if not crossed:
                return taken + (separator or ", ") + text
            if _has_aux(text) or _has_tensed_verb(text):
                return ""  # « , accompagné de trois conseillers, une délégation suivra »: a clause
            if _NO_OBJECT.search(text):
                return ""  # « a reculé jeudi, alors que…, une première depuis 2017 »: an apposition
            return f"{taken}, {text}" if taken else f" {text}"
        words = _count_words(text)
        if words <= (7 if _WHERE.match(text) and not _has_aux(text) else 3):
            taken += (separator or ", ") + text  # an inserted place (« sur l'aéroport d'Ankara ») may run longer
            continue
        if not crossed and words <= _INCISE_WORDS and _ASIDE.match(text) and not (
                _has_aux(text) or _has_tensed_verb(text) or _starts_with_verb(text)):
            crossed = True
            continue
        if not crossed and words <= _CLAUSE_ASIDE_WORDS and (
                _CLAUSE_ASIDE.match(text) or (_WHERE.match(text) or _ASIDE.match(text)) and not _has_aux(text)):
            # « alors que la grève se poursuivait », « devant les élus réunis … », « lors d'un
            # conseil des ministres très attendu »
            crossed = True
            continue
        break  # a clause of its own
    return ""


def _has_aux(text: str) -> bool:
    """Whether the text holds one of the verb words of `_AUX` (« a », « ont », « est »...)."""
    return not _AUX.isdisjoint(w.lower() for w in _WORD.findall(text))


_ELLIPTIC = re.compile(r"(?:puis|et|ou|voire|avant|mais)\s+(?=(au|aux|à|en|de|jusqu['’]au|jusqu['’]à|pour|vers)\s)",
                       re.IGNORECASE)


def _shared_verb(before: list[tuple[str, str]], segment: str, after: list[tuple[str, str]]) -> str:
    """A conjunct that shares the verb of the clause before it (« avait été repoussé au 12 avril,
    puis au 31 octobre lors d'un sommet »), written out as that clause, its subject included,
    with the conjunct's complement in place of its own (« Le Brexit avait été repoussé au 31
    octobre lors d'un sommet »); "" for any other segment, and for a conjunct with a verb of its
    own or opening the clause after it (« et en mai, les combats ont repris »)."""
    match = _ELLIPTIC.match(segment)
    if not match or not before or _has_aux(segment) or any(not _only_dates(text) for text, _ in after[:1]):
        return ""  # « et en 2020, 300 autres », « et en mai, les combats ont repris »
    previous = before[-1][0]
    if len(before) >= 2 and (written := _shared_auxiliary(before[-2][0], previous, _with_date(previous, ""))):
        previous = written  # « …, puis modifiée en 2014 et en 2019 »: « La loi a été modifiée en 2014 »
    cut = previous.lower().rfind(f" {match.group(1).lower()} ")
    if cut < 0 or not (_has_aux(previous[:cut]) or _has_tensed_verb(previous[:cut])
                       or _starts_with_participle(previous[:cut])):
        return ""  # a verb, or a participle in apposition (« …, conclues par des trêves en 1992 et en 1994 »)
    head, replaced, body = previous[:cut], previous[cut:], segment[match.end():]
    # The conjunct stands for the complement it parallels: a date for a date (« au 12 avril,
    # puis au 31 octobre lors d'un sommet »), a place for a place, not one for the other (« en
    # Irak en janvier, puis en Syrie en février »); and what follows its date is no other
    # complement of the verb (« frappé par une sécheresse en 2021, et en 2022 par des
    # inondations ») nor a participle of its own (« et en 2024 démantelée »).
    words = body.split()
    lead = " ".join(words[:3])
    if _a_date(replaced) != _a_date(lead):
        return ""
    rest = " ".join(words[3:])
    if rest and (_starts_with_participle(rest) or _first_word(rest) in {w.lower() for w in _WORD.findall(head)}):
        return ""
    if _starts_with_verb(head) or _starts_with_participle(head):
        head = _attached(head, head, before[:-1], [])
    head = head[:1].upper() + head[1:]
    return f"{head} {body.strip(' ,.;:')}"


_JOINED_PARTICIPLE = re.compile(r"(?:puis|et|ou|mais)\s+(?:[^\W\d_]+\s+)?(?=[^\W\d_]+)", re.IGNORECASE)
_COMPOUND_TENSE = re.compile(
    r"^(?P<head>.*?[^\W\d_].*?\b(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|aura|auront)"
    r"(?:\s+(?:déjà|encore|d['’]abord|ensuite|aussi|enfin|finalement|pourtant))?(?:\s+été)?)\s+(?P<participle>[^\W\d_]+)\b",
    re.IGNORECASE)
_SHORT_PARTICIPLE_FORMS = frozenset(
    form for base in "élu né tué lié nié mis pris dit fait mort vu lu cru".split()
    for form in (base, base + "e", base.rstrip("s") + "s", base + "es"))
"""Past participles too short for `_PARTICIPLE`, which wants three letters before the ending so
as to read no other word (« du », « plus »), with their agreed forms: « élue », « nés », « mises »."""
_NASAL_PARTICIPLE = re.compile(r"^[^\W\d_]{2,}[aeo]int(?:e|s|es)?$")
"""« rejoint », « atteinte », « peints », « contraint »: an ending `_PARTICIPLE` does not read."""


def _is_irregular_participle(word: str) -> bool:
    """« élu », « née », « mis », « été », « rejoint »: a past participle `_PARTICIPLE` leaves out."""
    word = word.lower()
    return word in _SHORT_PARTICIPLE_FORMS or word in _SHORT_PARTICIPLES or bool(_NASAL_PARTICIPLE.match(word))


def _is_past_participle(word: str) -> bool:
    """A past participle, regular (« adopté », « battue ») or not (`_is_irregular_participle`)."""
    word = word.lower()
    return bool(_PARTICIPLE.match(word)) and word not in _NOT_PARTICIPLES or _is_irregular_participle(word)


_SHORT_FIRST_GROUP = re.compile(r"^[^\W\d_]{2}(?:é|ée|és|ées)$")
"""« hué », « créée », « nié »: a first-group participle too short for `_PARTICIPLE`."""


def _is_participle_after_auxiliary(word: str) -> bool:
    """A past participle where an auxiliary stands before it (« a été hué », « avant d'être
    applaudi », « après avoir choisi »): there a word in -i, -ie, -is, -ies (`_FRONTED_PARTICIPLE`)
    or a short one in -é is one too, as no noun or adverb would follow the auxiliary so."""
    lowered = word.lower()
    return _is_past_participle(lowered) or bool(_SHORT_FIRST_GROUP.match(lowered)) or (
        bool(_FRONTED_PARTICIPLE.match(lowered)) and lowered not in _NOT_FRONTED_PARTICIPLES
        and lowered not in _NOT_PARTICIPLES)


_DATE_CONJUNCT = re.compile(r"\s+(?:et|puis|ou|voire)\s+(?P<date>\S.*)$", re.IGNORECASE)


def _shared_auxiliary(previous: str, clause: str, own: str) -> str:
    """A past participle joined to the clause before it (« Le texte a été adopté en 2001, puis
    révisé en 2005 »), written out with that clause's subject and auxiliary: « Le texte a été
    révisé en 2005 »; a date-only conjunct after it (« et en 2011 ») is another happening's and
    is left out. "" for any other clause."""
    joined = _JOINED_PARTICIPLE.match(clause)
    if not joined or _has_aux(clause):
        return ""
    # a participle, « révisé », or « reparti » as a participle opening a sentence would be, once
    # the connective is gone; or a short one, « élu », « mis »
    if _first_word(own) == _first_word(clause) or not own[:1].islower() or not (
            _opens_on_participle(own)):
        return ""
    compound = _COMPOUND_TENSE.match(previous)
    if compound is None or not _is_clause(previous) or not _is_past_participle(compound.group("participle")):
        return ""
    if _AVOIR_ACTIVE.search(compound.group("head")) and _AGREED.search(_first_word(own)):
        return ""  # « a rendu hommage aux soldats blessés et tués en 2019 »: « tués » is the soldiers'
    body = own
    if (conjunct := _DATE_CONJUNCT.search(body)) and _a_date(conjunct.group("date")) and _MARK not in conjunct.group():
        body = body[:conjunct.start()]
    return f"{compound.group('head')} {body}"


_AVOIR_ACTIVE = re.compile(r"(?<![\w'’])(?:a|ont|avait|avaient|aura|auront)(?:\s+(?!été$)\S+)?$", re.IGNORECASE)
"""A compound tense with « avoir » and no « été » (« a signé », « avait d'abord rejeté »)."""
_AGREED = re.compile(r"(?:ée|ées|és|ue|ues|us|ie|ies|ise|ises|ite|ites)$")
"""The endings of a participle agreed in gender or number, which a participle with « avoir »
does not take after its verb (« a signé l'accord, puis ratifié »)."""


_AUXILIARY_ADVERB = (r"(?:de\s+nouveau|à\s+nouveau|aussitôt|ensuite|enfin|déjà|brièvement|rapidement|"
                     r"[^\W\d_]{4,}ment)")
"""An adverb between an auxiliary and its participle (« avant d'être de nouveau arrêté »,
« après avoir finalement signé »)."""
_INFINITIVE_LEAD = r"(?:avant\s+d['’]|avant\s+de\s+|après\s+)"
"""What opens an infinitive clause of its own: « avant d' », « avant de », « après »."""
_COMPOUND_INFINITIVE = re.compile(
    rf"^(?:(?:et|puis|mais)\s+)?(?P<lead>{_INFINITIVE_LEAD})"
    r"(?P<clitic>(?:s['’]|se\s+|l['’]|le\s+|la\s+|les\s+|lui\s+|leur\s+|en\s+|y\s+)?)"
    rf"(?P<aux>avoir|être)\s+(?P<rest>(?:{_AUXILIARY_ADVERB}\s+)?(?P<participle>[^\W\d_]+)(?![\w'’]).*)$",
    re.IGNORECASE | re.DOTALL)
"""An infinitive in a compound form after « avant de » or « après » (« avant d'être relancé »,
« après avoir signé », « après l'avoir perdue », « après s'être retiré »): a happening of its own,
before or after the one of the clause it hangs on."""
_FINITE_AUXILIARY = re.compile(
    r"^(?P<subject>[^,;:]+?)\s+(?:(?:ne|n['’]|s['’]|se|l['’]|le|la|les|lui|leur|en|y)\s*)*"
    r"(?P<aux>a|ont|avait|avaient|est|sont|était|étaient|sera|seront|aura|auront)(?![\w'’])", re.IGNORECASE)
"""A subject and the auxiliary of its compound tense (« La championne s'est », « Le projet a »)."""
_TENSE_OF = {"a": ("past", 0), "ont": ("past", 1), "est": ("present", 0), "sont": ("present", 1),
             "avait": ("pluperfect", 0), "avaient": ("pluperfect", 1), "était": ("pluperfect", 0),
             "étaient": ("pluperfect", 1), "aura": ("future", 0), "auront": ("future", 1),
             "sera": ("future", 0), "seront": ("future", 1)}
"""The tense and the number (0 singular, 1 plural) an auxiliary tells; « est » and « sont »
before a participle are a passive in the present (« Le texte est examiné en mai ») unless the
verb takes « être » in its past (`_TAKES_ETRE`)."""
_AVOIR = {"present": ("a", "ont"), "past": ("a", "ont"), "pluperfect": ("avait", "avaient"),
          "future": ("aura", "auront")}
_ETRE = {"present": ("est", "sont"), "past": ("est", "sont"), "pluperfect": ("était", "étaient"),
         "future": ("sera", "seront")}
_TAKES_ETRE = re.compile(
    r"^(?:(?:arriv|rest|entr|rentr|tomb|retourn|mont|pass|all|décéd)(?:é|ée|és|ées)|(?:re)?(?:part|sort)(?:i|ie|is|ies)"
    r"|(?:de|re|inter|sur|par)?venu(?:e|s|es)?|(?:mort|né|descendu)(?:e|s|es)?)$", re.IGNORECASE)
"""The participles of the verbs that take « être » in their past (« est arrivé », « sont partis »)."""


_INNER_INFINITIVE = re.compile(rf"\s(?={_INFINITIVE_LEAD}(?:s['’]|se\s+|l['’]|en\s+|y\s+)?(?:avoir|être)\s"
                               r"|avant\s+(?:de\s+|d['’])(?:s['’]|se\s+|l['’]|les?\s+|la\s+|lui\s+|leur\s+|en\s+|y\s+)?"
                               r"[^\W\d_]{2,}(?:er|ir|re|oir)\s)", re.IGNORECASE)


def _inner_infinitive(clause: str, date_text: str, before: list[tuple[str, str]],
                      after: list[tuple[str, str]]) -> str:
    """`_infinitive_happening` for an infinitive written without a comma after the clause it
    hangs on (« L'ancien ministre a démissionné en 2011 avant d'être condamné en 2013 », « …
    avant de sombrer en 2013 »), when the
    date is the infinitive's own: that clause is cut there, as if a comma stood before it."""
    for cut in _INNER_INFINITIVE.finditer(clause):
        head, rest = clause[:cut.start()], clause[cut.end():]
        if _MARK in rest and _MARK not in head and _has_aux(head):
            return _infinitive_happening(rest, date_text, [*before, (head, "")], after)
    return ""


def _infinitive_happening(clause: str, date_text: str, before: list[tuple[str, str]],
                          after: list[tuple[str, str]]) -> str:
    """An infinitive clause that carries its own date (« Le projet a été lancé en 2010, avant
    d'être relancé en 2019 », « Après avoir signé le traité en 2015, le pays s'en est retiré »),
    told as a clause of its own: the subject of the clause it hangs on (the one before it, or
    after it when the infinitive opens the sentence) and that clause's tense and number, with
    the infinitive's auxiliary: « Le projet a été relancé en 2019 », « Le pays a signé le traité
    en 2015 ». After « avant de », « être » and a participle is a passive (« avant d'être
    relancé »: « a été relancé »); after « après », the compound tense of a verb taking « être »
    (« après être arrivé »: « est arrivé »). "" for any other clause, and when the clause it
    hangs on has no subject and compound tense to read."""
    text = " ".join(clause.replace(_MARK, date_text).split()).strip(" ,.;:")
    infinitive = _COMPOUND_INFINITIVE.match(text)
    simple = _SIMPLE_INFINITIVE.match(text) if infinitive is None else None
    if infinitive is not None and not _is_participle_after_auxiliary(infinitive["participle"]) \
            or infinitive is None and (simple is None or not _past_participle_of(simple["verb"])):
        return ""
    if simple is not None and _not_yet_done(" ".join(text for text, _ in before), simple["rest"]):
        return ""
    main = _main_clause(before, reversed(range(len(before))))
    if not main and not any(_has_aux(text) for text, _ in before):
        # « Après avoir signé …, le pays s'en est retiré », « Le sommet, après avoir été reporté
        # en mai, s'est tenu en juin »: the clause after it, with the subject before it if any
        around = before + after
        main = _main_clause(around, range(len(before), len(around)))
    compound = _COMPOUND_TENSE.match(main)
    if compound is None and simple is not None and (imperfect := _imperfect_clause(before)):
        # « Le président annulait le sommet en mai, avant de le rétablir en juin »: what came next
        subject, plural, rest = imperfect
        told = _simple_infinitive_told(simple, "past", plural, subject, "", "", _direct_object(rest))
        return f"{subject[:1].upper()}{subject[1:]} {told}" if told else ""
    if compound is None or not _is_participle_after_auxiliary(compound["participle"]):
        return ""
    finite = _FINITE_AUXILIARY.match(compound["head"])
    if finite is None or _count_words(finite["subject"]) > 12 \
            or not _RELATIVE_WORDS.isdisjoint(w.lower() for w in _WORD.findall(finite["subject"])):
        return ""
    tense, plural = _TENSE_OF[finite["aux"].lower()]
    if tense == "present" and (re.search(r"(?:s['’]|\bse)\s*(?:en\s+|y\s+)?\S+$", compound["head"], re.IGNORECASE)
                               or _TAKES_ETRE.match(compound["participle"])):
        tense = "past"  # « La championne s'est retirée », « Les joueurs sont arrivés »
    if simple is not None:
        told = _simple_infinitive_told(simple, tense, plural, finite["subject"], compound["head"],
                                       compound["participle"], _direct_object(main[compound.end():]))
        subject = finite["subject"]
        return f"{subject[:1].upper()}{subject[1:]} {told}" if told else ""
    assert infinitive is not None
    clitic = infinitive["clitic"].strip().lower()
    if infinitive["aux"].lower() == "avoir":
        verb = _AVOIR[tense][plural]
    elif infinitive["lead"].lower().startswith("avant") and clitic not in ("s'", "s’", "se"):
        # « avant d'être relancé »: the passive, in the tense of the clause it follows
        verb = _ETRE[tense][plural] if tense in ("present", "future") else f"{_AVOIR[tense][plural]} été"
    else:
        verb = _ETRE[tense][plural]  # « après être arrivé », « après s'être retiré »
    verb = _with_clitic(clitic, verb)
    if not verb:
        return ""
    subject = finite["subject"]
    return f"{subject[:1].upper()}{subject[1:]} {verb} {infinitive['rest']}"


_SIMPLE_INFINITIVE = re.compile(
    r"^(?:(?:et|puis|mais)\s+)?avant\s+(?:de\s+|d['’])"
    r"(?P<clitic>(?:s['’]|se\s+|l['’]|le\s+|la\s+|les\s+|lui\s+|leur\s+|en\s+|y\s+)?)"
    r"(?P<verb>[^\W\d_]{2,}(?:er|ir|re|oir))(?P<rest>(?![\w'’]).*)$", re.IGNORECASE | re.DOTALL)
"""A simple infinitive after « avant de » (« avant de sombrer », « avant de le rétablir »,
« avant de s'effondrer »): what the subject of the clause before did next."""
_PARTICIPLE_OF = {
    "devoir": "dû", "pouvoir": "pu", "savoir": "su", "vouloir": "voulu", "valoir": "valu", "falloir": "fallu",
    "pleuvoir": "plu", "asseoir": "assis", "naître": "né", "boire": "bu", "croire": "cru", "lire": "lu",
    "plaire": "plu", "taire": "tu", "nuire": "nui", "suffire": "suffi", "inclure": "inclus", "résoudre": "résolu",
    "mourir": "mort", "vivre": "vécu", "survivre": "survécu"}
"""Past participles no ending rule of `_PARTICIPLE_ENDINGS` gives (« pouvoir », « pu »)."""
_PARTICIPLE_ENDINGS = (
    ("er", "é"), ("venir", "venu"), ("tenir", "tenu"), ("vrir", "vert"), ("frir", "fert"), ("courir", "couru"),
    ("quérir", "quis"), ("vêtir", "vêtu"), ("ir", "i"), ("cevoir", "çu"), ("mouvoir", "mu"), ("voir", "vu"),
    ("prendre", "pris"), ("mettre", "mis"), ("faire", "fait"), ("traire", "trait"), ("crire", "crit"),
    ("dire", "dit"), ("rire", "ri"), ("élire", "élu"), ("uire", "uit"), ("endre", "endu"), ("andre", "andu"),
    ("ondre", "ondu"), ("ordre", "ordu"), ("erdre", "erdu"), ("ompre", "ompu"), ("attre", "attu"),
    ("aincre", "aincu"), ("connaître", "connu"), ("paraître", "paru"), ("eindre", "eint"), ("aindre", "aint"),
    ("oindre", "oint"), ("clure", "clu"), ("uivre", "uivi"))
"""Infinitive endings and the past participle's, the longest that fits read first (« prendre »,
« pris », before « endre », « endu »)."""
_ENDINGS_BY_LENGTH = sorted(_PARTICIPLE_ENDINGS, key=lambda pair: -len(pair[0]))
_TAKES_ETRE_INFINITIVE = frozenset("""aller arriver partir repartir rester entrer rentrer tomber retomber
    retourner naître mourir décéder venir devenir revenir redevenir parvenir intervenir survenir""".split())
"""Verbs whose past takes « être » (« est arrivé », « sont devenus »)."""
_EITHER_AUXILIARY = frozenset("monter remonter descendre passer repasser sortir ressortir".split())
"""Verbs whose past takes « avoir » or « être » as they have an object or not: never guessed."""


_NOT_YET = re.compile(
    r"\b(?:aur|ser|fer|pourr|devr|voudr|faudr|saur|ir|dir|viendr|tiendr|prendr|mettr|finir|[^\W\d_]+er)"
    r"(?:ait|aient|a|ont)\b|\b(?:vouloir|pouvoir|devoir|souhait\w*|esp[éè]r\w*|compt\w*|promi\w*|prévu\w*|"
    r"prévoi\w*|envisag\w*|décidé\w*|accepté\w*|refusé\w*|proposé\w*|tenté\w*|essayé\w*|cherché\w*)\b|"
    r"\b(?:de|d['’]|à)\s*[^\W\d_]{2,}(?:er|ir|re)\b", re.IGNORECASE)
"""What tells that what comes « avant de » is not done yet: a conditional or a future before it
(« il aurait quitté Paris en mai », « qu'il consulterait les syndicats », « il signera »), an
intention or an infinitive it hangs on (« a dit vouloir attendre le rapport », « a décidé de
renvoyer le procès »)."""
_NEXT_WORD = re.compile(r"\bprochaine?s?\b", re.IGNORECASE)


def _not_yet_done(before: str, rest: str) -> bool:
    """Whether the simple infinitive after « avant de » tells a plan, not what was done next
    (`_NOT_YET` in the clauses before it, « prochain » in its own: « avant de prendre ses
    fonctions le 1er janvier prochain »): its title then stays as written."""
    return bool(_NOT_YET.search(before) or _NEXT_WORD.search(rest))


def _past_participle_of(infinitive: str) -> str:
    """The past participle of a French infinitive (« signer », « signé »; « finir », « fini »;
    « prendre », « pris »; « venir », « venu »); "" for « être », « avoir », a verb of either
    auxiliary (`_EITHER_AUXILIARY`) and an ending no rule reads."""
    word = infinitive.lower()
    if word in ("être", "avoir") or word in _EITHER_AUXILIARY:
        return ""
    if word in _PARTICIPLE_OF:
        return _PARTICIPLE_OF[word]
    for ending, participle in _ENDINGS_BY_LENGTH:
        if word.endswith(ending):
            return word[:-len(ending)] + participle
    return ""


_FEMININE_SUBJECT = re.compile(r"^(?:la|une|cette)\s", re.IGNORECASE)
_MASCULINE_SUBJECT = re.compile(r"^(?:le|un|ce|cet)\s", re.IGNORECASE)
_AGREED_ENDING = re.compile(r"(?:é|i|u|t|s)(?P<agreement>e|es|s)$")


def _agreement(subject: str, plural: int, head: str, participle: str) -> str | None:
    """The ending a participle with « être » takes to agree with `subject`: read on the
    `participle` of the clause it hangs on (`head` its words before) when that one is with
    « être » too (« La ministre est arrivée »: « e »), else on the subject's determiner when
    singular (« La loi »: « e », « Le texte »: « »); None when neither tells (« Les joueurs ont
    signé », « Jean Dupont »)."""
    if re.search(r"(?:\b(?:est|sont|était|étaient|sera|seront)|\bété)$", head.lower()):
        ending = _AGREED_ENDING.search(participle.lower())
        agreement = ending["agreement"] if ending else ""
        if plural:
            return agreement if agreement in ("s", "es") else None
        if agreement in ("", "e"):
            return agreement
        # « s'est permis »: a participle in -s tells no agreement; the subject may
    if subject.lower() in _PERSONAL_PRONOUNS:  # « Il », « Elles »
        return _PERSONAL_PRONOUNS[subject.lower()][0]
    if plural:
        return None
    if _FEMININE_SUBJECT.match(subject):
        return "e"
    return "" if _MASCULINE_SUBJECT.match(subject) else None


def _simple_infinitive_told(simple: re.Match[str], tense: str, plural: int, subject: str, head: str,
                            participle_before: str, object_before: str) -> str:
    """A simple infinitive after « avant de » (`_SIMPLE_INFINITIVE`) told in the compound past of
    the clause it hangs on (« Le cargo a quitté le port, avant de sombrer en avril »: « a sombré en
    avril »; « avait quitté »: « avait sombré »; « quittait »: « a sombré »), with « être » for a
    verb that takes it or a pronominal one (« avant de s'effondrer »: « s'est effondré », agreed
    with the subject, `_agreement` reading the clause before, `head` and `participle_before`). An
    object pronoun stands for that clause's object (`object_before`) when their gender and number
    agree (« a annulé le sommet en mai, avant de le rétablir en juin »: « a rétabli le sommet en
    juin »). "" when that clause is no past, or a participle's agreement is unknown (« avant de
    la signer » agrees, « avant de l'annuler » does not tell, unless its object is known)."""
    if tense not in ("past", "pluperfect"):
        return ""  # « sera reçu lundi avant de rencontrer… »: what is planned, not done
    clitic = simple["clitic"].strip().lower()
    participle = _past_participle_of(simple["verb"])
    reflexive = clitic in ("s'", "s’", "se")
    if reflexive or simple["verb"].lower() in _TAKES_ETRE_INFINITIVE:
        if reflexive and (simple["verb"].lower() in ("faire", "laisser") and _INFINITIVE_NEXT.match(simple["rest"])
                          or _OBJECT_NEXT.match(simple["rest"])):
            agreement: str | None = ""  # « se sont serré la main », « s'est rendu compte », « s'est fait racheter »
        else:
            agreement = _agreement(subject, plural, head, participle_before)
        if agreement is None:
            return ""
        verb = _ETRE[tense][plural]
        participle += agreement[1:] if participle.endswith("s") and agreement.startswith("s") else agreement
    elif object_before and _stands_for_object(clitic, object_before):
        return f"{_AVOIR[tense][plural]} {participle} {object_before}{simple['rest']}"
    else:
        if clitic in ("l'", "l’", "les"):
            return ""  # « avant de l'annuler », « de les reprendre »: the gender the participle takes is unknown
        if clitic == "la":
            participle += "e"
        verb = _AVOIR[tense][plural]
    verb = _with_clitic(clitic, verb)
    return f"{verb} {participle}{simple['rest']}" if verb else ""


_OBJECT_NEXT = re.compile(
    r"\s*(?:(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos)\s|l['’]|"
    r"(?:compte|rendez-vous|part|peur|raison|confiance)\b)", re.IGNORECASE)
"""A direct object just after a pronominal verb's infinitive (« se serrer la main », « se rendre
compte », « se donner rendez-vous »): « se » is then an indirect object, and the participle
agrees with nothing (« ils se sont serré la main »)."""
_INFINITIVE_NEXT = re.compile(r"\s*[^\W\d_]{2,}(?:er|ir|re|oir)\b", re.IGNORECASE)
"""An infinitive just after « se faire » or « se laisser » (« s'est fait racheter »): the
participle then agrees with nothing, as it does before an adjective (« s'est faite discrète »)."""
_OBJECT_DETERMINERS = {
    "le": frozenset("le l' l’ un ce cet son leur notre votre".split()),
    "la": frozenset("la l' l’ une cette sa leur notre votre".split()),
    "l'": frozenset("le la l' l’ un une ce cet cette son sa leur notre votre".split()),
    "les": frozenset("les des ces ses leurs nos vos".split())}
"""The determiners of a noun an object pronoun may stand for, by gender and number."""
_OBJECT_ENDS = frozenset("""à au aux en par pour avec dans sur sous lors depuis avant après entre vers chez
    contre qui que qu dont où et ou mais puis malgré selon dès""".split())


def _stands_for_object(clitic: str, noun: str) -> bool:
    """Whether the object pronoun `clitic` (« le », « la », « l' », « les ») may stand for `noun`."""
    determiner = re.match(r"[^\W\d_]+['’]?", noun)
    allowed = _OBJECT_DETERMINERS.get(clitic.replace("’", "'"))
    return bool(determiner and allowed and determiner.group().lower() in allowed)


def _direct_object(rest: str) -> str:
    """The noun phrase right after a verb (« le sommet » in « le sommet dans une lettre au
    président », « l'offre de la direction » in « l'offre de la direction en février »): a
    determiner, then words up to a preposition, a relative, a conjunction, a date, another
    determiner or a punctuation mark; "" when no determiner opens it, or only a date follows it
    (« le 3 mai »)."""
    words = rest.replace(_MARK, " , ").split()
    if not words or not _DETERMINER.match(words[0]):
        return ""
    taken: list[str] = []
    for word in words[:8]:
        bare = word.lower()
        if taken and (bare in _OBJECT_ENDS or _DATE_WORDS.fullmatch(bare) or not _WORD.fullmatch(bare)
                      or bare in _DETERMINERS - {"de", "d", "du", "des"} and taken[-1].lower() != "de"):
            break  # « la loi le 3 mai »: a determiner not after « de » opens something else
        taken.append(word)
    while taken and taken[-1].lower() in ("de", "du", "des"):
        taken.pop()
    elided = bool(re.match(r"^[^\W\d_]+['’][^\W\d_]", taken[0]))
    if len(taken) < (1 if elided else 2) or len(taken) == len(words[:8]) == 8:
        return ""
    return " ".join(taken)


def _imperfect_clause(segments: list[tuple[str, str]]) -> tuple[str, int, str] | None:
    """The clause nearest before that tells in the imperfect what its subject did (« Le président
    annulait le sommet dans une lettre »): its subject, its number, and what follows its verb;
    None when the nearest clause with a subject has none in the imperfect."""
    for text, _ in reversed(segments):
        text = _CONNECTIVE.sub("", text.replace(_MARK, " ")).strip()
        subject = _subject_of(text)
        if not subject:
            continue
        rest = text[len(subject):].split(maxsplit=1)
        if not rest or not _IMPERFECT.match(rest[0]) or _count_words(subject) > 12 \
                or not _RELATIVE_WORDS.isdisjoint(w.lower() for w in _WORD.findall(subject)):
            return None
        return subject, int(rest[0].endswith("aient")), rest[1] if len(rest) > 1 else ""
    return None


def _written_out(segments: list[tuple[str, str]]) -> str:
    """The last of `segments` as a clause a participle after it may share the auxiliary of: an
    infinitive with the subject and tense it takes (« avant d'être abandonné en 2016 », « Le
    projet a été abandonné en 2016 », before « puis relancé en 2019 »), else as written."""
    return _infinitive_happening(segments[-1][0], "", segments[:-1], []) or segments[-1][0]


def _main_clause(segments: list[tuple[str, str]], order: Iterable[int]) -> str:
    """The first clause of `segments`, read in `order`, that has a verb with an auxiliary, with
    its subject when it opens on its verb (« Le ministre, Jean Dupont, a démissionné en 2015 »);
    participles joined to a clause before (« puis abandonné en 2016 »), asides and relatives are
    passed over."""
    for i in order:
        text = _CONNECTIVE.sub("", segments[i][0].replace(_MARK, " ")).strip()
        if _starts_with_verb(text):
            subject = _subject(segments[:i], text)
            return f"{subject} {text}" if subject else ""
        if _has_aux(text) and _is_clause(text):
            return text
    return ""


_VOWEL = re.compile(r"^[aeéèêiîouy]", re.IGNORECASE)


def _with_clitic(clitic: str, verb: str) -> str:
    """The pronoun an infinitive carried (lowercase), before the conjugated auxiliary: « s'est »,
    « l'ont », « se sera », « en a »; "" for « l' » before a consonant (« le » or « la », which
    is unknown)."""
    if not clitic:
        return verb
    elided = clitic[-1] in "'’"
    if not elided and clitic not in ("se", "le", "la"):
        return f"{clitic} {verb}"  # « en a », « lui ont », « les avait »
    if _VOWEL.match(verb):
        apostrophe = clitic[-1] if elided else "'"
        return f"{clitic[0]}{apostrophe}{verb}"
    if clitic[0] == "s":
        return f"se {verb}"
    return "" if elided else f"{clitic} {verb}"


_LATER_CONJUNCT = re.compile(r"\s+(?:et|puis|ou|voire)\s+(?:au|aux|à|en|dans|chez|vers|pour)\s+(?P<rest>[^,;:]{1,60})$",
                             re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _without_later_conjunct(clause: str) -> str:
    """The clause without an elliptic conjunct after its date that gives a date of its own
    (« Les négociateurs se sont réunis à Genève [en mars] et à Vienne en mai »): that is the
    next happening, which `_shared_verb` titles."""
    mark = clause.find(_MARK)
    if mark < 0:
        return clause
    tail = clause[mark + len(_MARK):]
    conjunct = _LATER_CONJUNCT.search(tail)
    if conjunct is None or _has_aux(conjunct.group("rest")) or not _dated(conjunct.group("rest")):
        conjunct = _later_happening(tail)
        if conjunct is None:
            return clause
    return clause[:mark + len(_MARK) + conjunct.start()]


_LATER_PARTICIPLE = re.compile(r"\s+(?:et|puis)\s+(?P<participle>[^\W\d_]+)\s+(?P<rest>[^,;:]{1,80})$", re.IGNORECASE)
_LATER_INFINITIVE = re.compile(
    r"\s+(?:avant\s+d['’]|avant\s+de\s+|après\s+)(?:(?:s['’]|se\s+|l['’]|le\s+|la\s+|les\s+|lui\s+|leur\s+|en\s+|y\s+)?)"
    rf"(?:avoir|être)\s+(?:{_AUXILIARY_ADVERB}\s+)?(?P<participle>[^\W\d_]+)\s+(?P<rest>[^,;:]{{1,80}})$",
    re.IGNORECASE)


_LATER_SIMPLE_INFINITIVE = re.compile(
    r"\s+avant\s+(?:de\s+|d['’])(?:s['’]|se\s+|l['’]|les?\s+|la\s+|lui\s+|leur\s+|en\s+|y\s+)?"
    r"(?P<participle>[^\W\d_]{2,}(?:er|ir|re|oir))\s+(?P<rest>[^,;:]{1,80})$", re.IGNORECASE)
"""« … avant de sombrer en avril » after a date: a simple infinitive, its verb in `participle`."""


def _later_happening(tail: str) -> re.Match[str] | None:
    """In what follows a date in its clause, a participle joined by « et » or « puis » (« est né
    en 1901 et mort à Paris en 1980 ») or an infinitive in a compound form (« a rejoint la majorité
    en 2020 après avoir quitté le parti en 2019 »), or a simple one after « avant de » (« a quitté
    le port en avril avant de sombrer en mai »), that gives a date of its own: the next
    happening, which `_shared_auxiliary` or `_infinitive_happening` titles; None otherwise."""
    for pattern in (_LATER_PARTICIPLE, _LATER_INFINITIVE, _LATER_SIMPLE_INFINITIVE):
        later = pattern.search(tail)
        participle = {_LATER_INFINITIVE: _is_participle_after_auxiliary,
                      _LATER_SIMPLE_INFINITIVE: _past_participle_of}.get(pattern, _is_past_participle)
        if later is None or not participle(later["participle"]) or _has_aux(later["rest"]) \
                or not _dated(later["rest"]):
            continue
        joined = _WORD.findall(tail[:later.start()])
        if pattern is _LATER_PARTICIPLE and joined and _is_past_participle(joined[-1]):
            continue  # « aux soldats blessés et tués en 2019 »: two participles of one noun
        return later
    return None


def _dated(text: str) -> bool:
    """Whether the text names a day, a month or a year."""
    return bool(_DATE_WORDS.search(text) or _YEAR.search(text))


def _a_date(text: str) -> bool:
    """A complement that only gives a date, with its preposition: « au 12 avril », « en 2019 »."""
    return _only_dates(re.sub(r"^\s*(?:au|aux|à|en|jusqu['’]au|jusqu['’]à|pour|vers)\s+", "", text, flags=re.I))


_DURING = re.compile(r"(?:lors|au cours|à l['’]occasion) (?:du|des|de la|de l['’]|d['’])", re.IGNORECASE)
"""A circumstance in which the clause before it happened (« lors d'un entretien dimanche »)."""


def _with_circumstance(clause: str, date_text: str) -> str:
    """The circumstance with its date, as written."""
    return " ".join(clause.replace(_MARK, date_text).split()).strip(" ,.;:")


def _with_date(clause: str, date_text: str) -> str:
    """The clause as written, except a date fronted at its start ("Le 3 mai le président ...")."""
    head, _, tail = clause.partition(_MARK)
    if not _CONNECTIVE.sub("", head).strip(" ,"):
        clause = tail
    else:
        clause = head + date_text + tail
    return _CONNECTIVE.sub("", clause.strip(" ,.;:")).strip()


def _first_word(segment: str) -> str:
    match = re.match(r"\s*([^\s,;:]+)", segment)
    return match.group(1).lower() if match else ""


_COORDINATED = re.compile(r"\s*(?:et|puis|mais|tandis\s+que|alors\s+que)\b", re.IGNORECASE)
"""A clause joined to the one before it, which is a clause of its own."""
_FUTURE_VERB = re.compile(r"[a-zà-ÿ]{3,}(?:era|eront|ira|iront|endra|endront)")
"""A verb in the simple future (« retournera », « finira », « reviendront »), which needs no
auxiliary to be a clause's verb."""


def _starts_with_verb(segment: str) -> bool:
    """« ont adopté ... », « s'est tenue ... », « en avait parlé ... », « l'avait annulé ... »."""
    word = _first_word(segment)
    if word in _AUX or word.startswith(("s'", "s’", "n'", "n’")):
        return True
    if segment[:1].islower() and _FUTURE_VERB.fullmatch(word):
        return True  # « …, Philippe Étienne, retournera à Washington »
    clitic = re.match(r"\s*(?:en|y|lui|leur|les|l['’])\s*([^\s,;:]+)", segment, re.IGNORECASE)
    return bool(clitic and clitic.group(1).lower() in _AUX - {"se", "ne", "y"})


def _opens_on_participle(segment: str) -> bool:
    """A clause opening on a past participle, as a sentence opens (« Prévu le 16 mai », « Élu en
    2017 »): regular, or one of the short ones (`_is_irregular_participle`)."""
    return _starts_with_participle(segment, fronted=True) or _is_irregular_participle(_first_word(segment))


_JOINED_LEAD = re.compile(r"^(?:puis|et|ensuite|avant d['’]être|après avoir été)\s+", re.IGNORECASE)
"""What joins a participle to the one before it (« Lancée à Genève, puis poursuivie à Vienne »)."""


def _starts_with_participle(segment: str, *, fronted: bool = False) -> bool:
    """« abattu le 18 juin ... » (lowercase, inside a sentence), or with `fronted` « Prévu ... »
    opening the sentence."""
    word = _first_word(segment)
    if not (segment[:1].islower() or fronted):
        return False
    if word in _FUNCTION or word in _NOT_PARTICIPLES or word.endswith(("que", "ques")):
        return False
    # Opening a sentence, « Réuni », « Saisie », « Établis » too: few words start one so.
    return bool(_PARTICIPLE.match(word) or (fronted and _FRONTED_PARTICIPLE.match(word)
                                            and word not in _NOT_FRONTED_PARTICIPLES))


def _is_apposition(segment: str) -> bool:
    """A lowercase clause with no verb that names again what came before it."""
    if not segment[:1].islower() or _starts_with_verb(segment):
        return False
    word = _first_word(segment).split("'")[0].split("’")[0]
    if word in _FUNCTION:
        return False
    return not _has_aux(segment)


def _compose(segments: list[tuple[str, str]]) -> str:
    """Clauses read in order: appositions skipped up to the verb clause, which ends the title."""
    out, previous, skipping = "", -2, False
    for i, (text, separator) in enumerate(segments):
        text = text.replace(_MARK, "").strip()
        if not text:
            continue
        if not out:
            out, previous = _CONNECTIVE.sub("", text), i
            if _starts_with_verb(text):
                break
            continue
        if _starts_with_verb(text):
            out += " " + text
            break
        if skipping or (_is_apposition(text) and i < len(segments) - 1):
            skipping = True
            continue
        out += (separator if i == previous + 1 and separator else ", ") + text
        previous = i
        if len(out) > LIMIT:
            break
    return out


def _subject(before: list[tuple[str, str]], verb: str = "") -> str:
    """The leading clauses of a sentence up to the first apposition: its grammatical subject,
    after what is put in front of it (« Selon X », « Au lendemain de la signature, à Kinshasa,
    d'une déclaration commune, le premier ministre éthiopien a annoncé »)."""
    segments = list(before)
    while len(segments) > 1 and _LEADS.match(segments[0][0]):
        segments = segments[1:]
    fronted = 0
    while fronted < len(segments) - 1 and _is_lead_phrase(segments[fronted][0], fronted > 0):
        fronted += 1
    segments = segments[fronted:]
    # « Le vote est prévu le 3 mars, et la réunion suivante, celle des ministres, se tiendra en
    # juin »: a coordinated noun after a clause with its own verb opens a new subject.
    coordinated = [i for i, (text, _) in enumerate(segments) if i and _COORDINATED.match(text)
                   and _has_aux(" ".join(t for t, _ in segments[:i]))]
    if coordinated:
        segments = segments[coordinated[-1]:]
    out = ""
    taken = []
    for i, (text, separator) in enumerate(segments):
        if i and (_is_apposition(text) or _starts_with_participle(text) or _starts_with_verb(text)
                  or _RELATIVE.match(text)):
            break
        out = text if not out else out + (separator or ", ") + text
        taken.append(text)
    if len(taken) == 2 and _DETERMINER.match(taken[0]) and _PERSON_NAME.fullmatch(taken[1]):
        # « Le président colombien Juan Manuel Santos et le chef des FARC, Rodrigo Londoño, ont
        # signé »: the name stands for the last of the nouns joined by « et ».
        # A singular verb after it (« Le ministre de l'Économie et des Finances, Bruno Le Maire,
        # a annoncé ») says the name is the whole noun's.
        first, joined, last = taken[0].rpartition(" et ")
        if joined and _PERSON_DETERMINER.match(last) and _PLURAL_VERB.match(verb):
            return _CONNECTIVE.sub("", f"{first} et {taken[1]}")
        return taken[1]  # « le premier ministre éthiopien, Abiy Ahmed, a annoncé »: Abiy Ahmed
    if len(taken) == 2 and _PERSON_NAME.fullmatch(taken[1]) and _PLURAL_VERB.match(verb):
        first, joined, last = taken[0].rpartition(" et ")
        if joined and _PERSON_DETERMINER.match(last) and _PROPER_NAME.fullmatch(first):
            # « Emmanuel Macron et le chancelier allemand, Olaf Scholz, ont appelé »
            return _CONNECTIVE.sub("", f"{first} et {taken[1]}")
    if len(taken) == 2 and _PROPER_NAME.fullmatch(taken[0]) and _DETERMINER.match(taken[1]):
        return taken[0]  # « Abiy Ahmed, le premier ministre éthiopien, a annoncé »: Abiy Ahmed
    return _CONNECTIVE.sub("", out)


def _has_tensed_verb(text: str) -> bool:
    """A verb in the simple future (« il fera appel », « il neigera »); not the imperfect, which
    tells the setting of what happened (« Il pleuvait lundi, mais la manifestation a eu lieu »)."""
    return any(_FUTURE_VERB.fullmatch(w) or w in _SHORT_FUTURES for w in _WORD.findall(text.lower()))


_WHEN_OR_BUT = re.compile(r"(?:quand|lorsque|lorsqu['’]|au moment où|alors que|mais)(?:(?<=['’])|\b)", re.IGNORECASE)
"""What opens the clause that tells what happened after a short one (« Tout a basculé dimanche,
quand les rebelles ont pris la ville »)."""


_SHORT_FUTURES = frozenset("""fera feront ira iront verra verront pourra pourront devra devront faudra saura
sauront voudra voudront""".split())
"""Futures too short for `_FUTURE_VERB` (« il fera appel »)."""


def _said(after: list[tuple[str, str]]) -> str:
    """What follows, past the dates, when it is what was said (« a annoncé hier, jeudi, que … »);
    "" otherwise."""
    rest = next((text for text, _ in after if not _only_dates(text)), "")
    return rest if re.match(r"(?:que|qu['’])", rest, re.IGNORECASE) else ""


def _says_after(after: list[tuple[str, str]]) -> bool:
    return bool(_said(after))


def _short_subject(before: list[tuple[str, str]], verb: str = "") -> str:
    """The subject of a short clause (« a été annulé lundi ») after the segments before it: the
    sentence's subject (`_subject`), without an aside that ends it (« Le scrutin, d'abord fixé au
    12 avril, », « Le président, lui, »), but with every noun of an enumeration (« La France,
    l'Allemagne et le Royaume-Uni »); "" when the segments before hold a clause of their own."""
    subject = _subject(before, verb)
    if not subject or _has_aux(subject) or ":" in subject:
        return ""
    parts = [part for part, _ in before if part in subject]
    if len(parts) > 1 and not (_DETERMINER.match(parts[-1]) or parts[-1][:1].isupper()):
        return _CONNECTIVE.sub("", parts[0])
    if len(parts) == 2 and _DETERMINER.match(parts[0]) \
            and all(_PERSON_NAME.fullmatch(name) for name in re.split(r",\s*|\s+et\s+", parts[1].strip())):
        return parts[1].strip()  # « Le père et la mère, Jean et Anne, ont été entendus »: the names
    return subject


_PERSON_DETERMINER = re.compile(r"(?:le|la|l['’]|son|sa|leur|un|une|ce|cet|cette)(?:(?<=['’])|\b)", re.IGNORECASE)
"""What opens a noun for one person (« le chef des FARC »), not « des Finances »."""
_PLURAL_VERB = re.compile(r"(?:ont|sont|se\s+sont|s['’]étaient|avaient|étaient|seront|auront|vont|doivent|"
                          r"devraient|pourraient|se\s+[^\W\d_]+ent|[^\W\d_]+ent|[^\W\d_]+ont)\b", re.IGNORECASE)
"""A verb in the plural, for subjects joined by « et »."""


_COORDINATED = re.compile(r"^(?:et|mais|puis)\s+(?=(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|"
                          r"ces)\b|(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
"""A segment opening on a conjunction and a noun phrase: the subject of a second clause."""
_PROPER_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?: (?:[A-ZÀ-Ý][\w'’-]+|de|du|al|el|ben|bin|van|von|ibn)){0,4}")
_PERSON_NAME = re.compile(rf"(?:(?:M\.|Mme|Mlle|Me|Dr)\s+)?{_PROPER_NAME.pattern}")
"""A person's name, with the title news puts before it (« M. Durand »)."""


def _is_lead_phrase(segment: str, follows_one: bool) -> bool:
    """A phrase that says when, where or after what, in front of a clause's subject (« Au
    lendemain de la signature », « à Kinshasa »), or the complement of the one before it (« d'une
    déclaration commune »): no verb, so no subject of its own."""
    if _has_aux(segment) or _starts_with_verb(segment):
        return False
    return bool(_FRONTED.match(segment) and not _GOVERNED.match(segment)) or (
        follows_one and bool(_COMPLEMENT.match(segment)))


def _backward(before: list[tuple[str, str]]) -> str:
    """The clauses nearest before the date, enough of them to say something; an apposition right
    before it is passed over for the clause it describes a noun of (« a renoncé à inaugurer le
    Fébus, le nouveau bus de la ville, le 17 décembre »: the date is the inauguration's)."""
    while len(before) > 1 and _is_noun_phrase(before[-1][0]):
        before = before[:-1]
    taken: list[tuple[str, str]] = []
    for segment in reversed(before):
        taken.insert(0, segment)
        if _count_words(" ".join(t for t, _ in taken)) >= 5:
            break
    if not taken:
        return ""
    rest = before[: len(before) - len(taken)]
    text = taken[0][0]
    for piece, separator in taken[1:]:
        text += (separator or ", ") + piece
    connective = _CONNECTIVE.match(text)
    text = _CONNECTIVE.sub("", text)
    if (relative := _LEADING_RELATIVE.match(text)) and not _has_aux(relative["noun"]):
        # « à l'occasion du sommet qui se tiendra à Lima »: the relative is the clause, told of
        # its noun, with the article the connective held (« du » -> « le sommet »).
        swallowed = _SWALLOWED.search(connective.group()) if connective else None
        article = _ARTICLE_OF.get(" ".join(swallowed.group(1).lower().split()), "") if swallowed else ""
        text = f"{article}{relative['noun']} {relative['rest']}"
        return text[:1].upper() + text[1:]
    if rest and _starts_with_verb(text):
        subject = _subject(rest)
        # The clause before is a whole one (« Emmanuel Macron l'avait annulé …, et avait renoncé »):
        # the verb shares only its subject.
        subject = _subject_of(subject) or subject
        if subject:
            text = subject + " " + text
    return text


_LEADING_RELATIVE = re.compile(r"^(?P<noun>[^,;:«»]{1,60}?)\s+qui\s+(?P<rest>\S.*)$", re.DOTALL)
"""A noun phrase and the subject relative that tells something of it (« le sommet qui se tiendra »)."""
_SWALLOWED = re.compile(r"\b(du|des|de\s+la|de\s+l['’]|d['’])\s*$", re.IGNORECASE)
_ARTICLE_OF = {"du": "le ", "des": "les ", "de la": "la ", "de l'": "l'", "de l’": "l’", "d'": "", "d’": ""}
"""The article a connective's partitive (« à l'occasion du », « lors de la ») stood for."""


def _is_noun_phrase(text: str) -> bool:
    """A noun phrase set between commas after the noun it describes: a determiner first, no
    auxiliary, no relative pronoun, a dozen words at most (« le nouveau bus de la ville »)."""
    words = {w.lower() for w in _WORD.findall(text)}
    return (bool(_DETERMINER.match(text.strip())) and not words & _AUX and not words & _RELATIVE_WORDS
            and _count_words(text) <= 12)


_RELATIVE_WORDS = frozenset({"qui", "que", "qu", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})


def _count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _finish(title: str, limit: int, *, whole: bool = True) -> str:
    title = title.replace(_MARK, " ")
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"\s+([,.)…])", r"\1", title)
    title = re.sub(r"^[\s,;:.!?…\-–—«»\"“”'’()\[\]+]+", "", title)
    title = re.sub(r"[\s,;:\-–—(«\"“\[+.]+$", "", title)
    title = _balance_quotes(title)
    title = re.sub(r"^[Ll]['’]on\b", "on", title)  # « où l'on se bat » titled « On se bat »
    if len(title) > limit:
        title = _truncate(title, limit, whole=whole)
    return title[:1].upper() + title[1:]


def _truncate(title: str, limit: int, *, whole: bool = True) -> str:
    """A title cut to `limit`: before a subordinate clause when `whole` allows it and what comes
    before is a clause of its own (`_before_subordinate`), else at a word, with an ellipsis, no
    connective, article, auxiliary or date word left hanging (« ... signé lundi… », « ... le 10… »)."""
    title = _ROLE_BEFORE_NAME.sub("", title)  # « le président érythréen Prénom Nom » is « Prénom Nom »
    if len(title) <= limit:
        return title
    clause = _before_subordinate(title, limit) if whole else ""
    if clause:
        return clause
    cut = title.rfind(" ", 0, limit - 1)
    words = title[: cut if cut > 0 else limit - 1].split()
    while len(words) > 1 and (words[-1].lower().strip(",;:") in _TRAILING_WEAK or
                              words[-1].lower().endswith(("'", "’")) or
                              re.fullmatch(r"\d+(?:er|e)?[,;:]?", words[-1])):
        words.pop()
    text = " ".join(words).rstrip(" ,;:-–—«\"“")
    return _balance_quotes(text) + "…"


_SUBORDINATE = re.compile(r"(?:,\s+(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|en\s+[^\W\d_]+ant)"
                          r"|,?\s+(?:afin\s+de|afin\s+d['’]|alors\s+que|tandis\s+que))\b", re.IGNORECASE)
"""Where a clause gives way to what only comments it: a relative set off by a comma (« , qui avait
durablement marqué »), a gerund after a comma (« , en évoquant »), a purpose or a contrast. Not a
relative with no comma (« un accord qui prévoit une zone démilitarisée »): it tells which."""
_WHOLE_SHORTEST = 45
"""The fewest characters a clause cut before its subordinate may hold and still title alone."""


def _before_subordinate(title: str, limit: int) -> str:
    """A title too long, cut where a subordinate clause begins within the limit (« La conférence de
    Copenhague s'était achevée sur un échec retentissant, qui avait durablement… » is « … sur un
    échec retentissant »), when what comes before is a clause of its own, long enough to tell what
    happened and not left hanging; "" otherwise."""
    for m in reversed(list(_SUBORDINATE.finditer(title, 0, limit))):
        head = title[:m.start()].rstrip(" ,;:")
        if len(head) < _WHOLE_SHORTEST:
            return ""
        last = head.split()[-1].lower() if head.split() else ""
        if last in _TRAILING_WEAK or _DATE_WORDS.fullmatch(last) or head.count("«") != head.count("»"):
            continue
        if (_has_aux(head) or _has_tensed_verb(head)) and _is_clause(head):
            return head
    return ""


def _balance_quotes(text: str) -> str:
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return re.sub(r"\s+", " ", text).strip()
