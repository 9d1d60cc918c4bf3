"""Text normalisation shared by every format, and the content hash built on it.

Every reader's output goes through `normalise` so that the rules downstream (header, datelines,
boilerplate) see one shape of text: NFC, "\n" line ends, no invisible characters, no trailing
spaces, at most one blank line between paragraphs. The hash ignores whitespace altogether so that
the same article re-imported from another format or editor is recognised.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad"), None)
_BLANK_RUN = re.compile(r"\n{3,}")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""The control characters (Unicode's category Cc: U+0000-U+001F and U+007F-U+009F) but tab and
line feed; a regular expression rather than a test per character, which took a second per MB."""


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return tidy_blank_lines("\n".join(lines))


def tidy_blank_lines(text: str) -> str:
    """Collapse runs of blank lines to one and drop blank lines at both ends."""
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


def content_hash(text: str) -> str:
    """sha256 of the NFC text with every run of whitespace reduced to one space."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
