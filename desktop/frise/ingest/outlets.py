"""Which outlet published an article, from its metadata, its URL, or its own page furniture.

A name in the running text is usually a source the article quotes ("affirme le Wall Street
Journal"), not its publisher, so the text is only read where a page names itself: "Suivez X sur
Telegram", "X utilise des cookies", a tweet embedded from X's account, an agency dateline
"PARIS (AFP) -". Known French-language outlets are listed once with their spellings and domains,
in resources/ingest/outlets.tsv, so that "lemonde.fr", "Le Monde.fr" and "LE MONDE" all become
"Le Monde".
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from frise.resources import read_table, resource_path
from frise.text.folding import fold


def _key(name: str) -> str:
    return " ".join(fold(name.casefold()).split())


OUTLETS_FILE = ("ingest", "outlets.tsv")


@cache
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    """The known outlets (resources/ingest/outlets.tsv), by folded spelling and by domain. A
    spelling listed twice belongs to the first row that lists it, so the file's order matters."""
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for row in read_table(resource_path(*OUTLETS_FILE), ("name", "spellings", "domains")):
        name = row["name"]
        for spelling in (name, *_cells(row["spellings"])):
            by_key.setdefault(_key(spelling), name)
        for domain in _cells(row["domains"]):
            by_domain[domain.lower()] = name
    return by_key, by_domain


def _cells(cell: str) -> list[str]:
    return [value.strip() for value in cell.split("|") if value.strip()]


_SOCIAL = r"telegram|twitter|x|facebook|instagram|youtube|tiktok|linkedin|whatsapp|vk|google news"
_FOLLOW = re.compile(
    rf"\b(?:suivez|retrouvez|rejoignez)\s+(?P<name>[^\n]{{2,40}}?)\s*sur\s*(?:{_SOCIAL})\b",
    re.IGNORECASE,
)
_COOKIES = re.compile(
    r"(?:^|[.!?]\s+)(?P<name>[^\W\d_][^\n.!?]{1,40}?)\s+utilise des (?:cookies|traceurs)\b",
    re.MULTILINE,
)
_TWEET = re.compile(r"[—–]\s*(?P<name>[^\n—–()]{2,60}?)\s*\(@\w{1,30}\)")
_AGENCY_DATELINE = re.compile(r"\((?P<name>AFP|Reuters|AP)\)\s*[-–—]")
_AGENCY_CREDIT = re.compile(r"^\(?(?:avec |source\s*:\s*)?(?P<name>AFP|Reuters|AP)\)?\.?$", re.IGNORECASE)
_TOP_LINES = 5
# A scheme is letters before a colon and no dot ("lemonde.fr:8080" is a host and its port).
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+-]*):", re.IGNORECASE)
_HOST = re.compile(r"^(?:[a-z0-9_-]+\.)+[a-z0-9-]{2,}$|^\[?[0-9a-f:.]+\]?$")


def canonical(name: str | None) -> str | None:
    """The listed spelling of a known outlet, else the name tidied, else None."""
    if not name or not name.strip():
        return None
    tidy = " ".join(name.split())
    return _outlets()[0].get(_key(tidy), tidy)


def known(name: str) -> str | None:
    return _outlets()[0].get(_key(name))


def masthead(line: str) -> str | None:
    """The known outlet a line names when it names nothing else (« Le Monde », « OUEST-FRANCE »
    on its own line above or below a copied headline): the page's masthead."""
    line = line.strip().strip("|–—-·•").strip()
    return known(line) if 0 < len(line) <= 60 else None


def from_url(url: str | None, *, known_only: bool = False) -> str | None:
    """The outlet of a known domain (subdomains included), else the host without "www.".

    Only a web address names an outlet: a `javascript:`, `mailto:` or `file:` URL names none (its
    scheme would otherwise be read as a host). A bare host ("lemonde.fr/...") is read as one.
    """
    if not url or not url.isprintable():
        return None
    scheme = _SCHEME.match(url)
    if scheme is not None and scheme[1].lower() not in ("http", "https"):
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    if not host or not _HOST.match(host):
        return None
    parts, by_domain = host.split("."), _outlets()[1]
    for start in range(len(parts) - 1):
        if (outlet := by_domain.get(".".join(parts[start:]))) is not None:
            return outlet
    return None if known_only else host.removeprefix("www.")


def from_text(text: str) -> str | None:
    """The outlet a page names as itself, strongest signal first; None when it says nothing."""
    for pattern in (_FOLLOW, _COOKIES):
        for match in pattern.finditer(text):
            name = match["name"].strip()
            if outlet := known(name):
                return outlet
            if name[0].isupper() and len(name.split()) <= 5:
                return name
    for match in _TWEET.finditer(text):
        if outlet := known(match["name"]):
            return outlet
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:_TOP_LINES]:
        if dateline := _AGENCY_DATELINE.search(line):
            return known(dateline["name"])
    for line in lines[:_TOP_LINES]:
        if outlet := masthead(line):
            return outlet
    for line in lines[-_TOP_LINES:]:
        if credit := _AGENCY_CREDIT.match(line):
            return known(credit["name"])
    return None
