"""What a PDF export is asked for, and the filter put into words for its title block.

The options are a plain frozen record so that the window's dialog, the command line and the
tests build them the same way; nothing here draws.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from PySide6.QtCore import QCoreApplication

from frise.events.model import CERTAINTIES
from frise.render import datefmt
from frise.render.french import kind_name
from frise.store.records import EventQuery
from frise.store.views import NO_OUTLET, EventFilter

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """How to print. `view_range` is set when only the window's current view is exported: the
    overview then covers exactly that period. `undated` counts the undated statements the
    filter would otherwise keep, which the title block mentions because they cannot be placed."""

    page_size: PageSize = "A4"
    overview: bool = True
    sources: bool = True
    context: bool = True
    """Whether background events (importance "context") are exported; the PDF prints them lighter."""
    collection_name: str = "Chronologie"
    filter_description: str = ""
    view_range: tuple[date, date] | None = None
    exported_on: date = field(default_factory=date.today)
    undated: int = 0

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {PAGE_SIZES}, not {self.page_size!r}")

    @property
    def document_title(self) -> str:
        """The PDF's title: "Syrie — chronologie" (or the name alone if it says so already)."""
        if "chronolog" in self.collection_name.casefold():
            return self.collection_name
        return _tr("{name} — chronologie").format(name=self.collection_name)


def everything() -> str:
    return _tr("Tous les événements")


def describe_query(
    query: EventQuery | EventFilter | None,
    actor_names: Mapping[str, str] | None = None,
    article_titles: Mapping[int, str] | None = None,
    view_range: tuple[date, date] | None = None,
) -> str:
    """The filter in French words, facets joined by " ; ", e.g. "Acteurs : Russie ; du 1er mai
    2017 au 31 juillet 2017 ; recherche « mémorandum »", or "Tous les événements".

    Names come from the mappings when given (actor key -> name, article id -> title); a key
    without a name is shown as the key's last part, so the phrase is never empty of meaning.
    """
    actor_names = actor_names or {}
    article_titles = article_titles or {}
    parts: list[str] = []
    if query is not None:
        keys = list(query.actor_keys or ())
        if keys:
            names = [actor_names.get(key) or key.split(":")[-1] for key in keys]
            label = _tr("Acteur : {names}") if len(names) == 1 else _tr("Acteurs : {names}")
            parts.append(label.format(names=", ".join(dict.fromkeys(names))))
        elif isinstance(query, EventQuery) and query.actor_keys is not None:
            parts.append(_tr("aucun acteur reconnu"))
        dates = _dates(query.start, query.end)
        if dates:
            parts.append(dates)
        articles = [query.source] if isinstance(query, EventQuery) and query.source is not None else []
        if isinstance(query, EventFilter):
            articles = list(query.article_ids)
            if query.outlets:
                outlets = [o if o != NO_OUTLET else _tr("média inconnu") for o in query.outlets]
                label = _tr("Média : {names}") if len(outlets) == 1 else _tr("Médias : {names}")
                parts.append(label.format(names=", ".join(outlets)))
        if articles:
            titles = [_quoted(article_titles.get(a) or _tr("article n° {id}").format(id=a)) for a in articles]
            label = _tr("Source : {titles}") if len(titles) == 1 else _tr("Sources : {titles}")
            parts.append(label.format(titles=", ".join(titles)))
        if isinstance(query, EventFilter) and query.certainties and set(query.certainties) < set(CERTAINTIES):
            certainties = [datefmt.certainty_label(c) for c in query.certainties]
            parts.append(_tr("dates : {kinds}").format(kinds=", ".join(certainties)))
        kinds = list(query.kinds or ())
        if kinds:
            names = [kind_name(k) for k in kinds]
            label = _tr("Type : {names}") if len(names) == 1 else _tr("Types : {names}")
            parts.append(label.format(names=", ".join(names)))
        levels = ([query.importance] if query.importance else []) if isinstance(query, EventFilter) \
            else list(query.importance or ())
        if set(levels) == {"news"}:
            parts.append(_tr("sans le contexte"))
        elif set(levels) == {"context"}:
            parts.append(_tr("contexte seulement"))
        places = list(query.places or ())
        if places:
            label = _tr("Lieu : {names}") if len(places) == 1 else _tr("Lieux : {names}")
            parts.append(label.format(names=", ".join(places)))
        if query.search and query.search.strip():
            parts.append(_tr("recherche {text}").format(text=_quoted(query.search.strip())))
    if view_range is not None:
        parts.append(_tr("vue du {first} au {last}").format(
            first=datefmt.day_phrase(view_range[0], weekday=False),
            last=datefmt.day_phrase(view_range[1], weekday=False)))
    if not parts:
        return everything()
    text = " ; ".join(parts)
    return text[:1].upper() + text[1:]


def _dates(start: date | None, end: date | None) -> str:
    if start is not None and end is not None:
        return _tr("du {first} au {last}").format(
            first=datefmt.day_phrase(start, weekday=False), last=datefmt.day_phrase(end, weekday=False))
    if start is not None:
        return _tr("à partir du {day}").format(day=datefmt.day_phrase(start, weekday=False))
    if end is not None:
        return _tr("jusqu'au {day}").format(day=datefmt.day_phrase(end, weekday=False))
    return ""


def _quoted(text: str) -> str:
    return f"«{datefmt.NBSP}{text}{datefmt.NBSP}»"
