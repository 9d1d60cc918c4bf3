"""An article's title when its format has none to give.

Text files copied from a news page usually start with the headline on its own line: short, no
final period. When the first line is a sentence instead (a wire story pasted without its
headline), the first sentence shortened at a word boundary stands in, so that every article in the
list has something readable to show.
"""

from __future__ import annotations

import re

from .dates import dateline_span, from_dateline
from .outlets import masthead

MAX_HEADLINE = 200
SHORT_TITLE = 100
_NOT_HEADLINE_END = ".,;:"
_SENTENCE_END = re.compile(r"[.!?…](?=[\s»”\"]|$)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMM|\bMme|\bMlle|\bDr|\bSt|\bav|\bboul|\bJ\.-C|\betc)$")
_TRAILING = " ,;:–—-(«\"'"
# « VIENNE (AFP) - », « MOSCOU, 6 juillet (Reuters) — »: a wire story's opening, in capitals.
_WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{1,40}(?:,[^()\n]{1,30})?\s*\((?:AFP|Reuters|AP|ATS|Belga|APS|MAP)\)\s*[-–—]"
)
# Words a shortened title should not end on ("... en Syrie, a…" reads better as "... en Syrie…").
_DANGLING = frozenset(
    {
        "a", "à", "au", "aux", "de", "des", "du", "d'", "en", "et", "la", "le", "les", "l'", "un",
        "une", "ou", "par", "pour", "sur", "dans", "avec", "que", "qui", "ne", "se", "sa", "son",
        "ses", "est", "sont", "ont",
    }
)  # fmt: skip


def first_line(text: str) -> str:
    """The first line with text that is not the outlet's masthead (« Le Monde » above the
    headline of a copied page)."""
    for line in text.split("\n"):
        if line.strip() and masthead(line) is None:
            return line.strip()
    return ""


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, several words, no final period."""
    line = first_line(text)
    if not line or len(line) > MAX_HEADLINE or line[-1] in _NOT_HEADLINE_END:
        return None
    if len(line.split()) < 2 and len(line) < 4:
        return None
    return None if from_dateline(line) else line


def first_sentence(text: str) -> str:
    """Up to the first sentence end that is not an abbreviation such as "M." or "Mme."."""
    paragraph = " ".join(text.strip().split("\n\n", 1)[0].split())
    for match in _SENTENCE_END.finditer(paragraph):
        if match.group() == "." and _ABBREVIATION.search(paragraph[: match.start()]):
            continue
        return paragraph[: match.end()]
    return paragraph


def shorten(sentence: str, limit: int = SHORT_TITLE) -> str:
    """`sentence` without its final period, cut at a word boundary with "…" if over `limit`."""
    sentence = sentence.strip().rstrip(".")
    if len(sentence) <= limit:
        return sentence
    words = sentence[: limit + 1].split()
    if not sentence[limit].isspace():
        words = words[:-1] if len(words) > 1 else [sentence[:limit]]
    while len(words) > 3 and words[-1].rstrip(_TRAILING).lower() in _DANGLING:
        words = words[:-1]
    return " ".join(words).rstrip(_TRAILING) + "…"


def derive(text: str, fallback: str) -> str:
    """A headline first line, else the shortened first sentence (after the dateline, which says
    where and when, not what: "Paris, le 3 février 2022. Le ministre…"), else `fallback`."""
    found = headline(text)
    if found:
        return found
    span = dateline_span(text)
    if span is not None:
        text = text[span[1]:].lstrip(" \t\u00a0—–-.,:")
    return shorten(first_sentence(text)) or fallback


def drop_title_lines(text: str, title: str) -> str:
    """Remove the title from the top of the body when it stands as its own paragraph.

    A headline repeated right below it (pages show it again over the photo) goes too. A first
    line not followed by a blank line is the article's lead and stays.
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].strip() != title:
        return text
    following = lines[start + 1].strip() if start + 1 < len(lines) else ""
    # A dateline starts the article's first paragraph: the line above it is the headline even
    # without a blank line between (a « Publié le ... » stamp between them was taken out).
    span = dateline_span(following) if following else None
    standalone = not following or bool(_WIRE_DATELINE.match(following)) or (span is not None and span[0] == 0)
    if not standalone:
        return text
    rest = start + 1
    while rest < len(lines) and (not lines[rest].strip() or lines[rest].strip() == title):
        rest += 1
    return "\n".join(lines[rest:])


def strip_site_suffix(title: str, site: str | None) -> str:
    """ "Syrie : un accord - Le Monde" -> "Syrie : un accord" when the site is known."""
    if not site:
        return title
    for separator in (" - ", " | ", " – ", " — ", " : "):
        suffix = f"{separator}{site}"
        if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
            return title[: -len(suffix)].strip()
    return title
