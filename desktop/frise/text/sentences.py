"""Sentence boundaries in French news text, as character spans of the original text: the one
splitter the temporal engine, the statements and the dating of undated articles share.

Scraped articles glue sentences together ("prendre fin le 6 mai.Le chef", "(provinces de Daraa
et de Quneitra).Selon"), so a full stop followed directly by a capital letter ends a sentence too.
What must not end one: titles before a name ("M. Poutine", "Mme Merkel"), initials ("J. Smith",
"U.S."), decimals ("3.5"), web addresses ("pic.twitter.com"), and "?" or "!" inside a quotation
that the sentence goes on after (« Vraiment ? » a-t-il dit). A line break always ends a sentence:
titles, captions and paragraphs carry no final full stop.
"""

from __future__ import annotations

import bisect
import re

# « [.!?…][.!?…]* » rather than « [.!?…]+ »: a pattern opening on a class, not a repeat, lets the
# regular expression engine skip at C speed to the characters of that class.
_END = re.compile(r"[.!?…][.!?…]*(?:[ \u00a0\u202f]?[»”])?[\"’)\]]*")
_TITLES = frozenset(
    "m mm mme mmes mlle mlles dr drs pr me mgr st ste gén gen col cdt cne lt sgt adj s.e".split()
)
_TOKEN_BEFORE = re.compile(r"([\w.\-]+)$")
_OPENERS = "«\"“‘(—–-#[¿¡"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        for match in _END.finditer(text, start, end):
            cut = match.end()
            if cut < end and _ends_sentence(text, match.start(), cut, end):
                spans.append((start, cut))
                start = cut
        spans.append((start, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


_LINE = re.compile(r"[^\n]+")


def _ends_sentence(text: str, punct: int, cut: int, end: int) -> bool:
    following = cut
    while following < end and text[following] in " \t\u00a0\u202f":
        following += 1
    if following >= end:
        return False
    nxt = text[following]
    spaced = following > cut
    if not (nxt.isupper() or (spaced and (nxt.isdigit() or nxt in _OPENERS))):
        return False
    if text[punct] != ".":
        return True
    # Only the 20 characters before the stop matter: looking for the line's start further back
    # made a long text without line breaks quadratic (10 MB took minutes).
    window = max(0, punct - 20)
    token = _TOKEN_BEFORE.search(text, max(text.rfind("\n", window, punct) + 1, window), punct)
    if token is None:
        return True
    word = token.group(1)
    if word.lower() in _TITLES:
        return False
    last_part = word.rsplit(".", 1)[-1]
    if len(last_part) == 1 and last_part.isupper():
        return False  # an initial: "J. Smith", "U.S."
    return spaced or text[punct - 1].isalpha() or text[punct - 1] in ")»\"”’]"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def sentence_at(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding `offset` (spans sorted); the nearest one before otherwise."""
    low, high = 0, len(spans) - 1
    best = 0
    while low <= high:
        middle = (low + high) // 2
        if spans[middle][0] <= offset:
            best = middle
            low = middle + 1
        else:
            high = middle - 1
    return best


class Sentences:
    """The sentences of a text (`split_sentences`), found once, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.spans = split_sentences(text)
        self._starts = [start for start, _ in self.spans]
        self._ends = [end for _, end in self.spans]
        self.ends = self._ends
        """Where each sentence ends, in order: `index` is bisect_right over them (read by callers
        that look up every expression of a dense text, for whom a method call is the cost)."""
        self._length = len(text)

    def bounds(self, offset: int) -> tuple[int, int]:
        """The stretch from the end of the sentence before `offset` to the end of the sentence
        holding it (the whitespace between two sentences goes with the second)."""
        index = bisect.bisect_right(self._ends, offset)
        start = self._ends[index - 1] if index else 0
        end = self._ends[index] if index < len(self._ends) else self._length
        return start, end

    def index(self, offset: int) -> int:
        """How many sentences end at or before `offset`."""
        return bisect.bisect_right(self._ends, offset)

    def span(self, offset: int) -> tuple[int, int]:
        """The sentence holding `offset` (trimmed), or the stretch between two sentences."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._ends[index]:
            return self.spans[index]
        return self.bounds(offset)
