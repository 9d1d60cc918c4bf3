"""Folding French words into lookup keys: lower case, no accents, one apostrophe."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’‘ʼʻ՚ꞌ＇′‵ʹ´`"
"""The apostrophes French text is found with: typographic, modifier letters, primes, full width,
accents typed for one."""
_APOSTROPHES = str.maketrans({c: "'" for c in APOSTROPHES})
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
"""A word as the cue lists see one: letters (an elided « l' » or « qu' » kept on its word), or digits."""


_LONG_ELISIONS = frozenset({"jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """« Réunis » and « RÉUNIS » alike: lower case, accents removed, apostrophes plain."""
    decomposed = unicodedata.normalize("NFD", text.translate(_APOSTROPHES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_accents(text: str) -> str:
    """`text` without its accents, case kept (« Élysée » is « Elysee »)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """A name as people type it, for comparing names: folded, hyphens as spaces, spaces single
    (« Radio-Canada », « radio canada » and « RADIO CANADA » alike)."""
    return " ".join(strip_accents(text.translate(_APOSTROPHES)).casefold().replace("-", " ").split())


def folded_words(text: str) -> list[tuple[int, int, str]]:
    """The words of `text` with their offsets, each folded; an elision (« l'accord ») gives the
    word after it (« accord »), which is what a cue names."""
    out = []
    for match in WORD.finditer(text):
        skip, word = _folded_word(match.group())
        out.append((match.start() + skip, match.end(), word))
    return out


def folded_word_list(text: str) -> list[str]:
    """The words of `folded_words(text)` without their offsets: what a cue list is matched against."""
    return [_folded_word(word)[1] for word in WORD.findall(text)]


@lru_cache(maxsize=65536)
def _folded_word(word: str) -> tuple[int, str]:
    """`word` folded, and where in it the word a cue names starts: past an elision (« l' »,
    « qu' », « jusqu' »), else at 0."""
    folded = fold(word)
    head, apostrophe, tail = folded.partition("'")
    if apostrophe and tail and (len(head) <= 2 or head in _LONG_ELISIONS):  # l', qu', jusqu'…
        return len(head) + 1, tail
    return 0, folded
