"""Markdown articles reduced to the plain text events are read from.

Notes apps and clippers (Obsidian, Joplin, MarkDownload) save articles as Markdown, often with a
YAML front matter holding the title, source URL and date. Offsets must point into readable prose,
so the markup is taken out: heading hashes, emphasis, link targets, images, quote markers, list
bullets and numbers, table rules, inline HTML.

The source is parsed by markdown-it-py, a CommonMark parser, and its tokens are walked to plain
text. Patterns over the source got the common cases and missed the rest, each miss leaving markup
in the text: an escaped star read as emphasis, a star inside a code span taken out, inline HTML
kept as tags, a nested list kept its bullets. The parser knows those rules; what is left here is
deciding what of each token is prose.

Block structure follows the source's blank lines: blocks the source separates by a blank line are
separated by one (paragraphs, loose list items), blocks that follow each other line after line
stay on consecutive lines (tight list items, a table's rows). Within a block, line breaks stay
where the source put them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import lxml.html
from lxml.etree import LxmlError
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?$")
# Inline HTML whose content is not prose: what lies between its opening and closing tags goes too.
_HIDDEN_OPEN = re.compile(r"^<(script|style)\b", re.IGNORECASE)
_HIDDEN_CLOSE = re.compile(r"^</(script|style)\s*>", re.IGNORECASE)
_LINE_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
# Alt text is left out with its image: it is most often "photo", a credit or a file name, and
# standing alone in the text it would be taken for a paragraph, even a headline.
_SKIPPED_INLINE = frozenset({"image", "footnote_ref", "footnote_anchor"})


@dataclass(frozen=True, slots=True)
class Markdown:
    """The article's plain text, its title (front matter first, else the first level-1 heading)
    and its front-matter fields, keys in lower case, values as plain strings."""

    text: str
    title: str | None
    fields: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Block:
    first: int  # source lines [first, end)
    end: int
    text: str


def _parser() -> MarkdownIt:
    # One per parse: building one takes well under a millisecond, and none is then shared between
    # the import threads.
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return parser.use(front_matter_plugin).use(footnote_plugin)


def parse(source: str) -> Markdown:
    tokens = _parser().parse(source)
    fields: dict[str, str] = {}
    if tokens and tokens[0].type == "front_matter":
        fields = front_matter_fields(tokens[0].content)
    title = _plain(_parser().parseInline(fields["title"])) if fields.get("title") else ""
    if not title:
        title = next(
            (_plain(tokens[index + 1:]) for index, token in enumerate(tokens)
             if token.type == "heading_open" and token.tag == "h1"),
            "",
        )  # fmt: skip
    return Markdown(_text(tokens), " ".join(title.split()) or None, fields)


def to_text(source: str) -> str:
    """The plain text of a Markdown document, front matter left out."""
    return _text(_parser().parse(source))


def front_matter_fields(front_matter: str) -> dict[str, str]:
    """The top-level `key: value` lines of a YAML front matter, values unquoted.

    Not a YAML parser: clippers write flat fields, and a field this does not understand (a list, a
    mapping) comes out empty or as its first line rather than failing the import. Quoted strings,
    comments after a plain value, and folded or literal blocks (`title: >-` then indented lines,
    which clippers write for long titles) are read as YAML reads them.
    """
    fields: dict[str, str] = {}
    lines = front_matter.split("\n")
    index = 0
    while index < len(lines):
        match = _FIELD.match(lines[index])
        index += 1
        if not match:
            continue
        value = match["value"]
        if _BLOCK_SCALAR.match(value):
            block = []
            while index < len(lines) and (not lines[index].strip() or lines[index][:1] in " \t"):
                block.append(lines[index].strip())
                index += 1
            value = ("\n" if value.startswith("|") else " ").join(line for line in block if line)
        else:
            value = _scalar(value)
        fields[match["key"].lower()] = value
    return fields


def _scalar(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if value.startswith("#"):
        return ""
    return value.split(" #", 1)[0].strip().strip("\"'")


def _text(tokens: Sequence[Token]) -> str:
    out: list[str] = []
    previous: _Block | None = None
    for block in _blocks(tokens):
        if previous is not None:
            out.append("\n" if block.first == previous.end else "\n\n")
        out.append(block.text)
        previous = block
    return "".join(out)


def _blocks(tokens: Sequence[Token]) -> list[_Block]:
    """The leaf blocks that hold prose, each with the source lines it spans."""
    blocks: list[_Block] = []
    table: list[str] = []
    row: list[str] = []
    table_map: list[int] | None = None
    for token in tokens:
        kind = token.type
        if kind == "table_open":
            table, table_map = [], token.map
        elif kind == "tr_open":
            row = []
        elif kind == "inline" and token.map is not None and table_map is not None:
            cell = " ".join(_plain(token.children or []).split())
            if cell and cell not in row:
                row.append(cell)
        elif kind == "tr_close":
            if row:
                table.append(" ; ".join(row))
        elif kind == "table_close":
            if table and table_map is not None:
                blocks.append(_Block(table_map[0], table_map[1], "\n".join(table)))
            table_map = None
        elif kind == "inline" and token.map is not None:
            _add(blocks, token.map, _plain(token.children or []))
        elif kind in ("fence", "code_block") and token.map is not None:
            _add(blocks, token.map, token.content)
        elif kind == "html_block" and token.map is not None:
            _add(blocks, token.map, _html_text(token.content))
    return blocks


def _add(blocks: list[_Block], lines: list[int], text: str) -> None:
    text = "\n".join(line.strip() for line in text.strip().split("\n"))
    if text:
        blocks.append(_Block(lines[0], lines[1], text))


def _plain(tokens: Sequence[Token]) -> str:
    """The prose of inline tokens (or of the tokens after a heading's opening, up to its close)."""
    out: list[str] = []
    hidden: str | None = None
    gap = False  # something was left out between two spaces, which should then be one
    for token in tokens:
        kind = token.type
        if kind == "heading_close":
            break
        if kind == "inline":
            out.append(_plain(token.children or []))
        elif hidden is not None:
            if kind == "html_inline" and (close := _HIDDEN_CLOSE.match(token.content)):
                hidden = None if close[1].lower() == hidden else hidden
        elif kind in ("text", "code_inline"):
            text = token.content
            if gap and kind == "text" and text.startswith(" ") and out and out[-1].endswith(" "):
                text = text[1:]
            out.append(text)
            gap = False
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "html_inline":
            if opening := _HIDDEN_OPEN.match(token.content):
                hidden = opening[1].lower()
            elif _LINE_BREAK_TAG.match(token.content):
                out.append("\n")
            gap = True
        elif kind in _SKIPPED_INLINE:
            gap = True
    return "".join(out)


def _html_text(html: str) -> str:
    """The text of an HTML block, without its comments, scripts and styles."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (LxmlError, ValueError):
        return ""
    for element in root.xpath("//script | //style | //comment()"):
        element.drop_tree()
    text: str = root.text_content()
    return text
