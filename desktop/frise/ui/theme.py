"""The window's colours, named for what they mean. The stylesheet (resources/styles/frise.qss)
styles the widgets; these are the colours code paints with (certainty dots, highlights). The
certainty colours are the timeline's own (frise.render.style), so a dot in the list, a bar on the
timeline and a date tinted in an article agree."""

from __future__ import annotations

from frise.render.style import Palette

_TIMELINE = Palette()

CERTAINTY_COLOURS: dict[str, str] = {
    "exact": _TIMELINE.exact,
    "approximate": _TIMELINE.approximate,
    "assumed": _TIMELINE.assumed,
    "unresolved": _TIMELINE.unresolved,
}
"""One colour per certainty, shared by the list, the filters and the article highlights."""

HIGHLIGHT_BACKGROUNDS: dict[str, str] = {
    "exact": "#d3e2f6",
    "approximate": "#cdeeee",
    "assumed": "#fbe1c8",
    "unresolved": "#e3e7ec",
}
"""The background of a date expression in an article's text, by certainty (light tints)."""

PASSAGE_BACKGROUND = _TIMELINE.selection_fill
CONFLICT = _TIMELINE.conflict
HEADING_BACKGROUND = _TIMELINE.gutter
HEADING_TEXT = _TIMELINE.gutter_text
SECONDARY_TEXT = "#5b6777"
CONTEXT_TEXT = "#9aa3ae"
"""Background events (importance "context") in the list: lighter than every other text."""
ACCENT = _TIMELINE.exact
