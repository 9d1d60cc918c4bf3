"""French for the few strings of Qt's own dialogs that qtbase_fr.qm does not translate.

Qt ships French translations of its dialogs, but they lag behind its sources: Qt 6's file dialog
labels carry keyboard accelerators ("&Look in:", "Files of &type:") that the shipped catalogue
only knows without them, so they showed in English in an otherwise French dialog. This
translator answers for those strings only and defers to the others for everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_NBSP = "\u00a0"
GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): f"&Regarder dans{_NBSP}:",
    ("QFileDialog", "Files of &type:"): f"Fichiers de &type{_NBSP}:",
}


class QtFrenchGaps(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None reaches Qt as a null string, "not mine": Qt then asks the next translator. An empty
        # string would be taken as the translation and blank every other label.
        return GAPS.get((context, source))

    def isEmpty(self) -> bool:
        return False
