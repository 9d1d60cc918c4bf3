"""Which outlet an HTML page names as its publisher, from its metadata and its copyright line.

trafilatura already reads the page's own claims into its `sitename`: `og:site_name` first, then
the publisher tags (`publisher`, `dc.publisher`, `article:publisher`, `copyright`), JSON-LD's
publisher, Twitter's site handle. When none is there it falls back to a domain found in the
title or the URL, which says less than the page's copyright footer (« © 2024 Le Quotidien
diplomatique ») and is ranked below it here. An author is a person far more often than an
outlet, so `author` only counts when nothing else names the page and the name reads like a
publication, not like « Jean Dupont ».

Every name is made plain text: what a page writes in these fields is not trusted to be a name
(tags, entities, quotes and control characters are taken out, a URL or an over-long value is
refused).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from lxml.etree import LxmlError
from lxml.html import HtmlElement

from frise.text.folding import fold

from . import outlets

_MAX_NAME = 60
_MAX_WORDS = 8
_TAG = re.compile(r"<[^<>]*>|<[^<>]*$")
_QUOTES = re.compile(r"[\"«»“”„‟‹›]")
_URL_LIKE = re.compile(r"(?:[a-z][a-z0-9+.-]*:|www\.|/|@)", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_COPYRIGHT_MARKS = re.compile(
    r"©|\(c\)|\bcopyright\b|\b(?:1[89]|20)\d\d\b(?:\s*[-–]\s*(?:1[89]|20)\d\d\b)?", re.IGNORECASE
)
# What follows the name on a copyright line: rights reserved, a policy link, another sentence.
_AFTER_NAME = re.compile(
    r"\s(?:[-–—|•·]|:)\s|\s[|•·]|[|•·]\s|[.;,!?](?:\s|$)|\s(?:tous droits|all rights|droits réservés)",
    re.IGNORECASE,
)
# Containers of a page's copyright line; a © in a figure is a photo credit, not the publisher.
_FOOTERS = (
    "//footer | //*[@role='contentinfo'] | //*[contains(translate(@id, 'FOTER', 'foter'), 'footer')]"
    " | //*[contains(translate(@class, 'FOTER', 'foter'), 'footer')]"
    " | //*[contains(translate(@class, 'COPYRIGHT', 'copyright'), 'copyright')]"
    " | //*[contains(translate(@id, 'COPYRIGHT', 'copyright'), 'copyright')]"
)
_SKIPPED = frozenset({"figure", "figcaption", "picture", "img", "caption", "script", "style", "noscript"})
_BLOCKS = frozenset("p div li ul ol br section article aside footer header nav table tr td h1 h2 h3 h4 h5 h6".split())
_ARTICLES = frozenset({"le", "la", "les", "l'", "the", "el", "il", "der", "die", "das", "de", "het"})
# Words that name a publication; a person's name holds none of them.
_PRESS_WORDS = frozenset(
    """journal journaux quotidien quotidienne hebdo hebdomadaire mensuel magazine mag gazette
    presse press revue courrier tribune depeche nouvelles nouvelliste news times post herald
    observateur monde info infos information informations actu actus actualite actualites radio
    television tele tv media medias agence agency express echo echos republicain progres matin soir
    midi libre diplomatique international internationale hebdomadaire edition editions chronique
    telegramme dauphine provence reporter reporters daily weekly review gazette voix reveil
    independant""".split()
)
# Bylines that are no one in particular and no outlet either.
_STAFF = frozenset(
    "redaction redac redacteur staff admin administrateur equipe auteur invite editorial editeurs editors".split()
)


@dataclass(frozen=True, slots=True)
class PageOutlet:
    """The outlet a page names: `named` from its own tags or copyright line, else `byline` from
    an author that reads like a publication (weaker than a known domain in the page's URL)."""

    named: str | None = None
    byline: str | None = None


def from_page(tree: HtmlElement | None, sitename: str | None, author: str | None) -> PageOutlet:
    """The page's outlet, from trafilatura's `sitename` and `author` and the page's footer."""
    site = plain_name(_own_site_name(tree) or sitename)
    if site is not None and _DOMAIN.match(site) and outlets.known(site) is None:
        # trafilatura's fallback (a domain in the title or the URL), or a bare host as the site name.
        footer = copyright_holder(tree)
        return PageOutlet(footer or site)
    if site is not None:
        return PageOutlet(site)
    if footer := copyright_holder(tree):
        return PageOutlet(footer)
    byline = plain_name(author)
    if byline is not None and reads_like_publication(byline):
        return PageOutlet(byline=byline)
    return PageOutlet()


def _own_site_name(tree: HtmlElement | None) -> str | None:
    """`og:site_name` as the page writes it: trafilatura capitalises a name not starting with a
    capital, which garbles one starting with markup (« <i>la gazette</i> » became « <I>La Gazette »)."""
    if tree is None:
        return None
    for meta in tree.iterfind(".//head/meta[@property='og:site_name']"):
        if (content := meta.get("content")) and content.strip():
            return str(content)
    return None


def plain_name(value: str | None) -> str | None:
    """`value` as a plain-text name, or None when it is empty, a URL, markup only or too long.

    A copyright notice given as a site name (« © 2024 Le Monde. Tous droits réservés ») is read
    for the name it holds.
    """
    if not value:
        return None
    text = html.unescape(_TAG.sub(" ", value))
    text = _TAG.sub(" ", text)
    text = "".join(" " if unicodedata.category(c).startswith(("C", "Z")) else c for c in text)
    if _COPYRIGHT.search(text):
        text = _holder(text) or ""
    text = _QUOTES.sub(" ", text).replace("<", " ").replace(">", " ")
    text = " ".join(text.split()).strip(" -–—|•·:;,.'’").lstrip("@")
    if not text or not any(c.isalpha() for c in text) or len(text) > _MAX_NAME:
        return None
    if len(text.split()) > _MAX_WORDS or (_URL_LIKE.search(text) and not _DOMAIN.match(text)):
        return None
    return text


def copyright_holder(tree: HtmlElement | None) -> str | None:
    """The name on the page's copyright line (« © 2024 Le Quotidien diplomatique »), if any."""
    if tree is None:
        return None
    try:
        containers = tree.xpath(_FOOTERS)
    except (LxmlError, ValueError):
        return None
    for container in containers:
        if not isinstance(container, HtmlElement):
            continue
        for line in _lines(container):
            if _COPYRIGHT.search(line) and (name := plain_name(_holder(line))):
                return name
    return None


def reads_like_publication(name: str) -> bool:
    """Whether an author field names a publication rather than a person.

    A known outlet, a name starting with an article (« Le Quotidien diplomatique », « La Croix »),
    one holding a press word (journal, gazette, info...) or a digit (« 20 Minutes »), an acronym
    (« RFI ») or a domain reads as a publication. Anything else, « Jean Dupont » or « J. Dupont »,
    is taken for a person; so are several names (« Jean Dupont; Marie Durand ») and a newsroom
    (« La rédaction »).
    """
    if outlets.known(name):
        return True
    if any(mark in name for mark in ";,&") or " et " in name or " and " in name:
        return False
    words = [_fold(word) for word in re.split(r"[\s-]+|(?<=')", name) if word]
    if not words or any(word in _STAFF for word in words):
        return False
    if words[0] in _ARTICLES or any(word.rstrip("s") in _PRESS_WORDS or word in _PRESS_WORDS for word in words):
        return True
    if any(c.isdigit() for c in name) or _DOMAIN.match(name):
        return True
    return name.isupper() and 2 <= len(name.replace(" ", "")) <= 8


def _holder(line: str) -> str | None:
    """What a copyright line names: the text after ©, the years and « Copyright » are removed,
    up to where the line goes on to something else."""
    match = _COPYRIGHT.search(line)
    if match is None:
        return None
    rest = _COPYRIGHT_MARKS.sub(" ", line[match.start() :])
    rest = " " + " ".join(rest.split()).strip(" -–—|•·:") + " "
    cut = _AFTER_NAME.search(rest)
    name = rest[: cut.start()] if cut else rest
    return name.strip() or None


def _lines(container: HtmlElement) -> list[str]:
    """The container's text, one block per line, leaving out photo credits, scripts and styles."""
    parts: list[str] = []
    _flow(container, parts)
    return [line.strip() for line in "".join(parts).split("\n") if line.strip()]


def _flow(node: HtmlElement, parts: list[str], *, top: bool = True) -> None:
    tag = node.tag.lower() if isinstance(node.tag, str) else ""
    block = tag in _BLOCKS
    if block:
        parts.append("\n")
    if tag and tag not in _SKIPPED and node.text:
        parts.append(" ".join(node.text.split("\n")))
    if tag and tag not in _SKIPPED:
        for child in node:
            _flow(child, parts, top=False)
    if block:
        parts.append("\n")
    if node.tail and not top:
        parts.append(" ".join(node.tail.split("\n")))


def _fold(word: str) -> str:
    return fold(word.casefold())
