"""Exports of the filtered chronology: PDF (through render/), CSV, TimelineJS JSON.

Each exporter takes the events to write (chronological, dated: see `load_selection`) and the
articles they cite, refuses an empty selection with `EmptySelection` before touching the disk,
and writes its file whole or not at all.
"""

from frise.export.csv_export import export_csv
from frise.export.jobs import FORMATS, export_selection
from frise.export.options import PAGE_SIZES, PdfOptions, describe_query
from frise.export.pdf import PdfReport, export_pdf
from frise.export.selection import (
    EmptySelection,
    describe_selection,
    load_selection,
    undated_count,
)
from frise.export.timelinejs import export_timelinejs

__all__ = [
    "FORMATS",
    "PAGE_SIZES",
    "EmptySelection",
    "PdfOptions",
    "PdfReport",
    "describe_query",
    "describe_selection",
    "export_csv",
    "export_pdf",
    "export_selection",
    "export_timelinejs",
    "load_selection",
    "undated_count",
]
