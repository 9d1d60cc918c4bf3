"""One call from a filter to a file, for the command line and the window alike.

`frise-cli export --pdf OUT --actor Russie` and File > Export PDF both come down to: load what
the filter keeps, describe the filter in words, count what cannot be dated, and run one
exporter. Doing it here keeps the two entry points from describing the same export twice.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from typing import Literal

from frise.export.csv_export import export_csv
from frise.export.options import PdfOptions
from frise.export.pdf import PdfReport, export_pdf
from frise.export.selection import (
    Query,
    describe_selection,
    load_selection,
    undated_count,
    without_context,
)
from frise.export.timelinejs import export_timelinejs
from frise.store import Store

Format = Literal["pdf", "csv", "timelinejs"]
FORMATS: tuple[Format, ...] = ("pdf", "csv", "timelinejs")


def export_selection(
    store: Store,
    query: Query,
    path: str | os.PathLike[str],
    fmt: Format = "pdf",
    *,
    options: PdfOptions | None = None,
    view_range: tuple[date, date] | None = None,
) -> PdfReport | int:
    """Export what `query` keeps (within `view_range`, if given) to `path` as `fmt`.

    `options` supplies the page size, parts and collection name; the filter's words, the
    undated count and the view range are filled in here. Returns the PDF's report, or the
    number of rows (CSV) or events (TimelineJS). Raises EmptySelection, writing nothing, when
    the filter keeps no dated event.
    """
    options = options or PdfOptions()
    if not options.context:
        query = without_context(query)
    events, articles = load_selection(store, query, view_range)
    if fmt == "csv":
        return export_csv(events, articles, path)
    description = options.filter_description or describe_selection(store, query, view_range)
    if fmt == "timelinejs":
        return export_timelinejs(events, articles, path, title=options.collection_name, description=description)
    if fmt != "pdf":
        raise ValueError(f"unknown export format: {fmt!r}")
    options = replace(options, filter_description=description, undated=undated_count(store, query),
                      view_range=view_range if view_range is not None else options.view_range)
    return export_pdf(events, articles, path, options)
