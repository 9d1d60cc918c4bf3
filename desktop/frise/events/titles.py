"""A short French title for a dated statement, taken from the clause around its date.

The date itself is left out (the timeline already shows it). The sentence is cut into clauses at
commas, semicolons, colons and spaced dashes, after dropping parentheticals; the clause holding the
date is the title when it says enough. When it does not, the title borrows what a reader needs:

- a date fronted before the main clause ("Début mai, les représentants ... ont signé ...") takes
  the clauses that follow, skipping appositions ("pays garants de la trêve en Syrie") up to the verb;
- a clause that starts with its verb ("ont adopté début mai à Astana un plan") or a participle
  ("abattu le 18 juin par ...") gets its subject back from the start of the sentence;
- a date at the very end ("..., le 3 mai.") takes the clauses just before it.

Web addresses, @handles, hashtag signs and pictographs are dropped. Titles stay under `limit`
characters, cut at a word boundary with an ellipsis.
"""

from __future__ import annotations

import re

LIMIT = 90
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
    r"(?:avant|après)(?= (?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cette)\b))\s*",
    re.IGNORECASE,
)
_LEADS = re.compile(r"^(?:selon|d['’]après|pour|de son côté|de leur côté)\b", re.IGNORECASE)
_TRAILING_WEAK = frozenset(
    """de du des la le les l d et ou à au aux en sur pour par un une avec dans son sa ses leur
    leurs ce cette ces qui que dont entre""".split()
)
_PARTICIPLE = re.compile(r"^[^\W\d_]{3,}(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|it|ite|ites|ert|erte)$")
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


def make_title(passage: str, date_start: int | None = None, date_end: int | None = None,
               limit: int = LIMIT) -> str:
    """The title of the statement whose date sits at `passage[date_start:date_end]`.

    Without a date span the whole passage is summarised (a tweet whose date line says nothing).
    """
    date_text = ""
    if date_start is not None and date_end is not None:
        date_text = " ".join(passage[date_start:date_end].split())
        marked = passage[:date_start] + _MARK + passage[date_end:]
    else:
        marked = passage
    marked = _clean(marked)
    segments = _segments(marked)
    index = next((i for i, (text, _) in enumerate(segments) if _MARK in text), None)
    if index is None:
        return _finish(_compose(segments), limit)
    clause = segments[index][0]
    own = _with_date(clause, date_text)
    before, after = segments[:index], segments[index + 1 :]
    if _count_words(clause.replace(_MARK, " ")) >= 4:
        title = own + _complement(after) if clause.rstrip(" .").endswith(_MARK) else own
        if before and (_starts_with_verb(own) or _starts_with_participle(own)):
            subject = _subject(before)
            if subject:
                title = subject + (" " if _starts_with_verb(own) else ", ") + title
    else:
        title = _compose(after) if _count_words(_compose(after)) >= 3 else ""
        if not title:
            title = _backward(before)
        if not title:
            title = own
    return _finish(title, limit) or _finish(marked.replace(_MARK, date_text), limit)


def _clean(text: str) -> str:
    text = _NOISE.sub(" ", text)
    text = _PICTOGRAPHS.sub("", text)
    text = re.sub(r"\s*\([^()" + _MARK + r"]*\)", "", text)
    text = re.sub(r"\s+[–—]\s+[^–—" + _MARK + r"]{1,120}?\s+[–—]\s+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _segments(text: str) -> list[tuple[str, str]]:
    """Clauses with the separator that preceded each ("" for the first)."""
    segments: list[tuple[str, str]] = []
    position, separator = 0, ""
    for match in _SEPARATOR.finditer(text):
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


def _complement(after: list[tuple[str, str]]) -> str:
    """The noun complement a date and a place were slipped before ("la signature, le 4 mai, à
    Astana, du mémorandum ..."): short inserted clauses, then one starting with "du"/"de"/"des"."""
    taken = ""
    for text, separator in after[:3]:
        taken += (separator or ", ") + text
        if _COMPLEMENT.match(text):
            return taken
        if _count_words(text) > 3:
            break
    return ""


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


def _starts_with_verb(segment: str) -> bool:
    word = _first_word(segment)
    return word in _AUX or word.startswith(("s'", "s’", "n'", "n’"))


def _starts_with_participle(segment: str) -> bool:
    word = _first_word(segment)
    return segment[:1].islower() and word not in _FUNCTION and bool(_PARTICIPLE.match(word))


def _is_apposition(segment: str) -> bool:
    """A lowercase clause with no verb that names again what came before it."""
    if not segment[:1].islower() or _starts_with_verb(segment):
        return False
    word = _first_word(segment).split("'")[0].split("’")[0]
    if word in _FUNCTION:
        return False
    tokens = {w.lower() for w in _WORD.findall(segment)}
    return not tokens & _AUX


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


def _subject(before: list[tuple[str, str]]) -> str:
    """The leading clauses of a sentence up to the first apposition: its grammatical subject."""
    segments = list(before)
    while len(segments) > 1 and _LEADS.match(segments[0][0]):
        segments = segments[1:]
    out = ""
    for i, (text, separator) in enumerate(segments):
        if i and (_is_apposition(text) or _starts_with_participle(text) or _starts_with_verb(text)):
            break
        out = text if not out else out + (separator or ", ") + text
    return _CONNECTIVE.sub("", out)


def _backward(before: list[tuple[str, str]]) -> str:
    """The clauses nearest before the date, enough of them to say something."""
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
    text = _CONNECTIVE.sub("", text)
    if rest and _starts_with_verb(text):
        subject = _subject(rest)
        if subject:
            text = subject + " " + text
    return text


def _count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _finish(title: str, limit: int) -> str:
    title = title.replace(_MARK, " ")
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"\s+([,.)…])", r"\1", title)
    title = re.sub(r"^[\s,;:.!?…\-–—«»\"“”'’()\[\]+]+", "", title)
    title = re.sub(r"[\s,;:\-–—(«\"“\[+.]+$", "", title)
    title = _balance_quotes(title)
    if len(title) > limit:
        title = _truncate(title, limit)
    return title[:1].upper() + title[1:]


def _truncate(title: str, limit: int) -> str:
    cut = title.rfind(" ", 0, limit - 1)
    words = title[: cut if cut > 0 else limit - 1].split()
    while len(words) > 1 and (words[-1].lower().strip(",;:") in _TRAILING_WEAK or
                              words[-1].lower().endswith(("'", "’"))):
        words.pop()
    text = " ".join(words).rstrip(" ,;:-–—«\"“")
    return _balance_quotes(text) + "…"


def _balance_quotes(text: str) -> str:
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return re.sub(r"\s+", " ", text).strip()
