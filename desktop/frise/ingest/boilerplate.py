"""What a news page wraps around an article, kept out of the text events are read from.

Copied or scraped articles carry the site's furniture: cookie banners, "Suivez-nous" prompts,
"Lire aussi" links, share buttons, photo credits, embedded tweets. They hold dates and names that
are not events (a tweet's signature date, "Source: AFP" under a photo), so they must go before
the temporal engine sees the text. The rules are data a reader can see and extend
(resources/ingest/boilerplate.tsv): whole-line patterns, each with a length cap so that a long
paragraph of real prose that happens to contain "cookies" or "lire" survives; they are
deliberately general rather than tied to one outlet's wording. Paragraph breaks are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from frise.resources import read_table, resource_path

from .dates import is_stamp
from .textutil import tidy_blank_lines


@dataclass(frozen=True, slots=True)
class Rule:
    """A line is boilerplate when `pattern` matches it and it is at most `max_length` long."""

    name: str
    pattern: re.Pattern[str]
    max_length: int


RULES_FILE = ("ingest", "boilerplate.tsv")


def load_rules(path: Path) -> tuple[Rule, ...]:
    """The rules of a boilerplate file (resources/ingest/boilerplate.tsv), in order: rows of
    kind `rule` (a pattern, case ignored, and the longest line it may mark), rows of kind `words`
    an alternation that later patterns write as {name}. ValueError names the file and the row."""
    words: dict[str, str] = {}
    rules: list[Rule] = []
    for row in read_table(path, ("name", "kind", "max_length", "pattern")):
        pattern = row["pattern"]
        for name, alternation in words.items():
            pattern = pattern.replace("{" + name + "}", alternation)
        if row["kind"] == "words":
            words[row["name"]] = pattern
            continue
        if row["kind"] != "rule" or not row["max_length"].isdigit():
            raise ValueError(f"{path}: rule {row['name']!r}: kind must be rule or words, and a rule needs "
                             f"a max_length in characters")
        try:
            rules.append(Rule(row["name"], re.compile(pattern, re.IGNORECASE), int(row["max_length"])))
        except re.error as error:
            raise ValueError(f"{path}: rule {row['name']!r}: {error}") from error
    return tuple(rules)


RULES: tuple[Rule, ...] = load_rules(resource_path(*RULES_FILE))
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
