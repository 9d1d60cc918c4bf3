"""The chronology as a spreadsheet: one row per event and source.

UTF-8 with a byte-order mark, so that Excel reads the accents right when the file is opened
by a double click; comma-separated and quoted as RFC 4180 says (`delimiter=";"` suits a French
Excel better, which expects semicolons). A cell that would start a formula ("=", "+", "-",
"@") gets a leading apostrophe: article text is not trusted input, and a spreadsheet must not
run it.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping, Sequence

from frise.events.kinds import kind_label
from frise.events.model import Event, Source
from frise.export.citations import clean, number_sources
from frise.export.selection import require_events
from frise.export.writing import write_atomically
from frise.render import datefmt
from frise.store.records import ArticleRow

COLUMNS = (
    "event_id", "first", "last", "date_fr", "title", "certainty", "reviewed", "actors", "kind", "kind_fr",
    "importance", "places", "source_number",
    "article_id", "article_title", "outlet", "published", "passage", "path",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def export_csv(
    events: Sequence[Event],
    articles: Mapping[int, ArticleRow],
    path: str | os.PathLike[str],
    *,
    delimiter: str = ",",
) -> int:
    """Write the rows to `path`; returns how many (header excluded). EmptySelection if none."""
    dated = require_events(events)
    numbers = number_sources(dated)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    rows = 0
    for event in dated:
        for source in event.sources or (None,):
            writer.writerow([_cell(v) for v in _row(event, source, numbers, articles)])
            rows += 1
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    return rows


def _row(
    event: Event, source: Source | None, numbers: Mapping[int, int], articles: Mapping[int, ArticleRow]
) -> list[object]:
    assert event.first is not None and event.last is not None
    head: list[object] = [
        event.id, event.first.isoformat(), event.last.isoformat(), datefmt.period_phrase(event.first, event.last),
        clean(event.title), event.certainty, "true" if event.reviewed else "false", "; ".join(event.actors),
        event.happening or "", kind_label(event.happening) if event.happening else "", event.importance,
        "; ".join(event.places),
    ]
    if source is None:
        return head + [""] * 7
    article = articles.get(source.article_id)
    return head + [
        numbers.get(source.article_id, ""), source.article_id, clean(article.title if article else source.title),
        (article.outlet if article else source.outlet) or "", (article.published if article else None) or "",
        clean(source.passage), (article.path if article else None) or "",
    ]


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value
