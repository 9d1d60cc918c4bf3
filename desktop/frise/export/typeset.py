"""Paragraphs, blocks and pages: the little typesetting a printed chronology needs.

Text is set with QTextLayout and drawn with it, so a PDF holds real, selectable text in an
embedded font. Pagination needs every height before the first page is painted (the footer says
"page 3 / 7"), yet keeping 40,000 laid-out paragraphs costs half a gigabyte: a `Paragraph`
therefore measures itself once, remembers only its height (and its shortened text when it had
to be cut), and lays itself out again when painted. Laying out is deterministic, so the second
layout has the height of the first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of a paragraph in another font or colour: `length` characters from `start`.
    In a paragraph's `tail`, `text` is the run itself (start and length are then ignored)."""

    start: int = 0
    length: int = 0
    font: QFont | None = None
    color: QColor | None = None
    text: str = ""


@dataclass(slots=True)
class Paragraph:
    """Text wrapped to `width`, in `font` and `color`, with optional `spans` of other styles.

    `max_lines` cuts an overlong text at a word with "…" (a passage never outgrows a page),
    keeping the `tail` runs (a closing guillemet, a reference number) after the cut;
    `anywhere` lets a line break inside a word (file paths have no spaces); `align` is a
    Qt.AlignmentFlag value; `leading` is added between lines.
    """

    text: str
    font: QFont
    width: float
    color: QColor
    spans: tuple[Span, ...] = ()
    max_lines: int | None = None
    anywhere: bool = False
    align: object = None
    leading: float = 0.0
    tail: tuple[Span | str, ...] = ()
    height: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        self.height = self._measure()

    def _with_tail(self, text: str) -> tuple[str, list[Span]]:
        """`text` followed by the tail runs (kept whole after any cut), and every span."""
        spans = [span for span in self.spans if span.start < len(text)]
        for run in self.tail:
            piece = run if isinstance(run, str) else run.text
            if not isinstance(run, str):
                spans.append(Span(len(text), len(piece), run.font, run.color))
            text += piece
        return text, spans

    def _layout(self, body: str) -> tuple[QTextLayout, int, float]:
        text, spans = self._with_tail(body)
        layout = QTextLayout(text, self.font)
        option = QTextOption()
        if self.anywhere:
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if self.align is not None:
            option.setAlignment(self.align)  # type: ignore[arg-type]
        layout.setTextOption(option)
        if spans:
            layout.setFormats([_range(span) for span in spans])
        layout.beginLayout()
        y = 0.0
        lines = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0.0, y))
            y += line.height() + self.leading
            lines += 1
        layout.endLayout()
        return layout, lines, max(y - self.leading, 0.0)

    def _measure(self) -> float:
        layout, lines, height = self._layout(self.text)
        if self.max_lines is None or lines <= self.max_lines:
            return height
        end = layout.lineAt(self.max_lines - 1)
        cut = self.text[: min(end.textStart() + end.textLength(), len(self.text))].rstrip()
        while cut:
            space = cut.rfind(" ")
            cut = cut[:space].rstrip(" ,;:") if space > 0 else cut[:-1]
            _, lines, height = self._layout(cut + ELLIPSIS)
            if lines <= self.max_lines:
                break
        self.text = cut + ELLIPSIS
        return height

    @property
    def full_text(self) -> str:
        return self._with_tail(self.text)[0]

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        layout, _, _ = self._layout(self.text)
        painter.setPen(self.color)
        layout.draw(painter, QPointF(x, y))


def _range(span: Span) -> QTextLayout.FormatRange:
    fmt = QTextCharFormat()
    if span.font is not None:
        fmt.setFont(span.font)
    if span.color is not None:
        fmt.setForeground(span.color)
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = span.start, span.length, fmt
    return r


@dataclass(slots=True)
class Rule:
    """A horizontal line `width` long, drawn `thickness` thick at the top of its height."""

    width: float
    color: QColor
    thickness: float = 0.75
    height: float = 0.0

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(QPen(self.color, self.thickness))
        painter.drawLine(QPointF(x, y + self.thickness / 2.0), QPointF(x + self.width, y + self.thickness / 2.0))


@dataclass(slots=True)
class Drawing:
    """Anything else of a known size, drawn by `draw(painter, rect)`."""

    width: float
    height: float
    draw: Callable[[QPainter, QRectF], None]

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        self.draw(painter, QRectF(x, y, self.width, self.height))
        painter.restore()


Part = Paragraph | Rule | Drawing
Placed = tuple[float, float, Part]


@dataclass(slots=True)
class Block:
    """Parts placed at offsets, kept on one page. `keep_with_next` moves a heading along with
    what follows it; `space_before` is dropped at the top of a page; `tag` is free for the
    caller (the chronology puts the month there, for running heads)."""

    parts: list[Placed]
    height: float
    space_before: float = 0.0
    keep_with_next: bool = False
    page_break_before: bool = False
    tag: object = None

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for dx, dy, part in self.parts:
            part.paint(painter, x + dx, y + dy)


def stack(parts: Sequence[Part | None], gap: float = 0.0, x: float = 0.0) -> tuple[list[Placed], float]:
    """Parts one under the other at `x`, `gap` apart; returns them placed and the total height."""
    placed: list[Placed] = []
    y = 0.0
    for part in parts:
        if part is None:
            continue
        if placed:
            y += gap
        placed.append((x, y, part))
        y += part.height
    return placed, y


@dataclass(slots=True)
class TextPage:
    """A portrait page of blocks, each at its y offset within the text area."""

    blocks: list[tuple[float, Block]] = field(default_factory=list)

    def tags(self) -> list[object]:
        return [block.tag for _, block in self.blocks if block.tag is not None]


def paginate(blocks: Sequence[Block], height: float, first_height: float | None = None) -> list[TextPage]:
    """Flow `blocks` onto pages `height` tall (the first `first_height` tall, if different).

    A block never splits; a `keep_with_next` block goes to the next page with its follower
    when they do not fit together; a block taller than a page gets a page of its own.
    """
    pages = [TextPage()]
    room = first_height if first_height is not None else height
    y = 0.0
    i = 0
    while i < len(blocks):
        block = blocks[i]
        group = [block]
        j = i
        while blocks[j].keep_with_next and j + 1 < len(blocks):
            j += 1
            group.append(blocks[j])
        needed = sum(b.height + b.space_before for b in group) - (block.space_before if not pages[-1].blocks else 0)
        top = not pages[-1].blocks
        if not top and (block.page_break_before or y + needed > room):
            pages.append(TextPage())
            room, y, top = height, 0.0, True
        if not top:
            y += block.space_before
        pages[-1].blocks.append((y, block))
        y += block.height
        i += 1
    return pages
