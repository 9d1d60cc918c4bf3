"""Markdown articles reduced to the plain text events are read from.

Notes apps and clippers (Obsidian, Joplin, MarkDownload) save articles as Markdown, often with a
YAML front matter holding the title, source URL and date. Offsets must point into readable prose,
so the markup is taken out: heading hashes, emphasis, link targets, images, quote markers, list
bullets and numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)[ \t#]*$", re.MULTILINE)
_SETEXT = re.compile(r"^(?P<text>[^\n]+)\n=+[ \t]*$", re.MULTILINE)
_SETEXT_RULE = re.compile(r"^(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[(?P<label>[^\]]*)\]\([^)]*\)")
_REFERENCE_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE)
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(?P<text>.+?)(?<=\S)\1(?![\w*])")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)", re.MULTILINE)  # "- ", "* ", "1. "
_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~).*$", re.MULTILINE)
_INLINE_CODE = re.compile(r"`([^`]*)`")


@dataclass(frozen=True, slots=True)
class Markdown:
    text: str
    title: str | None
    fields: dict[str, str]


def parse(source: str) -> Markdown:
    fields: dict[str, str] = {}
    if match := _FRONT_MATTER.match(source):
        for field in _FIELD.finditer(match["body"]):
            fields[field["key"].lower()] = field["value"].strip().strip("\"'")
        source = source[match.end() :]
    title = fields.get("title") or None
    if title is None:
        heading = _HEADING.search(source)
        if heading and len(heading["marks"]) == 1:
            title = heading["text"].strip()
        elif setext := _SETEXT.search(source):
            title = setext["text"].strip()
    return Markdown(to_text(source), _inline(title) if title else None, fields)


def to_text(source: str) -> str:
    text = _FENCE.sub("", source)
    text = _REFERENCE_DEF.sub("", text)
    text = _HEADING.sub(lambda m: m["text"], text)
    text = _SETEXT_RULE.sub("", text)
    text = _QUOTE.sub("", text)
    text = _LIST_ITEM.sub("", text)
    return _inline(text)


def _inline(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m["label"], text)
    text = _INLINE_CODE.sub(lambda m: m.group(1), text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(lambda m: m["text"], text)
    return text
