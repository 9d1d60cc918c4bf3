"""What a news page wraps around an article, kept out of the text events are read from.

Copied or scraped articles carry the site's furniture: cookie banners, "Suivez-nous" prompts,
"Lire aussi" links, share buttons, photo credits, embedded tweets. They hold dates and names that
are not events (a tweet's signature date, "Source: AFP" under a photo), so they must go before
the temporal engine sees the text. The rules are whole-line patterns, each with a length cap so
that a long paragraph of real prose that happens to contain "cookies" or "lire" survives; they
are deliberately general rather than tied to one outlet's wording. Paragraph breaks are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import is_stamp
from .textutil import tidy_blank_lines

_SOCIAL = (
    r"telegram|twitter|x|facebook|instagram|youtube|tiktok|linkedin|whatsapp|vk|threads|bluesky"
    r"|mastodon|snapchat|dailymotion|odysee|rumble|google (?:news|actualités)"
)
_BUTTON = (
    r"(?:tout\s*)?accepter|(?:tout\s*)?refuser|paramétrer vos choix|gérer (?:mes|vos) choix"
    r"|personnaliser|continuer sans accepter|j'accepte|j’accepte|ok|fermer"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A line is boilerplate when `pattern` matches it and it is at most `max_length` long."""

    name: str
    pattern: re.Pattern[str]
    max_length: int


def _rule(name: str, pattern: str, max_length: int = 200) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), max_length)


RULES: tuple[Rule, ...] = (
    # Consent banners: their opening sentence can run to a thousand characters, hence no cap.
    _rule("cookie-banner", r"^en cliquant sur\b.*\b(?:accepter|refuser|cookies?|consent)", 10_000),
    _rule(
        "cookie-notice",
        r"\butilis\w* des (?:cookies|traceurs)\b.*\b(?:services?|site|navigation|expérience)\b",
        300,
    ),
    _rule("cookie-choices", r"\bvos choix\b.*\b(?:accepter|refuser|paramétrer|modifier)\b", 300),
    _rule(
        "cookie-policy",
        r"^(?:pour )?en savoir plus\b.*\b(?:cookies|données personnelles|confidentialité)\b",
        300,
    ),
    _rule(
        "cookie-policy-link",
        r"^(?:consultez |voir )?(?:notre |la )?politique de (?:confidentialité|cookies)\b",
        120,
    ),
    _rule("consent-buttons", rf"^(?:(?:{_BUTTON})\s*[|/·-]?\s*)+$", 120),
    # "Suivez RT en français sur Telegram", "Rejoignez-nous sur WhatsApp".
    _rule("follow-us", rf"^(?:suivez|rejoignez|retrouvez)\b.*\bsur\s*(?:{_SOCIAL})\b", 160),
    _rule("subscribe", r"^(?:abonnez-vous|inscrivez-vous|recevez notre|newsletter\b)", 160),
    # Links to other articles.
    _rule(
        "read-also", r"^(?:[àa]\s+)?(?:lire|voir|écouter|regarder)\s+(?:aussi|également|la suite|plus)\b", 250
    ),
    _rule(
        "related",
        r"^(?:sur le même sujet|pour aller plus loin|dans la même rubrique|à découvrir|articles? liés?)\b",
        250,
    ),
    # Share and reaction prompts.
    _rule(
        "share",
        r"^(?:partager|partagez|share|tweeter|imprimer|envoyer par (?:e-?mail|courriel)|copier le lien"
        r"|réagir|réagissez|commenter)\b",
        60,
    ),
    # Photo and video credits: "... © Stanislav FILIPPOV Source: AFP", "Crédit photo : Reuters".
    _rule("credit-symbol", r"©|\bcopyright\b", 300),
    _rule("credit-line", r"^(?:photo|crédits?(?: photo)?|illustration|image|vidéo)\s*:", 200),
    _rule(
        "credit-source",
        r"\bsource\s*:\s*(?:afp|reuters|ap|epa|getty images|sputnik|ria novosti|tass)\.?$",
        200,
    ),
    # Outlet taglines shown as separate lines by their pages.
    _rule("tagline", r"^(?:raconter l'actualité|raconter l’actualité|question more|l'info en continu)$", 60),
    # Embedded posts: the tweet signature line carries the tweet's own date.
    _rule("tweet-link", r"pic\.twitter\.com/|https?://(?:t\.co|twitter\.com|x\.com)/\S+", 600),
    _rule(
        "tweet-signature",
        r"[—–-]\s*[^\n]{1,80}?\(@\w{1,30}\)\s+(?:\d{1,2}\s+\w+|\w+\s+\d{1,2},?)\s+\d{4}\s*$",
        600,
    ),
    _rule(
        "social-embed",
        r"^(?:voir cette publication sur instagram|une publication partagée par"
        r"|afficher cette publication)\b",
        200,
    ),
    _rule("player-notice", r"\b(?:javascript|navigateur)\b.*\b(?:activ|support|compatible)", 200),
)
_EMBED_RULES = frozenset({"tweet-link", "tweet-signature"})
_TWEET_TEXT = re.compile(r"(?:^|\s)[#@]\w")
_TWEET_LENGTH = 300


def matching_rule(line: str) -> Rule | None:
    """The first rule that marks `line` as boilerplate, or None for article text."""
    stripped = line.strip()
    if not stripped:
        return None
    for rule in RULES:
        if len(stripped) <= rule.max_length and rule.pattern.search(stripped):
            return rule
    return None


def is_boilerplate(line: str) -> bool:
    return matching_rule(line) is not None or is_stamp(line)


def remove_boilerplate(text: str) -> str:
    """The text without its boilerplate lines, blank lines between paragraphs preserved.

    An embedded tweet is its signature line plus the tweet's text just before it; that text is
    dropped too when it is tweet-sized and carries a hashtag or a mention.
    """
    lines = text.split("\n")
    drop = [False] * len(lines)
    for index, line in enumerate(lines):
        rule = matching_rule(line)
        if rule is None and not is_stamp(line):
            continue
        drop[index] = True
        if rule is not None and rule.name in _EMBED_RULES:
            _drop_tweet_text(lines, drop, index)
    kept = [line for line, dropped in zip(lines, drop, strict=True) if not dropped]
    return tidy_blank_lines("\n".join(kept))


def _drop_tweet_text(lines: list[str], drop: list[bool], signature: int) -> None:
    index = signature - 1
    while index >= 0 and not lines[index].strip():
        index -= 1
    end = index
    while index >= 0 and lines[index].strip() and not drop[index]:
        index -= 1
    paragraph = lines[index + 1 : end + 1]
    body = " ".join(line.strip() for line in paragraph)
    if paragraph and len(body) <= _TWEET_LENGTH and _TWEET_TEXT.search(body):
        for position in range(index + 1, end + 1):
            drop[position] = True
