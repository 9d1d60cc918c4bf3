"""Text from articles, shown as text: the one way tooltips of titles, passages and names are made.

Qt shows a tooltip as rich text when `Qt::mightBeRichText` finds a tag in it, so an article
holding `<img src="/dev/zero">` would make hovering its title read a device without end, and
`<img src="file:///…">` would show a local file. Escaping alone is not enough either way: an
escaped string without a tag left is shown as plain text, `&lt;` and all. So the tooltip is
always rich text whose only markup is ours, and the article's characters all escaped.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows it character for character, line breaks and spaces kept.
    An empty text stays empty, which is no tooltip (an empty paragraph would be a blank box)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
