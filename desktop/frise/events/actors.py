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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from frise.resources import resource_path

Kind = Literal["country", "organisation", "institution", "leader", "group"]
KINDS: tuple[str, ...] = ("country", "organisation", "institution", "leader", "group")
IGNORE = "ignore"
DATA_FILES = ("countries.tsv", "country_extras.tsv", "actors.tsv")
COLUMNS = ("key", "kind", "name", "aliases", "demonyms", "capitals", "country", "role")
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


@dataclass(frozen=True, slots=True)
class ActorMention:
    """`text[start:end]` names `actor`; "Moscou" and "russe" name country:RU."""

    start: int
    end: int
    text: str
    actor: Actor


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
    where: str = ""


@dataclass
class _Claim:
    """Who owns an alias: the last row to name it, so later files override earlier ones."""

    order: int
    key: str
    written: str


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
        names = [row.get("name", "")]
        for column in ("aliases", "demonyms", "capitals"):
            names += row.get(column, "").split("|")
        names = [name.strip() for name in names if name.strip()]
        draft = self.drafts.get(key)
        if draft is None:
            if not kind or not names:
                raise GazetteerError(f"{where}: new key {key!r} needs a kind and a name")
            draft = self.drafts[key] = _Draft(key, kind, names[0], where=where)
        for column in ("kind", "name", "country", "role"):
            if row.get(column):
                setattr(draft, column, row[column])
        if row.get("country"):
            draft.where = where
        for written in names:
            if form := normalize_alias(written):
                self.claimed += 1
                self.claims[form] = _Claim(self.claimed, key, written)

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
            actors[draft.key] = Actor(draft.key, draft.name, kind, country, draft.role or None)
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

    def accepts(self, folded_span: str) -> bool:
        compact = _SPACES.sub(" ", folded_span)
        return len(compact) == len(self.form) and all(compact[i] == c for i, c in self.capitals)


class Gazetteer:
    """Every known actor and the names that point to it; `find` lists the mentions in a text.

    Build one with `load` (the shipped data plus the user's files) or `from_files`.
    """

    def __init__(self, actors: dict[str, Actor], claims: dict[str, _Claim]) -> None:
        self._actors = actors
        self._aliases: dict[str, list[str]] = {key: [] for key in actors}
        self._entries: dict[str, list[_Entry]] = {}
        for form, claim in sorted(claims.items(), key=lambda item: -item[1].order):
            actor = actors.get(claim.key)
            if actor is not None:
                self._aliases[claim.key].insert(0, claim.written)
            capitals = tuple((i, c) for i, c in enumerate(form) if c.isupper())
            self._entries.setdefault(form.lower(), []).append(_Entry(form, capitals, actor))
        self._trie = _trie(self._entries)
        self._pattern = re.compile(r"(?<!\w)" + _trie_pattern(self._trie) + r"(?!\w)")

    @classmethod
    def load(
        cls, extra_paths: Iterable[str | Path] = (), *, directory: Path | None = None
    ) -> Gazetteer:
        """The shipped gazetteer, then the user's files: a row with a known key changes that
        actor (and adds its aliases), a new key adds an actor, and an alias named again belongs
        to the last row that names it."""
        if directory is not None:
            shipped = [Path(directory) / name for name in DATA_FILES]
        else:
            shipped = [resource_path("actors", name) for name in DATA_FILES]
        return cls.from_files([*shipped, *map(Path, extra_paths)])

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> Gazetteer:
        builder = _Builder()
        for path in paths:
            builder.add_file(path)
        return cls(builder.actors(), builder.claims)

    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def get(self, key: str) -> Actor | None:
        return self._actors.get(key)

    def aliases(self, key: str) -> tuple[str, ...]:
        """The names matched for `key`, as written in the data files."""
        return tuple(self._aliases.get(key, ()))

    def find(self, text: str) -> list[ActorMention]:
        """Non-overlapping mentions, leftmost first and, at one position, the longest name."""
        folded = fold(text)
        lowered = _lower(folded)
        mentions: list[ActorMention] = []
        position = 0
        while match := self._pattern.search(lowered, position):
            start = match.start()
            hit = self._resolve(folded, lowered, start, match.end())
            if hit is None:
                position = start + 1
                continue
            end, actor = hit
            if actor is not None:
                mentions.append(ActorMention(start, end, text[start:end], actor))
            position = end
        return mentions

    def _resolve(
        self, folded: str, lowered: str, start: int, end: int
    ) -> tuple[int, Actor | None] | None:
        """The longest alias at `start` whose capitals the text respects, or None.

        The regex found the longest alias ignoring case; only when the text's case rules that
        one out ("Nations Unies Spéciales" written in lowercase) are the shorter ones tried."""
        if entry := self._accepted(folded, lowered, start, end):
            return end, entry.actor
        for candidate in self._ends_at(lowered, start):
            if candidate < end and (entry := self._accepted(folded, lowered, start, candidate)):
                return candidate, entry.actor
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
