"""The records ingestion hands to the rest of the application.

They are plain frozen dataclasses so that workers can pass them between threads and the store can
persist them without knowing where they came from. Errors carry a stable machine `code` (for
tests, logs and the store) and a short French `reason` (for the person looking at the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

Precision = Literal["day", "month", "year", "unknown"]
Format = Literal["txt", "md", "html", "pdf", "docx", "text"]

REASONS: Final[dict[str, str]] = {
    "empty": "fichier vide",
    "binary": "fichier binaire, pas du texte",
    "unsupported": "format non pris en charge",
    "too_large": "fichier trop volumineux",
    "decompression_bomb": "document trop volumineux une fois décompressé (bombe de décompression ?)",
    "no_text_layer": "PDF sans couche texte (document scanné ?)",
    "corrupt": "document illisible ou tronqué",
    "symlink_loop": "boucle de liens symboliques",
    "unreadable": "fichier illisible",
}


@dataclass(frozen=True, slots=True)
class Article:
    """One imported article. `text` is what events are extracted from; offsets refer to it."""

    path: str | None
    text: str
    title: str
    outlet: str | None
    published: str | None
    precision: str
    format: str
    content_hash: str
    url: str | None = None


class IngestError(Exception):
    """A file that cannot become an article, with the reason shown to the user.

    `code` is one of REASONS' keys; `reason` defaults to the generic French message for it and is
    usually made more precise by the caller ("format non pris en charge (.xyz)").
    """

    def __init__(self, path: str | Path, code: str, reason: str | None = None) -> None:
        if code not in REASONS:
            raise ValueError(f"unknown ingest error code {code!r}; expected one of {sorted(REASONS)}")
        self.path = str(path)
        self.code = code
        self.reason = reason if reason else REASONS[code]
        super().__init__(self.path, self.code, self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __repr__(self) -> str:
        return f"IngestError({self.path!r}, {self.code!r}, {self.reason!r})"

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str, str]]:
        return (type(self), (self.path, self.code, self.reason))
