"""The pieces of the finding grammar: words and numbers as patterns, and the head words.

The rules themselves, one declaration each, are in `rules.py`; they only find and name the pieces
of an expression (day, month, year, modifier...), and their handlers (`resolve.py`,
`relative.py`) decide what they mean. Every pattern is bounded in length and free of nested
quantifiers, so scanning stays linear in the size of the text whatever it holds.
"""

from __future__ import annotations

import _sre
import re
import re._compiler as _compiler
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from frise.temporal.lexicon import (
    APOSTROPHES,
    APPROXIMATE,
    DECADES,
    MONTH_SHORT,
    MONTH_SHORT_SPELLINGS,
    MONTHS,
    NUMBERS,
    WEEKDAYS,
    fold,
    regex_alternation,
)

AP = "[" + APOSTROPHES + "]"
SP = r"[ \t\u00a0\u202f]+"  # spaces within a line; an expression never spans a line break
OSP = r"[ \t\u00a0\u202f]*"

MONTH = "(?:" + regex_alternation(MONTHS) + "|" + regex_alternation(MONTH_SHORT) + r"\.)"
"""A month's name, or its abbreviation with its dot, with or without its accents (« févr. », « dec. »)."""
WEEKDAY = regex_alternation(WEEKDAYS)
DAY = r"(?<![\d,.])(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])(?!\d|,\d)"  # not "2,5"
# A day number standing alone ("le 16", "mercredi 13"), and what may follow it for it to be a day:
# punctuation, "et", a time or a part of the day, a preposition, not a noun ("le 3 rue...").
DAY_NUMBER = r"(?<![\d,.])(?:1er|1re|[12]\d|3[01]|0?[1-9])(?!\d|,\d)"
DAY_TAIL = (
    rf"(?={OSP}(?:[,;!?)»\n]|:(?!\d)|\.(?!\d)|$)"
    rf"|{SP}(?:et|ou|vers|avant|après|lors|dès|pour|entre|puis|devant|chez|face|selon|contre|au{SP}(?:soir|matin)"
    rf"|dans{SP}la{SP}(?:matinée|soirée|nuit|journée)|en{SP}(?:fin|début)"
    rf"|à{SP}(?:\d{{1,2}}{OSP}h|midi|minuit|l{AP}|[^\W\d])"
    # « la réunion du 7 a été annulée », « le sommet du 12 s'est ouvert »: the day is what the verb is about
    rf"|(?:a|avait|aura|avaient|ont){SP}été|sera|seront|serait|doit|devait|devrait|s{AP}(?:est|était|ouvrira|tiendra))"
    rf"(?![\w-]))"
)
YEAR4 = r"(?<![\d.,])(?:1\d{3}|20\d\d)(?![\d]|[.,]\d)"
# In a date, a month may also be an abbreviation without its dot when a year follows ("08 déc 2014",
# "4 au 22 janv, 1995"): "sept" alone is seven.
MONTH_IN_DATE = (rf"(?:{MONTH}|(?:{regex_alternation(MONTH_SHORT)})(?=,?[ \t\u00a0\u202f]*(?:1\d{{3}}|20\d\d)(?!\d)))")
YEAR_AFTER_MONTH = rf"(?:{YEAR4}|{AP}?\d\d(?![\d]|[.,]\d|{OSP}(?:h\b|heures?\b|%)))"
NUMBER = r"(?:\d{1,3}|" + regex_alternation([w for w in NUMBERS if len(w) > 1]) + ")"
APPROX_NUMBER = rf"une{SP}(?:{regex_alternation(APPROXIMATE)}){SP}d(?:e{SP}|{AP})"
"""« une quinzaine de », « une vingtaine d' » before a unit: a count about so many."""
LAST_NEXT = r"(?:derni[eè]re?s?|prochaine?s?|pass[ée]e?s?)"
PART = r"(?:d[ée]but|fin|milieu)"
DECADE = rf"(?:(?:19|20)?\d0(?!\d)|{regex_alternation(DECADES)})"
"""A decade as « les années … » gives it: « 1970 », « 70 », « soixante-dix »."""
SEASON = regex_alternation(["printemps", "été", "automne", "hiver"])
ORDINAL = regex_alternation(["premier", "première", "1er", "1re", "1ère", "deuxième", "2e", "2ème", "second",
                             "seconde", "troisième", "3e", "3ème", "quatrième", "4e", "4ème", "cinquième", "5e",
                             "5ème", "avant-dernier", "avant-dernière", "dernier", "dernière"])
NAMED_DAY = regex_alternation(["fête des pères", "fête des mères", "fête du travail", "fête nationale",
                               "fête de la musique", "jour de l'an"])


THAT_YEAR = (rf"(?:de{SP}|d{AP})(?P<thatyear>cette{SP}année-là|la{SP}même{SP}année"
             rf"|l{AP}année{SP}(?:suivante|précédente|d{AP}après|d{AP}avant))")
"""« (le 23 janvier) de cette année-là », « (en mars) de l'année suivante »: the year of the last
date mentioned, or the one after or before it."""


def named(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# A month named by reference to the article's: "de ce mois", "du mois prochain" (and the
# "cette mois" of machine translations, which costs nothing to read).
# « le 15 courant », « le 4 du courant »: administrative French for the reference's month.
MONTH_REF = (rf"(?:(?:de|du){SP})?(?:ce(?:tte)?{SP}mois(?:-ci)?|(?:le{SP})?mois{SP}(?:prochain|derni[eè]r|pass[ée])"
             # not the noun: « le 3 courant électrique », « un 2 courant d'air »
             rf"|courant(?![\w-])(?!{SP}(?:électrique|alternatif|continu|faible|fort|marin|politique|majoritaire"
             rf"|dominant|de|du|des|d{AP})))")


def day_month_year(suffix: str = "", referred: bool = False) -> str:
    """"4 mai", "4 mai 2017", "12 janvier, 2018", "23 novembre de 1987", "le 14-Juillet"; with
    `referred`, also "4 de ce mois", "23 du mois prochain" (group mref)."""
    named_month = (
        rf"(?:{SP}|-(?=[^\W\d]))" + named(f"month{suffix}", MONTH_IN_DATE)
        + rf"(?:(?:{SP}(?:de{SP}(?=\d{{4}}))?|,{OSP}(?=\d{{4}}))" + named(f"year{suffix}", YEAR_AFTER_MONTH) + ")?"
    )
    if referred:
        named_month = f"(?:{named_month}|{SP}" + named(f"mref{suffix}", MONTH_REF) + ")"
    return named(f"day{suffix}", DAY) + named_month


def month_part(suffix: str) -> str:
    """An optional début/mi/fin before a month: "fin mai", "début de septembre", "mi-juin"."""
    return (
        rf"(?:(?:(?:au|le|dans{SP}le|en){SP})?(?P<part{suffix}>{PART}|courant){SP}(?:du{SP}mois{SP})?(?:de{SP}|d{AP})?"
        rf"|(?:(?:à{SP})?la{SP})?(?P<mi{suffix}>mi){OSP}-?{OSP})?"
    )


_SUPERSCRIPTS = str.maketrans("ᵉʳ", "er")
"""The superscript letters of French ordinals, read as the letters: « 1ᵉʳ mars » is « 1er mars »,
« XXᵉ » « XXe », « 1ʳᵉ » « 1re »."""


def lowered(text: str) -> str:
    """The text in lower case, character for character, so that offsets stay valid; the
    superscript letters of ordinals as letters (`_SUPERSCRIPTS`)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowers to two
    if "ᵉ" in lower or "ʳ" in lower:  # translate() reads every character: only where they are
        lower = lower.translate(_SUPERSCRIPTS)
    return lower


# A metadata line such as " date 2017-07" opening a file: the article's date, not its text.
HEADER = re.compile(r"\A\s*date\s+\d{4}(?:-\d\d){0,2}(?!\d)", re.IGNORECASE)

# Every expression holds at least one head word, of one of these kinds. One pass finds them; each
# rule (rules.py) then runs only in the windows around heads of its kinds, so text without any (a
# digit run, "le le le") costs a single scan, and news text a few rules over a few words.


@dataclass(frozen=True)
class Head:
    """A kind of head word: its words, each with or without its accents (`words`) or only as
    written (`exact`), or a pattern of its own (`pattern`)."""

    name: str
    words: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    pattern: str | None = None


YEAR_NUMBER = Head("year", pattern=r"1\d{3}|20\d\d")
"""A number of four digits that may be a year (`YEAR4` as a word). The rules every match of which
holds one have it for their only head, and do not run around the other numbers."""
DIGITS = Head("digit", pattern=r"\d{1,4}(?:er|re|e|ème|eme|è)?")
NUMBER_HEADS = (YEAR_NUMBER, DIGITS)
"""Every number, for the rules that may hold any. A word is of one kind, the first given: a year
is of kind "year" (`YEAR_NUMBER` comes first), any other number of kind "digit"."""
MONTH_NAME = Head("month", words=tuple(MONTHS), exact=MONTH_SHORT_SPELLINGS)
WEEKDAY_NAME = Head("weekday", words=tuple(WEEKDAYS))
RELATIVE_DAY = Head("relative", words=("hier", "avant-hier", "demain", "après-demain", "aujourd'hui", "aujourd",
                                       "matin", "soir", "midi", "après-midi"))
ANAPHOR = Head("anaphor", words=("veille", "avant-veille", "lendemain", "surlendemain", "jour-là"))
SAME = Head("same", words=("même",))
"""« même » after a part of the day (« le soir même »): « soir » and « matin » are `RELATIVE_DAY`'s."""
UNIT = Head("unit", words=("jour", "jours", "semaine", "semaines", "week-end", "weekend", "an", "ans",
                           "année", "années", "heures"))
"""Units of time but the month; « heures » for whole days told in hours (« quarante-huit heures plus tard »)."""
MONTH_WORD = Head("month_word", words=("mois", "courant"))
"""« mois » (and « courant », « le 15 courant »), a kind of its own: the rules of days need it (« le 5
du mois prochain ») and no other unit."""
UNIT_HEADS = (UNIT, MONTH_WORD)
"""Every unit of time, for the rules that may hold any."""
CENTURY = Head("century", words=("siècle",))
DAY_HOURS = r"(?P<hours>24|48|72|96|vingt-quatre|quarante-huit|soixante-douze|quatre-vingt-seize)"
"""A count of hours that is a count of days (« quarante-huit heures plus tard » is two days on)."""
HOURS_IN_DAYS = {"24": 1, "48": 2, "72": 3, "96": 4, "vingt-quatre": 1, "quarante-huit": 2, "soixante-douze": 3,
                 "quatre-vingt-seize": 4}
SEASON_NAME = Head("season", words=("printemps", "été", "automne", "hiver"))
HOLIDAY = Head("holiday", words=("noël", "pâques", "pentecôte", "toussaint", "ascension", "assomption", "nouvel",
                                 "saint-sylvestre", "saint-valentin", "saint-jean", "saint-nicolas", "chandeleur",
                                 "armistice", "fête"))
PERIOD_PART = Head("part", words=("trimestre", "semestre", "quadrimestre", "quinzaine", "moitié"))


class Trigger:
    """Finds every head word of the given kinds in one scan, with the kind of each.

    The words of every kind make one trie (`regex_alternation`), tried once at each word start:
    a group per kind would make the engine try each kind's words in turn. The kind of a word is
    then looked up; a word of two kinds is of the first kind given."""

    def __init__(self, heads: Iterable[Head]) -> None:
        unique = {head.name: head for head in heads}
        self._kinds: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        patterns = [f"(?P<{h.name}>{h.pattern})" for h in unique.values() if h.pattern]
        words: list[str] = []
        for head in unique.values():
            for word in head.words:
                self._kinds.setdefault(fold(word), head.name)
            for word in head.exact:
                self._exact.setdefault(word, head.name)
            words += head.words
        if self._exact:
            patterns.append("(?P<_exact>" + "|".join(re.escape(w) for w in sorted(self._exact, key=len, reverse=True))
                            + ")")
        if words:
            patterns.append(regex_alternation(words))
        body = "(?:" + "|".join(patterns) + ")"
        first = first_characters(body)  # as in compile_rule: most word starts begin no head
        self.regex = searched_by_first_character(
            r"(?<![\w])" + (f"(?=[{first}])" if first else "") + body + r"(?![\w])")

    def heads(self, text: str, start: int = 0) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every head word of `text` from `start` on, in order."""
        return [(match.start(), match.end(), self._kind(match)) for match in self.regex.finditer(text, start)]

    def windows(self, text: str, start: int, reach: int) -> dict[str, list[list[int]]]:
        """For each kind, the stretches of `text` from `start` on within `reach` of its head
        words, merged where they touch ([low, high]; the engine then takes each end to the end
        of its word). One step per head, for every kind at once: dense text has one every few
        characters, so the kind of a word seen before is looked up inline."""
        by_kind: dict[str, list[list[int]]] = {}
        kinds = self._kinds
        for match in self.regex.finditer(text, start):
            kind = match.lastgroup or kinds.get(match.group()) or self._kind(match)
            if kind == "_exact":
                kind = self._kind(match)
            head_start, head_end = match.span()
            spans = by_kind.get(kind)
            if spans is None:
                by_kind[kind] = [[max(start, head_start - reach), head_end + reach]]
            elif head_start - reach <= spans[-1][1]:
                spans[-1][1] = head_end + reach  # heads come in order: the stretch only grows
            else:
                spans.append([head_start - reach, head_end + reach])
        return by_kind

    def _kind(self, match: re.Match[str]) -> str:
        """The kind of the head word `match` found."""
        kind = match.lastgroup
        if kind is None:
            word = match.group()
            kind = self._kinds.get(word)
            if kind is None:  # a spelling not met yet: its folded form is the key
                kind = self._kinds[word] = self._kinds[fold(word)]
        elif kind == "_exact":
            kind = self._exact[match.group()]
        return kind


def trigger(heads: Iterable[Head]) -> Trigger:
    """One scan finding every head word of the given kinds (`Trigger`)."""
    return Trigger(heads)


def compile_rule(pattern: str, starts_itself: bool = False) -> re.Pattern[str]:
    """A rule's pattern, whole words only. Rules run on the lower-cased text (see `lowered`):
    case-sensitive matching is several times faster than re.IGNORECASE, and the resolver reads
    case from the original text.

    Where the word start is checked is a matter of speed alone (the matches are the same): a
    regular expression that opens on a character, a class or a word is searched for at C speed,
    where one opening on a lookbehind is tried at every place. So a pattern that `starts_itself`
    checks the start of its word after its first character (`WORD_DIGIT`, `WORD_YEAR`); one
    opening on a word (`leading_word`) has it checked after that word, and one opening on a group
    of words after the first letter of each (`opening_words`). Any other has its word start
    checked first, then a lookahead for the characters it can begin with (`first_characters`),
    which turns most word starts away before its alternatives are tried one by one.

    A pattern of several alternatives (« hier|...|ce soir ») is a group first: both checks hold
    for each (« ce soir » inside « face soir », « veille » opening « veillée » are no dates)."""
    if _alternatives(pattern):
        pattern = f"(?:{pattern})"
    if starts_itself:
        return re.compile(pattern + r"(?![\w])")
    word = leading_word(pattern)
    if word:  # "en" of "en 98": the word itself, then the check of its start (as WORD_DIGIT does)
        return re.compile(word + rf"(?<![\w-]{word})" + pattern[len(word):] + r"(?![\w])")
    opened = opening_words(pattern)
    if opened:  # "le|du|au" of "(?P<intro>le|du|au) ...": the same, alternative by alternative
        return re.compile(opened + r"(?![\w])")
    first = first_characters(pattern)
    guard = f"(?=[{first}])" if first else ""
    return searched_by_first_character(r"(?<![\w-])" + guard + pattern + r"(?![\w])")


def searched_by_first_character(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled, and searched for only where its first character can stand.

    A pattern opening on lookarounds (« (?<![\\w-])(?=[dlm]) ») gets no optimisation block from
    the regular expression compiler: a search enters the matcher at every place of the text, and
    each of the ~40 rules does so over the whole of a dense text. When a lookahead for a class of
    characters comes first after the lookbehinds, every match begins on one of them; the class,
    compiled as the compiler compiles it (flags and all), becomes the block that lets the search
    step over every other character at C speed, as it does for a pattern opening on a class. The
    matches are the same: the places skipped are those where the lookahead fails. The pattern is
    parsed and compiled once, as `re.compile` does (`re._compiler.compile`); anything unexpected
    in the compiler's internals leaves it to `re.compile`."""
    try:
        parsed = _parser.parse(pattern, 0)
        code, _ = first_character_code(parsed)
        groupindex = parsed.state.groupdict
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        compiled: re.Pattern[str] = _sre.compile(pattern, parsed.state.flags, code, parsed.state.groups - 1,
                                                 groupindex, tuple(indexgroup))
    except Exception:  # a compiler of another shape: the plain pattern is as good
        return re.compile(pattern)
    return compiled


def first_character_code(parsed: Any) -> tuple[list[int], bool]:
    """The compiled code of a parsed pattern (`searched_by_first_character`), and whether it opens
    on the block that searches by the class of its first character."""
    flags = parsed.state.flags
    code: list[int] = _compiler._code(parsed, 0)
    charset = None
    for op, av in parsed.data:
        if op is _c.ASSERT_NOT and av[0] == -1:  # a lookbehind: zero width, checks what is before
            continue
        if op is _c.ASSERT and av[0] == 1 and len(av[1].data) == 1 and av[1].data[0][0] is _c.IN:
            charset = av[1].data[0][1]
        break
    if charset is None or code[0] is not _c.INFO or code[2] != 0 \
            or flags & (re.IGNORECASE | re.LOCALE | re.DEBUG):  # or a block of the compiler's own
        return code, False
    optimized, cased = _compiler._optimize_charset(charset)
    if cased:
        return code, False
    info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(optimized, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:], True


def _alternatives(pattern: str) -> bool:
    """Whether `pattern` is an alternation at its top level (« ab|cd », not « (?:ab|cd)e »)."""
    data = _parser.parse(pattern).data
    return len(data) == 1 and data[0][0] is _c.BRANCH


def leading_word(pattern: str) -> str:
    """The letters `pattern` opens on, as it writes them, that every match begins with ("dans"
    of "dans[ ]+la"; "" for "(?:le|du)", for "ab|cd", and "a" for "ab?")."""
    leading = 0
    for op, av in _parser.parse(pattern).data:
        if op is not _c.LITERAL or leading >= len(pattern) or pattern[leading] != chr(av) \
                or not pattern[leading].isalpha():
            break
        leading += 1
    return pattern[:leading]


_OPENING_GROUP = re.compile(r"\((?:\?P<\w+>|\?:)")
_QUANTIFIERS = "?*+{"


def opening_words(pattern: str) -> str | None:
    """`pattern` with its word start checked after the first letter of each alternative of the
    group it opens on ("(?P<intro>l(?<![\\w-]l)e|d(?<![\\w-]d)u)" for "(?P<intro>le|du)"), which
    matches what "(?<![\\w-])" before it does; None unless the group is always there and each of
    its alternatives opens on a letter that is always there."""
    opening = _OPENING_GROUP.match(pattern)
    if not opening:
        return None
    found = _group_alternatives(pattern)
    if found is None:
        return None
    close, bars = found
    if pattern[close + 1:close + 2] in tuple(_QUANTIFIERS):
        return None  # an optional group: what follows it may open the match
    edges = [opening.end(), *(bar + 1 for bar in bars), close + 1]
    alternatives = [pattern[low:high - 1] for low, high in zip(edges, edges[1:])]
    if not all(alt[:1].isalpha() and alt[1:2] not in tuple(_QUANTIFIERS) for alt in alternatives):
        return None
    checked = [alt[0] + rf"(?<![\w-]{alt[0]})" + alt[1:] for alt in alternatives]
    return pattern[:opening.end()] + "|".join(checked) + pattern[close:]


def _group_alternatives(pattern: str) -> tuple[int, list[int]] | None:
    """Where the group opening `pattern` closes, and the places of the bars parting its own
    alternatives (not those of the groups inside it, nor a bar in a class or escaped)."""
    depth = 0
    bars: list[int] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1:index + 2] == "^":
                index += 1
            if pattern[index + 1:index + 2] == "]":  # a « ] » opening a class is one of its characters
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index, bars
        elif char == "|" and depth == 1:
            bars.append(index)
        index += 1
    return None


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_SPACE: r"\s"}


def first_characters(pattern: str) -> str | None:
    """The characters every match of `pattern` can begin with, as the inside of a character
    class ("acdjlà", "\\d" for digits), read off its syntax; None when the analysis cannot tell
    (a pattern that may match nothing, a negated class, any character, flags of its own). It may
    say more characters than can begin a match, never fewer."""
    try:
        parts, may_be_empty = _first(_parser.parse(pattern).data)
    except _Unknown:
        return None
    return None if may_be_empty or not parts else "".join(sorted(parts))


class _Unknown(Exception):
    """Raised where `_first` cannot tell which characters a match begins with."""


def _first(items: Iterable[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The class parts of the characters a match of the sequence `items` can begin with, and
    whether the sequence can match nothing at all (then what follows it may begin the match)."""
    parts: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            parts.add(re.escape(chr(av)))
            return parts, False
        if op is _c.IN:
            for member, value in av:
                if member is _c.LITERAL:
                    parts.add(re.escape(chr(value)))
                elif member is _c.RANGE:
                    parts.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif member is _c.CATEGORY and value in _CATEGORIES:
                    parts.add(_CATEGORIES[value])
                else:  # a negation, or a category without a class escape
                    raise _Unknown
            return parts, False
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # reads no character: the next item begins the match
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group, with no flags of its own
            inner, may_be_empty = _first(av[3])
        elif op is _c.BRANCH:
            inner, may_be_empty = set(), False
            for alternative in av[1]:
                own, empty = _first(alternative)
                inner |= own
                may_be_empty = may_be_empty or empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            inner, may_be_empty = _first(av[2])
            may_be_empty = may_be_empty or av[0] == 0
        else:
            raise _Unknown
        parts |= inner
        if not may_be_empty:
            return parts, False
    return parts, True


# A digit, or a year, opening a word, its word start checked after its first character: a
# pattern that begins by consuming a character of a class lets the regular expression engine skip
# at C speed to the places holding one, where a leading lookbehind is tried at every place.
WORD_DIGIT = r"\d(?<![\w-]\d)"
WORD_YEAR = r"[12](?<![\w.,-][12])(?:(?<=1)\d{3}|(?<=2)0\d\d)(?![\d]|[.,]\d)"
"""`YEAR4` opening a word."""


def needed_words(pattern: str) -> tuple[re.Pattern[str], ...]:
    """Strings without which `pattern` cannot match, read off its syntax: one pattern per set of
    alternatives, and every match holds a string of each ("dans" for "dans la nuit du 2 au 3
    mars"; "de", "du" or "entre" for "de lundi à mercredi"). A stretch holding none of one set
    needs no scan (a dense list of numbers has no "entre", no "nuit", no month), which the
    engine checks with one fast search per set. Only what the match itself consumes, or a
    lookahead within the stretch sees, counts, and a class of letters or digits written out
    (« [1-9] ») counts as the characters it lists; anything the analysis does not follow (a
    category such as « \\d », an optional part, a back reference) is simply no requirement.
    Each set is searched once, though a pattern may need it twice (« du 2 au 3 »: two days)."""
    sets = dict.fromkeys(_needed(_parser.parse(pattern).data))
    return tuple(re.compile(literal_trie(words)) for words in sets if not all(w.isspace() for w in words))


def literal_trie(words: Iterable[str]) -> str:
    """A pattern found in a text exactly where one of `words` is, for a search that only asks
    whether one is (`needed_words`). A word holding another (« 1er » holds « 1 ») is left out,
    the other being found wherever it is; the rest is written as a trie (« d(?:['’]apr|ès) »),
    characters whose words go on alike as one class (« d['’]apr »): a plain alternation is tried
    branch after branch at every place the search stops at, which for the thirteen apostrophes
    of « d'après » is thirteen tests at every « d » of a text of weekdays, where the trie reads
    each character once."""
    unique = set(words)
    kept = [w for w in unique if not any(w[i:j] in unique for i in range(len(w)) for j in range(i + 1, len(w) + 1)
                                         if j - i < len(w))]
    trie: dict[str, dict] = {}
    for word in kept:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_WORD_ENDS] = {}
    return _render_literal(trie, first=True)


_WORD_ENDS = ""
"""The key marking, in a node of `literal_trie`, that a word ends there (no character is "")."""


def _render_literal(node: dict[str, dict], first: bool = False) -> str:
    """The pattern of the words below `node` of `literal_trie`'s trie. The `first` characters
    make a class only when they all do: alternatives that each open on a character give the
    search its block of first characters, which one opening on a class would take away (the
    compiler's `_get_charset_prefix`), and the search would try the pattern at every place."""
    tails: dict[str, list[str]] = {}
    for char, child in sorted(node.items()):
        if char != _WORD_ENDS:
            tails.setdefault(_render_literal(child), []).append(char)
    groups = [(chars, tail) for tail, chars in tails.items()]
    if first and len(groups) > 1:
        groups = [([char], tail) for chars, tail in groups for char in chars]
    branches = [(re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(map(re.escape, chars)) + "]") + tail
                for chars, tail in groups]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _WORD_ENDS in node else body


_MOST_WORDS = 32  # past this, a set of alternatives (or of spellings) costs more than it saves


def _needed(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The sets of strings one of each of which every match of the sequence `items` holds."""
    found: list[frozenset[str]] = []
    run = [""]  # the spellings of the literal text read so far ("[eé]t" gives "et", "ét")
    for op, av in items:
        if op is _c.LITERAL:
            run = [r + chr(av) for r in run]
            continue
        chars = _class_characters(av) if op is _c.IN else None
        if chars is not None and len(chars) * len(run) <= _MOST_WORDS:
            run = [r + c for r in run for c in chars]
            continue
        if run != [""]:
            found.append(frozenset(run))
        run = [""]
        if op is _c.SUBPATTERN and not av[1]:  # a group, with no flags of its own
            found += _needed(av[3])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _needed(av[2])
        elif op is _c.ASSERT and av[0] == 1:  # a lookahead (a lookbehind may look before the stretch)
            found += _needed(av[1])
        elif op is _c.BRANCH:
            either: set[str] = set()
            for alternative in av[1]:
                own = _needed(alternative)
                if not own:
                    break
                either |= max(own, key=lambda words: (min(map(len, words)), -len(words)))
            else:
                if len(either) <= _MOST_WORDS:
                    found.append(frozenset(either))
    if run != [""]:
        found.append(frozenset(run))
    return found


def _class_characters(items: Iterable[tuple[Any, Any]]) -> list[str] | None:
    """The characters a class of letters and ranges matches ("[ée]", "[1-9]": a day number needs
    one of its digits, which a list of month or weekday names lacks), or None for a class holding
    anything else: a category (« \\d » matches the digits of every script), a negation."""
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MOST_WORDS:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars


# How far an expression reaches from its nearest head: the farthest are the openings of "dans la
# nuit de jeudi..." and "à compter du ..." (about 20 characters) and the tails "2017 derniers".
WINDOW = 48
