"""Who a text talks about: countries, organisations, institutions, leaders and armed groups.

The names live in editable TSV files under `resources/actors/` (see resources/README.md), so a
user fixes a missed spelling without touching code. Recognition is one pass of one compiled regex
over an accent-folded, lowercased copy of the text: the regex is built as a trie of every alias,
so its cost barely grows with the gazetteer; what it finds is then checked against the case the
alias was written in, because "EI" and "Chili" are names only when capitalised.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Literal

from frise.resources import read_table, resource_path

Kind = Literal["country", "organisation", "institution", "leader", "group"]
KINDS: tuple[str, ...] = ("country", "organisation", "institution", "leader", "group")
IGNORE = "ignore"
DATA_FILES = ("countries.tsv", "country_extras.tsv", "actors.tsv")
COLUMNS = ("key", "kind", "name", "aliases", "demonyms", "capitals", "country", "role", "members")
_PREFIX_KINDS = {
    "country": "country",
    "org": "organisation",
    "inst": "institution",
    "leader": "leader",
    "group": "group",
    "ignore": IGNORE,
}
_KEY = re.compile(r"^[a-z]+:[\w.-]+$")


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor. `country` relates it to the state (or organisation) it belongs to or speaks
    for: inst:kremlin -> country:RU, leader:de-mistura -> org:onu; a country is its own."""

    key: str
    name: str
    kind: Kind
    country: str | None = None
    role: str | None = None
    members: tuple[str, ...] = ()
    """For a group of states that acts as its members (« le groupe 5+1 », « le format Normandie »):
    their keys. A mention of the group is a mention of each of them."""


MentionKind = Literal["actor", "place", "nationality", "precedent"]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """`text[start:end]` names `actor`; "Moscou" and "russe" name country:RU.

    `kind` says what the name does there: "actor" (the actor takes part: « la Russie a signé »,
    « le président russe », « Moscou a annoncé »), "place" (only where something happens:
    « réunis à Moscou », « les consultations organisées en Suède », « la capitale autrichienne »,
    « (heure de Paris) »), "nationality" (the nationality of a person named next to it:
    « le Britannique Martin Griffiths ») or "precedent" (a state named as the ones before it in a
    ranking: « le troisième pays arabe à reconnaître Israël, après l'Égypte et la Jordanie »).
    `Gazetteer.find` gives the actors only."""

    start: int
    end: int
    text: str
    actor: Actor
    kind: MentionKind = "actor"


class GazetteerError(ValueError):
    """A data file that cannot be read as intended, with the file and line to fix."""


# --- Folding: same length as the input, so offsets found in the folded text hold in the original.

def _fold_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for codepoint in range(0xC0, 0x2000):
        decomposed = unicodedata.normalize("NFD", chr(codepoint))
        if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
            table[chr(codepoint)] = decomposed[0]
    for apostrophe in "\u2019\u2018\u02bc\u00b4`\u2032":
        table[apostrophe] = "'"
    for space in "-\u2010\u2011\t\n\r\v\f\u00a0\u2002\u2003\u2007\u2009\u200a\u202f":
        table[space] = " "  # "Maison-Blanche" is "Maison Blanche", across line breaks too
    return table


_FOLD = _fold_table()
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD)) + "]")  # faster than str.translate
_SPACES = re.compile(" +")


def fold(text: str) -> str:
    """Strip accents, unify apostrophes, turn hyphens and whitespace into spaces; keep length."""
    return _FOLDABLE.sub(lambda match: _FOLD[match.group()], text)


def _lower(folded: str) -> str:
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few characters lowercase to two; keep those as they are
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return lowered


def normalize_alias(alias: str) -> str:
    """The form an alias is compared in: folded, single spaces, case kept."""
    return _SPACES.sub(" ", fold(alias)).strip()


# --- Reading the TSV files.

def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: value}) for each data row; `#` lines and blank lines are skipped."""
    header: list[str] | None = None
    with open(path, encoding="utf-8-sig") as stream:
        for number, line in enumerate(stream, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if header is None:
                header = [cell.lower() for cell in cells]
                unknown = [c for c in header if c not in COLUMNS]
                if "key" not in header or unknown:
                    raise GazetteerError(
                        f"{path}:{number}: the header must name a 'key' column and only these: "
                        f"{', '.join(COLUMNS)} (separated by tabs); got {cells!r}"
                    )
                continue
            if len(cells) > len(header):
                raise GazetteerError(
                    f"{path}:{number}: {len(cells)} cells for {len(header)} columns"
                )
            yield number, dict(zip(header, cells + [""] * (len(header) - len(cells))))


@dataclass
class _Draft:
    key: str
    kind: str
    name: str
    country: str = ""
    role: str = ""
    members: str = ""
    where: str = ""


@dataclass
class _Claim:
    """Who owns an alias: the last row to name it, so later files override earlier ones."""

    order: int
    key: str
    written: str
    via: str = "name"  # the column that gave it: name, aliases, demonyms or capitals


@dataclass
class _Builder:
    drafts: dict[str, _Draft] = field(default_factory=dict)
    claims: dict[str, _Claim] = field(default_factory=dict)
    claimed: int = 0

    def add_file(self, path: Path) -> None:
        for number, row in read_rows(path):
            self.add_row(row, f"{path}:{number}")

    def add_row(self, row: dict[str, str], where: str) -> None:
        key = row.get("key", "")
        if not _KEY.match(key):
            raise GazetteerError(f"{where}: key {key!r} should look like 'org:otan' (prefix:name)")
        kind = row.get("kind", "") or _PREFIX_KINDS.get(key.split(":", 1)[0], "")
        if kind and kind not in KINDS and kind != IGNORE:
            raise GazetteerError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}, ignore")
        cells = [("name", row.get("name", ""))]
        for column in ("aliases", "demonyms", "capitals"):
            cells += [(column, name) for name in row.get(column, "").split("|")]
        named = [(column, name.strip()) for column, name in cells if name.strip()]
        draft = self.drafts.get(key)
        if draft is None:
            if not kind or not named:
                raise GazetteerError(f"{where}: new key {key!r} needs a kind and a name")
            draft = self.drafts[key] = _Draft(key, kind, named[0][1], where=where)
        for column in ("kind", "name", "country", "role", "members"):
            if row.get(column):
                setattr(draft, column, row[column])
        if row.get("country"):
            draft.where = where
        for column, written in named:
            if form := normalize_alias(written):
                self.claimed += 1
                self.claims[form] = _Claim(self.claimed, key, written, column)

    def actors(self) -> dict[str, Actor]:
        actors = {}
        for draft in self.drafts.values():
            if draft.kind == IGNORE:
                continue
            country = draft.key if draft.kind == "country" else draft.country or None
            if country and (country not in self.drafts or self.drafts[country].kind == IGNORE):
                raise GazetteerError(
                    f"{draft.where}: {draft.key} refers to unknown key {country!r}"
                )
            kind: Kind = draft.kind  # type: ignore[assignment]  # checked in add_row
            members = tuple(member.strip() for member in draft.members.split("|") if member.strip())
            for member in members:
                if member not in self.drafts or self.drafts[member].kind == IGNORE or self.drafts[member].members:
                    raise GazetteerError(f"{draft.where}: {draft.key} has for member unknown key {member!r}")
            actors[draft.key] = Actor(draft.key, draft.name, kind, country, draft.role or None, members)
        return actors


# --- The trie regex.

_END = ""


def _trie(keys: Iterable[str]) -> dict:
    root: dict = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _trie_pattern(node: dict) -> str:
    branches = [
        (" +" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body  # greedy: the longer alias is tried first


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True, slots=True)
class _Entry:
    """An alias as written after folding, the capitals it requires, and whom it names."""

    form: str
    capitals: tuple[tuple[int, str], ...]
    actor: Actor | None  # None: an "ignore" phrase
    via: str = "name"

    def accepts(self, folded_span: str) -> bool:
        compact = _SPACES.sub(" ", folded_span)
        return len(compact) == len(self.form) and all(compact[i] == c for i, c in self.capitals)



# --- Cues: the words around a name that say what it is (resources/actors/cues.tsv).

CUES_FILE = "cues.tsv"
CUE_CLASSES = (
    "role", "honorific", "ministry", "people", "states", "venue", "meeting", "locative",
    "locative-country", "complement", "nonperson", "agreement", "gathering", "incident", "war", "sides", "seat",
    "compound", "private",
)
_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}


def _cue_form(phrase: str) -> str:
    """How a cue is compared: folded, lowercase, single spaces."""
    return _SPACES.sub(" ", _lower(fold(phrase))).strip()


def _plain_form(phrase: str) -> str:
    """How a cue compares with `_Text.plain`: lowercase, one apostrophe, accents kept."""
    return _SPACES.sub(" ", _lower(phrase).replace("\u2019", "'")).strip()


def _alternation(forms: Iterable[str]) -> str:
    """A regex matching any of `forms`, the longest first, spaces as runs of spaces (a trie,
    like the names')."""
    return _trie_pattern(_trie(set(forms))) or "(?!)"


@dataclass
class Cues:
    """The cue words, by class, as read from cues.tsv; see that file for what each class does."""

    phrases: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> {written: family}

    @classmethod
    def read(cls, path: Path) -> Cues:
        cues = cls()
        header: list[str] | None = None
        with open(path, encoding="utf-8-sig") as stream:
            for number, line in enumerate(stream, 1):
                line = line.rstrip("\r\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                cells = [cell.strip() for cell in line.split("\t")]
                if header is None:
                    header = [cell.lower() for cell in cells]
                    if header[:2] != ["class", "phrases"]:
                        raise GazetteerError(f"{path}:{number}: the header must be 'class', 'phrases', "
                                             f"'family' (separated by tabs); got {cells!r}")
                    continue
                row = dict(zip(header, cells))
                kind = row.get("class", "")
                if kind not in CUE_CLASSES:
                    raise GazetteerError(f"{path}:{number}: class {kind!r} is not one of {', '.join(CUE_CLASSES)}")
                family = row.get("family", "") or kind
                for phrase in row.get("phrases", "").split("|"):
                    if phrase.strip():
                        cues.phrases.setdefault(kind, {})[phrase.strip()] = family
        return cues

    def written(self, kind: str) -> dict[str, str]:
        return self.phrases.get(kind, {})

    def forms(self, kind: str) -> dict[str, str]:
        """{folded form: family} of one class."""
        return {_cue_form(phrase): family for phrase, family in self.written(kind).items()}


_UPPER = "A-ZÀ-ÖØ-ÞŒŠŽŸ"
_LETTER = "a-zà-öø-ÿœšžA-ZÀ-ÖØ-ÞŒŠŽŸ"
_HYPHEN = "\\-\u2010\u2011"
_NAME_TOKEN = (
    rf"(?:(?:al|el|ad|as|ash|at|an|ar|az|ul|Al|El)[{_HYPHEN}])?[{_UPPER}][{_LETTER}'’]*"
    rf"(?:[{_HYPHEN}][{_LETTER}][{_LETTER}'’]*)*"
)
_PARTICLE = r"(?:ben|bin|ibn|bint|ould|de|du|da|di|dos|do|van|von|der|den|ter|le|al|el|abou|abu|bou)"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_NAME_TOKEN}){{0,4}}")
_NAME_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))(" + _NAME.pattern + r") *, *(?:(?:le|la) +|l['’])?$")
_NATIONAL_DETERMINER = re.compile(r"(?:^|(?<=[^\w'’-]))(?:[Ll]e|[Ll]a|[Ll]es) +$|(?:^|(?<=[^\w'’-]))[Ll]['’]$")
_AND_NAME = re.compile(r" *, *| +et +")
_ADJECTIVE = re.compile(  # a nationality not in the data: « le président érythréen »
    r"[a-zà-ÿ]{3,}(?:ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|ois|oise|oises|éen|éenne|éens|éennes"
    r"|ite|ites|ique|iques|ote|otes|an|ane|ans|anes|ol|ole|ols|oles|in|ine|ins|ines)")
_NAME_PART = re.compile(rf"{_PARTICLE}(?= )|{_NAME_TOKEN}")
_ZONE_WORD = re.compile(rf"[{_LETTER}]+(?:[{_HYPHEN}][{_LETTER}]+)*['’]?|,")
_PHRASE_END = re.compile(r"[.!?;:,()\n«»]")
_SIMILAR = 0.8  # how alike two spellings of a name's words must be (difflib's ratio)
_SIMILAR_SAME_COUNTRY = 0.7  # the same, for a leader of the country the person's role names
_NEAR = 50  # characters: how close a meeting word must be to the place it happened at
_CLAUSE_REACH = 120  # characters: how far back the clause of a place is read for its opening (`_war_zone`)
_WAR_REACH = 40  # characters: how far after the war's word the place it is fought in may be named
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s*")
"""Where the sentence of a place begins (`Gazetteer._war_zone`): unlike `_SENTENCE_END`, a line
break alone ends one (a title, a paragraph), and the blanks after it are passed."""
_FRONTED_LEAD = re.compile(
    r"\s*(?:selon|d'après|depuis|dès|après|avant|pendant|hier|aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|en|au|à|dans|le \d|début|fin|mi-|malgré|pourtant|mais|or|ainsi|enfin)\b", re.IGNORECASE)
"""How a phrase put before a clause opens (« Selon l'ONU, », « Depuis janvier, »): the clause after
its comma is the sentence's own (`Gazetteer._war_zone`)."""
_AWAY = re.compile(r"\b(?:fuir|fui|réfugi\w*|install\w*|exil\w*|partir|parti\w*|quitt\w*|rejoin\w*|"
                   r"accueilli\w*|envoy\w*|déplac\w*)\b", re.IGNORECASE)
"""A move between a war's word and a place: where people went, not where it is fought."""
# « à Hambourg, en Allemagne », « la région d'Idlib, en Syrie »: a place, then the country it lies in
_AFTER_A_VENUE = re.compile(r"(?:^|[^\w])(?:à |d'|d’|de |dans |près de )[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?"
                            r", *(?:en|au|aux) $")
SHARED_DEMONYMS_FILE = "shared_demonyms.tsv"


def _read_shared_demonyms() -> dict[str, tuple[str, ...]]:
    """Folded demonym -> the states it may name (resources/actors/shared_demonyms.tsv)."""
    try:
        path = resource_path("actors", SHARED_DEMONYMS_FILE)
    except FileNotFoundError:
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for row in read_table(path, ("demonyms", "countries")):
        states = tuple(k for k in row["countries"].split("|") if k)
        for form in row["demonyms"].split("|"):
            if form:
                table[fold(form).lower().strip()] = states
    return table


_SHARED_DEMONYMS = _read_shared_demonyms()
_SHARED_DEMONYM_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _SHARED_DEMONYMS), key=len, reverse=True)) + r")(?![\w-])"
    if _SHARED_DEMONYMS else r"(?!)")
# Where a byline's writer files from: « (Nairobi, correspondante) », « Moscou, envoyé spécial ».
_BYLINE_AFTER = re.compile(r" *, *(?:de +notre +|notre +)?(?:correspondante?s?|correspondance|envoyée?s? +spéciale?s?|"
                           r"bureau)\b", re.IGNORECASE)
# Someone going to, staying or being in a capital: « se trouvaient à », « ira mercredi à », « en visite à »
_TOLD_TO = re.compile(
    r"(?:^|[^\w'])(?:dit|demandé|proposé|livré|vendu|imposé|reproché|écrit|offert|accordé|adressé|répondu"
    r"|promis|permis|fourni|remis|succédé|rendu visite|lancé un appel|reprocher|demander|proposer|livrer"
    r"|vendre|imposer|offrir|accorder|fournir|remettre)(?:\s+\w+){0,2}\s+(?:à(?:\s+la|\s+l')?|aux?)\s*$",
    re.IGNORECASE)
"""A verb whose « à » introduces who is told, asked or given something (« a demandé à Cuba »,
« a livré des armes à Chypre », « a écrit à l'Élysée »), not where."""

_ADDRESSED = re.compile(
    r"(?:^|[^\w'])(?:transmis|transmet|transmettre|adressé|adresse|adresser|remis|remet|remettre|livré|"
    r"reproché|reproche|signifié|notifié|fait parvenir|s'en (?:est|sont|était|étaient|prend|prennent) pris|"
    r"s'en (?:prend|prennent)|s'en prendre)\b", re.IGNORECASE)
"""A verb of the clause before a palace that sends or blames: its « à » names whom, however far
the object puts it (« a transmis le 2 mai une note de protestation au Kremlin », « s'en est pris
à la Maison Blanche »): the palace is then the institution, not where (`_seat_place`). Not a verb
whose « à » is as often where (« a pris ses quartiers à l'Élysée », « a répondu aux questions à la
Maison Blanche »), nor after « devant » or « depuis » (`_TO_BEFORE`), nor at a meeting
(« lors d'une réunion au Kremlin », `_MEETING_BEFORE`)."""
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?»]\s+|\n\s*)(?:le|la|l['’])\s*$", re.IGNORECASE)
"""A determiner opening a sentence, just before a role (`Gazetteer._roles_alone`)."""
_TO_BEFORE = re.compile(r"(?:^|[^\w'])(?:à|au|aux)(?: la| l')?\s*$", re.IGNORECASE)
_MEETING_BEFORE = re.compile(r"\b(?:réunion|rencontre|sommet|conférence|cérémonie|dîner|déjeuner|entretien|"
                             r"conseil des ministres)s?\b[^,]{0,30}$", re.IGNORECASE)

_VISIT = re.compile(
    r"(?:^|[^\w'])(?:(?:se|s'est|s'était|s'étaient|se sont) +(?:trouv|rend)\w*|rendu|rendue|rendus|rendues"
    r"|ira|iront|irait|iraient|allé|allée|allés|allées|arrivé|arrivée|arrivés|arrivées|arrive|arrivent|arrivera"
    r"|arriveront|séjourn\w+|en visite|en déplacement|en voyage|en tournée|est|sont|était|étaient|sera|seront"
    r"|serait|seraient)"
    r"(?: +(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|hier|aujourd'hui|bientôt|déjà|alors"
    r"|encore|toujours|prochainement|actuellement|désormais|également|aussi|ensuite|ce|cette|matin|soir)){0,3}"
    r" +à *$")
_DATELINE_AFTER = re.compile(r"[ \u00a0]*(?:\(|,[^\n]{0,40}?\(|[-\u2013\u2014])")
_AGENCY_AFTER = re.compile(r"[ \u00a0]*(?:,[^\n(]{0,40})?\([A-ZÀ-Ý][^()\n]{0,24}\)[ \u00a0]*[-\u2013\u2014]")


_NON_SPACE = re.compile(r"\S")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the city at [start, end) opens a dispatch's dateline: written in capitals at the
    start of a line, before its agency or its date (« MINSK (AFP) - », « SÉOUL, 13 juin (Yonhap)
    -- », « WASHINGTON - »)."""
    if not (start == 0 or text[start - 1] == "\n" or _NON_SPACE.search(text, 0, start) is None):
        return False  # (the first non-space from the text's start, never a copy of all that comes before)
    if text[start:end].isupper():
        return _DATELINE_AFTER.match(text, end) is not None
    return _AGENCY_AFTER.match(text, end) is not None  # « Moscou (AFP) - »


_NUMBERED = re.compile(r"(?:[ \u00a0]|[-\u2010\u2011])(?:[1-9]|I{1,3}|IV|V|VI{1,3}|bis|(?:19|20)\d\d)"
                       r"(?![\w'’-]|[.,]\d|[ \u00a0\u202f]\d)")
"""A number after a city (« Minsk 2 », « Minsk-II », « Genève 2 », « Oslo II », « Paris 2015 »): the
name of a round of talks, an agreement or a conference held there, no government."""
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[^\w])(?:le|la|les|l'|son|sa|ses|leur|leurs|notre|ce|cette)\s*"
    r"(?:(?:jeune|nouveau|nouvel|nouvelle|actuel|actuelle|puissant|puissante|influent|influente)\s+)?$"
)
_NOT_THE_SAME = re.compile(r"(?:^|[^\w])(?:ancien|ancienne|ex|futur|future|anciens|premier|premiere)\s*$")
# Offices French news names without their country because they are France's own.
_FRENCH_ROLES = frozenset({"president de la republique", "presidente de la republique"})
# A person introduced as having left office (« l'ancien président Álvaro Uribe », « l'ex-ministre
# X »): a role alone, in the present, is someone else's.
_FORMER_BEFORE = re.compile(r"(?<![\w])(?:ancien|ancienne|ex)[ -]+(?:[a-zàâçéèêëîïôûùœ'’-]+ +){0,3}$")
# Plural nouns for heads of state or government (folded, lowercase, as `_people_re` reads them),
# and the families of ministers, whom those nouns never stand for.
_HEADS_OF_STATE = frozenset({"presidents", "presidentes", "dirigeants", "dirigeantes", "chefs d'etat",
                             "chefs de l'etat", "chefs de gouvernement", "leaders", "rois", "souverains"})
_MINISTERS = frozenset({"ministre", "diplomatie", "secrétaire-état"})
# Families that may stand for one another: « le dirigeant arménien » for a Premier ministre.
_GENERIC_FAMILIES = {
    "chef": {"président", "premier-ministre", "monarque", "chancelier", "chef", "religieux", "militaire"},
    "ministre": {"ministre", "diplomatie", "secrétaire-état"},
    "diplomatie": {"diplomatie", "secrétaire-état"},
    "secrétaire-état": {"secrétaire-état", "diplomatie"},
}


@dataclass(slots=True)
class _Hit:
    """A mention being read: where, whom, through which column, and what it turned out to be."""

    start: int
    end: int
    actor: Actor
    via: str = "name"
    kind: MentionKind = "actor"
    family: str | None = None  # for a person: the office the text gives them


@dataclass(slots=True)
class _Zone:
    end: int
    country: str | None
    nationals: list[_Hit]
    last: str
    countries: list[str] = field(default_factory=list)  # every one named: « russe et turc »


_BEFORE_COMPLEMENT = frozenset("de du des d' à au aux pour en l' la le les et".split())


_COMPASS_BEFORE = re.compile(r"(?<![\w'’])(?:nord|sud)-$")
"""A point of the compass joined to a nationality adjective (« nord-irlandais »): see
`Gazetteer._in_compound`."""


@dataclass(slots=True)
class _Text:
    """One text in the forms the readers need, all of the same length."""

    text: str
    folded: str  # accents stripped, hyphens and whitespace as spaces, case kept
    lowered: str  # folded, lowercase
    plain: str  # the text lowercase, accents kept, one apostrophe

    @classmethod
    def of(cls, text: str) -> _Text:
        folded = fold(text)
        plain = _lower(text).replace("\u2019", "'")
        if len(plain) != len(text):
            plain = text.replace("\u2019", "'")
        return cls(text, folded, _lower(folded), plain)


class Gazetteer:
    """Every known actor and the names that point to it; `find` lists the mentions in a text.

    Build one with `load` (the shipped data plus the user's files) or `from_files`.

    Besides the names in the data files, a text names people the files do not know, after a role
    or a title (« le ministre allemand des Affaires étrangères Heiko Maas », « M. Dupont »): they
    are read as actors too (key ``person:...``, kind "leader", the country their role gives), and
    `get` knows them once a text has named them. A role alone (« le président russe »), or
    « les deux présidents », « les deux pays », stands for the persons or states the article names.
    """

    def __init__(self, actors: dict[str, Actor], claims: dict[str, _Claim], cues: Cues | None = None) -> None:
        self._actors = actors
        self._found: dict[str, Actor] = {}  # people named after a role in the texts read
        self._aliases: dict[str, list[str]] = {key: [] for key in actors}
        self._entries: dict[str, list[_Entry]] = {}
        for form, claim in sorted(claims.items(), key=lambda item: -item[1].order):
            actor = actors.get(claim.key)
            if actor is not None:
                self._aliases[claim.key].insert(0, claim.written)
            capitals = tuple((i, c) for i, c in enumerate(form) if c.isupper())
            self._entries.setdefault(form.lower(), []).append(_Entry(form, capitals, actor, claim.via))
        self._trie = _trie(self._entries)
        self._pattern = re.compile(r"(?<!\w)" + _trie_pattern(self._trie) + r"(?!\w)")
        self._compile_cues(cues if cues is not None else _shipped_cues())

    def _compile_cues(self, cues: Cues) -> None:
        self._roles = cues.forms("role")
        self._ministries = cues.forms("ministry")
        self._role_re = re.compile(r"(?<!\w)(?:" + _alternation(self._roles) + r")(?!\w)")
        self._ministry_re = re.compile(r"(?:" + _alternation(self._ministries) + r")(?!\w)")
        honorifics = [normalize_alias(h) for h in cues.written("honorific")]
        self._honorific_re = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(h) for h in sorted(honorifics, key=len, reverse=True))
            + r")(?= +[" + _UPPER + r"])" if honorifics else "(?!)"
        )
        number = "|".join(_NUMBERS)
        self._people_re = re.compile(
            rf"(?<!\w)(?:les|leurs|ces|ses|nos) +({number}) +({_alternation(cues.forms('people'))})(?!\w)")
        self._states_re = re.compile(
            rf"(?<!\w)(?:les|leurs|ces|ses|nos) +({number}) +(?:{_alternation(cues.forms('states'))})(?!\w)")
        self._sides_re = re.compile(
            rf"(?<!\w)(?:les|des|aux|ces|leurs) +(?:(?:{number}) +)?(?:{_alternation(cues.forms('sides'))})(?!\w)")
        venues = _alternation(_plain_form(w) for w in cues.written("venue"))
        self._venue_adjective = re.compile(rf"(?:^|[^\w])(?:{venues}) +$")
        self._venue_of = re.compile(rf"(?:^|[^\w])(?:{venues}) +(?:de la |de l'|du |des |d'|de )$")
        privates = _alternation(_plain_form(w) for w in cues.written("private"))
        self._private_adjective = re.compile(rf"(?:^|[^\w])(?:{privates})(?: +[\w-]+ +(?:et|ou))? +$")
        self._meeting_re = re.compile(r"(?<!\w)(?:" + _alternation(
            _plain_form(w) for w in (*cues.written("meeting"), *cues.written("incident"))) + r")(?!\w)")
        self._talks_re = re.compile(r"(?<!\w)(?:" + _alternation(
            _plain_form(w) for w in cues.written("meeting")) + r")(?!\w)")
        self._war_opening = re.compile(r"[ \t\n]*(?:le |la |les |l'|un |une |des |de )(?:[\w-]+ )?(?:"
                                            + _alternation(_plain_form(w) for w in cues.written("war"))
                                            + r")(?!\w)")
        agreements = _alternation(_plain_form(w) for w in cues.written("agreement"))
        self._agreement_of = re.compile(rf"(?:^|[^\w])(?:{agreements}) +(?:de |d')$")
        gatherings = _alternation(_plain_form(w) for w in cues.written("gathering"))
        self._gathering_of = re.compile(rf"(?:^|[^\w])(?:{gatherings}) +(?:de |d')$")
        self._gathering_adjective = re.compile(rf"(?:^|[^\w])(?:{gatherings}) +$")
        self._locative = self._ending(cues.written("locative"))
        self._locative_article = self._ending(_with_articles(_plain_form(w) for w in cues.written("locative")))
        self._locative_country = self._ending(cues.written("locative-country"))
        self._complement = {_lower(w).replace("\u2019", "'") for w in cues.written("complement")}
        self._seats = {normalize_alias(city): key for city, key in cues.written("seat").items()}
        self._nonperson = {normalize_alias(w) for w in cues.written("nonperson")}
        self._compounds = frozenset(_plain_form(w) for w in cues.written("compound"))
        self._families: dict[str, tuple[str | None, str | None]] = {}
        self._leader_words: dict[tuple[int, str], list[tuple[Actor, list[str]]]] = {}
        for actor in self._actors.values():
            if actor.kind == "leader" and actor.role:
                self._families[actor.key] = (self._family_of(actor.role), actor.country)
            if actor.kind == "leader":
                for alias in {actor.name, *self._aliases.get(actor.key, ())}:
                    words = _cue_form(alias).split()
                    if len(words) >= 2:
                        self._leader_words.setdefault((len(words), words[0][:1]), []).append((actor, words))

    @staticmethod
    def _ending(written: Iterable[str]) -> re.Pattern[str]:
        """A regex for a preposition ending the text before a name: `plain` text, accents kept."""
        forms = {_plain_form(w) for w in written}
        body = "|".join(re.escape(f).replace(r"\ ", " +") for f in sorted(forms, key=len, reverse=True))
        return re.compile(r"(?:^|[^\w'])(?:" + (body or "(?!)") + r") *$")

    def _family_of(self, role: str) -> str | None:
        lowered = _cue_form(role)
        match = self._role_re.search(lowered)
        if match is None:
            return None
        family = self._roles[_SPACES.sub(" ", match.group())]
        if family == "ministre" and (ministry := self._ministry_re.search(lowered, match.end())):
            family = self._ministries.get(_SPACES.sub(" ", ministry.group()), family)
        return family

    @classmethod
    def load(
        cls, extra_paths: Iterable[str | Path] = (), *, directory: Path | None = None
    ) -> Gazetteer:
        """The shipped gazetteer, then the user's files: a row with a known key changes that
        actor (and adds its aliases), a new key adds an actor, and an alias named again belongs
        to the last row that names it."""
        if directory is not None:
            shipped = [Path(directory) / name for name in DATA_FILES]
            cues_path = Path(directory) / CUES_FILE
            cues = Cues.read(cues_path) if cues_path.exists() else Cues()
        else:
            shipped = [resource_path("actors", name) for name in DATA_FILES]
            cues = None
        return cls.from_files([*shipped, *map(Path, extra_paths)], cues=cues)

    @classmethod
    def from_files(cls, paths: Iterable[Path], *, cues: Cues | None = None) -> Gazetteer:
        """The actors of these files; the cues are the shipped ones unless given."""
        builder = _Builder()
        for path in paths:
            builder.add_file(path)
        return cls(builder.actors(), builder.claims, cues)

    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def get(self, key: str) -> Actor | None:
        """A known actor, or a person a text read so far named after a role."""
        return self._actors.get(key) or self._found.get(key)

    def aliases(self, key: str) -> tuple[str, ...]:
        """The names matched for `key`, as written in the data files."""
        return tuple(self._aliases.get(key, ()))

    # --- reading a text

    def find(self, text: str) -> list[ActorMention]:
        """The actors a text names, leftmost first: the places and nationalities `scan` tells
        apart are left out. Mentions do not overlap, except that a phrase standing for several
        actors (« les deux présidents ») gives one mention per actor, at the same place."""
        return [m for m in self.scan(text) if m.kind == "actor"]

    def places(self, text: str) -> list[ActorMention]:
        """The places a text names through an actor's name: « à Moscou », « en Suède » for a
        meeting, « la capitale autrichienne »; `actor` is the country the place belongs to."""
        return [m for m in self.scan(text) if m.kind == "place"]

    def scan(self, text: str) -> list[ActorMention]:
        """Every mention with its kind: actors, places and nationalities, leftmost first."""
        view = _Text.of(text)
        hits = _without_nicknames(view, self._dictionary(view))
        hits = self._shared_demonyms(view, hits)
        hosts = {h.actor.country for h in hits if h.actor.kind == "leader" and h.actor.country}
        for hit in hits:
            if hit.actor.kind == "country":
                hit.kind = self._country_kind(view, hit)
                if hit.kind == "actor" and hit.actor.key not in hosts and self._names_gathering(view, hit):
                    hit.kind = "place"
                if hit.kind == "actor" and hit.via == "capitals" and self._seats:
                    hit.actor = self._seat(view.text[hit.start:hit.end]) or hit.actor
            elif hit.actor.kind == "institution" and hit.actor.country not in hosts \
                    and self._seat(view.text[hit.start:hit.end]) == hit.actor:
                self._seat_place(view, hit)
        hits = self._members(hits)
        _precedents(view, hits)
        people = self._people(view, hits)
        hits = _merge(hits, people)
        hits += self._references(view, hits)
        hits += _pronouns(view, hits)
        hits.sort(key=lambda h: (h.start, -h.end))
        return [ActorMention(h.start, h.end, text[h.start:h.end], h.actor, h.kind) for h in hits]

    def _seat(self, city: str) -> Actor | None:
        """The organisation a capital stands for when it acts (cues.tsv, class seat: « Bruxelles a
        exigé » is the European Union, not Belgium), or the institution a palace houses (« le
        Kremlin »), or None."""
        key = self._seats.get(normalize_alias(city))
        return self._actors.get(key) if key else None

    def _names_gathering(self, view: _Text, hit: _Hit) -> bool:
        """Whether a capital or a nationality adjective names a gathering held there (cues.tsv, class
        gathering: « la conférence de Varsovie », « la conférence polonaise »), a place. `scan`
        asks only for a country none of whose leaders the text names: a leader named is the host,
        taking part."""
        before = view.plain[max(0, hit.start - 30):hit.start]
        if hit.via == "capitals":
            return self._gathering_of.search(before) is not None
        return hit.via == "demonyms" and self._gathering_adjective.search(before) is not None

    def _seat_place(self, view: _Text, hit: _Hit) -> None:
        """A palace standing for the institution it houses (cues.tsv, class seat) is a place, of its
        country, after a locative preposition and its article (« reçu à l'Élysée », « au Kremlin »,
        « devant la Maison Blanche »), as a capital is; not where « à » says whom one speaks to
        (« a écrit à l'Élysée », `_ADDRESSED`: « a adressé le 3 mai une mise en garde à la Maison
        Blanche »). Elsewhere it acts: « l'Élysée a annoncé ». `scan` asks only for a
        country none of whose leaders the text names: a leader named there is the host, taking part
        (« Prénom Nom a reçu son homologue à l'Élysée »)."""
        before = view.plain[max(0, hit.start - 60):hit.start]
        clause = before[max(before.rfind(c) for c in ",;.!?\n") + 1:]
        addressed = _TO_BEFORE.search(clause) and _ADDRESSED.search(clause) and not _MEETING_BEFORE.search(clause)
        if self._locative_article.search(before) and not _TOLD_TO.search(before) and not addressed:
            hit.kind = "place"
            hit.actor = self._actors.get(hit.actor.country or "") or hit.actor

    def _dictionary(self, view: _Text) -> list[_Hit]:
        """The names of the data files: non-overlapping, leftmost first and, at one position,
        the longest name."""
        hits: list[_Hit] = []
        position = 0
        while match := self._pattern.search(view.lowered, position):
            start = match.start()
            found = self._resolve(view.folded, view.lowered, start, match.end())
            if found is None:
                position = start + 1
                continue
            end, entry = found
            if entry.actor is not None and not (entry.via == "demonyms" and self._in_compound(view, start, end)):
                hits.append(_Hit(start, end, entry.actor, entry.via))
            position = end
        return hits

    def _in_compound(self, view: _Text, start: int, end: int) -> bool:
        """Whether the nationality adjective at [start, end) is part of a compound naming another
        state or territory (cues.tsv, class compound: « nord-irlandais »)."""
        compass = _COMPASS_BEFORE.search(view.plain, max(0, start - 6), start)
        return compass is not None and view.plain[compass.start():end] in self._compounds

    def _members(self, hits: list[_Hit]) -> list[_Hit]:
        """A group of states named (« le groupe 5+1 ») as each of its members, at its place."""
        if not any(hit.actor.members for hit in hits):
            return hits
        out: list[_Hit] = []
        for hit in hits:
            if hit.actor.members:
                out += [_Hit(hit.start, hit.end, self._actors[key], hit.via) for key in hit.actor.members]
            else:
                out.append(hit)
        return out

    def _shared_demonyms(self, view: _Text, hits: list[_Hit]) -> list[_Hit]:
        """`hits` with the demonyms two states share (`SHARED_DEMONYMS_FILE`) where the text names
        exactly one of those states otherwise, by its name, capital or a leader of it."""
        if not _SHARED_DEMONYMS:
            return hits
        named = {h.actor.key for h in hits} | {h.actor.country for h in hits if h.actor.country}
        found = []
        for match in _SHARED_DEMONYM_PATTERN.finditer(view.lowered):
            states = [key for key in _SHARED_DEMONYMS[match.group()] if key in named and key in self._actors]
            if len(states) != 1 or any(h.start < match.end() and match.start() < h.end for h in hits):
                continue
            found.append(_Hit(match.start(), match.end(), self._actors[states[0]], "demonyms"))
        return sorted([*hits, *found], key=lambda h: h.start) if found else hits

    def _resolve(
        self, folded: str, lowered: str, start: int, end: int
    ) -> tuple[int, _Entry] | None:
        """The longest alias at `start` whose capitals the text respects, or None.

        The regex found the longest alias ignoring case; only when the text's case rules that
        one out ("Nations Unies Spéciales" written in lowercase) are the shorter ones tried."""
        if entry := self._accepted(folded, lowered, start, end):
            return end, entry
        for candidate in self._ends_at(lowered, start):
            if candidate < end and (entry := self._accepted(folded, lowered, start, candidate)):
                return candidate, entry
        return None

    def _accepted(self, folded: str, lowered: str, start: int, end: int) -> _Entry | None:
        for entry in self._entries[_SPACES.sub(" ", lowered[start:end])]:
            if entry.accepts(folded[start:end]):
                return entry
        return None

    def _ends_at(self, lowered: str, start: int) -> list[int]:
        """Where aliases starting at `start` end (at a word boundary), longest first."""
        ends = []
        node, i, size = self._trie, start, len(lowered)
        while True:
            if _END in node and (i == size or not _is_word(lowered[i])):
                ends.append(i)
            if i == size or (child := node.get(lowered[i])) is None:
                break
            i += 1
            if lowered[i - 1] == " ":
                while i < size and lowered[i] == " ":
                    i += 1
            node = child
        return ends[::-1]

    # --- places

    def _country_kind(self, view: _Text, hit: _Hit) -> MentionKind:
        """Whether a country's name, capital or nationality adjective names a place here.

        A capital is a place after a locative preposition (« réunis à Moscou », « heure de
        Paris »), an actor otherwise (« Moscou a annoncé », « entre Moscou et Ankara »). A
        nationality adjective is a place when it qualifies a place (« la capitale autrichienne »,
        « les îles grecques »). A country's name is a place as a part of a place (« la capitale de
        la Syrie », « dans l'est de l'Ukraine »), or after « en », « au »... in a clause about a
        meeting (« les consultations organisées en Suède ») — not when troops are deployed there
        or migrants sent back there, nor where a war is fought or an attack strikes (« le conflit
        dans l'est de l'Ukraine », « les combats ont repris en Ukraine », « une attaque au
        Niger »): there the country takes part. A capital where someone goes, is
        or stays (« se trouvaient à Moscou », « serait à Washington », « en visite à Pékin ») names
        the government receiving them, an actor; a country after « en » keeps the meeting test
        (« ira en Suède aux consultations » is where the talks are held). The city of a byline
        (« Par Marie Dupont (Nairobi, correspondante) ») is where the article was written."""
        start = hit.start
        if _BYLINE_AFTER.match(view.text, hit.end):
            return "place"  # the city a correspondent files from takes no part
        before = view.plain[max(0, start - 60):start]
        if hit.via == "capitals":
            if _in_dateline(view.text, start, hit.end):
                return "place"  # « MINSK (AFP) - »: where the dispatch was filed
            if _NUMBERED.match(view.text, hit.end):
                return "place"  # « Minsk 2 », « Oslo II »: a round of talks or an agreement, no government
            if _VISIT.search(before):  # « se trouvaient à Moscou », « en visite à Pékin »: the host
                return "actor"
            return "place" if (self._locative.search(before) or self._venue_of.search(before)
                               or self._agreement_of.search(before)) else "actor"
        if hit.via == "demonyms" and not (view.text[start:start + 1].isupper()
                                          and self._locative_country.search(before)):
            if self._private_adjective.search(before):
                return "nationality"  # « la presse russe », « ses concurrents allemand et japonais »
            return "place" if self._venue_adjective.search(before) else "actor"
        # Else a country's name that is also its adjective (« à Lausanne, en Suisse »): read as a name.
        if venue := self._venue_of.search(before):
            return "actor" if self._war_zone(view, start - len(before) + venue.start()) else "place"
        if (preposition := self._locative_country.search(before)) is None:
            return "actor"
        if _AFTER_A_VENUE.search(view.text[max(0, start - 60):start]):  # « à Hambourg, en Allemagne »
            return "place"
        if preposition.group().strip() == "à" and not (_VISIT.search(before) or _TOLD_TO.search(before)):
            # « ont signé à Singapour », « réunis à Malte »: a city-state or an island named as a
            # city is where it happens, as a capital is; « en visite à Cuba » is the host, and
            # « a demandé à Cuba » the one asked.
            return "place"
        at = start - len(before) + preposition.start()
        return "place" if self._near(view, at, hit.end, self._meeting_re) and not self._war_zone(view, at) else "actor"

    def _war_zone(self, view: _Text, at: int) -> bool:
        """Whether the clause a place at `at` is in opens on a war fought there (cues.tsv, class
        war: « Le conflit dans l'est de l'Ukraine a fait 5 000 morts », « les combats ont repris
        en Ukraine »): the country it is fought in takes part in what the clause tells. Not a war
        in a complement, where the clause tells of others (« prendre parti dans la guerre en
        Ukraine »), nor an incident, which strikes a place (« un attentat en Égypte »)."""
        low = at - _CLAUSE_REACH if at > _CLAUSE_REACH else 0
        sentence = [m.end() for m in _SENTENCE_BREAK.finditer(view.text, low, at)]
        low = sentence[-1] if sentence else low
        cut = [m.end() for m in _PHRASE_END.finditer(view.text, low, at)]
        opening = cut[-1] if cut else low
        if cut and not _FRONTED_LEAD.match(view.plain, low, cut[0]):
            return False  # « a évoqué la situation humanitaire, les combats en Syrie »: a list, not the clause
        war = self._war_opening.match(view.plain, opening)
        if war is None or at - war.end() > _WAR_REACH or _AWAY.search(view.plain, war.end(), at):
            return False  # « Les combats ont poussé des civils à fuir au Liban »: where they fled
        return self._talks_re.search(view.plain, opening, at) is None  # « … évoquée lors d'une réunion en Suisse »

    def _near(self, view: _Text, start: int, end: int, words: re.Pattern[str]) -> bool:
        """Whether `words` are found just before (« les consultations de paix en », « la
        cérémonie organisée au ») or just after (« en Suède à la rencontre de ») [start, end), a
        place, within the same stretch of text between commas."""
        low = max(0, start - _NEAR)
        cut = [m.end() for m in _PHRASE_END.finditer(view.text, low, start)]
        low = cut[-1] if cut else low
        stop = _PHRASE_END.search(view.text, end, end + _NEAR // 2)
        high = stop.start() if stop else min(len(view.text), end + _NEAR // 2)
        return words.search(view.plain, low, high) is not None

    # --- people the data files do not know

    def _people(self, view: _Text, hits: list[_Hit]) -> list[_Hit]:
        """People named after a role or a title, and named again in the same text."""
        at = {h.start: h for h in hits}
        named: dict[str, tuple[Actor, str | None]] = {}
        found: list[_Hit] = []
        for match in self._role_re.finditer(view.lowered):
            if self._inside_name(view, match.start()):
                continue
            family = self._roles[_SPACES.sub(" ", match.group())]
            if family == "ministre" and (ministry := self._ministry_re.match(view.lowered, match.end() + 1)):
                family = self._ministries.get(_SPACES.sub(" ", ministry.group()), family)
            self._named_after(view, at, match.start(), match.end(), family, False, named, found)
            self._named_before(view, at, match.start(), match.end(), family, named, found)
        for match in self._honorific_re.finditer(view.folded):
            self._named_after(view, at, match.start(), match.end(), None, True, named, found)
        self._nationals_named(view, hits, at, named, found)
        if named:
            found += self._named_again(view, at, named, found)
        return found

    def _nationals_named(
        self, view: _Text, hits: list[_Hit], at: dict[int, _Hit],
        named: dict[str, tuple[Actor, str | None]], found: list[_Hit],
    ) -> None:
        """« le Belge Jean Dupont », « l'Américaine Jane Roe »: a nationality noun between a
        determiner and a name says whose national the person is. The person takes part, their
        country does not (a mediator from Belgium does not bring Belgium to the talks); a known
        leader so introduced (« le Français Emmanuel Macron ») is a hit already."""
        taken = {h.start for h in found}
        for hit in hits:
            if hit.via != "demonyms" or hit.kind != "actor" or not view.text[hit.start:hit.start + 1].isupper() \
                    or not _NATIONAL_DETERMINER.search(view.text, max(0, hit.start - 4), hit.start):
                continue
            position = hit.end
            while position < len(view.text) and view.text[position] in " \u00a0":
                position += 1
            if position == hit.end:
                continue
            if (leader := at.get(position)) is not None:
                if leader.actor.kind == "leader":
                    hit.kind = "nationality"
                continue
            if position in taken or (name := self._name_at(view, at, position, False)) is None:
                continue
            hit.kind = "nationality"
            text = view.text[name[0]:name[1]]
            actor = self._person(text, hit.actor.key, None)
            named.setdefault(normalize_alias(text), (actor, None))
            found.append(_Hit(name[0], name[1], actor, "name", "actor", None))
            taken.add(position)
            while view.text[hit.end - 1:hit.end] == "s" and (link := _AND_NAME.match(view.text, name[1])) \
                    and link.end() not in at and (other := self._name_at(view, at, link.end(), False)):
                name, text = other, view.text[other[0]:other[1]]  # « les Belges X et Y »
                actor = self._person(text, hit.actor.key, None)
                named.setdefault(normalize_alias(text), (actor, None))
                found.append(_Hit(name[0], name[1], actor, "name", "actor", None))
                taken.add(name[0])

    def _inside_name(self, view: _Text, start: int) -> bool:
        """« Cheikh » in « Mohamed Ould Cheikh El Ghazouani » is a part of a name, not a title."""
        if not view.text[start].isupper():
            return False
        before = re.search(r"([\w'’-]+)[ \u00a0]+$", view.text[max(0, start - 40):start])
        return bool(before and self._name_word(before.group(1)))

    def _name_word(self, word: str) -> bool:
        return word[:1].isupper() and normalize_alias(word) not in self._nonperson

    def _zone(self, view: _Text, at: dict[int, _Hit], position: int) -> _Zone:
        """What follows a role up to a name: « allemand des Affaires étrangères, », « de l'ONU,
        le Britannique »: where it stops, the country or organisation it names, the nationality
        nouns met (« le Britannique ») and the last word read."""
        text, country, nationals, words, commas, last = view.text, None, [], 0, 0, ""
        countries: list[str] = []
        guessed = False
        size = len(text)
        while words <= 8:
            while position < size and text[position] in " \u00a0\t":
                position += 1
            if position >= size:
                break
            hit = at.get(position)
            if hit is not None:
                if hit.actor.kind == "leader" or hit.kind != "actor":
                    break
                if hit.via == "demonyms" and text[position].isupper():
                    nationals.append(hit)
                else:
                    named = hit.actor.key if hit.actor.kind == "country" else hit.actor.country or hit.actor.key
                    country = country or named
                    countries.append(named)
                position, words, last = hit.end, words + 1, "name"
                continue
            word = _ZONE_WORD.match(text, position)
            if word is None:
                break
            token = view.plain[word.start():word.end()]
            if token == ",":
                commas += 1
                if commas > 1:
                    break
            elif token not in self._complement and normalize_alias(word.group()) not in self._nonperson:
                if guessed or not text[word.start()].islower() or not _ADJECTIVE.fullmatch(token):
                    break  # a nationality adjective is lowercase: « Martin » starts a name
                guessed = True
            position, words, last = word.end(), words + 1, token
        return _Zone(position, country, nationals, last, countries)

    def _name_at(self, view: _Text, at: dict[int, _Hit], position: int, single: bool) -> tuple[int, int] | None:
        """A person's name starting exactly at `position`: capitalised words, with particles
        (« al- », « ben », « de »); one word only when `single` (after « M. »)."""
        match = _NAME.match(view.text, position)
        if match is None:
            return None
        end = position
        words = 0
        for part in _NAME_PART.finditer(view.text, position, match.end()):
            if (hit := at.get(part.start())) is not None and (words == 0 or hit.actor.kind != "leader"):
                break
            form = normalize_alias(part.group())
            if form in self._nonperson or (part.group().isupper() and len(part.group()) > 1):
                break
            if not part.group().islower():  # a name word, « al-Sarraj » too; not a particle
                words += 1
                end = part.end()
        if words == 0 or (words == 1 and not single):
            return None
        return position, end

    def _person(self, name: str, country: str | None, role: str | None) -> Actor:
        """The person a name after a role names: a known leader spelt another way (« Ilham
        Aliyev » for Ilham Aliev, « Benjamin Netanyahu »), or one the data files do not know."""
        name = " ".join(name.split())
        if (leader := self._leader_like(name, country)) is not None:
            return leader
        key = person_key(name)
        actor = self._found.get(key)
        if actor is None or (actor.country is None and country is not None):
            actor = Actor(key, name, "leader", country, role)
            self._found[key] = actor
        return actor

    def _leader_like(self, name: str, country: str | None = None) -> Actor | None:
        """The one known leader spelt like `name` (« Ilham Aliyev » for Ilham Aliev); with the
        country the role gives, a looser likeness will do among that country's leaders
        (« le Premier ministre arménien » spelt in another transliteration)."""
        words = _cue_form(name).split()
        candidates = self._leader_words.get((len(words), words[0][:1]), [])
        compatriots = [c for c in candidates if country and c[0].country == country]
        for threshold, pool in ((_SIMILAR, candidates), (_SIMILAR_SAME_COUNTRY, compatriots)):
            matches = {
                actor.key: actor for actor, known in pool
                if all(a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= threshold
                       for a, b in zip(words, known))
            }
            if matches:
                return next(iter(matches.values())) if len(matches) == 1 else None
        return None

    def _named_after(
        self, view: _Text, at: dict[int, _Hit], start: int, end: int, family: str | None, title: bool,
        named: dict[str, tuple[Actor, str | None]], found: list[_Hit],
    ) -> None:
        """« le ministre allemand des Affaires étrangères Heiko Maas », « M. Dupont »: a role or
        a title, what qualifies it, then a name (not right after « de »: « le maire de Pau »)."""
        zone = self._zone(view, at, end)
        if zone.last in _BEFORE_COMPLEMENT:
            return
        if (leader := at.get(zone.end)) is not None and leader.actor.kind == "leader":
            for hit in zone.nationals:  # « le Britannique Martin Griffiths », a known name
                hit.kind = "nationality"
            return
        name = self._name_at(view, at, zone.end, title or (family is not None and zone.last != ","))
        if name is None:
            return
        country = zone.country
        for hit in zone.nationals:
            hit.kind = "nationality"
            country = country or hit.actor.key
        text = view.text[name[0]:name[1]]
        form = normalize_alias(text)
        known = [person for full, person in named.items() if full != form and full.split()[-1] == form]
        if len({actor.key for actor, _ in known}) == 1:  # « M. Maas » after « Heiko Maas »
            found.append(_Hit(name[0], name[1], known[0][0], "name", "actor", known[0][1]))
            return
        role = None if title else " ".join(view.text[start:zone.end].split()).rstrip(" ,")
        actor = self._person(text, country, role)
        named.setdefault(normalize_alias(text), (actor, family))
        found.append(_Hit(name[0], name[1], actor, "name", "actor", family))
        plural = view.text[start:end].endswith(("s", "x"))  # « les Premiers ministres X et Y »
        while (link := _AND_NAME.match(view.text, name[1])) and (
                other := self._name_at(view, at, link.end(), False)):
            name, text = other, view.text[other[0]:other[1]]
            actor = self._person(text, country if plural else None, role if plural else None)
            named.setdefault(normalize_alias(text), (actor, family if plural else None))
            found.append(_Hit(name[0], name[1], actor, "name", "actor", family if plural else None))

    def _named_before(
        self, view: _Text, at: dict[int, _Hit], start: int, end: int, family: str | None,
        named: dict[str, tuple[Actor, str | None]], found: list[_Hit],
    ) -> None:
        """« Heiko Maas, le chef de la diplomatie allemande »: a name, a comma, then the role."""
        low = max(0, start - 80)
        match = _NAME_BEFORE.search(view.text, low, start)
        if match is None:
            return
        offset = match.start(1)
        for part in _NAME_PART.finditer(view.text, match.start(1), match.end(1)):
            if normalize_alias(part.group()) not in self._nonperson:  # « Selon Ned Price, »
                offset = part.start()
                break
        name = self._name_at(view, at, offset, False)
        if name is None or name[1] != match.end(1):
            return
        text = view.text[name[0]:name[1]]
        actor = self._person(text, self._zone(view, at, end).country, " ".join(view.text[start:end].split()))
        named.setdefault(normalize_alias(text), (actor, family))
        found.append(_Hit(name[0], name[1], actor, "name", "actor", family))

    def _named_again(
        self, view: _Text, at: dict[int, _Hit], named: dict[str, tuple[Actor, str | None]], found: list[_Hit],
    ) -> list[_Hit]:
        """The other places the text names the people it named after a role: the full name, or
        the surname alone when no other capitalised word stands next to it."""
        forms: dict[str, tuple[Actor, str | None]] = dict(named)
        surnames: dict[str, list[tuple[Actor, str | None]]] = {}
        for form, person in named.items():
            last = form.split()[-1]
            if len(last) >= 3 and last not in self._nonperson and last != form:
                surnames.setdefault(last, []).append(person)
        for last, people in surnames.items():
            if len({p[0].key for p in people}) == 1 and last not in forms:
                forms[last] = people[0]
        pattern = re.compile(r"(?<![\w'’-])(?:" + _alternation(forms) + r")(?![\w'’-])")
        taken = {(h.start, h.end) for h in found}
        again = []
        for match in pattern.finditer(view.folded):
            form = _SPACES.sub(" ", match.group())
            if (match.start(), match.end()) in taken or match.start() in at:
                continue
            if form in surnames and not self._standalone(view, match.start(), match.end()):
                continue
            actor, family = forms[form]
            again.append(_Hit(match.start(), match.end(), actor, "name", "actor", family))
        return again

    def _standalone(self, view: _Text, start: int, end: int) -> bool:
        before = re.search(r"([\w'’-]+)[ \u00a0]+$", view.text[max(0, start - 40):start])
        after = re.match(r"[ \u00a0]+([\w'’-]+)", view.text[end:end + 40])
        return not any(self._name_word(m.group(1)) for m in (before, after) if m)

    # --- phrases that stand for actors named elsewhere

    def _references(self, view: _Text, hits: list[_Hit]) -> list[_Hit]:
        """« les deux présidents » (the last two persons named), « leurs deux pays » (the last two
        states), « le président russe » (the one Russian president the text names)."""
        people = [h for h in hits if h.kind == "actor" and h.actor.kind == "leader"]
        states = [h for h in hits if h.kind == "actor" and h.actor.kind == "country"]
        out: list[_Hit] = self._roles_alone(view, hits, people) if people else []
        groups = {h.actor.key: h.actor for h in hits if h.kind == "actor" and h.actor.kind == "group"}
        if len(groups) == 1:  # « les belligérants », « les rebelles »: the one armed group the text names
            group = next(iter(groups.values()))
            taken = {h.start for h in hits}
            out += [_Hit(m.start(), m.end(), group) for m in self._sides_re.finditer(view.lowered)
                    if not taken.intersection(range(m.start(), m.end()))]
        people = sorted(people + out, key=lambda h: h.start)
        for pattern, pool in ((self._people_re, people), (self._states_re, states)):
            ends = [h.end for h in pool]
            for match in pattern.finditer(view.lowered):
                wanted = _NUMBERS[match.group(1)]
                heads = pattern is self._people_re and match.group(2) in _HEADS_OF_STATE
                recent: list[Actor] = []
                for hit in reversed(pool[:bisect_right(ends, match.start())]):
                    if heads and self._families.get(hit.actor.key, (hit.family, None))[0] in _MINISTERS:
                        continue  # « les deux dirigeants » are not the ministers named beside them
                    if hit.actor not in recent:
                        recent.append(hit.actor)
                    if len(recent) == wanted:
                        break
                if len(recent) == wanted:
                    out += [_Hit(match.start(), match.end(), actor) for actor in reversed(recent)]
        return out

    def _roles_alone(self, view: _Text, hits: list[_Hit], people: list[_Hit]) -> list[_Hit]:
        """A role with no name after it (« le président russe a déclaré ») stands for the one
        person of that office, and of that country when it says one, the text names."""
        at = {h.start: h for h in hits}
        spans = sorted((h.start, h.end) for h in hits)
        starts = [start for start, _ in spans]
        offices: dict[str, tuple[str | None, str | None]] = {}
        former = {h.actor.key for h in people if _FORMER_BEFORE.search(view.plain[max(0, h.start - 60):h.start])}
        times_named = Counter(h.actor.key for h in people)
        for hit in people:
            if hit.actor.key in former:
                continue
            family, country = self._families.get(hit.actor.key, (hit.family, hit.actor.country))
            if hit.family and not family:
                family = hit.family
            offices.setdefault(hit.actor.key, (family, country or hit.actor.country))
        by_key = {h.actor.key: h.actor for h in people}
        out = []
        qualified: set[str] = set()  # holders the text introduces with their country's adjective
        topic = False
        undecided: list[tuple[int, int, set[str]]] = []
        for match in self._role_re.finditer(view.lowered):
            start, end = match.start(), match.end()
            index = bisect_left(starts, end)
            if index and spans[index - 1][1] > start:  # a name is read there already
                continue
            before = view.lowered[max(0, start - 40):start]
            if not _DETERMINER_BEFORE.search(before) or _NOT_THE_SAME.search(before.rstrip()):
                continue
            written = _SPACES.sub(" ", match.group())
            family = self._roles[written]
            zone = self._zone(view, at, end)
            if self._name_at(view, at, zone.end, False) is not None:
                continue
            country = zone.country
            if country is None and written in _FRENCH_ROLES:
                country = "country:FR"
            if (named := at.get(zone.end)) is not None and not (
                    zone.last == "," and named.actor.kind == "leader" and country is not None
                    and named.actor.country not in (None, country)):
                if zone.country is not None:
                    # introduced opening a sentence, he is what the text goes on about (« Le
                    # Premier ministre indien, Narendra Modi, est arrivé… Le Premier ministre, en
                    # visite… »): no holder is then told apart by his country
                    topic = topic or _OPENS_SENTENCE.search(view.text, max(0, start - 45), start) is not None
                    qualified.add(named.actor.key)
                continue  # « le président russe, Vladimir Poutine »; not « le président russe, Ilham Aliev, »
            if len(zone.countries) >= 2 and (single := self._singular_role(written)) is not None:
                # « les dirigeants russe et azerbaïdjanais »: the one person of that office of each
                allowed = _GENERIC_FAMILIES.get(single, {single})
                for each in dict.fromkeys(zone.countries):
                    fits = {key for key, (f, c) in offices.items() if f in allowed and c == each}
                    if len(fits) == 1:
                        out.append(_Hit(start, end, by_key[fits.pop()]))
                continue
            allowed = _GENERIC_FAMILIES.get(family, {family})
            fits = {key for key, (f, c) in offices.items()
                    if f in allowed and (country is None or c == country)}
            if (chosen := _most_named(fits, times_named)) is not None:
                out.append(_Hit(start, end, by_key[chosen]))
            elif country is None and len(fits) > 1:
                undecided.append((start, end, fits))
        # « le Premier ministre » alone, in a story that introduces another holder as « le Premier
        # ministre irlandais, Leo Varadkar »: the one the text did not need to say the country of
        for start, end, fits in undecided if not topic else ():
            if len(left := fits - qualified) == 1:
                out.append(_Hit(start, end, by_key[left.pop()]))
        out.sort(key=lambda h: h.start)
        return out

    def _singular_role(self, written: str) -> str | None:
        """The family of a plural role's singular (« dirigeants » -> chef), None if not plural."""
        words = written.split(" ")
        single = " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)
        return self._roles.get(single) if single != written else None


def _with_articles(prepositions: Iterable[str]) -> list[str]:
    """Each preposition, and with the article a name may take after it: « à » gives « au », « aux »,
    « à la », « à l' »; « près de » gives « près du », « près des », « près de la », « près de
    l' »; « devant » gives « devant le », « devant la », « devant l' », « devant les »."""
    forms = []
    for preposition in prepositions:
        forms.append(preposition)
        if preposition == "à" or preposition.endswith(("'à", " à")):
            head = preposition[:-1]
            forms += [head + "au", head + "aux", preposition + " la", preposition + " l'"]
        elif preposition == "de" or preposition.endswith(" de"):
            head = preposition[:-2]
            forms += [head + "du", head + "des", preposition + " la", preposition + " l'"]
        else:
            forms += [preposition + " " + article for article in ("le", "la", "l'", "les")]
    return forms


def _most_named(fits: set[str], named: Counter[str]) -> str | None:
    """The one of `fits` a role alone stands for: the only one, or the one the text names at least
    twice as often as any other (« le Premier ministre » in a story about Boris Johnson that
    names « le Premier ministre irlandais, Leo Varadkar » once)."""
    if len(fits) == 1:
        return next(iter(fits))
    ranked = sorted(fits, key=lambda key: (-named[key], key))
    if len(ranked) >= 2 and named[ranked[0]] >= 2 * named[ranked[1]]:
        return ranked[0]
    return None


_RANKING = re.compile(
    r"(?<!\w)(?:premi[eè]re?|deuxi[eè]me|second|seconde|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me"
    r"|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me|derni[eè]re?|\d+e|\d+[eè]me)s? +(?:[\w'-]+ +){0,2}?"
    r"(?:pays|[eé]tats?|nations?|membres?)(?!\w)[^.;!?]{0,120}?(?<!\w)apr[eè]s +")
_LIST_START = re.compile(r"(?:l'|le |la |les )?")
_LIST_NEXT = re.compile(r" *(?:\(\d{4}\))? *(?:,|et|ou) +(?:l'|le |la |les )?")


def _without_nicknames(view: _Text, hits: list[_Hit]) -> list[_Hit]:
    """`hits` without the people the gazetteer knows by a surname that the text gives as someone
    else's nickname (« le chef des FARC, Rodrigo Londoño, dit Timochenko », « alias « Timochenko » »
    is not Ukraine's Ioulia Timochenko), unless it names that person in full too."""
    named_in_full = {h.actor.key for h in hits if " " in view.text[h.start:h.end].strip()}
    return [h for h in hits if not (h.actor.kind in ("leader", "person") and h.actor.key not in named_in_full
                                    and " " not in view.text[h.start:h.end].strip()
                                    and _NICKNAME_BEFORE.search(view.text, max(0, h.start - 30), h.start))]


_NICKNAME_BEFORE = re.compile(r"\b(?:dit|dite|alias|surnommée?|connue? sous le nom de)\s*[«\"“]?\s*$",
                              re.IGNORECASE)


def _precedents(view: _Text, hits: list[_Hit]) -> None:
    """The states a ranking names as the ones before (« le troisième pays arabe à reconnaître
    Israël, après l'Égypte et la Jordanie »): precedents, not participants."""
    if "apr" not in view.lowered:
        return
    at = {h.start: h for h in hits}
    for match in _RANKING.finditer(view.lowered):
        position = _LIST_START.match(view.lowered, match.end())
        hit = at.get(position.end()) if position else None
        while hit is not None and hit.actor.kind == "country" and hit.kind == "actor":
            hit.kind = "precedent"
            link = _LIST_NEXT.match(view.lowered, hit.end)
            hit = at.get(link.end()) if link else None


# « Il » or « Elle » as the subject opening a sentence, maybe after a short adverbial (« Lundi, il
# avait souhaité »), or « sa », « son », « ses » opening its subject (« Le 10 octobre, sa rencontre
# avec … »); not the impersonal « il y a », « il faut », « il s'agit », « il est prévu ».
_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?])[ \u00a0]+|\n[ \u00a0]*)(?:[A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,2} *, *)?"
    r"(Il|Elle|il|elle|Sa|Son|Ses|sa|son|ses)"
    r"(?= +(?!y |faut|faudra|faudrait|fallait|s'agi|s’agi|semble|semblait|reste|restait|importe|para[iî]t"
    r"|manque|manquait|manquera|est |était |sera |serait |a été |avait été )\w)")
_SUBJECT_WITHIN = 60  # characters: how near the start of its sentence a person stands as its subject
_SENTENCE_END = re.compile(r"[.!?](?=[ \u00a0]+|\n)")


def _pronouns(view: _Text, hits: list[_Hit]) -> list[_Hit]:
    """« Il », « Elle » opening a sentence stand for the one person the sentence before names, when
    it names that person near its start, as its subject (« D'après l'ONU, Prénom Nom a rencontré
    ... Lundi, il avait souhaité »); so do « sa », « son », « ses » (« Le 10 octobre, sa rencontre
    avec le Premier ministre irlandais a débloqué la négociation »: the person meets him)."""
    people = sorted((h for h in hits if h.kind == "actor" and h.actor.kind == "leader"), key=lambda h: h.start)
    if not people:
        return []
    starts = [h.start for h in people]
    out = []
    for match in _PRONOUN.finditer(view.text):
        start = match.start(1)
        if view.text[match.start():start].strip() and not match.group(1)[0].islower():
            continue  # « Lundi, Il »: not a sentence
        ends = [m.end() for m in _SENTENCE_END.finditer(view.text, 0, match.start() + 1)]
        if not ends:
            continue
        low = ends[-2] if len(ends) >= 2 else 0
        before = people[bisect_left(starts, low):bisect_left(starts, ends[-1])]
        opening = len(view.text[low:ends[-1]]) - len(view.text[low:ends[-1]].lstrip())
        if len({h.actor.key for h in before}) == 1 and before[0].start - low - opening <= _SUBJECT_WITHIN:
            out.append(_Hit(start, match.end(1), before[0].actor))  # its subject, not « ... reçu par X. Elle »
    return out


# Spellings of one sound across the transliterations outlets use (French, English, German, Dutch):
# « Pachinian », « Pashinyan », « Pasjinian »; « Djeyhoun », « Jeyhun »; « Tchourkine », « Churkin ».
_SOUNDS = (("tch", "ch"), ("sch", "ch"), ("sh", "ch"), ("sj", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
           ("ph", "f"), ("ck", "k"), ("q", "k"), ("y", "i"), ("oo", "u"), ("ou", "u"))
_SOUND = re.compile("|".join(sorted((a for a, _ in _SOUNDS), key=len, reverse=True)))
_SOUND_OF = dict(_SOUNDS)
_DOUBLE = re.compile(r"([a-z])\1+")
_ARTICLE = frozenset(("al", "el"))  # « al-Sarraj », « el-Sarraj » and « Sarraj » are one name
# German and Dutch endings of Slavic and Armenian names: « Lawrow », « Schatrowsky », « Paschinjan »
_ENDINGS = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    (r"(?<=[a-z]{2})([oe])ff$", r"\1v"), (r"(?<=[a-z])ow$", "ov"), (r"(?<=[a-z])([oe])w(?=sk|a$)", r"\1v"),
    (r"(?<=[a-ce-z])jan$", "ian")))


def person_key(name: str) -> str:
    """The key of a person the data files do not know: the name folded to how it sounds, so that
    the transliterations outlets use give one key (« Nikol Pashinyan », « Nikol Pachinian » and
    « Nikol Pasjinian »: person:nikol-pachinian; « Issayas », « Isaias »: isaias), and the same
    key in every article, whichever spelling comes first. Plain names keep their look
    (person:knut-halvorsen). Vowels are kept: « Afwerki » and « Afworki » stay two."""
    words = [word for word in re.split(r"[^a-z0-9]+", _lower(fold(name)).replace("'", "")) if word]
    words = words[:1] + [word for word in words[1:] if word not in _ARTICLE]  # not « Al » as a first name
    for pattern, replacement in _ENDINGS:
        words = [pattern.sub(replacement, word) for word in words]
    return "person:" + "-".join(_DOUBLE.sub(r"\1", _SOUND.sub(lambda m: _SOUND_OF[m.group()], word)) for word in words)


def _merge(hits: list[_Hit], people: list[_Hit]) -> list[_Hit]:
    """The dictionary's mentions and the people found, without overlaps: a person's name
    read after a role wins over a shorter name inside it."""
    if not people:
        return hits
    people = sorted(people, key=lambda h: (h.start, -h.end))
    kept_people: list[_Hit] = []
    for person in people:
        if kept_people and person.start < kept_people[-1].end:
            continue
        kept_people.append(person)
    result = [h for h in hits if not any(p.start < h.end and h.start < p.end for p in kept_people)]
    return sorted(result + kept_people, key=lambda h: h.start)


def _shipped_cues() -> Cues:
    try:
        return Cues.read(resource_path("actors", CUES_FILE))
    except FileNotFoundError:
        return Cues()
