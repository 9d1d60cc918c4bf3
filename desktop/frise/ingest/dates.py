"""Where an article's publication date may be read, and how precisely.

Only places that state the article's own date count: a metadata header (` date 2017-07` at the
top of the seed files), a French dateline or publication stamp near the top or bottom ("Paris, le
5 juillet 2017", "Publié le 06/07/2017 à 10h"), the URL, the file name. Dates in the running text
are events the article reports ("signé le 4 mai 2017"), never its publication date, so no rule
here searches the body. Conversely a dateline opening the text dates the article and reports
nothing: `dateline_span` says where it is, so that it makes no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from frise.text.french import BYLINE_OPENING

from .model import Precision

MONTHS: dict[str, int] = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_TEXT_DATE = re.compile(
    rf"{_WEEKDAY}(?P<d>1er|\d{{1,2}})\s+(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?![\d-])")

_HEADER = re.compile(
    r"\A[ \t]*date[ \t]*[:=]?[ \t]*(?P<value>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])[ \t]*", re.IGNORECASE
)
_STAMP = re.compile(
    r"^(?P<verb>publiée?|parue?|mise? en ligne|mise? à jour|modifiée?|actualisée?)"
    r"\s+le\s+(?P<rest>.*)$",
    re.IGNORECASE,
)
_FIRST_HAND = ("publi", "paru", "mis en ligne", "mise en ligne")
_BYLINE = re.compile(
    rf"^{BYLINE_OPENING}\s*(?:(?:publiée?|parue?|mise? en ligne)\s+le\s+)?(?P<rest>.*)$", re.IGNORECASE)
"""A byline that gives the day: « Par Jeanne Roy | 3 mars 2021 à 07h30 », « Par Jeanne Roy —
Publié le 3 mai 2019 » (`BYLINE_OPENING`)."""
# Up to four words, each with its hyphenated parts ("Saint-Denis de la Réunion"), written so that
# a text can be read in only one way: a long run of "a-a-a-..." must not backtrack for minutes.
_CITY_WORD = r"[^\W\d_][\w'’.]*(?:-[\w'’.]+)*"
_CITY = rf"{_CITY_WORD}(?:/{_CITY_WORD})?(?: {_CITY_WORD}){{0,3}}"  # "EREVAN/BAKOU" too
_COUNTRY = r"(?:[ \t]*\([^()\n]{1,40}\))?"  # "Genève (Suisse), le ..."
_CITY_DATELINE = re.compile(rf"^(?P<city>{_CITY}){_COUNTRY},\s*(?:le\s+)?(?P<rest>.*)$")
# A dateline opening the text: city, country in parentheses, "le" and a date with its year, an
# agency in parentheses, then a dash, a period or the end of the line; or, as agencies write it,
# a day and month without the year, then the agency and a dash ("PEKIN, 9 janvier (Reuters) -").
_DATELINE = re.compile(
    rf"(?P<city>{_CITY}){_COUNTRY},[ \t]*(?:le[ \t]+)?"
    rf"(?:(?P<date>{_WEEKDAY}(?:1er|\d{{1,2}})[ \t]+(?:{_MONTH})\.?[ \t]+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?!\d)"
    r"(?:[ \t]*\([^()\n]{1,20}\))?(?=[ \t]*(?:[-–—]|\.(?!\S)|$))"
    rf"|(?P<short>(?:1er|\d{{1,2}})[ \t]+(?:{_MONTH})\.?)[ \t]*\([^()\n]{{1,20}}\)(?=[ \t]*[-–—]))",
    re.IGNORECASE | re.MULTILINE,
)
_NON_BLANK = re.compile(r"\S")
# Capitalised words that open sentences, not datelines: "Hier, le 3 mai 2017." is a date in the text.
_NOT_CITIES = frozenset(
    "hier aujourd'hui aujourd’hui demain lundi mardi mercredi jeudi vendredi samedi dimanche ce cette "
    "depuis dès ainsi alors enfin puis mais et or donc ici là-bas".split()
)
_FILE_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.](?P<m>0[1-9]|1[0-2])(?:[-_.](?P<d>0[1-9]|[12]\d|3[01]))?(?!\d)"
)
_FILE_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2])(?:[/-](?P<d>0?[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)"
)
_TOP_LINES = 5
_STAMP_LINES = 10
_MAX_STAMP_LENGTH = 200


@dataclass(frozen=True, slots=True)
class PubDate:
    iso: str
    precision: Precision


def make_date(
    year: int | str, month: int | str | None = None, day: int | str | None = None
) -> PubDate | None:
    """A PubDate as precise as the parts given, or None when they are not a calendar date."""
    y = int(year)
    if not 1000 <= y <= 2999:
        return None
    if month is None:
        return PubDate(f"{y:04d}", "year")
    m = int(month)
    if day is None:
        return PubDate(f"{y:04d}-{m:02d}", "month") if 1 <= m <= 12 else None
    try:
        return PubDate(date(y, m, int(day)).isoformat(), "day")
    except ValueError:
        return None


def parse_iso(value: str | None) -> PubDate | None:
    """Read "2017", "2017-07", "2017-07-06" or the start of an ISO timestamp."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return make_date(value)
    match = _ISO_DATE.match(value)
    return make_date(match["y"], match["m"], match["d"]) if match else None


def parse_french_date(text: str) -> PubDate | None:
    """Read a date written at the start of `text`: "5 juillet 2017", "06/07/2017", "2017-07-06"."""
    text = text.strip()
    if match := _TEXT_DATE.match(text):
        day = 1 if match["d"].lower() == "1er" else int(match["d"])
        return make_date(match["y"], MONTHS[match["m"].lower()], day)
    if match := _NUMERIC_DATE.match(text):
        return make_date(match["y"], match["m"], match["d"])
    if match := _ISO_DATE.match(text):
        return make_date(match["y"], match["m"], match["d"])
    return None


def strip_header(text: str) -> tuple[str, PubDate | None]:
    """Remove a leading ` date 2017-07 ` header, keeping the rest of its line."""
    match = _HEADER.match(text)
    if not match:
        return text, None
    found = parse_iso(match["value"])
    if found is None:
        return text, None
    return text[match.end() :], found


def is_stamp(line: str) -> bool:
    """A short "Publié le ..." line: the page's date stamp, not article text."""
    line = line.strip()
    return len(line) <= _MAX_STAMP_LENGTH and bool(
        (match := _STAMP.match(line)) and parse_french_date(match["rest"])
    )


def from_dateline(text: str) -> PubDate | None:
    """The date of a publication stamp, a byline's date or a "City, le ..." dateline at the edges of
    the text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    edges = lines[:_STAMP_LINES] + lines[-_TOP_LINES:]
    first_hand: PubDate | None = None
    updated: PubDate | None = None
    for line in edges:
        if len(line) > _MAX_STAMP_LENGTH or not (match := _STAMP.match(line)):
            continue
        found = parse_french_date(match["rest"])
        if found is None:
            continue
        if match["verb"].lower().startswith(_FIRST_HAND):
            first_hand = first_hand or found
        else:
            updated = updated or found
    for line in lines[:_TOP_LINES]:
        if len(line) <= _MAX_STAMP_LENGTH and (match := _BYLINE.match(line)):
            first_hand = first_hand or parse_french_date(match["rest"])
    if first_hand or updated:
        return first_hand or updated
    for line in lines[:_TOP_LINES]:
        match = _CITY_DATELINE.match(line)
        if match and match["city"][0].isupper() and match["city"].lower() not in _NOT_CITIES:
            found = parse_french_date(match["rest"])
            if found:
                return found
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where a dateline ("Paris, le 10 décembre 2019 —", "Genève (Suisse), le 3 février 2022.")
    stands, from its city to the end of its date: at the very start of the text, or at the start
    of the paragraph right after a title line. It states when and where the article was written,
    not something that happened; None when the text opens otherwise."""
    position = 0
    for index in range(2):
        line = _NON_BLANK.search(text, position)
        if line is None:
            return None
        found = _DATELINE.match(text, line.start())
        if found and found["city"][0].isupper() and found["city"].lower() not in _NOT_CITIES \
                and parse_french_date(found["date"] or f"{found['short']} 2000"):
            return found.start(), found.end()
        position = text.find("\n", line.start())
        title = text[line.start():position if position >= 0 else len(text)].rstrip()
        if index > 0 or position < 0 or len(title) > _MAX_STAMP_LENGTH or title[-1] in ".!?;:,":
            return None
    return None


def from_filename(name: str) -> PubDate | None:
    """A date the file name starts with or contains: 2017-07-06-..., 2017_07, 20170706-..."""
    if match := _FILE_COMPACT.match(name):
        return make_date(match["y"], match["m"], match["d"])
    if match := _FILE_DATE.search(name):
        return make_date(match["y"], match["m"], match["d"])
    return None


def from_url(url: str | None) -> PubDate | None:
    """A /2017/07/06/ (or /2017/07/) path segment, as news sites put in article URLs."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    return make_date(match["y"], match["m"], match["d"]) if match else None
