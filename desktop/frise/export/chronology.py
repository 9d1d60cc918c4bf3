"""The printed chronology as blocks: title block, month headings, events, the list of sources.

Each event is one block that never splits across pages: its French date in a left column (with
"date approximative" or "année supposée" under it when the date is not exact), and at the
right its title, the passage that reports it in « », its actors and the numbers of its sources.
The sources are listed at the end, numbered in order of first citation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from frise.events.model import Event
from frise.export import fonts
from frise.export.citations import clean, references
from frise.export.options import PdfOptions
from frise.export.sheet import INK, Sheet
from frise.export.typeset import Block, Drawing, Paragraph, Placed, Rule, Span, stack
from frise.render import datefmt
from frise.render.french import kind_name
from frise.store.records import ArticleRow

NBSP = datefmt.NBSP
DATE_COLUMN = 150.0
COLUMN_GAP = 18.0
LABEL_COLUMN = 104.0
PASSAGE_LINES = 10
TITLE_LINES = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the title block states about the selection."""

    first: date
    last: date
    events: int
    articles: int


def title_block(options: PdfOptions, facts: Facts, width: float) -> Block:
    """The document's identity: collection, filter, span, contents, date of export."""
    kicker = Paragraph(_tr("FRISE · CHRONOLOGIE"), fonts.font(10, bold=True, spacing=1.2), width, INK["accent"])
    name = Paragraph(options.collection_name, fonts.font(28, bold=True), width, INK["text"], max_lines=3)
    rule = Rule(width, INK["accent"], thickness=2.0, height=2.0)
    span = options.view_range or (facts.first, facts.last)
    rows = [
        (_tr("Filtre"), options.filter_description or _tr("Tous les événements")),
        (_tr("Période"), datefmt.span_phrase(*span)),
        (_tr("Contenu"), "{events}, {articles}".format(
            events=datefmt.count_phrase(facts.events, _tr("{n} événement daté"), _tr("{n} événements datés")),
            articles=datefmt.count_phrase(facts.articles, _tr("{n} article cité"), _tr("{n} articles cités")))),
        (_tr("Exporté le"), datefmt.day_phrase(options.exported_on, weekday=False)),
    ]
    if options.undated:
        rows.append((_tr("Non datées"), datefmt.count_phrase(
            options.undated,
            _tr("{n} expression que Frise n'a pas pu dater ne figure pas ici."),
            _tr("{n} expressions que Frise n'a pas pu dater ne figurent pas ici."))))
    parts: list[Placed] = []
    placed, y = stack([kicker, name], gap=6.0)
    parts.extend(placed)
    y += 10.0
    parts.append((0.0, y, rule))
    y += rule.height + 14.0
    for label, value in rows:
        left = Paragraph(label, fonts.font(11, bold=True), LABEL_COLUMN - 10.0, INK["muted"])
        right = Paragraph(value, fonts.font(13), width - LABEL_COLUMN, INK["text"], max_lines=6)
        parts.append((0.0, y + 1.5, left))
        parts.append((LABEL_COLUMN, y, right))
        y += max(left.height + 1.5, right.height) + 7.0
    return Block(parts, y)


def strip_block(width: float, draw: Drawing, caption: str) -> Block:
    """The density strip of the cover, with its caption."""
    title = Paragraph(caption, fonts.font(11, bold=True), width, INK["muted"])
    parts, height = stack([title, draw], gap=6.0)
    return Block(parts, height, space_before=26.0)


def contents_block(entries: Sequence[tuple[str, str]], width: float) -> Block:
    """"Vue d'ensemble ... pages 2 à 4": where each part of the document starts."""
    heading = Paragraph(_tr("Sommaire"), fonts.font(11, bold=True), width, INK["muted"])
    parts: list[Placed] = [(0.0, 0.0, heading)]
    y = heading.height + 8.0
    for name, pages in entries:
        left = Paragraph(name, fonts.font(13), width - 160.0, INK["text"])
        right = Paragraph(pages, fonts.font(13), 160.0, INK["muted"], align=Qt.AlignmentFlag.AlignRight)
        parts.append((0.0, y, left))
        parts.append((width - 160.0, y, right))
        y += left.height + 3.0
        parts.append((0.0, y, Rule(width, INK["rule"], 0.5)))
        y += 6.0
    return Block(parts, y, space_before=26.0)


def reading_block(width: float) -> Block:
    """How to read the chronology: what the dates, notes and numbers mean."""
    heading = Paragraph(_tr("Lecture"), fonts.font(11, bold=True), width, INK["muted"])
    lines = [
        _tr("Chaque événement est daté comme les articles le disent : «\u00a0début mai 2017\u00a0» est une "
            "période (du 1er au 10 mai), non un jour."),
        _tr("«\u00a0date approximative\u00a0» : l'article ne donne qu'une période ; «\u00a0année "
            "supposée\u00a0» : il ne donne pas l'année, que Frise a déduite de la collection."),
        _tr("Les numéros entre crochets renvoient à la liste des sources, à la fin ; le passage cité est "
            "celui de la première source."),
        _tr("Sous la date, le type d'événement (accord, rencontre…) ; en gris, le contexte : ce que "
            "l'article rappelle (« depuis 2015 », « avait signé ») plutôt qu'il ne le rapporte."),
    ]
    paragraphs = [Paragraph(text, fonts.font(11), width, INK["body"]) for text in lines]
    parts, height = stack([heading, *paragraphs], gap=5.0)
    return Block(parts, height, space_before=26.0)


def month_block(year: int, month: int, count: int, width: float) -> Block:
    """"Mai 2017", with how many events it holds, kept with its first event."""
    heading = Paragraph(datefmt.month_heading(year, month), fonts.font(18, bold=True), width - 150.0, INK["accent"])
    number = Paragraph(datefmt.count_phrase(count, _tr("{n} événement"), _tr("{n} événements")),
                       fonts.font(11), 150.0, INK["muted"], align=Qt.AlignmentFlag.AlignRight)
    rule = Rule(width, INK["rule"], 0.75, height=0.75)
    baseline_shift = heading.height - number.height - 2.0
    parts: list[Placed] = [(0.0, 0.0, heading), (width - 150.0, baseline_shift, number),
                           (0.0, heading.height + 4.0, rule)]
    return Block(parts, heading.height + 4.0 + rule.height + 10.0, space_before=22.0, keep_with_next=True)


def event_block(event: Event, numbers: Mapping[int, int], width: float) -> Block:
    """One event: date column at the left, title, passage and references at the right."""
    assert event.first is not None and event.last is not None
    text_x = DATE_COLUMN + COLUMN_GAP
    text_w = width - text_x
    # Background the articles recall (« depuis 2015 ») prints in greys: present, but not news.
    context = event.importance == "context"
    strong, body = (INK["faint"], INK["faint"]) if context else (INK["text"], INK["body"])
    when = Paragraph(datefmt.period_phrase(event.first, event.last), fonts.font(12, bold=True),
                     DATE_COLUMN, strong)
    notes = []
    kind = kind_name(event.happening)
    if kind or context:
        label = " · ".join(p for p in (kind, _tr("contexte") if context else "") if p)
        notes.append(Paragraph(label.upper(), fonts.font(9, bold=True, spacing=0.8), DATE_COLUMN,
                               INK["faint"] if context else INK["accent"]))
    if event.certainty == "approximate":
        notes.append(Paragraph(_tr("date approximative"), fonts.font(10, italic=True), DATE_COLUMN, INK["approximate"]))
    elif event.certainty == "assumed":
        notes.append(Paragraph(_tr("année supposée"), fonts.font(10, italic=True), DATE_COLUMN, INK["assumed"]))
    if event.conflicting:
        notes.append(Paragraph(_tr("les sources divergent sur la date"), fonts.font(10, italic=True),
                               DATE_COLUMN, INK["conflict"]))
    if event.reviewed:
        notes.append(Paragraph("✓ " + _tr("vérifié"), fonts.font(10, italic=True), DATE_COLUMN, INK["reviewed"]))
    left, left_h = stack([when, *notes], gap=2.0)

    title = Paragraph(clean(event.title), fonts.font(13, bold=True), text_w, strong, max_lines=TITLE_LINES)
    right_parts: list[Paragraph | None] = [title, _passage(event, numbers, text_w, body),
                                           _meta(event, numbers, text_w)]
    right, right_h = stack(right_parts, gap=4.0, x=text_x)
    month = (event.first.year, event.first.month)
    return Block([*left, *right], max(left_h, right_h), space_before=12.0, tag=month)


def _passage(event: Event, numbers: Mapping[int, int], width: float, color: QColor) -> Paragraph | None:
    if not event.sources:
        return None
    source = event.sources[0]
    number = numbers.get(source.article_id)
    passage = clean(source.passage)
    tail: list[Span | str] = []
    if passage.startswith("«"):
        # Already a quotation: wrapping it again would print « « ; close it only if it is open.
        if passage.count("«") > passage.count("»"):
            tail.append(f"{NBSP}»")
    else:
        passage = f"«{NBSP}{passage}"
        tail.append(f"{NBSP}»")
    if number is not None:
        tail.append(Span(text=f"{NBSP}[{number}]", font=fonts.font(11), color=INK["accent"]))
    return Paragraph(passage, fonts.font(12, italic=True), width, color, max_lines=PASSAGE_LINES,
                     leading=1.0, tail=tuple(tail))


def _meta(event: Event, numbers: Mapping[int, int], width: float) -> Paragraph:
    actors = ", ".join(event.actors)
    if event.places:
        actors = f"{actors}\u2003·\u2003{', '.join(event.places)}" if actors else ", ".join(event.places)
    refs = " ".join(f"[{n}]" for n in references(event, numbers))
    label = _tr("Source") if len(event.sources) == 1 else _tr("Sources")
    sources = f"{label}{NBSP}: {refs}" if refs else ""
    separator = "\u2003·\u2003" if actors and sources else ""
    text = f"{actors}{separator}{sources}"
    spans = (Span(len(actors) + len(separator), len(sources), color=INK["accent"]),) if sources else ()
    return Paragraph(text, fonts.font(11), width, INK["muted"], spans=spans)


def sources_heading(width: float) -> Block:
    heading = Paragraph(_tr("Sources"), fonts.font(18, bold=True), width, INK["accent"])
    rule = Rule(width, INK["rule"], 0.75, height=0.75)
    parts: list[Placed] = [(0.0, 0.0, heading), (0.0, heading.height + 4.0, rule)]
    return Block(parts, heading.height + 4.0 + rule.height + 10.0, space_before=34.0, keep_with_next=True,
                 tag="sources")


def source_block(number: int, article: ArticleRow | None, article_id: int, width: float) -> Block:
    """"[3] Title — outlet, published — file name or URL", allowed to break anywhere."""
    indent = 40.0
    label = Paragraph(f"[{number}]", fonts.font(12, bold=True), indent - 6.0, INK["accent"])
    if article is None:
        title = Paragraph(_tr("Article n° {id} (supprimé depuis)").format(id=article_id), fonts.font(12, bold=True),
                          width - indent, INK["text"])
        parts, height = stack([title], x=indent)
        return Block([(0.0, 0.0, label), *parts], height, space_before=9.0, tag="sources")
    title = Paragraph(clean(article.title), fonts.font(12, bold=True), width - indent, INK["text"], max_lines=4)
    facts = [article.outlet or _tr("média inconnu")]
    if article.published:
        published = datefmt.publication_phrase(article.published, article.precision)
        facts.append(_tr("publié : {date}").format(date=published))
    elif article.assumed_year:
        facts.append(_tr("année supposée : {year}").format(year=article.assumed_year))
    else:
        facts.append(_tr("date de publication inconnue"))
    detail = Paragraph(" · ".join(facts), fonts.font(11), width - indent, INK["muted"])
    # The file's name, not its folder: a handout should not print where the analyst keeps things.
    where = article.url or (PurePath(article.path).name if article.path else None)
    location = None
    if where:
        location = Paragraph(where, fonts.font(10), width - indent, INK["faint"], anywhere=True, max_lines=3)
    parts, height = stack([title, detail, location], gap=2.0, x=indent)
    return Block([(0.0, 0.0, label), *parts], height, space_before=9.0, tag="sources")


def chronology_blocks(events: Sequence[Event], numbers: Mapping[int, int], width: float) -> list[Block]:
    """Month headings and events, in order (the events are sorted already)."""
    counts: dict[tuple[int, int], int] = {}
    for event in events:
        assert event.first is not None
        key = (event.first.year, event.first.month)
        counts[key] = counts.get(key, 0) + 1
    blocks: list[Block] = []
    current: tuple[int, int] | None = None
    for event in events:
        assert event.first is not None
        key = (event.first.year, event.first.month)
        if key != current:
            current = key
            blocks.append(month_block(*key, counts[key], width))
        blocks.append(event_block(event, numbers, width))
    return blocks


def sources_blocks(numbers: Mapping[int, int], articles: Mapping[int, ArticleRow], width: float) -> list[Block]:
    blocks = [sources_heading(width)]
    for article_id, number in sorted(numbers.items(), key=lambda kv: kv[1]):
        blocks.append(source_block(number, articles.get(article_id), article_id, width))
    return blocks


def running_head(tags: Sequence[object]) -> str:
    """What the top right of a text page says: the months it covers, or "Sources"."""
    months = [t for t in tags if isinstance(t, tuple)]
    if months:
        phrase = datefmt.months_phrase(months[0], months[-1])
        return phrase[:1].upper() + phrase[1:]
    if "sources" in tags:
        return _tr("Sources")
    return ""


def sheet_width(sheet: Sheet) -> float:
    return sheet.content.width()
