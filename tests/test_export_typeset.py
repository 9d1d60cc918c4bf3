"""Paragraphs that keep their height and their tail, pages that never split a block."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from frise.export import fonts
from frise.export.sheet import INK, Sheet
from frise.export.typeset import Block, Paragraph, Span, paginate


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


def block(height: float, keep: bool = False, space: float = 0.0, tag: object = None) -> Block:
    return Block([], height, space_before=space, keep_with_next=keep, tag=tag)


def test_blocks_never_split_and_headings_stay_with_what_follows() -> None:
    blocks = [block(40, tag=1), block(40, tag=2), block(10, keep=True, tag="heading"), block(30, tag=3)]
    pages = paginate(blocks, 100)
    assert [p.tags() for p in pages] == [[1, 2], ["heading", 3]]
    assert all(y + b.height <= 100 for p in pages for y, b in p.blocks)


def test_space_before_is_dropped_at_the_top_of_a_page() -> None:
    pages = paginate([block(60, space=20, tag=1), block(60, space=20, tag=2)], 100)
    assert [[y for y, _ in p.blocks] for p in pages] == [[0.0], [0.0]]


def test_a_block_taller_than_a_page_gets_a_page_of_its_own() -> None:
    pages = paginate([block(10, tag=1), block(300, tag=2), block(10, tag=3)], 100)
    assert [p.tags() for p in pages] == [[1], [2], [3]]


def test_page_break_before() -> None:
    first = block(10, tag=1)
    second = Block([], 10, page_break_before=True, tag=2)
    assert [p.tags() for p in paginate([first, second], 100)] == [[1], [2]]


def test_a_long_paragraph_is_cut_at_a_word_and_keeps_its_tail() -> None:
    text = "« " + " ".join(f"mot{i}" for i in range(400))
    tail = ("\u00a0»", Span(text="\u00a0[3]", font=fonts.font(11), color=INK["accent"]))
    para = Paragraph(text, fonts.font(12, italic=True), 300.0, INK["body"], max_lines=3, tail=tail)
    whole = Paragraph(text, fonts.font(12, italic=True), 300.0, INK["body"])
    assert para.height < whole.height / 5
    assert para.full_text.endswith("…\u00a0»\u00a0[3]")
    assert para.text.split()[-1].startswith("mot")
    again = Paragraph(para.text, fonts.font(12, italic=True), 300.0, INK["body"], tail=tail)
    assert again.height == pytest.approx(para.height)


def test_sheets() -> None:
    a4, letter = Sheet("A4"), Sheet("Letter")
    assert (round(a4.width), round(a4.height)) == (793, 1123)  # 595 x 842 pt
    assert (round(letter.width), round(letter.height)) == (816, 1056)
    assert a4.turned().landscape and a4.turned().width == pytest.approx(a4.height)
    assert a4.content.width() < a4.width and a4.content.height() < a4.height


def test_translucent_gradients_are_flattened_over_white() -> None:
    from PySide6.QtGui import QBrush, QColor, QLinearGradient

    from frise.export.printpainter import flattened, over_white

    teal = QColor("#0f8b8d")
    faint = QColor(teal)
    faint.setAlpha(64)
    assert over_white(faint).alpha() == 255
    assert over_white(faint).name() == "#c3e2e2"
    gradient = QLinearGradient(0.0, 0.0, 100.0, 0.0)
    gradient.setColorAt(0.0, QColor(0, 0, 0, 0))
    gradient.setColorAt(1.0, faint)
    stops = flattened(QBrush(gradient)).gradient().stops()
    assert [color.name() for _, color in stops] == ["#ffffff", "#c3e2e2"]
    assert all(color.alpha() == 255 for _, color in stops)
    solid = QBrush(teal)
    assert flattened(solid) is solid
