"""Content words of a passage, crudely stemmed, for telling whether two passages report the same thing.

Merging needs "ont signé un mémorandum" and "la signature du mémorandum" to share words, so words
lose their accents, elisions, plural and common derivational endings ("signé", "signature",
"signer" -> "sign"; "création", "créer" -> "cre"). Function words, dates and reporting verbs carry
no event, so they are dropped. This is deliberately cheap: it runs for every sentence of every
imported article, and a real stemmer would not change which passages merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from frise.resources import read_table, resource_path
from frise.text.folding import strip_accents
from frise.text.french import FOLDED_MONTHS, MONTHS, WEEKDAYS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_NOISE = re.compile(r"https?://\S+|\b\S+\.(?:com|fr|org|net|co|ly)/\S*|@\w+", re.IGNORECASE)
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]")

# Longest first; applied once after the plural is removed.
_SUFFIXES = tuple(
    sorted(
        (
            "issements issement ations ation atrices atrice ateurs ateur atures ature ements ement "
            "ments ment ances ance ences ence euses euse eux ites ite istes iste ismes isme ables "
            "able iques ique ives ive ifs if ions ion aient ait ant ante antes ees ee es e er ez ir "
            "ie ies aires aire"
        ).split(),
        key=len,
        reverse=True,
    )
)

_STOP = frozenset(
    """
    a à afin ai aie ainsi alors apres après assez au aucun aucune aujourd aupres auprès aussi autre
    autres aux avaient avais avait avant avec avoir ayant bien bon c ça car ce ceci cela celle celles
    celui cependant certain certaine certaines certains ces cet cette ceux chaque chez ci comme
    comment contre d dans de dela depuis des dès desormais désormais deux doit doivent donc dont du
    durant elle elles en encore entre est et etaient étaient etait était etant étant ete été etre
    être eu eux fait faire fois font hors il ils j je jusqu jusque l la laquelle le lequel les
    lesquels leur leurs lors lorsque lui m ma mais me meme même memes mêmes mes moins mon n ne ni
    non nos notre nous on ont or ou où par parce parmi pas pendant peu peut peuvent plus plusieurs
    pour pourquoi pourrait pourraient pouvoir puis qu quand que quel quelle quelles quels qui quoi
    s sa sans se selon sera seraient serait seront ses si sien soit son sont sous sur t ta tant
    te tes toi ton tous tout toute toutes tres très trop tu un une unes uns va vers via voici voila
    voilà vont vos votre vous y
    jour jours semaine semaines mois an ans annee année annees années debut début fin mi veille lendemain hier demain
    aujourd'hui matin soir nuit midi heure heures dernier derniere dernière prochain prochaine
    premier premiere première second seconde date
    declare déclaré declare déclarer annonce annoncé affirme affirmé indique indiqué souligne
    souligné ajoute ajouté estime estimé precise précisé rappele rappelé explique expliqué dit
    dire a-t-il a-t-elle ont-ils selon source sources
    """.split()
) | frozenset((*MONTHS, *FOLDED_MONTHS, *WEEKDAYS))




@lru_cache(maxsize=65536)
def stem(word: str) -> str | None:
    """The crude stem of one word, or None for a word that says nothing about an event; a word
    news uses for another (`resources/events/synonyms.tsv`: « trêve », « cessez-le-feu ») takes
    that one's stem."""
    bare = _stem(word)
    return _SYNONYMS.get(bare, bare) if bare is not None else None


def _stem(word: str) -> str | None:
    lowered = word.lower().replace("’", "'")
    lowered = _ELISION.sub("", lowered)
    if lowered in _STOP or len(lowered) < 3:
        return None
    bare = strip_accents(lowered).replace("'", "")
    if bare in _STOP:
        return None
    if len(bare) > 4 and bare[-1] in "sx" and not _SINGULAR_S.search(bare):
        bare = bare[:-1]
    for suffix in _SUFFIXES:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
            bare = bare[: -len(suffix)]
            break
    if bare.endswith("nn"):
        bare = bare[:-1]  # « iranienne » as « iranien », « personne » as « person »
    return bare[:8]


_SINGULAR_S = re.compile(r"[ao]is$")
"""A masculine singular that ends in « s » (« chinois », « français »): its « s » is not a
plural's, so « chinois » and « chinoise(s) » share their stem."""


def _synonyms() -> dict[str, str]:
    """Each synonym's stem -> the stem of the first word of its line. A phrase (« cessez-le-feu »,
    « cessation des hostilités ») counts by its first content word's stem."""
    table: dict[str, str] = {}
    for row in read_table(resource_path("events", "synonyms.tsv"), ("words",)):
        stems = [found for phrase in row["words"].split("|") if (found := _phrase_stem(phrase))]
        for other in stems[1:]:
            table.setdefault(other, stems[0])
    return table


def _phrase_stem(phrase: str) -> str | None:
    return next((found for word in _WORD.findall(phrase) if (found := _stem(word))), None)


_SYNONYMS = _synonyms()


def _country_terms(column: str) -> dict[str, str]:
    """The term of each one-word name in `column` of the gazetteer's `country_extras.tsv` (its
    capitals or its demonyms) -> its country's term. Outlets place one happening in the country
    or in its capital (« des discussions en Jordanie », « les discussions d'Amman »), and name the
    country or its adjective (« les pourparlers tenus en Chine », « la médiation chinoise »)."""
    names = {row["key"]: row["name"] for row in read_table(resource_path("actors", "countries.tsv"),
                                                              ("key", "name", "aliases"))}
    table: dict[str, str] = {}
    for row in read_table(resource_path("actors", "country_extras.tsv"),
                              ("key", "demonyms", "capitals", "aliases")):
        words = _WORD.findall(names.get(row["key"], ""))
        if not words:
            continue
        term = stem(words[0]) if len(words) == 1 else strip_accents(" ".join(words).lower())
        for name in filter(None, row[column].split("|")):
            name_words = _WORD.findall(name)
            if term and len(name_words) == 1 and (name_term := stem(name_words[0])):
                table.setdefault(name_term, term)
    return table


_COUNTRY_OF_CAPITAL = _country_terms("capitals")  # « Amman » -> « jordan »
_COUNTRY_OF_DEMONYM = _country_terms("demonyms")  # « chinoise » -> « chin »


def terms(text: str, skip: Iterable[tuple[int, int]] = ()) -> frozenset[str]:
    """The stems of `text`'s content words, ignoring the character spans in `skip`.

    A run of capitalised words ("Salt Lake City", "Wall Street Journal") is one name, so one
    term: otherwise a single place would count as three words in common.
    """
    text = _blank(_blank(text, skip), (m.span() for m in _NOISE.finditer(text)))
    found: set[str] = set()
    name: list[str] = []
    name_end = -1
    for match in _WORD.finditer(text):
        word = match.group()
        capitalised = word[:1].isupper() and word.lower() not in _STOP
        if capitalised and name and text[name_end : match.start()] in (" ", "-"):
            name.append(word)
            name_end = match.end()
            continue
        _add_name(found, name)
        name, name_end = ([word], match.end()) if capitalised else ([], -1)
        if not capitalised and (stemmed := stem(word)):
            # « les négociations d'Amman »: a capital behind an elision still stands for its country
            found.add(_COUNTRY_OF_CAPITAL.get(stemmed, stemmed) if _ELIDED_NAME.match(word)
                      else _COUNTRY_OF_DEMONYM.get(stemmed, stemmed))
    _add_name(found, name)
    return frozenset(found)


_ELIDED_NAME = re.compile(r"[dlDL]['’](?-i:[A-ZÀ-Ý])")


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the given spans turned to spaces (same length, so offsets still hold)."""
    pieces, position = [], 0
    for start, end in sorted(spans):
        start, end = max(start, position), max(end, position)
        pieces += [text[position:start], " " * (end - start)]
        position = end
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def _add_name(found: set[str], name: list[str]) -> None:
    if len(name) == 1:
        stemmed = stem(name[0])
        if stemmed:
            found.add(_COUNTRY_OF_CAPITAL.get(stemmed, _COUNTRY_OF_DEMONYM.get(stemmed, stemmed)))
    elif name:
        found.add(strip_accents(" ".join(name).lower()))
