"""The chronology in TimelineJS3's JSON format, for publishing it on the web.

TimelineJS (timeline.knightlab.com) reads `{"title": slide, "events": [slide, ...]}`, each
slide holding `start_date`/`end_date` objects, `text.headline` and `text.text` as HTML, a
`group` (one row of the navigation per group), a `display_date` and a `unique_id`. The text is
HTML, so everything taken from the articles is escaped: a passage may well contain "<" or "&".
Local file paths are left out, being meaningless (and private) on a web page; article URLs are
linked when they are web addresses, http or https with a host. An URL comes from the article's
own front matter, written by whoever wrote the file: a `javascript:` or `data:` one would run in
the page of whoever publishes the timeline, so anything else is shown as no link at all.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from datetime import date
from html import escape
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from frise.events.kinds import kind_label
from frise.events.model import Event
from frise.export.citations import clean, number_sources
from frise.export.overview import choose_lanes
from frise.export.selection import require_events
from frise.export.writing import write_atomically
from frise.render import datefmt
from frise.render.french import kind_name, other_lane_name
from frise.store.records import ArticleRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def export_timelinejs(
    events: Sequence[Event],
    articles: Mapping[int, ArticleRow],
    path: str | os.PathLike[str],
    title: str = "Chronologie",
    description: str = "",
) -> int:
    """Write the TimelineJS JSON to `path`; returns how many events. EmptySelection if none."""
    document = timelinejs_document(events, articles, title, description)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    write_atomically(path, text.encode("utf-8"))
    return len(document["events"])


def timelinejs_document(
    events: Sequence[Event], articles: Mapping[int, ArticleRow], title: str, description: str = ""
) -> dict[str, Any]:
    """The JSON document as Python data (what `export_timelinejs` writes)."""
    dated = require_events(events)
    numbers = number_sources(dated)
    shown = {lane.name for lane in choose_lanes(dated)}
    first, last = dated[0].first, max(e.last for e in dated if e.last)
    assert first is not None
    intro = [f"<p>{escape(description)}</p>"] if description else []
    intro.append(f"<p>{escape(datefmt.span_phrase(first, last))}</p>")
    return {
        "title": {"text": {"headline": escape(title), "text": "".join(intro)}},
        "events": [_slide(e, numbers, articles, shown) for e in dated],
    }


def _date(day: date) -> dict[str, str]:
    return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}


def _slide(
    event: Event, numbers: Mapping[int, int], articles: Mapping[int, ArticleRow], shown: set[str]
) -> dict[str, object]:
    assert event.first is not None and event.last is not None
    paragraphs = []
    if event.sources:
        source = event.sources[0]
        number = numbers.get(source.article_id)
        mark = f" [{number}]" if number else ""
        paragraphs.append(f"<p><em>«\u00a0{escape(clean(source.passage))}\u00a0»</em>{mark}</p>")
    notes = []
    if event.happening:
        notes.append(kind_name(event.happening))
    if event.importance == "context":
        notes.append(_tr("contexte"))
    if event.certainty == "approximate":
        notes.append(_tr("date approximative"))
    elif event.certainty == "assumed":
        notes.append(_tr("année supposée"))
    if event.conflicting:
        notes.append(_tr("les sources divergent sur la date"))
    if event.reviewed:
        notes.append(_tr("vérifié par l'analyste"))
    if notes:
        paragraphs.append(f"<p>{escape(', '.join(notes)).capitalize()}.</p>")
    if event.actors:
        paragraphs.append(f"<p>{escape(_tr('Acteurs'))}\u00a0: {escape(', '.join(event.actors))}</p>")
    if event.places:
        label = _tr("Lieu") if len(event.places) == 1 else _tr("Lieux")
        paragraphs.append(f"<p>{escape(label)}\u00a0: {escape(', '.join(event.places))}</p>")
    cited = [_citation(numbers[s.article_id], articles.get(s.article_id), event, s.article_id)
             for s in sorted({s.article_id: s for s in event.sources}.values(), key=lambda s: numbers[s.article_id])]
    if cited:
        paragraphs.append(f"<p>{escape(_tr('Sources'))}\u00a0: {' ; '.join(cited)}</p>")
    slide: dict[str, object] = {
        "start_date": _date(event.first),
        "text": {"headline": escape(clean(event.title)), "text": "".join(paragraphs)},
        "display_date": datefmt.period_phrase(event.first, event.last),
        "group": next((a for a in event.actors if a in shown), other_lane_name()),
        "unique_id": "frise-" + event.key.replace(":", "-"),
        # Not read by TimelineJS, kept for whoever reuses the file: the kind (key and French
        # label), the importance and the places, as the CSV has them.
        "frise": {
            "kind": event.happening,
            "kind_fr": kind_label(event.happening) if event.happening else None,
            "importance": event.importance,
            "places": list(event.places),
        },
    }
    if event.last != event.first:
        slide["end_date"] = _date(event.last)
    return slide


def _citation(number: int, article: ArticleRow | None, event: Event, article_id: int) -> str:
    if article is None:
        name = next((s.title for s in event.sources if s.article_id == article_id), "")
        return f"[{number}] {escape(clean(name))}"
    label = escape(clean(article.title))
    url = _web_address(article.url)
    if url:
        label = f'<a href="{escape(url, quote=True)}">{label}</a>'
    facts = [escape(article.outlet)] if article.outlet else []
    if article.published:
        facts.append(escape(datefmt.publication_phrase(article.published, article.precision)))
    return f"[{number}] {label}" + (f" ({', '.join(facts)})" if facts else "")


def _web_address(url: str | None) -> str | None:
    """`url` when it is an http or https address naming a host, else None (see the module's
    docstring). Any whitespace or control character inside refuses it: browsers drop some of
    them before reading the scheme (a tab inside "javascript:"), and a real address has them %-encoded."""
    text = (url or "").strip()
    if not text or any(c.isspace() or not c.isprintable() for c in text):
        return None
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # "http://[::1": not an address
        return None
    return text if parts.scheme.lower() in ("http", "https") and host else None
