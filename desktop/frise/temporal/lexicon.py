"""French temporal vocabulary, taken from dateparser's French locale where it has it.

dateparser's `fr` locale is a maintained list of month and weekday names with their variants; we
take the full names and the dotted abbreviations from it, but never its two-letter abbreviations
("sa", "je", "me", "lu"): in running text those are pronouns and articles, and they are why
`search_dates` reads "la veille" as a Saturday. Number words come from the same locale's
simplifications, so "il y a trois jours" and "il y a 3 jours" read alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateparser.data.date_translation_data import fr as _dateparser_fr

from frise.text.folding import APOSTROPHES as APOSTROPHES
from frise.text.folding import fold as fold

_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# The apostrophes and the fold are the text layer's: lower case without accents and with a plain
# apostrophe, the key every lookup uses.


def _names(key: str, min_length: int) -> list[str]:
    return [name for name in _dateparser_fr.info[key] if len(name) >= min_length]


def _with_unaccented(names: list[str]) -> set[str]:
    return {variant for name in names for variant in (name, fold(name))}


# Month name (folded) -> month number. Full names from dateparser, plus accent-less spellings
# that news wires use ("fevrier", "aout", "decembre").
MONTHS: dict[str, int] = {}
for _number, _key in enumerate(_MONTH_KEYS, start=1):
    _full = max(_names(_key, 3), key=len)  # "septembre", not its abbreviations "sept" and "sep"
    for _name in _with_unaccented([n for n in _names(_key, 3) if n == _full or n == "août"]):
        MONTHS[fold(_name)] = _number
# Abbreviations are only safe with their dot ("sept." is a month, "sept" is seven).
MONTH_ABBREVIATIONS: dict[str, int] = {
    fold(name) + ".": number
    for number, key in enumerate(_MONTH_KEYS, start=1)
    for name in _names(key, 3)
    if len(name) < 5 and fold(name) not in MONTHS and name not in ("mars", "mai", "juin", "août")
}

# The same abbreviations without their dot ("déc 2014", "janv, 1995"): safe only before a year.
MONTH_SHORT: dict[str, int] = {name[:-1]: number for name, number in MONTH_ABBREVIATIONS.items()}

# The abbreviations as they are written, accents and all, and folded: "févr", "fevr", "déc", "aoû".
MONTH_SHORT_SPELLINGS: tuple[str, ...] = tuple(sorted(
    {variant for key in _MONTH_KEYS for name in _names(key, 3) if fold(name) in MONTH_SHORT
     for variant in (name, fold(name))}, key=lambda n: (-len(n), n)))



def month_number(word: str) -> int:
    """The month a name or abbreviation names: "mai", "Décembre", "juil.", "déc"."""
    key = fold(word)
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key) or MONTH_SHORT[key]


WEEKDAYS: dict[str, int] = {
    fold(name): index
    for index, key in enumerate(_WEEKDAY_KEYS)
    for name in _names(key, 5)
}

# Number words, from dateparser's simplifications ({"trois": "3"}, ...), plus the articles.
NUMBERS: dict[str, int] = {"un": 1, "une": 1, "quelques": 3}
for _rule in _dateparser_fr.info["simplifications"]:
    for _word, _digits in _rule.items():
        if re.fullmatch(r"[a-zé]+", _word) and _digits.isdigit():
            NUMBERS[_word] = int(_digits)
NUMBERS.update({"sept": 7, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
                "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70, "septante": 70,
                "quatre-vingts": 80, "quatre-vingt-dix": 90, "cent": 100})

NAMED_DAYS: dict[tuple[int, int], int] = {(11, 9): 2001, (13, 11): 2015}
"""Days French news names what happened on them by, written hyphened and capitalised: « les
attentats du 11-Septembre » (2001), « les victimes du 13-Novembre » (2015). Their year is that
one, as a name's; the feasts written the same way (« le 14-Juillet », « le 1er-Mai ») are not
here: they come back every year."""

APPROXIMATE: dict[str, int] = {
    "huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}
"""A count about so many, as « une quinzaine de jours », « une vingtaine d'années » give it: read
as that number (« il y a une dizaine de jours » is ten days back)."""

DECADES: dict[str, int] = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70, "septante": 70,
    "quatre-vingt": 80, "quatre-vingts": 80, "huitante": 80, "quatre-vingt-dix": 90, "nonante": 90,
}
"""A decade in words, as « les années soixante » names it (Belgian and Swiss forms too)."""

SEASONS: dict[str, str] = {"printemps": "SP", "ete": "SU", "automne": "FA", "hiver": "WI"}

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "m": 1000}


def roman_to_int(numeral: str) -> int | None:
    letters = numeral.lower()
    if not letters or any(c not in ROMAN for c in letters):
        return None
    values = [ROMAN[c] for c in letters]
    total = 0
    for current, following in zip(values, values[1:] + [0]):
        total += -current if current < following else current
    return total


def regex_alternation(words: Iterable[str]) -> str:
    """An alternation that accepts each word with or without its accents, longest first.

    It is written as a trie (« m(?:[aàâä](?:rs|[iîï])|...) »): the regular expression engine
    tries an alternation's branches one after the other at every place it is tried, so forty
    month spellings side by side cost forty tests where the trie costs one per letter read.
    The language and the preference are those of the plain alternation: the symbols leaving one
    node match disjoint characters, so at most one branch can go on, and a word that ends where
    a longer one goes on is tried after it (the optional tail is greedy)."""
    variants: set[str] = set()
    for word in words:
        variants.add(word)
        variants.add(fold(word))
    trie: dict[str, dict] = {}
    for word in variants:
        node = trie
        for symbol in _symbols(word):
            node = node.setdefault(symbol, {})
        node[_END] = {}
    return "(?:" + _render(trie) + ")"


_END = ""
"""The key marking, in a trie node, that a word ends there."""

_ACCENTED = "aàâäeéèêëiîïoôöuùûücç"


def _symbols(word: str) -> list[str]:
    """The pattern of each character of `word`: the class of its accented forms for a vowel or
    a c, any apostrophe for an apostrophe, the character itself otherwise."""
    symbols = []
    for char in word:
        base = fold(char)
        if base != char or char in "aeiouc":
            accented = {c for c in _ACCENTED if fold(c) == base}
            symbols.append("[" + "".join(sorted(accented)) + "]" if len(accented) > 1 else re.escape(char))
        elif char == "'":
            symbols.append("[" + APOSTROPHES + "]")
        else:
            symbols.append(re.escape(char))
    return symbols


def _depth(node: dict[str, dict]) -> int:
    return max((1 + _depth(child) for symbol, child in node.items() if symbol != _END), default=0)


def _render(node: dict[str, dict]) -> str:
    """The pattern of what may follow `node`: its branches, longest first, optional where a word
    ends."""
    branches = sorted((symbol for symbol in node if symbol != _END),
                      key=lambda symbol: (-_depth(node[symbol]), symbol))
    if not branches:
        return ""
    parts = [symbol + _render(node[symbol]) for symbol in branches]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if _END in node:
        return (body if len(parts) > 1 else "(?:" + body + ")") + "?"
    return body
